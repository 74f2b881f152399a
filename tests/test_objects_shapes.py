"""Counted objects in shapes that recur on reports nobody tuned on: round 8's fresh probe, then (the
second half of the cases) the shapes that recur across round 9's pooled annotated collections.

Every sentence is invented in the genre's style; each case is one shape, not
one report's sentence.
"""
from __future__ import annotations

import pytest

from conftest import names_the_same, objects_of
from reportgen.extract.figures import find_figures
from reportgen.nodes import Para


CASES = [
    # a thing, a verb of change, its new size or its growth: the thing is counted, not the verb
    ("change-verb-to-size", "全乡审批环节压缩至4个、申报材料精简至6份。", ["审批环节", "申报材料"]),
    ("growth-then-total", "村集体经营性收入同比增长12万元,达到86万元。", ["集体经营性收入", "集体经营性收入"]),
    # a count that names nothing counts what the last count in its unit counted, past the sums between
    ("count-past-sums", "排查安全隐患86处,涉及整改资金120万元,已整改72处,投入资金35万元,正在整改14处。",
     ["安全隐患", "资金", "安全隐患", "投入资金", "安全隐患"]),
    # a party and its members (一行): the party is counted, not what it went on to do
    # the stretch after a measure word up to a clause mark, with no verb in it, is the counted noun,
    # whatever the dictionary tags its words out of context (自然/d 寨/ng, 地/uv 市/n)
    ("noun-slot-after-count", "该乡下设36个村民小组,分为8个自然寨,梳理出12个难点。", ["村民小组", "自然寨", "难点"]),
    ("noun-slot-before-dun", "督查组先后走访了9个地市、27个县区。", ["地市", "县区"]),
    # a change between two years' figures: the year of each end stands between its word and its figure
    ("change-between-years", "农民人均纯收入由2012年的5800元增加到2015年的8900元。", ["人均纯收入", "人均纯收入"]),
    # a share written as a part of a base (达到…的N%) measures the thing before the verb, not the base
    ("share-of-base", "项目开工率达到计划数的90%,企业开办时间压缩到法定时限的30%以内。", ["开工率", "开办时间"]),
    # the people after a count of cases are people, not cases
    ("people-after-cases", "查处赌博案件56起98人,调处矛盾纠纷120起。", ["案件", "人", "矛盾纠纷"]),
    # money a verb of earning names (创收) is that money, not the visitors counted before it
    ("money-named-by-its-verb", "举办采摘节吸引游客3万人次,实现创收260万元。", ["游客", "创收"]),
    # two sizes of one thing joined by a dimension word measure that thing, named before or after them
    ("sizes-then-thing", "新修长2.6公里、宽4.5米的机耕道。", ["机耕道", "机耕道"]),
    ("thing-then-sizes", "新修机耕道长2.6公里、宽4.5米。", ["机耕道", "机耕道"]),
    # kinds joined by 或 are counted together as those joined by 和 are
    ("kinds-joined-by-huo", "座谈会上共收到120余条意见或建议。", ["意见或建议"]),
    ("party-yixing", "省委督导组一行5人到我县调研,市中医院专家一行共9人来到社区开展义诊。", ["督导组", "专家"]),
    # shapes that recur across the pooled collections (round 9)
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


def figures_of(text: str, lexicon) -> list[tuple[str, str, str | None]]:
    return [(f.text, f.unit, f.object) for f in find_figures((Para.of(text),), lexicon)]


def test_session_with_its_body_is_no_count(lexicon):
    # the body between the term and the session (十六届政协二次会议) still makes a session's name
    got = figures_of("在县十六届政协二次会议上,委员们提交提案85件。", lexicon)
    assert [(t, u) for t, u, _ in got] == [("85件", "件")], got


def test_holding_meetings_still_counts(lexicon):
    # without a term before it, a number of meetings is a count
    got = figures_of("镇党委先后召开三次会议专题研究。", lexicon)
    assert [t for t, _, _ in got] == ["三次"], got


def test_visits_per_body_or_vehicle(lexicon):
    got = figures_of("共检查生产经营单位3200余家次,出动执法车辆460辆次、巡逻船36艘次。", lexicon)
    assert [(t, u) for t, u, _ in got] == [("3200余家次", "家次"), ("460辆次", "辆次"), ("36艘次", "艘次")], got


def test_routine_after_count_of_events(lexicon):
    # 次 before 日常 is a count of routine work, not 次日 (the next day)
    got = figures_of("全年开展28次日常巡查和6次日常清理。", lexicon)
    assert [(t, o) for t, _, o in got] == [("28次", "日常巡查"), ("6次", "日常清理")], got


def test_garbled_year_is_no_count_of_years(lexicon):
    # a scraped page can run a year's digits together (201920年); no work spans 1900 years or more
    got = figures_of("201920年全村集体收入达到6.2万元,前后历时3年。", lexicon)
    assert [(t, u) for t, u, _ in got] == [("6.2万元", "元"), ("3年", "年")], got
