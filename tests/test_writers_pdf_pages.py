"""Where the PDF's pages end: the 版记 at the foot of the last page, and no page holding a stray line or two."""
from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest

from reportgen.nodes import Document, Heading, ListBlock, Noted, PageBreak, Para, Table, Text
from reportgen.writers import Layout, write_pdf

from pdf_pages import FILLER, WEEKLY, DISTRIBUTION, poppler_tool

PAGE_NUMBER = re.compile(r"^[—-]\s*\d+\s*[—-]$")


def _write(blocks: list, path: Path, settings: dict | None = None) -> Path:
    with open(path, "wb") as out:
        write_pdf(Document(meta={"title": "工作简报"}, blocks=tuple(blocks)), out, Layout.from_mapping(settings or {}))
    return path


def _words(pdf: Path) -> list[list[tuple[str, float]]]:
    """Return each page's words with the bottom of each, in points from the top of the page."""
    out = subprocess.run([poppler_tool("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [[(html.unescape(m.group(2)), float(m.group(1)))
             for m in re.finditer(r'yMax="([\d.]+)">([^<]*)</word>', page)] for page in out.split("<page ")[1:]]


def _body_lines(pdf: Path) -> list[list[str]]:
    """Return each page's lines of text, without its page number."""
    text = subprocess.run([poppler_tool("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [[line.strip() for line in page.splitlines() if line.strip() and not PAGE_NUMBER.match(line.strip())]
            for page in text.split("\f") if page.strip()]


def _text(page: list[tuple[str, float]]) -> str:
    return "".join(word for word, _ in page)


@pytest.mark.parametrize("paragraphs, pages", [(3, 1), (5, 2)])
def test_the_distribution_block_sits_on_the_foot_of_the_last_page_without_a_page_number(tmp_path, paragraphs, pages):
    """Three paragraphs of five lines leave room for the 版记 on page 1; five leave less than its four ruled
    lines, and it goes to the foot of a page of its own."""
    blocks = [Para.of(f"第{i + 1}段。{FILLER * 3}") for i in range(paragraphs)] + [DISTRIBUTION]
    pdf = _write(blocks, tmp_path / "foot.pdf", WEEKLY)
    laid_out = _words(pdf)
    assert len(laid_out) == pages
    last = laid_out[-1]
    issued = [bottom for word, bottom in last if "印发" in word]
    assert issued, _text(last)
    foot_pt = (297 - 35) / 25.4 * 72                       # the text block's bottom edge
    assert foot_pt - 28.95 < issued[0] < foot_pt, (issued, foot_pt)
    copies = [bottom for word, bottom in last if "共印30份" in word]
    assert copies and copies[0] > foot_pt, "共印N份 goes under the last rule, below the text block"
    assert not any(PAGE_NUMBER.match(line) for line in _body_lines_with_numbers(pdf)[-1]), "no page number on it"
    assert all(any(PAGE_NUMBER.match(line) for line in page) for page in _body_lines_with_numbers(pdf)[:-1])
    if pages == 1:
        assert f"第{paragraphs}段" in _text(last)
    else:
        assert "段" not in _text(last), "a page of its own only because the text left no room"


def _body_lines_with_numbers(pdf: Path) -> list[list[str]]:
    text = subprocess.run([poppler_tool("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f") if page.strip()]


def test_the_distribution_block_comes_after_the_notes_appendix_in_4hao(tmp_path):
    """GB/T 9704: the 版记 is the last thing in the document, after any appendix, set in 4号 (14 pt)."""
    blocks = [Para((Text("共征求意见建议"), Noted("512条", "来源：某县报告第3段"), Text("。"))), DISTRIBUTION]
    pdf = _write(blocks, tmp_path / "notes.pdf", WEEKLY)
    text = "".join(_text(page) for page in _words(pdf))
    assert text.index("数据来源") < text.index("报：市委办公室") < text.index("印发")
    fonts = subprocess.run([poppler_tool("pdftotext"), "-bbox-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout
    line = re.search(r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">\s*<word[^>]*>报', fonts)
    assert line and 12 < float(line.group(2)) - float(line.group(1)) < 17, "the 版记 line is 4号, not the 小四 notes"


def test_a_section_never_leaves_a_line_or_two_alone_on_a_page(tmp_path):
    """Whatever the length of the text above it, a list that closes a section before a page break, or
    closes the document, leaves at least three lines to its last page (and adds no page for it)."""
    items = ListBlock(tuple((Para.of(f"第{n}项措施：{FILLER[:20 + 7 * n]}"),) for n in range(1, 7)), ordered=True)
    stubs = []
    for paragraphs in range(22, 40):     # one line each: the list meets the page foot at each of its lines
        blocks = [Para.of(f"第{i + 1}段。{FILLER[:12]}") for i in range(paragraphs)]
        blocks += [items, PageBreak(), Heading.of(1, "附录"), Para.of(FILLER), items]
        pages = _body_lines(_write(blocks, tmp_path / f"tail{paragraphs}.pdf"))
        stubs += [(paragraphs, n, page) for n, page in enumerate(pages) if len(page) < 3]
    assert not stubs, stubs


def test_a_long_closing_paragraph_carries_three_lines_or_none(tmp_path):
    """A paragraph that closes a section breaks so that the page after carries three lines or more of it."""
    stubs = []
    for lines in range(2, 30):
        blocks = [Para.of(FILLER * lines), PageBreak(), Para.of("附录。")]
        pages = _body_lines(_write(blocks, tmp_path / f"para{lines}.pdf"))
        stubs += [(lines, n, page) for n, page in enumerate(pages[:-1]) if len(page) < 3]
    assert not stubs, stubs


def test_a_table_breaks_with_two_rows_on_each_page(tmp_path):
    """A table breaks over pages only where each page keeps two of its rows or more (the header repeats)."""
    table = Table(header=((Text("单位"),), (Text("走访户数"),)),
                  rows=tuple(((Text(f"第{i}单位"),), (Text(f"{100 * i}户"),)) for i in range(1, 13)))
    alone = []
    for paragraphs in range(10, 26):
        blocks = [Para.of(f"第{i + 1}段。{FILLER}") for i in range(paragraphs)] + [table]
        for n, page in enumerate(_body_lines(_write(blocks, tmp_path / f"table{paragraphs}.pdf"))):
            rows = [line for line in page if re.match(r"第\d+单位", line)]
            if len(rows) == 1:
                alone.append((paragraphs, n, rows))
    assert not alone, alone


def test_a_heading_over_a_heading_never_stays_alone_at_a_page_foot(tmp_path):
    """A section heading directly over a unit's heading goes to the page where the unit's text starts."""
    orphaned = []
    for paragraphs in range(22, 40):
        blocks = [Para.of(f"第{i + 1}段。{FILLER[:12]}") for i in range(paragraphs)]
        blocks += [Heading.of(1, "各单位工作进展"), Heading.of(2, "甲县"), Para.of(FILLER * 2)]
        for n, page in enumerate(_body_lines(_write(blocks, tmp_path / f"heads{paragraphs}.pdf"))):
            if any("各单位工作进展" in line for line in page) and not any("甲县" in line for line in page):
                orphaned.append((paragraphs, n))
    assert not orphaned, orphaned


# four lines a paragraph, 22 a page: 4 lines stay with the appendix, 16 end their page; 24 leave 2 (3, kept
# together) on page 2, which the appendix joins; 36 leave 14 there, which end their page
@pytest.mark.parametrize("paragraphs, appendix_page", [(1, 0), (4, 1), (6, 1), (9, 2)])
def test_a_page_break_never_leaves_a_page_nearly_empty(tmp_path, paragraphs, appendix_page):
    """A section of a few lines before a page break flows on into what follows (the appendix) instead of
    leaving its page nearly empty; a section filling half the page or more ends its page there."""
    blocks = [Para.of(FILLER * 2) for _ in range(paragraphs)] + [PageBreak(), Heading.of(1, "数据附录"),
                                                                  Para.of("附录正文。")]
    pages = _body_lines(_write(blocks, tmp_path / f"break{paragraphs}.pdf", WEEKLY))
    appendix = next(n for n, page in enumerate(pages) if any("数据附录" in line for line in page))
    assert appendix == appendix_page, pages
    assert all(len(page) >= 22 // 4 for page in pages[:-1]), "every page but the last a quarter full or more"
