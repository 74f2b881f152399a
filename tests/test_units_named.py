"""Units a report names by their own proper name, pages that name the posting office, and drives of the genre
beyond the party campaigns (invented sentences of the genre; no place or unit of a tuning text).

Each case is one rule: ``reporting_unit._named_subject`` (an organisation opening a clause by its
proper name, with no place before it), ``meta._department`` (a page header's 供稿/编辑 field naming an
office), ``aggregate/rules.toml`` ``[relevance]`` (special drives) and ``[unit_names]`` (政协, 人大 ...).
"""
from __future__ import annotations

import pytest

from conftest import extract_article
from reportgen.aggregate import compare
from reportgen.records import Article, Extraction, Source
from reportgen.taxonomy import load_taxonomy

TAXONOMY = load_taxonomy()


@pytest.mark.parametrize(("text", "unit"), [
    ("为民办实事清单发布\n\n今年以来,岚峰师范学院坚持把学习教育同解决师生急难愁盼结合起来,收集意见建议86条。", "岚峰师范学院"),
    ("标题\n\n自主题教育开展以来,国网松溪供电公司一切以群众满意为标准,走访用电客户420户。", "国网松溪供电公司"),
    ("凤鸣农场党委扎实开展先进性教育活动\n\n凤鸣农场党委召开动员会,全场党员312名参加。", "凤鸣农场党委"),
    ("立足岗位办实事——翠湖中学党史学习教育纪实\n\n党史学习教育在翠湖中学扎实推进,学校组织师生开展主题宣讲16场。",
     "翠湖中学"),
], ids=["university-in-the-lead", "company-before-a-pronoun", "party-committee-of-a-farm", "school-after-a-dash"])
def test_an_organisation_opening_a_clause_by_its_proper_name_is_the_unit(text, unit):
    assert extract_article(text).unit == unit


def test_an_organisation_named_only_by_its_kind_is_not_a_unit():
    assert extract_article("标题\n\n今年以来,人民医院扎实开展“进社区”活动,走访慢性病患者家庭60户。").unit is None


def test_an_institutions_office_named_only_by_kind_is_kept_as_written():
    # issue 8: where the only name is the kind's office (学校党委), keep it as written; gold marks it unit_optional
    assert extract_article("标题\n\n近日,学校党委认真部署主题教育,组织党员教师开展结对帮扶,帮扶学生120名。").unit == "学校党委"


def test_a_masked_name_opening_the_report_leaves_the_unit_to_the_editor():
    text = ("标题\n\nxx派出所召开全所民警会议,部署扫黑除恶专项斗争。\n\n"
            "随后,民警前往柳荫社区,与社区干部对接,排查矛盾纠纷12起。")
    assert extract_article(text).unit is None


def test_the_office_a_page_header_names_as_editor_is_the_unit_of_a_text_that_says_we():
    text = ("医院开展义诊进村活动\n\n发表日期:2012-06-08    新闻来源:    编辑:青川县人民医院  浏览量:210\n\n"
            "6月5日,医院组织专家到偏远村组义诊,走访患者家庭35户。我院将收集到的意见逐条梳理。")
    article = extract_article(text)
    assert (article.unit, article.locality) == ("青川县人民医院", "青川县")


def _item(unit: str, body: str, title: str = "标题") -> Extraction:
    return Extraction(Source(path="r.txt", sha256="sha"), [Article(title=title, unit=unit, paragraphs=[body], figures=[])])


@pytest.mark.parametrize("body", [
    "4月上旬,该乡安委办会同有关部门开展安全隐患大排查大整治,发现问题14个,现场整改10个。",
    "该区成立工作专班,开展“企业大走访”活动,收集企业反映的困难和问题52个,均已回访答复。",
    "为推进创建全国文明城市工作,社区组织志愿者清理卫生死角40余处,劝导不文明行为,以创城实效回应群众期盼。",
], ids=["safety-checks", "visits-to-enterprises", "civilised-city-drive"])
def test_special_drives_of_the_genre_are_rows(body):
    c = compare([_item("青川县白沙乡", body)], TAXONOMY)
    assert c.units == ["青川县白沙乡"] and c.excluded.empty


def test_economic_news_is_still_no_row():
    body = "记者从市发改委获悉,一季度全市完成固定资产投资520亿元,同比增长12%,新开工项目86个。"
    c = compare([_item("青川市", body, title="一季度固定资产投资稳步增长")], TAXONOMY)
    assert c.units == [] and len(c.excluded) == 1


@pytest.mark.parametrize("unit", ["青川县政协", "青川县人大", "青川县妇联"])
def test_a_peoples_congress_a_consultative_conference_and_a_federation_are_unit_names(unit):
    c = compare([_item(unit, "县政协党组在主题教育中召开座谈会,收集意见建议40条,整改问题12个。")], TAXONOMY)
    assert c.units == [unit]


@pytest.mark.parametrize(("text", "places"), [
    ("为深入开展扫黑除恶专项斗争,西柳坝镇重拳出击,多措并举。", ["西柳坝镇"]),
    ("长河县西杏林乡召开专题会议。", ["长河县", "西杏林乡"]),
    ("工作组向西部山区延伸,向东村民小组宣讲。", []),
], ids=["town-opening-with-a-direction", "township-after-its-county", "directions-are-no-names"])
def test_a_place_name_opening_with_a_direction_keeps_it(text, places):
    from conftest import shipped_lexicon
    from reportgen.extract.places import find_places

    assert find_places(text, shipped_lexicon()) == places


def test_numbered_reports_of_one_series_on_one_page_are_articles_of_their_own():
    from conftest import shipped_lexicon, shipped_normalise_rules
    from reportgen.extract import extract
    from reportgen.ingest.text import read_text
    from reportgen.normalise import normalise

    text = ("村级环境整治工作汇报之一\n"
            "近日,石桥村组织党员志愿者开展环境卫生整治,清理卫生死角30余处,收集群众意见建议12条。\n"
            "村级环境整治工作汇报之二\n"
            "为改善人居环境,长河县柳溪镇竹园村集中开展环境整治行动,走访农户86户,发放倡议书200余份。\n")
    articles = extract(normalise(read_text(text.encode("utf-8"))[0], shipped_normalise_rules()), shipped_lexicon())
    assert [a.title for a in articles] == ["村级环境整治工作汇报之一", "村级环境整治工作汇报之二"]
    assert [a.unit for a in articles] == ["石桥村", "竹园村"]


def test_a_closing_credit_line_names_the_publication():
    text = ("标题\n\n近日,长河县柳溪镇开展安全隐患大排查,发现问题9个,现场整改7个。\n\n中国乡村网时政:李某某")
    assert extract_article(text).source == "中国乡村网"


def test_a_traditional_page_header_written_with_the_common_character_gives_the_date():
    text = "醫院新聞\n發布時間:2016-05-12\n我院黨委組織黨員走進社區,開展義診活動,發放健康讀物300餘冊。"
    assert extract_article(text).date == "2016-05-12"


@pytest.mark.parametrize(("text", "unit"), [
    ("标题\n\n白沙区人民政府区长刘某在会上强调,要抓好整改。白沙区扎实推进巡视整改,整改问题64个。", "白沙区"),
    ("标题\n\n白沙县林业局党组书记、局长刘某带队走访林农。今年以来,白沙县林业局共收集意见建议75条。", "白沙县林业局"),
], ids=["a-governments-head", "a-bureaus-party-secretary"])
def test_an_office_named_for_an_officials_post_is_not_the_actor(text, unit):
    assert extract_article(text).unit == unit


@pytest.mark.parametrize(("text", "unit"), [
    ("标题\n\n今年以来,白沙县妇幼保健院扎实开展“我为群众办实事”实践活动,义诊群众2000余人次。", "白沙县妇幼保健院"),
    ("中共白沙县委统战部关于主题教育开展情况的报告\n\n主题教育开展以来,我部坚持问题导向,收集意见建议48条。", "中共白沙县委统战部"),
    ("标题\n\n今年以来,白沙县纪委监委扎实开展主题教育,查摆问题21个。", "白沙县纪委监委"),
], ids=["maternal-and-child-health-hospital", "a-departments-report", "discipline-commission-and-supervision"])
def test_offices_of_the_genre_end_their_names(text, unit):
    assert extract_article(text).unit == unit


def test_the_headlines_own_actor_wins_over_the_page_that_posted_it():
    text = ("首页 > 工作动态 > 基层风采\n白沙县扎实开展主题教育\n发布时间:2023-06-01 来源:白沙县委组织部\n"
            "今年以来,白沙县坚持学思用贯通,收集意见建议320条。")
    assert extract_article(text).unit == "白沙县"


@pytest.mark.parametrize("mark", ["（图）", "(组图)", "[视频]"])
def test_a_web_pages_media_mark_is_not_part_of_the_title(mark):
    text = f"白沙县扎实开展主题教育{mark}\n\n今年以来,白沙县坚持学思用贯通,收集意见建议320条。"
    assert extract_article(text).title == "白沙县扎实开展主题教育"
