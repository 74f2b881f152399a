"""Places known by name (``data/gazetteer.toml``): a report naming its province or prefecture without its level
word (甘肃 for 甘肃省, 广西 for 广西壮族自治区) or by its abbreviation (锡盟 for 锡林郭勒盟) reports on that place,
named in full; a county it names with its suffix, as an example, is not its unit (invented sentences)."""
from __future__ import annotations

import pytest

from conftest import extract_article
from reportgen.extract.places import find_places, known_subjects, place_suffix
from reportgen.extract.predicates import opens_predicate
from reportgen.resources import load_data


def test_the_table_names_every_mainland_province_and_no_short_form_twice(lexicon):
    data = load_data("extract/data/gazetteer.toml")
    provinces = data["provinces"]
    assert len(provinces) == 31
    assert {"广西壮族自治区", "新疆维吾尔自治区", "宁夏回族自治区", "西藏自治区", "内蒙古自治区", "重庆市"} <= set(provinces)
    shorts = [s for section in ("provinces", "prefectures", "areas", "prefectures_by_context") for forms in data[section].values() for s in forms]
    assert len(shorts) == len(set(shorts))
    for section in ("provinces", "prefectures", "areas", "prefectures_by_context"):
        for full, forms in data[section].items():
            assert place_suffix(full, lexicon), full  # every full name ends in its level word
            for short in forms:  # a short form is the name without its level word (广西) or keeps its letters in order (锡盟)
                it = iter(full)
                assert len(short) < len(full) and all(ch in it for ch in short), short
                assert full.startswith(short) or short[-1] == full[-1], short
                # Han characters only: ``known_subjects`` checks a form's opener after matching it
                assert all("\u4e00" <= ch <= "\u9fff" for ch in short), short
    assert lexicon.gazetteer.by_short["锡盟"] == "锡林郭勒盟"
    assert lexicon.gazetteer.by_short["广西"] == "广西壮族自治区"
    assert "吉林" not in data["prefectures"].get("吉林市", [])  # the province's short form, not the city's


@pytest.mark.parametrize("text, kicker, found", [
    ("甘肃：用心用情为民办实事", True, [("甘肃", "甘肃省")]),
    ("重庆的党员干部深入基层一线。", False, [("重庆", "重庆市")]),
    ("近日，重庆每个月开展一次主题党日活动。", False, [("重庆", "重庆市")]),
    ("广西各级党组织把办实事作为重要抓手。", False, [("广西", "广西壮族自治区")]),
    ("锡盟各地各部门扎实开展主题教育。", False, [("锡盟", "锡林郭勒盟")]),
    ("内蒙古深入开展调查研究。", False, [("内蒙古", "内蒙古自治区")]),
], ids=["kicker", "members-after-de", "frequency", "members", "league-abbreviation", "three-characters"])
def test_a_short_form_acting_as_its_clause_subject_is_the_place_in_full(lexicon, text, kicker, found):
    assert [(short, full) for _, short, full in known_subjects(text, lexicon, kicker)] == found


@pytest.mark.parametrize("text", [
    "重庆市每个月开展一次主题党日活动。",  # written in full: the place rules read it
    "广西壮族自治区党委召开会议。",
    "重庆是一座山城。",  # described, not acting
    "重庆的山水很美。",  # a modifier
    "来源：四川观察",  # a source after a colon
    "甘肃：用心用情为民办实事",  # a colon sets off a label outside a headline
    "本报讯 重庆日报记者走进基层。",
], ids=["full", "full-region", "described", "modifier", "source", "label-in-body", "paper"])
def test_a_short_form_not_acting_or_written_in_full_is_left_as_it_is(lexicon, text):
    assert known_subjects(text, lexicon) == []


def test_a_known_full_name_is_a_place_where_it_stands_as_words_of_its_own(lexicon):
    assert find_places("近日，新疆维吾尔自治区召开会议。", lexicon) == ["新疆维吾尔自治区"]
    assert "上海市" not in find_places("上海市场繁荣，青岚县组织干部走访。", lexicon)


def test_a_frequency_before_a_verb_opens_the_predicate(lexicon):
    assert opens_predicate("每个月开展一次", lexicon)
    assert opens_predicate("每年投入资金", lexicon)
    assert not opens_predicate("每个党员都", lexicon)


REPORTS = [
    ("甘肃：用心用情为民办实事\n\n"
     "近日，青岚县组织党员干部深入村社，开展走访活动。全县共走访群众3000户，解决问题200个。",
     "甘肃省", "甘肃省"),
    ("用心用情为民办实事\n\n"
     "重庆的党员干部深入基层一线，为群众解难题。在柳河县，干部们走村入户，共走访群众5000户。",
     "重庆市", "重庆市"),
    ("学党史 办实事\n\n"
     "重庆每个月开展一次主题党日活动。其中，石桥区组织党员200人次参加志愿服务。",
     "重庆市", "重庆市"),
    ("为民服务见实效\n\n"
     "广西各级党组织把为群众办实事作为重要抓手。青岚县组织干部下沉一线，共办实事300件。",
     "广西壮族自治区", "广西壮族自治区"),
    ("扎实开展主题教育\n\n"
     "锡盟各地各部门扎实开展主题教育。青岚旗组织干部入户走访牧民2000户。",
     "锡林郭勒盟", "锡林郭勒盟"),
    # written in full with its office, the unit stays as the text writes it
    ("为民服务见实效\n\n"
     "江州市委组织部扎实开展主题教育。江州市委组织部共走访群众3000户。",
     "江州市委组织部", "江州市"),
]


@pytest.mark.parametrize("text, unit, locality", REPORTS,
                         ids=["kicker", "lead-members", "lead-frequency", "region", "league", "full-office"])
def test_a_report_naming_its_place_by_its_short_form_reports_on_that_place(text, unit, locality):
    article = extract_article(text)
    assert (article.unit, article.locality) == (unit, locality)


def test_a_place_whose_committee_by_level_acts_more_often_than_it_is_named_is_the_committees():
    article = extract_article(
        "转作风 见实效\n\n"
        "教育实践活动开展以来，宁夏聚焦“四风”、突出“为民”，活动态势良好。\n"
        "整治“四风”，关键在领导带头。自治区党委常委班子态度坚决，自治区党委各常委先后深入10个县听取意见。\n"
        "9月3日，自治区党委常委会召开专题民主生活会，自治区党委常委逐一对照检查。")
    assert (article.unit, article.locality) == ("宁夏回族自治区党委", "宁夏回族自治区")


# The prefecture-level divisions of the national list (adcodes as of 2024: 那曲 a city since 2017, 莱芜 part of
# 济南 since 2019), one line a province.
PREFECTURE_LEVEL = (
    "石家庄市 唐山市 秦皇岛市 邯郸市 邢台市 保定市 张家口市 承德市 沧州市 廊坊市 衡水市 "
    "太原市 大同市 阳泉市 长治市 晋城市 朔州市 晋中市 运城市 忻州市 临汾市 吕梁市 "
    "呼和浩特市 包头市 乌海市 赤峰市 通辽市 鄂尔多斯市 呼伦贝尔市 巴彦淖尔市 乌兰察布市 兴安盟 锡林郭勒盟 阿拉善盟 "
    "沈阳市 大连市 鞍山市 抚顺市 本溪市 丹东市 锦州市 营口市 阜新市 辽阳市 盘锦市 铁岭市 朝阳市 葫芦岛市 "
    "长春市 吉林市 四平市 辽源市 通化市 白山市 松原市 白城市 延边朝鲜族自治州 "
    "哈尔滨市 齐齐哈尔市 鸡西市 鹤岗市 双鸭山市 大庆市 伊春市 佳木斯市 七台河市 牡丹江市 黑河市 绥化市 大兴安岭地区 "
    "南京市 无锡市 徐州市 常州市 苏州市 南通市 连云港市 淮安市 盐城市 扬州市 镇江市 泰州市 宿迁市 "
    "杭州市 宁波市 温州市 嘉兴市 湖州市 绍兴市 金华市 衢州市 舟山市 台州市 丽水市 "
    "合肥市 芜湖市 蚌埠市 淮南市 马鞍山市 淮北市 铜陵市 安庆市 黄山市 滁州市 阜阳市 宿州市 六安市 亳州市 池州市 宣城市 "
    "福州市 厦门市 莆田市 三明市 泉州市 漳州市 南平市 龙岩市 宁德市 "
    "南昌市 景德镇市 萍乡市 九江市 新余市 鹰潭市 赣州市 吉安市 宜春市 抚州市 上饶市 "
    "济南市 青岛市 淄博市 枣庄市 东营市 烟台市 潍坊市 济宁市 泰安市 威海市 日照市 临沂市 德州市 聊城市 滨州市 菏泽市 "
    "郑州市 开封市 洛阳市 平顶山市 安阳市 鹤壁市 新乡市 焦作市 濮阳市 许昌市 漯河市 三门峡市 南阳市 商丘市 信阳市 周口市 驻马店市 "
    "武汉市 黄石市 十堰市 宜昌市 襄阳市 鄂州市 荆门市 孝感市 荆州市 黄冈市 咸宁市 随州市 恩施土家族苗族自治州 "
    "长沙市 株洲市 湘潭市 衡阳市 邵阳市 岳阳市 常德市 张家界市 益阳市 郴州市 永州市 怀化市 娄底市 湘西土家族苗族自治州 "
    "广州市 韶关市 深圳市 珠海市 汕头市 佛山市 江门市 湛江市 茂名市 肇庆市 惠州市 梅州市 汕尾市 河源市 阳江市 清远市 东莞市 中山市 潮州市 揭阳市 云浮市 "
    "南宁市 柳州市 桂林市 梧州市 北海市 防城港市 钦州市 贵港市 玉林市 百色市 贺州市 河池市 来宾市 崇左市 "
    "海口市 三亚市 三沙市 儋州市 "
    "成都市 自贡市 攀枝花市 泸州市 德阳市 绵阳市 广元市 遂宁市 内江市 乐山市 南充市 眉山市 宜宾市 广安市 达州市 雅安市 巴中市 资阳市 阿坝藏族羌族自治州 甘孜藏族自治州 凉山彝族自治州 "
    "贵阳市 六盘水市 遵义市 安顺市 毕节市 铜仁市 黔西南布依族苗族自治州 黔东南苗族侗族自治州 黔南布依族苗族自治州 "
    "昆明市 曲靖市 玉溪市 保山市 昭通市 丽江市 普洱市 临沧市 楚雄彝族自治州 红河哈尼族彝族自治州 文山壮族苗族自治州 西双版纳傣族自治州 大理白族自治州 德宏傣族景颇族自治州 怒江傈僳族自治州 迪庆藏族自治州 "
    "拉萨市 日喀则市 昌都市 林芝市 山南市 那曲市 阿里地区 "
    "西安市 铜川市 宝鸡市 咸阳市 渭南市 延安市 汉中市 榆林市 安康市 商洛市 "
    "兰州市 嘉峪关市 金昌市 白银市 天水市 武威市 张掖市 平凉市 酒泉市 庆阳市 定西市 陇南市 临夏回族自治州 甘南藏族自治州 "
    "西宁市 海东市 海北藏族自治州 黄南藏族自治州 海南藏族自治州 果洛藏族自治州 玉树藏族自治州 海西蒙古族藏族自治州 "
    "银川市 石嘴山市 吴忠市 固原市 中卫市 "
    "乌鲁木齐市 克拉玛依市 吐鲁番市 哈密市 昌吉回族自治州 博尔塔拉蒙古自治州 巴音郭楞蒙古自治州 阿克苏地区 克孜勒苏柯尔克孜自治州 喀什地区 和田地区 伊犁哈萨克自治州 塔城地区 阿勒泰地区 "
).split()
# Left out of the table, each with why (a name a county-level division also has names two places).
LEFT_OUT = {
    "吉林市": "吉林 is the province's short form",
    "德州市": "德州 also names Texas",
    "朝阳市": "朝阳区 (Beijing), 朝阳县",
    "中山市": "中山区 (Dalian)",
    "西安市": "西安区 (Liaoyuan, Mudanjiang)",
    "大同市": "大同区 (Daqing)",
    "白银市": "白银区, the city's own district",
    "资阳市": "资阳区 (Yiyang)",
    "克拉玛依市": "克拉玛依区, the city's own district",
    "承德市": "承德县",
    "通化市": "通化县",
    "铁岭市": "铁岭县",
    "邵阳市": "邵阳县",
    "岳阳市": "岳阳县",
    "兴安盟": "兴安县 (Guilin), 兴安区 (Hegang)",
}


def test_every_prefecture_level_division_is_in_the_table_or_left_out_for_a_reason():
    data = load_data("extract/data/gazetteer.toml")
    listed = {name for section in ("prefectures", "areas", "prefectures_by_context", "autonomous_prefectures")
              for name in data[section]}
    assert len(PREFECTURE_LEVEL) == len(set(PREFECTURE_LEVEL)) == 333
    assert set(PREFECTURE_LEVEL) == listed | set(LEFT_OUT)
    assert not listed & set(LEFT_OUT)
    for name, reason in LEFT_OUT.items():
        assert name[:-1] in reason or "short form" in reason or "Texas" in reason, name


@pytest.mark.parametrize("text, kicker, found", [
    ("保定：用心用情为民办实事", True, [("保定", "保定市")]),
    ("日照各级党组织扎实开展主题教育。", False, [("日照", "日照市")]),
    ("来宾广大党员深入基层一线。", False, [("来宾", "来宾市")]),
    ("开封的党员干部走村入户。", False, [("开封", "开封市")]),
    ("唐山各地各部门扎实开展主题教育。", False, [("唐山", "唐山市")]),  # the dictionary cuts 唐 + 山
    ("保定开展主题教育。", False, []),  # a bare common word before a predicate: not the place
    ("日照充足，瓜果飘香。", False, []),
    ("来宾们参观了展览。", False, []),
    ("来宾各位，大家好！", False, []),  # 各 + 位: no members of a place's
], ids=["kicker", "members", "broad-members", "members-after-de", "split-word", "bare-predicate", "common-word",
        "common-word-plural", "common-word-address"])
def test_a_short_form_that_is_a_common_word_acts_only_as_a_kicker_or_before_its_members(lexicon, text, kicker, found):
    assert [(short, full) for _, short, full in known_subjects(text, lexicon, kicker)] == found


LEAD = "近日，青岚县组织党员干部深入村社，开展走访活动。全县共走访群众3000户。"
REPORTS_COMPLETED = [
    ("保定：用心用情为民办实事\n\n" + LEAD, "保定市", "保定市"),
    ("为民服务见实效\n\n日照各级党组织把为群众办实事作为重要抓手。" + LEAD, "日照市", "日照市"),
    ("日照充足 瓜果飘香\n\n" + LEAD, "青岚县", "青岚县"),
    ("为民服务见实效\n\n喀什地区各级党组织把为群众办实事作为重要抓手。" + LEAD, "喀什地区", "喀什地区"),
    ("为民服务见实效\n\n大兴安岭各级党组织把为群众办实事作为重要抓手。" + LEAD, "大兴安岭地区", "大兴安岭地区"),
    ("为民服务见实效\n\n恩施州各级党组织把为群众办实事作为重要抓手。" + LEAD, "恩施州", "恩施州"),
    ("为民服务见实效\n\n近日，黔东南州扎实开展主题教育。" + LEAD, "黔东南州", "黔东南州"),
    ("为民服务见实效\n\n大理州委组织部深入开展主题教育。大理州委组织部共走访群众3000户。", "大理州委组织部", "大理州"),
]


@pytest.mark.parametrize("text, unit, locality", REPORTS_COMPLETED,
                         ids=["common-word-kicker", "common-word-members", "common-word-not-acting", "area",
                              "area-short", "prefecture-one-word", "prefecture-split", "prefecture-office"])
def test_areas_prefectures_by_their_usual_form_and_common_word_names_report_as_written(text, unit, locality):
    article = extract_article(text)
    assert (article.unit, article.locality) == (unit, locality)


COUNTY_REPORTS = [
    # the county committee acts throughout, the county is named once: the committee's work (a row under its name)
    ("转作风 见实效\n\n教育实践活动开展以来，青岚县聚焦“四风”，活动态势良好。\n"
     "县委常委班子态度坚决，县委各常委先后深入10个乡镇听取意见。\n"
     "9月3日，县委常委会召开专题民主生活会，县委常委逐一对照检查。", "青岚县委", "青岚县"),
    # the county acts, its committee is named once: the county's work
    ("为民办实事\n\n近日，青岚县扎实开展为民办实事活动。县委高度重视，青岚县各乡镇组织干部走访群众3000户，"
     "青岚县共解决问题200个。", "青岚县", "青岚县"),
    # named as often as the county: the county's
    ("为民办实事\n\n青岚县扎实开展主题教育。县委召开会议部署。青岚县各乡镇组织干部入户走访。"
     "县委要求各级党组织抓好落实。", "青岚县", "青岚县"),
]


@pytest.mark.parametrize("text, unit, locality", COUNTY_REPORTS, ids=["committee", "county", "as-often"])
def test_a_county_report_is_its_committees_only_where_the_committee_acts_more_often_than_the_county(
        text, unit, locality):
    article = extract_article(text)
    assert (article.unit, article.locality) == (unit, locality)
