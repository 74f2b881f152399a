"""The PDF writer's short cuts give what reportlab's own paths give: paragraph fragments made from spans
equal those its markup parser makes, and a chart's PNG rows put in as they are read back pixel for pixel."""
from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image as PILImage, ImageDraw

from reportgen.nodes import Document, Image, Para
from reportgen.writers import Layout, write_pdf
from reportgen.writers.pdf import FontSet, PdfBuilder, covered
from reportgen.writers.pdf_frags import FragMaker, Span
from reportgen.writers.pdf_png import png_rows

from pdf_pages import WEEKLY, poppler_tool

FRAG_FIELDS = ("text", "fontName", "fontSize", "rise", "textColor", "bold", "italic", "greek", "link", "us_lines")


def _fields(frags) -> list[tuple]:
    return [tuple(getattr(f, name, None) for name in FRAG_FIELDS) for f in frags]


def test_fragments_made_from_spans_are_those_reportlab_parses_from_the_same_markup():
    from reportlab.platypus import Paragraph

    builder = PdfBuilder(Document(meta={}, blocks=()), Layout.from_mapping(WEEKLY))
    body, bold, fallback = builder.fs.regular["body"], builder.fs.bold["body"], builder.fs.fallback
    style = builder.styles["list"]
    spans = [Span("（1）", bullet=True), Span("全县  共召开\n座谈会", (body,)), Span("A&B <C> 类", (bold,)),
             Span("㐀", (body, fallback)), Span("120场", (body,)), Span("[3]", raised=True), Span("  ", (body,)),
             Span("", (body,)), Span("。", (body,))]
    markup = "<bullet>（1）</bullet>" + "".join(
        ("<super>{}</super>" if s.raised else "{}").format(
            "".join(f'<font name="{f}">' for f in s.fonts)
            + s.text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</font>" * len(s.fonts))
        for s in spans if not s.bullet)
    parsed = Paragraph(markup, style)
    made = FragMaker().paragraph(Paragraph, spans, style)
    assert _fields(made.frags) == _fields(parsed.frags)
    assert _fields(made.bulletText) == _fields(parsed.bulletText)
    assert [f.text for f in made.frags][:4] == ["全县 共召开 座谈会", "A", "&", "B "]


def test_characters_the_face_lacks_are_spans_of_the_fallback_face_each():
    fs = FontSet(cmaps={"face": frozenset(map(ord, "共人名")), "fallback": frozenset(map(ord, "共人㐀"))},
                 fallback="fallback")
    spans = covered("共㐀㐀人 名", "face", fs)
    assert [(s.text, s.fonts) for s in spans] == [("共", ("face",)), ("㐀", ("face", "fallback")),
                                                 ("㐀", ("face", "fallback")), ("人 名", ("face",))]


def test_characters_found_shown_once_are_not_looked_up_again_and_a_new_one_still_is():
    fs = FontSet(cmaps={"face": frozenset(map(ord, "共人名")), "fallback": frozenset(map(ord, "共人㐀"))},
                 fallback="fallback")
    assert [(s.text, s.fonts) for s in covered("共人 名", "face", fs)] == [("共人 名", ("face",))]
    assert fs.shown["face"] == set("共人 名")
    assert [(s.text, s.fonts) for s in covered("名人共", "face", fs)] == [("名人共", ("face",))]
    # a character the face lacks, among characters it was found to show, is still the fallback's
    assert [(s.text, s.fonts) for s in covered("人㐀名", "face", fs)] == [
        ("人", ("face",)), ("㐀", ("face", "fallback")), ("名", ("face",))]
    assert "㐀" not in fs.shown["face"]


def _chart(path: Path, mode: str = "RGB") -> Path:
    image = PILImage.new(mode, (300, 200), "white")
    draw = ImageDraw.Draw(image)
    for i in range(6):
        draw.rectangle((20, 20 + 30 * i, 40 + 40 * i, 40 + 30 * i), fill=(192, 57, 43) if mode != "L" else 90)
    image.save(path)
    return path


def test_an_rgb_or_grey_png_is_taken_as_it_is_and_one_with_alpha_or_a_palette_is_not(tmp_path):
    rgb = png_rows(str(_chart(tmp_path / "rgb.png")))
    assert rgb is not None and (rgb.width, rgb.height, rgb.colours) == (300, 200, 3)
    assert png_rows(str(_chart(tmp_path / "grey.png", "L"))).colours == 1
    assert png_rows(str(_chart(tmp_path / "alpha.png", "RGBA"))) is None
    assert png_rows(str(_chart(tmp_path / "palette.png", "P"))) is None
    (tmp_path / "not.png").write_bytes(b"GIF89a")
    assert png_rows(str(tmp_path / "not.png")) is None


def test_a_png_taken_as_it_is_reads_back_from_the_pdf_pixel_for_pixel(tmp_path):
    for mode in ("RGB", "L", "RGBA"):
        chart = _chart(tmp_path / f"chart-{mode}.png", mode)
        pdf = tmp_path / f"out-{mode}.pdf"
        with open(pdf, "wb") as out:
            write_pdf(Document(meta={"title": "工作简报"}, blocks=(Para.of("各单位主要指标。"), Image(str(chart), "对比图"))),
                      out, Layout.from_mapping(WEEKLY))
        subprocess.run([poppler_tool("pdfimages"), "-png", str(pdf), str(tmp_path / f"back-{mode}")], check=True)
        back = sorted(tmp_path.glob(f"back-{mode}*.png"))[0]
        with PILImage.open(chart) as drawn, PILImage.open(back) as read:
            assert read.convert("RGB").tobytes() == drawn.convert("RGB").tobytes()
