"""The history store's identity and schema: refuse what is not ours, migrate what is older.

The store is the office's record of what it issued, so reportgen writes only
to a file it can recognise as its own:

* a new or empty file becomes a store (``PRAGMA application_id`` is
  ``APPLICATION_ID`` and ``meta.schema_version`` is set);
* a SQLite file with tables but without reportgen's marker is refused, and
  not opened for writing at all (``--db customers.sqlite`` adds nothing to it);
* a store of a newer ``schema_version`` is refused with "upgrade reportgen";
* an older store is copied to ``NAME.vN.bak`` first, then migrated inside
  the build's own transaction.

Migrations are one ordered list, ``MIGRATIONS``: entry *k* takes a store from
version *k − 1* to *k*. Adding a table is appending an entry and nothing else.
Stores written before the marker existed (version 1: a ``meta`` table with
``schema_version`` and a ``builds`` table) are recognised as ours.

Reading (``inspect_store``, ``read_connection``) never writes to the file
(``PRAGMA query_only``): an older store is migrated in a copy in memory, so a
build that fails later leaves the store byte for byte as it was.
"""
from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreError
from ..messages import N_
from ..oserrors import os_problem
from .revisions import SCHEMA as REVISIONS_SCHEMA

APPLICATION_ID = 0x52475354  # "RGST": SQLite's header field for the application owning the file
SQLITE_HEADER = b"SQLite format 3\x00"

SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reports (
    sha256 TEXT PRIMARY KEY, path TEXT NOT NULL, first_seen TEXT NOT NULL, export TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS builds (
    id INTEGER PRIMARY KEY, series TEXT NOT NULL, period TEXT NOT NULL, issue_no INTEGER NOT NULL,
    built_at TEXT NOT NULL, UNIQUE (series, period), UNIQUE (series, issue_no));
CREATE TABLE IF NOT EXISTS build_reports (
    build_id INTEGER NOT NULL REFERENCES builds(id), sha256 TEXT NOT NULL REFERENCES reports(sha256),
    PRIMARY KEY (build_id, sha256));
CREATE TABLE IF NOT EXISTS cells (
    build_id INTEGER NOT NULL REFERENCES builds(id), unit TEXT NOT NULL, indicator TEXT NOT NULL,
    value REAL NOT NULL, value_max REAL, unit_word TEXT, count_unit TEXT, qualifier TEXT,
    PRIMARY KEY (build_id, unit, indicator));
"""

# the editor's corrections, read and written by corrections_store.py
CORRECTIONS_TABLE = """
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, by TEXT NOT NULL, key TEXT NOT NULL, value TEXT,
    period TEXT, source TEXT, stored_at TEXT NOT NULL);
"""

# Entry k (1-based) takes a store from version k - 1 to k. Append; never edit a released entry.
MIGRATIONS: list[tuple[str, str]] = [
    ("the five tables of the first release", SCHEMA_V1),
    ("reportgen's mark on the file", f"PRAGMA application_id = {APPLICATION_ID};"),
    ("the earlier states of re-issued issues", REVISIONS_SCHEMA),
    ("the editor's corrections (reportgen review, build --corrections)", CORRECTIONS_TABLE),
]
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class StoreState:
    """What a store file is, found without changing it."""

    path: Path
    exists: bool          # a file with tables in it (an empty or absent file is a new store)
    version: int          # 0 for a new store

    @property
    def needs_migration(self) -> bool:
        return self.exists and self.version < SCHEMA_VERSION


def inspect_store(path: Path) -> StoreState:
    """Return the state of the store at ``path``; StoreError (nothing changed) if it is not one reportgen may use."""
    path = Path(path)
    if path.exists() and not path.is_file():
        raise StoreError(N_("the history store {path} is not a file; choose another with --db"), path=path)
    if not path.exists() or path.stat().st_size == 0:
        return StoreState(path, False, 0)
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(N_("cannot read the history store {path}: {error}"),
                         path=path, error=os_problem(exc)) from None
    if header != SQLITE_HEADER:
        raise StoreError(N_("{path} is not a SQLite database, so not a reportgen history store; it was not "
                            "changed. Choose another file with --db"), path=path)
    try:
        conn = _reader(path)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            (app_id,) = conn.execute("PRAGMA application_id").fetchone()
            version = _version(conn) if "meta" in tables else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StoreError(N_("cannot read the history store {path} ({error}); it was not changed. Choose "
                            "another file with --db"), path=path, error=exc) from None
    if not tables and app_id == 0:
        return StoreState(path, False, 0)
    ours = app_id == APPLICATION_ID or (version is not None and "builds" in tables)
    if not ours:
        shown = ", ".join(sorted(tables)[:5]) or "no tables"
        raise StoreError(N_("{path} is a SQLite database reportgen did not make (it holds {shown}); it was "
                            "not changed. Choose another file with --db"), path=path, shown=shown)
    if version is None or version < 1:
        raise StoreError(N_("{path} carries reportgen's mark but no schema_version; it was not changed. "
                            "Restore it from a backup or choose another file with --db"), path=path)
    if version > SCHEMA_VERSION:
        raise StoreError(N_("{path} was written by a newer reportgen (store schema_version {version}, this "
                            "reportgen knows up to {schema_version}); upgrade reportgen to use it"),
                         path=path, version=version, schema_version=SCHEMA_VERSION)
    return StoreState(path, True, version)


def _reader(path: Path) -> sqlite3.Connection:
    """Return a connection that only reads (``query_only``).

    Not SQLite's ``mode=ro``: a read-only connection to a WAL store leaves
    ``-wal`` and ``-shm`` files beside it that it may not remove, while an
    ordinary one removes them when it closes; ``query_only`` refuses any write.
    """
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None)
    conn.execute("PRAGMA query_only = ON")
    return conn


def _version(conn: sqlite3.Connection) -> int | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row else None
    except (TypeError, ValueError):
        return None


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Apply the migrations after ``from_version`` on ``conn`` and record the new version."""
    for _, sql in MIGRATIONS[from_version:]:
        _execute_each(conn, sql)
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))


def _execute_each(conn: sqlite3.Connection, sql: str) -> None:
    """Run a migration's statements one by one (``executescript`` would commit the open transaction)."""
    for statement in sql.split(";"):
        if statement.strip():
            conn.execute(statement)


def backup_path(path: Path, version: int) -> Path:
    """Return where the copy of a store of ``version`` goes before it is migrated."""
    return path.with_name(f"{path.name}.v{version}.bak")


def back_up(state: StoreState) -> Path:
    """Copy an older store (and a WAL file beside it) before migrating it; return the copy's path."""
    target = backup_path(state.path, state.version)
    try:
        source = _reader(state.path)
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)  # a consistent copy even with a WAL beside it
        finally:
            dest.close()
            source.close()
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(N_("cannot back up {path} to {target} before migrating it ({error}); free some "
                            "space or copy it by hand, then build again"),
                         path=state.path, target=target, error=exc) from None
    shutil.copymode(state.path, target)
    return target


def read_connection(path: Path) -> sqlite3.Connection | None:
    """Return a connection for reading the store at the current schema, or None for a new store.

    The file is opened read-only; an older store is copied into memory and
    migrated there, so reading never changes it.
    """
    state = inspect_store(path)
    if not state.exists:
        return None
    try:
        source = _reader(state.path)
        if not state.needs_migration:
            return source
        memory = sqlite3.connect(":memory:", isolation_level=None)
        source.backup(memory)
        source.close()
        migrate(memory, state.version)
        return memory
    except sqlite3.Error as exc:
        raise StoreError(N_("cannot read the history store {path} ({error}); it was not changed"),
                         path=path, error=exc) from None
