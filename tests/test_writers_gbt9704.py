"""GB/T 9704-2012 in the PDF: 22 lines a page from the 版心, page numbers outside and one character in."""
from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from reportgen.nodes import Document, Para
from reportgen.writers import Layout, write_pdf

FILLER = "各单位坚持问题导向，深入基层一线开展调研，逐项建立台账、明确整改时限，做到件件有着落。"
WEEKLY = {"page": {"margin_top_mm": 37, "margin_bottom_mm": 35, "margin_left_mm": 28, "margin_right_mm": 26},
          "grid": {"lines": 22, "chars": 28}, "sizes": {"body": 16}, "footer": {"page_number": "— {n} —"}}
PT = 72 / 25.4


def _tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        pytest.skip(f"{name} is not installed (poppler-utils)")
    return path


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> list[list[tuple[str, float, float, float]]]:
    """Three and a half pages of body text: each page's words (text, xMin, xMax, yMin)."""
    pdf = tmp_path_factory.mktemp("gbt") / "body.pdf"
    with open(pdf, "wb") as out:
        write_pdf(Document(blocks=tuple(Para.of(f"第{i + 1}段。{FILLER * 3}") for i in range(16))), out,
                  Layout.from_mapping(WEEKLY))
    text = subprocess.run([_tool("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, text=True,
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
