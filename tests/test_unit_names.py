"""The last gate on a reporting unit's name (``extract/unit_names.py``): invented names and sentences of the genre.

A heading a clerk would not print - a governing frame run on past the unit, a category written with a
place's suffix, a housing estate, a conjunction cut in half, a list's point, a date in front - is no
unit; a clause's adverbs and verbs in front of an office are dropped.
"""
from __future__ import annotations

import pytest

from conftest import extract_article, shipped_lexicon
from reportgen.extract.unit_names import is_malformed, well_formed_unit

LEX = shipped_lexicon()


@pytest.mark.parametrize("name", [
    "县委组织部按照市委统一",        # the body whose plan the unit follows, run on
    "财政局根据省厅",
    "统计局受县",                    # on whose behalf the unit reports (受某政府委托)
    "统计局受县政府",
    "三是各街道",                    # a list's point and a distributive: many units
    "各乡镇",
    "2023年中学",                    # a year in front of an office
    "二〇二三年卫生院",
    "创文社区",                      # a campaign written with a place's suffix
    "技防小区",
    "桂花苑小区",                    # a housing estate
    "河西棚户区",
    "省市委",                        # 省委、市委 run together
    "县委县",                        # 县委县政府 cut after its first half
])
def test_a_span_no_clerk_would_print_as_a_heading_is_no_unit(name):
    assert is_malformed(name, LEX)
    assert well_formed_unit(name, LEX) is None


@pytest.mark.parametrize("name", [
    "县行政审批受理中心", "青石县委县政府", "区委", "镇党委", "县委常委会", "驻村扶贫工作队",
    "文明路街道", "柳塘街道和平社区", "南溪市第三人民医院", "五华县", "九里镇党委", "某市委巡察工作领导小组办公室",
    "县住建局", "民建某市委",
])
def test_a_well_formed_name_passes_as_written(name):
    assert well_formed_unit(name, LEX) == name


@pytest.mark.parametrize(("name", "unit"), [
    ("积极响应州人民医院", "州人民医院"),
    ("认真落实县疾控中心", "县疾控中心"),
])
def test_a_clause_s_adverbs_and_verbs_before_an_office_are_dropped(name, unit):
    assert well_formed_unit(name, LEX) == unit


def test_a_short_name_is_not_cut_to_a_character():
    # what would be left is too short to be a name: the span is kept as it is
    assert well_formed_unit("落实办", LEX) == "落实办"


def test_an_office_glued_to_the_verb_of_its_superior_s_call_keeps_its_own_name():
    text = ("州人民医院开展送医下乡义诊活动\n\n"
            "州人民医院积极响应州直机关工委号召,由院党委书记带队,组织内科、外科专家12人赴青石乡开展义诊,"
            "接诊群众300余人次。")
    assert extract_article(text).unit == "州人民医院"


def test_an_estate_the_text_names_as_its_only_place_gives_no_unit():
    text = ("党员志愿者进小区\n\n"
            "近日,金桂苑小区组织党员志愿者20人开展环境整治,清理楼道杂物3吨,为居民办实事12件。")
    assert extract_article(text).unit is None
