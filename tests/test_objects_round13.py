"""Counted objects in shapes that recur in the genre (round 13): what the measure word counts, what a share
measures, and the modifiers that belong to the noun.

Every sentence is invented in the genre's style; each case is one shape, not one report's sentence.
"""
from __future__ import annotations

import pytest

from conftest import names_the_same, objects_of


CASES = [
    # 名 and 位 classify people and nothing else: the noun right after names them, known word or not
    ("people-classifier-unlisted-noun", "村里30余名孩子参加了夏令营。", ["孩子"]),
    ("people-classifier-name-tag", "邀请5位老红军讲述革命故事。", ["老红军"]),
    ("people-classifier-then-verb", "全校80余名学员结业。", ["学员"]),
    # an attribute the dictionary reads as no noun (在家/r) before the people: the people are counted
    ("people-after-odd-attribute", "全县1.2万余名在家党员全部参加学习。", ["在家党员"]),
    # a verb whose object is money names the sum it moved, also before the next act
    ("money-verb", "帮扶一户特困家庭,捐资800元。", ["捐资"]),
    ("money-verb-then-act", "村民自发集资30万元修建村道。", ["集资"]),
    ("money-verb-amount", "党员干部踊跃捐款,共捐款1.6万元。", ["捐款"]),
    ("money-verb-subsidy", "对新建户每户补助5000元。", ["补助"]),
    # right after a count an adverb-tagged word before a noun says which of the kind
    ("adverb-tagged-attribute", "另有15项长期任务取得阶段性成效。", ["长期任务"]),
    ("adverb-tagged-attribute-people", "全镇有8名常年志愿者。", ["常年志愿者"]),
    # a long quoted name stays before a lone generic head (项目), not before a compound that names the kind
    ("quoted-name-generic-head", "全区实施“我为群众办实事”项目1200多个。", ["“我为群众办实事”项目"]),
    ("quoted-name-compound-head", "设置“我为群众办实事”咨询项目12个。", ["咨询项目"]),
    # a share in a clause of only a time and a link is the level of what the clause before said rose
    ("trend-then-level", "辖区群众满意度逐年提升,2023年达97.6%。", ["群众满意度"]),
    ("trend-then-level-now", "党员参学率不断提高,目前已达99%。", ["参学率"]),
    ("trend-then-level-money", "全县农村集体经济收入稳步增长,去年达3200万元。", ["集体经济收入"]),
    ("rate-standing-then-level", "群众满意度较高,去年为95%。", ["群众满意度"]),
    # a figure alone in brackets gives the value of the noun before them
    ("bracketed-value", "群众满意率(96.5%)位居全省前列。", ["群众满意率"]),
    ("bracketed-value-count", "全年接待量(12万人次)创历史新高。", ["接待量"]),
    # kinds listed before 分别 take the figures after it in order; a share's rate word is each kind's
    ("respectively-rates", "新生儿、婴儿和5岁以下儿童死亡率分别为1.2‰、2.5‰、3.1‰。",
     ["新生儿死亡率", "婴儿死亡率", "5岁以下儿童死亡率"]),
    ("respectively-rates-two", "党员、群众满意率分别达到98.2%和96.5%。", ["党员满意率", "群众满意率"]),
    ("respectively-counts", "全镇党员、干部分别为1200名、800名。", ["党员", "干部"]),
    ("respectively-kinds-keep-heads", "收到意见建议、问题线索分别为120条、30条。", ["意见建议", "问题线索"]),
    # acts listed as a one-character verb and its object, counted in times, are counted together
    ("listed-acts", "为企业送政策、送技术、送信息120余次。", ["送政策、送技术、送信息"]),
    ("listed-acts-varied", "党员干部访民情、解民忧、办实事2000余次。", ["访民情、解民忧、办实事"]),
    # a verb right before a count of times names the event, even one that heads clauses
    ("event-verb-before-count", "全县累计走访慰问2300余次。", ["走访慰问"]),
    ("event-verb-alone", "镇干部累计走访120次。", ["走访"]),
    # a band (以上, 以下) inside the noun after a count belongs to it
    ("band-inside-noun", "全市320家规模以上企业建立了党组织。", ["规模以上企业"]),
    ("band-inside-noun-people", "组织80名处级以上干部参加轮训。", ["处级以上干部"]),
    # a count of things before bodies and a meeting of theirs counts the bodies
    ("bodies-then-their-meeting", "督导组列席12个科级以上单位民主生活会。", ["科级以上单位"]),
    # a one-character adjective opening a noun after a verb or a joining word is part of it
    ("one-char-adjective-after-verb", "慰问老党员30人。", ["老党员"]),
    ("one-char-adjective-coordinated", "走访慰问困难党员和老党员860人。", ["困难党员和老党员"]),
    # after a modal, the verb that names the kind stays, even one that heads clauses
    ("modal-then-predicate", "明确6个待整改事项。", ["待整改事项"]),
    ("modal-then-verb-noun-word", "梳理出8个待解决问题。", ["待解决问题"]),
    # a verb of change with its object before a share: the share measures that object
    ("change-verb-object", "压缩会议28%,减少文件32%。", ["会议", "文件"]),
    # a share of a rate found by a survey measures the rate
    ("rate-then-survey", "群众满意度测评达到95%以上。", ["群众满意度"]),
    # a count right after a count of kinds counts what was sorted into them
    ("sorted-into-kinds", "共收到意见和建议2360条,归纳整理为8个方面186条。", ["意见和建议", "方面", "意见和建议"]),
    # after a joining word, 不足 is the last kind listed (shortcomings), no link nor ceiling
    ("shortcomings-listed", "查找出问题与不足230条。", ["问题与不足"]),
    ("shortcomings-listed-2", "梳理班子存在的差距和不足16条。", ["差距和不足"]),
    # (参与 ends in 与 but joins nothing: the link after it is stripped)
    ("count-name-after-verb-ending-in-coordinator", "全局党员干部参与人数300多人次。", ["党员干部"]),
    # a quoted name and a meeting (会) before a count of times name the meeting
    ("quoted-meeting", "召开“四下基层”现场办公会56次。", ["“四下基层”现场办公会"]),
    # people before the acts of an event are its doers: a count of person-times counts them
    ("doers-of-person-times", "全县各级领导干部深入基层调研2300余人次。", ["领导干部"]),
    # a label ending in a colon names what the counts after it count, when their clauses name nothing
    ("label-before-colon", "整改问题:已整改到位58个,正在整改12个。", ["问题", "问题"]),
    ("label-before-colon-2", "征集意见建议:已办结320条。", ["意见建议"]),
    # kinds listed before 分别 take the counts after it in order, across units
    ("respectively-across-units", "评选出优秀党员、优秀党务工作者、先进基层党组织分别为50名、20名和15个。",
     ["优秀党员", "党务工作者", "基层党组织"]),
    # an event noun after a count of things is the thing counted, not an act on it
    ("event-noun-after-count", "各支部开展12个专题活动。", ["专题活动"]),
    ("event-noun-after-count-2", "组织3个系列活动。", ["系列活动"]),
    # an amount (金额) says of what only with the compound before it
    ("amount-with-its-compound", "签订招商引资合同金额12.6亿元。", ["招商引资合同金额"]),
    ("amount-with-its-compound-2", "签订意向投融资协议金额3.2亿元。", ["投融资协议金额"]),
    # a word the dictionary cut into characters is kept whole
    ("word-cut-into-characters", "举办专题讲座5场,参训人员达1800人次。", ["专题讲座", "参训人员"]),
]


def assert_objects(text: str, objects: list[str], lexicon) -> None:
    """Assert that the figures of ``text`` count ``objects``, in order, as the scorer reads an object."""
    got = objects_of(text, lexicon)
    assert len(got) == len(objects), got
    assert all(names_the_same(want, have) for want, have in zip(objects, got)), got


@pytest.mark.parametrize("text, objects", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_objects(text, objects, lexicon):
    assert_objects(text, objects, lexicon)


@pytest.mark.parametrize("text, objects", [
    # 人 is also the noun itself: a count in 人 before what people gave still counts the people
    ("收集120多人意见。", ["人"]),
    # a body after 名 is no person (名 ranks there): no noun of people is named
    ("全县前10名企业纳税占比达60%。", [None, "企业纳税"]),
    # nor is a word the dictionary calls a noun that ends in a verb (an act: 因病请假)
    ("其中2名因病请假。", [None]),
    # a comparison with a base or a time names no object after the verb: the figure before's stands
    ("完成投资3800亿元,比上年增长17%。", ["投资", "投资"]),
    # what 分别 lists after the verb (the spenders before it are no kinds counted) keeps its own object
    ("我县、我镇分别投入50万元、20万元。", ["投入", "投入"]),
    # a time span after a share takes no object from it
    ("群众满意度稳步提升,达到96%,提前3年完成目标。", ["群众满意度", None]),
])
def test_objects_left_alone(text, objects, lexicon):
    assert objects_of(text, lexicon) == objects


@pytest.mark.parametrize("text, objects", [
    # a verb's object of more than one word before a count, and the next act after it: the object is counted
    ("县委组织部牵头,抽调精干力量30人组成督导组。", ["精干力量"]),
    ("从机关抽调业务骨干12名充实到一线。", ["业务骨干"]),
    # a count of bodies before the verb of what was done for them counts the bodies (争取 heads a clause)
    ("为6个村争取项目资金320万元。", ["村", "项目资金"]),
    # once the phrase names a team, a verb is what it does
    ("5个督导组分赴各乡镇开展督导。", ["督导组"]),
    ("3个宣讲组分赴各村宣讲。", ["宣讲组"]),
    # and once it names a body, a verb before the next count's thing is the body's act
    ("全区28个部门认领实事项目156项。", ["部门", "实事项目"]),
    ("12个单位认领帮扶项目40个。", ["单位", "帮扶项目"]),
    # but a verb before a place or a post is its attribute
    ("打造3个村示范基地。", ["示范基地"]),
])
def test_object_then_next_act(text, objects, lexicon):
    assert_objects(text, objects, lexicon)


@pytest.mark.parametrize("text, objects", [
    # a link's character that makes a verb with the one before it takes that verb with it: the clause names
    # nothing, and counts what the figure before counted
    ("应参会党员86名,实到82名。", ["党员", "党员"]),
    ("应到代表120名,实到115名。", ["代表", "代表"]),
    # the thing, then what was done with it: the thing is counted
    ("问卷发放1000份,有效问卷986份。", ["问卷", "问卷"]),
    ("意见建议征集320条。", ["意见建议"]),
    # who held the events, then the act: a count of times counts the act
    ("党员干部走访120次。", ["走访"]),
    # but people the act is done to are part of the event's name
    ("开展服务群众活动85次。", ["服务群众活动"]),
    # a clause its verb opens (参加, 受) before people says which people: a count of them counts the people
    ("参加义务劳动党员达2600多人次。", ["党员"]),
    ("受教育群众达2.5万人次。", ["群众"]),
    ("参加志愿服务党员共1200人。", ["党员"]),
])
def test_objects_topic_and_act(text, objects, lexicon):
    assert_objects(text, objects, lexicon)
