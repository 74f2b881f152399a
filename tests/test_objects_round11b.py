"""Counted objects in shapes that recur on round 11's second fresh pool (pool12), none tuned on before.

Every sentence is invented in the genre's style; each case is one shape, not one report's sentence.
The expected objects follow the annotation guide and were written by hand.
"""
from __future__ import annotations

import pytest

from conftest import names_the_same, objects_of

CASES = [
    # a proposal laid before a session (提案, 议案) is a noun counted in 件, never a verb; a share of them
    # after 占 measures them too
    ("proposals-counted", "委员们共提交提案96件,其中经济建设方面提出提案41件,占43%。", ["提案", "提案", "提案"]),
    ("motions-counted", "人大代表提出议案12件、建议150件。", ["议案", "建议"]),
    # 经 + verbs before a count: the step by which a part was reached names nothing; the part is of
    # what the count before counted
    ("by-review-part", "全年收到提案120件,经审查立案115件。", ["提案", "提案"]),
    # 实际 before a verb is an adverb (in fact): the clause names nothing and counts what was counted before
    ("in-fact-solved", "累计收集群众诉求5600条,已实际解决4800条。", ["群众诉求", "群众诉求"]),
    # 谋划 is the clause's verb: the count of bodies before it ends at the body
    ("planning-verb", "全县28家县直部门共谋划150个民生项目。", ["县直部门", "民生项目"]),
    # a word of a field ending like a word naming people (民生, 卫生) is no people: the phrase runs on
    ("field-word-not-people", "新开工86个重点民生项目和12个乡村卫生院。", ["重点民生项目", "乡村卫生院"]),
    # a comparison word inside a word (评比, 对比) compares nothing: each share of a list measures its own noun
    ("comparison-inside-word", "全镇精简会议30%、文件25%、评比活动45%。", ["会议", "文件", "评比活动"]),
    ("comparison-word-of-its-own", "完成固定资产投资56亿元,比上年增长12%,同比增长8%。", ["固定资产投资", "固定资产投资", "固定资产投资"]),
    # a verb of lasting between an act and its time (持续, like 历时) links them: the act is timed
    ("lasting-links-act", "义诊活动持续了3个多小时。", ["义诊活动"]),
    # knowledge and the boards that show it are nouns, kept in the name of what is counted
    ("knowledge-boards", "设置12个廉政知识展架。", ["廉政知识展架"]),
    # a count of bodies whose people are named after a quoted attribute counts the bodies
    ("bodies-then-quoted-people", "组织8个社区“两委”干部开展培训。", ["社区"]),
    # who reported, the verb of reporting and what they reported, with no 的, name the kind counted; a part
    # solved counts the same; with 的 written, the head is counted
    ("reported-kind-no-de", "梳理村民反映问题320个,已解决286个。", ["村民反映问题", "村民反映问题"]),
    ("reported-kind-one-word", "收集群众反映问题48条。", ["群众反映问题"]),
    ("reported-kind-with-de", "收集群众反映的问题48条。", ["问题"]),
    # a share before 的 measures the kind after it, past a word of scope (各类) that only says which
    ("share-de-scope-word", "全县清理文件120件,撤并了30%的各类协调机构。", ["文件", "协调机构"]),
    # a dimension word alone (里程, 全长) between a count of things and a length names the things' length
    ("length-after-count", "修建村级道路8条、里程21公里。", ["村级道路", "村级道路"]),
    ("total-length-after-count", "全乡新修产业道路12条,总里程46公里。", ["产业道路", "产业道路"]),
    # a money word before a sum is itself measured, never joined to the bodies that spent it
    ("money-word-after-spenders", "区委、区政府投入8000万元。", ["投入"]),
]


@pytest.mark.parametrize("text, objects", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_objects(text, objects, lexicon):
    got = objects_of(text, lexicon)
    assert len(got) == len(objects), got
    assert all(names_the_same(want, have) for want, have in zip(objects, got)), got
