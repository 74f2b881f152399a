"""The issues a history store holds, for a clerk to see and correct: list, show, remove.

Each issue (期) is one build of a series' period. ``remove`` deletes an issue
with its cells, links and revisions, and the reports no other issue uses.
The numbers of the other issues stay as they are and the series' next number
follows the highest one left, so removing the latest issue (recorded for the
wrong period, say) frees its number for the build that corrects it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from ..messages import _
from . import revisions
from .history import DEFAULT_SERIES, connect
from .store import read_connection


@dataclass
class Issue:
    """One issue of a series as the store holds it."""

    issue_no: int
    period: str
    series: str
    built_at: str
    reports: list[str] = field(default_factory=list)
    cells: int = 0
    revisions: list[dict] = field(default_factory=list)

    @property
    def revision(self) -> int:
        """Return the current revision number (1: never re-issued)."""
        return len(self.revisions) + 1


def list_issues(db_path: Path, series: str | None = DEFAULT_SERIES) -> list[Issue]:
    """Return the issues of a series (every series for None), in series and issue order."""
    conn = _open(db_path)
    if conn is None:
        return []
    try:
        rows = conn.execute("SELECT id FROM builds WHERE ? IS NULL OR series = ? ORDER BY series, issue_no",
                            (series, series)).fetchall()
        return [_issue(conn, build_id) for (build_id,) in rows]
    finally:
        conn.close()


def show_issue(db_path: Path, issue_no: int, series: str = DEFAULT_SERIES) -> Issue:
    """Return one issue with its reports and revisions, or raise UsageError naming the issues there are."""
    conn = _open(db_path)
    if conn is None:
        raise UsageError(_("the {series} series has no issue {issue} (issues held: {held})").format(
            series=series, issue=issue_no, held=_("none")))
    try:
        return _issue(conn, _build_id(conn, issue_no, series))
    finally:
        conn.close()


def remove_issue(db_path: Path, issue_no: int, series: str = DEFAULT_SERIES) -> Issue:
    """Delete one issue (and the reports only it used); return what was removed."""
    show_issue(db_path, issue_no, series)  # a clear error, without opening the store for writing
    conn = connect(db_path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            build_id = _build_id(conn, issue_no, series)
            removed = _issue(conn, build_id)
            for table in ("revisions", "cells", "build_reports"):
                conn.execute(f"DELETE FROM {table} WHERE build_id = ?", (build_id,))
            conn.execute("DELETE FROM builds WHERE id = ?", (build_id,))
            conn.execute("DELETE FROM reports WHERE sha256 NOT IN (SELECT sha256 FROM build_reports)")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return removed
    finally:
        conn.close()


def _open(db_path: Path):
    """Return a read-only connection (None for an empty store); UsageError when there is no store at all."""
    if not Path(db_path).is_file():
        raise UsageError(_("no history store at {path}: build once, or name the store with --db").format(path=db_path))
    return read_connection(Path(db_path))


def _build_id(conn, issue_no: int, series: str) -> int:
    row = conn.execute("SELECT id FROM builds WHERE series = ? AND issue_no = ?", (series, issue_no)).fetchone()
    if row:
        return row[0]
    have = [n for (n,) in conn.execute("SELECT issue_no FROM builds WHERE series = ? ORDER BY issue_no", (series,))]
    there = ", ".join(str(n) for n in have) if have else _("none")
    raise UsageError(_("the {series} series has no issue {issue} (issues held: {held})").format(
        series=series, issue=issue_no, held=there))


def _issue(conn, build_id: int) -> Issue:
    issue_no, period, series, built_at = conn.execute(
        "SELECT issue_no, period, series, built_at FROM builds WHERE id = ?", (build_id,)).fetchone()
    reports = [p for (p,) in conn.execute(
        "SELECT r.path FROM build_reports b JOIN reports r ON r.sha256 = b.sha256 WHERE b.build_id = ? ORDER BY r.path",
        (build_id,))]
    (cells,) = conn.execute("SELECT COUNT(*) FROM cells WHERE build_id = ?", (build_id,)).fetchone()
    return Issue(issue_no=issue_no, period=period, series=series, built_at=built_at, reports=reports, cells=cells,
                 revisions=revisions.of_build(conn, build_id))
