"""Which unit a report names, in shapes that recur in the genre (invented sentences; round 13).

A feature story opens with a scene in a village (在某县某镇某村,…), then the report's own place speaks (该市, 全市):
the scene's places are its setting, not its actor, and a word pointing back to a place (该镇) is no place's name. A
place the lead names after 到/赴/在 is where the actor went. A title whose actor is the text's own organisation (我校,
我院, 我局) names the organisation of that kind the text spells out most, not a place it visited. A county whose stem is
a common word (a verb or noun of the dictionary) is still a place where the text names it acting, twice. A round-up
whose paragraphs each open with a different office names no single unit. An autonomous region's office is named by
its level (自治区党委) as any province's is.
"""
from __future__ import annotations

import pytest

from conftest import extract_article

SHAPES = [
    # a scene in a village opens a city's report; the city then speaks as itself (该市, 全市)
    ("“有了这条路,卖菜再也不愁了。”在青岚县柳河镇石桥村,菜农王大山高兴地说。王大山是该镇的一名老党员,也是种植大户。\n"
     "在党史学习教育中,江州市2万个基层党组织、近20万名党员践行为民办实事的承诺。\n"
     "自活动启动以来,江州市各级党组织积极行动。该市推行“五步工作法”,全市共解决群众难题3000余件。",
     {"unit": "江州市"}),
    ("清晨,在沙河乡东坡村的田间,几名党员正帮助村民抢收玉米。“多亏了党员帮忙。”村民刘三说。\n"
     "主题教育开展以来,临川县组织3000多名党员下沉一线。该县建立“党员联户”制度,全县共为群众办实事1500余件。",
     {"unit": "临川县"}),
    ("年前,安平县石门镇的蔬菜基地里,菜农们正忙着装车。张大海是该镇的一名党员,他的承诺都已兑现。\n"
     "“说到就要做到。”在创先争优活动中,鹤州市1万个基层党组织、近25万名党员践行承诺。\n"
     "活动启动以来,鹤州市各基层党组织积极行动。该市推行“四步工作法”,全市党员共作出承诺8万条。",
     {"unit": "鹤州市"}),
    # the text's own organisation is the title's actor (我校, 我院, 我局), not the place it went to
    ("我校赴江州开展党史学习教育\n\n"
     "6月21日,校党委书记张三带领校领导班子成员到江州市开展党史学习教育。江州市人民政府副市长李四陪同。\n"
     "在参观后,张三一行召开青岚大学党委理论学习中心组学习会。青岚大学还与江州市签订合作协议。",
     {"unit": "青岚大学"}),
    ("我院赴石桥村开展义诊活动\n\n"
     "6月5日,院党委书记张三带领医护人员到青岚县石桥村开展义诊。青岚县卫健局副局长李四陪同。\n"
     "义诊结束后,江州市第一人民医院党委与石桥村党支部签订共建协议。江州市第一人民医院共派出医生20名。",
     {"unit": "江州市第一人民医院"}),
    ("我局开展“我为群众办实事”实践活动\n\n"
     "近日,局党组组织全体党员赴青岚县柳河镇开展活动,江州市自然资源局党组书记王五带队。"
     "柳河镇党委书记介绍了镇情。江州市自然资源局还向该镇捐赠资金5万元。",
     {"unit": "江州市自然资源局"}),
    # a text calling itself by its kind (我局) whose page names an office of that organisation: the organisation
    ("扎实开展主题教育 推动工作提质增效\n来源:青岚县林业局办公室 发布时间:2023-06-01\n\n"
     "主题教育开展以来,我局坚持学思用贯通,组织党员干部深入林区,为林农解决问题30余个。",
     {"unit": "青岚县林业局"}),
    # a place the lead names after 到 is where the actor went
    ("标题\n\n6月21日,校党委书记张三带领全体班子成员到江州市开展主题党日活动,参观了革命纪念馆。"
     "江州市委宣传部副部长李四介绍了情况。",
     {"unit_not": "江州市"}),
    # an official's title chain (某县委常委、某部部长) names a person's posts, not the unit
    ("标题\n\n青岚县委常委、组织部部长李明到柳河镇调研。他强调,要扎实开展主题教育。"
     "柳河镇党委书记王强汇报了全镇主题教育开展情况,全镇共收集意见建议200条。",
     {"unit_not": "青岚县委常委"}),
    # a county whose stem is a common word of the dictionary, named acting twice
    ("会同县围绕“三个创新”扎实推进活动\n\n会同县深入开展创先争优活动以来,县委要求各级党组织明确目标。\n\n"
     "全县共评选示范党支部30个。",
     {"unit": "会同县", "locality": "会同县"}),
    ("互助县:“四个聚焦”推动主题教育见实效\n\n主题教育开展以来,互助县坚持以学促干,县委常委会第一时间作出部署。\n\n"
     "全县共解决群众诉求300余件。",
     {"unit": "互助县"}),
    ("保定市扎实推进党史学习教育\n\n今年以来,保定市坚持学党史、办实事,组织全市党员干部走村入户。\n\n"
     "全市共收集群众意见建议5000余条。",
     {"unit": "保定市"}),
    # a round-up: each paragraph opens with a different office, none is the report's unit
    ("标题\n\n党纪学习教育启动以来,全省各市县各部门各单位不断增强学习贯彻条例的思想自觉和行动自觉。\n"
     "省高级人民法院举办机关年轻干部专题培训,组织干警200余人参加。\n"
     "省教育厅组建工作专班,扎实推进厅直属机关各党组织的党纪学习教育。\n"
     "省司法厅根据岗位风险点进行精细化分类,分层分级开展党纪学习教育。",
     {"unit": None}),
    ("标题\n\n主题教育开展以来,全市各部门各单位紧扣主题主线,推动学习走深走实。\n"
     "市交通运输局组织党员干部深入一线,为群众解决出行难题30余件。\n"
     "市卫生健康委员会开展“送医下乡”活动,义诊群众2000余人次。",
     {"unit": None}),
    # one office by level in a text that names no place is still its unit
    ("标题\n\n主题教育开展以来,全局上下紧扣主题主线,推动学习走深走实。\n"
     "市交通运输局组织党员干部深入一线,为群众解决出行难题30余件。\n"
     "该局还开展“我为群众办实事”活动,共办实事15件。",
     {"unit": "市交通运输局"}),
    # a province's or city's overview: the place acting through its members (各地各部门) is the unit, not a county
    # it names as a part
    ("主题教育开展以来,江州市各地各部门迅速行动,推动主题教育走深走实。\n"
     "青岚县坚持以学促干,组织党员干部深入一线。青岚县还建立了问题清单,整改问题200个。柳河区聚焦群众急难愁盼,解决问题300余个。\n"
     "全市共收集意见建议5万余条。",
     {"unit": "江州市"}),
    ("标题\n\n近日,青岚县广大党员干部积极投身志愿服务,共开展活动300场次。柳河镇组织党员走访群众800户。",
     {"unit": "青岚县"}),
    # where someone is from is no actor, members after it or not
    ("标题\n\n王大山是青岚县党员,今年65岁。柳河镇组织党员干部走访群众800户,柳河镇还建立了问题清单。",
     {"unit": "柳河镇"}),
    # a name ends where a word ends: a committee convening its standing committee's meeting is no name of a clause
    ("标题\n\n3月5日,青岚县委召开常委会会议,研究部署主题教育工作。会议强调,要扎实开展主题教育。",
     {"unit": "青岚县委"}),
    # an autonomous region's committee, named by its level
    ("整治“四风”,关键在领导带头。作为全区各项事业的领导核心,自治区党委常委班子态度坚决:要求党员做到的,常委班子带头做到。\n"
     "开门搞活动,开门改作风。自治区党委各常委先后深入14个市,扎下去听意见。",
     {"unit": "自治区党委"}),
]


def assert_fields(text: str, want: dict) -> None:
    """Assert the one article of ``text`` has each field of ``want`` (``unit_not``: a unit it must not have)."""
    article = extract_article(text)
    for field, value in want.items():
        if field == "unit_not":
            assert article.unit != value, article.unit
        else:
            assert getattr(article, field) == value, (field, getattr(article, field))


@pytest.mark.parametrize("text, want", SHAPES)
def test_round13_unit_shapes(text, want):
    assert_fields(text, want)


@pytest.mark.parametrize("text, place", [
    ("王大山是该镇的一名老党员。", "大山是该镇"),
    ("张三说这个乡的干部很辛苦。", "三说这个乡"),
    ("他被评为先进县。先进县评选每年一次。", "先进县"),
])
def test_no_place_ends_in_a_word_pointing_back_or_names_a_kind(lexicon, text, place):
    from reportgen.extract.places import find_places

    assert place not in find_places(text, lexicon)


MEETINGS = [
    # the body whose own meeting is held acts, whoever chairs it; the chair's posts (市委副书记) name no actor
    ("标题\n\n5月8日,县委副书记、县长、县政府党组书记张三主持召开县政府党组(扩大)会议,学习贯彻上级精神,研究部署主题教育工作。\n"
     "会议指出,要扎实开展主题教育。", "县政府党组"),
    ("标题\n\n3月24日,市委副书记、市长、市政府党组书记李四主持召开市政府党组(扩大)会议,学习作风建设的重要论述。\n"
     "会议要求,查摆问题要实。", "市政府党组"),
    ("标题\n\n4月2日,区委书记王五主持召开区委常委会会议,研究部署党史学习教育。会议强调,要把学习教育抓紧抓实。", "区委常委会"),
]


@pytest.mark.parametrize("text, unit", MEETINGS)
def test_the_body_holding_its_meeting_is_the_unit(text, unit):
    assert extract_article(text).unit == unit


HEADERS = [
    # a page header's fields run into the first paragraph by a scraper: read as the header
    ("青岚区:“我为群众办实事”贯穿学习教育\n\n来源:江州日报 作者:张三、李四 发布时间:2021-04-09 访问量: 字体大小: 放大 缩小"
     "“希望书记能帮帮我们。”青岚区将实践活动贯穿学习教育始终,为群众解决问题300余个。",
     {"date": "2021-04-09", "source": "江州日报", "authors": ["张三", "李四"]}),
    ("柳河镇扎实开展主题教育\n\n作者:王五 来源:青州晚报 发布时间:2023-06-01 12:00:03今年以来,柳河镇扎实开展主题教育,"
     "共收集意见建议120条。",
     {"date": "2023-06-01", "source": "青州晚报"}),
    # a source field holding a code, not a name, names no publication; the dateline's paper does
    ("青岚县政协召开座谈会 征求各界意见\n发布时间:2015-12-23 11:44:41来源:SRC-389\n\n"
     "江州日报讯 (记者张辉)21日下午,青岚县政协召开座谈会,征求各民主党派意见。",
     {"source": "江州日报", "date": "2015-12-23"}),
    # a site's reprint names its paper before the headline's colon: the source, and no part of the title
    ("• 欢迎访问江州资讯网!\n• 当前所在:首页 > 专题报道\n青岚日报:贴近群众需求 一件一件解难\n"
     "来源:江南省民政厅 作者:佚名时间:2021-08-07\n"
     "贴近群众需求 一件一件解难 ——省民政厅深入推进“我为群众办实事”实践活动\n"
     "“走进社区、深入村寨,更能号准群众工作的脉搏。”7月29日,记者在省民政厅采访时,一位干部这样说。\n"
     "党史学习教育开展以来,省民政厅坚持学史力行,每个党支部对口联系一个村,共为群众办实事300余件。",
     {"title": "贴近群众需求 一件一件解难", "source": "青岚日报", "date": "2021-08-07"}),
    # a headline naming its unit before a colon, its phrases set apart by a blank, over a photo's caption
    ("江州报道网——江州报道杂志官方网站\n青岚县交通运输局:“交心”走访识民意 满怀温情暖民心\n合照留影\n\n"
     "江州报道讯 (张三 李四 报道)春夏相交的季节,青岚县交通运输局开展走访活动,共走访群众300多户。",
     {"title": "青岚县交通运输局:“交心”走访识民意 满怀温情暖民心", "unit": "青岚县交通运输局"}),
    # a slogan after a colon, its phrases short, is a kicker over the plain title
    ("青岚县: 学党史 悟思想 办实事\n青岚县扎实开展党史学习教育\n\n今年以来,青岚县坚持学党史、办实事,组织党员干部3000余名深入一线。",
     {"title": "青岚县扎实开展党史学习教育"}),
    # a place's name and a colon alone on its line is the kicker of the headline below, which the page's date heads
    ("2024年01月02日\n青岚区:\n“四下基层”出实招 主题教育见实效\n□ 王小丽\n\n"
     "2023年主题教育开展以来,青岚区大力传承弘扬“四下基层”优良传统,推动党员干部深入基层一线,共解决问题300余个。",
     {"title": "“四下基层”出实招 主题教育见实效", "date": "2024-01-02", "unit": "青岚区", "authors": ["王小丽"]}),
    # a byline whose names the page lost is no headline; a black square before a headline is no part of it
    ("■ 本报记者\n\n纪律是管党治党的“戒尺”。党纪学习教育启动以来,全省各市县各部门各单位不断增强学习贯彻条例的思想自觉。\n"
     "省高级人民法院举办机关年轻干部专题培训。\n省教育厅组建工作专班,扎实推进党纪学习教育。",
     {"title": None, "unit": None}),
    ("■ 柳河镇扎实开展主题教育\n\n主题教育开展以来,柳河镇组织党员干部走访群众800户。",
     {"title": "柳河镇扎实开展主题教育", "unit": "柳河镇"}),
    # a series' tag in brackets after the headline, its parts set apart by a middle dot, is no part of the title
    ("汲取智慧和力量 推进改革建设(奋斗百年路 启航新征程·学党史 悟思想 办实事 开新局)\n\n"
     "党史学习教育开展以来,青岚县强化政治自觉,迅速动员部署。",
     {"title": "汲取智慧和力量 推进改革建设"}),
]


@pytest.mark.parametrize("text, want", HEADERS)
def test_header_fields_and_title_tags(text, want):
    assert_fields(text, want)


def test_an_epaper_pages_list_of_its_articles_is_no_headline():
    text = ("第5版:江州综合 上一版 下一版\n小行为大改变\n农民装宽带\n渐成时尚\n青岚县第二水厂开始设备安装\n"
            "创出比学赶超新气象\n江州动态\n绿树红花映笑颜\n奉献一份爱心\n图片新闻\n\n"
            "创出比学赶超新气象\n——青岚县柳河镇创先争优活动纪实\n\n"
            "“方便群众办实事,服务质量要提高。”这是在青岚县柳河镇石桥村党员活动中心,大学生村官给群众表演节目,引来阵阵掌声。\n\n"
            "为充分调动村支部的积极性,柳河镇把创先争优活动列入年终考核的主要内容,坚持周通报、月小结。")
    article = extract_article(text)
    assert article.title == "创出比学赶超新气象"
    assert article.unit == "柳河镇"


@pytest.mark.parametrize("text, not_unit", [
    ("标题\n\n“有事就来这里说。”这是在青岚县柳河镇石桥村党员活动中心,村民们围坐在一起议事。石桥村共收集意见30条。\n\n"
     "柳河镇把议事会开到村里,全镇共收集意见建议500余条。", "石桥村党员活动中心"),
    ("标题\n\n清晨,在江州市青岚区人民医院门诊大厅,志愿者正忙着为患者引导。\n\n"
     "青岚区坚持以学促干,组织党员志愿者1200名下沉一线。全区共开展志愿服务300场次。", "青岚区人民医院"),
])
def test_an_organisation_the_lead_names_as_a_setting_is_no_actor(text, not_unit):
    assert extract_article(text).unit != not_unit


def test_a_long_run_of_single_characters_is_no_spelled_out_name(lexicon):
    from reportgen.extract.places import find_places

    assert find_places("财务运行靠监管,村财民管镇审核,分分厘厘必公示", lexicon) == []


@pytest.mark.parametrize("line, authors", [
    ("本报记者 刘 冬 高 凯", ("刘冬", "高凯")),  # two two-character names, each padded to a third's width
    ("记者 王 小 明 李 华", ("王小明", "李华")),
    ("记者 张 三 李 四 王 五", ("张三", "李四", "王五")),
    ("本报记者 张 三", ("张三",)),
])
def test_a_bylines_names_set_apart_character_by_character(lexicon, line, authors):
    from reportgen.extract.bylines import parse_byline

    assert parse_byline(line, lexicon).authors == authors


def test_an_empty_source_field_names_no_publication():
    text = ("我校开展主题党日活动\n作者:张三 摄影:李四 来源: 已访问:责任编辑:王五\n\n"
            "6月21日,校党委组织全体党员开展主题党日活动。青岚大学党委书记赵六讲话。")
    assert extract_article(text).source is None


@pytest.mark.parametrize("text, name", [
    ("青岚县自然资源局组织党员干部开展志愿服务。", "青岚县自然资源局"),  # a set phrase ending in a noun names the field
    ("青岚县乡村振兴局坚持以学促干。", "青岚县乡村振兴局"),  # a verb before the ending, after a noun of its own
    ("青岚县新时代文明实践中心开展宣讲活动。", "青岚县新时代文明实践中心"),
])
def test_an_offices_field_may_end_in_a_verb_or_a_set_phrase(lexicon, text, name):
    from reportgen.extract.places import find_organisations, find_places

    assert name in [o.name for o in find_organisations(text, find_places(text, lexicon), lexicon)]


@pytest.mark.parametrize("text", ["青岚县加强党委领导。", "青岚县坚持党委统一领导。", "柳河镇组织党委委员学习。"])
def test_a_clauses_verb_opening_the_words_before_an_ending_makes_no_office(lexicon, text):
    from reportgen.extract.places import find_organisations, find_places

    assert not [o.name for o in find_organisations(text, find_places(text, lexicon), lexicon) if "党委" in o.name]
