"""Word's automatic numbering: a numbered paragraph is read with its label, exactly as if typed.

The documents are built as Word builds them (labels in numbering.xml, not in
the text); a seed so built must extract exactly as its plain-text form.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from reportgen.ingest import read
from reportgen.ingest.numbering import NumberFormats
from reportgen.nodes import Heading
from reportgen.pipeline import Options, extract_file
from reportgen.resources import seeds_dir
from wordlists import W, abstract_num, num, number_paragraph, numbered_report, set_numbering, sub, w


def seed_path(prefix: str) -> Path:
    return next(seeds_dir().glob(f"{prefix}_*.txt"))


def texts(path) -> list[str]:
    return [b.text for b in read(Path(path)).document.blocks]


def same_extraction(a: Path, b: Path) -> None:
    first, second = extract_file(a, Options()), extract_file(b, Options())
    assert first.source.status == second.source.status == "ok"
    for x, y in zip(first.articles, second.articles, strict=True):
        assert (x.title, x.unit, x.date) == (y.title, y.unit, y.date)
        assert x.measures == y.measures
        assert [(f.text, f.value, f.unit, f.object) for f in x.figures] == [(f.text, f.value, f.unit, f.object) for f in y.figures]


@pytest.mark.parametrize("prefix, labels", [("001", 3), ("002", 7)])
def test_seed_numbered_by_word_reads_as_typed(tmp_path, prefix, labels):
    source = seed_path(prefix)
    target = tmp_path / (source.stem + ".docx")
    assert numbered_report(source.read_text("utf-8"), target) == labels
    typed = [line.strip() for line in source.read_text("utf-8").splitlines() if line.strip()]
    assert texts(target) == typed
    same_extraction(target, source)


def test_without_labels_the_points_are_lost(tmp_path):
    """The check above can fail: the same file with its numbering part emptied reads without its
    labels, and no more measures than the typed text gives (run-in heads are still found)."""
    import docx

    source = seed_path("002")
    target = tmp_path / "bare.docx"
    numbered_report(source.read_text("utf-8"), target)
    document = docx.Document(target)
    set_numbering(document, [], [])
    document.save(target)
    typed_lines = [line.strip() for line in source.read_text("utf-8").splitlines() if line.strip()]
    assert texts(target) != typed_lines
    assert not any(line.startswith(("一是", "二是")) for line in texts(target))
    bare = extract_file(target, Options()).articles[0].measures
    typed = extract_file(source, Options()).articles[0].measures
    assert len(bare) <= len(typed)


@pytest.mark.parametrize("fmt, values, expected", [
    ("chineseCounting", [1, 2, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1000],
     ["一", "二", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百零一", "一百一十", "一千"]),
    ("chineseCountingThousand", [3, 15, 32], ["三", "十五", "三十二"]),
    ("ideographTraditional", [1, 2, 10, 11], ["甲", "乙", "癸", "甲"]),
    ("upperLetter", [1, 26, 27, 28], ["A", "Z", "AA", "BB"]),
    ("lowerLetter", [3], ["c"]),
    ("upperRoman", [4, 9, 14], ["IV", "IX", "XIV"]),
    ("lowerRoman", [3], ["iii"]),
    ("decimal", [7, 12], ["7", "12"]),
    ("decimalZero", [7, 12], ["07", "12"]),
    ("decimalEnclosedCircleChinese", [1, 10], ["①", "⑩"]),
    ("chineseLegalSimplified", [1, 10, 12], ["壹", "壹拾", "壹拾贰"]),
    ("ideographDigital", [10], ["一〇"]),
    ("someFutureFormat", [4], ["4"]),
    ("upperRoman", [10**9], ["1000000000"]),          # a hostile w:start stays a short label
    ("upperLetter", [10**9, 0], ["1000000000", "0"]),
    ("chineseCounting", [0, -3], ["0", "-3"]),
])
def test_number_formats(fmt, values, expected):
    formats = NumberFormats()
    assert [formats.write(v, fmt) for v in values] == expected


def _document(abstracts, nums, paragraphs, path, *, styles=None):
    """Write paragraphs (text, numId or None, ilvl, style name or None) with the given lists."""
    import docx

    document = docx.Document()
    for setup in styles or ():
        setup(document)
    for text, num_id, ilvl, style in paragraphs:
        paragraph = document.add_paragraph(text, style=style)
        if num_id is not None:
            number_paragraph(paragraph, num_id, ilvl)
    set_numbering(document, abstracts, nums)
    document.save(path)
    return path


def test_levels_restart_and_overrides(tmp_path):
    """一、 with （一） below it: the deeper level restarts under each chapter; a second num of the
    same list continues it, a num with startOverride restarts it; 一是 stays glued, 1. gets a space."""
    chapters = abstract_num(1, [("chineseCounting", "%1、", "nothing"), ("chineseCounting", "（%2）", "nothing"),
                                ("decimal", "%3.", "tab")])
    shi = abstract_num(2, [("chineseCountingThousand", "%1是", "nothing")])
    nums = [num(1, 1), num(2, 1), num(3, 2), num(4, 2, {0: 1}), num(5, 1, {1: 5})]
    path = _document([chapters, shi], nums, [
        ("基本情况", 1, 0, None),
        ("成立领导小组", 1, 1, None),
        ("制定实施方案", 1, 1, None),
        ("召开动员会", 1, 2, None),
        ("主要做法", 2, 0, None),          # another num of the same abstractNum: continues (二)
        ("深入调研", 1, 1, None),          # restarts under the new chapter
        ("坚持学习", 3, 0, None),
        ("坚持调研", 3, 0, None),
        ("狠抓整改", 4, 0, None),          # startOverride 1: a new series
        ("建章立制", 5, 1, None),          # startOverride 5 at level 1
    ], tmp_path / "levels.docx")
    assert texts(path) == ["一、基本情况", "（一）成立领导小组", "（二）制定实施方案", "1. 召开动员会", "二、主要做法",
                           "（一）深入调研", "一是坚持学习", "二是坚持调研", "一是狠抓整改", "（五）建章立制"]


def test_start_legal_restart_never_and_bullets(tmp_path):
    """w:start, w:isLgl (a legal label writes every level in decimal), w:lvlRestart 0, a bullet gives no label."""
    main = abstract_num(1, [("chineseCounting", "第%1部分", "space"), ("upperLetter", "%1.%2", "space")], start=3)
    lvl1 = main.findall(f"{{{W}}}lvl")[1]
    sub(lvl1, "isLgl")
    sub(lvl1, "lvlRestart", val=0)
    bullets = abstract_num(2, [("bullet", "\uf0b7", "tab")])
    path = _document([main, bullets], [num(1, 1), num(2, 2)], [
        ("总体情况", 1, 0, None),
        ("工作进度", 1, 1, None),
        ("存在问题", 1, 0, None),
        ("问题清单", 1, 1, None),           # lvlRestart 0: not restarted by the new chapter
        ("一项要点", 2, 0, None),
    ], tmp_path / "legal.docx")
    assert texts(path) == ["第三部分 总体情况", "3.3 工作进度", "第四部分 存在问题", "4.4 问题清单", "一项要点"]


def _based_style(name: str, based_on: str):
    def setup(document):
        from docx.enum.style import WD_STYLE_TYPE

        document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH).base_style = document.styles[based_on]
    return setup


def _numbered_style(name: str, style_id_num: int, ilvl: int | None = None):
    def setup(document):
        style = document.styles[name]
        ppr = style.element.get_or_add_pPr()
        numpr = w("numPr")
        if ilvl is not None:
            sub(numpr, "ilvl", val=ilvl)
        sub(numpr, "numId", val=style_id_num)
        ppr.insert(0, numpr)
    return setup


def test_numbering_from_heading_styles_and_num_style_link(tmp_path):
    """Heading styles numbered through the style (the level picked by w:pStyle), a style based on a
    numbered one, numId 0 on a paragraph switching it off, and an abstractNum that borrows its
    levels from a numbering style (w:numStyleLink -> w:styleLink)."""
    headings = abstract_num(1, [("chineseCounting", "%1、", "nothing"), ("chineseCounting", "（%2）", "nothing")],
                            styles={0: "Heading1", 1: "Heading2"})
    owner = abstract_num(2, [("decimal", "%1.", "space")], style_link="ReportList")
    borrower = abstract_num(3, [], num_style_link="ReportList")
    nums = [num(1, 1), num(2, 2), num(3, 3)]

    def list_style(document):
        from docx.enum.style import WD_STYLE_TYPE

        style = document.styles.add_style("ReportList", WD_STYLE_TYPE.LIST)
        ppr = sub(style.element, "pPr")
        numpr = sub(ppr, "numPr")
        sub(numpr, "numId", val=2)

    path = _document([headings, owner, borrower], nums, [
        ("主要做法", None, 0, "Heading 1"),
        ("强化学习", None, 0, "Heading 2"),
        ("走访群众", None, 0, "Heading 2"),
        ("存在问题", None, 0, "Heading 1"),
        ("附件说明", 0, 0, "Heading 1"),        # numId 0: not numbered although its style is
        ("查摆问题", None, 0, "Sub Point"),      # based on Heading 2, numbered through it
        ("第一项", 3, 0, None),
        ("第二项", 3, 0, None),
    ], tmp_path / "styles.docx", styles=[_numbered_style("Heading 1", 1), _numbered_style("Heading 2", 1),
                                         _based_style("Sub Point", "Heading 2"), list_style])
    blocks = read(path).document.blocks
    assert [b.text for b in blocks] == ["一、主要做法", "（一）强化学习", "（二）走访群众", "二、存在问题", "附件说明",
                                       "（一）查摆问题", "1. 第一项", "2. 第二项"]
    assert [b.level for b in blocks if isinstance(b, Heading)][:4] == [1, 2, 2, 1]


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_word_numbering_survives_a_doc_saved_by_libreoffice(tmp_path):
    """A report saved as .doc and back to .docx by LibreOffice (its own numbering.xml) reads as typed."""
    source = seed_path("002")
    original = tmp_path / "report.docx"
    numbered_report(source.read_text("utf-8"), original, restart="new_list")
    for fmt, src in (("doc", original), ("docx", tmp_path / "report.doc")):
        out = tmp_path / fmt
        subprocess.run([_soffice(), "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                        "--convert-to", fmt, "--outdir", str(out if fmt == "docx" else tmp_path), str(src)],
                       check=True, capture_output=True, timeout=180)
    saved = tmp_path / "docx" / "report.docx"
    typed = [line.strip() for line in source.read_text("utf-8").splitlines() if line.strip()]
    assert texts(saved) == typed
    same_extraction(saved, source)
