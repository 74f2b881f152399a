"""Markdown with named blocks → Document: every construct the templates use."""
from __future__ import annotations

import pytest

from reportgen.errors import TemplateError
from reportgen.nodes import Div, Emph, Heading, Image, ListBlock, Noted, PageBreak, Para, Strong, Table, Text
from reportgen.render.markup import parse

NOTES = ["截至目前,经信系统13个党委、12个党总支、116个党支部,3077名党员,全部参与活动。（来源：000.txt）"]
CHARTS = {"indicators": "/tmp/charts/indicators.png"}

# fmt: off
CASES = [
    ("# 总体情况", (Heading(1, (Text("总体情况"),)),)),
    ("## 章丘市经信局", (Heading(2, (Text("章丘市经信局"),)),)),
    ("本期汇总**5个**单位*材料*", (Para((Text("本期汇总"), Strong((Text("5个"),)), Text("单位"), Emph((Text("材料"),)))),)),
    ("深入基层\n接地气", (Para((Text("深入基层接地气"),)),)),
    ("{.title}\n工作简报", (Para((Text("工作简报"),), "title"),)),
    ("党员[3077名](note:0)参与", (Para((Text("党员"), Noted("3077名", NOTES[0]), Text("参与"))),)),
    ("- 组织导向\n- 思想导向", (ListBlock(((Para((Text("组织导向"),)),), (Para((Text("思想导向"),)),)), False),)),
    ("1. 一是\n2. 二是", (ListBlock(((Para((Text("一是"),)),), (Para((Text("二是"),)),)), True),)),
    ("| 单位 | 党员 |\n|---|---|\n| 甲局 | 未报送 |",
     (Table(((Text("单位"),), (Text("党员"),)), (((Text("甲局"),), (Text("未报送"),)),)),)),
    ("| A\\|B | x\\*y |\n|---|---|\n| 1 | 2 |",
     (Table(((Text("A|B"),), (Text("x*y"),)), (((Text("1"),), (Text("2"),)),)),)),
    ("![各单位指标](chart:indicators){width=150}", (Image(CHARTS["indicators"], "各单位指标", 150.0),)),
    ("\\pagebreak", (PageBreak(),)),
    ("::: pagebreak\n:::", (PageBreak(),)),
    ("---", (PageBreak(),)),
    ("段落\n\\pagebreak\n# 标题", (Para((Text("段落"),)), PageBreak(), Heading(1, (Text("标题"),)))),
    ('::: masthead title="工作简报" issue="第2期" issuer="办公室" date="2014年5月21日"\n:::',
     (Div("masthead", (), (("title", "工作简报"), ("issue", "第2期"), ("issuer", "办公室"), ("date", "2014年5月21日"))),)),
    ('::: note\n现将情况**汇总**如下。\n:::', (Div("note", (Para((Text("现将情况"), Strong((Text("汇总"),)), Text("如下。"))),)),)),
    ('::: distribution copies="30"\n报：甲\n\n送：乙\n:::',
     (Div("distribution", (Para((Text("报：甲"),)), Para((Text("送：乙"),))), (("copies", "30"),)),)),
    ('::: cover title="A \\"B\\""\n:::', (Div("cover", (), (("title", 'A "B"'),)),)),
    ("<b>不是HTML</b>", (Para((Text("<b>不是HTML</b>"),)),)),
]
# fmt: on


@pytest.mark.parametrize(("markdown", "blocks"), CASES, ids=[c[0][:24] for c in CASES])
def test_markup_parses_construct(markdown: str, blocks: tuple) -> None:
    assert parse(markdown, NOTES, CHARTS).blocks == blocks


def test_markup_nested_div_holds_table_and_list() -> None:
    doc = parse(":::: cover\n- 甲\n\n| a |\n|---|\n| 1 |\n::::", NOTES, CHARTS)
    (div,) = doc.blocks
    assert [type(b) for b in div.children] == [ListBlock, Table]


def test_markup_image_inside_text_follows_its_paragraph() -> None:
    doc = parse("见下图 ![图一](chart:indicators)", NOTES, CHARTS)
    assert doc.blocks == (Para((Text("见下图"),)), Image(CHARTS["indicators"], "图一", None))


@pytest.mark.parametrize("markdown", ["[3077名](note:7)", "[3077名](note:x)"], ids=["out-of-range", "not-a-number"])
def test_markup_unknown_note_is_a_template_error(markdown: str) -> None:
    with pytest.raises(TemplateError, match="names no note"):
        parse(markdown, NOTES, CHARTS)


@pytest.mark.parametrize("src", ["chart:nosuch", "/etc/passwd", "../secret.png"])
def test_markup_image_must_be_a_chart_of_the_build(src: str) -> None:
    with pytest.raises(TemplateError, match="not a chart of this build"):
        parse(f"![x]({src})", NOTES, CHARTS)


def test_markup_file_url_is_not_an_image() -> None:
    """markdown-it refuses file: links, so the text stays text and nothing is read."""
    assert not any(isinstance(b, Image) for b in parse("![x](file:///etc/passwd)", NOTES, CHARTS).blocks)


def test_markup_ordinary_link_keeps_only_its_text() -> None:
    assert parse("[人民网](http://example.org)", NOTES, CHARTS).blocks == (Para((Text("人民网"),)),)


def test_markup_meta_is_kept() -> None:
    assert parse("x", meta={"audience": "weekly"}).meta == {"audience": "weekly"}
