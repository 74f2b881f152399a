"""Figures and counted objects on shapes that recur in reports never tuned on (round 11): invented sentences."""
from __future__ import annotations

import pytest

from conftest import shipped_lexicon
from reportgen.extract.figures import find_figures
from reportgen.nodes import Para

LEX = shipped_lexicon()


def figures(text: str) -> list[tuple[str, float, str, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.qualifier, f.object) for f in find_figures((Para.of(text),), LEX)]


@pytest.mark.parametrize("text", [
    # a scraped masthead spaces its issue label out
    "第 12 期",
    # an order of magnitude describes a crowd; it states no count
    "义诊现场挤满了数百名群众。",
    "邀请各界数十名代表参加座谈。",
    # a slogan's set of commitments: a numeral and 个 before a bare verb
    "会议提出了三个确保的工作目标。",
    "坚持两个结合,推进各项工作。",
    # a set of measures named by a Chinese numeral is the report's framework, a name
    "会议制定六项措施确保整改取得实效。",
    "县委推出四大举措推动发展。",
    # a span right after the dates it spans restates them
    "在5月8、9日两天里,各村召开了群众会。",
    # a page's list of its most read items
    "• 48小时新闻排行榜",
    # a number glued before a place's name (page spam) counts nothing
    "某某28类乌齐县扎实开展工作",
])
def test_no_figure(text):
    assert figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a negated floor or ceiling of a rule sets the side
    ("每次发言时间不能少于15分钟。", ("不能少于15分钟", 15, "分钟", "over")),
    ("每月集中学习不得少于2次。", ("不得少于2次", 2, "次", "over")),
    ("单次会议时长不得超过1小时。", ("不得超过1小时", 1, "小时", "under")),
    # hours of study counted with 个 between
    ("每月自学不少于8个学时。", ("不少于8个学时", 8, "学时", "over")),
    # a rate per a denominator keeps it in its unit
    ("脱贫户人均纯收入达到3600元/年。", ("3600元/年", 3600, "元/年", None)),
    # 把 counts tools and furniture
    ("为村委会配备办公椅6把。", ("6把", 6, "把", None)),
    # a count with a round number it starts from still counts
    ("涉及十几个职能部门。", ("十几个", 10, "个", "over")),
    # Arabic digits before 项措施 count the measures
    ("共出台具体措施15项,制定12项措施。", ("15项", 15, "项", None)),
])
def test_figure_read(text, expected):
    assert figures(text)[0][:4] == expected


def test_a_count_of_measures_in_digits_stays():
    assert [f[:3] for f in figures("区委制定12项措施。")] == [("12项", 12, "项")]


@pytest.mark.parametrize(("text", "objects"), [
    # the time an act takes: the verb before it names the act
    ("要求每周学习不少于6个学时。", ["学习"]),
    # a rate per year measures what is named before it, as a sum does
    ("过半贫困户达到人均纯收入3000元/年的标准。", ["人均纯收入"]),
])
def test_objects_of_rates_and_times(text, objects):
    assert [f[4] for f in figures(text)] == objects


@pytest.mark.parametrize(("text", "objects"), [
    # a party roll's bands of age and schooling name the part counted; a share after 占 is of that part
    ("其中:初中及以下学历43人,占21.5%,35岁以下19人,占9.5%。", ["初中及以下学历", "初中及以下学历", "35岁以下", "35岁以下"]),
    ("全村有60周岁以上老党员15名。", ["60周岁以上老党员"]),
    # a count given to each kind listed before 各 counts the kinds
    ("村小支部、敬老院支部各1个。", ["村小支部、敬老院支部"]),
    # a one-character verb with its place is an attribute of the body counted
    ("全县共有省、市驻县单位26个。", ["省、市驻县单位"]),
    # a count of organisations ends at the word naming them
    ("推进9家砖瓦企业环保整改工作。", ["砖瓦企业"]),
    # a size measures the thing, not the work on it written after it
    ("高山蔬菜种植300亩,村组道路硬化5公里。", ["高山蔬菜", "村组道路"]),
    ("完成约2公里的村级道路硬底化工程。", ["村级道路"]),
    # households whose thing was worked on count by the thing; people before an act are its doers
    ("完成危房改造9户。", ["危房"]),
    # a size alone in its clause after a count is the size of what was counted
    ("修缮山塘3处,45亩。", ["山塘", "山塘"]),
    # a verb of raising and its animal in one word: the animal is counted
    ("散养土鸡5000只、养羊300只。", ["土鸡", "羊"]),
    # a container whose noun after 的 has a count of its own keeps its own name
    ("收集群众反映的8个领域急需解决的问题57个。", ["领域", "问题"]),
    ("邀请企业、社区两个方面的数十名代表座谈。", ["方面"]),
])
def test_objects_round11(text, objects):
    assert [f[4] for f in figures(text)] == objects


@pytest.mark.parametrize(("text", "objects"), [
    # an adverbial adjective before a count modifies the verb; it names nothing counted
    ("明确五类重点任务、严格执行三项工作纪律。", ["重点任务", "工作纪律"]),
    # a count of households, like one of people, is named by the people after a modifier ending in 的
    ("为8户生活困难的留守老人送去慰问品。", ["留守老人"]),
    # a place that has households and people owns them: the units name themselves
    ("石岭村有420户、1650人。", ["户", "人"]),
    # people named before the act whose count of people is given are counted
    ("志愿者参加人数达300余人。", ["志愿者"]),
    # a short quoted name before the head does not stop the verb inside the compound
    ("组建36支“红马甲”政策宣讲志愿队伍。", ["志愿队伍"]),
])
def test_objects_seen_on_fresh_reports(text, objects):
    assert [f[4] for f in figures(text)] == objects


@pytest.mark.parametrize("text", [
    # a page's note on its own length and reading time
    "本篇文章1260字,读完约3分钟",
    "本文共2034字，阅读需要5分钟。",
    # and its readers' comment counter
    "共有评论0条 网友评论",
    "已有3条评论",
])
def test_a_pages_reading_note_is_no_figure(text):
    assert figures(text) == []


@pytest.mark.parametrize(("text", "objects"), [
    # a reader's habit is a figure: the time after 阅读 without 约 or 需 is no page note
    ("党员每天阅读30分钟。", ["阅读"]),
    # messages collected from the public are work, not a page's counter
    ("收集群众留言35条。", ["群众留言"]),
    # a 的-clause right before a count modifies the noun after it, however that noun runs on
    ("对参加培训的9个村及卫生院12个单位进行部署。", ["村及卫生院", "单位"]),
    # a reduplicated adverb and a learner's writings, whatever the dictionary says
    ("全市46个县(区)党委层层召开部署会。", ["县党委"]),
    ("党员撰写感悟1200余条。", ["感悟"]),
])
def test_objects_seen_on_fresh_reports_2(text, objects):
    assert [f[4] for f in figures(text)] == objects


@pytest.mark.parametrize(("text", "expected"), [
    # 点 counts the points of a speech or a plan
    ("书记提出了4点具体要求。", [("4点", 4, "点", None, "具体要求")]),
    ("会上提出三点意见。", [("三点", 3, "点", None, "意见")]),
    # an item of work counted in 项 keeps its verbal noun
    ("全省开展“欠薪突出问题”等8项专项整治。", [("8项", 8, "项", None, "专项整治")]),
    # a share after a clause naming the whole it is of (……中,)
    ("全县农村党员中,92%完成了线上测试。", [("92%", 92, "%", None, "农村党员")]),
    # a venue counts no people: the people count themselves
    ("主分会场共800余人参加。", [("800余人", 800, "人", "over", "人")]),
])
def test_round11_fresh_shapes(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "会议于下午3点召开。",
    "3点半开会。",
    "志愿者每晚8点至10点巡逻。",
    "党员评议会上进行了点评。",
    "会议于15点召开。",
    "3点许,工作组到达村部。",
])
def test_times_of_day_are_no_points(text):
    assert [f for f in figures(text) if f[2] == "点"] == []


@pytest.mark.parametrize(("text", "objects"), [
    # schooling written before its band (初中文化程度以下) names the part of the roll too
    ("初中文化程度以下90人,占76%,高中文化程度以上29人。", ["初中文化程度以下", "初中文化程度以下", "高中文化程度以上"]),
    # a count of items after a count of events takes nothing from the event
    ("与干部职工个别谈话300多人次,归纳整理出120余条。", ["个别谈话", None]),
])
def test_objects_seen_on_fresh_reports_3(text, objects):
    assert [f[4] for f in figures(text)] == objects


@pytest.mark.parametrize(("text", "expected"), [
    # 棚 counts greenhouses
    ("发展设施蔬菜120棚。", [("120棚", 120, "棚", None, "设施蔬菜")]),
    # 人口 names people; people named before their acts are those counted
    ("基地将吸纳85名贫困人口就业。", [("85名", 85, "名", None, "贫困人口")]),
    ("帮助贫困人口转移就业260人。", [("260人", 260, "人", None, "贫困人口")]),
    # a one-character head after a verb-like attribute (绿化树)
    ("种植绿化树800棵。", [("800棵", 800, "棵", None, "绿化树")]),
    # a quoted plan period before a set phrase naming the kind
    ("覆盖25个“十三五”建档立卡贫困村。", [("25个", 25, "个", None, "建档立卡贫困村")]),
    # what befell a sum names nothing it measures; a linking verb before a sum and 的 is no act
    ("首期投资12万元到位。", [("12万元", 120000, "元", None, "投资")]),
    ("年发电量达1.8万千瓦时的光伏电站。", [("1.8万千瓦时", 18000, "千瓦时", None, "年发电量")]),
])
def test_round11_fresh_shapes_2(text, expected):
    assert figures(text) == expected


def test_a_level_of_schooling_is_a_noun():
    assert [f[4] for f in figures("全县有小学20所,初中9所;在校学生中,初中1200人。")] == ["小学", "初中", "初中"]


@pytest.mark.parametrize("text", [
    # a slogan's set of quoted acts, and the leadership bodies named by their number
    "党员干部在四个“聚焦”等方面认识不足。",
    "镇三套班子成员深入一线。",
])
def test_named_sets_are_no_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize(("text", "objects"), [
    # a quoted noun after the count is counted
    ("建立了三个“党员之家”。", ["“党员之家”"]),
    # the verbs holding an event, and the time of an act, after the count
    ("先后3次组织召开党建联席会。", ["党建联席会"]),
    ("每天利用1小时开展集中学习。", ["集中学习"]),
])
def test_objects_after_holding_verbs(text, objects):
    assert [f[4] for f in figures(text)] == objects


def test_a_name_holding_a_numeral_says_which_kind_is_counted():
    assert [f[4] for f in figures("全县共查处违反中央八项规定精神问题17起。")] == ["八项规定精神问题"]


@pytest.mark.parametrize(("text", "objects"), [
    # copies counted right after the kinds and their noun count the same things; people never do
    ("征订7本必学书目60套。", ["必学书目", "必学书目"]),
    ("审结3个涉赌团伙41人。", ["涉赌团伙", "人"]),
    # an event named after the verb that holds it, as long as a meeting's name runs
    ("各村开展党史学习教育会18次。", ["党史学习教育会"]),
])
def test_objects_seen_on_fresh_reports_4(text, objects):
    assert [f[4] for f in figures(text)] == objects


@pytest.mark.parametrize(("text", "objects"), [
    # a capacity measures the project it names, work words and all; a length measures the thing worked on
    ("帮助该村建设光伏发电项目160千瓦。", ["发电项目"]),
    # a word the dictionary itself tags as a proper noun (第一书记) is no name holding a numeral
    ("资金来源为驻村第一书记扶贫专项资金10万元。", ["专项资金"]),
])
def test_capacities_and_dictionary_names(text, objects):
    assert [f[4] for f in figures(text)] == objects
