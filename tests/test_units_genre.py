"""The reporting unit on shapes of the genre that recur on reports never tuned on (invented sentences).

Each case is one rule of ``extract/data/meta.toml`` or ``extract/reporting_unit.py``:
an autonomous prefecture's short name (某某州), a street named after a
village (某新村街道), a rare character inside a town's name, a lead whose
predicate opens with a set phrase (紧紧围绕).
"""
from __future__ import annotations

import pytest

from conftest import extract_article, shipped_lexicon, shipped_normalise_rules
from reportgen.extract.places import find_places
from reportgen.ingest.text import read_text
from reportgen.normalise import normalise

RULES = shipped_normalise_rules()
LEX = shipped_lexicon()


@pytest.mark.parametrize(("text", "places"), [
    ("记者从楚山州公安局获悉,楚山州公安机关共开展集中宣传80余场。", ["楚山州"]),
    ("福州开发区党工委召开会议,部署主题教育。", ["福州开发区"]),
    ("近日,岚溪县白杨新村街道党工委召开专题会议,白杨新村街道各社区参加。", ["岚溪县", "白杨新村街道"]),
    ("石岭镇村干部逐户走访,收集意见建议。", ["石岭镇"]),
])
def test_level_words_of_prefectures_city_names_and_streets_named_after_villages(text, places):
    assert find_places(text, LEX) == places


@pytest.mark.parametrize(("text", "unit"), [
    ("标题\n\n记者从楚山州公安局获悉,楚山州公安机关以专项斗争统筹各项工作,共开展集中宣传80余场。", "楚山州公安局"),
    ("标题\n\n日前,长河县杨家畈镇紧紧围绕主题教育总体部署,在全镇扎实开展“大走访”活动,走访农户300户。", "杨家畈镇"),
    ("标题\n\n近日,长河县云台镇扎实推进主题教育,组织党员干部深入村组开展走访,收集意见建议56条。", "云台镇"),
    ("标题\n\n白杨新村街道自主题教育开展以来,高度重视、认真部署,在辖区全面开展走访,收集意见建议56条。", "白杨新村街道"),
])
def test_the_lead_subject_is_the_unit(text, unit):
    assert extract_article(text).unit == unit



@pytest.mark.parametrize("body", [
    "扫黑除恶专项斗争开展以来，区公安分局坚持有黑打黑、有恶除恶，共发放宣传资料3万份，打掉恶势力团伙5个。",
    "公司党委在全体党员中开展服务群众活动，领导班子带头走基层、解难题，向群众征求意见和建议。",
    "医院组织医务人员走村入户，走访慢性病患者家庭60户，倾听患者心声，收集意见和建议。",
], ids=["a-national-special-campaign", "a-party-committees-service-campaign", "visits-and-opinions"])
def test_campaign_work_of_other_campaigns_and_other_kinds_of_unit_is_a_row(body):
    from reportgen.aggregate import compare
    from reportgen.records import Article, Extraction, Source
    from reportgen.taxonomy import load_taxonomy

    item = Extraction(Source(path="r.txt", sha256="sha"), [Article(title="把服务送到群众身边", unit="临川县人民医院",
                                                                   paragraphs=[body], figures=[])])
    c = compare([item], load_taxonomy())
    assert c.units == ["临川县人民医院"] and c.excluded.empty


@pytest.mark.parametrize(("text", "title"), [
    ("学习园地\n\n长河县实验中学扎实开展“两学一做”学习教育\n\n长河县实验中学党支部组织党员教师开展结对帮扶,帮扶学生120名。",
     "长河县实验中学扎实开展“两学一做”学习教育"),
    ("党建工作\n党务公开\n工会工作\n行风建设\n\n医院开展“送医下乡”活动\n\n发表日期:2012-05-16\n\n"
     "5月10日,长河县人民医院开展“送医下乡”活动,走访慢性病患者家庭60户,收集意见和建议。",
     "医院开展“送医下乡”活动"),
    ("医院新闻\n\n发布时间:2014-03-20\n\n我院党委开展“进社区”大走访活动以来,3个党支部的32名党员走进社区。", None),
], ids=["a-column-above-the-title", "a-site-menu-above-the-title", "a-column-alone-is-no-title"])
def test_columns_and_site_menus_are_never_the_title(text, title):
    assert extract_article(text).title == title


def test_a_closing_byline_names_the_publication():
    article = extract_article("标题\n\n记者从楚山州公安局获悉,楚山州公安机关共开展集中宣传80余场。\n\n"
                       "全州公安机关均有明显战果。(江城晚报 记者张某某)")
    assert article.source == "江城晚报"


@pytest.mark.parametrize(("text", "unit"), [
    ("东湖区扎实开展主题教育\n\n东湖区人民政府区长王某在动员会上强调,要抓好主题教育。东湖区委组织全区党员开展集中学习,累计学习研讨86场。",
     "东湖区"),
    ("长河县供销社：把服务送到群众家门口\n\n长河县供销合作社联合社坚持以主题教育为引领,组织党员干部走访社员群众320户。",
     "长河县供销合作社联合社"),
    ("自主题教育开展以来,锦城旅游商贸高等职业技术学校坚持立足实际,组织党员教师开展集中学习12次。锦城市委教育工委作了部署。",
     "锦城旅游商贸高等职业技术学校"),
], ids=["an-officials-post-is-no-actor", "a-cooperative-named-in-full", "a-school-named-by-its-citys-stem"])
def test_organisations_of_other_kinds(text, unit):
    assert extract_article(text).unit == unit


@pytest.mark.parametrize(("text", "unit"), [
    ("我局扎实开展党史学习教育\n\n今年以来，我局认真贯彻落实中央部署，组织党员干部开展集中学习20次，为群众办实事35件。\n\n"
     "版权所有：岚溪县市场监督管理局  地址：人民路1号", "岚溪县市场监督管理局"),
    ("关于开展主题教育工作情况的汇报\n\n来源：岚溪县人民政府  发布时间：2019-09-20\n\n"
     "今年以来，我县认真贯彻落实中央部署，扎实开展主题教育，征求意见建议1320条。", "岚溪县"),
    ("镇党委召开专题组织生活会\n\n近日，镇党委召开专题组织生活会，我镇班子成员逐一进行对照检查，查摆问题26个。\n\n"
     "版权所有：岚溪县人民政府", "镇党委"),
], ids=["an-office-named-only-in-the-footer", "a-county-named-only-as-the-source", "a-town-on-its-countys-site"])
def test_a_text_that_names_no_place_takes_its_unit_from_the_page(text, unit):
    assert extract_article(text).unit == unit


def test_the_site_owner_is_kept_as_document_meta():
    document = normalise(read_text("正文。\n\n主办：中共岚溪县委办公室  技术支持：某公司".encode("utf-8"))[0], RULES)
    assert document.meta["owner"] == "中共岚溪县委办公室"


@pytest.mark.parametrize(("text", "unit"), [
    ("县委常委会召开专题民主生活会\n\n岚溪县网5月8日讯 5月8日,县委常委会召开专题民主生活会,班子成员逐一对照检查,查摆问题26个。",
     "岚溪县委常委会"),
    ("连日来,市交运局组织54名机关党员深入村组走访,收集意见建议36条。\n\n该局将与江岭市各镇共同抓好整改。", "江岭市交运局"),
], ids=["the-countys-standing-committee", "the-citys-bureau"])
def test_an_office_named_by_its_level_takes_the_one_place_of_that_level(text, unit):
    assert extract_article(text).unit == unit


def test_a_roundup_of_offices_is_the_places_report():
    text = ("江岭全市掀起主题教育热潮\n\n江岭市主题教育动员大会召开后,各单位迅速行动。\n\n"
            "江岭市财政局:周密安排,成立领导小组,制订《中共江岭市财政局党组实施方案》,全系统86名党员参加。\n\n"
            "石岭镇:召开动员大会,对全镇各级党组织开展主题教育作出部署。")
    assert extract_article(text).unit == "江岭市"


@pytest.mark.parametrize(("text", "unit"), [
    ("标题\n\n今年以来,岚溪县第一中学党总支扎实开展主题教育,组织党员教师开展集中学习12次。", "岚溪县第一中学党总支"),
    ("标题\n\n今年以来,岚溪县实验小学党支部扎实开展主题教育,组织党员教师走访学生家庭120户。", "岚溪县实验小学党支部"),
], ids=["an-ordinal-inside-a-schools-name", "a-schools-party-branch"])
def test_party_branches_and_numbered_schools(text, unit):
    assert extract_article(text).unit == unit


def test_an_office_of_the_kind_the_text_calls_itself_by_is_the_unit_not_its_place():
    text = ("我局扎实开展党史学习教育\n\n今年以来,我局认真贯彻落实中央部署,扎实开展党史学习教育,组织党员干部开展集中学习20次,"
            "为群众办实事35件。\n\n(供稿:岚溪县市场监督管理局)")
    assert extract_article(text).unit == "岚溪县市场监督管理局"


@pytest.mark.parametrize(("text", "unit"), [
    ("标题\n\n近日,岚溪县公安局城关派出所开展“民警进万家”活动,走访群众560户,收集意见建议56条。", "岚溪县公安局城关派出所"),
    ("标题\n\n近日,岚溪县公安局召开会议,研究部署主题教育,交警大队等单位参加,收集意见建议56条。", "岚溪县公安局"),
], ids=["a-station-of-a-bureau", "a-clause-after-the-bureau"])
def test_a_sub_unit_named_after_its_office_is_part_of_the_name(text, unit):
    assert extract_article(text).unit == unit


@pytest.mark.parametrize(("text", "unit"), [
    ("本报讯 近日,岚溪县学习实践活动观摩会在云台镇召开。该县学习实践活动办公室、县相关领导参加会议。"
     "该镇主要领导介绍了云台镇开展学习实践活动的情况,该镇共收集意见建议120条。", "云台镇"),
    ("本报讯 近日,岚溪县召开学习实践活动推进会,在云台镇举行现场观摩,全县共收集意见建议1200条,查摆问题86个。", "岚溪县"),
], ids=["a-meeting-named-after-the-county-held-in-a-town", "the-county-holds-the-meeting"])
def test_a_meeting_held_at_a_place_shows_that_place(text, unit):
    assert extract_article(text).unit == unit
