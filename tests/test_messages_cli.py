"""What a clerk reads when something is wrong, in Chinese by default and in English on request:
a missing or empty folder, unreadable files, a history store that is not reportgen's, a bad
project file, a bad corrections sheet and a bad template, each with its exit code and nothing written."""
from __future__ import annotations

import re
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
    ("zh", "x = 1\ny = \n", "错误：{toml} 不是有效的 TOML：第 2 行第 5 列有误（Invalid value）；请检查该处的文字是否加了引号、"
                         "括号是否成对、每项是否写成 键 = 值"),
    ("en", "x = 1\ny = \n", "Error: {toml} is not valid TOML: line 2, column 5 (Invalid value); check that text there is "
                         "in quotes, brackets are closed and each key is written key = value"),
    ("zh", "[build]\nout = [\n", "错误：{toml} 不是有效的 TOML：文件在末尾处不完整（Invalid value）；请检查最后一行是否缺少值、右引号"
                              "或右括号"),
    ("en", "[build]\nout = [\n", "Error: {toml} is not valid TOML: the file ends too early (Invalid value); check that the "
                              "last line has its value, closing quote and closing bracket"),
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


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh", "错误：无法读取分类表文件 无.toml（没有这个文件或文件夹）；请检查 --taxonomy 给出的文件"),
    ("en", "Error: cannot read taxonomy file 无.toml (there is no such file or folder); check the file given with --taxonomy"),
])
def test_a_missing_taxonomy_file_is_said_in_our_words(office: Path, lang: str, expected: str) -> None:
    result = run(lang, "extract", "week", "--taxonomy", "无.toml")
    assert (result.exit_code, result.output.strip()) == (4, expected)


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh", "错误：'--db' 的值无效：文件 'week' 是文件夹，这里要的是文件。"),
    ("en", "Error: Invalid value for '--db': File 'week' is a directory."),
])
def test_click_refusing_a_path_speaks_the_language(office: Path, lang: str, expected: str) -> None:
    result = run(lang, "build", "week", "--db", "week")
    assert result.exit_code == 2 and result.output.splitlines()[-1] == expected
    _no_output(office)


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh", ["body.md.j2第3行：标签 {{ perod }} 中的名称“perod”不存在，是否应为“period”？（可用的名称见 reportgen templates vars）",
            "body.md.j2第5行：标签 {{ counts.__class__ }} 被拒绝：模板不能访问以“_”开头的 Python 内部属性（__class__）",
            "错误：模板 tpl（body.md.j2）有 2 处问题，见上"]),
    ("en", ["body.md.j2 line 3: the name “perod” in tag {{ perod }} does not exist, did you mean “period”? (reportgen "
            "templates vars lists the names available)",
            "body.md.j2 line 5: tag {{ counts.__class__ }}: refused: a template cannot reach Python internals, whose "
            "names start with “_” (__class__)",
            "Error: template tpl (body.md.j2): 2 problem(s), listed above"]),
])
def test_template_problems_are_said_in_the_language(office: Path, lang: str, expected: list[str]) -> None:
    (office / "tpl").mkdir()
    (office / "tpl" / "settings.toml").write_text("", encoding="utf-8")
    (office / "tpl" / "body.md.j2").write_text("# 标题\n\n{{ perod }}\n\n{{ counts.__class__ }}\n", encoding="utf-8")
    result = run(lang, "templates", "check", "tpl", "week")
    assert (result.exit_code, result.output.splitlines()) == (5, expected)


# -- every clerk-facing output in one language: a scan over the commands a clerk runs ------------------------

HAN = re.compile(r"[\u4e00-\u9fff]")
HELP_TERMS = ("印发日期", "期号", "更正")  # Chinese words the English help names as the clerk knows them
NOT_PROSE = re.compile(  # user data and code a sentence may quote in either language
    r"'[^']*'|\"[^\"]*\"|“[^”]*”|\S*[/.\\]\S*|--?[a-z][\w-]*|reportgen(?: [a-z]+)*|\{[{%#].*?[}%#]\}"
    r"|（[^（）\u4e00-\u9fff]*）"  # full-width brackets with no Chinese: a library's own detail, kept secondary
    r"|\b[A-Z][A-Z_]+\b")  # a metavar (FILE, [OPTIONS])
ENGLISH_SENTENCE = re.compile(r"[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}")  # three words in a row (a list of names is not)
CLERK_COMMANDS = [
    ["--help"], ["build", "--help"], ["extract", "--help"], ["compare", "--help"], ["history", "--help"],
    ["history", "list", "--help"], ["init", "--help"], ["review", "--help"], ["templates", "--help"],
    ["templates", "check", "--help"], ["templates", "new", "--help"],
    ["history", "list"], ["init"], ["init"], ["extract", "week", "-o", "x.json"], ["extract", "不存在"],
    ["extract", "空"], ["extract", "junk", "-o", "y.json"], ["build", "week", "--period", "2014-W21", "--format", "docx"],
    ["history", "list"], ["history", "show", "1"], ["history", "show", "9"], ["history", "remove", "9"],
    ["build", "week", "--db", "bad.sqlite"], ["build", "week", "--db", "week"], ["build", "week", "--jobs", "0"],
    ["build", "week", "--period", "2014-X5"], ["build", "week", "--audience", "nosuch"],
    ["build", "week", "--corrections", "bad.xlsx"], ["build", "week", "--taxonomy", "bad.toml"],
    ["templates", "check", "tpl", "week"], ["build", "week", "--template", "tpl"], ["nosuch"],
]


def _clerk_outputs(office: Path, lang: str) -> list[tuple[str, str]]:
    for name in ("空", "junk", "tpl"):
        (office / name).mkdir()
    (office / "junk" / "e.txt").write_bytes(b"")
    (office / "bad.sqlite").write_text("不是数据库", encoding="utf-8")
    (office / "bad.xlsx").write_text("不是表格", encoding="utf-8")
    (office / "bad.toml").write_text("x = [\n", encoding="utf-8")
    (office / "tpl" / "settings.toml").write_text("", encoding="utf-8")
    (office / "tpl" / "body.md.j2").write_text("{{ counts.__class__ }}\n{% for u in units %}\n", encoding="utf-8")
    out = []
    for args in CLERK_COMMANDS:
        result = CliRunner(env={"COLUMNS": "200"}).invoke(main, ["--lang", lang, *args], prog_name="reportgen")
        assert result.exit_code in (0, 2, 4, 5, 7, 8), (args, result.output)
        out += [(" ".join(args), _without(line, args)) for line in result.output.splitlines() if line.strip()]
    return out


def _without(line: str, args: list[str]) -> str:
    """Return ``line`` without the paths the clerk typed (user data, in whatever language they are named)."""
    for arg in args:
        if not arg.startswith("-"):
            line = line.replace(arg, "")
    return line


def test_english_output_has_no_chinese_but_the_data_it_quotes(office: Path) -> None:
    lines = _clerk_outputs(office, "en")
    assert len(lines) > 100
    leaks = []
    for args, line in lines:
        prose = NOT_PROSE.sub("", line)
        for term in HELP_TERMS:
            prose = prose.replace(term, "")
        if HAN.search(prose):
            leaks.append(f"{args}: {line}")
    assert not leaks, "Chinese in English output:\n" + "\n".join(leaks)


def test_chinese_output_has_no_english_sentence(office: Path) -> None:
    lines = _clerk_outputs(office, "zh")
    assert len(lines) > 100
    leaks = [f"{args}: {line}" for args, line in lines if ENGLISH_SENTENCE.search(NOT_PROSE.sub("", line))]
    assert not leaks, "English sentences in Chinese output:\n" + "\n".join(leaks)


def test_the_scan_finds_a_leak_in_either_language() -> None:
    assert HAN.search(NOT_PROSE.sub("", "Error: 无法读取 'x.txt'"))
    assert not HAN.search(NOT_PROSE.sub("", "Error: cannot read '第21周/报告.txt' (a/b/简报.docx)"))
    assert ENGLISH_SENTENCE.search(NOT_PROSE.sub("", "错误：no such file or folder: x"))
    assert not ENGLISH_SENTENCE.search(NOT_PROSE.sub("", "错误：无法读取更正表 坏.xlsx（File is not a zip file）；"
                                                         "请给出 'reportgen review' 生成的 .xlsx"))
