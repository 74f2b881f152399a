"""Tags as Word stores them (split over runs, curly quotes, proofing marks) repaired before rendering."""
from __future__ import annotations

import docx
from docx.oxml import parse_xml

from reportgen.render.tag_repair import W_NS, clean_tag, repair_part
from reportgen.render.template_problems import say
from reportgen.render.word_check import collect_sites, jinja_text

MARK = f'xmlns:w="{W_NS}"'


def _mark(paragraph, xml: str) -> None:
    paragraph._p.append(parse_xml(xml.replace("W", MARK, 1)))


def _split_paragraph(document, pieces: list[str]):
    """Return a paragraph whose runs hold ``pieces``, with the marks Word leaves between them."""
    p = document.add_paragraph()
    for n, text in enumerate(pieces):
        run = p.add_run(text)
        run._r.set(f"{{{W_NS}}}rsidR", f"00{n}A1B2C")
        if n == 0:
            run.bold = True
        if n < len(pieces) - 1:
            _mark(p, '<w:proofErr W w:type="spellStart"/>')
    return p


def test_a_tag_split_over_three_runs_is_joined_in_the_first_with_its_formatting() -> None:
    document = docx.Document()
    p = _split_paragraph(document, ["单位：{{ u.", "na", "me }}。"])
    count = repair_part(document.element.body)
    assert count.joined == 1
    assert p.text == "单位：{{ u.name }}。"
    assert [r.text for r in p.runs] == ["单位：{{ u.name }}", "。"]
    assert p.runs[0].bold  # the value takes the formatting of the run the tag starts in
    assert not p._p.findall(f".//{{{W_NS}}}proofErr")


def test_a_bookmark_inside_a_tag_goes_with_its_end() -> None:
    document = docx.Document()
    p = document.add_paragraph()
    p.add_run("{{ da")
    _mark(p, '<w:bookmarkStart W w:id="7" w:name="_GoBack"/>')
    p.add_run("te }}")
    tail = document.add_paragraph("后面一段")
    _mark(tail, '<w:bookmarkEnd W w:id="7"/>')
    repair_part(document.element.body)
    assert p.text == "{{ date }}"
    xml = document.element.body.xml
    assert "bookmarkStart" not in xml and "bookmarkEnd" not in xml


def test_a_tag_split_inside_its_braces_is_found() -> None:
    document = docx.Document()
    p = _split_paragraph(document, ["前{", "{ x }", "}后{", "%p if y %", "}"])
    repair_part(document.element.body)
    assert p.text == "前{{ x }}后{%p if y %}"
    assert [r.text for r in p.runs] == ["前{{ x }}", "后{%p if y %}"]


def test_curly_quotes_inside_tags_are_straightened_and_outside_kept() -> None:
    document = docx.Document()
    p = document.add_paragraph("“引文”{% if u.stage == “征求意见” %}是{% endif %}{{ ‘、’.join(x) }}")
    count = repair_part(document.element.body)
    assert count.cleaned == 2
    assert p.text == '“引文”{% if u.stage == "征求意见" %}是{% endif %}' + "{{ '、'.join(x) }}"


def test_full_width_punctuation_is_made_ascii_outside_string_literals_only() -> None:
    assert clean_tag("{{ u.indicators｜join（“，”）}}") == '{{ u.indicators|join("，")}}'
    assert clean_tag("{%p　for u in units %}") == "{%p for u in units %}"


def test_repair_changes_nothing_outside_tags_and_is_idempotent() -> None:
    document = docx.Document()
    plain = _split_paragraph(document, ["没有", "标签", "的段落｛"])
    tagged = _split_paragraph(document, ["{{ a", " }}", "和（全角）"])
    repair_part(document.element.body)
    once = document.element.body.xml
    assert [r.text for r in plain.runs] == ["没有", "标签", "的段落｛"]
    assert tagged.text == "{{ a }}和（全角）"
    again = repair_part(document.element.body)
    assert (again.joined, again.cleaned) == (0, 0)
    assert document.element.body.xml == once


def test_sites_name_the_paragraph_or_the_table_cell() -> None:
    document = docx.Document()
    document.add_paragraph("标题")
    document.add_paragraph("本期共{{ counts.units }}个单位")
    table = document.add_table(rows=2, cols=2)
    table.cell(1, 1).text = "{{ row.unit }}"
    document.add_paragraph("{%p for u in units %}多余的字")
    sites, problems = collect_sites([("", document.element.body)])
    where = {s.tag: say(s.place, "zh") for s in sites}
    assert where["{{ counts.units }}"] == "第2段“本期共{{ counts.uni…”"
    assert where["{{ row.unit }}"] == "第1个表格第2行第2列"
    assert {s.tag: s.where for s in sites}["{{ row.unit }}"] == "table 1, row 2, column 2"
    assert [p.text("zh") for p in problems] == ["第3段“{%p for u in uni…”：{%p for u in units %} 独占一段时才起作用，"
                                                "本段其余文字“多余的字”在生成时会被删去；请把它们移到另一段"]
    assert [p.text("en") for p in problems] == ["paragraph 3 “{%p for u in uni…”: {%p for u in units %} works only "
                                                "alone in its paragraph; the rest of this paragraph, “多余的字”, would be "
                                                "deleted when the document is made; move it to another paragraph"]


def test_a_tag_in_a_header_is_placed_in_the_header() -> None:
    from reportgen.render.word_finish import parts_of

    document = docx.Document()
    document.add_paragraph("正文")
    document.sections[0].header.paragraphs[0].text = "{{ masthead.name }}"
    sites, _problems = collect_sites(parts_of(document))
    assert [(s.tag, say(s.place, "zh"), say(s.place, "en")) for s in sites] == [
        ("{{ masthead.name }}", "页眉第1段“{{ masthead.name…”", "the header, paragraph 1 “{{ masthead.name…”")]


def test_docxtpl_prefixes_are_what_jinja_sees_removed() -> None:
    assert jinja_text("{%p for u in units %}") == "{% for u in units %}"
    assert jinja_text("{%tr endfor %}") == "{% endfor %}"
    assert jinja_text("{{r rich }}") == "{{ rich }}"
    assert jinja_text("{% cellbg color %}") == "{{ color }}"
    assert jinja_text("{% vm %}") == ""
    assert jinja_text("{{ p }}") == "{{ p }}"


def test_a_name_asked_about_with_is_defined_or_default_is_not_a_problem() -> None:
    from reportgen.render.environment import make_environment
    from reportgen.render.word_check import TemplateChecker

    document = docx.Document()
    document.add_paragraph("{% if extra is defined %}{{ extra }}{% endif %}{{ other | default('无') }}{{ unitz }}")
    sites, _ = collect_sites([("", document.element.body)])
    problems = TemplateChecker(make_environment([]), {"units": []}).problems(sites)
    assert len(problems) == 1
    assert say(problems[0].what, "zh") == "标签 {{ unitz }} 中的名称“unitz”不存在，是否应为“units”？（可用的名称见 reportgen templates vars）"
