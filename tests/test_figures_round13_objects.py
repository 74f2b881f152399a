"""Figures in shapes that recur in the genre (round 13): qualifiers inside longer words, 名 before 单位,
and the forms of verse or motto named by a count of characters.

Every sentence is invented in the genre's style.
"""
from __future__ import annotations

import pytest

from reportgen.extract.figures import find_figures
from reportgen.nodes import Para


def figures_of(text: str, lexicon) -> list[tuple[str, str, str | None]]:
    return [(f.text, f.unit, f.qualifier) for f in find_figures((Para.of(text),), lexicon)]


@pytest.mark.parametrize("text, figures", [
    # 近 ending 附近, 邻近, 最近 qualifies nothing: the count is exact
    ("镇政府附近6个村的群众赶来参加。", [("6个", "个", None)]),
    ("组织邻近3个乡镇的党员开展交流。", [("3个", "个", None)]),
    # a real 近 still qualifies
    ("近6个村的群众赶来参加。", [("近6个", "个", "approx")]),
    # 不足 after a joining word is shortcomings, no ceiling; alone it still is one
    ("查找出问题与不足230条。", [("230条", "条", None)]),
    ("村级资金不足30万元。", [("不足30万元", "元", "under")]),
    # 不下 before a count sets its floor
    ("领导班子对照检查材料反复修改不下8次。", [("不下8次", "次", "over")]),
    # a number never stands before 名单: 名 then 单位 counts people of the units
    ("全区56名单位主要负责人参加了述职。", [("56名", "名", None)]),
    # a count of characters naming a verse, a motto or a guideline is a form, not a count
    ("编成三字经、七字歌在村里传唱。", []),
    ("牢记十六字方针。", []),
    # a count of ways or channels in a Chinese numeral names the means the report is built on
    ("通过四种渠道广泛征求意见。", []),
    ("采取三种方式开展集中学习。", []),
    # 对 counts pairs formed; a number on each side of it is a match, and it opens words (对照, 对接)
    ("党员干部与困难群众结成帮扶对子1800对。", [("1800对", "对", None)]),
    ("组织12对夫妻参加集体婚礼。", [("12对", "对", None)]),
    ("开展1对1结对帮扶。", []),
    ("全县3000余名党员对照党章查找差距。", [("3000余名", "名", "over")]),
    # a count of characters written is still a figure
    ("全体党员手抄党章共计12万字。", [("12万字", "字", None)]),
])
def test_figures(text, figures, lexicon):
    assert figures_of(text, lexicon) == figures


def test_a_rate_after_words_no_noun_stands_among_names_nothing(lexicon):
    """A report's economic paragraph (a real held-out text's): the rate's phrase is empty, so no object, no failure."""
    found = find_figures((Para.of("区级一般公共预算收入实现105.7亿元,同比增长9.1%,完成进度55.5%。"),), lexicon)
    assert [f.text for f in found] == ["105.7亿元", "9.1%", "55.5%"]
