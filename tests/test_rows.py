"""Which articles are rows and under which name (``aggregate/rules.toml`` ``[relevance]``, ``[unit_names]``).

Invented articles of the genre; no place, unit or sentence of a tuning text.
"""
from __future__ import annotations

import pytest

from reportgen.aggregate import compare
from reportgen.records import Article, Extraction, Figure, Source
from reportgen.taxonomy import load_taxonomy

TAXONOMY = load_taxonomy()


def _batch(*articles: tuple[str, str, str]) -> list[Extraction]:
    """One file per (unit, title, body)."""
    return [Extraction(Source(path=f"r{n}.txt", sha256=f"sha{n}"),
                       [Article(title=title, unit=unit, paragraphs=[body], figures=[])])
            for n, (unit, title, body) in enumerate(articles)]


@pytest.mark.parametrize(("title", "body"), [
    ("青岚县河湖长制工作获评优秀",
     "近日,记者从县河长办获悉,全县推行河湖长制以来,累计投入资金300多万元,聘用保洁员120名每天巡河。"),
    ("标题", "县里把精准扶贫作为头号工程,投资1200万元新建村道36公里。脱贫攻坚以来,解决了9个村的饮水困难。"),
    ("镇里深入推进乡村振兴", "围绕乡村振兴,建成示范村4个,硬化村组道路18公里。"),
    ("标题", "中秋前夕,县里落实结对帮扶责任,各结对帮扶单位走访慰问困难家庭130户,送去月饼和慰问金。"),
], ids=["river-chiefs", "poverty-alleviation", "rural-revitalisation", "paired-assistance"])
def test_standing_drives_of_government_work_are_rows(title, body):
    c = compare(_batch(("青岚县", title, body)), TAXONOMY)
    assert c.units == ["青岚县"] and c.excluded.empty


@pytest.mark.parametrize("body", [
    "记者从市统计局获悉,一季度全市规模以上工业增加值增长8%,乡村振兴重点项目完成投资42亿元。",
    "记者从市商务局获悉,一季度全市新设外资企业36家,实际使用外资9.2亿元,营商环境持续优化。",
], ids=["rural-revitalisation", "business-environment"])
def test_a_drive_named_in_passing_makes_no_news_item_a_row(body):
    c = compare(_batch(("青岚市", "一季度经济稳中有升", body)), TAXONOMY)
    assert c.units == [] and len(c.excluded) == 1


def test_a_report_laid_out_point_by_point_needs_one_work_word():
    body = ("青岚县把产业发展与村容改造结合起来。一是明确目标。编制村级规划22个,倒排工期。"
            "二是紧盯重点。新建冷库3座,集中解决群众出行难的问题。")
    c = compare(_batch(("青岚县", None, body)), TAXONOMY)
    assert c.units == ["青岚县"]


def test_a_unit_speaking_of_itself_needs_one_work_word():
    body = "今年以来,我局围绕便民服务开通网上办理通道,群众反映的办事难问题逐步得到解决,累计办件1.2万件。"
    c = compare(_batch(("青岚县政务服务局", "标题", body)), TAXONOMY)
    assert c.units == ["青岚县政务服务局"]


@pytest.mark.parametrize(("title", "body"), [
    ("新建公园12个", "本报讯 本市今年新建口袋公园12个,市民反映的停车问题将随二期工程逐步缓解。"),
    ("春季车展开幕", "本站讯 4月3日,春季车展在会展中心开幕,参展车企86家,现场成交问题车辆退换通道同步开放。"),
    ("一季度外贸回暖", "记者从海关获悉,一季度全市进出口总额420亿元,同比增长9%,企业反映的通关问题有所缓解。"),
], ids=["city-paper", "web-site", "economic-news"])
def test_news_with_one_work_word_is_still_no_row(title, body):
    c = compare(_batch(("青岚市", title, body)), TAXONOMY)
    assert c.units == [] and len(c.excluded) == 1


def test_a_news_item_that_keeps_returning_to_party_members_is_a_row():
    body = ("青岚日报讯 记者从青岚区委组织部获悉,青岚区“千名党员进课堂”活动正在进行。讲师深入各党组织送学上门,"
            "实现全区党员全覆盖、28个党组织全覆盖。行动不便的党员由所在党组织上门辅导,全区党员参学率达到98%。")
    c = compare(_batch(("青岚区", None, body)), TAXONOMY)
    assert c.units == ["青岚区"] and c.excluded.empty


def test_news_that_names_party_members_a_few_times_in_passing_is_still_no_row():
    body = ("记者从市市场监管局获悉,一季度全市新增市场主体1.2万户,其中非公企业新建党组织36个,"
            "新发展党员120名。全市党组织覆盖率稳步提高,外贸企业订单回暖。")
    c = compare(_batch(("青岚市", "一季度市场主体稳步增长", body)), TAXONOMY)
    assert c.units == [] and len(c.excluded) == 1


@pytest.mark.parametrize("unit", ["助力园区", "扎实推进创建的镇", "持续开展走访的社区"])
def test_a_fragment_of_a_sentence_that_ends_like_a_name_is_left_to_the_editor(unit):
    body = "主题教育开展以来,干部深入企业走访,收集意见建议25条,整改问题9个。"
    c = compare(_batch((unit, "标题", body)), TAXONOMY)
    row = c.rows.iloc[0]
    assert not row["identified"] and unit not in c.units
    assert "no_unit" in set(c.flags["code"])


def _paragraphs(unit: str, title: str | None, paragraphs: list[str]) -> list[Extraction]:
    return [Extraction(Source(path="r.txt", sha256="sha"),
                       [Article(title=title, unit=unit, paragraphs=paragraphs, figures=[])])]


CAMPAIGN_BODY = "主题教育开展以来,各级党组织征求意见建议300余条,查摆问题86个,整改落实到位70个。"


@pytest.mark.parametrize(("title", "paragraphs", "says"), [
    ("在全县主题教育总结大会上的讲话（2019年12月6日）", [CAMPAIGN_BODY], "讲话"),
    (None, ["同志们：", CAMPAIGN_BODY], "讲话"),
    ("关于深入开展主题教育的实施方案", [CAMPAIGN_BODY], "通知"),
    ("标题", ["各乡镇党委,县直各单位党组(党委)：", CAMPAIGN_BODY], "通知"),
    ("市委书记柳青山到青岚县调研主题教育工作", [CAMPAIGN_BODY], "领导"),
    ("扎根山村二十年——记青岚县白沙村党支部书记柳青山", [CAMPAIGN_BODY], "一个人"),
    ("青岚县“我为群众办实事”实践活动实施方案", ["一、总体要求", CAMPAIGN_BODY], "通知"),
    ("中共青岚县委办公室印发《主题教育工作要点》的通知", [CAMPAIGN_BODY], "通知"),
    (None, ["为扎实开展主题教育,结合我县实际,特制定本方案。", CAMPAIGN_BODY], "通知"),
    ("标题", ["为推动主题教育走深走实,现将有关事项通知如下：", CAMPAIGN_BODY], "通知"),
    (None, ["为全面推行林长制,结合我县实际,制定本工作方案。", CAMPAIGN_BODY], "通知"),
    ("标题", ["5月8日,市委第二督导组一行5人到青岚县开展主题教育回访督导工作。", CAMPAIGN_BODY], "督查"),
    (None, ["本周起,省委巡回指导组在组长柳青山的带领下,来白沙区开展为期三天的督查。", CAMPAIGN_BODY], "督查"),
    ("标题", ["6月2日下午,区委常委、宣传部部长柳青山来白沙街道调研“我为群众办实事”工作。", CAMPAIGN_BODY], "调研"),
], ids=["speech-title-with-date", "speech-address", "policy-text", "notice-addressees", "leaders-visit",
        "profile-of-a-person", "a-plan-under-its-own-title", "a-notice-issuing-a-text", "a-plan-says-so",
        "a-notice-says-so", "a-work-plan-says-so", "a-team-visiting-in-the-opening",
        "a-guidance-team-coming-to-inspect", "a-leader-coming-to-look"])
def test_speeches_notices_and_a_leaders_visit_are_no_rows(title, paragraphs, says):
    c = compare(_paragraphs("青岚县", title, paragraphs), TAXONOMY)
    assert c.units == [] and len(c.excluded) == 1
    assert says in c.excluded.iloc[0]["reason"]


@pytest.mark.parametrize("opening", [
    "5月以来,县委派出3个督导组到各乡镇督导主题教育开展情况,逐一反馈问题。",
    "4月9日,县委召开主题教育推进会,市委督导组副组长柳青山到会指导。",
    "县委书记柳青山带队深入白沙镇调研,与群众面对面交流。",
], ids=["own-teams-sent-to-its-towns", "a-guest-at-the-units-own-meeting", "a-leader-leading-the-units-cadres"])
def test_a_units_own_teams_and_guests_at_its_meetings_keep_it_a_row(opening):
    c = compare(_paragraphs("青岚县", "标题", [opening, CAMPAIGN_BODY]), TAXONOMY)
    assert c.units == ["青岚县"] and c.excluded.empty


LEADERS_MEETING = ["6月3日,全县主题教育工作部署会召开。县委书记柳青山讲了专题党课,县长白松主持会议。",
                   "柳青山指出,开展主题教育是推进全面从严治党的迫切需要,要深入查摆问题,真抓实改。",
                   "会上,柳青山强调,要强化组织领导,突出问题导向,把主题教育和日常工作有机融合。",
                   "白松要求,要提高思想认识,坚持统筹兼顾,以发展成果检验主题教育成效。"]


def test_a_meeting_told_only_through_its_leaders_words_is_no_row():
    c = compare(_paragraphs("青岚县", None, LEADERS_MEETING), TAXONOMY)
    assert c.units == [] and "讲话" in c.excluded.iloc[0]["reason"]


def test_a_headline_saying_what_a_leader_said_at_a_meeting_is_no_row():
    title = "县委书记柳青山在全县主题教育推进会上强调 以钉钉子精神抓好整改落实"
    paragraphs = ["6月3日,全县主题教育推进会召开,县委书记柳青山出席并讲话。",
                  "会议要求,各级党组织要对照问题清单逐项整改,以整改实效取信于民。"]
    c = compare(_paragraphs("青岚县", title, paragraphs), TAXONOMY)
    assert c.units == [] and "讲话" in c.excluded.iloc[0]["reason"]


def test_a_meeting_that_states_the_work_done_stays_a_row():
    paragraphs = ["近日,青岚县召开主题教育推进会,总结前一阶段工作。",
                  "会议指出,主题教育开展以来,全县共查找问题860个,已完成整改512个。",
                  "会议要求,各级党组织要持续推进整改落实,巩固主题教育成果。"]
    c = compare(_paragraphs("青岚县", None, paragraphs), TAXONOMY)
    assert c.units == ["青岚县"] and c.excluded.empty


def test_a_leaders_words_that_report_a_count_of_work_stay_a_row():
    figure = Figure(text="860个", value=860, unit="个", object="问题", indicator="problems",
                    sentence="柳青山指出,主题教育开展以来,全县共查找问题860个。")
    article = Article(title=None, unit="青岚县", paragraphs=LEADERS_MEETING, figures=[figure])
    c = compare([Extraction(Source(path="r.txt", sha256="sha"), [article])], TAXONOMY)
    assert c.units == ["青岚县"]


@pytest.mark.parametrize(("title", "paragraphs", "says"), [
    (None, ["1月5日,青岚县政府向县政协征求《政府工作报告》(征求意见稿)的意见。", "座谈会上,与会人员提出了意见和建议。"],
     "政府"),
    ("中共青岚市委办公厅印发《关于在全市开展作风建设年活动的工作方案》",
     ["新华社青岚3月2日电 近日,中共青岚市委办公厅印发了《关于在全市开展作风建设年活动的工作方案》。", CAMPAIGN_BODY],
     "通知"),
    (None, ["近日,中共青岚市委印发了《关于开展主题教育的实施方案》,并发出通知,要求各地区各部门结合实际认真贯彻落实。",
            CAMPAIGN_BODY], "通知"),
    (None, ["《关于开展主题教育的实施方案》全文如下。", CAMPAIGN_BODY], "通知"),
    (None, ["为深入开展主题教育,现制定如下工作方案。", CAMPAIGN_BODY], "通知"),
    (None, ["下面,我讲三点意见。", CAMPAIGN_BODY], "讲话"),
    (None, ["尊敬的柳组长,同志们:", CAMPAIGN_BODY], "讲话"),
    (None, ["接下来,我再强调四点意见:", CAMPAIGN_BODY], "讲话"),
], ids=["a-government-work-report-consulted", "a-document-issued-under-a-news-agency-dateline",
        "a-call-on-all-regions-and-departments", "a-document-given-in-full", "a-plan-laid-down-below",
        "a-speaker-laying-out-his-points", "an-address-after-a-guest", "a-speaker-stressing-his-points"])
def test_a_governments_routine_business_a_relayed_document_and_a_speech_are_no_rows(title, paragraphs, says):
    c = compare(_paragraphs("青岚县", title, paragraphs), TAXONOMY)
    assert c.units == [] and says in c.excluded.iloc[0]["reason"]


def test_a_cppcc_session_with_a_long_body_name_is_no_row():
    """A session's opening, a long body name between 政协 and 次会议, and no campaign named."""
    paragraphs = ["1月30日,政协青岚彝族苗族自治县第十届委员会第三次会议开幕。",
                  "会上,县政协主席代表常务委员会作工作报告。",
                  "报告指出,2023年县政协围绕中心、服务大局,履职尽责有担当,建言献策有分量。"]
    c = compare(_paragraphs("青岚县政协", None, paragraphs), TAXONOMY)
    assert c.units == [] and "政府" in c.excluded.iloc[0]["reason"]


def test_a_campaign_report_that_names_the_government_work_report_stays_a_row():
    paragraphs = ["主题教育开展以来,青岚县把群众提出的意见建议写入《政府工作报告》,逐项整改。", CAMPAIGN_BODY]
    c = compare(_paragraphs("青岚县", "青岚县扎实推进主题教育", paragraphs), TAXONOMY)
    assert c.units == ["青岚县"]


PERSON = ["柳大山担任石桥村党支部书记十二年。上任之初,他发现村里的路一下雨就成了泥塘。他挨家挨户走访,听取意见建议。",
          "主题教育中,他把群众的事当成自己的事,走访群众86户,帮助解决实际困难15件。他常说:“群众的事再小也是大事。”",
          "村民们说,柳书记是大家的贴心人,都信得过他。"]


def test_a_feature_that_keeps_calling_its_subject_he_or_she_is_no_row():
    c = compare(_paragraphs("石桥村党支部", "一心为民的“泥腿子”书记", PERSON), TAXONOMY)
    assert c.units == [] and "一个人" in c.excluded.iloc[0]["reason"]


def test_a_units_report_that_quotes_a_person_stays_a_row():
    quoted = ["青岚县在主题教育中组织党员干部走访群众2300户,收集意见建议410条,整改问题96个。",
              "白沙村党支部书记柳大山说,他们把群众的事当成自己的事。他表示,村里将继续整改落实。",
              "下一步,全县将建立长效机制,持续推进整改落实,巩固主题教育成果,以实际成效取信于民。",
              "县委主题教育领导小组办公室加强督促指导,对各乡镇、各部门征求意见、检视问题、整改落实情况逐一跟踪问效,"
              "确保各项任务落到实处。"] * 5  # 他 five times in about a thousand characters
    c = compare(_paragraphs("青岚县", "青岚县扎实推进主题教育", quoted), TAXONOMY)
    assert c.units == ["青岚县"] and c.excluded.empty


@pytest.mark.parametrize(("title", "paragraphs"), [
    ("青岚县关于主题教育开展情况的报告", [CAMPAIGN_BODY]),
    ("县委常委会专题研究主题教育整改工作", ["会上,县委书记柳青山讲话。“同志们,整改要动真格。”", CAMPAIGN_BODY]),
    ("青岚县扎实推进主题教育", ["各乡镇、各部门迅速行动,层层召开动员会。", CAMPAIGN_BODY]),
    ("五个导向践行群众路线——记青岚县经信局教育实践活动", [CAMPAIGN_BODY]),
    ("县委书记带队深入村组慰问困难党员", [CAMPAIGN_BODY]),
], ids=["report-about", "quoted-address", "subject-not-addressees", "profile-of-a-unit", "leader-leads-the-work"])
def test_a_report_that_quotes_a_speech_or_names_its_departments_stays_a_row(title, paragraphs):
    c = compare(_paragraphs("青岚县", title, paragraphs), TAXONOMY)
    assert c.units == ["青岚县"] and c.excluded.empty


@pytest.mark.parametrize("names", [
    ["青岚街道党工委", "青岚街道办事处", "青岚街道"],
    ["白沙经济开发区管委会", "白沙经济开发区党工委"],
    ["中共青岚县委", "青岚县人民政府"],
], ids=["street-committee-and-office", "zone-committees", "county-committee-and-government"])
def test_a_places_party_committee_office_and_management_committee_are_one_row(names):
    c = compare(_batch(*[(name, f"标题{n}", CAMPAIGN_BODY) for n, name in enumerate(names)]), TAXONOMY)
    assert len(c.units) == 1 and c.rows.iloc[0]["articles"] == len(names)


def test_an_areas_office_and_committee_are_one_row_whatever_the_area_is_called():
    c = compare(_batch(("青岚路办事处", "标题", CAMPAIGN_BODY), ("青岚路党工委", "标题", CAMPAIGN_BODY),
                       ("青岚路社区", "标题", CAMPAIGN_BODY)), TAXONOMY)
    assert c.units == ["青岚路办事处", "青岚路社区"]


def _figures(unit: str, sentence: str, *specs: tuple[str, float, str, str]) -> list[Extraction]:
    """One drive report whose figures (text, value, measure word, object) are all in ``sentence``."""
    from reportgen.records import Figure

    figures = [Figure(text=t, value=v, unit=u, object=o, sentence=sentence, indicator=TAXONOMY.indicator_for(o, u))
               for t, v, u, o in specs]
    body = f"青岚县把精准扶贫作为头号工程。{sentence}精准扶贫各项工作有力推进。"
    return [Extraction(Source(path="r.txt", sha256="sha"),
                       [Article(title=None, unit=unit, paragraphs=[body], figures=figures)])]


def test_a_drive_reports_projects_and_resettled_households_not_its_whole_spending_or_visits():
    sentence = "投资1200万元,实施农村饮水安全项目28个;投资360万元,完成了12个村的电网改造;易地搬迁群众210户。"
    c = compare(_figures("青岚县", sentence, ("1200万元", 12_000_000, "元", "投资"), ("360万元", 3_600_000, "元", "投资"),
                         ("210户", 210, "户", "群众")), TAXONOMY)
    assert c.units == ["青岚县"]
    assert c.value("青岚县", "funds") is None and c.value("青岚县", "households") is None


def test_a_stated_whole_of_a_drives_spending_and_households_visited_are_cells():
    sentence = "全县共投资1500万元,实施农村饮水安全项目28个;干部入户走访群众2100户。"
    c = compare(_figures("青岚县", sentence, ("1500万元", 15_000_000, "元", "投资"), ("2100户", 2100, "户", "群众")),
                TAXONOMY)
    assert c.value("青岚县", "funds") == 15_000_000 and c.value("青岚县", "households") == 2100


@pytest.mark.parametrize("paragraphs", [
    ["4月2日,青岚县委常委会召开会议,传达学习上级关于开展学习教育的部署要求,研究全县贯彻落实工作。",
     "会议指出,开展这次学习教育是推进作风建设的重要举措,要提高政治站位,切实增强责任感。",
     "会议要求,查摆问题要准,整改落实要实,各级党组织要把学习教育同中心工作结合起来。",
     "会议强调,县委常委班子成员要以上率下,带头学习,带头查摆,带头整改。"],
    ["近日,白沙区政府党组召开扩大会议,研究部署政府系统主题教育工作。",
     "会议认为,主题教育是一次深刻的思想洗礼,必须以高度的政治自觉抓实抓好。",
     "会上,与会同志进行了交流发言。",
     "会议要求,要坚持学思用贯通,以主题教育成效推动各项工作提质增效。"],
    ["3月18日,青石镇党委召开党史学习教育动员部署会。",
     "会议明确,全镇各支部要迅速行动,制定方案,压实责任。",
     "会议号召,全镇广大党员干部要以昂扬的精神状态投入学习教育。"],
], ids=["standing-committee-relays-instructions", "party-group-deploys-with-a-speech-between", "town-mobilisation"])
def test_a_meeting_told_only_through_what_the_meeting_said_is_no_row(paragraphs):
    c = compare(_paragraphs("青岚县", None, paragraphs), TAXONOMY)
    assert c.units == [] and "讲话" in c.excluded.iloc[0]["reason"]


def test_a_meeting_whose_words_state_counts_of_work_stays_a_row():
    paragraphs = ["12月5日,青岚县召开主题教育总结大会。",
                  "会议指出,主题教育开展以来,全县党员干部走访群众2.3万户,收集意见建议1260条。",
                  "会议要求,要巩固拓展主题教育成果,建立健全长效机制。"]
    c = compare(_paragraphs("青岚县", None, paragraphs), TAXONOMY)
    assert c.units == ["青岚县"] and c.excluded.empty


SPEECH_PAGE = [
    "(三)巩固拓展学习成果,需要在落实上下更大功夫。经过前一阶段的学习讨论,我们在思想认识上有了新的提高,"
    "我们梳理了一批制约发展的难题,我们也看到了差距和不足。",
    "这些成果为我们下一步工作打下了基础。但我们也要清醒地看到,有的地方思路办法不多,落实的重点不突出。"
    "各地各单位要把学习成果转化为推动发展的实际举措,切实把各项部署落到实处。",
]


@pytest.mark.parametrize("paragraphs", [
    SPEECH_PAGE,
    ["同志们在前一段工作中付出了很多努力,我们取得的成绩来之不易。我们必须看到,群众还有不少期盼。",
     "我们开展这次主题教育,就是要解决群众急难愁盼的问题。各级党组织要坚持问题导向,我们的每一项整改都要让群众看得见。"],
    ["从全市情况看,我们的作风建设取得了明显成效,但我们也要看到存在的问题。",
     "下一步,我们要在三个方面下功夫。各部门要对照清单逐项整改,我们要以钉钉子精神抓落实。"],
], ids=["a-page-of-a-provincial-speech", "a-speech-to-party-organisations", "a-speech-to-departments"])
def test_a_speech_without_its_title_speaks_as_we_and_directs_its_audience(paragraphs):
    c = compare(_paragraphs("青岚市", None, paragraphs), TAXONOMY)
    assert c.units == [] and "讲话" in c.excluded.iloc[0]["reason"]


@pytest.mark.parametrize("paragraphs", [
    ["主题教育开展以来,我们坚持问题导向,我们组织党员干部走访群众1200户,我们收集意见建议310条。",
     "我们把整改落实作为关键,我们建立了问题清单,逐项销号。下一步,我们将继续巩固成果。"],
    ["青岚县在主题教育中深入走访群众。村支书柳大山说:“我们村的路修好了,我们心里高兴,我们感谢党的好政策,我们要跟党走。”",
     "各乡镇要把走访中收集的意见逐条梳理,县委将逐项跟踪问效。"],
], ids=["a-units-own-report-in-the-first-person", "a-report-quoting-we"])
def test_a_units_report_in_the_first_person_or_quoting_we_stays_a_row(paragraphs):
    c = compare(_paragraphs("青岚县", "青岚县扎实推进主题教育", paragraphs), TAXONOMY)
    assert c.units == ["青岚县"] and c.excluded.empty


@pytest.mark.parametrize(("title", "paragraphs"), [
    ("以钉钉子精神抓好整改落实——二论深入开展主题教育", [CAMPAIGN_BODY]),
    (None, ["本报评论员", "整改落实是主题教育的关键。各级党组织要坚持问题导向,把整改抓在手上。"]),
    ("我的党史学习教育学习心得", ["通过学习,我深刻认识到为民服务的重要意义。"]),
], ids=["a-numbered-commentary", "a-staff-commentators-article", "a-persons-essay"])
def test_a_commentary_or_an_essay_is_no_row(title, paragraphs):
    c = compare(_paragraphs("青岚县", title, paragraphs), TAXONOMY)
    assert c.units == [] and "评论" in c.excluded.iloc[0]["reason"]


def test_a_report_under_an_editors_note_stays_a_row():
    paragraphs = ["编者按：青岚县在主题教育中坚持开门纳谏,本报今日刊发该县的做法。", CAMPAIGN_BODY]
    c = compare(_paragraphs("青岚县", "青岚县开门纳谏推动整改", paragraphs), TAXONOMY)
    assert c.units == ["青岚县"] and c.excluded.empty


def test_a_meeting_that_heard_the_units_account_of_its_work_stays_a_row():
    paragraphs = ["5月6日,青岚县委常委会召开会议,听取了县委主题教育办关于全县主题教育开展情况的汇报。",
                  "会议指出,主题教育开展以来,全县上下聚焦主题主线,各项工作扎实有序推进。",
                  "会议要求,要持续抓好检视整改,确保主题教育取得实效。"]
    c = compare(_paragraphs("青岚县", None, paragraphs), TAXONOMY)
    assert c.units == ["青岚县"] and c.excluded.empty


def test_a_meeting_where_the_units_leaders_report_their_work_stays_a_row():
    paragraphs = ["6月2日,白沙县召开主题教育第一环节群众评价会,邀请党员群众代表对县领导班子进行评价。",
                  "县委书记、县长分别代表县委、县政府通报了主题教育第一环节工作开展情况。",
                  "会议要求,要认真梳理群众评价意见,扎实推进下一环节工作。",
                  "会议强调,各级党组织要以群众满意为标准,确保主题教育不虚不空不偏。"]
    c = compare(_paragraphs("白沙县", None, paragraphs), TAXONOMY)
    assert c.units == ["白沙县"] and c.excluded.empty
