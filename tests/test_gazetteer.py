"""Places known by name (``data/gazetteer.toml``): a report naming its province or prefecture without its level
word (甘肃 for 甘肃省, 广西 for 广西壮族自治区) or by its abbreviation (锡盟 for 锡林郭勒盟) reports on that place,
named in full; a county it names with its suffix, as an example, is not its unit (invented sentences)."""
from __future__ import annotations

import pytest

from conftest import extract_article
from reportgen.extract.places import find_places, known_subjects, place_suffix
from reportgen.extract.predicates import opens_predicate
from reportgen.resources import load_data


def test_the_table_names_every_mainland_province_and_no_short_form_twice(lexicon):
    data = load_data("extract/data/gazetteer.toml")
    provinces = data["provinces"]
    assert len(provinces) == 31
    assert {"广西壮族自治区", "新疆维吾尔自治区", "宁夏回族自治区", "西藏自治区", "内蒙古自治区", "重庆市"} <= set(provinces)
    shorts = [s for section in ("provinces", "prefectures") for forms in data[section].values() for s in forms]
    assert len(shorts) == len(set(shorts))
    for section in ("provinces", "prefectures"):
        for full, forms in data[section].items():
            assert place_suffix(full, lexicon), full  # every full name ends in its level word
            for short in forms:  # a short form is the name without its level word (广西) or keeps its letters in order (锡盟)
                it = iter(full)
                assert len(short) < len(full) and all(ch in it for ch in short), short
                assert full.startswith(short) or short[-1] == full[-1], short
                # Han characters only: ``known_subjects`` checks a form's opener after matching it
                assert all("\u4e00" <= ch <= "\u9fff" for ch in short), short
    assert lexicon.gazetteer.by_short["锡盟"] == "锡林郭勒盟"
    assert lexicon.gazetteer.by_short["广西"] == "广西壮族自治区"
    assert "吉林" not in data["prefectures"].get("吉林市", [])  # the province's short form, not the city's


@pytest.mark.parametrize("text, kicker, found", [
    ("甘肃：用心用情为民办实事", True, [("甘肃", "甘肃省")]),
    ("重庆的党员干部深入基层一线。", False, [("重庆", "重庆市")]),
    ("近日，重庆每个月开展一次主题党日活动。", False, [("重庆", "重庆市")]),
    ("广西各级党组织把办实事作为重要抓手。", False, [("广西", "广西壮族自治区")]),
    ("锡盟各地各部门扎实开展主题教育。", False, [("锡盟", "锡林郭勒盟")]),
    ("内蒙古深入开展调查研究。", False, [("内蒙古", "内蒙古自治区")]),
], ids=["kicker", "members-after-de", "frequency", "members", "league-abbreviation", "three-characters"])
def test_a_short_form_acting_as_its_clause_subject_is_the_place_in_full(lexicon, text, kicker, found):
    assert [(short, full) for _, short, full in known_subjects(text, lexicon, kicker)] == found


@pytest.mark.parametrize("text", [
    "重庆市每个月开展一次主题党日活动。",  # written in full: the place rules read it
    "广西壮族自治区党委召开会议。",
    "重庆是一座山城。",  # described, not acting
    "重庆的山水很美。",  # a modifier
    "来源：四川观察",  # a source after a colon
    "甘肃：用心用情为民办实事",  # a colon sets off a label outside a headline
    "本报讯 重庆日报记者走进基层。",
], ids=["full", "full-region", "described", "modifier", "source", "label-in-body", "paper"])
def test_a_short_form_not_acting_or_written_in_full_is_left_as_it_is(lexicon, text):
    assert known_subjects(text, lexicon) == []


def test_a_known_full_name_is_a_place_where_it_stands_as_words_of_its_own(lexicon):
    assert find_places("近日，新疆维吾尔自治区召开会议。", lexicon) == ["新疆维吾尔自治区"]
    assert "上海市" not in find_places("上海市场繁荣，青岚县组织干部走访。", lexicon)


def test_a_frequency_before_a_verb_opens_the_predicate(lexicon):
    assert opens_predicate("每个月开展一次", lexicon)
    assert opens_predicate("每年投入资金", lexicon)
    assert not opens_predicate("每个党员都", lexicon)


REPORTS = [
    ("甘肃：用心用情为民办实事\n\n"
     "近日，青岚县组织党员干部深入村社，开展走访活动。全县共走访群众3000户，解决问题200个。",
     "甘肃省", "甘肃省"),
    ("用心用情为民办实事\n\n"
     "重庆的党员干部深入基层一线，为群众解难题。在柳河县，干部们走村入户，共走访群众5000户。",
     "重庆市", "重庆市"),
    ("学党史 办实事\n\n"
     "重庆每个月开展一次主题党日活动。其中，石桥区组织党员200人次参加志愿服务。",
     "重庆市", "重庆市"),
    ("为民服务见实效\n\n"
     "广西各级党组织把为群众办实事作为重要抓手。青岚县组织干部下沉一线，共办实事300件。",
     "广西壮族自治区", "广西壮族自治区"),
    ("扎实开展主题教育\n\n"
     "锡盟各地各部门扎实开展主题教育。青岚旗组织干部入户走访牧民2000户。",
     "锡林郭勒盟", "锡林郭勒盟"),
    # written in full with its office, the unit stays as the text writes it
    ("为民服务见实效\n\n"
     "江州市委组织部扎实开展主题教育。江州市委组织部共走访群众3000户。",
     "江州市委组织部", "江州市"),
]


@pytest.mark.parametrize("text, unit, locality", REPORTS,
                         ids=["kicker", "lead-members", "lead-frequency", "region", "league", "full-office"])
def test_a_report_naming_its_place_by_its_short_form_reports_on_that_place(text, unit, locality):
    article = extract_article(text)
    assert (article.unit, article.locality) == (unit, locality)


def test_a_place_whose_committee_by_level_acts_more_often_than_it_is_named_is_the_committees():
    article = extract_article(
        "转作风 见实效\n\n"
        "教育实践活动开展以来，宁夏聚焦“四风”、突出“为民”，活动态势良好。\n"
        "整治“四风”，关键在领导带头。自治区党委常委班子态度坚决，自治区党委各常委先后深入10个县听取意见。\n"
        "9月3日，自治区党委常委会召开专题民主生活会，自治区党委常委逐一对照检查。")
    assert (article.unit, article.locality) == ("宁夏回族自治区党委", "宁夏回族自治区")
