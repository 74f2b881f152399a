"""Which numbers are figures, on shapes that recur in reports never tuned on (round 13): invented sentences."""
from __future__ import annotations

import pytest

from conftest import shipped_lexicon
from reportgen.extract.figures import find_figures
from reportgen.nodes import Heading, Para

LEX = shipped_lexicon()


def figures(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(f.text, f.value, f.unit, f.qualifier) for f in find_figures((Para.of(text),), LEX)]


@pytest.mark.parametrize(("text", "expected"), [
    # 名 before 单位 counts people of bodies; 名单 is a list only where 单位 does not follow
    ("全县36名单位负责人参加了集中培训。", [("36名", 36, "名", None)]),
    ("全市15名单位主要负责同志作表态发言。", [("15名", 15, "名", None)]),
    ("区直部门120名党员、45名单位“一把手”参加学习。", [("120名", 120, "名", None), ("45名", 45, "名", None)]),
])
def test_a_count_of_people_before_a_body_word(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("整改方案前后修改不下8次。", ("不下8次", 8, "次", "over")),
    ("党委书记每年到联系点调研不下20天。", ("不下20天", 20, "天", "over")),
    ("村里的老党员先后找他谈话不止3次。", ("不止3次", 3, "次", "over")),
])
def test_no_fewer_than_is_a_floor(text, expected):
    assert figures(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the qualifier's character ends a word of its own: near a place, saved, signed
    ("镇政府附近5个村的群众受益。", ("5个", 5, "个", None)),
    ("通过精简会议节约经费12万元。", ("12万元", 120000, "元", None)),
    ("招商推介会现场签约8个项目。", ("8个", 8, "个", None)),
    # a qualifier standing alone still qualifies
    ("全镇近6个村完成了改造。", ("近6个", 6, "个", "approx")),
])
def test_a_word_ending_in_a_qualifiers_character_qualifies_nothing(text, expected):
    assert figures(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a period of the calendar pointed at: when, not how long
    ("近三年,该县累计投入帮扶资金800万元。", [("800万元", 8000000, "元", None)]),
    ("今后五年,全区将新建村级活动场所30个。", [("30个", 30, "个", None)]),
    ("过去两年,驻村工作队走访农户650户。", [("650户", 650, "户", None)]),
    ("在这三年里,她为群众代办事项400多件。", [("400多件", 400, "件", "over")]),
    ("最近3个月共受理群众来信42件。", [("42件", 42, "件", None)]),
    # a verb of lasting makes the span the work's length
    ("排查整治历时近两年。", [("近两年", 2, "年", "approx")]),
    ("专项清理用了近两个月时间。", [("近两个月", 2, "个月", "approx")]),
    ("集中培训为期3天。", [("3天", 3, "天", None)]),
])
def test_a_period_pointed_at_is_no_duration(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全县万余名党员参加了学习。", ("万余名", 10000, "名", "over")),
    ("帮扶资金亿余元已全部到位。", ("亿余元", 100000000, "元", "over")),
    ("村道硬化工程历时一年半。", ("一年半", 1.5, "年", None)),
    ("入户排查历时一个半月。", ("一个半月", 1.5, "个月", None)),
])
def test_numbers_written_in_words(text, expected):
    assert figures(text) == [expected]


@pytest.mark.parametrize("text", [
    # a slogan of two round numbers: its people go to or pair with others named by a round number too
    "全市开展百名干部进百村活动。",
    "县委组织部启动千名党员联千户行动。",
    "卫健系统实施百名医生下乡进百村工程。",
    # ways or means counted in a Chinese numeral: how the work is done
    "该镇通过四种渠道收集群众意见。",
    "采取集中学习和个人自学两种形式。",
    "探索出三种工作模式。",
    # a verse or a motto named by its number of characters
    "村民自编了三字经、七字诀。",
    "始终坚持十六字方针。",
    "编排群众喜闻乐见的五字歌。",
])
def test_slogans_and_names_holding_numerals_are_no_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # one round number alone may count
    ("组织千名干部到农村、到基层听取意见。", ("千名", 1000, "名", None)),
    # characters counted in digits or with a multiplier are a length of writing
    ("撰写心得体会3000余字。", ("3000余字", 3000, "字", "over")),
    ("他写下了五千字的学习笔记。", ("五千字", 5000, "字", None)),
    # kinds of things counted, not ways of working
    ("向群众发放四种宣传资料。", ("四种", 4, "种", None)),
])
def test_counts_beside_those_shapes_stay(text, expected):
    assert figures(text) == [expected]


def fields(text: str) -> list[tuple[str, float, str | None, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.qualifier, f.object) for f in find_figures((Para.of(text),), LEX)]


@pytest.mark.parametrize(("text", "expected"), [
    # a number of 万 or 亿 right before its noun, no measure word: a figure with no unit
    ("我为群众办实事实践活动惠及100余万群众。", ("100余万", 1000000, None, "over", "群众")),
    ("特色产业带动5万农民增收。", ("5万", 50000, None, None, "农民")),
    ("义诊活动吸引近万群众参与。", ("近万", 10000, None, "approx", "群众")),
    ("文艺演出吸引上万群众观看。", ("上万", 10000, None, "over", "群众")),
])
def test_a_count_of_ten_thousands_before_its_noun(text, expected):
    assert fields(text) == [expected]


@pytest.mark.parametrize("text", [
    # a bare round Chinese numeral names a campaign; an order of magnitude states no count
    "百万党员进社区。",
    "数十万群众从中受益。",
    # a sum without its 元 names no noun counted
    "社会各界捐款50万人民币。",
    "镇里筹措3000万资金用于道路建设。",
    # a length of service says which people, in either order
    "为党龄50年以上的老党员颁发纪念章。",
    "为教龄满30年的教师颁发证书。",
    # qualities of mind counted in a Chinese numeral are a framework
    "引导党员增强四种意识。",
    "着力提升干部五种能力。",
])
def test_more_numbers_that_count_nothing(text):
    assert fields(text) == []


def test_a_measure_word_after_ten_thousands_is_read_as_before():
    assert fields("全市100余万名党员参与。") == [("100余万名", 1000000, "名", "over", "党员")]


@pytest.mark.parametrize("text", [
    # a time referred to, a qualifier inside the span
    "三年多来,全县干部作风明显好转。",
    "两个多月来,工作队吃住在村。",
    # the family of slogans of ones
    "深入开展十个一活动。",
    "严格落实三个一批要求。",
    # a span of time joined to a campaign's word names the campaign
    "全县开展百天攻坚行动。",
    "实施人居环境整治三年行动。",
    "打响30天大会战。",
    # how often: a span before 一 and a round
    "村委会五年一届。",
    "巡察工作三年一轮。",
    "两个月一次的联席会议。",
    # a villagers' group numbered after its village
    "红星村三组的王某反映道路问题。",
])
def test_time_references_frequencies_and_labels_are_no_figures(text):
    assert fields(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("开展为期三个月的专项行动。", ("三个月", 3, "个月")),
    ("评出两个一等奖。", ("两个", 2, "个")),
    ("全村共有5个村民小组。", ("5个", 5, "个")),
])
def test_counts_beside_labels_and_campaign_names_stay(text, expected):
    assert [f[:3] for f in fields(text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("为乡镇配备植保无人机5架。", ("5架", 5, "架")),
    ("为老党员颁发纪念章30枚。", ("30枚", 30, "枚")),
    ("每名党员撰写学习笔记不少于60页。", ("不少于60页", 60, "页")),
    ("摄制廉政专题片5集。", ("5集", 5, "集")),
    ("在县融媒体中心发布工作信息20则。", ("20则", 20, "则")),
    ("群众办证少跑了3趟。", ("3趟", 3, "趟")),
    ("向脱贫户发放鱼苗5万尾。", ("5万尾", 50000, "尾")),
    ("为困难群众送去棉鞋200双。", ("200双", 200, "双")),
    ("新打机井8眼。", ("8眼", 8, "眼")),
])
def test_measure_words_of_goods_and_media(text, expected):
    assert [f[:3] for f in fields(text)] == [expected]


@pytest.mark.parametrize("text", [
    "一则为了群众,二则为了发展。",
    "推行三集中工作机制。",
    "这一架构运行良好。",
    "全县实现“双百”目标,三双手拉起帮扶网。",
])
def test_those_measure_words_opening_other_words_count_nothing(text):
    assert fields(text) == []


@pytest.mark.parametrize("text", [
    # a bus route is a label
    "群众乘坐3路公交车即可到达便民服务中心。",
    # set phrases holding a count
    "丰富党员干部八小时以外生活。",
    "班子成员要学会弹钢琴,十个指头都要动起来。",
    "打通服务群众最后100米。",
    # a set of prohibitions or commitments counted in a Chinese numeral
    "坚持三个不放过原则。",
    "严格落实十个严禁要求。",
    "党员要做到四个不忘。",
])
def test_labels_set_phrases_and_sets_of_prohibitions_are_no_figures(text):
    assert fields(text) == []


def test_a_negated_attribute_before_its_noun_still_counts():
    assert [f[:3] for f in fields("集中整顿三个不达标村。")] == [("三个", 3, "个")]


@pytest.mark.parametrize("text", [
    # Chinese digits read one by one name a day or a road; a count says 五十一
    "在五一路社区开展志愿服务。",
    "八一路小学师生参加宣讲。",
    "三五个人结成一个学习小组。",
    # a team numbered after its village
    "红旗村五队的村民反映灌溉问题。",
])
def test_digits_read_one_by_one_and_village_teams_are_no_figures(text):
    assert fields(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("共有党员五百零六名。", ("五百零六名", 506, "名")),
    ("三四个村联合开展巡逻。", ("三四个", 3, "个")),
    ("二〇二一年共办理实事50件。", ("50件", 50, "件")),
])
def test_numerals_with_their_tens_and_ranges_still_count(text, expected):
    assert [f[:3] for f in fields(text)] == [expected]


@pytest.mark.parametrize("text", ["共3页: 上一页 1 2 3 下一页", "1/3页", "共2页"])
def test_a_pages_pager_is_no_figure(text):
    assert fields(text) == []


def test_pages_written_in_the_body_count():
    assert [f[:3] for f in fields("每名党员撰写学习笔记共60页。")] == [("60页", 60, "页")]


@pytest.mark.parametrize("text", [
    "严格执行六项禁令。",
    "坚持两个毫不动摇。",
    "成千上万群众涌向广场。",
])
def test_more_names_and_idioms_holding_numerals(text):
    assert fields(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a length of belonging or service says which people
    ("为光荣在党50年老党员颁发纪念章。", []),
    ("走访入党60年以上的老党员12名。", [("12名", 12, "名")]),
    ("为从教30年的教师颁发荣誉证书。", []),
    ("为在党50年纪念章获得者送上祝福。", []),
])
def test_a_length_of_belonging_names_a_band_of_people(text, expected):
    assert [f[:3] for f in fields(text)] == expected


@pytest.mark.parametrize("text", [
    "年度考核成绩进入全市前三名。",
    "群众满意度测评排名前10位。",
    "位居全省前5名,获评先进单位。",
    "争创五个好党组织。",
])
def test_a_rank_reached_and_a_named_standard_are_no_figures(text):
    assert fields(text) == []


@pytest.mark.parametrize("text", [
    "有下列六种情形之一的,予以问责。",
    "一年来主要抓了以下三个方面的工作。",
    "整改工作分为如下四类。",
])
def test_a_pointer_to_the_list_that_follows_is_no_figure(text):
    assert fields(text) == []


def test_a_headings_bare_round_number_names_a_campaign():
    blocks = (Heading.of(2, "二、千名干部下基层"), Heading.of(2, "三、投入资金300万元"),
              Para.of("组织千名干部到农村听取意见。"))
    assert [f.text for f in find_figures(blocks, LEX)] == ["300万元", "千名"]
