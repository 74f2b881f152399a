"""GB/T 9704-2012 in the PDF: 22 lines a page from the 版心, page numbers outside and one character in."""
from __future__ import annotations

import html
import re
import subprocess

import pytest

from reportgen.nodes import Document, Para
from reportgen.writers import Layout, write_pdf

from pdf_pages import FILLER, WEEKLY, poppler_tool

PT = 72 / 25.4


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> list[list[tuple[str, float, float, float]]]:
    """Three and a half pages of body text: each page's words (text, xMin, xMax, yMin)."""
    pdf = tmp_path_factory.mktemp("gbt") / "body.pdf"
    with open(pdf, "wb") as out:
        write_pdf(Document(blocks=tuple(Para.of(f"第{i + 1}段。{FILLER * 3}") for i in range(16))), out,
                  Layout.from_mapping(WEEKLY))
    text = subprocess.run([poppler_tool("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    word = re.compile(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>')
    return [[(html.unescape(m.group(4)), float(m.group(1)), float(m.group(3)), float(m.group(2)))
             for m in word.finditer(page)] for page in text.split("<page ")[1:]]


def test_a_full_page_holds_22_lines(pages) -> None:
    """The line pitch is the 版心's height over 22 (225 mm / 22); a page that no paragraph's widow rule
    shortens holds all 22."""
    foot = (297 - 35) * PT
    counts = []
    for page in pages[:-1]:
        lines = sorted({round(y, 1) for text, _, _, y in page if y < foot})
        pitches = [b - a for a, b in zip(lines, lines[1:])]
        assert all(abs(p - 225 * PT / 22) < 0.2 for p in pitches), pitches
        counts.append(len(lines))
    assert max(counts) == 22 and min(counts) >= 21, counts


def test_page_numbers_go_right_on_odd_pages_and_left_on_even_pages_one_character_in(pages) -> None:
    assert len(pages) >= 3
    right, left = (210 - 26) * PT - 16, 28 * PT + 16          # the text block's edges, one 16 pt character in
    for n, page in enumerate(pages, 1):
        number = [w for w in page if w[0] == str(n)]
        dashes = [w for w in page if w[0] == "—" and w[3] >= (297 - 35) * PT]
        assert number and len(dashes) == 2, page[-4:]
        if n % 2:
            assert abs(max(x1 for _, _, x1, _ in dashes) - right) < 1.5, dashes
        else:
            assert abs(min(x0 for _, x0, _, _ in dashes) - left) < 1.5, dashes
