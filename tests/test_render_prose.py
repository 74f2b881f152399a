"""Prose from the reports' own sentences: leads, measures, figures, experiences, problems, next steps."""
from __future__ import annotations

import pytest

from reportgen.render.prose import (Item, ProseRules, campaign_of, drop_opening_adverbial, experiences, sections,
                                    shorten, split_sentences, stated, unit_paragraph)


@pytest.fixture(scope="module")
def rules() -> ProseRules:
    return ProseRules.load()


REPORT = Item(
    unit="东河县", title="东河县扎实推进主题教育", date="2019-06-10", document="/in/a.txt",
    paragraphs=(
        "自主题教育开展以来，我县坚持学做结合，以“三个聚焦”为抓手，推动主题教育走深走实。",
        "聚焦学习 强化理论武装",
        "县委理论学习中心组开展集中学习12次。",
        "一是建立领导干部联系基层制度。县级领导每人联系一个乡镇，帮助解决实际问题。",
        "聚焦民生 解决急难愁盼",
        "全县共走访群众8600户，收集意见建议420条，梳理出问题56个。",
        "据统计，县直部门推行“一次办好”改革，群众办事时间平均缩短一半。",
        "但也要看到，部分基层干部能力与群众期盼还有差距，有的村级组织作用发挥不到位。",
        "下一步，我县将建立问题整改台账，确保件件有着落。",
    ),
    measures=(("聚焦学习 强化理论武装", 1), ("建立领导干部联系基层制度", 2), ("聚焦民生 解决急难愁盼", 1)),
)
CELLS = [{"unit": "东河县", "indicator": "opinions", "text": "420条", "document": "/in/a.txt",
          "sentence": "全县共走访群众8600户，收集意见建议420条，梳理出问题56个。"}]


def test_split_sentences_keeps_closing_quotes() -> None:
    assert split_sentences("他说：“办成了。”随后离开。") == ["他说：“办成了。”", "随后离开。"]


def test_drop_opening_adverbial_and_asides(rules) -> None:
    assert drop_opening_adverbial("自活动开展以来，某县成立领导小组，抽调骨干10人。", rules) == "某县成立领导小组，抽调骨干10人。"
    assert drop_opening_adverbial("据统计，某县走访群众300户。", rules) == "某县走访群众300户。"
    assert drop_opening_adverbial("某县成立领导小组。", rules) == "某县成立领导小组。"


def test_shorten_cuts_whole_clauses_and_keeps_the_figure() -> None:
    sentence = "为推动工作，" + "，".join(f"第{i}项工作按期完成" for i in range(1, 12)) + "，共收集意见建议88条，效果明显。"
    short = shorten(sentence, 60, keep=["88条"])
    assert "88条" in short and short.endswith("。")
    assert all(part in sentence for part in short.rstrip("。").split("，"))


def test_sections_find_headings_and_inline_measures() -> None:
    titles = [s.title for s in sections(REPORT)]
    assert titles == [None, "聚焦学习 强化理论武装", "建立领导干部联系基层制度", "聚焦民生 解决急难愁盼"]
    inline = sections(REPORT)[2]
    assert inline.paragraphs == ["县级领导每人联系一个乡镇，帮助解决实际问题。"]


def test_unit_paragraph_is_lead_measures_and_figures(rules) -> None:
    quotes = unit_paragraph([REPORT], CELLS, rules)
    assert [q.kind for q in quotes] == ["lead", "measures", "figures"]
    lead, measures, figures = (q.text for q in quotes)
    assert lead.startswith("东河县坚持学做结合")   # 自…以来 dropped, 我县 named
    assert measures == "主要做法：聚焦学习，强化理论武装；聚焦民生，解决急难愁盼。"
    assert "420条" in figures and figures.startswith("全县")


def test_unit_paragraph_of_a_unit_without_text_is_empty(rules) -> None:
    assert unit_paragraph([], [], rules) == []


def test_experiences_are_whole_sentences_with_an_action(rules) -> None:
    other = Item(unit="西山区", title="西山区活动", date=None, document="/in/b.txt",
                 paragraphs=("西山区召开动员大会，部署活动。",), measures=())
    quotes = experiences({"东河县": [REPORT], "西山区": [other]}, {}, rules, n=3)
    assert quotes and all(q.text.endswith("。") for q in quotes)
    assert all(q.text not in ("聚焦学习 强化理论武装", "聚焦民生 解决急难愁盼") for q in quotes)
    east = next(q for q in quotes if q.unit == "东河县")
    assert any(a in east.text[:16] for a in rules.actions)


def test_stated_problems_and_next_steps(rules) -> None:
    (problem,) = stated({"东河县": [REPORT]}, rules, rules.problem_cues, rules.problem_unless)
    assert "差距" in problem.text and problem.document == "/in/a.txt"
    (step,) = stated({"东河县": [REPORT]}, rules, rules.next_step_cues, rules.next_step_unless)
    assert step.text == "下一步，东河县将建立问题整改台账，确保件件有着落。"
    solving = Item(unit="甲", title="", date=None, document="x",
                   paragraphs=("针对服务不到位的问题，甲单位逐项整改到位。",))
    assert stated({"甲": [solving]}, rules, rules.problem_cues, rules.problem_unless) == []


def test_seeking_gaps_is_a_step_of_the_work_not_a_stated_problem(rules) -> None:
    seeking = Item(unit="北岭镇", title="", date=None, document="/in/c.txt",
                   paragraphs=("以学促干，在理论学习中找差距、查不足，推动问题解决。",
                               "班子成员开展谈心谈话，交流思想、找准差距。",
                               "对照群众期盼，部分村级组织服务能力还有差距。"))
    (problem,) = stated({"北岭镇": [seeking]}, rules, rules.problem_cues, rules.problem_unless)
    assert problem.text.startswith("对照群众期盼")


def test_campaign_of_an_item(rules) -> None:
    assert campaign_of(REPORT, rules) == "主题教育"
    item = Item(unit="乙", title="乙县深入开展党的群众路线教育实践活动", date=None, document="x", paragraphs=())
    assert campaign_of(item, rules) == "党的群众路线教育实践活动"


def test_the_same_sentence_from_two_units_is_told_once(rules) -> None:
    def item(unit: str, n: int) -> Item:
        return Item(unit=unit, title="", date=None, document=f"/in/{unit}.txt",
                    paragraphs=(f"{unit}建立问题整改台账{n}本，实行销号管理。", f"下一步，{unit}将建立长效机制。"))
    material = {"甲县": [item("甲县", 3)], "乙县": [item("乙县", 5)]}
    assert len(experiences(material, {}, rules, n=4)) == 1
    assert len(stated(material, rules, rules.next_step_cues, rules.next_step_unless)) == 1


WEB_ITEM = Item(
    unit="南山县", title="南山县推行“第一议题”制度", date="2020-11-25", document="/in/web.txt",
    paragraphs=(
        "2020-11-25 10:06“全会提出，要加强干部队伍建设……要完善人才工作体系，培养造就大批德才兼备的高素质人才”"
        "……在日前召开的南山县委组织部部务会议上，该县组织部常务副部长领学了全会《建议》。",
        "22日，南山县城关社区居民王某说。",
        "2019年3月25日上午，南山县召开主题教育动员大会，由此拉开了我县主题教育的序幕。",
    ),
)


def test_a_lead_is_never_a_cut_quotation_a_timestamp_or_an_attribution(rules) -> None:
    """A web page's stamp goes; a sentence whose quotation the cut leaves open, and a bare 某某说。, are no
    sentences to quote; an opening date clause goes, and 我县 reads as the unit's name."""
    quotes = unit_paragraph([WEB_ITEM], [], rules)
    assert [q.text for q in quotes] == ["南山县召开主题教育动员大会，由此拉开了南山县主题教育的序幕。"]


def test_shorten_never_cuts_inside_a_quotation() -> None:
    sentence = "该县推行“" + "，".join(f"第{i}项要求" for i in range(1, 30)) + "”工作法，群众满意度明显提升，办事时间缩短一半。"
    short = shorten(sentence, 40)
    assert short.count("“") == short.count("”") and short.endswith("。")


def test_a_clause_ending_in_a_quotation_is_closed_with_a_full_stop() -> None:
    sentence = "某区在显著位置放置征求意见箱，依托公众号设置“网民留言板”，整合“党群心连心”“政民零距离”等平台，开通热线电话。"
    assert shorten(sentence, 30) == "某区在显著位置放置征求意见箱，依托公众号设置“网民留言板”。"


def test_self_reference_outside_quotations_names_the_unit_once(rules) -> None:
    from reportgen.render.prose import name_self

    assert name_self("下一步，我区将建立台账，我区干部说：“我区会办好。”", "东城区", rules) == \
        "下一步，东城区将建立台账，该区干部说：“我区会办好。”"


@pytest.mark.parametrize("paragraph, lead", [
    ("本报讯(某某)日前，北坡镇在全镇开展“三访三评”活动，镇村干部分组入户走访群众。",
     "北坡镇在全镇开展“三访三评”活动，镇村干部分组入户走访群众。"),
    ("北坡讯 为推动学习教育走深走实，做好成果转化，真正让党员受教育，连日来，某县北坡镇聚焦“办实事”活动，拉近服务群众距离。",
     "某县北坡镇聚焦“办实事”活动，拉近服务群众距离。"),
    ("(某某网某省讯)近年来，北坡镇党委坚持把党建引领作为基层治理的主线，推动各项工作落地见效。",
     "北坡镇党委坚持把党建引领作为基层治理的主线，推动各项工作落地见效。"),    ("某某网北坡在线（王某）3月2日上午，北坡镇召开党史学习教育动员大会，全镇党员干部参加会议。",
     "北坡镇召开党史学习教育动员大会，全镇党员干部参加会议。"),
    ("12.03.2016 09:41 本文来源：县扶贫办。北坡镇驻村工作队为村里困难群众协调解决春耕生产物资。",
     "北坡镇驻村工作队为村里困难群众协调解决春耕生产物资。"),
])
def test_a_lead_starts_at_its_subject_after_the_news_furniture(rules, paragraph: str, lead: str) -> None:
    """A dateline (X讯), the byline in brackets and a preamble of purpose before the unit go."""
    item = Item(unit="北坡镇", title="", date=None, document="/in/n.txt", paragraphs=(paragraph,))
    assert [q.text for q in unit_paragraph([item], [], rules)] == [lead]


def test_a_lead_never_ends_on_a_clause_of_manner(rules) -> None:
    """Cut to length, 按照…的目标任务。 would be the manner of a verb the cut took away."""
    sentence = ("全县各级党组织把创先争优活动作为推动科学发展、促进社会和谐、服务人民群众、加强基层组织的重要实践，"
                "围绕“争做科学发展示范”的总载体，按照县第十三次党代会确定的目标任务，扎实开展各项活动，取得明显成效。")
    short = shorten(sentence, 80, dangling=rules.dangling_openings)
    assert short == "全县各级党组织把创先争优活动作为推动科学发展、促进社会和谐、服务人民群众、加强基层组织的重要实践。"


def test_an_experience_tells_more_than_a_heading_would(rules) -> None:
    """Of two sentences under a unit's distinctive measure, one of a heading's length (an action and
    nothing it did or reached) gives way to one that tells the practice."""
    item = Item(unit="东河县", title="", date=None, document="/in/e.txt",
                paragraphs=("统筹安排 严抓学习", "坚持统筹安排，严抓学习教育。",
                            "坚持统筹安排，组织党员干部深入一线开展走访调研，逐户听取群众意见和建议。"),
                measures=(("统筹安排 严抓学习", 1),))
    distinctive = {"东河县": [{"measure": "统筹安排 严抓学习", "terms": "统筹安排"}]}
    quotes = experiences({"东河县": [item]}, distinctive, rules, n=1)
    assert [q.text for q in quotes] == ["坚持统筹安排，组织党员干部深入一线开展走访调研，逐户听取群众意见和建议。"]


@pytest.mark.parametrize(("unit", "paragraph", "opening"), [
    # opens with the verb: the unit becomes its subject
    ("北岭区", "参与居民议事会，建立服务工作台账，收集群众意见；实地走访调研，探究问题形成原因。",
     "北岭区参与居民议事会，建立服务工作台账，"),
    # opens with somebody else: the unit's name stands before them
    ("南湖高新园", "工作人员走进社区居民家中，对影响居民生活的突出问题进行排查摸底，逐户登记造册。",
     "南湖高新园工作人员走进社区居民家中，"),
    # the report's word for its whole unit gives way to the name
    ("西山县", "全县各级党组织把创先争优活动作为推动科学发展、服务人民群众的重要实践。",
     "西山县各级党组织把创先争优活动"),
    # after an opening clause of time, where the subject stands
    ("东坪镇", "主题教育开展以来，积极开展“我为群众办实事”实践活动，推动解决群众急难愁盼问题。",
     "主题教育开展以来，东坪镇积极开展"),
    # the unit named in part (its short form) or by its place already: unchanged
    ("北河市企业工委", "市企业工委采取“三项措施”，助推群众路线教育实践活动深入开展。", "市企业工委采取"),
    ("临海开发区党工委", "开发区开展新一轮简政提速，落实“马上就办、办就办好”的要求。", "开发区开展新一轮"),
    ("青石县", "今年，青石县全面推行“第一议题”制度，要求全县各级党组织认真落实。", "今年，青石县全面推行"),
])
def test_a_unit_paragraph_opens_with_the_unit_as_subject(rules, unit: str, paragraph: str, opening: str) -> None:
    item = Item(unit=unit, title="", date=None, document="/in/x.txt", paragraphs=(paragraph,))
    (lead,) = unit_paragraph([item], [], rules)
    assert lead.kind == "lead" and lead.text.startswith(opening), lead.text
    assert lead.text.count(unit) <= paragraph.count(unit) + 1    # the name is added once at most


def test_a_unit_the_text_does_not_name_gets_no_subject(rules) -> None:
    """A placeholder label (未署名材料一) is no name to open a sentence with."""
    item = Item(unit="未署名材料一", title="", date=None, document="/in/x.txt",
                paragraphs=("参与居民议事会，建立服务工作台账，收集群众意见，探究问题形成原因。",))
    (lead,) = unit_paragraph([item], [], rules, named=False)
    assert lead.text.startswith("参与居民议事会")


def test_only_the_first_sentence_gets_the_subject(rules) -> None:
    """The measures after the lead run on from it; they take no name of their own."""
    item = Item(unit="北岭区", title="", date=None, document="/in/x.txt",
                paragraphs=("参与居民议事会，建立服务工作台账，收集群众意见，探究问题形成原因。", "深入调研 听取民声",
                            "干部深入一线开展调研。"),
                measures=(("深入调研 听取民声", 1),))
    lead, measures = unit_paragraph([item], [], rules)
    assert lead.text.startswith("北岭区参与") and measures.text == "主要做法：深入调研，听取民声。"


def test_unit_paragraph_never_quotes_one_sentence_twice(rules) -> None:
    # the lead is the report's first sentence cut short; the figures' sentence is that same
    # sentence whole: the paragraph says it once
    first = ("我局党组启动以“进企业、听民声、解难题”为主题，以送政策、送服务、送温暖、收意见“三送一收”为内容的"
             "“百名干部进企业”大走访活动以来，局机关六个支部先后与"
             "辖区8家企业建立联系点，迄今已有4个支部的27名党员，在党员领导干部带领下陆续走进企业，"
             "帮助企业解决融资、用工、物流等方面的实际困难，践行服务企业、服务群众的宗旨要求。")
    assert len(first) > rules.max_chars   # so the lead is the sentence cut short
    item = Item(unit="南岭市税务局", title="南岭市税务局开展大走访", date=None, document="/in/c.txt",
                paragraphs=(first, "一是听民声。", "二是解难题。"), measures=(("听民声", 1), ("解难题", 1)))
    cells = [{"unit": "南岭市税务局", "indicator": "party_members", "text": "27名", "document": "/in/c.txt",
              "sentence": first}]
    texts = [q.text for q in unit_paragraph([item], cells, rules)]
    openings = [t[t.index("启动"):][:15] for t in texts if "启动" in t]
    assert len(openings) == 1, texts


def test_a_report_naming_itself_by_an_institutions_word_is_that_institution(rules) -> None:
    """我院 in the report of a hospital the text does not name: the briefing writes 该院, never 我院."""
    from reportgen.render.prose import name_self

    assert name_self("先后走访了今年以来曾在我院住院的40户农村病患家庭。", "未署名材料一", rules) == \
        "先后走访了今年以来曾在该院住院的40户农村病患家庭。"
    assert name_self("我局党组先后深入企业走访，我国经济形势向好。", "南岭市税务局", rules) == \
        "南岭市税务局党组先后深入企业走访，我国经济形势向好。"       # 我国 is no unit
    assert name_self("我公司投资2400万元改造老旧小区，我党员干部带头。", "国网海安县供电公司", rules) == \
        "该公司投资2400万元改造老旧小区，我党员干部带头。"


def test_slogans_are_no_measures(rules) -> None:
    """Headings of three characters (送健康) are slogans: no sentence of measures is made of them."""
    item = Item(unit="北岭医院", title="", date=None, document="/in/x.txt",
                paragraphs=("北岭医院党委启动“百名医师进社区”大走访活动，与周边6个社区建立联系点。",
                            "送健康", "送文明", "送温暖", "收意见"),
                measures=(("送健康", 1), ("送文明", 1), ("送温暖", 1), ("收意见", 1)))
    texts = [q.text for q in unit_paragraph([item], [], rules)]
    assert texts == ["北岭医院党委启动“百名医师进社区”大走访活动，与周边6个社区建立联系点。"]


def test_a_question_is_no_units_statement(rules) -> None:
    item = Item(unit="晋北镇", title="", date=None, document="/in/x.txt",
                paragraphs=("晋北镇组建志愿服务队，深入开展各类志愿服务活动20余场？",
                            "晋北镇建立民情反映制度，组织党员干部开展大调研大走访活动，解决群众实际困难。"),
                measures=())
    quotes = experiences({"晋北镇": [item]}, {}, rules, 4)
    assert quotes and all(not q.text.endswith("？") for q in quotes)
    assert quotes[0].text.startswith("晋北镇建立民情反映制度")


def test_a_sentence_that_only_served_the_next_step_is_no_next_step(rules) -> None:
    """为下步…提供了思路 says what a discussion served, not what the unit will do."""
    item = Item(unit="棠北镇党委", title="", date=None, document="/in/x.txt",
                paragraphs=("围绕“怎样更好服务群众”等问题进行了深入讨论，为下步更好地做好服务提供了有效思路。",
                            "下一步，棠北镇将建立群众诉求台账，确保件件有回音。"))
    (step,) = stated({"棠北镇党委": [item]}, rules, rules.next_step_cues, rules.next_step_unless)
    assert step.text.startswith("下一步，棠北镇将建立")


def test_a_next_step_opened_mid_sentence_is_quoted_from_its_cue(rules) -> None:
    """……作为具体举措，下一步，某乡还将……: the quote starts at the cue and says the step, never ends on the cue."""
    item = Item(unit="柳河乡", title="", date=None, document="/in/x.txt",
                paragraphs=("柳河乡积极推动落实主题教育，把“四下基层”作为密切联系群众的重要途径，把为民办实事、解决人民群众"
                            "急难愁盼问题作为具体举措，下一步，柳河乡还将陆续建设水系联通及水美乡村、高标准农田、"
                            "红糖加工厂房等多个为民办实事项目。",))
    (step,) = stated({"柳河乡": [item]}, rules, rules.next_step_cues, rules.next_step_unless)
    assert step.text.startswith("下一步，") and "高标准农田" in step.text and step.text.endswith("。")
    assert "下一步。" not in step.text


@pytest.mark.parametrize("comma", ["，", ","])
def test_what_the_people_served_say_is_no_next_step_of_the_unit(rules, comma) -> None:
    """A villager's words after 表示 (a scraped page writes its comma half-width) are reported speech: the
    unit's own next step is quoted, never theirs."""
    item = Item(unit="柳河镇", title="", date=None, document="/in/x.txt",
                paragraphs=(f"柳河镇干部入户走访脱贫户{comma}送去慰问品。",
                            f"脱贫户李某表示{comma}今后将好好发展养殖，早日过上好日子。"))
    assert stated({"柳河镇": [item]}, rules, rules.next_step_cues, rules.next_step_unless) == []


def test_a_figures_sentence_the_lead_already_holds_is_not_quoted_again(rules) -> None:
    """The figures' sentence is the lead's statement after its semicolon: the paragraph says it once."""
    lead = ("天岭园区工作人员走进社区居民家中，对影响居民生活的突出问题进行排查摸底；此外还通过热线电话、"
            "社区意见箱等方式，共收集群众反映的问题26个。")
    item = Item(unit="天岭园区", title="", date=None, document="/in/t.txt", paragraphs=(lead,))
    cells = [{"unit": "天岭园区", "indicator": "problems", "text": "26个", "document": "/in/t.txt",
              "sentence": "此外还通过热线电话、社区意见箱等方式，共收集群众反映的问题26个。"}]
    texts = [q.text for q in unit_paragraph([item], cells, rules)]
    assert sum("热线电话" in t for t in texts) == 1, texts


def test_a_figure_someone_is_quoted_as_stating_is_given_in_the_words_quoted(rules) -> None:
    sentence = ("北营区委常委、组织部部长某某说：“截至目前，北营区处级干部深入一线开展调研288次，"
                "发现问题104个，现场研究解决问题37个”。")
    item = Item(unit="北营区", title="", date=None, document="/in/b.txt",
                paragraphs=("北营区参与居民议事会，建立服务工作台账，收集群众意见。", sentence))
    cells = [{"unit": "北营区", "indicator": "problems", "text": "104个", "document": "/in/b.txt",
              "sentence": sentence}]
    *_, figures = unit_paragraph([item], cells, rules)
    assert figures.text == "北营区处级干部深入一线开展调研288次，发现问题104个，现场研究解决问题37个。"


@pytest.mark.parametrize("sentence, unit, expected", [
    ("截至10月中旬，该县收集各类举报线索53条，侦破刑事案件35起。", "南山县政法委",
     "截至10月中旬，南山县政法委收集各类举报线索53条，侦破刑事案件35起。"),
    ("今年以来，该局组织党员干部深入企业走访，帮助解决实际困难。", "南山县商务局",
     "今年以来，南山县商务局组织党员干部深入企业走访，帮助解决实际困难。"),
])
def test_the_reports_word_for_itself_after_a_time_clause_gives_way_to_the_name(rules, sentence, unit, expected) -> None:
    from reportgen.render.prose import as_subject

    assert as_subject(sentence, unit, rules) == expected


def test_a_sentence_that_names_the_unit_after_a_scene_is_not_given_the_name_twice(rules) -> None:
    """春夏相交的季节，…，某局以…: the name before the scene would read 某局春夏相交的季节, and twice."""
    from reportgen.render.prose import as_subject

    sentence = "春夏相交的季节，正是农忙时节，北坡县农业农村局组织党员干部深入田间地头，帮助群众解决实际困难。"
    assert as_subject(sentence, "北坡县农业农村局", rules) == sentence


def test_another_bodys_demonstrative_stays_with_its_own_noun(rules) -> None:
    """该村 in a town's report is one of its villages, not the town: the town's name does not replace it."""
    from reportgen.render.prose import as_subject

    assert "该村" in as_subject("截至9月底，该村建成党群服务站1处，开展志愿服务12次。", "北坡镇", rules)


def test_a_lead_is_what_the_unit_did_not_a_story_a_scene_or_a_speech(rules) -> None:
    """Of a unit's opening sentences, a story about one villager, a meeting's hour and room, a leader's words
    and the report's own framing give way to the unit doing something, with its key figure."""
    item = Item(unit="青川镇", title="", date=None, document="/in/q.txt", paragraphs=(
        "村民李某某今年67岁，独自照看两个孙子，家里的旧房一到雨天就漏水。",
        "3月8日上午9时，镇党委在镇政府三楼会议室召开主题教育推进会，县督导组同志到会指导。",
        "镇党委书记在会上指出，要把为民办实事作为检验主题教育成效的标尺。",
        "主题教育开展以来，青川镇组织党员干部走访农户1260户，帮助解决饮水、道路等实际困难85件。",
        "现将有关情况汇报如下。",
    ))
    (lead,) = unit_paragraph([item], [], rules)
    assert lead.kind == "lead"
    assert lead.text == "主题教育开展以来，青川镇组织党员干部走访农户1260户，帮助解决饮水、道路等实际困难85件。"


def test_a_unit_with_nothing_but_scenes_has_no_lead(rules) -> None:
    """Rather than a scene or a meeting's venue line, the paragraph opens with the unit's measures."""
    item = Item(unit="青川镇", title="", date=None, document="/in/q.txt",
                paragraphs=("早上8点半，二十多名志愿者已集合在镇文化广场，等候出发。",
                            "4月2日下午3时，青川镇党委在镇政府二楼会议室召开专题民主生活会，党委委员共9位同志参加。",
                            "县委督导组成员、青川镇党委班子全体成员、各村党支部书记参加会议。",
                            "建立民情台账 逐户上门走访", "镇村干部分片包干，逐户登记群众诉求。"),
                measures=(("建立民情台账 逐户上门走访", 1),))
    quotes = unit_paragraph([item], [], rules)
    assert [q.kind for q in quotes] == ["measures"]
    assert quotes[0].text == "主要做法：建立民情台账，逐户上门走访。"


def test_the_reports_opening_leads_when_it_tells_as_much(rules) -> None:
    """The report's first sentence with the unit acting leads over a later one that tells no more."""
    item = Item(unit="青川镇", title="", date=None, document="/in/q.txt", paragraphs=(
        "青川镇坚持把主题教育与乡村振兴结合起来，推动各项工作落地见效。",
        "青川镇还组织镇村干部开展主题教育专题学习，交流学习体会。",
    ))
    (lead,) = unit_paragraph([item], [], rules)
    assert lead.text.startswith("青川镇坚持把主题教育与乡村振兴结合起来")


def test_a_next_step_never_leads_and_is_told_once(rules) -> None:
    """A 下一步 sentence is no lead; quoted for its figures in the unit's paragraph, the next steps do not repeat it."""
    from reportgen.render.context import choose_prose

    plan = "下一步，青川镇将在已建成12个便民服务站的基础上，再建8个，实现村村全覆盖。"
    article = {"unit": "青川镇", "title": "青川镇推进便民服务", "date": None, "document": "/in/q.txt", "article": 0,
               "paragraphs": [plan, "青川镇组织党员干部下沉网格，逐户收集群众诉求，建立问题清单。"], "measures": []}
    records = {"units": ["青川镇"], "articles": [article], "distinctive": [],
               "cells": [{"unit": "青川镇", "indicator": "stations", "text": "12个", "document": "/in/q.txt",
                          "sentence": plan}]}
    chosen = choose_prose(records, rules)
    summary = chosen.summaries["青川镇"]
    assert summary[0].kind == "lead" and not summary[0].text.startswith("下一步")
    told = [q.text for q in summary + chosen.experiences + chosen.problems + chosen.next_steps]
    assert sum("便民服务站" in t for t in told) == 1, told


def test_measures_are_introduced_and_slogans_and_findings_are_no_measures(rules) -> None:
    """主要做法： introduces the titles; a quoted slogan of four characters and findings (在…方面, 需要进一步…) are left out,
    and a title's own colon reads as a comma under the introduction's."""
    item = Item(unit="青川镇", title="", date=None, document="/in/q.txt", paragraphs=(),
                measures=(("“三问于民”", 1), ("组织引领：建立联系群众制度", 1),
                          ("在“服务群众不到位”方面", 1), ("学习讨论活动成果抓落实,需要进一步加以推进", 1),
                          ("开展结对帮扶 解决实际困难", 1)))
    (measures,) = unit_paragraph([item], [], rules)
    assert measures.text == "主要做法：组织引领，建立联系群众制度；开展结对帮扶，解决实际困难。"


def test_an_agency_dateline_is_no_part_of_the_lead(rules) -> None:
    item = Item(unit="北坡镇", title="", date=None, document="/in/n.txt",
                paragraphs=("某某网某省新闻6月3日电　北坡镇组织党员干部深入田间地头，帮助群众解决春耕难题。",))
    assert [q.text for q in unit_paragraph([item], [], rules)] == ["北坡镇组织党员干部深入田间地头，帮助群众解决春耕难题。"]


def test_a_sentence_on_what_a_result_owed_to_is_no_experience(rules) -> None:
    item = Item(unit="青川镇", title="", date=None, document="/in/q.txt",
                paragraphs=("活动的顺利开展，得益于青川镇精心组织、周密部署，党员干部积极参与。",
                            "青川镇建立镇村干部包片联户制度，定期上门走访群众，逐户登记诉求。"))
    quotes = experiences({"青川镇": [item]}, {}, rules, 2)
    assert [q.text for q in quotes] == ["青川镇建立镇村干部包片联户制度，定期上门走访群众，逐户登记诉求。"]


def test_a_date_is_no_result_an_experience_is_chosen_for(rules) -> None:
    """A figure (the result) ranks an experience higher; the digits of a date or an hour are no figure, so a
    meeting held on a day never outranks the practice told beside it."""
    item = Item(unit="青川镇", title="", date=None, document="/in/q.txt",
                paragraphs=("青川镇建立镇村干部包片联户制度，定期上门走访群众，逐户登记诉求。",
                            "镇党委于3月12日下午召开党的群众路线教育实践活动动员大会。"))
    quotes = experiences({"青川镇": [item]}, {}, rules, 1)
    assert [q.text for q in quotes] == ["青川镇建立镇村干部包片联户制度，定期上门走访群众，逐户登记诉求。"]


def test_a_reports_title_run_into_its_first_paragraph_is_no_part_of_the_lead(rules) -> None:
    item = Item(unit="青川镇", title="", date=None, document="/in/q.txt",
                paragraphs=("青川镇2023年党建工作总结　一年来，青川镇党委组织党员干部开展结对帮扶，走访群众860户。",))
    assert [q.text for q in unit_paragraph([item], [], rules)] == ["一年来，青川镇党委组织党员干部开展结对帮扶，走访群众860户。"]


def test_page_furniture_mastheads_and_headings_never_lead(rules) -> None:
    """A scraped page opens with its stamp and view count, a breadcrumb, the bulletin's masthead and its
    issue number: none is the report's prose, and none pushes the report's first sentences out of reach."""
    item = Item(unit="北湖区水务局", title="", date=None, document="/in/w.html", paragraphs=(
        "发布时间：2022-04-06　浏览次数：",
        "您现在的位置：首页 > 工作动态 > 党建之窗",
        "党史学习教育简报",
        "（第3期）",
        "北湖区水务局党史学习教育领导小组办公室",
        "今年以来，北湖区水务局组织党员干部走访沿河村组46个，排查解决用水难题31件。",
    ))
    (lead,) = unit_paragraph([item], [], rules)
    assert lead.text == "今年以来，北湖区水务局组织党员干部走访沿河村组46个，排查解决用水难题31件。"


@pytest.mark.parametrize("opening", [
    "石桥镇党委书记周某在主题教育动员会上作动员讲话。",
    "石桥镇主题教育领导小组将对群众提出的意见进行梳理，逐条研究整改措施。",
    "（二）石桥镇主题教育成果抓落实、促深入，需要进一步加以推进。",
    "三、石桥镇主题教育开展情况。",
    "县督导组成员参加了石桥镇主题教育推进会，镇党委班子成员、各村党支部书记参加了推进会。",
])
def test_a_leaders_speech_an_attendance_list_or_a_plan_never_leads(rules, opening) -> None:
    item = Item(unit="石桥镇", title="", date=None, document="/in/s.txt", paragraphs=(
        opening + "石桥镇党委把主题教育作为重要政治任务，召开专题会议研究部署，成立了领导小组和工作专班。",
    ))
    (lead,) = unit_paragraph([item], [], rules)
    assert lead.text.startswith("石桥镇党委把主题教育作为重要政治任务")


def test_a_persons_story_never_leads(rules) -> None:
    """王某是…的低保户 and 赵某等人… tell one person's story; the paragraph opens with the unit's work."""
    item = Item(unit="（待确认单位1）", title="", date=None, document="/in/y.txt", paragraphs=(
        "“多亏了干部们帮忙，今年的油菜才收得回来。”王某说。",
        "王某是柳塘村的低保户，丈夫常年在外务工，农忙时节总是忙不过来。",
        "赵某等人还及时为村里的15户困难群众送去化肥和种子，帮助平整土地20多亩。",
        "在主题教育中，乡党委组织全乡96名干部与312户群众结成帮扶对子，建立了定期走访机制。",
    ))
    quotes = unit_paragraph([item], [], rules, named=False)
    assert quotes[0].kind == "lead"
    assert quotes[0].text == "乡党委组织全乡96名干部与312户群众结成帮扶对子，建立了定期走访机制。"


@pytest.mark.parametrize("opening", [
    "看着自家门前刚挂上的“共产党员户”门牌，石桥镇柳塘村老党员王某喜笑颜开。",
    "家住石桥镇柳塘村东头的村民王某说，这条路一下雨就有20厘米深的泥水，出门都难。",
    "石桥镇居民赵某高兴地说：“现在办医保再也不用跑3趟了。”",
    "望着石桥镇刚修好的2公里水渠，村民们感慨道：“党员干部真是为我们办了实事。”",
])
def test_someones_quoted_words_never_lead(rules, opening) -> None:
    """A feature story opens with a villager speaking: his words, not what the unit did."""
    item = Item(unit="石桥镇", title="", date=None, document="/in/s.txt", paragraphs=(
        opening, "今年以来，石桥镇开展“我为群众办实事”实践活动，村干部逐户许下承诺，镇党委统一建立台账。",
    ))
    (lead,) = unit_paragraph([item], [], rules)
    assert lead.text.startswith("今年以来，石桥镇开展“我为群众办实事”实践活动")


def test_a_feature_storys_scene_never_leads(rules) -> None:
    item = Item(unit="柳塘县", title="", date=None, document="/in/l.txt", paragraphs=(
        "柳塘县东坡村村委会的院子里，一场有30多名群众参加的别开生面的座谈会正在进行。",
        "主题教育开展以来，柳塘县建立县领导联系点制度，分别深入联系点开展督查指导。",
    ))
    (lead,) = unit_paragraph([item], [], rules)
    assert lead.text.startswith("主题教育开展以来，柳塘县建立县领导联系点制度")


def test_a_purpose_that_goes_on_over_two_clauses_is_cut_whole(rules) -> None:
    assert drop_opening_adverbial("为打好秋冬季防火攻坚战，进一步摸清林区隐患底数，10月9日至15日，我局巡查队走访林农86户。",
                                  rules) == "10月9日至15日，我局巡查队走访林农86户。"


def test_a_sentence_cut_by_a_broken_line_is_never_quoted(rules) -> None:
    """A line broken mid-word leaves one sentence in two paragraphs: neither half leads."""
    item = Item(unit="（待确认单位1）", title="", date=None, document="/in/h.txt", paragraphs=(
        "11月20日，该院分别召开学习贯彻党的二十大精神座谈会和讨",
        "论会，查摆突出问题，研究整改措施。",
        "院党委组织党员医生深入社区开展义诊，免费体检居民420人，发放健康手册600余份。",
    ))
    (lead,) = unit_paragraph([item], [], rules, named=False)
    assert lead.text == "院党委组织党员医生深入社区开展义诊，免费体检居民420人，发放健康手册600余份。"


@pytest.mark.parametrize("before", ["某某信息港消息：", "各项任务细化为36条工作措施，分类分层推进……"])
def test_a_line_ending_on_a_colon_or_an_ellipsis_leaves_no_sentence_open(rules, before) -> None:
    item = Item(unit="云岫乡", title="", date=None, document="/in/y.txt", paragraphs=(
        before, "云岫乡召开主题教育动员大会，全乡86名党员干部参加，对主题教育进行全面部署。"))
    (lead,) = unit_paragraph([item], [], rules)
    assert lead.text == "云岫乡召开主题教育动员大会，全乡86名党员干部参加，对主题教育进行全面部署。"


def test_the_figures_sentence_loses_its_dateline_and_connective_and_leaves_plans_to_next_steps(rules) -> None:
    from reportgen.render.prose import figures_sentence

    cells = [
        {"unit": "石桥镇", "indicator": "forums", "text": "6场", "document": "/in/s.txt",
         "sentence": "下一步，石桥镇将再召开座谈会6场，广泛听取群众意见。"},
        {"unit": "石桥镇", "indicator": "opinions", "text": "57条", "document": "/in/s.txt",
         "sentence": "某某在线讯（通讯员 吴某）同时，石桥镇通过设置意见箱、开通热线电话等方式收集意见建议57条。"},
    ]
    quote = figures_sentence(cells, rules, set())
    assert quote is not None
    assert quote.text == "石桥镇通过设置意见箱、开通热线电话等方式收集意见建议57条。"


def test_a_heading_the_report_ends_on_is_no_measure(rules) -> None:
    """A file cut short ends at a heading with nothing under it: the title may be cut too, so it is not quoted."""
    item = Item(unit="云岫乡", title="", date=None, document="/in/y.txt", paragraphs=(
        "一是建立联户台账。乡村干部逐户登记群众诉求。",
        "二是开展结对帮扶。每名干部联系困难户3户。",
        "三是推进产业融合发",
    ), measures=(("建立联户台账", 1), ("开展结对帮扶", 1), ("推进产业融合发", 1)))
    (measures,) = [q for q in unit_paragraph([item], [], rules) if q.kind == "measures"]
    assert measures.text == "主要做法：建立联户台账；开展结对帮扶。"


def test_we_before_the_tail_of_the_units_name_is_the_unit(rules) -> None:
    from reportgen.render.prose import name_self

    assert name_self("一年来，我中心学区党支部组织党员教师开展送教下乡28次。", "云岫乡中心学区党支部", rules) == \
        "一年来，云岫乡中心学区党支部组织党员教师开展送教下乡28次。"


@pytest.mark.parametrize("paragraph, campaign", [
    ("各支部把集中开展的学习教育抓细抓实，推动党员干部学起来、做起来。", "学习教育"),
    ("截至党的群众路线教育实践活动第一环节结束，全乡走访农户3200户。", "党的群众路线教育实践活动"),
    ("各村认真落实工作要求，确保党的群众路线教育实践活动扎实开展。", "党的群众路线教育实践活动"),
])
def test_a_campaigns_name_starts_after_the_words_before_it(rules, paragraph, campaign) -> None:
    item = Item(unit="乙", title="", date=None, document="x", paragraphs=(paragraph,))
    assert campaign_of(item, rules) == campaign


def test_the_figures_sentence_states_the_figures_not_who_announced_them(rules) -> None:
    from reportgen.render.prose import figures_sentence

    sentence = "刘某指出，活动开展以来，全乡共走访农户1320户，收集意见建议86条。"
    cells = [{"unit": "云岫乡", "indicator": "opinions", "text": "86条", "document": "/in/y.txt", "sentence": sentence}]
    assert figures_sentence(cells, rules, set()).text == "活动开展以来，全乡共走访农户1320户，收集意见建议86条。"


@pytest.mark.parametrize("title", ["首页 | 新闻中心 | 乡镇动态 | 政务公开", "2381"])
def test_a_pages_channel_bar_or_view_count_is_no_articles_title(rules, title) -> None:
    from reportgen.render.context import choose_prose

    article = {"unit": "云岫乡", "title": title, "date": None, "document": "/in/y.html",
               "article": 0, "paragraphs": ["云岫乡组织党员干部走访农户，建立民情台账。"], "measures": []}
    records = {"units": ["云岫乡"], "articles": [article], "distinctive": [], "cells": []}
    ((unit, item, _),) = choose_prose(records, rules).articles
    assert item.title == ""


def test_an_experience_quoted_alone_loses_the_reports_enumeration(rules) -> None:
    item = Item(unit="云岫乡", title="", date=None, document="/in/y.txt",
                paragraphs=("三是组织党员志愿者开展“敲门行动”，逐户登记独居老人的生活需求，建立帮扶台账。",))
    (quote,) = experiences({"云岫乡": [item]}, {}, rules, 1)
    assert quote.text == "组织党员志愿者开展“敲门行动”，逐户登记独居老人的生活需求，建立帮扶台账。"


def test_a_scene_of_weather_never_leads(rules) -> None:
    item = Item(unit="云岫乡", title="", date=None, document="/in/y.txt", paragraphs=(
        "冒着凛冽的寒风，云岫乡的党员志愿者们早早来到柳塘村村口，为主题教育宣讲活动布置场地。",
        "主题教育开展以来，云岫乡组织党员干部入户宣讲政策42场，帮助群众解决实际困难36件。",
    ))
    (lead,) = unit_paragraph([item], [], rules)
    assert lead.text == "主题教育开展以来，云岫乡组织党员干部入户宣讲政策42场，帮助群众解决实际困难36件。"


@pytest.mark.parametrize("named, expected", [
    (True, "云岫乡按照县委的部署，组织党员干部走访农户1260户，收集意见建议86条。"),
    (False, "按照县委的部署，组织党员干部走访农户1260户，收集意见建议86条。"),
])
def test_we_of_the_report_is_the_unit_or_for_an_unnamed_one_that_unit(rules, named, expected) -> None:
    item = Item(unit="云岫乡", title="", date=None, document="/in/y.txt",
                paragraphs=("我们按照县委的部署，组织党员干部走访农户1260户，收集意见建议86条。",))
    (lead,) = unit_paragraph([item], [], rules, named=named)
    assert lead.text == expected


def test_the_units_own_background_is_no_lead(rules) -> None:
    item = Item(unit="云岫乡", title="", date=None, document="/in/y.txt", paragraphs=(
        "云岫乡属山区贫困乡镇，青壮年外出务工较多，农村劳动力短缺。",
        "在主题教育中，云岫乡组织全乡96名干部与312户群众结成帮扶对子，建立了定期走访机制。",
    ))
    (lead,) = unit_paragraph([item], [], rules)
    assert lead.text == "云岫乡组织全乡96名干部与312户群众结成帮扶对子，建立了定期走访机制。"


def test_a_lead_naming_its_unit_by_our_body_is_quoted_in_the_briefings_voice(rules) -> None:
    """我校驻村工作队 in the report of the school's village team: the lead is quoted, as 该校驻村工作队."""
    item = Item(unit="驻村工作队", title="", date=None, document="/in/z.txt", paragraphs=(
        "为做好秋季帮扶工作，进一步摸清贫困户情况，9月3日至8日，我校驻村工作队对柳塘村45户贫困户逐户走访。",
    ))
    (lead,) = unit_paragraph([item], [], rules)
    assert lead.text == "该校驻村工作队对柳塘村45户贫困户逐户走访。"


@pytest.mark.parametrize("sentence, unit, expected", [
    ("镇党委组织全镇128名干部与312户群众结成帮扶对子。", "云岫镇", "云岫镇党委组织全镇128名干部与312户群众结成帮扶对子。"),
    ("今年以来，县委组织党员干部走访群众8600户。", "东河县", "今年以来，东河县委组织党员干部走访群众8600户。"),
])
def test_the_units_level_noun_before_its_body_gives_way_to_the_name(rules, sentence, unit, expected) -> None:
    from reportgen.render.prose import as_subject

    assert as_subject(sentence, unit, rules) == expected
