"""Organisations and towns as the lead's subject (invented texts; round 15, second lane).

Knowledge and shapes, not sentences: a company is known by its brand before a company's ending (集团, 股份,
控股), with no place before it; a verb's character may open a town's two-character name; a short form of a
province or city that opens an organisation's proper name, or whose sentence names the place in full, is not
the place acting; a word governing a clause's object after an organisation's ending ends the name there.
"""
from __future__ import annotations

import pytest

from conftest import extract_article


@pytest.mark.parametrize("text, unit", [
    ("4月2日，江发集团党委召开主题教育动员会，市国资委有关负责人出席会议。", "江发集团党委"),
    ("近日，华运物流股份以线上方式举办读书班，全体党员参加。", "华运物流股份"),
    ("近日，通达控股召开党委会议，研究部署主题教育工作。", "通达控股"),
    ("5月6日，岭运高速集团以上下联动的方式举办读书班，公司领导班子成员参加。", "岭运高速集团"),
])
def test_a_company_known_by_its_brand_opening_the_lead_is_the_unit(text, unit):
    assert extract_article(text).unit == unit


def test_a_common_word_before_a_company_ending_is_a_kind_not_a_brand():
    assert extract_article("近日，保险公司组织员工开展学习活动。").unit is None


def test_brand_subject_needs_a_predicate_after_the_name(lexicon):
    from reportgen.extract.reporting_unit import _brand_subject

    assert _brand_subject("近日，江发集团党委召开会议。", lexicon) == "江发集团党委"
    assert _brand_subject("近日，江发集团的产品销往全国。", lexicon) is None  # a modifier, not the actor


@pytest.mark.parametrize("text, unit", [
    ("近日，应平街道组织党员志愿者开展环境整治活动，清理垃圾30吨。", "应平街道"),
    ("自主题教育开展以来，应昌镇组织党员干部走访群众，解决问题20个。", "应昌镇"),
])
def test_a_town_whose_two_character_name_opens_with_a_verbs_character_is_found(text, unit):
    assert extract_article(text).unit == unit


def test_a_verb_of_going_before_a_town_is_no_part_of_its_name(lexicon):
    from reportgen.extract.places import find_places

    assert "到王镇" not in find_places("近日，到王镇开展调研活动，走访群众50户。", lexicon)
    assert "赴王家镇" not in find_places("近日，县委书记赴王家镇调研。", lexicon)


@pytest.mark.parametrize("text, unit", [
    ("近日，江西旅游商贸职业学院坚持立足实际，推进党史学习教育走深走实。", "江西旅游商贸职业学院"),
    ("自活动开展以来，苏州工业技术学校坚持把学习教育与办学结合起来。", "苏州工业技术学校"),
])
def test_a_short_form_opening_a_proper_name_keeps_it_as_written(text, unit):
    assert extract_article(text).unit == unit


def test_a_short_form_still_acts_where_no_name_follows(lexicon):
    from reportgen.extract.places import known_subjects

    assert [full for _, _, full in known_subjects("近日，江西各级党组织深入开展主题教育。", lexicon)] == ["江西省"]


@pytest.mark.parametrize("text, unit", [
    ("今天，湖南继续降雨天气，湖南省检察院领导班子成员分头到基层开展调研。湖南省检察院将持续推进。", "湖南省检察院"),
    ("今年以来，福建经济稳步增长，福建省统计局党组深入开展主题教育。福建省统计局党组要求全局抓好落实。", "福建省统计局党组"),
])
def test_a_province_named_in_full_later_in_its_sentence_is_not_the_short_forms_actor(text, unit):
    assert extract_article(text).unit == unit


@pytest.mark.parametrize("text, unit", [
    ("近日，江南理工大学附属医院党委将主题教育与业务工作相结合，推出便民举措10项。", "江南理工大学附属医院党委"),
    ("近日，平川师范学院党委把主题教育同中心工作结合起来，为师生办实事15件。", "平川师范学院党委"),
])
def test_a_word_governing_a_clause_after_an_ending_ends_the_name(text, unit):
    assert extract_article(text).unit == unit


def test_a_place_opening_with_a_governing_character_is_still_a_name(lexicon):
    from reportgen.extract.reporting_unit import _governs_a_clause

    assert not _governs_a_clause("将乐县委组织部", lexicon)
    assert _governs_a_clause("某某医院党委将主题", lexicon)
