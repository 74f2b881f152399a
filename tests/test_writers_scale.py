"""The Word writer's per-row and per-comment work is constant: no pattern that re-reads what is already written."""
from __future__ import annotations

import re

import docx

from reportgen.writers.docx import COMMENT_AUTHOR, COMMENT_INITIALS, CommentAdder


def _without_dates(xml: str) -> str:
    return re.sub(r'w:date="[^"]*"', "", xml)


def test_comments_are_the_ones_python_docx_writes():
    ours, theirs = docx.Document(), docx.Document()
    ours_p, theirs_p = ours.add_paragraph(), theirs.add_paragraph()
    adder = CommentAdder(ours)
    for i, note in enumerate(["共培训党员3077名。", "第一行\n第二行", ""]):
        adder.add(ours_p.add_run(f"{i}名"), note)
        theirs.add_comment(theirs_p.add_run(f"{i}名"), text=note, author=COMMENT_AUTHOR, initials=COMMENT_INITIALS)
    assert _without_dates(ours.comments._comments_elm.xml) == _without_dates(theirs.comments._comments_elm.xml)
    assert ours_p._p.xml == theirs_p._p.xml
    assert [c.text for c in ours.comments] == ["共培训党员3077名。", "第一行\n第二行", ""]


def test_comments_are_numbered_after_those_already_in_the_document():
    document = docx.Document()
    paragraph = document.add_paragraph()
    document.add_comment(paragraph.add_run("a"), text="from the template", author="someone")
    adder = CommentAdder(document)
    for i in range(3):
        adder.add(paragraph.add_run(str(i)), f"note {i}")
    ids = [c.comment_id for c in document.comments]
    assert ids == [0, 1, 2, 3]


def test_list_and_heading_numbers_go_past_999():
    from reportgen.writers.numbering import chinese_number

    assert [chinese_number(n) for n in (999, 1000, 1001, 1010, 1015, 1100, 1205, 2034, 9999, 10000)] == [
        "九百九十九", "一千", "一千零一", "一千零一十", "一千零一十五", "一千一百", "一千二百零五", "二千零三十四",
        "九千九百九十九", "10000"]


def test_table_body_cells_are_formatted_as_the_first_body_row():
    """Body cells after the first row are copies of its formatting: width, centred, RG Table; content their own."""
    import io

    from lxml import etree

    from reportgen.nodes import Document, Table, Text
    from reportgen.writers import Layout, write_docx

    rows = tuple(((Text(f"第{i}单位"),), (Text(f"{100 * i}户"),), (Text("未报送" if i % 2 else "已报送"),))
                 for i in range(1, 8))
    table = Table(header=((Text("单位"),), (Text("走访户数"),), (Text("状态"),)), rows=rows)
    out = io.BytesIO()
    write_docx(Document(blocks=(table,)), out, Layout.from_mapping({}))
    written = docx.Document(io.BytesIO(out.getvalue())).tables[0]
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

    def formats(row) -> list[tuple[bytes, bytes]]:
        return [(etree.tostring(cell._tc.tcPr), etree.tostring(cell.paragraphs[0]._p.pPr)) for cell in row.cells]

    first = written.rows[1]
    for cell in first.cells:
        assert cell._tc.tcPr.find(f"{w}vAlign").get(f"{w}val") == "center"
        assert int(cell._tc.tcPr.find(f"{w}tcW").get(f"{w}w")) > 0
        assert cell.paragraphs[0].style.name == "RG Table"
    assert len({cell._tc.tcPr.find(f"{w}tcW").get(f"{w}w") for cell in first.cells}) > 1, "columns differ in width"
    for row in written.rows[2:]:
        assert formats(row) == formats(first)
    assert [row.cells[1].text for row in written.rows] == ["走访户数"] + [f"{100 * i}户" for i in range(1, 8)]
    assert written.rows[0].cells[0]._tc.tcPr.find(f"{w}shd") is not None, "the header keeps its shading"
