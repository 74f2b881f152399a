"""What the documents say, read as the clerk who sends them (issue 9, items 2-4): a comparison table
prints only what some unit reported, and the summary counts one thing. Every report here is invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.aggregate import compare
from reportgen.nodes import Table, block_text
from reportgen.pipeline import Options, extract_paths
from reportgen.render import build_context, load_audience, render

REPORTS = {
    "松溪镇.txt": "松溪镇扎实开展党的群众路线教育实践活动\n"
                 "今年以来，松溪镇组织全镇386名党员参加教育实践活动，镇领导班子深入12个行政村开展调研。\n"
                 "通过召开座谈会、设立意见箱等方式，共征求意见建议52条，已办结41条。\n",
    "北坪街道.txt": "北坪街道教育实践活动进展情况\n"
                  "北坪街道坚持开门搞活动，班子成员分片包干，走访辖区企业和居民。\n"
                  "活动开展以来，北坪街道共收集意见建议27条，逐条建立台账，明确整改时限。\n",
    "东湖社区.txt": "东湖社区开展学习教育活动\n"
                  "东湖社区组织党员集中学习党章党规，邀请老党员讲述入党初心，并组织党员到社区广场开展义务清扫。\n",
}
WITHOUT_FIGURES = {
    "南岭乡.txt": "南岭乡扎实开展主题教育\n南岭乡组织党员干部深入田间地头，帮助群众解决生产生活中的实际困难。\n",
    "西河街道.txt": "西河街道开展学习教育活动\n西河街道组织党员到红色教育基地参观学习，重温入党誓词。\n",
}


def _weekly(tmp_path: Path, reports: dict[str, str], review: bool = False):
    """The weekly built from ``reports`` (file name -> text): the clean copy, or the review copy."""
    folder = tmp_path / "reports"
    folder.mkdir(exist_ok=True)
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    records = compare(extract_paths(sorted(folder.iterdir()), Options())).to_records()
    audience = load_audience("weekly")
    out = tmp_path / ("review" if review else "out")
    return render(audience, build_context(records, audience.settings, review=review), out)


def _texts(doc) -> list[str]:
    return [block_text(b) for b in doc.blocks]


def test_the_table_prints_only_units_and_indicators_with_a_figure_and_says_what_it_left_out(tmp_path) -> None:
    doc = _weekly(tmp_path, REPORTS)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    lines = block_text(table).splitlines()
    assert lines[0].split("\t") == ["单位", "党员", "意见建议"]
    assert sorted(line.split("\t")[0] for line in lines[1:]) == sorted(["松溪镇", "北坪街道"])
    texts = _texts(doc)
    note = texts[texts.index(block_text(table)) + 1]
    assert note.startswith("注：") and note.endswith("未报送上述数字；各单位均未报送座谈会、问题、整改事项数字。")
    assert "未报送上述数字" in note and "其余" not in note   # one unit left out: named, not counted


def test_a_table_with_no_figure_at_all_is_one_sentence(tmp_path) -> None:
    doc = _weekly(tmp_path, WITHOUT_FIGURES)
    assert not any(isinstance(b, Table) for b in doc.blocks)
    assert "本期各单位材料均未报送党员、座谈会、意见建议、问题、整改事项数字。" in _texts(doc)


def test_the_summary_counts_the_units_not_their_files_beside_them(tmp_path) -> None:
    texts = _texts(_weekly(tmp_path, REPORTS))
    lead = next(t for t in texts if t.startswith("本期汇总"))
    assert lead.startswith("本期汇总3个单位报送的材料。") and "份材料" not in lead


@pytest.fixture(scope="module")
def rules():
    from reportgen.render.prose import ProseRules

    return ProseRules.load()


@pytest.mark.parametrize(("unit", "paragraph", "lead"), [
    # the attitude goes, the unit's name it held stands before the work
    ("柳河县", "专项整治开展以来，柳河县委县政府高度重视，成立工作专班，组织干部深入村组排查隐患。",
     "专项整治开展以来，柳河县成立工作专班，组织干部深入村组排查隐患。"),
    # the backing (在…的坚强领导下, 在…的指导下) and the response (积极响应) go
    ("青石镇", "在县委、县政府的坚强领导下，在县农业农村局的指导下，青石镇积极响应，及时开展人居环境整治，清理垃圾300余吨。",
     "青石镇及时开展人居环境整治，清理垃圾300余吨。"),
    # a sentence of the work leads before one that is rhetoric all through
    ("红星街道", "红星街道党工委高度重视，认真谋划。红星街道组织党员干部走访辖区群众1200户，收集意见建议86条。",
     "红星街道组织党员干部走访辖区群众1200户，收集意见建议86条。"),
])
def test_a_lead_tells_the_work_not_the_attitude(unit, paragraph, lead, rules) -> None:
    from reportgen.render.prose import Item, unit_paragraph

    item = Item(unit=unit, title="", date=None, document="in/x.txt", paragraphs=(paragraph,))
    assert unit_paragraph([item], [], rules)[0].text == lead


def test_a_rhetoric_clause_before_a_list_stays_rather_than_lead_with_its_first_item(rules) -> None:
    from reportgen.render.prose import without_rhetoric

    text = "白塔镇高度重视禁毒工作，一是开展宣传进村入户，二是组织排查。"
    assert without_rhetoric(text, rules) == text


def test_nothing_below_the_pages_block_of_other_articles_is_the_units(rules) -> None:
    """A news page's 新闻推荐 / 相关新闻 block lists other articles: their headings are no measures and
    their sentences are never quoted for the unit."""
    records = {"units": ["桐城县交通局"], "cells": [], "figures": [], "indicators": [], "stages": [],
               "articles": [{"unit": "桐城县交通局", "document": "in/a.html", "title": "桐城县交通局推进农村公路建设",
                             "article": 0, "measures": [{"title": "加快农村公路提档升级", "level": 1},
                                                        {"title": "市文化馆送戏下乡惠及万名群众", "level": 1}],
                             "paragraphs": ["今年以来，桐城县交通局组织专班推进农村公路建设，完成路面改造86公里。",
                                            "加快农村公路提档升级", "桐城县交通局对全县危桥逐座排查，完成加固12座。",
                                            "＞ 相关新闻", "市文化馆送戏下乡惠及万名群众",
                                            "市文化馆组织演出队深入乡村巡演，累计演出40场。"]}]}
    from reportgen.render.context import prose_material

    item = prose_material(records, rules)["桐城县交通局"][0]
    assert item.measures == (("加快农村公路提档升级", 1),)
    assert not any("文化馆" in p for p in item.paragraphs)


def test_a_heading_with_its_own_comma_before_a_space_gets_no_second(rules) -> None:
    from reportgen.render.prose import heading_text

    assert heading_text("夯实基础， 织密防控网络") == "夯实基础，织密防控网络"
    assert heading_text("夯实基础　织密防控网络") == "夯实基础，织密防控网络"


def test_a_model_essay_sites_blurb_addressed_to_the_reader_is_never_quoted(rules) -> None:
    from reportgen.render.prose import usable

    assert not usable("本文由网友为您精心整理编辑，以供您阅读参考之用，希望对您有所帮助，喜欢就复制下载吧！", rules)


def test_the_review_copy_says_which_file_an_unnamed_unit_comes_from_and_the_clean_copy_does_not(tmp_path) -> None:
    reports = {**REPORTS, "汇报材料0521.txt": "学习教育工作开展情况\n今年以来，我镇召开党员大会部署学习教育工作，"
                                             "组织党员干部到敬老院开展志愿服务，为老人打扫房间、理发。\n"}
    review = _texts(_weekly(tmp_path, reports, review=True))
    clean = _texts(_weekly(tmp_path, reports))
    assert "（材料：汇报材料0521.txt。单位名称待编辑确认）" in review
    assert not any("汇报材料0521" in t or "待确认" in t for t in clean)
    assert "某镇" in clean   # the clean copy names it as a clerk does
    # the units that reported none of the table's indicators are one item of the review copy's data notes
    assert sum("未报送可比数据" in t for t in review) == 1


def test_a_heading_that_is_a_plan_is_no_measure_taken(rules) -> None:
    from reportgen.render.prose import listed_measure

    assert not listed_measure("要继续加大巡查力度", rules)
    assert not listed_measure("下步工作打算", rules)
    assert listed_measure("继续教育培训全覆盖，干部轮训到位", rules)


def test_a_masked_units_review_section_names_its_file_too(tmp_path) -> None:
    reports = {**REPORTS, "镇汇报.txt": "**镇开展学习教育活动\n**镇组织党员干部到敬老院开展志愿服务，为老人打扫房间、理发。\n"}
    review = _texts(_weekly(tmp_path, reports, review=True))
    assert "（材料：镇汇报.txt。单位名称待编辑确认）" in review
