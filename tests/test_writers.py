"""Both writers on one AST holding every node type, checked with the real tools."""
from __future__ import annotations

import re
import shutil
import subprocess
import warnings
from pathlib import Path

import pytest

from reportgen.errors import ReportgenWarning, UsageError
from reportgen.nodes import (Div, Document, Emph, Heading, Image, ListBlock, Noted, PageBreak, Para,
                             Strong, Table, Text)
from reportgen.writers import WRITERS, Layout, write_docx, write_pdf, writer_for

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CLOSING = "，。、；：！？）》”’"
LONG = ("各单位坚持问题导向，聚焦群众急难愁盼；深入基层一线开展调研，共走访群众3077户、企业126家；"
        "收集意见建议512条，已办结498条，办结率97.3%。对“回头看”中发现的问题，逐项建立台账、明确时限；"
        "做到件件有着落、事事有回音！") * 6
NOTE = "来源：某县报告.txt 第3段：收集意见建议512条"


def every_node_document(image: Path) -> Document:
    """Return one document that holds every block and inline type and every named Div."""
    return Document(meta={"title": "工作简报"}, blocks=(
        Div("cover", attrs=(("title", "群众工作情况汇编"), ("subtitle", "（第2期）"),
                            ("date", "2024年3月15日"), ("issuer", "县委办公室"))),
        Div("contents"),
        Div("masthead", attrs=(("title", "工作简报"), ("issue", "第2期"), ("issuer", "县委办公室编"),
                               ("date", "2024年3月15日"))),
        Div("note", (Para.of("按：现将各单位开展群众工作的做法和成效摘编如下，供学习参考。"),)),
        Heading.of(1, "总体情况"),
        Para((Text("本期汇总"), Strong((Text("5个单位"),)), Text("报送材料，共征求意见建议"),
              Noted("512条", NOTE), Text("，较上期"), Emph((Text("增加"),)), Text("36条。"))),
        Heading.of(2, "主要做法"),
        Para.of(LONG),
        ListBlock(((Para.of("建立联系群众制度；"),), (Para.of("开展回头看活动。"), Para.of("第二段说明。"))), ordered=True),
        ListBlock(((Para.of("要点甲"),), (Para.of("要点乙"),))),
        Table(header=((Text("单位"),), (Text("走访户数"),)),
              rows=tuple(((Text(f"第{i}单位"),), (Text(str(100 * i)),)) for i in range(1, 6)),
              caption="表1 各单位走访户数"),
        Image(str(image), caption="图1 走访户数图", width_mm=100),
        PageBreak(),
        Heading.of(1, "存在问题"),
        Para.of("个别单位工作不够深入。", role="byline"),
        Div("mystery", (Para.of("未知块里的文字。"),)),
        Div("distribution", (Para.of("报：市委办公室"), Para.of("发：各乡镇党委")),
            attrs=(("copies", "30"), ("issuer", "县委办公室"), ("date", "2024年3月15日"))),
    ))


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, Path]:
    """Write the every-node document with both writers; return the files and the warnings."""
    from PIL import Image as PILImage

    folder = tmp_path_factory.mktemp("writers")
    image = folder / "chart.png"
    PILImage.new("RGB", (400, 200), (90, 140, 200)).save(image)
    doc = every_node_document(image)
    paths = {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for fmt, write in WRITERS.items():
            paths[fmt] = folder / f"every.{fmt}"
            with open(paths[fmt], "wb") as out:
                write(doc, out, Layout.from_mapping({}))
    paths["warnings"] = [w.message for w in caught if isinstance(w.message, ReportgenWarning)]
    return paths


def _tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        pytest.skip(f"{name} is not installed (poppler-utils / LibreOffice)")
    return path


def _pdftotext(pdf: Path) -> str:
    return subprocess.run([_tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _assert_fonts_embedded(pdf: Path) -> list[str]:
    out = subprocess.run([_tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, "the PDF uses no fonts at all"
    for row in rows:
        assert "STSong" not in row
        emb = row.split()[-5]
        assert emb == "yes", f"font not embedded: {row}"
    return rows


def test_writers_registry_knows_both_formats_and_names_them_on_error():
    assert writer_for("PDF") is write_pdf and writer_for(".docx") is write_docx
    with pytest.raises(UsageError, match="docx, pdf"):
        writer_for("odt")


def test_writers_warn_about_unknown_blocks(outputs):
    codes = {w.code for w in outputs["warnings"]}
    assert "W504" in codes


def test_write_pdf_embeds_every_font_and_keeps_the_text(outputs):
    rows = _assert_fonts_embedded(outputs["pdf"])
    assert any("NotoSansSC-Bold" in r or "Bold" in r for r in rows), "no bold face embedded"
    text = _pdftotext(outputs["pdf"])
    for expected in ("群众工作情况汇编", "工作简报", "第2期", "一、总体情况", "（一）主要做法", "二、存在问题",
                     "建立联系群众制度", "第5单位", "表1", "图1", "未知块里的文字", "报：市委办公室",
                     "共印30份", "2024年3月15日印发", "数据来源", NOTE, "— 2 —"):
        assert expected.replace(" ", "") in text.replace(" ", ""), expected


def test_write_pdf_has_outline_entries_for_headings(outputs):
    data = outputs["pdf"].read_bytes()
    assert b"/Outlines" in data
    assert data.count(b"/Dest") + data.count(b"/A <<") >= 3


def test_write_pdf_lines_never_start_with_closing_punctuation(outputs):
    lines = [l.strip() for l in _pdftotext(outputs["pdf"]).splitlines() if l.strip()]
    body = [l for l in lines if any(c in l for c in "问题导向急难愁盼")]
    assert len(body) > 10, "the long paragraph was not found on separate lines"
    bad = [l for l in lines if l[0] in CLOSING]
    assert not bad, bad


def test_write_pdf_warns_about_characters_no_font_has(tmp_path):
    doc = Document(blocks=(Para.of("私用区字符\ue000在此"),))
    with pytest.warns(ReportgenWarning, match="W501.*U\\+E000"):
        with open(tmp_path / "x.pdf", "wb") as out:
            write_pdf(doc, out, Layout())


def _docx_xml(path: Path, part: str) -> str:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return z.read(part).decode("utf-8")


def test_write_docx_styles_carry_east_asian_faces_and_no_theme_fonts(outputs):
    import docx

    document = docx.Document(str(outputs["docx"]))
    for name, face in (("Normal", "仿宋_GB2312"), ("Title", "方正小标宋简体"), ("Heading 1", "黑体"),
                       ("Heading 2", "楷体_GB2312")):
        rfonts = document.styles[name].element.rPr.rFonts
        assert rfonts.get(f"{W_NS}eastAsia") == face, name
        assert not [a for a in rfonts.attrib if a.endswith("Theme") or a.endswith("theme")], name
    # nor any other style (Heading 4–9, Subtitle, linked "Heading 1 Char"): a theme font beats w:eastAsia
    assert not re.search(r"w:(ascii|hAnsi|eastAsia|cs)Theme=", _docx_xml(outputs["docx"], "word/styles.xml"))
    sect = _docx_xml(outputs["docx"], "word/document.xml")
    # GB/T 9704's 22 lines on a line grid; 28 characters from a −0.25 pt squeeze (see layout.py)
    assert re.search(r'<w:docGrid w:type="lines" w:linePitch="5(79|80)"/>', sect)
    assert re.search(r'<w:docDefaults>.*<w:rPr>.*<w:spacing w:val="-5"/>.*</w:rPrDefault>',
                     _docx_xml(outputs["docx"], "word/styles.xml"))
    section = document.sections[0]
    assert round(section.top_margin.mm) == 37 and round(section.left_margin.mm) == 28
    assert round(section.page_width.mm) == 210


def test_write_docx_note_box_holds_a_hanging_full_stop(outputs):
    """The 按语's box: a line-final ，。 may hang one character past the text (Word and LibreOffice
    both allow it) and still sits inside the border, which sits inside the text block."""
    xml = _docx_xml(outputs["docx"], "word/document.xml")
    note = re.search(r'<w:pStyle w:val="RGNote"/>(.*?)</w:pPr>', xml).group(1)
    right_indent = int(re.search(r'<w:ind [^>]*w:right="(\d+)"', note).group(1)) / 20
    right_space = int(re.search(r'<w:right [^>]*w:space="(\d+)"', note).group(1))
    assert right_indent - right_space > 0, "the border stays inside the text block"
    assert right_space >= 16, "a hanging 16 pt character stays inside the border"


def _every_paragraph(document) -> list:
    """Every paragraph of the body, those in text boxes (the 版记) included, in order."""
    from docx.text.paragraph import Paragraph

    return [Paragraph(p, document) for p in document.element.body.iter(f"{W_NS}p")]


def test_write_docx_text_numbers_and_comments(outputs):
    import docx

    document = docx.Document(str(outputs["docx"]))
    text = "\n".join(p.text for p in _every_paragraph(document))
    for expected in ("工作简报", "一、总体情况", "（一）主要做法", "1.\t建立联系群众制度", "共印30份", "未知块里的文字",
                     "县委办公室\t2024年3月15日印发"):
        assert expected in text, expected
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["一、总体情况", "二、存在问题"]
    comments = list(document.comments)
    assert [c.text for c in comments] == [NOTE] and comments[0].author == "数据来源"
    table = document.tables[0]
    assert table.rows[0].cells[0].text == "单位" and table.rows[5].cells[1].text == "500"
    assert "w:tblHeader" in _docx_xml(outputs["docx"], "word/document.xml")
    footers = "".join(_docx_xml(outputs["docx"], n) for n in _names(outputs["docx"]) if "footer" in n)
    assert re.search(r"—\s*</w:t>.*PAGE.*<w:t[^>]*>\s*—", footers), "no — PAGE — footer"


def _names(path: Path) -> list[str]:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return z.namelist()


def _paragraph_properties(xml: str, contains: str) -> list[str]:
    """Return the pPr of every paragraph of ``xml`` whose XML contains ``contains``."""
    paragraphs = re.findall(r"<w:p>.*?</w:p>|<w:p .*?</w:p>", xml)
    return [re.search(r"<w:pPr>.*?</w:pPr>", p).group(0) for p in paragraphs if contains in p]


@pytest.fixture(scope="module")
def fixed_lines_docx(tmp_path_factory) -> Path:
    """Write the every-node document as the leadership brief does: 24 pt exact lines, a running header."""
    from PIL import Image as PILImage

    folder = tmp_path_factory.mktemp("fixed")
    PILImage.new("RGB", (400, 200), (200, 60, 60)).save(folder / "chart.png")
    path = folder / "fixed.docx"
    layout = Layout.from_mapping({"spacing": {"line_pt": 24}, "header": {"text": "{title}（内部资料）"}})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with open(path, "wb") as out:
            write_docx(every_node_document(folder / "chart.png"), out, layout)
    return path


def test_write_docx_image_paragraphs_have_single_spacing_off_the_grid(fixed_lines_docx):
    """An image inherits the body's exact 24 pt line height unless told otherwise, and is cut to one line."""
    styles = _docx_xml(fixed_lines_docx, "word/styles.xml")
    assert re.search(r'<w:style [^>]*w:styleId="Normal".*?w:lineRule="exact"', styles), "the body is not exact"
    [ppr] = _paragraph_properties(_docx_xml(fixed_lines_docx, "word/document.xml"), "<w:drawing>")
    assert '<w:snapToGrid w:val="0"/>' in ppr
    assert re.search(r'<w:spacing [^>]*w:line="240" w:lineRule="auto"', ppr), ppr


def test_write_docx_tables_and_masthead_stay_off_the_grid(fixed_lines_docx):
    styles = _docx_xml(fixed_lines_docx, "word/styles.xml")
    table_style = re.search(r'<w:style [^>]*w:styleId="RGTable".*?</w:style>', styles).group(0)
    assert '<w:snapToGrid w:val="0"/>' in table_style and 'w:lineRule="auto"' in table_style
    [masthead] = _paragraph_properties(_docx_xml(fixed_lines_docx, "word/document.xml"), ">工作简报<")[:1]
    assert '<w:snapToGrid w:val="0"/>' in masthead and 'w:lineRule="auto"' in masthead


def test_write_docx_running_header_shows_the_document_title(fixed_lines_docx):
    headers = "".join(_docx_xml(fixed_lines_docx, n) for n in _names(fixed_lines_docx) if "header" in n)
    assert "工作简报（内部资料）" in headers


def test_write_docx_contents_is_a_toc_field_caching_the_headings(outputs):
    xml = _docx_xml(outputs["docx"], "word/document.xml")
    start = xml.index('<w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText>')
    separate = xml.index('w:fldCharType="separate"', start)
    end = xml.index('w:fldCharType="end"', separate)
    cached = re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml[separate:end])
    assert cached == ["一、总体情况", "（一）主要做法", "二、存在问题"]


def test_write_docx_with_contents_asks_word_to_refresh_fields(outputs, tmp_path):
    """The contents' cached entries carry no page numbers, so Word is asked to update fields on opening;
    a document without contents is left as Word writes it (no prompt on opening)."""
    assert '<w:updateFields w:val="true"/>' in _docx_xml(outputs["docx"], "word/settings.xml")
    path = tmp_path / "plain.docx"
    with open(path, "wb") as out:
        write_docx(Document(blocks=(Para.of("正文。"),)), out, Layout.from_mapping({}))
    assert "updateFields" not in _docx_xml(path, "word/settings.xml")


def test_write_docx_table_columns_fit_their_cells_and_rows_do_not_split(tmp_path):
    import docx

    cells = [("单位", "问题", "整改事项"), ("章丘市经济和信息化局", "17个", "未报送"), ("魏都区", "261条", "未报送")]
    doc = Document(blocks=(Table(header=tuple((Text(c),) for c in cells[0]),
                                 rows=tuple(tuple((Text(c),) for c in row) for row in cells[1:])),))
    path = tmp_path / "table.docx"
    with open(path, "wb") as out:
        write_docx(doc, out, Layout.from_mapping({}))
    table = docx.Document(str(path)).tables[0]
    widths = [cell.width.pt for cell in table.rows[1].cells]
    assert sum(widths) == pytest.approx(156 / 25.4 * 72, abs=1)
    assert widths[0] > 1.8 * widths[1] and widths[2] > widths[1], widths   # not three equal columns
    assert _docx_xml(path, "word/document.xml").count("<w:cantSplit") == 3


def test_write_pdf_numbers_each_distinct_note_once(tmp_path):
    other = "来源：某区报告.txt 第1段：查摆问题69个"
    doc = Document(meta={"title": "测试"}, blocks=(
        Para((Text("征求意见建议"), Noted("512条", NOTE), Text("，查摆问题"), Noted("69个", other), Text("。"))),
        Para((Text("再次引用"), Noted("512条", NOTE), Text("。"))),
    ))
    path = tmp_path / "notes.pdf"
    with open(path, "wb") as out:
        write_pdf(doc, out, Layout.from_mapping({}))
    text = _pdftotext(path).replace(" ", "")
    appendix = text[text.index("数据来源"):]
    assert appendix.count(NOTE.replace(" ", "")) == 1 and appendix.count(other.replace(" ", "")) == 1
    assert "[1]" + NOTE.replace(" ", "") in appendix and "[2]" + other.replace(" ", "") in appendix
    assert "3." not in appendix


@pytest.mark.slow
def test_write_docx_converts_with_libreoffice(outputs, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice is not installed")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(outputs["docx"])], capture_output=True, timeout=240, check=True)
    pdf = tmp_path / "every.pdf"
    assert pdf.is_file(), "LibreOffice did not convert the docx"
    _assert_fonts_embedded(pdf)
    text = _pdftotext(pdf).replace(" ", "")
    for expected in ("工作简报", "一、总体情况", "第5单位", "共印30份"):
        assert expected in text, expected
    # GB/T 9704: 28 characters a line (the first one indented two); a linesAndChars grid
    # made LibreOffice spread them out and break the first line after about 12
    # (where a line breaks depends on the fallback fonts installed, so no line's first character is
    # assumed: of the body lines that carry these phrases, all but a paragraph's short last ones are full)
    long_lines = [line for line in text.splitlines() if "急难愁盼" in line or "逐项建立台账" in line]
    full = [line for line in long_lines if len(line) >= 24]
    assert len(long_lines) >= 10 and len(full) >= 0.8 * len(long_lines), long_lines


def test_write_pdf_keeps_note_numbers_with_their_figures(tmp_path):
    """A raised note number never starts a line (it and the 、 after it stay with the figure)."""
    inlines = []
    for k in range(60):
        inlines += [Text("党员" if k % 2 else "意见建议"), Noted(f"{100 + 37 * k}名", f"来源{k % 25}"), Text("、")]
    path = tmp_path / "raised.pdf"
    with open(path, "wb") as out:
        write_pdf(Document(blocks=(Para(tuple(inlines)),)), out, Layout.from_mapping({}))
    lines = [line.strip() for line in _pdftotext(path).split("数据来源")[0].splitlines() if line.strip()]
    assert len(lines) > 10
    bad = [line for line in lines if re.match(r"\d+[、，。]|[、，。]", line)]
    assert not bad, bad


def _reference_docx(path):
    """Write a reference .docx an office might keep: its own Normal and Heading 1, and sample text."""
    import docx
    from docx.shared import Pt

    ref = docx.Document()
    ref.styles["Normal"].font.size = Pt(10.5)
    ref.styles["Heading 1"].font.size = Pt(20)
    ref.add_paragraph("样例正文，不应出现在简报中")
    ref.add_table(rows=1, cols=1).cell(0, 0).text = "样例表格"
    ref.save(str(path))
    return path


def test_write_docx_reference_styles_win_and_its_sample_content_goes(tmp_path):
    import docx

    ref = _reference_docx(tmp_path / "reference.docx")
    doc = Document(meta={"title": "简报"}, blocks=(Heading.of(1, "总体情况"), Para.of("共征求意见建议132条。")))
    layout = Layout(reference_docx=str(ref))
    out = tmp_path / "out.docx"
    with out.open("wb") as fh:
        write_docx(doc, fh, layout)
    written = docx.Document(str(out))
    assert written.styles["Normal"].font.size.pt == 10.5          # the reference's, not the settings' 16 pt
    assert written.styles["Heading 1"].font.size.pt == 20
    assert "RG Note" in [s.name for s in written.styles]          # what the reference lacks is still defined
    text = "\n".join(p.text for p in written.paragraphs)
    assert "共征求意见建议132条" in text and "样例正文" not in text and not written.tables


@pytest.mark.parametrize("content", [None, b"plain text, not a Word file"], ids=["missing", "not-docx"])
def test_write_docx_bad_reference_is_a_template_error(tmp_path, content):
    from reportgen.errors import TemplateError

    ref = tmp_path / "reference.docx"
    if content is not None:
        ref.write_bytes(content)
    with pytest.raises(TemplateError, match="reference.docx"), (tmp_path / "o.docx").open("wb") as fh:
        write_docx(Document(blocks=(Para.of("正文"),)), fh, Layout(reference_docx=str(ref)))


def test_an_image_taller_than_the_page_is_scaled_to_fit_in_both_writers(tmp_path):
    """A chart of many units is taller than the text block; it must shrink, not stop the build."""
    from docx import Document as read_docx
    from PIL import Image as PILImage

    tall = tmp_path / "tall.png"
    PILImage.new("RGB", (1200, 9000), (90, 140, 200)).save(tall)
    layout = Layout.from_mapping({})
    doc = Document(meta={"title": "简报"}, blocks=(Para.of("图如下。"), Image(str(tall), caption="图1 各单位情况")))
    with open(tmp_path / "tall.pdf", "wb") as out:
        write_pdf(doc, out, layout)  # reportlab raises LayoutError on an image taller than its frame
    with open(tmp_path / "tall.docx", "wb") as out:
        write_docx(doc, out, layout)
    shape = read_docx(tmp_path / "tall.docx").inline_shapes[0]
    height_mm, width_mm = shape.height.mm, shape.width.mm
    assert height_mm <= layout.text_height_mm * 0.8 + 0.5
    assert width_mm == pytest.approx(height_mm * 1200 / 9000, rel=0.01)


def test_a_pdf_embeds_an_opaque_chart_as_one_binary_image_and_restores_reportlab(tmp_path):
    """Streams are compressed but not ASCII85-encoded (a quarter larger, and slow in pure Python),
    an RGB chart gets no soft mask, and reportlab's global setting is as it was afterwards."""
    from PIL import Image as PILImage
    from reportlab import rl_config

    chart = tmp_path / "chart.png"
    PILImage.new("RGB", (600, 300), (192, 57, 43)).save(chart)
    doc = Document(meta={"title": "简报"}, blocks=(Para.of("图如下。"), Image(str(chart), caption="图1 各单位情况")))
    before = rl_config.useA85
    with open(tmp_path / "c.pdf", "wb") as out:
        write_pdf(doc, out, Layout.from_mapping({}))
    data = (tmp_path / "c.pdf").read_bytes()
    assert b"/ASCII85Decode" not in data and b"/FlateDecode" in data
    assert data.count(b"/Subtype /Image") == 1 and b"/SMask" not in data
    assert rl_config.useA85 == before


def test_layout_image_size_keeps_the_aspect_and_never_exceeds_the_text_block():
    layout = Layout.from_mapping({})
    assert layout.image_size_mm(400, 200, 100) == (100, 50)
    assert layout.image_size_mm(400, 200, 500)[0] == layout.text_width_mm
    width, height = layout.image_size_mm(100, 1000, None)
    assert height == pytest.approx(layout.text_height_mm * 0.8)
    assert width == pytest.approx(height / 10)


def test_layout_grid_pitch_fits_22_lines_in_the_text_block():
    layout = Layout.from_mapping({})
    assert layout.line_height_pt * 22 <= layout.text_height_mm / 25.4 * 72
    assert layout.line_height_pt == pytest.approx(28.95)


def test_write_docx_gbt9704_page_numbers_grid_and_font_table(outputs):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document_xml = _docx_xml(outputs["docx"], "word/document.xml")
    assert 'w:linePitch="579"' in document_xml
    assert "evenAndOddHeaders" in _docx_xml(outputs["docx"], "word/settings.xml")
    section = docx.Document(str(outputs["docx"])).sections[0]
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    assert odd.alignment == WD_ALIGN_PARAGRAPH.RIGHT and round(odd.paragraph_format.right_indent.pt) == 16
    assert even.alignment == WD_ALIGN_PARAGRAPH.LEFT and round(even.paragraph_format.left_indent.pt) == 16
    fonts = _docx_xml(outputs["docx"], "word/fontTable.xml")
    assert "ＭＳ" not in fonts and "Cambria" not in fonts
    assert '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>' in fonts
    assert '<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>' in fonts


def test_write_docx_lists_are_numbered_never_bulleted(outputs):
    import docx

    text = "\n".join(p.text for p in docx.Document(str(outputs["docx"])).paragraphs)
    assert "•" not in text
    assert "1.\t要点甲" in text and "2.\t要点乙" in text


def test_write_docx_nested_list_numbers_in_parentheses(tmp_path):
    import docx

    doc = Document(blocks=(ListBlock(((Para.of("主要做法"), ListBlock(((Para.of("建立台账"),), (Para.of("限时办结"),)))),)),))
    path = tmp_path / "nested.docx"
    with open(path, "wb") as out:
        write_docx(doc, out, Layout.from_mapping({}))
    text = [p.text for p in docx.Document(str(path)).paragraphs]
    assert text == ["1.\t主要做法", "（1）\t建立台账", "（2）\t限时办结"]


def test_write_docx_distribution_block_in_4hao(outputs):
    import docx

    document = docx.Document(str(outputs["docx"]))
    lines = [p for p in _every_paragraph(document) if p.text.startswith(("报：", "发：")) or "印发" in p.text]
    assert lines and all(p.style.name == "RG Distribution" for p in lines)
    assert document.styles["RG Distribution"].font.size.pt == 14


def test_write_docx_distribution_sits_in_a_box_at_the_foot_of_the_page(outputs):
    """GB/T 9704: the 版记's last rule on the foot of the text block, the box anchored to the last paragraph."""
    import docx

    document = docx.Document(str(outputs["docx"]))
    body = [el for el in document.element.body if el.tag == f"{W_NS}p"]
    anchor = body[-1].find(".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}anchor")
    assert anchor is not None, "the last paragraph anchors the 版记"
    box_text = "".join(anchor.itertext())
    assert "报：市委办公室" in box_text and "县委办公室\t2024年3月15日印发" in box_text and "共印30份" in box_text
    assert not any("印发" in p.text for p in document.paragraphs), "the 版记 is not also in the text flow"
    wp = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
    top_mm = int(anchor.find(f"{wp}positionV/{wp}posOffset").text) / 36000
    height_mm = int(anchor.find(f"{wp}extent").get("cy")) / 36000
    assert anchor.find(f"{wp}positionV").get("relativeFrom") == "page" and anchor.find(f"{wp}wrapTopAndBottom") is not None
    assert abs(top_mm + height_mm - 297) < 0.1, "the box runs to the page's foot, over the page number"
    rules_mm = (297 - 35) - top_mm              # 3 ruled lines of one grid line each, and their rules
    assert 3 * 28.95 * 25.4 / 72 < rules_mm < 3 * 28.95 * 25.4 / 72 + 4


def test_write_docx_empty_distribution_block_adds_no_box(tmp_path):
    import docx

    path = tmp_path / "empty.docx"
    with open(path, "wb") as out:
        write_docx(Document(blocks=(Para.of("正文。"), Div("distribution"))), out, Layout.from_mapping({}))
    assert "txbxContent" not in _docx_xml(path, "word/document.xml")
    assert [p.text for p in docx.Document(str(path)).paragraphs] == ["正文。"]


def _libreoffice_pages(docx_path: Path, tmp_path: Path) -> list[list[tuple[str, float]]]:
    """Convert with LibreOffice; return each page's words with the top of each (in pt)."""
    import html

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice is not installed")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(docx_path)], capture_output=True, timeout=240, check=True)
    out = subprocess.run([_tool("pdftotext"), "-bbox", str(docx_path.with_suffix(".pdf")), "-"],
                         capture_output=True, text=True, check=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        pages.append([(html.unescape(m.group(2)), float(m.group(1)))
                      for m in re.finditer(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', page)])
    return pages


def _page_number_ink(pdf: Path, tmp_path: Path) -> list[int]:
    """Return, per page, the dark pixels where an odd page's number is drawn (right, below 共印N份)."""
    from PIL import Image as PILImage

    subprocess.run([_tool("pdftoppm"), "-png", "-r", "72", str(pdf), str(tmp_path / "page")], check=True)
    inked = []
    for png in sorted(tmp_path.glob("page-*.png")):
        image = PILImage.open(png).convert("L")
        inked.append(sum(1 for x in range(440, 512) for y in range(774, 784) if image.getpixel((x, y)) < 128))
    return inked


@pytest.mark.slow
@pytest.mark.parametrize("paragraphs, pages", [(6, 1), (7, 2)])
def test_write_docx_distribution_at_the_foot_of_the_last_page_in_libreoffice(tmp_path, paragraphs, pages):
    """Through LibreOffice: the 版记 ends on the foot of the page where the text ends, with no page
    number on that page. Six paragraphs of three lines leave four of the page's 22 lines, room
    for it; seven leave one, and it goes to the foot of the next page."""
    filler = "各单位坚持问题导向，深入基层一线开展调研，逐项建立台账、明确整改时限。" * 2
    blocks = [Para.of(f"第{i + 1}段。{filler}") for i in range(paragraphs)]
    blocks.append(Div("distribution", (Para.of("报：市委办公室"), Para.of("发：各乡镇党委")),
                      attrs=(("copies", "30"), ("issuer", "县委办公室"), ("date", "2024年3月15日"))))
    path = tmp_path / "foot.docx"
    with open(path, "wb") as out:
        write_docx(Document(meta={"title": "工作简报"}, blocks=tuple(blocks)), out, Layout.from_mapping({}))
    laid_out = _libreoffice_pages(path, tmp_path)
    assert len(laid_out) == pages
    last = laid_out[-1]
    issued = [top for word, top in last if "印发" in word]
    assert issued, last
    foot_pt = (297 - 35) / 25.4 * 72                # the text block's bottom edge
    assert foot_pt - 28.95 - 4 < issued[0] < foot_pt, (issued, foot_pt)
    inked = _page_number_ink(path.with_suffix(".pdf"), tmp_path)
    assert inked[-1] == 0, "the 版记 page shows no page number (the box covers it)"
    assert all(inked[:-1]), inked
    if pages == 1:
        assert f"第{paragraphs}段" in "".join(word for word, _ in last), "the 版记 shares the page the text ends on"


def test_write_pdf_contents_fit_one_page(tmp_path):
    """Many units: the contents list level 1 only rather than spill a few lines onto a page of their own."""
    def doc(units: int) -> Document:
        blocks = [Div("contents"), Heading.of(1, "各单位情况")]
        for i in range(units):
            blocks += [Heading.of(2, f"第{i + 1}单位"), Para.of("开展工作。")]
        return Document(meta={"title": "汇编"}, blocks=tuple(blocks))

    pages = {}
    for units in (5, 60):
        path = tmp_path / f"toc{units}.pdf"
        with open(path, "wb") as out:
            write_pdf(doc(units), out, Layout.from_mapping({}))
        first = _pdftotext(path).split("\f")[0]
        pages[units] = first
    assert "第5单位" in pages[5]
    assert "各单位情况" in pages[60] and "第1单位" not in pages[60]


def test_write_pdf_contents_give_the_page_each_heading_is_on(tmp_path):
    """The contents is laid out in one pass; each entry's number is the printed number of its heading's page."""
    blocks = [Div("contents")]
    for n in range(1, 5):
        blocks += [Heading.of(1, f"第{n}部分"), Para.of(LONG * n)]
    path = tmp_path / "toc.pdf"
    with open(path, "wb") as out:
        write_pdf(Document(meta={"title": "汇编"}, blocks=tuple(blocks)), out, Layout.from_mapping({}))
    pages = _pdftotext(path).split("\f")
    listed = {}
    for line in pages[0].splitlines():
        match = re.search(r"第(\d)部分[\s.]*(\d+)\s*$", line)
        if match:
            listed[int(match.group(1))] = int(match.group(2))
    assert sorted(listed) == [1, 2, 3, 4], pages[0]
    for part, number in listed.items():
        page = pages[number - 1]   # printed numbers count from the contents page (no cover here)
        assert f"第{part}部分" in page.replace(" ", ""), (part, number)
    assert len(set(listed.values())) > 2, "the parts should fall on different pages"


def test_write_pdf_contents_without_headings_is_its_title_alone(tmp_path):
    """A template's contents over a document with no headings: its title, no placeholder line, no broken link."""
    path = tmp_path / "empty-toc.pdf"
    with open(path, "wb") as out:
        write_pdf(Document(meta={"title": "汇编"}, blocks=(Div("contents"), Para.of("正文。"))), out,
                  Layout.from_mapping({}))
    pages = _pdftotext(path).split("\f")
    assert "目" in pages[0] and "Placeholder" not in pages[0] and "正文" not in pages[0]
    assert "正文" in pages[1]
