"""Word ingest: a .docx built from seed text reads back in document order with its
heading levels and table; hostile or broken packages are refused before inflating."""
from __future__ import annotations

import io
import zipfile

import pytest

from conftest import seed_text
from reportgen.ingest import read
from reportgen.nodes import Heading, Para, Table, plain


def seed_lines(prefix: str) -> list[str]:
    return [line.strip() for line in seed_text(prefix).splitlines() if line.strip()]


def build_report(path, lines: list[str]) -> None:
    """Write a Word report: Title, a Heading 1, body, a custom 标题 2 heading, a table, more body."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    document.add_heading(lines[0], level=0)                 # style "Title"
    document.add_heading(lines[1], level=1)                 # style "Heading 1"
    document.add_paragraph(lines[2])
    chinese = document.styles.add_style("标题 2", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph(lines[3], style=chinese)
    table = document.add_table(rows=3, cols=2)
    for r, row in enumerate([("指标", "数量"), ("走访群众", "1200户"), ("解决问题", "85件")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph(lines[4])
    broken = document.add_paragraph(lines[5])
    broken.add_run().add_break()                            # a soft line break splits the paragraph
    broken.add_run("第二行")
    document.add_paragraph("   ")                           # blank paragraphs are dropped
    document.save(path)


def test_docx_reads_back_in_document_order(tmp_path):
    lines = seed_lines("003")
    path = tmp_path / "report.docx"
    build_report(path, lines)
    ingested = read(path)
    assert (ingested.source.status, ingested.source.format, ingested.source.encoding) == ("ok", "docx", None)
    blocks = ingested.document.blocks
    assert [type(b).__name__ for b in blocks] == ["Heading", "Heading", "Para", "Heading", "Table", "Para", "Para", "Para"]
    assert [(b.level, b.text) for b in blocks if isinstance(b, Heading)] == [(1, lines[0]), (1, lines[1]), (2, lines[3])]
    assert [b.text for b in blocks if isinstance(b, Para)] == [lines[2], lines[4], lines[5], "第二行"]
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert [plain(cell) for cell in table.header] == ["指标", "数量"]
    assert [[plain(cell) for cell in row] for row in table.rows] == [["走访群众", "1200户"], ["解决问题", "85件"]]


def test_docx_outline_level_and_one_cell_frame(tmp_path):
    """A paragraph with a direct outline level is a heading; a 1x1 table (a framed note) is prose."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    lines = seed_lines("002")
    document = docx.Document()
    heading = document.add_paragraph(lines[0])
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "2")
    heading._p.get_or_add_pPr().append(outline)
    document.add_table(rows=1, cols=1).cell(0, 0).text = lines[1]
    document.add_paragraph(lines[2])
    path = tmp_path / "framed.docx"
    document.save(path)
    blocks = read(path).document.blocks
    assert blocks == (Heading.of(3, lines[0]), Para.of(lines[1]), Para.of(lines[2]))


def test_docx_external_entity_is_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT-不应出现", "utf-8")
    plain_docx = tmp_path / "plain.docx"
    import docx

    document = docx.Document()
    document.add_paragraph("PLACEHOLDER")
    document.add_paragraph(seed_lines("000")[0])
    document.save(plain_docx)
    hostile = tmp_path / "xxe.docx"
    with zipfile.ZipFile(plain_docx) as src, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                head, body = text.split("?>", 1)
                doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
                data = (head + "?>" + doctype + body.replace("PLACEHOLDER", "&xxe;")).encode("utf-8")
            dst.writestr(item, data)
    ingested = read(hostile)
    assert ingested.source.status == "ok", ingested.source.error
    texts = [b.text for b in ingested.document.blocks]
    assert seed_lines("000")[0] in texts
    assert not any("SECRET" in t for t in texts)


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(name, data)
    return buffer.getvalue()


def write_zeros_member(path, size_mb: int) -> None:
    """Write a package whose document part is ``size_mb`` MB of zeros, deflated in chunks."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        with package.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(size_mb):
                member.write(chunk)


@pytest.fixture(scope="module")
def big_bomb(tmp_path_factory):
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    write_zeros_member(path, 300)
    return path


@pytest.mark.slow
def test_zip_bomb_over_total_size_is_refused_before_inflating(big_bomb):
    ingested = read(big_bomb)
    assert ingested.source.status == "error"
    assert "would unpack to 300 MB (limit 200 MB)" in ingested.source.error
    assert "zip bomb" in ingested.source.error


def test_zip_bomb_by_compression_ratio_is_refused(tmp_path):
    path = tmp_path / "ratio.docx"
    write_zeros_member(path, 20)
    ingested = read(path)
    assert ingested.source.status == "error"
    assert "word/document.xml is compressed" in ingested.source.error and "zip bomb" in ingested.source.error


@pytest.mark.parametrize("members, message", [
    ({"word/document.xml": b"<w:document/>"}, "not a Word document (it has no [Content_Types].xml)"),
    ({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}, "not a readable Word document"),
    ({"[Content_Types].xml": b"<Types", "word/document.xml": b"<w:document/>"}, "the Word file is damaged"),
], ids=["no-content-types", "foreign-content-types", "malformed-xml"])
def test_incomplete_packages_are_errors(tmp_path, members, message):
    path = tmp_path / "broken.docx"
    path.write_bytes(zip_bytes(members))
    ingested = read(path)
    assert ingested.source.status == "error"
    assert message in ingested.source.error


def test_package_missing_its_document_part_is_an_error(tmp_path):
    import docx

    whole = tmp_path / "whole.docx"
    docx.Document().save(whole)
    with zipfile.ZipFile(whole) as package:
        members = {n: package.read(n) for n in package.namelist() if n != "word/document.xml"}
    path = tmp_path / "no-document.docx"
    path.write_bytes(zip_bytes(members))
    ingested = read(path)
    assert ingested.source.status == "error"
    assert ingested.source.error.startswith("the Word file is incomplete")
    assert "word/document.xml" in ingested.source.error


def test_docx_layout_table_reads_as_its_paragraphs(tmp_path):
    """A table holding prose (a page converted from the web) is layout, not data."""
    import docx

    lines = seed_lines("004")
    prose = next(line for line in lines if len(line) > 80)
    document = docx.Document()
    layout = document.add_table(rows=1, cols=2)
    layout.cell(0, 0).text = lines[1]
    layout.cell(0, 1).text = prose
    inner = layout.cell(0, 1).add_table(rows=2, cols=2)
    for r, row in enumerate([("指标", "数量"), ("整改问题", "32个")]):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    path = tmp_path / "layout.docx"
    document.save(path)
    blocks = read(path).document.blocks
    assert blocks[:2] == (Para.of(lines[1]), Para.of(prose))
    assert isinstance(blocks[2], Table) and [plain(c) for c in blocks[2].rows[0]] == ["整改问题", "32个"]
    assert len(blocks) == 3
