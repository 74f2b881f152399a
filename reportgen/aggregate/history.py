"""The history store: SQLite, so a weekly series knows its 期号 and last week's numbers.

One file (default: ``reportgen-history.sqlite`` in the project folder, see
``reportgen.project``; never inside an output folder) holds:

- ``reports``: each report once, keyed by the SHA-256 of its bytes, with its
  extraction export, so the same report sent twice is stored once;
- ``builds``: one row per (series, period) with its 期号 (issue number);
  rebuilding a period keeps its number and replaces its data (the replaced
  state is kept in ``revisions``, see ``revisions.py``), a new period of the
  series takes the next number (the first from ``first_issue``);
- ``build_reports``: which reports a build used;
- ``cells``: the build's headline cells, to compare the next period against.

Each build is one ``BEGIN IMMEDIATE`` transaction in WAL mode, so two builds
at once on one store queue for the write lock (up to ``TIMEOUT_S``) rather
than fail or interleave.

A build is recorded in two steps (``plan_build`` reads, ``commit_build``
writes) so the pipeline can render everything between them and write the
history last: a build that fails before ``commit_build`` uses no 期号 and
leaves the store as it was. Which files are a store, and the schema and its
migrations, are ``store``'s job.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import OutputError, StoreError, UsageError
from ..messages import N_, _
from ..oserrors import os_problem
from ..project import DEFAULT_HISTORY
from ..records import Extraction, extraction_to_dict
from . import revisions
from .headline import text_or_none
from .model import Comparison
from .store import StoreState, back_up, inspect_store, migrate, read_connection

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_DB_NAME = DEFAULT_HISTORY  # in the project folder (project.Project.history), never the output folder
DEFAULT_SERIES = "weekly"
TIMEOUT_S = 60.0
CHANGE_COLUMNS = ["unit", "indicator", "count_unit", "previous", "current", "delta", "status"]
INDICATOR_CHANGE_COLUMNS = ["indicator", "count_unit", "previous", "current", "delta", "units", "basis"]

WEEK = re.compile(r"^(\d{4})-?[Ww](\d{1,2})$")
MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")



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
    raise UsageError(_("--period {value!r} is not a period: write an ISO week like 2014-W21 or a month like 2014-05").format(
        value=period))


def iso_week(day: dt.date) -> str:
    """Return the ISO week of a date as 2014-W21."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass(frozen=True)
class Recorded:
    """How a build was recorded: its period and where that came from, its 期号 and revision.

    ``period_from`` is ``option`` (given), ``reports`` (the reports' dates) or
    ``today`` (neither: the current week, which the run summary must say);
    ``revision`` is 1 for a new issue, else the re-issue's number, and
    ``replaced`` the time of the state it replaced.
    """

    period: str
    period_from: str
    series: str
    issue_no: int
    revision: int = 1
    replaced: str | None = None


def choose_period(extractions: list[Extraction], period: str | None,
                  today: dt.date | None = None) -> tuple[str, str]:
    """Return (period, where it came from: option, reports or today)."""
    if period:
        return normalise_period(period), "option"
    week = reports_week(extractions)
    return (week, "reports") if week else (iso_week(today or dt.date.today()), "today")


def default_period(extractions: list[Extraction], today: dt.date | None = None) -> str:
    """Return the ISO week most of the reports' dates fall in (latest on a tie), else today's week."""
    return reports_week(extractions) or iso_week(today or dt.date.today())


def reports_week(extractions: list[Extraction]) -> str | None:
    """Return the ISO week most of the reports' dates fall in (latest on a tie); None if none is dated."""
    weeks = Counter()
    for e in extractions:
        for a in e.articles:
            try:
                weeks[iso_week(dt.date.fromisoformat(a.date))] += 1
            except (TypeError, ValueError):
                continue
    return max(weeks, key=lambda w: (weeks[w], w)) if weeks else None


def connect(db_path: Path) -> sqlite3.Connection:
    """Return a connection to the store in WAL mode, created or migrated (after a backup) as needed.

    Raises StoreError, without changing the file, when it is not reportgen's
    or is newer; OutputError when it cannot be opened for writing.
    """
    conn, _ = _open_for_write(Path(db_path))
    try:
        _retry(lambda: conn.execute("BEGIN IMMEDIATE"))
        _bring_up_to_date(conn, inspect_store(db_path))
        conn.execute("COMMIT")
    except BaseException:
        _rollback(conn)
        conn.close()
        raise
    return conn


def _open_for_write(db_path: Path) -> tuple[sqlite3.Connection, StoreState]:
    """Return a WAL connection to a store that may be written (checked and backed up first) and its state."""
    state = inspect_store(db_path)
    if state.needs_migration:
        back_up(state)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(db_path, timeout=TIMEOUT_S, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise OutputError(N_("cannot open the history store {db_path}: {error}; choose another with --db"),
                          db_path=db_path, error=os_problem(exc)) from None
    try:
        _retry(lambda: conn.execute("PRAGMA journal_mode=WAL"))
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(N_("{db_path} is not a reportgen history store ({error}); choose another file with "
                            "--db"), db_path=db_path, error=exc) from None
    return conn, state


def _bring_up_to_date(conn: sqlite3.Connection, state: StoreState) -> None:
    """Inside the open transaction: create a new store's schema, or migrate an older one."""
    if not state.exists:
        migrate(conn, 0)
    elif state.needs_migration:
        migrate(conn, state.version)


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")


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


class Recording:
    """One build being recorded: the store's write transaction is open from ``recording`` until ``commit``.

    ``comparison`` carries the build's period, 期号 and changes for the
    renderers; nothing is visible to others, and nothing is kept unless
    ``commit`` runs.
    """

    def __init__(self, conn: sqlite3.Connection, db_path: Path, build_id: int, comparison: Comparison):
        self.conn = conn
        self.db_path = db_path
        self.build_id = build_id
        self.comparison = comparison
        self.committed = False
        self.recorded: Recorded | None = None

    def commit(self, extractions: list[Extraction], publish: Callable[[], Callable[[], None]] | None = None) -> None:
        """Write the build's reports and cells, run ``publish``, then COMMIT.

        ``publish`` moves the build's documents into place and returns a
        function that puts the previous ones back, called if COMMIT fails: the
        documents and the history change together or not at all.
        """
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        conn = self.conn
        try:
            _store_reports(conn, self.build_id, extractions, now)
            conn.execute("DELETE FROM cells WHERE build_id = ?", (self.build_id,))
            cells = named_cells(self.comparison)
            conn.executemany(
                "INSERT INTO cells VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(self.build_id, c.unit, c.indicator, float(c.value), _none(c.value_max), c.unit_word,
                  c.count_unit, text_or_none(c.qualifier)) for c in cells.itertuples(index=False)])
        except sqlite3.Error as exc:
            raise OutputError(N_("cannot record the build in {db_path}: {error}; nothing was changed"),
                              db_path=self.db_path, error=exc) from None
        restore = publish() if publish else None
        try:
            conn.execute("COMMIT")
        except BaseException as exc:
            if restore:
                restore()
            if isinstance(exc, sqlite3.Error):
                raise OutputError(N_("cannot record the build in {db_path}: {error}; nothing was changed"),
                                  db_path=self.db_path, error=exc) from None
            raise
        self.committed = True


@contextmanager
def recording(comparison: Comparison, extractions: list[Extraction], db_path: Path, period: str | None = None,
              series: str = DEFAULT_SERIES, first_issue: int = 1) -> Iterator[Recording]:
    """Open the build's transaction and yield its ``Recording``; without ``commit`` nothing is kept.

    ``period`` defaults to ``default_period(extractions)``. The recording's
    comparison carries ``period``, ``series``, ``issue_no``,
    ``previous_period`` (None for a series' first period), ``changes`` and
    ``indicator_changes`` against the latest earlier period of the series.
    The write lock is held throughout, so two builds on one store queue and
    never take the same 期号. A store that did not exist before and whose
    first build is not committed is removed again. The recording's
    ``recorded`` says how (``Recorded``: where the period came from, new issue
    or revision); a series' first issue is numbered ``first_issue``.
    """
    if first_issue < 1:
        raise UsageError(_("first_issue must be 1 or more, not {value}").format(value=first_issue))
    db_path = Path(db_path)
    period, period_from = choose_period(extractions, period)
    existed = db_path.exists()
    conn, state = _open_for_write(db_path)
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    record = None
    try:
        try:
            _retry(lambda: conn.execute("BEGIN IMMEDIATE"))
            _bring_up_to_date(conn, state)
            build_id, issue_no, revision, replaced = _build_row(conn, series, period, now, first_issue)
            previous_period, previous = _previous(conn, series, period)
        except sqlite3.Error as exc:
            raise OutputError(N_("cannot record the build in {db_path}: {error}; nothing was changed"),
                              db_path=db_path, error=exc) from None
        record = Recording(conn, db_path, build_id, replace(
            comparison, period=period, series=series, issue_no=issue_no, previous_period=previous_period,
            changes=changes_table(previous, named_cells(comparison)),
            indicator_changes=indicator_changes_table(previous, named_cells(comparison))))
        record.recorded = Recorded(period=period, period_from=period_from, series=series, issue_no=issue_no,
                                   revision=revision, replaced=replaced)
        yield record
    finally:
        _rollback(conn)
        conn.close()
        if not existed and not (record and record.committed):
            for leftover in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"), Path(f"{db_path}-journal")):
                leftover.unlink(missing_ok=True)


def named_cells(comparison: Comparison) -> pd.DataFrame:
    """Return the cells of rows the text names: a placeholder row (待确认单位) is no unit to follow over time."""
    unnamed = set(comparison.rows.loc[~comparison.rows["identified"].astype(bool), "unit"])
    return comparison.cells[~comparison.cells["unit"].isin(unnamed)]


def record_build(comparison: Comparison, extractions: list[Extraction], db_path: Path,
                 period: str | None = None, series: str = DEFAULT_SERIES, first_issue: int = 1) -> Comparison:
    """Store the build's reports and cells; return the comparison with period, 期号 and changes.

    ``recording`` and ``commit`` at once, for callers with nothing to publish in between.
    """
    return record_issue(comparison, extractions, db_path, period, series, first_issue)[0]


def record_issue(comparison: Comparison, extractions: list[Extraction], db_path: Path,
                 period: str | None = None, series: str = DEFAULT_SERIES,
                 first_issue: int = 1) -> tuple[Comparison, Recorded]:
    """Like ``record_build``, and also say how the build was recorded (new issue or re-issue)."""
    with recording(comparison, extractions, db_path, period, series, first_issue) as record:
        record.commit(extractions)
    return record.comparison, record.recorded


def _none(value: Any) -> Any:
    return None if value is None or value != value else value


def _build_row(conn: sqlite3.Connection, series: str, period: str, now: str,
               first_issue: int = 1) -> tuple[int, int, int, str | None]:
    """Return (build id, 期号, revision, replaced time) for the series' period.

    An existing period keeps its number and its current state is archived as a
    revision; a new one takes the next number, the series' first ``first_issue``.
    """
    row = conn.execute("SELECT id, issue_no FROM builds WHERE series = ? AND period = ?", (series, period)).fetchone()
    if row:
        revision, replaced = revisions.archive(conn, row[0])
        conn.execute("UPDATE builds SET built_at = ? WHERE id = ?", (now, row[0]))
        conn.execute("DELETE FROM build_reports WHERE build_id = ?", (row[0],))
        return row[0], row[1], revision, replaced
    (last,) = conn.execute("SELECT COALESCE(MAX(issue_no), ?) FROM builds WHERE series = ?",
                           (first_issue - 1, series)).fetchone()
    cur = conn.execute("INSERT INTO builds (series, period, issue_no, built_at) VALUES (?, ?, ?, ?)",
                       (series, period, last + 1, now))
    return cur.lastrowid, last + 1, 1, None


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
    """Return per indicator and count unit the change like with like: over the units that reported it both times.

    A total over this period's units against a total over last period's
    units compares different things whenever a unit joins or drops out, so
    both sums run over the same units, in the same count unit; ``units``
    says how many and ``basis`` says it in Chinese (两期都报送的3个单位).
    """
    import pandas as pd

    if not previous:
        return empty_indicator_changes()
    before = {(u, ind, cu): value for u, ind, value, cu in previous}
    sums: dict[tuple[str, str], list[float]] = {}
    for c in cells.itertuples(index=False):
        prev = before.get((c.unit, c.indicator, c.count_unit))
        if prev is None or c.count_unit == "%":
            continue
        acc = sums.setdefault((c.indicator, c.count_unit), [0.0, 0.0, 0])
        acc[0] += prev
        acc[1] += float(c.value)
        acc[2] += 1
    rows = [{"indicator": ind, "count_unit": cu, "previous": prev, "current": cur, "delta": cur - prev,
             "units": n, "basis": f"两期都报送的{n}个单位"} for (ind, cu), (prev, cur, n) in sums.items()]
    return pd.DataFrame(rows, columns=INDICATOR_CHANGE_COLUMNS)


def series_issues(db_path: Path, series: str = DEFAULT_SERIES) -> list[tuple[str, int]]:
    """Return the (period, 期号) of every build of a series, in issue order."""
    conn = read_connection(Path(db_path))
    if conn is None:
        return []
    try:
        return conn.execute("SELECT period, issue_no FROM builds WHERE series = ? ORDER BY issue_no",
                            (series,)).fetchall()
    finally:
        conn.close()


def with_history(comparison: Comparison, extractions: list[Extraction], db_path: Path,
                 period: str | None = None, series: str = DEFAULT_SERIES) -> Comparison:
    """Return the comparison with its period and changes against the store's previous period; store nothing.

    For ``compare --db``: the week-over-week tables of an export are filled
    without recording an issue. ``issue_no`` is the period's number when the
    store already holds it.
    """
    period, _source = choose_period(extractions, period)
    if not Path(db_path).is_file():
        raise UsageError(_("no history store at {path}: build once, or name the store with --db").format(
            path=db_path))
    conn = read_connection(Path(db_path))
    if conn is None:  # an empty file: nothing recorded yet
        return replace(comparison, period=period, series=series)
    try:
        row = conn.execute("SELECT issue_no FROM builds WHERE series = ? AND period = ?", (series, period)).fetchone()
        previous_period, previous = _previous(conn, series, period)
    except sqlite3.Error as exc:
        raise OutputError(N_("cannot read the history store {db_path}: {error}"), db_path=db_path, error=exc) from None
    finally:
        conn.close()
    return replace(comparison, period=period, series=series, issue_no=row[0] if row else None,
                   previous_period=previous_period, changes=changes_table(previous, named_cells(comparison)),
                   indicator_changes=indicator_changes_table(previous, named_cells(comparison)))
