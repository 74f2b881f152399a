"""Rows and cells by the comparison guide, on realistic report sentences (none from the seeds).

Figures are built by hand, mapped to indicators by the shipped taxonomy as
the extractor would, so these tests pin the comparison's own rules: which
articles are rows, which figure stands in a cell, and which stays out.

``CELL_CASES`` is the table of one report's figures and the cells they must
(or must not) make; the tests after it cover rows, exclusions, exports and
the rules object.
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


def on(sentence: str, *specs: tuple) -> tuple[Figure, ...]:
    """Return figures of one sentence, each spec (text, value, measure word, object[, qualifier])."""
    return tuple(fig(*spec[:4], sentence, *spec[4:]) for spec in specs)


def report(unit: str | None, *figures: Figure, title: str = "扎实开展教育实践活动", path: str = "r.txt",
           body: str | list[str] = CAMPAIGN) -> Extraction:
    paragraphs = list(body) if isinstance(body, list) else [body]
    return Extraction(Source(path=path, sha256=f"sha-{path}"),
                      [Article(title=title, unit=unit, paragraphs=paragraphs, figures=list(figures))])


def cell(comparison, unit: str, indicator: str):
    return comparison.value(unit, indicator)


def why(comparison, text: str) -> str | None:
    figures = comparison.figures
    rows = figures[(figures["text"] == text) & figures["indicator"].notna()]  # a reason needs an indicator
    return rows.iloc[0]["not_cell"]


def case(case_id: str, unit: str, figures: tuple[Figure, ...], cells: dict[str, float | None],
         reasons: dict[str, str | tuple[str, ...]] | None = None, body: str | list[str] = CAMPAIGN,
         title: str = "扎实开展教育实践活动"):
    """One row of ``CELL_CASES``: a report of ``unit`` with ``figures``; ``cells`` maps an indicator to the
    value its cell must hold (None: no cell); ``reasons`` maps a figure's text to a word (or any of several
    words; "" for any) its not-a-cell reason must hold; ``body`` and ``title`` are the article's."""
    return pytest.param(unit, figures, cells, reasons or {}, {"body": body, "title": title}, id=case_id)


ROUTED = "截至目前，园区收集的31个问题已整改到位25条。"
SOLICITED = "深入企业广泛征求到影响发展的突出问题和建议45条。"
FOUND_TOGETHER = "班子成员对照检查，共查摆出问题和建议30条。"
DEPARTMENT = "东平市民政局：成立领导小组，要求全系统12个支部、186名党员迅速行动，投入活动。"
IN_DEPARTMENT = "要求全系统12个支部、186名党员迅速行动，投入活动。"
RECTIFIED_AFTER = "截至目前，该园收集的34个问题已整改落实到位29个。"
PUT_IN = "截至9月底，全镇共投入280余万元实施民生项目36个。"

CELL_CASES = [
    # measure words, categories and parts of one kind
    case("categories-are-not-problems", "临川县",
         on("通过走访座谈，共梳理出作风建设、服务群众等5个方面的问题。", ("5个", 5, "个", "问题")),
         {"problems": None}, {"5个": "类别"}),
    case("lists-of-problems-are-no-problems", "临川县",
         on("县级领导深入一线调研，系统梳理形成12个问题清单，逐项明确责任人。", ("12个", 12, "个", "问题清单")),
         {"problems": None}, {"12个": "清单"}),
    case("entries-of-a-problem-list-are-problems", "临川县",
         on("县委常委班子对照检查，制定96条问题清单，逐项明确整改责任人。", ("96条", 96, "条", "问题清单")),
         {"problems": 96}),
    case("entries-of-a-rectification-list-are-items-under-rectification", "白河区",
         on("围绕群众反映的意见，建立整改清单45项，明确责任领导。", ("45项", 45, "项", "整改清单")),
         {"rectification_items": 45}),
    case("ledgers-counted-in-volumes-are-no-problems", "白河区",
         on("建立问题台账8本，逐项跟踪。", ("8本", 8, "本", "问题台账")),
         {"problems": None}),
    case("a-list-of-practical-matters-is-a-plan", "白河区",
         on("区委制定办实事清单45项，明确完成时限。", ("45项", 45, "项", "办实事清单")),
         {"practical_matters": None}, {"45项": "计划"}),
    case("a-plan-of-practical-matters-is-no-matters-done", "青石镇",
         on("年初确定民生实事计划20项。", ("20项", 20, "项", "民生实事计划")),
         {"practical_matters": None}),
    case("tasks-of-practical-matters-completed-are-matters-done", "白河区",
         on("全区已完成办实事任务120项。", ("120项", 120, "项", "办实事任务")),
         {"practical_matters": 120}),
    case("goods-given-valued-in-yuan-are-funds-spent", "清河县交通运输局",
         on("这次活动累计送出生活必需品计5万余元，解决群众实际困难37件。", ("5万余元", 50000, "元", "生活必需品", "over")),
         {"funds": 50000}),
    case("goods-worth-a-sum-sent-are-funds-spent", "清河县",
         on("党员干部为困难群众送去价值3万余元的米面油等慰问品。", ("3万余元", 30000, "元", None, "over")),
         {"funds": 30000}),
    case("a-pledge-after-a-colon-is-promised-money-too", "清河县",
         on("年龄最小的党员王某的承诺是：帮扶特困户李某一家，捐资500元。", ("500元", 500, "元", "捐资")),
         {"funds": None}, {"500元": "承诺"}),
    case("a-pledge-list-after-a-colon-counts-no-households", "清河县",
         on("村党支部的公开承诺书提出：走访群众300户，硬化道路800米。", ("300户", 300, "户", "群众")),
         {"households": None}, {"300户": "承诺"}),
    case("goods-another-body-sends-are-no-funds", "清河县",
         on("爱心企业为村里送来物资价值2万元。", ("2万元", 20000, "元", "物资")),
         {"funds": None}),
    case("loans-handed-out-are-no-funds", "清河县",
         on("为企业发放贷款计3亿元。", ("3亿元", 300000000, "元", "贷款")),
         {"funds": None}),
    case("a-visiting-activitys-own-summary-counts-the-households-it-went-to", "清河县交通运输局",
         on("这次活动全局党员干部参与人数300多人次，涉及3个乡镇6个村300多户群众。", ("300多户", 300, "户", "群众", "over")),
         {"households": 300}, body="局党委组织党员干部到偏远乡镇走访，与群众交心谈心。"),
    case("a-visit-drives-summary-counts-the-households-it-went-to", "白河区",
         on("此次走访活动共涉及12个村820户。", ("820户", 820, "户", "户")),
         {"households": 820}, body="区委组织机关干部开展入户走访，倾听群众心声。"),
    case("what-a-measure-reaches-is-no-households-visited", "白河区",
         on("该区推进危房改造，涉及农户1200户。", ("1200户", 1200, "户", "农户")),
         {"households": None}, body="区委组织机关干部开展入户走访，倾听群众心声。"),
    case("an-activity-of-other-work-reaching-households-is-no-visit", "白河区",
         on("此次活动涉及群众2000余户。", ("2000余户", 2000, "户", "群众", "over")),
         {"households": None}, body="区卫健局组织医务人员开展义诊活动。"),
    case("the-units-own-name-owns-its-membership", "青州市",
         on("在创先争优活动中，青州市1.2万个基层党组织、近31万名党员践行着为民服务的承诺。",
            ("近31万名", 310000, "名", "党员", "approx")),
         {"party_members": 310000}),
    case("a-body-whose-name-starts-with-the-units-is-another", "青州市",
         on("青州市委组织部300名党员深入社区开展志愿服务。", ("300名", 300, "名", "党员")),
         {"party_members": None}),
    case("members-the-unit-sends-are-no-membership", "青州市",
         on("青州市组织3000名党员深入社区报到。", ("3000名", 3000, "名", "党员")),
         {"party_members": None}),
    case("problems-on-a-list-are-problems", "临川县",
         on("对调研发现的问题建立台账，共列出问题清单86条。", ("86条", 86, "条", "问题清单")),
         {"problems": 86}),
    case("parts-of-one-kind-are-summed", "临川县",
         on("各级领导干部深入村组走访，收集群众意见560件、建议210条。",
            ("560件", 560, "件", "群众意见"), ("210条", 210, "条", "建议")),
         {"opinions": 770}),
    case("people-times-are-not-party-members", "临川县",
         on("组织党员参加志愿服务1800人次。", ("1800人次", 1800, "人次", "党员")),
         {"party_members": None}),
    case("views-of-the-people-collected-are-opinions", "临川区政协委员会",
         on("三个月来，委员们深入社区召开恳谈会，收集社情民意47条。", ("47条", 47, "条", "社情民意")),
         {"opinions": 47}),
    # totals over their parts; one subordinate place is a part
    case("stated-total-wins-over-its-part", "临川县",
         on("共召开各类座谈会48场，其中村级院坝会30场。", ("48场", 48, "场", "座谈会"), ("30场", 30, "场", "院坝会")),
         {"forums": 48}),
    case("a-part-alone-is-no-cell", "临川县",
         on("全县开展专项整治，其中青石镇排查问题26个。", ("26个", 26, "个", "问题")),
         {"problems": None}, {"26个": ("其中", "下属")}),
    case("one-town-does-not-stand-for-the-county", "临川县",
         on("在青石镇，镇领导班子带头走访，共查找问题26个，已全部建立台账。", ("26个", 26, "个", "问题")),
         {"problems": None}, {"26个": "青石镇"}),
    case("the-whole-county-after-a-town-is-the-county", "临川县",
         on("继青石镇试点之后，全县共查找问题260个。", ("260个", 260, "个", "问题")),
         {"problems": 260}),
    case("a-town-reporting-for-itself-keeps-its-figure", "青石镇",
         on("青石镇共查找问题26个。", ("26个", 26, "个", "问题")),
         {"problems": 26}),
    case("town-ending-words-are-no-town-after-a-topic", "临川县",
         on("围绕美丽乡村建设，县委共收集意见建议860条。", ("860条", 860, "条", "意见建议")),
         {"opinions": 860}),
    case("town-ending-words-are-no-town-sitting-in", "临川县",
         on("县级领导分片坐镇一线，全县共收集意见建议860条。", ("860条", 860, "条", "意见建议")),
         {"opinions": 860}),
    case("a-figure-for-the-whole-city-is-not-a-districts", "青山区",
         on("会上通报，全市共收集意见建议1.2万条。", ("1.2万条", 12000, "条", "意见建议")),
         {"opinions": None}, {"1.2万条": "全市"}),
    case("the-whole-district-is-the-district-departments", "青山区委组织部",
         on("全区共收集意见建议860条。", ("860条", 860, "条", "意见建议")),
         {"opinions": 860}),
    case("village-cadres-of-the-town-are-no-subordinate-town", "青石镇",
         on("镇党委组织镇村干部开展大走访，全镇共排查群众反映问题58件。", ("58件", 58, "件", "群众反映问题")),
         {"problems": 58}),
    case("the-whole-township-in-a-townships-own-report-is-its-own", "临川县青石乡",
         on("据统计，全乡累计走访农户1260户。", ("1260户", 1260, "户", "农户")),
         {"households": 1260}),
    case("the-whole-county-in-a-towns-report-is-not-the-towns", "青石镇",
         on("会上通报，全县共走访农户3.2万户。", ("3.2万户", 32000, "户", "农户")),
         {"households": None}, {"3.2万户": "全县"}),
    case("a-market-bureau-of-a-county-is-of-the-county", "临川县市场监督管理局",
         on("活动开展以来，全县共排查问题120个。", ("120个", 120, "个", "问题")),
         {"problems": 120}),
    case("a-village-a-centre-works-in-is-no-subordinate-of-it", "临川县土地储备中心",
         on("该中心在青石镇东岭村开展结对帮扶，三年共投入帮扶资金120万元。", ("120万元", 1_200_000, "元", "帮扶资金")),
         {"funds": 1_200_000}),
    case("the-whole-town-inside-a-county-report-is-not-the-county", "临川县",
         on("在试点乡镇，全镇共排查群众反映问题58件。", ("58件", 58, "件", "群众反映问题")),
         {"problems": None}, {"58件": "全镇"}),
    case("this-town-in-a-towns-own-report-is-the-town-itself", "临川镇",
         on("截至目前，该镇共走访农户1260户。", ("1260户", 1260, "户", "农户")),
         {"households": 1260}),
    case("this-town-in-a-countys-report-is-one-of-its-towns", "临川县",
         on("在东岭镇，该镇共走访农户1260户。", ("1260户", 1260, "户", "农户")),
         {"households": None}),
    case("this-town-in-a-town-committees-report-is-the-town-itself", "青石镇党委",
         on("截至目前，该镇共走访农户1260户。", ("1260户", 1260, "户", "农户")),
         {"households": 1260}),
    case("this-town-in-an-unnamed-report-titled-by-a-town-is-the-town", None,
         on("截至目前，该镇已为群众办实事好事150多件。", ("150多件", 150, "件", "实事好事", "over")),
         {"practical_matters": 150}, title="东岭青石镇干群结亲解民忧"),
    case("the-whole-county-in-an-unnamed-report-titled-by-a-town-is-not-the-towns", None,
         on("会上通报，全县共走访农户3.2万户。", ("3.2万户", 32000, "户", "农户")),
         {"households": None}, {"3.2万户": "不是本单位（（待确认单位1））"}, title="东岭青石镇干群结亲解民忧"),
    case("this-town-in-an-unnamed-report-titled-by-a-county-is-one-of-its-towns", None,
         on("在东岭镇，该镇共走访农户1260户。", ("1260户", 1260, "户", "农户")),
         {"households": None}, title="临川县干群结亲解民忧"),
    case("a-departments-paragraph-is-not-the-citys-cell", "东平市", on(IN_DEPARTMENT, ("186名", 186, "名", "党员")),
         {"party_members": None}, {"186名": "东平市民政局"}, body=[CAMPAIGN, DEPARTMENT], title="全市掀起教育实践活动热潮"),
    case("a-paragraph-headed-by-the-units-own-name-keeps-its-cell", "东平市民政局",
         on(IN_DEPARTMENT, ("186名", 186, "名", "党员")),
         {"party_members": 186}, body=[CAMPAIGN, DEPARTMENT]),
    # meetings
    case("attending-meetings-is-not-holding-forums", "临川县",
         on("班子成员深入基层参加各类座谈会12次。", ("12次", 12, "次", "座谈会")),
         {"forums": None}),
    case("meetings-of-mixed-kinds-are-no-forum-count", "临川县水利局",
         on("两个月来，局党组成员深入基层召开群众座谈会、企业恳谈会、项目推进会共23次。",
            ("23次", 23, "次", "群众座谈会、企业恳谈会、项目推进会")),
         {"forums": None}, {"23次": "其他会议"}),
    case("forums-counted-in-ge-are-forums-held", "临川县",
         on("先后召开机关干部、村组干部、群众代表等5个座谈会，听取意见建议。", ("5个", 5, "个", "座谈会")),
         {"forums": 5}),
    case("forums-held-one-for-each-group-are-the-forums-held", "临川县教育局",
         on("局党组先后召开了6个层面的征求意见座谈会，听取意见建议。", ("6个", 6, "个", "层面")),
         {"forums": 6}),
    case("teams-sent-out-to-hold-forums-are-no-forums", "临川县",
         on("县委组织了5个工作组深入村组召开座谈会。", ("5个", 5, "个", "工作组")),
         {"forums": None}),
    case("sit-down-meetings-by-a-local-name-are-forums", "青石镇",
         on("镇村干部深入村组召开群众“板凳会议”126次，面对面听取群众意见。", ("126次", 126, "次", "群众“板凳会议”")),
         {"forums": 126}),
    case("forums-of-one-kind-listed-are-still-forums", "临川县水利局",
         on("两个月来，局党组成员深入基层召开群众座谈会、企业恳谈会共23次。", ("23次", 23, "次", "群众座谈会、企业恳谈会")),
         {"forums": 23}),
    # money
    case("planned-money-is-not-funds-spent", "临川县",
         on("明年计划投入资金200万元用于村级活动场所建设。", ("200万元", 2_000_000, "元", "资金"))
         + on("筹集帮扶资金35万元，为困难群众解决实际困难。", ("35万元", 350_000, "元", "帮扶资金")),
         {"funds": 350_000}),
    case("money-of-one-project-is-no-funds-cell", "临川县",
         on("针对群众饮水难问题，投资86万元，新建蓄水池12座，解决了3个村的饮水问题。", ("86万元", 860000, "元", "投资")),
         {"funds": None}, {"86万元": "工程"}),
    case("money-of-projects-carried-out-is-no-funds-cell", "临川县",
         on("投资1200万元，实施贫困村道路建设项目12个。", ("1200万元", 12_000_000, "元", "投资"))
         + on("投资380万元，解决了9个村的饮水困难问题。", ("380万元", 3_800_000, "元", "投资")),
         {"funds": None}, {"1200万元": "工程", "380万元": "工程"}),
    case("money-put-in-in-all-before-the-matters-done-is-funds", "青石镇",
         on("截至9月底，全镇共投入资金320万元实施了86项民生实事。", ("320万元", 3_200_000, "元", "资金")),
         {"funds": 3_200_000}),
    case("stated-total-of-money-is-the-funds-cell-even-before-a-project", "临川县",
         on("活动开展以来，全县共投入资金1200万元，新修村组道路46公里。", ("1200万元", 12000000, "元", "资金")),
         {"funds": 12000000}),
    case("money-planned-after-a-clause-of-time-is-no-funds-cell", "某供电公司",
         on("据了解，该公司将用两年时间，投资650万元对辖区内的老旧线路进行改造。", ("650万元", 6500000, "元", "投资")),
         {"funds": None}, {"650万元": "计划"}),
    case("a-per-head-amount-is-no-total", "临川县",
         on("结对帮扶困难学生15名，资助生活费人均800元。", ("800元", 800, "元", "资助生活费")),
         {"funds": None}, {"800元": "平均"}),
    case("a-cumulative-over-years-is-no-cell", "临川县",
         on("近三年来，该县累计投入帮扶资金2600万元，改善了群众生产生活条件。", ("2600万元", 26000000, "元", "帮扶资金")),
         {"funds": None}, {"2600万元": "多年"}),
    case("money-saved-is-no-funds-cell", "某县财政局",
         on("严格落实八项规定，全局压缩三公经费86万元，精简会议三成。", ("86万元", 860000, "元", "三公经费")),
         {"funds": None}),
    case("money-put-in-with-no-object-is-funds", "青石镇",
         (Figure(text="280余万元", value=2_800_000, unit="元", qualifier="over", sentence=PUT_IN),),
         {"funds": 2_800_000}),
    case("money-recovered-is-no-funds-cell", "临川县",
         on("督促整改中，追回违规发放的补贴资金12万元。", ("12万元", 120_000, "元", "违规发放的补贴资金")),
         {"funds": None}, {"12万元": ("追回", "款项")}),
    case("routine-welfare-payments-are-no-campaign-funds", "某县民政局",
         on("今年以来，全县共发放城乡低保资金8600万元，惠及群众1.8万户。", ("8600万元", 86000000, "元", "低保资金")),
         {"funds": None}),
    # plans, quotas, rates, other years, changes
    case("planned-visits", "临川县", on("全县计划走访农户5000户。", ("5000户", 5000, "户", "农户")),
         {"households": None}, {"5000户": ""}),
    case("target-opinions", "临川县", on("力争征集意见建议1000条。", ("1000条", 1000, "条", "意见建议")),
         {"opinions": None}, {"1000条": ""}),
    case("last-year", "临川县", on("去年全年召开座谈会36场。", ("36场", 36, "场", "座谈会")),
         {"forums": None}, {"36场": ""}),
    case("paired-not-visited", "临川县", on("机关干部结对帮扶困难户120户。", ("120户", 120, "户", "困难户")),
         {"households": None}, {"120户": ""}),
    case("since-last-year-is-this-campaigns-total", "临川县",
         on("去年以来，全县共走访农户3.2万户。", ("3.2万户", 32000, "户", "农户")),
         {"households": 32000}),
    case("a-cadre-must-visit-is-a-requirement", "临川县",
         on("县直单位领导干部要结合本职工作，深入到联系村，走访20—30户群众。", ("20—30户", 20, "户", "群众")),
         {"households": None}, {"20—30户": "要求"}),
    case("work-done-under-a-quoted-slogan-is-the-cell", "青石镇",
         on("按照“要让群众满意”的要求，全镇共走访群众2600户。", ("2600户", 2600, "户", "群众")),
         {"households": 2600}),
    case("items-named-in-a-leaders-demand-are-still-the-items", "临川县",
         on("县委书记要求，各承办单位要高度重视，认真研究，将56项整改事项列为近期工作的重点。",
            ("56项", 56, "项", "整改事项")),
         {"rectification_items": 56}),
    case("a-form-said-to-hold-questions-over-a-comma", "临川县",
         on("入户调查表上不仅有农户的基本情况，还包含群众关心的二十多项问题。", ("二十多项", 20, "项", "问题", "over")),
         {"problems": None}, {"二十多项": "问卷"}),
    case("quota-per-member", "临川县", on("县委要求每名党员至少走访群众5户。", ("5户", 5, "户", "群众")),
         {"households": None}),
    case("quota-per-branch-at-least", "临川县", on("每个支部召开座谈会不少于2次。", ("不少于2次", 2, "次", "座谈会")),
         {"forums": None}),
    case("rate-per-month", "临川县", on("各村每月召开院坝会2场，倾听群众呼声。", ("2场", 2, "场", "座谈会")),
         {"forums": None}),
    case("what-each-body-did-alike-is-no-total", "临川县",
         on("活动中，各村党支部均召开院坝会3场，广泛听取群众意见。", ("3场", 3, "场", "院坝会")),
         {"forums": None}, {"3场": "每"}),
    case("a-change-against-last-year-is-no-count", "临川县",
         on("活动期间，全县走访农户同比增加1200户。", ("1200户", 1200, "户", "农户")),
         {"households": None}),
    # households
    case("households-visited", "临川县", on("县级领导带头走访群众3200户，收集意见建议460条。", ("3200户", 3200, "户", "群众")),
         {"households": 3200}),
    case("households-benefited-are-no-visits", "临川县", on("新修道路4.5公里，受益群众503户。", ("503户", 503, "户", "群众")),
         {"households": None}),
    case("households-picked-out-to-help-are-no-visits", "临川县",
         on("经入户摸底，确定低保边缘群众42户。", ("42户", 42, "户", "群众")),
         {"households": None}, {"42户": "确定"}),
    case("whoever-is-visited-counted-in-households-are-households-visited", "临川县",
         on("截至目前，共走访联系对象1260户、召开座谈会36场。", ("1260户", 1260, "户", "联系对象")),
         {"households": 1260}),
    case("the-people-a-unit-serves-visited-in-households-are-households-visited", "临川县",
         on("党员干部走访服务对象860户。", ("860户", 860, "户", "服务对象")),
         {"households": 860}),
    case("enterprises-visited-in-households-are-no-households", "临川县",
         on("局党组成员带队走访企业86户。", ("86户", 86, "户", "企业")),
         {"households": None}),
    case("enterprises-counted-in-households-after-the-figure-are-no-households", "某市商务局",
         (Figure(text="20多户", value=20, unit="户", object="生产经营困难企业", qualifier="over",
                 sentence="局领导带队深入园区，走访了20多户生产经营困难企业，现场协调解决难题。"),),
         {"households": None}, {"20多户": "企业"}),
    case("households-moved-are-no-visits", "临川县",
         on("新建异地扶贫安置点2个，搬迁群众260户1100人。", ("260户", 260, "户", "群众")),
         {"households": None}, {"260户": "搬迁"}),
    case("households-lifted-out-of-poverty-are-no-visits", "临川县",
         on("今年全县实现脱贫贫困户1800户。", ("1800户", 1800, "户", "贫困户")),
         {"households": None}, {"1800户": "没有这一指标的动作"}),
    case("households-reached-at-their-door-are-visits", "临川县",
         on("党员干部逐户上门听取意见，共联系农户2400户。", ("2400户", 2400, "户", "农户")),
         {"households": 2400}),
    case("households-knocked-at-are-visits", "临川街道",
         on("党员干部逐户敲门，共联系群众1260户。", ("1260户", 1260, "户", "群众")),
         {"households": 1260}),
    case("every-household-reached-leaves-the-total-a-cell", "临川县",
         on("党员干部走到每家每户，共走访群众3200户。", ("3200户", 3200, "户", "群众")),
         {"households": 3200}),
    # party members
    case("subgroup-volunteers", "临川县",
         on("组织30余名党员志愿者深入村组开展环境整治。", ("30余名", 30, "名", "党员志愿者")),
         {"party_members": None}, {"30余名": "党员中的"}),
    case("subgroup-a-core-group", "临川县",
         on("抽调20名党员骨干组成工作专班，集中攻坚。", ("20名", 20, "名", "党员骨干")),
         {"party_members": None}, {"20名": "党员中的"}),
    case("subgroup-a-kind-before", "临川县",
         on("全县流动党员860名，建立流动党员服务站。", ("860名", 860, "名", "党员")),
         {"party_members": None}, {"860名": "党员中的"}),
    case("members-of-some-branches-are-a-part", "某区人民医院",
         on("活动启动以来，已有5个党支部的46名党员走进社区开展志愿服务。", ("46名", 46, "名", "党员")),
         {"party_members": None}),
    case("members-sent-out-for-one-activity-are-a-part", "临川县",
         on("组织开展“党员进农家”活动，1260名党员深入村组，与群众面对面交流。", ("1260名", 1260, "名", "党员")),
         {"party_members": None}, {"1260名": "一项活动"}),
    case("all-members-of-the-county-going-out-are-the-cell", "临川县",
         on("活动中，全县8600名党员深入基层，走访联系群众。", ("8600名", 8600, "名", "党员")),
         {"party_members": 8600}),
    case("party-members-counted-with-cadres-are-not-the-party-members", "临川县",
         on("9月3日，县委召开动员大会，机关全体党员、干部320余人参加。", ("320余人", 320, "人", "全体党员、干部", "over")),
         {"party_members": None}, {"320余人": "其他人员"}),
    case("members-honoured-as-outstanding-are-a-kind-before", "青石镇",
         on("七一前夕，镇党委表彰优秀共产党员15名、优秀党务工作者6名。", ("15名", 15, "名", "优秀共产党员")),
         {"party_members": None}, {"15名": "党员中的"}),
    case("members-honoured-as-outstanding-are-a-kind-after", "青石镇",
         on("镇党委评选出12名优秀党员，号召全镇党员向他们学习。", ("12名", 12, "名", "优秀党员")),
         {"party_members": None}, {"12名": "党员中的"}),
    case("members-sent-into-villages-and-homes-are-a-part", "青岚县农业农村局",
         on("局机关支部制定结对帮扶方案，28名党员进村入户与困难群众结对子。", ("28名", 28, "名", "党员")),
         {"party_members": None}, {"28名": "一项活动"}),
    case("members-visited-are-not-the-units-members", "青石镇",
         on("春节前夕，镇党委班子成员走访慰问了46名党员，送去慰问金。", ("46名", 46, "名", "党员")),
         {"party_members": None}, {"46名": "慰问"}),
    case("members-of-the-town-visiting-people-are-its-members", "青石镇",
         on("活动开展以来，全镇386名党员走访群众1200户。", ("386名", 386, "名", "党员")),
         {"party_members": 386}),
    case("the-members-taking-part-in-the-campaign-are-its-party-members", "临川县",
         on("县直机关参加第一批教育活动的260多名党员出席了动员大会。", ("260多名", 260, "名", "党员", "over")),
         {"party_members": 260}),
    case("kinds-of-members-listed-after-the-figure-are-a-kind", "临川县",
         on("全县2500多名机关干部结对联系群众，1.2万多名农村、社区党员每人联系5户群众。",
            ("1.2万多名", 12000, "名", "农村、社区党员", "over")),
         {"party_members": None}, {"1.2万多名": "党员中的"}),
    case("members-of-non-public-enterprises-are-a-kind", "临川县",
         on("全县非公企业党员860名全部编入党小组。", ("860名", 860, "名", "党员")),
         {"party_members": None}, {"860名": "党员中的"}),
    # problems and opinions
    case("questionnaire-questions-are-not-problems", "临川县",
         on("发放的调查问卷设置了10个问题。", ("10个", 10, "个", "问题")),
         {"problems": None}),
    case("a-questionnaires-questions-in-the-next-clause-are-not-problems", "临川县",
         on("围绕干部作风设计《调查问卷》，对服务质量、办事效率等方面42个问题征求群众意见。", ("42个", 42, "个", "问题")),
         {"problems": None}, {"42个": "问卷"}),
    case("a-questionnaire-handed-out-leaves-the-next-clauses-count", "临川县",
         on("发放调查问卷3000份，查找问题86个。", ("86个", 86, "个", "问题")),
         {"problems": 86}),
    case("a-total-joined-to-its-verb-over-a-long-object", "临川县",
         on("通过五种方式，共征求对县委班子的意见建议252条。", ("252条", 252, "条", "意见建议"))
         + on("召开座谈会4场，征求对班子的意见建议199条；设置意见箱收到意见建议60条。",
              ("199条", 199, "条", "意见建议"), ("60条", 60, "条", "意见建议")),
         {"opinions": 252}),
    case("a-total-joined-to-a-visiting-verb-wins-over-weekly-counts", "青石镇",
         on("活动开展以来，镇村干部共遍访辖区困难群众家庭320户。", ("320户", 320, "户", "困难群众家庭"))
         + on("第一周，镇村干部走访农户200户。", ("200户", 200, "户", "农户"))
         + on("第二周，镇村干部走访农户150户。", ("150户", 150, "户", "农户")),
         {"households": 320}),
    case("demands-collected-are-opinions", "临川县营商办",
         on("共收集8家企业反映的用工、融资等方面诉求36条。", ("36条", 36, "条", "诉求")),
         {"opinions": 36}),
    case("suggestions-called-golden-ideas-are-opinions", "临川县发改局",
         on("面向企业和群众征集发展“金点子”320条，逐条研究吸纳。", ("320条", 320, "条", "发展“金点子”")),
         {"opinions": 320}),
    case("voices-heard-are-opinions", "青石镇",
         on("各村召开院坝会，共收集群众心声186条。", ("186条", 186, "条", "群众心声")),
         {"opinions": 186}),
    case("needs-collected-are-opinions", "临川街道",
         (Figure(text="45件", value=45, unit="件", object="群众需求事项",
                 sentence="截至目前，已收集到群众需求事项45件，正在逐一办理。"),),
         {"opinions": 45}),
    case("needs-met-are-no-opinions-collected", "临川县人社局",
         (Figure(text="120个", value=120, unit="个", object="用工需求",
                 sentence="局党组带队走进园区，帮助企业解决用工需求120个。"),),
         {"opinions": None}),
    case("shortcomings-and-gaps-found-are-problems", "临川县",
         on("班子成员逐一对照检视，共查找差距不足23条。", ("23条", 23, "条", "差距不足")),
         {"problems": 23}),
    case("opinions-merged-after-sorting-are-no-count-collected", "临川县",
         on("对座谈会上收集到的意见建议逐条分类，梳理归纳为64条。", ("64条", 64, "条", "意见建议")),
         {"opinions": None}, {"64条": "归并"}),
    case("problems-solved-are-not-problems-found", "临川县",
         on("领导干部深入一线调研，发现问题64个，现场解决问题21个。", ("64个", 64, "个", "问题"), ("21个", 21, "个", "问题")),
         {"problems": 64}, {"21个": "解决"}),
    case("problems-solved-with-a-long-object-are-not-problems-found", "青石乡",
         on("据统计，全乡累计走访农户1200户，解决群众反映的急难问题23个。", ("23个", 23, "个", "问题")),
         {"problems": None}, {"23个": "解决"}),
    case("problems-passed-up-are-no-problems-found", "临川县",
         on("干部下沉走访，现场解决问题41件，向上级反馈问题6件。", ("41件", 41, "件", "问题"), ("6件", 6, "件", "问题")),
         {"problems": None}, {"6件": "转交"}),
    case("problems-and-suggestions-solicited-together-are-opinions-not-problems", "临川县",
         (Figure(text="45条", value=45, unit="条", object="突出问题和建议", indicator="problems", sentence=SOLICITED),),
         {"problems": None, "opinions": 45}),
    case("problems-and-suggestions-found-together-are-neither", "临川县",
         (Figure(text="30条", value=30, unit="条", object="问题和建议", indicator="problems", sentence=FOUND_TOGETHER),),
         {"problems": None, "opinions": None}),
    case("leaders-comments-on-lower-organisations-are-no-opinions", "临川县",
         on("县委领导点评基层党组织126个，提出点评意见480余条。", ("480余条", 480, "条", "点评意见", "over")),
         {"opinions": None}, {"480余条": "点评"}),
    case("one-special-actions-count-is-not-the-units", "江北市",
         on("在违规公款吃喝专项整治中，全市共查处问题38个。", ("38个", 38, "个", "问题")),
         {"problems": None}, {"38个": "专项"}),
    case("a-count-with-a-special-action-as-its-frame-is-the-units", "江北市",
         on("结合专项整治，全市共查找问题260个，已整改198个。", ("260个", 260, "个", "问题")),
         {"problems": 260}),
    case("topics-a-service-focuses-on-are-no-problems-found", "临川县",
         on("聚焦办证、入学、就医等20余项热点问题，开设网上专栏答疑解惑。", ("20余项", 20, "项", "热点问题", "over")),
         {"problems": None}),
    case("a-focus-stated-before-the-clause-does-not-void-the-count", "临川县",
         on("聚焦群众关切，共收集意见建议315条。", ("315条", 315, "条", "意见建议")),
         {"opinions": 315}),
    case("figures-of-work-assisting-another-body-are-not-the-units", "临川区",
         on("截至目前，该区收集到企业反映的困难和问题84个，已全部答复。", ("84个", 84, "个", "困难和问题"))
         + on("同时，协助市本级开展企业大走访活动，共收集到27个问题。", ("27个", 27, "个", "问题")),
         {"problems": 84}, {"27个": "协助"}),
    case("a-count-of-the-projects-problems-came-from-is-no-problem-count", "临川区",
         on("工作组对辖区62个重点项目前期反映的问题解决情况进行回访。", ("62个", 62, "个", "问题")),
         {"problems": None}),
    case("opinions-an-inspection-team-hands-down-are-not-collected-ones", "某县交通局",
         on("县委第二督导组反馈意见14条，局党组逐条研究整改。", ("14条", 14, "条", "意见")),
         {"opinions": None}),
    case("opinions-an-inspection-hands-down-without-its-team-are-not-collected-ones", "临川县教育局",
         on("针对县委巡察反馈意见16条，局党组逐条制定整改措施。", ("16条", 16, "条", "意见")),
         {"opinions": None}, {"16条": "反馈"}),
    # rectification
    case("problems-put-under-rectification-are-also-rectification-items", "临川县",
         on("县委确定9个问题作为立行立改项目，逐项明确责任人。", ("9个", 9, "个", "问题")),
         {"problems": 9, "rectification_items": 9}),
    case("problems-rectified-count-rectification-not-the-problems", "临川县",
         (Figure(text="31个", value=31, unit="个", object="整改", indicator="rectification_items", sentence=ROUTED),
          Figure(text="25条", value=25, unit="条", object="整改到位", indicator="rectification_items", sentence=ROUTED)),
         {"rectification_items": 25}),
    case("problems-said-rectified-to-the-standard", "临川县",
         on("全县共检视问题312个，已整改到位276个。", ("312个", 312, "个", "问题"), ("276个", 276, "个", "问题")),
         {"problems": 312, "rectification_items": 276}),
    case("problems-said-rectified-completed", "临川县",
         on("全县共检视问题312个，已完成整改276个。", ("312个", 312, "个", "问题"), ("276个", 276, "个", "问题")),
         {"problems": 312, "rectification_items": 276}),
    case("problems-completed-rectification-without-already", "临川县",
         on("巡察反馈问题86个，完成整改80个，正在整改6个。", ("86个", 86, "个", "问题"), ("80个", 80, "个", "问题")),
         {"problems": 86, "rectification_items": 80}),
    case("items-to-change-at-once-are-rectification-items", "临川县",
         on("县委梳理出即知即改事项12项，逐项明确责任单位和时限。", ("12项", 12, "项", "即知即改事项")),
         {"rectification_items": 12}),
    case("rectification-measures-are-no-rectification-items", "临川县",
         on("针对督导组反馈的问题，制定整改方案，细化出52项整改措施，明确责任人和时限。", ("52项", 52, "项", "整改措施")),
         {"rectification_items": None}),
    case("rectification-plans-are-no-rectification-items", "临川县",
         on("各支部对照查摆出的问题，制定整改方案23个。", ("23个", 23, "个", "整改方案")),
         {"rectification_items": None}),
    case("items-rectified-on-the-spot-and-under-tracking-are-summed", "临川镇",
         on("截至目前，全镇共检查经营场所36处，发现问题15个，现场整改9个，限期整改问题6个。",
            ("15个", 15, "个", "问题"), ("9个", 9, "个", "问题"), ("6个", 6, "个", "问题")),
         {"problems": 15, "rectification_items": 15}),
    case("one-kind-of-rectification-alone-is-its-cell", "某县民政局",
         on("督导组反馈问题后，该局立行立改问题7个。", ("7个", 7, "个", "问题")),
         {"rectification_items": 7, "problems": None}),
    case("a-count-right-after-rectified-is-the-rectification-cell", "临川开发区",
         on(RECTIFIED_AFTER, ("34个", 34, "个", "问题"))
         + (Figure(text="29个", value=29, unit="个", sentence=RECTIFIED_AFTER),),
         {"rectification_items": 29, "problems": 34}),
    case("problems-all-rectified-are-the-rectification-cell", "临川开发区",
         on("截至目前，该园收集的34个问题已全部整改到位。", ("34个", 34, "个", "问题")),
         {"rectification_items": 34}),
    case("problems-said-rectified-before-their-count-are-rectification-items", "临川镇",
         on("截至目前，该镇已整改问题64个，为群众办实事31件。", ("64个", 64, "个", "问题")),
         {"problems": None, "rectification_items": 64}),
    case("problems-listed-for-rectification-also-count-rectification-items", "临川镇",
         on("对一时难以解决的问题，列入整改清单，目前已列入整改清单的问题有29个。", ("29个", 29, "个", "问题")),
         {"rectification_items": 29}),
    case("one-community-alone-is-a-part-of-a-streets-members", "白沙街道",
         on("活动开展以来，仅柳河社区就组织党员420余人参与志愿服务。", ("420余人", 420, "人", "党员", "over")),
         {"party_members": None}, {"420余人": "一部分"}),
    case("one-village-alone-is-a-part-of-a-towns-visits", "青石镇",
         on("镇村干部分片包干，仅白沙村就走访群众300户。", ("300户", 300, "户", "群众")),
         {"households": None}, {"300户": "一部分"}),
    case("a-bureau-speaking-of-itself-works-in-the-town-it-names", None,
         on("我局机关干部分批深入青石镇白沙村、柳河村，共走访群众620户。", ("620户", 620, "户", "群众")),
         {"households": 620}),
    case("a-requirement-put-to-the-unit-is-not-work-done", "青石镇",
         on("会议要求，各村要在月底前完成走访群众800户的任务。", ("800户", 800, "户", "群众")),
         {"households": None}, {"800户": "要求"}),
    case("work-done-as-required-is-the-cell", "青石镇",
         on("按照县委要求，全镇共走访群众3200户。", ("3200户", 3200, "户", "群众")),
         {"households": 3200}),
    case("households-given-aid-are-not-households-visited", "青石镇",
         on("春节前，镇慰问组共为42户困难群众发放慰问金1.2万元。", ("42户", 42, "户", "困难群众")),
         {"households": None}, {"42户": "发放"}),
    case("households-visited-and-then-given-aid-are-visited", "青石镇",
         on("春节前，镇慰问组走访困难群众42户，为他们送去米面油。", ("42户", 42, "户", "困难群众")),
         {"households": 42}),
    case("criticisms-at-a-life-meeting-are-not-opinions-collected", "临川县财政局",
         on("会上共提出自我批评意见36条、相互批评意见58条。",
            ("36条", 36, "条", "自我批评意见"), ("58条", 58, "条", "意见")),
         {"opinions": None}, {"58条": "批评意见"}),
    case("problems-solved-after-a-list-of-difficulties-are-not-problems-found", "临川县",
         on("活动开展以来，帮助群众解决出行难、就医难、上学难等民生难点问题320多个。",
            ("320多个", 320, "个", "问题", "over")),
         {"problems": None}, {"320多个": "解决"}),
    # money another body pays, money given in the work, members of the communities
    case("money-firms-put-in-is-not-the-units-funds", "青石镇",
         on("结对共建以来，辖区9家规模以上企业投入技改资金850万元，带动就业300余人。",
            ("850万元", 8500000, "元", "技改资金")),
         {"funds": None}, {"850万元": "企业"}),
    case("money-a-property-company-pays-is-not-the-units-funds", "白沙社区",
         on("根据居民代表的建议，物业公司和业主委员会出资4万余元，整修了小区道路。",
            ("4万余元", 40000, "元", "物业公司出资", "over")),
         {"funds": None}, {"4万余元": "企业、群众或其他单位"}),
    case("money-the-unit-puts-in-stays-its-funds", "青石镇",
         on("结对共建以来，镇党委协调投入帮扶资金850万元，为辖区企业解决用工难题。",
            ("850万元", 8500000, "元", "帮扶资金")),
         {"funds": 8500000}),
    case("money-members-donate-in-the-work-is-funds", "临川县税务局",
         on("走访慰问期间，机关党员自发捐赠现金6800元，送去棉被等物资80件。", ("6800元", 6800, "元", "现金")),
         {"funds": 6800}),
    case("money-given-out-in-the-work-is-funds", "临川县人民医院",
         on("此次义诊活动共接诊群众260人次，免费发放药品共计金额3620.5元。", ("3620.5元", 3620.5, "元", "金额")),
         {"funds": 3620.5}),
    case("money-given-to-each-household-is-no-funds", "临川县税务局",
         on("中秋前夕，局领导看望结对困难家庭，给每户送上慰问金500元。", ("500元", 500, "元", "慰问金")),
         {"funds": None}),
    case("money-given-to-the-unit-is-not-its-funds", "白沙社区",
         on("辖区一家超市店主向社区捐赠防疫物资和工作经费2000元。", ("2000元", 2000, "元", "工作经费")),
         {"funds": None}, {"2000元": "其他单位"}),
    case("members-honoured-are-a-kind-of-the-members", "白沙街道党工委",
         on("推进会上，街道党工委授予李某某等86名党员“优秀党员志愿者”称号。", ("86名", 86, "名", "党员")),
         {"party_members": None}, {"86名": ("表彰", "授予")}),
    case("hazards-found-in-safety-checks-are-no-problems", "临川县",
         on("专项检查中共排查问题隐患326项，已整改问题隐患301项。",
            ("326项", 326, "项", "问题隐患"), ("301项", 301, "项", "问题隐患")),
         {"problems": None, "rectification_items": None}, {"326项": "隐患"}),
    case("community-members-in-a-countys-report-are-a-kind", "临川县",
         on("目前全县有1280名社区党员到社区报到，认领服务岗位。", ("1280名", 1280, "名", "社区党员")),
         {"party_members": None}, {"1280名": "一类"}),
    case("community-members-in-a-communitys-report-are-all", "白沙社区党委",
         on("活动开展以来，86名社区党员全部参加集中学习。", ("86名", 86, "名", "社区党员")),
         {"party_members": 86}),
    # practical matters
    case("practical-matter-projects-under-way-are-not-done", "白沙街道",
         on("经过三个季度的努力，街道12项民生实事项目均取得了阶段性成果。", ("12项", 12, "项", "民生实事项目")),
         {"practical_matters": None}, {"12项": "正在推进"}),
    case("practical-matters-collected-are-not-done-but-the-done-part-is", "青石镇",
         on("截至目前，共收集为民办实事项目45件，其中已办结12件，其余正在推进。",
            ("45件", 45, "件", "为民办实事项目"), ("12件", 12, "件", "实事")),
         {"practical_matters": 12}, {"45件": "收集"}),
    case("practical-matters-taken-on-are-the-list-and-those-done-the-cell", "青石镇",
         on("截至目前，镇村两级干部共领办民生实事260余件，目前已完成180多件。",
            ("260余件", 260, "件", "民生实事", "over"), ("180多件", 180, "件", "民生实事", "over")),
         {"practical_matters": 180}, {"260余件": "列出"}),
    case("practical-matters-published-as-a-list-are-not-done", "临川县委组织部",
         on("会上集中公开发布县直部门35项实事项目，接受群众监督。", ("35项", 35, "项", "实事项目")),
         {"practical_matters": None}, {"35项": "列出"}),
    case("a-part-of-practical-matters-that-is-no-done-count-stays-a-part", "青石镇",
         on("全年为群众办实事45件，其中教育类12件。", ("45件", 45, "件", "实事"), ("12件", 12, "件", "实事")),
         {"practical_matters": 45}, {"12件": "其中"}),
    case("problems-of-a-list-of-practical-matters-are-the-matters", "青石镇",
         on("截至目前，全镇各村上报民生问题、办实事项目共计32项。", ("32项", 32, "项", "民生问题、办实事项目")),
         {"problems": None, "practical_matters": 32}, {"32项": "办实事"}),
    case("matters-said-done-in-a-report-of-practical-matters-are-the-matters-done", "青石镇",
         on("截至目前，排查出的事项已办结64项，其余9项正在加紧办理。",
            ("64项", 64, "项", "事项"), ("9项", 9, "项", "事项")),
         {"practical_matters": 64}, body="青石镇扎实开展“我为群众办实事”实践活动，摸排群众急难愁盼问题。"),
    case("matters-said-done-in-another-report-are-no-practical-matters", "青石镇",
         on("截至目前，排查出的事项已办结64项，其余9项正在加紧办理。",
            ("64项", 64, "项", "事项"), ("9项", 9, "项", "事项")),
         {"practical_matters": None}),
    case("routine-business-done-is-no-practical-matter", "临川县政务服务中心",
         on("活动开展以来，中心已办结政务服务事项1260件。", ("1260件", 1260, "件", "政务服务事项")),
         {"practical_matters": None}, body="中心扎实开展“我为群众办实事”实践活动。"),
    # stated wholes over parts
    case("a-count-of-categories-does-not-stand-between-a-total-and-its-figure", "临川县",
         on("全县各级党组织共查找6个方面问题1240个，已整改860个；县直牵头部门共查找问题95个。",
            ("6个", 6, "个", "问题"), ("1240个", 1240, "个", "问题"), ("95个", 95, "个", "问题")),
         {"problems": 1240}, {"6个": "类别"}),
    case("a-named-special-action-is-a-part", "临川县",
         on("白沙河流域治理专项行动共查找问题40个，已完成整改31个。", ("40个", 40, "个", "问题")),
         {"problems": None}, {"40个": "专项行动"}),
    case("a-special-action-over-the-whole-county-is-the-whole", "临川县",
         on("全县安全隐患大排查专项行动共查找问题140个。", ("140个", 140, "个", "问题")),
         {"problems": 140}),
    case("problems-still-to-solve-are-problems-found", "临川县",
         on("县直单位深入走访，共收集群众反映的急需解决的问题52个。", ("52个", 52, "个", "问题")),
         {"problems": 52}),
    case("a-bracketed-breakdown-ends-with-its-bracket", "青石镇",
         on("镇党委下设8个党支部（其中村党支部6个、机关支部2个），共有党员412名。", ("412名", 412, "名", "党员")),
         {"party_members": 412}),
    case("a-part-inside-an-open-bracket-stays-a-part", "青石镇",
         on("全镇共有党员412名（其中农村党员298名）。", ("412名", 412, "名", "党员"), ("298名", 298, "名", "党员")),
         {"party_members": 412}, {"298名": ("其中", "一类")}),
    case("a-year-run-into-an-amount-is-no-cell", "白沙村工作队",
         on("结对单位协调筹集资金2021万余元，用于改善村容村貌。", ("2021万余元", 20210000, "元", "筹集资金", "over")),
         {"funds": None}, {"2021万余元": "年份"}, body="2021年3月，工作队进驻白沙村以来，扎实开展驻村帮扶，走访群众。"),
    case("an-amount-that-is-no-year-of-the-report-stays", "白沙村工作队",
         on("结对单位协调筹集资金23万余元，用于改善村容村貌。", ("23万余元", 230000, "元", "筹集资金", "over")),
         {"funds": 230000}, body="2021年3月，工作队进驻白沙村以来，扎实开展驻村帮扶，走访群众。"),
    case("money-to-build-one-thing-for-a-village-is-a-project", "白沙村工作队",
         on("结对单位投入30多万元，为白沙村建起了一座冷库。", ("30多万元", 300000, "元", "单位投入", "over")),
         {"funds": None}, {"30多万元": "项目"}),
    case("an-office-works-in-the-town-it-names", "临川县委办",
         on("县委办驻青石镇白沙村工作队累计投入帮扶资金120万元。", ("120万元", 1200000, "元", "帮扶资金")),
         {"funds": 1200000}),
    # positive evidence: the action governing the figure must be one its indicator names
    case("problems-under-an-unlisted-action-are-empty", "临川县",
         on("活动开展以来，全县查处群众身边的不正之风问题312个。", ("312个", 312, "个", "问题")),
         {"problems": None}, {"312个": "查处"}),
    case("problems-cleaned-up-are-no-problems-found", "临川县",
         on("集中整治庸懒散等作风问题58个。", ("58个", 58, "个", "作风问题")),
         {"problems": None}, {"58个": "整治"}),
    case("money-a-project-involves-is-no-funds", "临川县",
         on("已确定民生项目46个，项目涉及资金1350万元。", ("1350万元", 13_500_000, "元", "资金")),
         {"funds": None}, {"1350万元": "涉及"}),
    case("opinions-settled-are-no-opinions-collected", "临川县",
         on("对群众意见逐条交办，目前已办结意见建议215条。", ("215条", 215, "条", "意见建议")),
         {"opinions": None}, {"215条": "办结"}),
    case("households-covered-over-a-list-are-no-visits", "临川市",
         on("联系网络覆盖全市56个乡镇、820个村、46.3万户居民。", ("46.3万户", 463000, "户", "居民")),
         {"households": None}, {"46.3万户": "覆盖"}),
    case("a-figure-with-no-action-is-empty", "临川县",
         on("全县意见建议480条，已全部反馈。", ("480条", 480, "条", "意见建议")),
         {"opinions": None}, {"480条": "动作"}),
    case("the-action-before-a-described-object-governs", "临川县",
         on("共收集群众反映的各类问题1320个。", ("1320个", 1320, "个", "问题")),
         {"problems": 1320}),
    case("an-action-in-the-objects-description-does-not-govern", "临川县",
         on("共收集群众关于开展惠民活动的意见建议420条。", ("420条", 420, "条", "意见建议")),
         {"opinions": 420}),
    case("the-nearest-part-of-the-clause-governs", "临川县",
         on("共发放问卷1200份，收回1150份，收集了各方面的意见建议380条。", ("380条", 380, "条", "意见建议")),
         {"opinions": 380}),
    case("an-action-describing-the-object-governs-when-alone", "临川县",
         on("截至目前征集到的意见建议共640条。", ("640条", 640, "条", "意见建议")),
         {"opinions": 640}),
    case("an-action-in-the-object-is-no-action-on-it", "临川县",
         on("县财政整合投入帮扶资金600万元。", ("600万元", 6_000_000, "元", "帮扶资金")),
         {"funds": 6_000_000}),
    case("members-counted-before-taking-part-are-the-members", "临川县",
         on("全县各级党组织、4200名党员，全部参与教育实践活动。", ("4200名", 4200, "名", "党员")),
         {"party_members": 4200}),
    case("a-stated-whole-of-members-needs-no-action", "临川县",
         on("教育实践活动开展以来，全县党员12800名。", ("12800名", 12800, "名", "党员")),
         {"party_members": 12800}),
    case("forums-under-a-collecting-action-are-empty", "临川县",
         on("深入基层收集座谈会意见，共计座谈会120场。", ("120场", 120, "场", "座谈会")),
         {"forums": None}, {"120场": "收集"}),
    case("matters-solved-called-practical-matters-are-done", "临川县",
         on("活动开展以来，共为群众解决实事难事126件。", ("126件", 126, "件", "实事难事")),
         {"practical_matters": 126}),
    case("an-action-not-done-governs-nothing-done", "临川县",
         on("下一步，拟召开座谈会20场。", ("20场", 20, "场", "座谈会")),
         {"forums": None}, {"20场": ("未做", "计划")}),
    case("problems-still-to-solve-are-no-problems-solved", "临川县",
         on("目前仍需解决问题32个。", ("32个", 32, "个", "问题")),
         {"problems": None}, {"32个": "未做"}),
    case("a-stated-number-of-members-needs-no-action", "临川县",
         on("截至6月底，全县党员总数28600名。", ("28600名", 28600, "名", "党员")),
         {"party_members": 28600}),
    # the unit's own figure: another place's or a subgroup's is a part, a stated whole is the cell
    case("a-township-opening-a-clause-before-its-cadres-is-a-part", "临川县",
         on("民情夜访开展以来，东岭乡干部累计夜访农户630户。", ("630户", 630, "户", "农户")),
         {"households": None}, {"630户": "东岭乡"}),
    case("a-counted-subgroup-of-leaders-is-a-part", "临川县",
         on("36名县级领导深入联系点，开展调研86次，发现问题214个。", ("214个", 214, "个", "问题")),
         {"problems": None}, {"214个": "县级领导"}),
    case("the-level-leaders-as-subject-are-a-part", "临川区",
         on("区领导带着问题下基层，共组织召开座谈会64场。", ("64场", 64, "场", "座谈会")),
         {"forums": None}, {"64场": "区领导"}),
    case("the-stated-whole-after-the-leaders-is-the-cell", "临川县",
         on("36名县级领导分片包干，全县共发现问题1820个。", ("1820个", 1820, "个", "问题")),
         {"problems": 1820}),
    case("leaders-leading-the-work-are-no-subgroup", "临川县",
         on("县直单位由班子成员带队，3名县级领导带队督导，共收集问题305个。", ("305个", 305, "个", "问题")),
         {"problems": 305}),
    case("a-townships-figure-and-the-counties-total", "临川县",
         on("东岭乡干部累计走访农户630户。", ("630户", 630, "户", "农户"))
         + on("截至目前，全县共走访农户2.1万户。", ("2.1万户", 21000, "户", "农户")),
         {"households": 21000}),
    case("a-street-named-chengnan-is-a-part", "临川县",
         on("城南街道为群众办理实事50多件。", ("50多件", 50, "件", "实事", "over")),
         {"practical_matters": None}, {"50多件": "城南街道"}),
    case("a-towns-party-committee-opening-a-clause-is-a-part", "临川县",
         on("城关镇党委组织干部走访群众1200户。", ("1200户", 1200, "户", "群众")),
         {"households": None}, {"1200户": "城关镇"}),
    case("a-villages-branch-opening-a-clause-is-a-part", "临川县",
         on("石桥村党支部走访群众120户。", ("120户", 120, "户", "群众")),
         {"households": None}, {"120户": "石桥村"}),
    case("a-village-in-its-own-report-is-itself", "石桥村",
         on("石桥村党支部走访群众120户。", ("120户", 120, "户", "群众")),
         {"households": 120}),
    case("urbanisation-names-no-town", "临川县",
         on("推进城镇化建设的同时，全县干部走访群众2300户。", ("2300户", 2300, "户", "群众")),
         {"households": 2300}),
    case("an-earlier-round-of-the-campaign-is-past", "临川县",
         on("在上一轮教育实践活动中，全县共走访群众1.8万户。", ("1.8万户", 18000, "户", "群众")),
         {"households": None}, {"1.8万户": "往年"}),
    case("a-stage-of-this-round-is-this-campaign", "临川县",
         on("在上一阶段工作基础上，全县共查摆问题86个。", ("86个", 86, "个", "问题")),
         {"problems": 86}),
    case("what-each-body-did-severally-is-per-body", "临川县",
         on("各乡镇分别召开座谈会6场。", ("6场", 6, "场", "座谈会")),
         {"forums": None}, {"6场": "每"}),
    case("a-range-is-no-units-total", "临川县",
         on("县直单位干部深入联系村，走访20—30户群众。", ("20—30户", 20, "户", "群众")),
         {"households": None}, {"20—30户": "范围"}),
    case("a-range-in-words-is-no-units-total", "白河区",
         on("活动中各支部召开座谈会三至五场。", ("三至五场", 3, "场", "座谈会")),
         {"forums": None}),
    case("problems-rectified-are-items-of-rectification", "临川县",
         on("活动开展以来，全县共整改问题56个。", ("56个", 56, "个", "问题")),
         {"rectification_items": 56, "problems": None}),
    case("problems-found-and-those-rectified-after-them", "白河区",
         on("全区共查摆问题56个，整改到位48个。", ("56个", 56, "个", "查摆问题"), ("48个", 48, "个", "查摆问题")),
         {"problems": 56, "rectification_items": 48}),
    case("problems-still-to-rectify-are-no-items-rectified", "白河区",
         on("对需整改问题20个逐一建立台账。", ("20个", 20, "个", "问题")),
         {"rectification_items": None}),
    case("organ-members-are-a-kind-of-a-countys-members", "临川县",
         on("组织全县机关党员1200名到社区报到。", ("1200名", 1200, "名", "机关党员")),
         {"party_members": None}, {"1200名": "一类"}),
    case("organ-members-are-all-of-an-organs-members", "临川县委组织部",
         on("部机关共有机关党员320名，全部参加学习教育。", ("320名", 320, "名", "机关党员")),
         {"party_members": 320}),
    case("a-further-batch-is-a-part", "白河区",
         on("通过“回头看”，又收集到新问题和新意见35条。", ("35条", 35, "条", "意见")),
         {"opinions": None}, {"35条": "新增"}),
    case("newly-found-problems-are-a-part", "白河区",
         on("在“回头看”中，新发现问题12个。", ("12个", 12, "个", "问题")),
         {"problems": None}, {"12个": "新增"}),
    case("money-a-higher-level-allocates-is-that-levels", "临川县",
         on("省财政下拨专项资金5000万元，用于农村饮水安全。", ("5000万元", 50_000_000, "元", "专项资金")),
         {"funds": None}, {"5000万元": "上级"}),
    case("money-raised-from-above-is-the-units", "临川县",
         on("县里积极争取上级资金2000万元。", ("2000万元", 20_000_000, "元", "上级资金")),
         {"funds": 20_000_000}),
    case("a-provinces-own-money-is-its-own", "东江省",
         on("省财政安排专项资金5000万元，支持基层党组织建设。", ("5000万元", 50_000_000, "元", "专项资金")),
         {"funds": 50_000_000}),
    case("problems-put-to-rectification-with-dui-are-items-rectified", "临川县",
         on("针对群众反映强烈的问题，对36个问题进行了整改。", ("36个", 36, "个", "问题")),
         {"rectification_items": 36}),
    case("problem-clues-are-no-problems-found", "临川县",
         on("县纪委收集问题线索45条，立案8件。", ("45条", 45, "条", "问题线索")),
         {"problems": None}, {"45条": "线索"}),
    case("misconduct-reported-is-no-problems-found", "临川县",
         on("受理群众举报问题56件。", ("56件", 56, "件", "举报问题")),
         {"problems": None}, {"56件": "举报"}),
    case("a-county-named-in-a-citys-report-is-a-part", "东平市",
         on("东岭县推行夜访工作法，累计走访农户4300户。", ("4300户", 4300, "户", "农户")),
         {"households": None}, {"4300户": "东岭县"}),
    case("that-county-in-a-citys-report-is-a-part", "东平市",
         on("该县共收集群众意见建议860条。", ("860条", 860, "条", "意见建议")),
         {"opinions": None}, {"860条": "该县"}),
    case("a-county-in-its-own-report-is-itself", "东岭县",
         on("东岭县推行夜访工作法，累计走访农户4300户。", ("4300户", 4300, "户", "农户")),
         {"households": 4300}),
    case("a-citys-whole-after-its-county-is-the-cell", "东平市",
         on("东岭县率先试点，全市共走访农户5.2万户。", ("5.2万户", 52000, "户", "农户")),
         {"households": 52000}),
    case("a-road-to-the-households-is-no-visit", "白沙村工作队",
         on("该村硬化入户便民路4公里，完成危房改造12户。", ("12户", 12, "户", "户")),
         {"households": None}, {"12户": "完成"}),
]


@pytest.mark.parametrize("unit, figures, cells, reasons, article", CELL_CASES)
def test_cell(unit, figures, cells, reasons, article):
    c = compare([report(unit, *figures, **article)], TAXONOMY)
    row = unit if unit is not None else c.units[0]  # a report naming no unit is a row for the editor
    for indicator, expected in cells.items():
        assert cell(c, row, indicator) == expected, indicator
    for text, words in reasons.items():
        reason = why(c, text)
        assert reason and any(w in reason for w in ((words,) if isinstance(words, str) else words)), (text, reason)


def test_measure_words_of_one_family_are_one_count():
    a = report("临川县", fig("86项", 86, "项", "意见建议", "共征集意见建议86项。"), path="a.txt")
    b = report("东平区", fig("120条", 120, "条", "意见建议", "共收集意见建议120条。"), path="b.txt")
    c = compare([a, b], TAXONOMY)
    totals = c.totals[c.totals["indicator"] == "opinions"]
    assert list(totals["total"]) == [206]


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


def test_an_earlier_campaign_is_a_campaign_report():
    body = "县委召开深入学习实践科学发展观活动动员大会，广泛征求意见。"
    c = compare([report("临川县", fig("96条", 96, "条", "意见和建议", "收集各方面的意见和建议96条。"), body=body)],
                TAXONOMY)
    assert c.units == ["临川县"] and c.excluded.empty


@pytest.mark.parametrize("title", ["在全县党的群众路线教育实践活动动员大会上的讲话",
                                   "关于开展党的群众路线教育实践活动的通知"])
def test_a_speech_or_a_notice_is_no_row(title):
    speech = report("临川县", fig("1200名", 1200, "名", "党员", "全县1200名党员参加教育实践活动。"), title=title)
    c = compare([speech], TAXONOMY)
    assert c.units == [] and "讲话" in c.excluded.iloc[0]["reason"]


def test_a_bulletin_item_naming_no_campaign_is_a_row_by_its_work():
    body = "区司法局党组坚持开门纳谏，班子成员带队走访群众，召开座谈会8场，收集意见建议57条。"
    c = compare([report("青山区司法局", fig("57条", 57, "条", "意见建议", body), title="青山区司法局：开门纳谏听民声",
                        body=body)], TAXONOMY)
    assert c.units == ["青山区司法局"] and cell(c, "青山区司法局", "opinions") == 57


@pytest.mark.parametrize("body", [
    "村党支部以党建引领乡村治理，组织党员干部入户走访，收集群众建议，逐项研究解决。",
    "县财政局党组对照巡察整改反馈意见，逐条制定措施，明确责任和时限。",
], ids=["party-building-work", "inspection-rectification"])
def test_work_of_any_campaign_of_the_genre_is_a_row(body):
    c = compare([report("青石村", title="青石村：把服务送到家门口", body=body)], TAXONOMY)
    assert c.units == ["青石村"] and c.excluded.empty


@pytest.mark.parametrize("title, body", [
    ("临川县：河道管护常态长效", "县级河长带队巡查重点河段，各级河长累计巡河1200余次，清理河道垃圾300余吨。"),
    ("白沙镇：党代表联系群众常态化", "镇党委把每月10日定为党代表联系群众日，党代表轮流接待群众，倾听心声，密切党群干群关系。"),
    ("区检察院以学促干", "区检察院组织干警学习检察史，推动队伍教育整顿走深走实，以教育整顿成效促进检察工作。"),
], ids=["river-chiefs", "deputies-meet-the-people", "a-study-drive"])
def test_a_units_work_in_a_standing_drive_or_study_is_a_row(title, body):
    c = compare([report("临川县", title=title, body=body)], TAXONOMY)
    assert c.units == ["临川县"] and c.excluded.empty


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


def test_economic_news_using_party_words_in_passing_is_no_row():
    body = ("一季度全市规模以上工业增加值增长8.2%。全市坚持党建引领，各级党员干部带头深入企业，帮助解决用工、融资等难题，"
            "全市新签约项目46个，总投资120亿元。")
    c = compare([report("江北市", fig("46个", 46, "个", "项目", body), title="一季度全市工业经济稳中有进", body=body)],
                TAXONOMY)
    assert c.units == [] and len(c.excluded) == 1


def _dated(date: str | None, sentence: str, text: str, value: float, unit: str, obj: str):
    article = Article(title="扎实开展主题教育", unit="临川县", date=date, paragraphs=[CAMPAIGN, sentence],
                      figures=[fig(text, value, unit, obj, sentence)])
    return compare([Extraction(Source(path="r.txt", sha256="sha-r"), [article])], TAXONOMY)


@pytest.mark.parametrize(("date", "sentence", "text", "value", "unit", "obj", "expected"), [
    ("2022-05-10", "2021年，全县党员干部共走访群众1.8万户。", "1.8万户", 18000, "户", "群众", None),
    ("2023-11-02", "回顾2020年的工作，全县共收集意见建议860条。", "860条", 860, "条", "意见建议", None),
    ("2022-05-10", "2021年以来，全县党员干部共走访群众1.8万户。", "1.8万户", 18000, "户", "群众", 18000),
    ("2022-05-10", "2022年3月至今，全县共查摆问题126个。", "126个", 126, "个", "问题", 126),
    ("2022-05-10", "2022年，全县共查摆问题126个。", "126个", 126, "个", "问题", 126),
    (None, "2021年，全县党员干部共走访群众1.8万户。", "1.8万户", 18000, "户", "群众", 18000),
], ids=["a-year-before-the-reports", "a-year-looked-back-on", "a-span-since-a-year-runs-to-now",
        "a-span-from-a-month-runs-to-now", "the-reports-own-year", "no-date-says-nothing"])
def test_a_figure_framed_by_a_year_before_the_reports_own_is_past(date, sentence, text, value, unit, obj, expected):
    c = _dated(date, sentence, text, value, unit, obj)
    assert cell(c, "临川县", TAXONOMY.indicator_for(obj, unit)) == expected
    if expected is None:
        assert "往年" in why(c, text)
