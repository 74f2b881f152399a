"""Metadata shapes that recur across the round-10 pool of collections (invented sentences of the genre).

A party committee's department named after its county (某县委统战部): the unit where the text names it again, a
superior where it is named once. A kicker naming county and town by their stems (某县's stem + 某乡's stem：标题). A
site's dateline closing with 消息 before its bracketed byline; an editor's line, no byline; a byline run
unbracketed after the dateline to 报道： (本报讯 记者某某、通讯员某某报道：); a closing byline that lost its bracket. An
institution a report written inside it names by its kind alone (集团公司召开…); a company's name of common words right
after the dateline; a group's numbered division (某某集团公司一院); a place masked by one mark (*县委). A page header run
into the first paragraph (某某日报数字报 2021-10-20日前，…). A document's title run into its first paragraph before the
date the text opens with. A headline 某地：某某事 over shorter captions; a village opening the lead's address where
the text speaks as its town (该镇, 全镇). The line right above a page's header, below a search form's lines. A 来源 as
short as a name opening with a common word (文明 + 风). A county's name the dictionary hardly knows between a city
and its office (某市 + 某某 + 检察院). A copula after a place (某村是…) opens no place's name. A page's closing
credits (来源 / 某某网). A text speaking as a town that names only its county has no unit.
"""
from __future__ import annotations

import pytest

from conftest import extract_article

SHAPES = [
    # a party committee's department the text names again (by its level) is the lead's actor
    ("为民办实事见行动\n\n自学习教育开展以来,青川县委统战部将学习与“为民办实事”紧密结合,号召全体党员干部"
     "为群众谋实事、解难题。近日,柳河乡石门村实施道路修缮项目,解决村民出行难题。\n\n"
     "截至目前,石门村的道路修缮已全部结束。下一步,县委统战部将继续把办实事贯穿学习教育始终。",
     {"unit": "青川县委统战部", "locality": "青川县"}),
    # named once, approving another's work: a superior
    ("标题\n\n日前,青川县委组织部批复同意,青川县农业农村局学习教育转入整改落实阶段。青川县农业农村局"
     "召开专题会议,征求意见建议30条。",
     {"unit": "青川县农业农村局"}),
    # a department by its level, named once, announcing: the committee the text reports is the unit
    ("9月3日上午,市委宣传部在市民中心召开“我为群众办实事”成果发布会,通报我市活动开展情况,发布市直部门15项民生项目。\n"
     "今年以来,市委坚持把实践活动作为学习教育的重要抓手,推动党员干部为群众办实事、解难题,全市确定实事项目1200项。",
     {"unit": "市委"}),
    # a page field's value after its colon is no headline 某地：某某事
    ("时间:2020-03-12 大 中 小\n东坡县人民政府办公室\n关于征集2021年民生实事的通知\n各乡(镇)人民政府,县人民政府各委、局、办:\n"
     "为切实保障和改善民生,不断满足人民群众日益增长的美好生活需要,现就公开征集2021年民生实事有关事项通知如下:\n"
     "一、征集原则\n坚持以人民为中心。",
     {"title": "关于征集2021年民生实事的通知"}),
    # county and town by their stems: the town (the lead names its office: either is the unit)
    ("青川柳河:“把脉问诊”让学习教育见实效\n\n近日,在青川县工业园区厂房建设现场,柳河乡领导班子为园区发展"
     "存在的问题提出解决意见。\n\n柳河乡党委高度重视,迅速召开部署会,查找问题10个,制定整改措施17条。",
     {"locality": "青川县", "unit_opens": "柳河乡"}),
    ("标题\n\n南江网消息(东坡日报记者 张晓红 通讯员 刘艳) 近日,青川县柳河乡召开主题教育推进会,"
     "全乡党员干部80余人参加会议。",
     {"source": "南江网", "authors": ["张晓红", "刘艳"]}),
    ("标题\n\n东坡网讯(张晓明通讯员刘世明 赵洪波)为庆祝建军节,青川县人民检察院在柳河镇开展了系列走访活动,"
     "征求意见建议12条。\n\n通过开展上述活动,密切了检民联系。\n\n(责任编辑 王顺达)",
     {"authors": ["张晓明", "刘世明", "赵洪波"]}),
    ("2006年3月2日,集团公司召开先进性教育活动第二阶段动员大会,总结前一阶段工作,部署下一阶段任务。"
     "集团党委副书记主持会议。\n\n自活动开展以来,集团公司坚持领导带头,召开座谈会12场。",
     {"unit": "集团公司"}),
    # a company's name of common words, right after the dateline: the actor
    ("标题\n\n东坡讯 电建国际集团党委自6月初启动主题教育以来,各级党组织认真学习活动精神,深刻理解活动内涵,"
     "有效地促进了公司发展。\n\n电建国际党委制定了实施方案。",
     {"unit_opens": "电建国际集团"}),
    # a place masked by one mark before its level (*县委): the text hides its unit, which stays empty
    ("县以“夜访”推广“下基层”工作总结\n\n在主题教育中,*县委坚持把推广“下基层”作为开展主题教育的重要抓手,"
     "探索推行“干部夜访”工作机制,推动党员干部深入基层一线访民情、解难题。",
     {"unit": None}),
    ("标题\n\n本报讯 记者张明远、通讯员陈琳、田亮报道:连日来,青川县组织县直、乡镇两级巡查组,深入各单位开展专项"
     "交叉巡查,查找问题32个。",
     {"authors": ["张明远", "陈琳", "田亮"]}),
    # a closing byline whose bracket the page lost
    ("标题\n\n2006年5月11日,柳河公司召开先进性教育活动总结大会,部署下一阶段工作,全体党员120人参加会议。\n\n"
     "会议要求各级党组织扎实搞好集中整改。(郭敏 摄影报道",
     {"authors": ["郭敏"]}),
    # a text speaking as a town (该镇) that names only its county: not the county's report, the unit stays empty
    ("今年9月份,青川县一位村民在镇党委、政府的大力扶持下,投入3万元承包了8个养鸭大棚,收入达3.2万元。"
     "这是该镇在学习实践活动中为民办实事的一个实例。\n\n活动一开始,镇党委、政府就确定了12件实事工程。",
     {"unit": None}),
    # a page's closing credits, one field a line
    ("通讯员 王明\n自学习教育开展以来,青川县委统战部将学习与“为民办实事”紧密结合,为群众谋实事、解难题,"
     "修缮道路1000多米。\n下一步,县委统战部将继续把办实事贯穿始终。\n来源 / 东坡广视网\n责任编辑 / 张雪\n"
     "审核 / 李俊 刘明\n终审 / 平安",
     {"source": "东坡广视网", "authors": ["王明"]}),
    # a 来源 as short as a name: a publication where it opens with a common word, a person where with a family name
    ("柳河镇倾力奏响文明乐章\n2021-11-16 17:27:34 来源:时代风 责任编辑:康山\n\n自今年8月以来,柳河镇开展常态化文明"
     "创建工作,召集街道、社区、企事业单位等共同加入志愿服务队伍,凝结共建单位110多家。",
     {"source": "时代风", "date": "2021-11-16"}),
    ("柳河镇倾力奏响文明乐章\n2021-11-16 17:27:34 来源:李文明 责任编辑:康山\n\n自今年8月以来,柳河镇开展常态化文明"
     "创建工作,召集街道、社区、企事业单位等共同加入志愿服务队伍,凝结共建单位110多家。",
     {"source": None}),
    # a group's numbered division after the group's name
    ("华宇航天科技集团公司五院自教育实践活动开展以来,在整改措施方面,共制定具体措施60项。截至目前,五院已完成了"
     "9项整改工作,其余整改措施分解落实到各部门。",
     {"unit": "华宇航天科技集团公司五院"}),
    # the kind with its office still wins over the kind alone
    ("标题\n\n近日,公司党委召开专题会议,部署主题教育工作。公司召开座谈会5场,收集意见建议30条。",
     {"unit": "公司党委"}),
    ("柳河镇办好惠民实事\n\n东坡日报数字报 2021-10-20日前,柳河镇党委召开行动汇报交流会,各支部负责人汇报活动"
     "开展情况,全镇40多个支部已为群众办实事530多件。",
     {"date": "2021-10-20", "source_opens": "东坡日报"}),
    # a headline naming its place before a colon, over a photo's shorter captions: the title
    ("青川:为民修路暖人心\n机械施工作业\n集镇道路\n自学习教育开展以来,青川县柳河镇石门村积极争取农村公路建设项目支持,"
     "加强道路交通基础设施建设,持续改善人居环境。\n今年,青川县柳河镇组织镇村干部进村入户,先后4次召开户主会议。"
     "至目前,该镇的所有村组道路都已经铺通,全镇铺筑通组道路36公里。",
     {"title": "青川:为民修路暖人心", "unit": "柳河镇"}),
    # a search form's lines read as the title above the line right over the page's header: that line is the title
    ("col_news_3\n \n请输入检索内容\n开始:\n结束:\n日期格式:YYYY-MM-DD\n \n主题教育活动报道(三)\n\n"
     "作者(来源):张晓敏    发布时间: 2019-05-11\n\n2019年5月10日下午,东坡一小的全体党员和入党积极分子在阶梯教室"
     "集中开展学习活动,学习有关文件。\n\n本次活动分为三项内容,首先由党支部副书记导学文件。",
     {"title": "主题教育活动报道(三)", "authors": ["张晓敏"], "date": "2019-05-11"}),
    ("1、市中心医院创优争先活动开展情况阶段总结6 月 14 日 ,我院召开创优争先动员部署大会后,全面启动了"
     "在医院基层党组织和党员中深入开展创优争先的各项工作。\n\n一、再动员、再部署\n\n医院成立了活动领导小组。",
     {"title": "市中心医院创优争先活动开展情况阶段总结"}),
]


@pytest.mark.parametrize(("text", "want"), SHAPES)
def test_round10_metadata_shapes(text, want):
    article = extract_article(text)
    for field, value in want.items():
        if field.endswith("_opens"):
            got = getattr(article, field.removesuffix("_opens"))
            assert got and got.startswith(value), (field, got)
        else:
            assert getattr(article, field) == value, (field, getattr(article, field))


def test_a_county_name_the_dictionary_hardly_knows_between_city_and_office_is_part_of_the_name(lexicon):
    from reportgen.extract.places import find_organisations, find_places
    text = "为庆祝建军节,东川市安固检察院以教育实践活动为契机,在镇上开展了系列活动。"
    names = [o.name for o in find_organisations(text, find_places(text, lexicon), lexicon)]
    assert names == ["东川市安固检察院"]  # 安固: a verb the dictionary hardly knows
    clause = "近日,东川市召开局务会议"
    assert find_organisations(clause, find_places(clause, lexicon), lexicon) == []


@pytest.mark.parametrize(("text", "places"), [
    ("卢家村是金北开发区东区二期征地村", ["卢家村", "金北开发区"]),
    ("何家村是丰西开发区东区二期征地村", ["何家村"]),
])
def test_a_copula_after_a_place_opens_its_predicate_not_the_next_places_name(lexicon, text, places):
    from reportgen.extract.places import find_places
    assert find_places(text, lexicon) == places
