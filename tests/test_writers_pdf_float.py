"""A chart that does not fit the rest of its PDF page: set a little smaller, or floated to the next page's top
while the text after it fills the gap; never past the 版记."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image as PILImage

from reportgen.nodes import Document, Image, Para
from reportgen.writers import Layout, write_pdf

from pdf_pages import FILLER, WEEKLY, DISTRIBUTION, poppler_tool

AFTER = "随后各乡镇分别召开专题会议，对照群众意见逐条研究整改措施，并在公开栏中公示整改进度。"
CAPTION = "各单位主要指标对比图"
TEXT_TOP_PT = 37 / 25.4 * 72


@pytest.fixture()
def chart(tmp_path: Path) -> str:
    """A 150 mm × 120 mm chart (at the weekly's text width)."""
    path = tmp_path / "chart.png"
    PILImage.new("RGB", (500, 400), (200, 40, 40)).save(path)
    return str(path)


def _write(blocks: list, path: Path) -> Path:
    with open(path, "wb") as out:
        write_pdf(Document(meta={"title": "工作简报"}, blocks=tuple(blocks)), out, Layout.from_mapping(WEEKLY))
    return path


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run([poppler_tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [re.sub(r"\s+", "", page) for page in text.split("\f")]


def _images(pdf: Path) -> list[int]:
    """Return the page of each image placed."""
    listing = subprocess.run([poppler_tool("pdfimages"), "-list", str(pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    return [int(line.split()[0]) for line in listing if line.split()[2] == "image"]


def _ppi(pdf: Path) -> list[float]:
    """Return each placed image's horizontal resolution: higher when it is set smaller."""
    listing = subprocess.run([poppler_tool("pdfimages"), "-list", str(pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    return [float(line.split()[12]) for line in listing if line.split()[2] == "image"]


def _caption_top(pdf: Path) -> tuple[int, float]:
    out = subprocess.run([poppler_tool("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    for n, page in enumerate(out.split("<page ")[1:], 1):
        for m in re.finditer(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', page):
            if CAPTION[:4] in m.group(2):
                return n, float(m.group(1))
    raise AssertionError("caption not found")


def test_a_chart_that_does_not_fit_floats_to_the_next_page_top_and_the_text_after_it_fills_the_gap(tmp_path, chart):
    before = [Para.of(f"第{i + 1}段。{FILLER * 3}") for i in range(3)]           # 15 lines: 7 left on page 1
    after = [Para.of(f"后文第{i + 1}段。{AFTER}") for i in range(4)]
    pdf = _write(before + [Image(chart, CAPTION, 150)] + after, tmp_path / "float.pdf")
    pages = _pages(pdf)
    assert _images(pdf) == [2], "the chart goes to page 2"
    assert "后文第1段" in pages[0] and "后文第2段" in pages[0], "the text after the chart fills page 1"
    page, top = _caption_top(pdf)
    assert page == 2
    assert pages[1].index(CAPTION) < pages[1].index("后文第4段"), "the chart heads page 2, the rest follows it"
    assert top < TEXT_TOP_PT + 120 / 25.4 * 72 + 30, "chart and caption at the top of page 2"


def test_a_chart_a_little_too_tall_is_set_smaller_in_the_room_left(tmp_path, chart):
    before = [Para.of(f"第{i + 1}段。{FILLER}") for i in range(5)]              # 10 lines: 12 left, ~122 mm
    pdf = _write(before + [Image(chart, CAPTION, 150), Para.of(f"后文第1段。{AFTER}")], tmp_path / "fit.pdf")
    assert _images(pdf) == [1]
    (ppi,) = _ppi(pdf)
    assert 500 / (150 / 25.4) * 1.03 < ppi < 500 / (150 / 25.4) / 0.8, "set smaller, but not below 80 %"
    assert _caption_top(pdf)[0] == 1
    assert "后文第1段" in _pages(pdf)[1]


def test_a_chart_never_floats_past_the_distribution_block(tmp_path, chart):
    before = [Para.of(f"第{i + 1}段。{FILLER * 3}") for i in range(3)]
    pdf = _write(before + [Image(chart, CAPTION, 150), DISTRIBUTION], tmp_path / "foot.pdf")
    pages = _pages(pdf)
    assert _images(pdf) == [2]
    assert CAPTION in pages[1] and "印发" in pages[-2 if not pages[-1] else -1]
    text = "".join(pages)
    assert text.index(CAPTION) < text.index("印发")
