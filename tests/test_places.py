"""Place and organisation names read from report text (no list of names kept anywhere)."""
from __future__ import annotations

import pytest

from conftest import shipped_lexicon
from reportgen.extract.places import find_organisations, find_places

LEX = shipped_lexicon()


@pytest.mark.parametrize("text, places", [
    ("岚坪镇近日组织开展“大走访”活动。", ["岚坪镇"]),
    ("溪岭街道在文化广场举行启动仪式。", ["溪岭街道"]),
    ("柘川县岚坪镇柘溪村认真落实县委部署。", ["柘川县", "岚坪镇", "柘溪村"]),
    ("柘川县柘川经济开发区召开动员会。", ["柘川县", "柘川经济开发区"]),
    ("蓝湾社区组织党员开展志愿服务。", ["蓝湾社区"]),
], ids=["town", "sub-district", "county-town-village", "zone", "community"])
def test_towns_sub_districts_villages_and_communities_are_places(text, places):
    assert find_places(text, LEX) == places


@pytest.mark.parametrize("text", [
    "来自各乡镇、各街道的党员参加活动。",
    "全县各村、各社区全面开展走访。",
    "市和县两级联动，市和县共同推进。",
    "深入贫困村、行政村开展调研，建设美丽乡村和新农村。",
    "清理工业区和居民区周边的街道。",
    "该镇按照要求，镇村干部进村入户。",
], ids=["quantifier-level", "quantifier-village", "conjunction-county", "common-village-words",
        "common-district-words", "pronoun-town"])
def test_quantifiers_and_common_words_are_not_places(text):
    assert find_places(text, LEX) == []


@pytest.mark.parametrize("text, places", [
    ("蔺县县委书记到村调研。", ["蔺县"]),
    ("3月5日，蔺县召开大会。会上，蔺县表彰了先进。", ["蔺县"]),
], ids=["own-county-committee", "named-twice"])
def test_a_one_character_county_needs_the_text_to_say_so(text, places):
    assert find_places(text, LEX) == places


def test_a_one_character_county_named_once_without_its_committee_is_not_taken():
    assert find_places("3月5日，蔺县召开大会。", LEX) == []


@pytest.mark.parametrize("text, names", [
    ("柘川县委党校组织教师宣讲。", ["柘川县委党校"]),
    ("柘川县经济和信息化局召开会议。", ["柘川县经济和信息化局"]),
    ("柘川县县委召开常委会。", []),
    ("柘川县举办宣讲比赛。", []),
    ("柘川县岚坪镇柘溪村认真落实县委部署。", []),
], ids=["party-school", "bureau", "own-committee-is-the-place", "verb-is-no-office", "no-office-across-places"])
def test_organisations(text, names):
    assert [o.name for o in find_organisations(text, find_places(text, LEX), LEX)] == names


@pytest.mark.parametrize("text, places", [
    ("***镇关于学习教育的工作汇报", ["***镇"]),
    ("cc镇位于xx市东郊，全镇总面积128平方公里。", ["cc镇", "xx市"]),
    ("××县扎实推进脱贫攻坚。", ["××县"]),
    ("20xx年上半年，全镇脱贫324户。", []),
], ids=["asterisks", "doubled-letters", "crosses", "masked-year-is-no-place"])
def test_a_masked_place_name_is_a_place(text, places):
    assert find_places(text, LEX) == places


@pytest.mark.parametrize("text, places", [
    ("北京经开区举行开学第一课。", ["北京经开区"]),
    ("武汉高新园群力社区居民反映问题。", ["武汉高新园", "群力社区"]),
], ids=["zone-of-a-common-city-name", "community-after-a-zone"])
def test_a_city_zone_keeps_the_city_and_the_next_place_starts_after_it(text, places):
    assert find_places(text, LEX) == places


@pytest.mark.parametrize("text", [
    "创建文明城市，争创卫生城市和园林城市。",
    "工作队进驻驻点村，帮扶后进村和空壳村。",
    "以饱满的热情投入工作，为全面建设社会主义现代化大都市注入强劲动力。",
], ids=["kinds-of-city", "kinds-of-village", "a-city-by-its-size"])
def test_kinds_of_place_named_by_their_role_are_not_places(text):
    assert find_places(text, LEX) == []


@pytest.mark.parametrize("text, places", [
    ("近日,楠溪县临北镇组织党员干部走访农户。", ["楠溪县", "临北镇"]),
    ("岚江区王家街道开展“大走访”活动,王家街道党工委书记带队入户。", ["岚江区", "王家街道"]),
    ("诸城市柘塘镇党委坚持服务民生为先。", ["诸城市", "柘塘镇"]),
], ids=["verb-character-opens-a-town", "common-word-street-named-twice", "dictionary-city-opening-with-a-quantifier"])
def test_an_address_names_its_smaller_place_after_the_larger(text, places):
    """A place right after another is the next, smaller place of one address, whatever its stem's words."""
    assert find_places(text, LEX) == places


@pytest.mark.parametrize("text", [
    "全县各乡镇、各县区干部参加会议。",
    "岚江区王家联合开展走访。",
    "岚江区王家街道开展走访。",
], ids=["quantifier-before-levels", "no-level-word", "common-word-street-named-once"])
def test_an_address_chain_takes_no_count_and_no_common_word_named_once(text):
    assert find_places(text, LEX)[1:] == []


@pytest.mark.parametrize("text, places", [
    ("小腮镇创新开展“干群结亲”活动,小腮镇党委书记带头走访。", ["小腮镇"]),
    ("大岙乡组织开展走访。", ["大岙乡"]),
], ids=["small", "big"])
def test_a_name_may_open_with_a_size_word(text, places):
    assert find_places(text, LEX) == places
