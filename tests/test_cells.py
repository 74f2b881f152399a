"""Rows and cells by the comparison guide, on realistic report sentences (none from the seeds).

Figures are built by hand, mapped to indicators by the shipped taxonomy as
the extractor would, so these tests pin the comparison's own rules: which
articles are rows, which figure stands in a cell, and which stays out.
"""
from __future__ import annotations

import json
import math

import pytest

from reportgen.aggregate import compare, export_comparison
from reportgen.records import Article, Extraction, Figure, Source
from reportgen.taxonomy import load_taxonomy

TAXONOMY = load_taxonomy()
CAMPAIGN = "党的群众路线教育实践活动开展以来，县委坚持边学边查边改。"


def fig(text: str, value: float, unit: str, obj: str, sentence: str, qualifier=None) -> Figure:
    return Figure(text=text, value=value, unit=unit, object=obj, qualifier=qualifier, sentence=sentence,
                  indicator=TAXONOMY.indicator_for(obj, unit))


def report(unit: str | None, *figures: Figure, title: str = "扎实开展教育实践活动", path: str = "r.txt",
           body: str = CAMPAIGN) -> Extraction:
    return Extraction(Source(path=path, sha256=f"sha-{path}"),
                      [Article(title=title, unit=unit, paragraphs=[body], figures=list(figures))])


def cell(comparison, unit: str, indicator: str):
    return comparison.value(unit, indicator)


def why(comparison, text: str) -> str | None:
    rows = comparison.figures[comparison.figures["text"] == text]
    return rows.iloc[0]["not_cell"]


def test_categories_are_not_problems():
    s = "通过走访座谈，共梳理出作风建设、服务群众等5个方面的问题。"
    c = compare([report("临川县", fig("5个", 5, "个", "问题", s))], TAXONOMY)
    assert cell(c, "临川县", "problems") is None
    assert "类别" in why(c, "5个")


def test_parts_of_one_kind_are_summed():
    s = "各级领导干部深入村组走访，收集群众意见560件、建议210条。"
    c = compare([report("临川县", fig("560件", 560, "件", "群众意见", s), fig("210条", 210, "条", "建议", s))],
                TAXONOMY)
    assert cell(c, "临川县", "opinions") == 770


def test_measure_words_of_one_family_are_one_count():
    a = report("临川县", fig("86项", 86, "项", "意见建议", "共征集意见建议86项。"), path="a.txt")
    b = report("东平区", fig("120条", 120, "条", "意见建议", "共收集意见建议120条。"), path="b.txt")
    c = compare([a, b], TAXONOMY)
    totals = c.totals[c.totals["indicator"] == "opinions"]
    assert list(totals["total"]) == [206]


def test_people_times_are_not_party_members():
    s = "组织党员参加志愿服务1800人次。"
    c = compare([report("临川县", fig("1800人次", 1800, "人次", "党员", s))], TAXONOMY)
    assert cell(c, "临川县", "party_members") is None


def test_stated_total_wins_over_its_part():
    s = "共召开各类座谈会48场，其中村级院坝会30场。"
    c = compare([report("临川县", fig("48场", 48, "场", "座谈会", s), fig("30场", 30, "场", "院坝会", s))], TAXONOMY)
    assert cell(c, "临川县", "forums") == 48


def test_a_part_alone_is_no_cell():
    s = "全县开展专项整治，其中青石镇排查问题26个。"
    c = compare([report("临川县", fig("26个", 26, "个", "问题", s))], TAXONOMY)
    assert cell(c, "临川县", "problems") is None
    assert "其中" in why(c, "26个") or "下属" in why(c, "26个")


def test_one_town_does_not_stand_for_the_county():
    s = "在青石镇，镇领导班子带头走访，共查找问题26个，已全部建立台账。"
    c = compare([report("临川县", fig("26个", 26, "个", "问题", s))], TAXONOMY)
    assert cell(c, "临川县", "problems") is None
    assert "青石镇" in why(c, "26个")


def test_the_whole_county_after_a_town_is_the_county():
    s = "继青石镇试点之后，全县共查找问题260个。"
    c = compare([report("临川县", fig("260个", 260, "个", "问题", s))], TAXONOMY)
    assert cell(c, "临川县", "problems") == 260


def test_a_town_reporting_for_itself_keeps_its_figure():
    s = "青石镇共查找问题26个。"
    c = compare([report("青石镇", fig("26个", 26, "个", "问题", s))], TAXONOMY)
    assert cell(c, "青石镇", "problems") == 26


def test_attending_meetings_is_not_holding_forums():
    s = "班子成员深入基层参加各类座谈会12次。"
    c = compare([report("临川县", fig("12次", 12, "次", "座谈会", s))], TAXONOMY)
    assert cell(c, "临川县", "forums") is None


def test_planned_money_is_not_funds_spent():
    planned = "明年计划投入资金200万元用于村级活动场所建设。"
    spent = "筹集帮扶资金35万元，为困难群众解决实际困难。"
    c = compare([report("临川县", fig("200万元", 2_000_000, "元", "资金", planned),
                        fig("35万元", 350_000, "元", "帮扶资金", spent))], TAXONOMY)
    assert cell(c, "临川县", "funds") == 350_000


def test_questionnaire_questions_are_not_problems():
    s = "发放的调查问卷设置了10个问题。"
    c = compare([report("临川县", fig("10个", 10, "个", "问题", s))], TAXONOMY)
    assert cell(c, "临川县", "problems") is None


def test_problems_put_under_rectification_are_also_rectification_items():
    s = "县委确定9个问题作为立行立改项目，逐项明确责任人。"
    c = compare([report("临川县", fig("9个", 9, "个", "问题", s))], TAXONOMY)
    assert cell(c, "临川县", "problems") == 9
    assert cell(c, "临川县", "rectification_items") == 9


@pytest.mark.parametrize("values, expected", [((80, 20, 30), 80), ((60, 50, 40), None)],
                         ids=["largest-covers-the-rest", "none-covers-the-rest"])
def test_disagreeing_figures_fill_the_cell_only_when_one_can_be_the_whole(values, expected):
    figures = [fig(f"{v}条", v, "条", "意见建议", f"第{i}批次收集意见建议{v}条。") for i, v in enumerate(values)]
    c = compare([report("临川县", *figures)], TAXONOMY)
    assert cell(c, "临川县", "opinions") == expected
    assert ("unsure_cell" in set(c.flags["code"])) is (expected is None)


def test_news_items_are_excluded_with_a_reason_and_not_counted():
    news = report("江北市统计局", fig("52亿元", 5_200_000_000, "元", "投资", "一季度全市完成固定资产投资52亿元。"),
                  title="一季度全市经济运行平稳", path="news.txt",
                  body="一季度全市经济运行平稳，规模以上工业增加值同比增长8.1%。")
    campaign = report("临川县", fig("1200名", 1200, "名", "党员", "全县1200名党员参加教育实践活动。"))
    c = compare([campaign, news], TAXONOMY)
    assert c.units == ["临川县"]
    assert list(c.excluded["title"]) == ["一季度全市经济运行平稳"]
    assert "不是单位的活动报道" in c.excluded.iloc[0]["reason"]
    assert not (c.cells["indicator"] == "funds").any()


def test_a_fragment_of_a_sentence_is_no_unit_name():
    c = compare([report("王某是东坡村", fig("3户", 3, "户", "农户", "走访农户3户。"))], TAXONOMY)
    assert c.units == ["（待确认单位1）"]
    assert not c.rows.iloc[0]["identified"]


def test_export_carries_rows_documents_and_excluded(tmp_path):
    news = report("江北市统计局", title="一季度全市经济运行平稳", path="in/news.txt",
                  body="一季度全市经济运行平稳，规模以上工业增加值同比增长8.1%。")
    one = report("临川县", fig("1200名", 1200, "名", "党员", "全县1200名党员参加教育实践活动。"), path="in/a.txt")
    two = report("临川县委", title="临川县委书记谈作风建设", path="in/b.txt")
    unnamed = report(None, fig("45场", 45, "场", "座谈会", "共召开座谈会45场。"), path="in/c.txt")
    out = tmp_path / "c.json"
    export_comparison(compare([one, two, unnamed, news], TAXONOMY), "json", out)
    data = json.loads(out.read_text("utf-8"))
    rows = {r["name"]: r for r in data["rows"]}
    assert rows["临川县委"]["documents"] == ["in/a.txt", "in/b.txt"]  # the county and its committee are one row
    assert rows["（待确认单位1）"]["unit"] is None and rows["（待确认单位1）"]["documents"] == ["in/c.txt"]
    (forum,) = [c for c in data["cells"] if c["indicator"] == "forums"]
    assert forum["unit"] is None and forum["row"] == "（待确认单位1）" and forum["value"] == 45
    assert [(e["document"], e["title"]) for e in data["excluded"]] == [("in/news.txt", "一季度全市经济运行平稳")]
    assert all(not math.isnan(c["value"]) for c in data["cells"])


def test_problems_solved_are_not_problems_found():
    s = "领导干部深入一线调研，发现问题64个，现场解决问题21个。"
    c = compare([report("临川县", fig("64个", 64, "个", "问题", s), fig("21个", 21, "个", "问题", s))], TAXONOMY)
    assert cell(c, "临川县", "problems") == 64
    assert "解决" in why(c, "21个")


def test_problems_rectified_count_rectification_not_the_problems():
    s = "截至目前，园区收集的31个问题已整改到位25条。"
    figures = [Figure(text="31个", value=31, unit="个", object="整改", indicator="rectification_items", sentence=s),
               Figure(text="25条", value=25, unit="条", object="整改到位", indicator="rectification_items", sentence=s)]
    c = compare([report("临川县", *figures)], TAXONOMY)
    assert cell(c, "临川县", "rectification_items") == 25


def test_an_earlier_campaign_is_a_campaign_report():
    body = "县委召开深入学习实践科学发展观活动动员大会，广泛征求意见。"
    c = compare([report("临川县", fig("96条", 96, "条", "意见和建议", "收集各方面的意见和建议96条。"), body=body)],
                TAXONOMY)
    assert c.units == ["临川县"] and c.excluded.empty


@pytest.mark.parametrize("indicator, text, value, unit, obj, sentence", [
    ("households", "5000户", 5000, "户", "农户", "全县计划走访农户5000户。"),
    ("opinions", "1000条", 1000, "条", "意见建议", "力争征集意见建议1000条。"),
    ("forums", "36场", 36, "场", "座谈会", "去年全年召开座谈会36场。"),
    ("households", "120户", 120, "户", "困难户", "机关干部结对帮扶困难户120户。"),
], ids=["planned-visits", "target-opinions", "last-year", "paired-not-visited"])
def test_plans_last_year_and_pairing_are_no_cells(indicator, text, value, unit, obj, sentence):
    c = compare([report("临川县", fig(text, value, unit, obj, sentence))], TAXONOMY)
    assert cell(c, "临川县", indicator) is None
    assert why(c, text)


def test_since_last_year_is_this_campaigns_total():
    s = "去年以来，全县共走访农户3.2万户。"
    c = compare([report("临川县", fig("3.2万户", 32000, "户", "农户", s))], TAXONOMY)
    assert cell(c, "临川县", "households") == 32000


def test_problems_and_suggestions_counted_together_are_neither():
    s = "深入企业广泛征求到影响发展的突出问题和建议45条。"
    figures = [Figure(text="45条", value=45, unit="条", object="突出问题和建议", indicator="problems", sentence=s)]
    c = compare([report("临川县", *figures)], TAXONOMY)
    assert cell(c, "临川县", "problems") is None and cell(c, "临川县", "opinions") is None


@pytest.mark.parametrize("title", ["在全县党的群众路线教育实践活动动员大会上的讲话",
                                   "关于开展党的群众路线教育实践活动的通知"])
def test_a_speech_or_a_notice_is_no_row(title):
    speech = report("临川县", fig("1200名", 1200, "名", "党员", "全县1200名党员参加教育实践活动。"), title=title)
    c = compare([speech], TAXONOMY)
    assert c.units == [] and "讲话" in c.excluded.iloc[0]["reason"]


@pytest.mark.parametrize("sentence", ["围绕美丽乡村建设，县委共收集意见建议860条。",
                                      "县级领导分片坐镇一线，共收集意见建议860条。"])
def test_words_that_end_like_a_town_are_no_town(sentence):
    c = compare([report("临川县", fig("860条", 860, "条", "意见建议", sentence))], TAXONOMY)
    assert cell(c, "临川县", "opinions") == 860


def test_a_bulletin_item_naming_no_campaign_is_a_row_by_its_work():
    body = "区司法局党组坚持开门纳谏，班子成员带队走访群众，召开座谈会8场，收集意见建议57条。"
    c = compare([report("青山区司法局", fig("57条", 57, "条", "意见建议", body), title="青山区司法局：开门纳谏听民声",
                        body=body)], TAXONOMY)
    assert c.units == ["青山区司法局"] and cell(c, "青山区司法局", "opinions") == 57


def test_a_figure_for_the_whole_city_is_not_a_districts():
    s = "会上通报，全市共收集意见建议1.2万条。"
    c = compare([report("青山区", fig("1.2万条", 12000, "条", "意见建议", s))], TAXONOMY)
    assert cell(c, "青山区", "opinions") is None and "全市" in why(c, "1.2万条")
    own = "全区共收集意见建议860条。"
    c = compare([report("青山区委组织部", fig("860条", 860, "条", "意见建议", own))], TAXONOMY)
    assert cell(c, "青山区委组织部", "opinions") == 860


def test_village_cadres_of_the_town_are_no_subordinate_town():
    s = "镇党委组织镇村干部开展大走访，全镇共排查群众反映问题58件。"
    c = compare([report("青石镇", fig("58件", 58, "件", "群众反映问题", s))], TAXONOMY)
    assert cell(c, "青石镇", "problems") == 58


def test_the_whole_town_inside_a_county_report_is_not_the_county():
    s = "在试点乡镇，全镇共排查群众反映问题58件。"
    c = compare([report("临川县", fig("58件", 58, "件", "群众反映问题", s))], TAXONOMY)
    assert cell(c, "临川县", "problems") is None and "全镇" in why(c, "58件")


def test_practical_matters_collected_are_not_done_but_the_done_part_is():
    s = "截至目前，共收集为民办实事项目45件，其中已办结12件，其余正在推进。"
    c = compare([report("青石镇", fig("45件", 45, "件", "为民办实事项目", s), fig("12件", 12, "件", "实事", s))],
                TAXONOMY)
    assert cell(c, "青石镇", "practical_matters") == 12
    assert "收集" in why(c, "45件")


def test_a_part_of_practical_matters_that_is_no_done_count_stays_a_part():
    s = "全年为群众办实事45件，其中教育类12件。"
    c = compare([report("青石镇", fig("45件", 45, "件", "实事", s), fig("12件", 12, "件", "实事", s))], TAXONOMY)
    assert cell(c, "青石镇", "practical_matters") == 45
    assert "其中" in why(c, "12件")


@pytest.mark.parametrize("text, value, obj, sentence", [
    ("30余名", 30, "党员志愿者", "组织30余名党员志愿者深入村组开展环境整治。"),
    ("20名", 20, "党员骨干", "抽调20名党员骨干组成工作专班，集中攻坚。"),
    ("860名", 860, "党员", "全县流动党员860名，建立流动党员服务站。"),
], ids=["volunteers", "a-core-group", "a-kind-before"])
def test_a_subgroup_of_party_members_is_no_cell(text, value, obj, sentence):
    c = compare([report("临川县", fig(text, value, "名", obj, sentence))], TAXONOMY)
    assert cell(c, "临川县", "party_members") is None
    assert "党员中的" in why(c, text)


def test_leaders_comments_on_lower_organisations_are_no_opinions():
    s = "县委领导点评基层党组织126个，提出点评意见480余条。"
    c = compare([report("临川县", fig("480余条", 480, "条", "点评意见", s, qualifier="over"))], TAXONOMY)
    assert cell(c, "临川县", "opinions") is None and "点评" in why(c, "480余条")


@pytest.mark.parametrize("body", [
    "村党支部以党建引领乡村治理，组织党员干部入户走访，收集群众建议，逐项研究解决。",
    "县财政局党组对照巡察整改反馈意见，逐条制定措施，明确责任和时限。",
], ids=["party-building-work", "inspection-rectification"])
def test_work_of_any_campaign_of_the_genre_is_a_row(body):
    c = compare([report("青石村", title="青石村：把服务送到家门口", body=body)], TAXONOMY)
    assert c.units == ["青石村"] and c.excluded.empty


def test_a_place_is_not_the_unit_of_a_report_that_calls_itself_by_its_kind():
    body = "近日，我院召开全体干警大会，部署创先争优公开承诺工作。至今，我院12个党支部均已作出承诺。"
    c = compare([report("临川县", title="我院扎实推进公开承诺活动", body=body)], TAXONOMY)
    assert list(c.rows["identified"]) == [False]
    assert "临川县" in c.flags[c.flags["code"] == "no_unit"].iloc[0]["message"]
    own = "县委召开常委会，部署党的群众路线教育实践活动。全县各级党组织召开座谈会1200场。"
    c = compare([report("临川县", body=own)], TAXONOMY)
    assert list(c.rows["identified"]) == [True]


def test_the_rules_passed_in_are_the_rules_used():
    """A run's rule tables come in as one object (like extract's Lexicon); edited tables change the comparison."""
    from reportgen.aggregate.rules import load_rules, rules_from
    from reportgen.resources import load_data

    body = "区文旅局开展“红色驿站”志愿服务，组织干部职工到社区报到，收集群众意见建议57条。"
    item = report("青山区文旅局", fig("57条", 57, "条", "意见建议", body), title="青山区文旅局：把服务送到社区", body=body)
    shipped = compare([item], TAXONOMY, rules=load_rules())
    assert shipped.units == [] and not shipped.excluded.empty  # names no campaign, too few of its work words
    raw = load_data("aggregate/rules.toml")
    raw["relevance"]["campaign_names"] = [*raw["relevance"]["campaign_names"], "红色驿站"]
    raw["display"]["exact"] = "{n}（{u}）"
    edited = compare([item], TAXONOMY, rules=rules_from(raw))
    assert edited.units == ["青山区文旅局"]
    assert edited.cell("青山区文旅局", "opinions")["display"] == "57（条）"


def test_no_aggregate_module_caches_a_rule_table():
    from pathlib import Path

    import reportgen.aggregate as aggregate

    folder = Path(aggregate.__file__).parent
    cached = [p.name for p in folder.glob("*.py") if "lru_cache" in p.read_text(encoding="utf-8")
              or "@cache" in p.read_text(encoding="utf-8")]
    assert cached == []


def test_one_special_actions_count_is_not_the_units():
    s = "在违规公款吃喝专项整治中，全市共查处问题38个。"
    c = compare([report("江北市", fig("38个", 38, "个", "问题", s))], TAXONOMY)
    assert cell(c, "江北市", "problems") is None and "专项" in why(c, "38个")
    whole = "结合专项整治，全市共查找问题260个，已整改198个。"
    c = compare([report("江北市", fig("260个", 260, "个", "问题", whole))], TAXONOMY)
    assert cell(c, "江北市", "problems") == 260


@pytest.mark.parametrize("s", ["全县共检视问题312个，已整改到位276个。", "全县共检视问题312个，已完成整改276个。"])
def test_problems_said_rectified_count_rectification_items_not_problems_found(s):
    c = compare([report("临川县", fig("312个", 312, "个", "问题", s), fig("276个", 276, "个", "问题", s))], TAXONOMY)
    assert cell(c, "临川县", "problems") == 312
    assert cell(c, "临川县", "rectification_items") == 276


@pytest.mark.parametrize("sentence, expected", [
    ("县级领导带头走访群众3200户，收集意见建议460条。", 3200),
    ("新修道路4.5公里，受益群众503户。", None),
], ids=["visited", "benefited"])
def test_people_counted_in_households_are_households_visited_not_beneficiaries(sentence, expected):
    text = sentence[sentence.index("群众") + 2:sentence.index("户") + 1]
    value = float(text[:-1])
    c = compare([report("临川县", fig(text, value, "户", "群众", sentence))], TAXONOMY)
    assert cell(c, "临川县", "households") == expected


@pytest.mark.parametrize("text, value, unit, obj, sentence, indicator", [
    ("5户", 5, "户", "群众", "县委要求每名党员至少走访群众5户。", "households"),
    ("不少于2次", 2, "次", "座谈会", "每个支部召开座谈会不少于2次。", "forums"),
    ("2场", 2, "场", "座谈会", "各村每月召开院坝会2场，倾听群众呼声。", "forums"),
], ids=["per-member", "per-branch-at-least", "per-month"])
def test_a_quota_or_a_rate_is_no_cell(text, value, unit, obj, sentence, indicator):
    c = compare([report("临川县", fig(text, value, unit, obj, sentence))], TAXONOMY)
    assert cell(c, "临川县", indicator) is None


def test_every_household_reached_leaves_the_total_a_cell():
    s = "党员干部走到每家每户，共走访群众3200户。"
    c = compare([report("临川县", fig("3200户", 3200, "户", "群众", s))], TAXONOMY)
    assert cell(c, "临川县", "households") == 3200


def test_economic_news_using_party_words_in_passing_is_no_row():
    body = ("一季度全市规模以上工业增加值增长8.2%。全市坚持党建引领，各级党员干部带头深入企业，帮助解决用工、融资等难题，"
            "全市新签约项目46个，总投资120亿元。")
    c = compare([report("江北市", fig("46个", 46, "个", "项目", body), title="一季度全市工业经济稳中有进", body=body)],
                TAXONOMY)
    assert c.units == [] and len(c.excluded) == 1
