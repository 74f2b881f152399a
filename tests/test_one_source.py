"""One source of truth: every number a document states is a cell or a total of the comparison.

Realistic report sentences (none from the seeds); figures mapped by the
shipped taxonomy as the extractor would.
"""
from __future__ import annotations

import re

from reportgen.aggregate import compare, record_build
from reportgen.records import Article, Extraction, Figure, Measure, Source
from reportgen.render import build_context, load_audience, render_markdown_text
from reportgen.taxonomy import load_taxonomy

TAXONOMY = load_taxonomy()
BODY = "党的群众路线教育实践活动开展以来，局党组坚持问题导向，边学边查边改。"


def without_note_links(markdown):
    """Return rendered Markdown as it reads: a sourced number ``[12次](note:3)`` as ``12次``."""
    return re.sub(r"\[([^\]]*)\]\(note:\d+\)", r"\1", markdown)


def fig(text, value, unit, obj, sentence):
    return Figure(text=text, value=value, unit=unit, object=obj, sentence=sentence,
                  indicator=TAXONOMY.indicator_for(obj, unit))


def report(path, unit, *figures, measures=()):
    return Extraction(Source(path=path, sha256=f"sha-{path}"),
                      [Article(title=f"{unit or ''}扎实推进教育实践活动", unit=unit, paragraphs=[BODY],
                               figures=list(figures), measures=[Measure(title=m) for m in measures])])


def test_a_total_in_another_measure_word_is_named_not_dropped():
    batch = [report("a.txt", "临川县", fig("12次", 12, "次", "集中学习", "全县开展集中学习12次。")),
             report("b.txt", "东平区", fig("9次", 9, "次", "集中学习", "区委开展集中学习9次。")),
             report("c.txt", "南湖区", fig("8场次", 8, "场次", "集中学习", "组织集中学习8场次。"))]
    row = compare(batch, TAXONOMY).headline_totals.set_index("indicator").loc["study_sessions"]
    assert (row["total"], row["units"], row["count_unit"]) == (21, 2, "次")
    assert row["others"] == "另有1个单位以“场次”计8场次"


def test_summary_states_the_comparisons_totals_and_names_the_rest():
    batch = [report("a.txt", "临川县", fig("126条", 126, "条", "意见建议", "共征求意见建议126条。")),
             report("b.txt", "东平区", fig("74项", 74, "项", "意见建议", "共收集意见建议74项。"))]
    comparison = compare(batch, TAXONOMY)
    records = comparison.to_records()
    audience = load_audience("weekly")
    context = build_context(records, audience.settings)  # the comparison alone: no extractions
    total = context.values["totals"]["opinions"]
    assert total["value"] == 200 and total["units"] == 2  # 条 and 项 are one count of 意见建议
    assert sum(c["value"] for c in records["cells"] if c["indicator"] == "opinions") == total["value"]
    assert context.values["counts"]["files"] == 2 and context.values["counts"]["units"] == 2
    text = without_note_links(render_markdown_text(audience, context))
    assert "据各单位报送，2个单位共征求意见建议200条" in text  # who the total covers, worded as a clerk words it
    assert "个单位报送）" not in text


def test_change_on_last_period_is_like_with_like_and_says_so(tmp_path):
    db = tmp_path / "h.sqlite"
    week1 = [report("a1.txt", "临川县", fig("40场", 40, "场", "座谈会", "共召开座谈会40场。")),
             report("b1.txt", "东平区", fig("25场", 25, "场", "座谈会", "共召开座谈会25场。"))]
    week2 = [report("a2.txt", "临川县", fig("52场", 52, "场", "座谈会", "累计召开座谈会52场。")),
             report("c2.txt", "南湖区", fig("30场", 30, "场", "座谈会", "共召开座谈会30场。"))]
    record_build(compare(week1, TAXONOMY), week1, db, "2014-W21")
    now = record_build(compare(week2, TAXONOMY), week2, db, "2014-W22")
    change = now.indicator_changes.set_index("indicator").loc["forums"]
    assert (change["previous"], change["current"], change["delta"], change["units"]) == (40, 52, 12, 1)
    total = build_context(now.to_records(), load_audience("weekly").settings).values["totals"]["forums"]
    assert total["value"] == 82  # the headline is this week's units; the change compares 临川县 with itself
    assert total["change"].startswith("增加12场") and "两期都报送的1个单位" in total["change"]


def test_measures_come_from_the_comparisons_rows_under_the_merged_name():
    batch = [report("a.txt", "临川县经信局", measures=["深入企业听取意见"]),
             report("b.txt", "临川县经济和信息化局", measures=["建立问题整改台账"])]
    context = build_context(compare(batch, TAXONOMY).to_records(), load_audience("weekly").settings)
    (unit,) = context.values["units"]
    assert unit["name"] == "临川县经济和信息化局"
    assert [m["title"] for m in unit["measures"]] == ["深入企业听取意见", "建立问题整改台账"]


def test_a_row_awaiting_its_units_name_is_not_compared_with_last_period(tmp_path):
    db = tmp_path / "h.sqlite"
    week1 = [report("a1.txt", None, fig("40场", 40, "场", "座谈会", "共召开座谈会40场。"))]
    week2 = [report("a2.txt", None, fig("12场", 12, "场", "座谈会", "共召开座谈会12场。"))]
    record_build(compare(week1, TAXONOMY), week1, db, "2014-W21")
    now = record_build(compare(week2, TAXONOMY), week2, db, "2014-W22")
    assert now.units == ["（待确认单位1）"]  # the same placeholder, but not the same unit
    assert now.changes.empty and now.indicator_changes.empty


def test_the_summary_sentence_names_units_counted_in_another_measure_word():
    batch = [report("a.txt", "临川县", fig("12次", 12, "次", "集中学习", "全县开展集中学习12次。")),
             report("b.txt", "东平区", fig("8场次", 8, "场次", "集中学习", "组织集中学习8场次。"))]
    audience = load_audience("weekly")
    settings = {**audience.settings, "summary": {**audience.settings.get("summary", {}),
                                                 "totals": [{"indicator": "study_sessions", "phrase": "开展集中学习"}]}}
    context = build_context(compare(batch, TAXONOMY).to_records(), settings)
    from reportgen.render import Audience

    text = without_note_links(render_markdown_text(Audience(audience.name, audience.folder, settings), context))
    # one unit's total is named by its unit, and the figure in another measure word follows it
    assert "临川县开展集中学习12次，另有1个单位以“场次”计8场次。" in text


def test_a_total_is_counted_in_the_reports_own_measure_word_when_they_share_one():
    batch = [report("a.txt", "临川县", fig("126件", 126, "件", "问题", "全县共收集群众反映的问题126件。")),
             report("b.txt", "东平区", fig("30件", 30, "件", "问题", "共查摆问题30件。"))]
    audience = load_audience("weekly")
    context = build_context(compare(batch, TAXONOMY).to_records(), audience.settings)
    assert context.values["totals"]["problems"]["shown"] == "156件"   # as the table's cells say it, not 156个


def test_the_leadership_brief_states_each_total_once():
    batch = [report("a.txt", "临川县", fig("126条", 126, "条", "意见建议", "共征求意见建议126条。")),
             report("b.txt", "东平区", fig("74条", 74, "条", "意见建议", "共收集意见建议74条。"))]
    audience = load_audience("leadership")
    text = without_note_links(render_markdown_text(audience, build_context(compare(batch, TAXONOMY).to_records(),
                                                                           audience.settings)))
    assert text.count("征求意见建议200条") == 1 and "1. 2个单位共**征求意见建议200条**。" in text


def test_the_leadership_brief_gives_first_the_totals_that_compare_the_most_units():
    """关键数字 are three comparable numbers: a total over three units before one over two, and one unit's
    figure (which compares nothing) only when nothing else fills the three."""
    batch = [report("a.txt", "临川县", fig("2100名", 2100, "名", "党员", "全县2100名党员参加集中学习。"),
                    fig("126条", 126, "条", "意见建议", "共征求意见建议126条。"),
                    fig("6场", 6, "场", "座谈会", "召开座谈会6场。")),
             report("b.txt", "东平区", fig("74条", 74, "条", "意见建议", "共收集意见建议74条。"),
                    fig("4场", 4, "场", "座谈会", "召开座谈会4场。")),
             report("c.txt", "南湖区", fig("50条", 50, "条", "意见建议", "共收集意见建议50条。"))]
    audience = load_audience("leadership")
    text = without_note_links(render_markdown_text(audience, build_context(compare(batch, TAXONOMY).to_records(),
                                                                           audience.settings)))
    keys = re.findall(r"^(\d)\. (.*)$", text.split("# 关键数字")[1].split("# 工作亮点")[0], re.M)
    assert keys == [("1", "3个单位共**征求意见建议250条**。"), ("2", "2个单位共**召开座谈会10场**。"),
                    ("3", "临川县**覆盖党员2100名**。")]


def test_a_chart_of_one_units_figures_is_left_out():
    """A bar chart compares units: with one unit's figures it says nothing the table does not."""
    one = [report("a.txt", "临川县", fig("126条", 126, "条", "意见建议", "共征求意见建议126条。")),
           report("b.txt", "东平区")]
    two = one[:1] + [report("b.txt", "东平区", fig("74条", 74, "条", "意见建议", "共收集意见建议74条。"))]
    for name in ("weekly", "leadership", "digest"):
        audience = load_audience(name)
        shown = [("chart:indicators" in render_markdown_text(
            audience, build_context(compare(batch, TAXONOMY).to_records(), audience.settings))) for batch in (one, two)]
        assert shown == [False, True], name


def test_an_unnamed_units_practice_is_no_typical_experience():
    """典型经验 and the leadership's highlights name who did it: a report whose unit the text does not
    name gives none (its row still asks the editor for the name)."""
    practice = "建立民情台账制度，组织党员干部逐户走访群众，帮助群众解决实际困难。"

    other = "开展“四下基层”活动，组织县直部门干部深入村组宣讲政策，帮助群众解决实际困难。"

    def with_practice(path, unit, sentence):
        return Extraction(Source(path=path, sha256=f"sha-{path}"),
                          [Article(title="扎实推进教育实践活动", unit=unit, paragraphs=[BODY, sentence],
                                   figures=[], measures=[])])

    batch = [with_practice("a.txt", None, practice), with_practice("b.txt", "临川县", other)]
    context = build_context(compare(batch, TAXONOMY).to_records(), load_audience("weekly").settings)
    assert [q["unit"] for q in context.values["experiences"]] == ["临川县"]


def test_a_heading_the_report_is_cut_at_is_no_listed_measure():
    """A file that ends at a heading (cut short in the middle of it) lists the measures before it only."""
    article = Article(title="云岫乡扎实推进教育实践活动", unit="云岫乡",
                      paragraphs=[BODY, "一是建立联户台账。乡村干部逐户登记群众诉求。", "二是推进产业融合发"],
                      measures=[Measure(title="建立联户台账"), Measure(title="推进产业融合发")])
    records = compare([Extraction(Source(path="y.txt", sha256="sha-y"), [article])], TAXONOMY).to_records()
    context = build_context(records, load_audience("digest").settings)
    (unit,) = context.values["units"]
    assert [m["title"] for m in unit["measures"]] == ["建立联户台账"]
