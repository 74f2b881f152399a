"""Counted objects in shapes that recur across the pooled annotated collections (round 9).

Every sentence is invented in the genre's style; each case is one shape, not
one report's sentence.
"""
from __future__ import annotations

import pytest

from conftest import names_the_same, objects_of



CASES = [
    # a count of households or people right after a change of their standing counts those it changed
    ("status-before-count", "全村共有建档立卡贫困户46户,2019年已脱贫38户142人,未脱贫8户21人。",
     ["建档立卡贫困户", "脱贫", "脱贫", "未脱贫", "未脱贫"]),
    # but the parts listed after 其中 stay parts of the whole counted before
    ("status-in-a-subset", "走访低保户28户,其中今年脱贫5户12人。", ["低保户", "低保户", "低保户"]),
    # an act done to households (入户, 走访) names no kind of them: the households count themselves
    ("act-on-households", "工作队入户走访156户,发放明白纸300余份。", ["户", "明白纸"]),
    ("entered-households", "共入户2150户6380人,实现全覆盖。", ["户", "人"]),
    # a count of people before a team's name is the team's size; a count of teams right before it counts them
    ("team-size-after-count", "街道组建了6支120人的平安巡逻队。", ["平安巡逻队", "平安巡逻队"]),
    ("team-size-threshold", "每个社区建立20人以上应急救援分队。", ["应急救援分队"]),
    ("team-named-by-verbs", "每个乡镇组建30人以上巡逻处警中队。", ["巡逻处警中队"]),
    # a clause that only says what was done with the things counted before counts them again
    ("regrouped-count", "收到各类诉求建议150条,整理为42条。", ["诉求建议", "诉求建议"]),
    ("fugitives", "抓获网上逃犯12人。", ["逃犯"]),
    # a short generic noun of an event or a case is named with the verbs written before it
    ("event-named-by-acts", "全县开展集中整治清理行动16次,查处容留吸毒案件7起。", ["集中整治清理行动", "容留吸毒案件"]),
    ("meeting-named-by-act", "召开征求意见座谈会8场次,召开专题民主生活会2次。", ["征求意见座谈会", "专题民主生活会"]),
    # but the clause's own verb (开展) is not part of it, nor a noun before it
    ("clause-verb-not-in-name", "县督导组开展督查指导12次。", ["督查指导"]),
    # kinds of event listed with 、 before one count of them are counted together
    ("listed-kinds-of-event", "开展联村联户、扶贫帮困活动20次。", ["联村联户、扶贫帮困活动"]),
    # a count of bodies names the bodies; their people, and what is the people's, are theirs
    ("bodies-then-their-people", "解决了5个村群众饮水困难问题。", ["村"]),
    # a word naming an amount or a rate of the things counted is what the next figure measures
    ("amount-of-the-counted", "其中26家企业销售额达3.2亿元。", ["企业", "销售额"]),
    # 与 before a verb of pairing names a partner, not a kind counted with the first
    ("partner-before-pairing", "4个机关支部与农村党支部结成帮扶对子。", ["机关支部"]),
    ("coordinated-with-yu", "组织80名党员与群众参加义务植树。", ["党员与群众"]),
]


@pytest.mark.parametrize("text, objects", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_objects(text, objects, lexicon):
    got = objects_of(text, lexicon)
    assert len(got) == len(objects), got
    assert all(names_the_same(want, have) for want, have in zip(objects, got)), got
