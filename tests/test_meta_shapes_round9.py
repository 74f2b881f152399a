"""Metadata shapes that recur across the round-9 pool of collections (invented sentences of the genre).

A unit known by two names, the second bracketed (某局(某委), 某开发区(某镇)); a kicker that is the unit's
address alone (某区某街道：标题); a masked place beside the place the text names outright; a page header
opening with the publication that carried the text (某某日报 2019-05-06 10:12); an office by level that
opens the lead with its head's post or its own departments, where the text names nothing else.
"""
from __future__ import annotations

import pytest

from conftest import extract_article


@pytest.mark.parametrize(("text", "unit"), [
    # an office under two names, found by the first in the title
    ("市商务局(粮食局)扎实开展结对帮扶活动\n\n为深化“我为群众办实事”实践活动,8月5日,市商务局(粮食局)机关党员"
     "深入结对的东坡社区,走访困难家庭12户。\n\n东坡市商务局办公室供稿。", "东坡市商务局(粮食局)"),
    # a zone and the town it runs together, the lead's actor named by both
    ("园区教育实践活动见实效\n\n青岭经济开发区(石桥镇)始终把党的群众路线教育实践活动同项目建设结合起来,"
     "深入企业走访调研,收集意见建议36条。\n\n青岭经济开发区(石桥镇)召开专题会议研究整改。", "青岭经济开发区(石桥镇)"),
    # the unit found as the bracketed short name of the organisation named before it
    ("标题\n\n2020年5月8日,南江医科大学附属第一医院(南江省人民医院)召开主题教育工作推进会,"
     "全院中层以上干部120余人参加会议。", "南江医科大学附属第一医院(南江省人民医院)"),
])
def test_a_unit_known_by_two_names_keeps_both(text, unit):
    assert extract_article(text).unit == unit


def test_a_bracket_saying_how_the_text_calls_the_unit_is_no_second_name():
    text = ("标题\n\n近日,东坡市商务局(以下简称市商务局)召开会议,部署开展结对帮扶活动,"
            "走访困难家庭12户,解决实际问题5个。")
    assert extract_article(text).unit == "东坡市商务局"


@pytest.mark.parametrize(("text", "unit"), [
    ("青山区柳塘街道:网格员守好小区“大门”\n\n连日来,青山区柳塘街道组织网格员、志愿者在各小区出入口值守,"
     "排查车辆800余台次,柳塘街道党工委书记带队巡查。", "青山区柳塘街道"),
    ("长河县杨家畈镇:产业振兴有新招\n\n今年以来,杨家畈镇党委坚持党建引领,发展特色种植基地3个,"
     "带动农户增收。", "长河县杨家畈镇"),
])
def test_a_kicker_naming_the_units_address_alone_names_it_in_full(text, unit):
    assert extract_article(text).unit == unit


def test_a_masked_place_ranks_after_the_place_the_text_names():
    text = ("第二阶段工作小结\n\n我镇从2009年4月28日至6月15日,顺利完成了深入学习实践科学发展观活动分析检查阶段各项工作,"
            "取得了预期效果。\n\n在分析检查阶段,镇委、政府注重做好了征求意见、找准问题、分析原因、明确方向等方面工作,"
            "重点开展了召开专题民主生活会、形成分析检查报告、组织群众评议三个环节的工作。\n\n"
            "一是认真召开领导班子民主生活会。樟岭镇委紧紧围绕科学发展确定主题,查找突出问题。\n\n"
            "二是撰写分析检查报告。**镇委高度重视报告的撰写工作,**镇委主要领导多次与班子成员谈心。\n\n"
            "三是组织群众评议。**镇共发放评议表500份。")
    assert extract_article(text).unit == "樟岭镇"


@pytest.mark.parametrize(("header", "source"), [
    ("南江日报 2019-05-06 10:12 大字", "南江日报"),
    ("南江省农业农村厅门户网站 发布时间: 2010-03-02 00:00 【字体:", "南江省农业农村厅门户网站"),
    # a header word before the stamp is no publication
    ("发布 2023-06-11 19:22:28 阅读 99", None),
])
def test_a_page_header_opening_with_the_publication_names_the_source(header, source):
    text = (f"东坡县农业局全面落实河长制\n\n{header}\n\n东坡讯 今年以来,东坡县农业局全面落实河长制,"
            "设立各级河长120人,定期开展巡河工作,清理沿河垃圾4.6吨。")
    assert extract_article(text).source == source


@pytest.mark.parametrize(("text", "unit"), [
    # the head's post after the office by level, the text naming no place: the office is the unit
    ("(记者 张明) 5月12日,市委书记、市委主题教育领导小组组长李华主持召开主题教育推进会,"
     "对下一阶段工作作出部署。\n\n市委高度重视,精心谋划。", "市委"),
    # the office's own departments listed after it
    ("4月2日下午,县法院立案庭、刑事审判庭党支部党员干警参观县革命历史纪念馆,重温入党誓词,"
     "开展主题党日活动。", "县法院"),
])
def test_an_office_by_level_opening_the_lead_is_the_last_resort_unit(text, unit):
    assert extract_article(text).unit == unit


@pytest.mark.parametrize(("name", "identified"), [
    ("东坡市商务局(粮食局)", True),
    ("青岭经济开发区（石桥镇）", True),
    # the bracket does not make a fragment a name
    ("会议(扩大)", False),
])
def test_a_unit_under_two_names_is_a_row_by_its_first(name, identified):
    from reportgen.aggregate.rules import load_rules
    from reportgen.aggregate.units import is_unit_name

    assert is_unit_name(name, load_rules().units) is identified


def test_an_excerpt_naming_its_office_only_in_a_later_point_takes_that_office():
    text = ("一是宣传发动全覆盖。组织民警深入小区、集贸市场、车站等人员密集场所,设置宣传点12个,发放宣传资料3000余份,"
            "向群众宣传专项行动的意义。\n\n二是多渠道排查线索。发挥行业主管部门在线索摸排上的作用,排查线索45条。\n\n"
            "三是严格监督问责。县公安局“督考推”办、督察等部门深入各派出所,紧盯目标任务督导检查8次。")
    assert extract_article(text).unit == "县公安局"
