"""Full-width punctuation in rendered Chinese text, and period codes in words."""
from __future__ import annotations

import pytest

from reportgen.nodes import Div, Document, Noted, Para, Table, Text, block_text
from reportgen.render.numbers import period_words
from reportgen.render.punctuation import full_width, full_width_document


@pytest.mark.parametrize("text, expected", [
    ("深入一线调研,做到有的放矢", "深入一线调研，做到有的放矢"),
    ("召开座谈会17场次, 发放征求意见表", "召开座谈会17场次，发放征求意见表"),
    ("依托中心组(扩大)学习", "依托中心组（扩大）学习"),
    ('问:"能不能解决一下?"', "问：“能不能解决一下？”"),
    ("“三在案”,“三把关”", "“三在案”，“三把关”"),
    ("收集“我为群众办实事” 77件", "收集“我为群众办实事”77件"),        # a full-width mark carries its own space
    ("开门搞活动 诚心听民声", "开门搞活动　诚心听民声"),              # a heading's phrases: one full-width space
    ("提前部署  营造氛围", "提前部署　营造氛围"),
])
def test_full_width_between_chinese(text: str, expected: str) -> None:
    assert full_width(text) == expected


@pytest.mark.parametrize("text", ["共3,077名党员", "上午10:30开会", "A;B两类", "see (chart:x)", "plain, English"])
def test_full_width_leaves_numbers_and_latin(text: str) -> None:
    assert full_width(text) == text


def test_full_width_document_reaches_notes_cells_and_attributes() -> None:
    doc = Document(blocks=(
        Div("masthead", attrs=(("issuer", "县委(办公室)"),)),
        Para((Text("调研,部署"), Noted("3名", "原句:调研,部署"))),
        Table(header=((Text("单位"),),), rows=(((Text("甲,乙"),),),)),
    ))
    out = full_width_document(doc)
    assert out.blocks[0].attr("issuer") == "县委（办公室）"
    assert block_text(out.blocks[1]) == "调研，部署3名" and out.blocks[1].content[1].note == "原句：调研，部署"
    assert block_text(out.blocks[2]).endswith("甲，乙")


def test_full_width_leaves_input_file_names_as_they_are_on_disk() -> None:
    """The review copy cites a figure's file; the editor must find it under that name."""
    name = "报告_v2 (石桥),终稿.txt"
    doc = Document(blocks=(Para((Text(f"原文出处:{name}"), Noted("3名", f"调研,部署(来源:{name})"))),))
    out = full_width_document(doc, verbatim=[name])
    assert block_text(out.blocks[0]) == f"原文出处：{name}3名"
    assert out.blocks[0].content[1].note == f"调研，部署（来源：{name}）"


@pytest.mark.parametrize("code, words", [
    ("2014-W22", "2014年5月26日至6月1日"),
    ("2015-W01", "2014年12月29日至2015年1月4日"),
    ("2014-05", "2014年5月"),
    ("2014-05-26", "2014年5月26日"),
    ("第3期", "第3期"),
])
def test_period_words(code: str, words: str) -> None:
    assert period_words(code) == words
