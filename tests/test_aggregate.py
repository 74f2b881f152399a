"""The comparison model: headline cells, unit merges, duplicates, flags, ratios, records.

Most tests build extractions by hand from the gold annotations of the seeds
(real units and figures), so they do not depend on the extractor; the
seed-based end-to-end checks are in test_aggregate_seeds.py.
"""
from __future__ import annotations

import json
from dataclasses import replace
import math
import subprocess
import sys

import pytest

from reportgen.aggregate import NOT_REPORTED, compare
from reportgen.aggregate.headline import display, is_total
from reportgen.aggregate.rules import load_rules
from reportgen.records import Article, Extraction, Figure, Measure, Source
from reportgen.taxonomy import Taxonomy

# A small hand-made taxonomy, so these tests do not move when the shipped one is tuned.
TEST_RAW = {
    "version": 1,
    "unit_families": {"people": ["名", "人", "位", "人次"], "events": ["次", "场", "场次"],
                      "organisations": ["个", "家"], "items": ["条", "项", "件"], "percent": ["%"]},
    "indicators": [
        {"id": "party_members", "label": "党员", "family": "people", "core": True, "objects": ["党员"],
         "exclude": ["流动党员", "党员干部"]},
        {"id": "party_organisations", "label": "党组织", "family": "organisations", "core": True,
         "objects": ["党组织", "党支部"]},
        {"id": "forums", "label": "座谈会", "family": "events", "core": True, "objects": ["座谈会"]},
        {"id": "opinions", "label": "意见建议", "family": "items", "core": False, "objects": ["意见建议", "建议"]},
        {"id": "cadres", "label": "干部", "family": "people", "core": False, "objects": ["干部"]},
        {"id": "enterprises", "label": "企业", "family": "organisations", "core": False, "objects": ["企业"]},
        {"id": "satisfaction_rate", "label": "满意率", "family": "percent", "core": False, "objects": ["满意率"]},
    ],
    "stages": [{"id": "learning", "label": "学习教育、听取意见", "cues": ["学习"]},
               {"id": "review", "label": "查摆问题、开展批评", "cues": ["查摆"]},
               {"id": "rectification", "label": "整改落实、建章立制", "cues": ["整改"]}],
    "unit_aliases": [{"short": "经信局", "full": "经济和信息化局"}, {"short": "党工委", "full": "党的工作委员会"}],
}
TAXONOMY = Taxonomy(path="test", raw=TEST_RAW)


def fig(text: str, value: float, unit: str, obj: str, sentence: str = "", qualifier=None, value_max=None) -> Figure:
    """A figure made by hand: without a ``sentence`` of its own it is given one that names the campaign but does
    not hold the figure, so no rule reads its context (its action, a part) and only its own words judge it."""
    return Figure(text=text, value=value, value_max=value_max, unit=unit, qualifier=qualifier, object=obj,
                  indicator=TAXONOMY.indicator_for(obj, unit), sentence=sentence or "群众路线教育实践活动中……")


def doc(path: str, *articles: Article, sha: str | None = None) -> Extraction:
    return Extraction(Source(path=path, sha256=sha or f"sha-{path}"), list(articles))


def gold_extractions(gold: dict[str, dict]) -> list[Extraction]:
    """Return extractions made from the gold annotations (figures without their optional flag)."""
    out = []
    for name, g in gold.items():
        articles = [Article(
            title=a["title"], unit=a["unit"], locality=a["locality"], date=a["date"], framework=a["framework"],
            measures=[Measure(**m) for m in a["measures"]],
            figures=[Figure(**{k: v for k, v in f.items() if k != "optional"},
                            indicator=TAXONOMY.indicator_for(f["object"], f["unit"])) for f in a["figures"]],
        ) for a in g["articles"]]
        out.append(doc(f"seeds/{name}", *articles, sha=name))
    return out


@pytest.fixture(scope="module")
def gold_comparison(request):
    gold = request.getfixturevalue("gold")
    return compare(gold_extractions(gold), TAXONOMY)


def test_every_gold_unit_is_a_row(gold, gold_comparison):
    units = {a["unit"] for g in gold.values() for a in g["articles"]}
    merged = dict(zip(gold_comparison.merges["name"], gold_comparison.merges["unit"]))
    assert set(gold_comparison.units) == {merged.get(u, u) for u in units}
    assert list(gold_comparison.matrix.index) == gold_comparison.units


@pytest.mark.parametrize("unit, value", [("章丘市经济和信息化局", 3077), ("昌乐县", 36580)])
def test_party_members_headline(gold_comparison, unit, value):
    assert gold_comparison.value(unit, "party_members") == value
    assert gold_comparison.matrix.loc[unit, "party_members"] == value


def test_unreported_cells_are_empty_not_zero(gold_comparison):
    assert math.isnan(gold_comparison.matrix.loc["潍坊市政府", "party_members"])
    assert gold_comparison.value("潍坊市政府", "party_members") is None
    assert gold_comparison.display_matrix().loc["潍坊市政府", "party_members"] == NOT_REPORTED
    assert not (gold_comparison.matrix == 0).any().any()


def test_core_indicator_missing_is_flagged(gold_comparison):
    flags = gold_comparison.flags
    row = flags[(flags["code"] == "core_missing") & (flags["unit"] == "潍坊市政府")].iloc[0]
    assert "党员" in row["message"] and "party_members" in row["indicator"]


def test_ratio_per_hundred_party_members(gold_comparison):
    r = gold_comparison.ratios
    row = r[(r["unit"] == "昌乐县") & (r["indicator"] == "party_organisations")].iloc[0]
    assert row["ratio"] == pytest.approx(1562 / 36580 * 100, abs=0.01)
    assert row["label"] == "每百名党员"
    assert "percent" not in set(r["indicator"])  # shares are never divided by members


HEADLINE_CASES = [
    pytest.param([fig("3077名", 3077, "名", "党员"), fig("3000名", 3000, "名", "党员", "全局共3000名党员参加")],
                 "3000名", id="total-marker-beats-larger"),
    pytest.param([fig("60多家", 60, "家", "企业", qualifier="over"), fig("7家", 7, "家", "企业")],
                 "60多家", id="largest-beats-exact-part"),
    pytest.param([fig("80多名", 80, "名", "党员", qualifier="over"), fig("80名", 80, "名", "党员")],
                 "80名", id="exact-beats-qualified-on-tie"),
    pytest.param([fig("30多场次", 30, "场次", "座谈会", qualifier="over"), fig("5场", 5, "场", "座谈会"),
                  fig("140多次", 140, "次", "座谈会", qualifier="over")],
                 "140多次", id="preferred-unit-first-in-family"),
]


@pytest.mark.parametrize("figures, expected", HEADLINE_CASES)
def test_headline_rule(figures, expected):
    c = compare([doc("a.txt", Article(title="t", unit="某县", figures=figures))], TAXONOMY)
    indicator = c.figures["indicator"].iloc[0]
    assert c.cell("某县", indicator)["text"] == expected


@pytest.mark.parametrize("text, sentence, expected", [
    ("3000名", "全局共3000名党员参加", True),
    ("36580名", "全县36580名党员", True),
    ("3077名", "3077名党员,全部参与活动", False),
    ("5场", "共召开座谈会12次、其中专题5场", False),
])
def test_is_total(text, sentence, expected):
    assert is_total(text, sentence, load_rules().headline) is expected


@pytest.mark.parametrize("args, expected", [
    ((3077, None, None, "名"), "3077名"),
    ((3000, None, "over", "名"), "3000多名"),
    ((70000, None, "approx", "名"), "约7万名"),
    ((90, None, "over", "%"), "90%以上"),
    ((1, 3, None, "名"), "1至3名"),
    ((380000000000, None, None, "元"), "3800亿元"),
    ((156000, None, None, "户"), "15.6万户"),
    ((10.2, None, None, "%"), "10.2%"),
])
def test_display(args, expected):
    assert display(*args, load_rules().display) == expected


def test_counts_combine_only_when_units_agree():
    extractions = [
        doc("a.txt", Article(title="a", unit="甲县", figures=[fig("5场", 5, "场", "座谈会"), fig("20名", 20, "名", "党员")])),
        doc("b.txt", Article(title="b", unit="乙县", figures=[fig("17场次", 17, "场次", "座谈会"), fig("30人", 30, "人", "党员"),
                                                            fig("400人次", 400, "人次", "党员")])),
    ]
    c = compare(extractions, TAXONOMY)
    totals = {(r.indicator, r.count_unit): r.total for r in c.totals.itertuples()}
    assert totals[("forums", "场")] == 22  # 场 and 场次 count the same meetings (the comparison guide)
    assert totals[("party_members", "名")] == 50  # 人 and 名 count the same people; 人次 counts visits, not members
    assert c.value("乙县", "party_members") == 30
    ranked = c.rankings[c.rankings["indicator"] == "forums"]
    assert list(ranked["unit"]) == ["乙县", "甲县"]
    why = c.figures.set_index("text")["not_cell"]
    assert "人次" in why["400人次"]


def test_unit_written_two_ways_is_merged_and_listed():
    extractions = [
        doc("a.txt", Article(title="a", unit="章丘市经信局", figures=[fig("10名", 10, "名", "机关干部")])),
        doc("b.txt", Article(title="b", unit="章丘市经济和信息化局", figures=[fig("3077名", 3077, "名", "党员")])),
    ]
    c = compare(extractions, TAXONOMY)
    assert c.units == ["章丘市经济和信息化局"]
    assert c.value("章丘市经济和信息化局", "cadres") == 10
    (merge,) = c.merges.to_dict(orient="records")
    assert merge["name"] == "章丘市经信局" and merge["unit"] == "章丘市经济和信息化局"
    assert merge["rule"] == "abbreviation" and "经信局" in merge["detail"]


def test_unit_merge_with_the_shipped_taxonomy():
    from reportgen.taxonomy import load_taxonomy

    extractions = [doc("a.txt", Article(title="a", unit="章丘市经信局")),
                   doc("b.txt", Article(title="b", unit="章丘市经济和信息化局"))]
    c = compare(extractions, load_taxonomy())
    assert c.units == ["章丘市经济和信息化局"]
    assert len(c.merges) == 1


def test_distinct_units_are_not_merged():
    extractions = [doc("a.txt", Article(title="a", unit="昌乐县")), doc("b.txt", Article(title="b", unit="潍坊市")),
                   doc("c.txt", Article(title="c", unit="昌乐县教育局"))]
    c = compare(extractions, TAXONOMY)
    assert c.units == ["昌乐县", "潍坊市", "昌乐县教育局"]
    assert c.merges.empty


def test_a_county_and_its_party_committee_are_one_row():
    extractions = [doc("a.txt", Article(title="a", unit="昌乐县")), doc("c.txt", Article(title="c", unit="中共昌乐县委")),
                   doc("d.txt", Article(title="d", unit="天水市企业工委"))]
    c = compare(extractions, TAXONOMY)
    assert c.units == ["中共昌乐县委", "天水市企业工委"]  # 企业工委 is no place's committee
    assert list(c.merges["name"]) == ["昌乐县"]


def test_resent_report_counts_once():
    article = Article(title="为群众解难题不走过场", unit="昌乐县", figures=[fig("36580名", 36580, "名", "党员")])
    same_bytes = [doc("a.txt", article, sha="x"), doc("copy/a.txt", article, sha="x")]
    c = compare(same_bytes, TAXONOMY)
    assert c.value("昌乐县", "party_members") == 36580
    assert len(c.figures) == 1
    assert list(c.flags["code"]).count("duplicate_document") == 1


def test_same_article_in_two_files_counts_once():
    article = Article(title="为群众解难题不走过场", unit="昌乐县", figures=[fig("36580名", 36580, "名", "党员")])
    other = Article(title="别的新闻", unit="潍坊市", figures=[fig("5场", 5, "场", "座谈会")])
    c = compare([doc("a.txt", article), doc("page.txt", other, article)], TAXONOMY)
    assert len(c.figures) == 2
    assert c.totals.set_index("indicator").loc["party_members", "total"] == 36580
    assert "duplicate_article" in set(c.flags["code"])


def test_same_wording_from_two_units_is_not_a_duplicate():
    figures = [fig("5场", 5, "场", "座谈会", "教育实践活动中召开座谈会5场")]
    c = compare([doc("a.txt", Article(title="工作动态", unit="甲县", figures=figures)),
                 doc("b.txt", Article(title="工作动态", unit="乙县", figures=figures))], TAXONOMY)
    assert c.units == ["甲县", "乙县"]
    assert "duplicate_article" not in set(c.flags["code"])


SHARE = "全系统流动党员1230名,占党员总数的10.2%"


@pytest.mark.parametrize("total, flagged", [(3077, True), (12059, False), (12100, False), (13000, True)],
                         ids=["3077-disagrees", "12059-agrees", "12100-within-rounding", "13000-disagrees"])
def test_percent_implied_total_checked_against_reported_total(total, flagged):
    figures = [fig("1230名", 1230, "名", "流动党员", SHARE), fig("10.2%", 10.2, "%", "流动党员", SHARE),
               fig(f"{total}名", total, "名", "党员", f"全系统共有{total}名党员参加教育实践活动")]
    c = compare([doc("a.txt", Article(title="t", unit="天水市企业工委", figures=figures))], TAXONOMY)
    mismatches = c.flags[c.flags["code"] == "percent_mismatch"]
    assert (len(mismatches) == 1) is flagged
    if flagged:
        assert "12,059" in mismatches.iloc[0]["message"]


def test_share_without_reported_total_is_not_flagged():
    figures = [fig("1230名", 1230, "名", "流动党员", SHARE), fig("10.2%", 10.2, "%", "流动党员", SHARE)]
    c = compare([doc("a.txt", Article(title="t", unit="天水市企业工委", figures=figures))], TAXONOMY)
    assert "percent_mismatch" not in set(c.flags["code"])


@pytest.mark.parametrize("figure, reason", [
    (fig("120%", 120, "%", "群众满意率"), "百分比超过100%"),
    (fig("3至1名", 3, "名", "党员", value_max=1), "区间上限小于下限"),
    (fig("5亿名", 500_000_000, "名", "党员"), "计数超过"),
], ids=["share-over-100", "inverted-range", "absurd-count"])
def test_implausible_values_are_flagged(figure, reason):
    c = compare([doc("a.txt", Article(title="t", unit="某县", figures=[figure]))], TAXONOMY)
    (message,) = c.flags[c.flags["code"] == "implausible"]["message"]
    assert reason in message and figure.text in message


def test_article_without_unit_is_listed_and_flagged():
    c = compare([doc("in/report.txt", Article(title="t", locality=None, figures=[fig("5场", 5, "场", "座谈会")]))],
                TAXONOMY)
    assert c.units == ["（待确认单位1）"]  # never named after the file
    assert "no_unit" in set(c.flags["code"])
    assert not c.rows.iloc[0]["identified"]


def test_unreadable_file_is_flagged_not_compared():
    bad = Extraction(Source(path="x.doc", status="error", error="cannot read x.doc"))
    c = compare([bad], TAXONOMY)
    assert c.units == [] and c.matrix.empty
    assert c.flags.iloc[0]["code"] == "not_read"


def test_coverage_counts_stages_and_framework():
    measures = [Measure("学习动员", 1, "learning"), Measure("开门纳谏", 1, "learning"), Measure("立行立改", 1, "rectification")]
    c = compare([doc("a.txt", Article(title="t", unit="章丘市经济和信息化局", framework="五个导向", measures=measures,
                                     date="2014-05-20"))], TAXONOMY)
    row = c.coverage.iloc[0]
    assert (row["framework"], row["measures"], row["stages_covered"], row["stages_total"]) == ("五个导向", 3, 2, 3)
    assert (row["learning"], row["review"], row["rectification"]) == (2, 0, 1)
    assert row["first_date"] == "2014-05-20"


def test_distinctive_measures_are_what_others_did_not_do():
    a = Article(title="a", unit="甲县", measures=[Measure("召开动员大会"), Measure("推行网格化管理")])
    b = Article(title="b", unit="乙县", measures=[Measure("召开动员大会"), Measure("开展结对帮扶")])
    c = compare([doc("a.txt", a), doc("b.txt", b)], TAXONOMY)
    top = c.distinctive[(c.distinctive["unit"] == "甲县") & (c.distinctive["rank"] == 1)].iloc[0]
    assert top["measure"] == "推行网格化管理" and top["terms"] == "推行网格化管理"
    shared = c.distinctive[c.distinctive["measure"] == "召开动员大会"]
    assert set(shared["terms"]) == {""}


def test_to_records_is_plain_and_json_ready(gold_comparison):
    records = gold_comparison.to_records()
    json.dumps(records, ensure_ascii=False, allow_nan=False)
    row = next(r for r in records["rows"] if r["unit"] == "昌乐县")
    assert row["cells"]["party_members"]["value"] == 36580
    assert row["cells"]["party_members"]["display"] == "36580名"
    assert next(r for r in records["rows"] if r["unit"] == "潍坊市政府")["cells"]["party_members"] is None
    assert {"id": "party_members", "label": "党员", "unit": "名", "core": True, "family": "people"} in records["indicators"]


def test_importing_aggregate_does_not_import_pandas():
    code = "import sys, reportgen.aggregate, reportgen.aggregate.exports; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize(("parts", "expected"), [
    ([], None),
    (["over"], "over"),                  # 140多次 + 30次: still at least 170
    (["over", "over"], "over"),
    (["under"], "under"),
    (["approx"], "approx"),
    (["over", "under"], "approx"),       # leaning both ways: only about
    (["over", "approx"], "approx"),
], ids=["exact", "one-over", "all-over", "under", "approx", "over-and-under", "over-and-approx"])
def test_aggregate_sum_qualifier(parts, expected):
    from reportgen.aggregate.headline import sum_qualifier

    assert sum_qualifier(parts) == expected


def test_a_name_without_its_place_is_merged_only_when_one_unit_fits():
    short = Article(title="b", unit="市经信局", paragraphs=["青岚市经信局党委组织机关党员深入企业走访。"])
    one = [doc("a.txt", Article(title="a", unit="青岚市经济和信息化局")), doc("b.txt", short)]
    c = compare(one, TAXONOMY)
    assert c.units == ["青岚市经济和信息化局"]
    two = one + [doc("c.txt", Article(title="c", unit="白沙市经济和信息化局"))]
    assert compare(two, TAXONOMY).units == ["青岚市经济和信息化局", "市经信局", "白沙市经济和信息化局"]


def test_a_name_without_its_place_is_not_merged_into_a_unit_its_report_never_places_it_in():
    """县委常委会 of one county's report is not the 县委常委会 of another county named in full elsewhere."""
    full = Article(title="a", unit="青岚县委常委会", paragraphs=["青岚县委常委会召开主题教育专题民主生活会。"])
    short = Article(title="b", unit="县委常委会", paragraphs=["主题教育中县委常委会班子征求意见建议46条,逐条整改。"])
    c = compare([doc("a.txt", full), doc("b.txt", short)], TAXONOMY)
    assert c.units == ["青岚县委常委会", "县委常委会"] and c.merges.empty
    same_file = compare([doc("a.txt", full, short)], TAXONOMY)
    assert same_file.units == ["青岚县委常委会"]


def test_two_reports_that_name_their_unit_only_by_kind_are_two_rows_for_the_editor():
    town = "镇党委班子成员带头走访群众,收集意见建议30条。"
    a = Article(title="a", unit="镇党委", paragraphs=[town], figures=[fig("30条", 30, "条", "意见建议", town)])
    b = Article(title="b", unit="镇党委", paragraphs=[town.replace("30", "45")],
                figures=[fig("45条", 45, "条", "意见建议", town.replace("30", "45"))])
    c = compare([doc("a.txt", a), doc("b.txt", b)], TAXONOMY)
    assert c.units == ["（待确认单位1）", "（待确认单位2）"] and not c.rows["identified"].any()
    assert [c.value(u, "opinions") for u in c.units] == [30, 45]  # neither town's count is lost in a merge
    assert list(c.flags["code"]).count("no_unit") == 2
    placed = compare([doc("a.txt", replace(a, locality="青岚镇")), doc("b.txt", replace(b, locality="青岚镇"))], TAXONOMY)
    assert placed.units == ["镇党委"]  # both name the same town: one row
    one = compare([doc("a.txt", a)], TAXONOMY)
    assert one.units == ["镇党委"]  # alone in the batch, the kind is its name (the comparison guide's ruling)


def test_a_place_whose_name_starts_like_a_level_is_a_place():
    from reportgen.aggregate import load_rules
    from reportgen.aggregate.units import without_place

    rules = load_rules().units
    assert [without_place(k, rules) for k in ["镇岚县发展和改革局", "市北区", "乡青县", "县财政局", "镇党委", "区委",
                                              "街道党工委", "市人民医院"]] == [False] * 3 + [True] * 5
