"""Numbered lists repeated by a Word template loop restart at 1 in each pass (docxtpl issue #425)."""
from __future__ import annotations

import io

import docx
from docxtpl import DocxTemplate

from reportgen.render.tag_repair import W_NS
from reportgen.render.word_numbering import apply_loop_restarts, mark_loop_restarts


def _render(document, values: dict):
    buffer = io.BytesIO()
    document.save(buffer)
    template = DocxTemplate(io.BytesIO(buffer.getvalue()))
    template.init_docx()
    mark_loop_restarts(template.docx)
    template.render(values)
    apply_loop_restarts(template.docx)
    return template.docx


def _list_ids(document, style: str) -> list[str]:
    out = []
    for p in document.paragraphs:
        if p.style.name == style:
            num = p._p.find(f"{{{W_NS}}}pPr/{{{W_NS}}}numPr/{{{W_NS}}}numId")
            out.append(num.get(f"{{{W_NS}}}val") if num is not None else "style")
    return out


def test_a_list_inside_a_repeated_section_restarts_in_each_pass() -> None:
    source = docx.Document()
    source.add_paragraph("{%p for i in sections %}")
    source.add_paragraph("Foobar {{ i }}")
    source.add_paragraph("Item 1", style="List Number")
    source.add_paragraph("Item 2", style="List Number")
    source.add_paragraph("{%p endfor %}")
    rendered = _render(source, {"sections": [0, 1, 2]})
    ids = _list_ids(rendered, "List Number")
    assert len(ids) == 6
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[4] == ids[5]
    assert len(set(ids)) == 3
    assert rendered.part.numbering_part.element.xml.count('<w:startOverride w:val="1"/>') >= 2 * 9
    assert not any("\ue010" in p.text for p in rendered.paragraphs)


def test_a_loop_making_the_items_of_one_list_does_not_restart_it() -> None:
    source = docx.Document()
    source.add_paragraph("措施：")
    source.add_paragraph("{%p for m in measures %}")
    source.add_paragraph("{{ m }}", style="List Number")
    source.add_paragraph("{%p endfor %}")
    rendered = _render(source, {"measures": ["甲", "乙", "丙"]})
    ids = _list_ids(rendered, "List Number")
    assert len(ids) == 3 and len(set(ids)) == 1


def test_bulleted_lists_are_left_alone() -> None:
    source = docx.Document()
    source.add_paragraph("{%p for i in sections %}")
    source.add_paragraph("第{{ i }}节")
    source.add_paragraph("要点", style="List Bullet")
    source.add_paragraph("{%p endfor %}")
    rendered = _render(source, {"sections": [1, 2]})
    assert len(set(_list_ids(rendered, "List Bullet"))) == 1
