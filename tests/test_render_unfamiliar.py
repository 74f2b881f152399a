"""What a clean copy says about reports nobody tuned on: masked and unnamed units named as a clerk
names them, page furniture of model-essay sites and template blanks never quoted, numbered paragraphs
never listed as measures, leads that are the unit's own work. Every text here is invented."""
from __future__ import annotations

import pytest

from reportgen.render.context import ContextBasis, unit_labels_without_files, unnamed
from reportgen.render.prose import (Item, ProseRules, drop_opening_adverbial, is_measure_title, lead_sentence,
                                    listed_measure, measures_sentence, shorten, usable, without_copy_spaces)
from reportgen.render.unit_labels import clean_labels, unmask


@pytest.fixture(scope="module")
def rules() -> ProseRules:
    return ProseRules.load()


def _records(units, articles, cells=()):
    return {"units": list(units), "articles": list(articles), "cells": list(cells), "figures": [],
            "merges": [{"name": u, "unit": u} for u in units]}


def test_a_masked_unit_is_written_with_mou_and_its_sentences_quoted_so(rules) -> None:
    """**镇 and ×× 街道 are masks, not names: the clean copy writes 某镇, and the report's
    sentences with 某 where each mask stood; the review copy keeps the comparison's label."""
    records = _records(["**镇", "北岭区"], [
        {"unit": "**镇", "document": "in/a.txt", "title": "", "measures": [],
         "paragraphs": ["今年以来，我镇组织党员干部走访**村、××社区困难群众，发放慰问金3万元。"]},
        {"unit": "北岭区", "document": "in/b.txt", "title": "", "measures": [],
         "paragraphs": ["北岭区召开推进会，部署下步工作。"]}])
    clean = unit_labels_without_files(records, rules.naming)
    assert clean["units"] == ["某镇", "北岭区"]
    assert clean["articles"][0]["paragraphs"][0] == "今年以来，我镇组织党员干部走访某村、某社区困难群众，发放慰问金3万元。"
    assert unnamed("某镇", clean) and not unnamed("北岭区", clean)
    assert records["units"][0] == "**镇"   # the review copy's records are untouched


def test_two_unnamed_units_of_one_kind_are_told_apart_by_letters(rules) -> None:
    labels = clean_labels(["（待确认单位1）", "xx镇", "（待确认单位2）", "南坪县"],
                          {"（待确认单位1）": ["我镇召开动员会。"], "（待确认单位2）": ["公司开展安全月活动。"]},
                          rules.naming)
    assert labels == {"（待确认单位1）": "A镇", "xx镇": "B镇", "（待确认单位2）": "某单位"}


def test_more_unnamed_units_of_one_kind_than_letters_still_get_distinct_labels(rules) -> None:
    units = [f"（待确认单位{n}）" for n in range(1, 41)]
    labels = clean_labels(units, {u: ["我镇召开动员会。"] for u in units}, rules.naming)
    assert len(set(labels.values())) == 40
    assert labels["（待确认单位1）"] == "A镇" and labels["（待确认单位17）"] == "A2镇"


def test_a_blank_for_a_number_is_no_name_and_its_sentence_is_never_quoted(rules) -> None:
    assert unmask("截至目前，累计开展研讨 XX 次，覆盖XX社区。", rules.naming) == "截至目前，累计开展研讨 XX 次，覆盖某社区。"
    assert not usable("截至目前，累计开展研讨 XX 次，覆盖全体党员。", rules)
    assert not usable("向全体党员发放学习书籍XXX余本，做到人手一册。", rules)
    # a blank year only dates what follows: it goes as a date clause does
    assert drop_opening_adverbial("20__年5月，我街道组织党员开展志愿服务。", rules) == "我街道组织党员开展志愿服务。"


@pytest.mark.parametrize("sentence", [
    "下面是小编为大家整理的社区工作汇报，供大家参考。",
    "村级工作总结推荐5篇乡镇工作总结篇1今年以来，我镇坚持党建引领。",
    "（未完，全文共2405字，当前显示512字）",
])
def test_a_model_essay_sites_framing_is_never_quoted(sentence, rules) -> None:
    assert not usable(sentence, rules)


def test_a_numbered_paragraph_or_a_heading_run_into_its_text_is_no_measure(rules) -> None:
    long = "2、强化宣传引导，在主要路口张贴通告12张、设立举报箱4个，并组织干部入户发放明白纸"
    assert not listed_measure(long, rules) and not is_measure_title(long, rules)
    assert not listed_measure("开展送医下乡，10月8日，由儿科", rules)
    assert not is_measure_title("一、学习教育取得的成效", rules)
    assert listed_measure("强化组织领导，压实工作责任", rules) and is_measure_title("强化组织领导，压实工作责任", rules)
    item = Item(unit="西河乡", title="", date=None, document="in/c.txt",
                paragraphs=("西河乡召开专题会议部署工作。", long, "强化组织领导，压实工作责任", "乡党委成立领导小组。"),
                measures=((long, 1), ("强化组织领导，压实工作责任", 1)))
    quote = measures_sentence([item], rules)
    assert quote is not None and quote.text == "主要做法：强化组织领导，压实工作责任。"


def _lead(paragraphs, unit="东坡镇", rules=None):
    item = Item(unit=unit, title="", date=None, document="in/d.txt", paragraphs=tuple(paragraphs))
    quote = lead_sentence([item], rules)
    return quote.text if quote else None


def test_an_outside_body_acting_on_the_unit_does_not_lead(rules) -> None:
    lead = _lead(["根据区委统一部署，区委第三巡察组于3月至5月对我镇党委开展了巡察。",
                  "镇党委召开专题会议，逐条认领反馈问题，制定整改措施21条。"], rules=rules)
    assert lead is not None and lead.startswith("镇党委召开专题会议")


def test_a_proverb_or_the_recited_oath_does_not_lead(rules) -> None:
    assert _lead(["常言道“众人拾柴火焰高”，东坡镇发动群众参与环境整治。"], rules=rules) is None
    lead = _lead(["首先，全体党员重温入党誓词：我志愿加入中国共产党，拥护党的纲领。",
                  "东坡镇组织党员开展主题党日活动，全镇46名党员参加。"], rules=rules)
    assert lead is not None and lead.startswith("东坡镇组织党员")


def test_the_clock_time_of_a_scene_does_not_lead(rules) -> None:
    lead = _lead(["12月3日8:30，队员们冒着严寒出发前往偏远山村。",
                  "东坡镇卫生院组织医务人员开展义诊活动，服务群众200余人次。"], unit="东坡镇卫生院", rules=rules)
    assert lead is not None and lead.startswith("东坡镇卫生院组织医务人员")


def test_a_purpose_over_several_clauses_goes_with_its_opening(rules) -> None:
    assert drop_opening_adverbial("为切实做好防汛工作，牢固树立底线思维，保障群众生命财产安全，"
                                  "7月1日该公司开展应急演练。", rules) == "7月1日该公司开展应急演练。"


def test_a_cut_never_ends_on_the_object_or_range_of_a_verb_it_took_away(rules) -> None:
    text = shorten("街道党工委注重将学习教育与重点工作有机融合，通过扎实推进学习教育，提升基层治理实效，"
                   "从完善工作机制，拓展服务阵地，强化服务能力等方面着手，推动各项工作有力有序开展。",
                   60, dangling=rules.dangling_openings)
    assert not text.rstrip("。").endswith("完善工作机制") and text.endswith("。")


def test_spaces_a_pdf_copy_leaves_inside_a_sentence_go() -> None:
    assert without_copy_spaces("截止目 前，累计开展学习研讨 15 次，覆盖党员 300 余名。") == \
        "截止目前，累计开展学习研讨15次，覆盖党员300余名。"
    assert without_copy_spaces("引进 AI 辅助系统，提升服务效率。") == "引进 AI 辅助系统，提升服务效率。"


def test_a_clean_copy_of_a_masked_report_shows_no_mask_and_no_flag(rules) -> None:
    records = _records(["（待确认单位1）"], [
        {"unit": "（待确认单位1）", "document": "in/e.txt", "title": "", "article": 0, "measures": [],
         "paragraphs": ["今年以来，我乡在**村、××村开展环境整治，共清理垃圾120吨。"]}])
    records.update({"indicators": [], "stages": [], "coverage": [], "distinctive": [], "flags": [], "inputs": []})
    clean = ContextBasis(records, rules).context({}, review=False).values
    review = ContextBasis(records, rules).context({}, review=True).values
    assert [u["name"] for u in clean["units"]] == ["某乡"]
    text = " ".join(q["shown"] for q in clean["units"][0]["summary"])
    assert "**" not in text and "××" not in text and "某村" in text
    assert [u["name"] for u in review["units"]] == ["（待确认单位1）"]


def test_a_sentence_that_opens_with_another_self_word_gets_no_name_before_it(rules) -> None:
    from reportgen.render.prose import as_subject
    assert as_subject("该镇组织干部走访困难群众120户。", "青石县", rules) == "该镇组织干部走访困难群众120户。"
    assert as_subject("组织干部走访困难群众120户。", "青石县", rules) == "青石县组织干部走访困难群众120户。"


def test_a_shortcoming_remedied_in_its_clause_is_work_not_a_problem(rules) -> None:
    from reportgen.render.prose import stated
    item = Item(unit="南湖街道", title="", date=None, document="in/f.txt", paragraphs=(
        "街道着力补齐社区服务短板，新建党群服务站3个。",
        "对照先进地区，街道在老旧小区管理上还有差距，居民参与有待加强。"))
    quotes = stated({"南湖街道": [item]}, rules, rules.problem_cues, rules.problem_unless)
    assert [q.text for q in quotes] == ["对照先进地区，街道在老旧小区管理上还有差距，居民参与有待加强。"]
    only_work = Item(unit="南湖街道", title="", date=None, document="in/f.txt",
                     paragraphs=("街道着力补齐社区服务短板，新建党群服务站3个。",))
    assert stated({"南湖街道": [only_work]}, rules, rules.problem_cues, rules.problem_unless) == []


def test_the_research_edition_quotes_no_sentence_of_the_pages_furniture(rules) -> None:
    from reportgen.render.context import _items
    item = Item(unit="南湖街道", title="", date=None, document="in/g.txt", paragraphs=())
    figures = [{"document": "in/g.txt", "article": 0, "sentence": "社区工作汇报推荐6篇", "text": "6篇"},
               {"document": "in/g.txt", "article": 0, "sentence": "街道走访居民80户。", "text": "80户"}]
    items = _items([("南湖街道", item, "")], figures, rules)
    assert [s["sentence"] for s in items[0]["sentences"]] == ["街道走访居民80户。"]


def test_deepening_stands_before_a_campaigns_name_not_in_it(rules) -> None:
    from reportgen.render.prose import campaign_of
    item = Item(unit="南湖街道", title="", date=None, document="in/h.txt",
                paragraphs=("街道召开推进会，要求以务实的作风深化创先争优活动。",))
    assert campaign_of(item, rules) == "创先争优活动"


def test_an_account_of_who_reported_to_the_meeting_does_not_lead(rules) -> None:
    lead = _lead(["首先，王某书记代表支部委员会对本支部学习教育开展情况进行汇报。",
                  "东坡镇中心小学党支部组织党员教师开展结对帮扶，结对学生32名。"], unit="东坡镇中心小学", rules=rules)
    assert lead is not None and lead.startswith("东坡镇中心小学党支部组织")


def test_a_cut_keeps_who_led_with_what_they_led(rules) -> None:
    text = shorten("县人民医院积极响应号召，由院党委书记带队，内科、外科、儿科和药剂科专家一行共9人组队赴偏远乡镇"
                   "开展“送医送药送健康”义诊活动，为群众免费体检并发放药品，受到当地群众的欢迎和好评。",
                   60, dangling=rules.dangling_openings)
    assert not text.rstrip("。").endswith("带队")


def test_a_sentence_that_goes_on_from_the_one_before_is_not_quoted_alone(rules) -> None:
    assert not usable("之后，分三个小组开展批评和自我批评，共提出意见12条。", rules)
    assert not usable("接着，与会党员围绕主题交流发言，共6人发言。", rules)


def test_a_figures_sentence_quoted_alone_loses_its_link_to_the_one_before(rules) -> None:
    from reportgen.render.prose import figures_sentence
    cells = [{"unit": "东坡镇中心小学", "indicator": "party_organisations", "text": "3个", "document": "in/i.txt",
              "sentence": "之后，党员分3个党小组开展批评和自我批评，查摆问题。"}]
    quote = figures_sentence(cells, rules, set())
    assert quote is not None and quote.text == "党员分3个党小组开展批评和自我批评，查摆问题。"
