"""The history store: SQLite, so a weekly series knows its 期号 and last week's numbers.

One file (default ``history.sqlite`` in the output folder) holds:

- ``reports``: each report once, keyed by the SHA-256 of its bytes, with its
  extraction export, so the same report sent twice is stored once;
- ``builds``: one row per (series, period) with its 期号 (issue number);
  rebuilding a period keeps its number and replaces its data, a new period
  of the series takes the next number;
- ``build_reports``: which reports a build used;
- ``cells``: the build's headline cells, to compare the next period against.

Each build is one ``BEGIN IMMEDIATE`` transaction in WAL mode, so two builds
at once on one store queue for the write lock (up to ``TIMEOUT_S``) rather
than fail or interleave.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import OutputError, UsageError
from ..records import Extraction, extraction_to_dict
from .headline import text_or_none
from .model import Comparison

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_DB_NAME = "history.sqlite"
DEFAULT_SERIES = "weekly"
TIMEOUT_S = 60.0
SCHEMA_VERSION = 1
CHANGE_COLUMNS = ["unit", "indicator", "count_unit", "previous", "current", "delta", "status"]
INDICATOR_CHANGE_COLUMNS = ["indicator", "count_unit", "previous", "current", "delta"]

WEEK = re.compile(r"^(\d{4})-?[Ww](\d{1,2})$")
MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")

SCHEMA = """
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


def empty_changes() -> pd.DataFrame:
    """Return the ``changes`` table with no rows (a comparison not yet recorded)."""
    import pandas as pd

    return pd.DataFrame(columns=CHANGE_COLUMNS)


def empty_indicator_changes() -> pd.DataFrame:
    """Return the ``indicator_changes`` table with no rows."""
    import pandas as pd

    return pd.DataFrame(columns=INDICATOR_CHANGE_COLUMNS)


def normalise_period(period: str) -> str:
    """Return a period in canonical form (2014-W21, 2014-05), or raise UsageError saying what is accepted."""
    text = period.strip()
    if m := WEEK.match(text):
        year, week = int(m.group(1)), int(m.group(2))
        weeks_in_year = dt.date(year, 12, 28).isocalendar()[1]
        if 1 <= week <= weeks_in_year:
            return f"{year}-W{week:02d}"
    elif (m := MONTH.match(text)) and 1 <= int(m.group(2)) <= 12:
        return f"{int(m.group(1))}-{int(m.group(2)):02d}"
    raise UsageError(f"--period {period!r} is not a period: write an ISO week like 2014-W21 or a month like 2014-05")


def iso_week(day: dt.date) -> str:
    """Return the ISO week of a date as 2014-W21."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def default_period(extractions: list[Extraction], today: dt.date | None = None) -> str:
    """Return the ISO week most of the reports' dates fall in (latest on a tie), else today's week."""
    weeks = Counter()
    for e in extractions:
        for a in e.articles:
            try:
                weeks[iso_week(dt.date.fromisoformat(a.date))] += 1
            except (TypeError, ValueError):
                continue
    if weeks:
        return max(weeks, key=lambda w: (weeks[w], w))
    return iso_week(today or dt.date.today())


def connect(db_path: Path) -> sqlite3.Connection:
    """Return a connection to the store in WAL mode with its schema, or raise OutputError saying why not."""
    db_path = Path(db_path)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(db_path, timeout=TIMEOUT_S, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise OutputError(f"cannot open the history store {db_path}: {exc}; choose another with --db") from None
    try:
        _retry(lambda: conn.execute("PRAGMA journal_mode=WAL"))
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        _retry(lambda: conn.executescript(SCHEMA))
        _retry(lambda: conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)))
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise OutputError(f"{db_path} is not a reportgen history store ({exc}); choose another file with --db") from None
    return conn


def _retry(action, attempts: int = 50):
    """Run ``action``, retrying briefly while another build holds a lock the busy timeout does not cover."""
    for attempt in range(attempts):
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def report_key(extraction: Extraction) -> str:
    """Return a report's content hash: the source's SHA-256, else a hash of its extraction."""
    if extraction.source.sha256:
        return extraction.source.sha256
    text = json.dumps(extraction_to_dict(extraction), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_build(comparison: Comparison, extractions: list[Extraction], db_path: Path,
                 period: str | None = None, series: str = DEFAULT_SERIES) -> Comparison:
    """Store the build's reports and cells; return the comparison with period, 期号 and changes.

    ``period`` defaults to ``default_period(extractions)``. The returned
    comparison carries ``period``, ``series``, ``issue_no``,
    ``previous_period`` (None for a series' first period), ``changes`` and
    ``indicator_changes`` against the latest earlier period of the series.
    """
    period = normalise_period(period) if period else default_period(extractions)
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    conn = connect(db_path)
    try:
        _retry(lambda: conn.execute("BEGIN IMMEDIATE"))
        try:
            build_id, issue_no = _build_row(conn, series, period, now)
            _store_reports(conn, build_id, extractions, now)
            conn.execute("DELETE FROM cells WHERE build_id = ?", (build_id,))
            conn.executemany(
                "INSERT INTO cells VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(build_id, c.unit, c.indicator, float(c.value), _none(c.value_max), c.unit_word, c.count_unit,
                  text_or_none(c.qualifier)) for c in comparison.cells.itertuples(index=False)])
            previous_period, previous = _previous(conn, series, period)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise OutputError(f"cannot record the build in {db_path}: {exc}") from None
    finally:
        conn.close()
    return replace(comparison, period=period, series=series, issue_no=issue_no, previous_period=previous_period,
                   changes=changes_table(previous, comparison.cells),
                   indicator_changes=indicator_changes_table(previous, comparison.cells))


def _none(value: Any) -> Any:
    return None if value is None or value != value else value


def _build_row(conn: sqlite3.Connection, series: str, period: str, now: str) -> tuple[int, int]:
    """Return (build id, 期号) for the series' period: the existing one, else the next number."""
    row = conn.execute("SELECT id, issue_no FROM builds WHERE series = ? AND period = ?", (series, period)).fetchone()
    if row:
        conn.execute("UPDATE builds SET built_at = ? WHERE id = ?", (now, row[0]))
        conn.execute("DELETE FROM build_reports WHERE build_id = ?", (row[0],))
        return row[0], row[1]
    (last,) = conn.execute("SELECT COALESCE(MAX(issue_no), 0) FROM builds WHERE series = ?", (series,)).fetchone()
    cur = conn.execute("INSERT INTO builds (series, period, issue_no, built_at) VALUES (?, ?, ?, ?)",
                       (series, period, last + 1, now))
    return cur.lastrowid, last + 1


def _store_reports(conn: sqlite3.Connection, build_id: int, extractions: list[Extraction], now: str) -> None:
    """Store each readable report once by content hash, and link it to the build."""
    for e in extractions:
        if e.source.status != "ok":
            continue
        key = report_key(e)
        export = json.dumps(extraction_to_dict(e), ensure_ascii=False)
        conn.execute("INSERT OR IGNORE INTO reports VALUES (?, ?, ?, ?)", (key, e.source.path, now, export))
        conn.execute("INSERT OR IGNORE INTO build_reports VALUES (?, ?)", (build_id, key))


def _previous(conn: sqlite3.Connection, series: str, period: str) -> tuple[str | None, list[tuple]]:
    """Return the latest earlier period of the series (same kind: week or month) and its cells."""
    pattern = "????-W??" if "W" in period else "????-??"
    row = conn.execute(
        "SELECT id, period FROM builds WHERE series = ? AND period < ? AND period GLOB ? ORDER BY period DESC LIMIT 1",
        (series, period, pattern)).fetchone()
    if not row:
        return None, []
    cells = conn.execute("SELECT unit, indicator, value, count_unit FROM cells WHERE build_id = ?", (row[0],)).fetchall()
    return row[1], cells


def changes_table(previous: list[tuple], cells: pd.DataFrame) -> pd.DataFrame:
    """Return per (unit, indicator) the previous and current headline and their difference.

    A delta is given only when both periods count in the same unit; status is
    new, gone, changed or same (empty when there is no previous period).
    """
    import pandas as pd

    if not previous:
        return empty_changes()
    before = {(u, i): (v, cu) for u, i, v, cu in previous}
    now = {(c.unit, c.indicator): (float(c.value), c.count_unit) for c in cells.itertuples(index=False)}
    rows = []
    for key in list(now) + [k for k in before if k not in now]:
        cur, prev = now.get(key), before.get(key)
        comparable = cur is not None and prev is not None and cur[1] == prev[1]
        delta = cur[0] - prev[0] if comparable else float("nan")
        status = ("new" if prev is None else "gone" if cur is None
                  else "changed" if not comparable or delta != 0 else "same")
        rows.append({"unit": key[0], "indicator": key[1], "count_unit": (cur or prev)[1],
                     "previous": prev[0] if prev else float("nan"), "current": cur[0] if cur else float("nan"),
                     "delta": delta, "status": status})
    return pd.DataFrame(rows, columns=CHANGE_COLUMNS)


def indicator_changes_table(previous: list[tuple], cells: pd.DataFrame) -> pd.DataFrame:
    """Return per indicator and count unit the total over units now and in the previous period."""
    import pandas as pd

    if not previous:
        return empty_indicator_changes()
    before: dict[tuple[str, str], float] = {}
    for _, ind, value, cu in previous:
        before[(ind, cu)] = before.get((ind, cu), 0.0) + value
    now: dict[tuple[str, str], float] = {}
    for c in cells.itertuples(index=False):
        now[(c.indicator, c.count_unit)] = now.get((c.indicator, c.count_unit), 0.0) + float(c.value)
    rows = []
    for key in list(now) + [k for k in before if k not in now]:
        if key[1] == "%":
            continue
        cur, prev = now.get(key), before.get(key)
        rows.append({"indicator": key[0], "count_unit": key[1],
                     "previous": prev if prev is not None else float("nan"),
                     "current": cur if cur is not None else float("nan"),
                     "delta": cur - prev if cur is not None and prev is not None else float("nan")})
    return pd.DataFrame(rows, columns=INDICATOR_CHANGE_COLUMNS)


def series_issues(db_path: Path, series: str = DEFAULT_SERIES) -> list[tuple[str, int]]:
    """Return the (period, 期号) of every build of a series, in issue order."""
    conn = connect(db_path)
    try:
        return conn.execute("SELECT period, issue_no FROM builds WHERE series = ? ORDER BY issue_no",
                            (series,)).fetchall()
    finally:
        conn.close()
