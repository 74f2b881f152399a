"""Revisions of an issue: a period built again keeps its 期号, and what it replaced is kept.

The history store holds one ``builds`` row per (series, period). When that
period is built again (a report arrived late, a figure was corrected), the
row's earlier state, its time, reports and headline cells, is copied into
``revisions`` before the new build overwrites it, so a re-issue is visible
and nothing is silently lost. Revision 1 is the first issue; the current
state of a build is revision ``1 + number of archived revisions``. The
table is created by the store's migrations (``store.MIGRATIONS``).
"""
from __future__ import annotations

import json
import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS revisions (
    build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE, revision INTEGER NOT NULL,
    built_at TEXT NOT NULL, reports TEXT NOT NULL, cells TEXT NOT NULL,
    PRIMARY KEY (build_id, revision));
"""


def archive(conn: sqlite3.Connection, build_id: int) -> tuple[int, str]:
    """Copy a build's current state into ``revisions``; return (the new revision number, the replaced time).

    Must run inside the build's transaction, before its reports and cells are replaced.
    """
    (built_at,) = conn.execute("SELECT built_at FROM builds WHERE id = ?", (build_id,)).fetchone()
    reports = [r[0] for r in conn.execute(
        "SELECT r.path FROM build_reports b JOIN reports r ON r.sha256 = b.sha256 WHERE b.build_id = ? "
        "ORDER BY r.path", (build_id,))]
    cells = [list(c) for c in conn.execute(
        "SELECT unit, indicator, value, count_unit FROM cells WHERE build_id = ? ORDER BY unit, indicator",
        (build_id,))]
    archived = count(conn, build_id)
    conn.execute("INSERT INTO revisions VALUES (?, ?, ?, ?, ?)",
                 (build_id, archived + 1, built_at, json.dumps(reports, ensure_ascii=False),
                  json.dumps(cells, ensure_ascii=False)))
    return archived + 2, built_at


def count(conn: sqlite3.Connection, build_id: int) -> int:
    """Return how many earlier states of a build are archived."""
    (n,) = conn.execute("SELECT COUNT(*) FROM revisions WHERE build_id = ?", (build_id,)).fetchone()
    return n


def of_build(conn: sqlite3.Connection, build_id: int) -> list[dict]:
    """Return a build's archived revisions, oldest first: revision, built_at, reports (paths), cells."""
    return [{"revision": rev, "built_at": at, "reports": json.loads(reports), "cells": len(json.loads(cells))}
            for rev, at, reports, cells in conn.execute(
                "SELECT revision, built_at, reports, cells FROM revisions WHERE build_id = ? ORDER BY revision",
                (build_id,))]
