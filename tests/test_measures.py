"""Measures: headings, labelled points, in-paragraph leads and run-in heads, with level and stage."""
from __future__ import annotations

import pytest

from conftest import shipped_lexicon, shipped_normalise_rules
from reportgen.extract.measures import _inside_quotes, _numbering, find_measures
from reportgen.nodes import Heading, ListBlock, Para, Strong, Text

LEAD = "为深入开展党的群众路线教育实践活动,我局高度重视,周密部署,扎实推进各项工作,取得了阶段性成效,现将有关情况报告如下。"
BODY = "局党委多次召开会议专题研究,制定了实施方案,明确了责任分工和时间节点,确保各项工作落到实处。"


@pytest.fixture(scope="module")
def tax():
    return shipped_lexicon()


def article(*lines: str | Heading | ListBlock) -> tuple:
    """Return an article's blocks: a title, then the lines (strings become body paragraphs)."""
    blocks = [Para.of("某局扎实开展教育实践活动", role="title")]
    for line in lines:
        blocks.append(Para.of(line) if isinstance(line, str) else line)
    return tuple(blocks)


def found(blocks, tax) -> list[tuple[int, str]]:
    return [(m.level, m.title) for m in find_measures(blocks, tax)]


CASES = {
    # the set phrase 以X促Y opens a head though 以 is a preposition elsewhere; a member whose page was
    # cut short joins the series it shares that opening with
    "yi-x-cu-y-heads-and-a-member-cut-short": (
        [LEAD, "以评促建,把群众评议结果作为改进作风的重要依托。" + BODY + BODY,
         "以督促改,围绕群众反映的突出问题开展专项督查。" + BODY + BODY,
         "以改促治,逐项建立整改台账,按期销号。局党委逐项明确责任领导和完成时限,每月调度"],
        [(1, "以评促建,把群众评议结果作为改进作风的重要依托"), (1, "以督促改,围绕群众反映的突出问题开展专项督查"),
         (1, "以改促治,逐项建立整改台账,按期销号")],
    ),
    # points after a colon that no word of speech announces are the report's own work
    "points-after-a-colon-of-the-reports-own-work": (
        [LEAD, "为广泛听取意见,该局采取了多种方式:一是召开座谈会征求意见;二是设置意见箱收集建议。" + BODY],
        [(1, "召开座谈会征求意见"), (1, "设置意见箱收集建议")],
    ),
    # heads longer than a short clause, each opening with a four-character set phrase: a series of heads
    "long-heads-opening-with-set-phrases-in-a-series": (
        [LEAD, "统筹部署,把专项整治与常态监督检查结合起来一体谋划一体推进。" + BODY + BODY,
         "建章立制,在专项检查中摸清底数、找准症结,为长效治理打好基础。" + BODY + BODY],
        [(1, "统筹部署,把专项整治与常态监督检查结合起来一体谋划一体推进"),
         (1, "建章立制,在专项检查中摸清底数、找准症结,为长效治理打好基础")],
    ),
    # a line set just above a top-level 一、 section is a caption or kicker, not a head over it
    "a-caption-line-above-a-top-level-section-is-no-head": (
        [LEAD, "村民在新修的文化广场上跳起了广场舞", "一、聚焦民生需求,办好身边实事", BODY,
         "修缮一新的村级卫生室投入使用", "二、完善服务机制,提升办事效率", BODY],
        [(1, "聚焦民生需求,办好身边实事"), (1, "完善服务机制,提升办事效率")],
    ),
    # a （一） point ending in 情况 states its work; only a top-level 一、 heading so ending organises the report
    "paren-points-ending-in-qingkuang-under-an-organising-heading": (
        [LEAD, "二、重点任务推进情况", "（一）危房改造情况。", BODY, "（二）饮水安全保障情况。", BODY],
        [(1, "危房改造情况"), (1, "饮水安全保障情况")],
    ),
    # 在 before a quoted key word opens a head of the genre, not the narrative's prepositional phrase
    "quoted-key-word-heads-opening-with-zai": (
        [LEAD, "在“实”字上求突破。" + BODY, "在“细”字上做文章。" + BODY],
        [(1, "在“实”字上求突破"), (1, "在“细”字上做文章")],
    ),
    # a punctuated head followed at once by the first of its run-in sub-heads keeps both
    "a-punctuated-head-over-run-in-sub-heads-in-its-paragraph": (
        [LEAD, "宣传发动上突出一个“广”字。" + BODY, "队伍建设上突出一个“强”字。首先是培训骨干强。" + BODY + "其次是配齐人员强。" + BODY],
        [(1, "宣传发动上突出一个“广”字"), (1, "队伍建设上突出一个“强”字"), (2, "培训骨干强"), (2, "配齐人员强")],
    ),
    # pairs of four-character clauses run together in one paragraph: a series of heads of one form
    "couplet-heads-of-equal-clauses-inside-one-paragraph": (
        [LEAD, "该乡制定了专项方案。细化任务,压实到人。乡党委把任务分解到各村各站所,明确完成时限和责任人员。"
               "强化考核,奖优罚劣。乡纪委每月对各村任务完成情况进行考评,考评结果与年终评先挂钩。"],
        [(1, "细化任务,压实到人"), (1, "强化考核,奖优罚劣")],
    ),
    # plain run-in heads (问题清单制。) with their points inside the paragraph, in a series
    "plain-runin-heads-over-their-points": (
        [LEAD, "台账管理制。一是逐项登记问题。" + BODY + "二是定期销号。" + BODY,
         "跟踪督办制。一是实行周调度。" + BODY + "二是开展回头看。" + BODY],
        [(1, "台账管理制"), (2, "逐项登记问题"), (2, "定期销号"), (1, "跟踪督办制"), (2, "实行周调度"), (2, "开展回头看")],
    ),
    "a-lone-plain-sentence-before-points-is-no-head": (
        [LEAD, "各项工作有序推进。一是逐项登记问题。" + BODY + "二是定期销号。" + BODY],
        [(1, "逐项登记问题"), (1, "定期销号")],
    ),
    "chinese-dun": (
        [LEAD, "一、深入一线调研,做到有的放矢", BODY, "二、科学制定方案,坚持分类指导", BODY],
        [(1, "深入一线调研,做到有的放矢"), (1, "科学制定方案,坚持分类指导")],
    ),
    "paren-under-dun": (
        [LEAD, "一、强化组织领导", "（一）成立领导小组。由主要负责同志任组长。", "（二）制定实施方案。" + BODY,
         "二、狠抓整改落实", BODY],
        [(1, "强化组织领导"), (2, "成立领导小组"), (2, "制定实施方案"), (1, "狠抓整改落实")],
    ),
    "shi-in-paragraphs-under-subhead": (
        [LEAD, "科学谋划 周密安排", BODY, "一是召开工作会议,全面动员部署。" + BODY, "二是加强组织领导,强化活动督导。" + BODY],
        [(1, "科学谋划 周密安排"), (2, "召开工作会议,全面动员部署"), (2, "加强组织领导,强化活动督导")],
    ),
    "shi-inline-after-colon-and-semicolon": (
        [LEAD, "我们主要采取了三项措施：一是加强学习；二是广泛征求意见；三是认真查摆问题。" + BODY],
        [(1, "加强学习"), (1, "广泛征求意见"), (1, "认真查摆问题")],
    ),
    # a series is found whole: its first member may follow a comma where the later ones follow full stops
    "shi-series-opening-after-a-comma": (
        [LEAD, "在学习方式上,注重三个结合,一是集中学与个人学相结合,每周安排半天集中学习；二是线上学与线下学相结合,"
               "开通网上学习平台；三是学理论与学典型相结合,组织观看警示教育片。" + BODY],
        [(1, "集中学与个人学相结合,每周安排半天集中学习"), (1, "线上学与线下学相结合,开通网上学习平台"),
         (1, "学理论与学典型相结合,组织观看警示教育片")],
    ),
    "a-top-heading-naming-the-practice-as-a-whole-organises": (
        [LEAD, "一、学习教育活动的总体情况及主要做法", BODY, "1.健全工作机构,压实工作责任", BODY,
         "2.丰富学习载体,提升学习质量", BODY, "二、存在的不足", BODY],
        [(1, "健全工作机构,压实工作责任"), (1, "丰富学习载体,提升学习质量")],
    ),
    # points inside a body paragraph sit under the numbered head before them, whatever their label's usual rank
    "shi-points-inside-a-paragraph-under-arabic-heads": (
        [LEAD, "1.加强组织领导,压实工作责任", "局党组研究制定了实施方案。一是成立领导小组,统筹推进各项工作。二是明确责任分工,逐项落实到人。" + BODY,
         "2.丰富学习形式,提升学习效果", BODY],
        [(1, "加强组织领导,压实工作责任"), (2, "成立领导小组,统筹推进各项工作"), (2, "明确责任分工,逐项落实到人"),
         (1, "丰富学习形式,提升学习效果")],
    ),
    # paired heads of one form inside a paragraph, after its topic sentence, each before its body
    "paired-heads-of-one-form-inside-a-paragraph": (
        [LEAD, "今年以来,该街道坚持问题导向抓整改。专班推进,确保整改责任落实。街道成立整改工作专班,逐项建立问题台账。"
               "跟踪督办,确保整改时限落实。纪工委每周对整改进度开展督查,及时通报进展。"],
        [(1, "专班推进,确保整改责任落实"), (1, "跟踪督办,确保整改时限落实")],
    ),
    "heads-framed-in-dashes": (
        [LEAD, "——建强阵地聚人心——该镇整合闲置村部,新建党群服务站点,配齐服务设施和工作人员。" + BODY,
         "——办好实事暖民心——该镇梳理群众急难愁盼问题清单,逐项明确责任人和完成时限。" + BODY],
        [(1, "建强阵地聚人心"), (1, "办好实事暖民心")],
    ),
    "ordinal": (
        [LEAD, "第一,突出学习教育。" + BODY, "第二,深入查摆问题。" + BODY],
        [(1, "突出学习教育"), (1, "深入查摆问题")],
    ),
    "arabic-dot-and-dun": (
        [LEAD, "1.开展集中学习。" + BODY, "2、组织专题讨论。" + BODY],
        [(1, "开展集中学习"), (1, "组织专题讨论")],
    ),
    "arabic-paren-under-chinese": (
        [LEAD, "一、听取意见", "（1）召开座谈会。" + BODY, "（2）发放征求意见表。" + BODY],
        [(1, "听取意见"), (2, "召开座谈会"), (2, "发放征求意见表")],
    ),
    "lead-ends-at-colon-when-body-follows": (
        [LEAD, "一是抓学习：通过中心组学习、专题辅导等形式,提高认识。", "二是抓整改：建立台账,逐项销号。"],
        [(1, "抓学习"), (1, "抓整改")],
    ),
    "headline-subheads": (
        [LEAD, "开门搞活动 诚心听民声", BODY, "建立长效机制 推动整改落实", BODY],
        [(1, "开门搞活动 诚心听民声"), (1, "建立长效机制 推动整改落实")],
    ),
    "colon-subheads-and-dash-subheads": (
        [LEAD, "组织导向：科学部署抓覆盖", BODY, "强化督导,不走过场——“三在案”严督实导", BODY],
        [(1, "组织导向：科学部署抓覆盖"), (1, "强化督导,不走过场——“三在案”严督实导")],
    ),
    "runin-series-at-paragraph-start": (
        [LEAD, "提前部署 营造氛围", BODY, "理论学习预热。" + BODY, "开展活动预热。" + BODY],
        [(1, "提前部署 营造氛围"), (2, "理论学习预热"), (2, "开展活动预热")],
    ),
    "runin-series-mid-paragraph": (
        [LEAD, "问题导向：敞开大门听意见", "把征求意见作为重要抓手,确保活动取得实效。俯身接地气。" + BODY + "开门纳谏集民意。" + BODY],
        [(1, "问题导向：敞开大门听意见"), (2, "俯身接地气"), (2, "开门纳谏集民意")],
    ),
    "unnumbered-organising-heading-is-no-measure": (
        [LEAD, "主要做法", "（一）加强组织领导。" + BODY, "（二）广泛听取意见。" + BODY],
        [(1, "加强组织领导"), (1, "广泛听取意见")],
    ),
    "unnumbered-organising-heading-above-numbered-sections": (
        [LEAD, Heading.of(2, "主要做法"), "一、强化组织领导", "（一）成立工作专班。" + BODY],
        [(1, "强化组织领导"), (2, "成立工作专班")],
    ),
    "numbered-organising-headings-are-no-measures": (
        [LEAD, "一、基本情况", BODY, "二、工作开展情况", "（一）加强组织领导。" + BODY, "（二）广泛听取意见。" + BODY],
        [(1, "加强组织领导"), (1, "广泛听取意见")],
    ),
    # a section of shortcomings states no work done: its points are no measures; a section of plans for
    # later is an organising heading (guide's ruling): its points are measures at level 1
    "problem-section-points-are-no-measures-plan-section-points-are": (
        [LEAD, "一、主要做法", "（一）加强组织领导。" + BODY, "二、存在的问题", "（一）学习不够深入。" + BODY,
         "三、下一步打算", "（一）深化整改落实。" + BODY],
        [(1, "加强组织领导"), (1, "深化整改落实")],
    ),
    "flattened-plan-section-points-are-measures": (
        [LEAD, "一、抓好学习教育。一是组织集中学习;二是开展专题研讨。 四、下一步工作计划。 一是持续推进整改;二是完善制度。"],
        [(1, "抓好学习教育"), (2, "组织集中学习"), (2, "开展专题研讨"), (1, "持续推进整改"), (1, "完善制度")],
    ),
    "outcome-section-points-are-no-measures": (
        [LEAD, "一、主要做法", "（一）广泛听取意见。" + BODY, "二、取得的成效", "（一）作风明显转变。" + BODY],
        [(1, "广泛听取意见")],
    ),
    "angle-bracket-label": (
        [LEAD, "一、强化学习", "<一>、开展集中学习,提高理论水平", BODY],
        [(1, "强化学习"), (2, "开展集中学习,提高理论水平")],
    ),
    "head-runs-into-body-after-a-space": (
        [LEAD, "1.宣传教育方面 组织党员集中学习,开展专题讨论,覆盖全体党员。", "2.阵地建设情况 新建活动室,添置图书。"],
        [(1, "宣传教育方面"), (1, "阵地建设情况")],
    ),
    "inline-head-runs-into-body-after-a-space": (
        [LEAD + " 1.产业帮扶方面 新建种植基地,带动群众增收。 2.就业帮扶方面 开发公益岗位,吸纳群众就业。"],
        [(1, "产业帮扶方面"), (1, "就业帮扶方面")],
    ),
    "parallel-head-with-a-space-is-not-cut": (
        [LEAD, "一、提高站位 强化领导,确保各项工作落到实处。" + BODY],
        [(1, "提高站位 强化领导,确保各项工作落到实处")],
    ),
    "flattened-paragraphs-with-spaced-labels": (
        [LEAD + " 一、走访情况 这次活动共走访群众两百余户,收集意见若干条。 二、整改情况 针对群众反映的问题,逐项建立台账,"
         "具体措施是: 1、完善便民服务制度。 2、加强督查问责。"],
        # 一、走访情况 names a part of the report, not a piece of work: it organises (annotation
        # guide, organising headings), and the points under it are level 1
        [(1, "完善便民服务制度"), (1, "加强督查问责")],
    ),
    "unclosed-quote-hides-no-labels": (
        [LEAD, "我们深入开展“结对帮扶活动,成效明显。1.产业帮扶方面 新建基地。2.就业帮扶方面 开发公益岗位。"],
        [(1, "产业帮扶方面"), (1, "就业帮扶方面")],
    ),
    "page-number-with-a-count-is-no-point": (
        [LEAD, "1.产业帮扶方面 组织技术培训,参训群众踊跃。今年第",
         "2、批帮扶资金覆盖120户,已全部发放。2.就业帮扶方面 开发公益岗位,吸纳群众就业。"],
        [(1, "产业帮扶方面"), (1, "就业帮扶方面")],
    ),
    "page-number-after-a-cut-sentence-is-no-point": (
        [LEAD, "1.产业帮扶方面 组织技术培训,参训群众踊跃,群众普遍反映效果很好,下一步将继续扩大培训覆盖面并逐步推广到",
         "2、各个村组。2.就业帮扶方面 开发公益岗位,吸纳群众就业。"],
        [(1, "产业帮扶方面"), (1, "就业帮扶方面")],
    ),
    "repeated-number-with-a-count-is-no-point": (
        [LEAD, "1.开展集中学习。" + BODY, "2.组织专题讨论。" + BODY, "2.共有35人参加。" + BODY],
        [(1, "开展集中学习"), (1, "组织专题讨论")],
    ),
    "point-in-sequence-keeps-its-count": (
        [LEAD, "1.开展集中学习。" + BODY, "2.组织3次专题讨论。" + BODY],
        [(1, "开展集中学习"), (1, "组织3次专题讨论")],
    ),
    "out-of-sequence-point-reading-as-a-heading-is-kept": (
        [LEAD, "二、狠抓整改落实", BODY, "三、建立长效机制", BODY],
        [(1, "狠抓整改落实"), (1, "建立长效机制")],
    ),
    "subheads-run-into-a-flattened-paragraph": (
        [LEAD + " 建好红色阵地,打造学习课堂 结合新时代文明实践站,改造提升一批党史学习教育阵地,方便群众就近学习。"
         " 讲好身边故事,组建宣讲队伍 邀请老党员、老模范走进村组,用群众听得懂的语言讲述党的历史。"],
        [(1, "建好红色阵地,打造学习课堂"), (1, "讲好身边故事,组建宣讲队伍")],
    ),
    "year-in-a-title-is-no-count": (
        [LEAD, "一、2023年工作回顾", BODY, "三、2024年重点任务", BODY],
        [(1, "2023年工作回顾"), (1, "2024年重点任务")],
    ),
    "heading-mentioning-results-is-still-work": (
        [LEAD, "一、狠抓整改落实,确保活动取得成效", BODY],
        [(1, "狠抓整改落实,确保活动取得成效")],
    ),
    "bold-line-is-a-heading-even-before-the-lead": (
        [Para((Strong((Text("坚持领导带头 发挥示范作用"),)),)), BODY],
        [(1, "坚持领导带头 发挥示范作用")],
    ),
    "bold-run-in-head-needs-no-series": (
        [LEAD, Para((Strong((Text("抓好学习教育。"),)), Text(BODY)))],
        [(1, "抓好学习教育")],
    ),
    "word-headings": (
        [LEAD, Heading.of(2, "一、强化学习教育"), BODY, Heading.of(3, "集中学习"), BODY, Heading.of(2, "二、狠抓整改"), BODY],
        [(1, "强化学习教育"), (2, "集中学习"), (1, "狠抓整改")],
    ),
    "runin-heads-with-commas-and-dun": (
        [LEAD, "筑牢思想根基、抓实理论武装。该局每周组织一次集中学习,由班子成员轮流领学,并结合业务开展研讨交流。",
         "深入走访群众,倾听基层呼声。局机关干部分成若干小组,深入村组和企业,面对面听取意见建议,建立问题台账。"],
        [(1, "筑牢思想根基、抓实理论武装"), (1, "深入走访群众,倾听基层呼声")],
    ),
    "quoted-runin-heads": (
        [LEAD, "“夜访解忧”。社区干部利用晚间时间入户走访,了解居民的困难和诉求,逐一登记并限时回复办理结果。",
         "“小院议事”。在居民小区设立议事点,每月组织居民代表共同商议小区管理中的具体问题,推动问题解决。"],
        [(1, "“夜访解忧”"), (1, "“小院议事”")],
    ),
    "head-opening-with-a-set-phrase-of-service": (
        [LEAD, "入户走访“察民情”。社区干部分片包干,逐户登门了解居民生活中的困难,建立走访台账并定期回访。",
         "为民服务“解难题”。对走访中收集的诉求逐条梳理,能当场解决的当场解决,不能解决的明确时限限期办结。"],
        [(1, "入户走访“察民情”"), (1, "为民服务“解难题”")],
    ),
    "head-with-a-space-before-its-stop": (
        [LEAD, "压实工作责任,强化组织保障 。县里出台专项方案,把目标任务分解到各乡镇和县直部门,定期调度通报进展。",
         "广泛宣传发动,营造浓厚氛围 。各乡镇利用集市、广播和微信群宣讲政策,张贴通告和海报,发动群众积极参与。"],
        [(1, "压实工作责任,强化组织保障"), (1, "广泛宣传发动,营造浓厚氛围")],
    ),
    "aspect-heads-before-a-comma": (
        [LEAD, "加强队伍建设方面,该县选派一批年轻干部到村任职,开展业务轮训,提升基层干部的履职能力和服务水平。",
         "改进工作作风方面,全县推行领导干部接访下访制度,定期深入基层解决群众反映的实际困难和问题。"],
        [(1, "加强队伍建设方面"), (1, "改进工作作风方面")],
    ),
    "aspect-heads-before-a-colon-or-after-zai": (
        [LEAD, "严明工作纪律方面:该镇制定干部考勤管理办法,实行每日签到、每周通报制度,对违反纪律的干部严肃处理。",
         "在提升服务效能方面,全镇推行便民服务代办制度,安排专人为行动不便的群众上门办理各类事项。"],
        [(1, "严明工作纪律方面"), (1, "提升服务效能方面")],
    ),
    "runin-head-after-a-lead-in-and-before-shi-points": (
        [LEAD, "据了解,强化组织保障、压实工作责任。一是成立工作专班,明确责任分工；二是建立周例会制度,定期研究推进。",
         "聚焦群众关切、推动问题解决。一是开展大走访,收集群众诉求；二是建立问题清单,逐项销号办理。"],
        [(1, "强化组织保障、压实工作责任"), (2, "成立工作专班,明确责任分工"), (2, "建立周例会制度,定期研究推进"),
         (1, "聚焦群众关切、推动问题解决"), (2, "开展大走访,收集群众诉求"), (2, "建立问题清单,逐项销号办理")],
    ),
    "a-lone-pair-of-parallel-clauses-is-a-head": (
        [LEAD, "坚持敞开大门,上下联动找问题。为把问题导向落在实处,活动启动前,区委即面向基层单位征求意见建议,累计征求意见建议百余条。"],
        [(1, "坚持敞开大门,上下联动找问题")],
    ),
    "a-flattened-tables-field-label-is-no-title": (
        [LEAD, "1.领办项目：修建通村道路3公里,方便群众出行。", "2.领办项目：新建村级活动场所一处。", "3.领办项目：开展技能培训。"],
        [(1, "修建通村道路3公里,方便群众出行"), (1, "新建村级活动场所一处"), (1, "开展技能培训")],
    ),
    "standalone-heads-in-a-series-after-a-short-lead": (
        ["入夏以来,该区以防汛备汛为契机,锤炼干部作风。", "压实防汛责任", BODY, "排查风险隐患", BODY, "强化应急值守", BODY],
        [(1, "压实防汛责任"), (1, "排查风险隐患"), (1, "强化应急值守")],
    ),
    # a labelled point's paragraph running on with short plain sub-heads, each before its body: its sub-points
    # (the last sub-head's body cut by the page's end)
    "plain-sub-heads-inside-a-labelled-point": (
        [LEAD, "（一）夯实基层基础,织密服务网络。完善服务网络。全区新建标准化村卫生室15个,实现行政村全覆盖。"
               "壮大人才队伍。公开招聘医务人员120名,选派骨干医生下沉基层坐诊。",
         "（二）守牢安全底线,保障群众健康。强化疫情防控。落实常态监测。常态化开展重点场所监测,累计采样2万余份。"
         "加强食品安全。开展餐饮单位专项检查600余家次。优化执法检查。全面推行"],
        [(1, "夯实基层基础,织密服务网络"), (2, "完善服务网络"), (2, "壮大人才队伍"),
         (1, "守牢安全底线,保障群众健康"), (2, "强化疫情防控"), (2, "加强食品安全"), (2, "优化执法检查")],
    ),
    # short sentences of a point's narrative are no sub-heads: a thing done (了), a time, sentences of unlike length
    "short-narrative-sentences-inside-a-labelled-point": (
        [LEAD, "一、加强组织领导。成立了领导小组。由局长任组长,分管领导任副组长,各科室负责人为成员。"
               "召开了专题会议。研究部署各项工作任务,明确责任分工和时间节点。",
         "二、突出学习教育。效果明显。全局党员干部坚持每周集中学习,撰写心得体会。全体党员干部的思想认识得到进一步提高。"
         "局党组理论学习中心组结合实际开展专题研讨。各支部围绕学习内容开展讨论交流。"],
        [(1, "加强组织领导"), (1, "突出学习教育")],
    ),
    # a head whose body is one short but whole sentence is no head the page cut short: it counts in its series
    "heads-with-short-whole-bodies-in-a-series": (
        [LEAD, "班子成员带头讲,确保宣讲“方向明”。班子成员深入基层开展宣讲,共开展宣讲20余场。",
         "劳模工匠进车间讲,确保宣讲“接地气”。组织劳动模范走进企业车间开展宣讲35场,受众3000余人。"],
        [(1, "班子成员带头讲,确保宣讲“方向明”"), (1, "劳模工匠进车间讲,确保宣讲“接地气”")],
    ),
    # long heads of a series sharing a refrain after their comma: a series whatever their first clauses' lengths
    "long-heads-sharing-a-refrain": (
        [LEAD, "县级领导干部带头讲,确保学习教育“方向正”。" + BODY + BODY,
         "各级各类宣讲队伍进村入户“微宣讲”,确保学习教育“氛围浓”。" + BODY + BODY],
        [(1, "县级领导干部带头讲,确保学习教育“方向正”"), (1, "各级各类宣讲队伍进村入户“微宣讲”,确保学习教育“氛围浓”")],
    ),
    # a last point whose text ends in a pause mark lost its end with the page: no point
    "a-last-point-cut-at-a-pause-mark": (
        [LEAD, "（一）加强组织领导,精心安排部署。" + BODY, "（二）省委关于开展教育活动的部署要求新、"],
        [(1, "加强组织领导,精心安排部署")],
    ),
    # a dash setting run-in heads off at their paragraphs' start, closed by a full stop or a colon
    "dash-heads-in-a-series": (
        [LEAD, "——抓学习强能力。局党组坚持每周五集中学习,组织干部参加业务培训8期,干部业务能力明显增强。",
         "——领导包案抓化解：区级领导每人包案2件以上,定期接访约访,推动化解积案45件。",
         "——聚焦基金安全,开展专项治理行动。一是开展定点医药机构全覆盖检查;二是追回违规使用医保基金60余万元。"],
        [(1, "抓学习强能力"), (1, "领导包案抓化解"), (1, "聚焦基金安全,开展专项治理行动"),
         (2, "开展定点医药机构全覆盖检查"), (2, "追回违规使用医保基金60余万元")],
    ),
    # a heading set on two lines of close length is one measure, its lines joined with a space
    "headings-set-on-two-lines": (
        [LEAD, "当好理论“播种机”", "让党的声音“入人心”", BODY, "当好服务“连心桥”", "让群众诉求“有回应”", BODY],
        [(1, "当好理论“播种机” 让党的声音“入人心”"), (1, "当好服务“连心桥” 让群众诉求“有回应”")],
    ),
    # a caption line of another length above a subhead is no first line of it
    "a-caption-above-a-subhead-is-no-first-line": (
        [LEAD, "修缮一新的村级卫生室正式投入使用", "党员示范带头干", BODY, "村民喜领“分红款”", "产业发展有新招", BODY],
        [(1, "党员示范带头干"), (1, "产业发展有新招")],
    ),
    # heads standing in their own lines closed by a colon, each above its body
    "standalone-heads-closed-by-a-colon": (
        ["某县卫健局认真落实上级部署,扎实开展主题教育,现将有关情况汇报如下。", "坚持学字当头,筑牢思想根基：", BODY,
         "坚持实字托底,办好民生实事：", BODY],
        [(1, "坚持学字当头,筑牢思想根基"), (1, "坚持实字托底,办好民生实事")],
    ),
    # a half-width exclamation mark closes a run-in head as a full-width one does
    "runin-heads-closed-by-a-half-width-exclamation-mark": (
        [LEAD, "志愿服务进社区!团委组织青年志愿者深入社区开展环境清洁、政策宣传等志愿服务活动40余场。",
         "爱心助学暖童心!组织开展助学活动,为困难学生募集助学金20万元,资助学生100余名。"],
        [(1, "志愿服务进社区"), (1, "爱心助学暖童心")],
    ),
    # paired heads inside a paragraph after its topic sentence, every clause opening with a verb of the genre's heads
    "verb-led-paired-heads-inside-a-paragraph": (
        [LEAD, "该街道采取有力措施推进整改。织密组织网络、夯实治理根基。街道将党支部建在网格上,选优配强网格党支部书记46名。"
               "整合服务资源、提升治理效能。街道整合辖区单位资源,建立共建项目清单,开展共建活动80余次。"],
        [(1, "织密组织网络、夯实治理根基"), (1, "整合服务资源、提升治理效能")],
    ),
    # top-level headings naming the report's practices or highlights organise it; their points state the work
    "headings-of-practices-and-highlights-organise": (
        [LEAD, "一、经验做法", "（一）健全救助体系,兜牢民生底线。" + BODY, "二、特色亮点",
         "（一）推行“党建+业务”,促进深度融合。" + BODY, "三、问题和建议", "（一）基层力量还较薄弱。" + BODY],
        [(1, "健全救助体系,兜牢民生底线"), (1, "推行“党建+业务”,促进深度融合")],
    ),
    # pairs of clauses closed by a full stop on lines of their own, each above its body: a series of heads
    "closed-pairs-on-lines-of-their-own": (
        [LEAD, "聚焦“一老一小”,办好民生实事。", BODY, "拓宽就业渠道,促进群众增收。", BODY],
        [(1, "聚焦“一老一小”,办好民生实事"), (1, "拓宽就业渠道,促进群众增收")],
    ),
    # 以X为抓手 frames a head; 以……为契机 opens the narrative
    "yi-x-wei-lever-heads": (
        [LEAD, "以网格化管理为抓手,织密基层治理网络。" + BODY + BODY, "以数字化改革为牵引,提升基层治理效能。" + BODY + BODY,
         "以开展主题教育为契机,局党组组织全体党员集中学习。" + BODY + BODY,
         "以迎接上级检查为契机,全局上下开展环境卫生大整治。" + BODY + BODY],
        [(1, "以网格化管理为抓手,织密基层治理网络"), (1, "以数字化改革为牵引,提升基层治理效能")],
    ),
    # a head's body may open with a short sentence; 据 inside a word (数据) reports nothing
    "a-head-whose-body-opens-with-a-short-sentence": (
        [LEAD, "强化组织领导。成立工作专班。由局长任组长,分管领导任副组长,各科室负责人为成员,每周研究推进工作。",
         "推进数据共享。打通部门数据壁垒,建成全区统一的数据共享平台,累计共享数据200万条。"],
        [(1, "强化组织领导"), (1, "推进数据共享")],
    ),
    # a clause following what was asked (按照……要求,) reports no speech: the heads after it are the unit's
    "heads-after-a-clause-following-what-was-asked": (
        [LEAD, "按照县委要求,该局采取有力措施推进整改。强化组织领导,压实整改责任。县委成立整改工作领导小组,定期研究整改工作。"
               "完善制度机制,巩固整改成果。制定完善制度规定15项,推动整改常态化长效化。"],
        [(1, "强化组织领导,压实整改责任"), (1, "完善制度机制,巩固整改成果")],
    ),
    "ordered-list-items": (
        [LEAD, ListBlock(((Para.of("召开动员大会。" + BODY),), (Para.of("开展专题调研。"),)), ordered=True)],
        [(1, "召开动员大会"), (1, "开展专题调研")],
    ),
    "long-plain-runin-heads-open-paragraphs": (
        [LEAD, "四项制度推动学习教育常态长效。" + BODY, "两支队伍推动基层治理提质增效。" + BODY],
        [(1, "四项制度推动学习教育常态长效"), (1, "两支队伍推动基层治理提质增效")],
    ),
    "three-character-runin-heads-open-paragraphs": (
        [LEAD, "访民情。" + BODY, "解民忧。" + BODY],
        [(1, "访民情"), (1, "解民忧")],
    ),
    "runin-heads-in-paragraphs-a-scraper-joined": (
        [LEAD + " 抓学习,强素质,筑牢干部思想根基。" + BODY + " 优服务,解难题,提升群众满意程度。" + BODY],
        [(1, "抓学习,强素质,筑牢干部思想根基"), (1, "优服务,解难题,提升群众满意程度")],
    ),
    "a-report-part-heading-ending-in-qingkuang-organises": (
        [LEAD, "一、学习教育情况", "（一）组织专题学习。" + BODY, "（二）开展研讨交流。" + BODY],
        [(1, "组织专题学习"), (1, "开展研讨交流")],
    ),
    "long-runin-heads-opening-with-the-same-words": (
        [LEAD, "深刻认识加强理论武装对锤炼干部作风的重要意义。" + BODY + BODY,
         "深刻认识推动基层治理体系现代化对做好服务群众工作的决定性作用。" + BODY + BODY],
        [(1, "深刻认识加强理论武装对锤炼干部作风的重要意义"), (1, "深刻认识推动基层治理体系现代化对做好服务群众工作的决定性作用")],
    ),
    "runin-heads-whose-verb-of-speech-holds-its-object": (
        [LEAD, "学习教育上突出一个“实”字。" + BODY, "整改落实上强调一个“严”字。" + BODY],
        [(1, "学习教育上突出一个“实”字"), (1, "整改落实上强调一个“严”字")],
    ),
    "a-photo-caption-between-runin-heads-breaks-no-series": (
        [LEAD, "压实责任、健全机制、强化督导。" + BODY, "全县青年干部理论宣讲活动启动仪式", "聚焦关切、解决问题、回应期盼。" + BODY],
        [(1, "压实责任、健全机制、强化督导"), (1, "聚焦关切、解决问题、回应期盼")],
    ),
    "a-heading-reporting-a-stage-organises": (
        [LEAD, "一、分析检查阶段工作有序推进", "（一）召开专题民主生活会。" + BODY, "（二）撰写分析检查报告。" + BODY],
        [(1, "召开专题民主生活会"), (1, "撰写分析检查报告")],
    ),
    "plain-runin-heads-after-a-sequence-word-and-shi": (
        [LEAD, "首先是传达学习快。" + BODY, "其次是研讨交流深。" + BODY],
        [(1, "传达学习快"), (1, "研讨交流深")],
    ),
    "runin-heads-closed-by-a-colon": (
        [LEAD, "压实工作责任：" + BODY, "强化督导检查：" + BODY],
        [(1, "压实工作责任"), (1, "强化督导检查")],
    ),
    "runin-heads-closed-by-a-dash": (
        [LEAD, "压实工作责任——" + BODY, "强化督导检查——" + BODY],
        [(1, "压实工作责任"), (1, "强化督导检查")],
    ),
    "runin-heads-in-brackets": (
        [LEAD, "【压实工作责任】" + BODY, "【强化督导检查】" + BODY],
        [(1, "压实工作责任"), (1, "强化督导检查")],
    ),
    "plain-runin-heads-after-sequence-words": (
        [LEAD, "首先,压实工作责任。" + BODY, "其次,强化督导检查。" + BODY, "最后,狠抓整改落实。" + BODY],
        [(1, "压实工作责任"), (1, "强化督导检查"), (1, "狠抓整改落实")],
    ),
    # a converted page that lost its line breaks and spaces: labels of a numbered run open points
    "an-unspaced-run-of-labels-in-one-paragraph": (
        ["现将有关情况汇报如下:一、强化宣传引导。社区利用宣传栏、微信群广泛宣传,发放倡议书。二、开展结对帮扶。"
         "党员干部与困难家庭结对,定期上门走访。"],
        [(1, "强化宣传引导"), (1, "开展结对帮扶")],
    ),
    # the first bracketed label of an unspaced run glued to the organising heading before it; a point the
    # excerpt cut to a stump shorter than any head is none
    "a-run's-first-bracketed-label-glued-to-the-heading-before": (
        ["现将帮扶工作汇报如下:一、主要工作成效(一)村级集体经济明显壮大,贫困户稳定增收。一是发展特色产业。" + BODY
         + "二是盘活闲置资产。" + BODY + "(二)基础设施不断完善,群众生产条件改善。一是硬化村组道路。" + BODY + "二是协"],
        [(1, "村级集体经济明显壮大,贫困户稳定增收"), (2, "发展特色产业"), (2, "盘活闲置资产"),
         (1, "基础设施不断完善,群众生产条件改善"), (2, "硬化村组道路")],
    ),
    # run-in heads holding a slogan's joining mark (“党建+”) or the corner quotes of a Traditional page
    "run-in-heads-with-a-slogan's-plus": (
        [LEAD, "开展“党建+宣讲”,让政策声音深入人心。" + BODY, "推行“党建+服务”,让为民举措落到实处。" + BODY],
        [(1, "开展“党建+宣讲”,让政策声音深入人心"), (1, "推行“党建+服务”,让为民举措落到实处")],
    ),
    "run-in-heads-in-corner-quotes": (
        [LEAD, "便民服务『不打烊』,党员志愿者为群众『解难题』。" + BODY, "政策宣传『不走样』,驻村干部让群众『明白账』。" + BODY],
        [(1, "便民服务『不打烊』,党员志愿者为群众『解难题』"), (1, "政策宣传『不走样』,驻村干部让群众『明白账』")],
    ),
    "an-organising-heading-glued-to-its-body-and-bracketed-points": (
        ["现将护林防火工作汇报如下:一、工作开展情况全乡共设立防火检查站12个,配备专职护林员86名,实行全天值守。"
         "〔一〕加强巡护。" + BODY + "〔二〕严控火源。" + BODY],
        [(1, "加强巡护"), (1, "严控火源")],
    ),
    "a-list-label-glued-to-its-head": (
        [LEAD, "一、强化队伍建设1、开展业务培训,全年举办培训班6期。2、完善考核办法,实行季度考评。",
         "二、优化窗口服务1、推行延时服务。" + BODY],
        [(1, "强化队伍建设"), (2, "开展业务培训,全年举办培训班6期"), (2, "完善考核办法,实行季度考评"),
         (1, "优化窗口服务"), (2, "推行延时服务")],
    ),
    # a series is found whole: its last member, whose body the page cut short, shares its siblings' clause lengths
    "a-series-member-cut-short-by-the-page": (
        [LEAD, "“早中晚”巡查,织密防控网络。" + BODY, "“红黄绿”分级,精准落实措施。按照风险等级,对重点场所分类"],
        [(1, "“早中晚”巡查,织密防控网络"), (1, "“红黄绿”分级,精准落实措施")],
    ),
    # a page that repeats a paragraph word for word (a teaser above the article) gives its points once
    "a-repeated-paragraph-gives-its-points-once": (
        ["该乡高度重视秸秆禁烧工作,一是划定网格责任区,乡村干部分片包干;二是开展夜间巡查,及时发现处置火点。",
         LEAD, "该乡高度重视秸秆禁烧工作,一是划定网格责任区,乡村干部分片包干;二是开展夜间巡查,及时发现处置火点。"],
        [(1, "划定网格责任区,乡村干部分片包干"), (1, "开展夜间巡查,及时发现处置火点")],
    ),
    # a heading of one phrase naming what the work achieved organises the report; its points are the work
    "headings-naming-results-organise": (
        [LEAD, "一、深化作风建设取得的成效", "（一）立足岗位,开展承诺践诺", BODY, "（二）深入走访,收集意见建议", BODY,
         "二、工作亮点", "1.推行首问负责制。" + BODY],
        [(1, "立足岗位,开展承诺践诺"), (1, "深入走访,收集意见建议"), (1, "推行首问负责制")],
    ),
    "a-paired-head-ending-in-results-is-work": (
        [LEAD, "一、加强跟踪督办,推动整改取得成效", BODY, "二、完善长效机制,巩固整改成果", BODY],
        [(1, "加强跟踪督办,推动整改取得成效"), (1, "完善长效机制,巩固整改成果")],
    ),
    # a scraped page joins a point's head to its body with a space: the head ends at that space
    "labelled-heads-run-into-their-body-across-a-space": (
        [LEAD, "一、集中宣讲进村组 6月12日起,县委宣讲团分赴各乡镇,在村组院坝开展宣讲。",
         "二、结对帮扶解难题 各级干部与困难群众结成对子,逐户走访,登记困难诉求。"],
        [(1, "集中宣讲进村组"), (1, "结对帮扶解难题")],
    ),
    "a-head-run-into-its-first-sub-point": (
        [LEAD + " 一、健全机构,压实责任 1、成立工作专班,明确分工。" + BODY + " 2、建立周调度制度,定期会商。" + BODY],
        [(1, "健全机构,压实责任"), (2, "成立工作专班,明确分工"), (2, "建立周调度制度,定期会商")],
    ),
    # parallel phrases of one head, and a number set apart by spaces, end no head: the lead is one point
    "spaced-phrases-and-numbers-inside-a-lead": (
        [LEAD, "一是提高站位 强化领导。" + BODY, "二是新建成 3 个村的文化广场和农家书屋,惠及群众二千余人。" + BODY],
        [(1, "提高站位 强化领导"), (1, "新建成 3 个村的文化广场和农家书屋,惠及群众二千余人")],
    ),
    "points-announced-by-a-dash": (
        [LEAD, "该所的做法主要有三条—— 1.早会学 所务会前集中学习半小时,由所长领学,干部轮流谈体会。 "
               "2.夜校学 每周二晚开办职工夜校,邀请党校老师授课,讲解政策法规。"],
        [(1, "早会学"), (1, "夜校学")],
    ),
    "two-phrase-subheads-run-into-a-paragraph": (
        [LEAD + " 上门问需 收集群众心愿清单 社区干部分片入户走访,逐户登记老人、儿童的实际需求。 "
         "结对认领 点亮微心愿 辖区单位党员按需认领心愿,限期兑现并在公示栏公布。"],
        [(1, "上门问需 收集群众心愿清单"), (1, "结对认领 点亮微心愿")],
    ),
    # long plain heads that share their opening form a series, and it vouches for a member of their length
    # opening the paragraph beside them; 年度 in a head names no time of the narrative
    "long-plain-heads-vouch-for-a-member-of-their-length": (
        [LEAD, "镇党委及时督促检查整改进展情况。" + BODY, "整改工作延伸落实到各个村组。" + BODY,
         "整改工作成效纳入干部年度考核。" + BODY],
        [(1, "镇党委及时督促检查整改进展情况"), (1, "整改工作延伸落实到各个村组"), (1, "整改工作成效纳入干部年度考核")],
    ),
    # heads ending in 方面 opening the sentences of one paragraph, after a clause of time or a lead-in
    "aspect-heads-opening-sentences-inside-a-paragraph": (
        ["自专项整治开展以来,在问题查摆方面,共梳理各类问题42条,逐条建立台账并明确整改时限。 在整改落实方面,"
         "该局制定整改措施36项,明确责任人和完成时限。同时,在建章立制方面,新建和修订制度12项,推动整改常态长效。"],
        [(1, "问题查摆方面"), (1, "整改落实方面"), (1, "建章立制方面")],
    ),
    # a labelled point opening with an aspect is headed by the phrase up to 方面
    "labelled-points-headed-by-an-aspect": (
        [LEAD, "一是在理论学习方面,局党委坚持每月集中学习一次,邀请党校教师专题辅导。"
               "二是在整改落实方面,逐项建立问题台账,明确整改时限和责任人。" + BODY],
        [(1, "理论学习方面"), (1, "整改落实方面")],
    ),
    # organising headings of the genre: the work as a whole is organising, lessons and suggestions report no work
    "the-work-as-a-whole-organises-lessons-and-suggestions-are-no-work": (
        [LEAD, "一、主要工作及成效", "（一）强化组织领导", BODY, "二、主要经验", "（一）领导重视是关键", BODY,
         "三、几点建议", "（一）加大经费投入", BODY, "四、下步打算", "（一）持续深化学习", BODY],
        [(1, "强化组织领导"), (1, "持续深化学习")],
    ),
    # the last point of a page cut off mid-clause has no title to give: its stump is dropped
    "a-point-the-page-cut-off-is-dropped": (
        [LEAD, "（一）加强组织领导", BODY, "1、成立工作专班。" + BODY, "2、局办公室每周召开调度会议,对工作中的"],
        [(1, "加强组织领导"), (2, "成立工作专班")],
    ),
    # a flattened document's page numbers open pages that continue a cut sentence and hold the outer sections
    "page-numbers-of-a-flattened-document-are-no-points": (
        ["1、某局作风建设专项活动阶段总结 活动开展以来,局党组高度重视,周密部署,确保各项工作有序推进。 "
         "一、加强组织领导,层层压实责任 局党组成立了专项活动领导小组,由局长任组长,各科室负责人为成员,"
         "制定了专项活动实施方案,对活动的目标要求和方法步骤都",
         "2、作了明确规定。各科室结合实际细化任务分工,确保责任落实到人。 二、丰富活动载体,推动活动深入开展 "
         "局机关先后组织开展了读书分享会、主题党日等活动,党员干部参与热情高涨,活动成效逐步显现。"],
        [(1, "加强组织领导,层层压实责任"), (1, "丰富活动载体,推动活动深入开展")],
    ),
}

NOT_MEASURES = {
    # a sentence of its own announcing how many points a speaker asks for: the series after it is the speaker's
    "a-speaker's-counted-points-after-a-full-stop": [
        LEAD, "书记主持会议并讲话,提出了3点具体要求。一是提高思想认识,明确活动意义。二是紧密结合实际,"
              "制定活动方案。三是严格程序步骤,及时公开承诺。" + BODY],
    # a lone pair stating a condition and its consequence is an aphorism opening the paragraph, no head
    "a-lone-pair-of-condition-and-consequence": [LEAD, "摸清底数,才能精准施策。" + BODY + BODY],
    # a plan's preamble parts state why and in what spirit, no work done
    "a-plan's-preamble-headings": [LEAD, "一、重要意义", BODY + BODY, "二、总体要求", BODY + BODY],
    # 方面 after a comma or a semicolon gives examples inside a sentence, no series of heads
    "aspects-given-as-examples-are-no-heads": [
        LEAD, "各支部结合实际有针对性地开展工作。比如,在学习教育方面,机关党员集中学习;在查摆问题方面,"
              "农村党员采取上门征求意见的方式,确保不漏一人。" + BODY],
    # 方面 after 等 closes a list of examples, no head
    "aspects-closing-a-list-of-examples-are-no-heads": [
        LEAD, "在教育、医疗等方面," + BODY, "在交通、住房等方面," + BODY],
    # a notice's principles, requirements of others and deadline state no work the unit did
    "a-notices-principles-requirements-and-deadline-are-no-measures": [
        LEAD, "一、征集原则", "坚持以人民为中心,聚焦群众最关心最直接最现实的利益问题,确保所征集事项符合实际、可以落实。",
        "二、相关要求", "（一）各单位要高度重视征集工作,采取多种形式广泛听取群众意见,确保征集事项真实反映民意。",
        "（二）所报事项要结合本地实际,一事一议,既有定性要求又有定量任务,做到可操作可兑现。",
        "三、报送时间", "请各单位于规定时间前将建议材料报送县政府办公室,并提供联系人及联系方式。"],
    "units-named-before-a-colon-in-a-roundup-are-no-heads": [LEAD, "某某镇：" + BODY, "某某县民政局：" + BODY],
    "bracketed-page-furniture-is-no-head": [LEAD, "【资料图】" + BODY, "【资料图片】" + BODY],
    "a-notices-fields-are-no-heads": [LEAD, "活动时间：2021年3月5日上午,地点在县文化广场,由各村组织群众参加。",
                                      "参加人员：全县各级党组织书记、驻村第一书记和部分党员代表。"],
    "announcements-before-a-colon-are-no-heads": [LEAD, "具体情况汇报如下：" + BODY, "主要成效有以下几点：" + BODY],
    "speech-before-a-colon-is-no-head": [LEAD, "县委书记指出：" + BODY, "会议强调：" + BODY],
    "reports-of-speech-are-no-heads": [LEAD, "县委书记强调,要把学习教育抓紧抓实。" + BODY,
                                       "县长指出,要把整改落实抓紧抓好。" + BODY],
    "long-topic-sentences-of-no-common-opening-are-no-heads": [
        LEAD, "全县各级党组织迅速行动起来认真组织党员干部开展集中学习研讨。" + BODY + BODY,
        "广大党员干部积极参与其中并结合岗位实际开展集中学习研讨交流。" + BODY + BODY],
    "a-lone-long-opening-sentence-is-no-head": [LEAD, "局机关党支部组织全体党员集中学习。" + BODY + BODY],
    "topic-sentences-of-no-common-shape-are-no-heads": [LEAD, "全县各级党组织迅速行动起来。" + BODY, "广大党员干部积极参与其中。" + BODY],
    "one-joined-paragraph-head-alone-is-no-head": [LEAD + " 抓学习,强素质,筑牢干部思想根基。" + BODY],
    "single-short-sentence-is-no-runin": [LEAD, "效果明显。" + BODY],
    "caption-lines-end-with-full-stop": [LEAD, "深入企业调研。", BODY, "组织集体学习。", BODY],
    "photo-credit": [LEAD, "区委组织党员干部参观学习 张三 摄", BODY],
    "byline-after-headline": [LEAD, "文化惠民活动启动", "□记者 张三 报道", BODY],
    "heading-line-before-the-lead": ["边学边查边改 提升服务水平", LEAD, BODY],
    "broken-sentence": [LEAD, "组织全体党员认真学习了《党的", BODY],
    "dateline": [LEAD, "2014年3月5日", BODY],
    "ordinal-word-is-no-label": [LEAD, "始终把学习教育作为第一任务,组织观看《第一书记》等教育片。" + BODY],
    "a-shi-after-a-comma-with-no-series-is-prose": [LEAD, "全镇党员干部统一思想,一是一,二是二,实事求是反映问题。" + BODY],
    "paired-sentences-of-no-common-form-are-no-heads": [
        LEAD, "今年以来,该街道坚持问题导向抓整改。群众反映强烈,街道高度重视。街道成立整改工作专班,逐项建立问题台账。"
              "时间紧任务重,干部加班加点。纪工委每周对整改进度开展督查,及时通报进展。"],
    "quoted-shi": [LEAD, "他说：“一是一,二是二,来不得半点虚假。”" + BODY],
    "roles-are-skipped": [LEAD, Para.of("一、这是一段图片说明", role="caption"), BODY],
    "one-spaced-segment-is-no-subhead": [LEAD + " 今年以来全镇上下 紧紧围绕中心工作,扎实推进各项任务落实落地,取得了明显成效。"],
    "decimal-is-no-label": [LEAD, "1.5万名党员参加了学习。" + BODY],
    "a-couplet-before-a-dated-event-is-no-head": [LEAD, "多走一段路,多进一家门。3月5日,县委主要负责同志到联系村走访群众,详细了解群众生产生活情况和意见建议。"],
    "a-lone-standalone-line-after-a-short-lead-is-no-head": ["入夏以来,该区以防汛备汛为契机,锤炼干部作风。", "压实防汛责任", BODY],
    # a lone couplet before someone's words quoted opens a feature's paragraph: a flourish, no head
    "a-lone-couplet-before-a-quotation-is-no-head": [
        LEAD, "快板说唱话政策,乡土语言暖人心。“用群众听得懂的话讲政策,大家爱听,也记得住。”镇宣传委员介绍,"
              "宣讲队把政策要点编成快板走村入户演出。"],
    "a-lone-dash-line-is-no-head": [LEAD, "——记某县优秀共产党员。" + BODY + BODY],
    # a line closed by a colon that reports speech, announces what follows or names a unit heads nothing
    "lines-of-speech-announcement-or-name-before-a-colon": [
        LEAD, "县委书记在会上强调：", BODY, "主要做法汇报如下：", BODY, "某某县民政局：", BODY],
    # a feature's scene: a time of day sets it, and the people in it are spoken of as 大家
    "short-sentences-of-a-features-scene-are-no-heads": [
        LEAD, "清晨,村里的文化广场上已经坐满了村民。宣讲员拿着话筒,用方言讲起了党的政策。",
        "大家听得很认真。宣讲结束后,村民们围上来提问,宣讲员一一作了解答,现场气氛十分热烈。"],
    "captions-closed-by-a-full-stop-are-no-heads": [
        LEAD, "县委书记深入企业调研,了解生产经营情况。", BODY, "党员志愿者走进社区,清理卫生死角。", BODY],
    # pairs after a report of speech in their paragraph are what the speaker asked for
    "pairs-after-a-report-of-speech-are-the-speakers": [
        LEAD, "会议强调,各级党组织要提高政治站位。加强组织领导,压实工作责任。各级党组织书记要履行第一责任人职责,亲自抓、带头干。"
              "坚持问题导向,狠抓整改落实。对查摆出的问题要建立台账,逐项销号,确保按期整改到位。"],
    "a-lone-statement-is-no-head": [LEAD, "群众对美好生活的向往,就是我们的奋斗目标。" + BODY + BODY],
    "a-lone-opening-sentence-is-no-head": [LEAD, "近日,县委召开常委会议,研究部署相关工作。" + BODY + BODY],
    # a head with too little body after it joins no series of another form, and is none alone
    "a-head-cut-short-without-a-sibling-of-its-form": [
        LEAD, "“早中晚”巡查,织密防控网络。" + BODY, "严格落实值班,确保信息畅通上报。按照风险等级,对重点场所"],
    # a label with no space after a full stop and no sibling number is prose (二、三年级)
    "a-lone-unspaced-label-is-prose": [LEAD, "全校开展了安全教育周活动,各班组织观看警示视频。二、三年级学生还参加了消防疏散演练,效果良好。"],
    # a long punctuated opening sentence with no sibling of its shape is the paragraph's topic sentence
    "a-lone-long-punctuated-opening-is-no-head": [
        LEAD, "镇党委高度重视,把专项整治与常态监督检查结合起来一体谋划一体推进。" + BODY + BODY],
    # points a speaker announces (强调:一是要……) report what was asked, not the report's work
    "points-announced-by-a-speaker-are-no-measures": [
        LEAD, "会上,县委督导组组长作了点评并强调:一是要压紧压实整改责任;二是要健全完善长效机制;三是要持续改进工作作风。"],
    "points-of-a-speakers-opinions-are-no-measures": [
        LEAD, "指导组负责同志充分肯定了前段工作,提出了三点意见:一是进一步深化理论学习;二是进一步抓好问题整改。"],
    "an-opening-clause-of-purpose-is-no-head": [LEAD, "为确保活动取得实效,全县上下同心协力。" + BODY + BODY,
                                                 "在具体工作中,各单位认真落实。" + BODY + BODY],
}


@pytest.mark.parametrize(("lines", "expected"), CASES.values(), ids=CASES.keys())
def test_measures(tax, lines, expected):
    assert found(article(*lines), tax) == expected


@pytest.mark.parametrize("lines", NOT_MEASURES.values(), ids=NOT_MEASURES.keys())
def test_not_measures(tax, lines):
    assert found(article(*lines), tax) == []


@pytest.mark.parametrize(("label", "number", "mark"), [
    ("（3）", 3, ""), ("二、", 2, "、"), ("十二、", 12, "、"), ("二十", 20, ""), ("其一,", 1, ","), ("第三，", 3, "，"),
    ("三是", 3, ""), ("②", 2, ""), ("２．", 2, "．"), ("<一>、", 1, "、"), ("10.", 10, "."),
])
def test_numbering(label, number, mark):
    assert _numbering(label) == (number, mark)


@pytest.mark.parametrize(("text", "inside"), [
    ("他说：“一是一,二是二”", True),
    ("围绕“两个确保,一是", False),  # a quote that never closes quotes nothing
    ("围绕“两个确保”,一是", False),
    ("围绕“两个确保,一是抓学习。“三会一课”", False),  # the next quote mark opens another
])
def test_inside_quotes(text, inside):
    assert _inside_quotes(text, text.index("一是")) is inside


@pytest.mark.parametrize(("lines", "stages"), [
    ([LEAD, "一、强化学习教育", BODY, "二、深入查摆问题,开展批评与自我批评", BODY, "三、建立长效机制 推动整改落实", BODY],
     ["learning", "review", "rectification"]),
    # a point without cue words takes its section's stage
    ([LEAD, "一、狠抓整改落实", "（一）明确责任分工。由主要负责同志牵头。"], ["rectification", "rectification"]),
])
def test_stages(tax, lines, stages):
    assert [m.stage for m in find_measures(article(*lines), tax)] == stages


def test_empty_article(tax):
    assert find_measures((), tax) == []
    assert find_measures((Para.of("   "),), tax) == []


@pytest.mark.slow
def test_seeds_against_gold(seed_paths, gold):
    """The whole path (read, normalise, split, find) reaches the measure bar on the seeds."""
    import importlib.util
    from pathlib import Path

    from reportgen.pipeline import Options, RunKnowledge, extract_file

    scorer_path = Path(__file__).resolve().parent.parent.parent / "shared" / "tools" / "score.py"
    if not scorer_path.is_file():
        pytest.skip("../shared/tools/score.py is not beside the checkout")
    spec = importlib.util.spec_from_file_location("score", scorer_path)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)

    knowledge = RunKnowledge(normalise_rules=shipped_normalise_rules(), lexicon=shipped_lexicon())
    tp = fp = fn = 0
    for path in seed_paths:
        extraction = extract_file(path, Options(), knowledge)
        predicted = [{"title": m.title} for a in extraction.articles for m in a.measures]
        result = score.score_document(gold[path.name], {"articles": [{"measures": predicted}]}, verbose=False)
        tp, fp, fn = tp + result["m_tp"], fp + result["m_fp"], fn + result["m_fn"]
    _, _, f1 = score.f1(tp, fp, fn)
    assert f1 >= 0.999, f"measure F1 {f1:.3f} (tp={tp} fp={fp} fn={fn})"


@pytest.mark.parametrize(("lines", "expected"), [
    ([LEAD, "■聚焦学习 统一思想认识", BODY, "■聚焦整改 解决突出问题", BODY],
     [(1, "聚焦学习 统一思想认识"), (1, "聚焦整改 解决突出问题")]),
    ([LEAD, "■记者 张三 报道", BODY], []),
    ([LEAD, "下一步将着力抓好整改：1.建立问题台账,明确责任人；2.完善便民服务制度。"],
     [(1, "建立问题台账,明确责任人"), (1, "完善便民服务制度")]),
], ids=["bulleted-subheads", "bulleted-byline", "arabic-inline-after-colon"])
def test_marks(tax, lines, expected):
    assert found(article(*lines), tax) == expected
