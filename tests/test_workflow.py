"""The weekly routine: issues side by side in one output folder, the history beside the work,
re-issues kept as revisions, the history commands, the project file and the run summary."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.aggregate import compare
from reportgen.aggregate.history import choose_period, record_issue
from reportgen.aggregate.issues import list_issues, remove_issue, show_issue
from reportgen.cli import main
from reportgen.errors import UsageError
from reportgen.messages import set_language
from reportgen.project import check_file_name, file_stem, load_project
from reportgen.reasons import Reason
from reportgen.records import Article, Extraction, Figure, Source
from reportgen.render.dates import format_date
from reportgen.summary import counts_line, period_note, period_words
from reportgen.taxonomy import load_taxonomy

TAXONOMY = load_taxonomy()


@pytest.fixture()
def office(tmp_path: Path, seed_paths: list[Path], monkeypatch) -> Path:
    """A project folder with two weeks of reports, as the working folder."""
    for week, seeds in (("w1", seed_paths[:2]), ("w2", seed_paths[2:4])):
        (tmp_path / week).mkdir()
        for seed in seeds:
            (tmp_path / week / seed.name).write_bytes(seed.read_bytes())
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str, lang: str = "zh"):
    result = CliRunner(env={"COLUMNS": "200"}).invoke(main, [*args, "--lang", lang])
    return result


def test_two_weeks_into_one_output_folder_sit_side_by_side_with_the_history_outside(office: Path) -> None:
    first = run("build", "w1", "--period", "2014-W21", "--audience", "weekly")
    assert first.exit_code == 0, first.output
    second = run("build", "w2", "--period", "2014-W22", "--audience", "weekly")
    assert second.exit_code == 0, second.output
    names = sorted(p.name for p in (office / "output").iterdir())
    assert names == ["工作简报第1期-extract.json", "工作简报第1期-weekly-审阅.docx", "工作简报第1期-weekly.docx",
                     "工作简报第2期-extract.json", "工作简报第2期-weekly-审阅.docx", "工作简报第2期-weekly.docx"]
    assert (office / "reportgen-history.sqlite").is_file()
    assert "本期：2014年第21周（5月19日—25日），第1期，新建" in first.output
    assert "本期：2014年第22周（5月26日—6月1日），第2期，新建" in second.output
    assert "读取 2 份" in second.output
    listed = run("history", "list")
    assert listed.exit_code == 0, listed.output
    lines = [line for line in listed.output.splitlines() if line.startswith("第")]
    assert len(lines) == 2 and "2014年第21周" in lines[0] and "2014年第22周" in lines[1]


def test_a_reissue_is_kept_as_a_revision_and_can_be_removed(office: Path) -> None:
    assert run("build", "w1", "--period", "2014-W21", "--audience", "weekly").exit_code == 0
    again = run("build", "w1", "w2", "--period", "2014-W21", "--audience", "weekly")
    assert again.exit_code == 0, again.output
    assert "第1期，重新印发（第2版），替换" in again.output
    shown = run("history", "show", "1")
    assert shown.exit_code == 0, shown.output
    assert "第2版" in shown.output and "第1版" in shown.output  # the current and the replaced one
    assert sum(".txt" in line for line in shown.output.splitlines()) == 4
    assert run("build", "w2", "--period", "2014-W22", "--audience", "weekly").exit_code == 0
    removed = run("history", "remove", "2", "--yes")
    assert removed.exit_code == 0, removed.output
    listed = run("history", "list").output
    assert "2014年第21周" in listed and "2014年第22周" not in listed
    missing = run("history", "show", "7")
    assert missing.exit_code == 2 and "没有第7期" in missing.output


def test_project_file_sets_output_folder_history_file_first_issue_and_issuer(office: Path) -> None:
    (office / "reportgen.toml").write_text(
        '[build]\nout = "简报"\naudiences = ["weekly"]\n'
        '[history]\ndb = "简报历史.sqlite"\nfirst_issue = 15\n'
        '[document]\nissuer = "县委办公室"\n', encoding="utf-8")
    sub = office / "w1"
    import os

    os.chdir(sub)  # found from a folder below, like pyproject.toml
    result = run("build", ".", "--period", "2014-W21", "--date", "2014-05-23")
    assert result.exit_code == 0, result.output
    assert "第15期" in result.output
    written = office / "简报" / "工作简报第15期-weekly.docx"
    assert written.is_file() and (office / "简报历史.sqlite").is_file()
    assert not (office / "reportgen-history.sqlite").exists()
    import docx

    text = "\n".join(p.text for p in docx.Document(str(written)).paragraphs)
    assert "第15期" in text and "2014年5月23日" in text and "县委办公室" in text


def test_config_names_a_project_file_elsewhere(office: Path) -> None:
    settings = office / "设置" / "周报.toml"
    settings.parent.mkdir()
    settings.write_text('[build]\nout = "../简报"\n[history]\ndb = "历史.sqlite"\nfirst_issue = 3\n', encoding="utf-8")
    result = run("build", "w1", "--period", "2014-W21", "--audience", "weekly", "--config", str(settings))
    assert result.exit_code == 0, result.output
    assert (office / "简报" / "工作简报第3期-weekly.docx").is_file() and (settings.parent / "历史.sqlite").is_file()
    missing = run("build", "w1", "--config", "nope.toml")
    assert missing.exit_code == 2 and "nope.toml" in missing.output and "reportgen init" in missing.output


def test_init_writes_a_commented_project_file_that_loads(office: Path) -> None:
    result = run("init")
    assert result.exit_code == 0, result.output
    project = load_project()
    assert project.out == office / "简报" and project.history == office / "简报历史.sqlite"
    assert project.first_issue == 1 and project.audiences == ["weekly", "digest"]
    assert run("init").exit_code == 2  # never overwritten silently


def test_project_file_mistakes_name_the_file_and_key(tmp_path: Path) -> None:
    set_language("zh")
    bad = tmp_path / "reportgen.toml"
    bad.write_text('[history]\nfirst_isue = 15\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"reportgen\.toml.*first_isue"):
        load_project(start=tmp_path)
    bad.write_text('[history]\nfirst_issue = "15"\n', encoding="utf-8")
    with pytest.raises(UsageError, match="不小于 1 的整数"):
        load_project(start=tmp_path)


def test_a_missing_input_folder_fails_in_chinese_and_writes_nothing(office: Path) -> None:
    result = run("build", "周报（拼错）", "--audience", "weekly")
    assert result.exit_code == 8
    assert "错误：" in result.output and "找不到" in result.output and "周报（拼错）" in result.output
    assert not (office / "output").exists() and not (office / "reportgen-history.sqlite").exists()


def test_a_folder_of_unreadable_files_fails_with_the_reasons(office: Path) -> None:
    junk = office / "junk"
    junk.mkdir()
    (junk / "a.txt").write_bytes(b"")
    (junk / "b.docx").write_bytes(b"PK\x03\x04 not a zip")
    result = run("build", "junk", "--audience", "weekly")
    assert result.exit_code == 8
    assert "读取 0 份" in result.output and "跳过 1 份" in result.output and "失败 1 份" in result.output
    assert not (office / "output").exists()


def test_an_empty_folder_fails_naming_it(office: Path) -> None:
    (office / "空").mkdir()
    for command in ("build", "extract", "compare"):
        extra = ["-o", "c.xlsx"] if command == "compare" else []
        result = run(command, "空", *extra)
        assert result.exit_code == 8, (command, result.output)
        assert "在 空 中没有找到任何文件" in result.output, command
    assert not (office / "output").exists() and not (office / "c.xlsx").exists()


def test_english_on_request(office: Path) -> None:
    result = run("build", "w1", "--period", "2014-W21", "--audience", "weekly", lang="en")
    assert result.exit_code == 0, result.output
    assert "This issue: 2014 week 21 (19 May – 25 May), No. 1, new" in result.output
    assert "read 2" in result.output


def report(unit: str, date: str | None) -> Extraction:
    return Extraction(Source(path=f"{unit}.txt", sha256=unit),
                      [Article(title="简报", unit=unit, date=date,
                               figures=[Figure(text="30名", value=30, unit="名", object="党员",
                                               indicator="party_members",
                                               sentence="30名党员参加教育实践活动")])])


def test_period_source_is_said_when_it_is_todays_week(tmp_path: Path) -> None:
    assert choose_period([report("甲县", "2014-05-21")], None) == ("2014-W21", "reports")
    assert choose_period([report("甲县", None)], "2014-w3") == ("2014-W03", "option")
    assert choose_period([report("甲县", None)], None, today=dt.date(2014, 6, 3)) == ("2014-W23", "today")
    batch = [report("甲县", None)]
    _, recorded = record_issue(compare(batch, TAXONOMY), batch, tmp_path / "h.sqlite")
    assert recorded.period_from == "today"
    set_language("zh")
    assert "今天" in period_note(recorded) and "--period" in period_note(recorded)


def test_first_issue_and_revisions_in_the_store(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite"
    batch = [report("甲县", "2014-05-21")]
    _, one = record_issue(compare(batch, TAXONOMY), batch, db, first_issue=15)
    _, again = record_issue(compare(batch, TAXONOMY), batch, db, first_issue=15)
    _, two = record_issue(compare(batch, TAXONOMY), batch, db, "2014-W22", first_issue=15)
    assert (one.issue_no, one.revision, again.issue_no, again.revision, two.issue_no) == (15, 1, 15, 2, 16)
    assert again.replaced is not None
    assert [i.issue_no for i in list_issues(db)] == [15, 16]
    assert show_issue(db, 15).revision == 2 and show_issue(db, 15).reports == ["甲县.txt"]
    remove_issue(db, 16)
    assert [i.issue_no for i in list_issues(db)] == [15]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM cells").fetchone() == (1,)  # the removed issue's cells went too
    conn.close()
    _, corrected = record_issue(compare(batch, TAXONOMY), batch, db, "2014-W23", first_issue=15)
    assert (corrected.issue_no, corrected.revision) == (16, 1)  # the removed latest number is used again


def test_summary_lines_in_chinese() -> None:
    set_language("zh")
    ok = report("甲县", "2014-05-21")
    empty, locked, broken = Source(path="a.txt"), Source(path="b.txt"), Source(path="c.docx")
    empty.refuse("skipped", Reason.of("empty"))
    locked.refuse("skipped", Reason.of("empty"))
    broken.refuse("error", Reason.of("not_a_docx"))
    line = counts_line([ok, Extraction(empty), Extraction(locked), Extraction(broken)])
    assert line == "读取 1 份，跳过 2 份（文件为空），失败 1 份（扩展名为 .docx，但不是 Word 文件（如为纯文本，请改为 .txt））"
    set_language("en")
    assert counts_line([ok, Extraction(empty), Extraction(locked), Extraction(broken)]) == (
        "read 1, skipped 2 (the file is empty), failed 1 (not a Word file (it is not a zip package); "
        "if it is plain text, rename it .txt)")
    set_language("zh")
    assert period_words("2014-W22") == "2014年第22周（5月26日—6月1日）"
    assert period_words("2014-05") == "2014年5月"


def test_file_name_pattern() -> None:
    set_language("en")
    assert file_stem("{masthead}第{issue}期-{audience}", masthead="工作/简报", issue=3, audience="weekly") \
        == "工作_简报第3期-weekly"
    assert file_stem("{period}-{audience}", period="2014-W21", audience="digest") == "2014-W21-digest"
    with pytest.raises(UsageError, match="audience"):
        check_file_name("{masthead}第{issue}期")
    with pytest.raises(UsageError, match="fields"):
        check_file_name("{audience}{issue}{__class__}")


def test_date_styles() -> None:
    day = dt.date(2014, 5, 21)
    assert format_date(day) == "2014年5月21日"
    assert format_date(day, "chinese") == "二〇一四年五月二十一日"
    assert format_date(dt.date(2020, 10, 10), "chinese") == "二〇二〇年十月十日"
