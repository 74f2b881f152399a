"""The editor's corrections kept in the history store, so one made once holds in later builds.

Their table is one entry of the store's migrations (``store.MIGRATIONS``);
they are written inside the build's own transaction, so they are kept
exactly when the build is.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from ..errors import StoreError
from ..messages import N_
from .corrections import Correction



def load_corrections(db_path: Path | None) -> list[Correction]:
    """Return the stored corrections, oldest first (a later one overrides an earlier); none without a store."""
    from .store import read_connection

    if db_path is None:
        return []
    conn = read_connection(Path(db_path))
    if conn is None:
        return []
    try:
        rows = conn.execute("SELECT kind, by, key, value FROM corrections ORDER BY id").fetchall()
    except sqlite3.Error as exc:
        raise StoreError(N_("cannot read the corrections kept in {db_path} ({error}); it was not changed"),
                         db_path=db_path, error=exc) from None
    finally:
        conn.close()
    return [Correction(kind, by, key, json.loads(value)) for kind, by, key, value in rows]


def store_corrections(conn: sqlite3.Connection, corrections: list[Correction], period: str | None) -> None:
    """Add the editor's new corrections in the build's open transaction (``history.Recording.conn``)."""
    if not corrections:
        return
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    conn.executemany(
        "INSERT INTO corrections (kind, by, key, value, period, source, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(c.kind, c.by, c.key, json.dumps(c.value, ensure_ascii=False), period, c.where, now) for c in corrections])
