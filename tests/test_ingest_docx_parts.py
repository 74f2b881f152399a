"""The rest of a Word file: text boxes read, headers and footers as metadata evidence, footnotes as
notes, comments and contents fields ignored, tracked changes accepted, hyperlink text read, and a
title that ends at its heading paragraph."""
from __future__ import annotations

from reportgen.ingest import read
from reportgen.nodes import Para
from reportgen.pipeline import Options, extract_file
from wordlists import sub, w

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
BODY = "今年以来，临朐县扎实推进党的群众路线教育实践活动，共召开座谈会36场，收集意见建议775条。"


def _run(parent, text: str, tag: str = "t"):
    run = sub(parent, "r")
    node = sub(run, tag)
    node.text = text
    return run


def _text_box(paragraph, text: str) -> None:
    """Anchor a text box in ``paragraph`` as Word stores it: a DrawingML shape in mc:Choice and
    the same box again as VML in mc:Fallback."""
    from lxml import etree

    run = sub(paragraph._p, "r")
    alternate = etree.SubElement(run, f"{{{MC}}}AlternateContent")
    choice = etree.SubElement(alternate, f"{{{MC}}}Choice", Requires="wps")
    shape = etree.SubElement(etree.SubElement(sub(choice, "drawing"), f"{{{WPS}}}wsp"), f"{{{WPS}}}txbx")
    for holder in (shape, etree.SubElement(etree.SubElement(alternate, f"{{{MC}}}Fallback"), "pict")):
        content = sub(holder, "txbxContent")
        _run(sub(content, "p"), text)


def test_text_box_is_read_once(tmp_path):
    import docx

    document = docx.Document()
    anchor = document.add_paragraph("正文第一段。")
    _text_box(anchor, "工作简报第5期")
    document.add_paragraph(BODY)
    path = tmp_path / "box.docx"
    document.save(path)
    assert [b.text for b in read(path).document.blocks] == ["正文第一段。", "工作简报第5期", BODY]


def test_headers_and_footers_are_metadata_not_body(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph(BODY)
    section = document.sections[0]
    section.header.paragraphs[0].text = "临朐县委教育实践活动领导小组办公室"
    section.footer.paragraphs[0].text = "2014年5月20日"
    section.footer.add_paragraph("第 1 页 共 3 页")
    path = tmp_path / "furniture.docx"
    document.save(path)
    ingested = read(path).document
    assert [b.text for b in ingested.blocks] == [BODY]
    assert ingested.meta == {"page_header": "临朐县委教育实践活动领导小组办公室", "page_footer": "2014年5月20日",
                             "date": "2014-05-20", "source": "临朐县委教育实践活动领导小组办公室"}
    (article,) = extract_file(path, Options()).articles
    assert article.date == "2014-05-20"


def test_footnotes_are_notes_not_body(tmp_path):
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    paragraph = document.add_paragraph(BODY)
    reference = sub(paragraph._p, "r")
    sub(reference, "footnoteReference", id=1)
    notes = w("footnotes")
    for note_id, kind, text in ((-1, "separator", ""), (0, "continuationSeparator", ""), (1, None, "数据截至5月20日。")):
        note = sub(notes, "footnote", id=note_id, **({"type": kind} if kind else {}))
        _run(sub(note, "p"), text) if text else sub(note, "p")
    from lxml import etree

    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                etree.tostring(notes, xml_declaration=True, encoding="UTF-8", standalone=True), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    path = tmp_path / "notes.docx"
    document.save(path)
    blocks = read(path).document.blocks
    assert blocks == (Para.of(BODY), Para.of("数据截至5月20日。", role="note"))
    (article,) = extract_file(path, Options()).articles
    assert "数据截至5月20日。" not in article.paragraphs


def test_comments_and_contents_fields_are_ignored(tmp_path):
    """A comment's text and a table of contents (a TOC field over several paragraphs) are not read;
    a page-number field inside the text is read as its result."""
    import docx

    document = docx.Document()
    toc = document.add_paragraph()
    begin = sub(toc._p, "r")
    sub(begin, "fldChar", fldCharType="begin")
    _run(toc._p, ' TOC \\o "1-3" \\h \\z \\u ', "instrText")
    sub(sub(toc._p, "r"), "fldChar", fldCharType="separate")
    _run(toc._p, "一、基本情况\t1")
    entry = document.add_paragraph()
    _run(entry._p, "二、主要做法\t2")
    sub(sub(entry._p, "r"), "fldChar", fldCharType="end")
    body = document.add_paragraph(BODY)
    document.add_comment(body.runs, text="此处数字请核实", author="审核人")
    path = tmp_path / "fields.docx"
    document.save(path)
    assert [b.text for b in read(path).document.blocks] == [BODY]


def test_tracked_changes_accepted_and_hyperlink_text_read(tmp_path):
    """Insertions read, deletions and hidden text (w:vanish) dropped, a hyperlink's text read."""
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph()
    _run(paragraph._p, "共召开座谈会")
    hidden = _run(paragraph._p, "（待核）")
    sub(sub(hidden, "rPr"), "vanish")
    hidden.insert(0, hidden[-1])  # w:rPr comes first in a run
    deleted = sub(paragraph._p, "del", id=1, author="a", date="2014-05-20T00:00:00Z")
    _run(deleted, "30", "delText")
    inserted = sub(paragraph._p, "ins", id=2, author="a", date="2014-05-20T00:00:00Z")
    _run(inserted, "36")
    _run(paragraph._p, "场，详见")
    link = sub(paragraph._p, "hyperlink", anchor="x")
    _run(link, "活动专栏")
    _run(paragraph._p, "。")
    path = tmp_path / "tracked.docx"
    document.save(path)
    assert [b.text for b in read(path).document.blocks] == ["共召开座谈会36场，详见活动专栏。"]


def test_title_ends_at_its_heading_and_the_issuer_line_is_unit_evidence(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("关于党的群众路线教育实践活动开展情况的报告", level=0)
    document.add_paragraph("临朐县教育局")
    document.add_paragraph("今年以来，我们扎实推进党的群众路线教育实践活动，共召开座谈会36场。")
    document.add_paragraph("一是加强学习。组织党员干部集中学习12次。")
    path = tmp_path / "title.docx"
    document.save(path)
    (article,) = extract_file(path, Options()).articles
    assert article.title == "关于党的群众路线教育实践活动开展情况的报告"
    assert article.unit == "临朐县教育局"


def test_title_heading_followed_by_an_office_line_is_not_joined(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("临朐县扎实推进党的群众路线教育实践活动", level=0)
    document.add_paragraph("临朐县委教育实践活动领导小组办公室")
    document.add_paragraph(BODY)
    path = tmp_path / "office.docx"
    document.save(path)
    (article,) = extract_file(path, Options()).articles
    assert article.title == "临朐县扎实推进党的群众路线教育实践活动"


def test_a_contents_field_left_open_does_not_swallow_the_report(tmp_path):
    """A damaged file whose TOC field never ends: the text after a contents-sized run is read again."""
    import docx

    from reportgen.ingest.docx import MAX_FIELD_PARAGRAPHS

    document = docx.Document()
    toc = document.add_paragraph()
    sub(sub(toc._p, "r"), "fldChar", fldCharType="begin")
    _run(toc._p, " TOC ", "instrText")
    sub(sub(toc._p, "r"), "fldChar", fldCharType="separate")
    for i in range(MAX_FIELD_PARAGRAPHS):  # with the field's own paragraph: one more than the limit
        document.add_paragraph(f"目录第{i}行")
    document.add_paragraph(BODY)
    path = tmp_path / "open-field.docx"
    document.save(path)
    assert [b.text for b in read(path).document.blocks] == [BODY]
