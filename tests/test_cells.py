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


def test_problems_and_suggestions_solicited_together_are_opinions_not_problems():
    s = "深入企业广泛征求到影响发展的突出问题和建议45条。"
    figures = [Figure(text="45条", value=45, unit="条", object="突出问题和建议", indicator="problems", sentence=s)]
    c = compare([report("临川县", *figures)], TAXONOMY)
    assert cell(c, "临川县", "problems") is None and cell(c, "临川县", "opinions") == 45


def test_problems_and_suggestions_found_together_are_neither():
    s = "班子成员对照检查，共查摆出问题和建议30条。"
    figures = [Figure(text="30条", value=30, unit="条", object="问题和建议", indicator="problems", sentence=s)]
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


def test_money_of_one_project_is_no_funds_cell():
    s = "针对群众饮水难问题，投资86万元，新建蓄水池12座，解决了3个村的饮水问题。"
    c = compare([report("临川县", fig("86万元", 860000, "元", "投资", s))], TAXONOMY)
    assert cell(c, "临川县", "funds") is None
    assert "工程" in why(c, "86万元")


def test_stated_total_of_money_is_the_funds_cell_even_before_a_project():
    s = "活动开展以来，全县共投入资金1200万元，新修村组道路46公里。"
    c = compare([report("临川县", fig("1200万元", 12000000, "元", "资金", s))], TAXONOMY)
    assert cell(c, "临川县", "funds") == 12000000


def test_money_planned_after_a_clause_of_time_is_no_funds_cell():
    s = "据了解，该公司将用两年时间，投资650万元对辖区内的老旧线路进行改造。"
    c = compare([report("某供电公司", fig("650万元", 6500000, "元", "投资", s))], TAXONOMY)
    assert cell(c, "某供电公司", "funds") is None
    assert "计划" in why(c, "650万元")


def test_a_per_head_amount_is_no_total():
    s = "结对帮扶困难学生15名，资助生活费人均800元。"
    c = compare([report("临川县", fig("800元", 800, "元", "资助生活费", s))], TAXONOMY)
    assert cell(c, "临川县", "funds") is None
    assert "平均" in why(c, "800元")


def test_members_of_some_branches_are_a_part():
    s = "活动启动以来，已有5个党支部的46名党员走进社区开展志愿服务。"
    c = compare([report("某区人民医院", fig("46名", 46, "名", "党员", s))], TAXONOMY)
    assert cell(c, "某区人民医院", "party_members") is None


def test_members_sent_out_for_one_activity_are_a_part():
    s = "组织开展“党员进农家”活动，1260名党员深入村组，与群众面对面交流。"
    c = compare([report("临川县", fig("1260名", 1260, "名", "党员", s))], TAXONOMY)
    assert cell(c, "临川县", "party_members") is None
    assert "一项活动" in why(c, "1260名")


def test_all_members_of_the_county_going_out_are_the_cell():
    s = "活动中，全县8600名党员深入基层，走访联系群众。"
    c = compare([report("临川县", fig("8600名", 8600, "名", "党员", s))], TAXONOMY)
    assert cell(c, "临川县", "party_members") == 8600


def test_rectification_measures_are_no_rectification_items():
    s = "针对督导组反馈的问题，制定整改方案，细化出52项整改措施，明确责任人和时限。"
    c = compare([report("临川县", fig("52项", 52, "项", "整改措施", s))], TAXONOMY)
    assert cell(c, "临川县", "rectification_items") is None


def test_topics_a_service_focuses_on_are_no_problems_found():
    s = "聚焦办证、入学、就医等20余项热点问题，开设网上专栏答疑解惑。"
    c = compare([report("临川县", fig("20余项", 20, "项", "热点问题", s, qualifier="over"))], TAXONOMY)
    assert cell(c, "临川县", "problems") is None


def test_a_focus_stated_before_the_clause_does_not_void_the_count():
    s = "聚焦群众关切，共收集意见建议315条。"
    c = compare([report("临川县", fig("315条", 315, "条", "意见建议", s))], TAXONOMY)
    assert cell(c, "临川县", "opinions") == 315


def test_problems_passed_up_are_no_problems_found():
    s = "干部下沉走访，现场解决问题41件，向上级反馈问题6件。"
    figures = [fig("41件", 41, "件", "问题", s), fig("6件", 6, "件", "问题", s)]
    c = compare([report("临川县", *figures)], TAXONOMY)
    assert cell(c, "临川县", "problems") is None
    assert "转交" in why(c, "6件")


def test_a_departments_paragraph_is_not_the_citys_cell():
    body = "东平市民政局：成立领导小组，要求全系统12个支部、186名党员迅速行动，投入活动。"
    s = "要求全系统12个支部、186名党员迅速行动，投入活动。"
    extraction = Extraction(Source(path="r.txt", sha256="sha-r"), [Article(
        title="全市掀起教育实践活动热潮", unit="东平市", paragraphs=[CAMPAIGN, body],
        figures=[fig("186名", 186, "名", "党员", s)])])
    c = compare([extraction], TAXONOMY)
    assert cell(c, "东平市", "party_members") is None
    assert "东平市民政局" in why(c, "186名")


def test_a_paragraph_headed_by_the_units_own_name_keeps_its_cell():
    body = "东平市民政局：成立领导小组，要求全系统12个支部、186名党员迅速行动，投入活动。"
    s = "要求全系统12个支部、186名党员迅速行动，投入活动。"
    extraction = Extraction(Source(path="r.txt", sha256="sha-r"), [Article(
        title="扎实开展教育实践活动", unit="东平市民政局", paragraphs=[CAMPAIGN, body],
        figures=[fig("186名", 186, "名", "党员", s)])])
    c = compare([extraction], TAXONOMY)
    assert cell(c, "东平市民政局", "party_members") == 186


def test_items_rectified_on_the_spot_and_under_tracking_are_summed():
    s = "截至目前，全镇共检查经营场所36处，发现问题15个，现场整改9个，限期整改问题6个。"
    figures = [fig("15个", 15, "个", "问题", s), fig("9个", 9, "个", "问题", s), fig("6个", 6, "个", "问题", s)]
    c = compare([report("临川镇", *figures)], TAXONOMY)
    assert cell(c, "临川镇", "problems") == 15
    assert cell(c, "临川镇", "rectification_items") == 15


def test_one_kind_of_rectification_alone_is_its_cell():
    s = "督导组反馈问题后，该局立行立改问题7个。"
    c = compare([report("某县民政局", fig("7个", 7, "个", "问题", s))], TAXONOMY)
    assert cell(c, "某县民政局", "rectification_items") == 7
    assert cell(c, "某县民政局", "problems") is None


def test_views_of_the_people_collected_are_opinions():
    s = "三个月来，委员们深入社区召开恳谈会，收集社情民意47条。"
    c = compare([report("临川区政协委员会", fig("47条", 47, "条", "社情民意", s))], TAXONOMY)
    assert cell(c, "临川区政协委员会", "opinions") == 47


def test_figures_of_work_assisting_another_body_are_not_the_units():
    s1 = "截至目前，该区收集到企业反映的困难和问题84个，已全部答复。"
    s2 = "同时，协助市本级开展企业大走访活动，共收集到27个问题。"
    figures = [fig("84个", 84, "个", "困难和问题", s1), fig("27个", 27, "个", "问题", s2)]
    c = compare([report("临川区", *figures)], TAXONOMY)
    assert cell(c, "临川区", "problems") == 84
    assert "协助" in why(c, "27个")


def test_a_count_of_the_projects_problems_came_from_is_no_problem_count():
    s = "工作组对辖区62个重点项目前期反映的问题解决情况进行回访。"
    c = compare([report("临川区", fig("62个", 62, "个", "问题", s))], TAXONOMY)
    assert cell(c, "临川区", "problems") is None


def test_a_count_right_after_rectified_is_the_rectification_cell():
    s = "截至目前，该园收集的34个问题已整改落实到位29个。"
    figures = [fig("34个", 34, "个", "问题", s), Figure(text="29个", value=29, unit="个", sentence=s)]
    c = compare([report("临川开发区", *figures)], TAXONOMY)
    assert cell(c, "临川开发区", "rectification_items") == 29
    assert cell(c, "临川开发区", "problems") == 34


def test_problems_all_rectified_are_the_rectification_cell():
    s = "截至目前，该园收集的34个问题已全部整改到位。"
    c = compare([report("临川开发区", fig("34个", 34, "个", "问题", s))], TAXONOMY)
    assert cell(c, "临川开发区", "rectification_items") == 34


def test_a_cumulative_over_years_is_no_cell():
    s = "近三年来，该县累计投入帮扶资金2600万元，改善了群众生产生活条件。"
    c = compare([report("临川县", fig("2600万元", 26000000, "元", "帮扶资金", s))], TAXONOMY)
    assert cell(c, "临川县", "funds") is None
    assert "多年" in why(c, "2600万元")


def test_a_change_against_last_year_is_no_count():
    s = "活动期间，全县走访农户同比增加1200户。"
    c = compare([report("临川县", fig("1200户", 1200, "户", "农户", s))], TAXONOMY)
    assert cell(c, "临川县", "households") is None


def test_money_saved_is_no_funds_cell():
    s = "严格落实八项规定，全局压缩三公经费86万元，精简会议三成。"
    c = compare([report("某县财政局", fig("86万元", 860000, "元", "三公经费", s))], TAXONOMY)
    assert cell(c, "某县财政局", "funds") is None


def test_opinions_an_inspection_team_hands_down_are_not_collected_ones():
    s = "县委第二督导组反馈意见14条，局党组逐条研究整改。"
    c = compare([report("某县交通局", fig("14条", 14, "条", "意见", s))], TAXONOMY)
    assert cell(c, "某县交通局", "opinions") is None


def test_rectification_plans_are_no_rectification_items():
    s = "各支部对照查摆出的问题，制定整改方案23个。"
    c = compare([report("临川县", fig("23个", 23, "个", "整改方案", s))], TAXONOMY)
    assert cell(c, "临川县", "rectification_items") is None


def test_problems_said_rectified_before_their_count_are_rectification_items():
    s = "截至目前，该镇已整改问题64个，为群众办实事31件。"
    c = compare([report("临川镇", fig("64个", 64, "个", "问题", s))], TAXONOMY)
    assert cell(c, "临川镇", "problems") is None
    assert cell(c, "临川镇", "rectification_items") == 64


def test_problems_listed_for_rectification_also_count_rectification_items():
    s = "对一时难以解决的问题，列入整改清单，目前已列入整改清单的问题有29个。"
    c = compare([report("临川镇", fig("29个", 29, "个", "问题", s))], TAXONOMY)
    assert cell(c, "临川镇", "rectification_items") == 29


def test_routine_welfare_payments_are_no_campaign_funds():
    s = "今年以来，全县共发放城乡低保资金8600万元，惠及群众1.8万户。"
    c = compare([report("某县民政局", fig("8600万元", 86000000, "元", "低保资金", s))], TAXONOMY)
    assert cell(c, "某县民政局", "funds") is None


def test_this_town_in_a_towns_own_report_is_the_town_itself():
    s = "截至目前，该镇共走访农户1260户。"
    c = compare([report("临川镇", fig("1260户", 1260, "户", "农户", s))], TAXONOMY)
    assert cell(c, "临川镇", "households") == 1260


def test_this_town_in_a_countys_report_is_one_of_its_towns():
    s = "在东岭镇，该镇共走访农户1260户。"
    c = compare([report("临川县", fig("1260户", 1260, "户", "农户", s))], TAXONOMY)
    assert cell(c, "临川县", "households") is None


def test_meetings_of_mixed_kinds_are_no_forum_count():
    s = "两个月来，局党组成员深入基层召开群众座谈会、企业恳谈会、项目推进会共23次。"
    c = compare([report("临川县水利局", fig("23次", 23, "次", "群众座谈会、企业恳谈会、项目推进会", s))], TAXONOMY)
    assert cell(c, "临川县水利局", "forums") is None
    assert "其他会议" in why(c, "23次")


def test_forums_of_one_kind_listed_are_still_forums():
    s = "两个月来，局党组成员深入基层召开群众座谈会、企业恳谈会共23次。"
    c = compare([report("临川县水利局", fig("23次", 23, "次", "群众座谈会、企业恳谈会", s))], TAXONOMY)
    assert cell(c, "临川县水利局", "forums") == 23


def test_party_members_counted_with_cadres_are_not_the_party_members():
    s = "9月3日，县委召开动员大会，机关全体党员、干部320余人参加。"
    c = compare([report("临川县", fig("320余人", 320, "人", "全体党员、干部", s, qualifier="over"))], TAXONOMY)
    assert cell(c, "临川县", "party_members") is None
    assert "其他人员" in why(c, "320余人")


def test_the_members_taking_part_in_the_campaign_are_its_party_members():
    s = "县直机关参加第一批教育活动的260多名党员出席了动员大会。"
    c = compare([report("临川县", fig("260多名", 260, "名", "党员", s, qualifier="over"))], TAXONOMY)
    assert cell(c, "临川县", "party_members") == 260
