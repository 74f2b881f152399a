"""The history store: 期号 per series, periods, deltas, content-hash storage, concurrent builds."""
from __future__ import annotations

import datetime as dt
import math
import sqlite3
import threading

import pytest

from reportgen.aggregate import compare, record_build
from reportgen.aggregate.history import default_period, normalise_period, series_issues
from reportgen.errors import StoreError, UsageError
from reportgen.records import Article, Extraction, Figure, Source
from reportgen.taxonomy import load_taxonomy

TAXONOMY = load_taxonomy()


def report(path: str, unit: str, members: int, forums: int | None = None, date: str | None = None) -> Extraction:
    """Return a one-article report with a party-member count (and optionally a forum count)."""
    figures = [Figure(text=f"{members}名", value=members, unit="名", object="党员", indicator="party_members",
                      sentence=f"全体{members}名党员参加党的群众路线教育实践活动")]
    if forums is not None:
        figures.append(Figure(text=f"{forums}场", value=forums, unit="场", object="座谈会", indicator="forums",
                              sentence=f"召开座谈会{forums}场"))
    return Extraction(Source(path=path, sha256=f"{path}-{members}-{forums}"),
                      [Article(title=f"{unit}工作简报", unit=unit, date=date, figures=figures)])


def build(extractions, db, period, series="weekly"):
    return record_build(compare(extractions, TAXONOMY), extractions, db, period, series)


def test_second_build_of_a_series_is_issue_two(tmp_path):
    db = tmp_path / "h.sqlite"
    batch = [report("a.txt", "章丘市经济和信息化局", 3077)]
    first, second = build(batch, db, "2014-W21"), build(batch, db, "2014-W22")
    assert (first.issue_no, second.issue_no) == (1, 2)
    assert (first.previous_period, second.previous_period) == (None, "2014-W21")
    assert build(batch, db, "2014-W22").issue_no == 2  # rebuilding a period keeps its number
    assert build(batch, db, "2014-W21", series="leadership").issue_no == 1  # series count separately
    assert series_issues(db) == [("2014-W21", 1), ("2014-W22", 2)]


def test_two_batches_give_the_right_deltas(tmp_path):
    db = tmp_path / "h.sqlite"
    build([report("w21.txt", "章丘市经济和信息化局", 3000, forums=5), report("b.txt", "昌乐县", 36580)], db, "2014-W21")
    now = build([report("w22.txt", "章丘市经济和信息化局", 3077, forums=5), report("c.txt", "魏都区", 3000)],
                db, "2014-W22")
    changes = now.changes.set_index(["unit", "indicator"])
    assert changes.loc[("章丘市经济和信息化局", "party_members"), "delta"] == 77
    assert changes.loc[("章丘市经济和信息化局", "party_members"), "status"] == "changed"
    assert changes.loc[("章丘市经济和信息化局", "forums"), "status"] == "same"
    assert changes.loc[("魏都区", "party_members"), "status"] == "new"
    assert math.isnan(changes.loc[("魏都区", "party_members"), "delta"])
    assert changes.loc[("昌乐县", "party_members"), "status"] == "gone"
    totals = now.indicator_changes.set_index("indicator")
    # like with like: only the unit that reported party members both weeks (not 昌乐县 gone, not 魏都区 new)
    assert (totals.loc["party_members", "previous"], totals.loc["party_members", "current"]) == (3000, 3077)
    assert totals.loc["party_members", "units"] == 1 and totals.loc["party_members", "basis"] == "两期都报送的1个单位"


def test_resent_report_is_stored_once_and_doubles_nothing(tmp_path):
    db = tmp_path / "h.sqlite"
    batch = [report("a.txt", "章丘市经济和信息化局", 3077)]
    build(batch, db, "2014-W21")
    resent = batch + [Extraction(Source(path="again/a.txt", sha256=batch[0].source.sha256), batch[0].articles)]
    second = build(resent, db, "2014-W22")
    assert second.value("章丘市经济和信息化局", "party_members") == 3077
    assert set(second.changes["status"]) == {"same"} and set(second.changes["delta"]) == {0}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM reports").fetchone() == (1,)
        assert conn.execute("SELECT COUNT(*) FROM build_reports").fetchone() == (2,)


def test_first_period_has_no_changes(tmp_path):
    first = build([report("a.txt", "昌乐县", 36580)], tmp_path / "h.sqlite", "2014-W21")
    assert first.changes.empty and first.previous_period is None


@pytest.mark.parametrize("given, expected", [
    ("2014-W21", "2014-W21"), ("2014w21", "2014-W21"), ("2014-W1", "2014-W01"), ("2014-5", "2014-05"),
    ("2015-W53", "2015-W53"),
])
def test_normalise_period(given, expected):
    assert normalise_period(given) == expected


@pytest.mark.parametrize("given", ["2014-W54", "2014-W53", "last week", "2014-13", ""])
def test_bad_period_says_what_is_accepted(given):
    with pytest.raises(UsageError, match="2014-W21"):
        normalise_period(given)


def test_default_period_is_the_iso_week_of_the_reports_dates():
    reports = [report("a.txt", "泉州开发区党工委", 1, date="2014-05-26"), report("b.txt", "昌乐县", 2),
               report("c.txt", "魏都区", 3, date="2014-05-27")]
    assert default_period(reports) == "2014-W22"
    assert default_period([report("b.txt", "昌乐县", 2)], today=dt.date(2014, 5, 19)) == "2014-W21"


def test_default_period_used_when_none_given(tmp_path):
    built = build([report("a.txt", "泉州开发区党工委", 1, date="2014-05-26")], tmp_path / "h.sqlite", None)
    assert built.period == "2014-W22"


def test_two_builds_at_once_neither_fail_nor_corrupt(tmp_path):
    db = tmp_path / "h.sqlite"
    batches = {f"2014-W{w}": [report(f"{w}-{i}.txt", f"第{i}社区", 100 * w + i) for i in range(30)] for w in (21, 22, 23, 24)}
    comparisons = {p: compare(b, TAXONOMY) for p, b in batches.items()}
    start, errors, issues = threading.Barrier(len(batches)), [], {}

    def run(period):
        try:
            start.wait()
            issues[period] = record_build(comparisons[period], batches[period], db, period).issue_no
        except Exception as exc:  # noqa: BLE001 - the test reports any failure below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(p,)) for p in batches]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(issues.values()) == [1, 2, 3, 4]
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("SELECT COUNT(*) FROM cells").fetchone() == (120,)
        assert conn.execute("SELECT COUNT(*) FROM reports").fetchone() == (120,)


def test_a_file_that_is_not_a_store_is_a_clear_error(tmp_path):
    db = tmp_path / "h.sqlite"
    db.write_text("这不是数据库" * 200, encoding="utf-8")
    with pytest.raises(StoreError, match="--db"):
        build([report("a.txt", "昌乐县", 1)], db, "2014-W21")


BUILD_IN_A_PROCESS = """
import sys, time
from reportgen.aggregate import compare, record_build
from reportgen.records import Article, Extraction, Figure, Source
db, period, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
batch = [Extraction(Source(path=f"{period}-{i}.txt", sha256=f"{period}-{i}"),
                    [Article(title="t", unit=f"第{i}社区", figures=[Figure(text="5场", value=5, unit="场", object="座谈会", indicator="forums")])])
         for i in range(20)]
comparison = compare(batch)
time.sleep(max(0.0, start - time.time()))
print(record_build(comparison, batch, db, period).issue_no)
"""


@pytest.mark.slow
def test_two_build_processes_at_once_on_one_store(tmp_path):
    import subprocess
    import sys
    import time

    db, start = tmp_path / "h.sqlite", time.time() + 3
    procs = [subprocess.Popen([sys.executable, "-c", BUILD_IN_A_PROCESS, str(db), period, str(start)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for period in ("2014-W21", "2014-W22")]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in results]
    assert sorted(int(out) for out, _ in results) == [1, 2]
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT COUNT(*) FROM cells").fetchone() == (40,)
