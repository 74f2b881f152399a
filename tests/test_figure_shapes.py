"""Which numbers are figures, on shapes that recur across collections of reports (issue 8, figures).

Every sentence here is invented; each stands for a grammatical or page shape, not a report.
"""
from __future__ import annotations

import pytest

from conftest import shipped_lexicon
from reportgen.extract.figures import find_figures
from reportgen.nodes import Para

LEX = shipped_lexicon()


def figures(text: str) -> list[tuple[str, float, float | None, str, str | None]]:
    return [(f.text, f.value, f.value_max, f.unit, f.qualifier) for f in find_figures((Para.of(text),), LEX)]


@pytest.mark.parametrize(("text", "expected"), [
    # sizes written the short way, and measures a table of units lacked
    ("为背街小巷铺设透水砖260余平米。", [("260余平米", 260, None, "平米", "over")]),
    ("辖区面积38.6平方千米。", [("38.6平方千米", 38.6, None, "平方千米", None)]),
    ("清理河道淤泥4500立方。", [("4500立方", 4500, None, "立方", None)]),
    ("完成土方开挖2.3万方。", [("2.3万方", 23000, None, "方", None)]),
    ("码头全年完成集装箱吞吐量5.2万标箱。", [("5.2万标箱", 52000, None, "标箱", None)]),
    ("新签外资项目合同额2300万美元。", [("2300万美元", 23000000, None, "美元", None)]),
    ("拓宽后的便道宽3.5m,排水沟深0.8-1.2m。",
     [("3.5m", 3.5, None, "m", None), ("0.8-1.2m", 0.8, 1.2, "m", None)]),
])
def test_units_of_size_money_and_freight(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "召开政府、企业、群众三方座谈会。",   # 方 after a Chinese numeral: parties, not cubic metres
    "建设蓄水池一座,容积80m3。",           # m before a digit is another unit
])
def test_units_read_only_after_arabic_digits(text):
    assert figures(text) == []


def test_a_count_of_bodies_before_a_word_opening_with_zhong():
    # 家 + 中小企业 / 中医院: after a number 家 is the measure word, 中 opens the next word
    assert figures("走访辖区9家中小企业和2家中医院。") == [("9家", 9, None, "家", None), ("2家", 2, None, "家", None)]


@pytest.mark.parametrize("text", [
    "公司上下全力推进二次创业。",            # the second founding, not two of them
    "全县二类地区的村庄全部通电。",
    "园区二期厂房年内竣工。",
    "交警二大队党支部开展主题党日活动。",    # a numbered body: 大队 is its name
    "消防三大队组织队员学习。",
])
def test_labels_written_with_a_numeral_are_no_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("老两口二人相依为命。", [("二人", 2, None, "人", None)]),          # 二 before people counts
    ("该村召开群众大会二次,", [("二次", 2, None, "次", None)]),        # closing a clause it counts
    ("全镇分二十二个片区。", [("二十二个", 22, None, "个", None)]),
    ("分两批次组织培训。", [("两批次", 2, None, "批次", None)]),
])
def test_numerals_that_still_count(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "全镇干部为实现两个一百年奋斗目标凝心聚力。",
    "学校把四项重点措施贯通起来,一体推进。",
    "坚持做到三个务必,牢记初心使命。",
])
def test_fixed_terms_of_the_party_are_no_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "街道安全生产工作总结范文优推5篇",
    "驻村帮扶工作报告推荐9篇",
    "乡镇禁毒工作总结8篇",
    "下面是小编为您整理的乡镇禁毒工作总结8篇,供大家参考。",
    "党员李某家住幸福小区6号楼3单元402户,常年照顾瘫痪的邻居。",
])
def test_a_sites_listing_and_an_address_are_no_figures(text):
    assert figures(text) == []


def test_writings_the_work_produced_stay_figures():
    assert figures("全年撰写调研报告36篇,编印工作简报12期。") == [
        ("36篇", 36, None, "篇", None), ("12期", 12, None, "期", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # two neighbouring digits give a round range: value and value_max
    ("每个网格配备三四名网格员。", [("三四名", 3, 4, "名", None)]),
    ("村里有七八十户种植大户。", [("七八十户", 70, 80, "户", None)]),
    ("前来咨询的群众有十五六人。", [("十五六人", 15, 16, "人", None)]),
    ("吸引两三千名游客参观。", [("两三千名", 2000, 3000, "名", None)]),
    ("帮助企业融资三四百万元。", [("三四百万元", 3_000_000, 4_000_000, "元", None)]),
    # a numeral that is no range keeps its value
    ("全村二十三名党员。", [("二十三名", 23, None, "名", None)]),
])
def test_neighbouring_digits_make_a_range(text, expected):
    assert figures(text) == expected


def test_neighbour_range_reads_only_neighbours():
    from reportgen.extract.numerals import neighbour_range
    assert neighbour_range("五六十") == (50, 60)
    assert neighbour_range("十七八") == (17, 18)
    assert neighbour_range("三五") is None
    assert neighbour_range("二十三") is None
    assert neighbour_range("三十") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("发布时间:2022-03-08 阅读次数:2417次 点击:95次", []),
    ("来源:区融媒体中心 浏览量: 3.6万次", []),
    # a count of clicks the work earned, said in a sentence, stays a figure
    ("普法短视频全年点击量达15万次。", [("15万次", 150000, None, "次", None)]),
])
def test_a_pages_reader_counters_are_no_figures(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("村干部练就“调解、宣传、服务”三件宝,当好群众贴心人。", []),
    ("支部推行“学、思、践”三字诀。", []),
    # a quoted name of what is counted, with the count after a word of its own, stays a figure
    ("张贴“禁燃、禁放”标语三百余条。", [("三百余条", 300, None, "条", "over")]),
])
def test_a_quoted_list_summed_by_a_numeral_is_a_slogan(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count of characters naming a saying names it, no work
    ("宣讲队把政策编成三字经、七字诀,深入村组演出40余场。", [("40余场", 40, None, "场", "over")]),
    ("全镇坚持“十六字方针”,落实“二十字总要求”。", []),
    # a count in a Chinese numeral of the ways work is done tells how, not how much
    ("该区通过四种渠道广泛征求意见,共收集意见建议560条。", [("560条", 560, None, "条", None)]),
    # a villagers' group numbered after its place's name is a name
    ("调研组一行来到红旗村三组和东湖三组走访。", []),
    # minutes or hours naming a circle of services are its name
    ("打造15分钟便民服务圈,构建1小时交通圈。", []),
    ("群众办事等候时间缩短至15分钟。", [("15分钟", 15, None, "分钟", None)]),
    # still counted: groups set up, and ways counted in digits
    ("全镇成立三组专班。", [("三组", 3, None, "组", None)]),
])
def test_numerals_naming_a_saying_a_way_or_a_group(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("对照检查材料反复修改不下10次。", [("不下10次", 10, None, "次", "over")]),
    ("驻村干部每周走访群众不下于5次。", [("不下于5次", 5, None, "次", "over")]),
])
def test_not_fewer_than_written_buxia(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 近 ending a word of place (附近) qualifies nothing; alone it is approx
    ("杨庄附近6个村的村民喜迁新居。", [("6个", 6, None, "个", None)]),
    ("近6个村完成改造。", [("近6个", 6, None, "个", "approx")]),
    # 名 before 单位 counts people (名 + 单位), where 名单 is a list
    ("全区89名单位负责人上了专题党课。", [("89名", 89, None, "名", None)]),
])
def test_a_qualifier_ending_a_word_and_a_count_before_danwei(text, expected):
    assert figures(text) == expected
