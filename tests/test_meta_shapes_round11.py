"""Metadata shapes that recur across the round-11 pools (invented sentences of the genre).

A place whose stem is a common noun, named with its own office (某某镇党委, 某某县委、县政府); a place's party
committee and government named as one actor (某镇党委政府); a town's locality is its county, never the province
before it, and none where the text names no county; a city's company named by the city's stem (某某供电公司);
a clause's verb before a place's office (紧密结合某市委开展的…) names no one; a team stationed in a village
(某局驻某村帮扶工作队) and the office that sends one by a verb (某办下派到某村驻村帮扶工作队); a department's
party body opening the title (某科党总支开展…) where the text names its place only in passing; a site's dateline
with a date before 消息; a deck run onto its headline's line after a dash. A closing bracket of one name ending in
文 (某某文); a page's 新闻推荐 block of links after the closing byline; a closing editor's line after the
publication's name (（某某在线编辑:某某）). A bulletin's masthead (issuer / campaign / 简 报 / 第N期 / issuing line):
the report's headline, the bulletin's name as the source, the issuer as the unit where the report names no
other. A document's head run into one line with its text: its title and its bracketed date. A team that helps
(在某局驻某村工作队的帮助下) is not the actor. Two places listed as the lead's subject and named together again
(某镇、某工业园) report jointly, one row under both names. A department's party body named after its institution
(某医院 + 外科 + 党支部) is part of the name. A closing bracket naming the unit that sent the text (某某学院 供稿,
某某大学某某学院 王某): no author, and the unit where the text names no other. A document's issuer and date
lines under its title (中共某县委办公室 / (2014年5月20日)): neither is the title, the date is the document's, and
the office that runs the place the title names writes for that place. A date line in Chinese numerals. A place
the lead opens by describing (某市是…) is not its actor; a unit named under two names (某局(公司)) acts by both;
a plant (某某电厂) is an organisation. A page's title bar over its headline (某某标题_工作动态_某某网) is the page's. A bulletin's issue alone on its line
(第5期) is no part of the title, and its date alone on its line under the masthead dates it. A newspaper page's
header (某某日报 2014年5月20日 第3版) dates every article on the page and names its paper. A bank's branch (某某银行某某
分行, 某某支行) is an organisation.
"""
from __future__ import annotations

import pytest

from conftest import extract_article

SHAPES = [
    # a common noun as a town's name, the town's own committee right after it: the town
    ("标题\n\n首先我代表东风镇党委、政府对各位领导莅临检查表示欢迎。东风镇深入开展创先争优活动,"
     "全镇建立党员示范岗40个。",
     {"unit": "东风镇"}),
    # the county named once, with its committee and government acting together
    ("5月12日上午,光明县委、县政府召集乡镇、部门代表30余人,征求他们对县委、县政府开展教育实践活动的意见建议。",
     {"unit": "光明县", "locality": "光明县"}),
    # a town's committee and government run together: the town; its county, not the province, is the locality
    ("自学习教育开展以来,湖北省青川县柳河镇党委政府严格标准、全面推进,多措并举把实践活动引向深入。"
     "柳河镇共为群众办实事36件。",
     {"unit": "柳河镇", "locality": "青川县"}),
    # a town the text names without its county: no locality
    ("标题\n\n今年以来,柳河镇党委坚持党建引领,组织党员干部深入农户走访,为群众办实事20件。",
     {"locality": None}),
    # a city's company named by the city's stem and the company's kind
    ("本报讯 5月3日,国网东坡(东川)共产党员服务队来到东川市青山区幸福小区,检修小区的线路。"
     "检修老旧线路是东川供电公司“我为群众办实事”实践活动中的一项具体工作。\n\n"
     "幸福小区建于上世纪90年代,今年被列入青山区老旧小区改造名单,服务队结合改造进度更换了损坏的线路。\n\n"
     "当前,东川市文明创建工作进入攻坚阶段。东川供电公司将线路检修列入办实事清单。",
     {"unit": "东川供电公司"}),
    # a city's paper in the dateline's bracket is the publication, not the actor
    ("标题\n\n本报讯(东川日报社记者 张三)近日,东川市青山区召开主题教育推进会,全区党员干部300余人参加会议。",
     {"unit": "青山区"}),
    # a verb before a place's office opens a clause: the town the text speaks as is the unit
    ("本报讯 “到村委大院开会去!”连日来,柳河镇各村群众纷纷召开“开门抓教育”的相关会议,广泛征求群众意见,"
     "并立即对征集到的意见加以落实。这是该镇开展主题教育的成效。\n"
     "主题教育开展以来,柳河镇在做好规定动作的同时,紧密结合韩城市委开展的“实事大家办”要求,坚持开门搞教育。\n"
     "该镇汇编了学习资料,全镇24个村都组织群众参加会议。",
     {"unit": "柳河镇"}),
    # a team named by its office, 驻 and its village: the team, its locality the office's
    ("东川市农业农村局驻青川县柳河乡石门村帮扶工作队2018年工作总结\n\n根据市委统一部署,石门村被确定为东川市"
     "农业农村局帮扶村。工作队驻村以来,走访农户120户。",
     {"unit": "东川市农业农村局驻青川县柳河乡石门村帮扶工作队", "locality": "东川市"}),
    # a team sent by a verb: the office that sends it, never the village it works in
    ("东坡网讯(张三 李四)“快请坐!”贫困户王某一边招呼,一边忙着倒水。8月7日上午,县委办下派到杨柳村驻村帮扶工作队"
     "在该村支部书记的带领下来到王某家中,开展入户调查。\n\n据了解,工作队连日来走访杨柳村农户48户。",
     {"unit": "县委办"}),
    # a team of no named place is its office's
    ("本报讯 (通讯员王明) 今年以来,县农业局驻村工作队和帮扶干部扎实开展精准扶贫工作,走访贫困户60户。",
     {"unit": "县农业局"}),
    # a department's party body acting in the title; the place named only where a helper sits
    ("内科党支部开展“党员先锋日”义诊活动\n\n为深入开展教育实践活动,切实解决群众看病难问题,6月5日,由内科党支部"
     "组织的专家队伍在支部书记的带领下来到人民广场开展义诊活动。\n\n活动得到了东川市青山区政协工作室的大力支持,东川日报等媒体进行了报道。",
     {"unit": "内科党支部"}),
    # a site's dateline with the date before 消息
    ("标题\n\n东坡网青川10月15日消息(记者张明 通讯员王丽)自学习教育开展以来,青川县柳河镇扎实推进"
     "“我为群众办实事”实践活动。",
     {"source": "东坡网", "authors": ["张明", "王丽"]}),
    # a deck run onto the headline's line
    ("奏响“三部曲” 推动大调研 ——青川经济开发区调查研究工作扎实推进\n\n为推动调查研究走深走实,"
     "青川经济开发区扎实开展各项调研活动,着力察实情、找问题。",
     {"title": "奏响“三部曲” 推动大调研"}),
    # a dash set close: one headline as written, deck and all
    ("一枝一叶总关情——青川县柳河镇党的群众路线教育实践活动纪实\n\n柳河镇把群众的小事当作镇里的大事,今年确定实事12件。",
     {"title": "一枝一叶总关情——青川县柳河镇党的群众路线教育实践活动纪实"}),
]


SHAPES += [
    # a closing bracket of one name ending in 文: the name, not a writer's part
    ("标题\n\n近日,柳河镇召开会议,部署办实事工作,全镇已完成事项108项,剩余19项正在推进中。(张建文)",
     {"authors": ["张建文"]}),
    # set apart, 文 is the part
    ("标题\n\n近日,柳河镇召开会议,部署办实事工作,全镇已完成事项108项,剩余19项正在推进中。(张建 文)",
     {"authors": ["张建"]}),
    # the closing byline before a page's recommended links
    ("青川创新举措确保主题教育取得实效\n\n东坡日报   2019-12-04 15:12\n\n笔者昨日获悉,自11月下旬起,青川县对主题教育"
     "整治涉及的看病难、就学难等问题开展专项巡察。\n\n据了解,青川县成立县委专项巡察组。 (张国强 王文军)\n\n新闻推荐\n\n"
     "频道推荐\n  • 某区第二实验小学加快建设\n  • 24小时新闻排行榜",
     {"authors": ["张国强", "王文军"], "source": "东坡日报"}),
    # a closing editor's line after the publication's name: the source, no author
    ("1月2日,东川县政府向县政协征求《政府工作报告》(征求意见稿)的意见。县政协主席及各专委负责人参加。\n"
     "座谈会上,与会人员提出了具体意见和建议。\n(东坡在线编辑:王文洁) |",
     {"authors": [], "source": "东坡在线"}),
    # a bulletin's masthead: the headline under the issuing line, the bulletin's name, its issuer
    ("中共东坡大学化学化工学院委员会\n深入学习实践科学发展观活动\n简 报\n第 8 期\n中共东坡大学化学化工学院委员会\n"
     "深入学习实践科学发展观活动领导小组 2009年4月8日\n━━━━━━━━ ★ ━━━━━━━━\n广纳良言 共谋发展\n"
     "——化学化工学院召开师生座谈会\n2009年4月7日下午,化学化工学院在学院会议室召开师生座谈会,学院党政领导、"
     "各党支部书记和师生代表参加了座谈会。与会人员围绕学院发展提出了意见和建议。",
     {"title": "广纳良言 共谋发展", "source": "深入学习实践科学发展观活动简报", "date": "2009-04-08",
      "unit": "中共东坡大学化学化工学院委员会"}),
    # a document's head run into one line with its text: the title and the bracketed date
    ("第1页共6页柳河镇深入开展创先争优活动情况汇报(2010年6月8日)尊敬的各位领导:首先我代表柳河镇党委、人大、政府"
     "对各位领导莅临我镇检查指导表示热烈的欢迎。下面,我就柳河镇开展创先争优活动情况汇报如下:",
     {"title": "柳河镇深入开展创先争优活动情况汇报", "date": "2010-06-08", "unit": "柳河镇"}),
    ("第1页共9页石门村扶贫开发工作自评报告力促贫困户脱贫致富市农业局等单位驻柳河镇石门村工作组(2013年3月8日)"
     "根据省、市扶贫工作部署,市农业局等5个帮扶单位累计投入资金120万元,选派干部进驻石门村开展工作。",
     {"title": "石门村扶贫开发工作自评报告", "date": "2013-03-08", "unit": "市农业局等单位驻柳河镇石门村工作组"}),
]


SHAPES += [
    # a team that helps is no actor
    ("标题\n\n今年以来,柳河镇在市财政局驻柳河镇石门村工作队的帮助下,扎实开展精准扶贫工作,走访贫困户60户。"
     "柳河镇共投入资金50万元。",
     {"unit": "柳河镇"}),
    # a town and an industrial park reporting jointly, named together again
    ("党史学习教育开展以来,柳河镇、青川工业园始终坚持把学习党史同推动工作结合起来,扎实开展“我为群众办实事”"
     "实践活动,交出高质量发展的“成绩单”。这份成绩单,见证着柳河镇、青川工业园800多名党员干部的初心使命。",
     {"unit": "柳河镇、青川工业园"}),
    # named together once, the pair is no unit of its own
    ("近日,柳河镇、石桥镇相继召开党史学习教育动员会,全县各乡镇都已完成动员部署,青川县共召开动员会18场。",
     {"unit": "青川县"}),
]


SHAPES += [
    # a hospital's department's party body, the hospital named: the body under its hospital
    ("东坡市人民医院外科党支部开展义诊活动\n\n为深入开展党的群众路线教育实践活动,5月20日,东坡市人民医院外科党支部"
     "组织专家10余人来到青山广场开展义诊活动,服务群众500余人次。",
     {"unit": "东坡市人民医院外科党支部"}),
    # a closing bracket naming the unit that sent the text: no author, and the unit the title names by its kind
    ("化学学院召开学习实践活动动员大会\n\n4月8日下午,化学学院在学术报告厅召开深入学习实践科学发展观活动动员大会,"
     "学院党政领导、全体教职工和学生代表300余人参加会议。\n\n(东坡大学化学学院 王明)",
     {"unit": "东坡大学化学学院", "authors": ["王明"]}),
    ("标题\n\n近日,化学学院召开学习实践活动动员大会,学院党委书记作动员讲话,全院师生300余人参加会议,会议对活动作了"
     "全面部署。\n\n(化学学院 供稿)",
     {"unit": "化学学院", "authors": []}),
]


SHAPES += [
    # 驻 + a village of a common stem + the team's ending: the frame names the place
    ("标题\n\n自驻村以来,青川县水利局驻石门村工作队坚持把精准扶贫作为首要任务,走访贫困户48户。石门村村容村貌焕然一新。",
     {"unit": "青川县水利局驻石门村工作队", "locality": "青川县"}),
    # a team named by its village and its work, opening the clause: the team as written, never the village
    ("标题\n\n8月以来,石门村驻村工作队深入农户走访,走访贫困户48户,收集意见建议20条。工作队由县水利局选派。"
     "石门村村容村貌焕然一新。",
     {"unit": "石门村驻村工作队"}),
    # a quantifier names no village: no team
    ("标题\n\n今年以来,县财政局驻各村工作队扎实开展精准扶贫帮扶工作,走访贫困户60户,落实帮扶资金20万元。",
     {"unit": "县财政局"}),
]


SHAPES += [
    # a name spelled out from a measure word's character (张 + 窑 + 镇), opening the text with no number before it
    ("张窑镇自党史学习教育开展以来,积极践行初心使命,把学习成效转化为为民办实事的实际行动。\n\n"
     "张窑镇全体党员每月开展一次党史专题学习,走访群众320户。",
     {"unit": "张窑镇"}),
]


BODY = ("今年以来,青川县认真开展党的群众路线教育实践活动,召开座谈会12场,征求意见建议300条,查摆问题80个,"
        "建立健全制度20项。")
SHAPES += [
    ("青川县教育实践活动工作总结\n\n中共青川县委办公室\n(2014年5月20日)\n\n" + BODY,
     {"title": "青川县教育实践活动工作总结", "date": "2014-05-20", "unit": "青川县"}),
    ("青川县教育实践活动工作总结\n\n中共青川县委办公室\n2014年5月20日\n\n" + BODY,
     {"title": "青川县教育实践活动工作总结", "date": "2014-05-20", "unit": "青川县"}),
    # an office's own report, its party group issuing: the office
    ("青川县农业局教育实践活动工作总结\n\n中共青川县农业局党组\n2014年5月20日\n\n" + BODY.replace("青川县认真", "我局认真"),
     {"title": "青川县农业局教育实践活动工作总结", "unit": "青川县农业局"}),
    ("青川县教育实践活动工作总结\n\n" + BODY + "\n\n中共青川县委办公室\n二〇一四年五月二十日",
     {"title": "青川县教育实践活动工作总结", "date": "2014-05-20"}),
]


SHAPES += [
    ("标题\n\n东坡市是全国文明城市。近日,东坡市第一人民医院组织医护人员深入社区开展义诊,服务群众300余人次,"
     "发放宣传资料500份。",
     {"unit": "东坡市第一人民医院"}),
    ("标题\n\n今年以来,东坡烟草专卖局(公司)坚持党建引领,深入开展主题教育,走访零售客户1200户,收集意见建议86条。",
     {"unit": "东坡烟草专卖局(公司)"}),
    ("标题\n\n本报讯 近日,在东坡市青山区,一支身穿红马甲的队伍格外引人注目。他们是华能东坡电厂的党员志愿者,正在为"
     "社区居民义务检修电器。据了解,华能东坡电厂今年以来已开展志愿服务20余次。",
     {"unit": "华能东坡电厂"}),
]


SHAPES += [
    ("青川县扎实推进主题教育_工作动态_东坡市人民政府网\n\n青川县扎实推进主题教育\n\n2019-06-12 来源:东坡日报\n\n"
     "近日,青川县召开主题教育推进会,全县党员干部300余人参加会议。会议要求,各级党组织要高度重视。",
     {"title": "青川县扎实推进主题教育", "unit": "青川县", "source": "东坡日报"}),
]


SHAPES += [
    ("中共青川县委深入学习实践科学发展观活动领导小组办公室\n学习实践活动简报\n第5期\n2009年4月10日\n\n"
     "柳河镇多措并举推进学习实践活动\n\n今年以来,柳河镇紧紧围绕学习实践活动总体部署,召开座谈会8场,征求意见建议120条,"
     "解决实际问题30个。",
     {"title": "柳河镇多措并举推进学习实践活动", "date": "2009-04-10", "source": "学习实践活动简报", "unit": "柳河镇"}),
]


SHAPES += [
    ("标题\n\n东坡市是历史文化名城。近日,中国银行东坡分行组织党员志愿者走进社区,开展金融知识宣传活动,服务群众300余人次。"
     "东坡市民纷纷点赞。",
     {"unit": "中国银行东坡分行"}),
]


@pytest.mark.parametrize(("name", "identified"), [
    ("柳河镇、青川工业园", True),  # two named units reporting jointly: one row
    ("省委、市委", False),  # two levels' offices, no place named: a fragment
    ("柳河镇、扎实推进", False),
])
def test_two_units_named_as_one_row(name, identified):
    from reportgen.aggregate.rules import load_rules
    from reportgen.aggregate.units import is_unit_name

    assert is_unit_name(name, load_rules().units) is identified


@pytest.mark.parametrize(("text", "want"), SHAPES)
def test_round11_metadata_shapes(text, want):
    article = extract_article(text)
    for field, value in want.items():
        assert getattr(article, field) == value, (field, getattr(article, field))


@pytest.mark.parametrize(("text", "places"), [
    ("清泉镇党委召开专题会议", ["清泉镇"]),  # a common noun before a town's own committee
    ("近日,基层县委书记培训班开班", []),  # a frequent word before a level's office names no county
    ("市委市政府召开会议", []),  # two offices side by side, no place
])
def test_a_place_named_with_its_own_office(lexicon, text, places):
    from reportgen.extract.places import find_places
    assert find_places(text, lexicon) == places


def test_a_newspaper_pages_header_dates_every_article_on_it(lexicon):
    from reportgen.extract import extract
    from reportgen.ingest.text import read_text
    from reportgen.normalise import normalise

    from conftest import shipped_normalise_rules

    text = ("东坡日报 2014年5月20日 第3版\n\n青川县扎实推进教育实践活动\n\n□本报记者 张三\n\n今年以来,青川县认真开展党的"
            "群众路线教育实践活动,召开座谈会12场,征求意见建议300条,查摆问题80个,活动取得明显成效。\n\n"
            "柳河镇开展为民服务活动\n\n□通讯员 李四\n\n近日,柳河镇组织党员干部深入农户开展为民服务活动,走访农户200户,"
            "帮助群众解决实际困难36件,受到群众好评。")
    articles = extract(normalise(read_text(text.encode("utf-8"))[0], shipped_normalise_rules()), lexicon)
    assert [(a.title, a.date, a.source, a.authors) for a in articles] == [
        ("青川县扎实推进教育实践活动", "2014-05-20", "东坡日报", ["张三"]),
        ("柳河镇开展为民服务活动", "2014-05-20", "东坡日报", ["李四"]),
    ]
