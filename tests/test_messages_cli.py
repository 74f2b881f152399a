"""What a clerk reads when something is wrong, in Chinese by default and in English on request:
a missing or empty folder, unreadable files, a history store that is not reportgen's, a bad
project file, a bad corrections sheet and a bad template, each with its exit code and nothing written."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main


@pytest.fixture()
def office(tmp_path: Path, seed_paths: list[Path], monkeypatch) -> Path:
    """A working folder with one week of one report (``week``), as the current directory."""
    (tmp_path / "week").mkdir()
    (tmp_path / "week" / "report.txt").write_bytes(seed_paths[0].read_bytes())
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(lang: str, *args: str):
    return CliRunner(env={"COLUMNS": "200"}).invoke(main, [*args, "--lang", lang])


def _no_output(office: Path) -> None:
    assert not (office / "output").exists() and not (office / "reportgen-history.sqlite").exists()


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh", "错误：找不到文件或文件夹：第21周；请检查名称是否写错"),
    ("en", "Error: no such file or folder: 第21周; check the name and spelling"),
])
def test_a_misspelt_folder(office: Path, lang: str, expected: str) -> None:
    result = run(lang, "build", "第21周")
    assert (result.exit_code, result.output.strip()) == (8, expected)
    _no_output(office)


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh", "错误：在 空 中没有找到任何文件；请检查文件夹和文件类型"),
    ("en", "Error: no input files were found in 空; check the folder and the file types"),
])
def test_an_empty_folder(office: Path, lang: str, expected: str) -> None:
    (office / "空").mkdir()
    result = run(lang, "build", "空")
    assert (result.exit_code, result.output.strip()) == (8, expected)
    _no_output(office)


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh", ["错误：没有一份报告能读取（读取 0 份，跳过 2 份（1 份文件为空；1 份是电子表格，不是报告；请把表格复制到 Word "
            "报告里，或把报告另存为 .docx），失败 1 份（扩展名为 .docx，但不是 Word 文件（如为纯文本，请改为 .txt）））；"
            "未生成任何文件，历史库未改动",
            "  junk/a.txt：文件为空",
            "  junk/b.xlsx：是电子表格，不是报告；请把表格复制到 Word 报告里，或把报告另存为 .docx",
            "  junk/c.docx：扩展名为 .docx，但不是 Word 文件（如为纯文本，请改为 .txt）"]),
    ("en", ["Error: no report could be read (read 0, skipped 2 (the file is empty: 1; a spreadsheet, not a report; "
            "copy its table into the Word report or save the report as .docx: 1), failed 1 (not a Word file (it is not "
            "a zip package); if it is plain text, rename it .txt)); nothing was written",
            "  junk/a.txt: the file is empty",
            "  junk/b.xlsx: a spreadsheet, not a report; copy its table into the Word report or save the report as .docx",
            "  junk/c.docx: not a Word file (it is not a zip package); if it is plain text, rename it .txt"]),
])
def test_a_folder_of_unreadable_files(office: Path, lang: str, expected: list[str]) -> None:
    (office / "junk").mkdir()
    (office / "junk" / "a.txt").write_bytes(b"")
    (office / "junk" / "b.xlsx").write_bytes(b"PK\x03\x04")
    (office / "junk" / "c.docx").write_text("纯文本", encoding="utf-8")
    (office / "junk" / "~$c.docx").write_bytes(b"lock")  # office litter is never listed
    result = run(lang, "build", "junk")
    assert result.exit_code == 8
    assert result.output.splitlines() == expected
    _no_output(office)


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh", "错误：foreign.sqlite 是一个不由 reportgen 创建的 SQLite 数据库（其中有 contacts）；该文件未改动。"
           "请用 --db 另选一个文件"),
    ("en", "Error: foreign.sqlite is a SQLite database reportgen did not make (it holds contacts); it was not "
           "changed. Choose another file with --db"),
])
def test_a_foreign_sqlite_as_the_history(office: Path, lang: str, expected: str) -> None:
    with sqlite3.connect(office / "foreign.sqlite") as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    before = (office / "foreign.sqlite").read_bytes()
    result = run(lang, "build", "week", "--db", "foreign.sqlite")
    assert (result.exit_code, result.output.strip()) == (7, expected)
    assert (office / "foreign.sqlite").read_bytes() == before and not (office / "output").exists()


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("zh", "[build]\nout = 3\n", "错误：{toml}：[build] out 应为一个文件夹，不能是 3"),
    ("en", "[build]\nout = 3\n", "Error: {toml}: [build] out must be a folder, not 3"),
    ("zh", "x = 1\ny = \n", "错误：{toml} 不是有效的 TOML：第 2 行第 5 列：Invalid value"),
    ("en", "x = 1\ny = \n", "Error: {toml} is not valid TOML: line 2, column 5: Invalid value"),
    ("zh", "[bild]\n", "错误：{toml}：未知的表 [bild]；项目设置文件中可用的表为 [build], [history], [document], [messages]"),
    ("en", "[bild]\n", "Error: {toml}: unknown table [bild]; a project file has [build], [history], [document], "
                       "[messages]"),
])
def test_a_bad_project_file(office: Path, lang: str, text: str, expected: str) -> None:
    (office / "reportgen.toml").write_text(text, encoding="utf-8")
    result = run(lang, "build", "week")
    assert (result.exit_code, result.output.strip()) == (2, expected.format(toml=office / "reportgen.toml"))
    _no_output(office)


@pytest.mark.parametrize(("lang", "missing", "broken"), [
    ("zh", "错误：找不到更正表 无.xlsx；请给出 'reportgen review' 生成的 .xlsx",
     ("错误：无法读取更正表 坏.xlsx（", "）；请给出 'reportgen review' 生成的 .xlsx")),
    ("en", "Error: no corrections file 无.xlsx; give the .xlsx that 'reportgen review' wrote",
     ("Error: cannot read corrections 坏.xlsx: ", "; give the .xlsx that 'reportgen review' wrote")),
])
def test_a_bad_corrections_file(office: Path, lang: str, missing: str, broken: tuple[str, str]) -> None:
    result = run(lang, "build", "week", "--corrections", "无.xlsx")
    assert (result.exit_code, result.output.strip()) == (2, missing)
    (office / "坏.xlsx").write_text("不是表格", encoding="utf-8")
    result = run(lang, "build", "week", "--corrections", "坏.xlsx")
    assert result.exit_code == 2
    assert result.output.startswith(broken[0]) and result.output.strip().endswith(broken[1])
    _no_output(office)


@pytest.mark.parametrize(("lang", "not_one", "bad_settings"), [
    ("zh", "错误：tpl 不是文稿模板：其中没有 settings.toml",
     "错误：tpl/settings.toml：[masthead] nmae：未知的设置项（是不是想写 'name'？）；[sizes] body：应为数字，实际为 'big'"),
    ("en", "Error: tpl is not an audience: it has no settings.toml",
     "Error: tpl/settings.toml: [masthead] nmae: unknown setting; did you mean 'name'?; [sizes] body: expected a "
     "number, got 'big'"),
])
def test_a_bad_template(office: Path, lang: str, not_one: str, bad_settings: str) -> None:
    (office / "tpl").mkdir()
    (office / "tpl" / "body.md.j2").write_text("{{ title }}", encoding="utf-8")
    result = run(lang, "build", "week", "--template", "tpl")
    assert (result.exit_code, result.output.strip()) == (5, not_one)
    (office / "tpl" / "settings.toml").write_text('[sizes]\nbody = "big"\n[masthead]\nnmae = "x"\n', encoding="utf-8")
    result = run(lang, "build", "week", "--template", "tpl")
    assert (result.exit_code, result.output.strip()) == (5, bad_settings)
    _no_output(office)


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh", "错误：{toml}：[messages] lang 应为 zh / en，不能是 'fr'"),
    ("en", "Error: {toml}: [messages] lang must be zh / en, not 'fr'"),
])
def test_a_language_the_project_file_cannot_have(office: Path, lang: str, expected: str) -> None:
    (office / "reportgen.toml").write_text('[messages]\nlang = "fr"\n', encoding="utf-8")
    result = run(lang, "build", "week")
    assert (result.exit_code, result.output.strip()) == (2, expected.format(toml=office / "reportgen.toml"))


def test_a_coded_warning_reads_in_the_language_with_no_source_path(capsys) -> None:
    from reportgen.cli import _show_warning
    from reportgen.errors import ReportgenWarning
    from reportgen.messages import set_language

    warning = ReportgenWarning("W502", "the Word writer has no rendering for {kind}; it was left out", kind="Chart")
    set_language("zh")
    _show_warning(warning, ReportgenWarning, "/somewhere/docx.py", 435)
    set_language("en")
    _show_warning(warning, ReportgenWarning, "/somewhere/docx.py", 435)
    assert capsys.readouterr().err.splitlines() == ["警告：W502：Word 输出不支持 Chart，已略去",
                                                    "Warning: W502: the Word writer has no rendering for Chart; "
                                                    "it was left out"]


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh", "错误：tpl/settings.toml：[page] size：纸张应为 A4, A5, B5, LETTER 之一，不能是 'B9'"),
    ("en", "Error: tpl/settings.toml: [page] size: the page size must be one of A4, A5, B5, LETTER, not 'B9'"),
])
def test_a_template_setting_out_of_range(office: Path, lang: str, expected: str) -> None:
    import re
    import shutil

    from reportgen.resources import templates_dir

    shutil.copytree(templates_dir() / "weekly", office / "tpl")
    settings = office / "tpl" / "settings.toml"
    text = settings.read_text("utf-8")
    settings.write_text(re.sub(r'(?m)^(\[page\]\n)size = "A4"', r'\1size = "B9"', text, count=1), encoding="utf-8")
    assert 'size = "B9"' in settings.read_text("utf-8")
    result = run(lang, "build", "week", "--template", "tpl")
    assert (result.exit_code, result.output.strip()) == (5, expected)
    _no_output(office)


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh", "错误：分类表文件 tax.toml：indicators 第 1 项（id 'Bad-Id'）：id 必须是小写 ASCII 字母加下划线，如 party_members"),
    ("en", "Error: taxonomy file tax.toml: indicators entry 1 (id 'Bad-Id'): id must be lower_snake_case ASCII, "
           "like party_members"),
])
def test_a_bad_taxonomy_file(office: Path, lang: str, expected: str) -> None:
    (office / "tax.toml").write_text('version = 1\nstages = []\nunit_aliases = []\n[words]\ndomain = []\nstop = []\n'
                                     '[unit_families]\npeople = ["名"]\n[[indicators]]\nid = "Bad-Id"\nlabel = "x"\n'
                                     'family = "people"\nobjects = ["x"]\n', encoding="utf-8")
    result = run(lang, "extract", "week", "--taxonomy", "tax.toml")
    assert (result.exit_code, result.output.strip()) == (4, expected)
