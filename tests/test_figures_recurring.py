"""Figures and their counted objects on patterns that recur in reports of the genre (annotation guide, rulings)."""
from __future__ import annotations

import pytest

from conftest import shipped_lexicon
from reportgen.extract.figures import find_figures
from reportgen.nodes import Para

LEX = shipped_lexicon()


def figures(text: str) -> list[tuple[str, float, str, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.qualifier, f.object) for f in find_figures((Para.of(text),), LEX)]


@pytest.mark.parametrize(("text", "expected"), [
    ("全镇存栏肉牛350头、生猪1000头。", [("350头", 350, "头", None, "肉牛"), ("1000头", 1000, "头", None, "生猪")]),
    ("抄写党章5000字。", [("5000字", 5000, "字", None, "党章")]),
    ("运送救灾物资3车。", [("3车", 3, "车", None, "救灾物资")]),
    ("出动巡逻船只5艘。", [("5艘", 5, "艘", None, "巡逻船只")]),
    ("新建活动用房120平方。", [("120平方", 120, "平方", None, "活动用房")]),
    ("座谈会开了2个多小时。", [("2个多小时", 2, "小时", "over", "座谈会")]),
    ("沿河树立警示牌80多面。", [("80多面", 80, "面", "over", "警示牌")]),
    ("发放慰问大米200袋、食用油150桶。", [("200袋", 200, "袋", None, "慰问大米"), ("150桶", 150, "桶", None, "食用油")]),
    ("收到群众来信37封。", [("37封", 37, "封", None, "群众来信")]),
])
def test_measure_words_of_the_genre(text, expected):
    got = figures(text)
    assert [g[:4] for g in got] == [e[:4] for e in expected]


@pytest.mark.parametrize("text", [
    "县委十四届五次全会召开。",
    "南湖三组村民反映的问题得到解决。",
    "(未完,全文共1530字,当前显示420字)",
    "慰问30年党龄以上的老党员。",
    "实行封闭式管理。",
])
def test_numerals_in_names_and_session_labels_are_no_figures(text):
    assert figures(text) == []


def test_a_day_word_after_people_is_no_unit():
    assert [f[:3] for f in figures("考察组一行24人日前来到该县。")] == [("24人", 24, "人")]


@pytest.mark.parametrize(("text", "objects"), [
    ("组织9名志愿者结对帮扶孤寡老人。", ["志愿者"]),
    ("各支部承担4个重大课题调研。", ["重大课题"]),
    ("组织300多名机关、企业党员参加志愿服务。", ["机关、企业党员"]),
    ("抽调20余名领导和干部组成5个督查组。", ["领导和干部", "督查组"]),
    ("征求到突出问题和建议38条。", ["突出问题和建议"]),
    ("共梳理出3个领域45项问题。", ["领域", "问题"]),
    ("共收到对镇领导班子成员建议6条。", ["建议"]),
    ("确定8个拟帮扶村。", ["拟帮扶村"]),
    ("已整改隐患420处,其余140多处正在整改。", ["隐患", "隐患"]),
    ("收集群众诉求56件,已办结43件。", ["群众诉求", "群众诉求"]),
    ("共发现隐患60处,整改率80%,剩余12处正在整改。", ["隐患", "整改率", "隐患"]),
])
def test_counted_objects(text, objects):
    assert [f[4] for f in figures(text)] == objects


@pytest.mark.parametrize(("text", "objects"), [
    # a dictionary tag without context misleads: 青年 (a time word), 大米 (米 a unit), 满意度 (a place),
    # 驻村 and 表示满意 (nouns): the genre's corrections (extract/data/tags.toml) hold
    ("组织12名青年志愿者走访慰问困难群众。", ["青年志愿者"]),
    ("选派26名机关干部驻村开展帮扶工作。", ["机关干部"]),
    ("为困难家庭送去大米60袋。", ["大米"]),
    ("超过85%的群众表示满意。", ["群众"]),
    # a rate or degree before its percentage, past a linking verb of change
    ("干部队伍满意度提升到92.5%。", ["干部队伍满意度"]),
    ("群众知晓率提高至98%。", ["群众知晓率"]),
    # a percentage of a rate named before it measures that rate, not the noun after its 的
    ("全县党员参训率达到98%的较高水平。", ["参训率"]),
    ("群众安全感满意度保持在95%以上的水平。", ["群众安全感满意度"]),
    ("农村饮水安全覆盖率由85%提高到98%。", ["饮水安全覆盖率", "饮水安全覆盖率"]),
    # a verb and a one-character head name a post, not an activity on the noun before
    ("全镇设立14个党员示范岗。", ["党员示范岗"]),
    # a modal prefix stays with the kind it selects
    ("明确6个拟整治单位。", ["拟整治单位"]),
    ("确定12名拟发展对象。", ["拟发展对象"]),
    # a count of people opens with the word naming them, whatever the dictionary's tag
    ("各单位推荐前3名选手参加决赛。", ["选手"]),
    # names listed as examples before a count give way to the kind written after it
    ("为东坡村、西岭村等6个村2300多名群众修通道路。", ["村", "群众"]),
])
def test_counted_objects_against_misleading_tags_and_shapes(text, objects):
    assert [f[4] for f in figures(text)] == objects


@pytest.mark.parametrize(("text", "expected"), [
    ("座谈会历时1个半小时。", ("1个半小时", 1.5, "小时", None, "座谈会")),
    ("驻村工作队在村里蹲点两年半。", ("两年半", 2.5, "年", None)),
])
def test_a_half_inside_a_unit_adds_a_half(text, expected):
    assert [f[:len(expected)] for f in figures(text)] == [expected]


@pytest.mark.parametrize(("headline", "kept"), [
    ("百名党员进社区 服务群众零距离", []),
    ("近百名党员进社区开展志愿服务", ["近百名"]),
    ("全区120名党员进社区开展志愿服务", ["120名"]),
    # a round numeral alone before any measure word names the campaign too
    ("千件实事暖民心 万户走访听民声", []),
    ("全区办结1200件实事", ["1200件"]),
])
def test_a_headlines_round_number_names_a_campaign(headline, kept):
    blocks = (Para.of(headline, role="title"), Para.of("近日,长河区组织机关党员深入社区开展志愿服务,累计服务群众3000余人次。"))
    assert [f.text for f in find_figures(blocks, LEX)] == kept + ["3000余人次"]


@pytest.mark.parametrize(("text", "objects"), [
    # a verb and its object kept as one word by the dictionary is the clause's predicate
    ("8个巡察组深入基层开展明察暗访。", ["巡察组"]),
    ("工作队深入15个自然村开展调研。", ["自然村"]),
    # people before the act they do: the sum counts the act (a money word is the object)
    ("机关党员干部带头捐款2.4万元。", ["捐款"]),
    # once the phrase names the people counted, a verb after them is what they do
    ("特邀15名退休教师担任校外辅导员。", ["退休教师"]),
    # a count of events written before the verb that holds them
    ("党委先后4次召开专题会议研究整改工作。", ["专题会议"]),
    # an adjective before a verb names nothing: the count is of what was counted before
    ("共受理邻里纠纷52起,成功调处49起。", ["邻里纠纷", "邻里纠纷"]),
    # a count of people after an act done to them counts the people, not the kind before it
    ("法院审结3个涉赌团伙41人,检察机关起诉27人。", ["涉赌团伙", "人", "人"]),
    # one-character attributes before the noun (老旧小区) stay with it
    ("对辖区内的18个老旧小区实施改造。", ["老旧小区"]),
    # a count of things names the things; the people after them are theirs
    ("全市六个试点单位相关人员参加培训。", ["试点单位"]),
    # a per-head sum links its object with 人均
    ("为每名学生发放书本费人均800元。", ["书本费"]),
    # a verbal noun before the kind of case stays in the compound
    ("共受理并办结违纪举报案件9件。", ["举报案件"]),
])
def test_counted_objects_by_the_shape_of_the_clause(text, objects):
    assert [f[4] for f in figures(text)] == objects


def test_a_compound_count_unit():
    assert [f[:3] for f in figures("累计收集意见建议3600条次。")] == [("3600条次", 3600, "条次")]


@pytest.mark.parametrize("text", [
    "这两天我们村里的路灯全亮了。",
    "帮助贫困学生完成九年义务教育。",
])
def test_a_pointed_time_and_a_school_systems_length_are_no_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize(("text", "objects"), [
    # the campaign's words are words: 涉恶团伙 is one kind, and a count of people after an act is of people
    ("法院已判决2个涉恶团伙19人,检察机关提起公诉5个黑恶团伙,起诉63人。", ["涉恶团伙", "人", "黑恶团伙", "人"]),
    ("各党支部开展主题党日活动48次。", ["主题党日活动"]),
    # after a verb of reporting, the phrase up to the number names what the opinions are about
    ("其中反映加快安置房建设进度9条;反映雨天路面积水问题的有11条。", ["加快安置房建设进度", "雨天路面积水问题"]),
    # percentages after 分别 follow the counts before them in order
    ("压缩会议38个、文件64件,分别减少26%和31%。", ["会议", "文件", "会议", "文件"]),
    # a sum before 的 measures the thing named before it
    ("村集体经济收入超过5万元的村有27个。", ["集体经济收入", "村"]),
    # a length measures one thing, not two kinds joined
    ("建成园区3.8公里道路和污水管网配套工程。", ["道路"]),
])
def test_counted_objects_of_reports_lists_and_sums(text, objects):
    assert [f[4] for f in figures(text)] == objects


@pytest.mark.parametrize(("text", "objects"), [
    # dimension words between a thing and its size (annotation guide, rulings): the thing
    ("新修灌溉水渠全长2.6公里。", ["灌溉水渠"]),
    ("腾退超标办公用房面积860平方米。", ["办公用房"]),
    # a one-character attribute inside a compound before the number stays (大排查)
    ("开展环境卫生大整治3次。", ["环境卫生大整治"]),
    # a set phrase of two verbs is the clause's predicate, not part of the kind
    ("建立健全村级管理制度17项。", ["村级管理制度"]),
])
def test_counted_objects_named_before_the_size_or_count(text, objects):
    assert [f[4] for f in figures(text)] == objects


@pytest.mark.parametrize(("text", "objects"), [
    # what a sum is used for is no part of it
    ("镇财政安排专项经费30万元用于村级阵地建设。", ["专项经费"]),
    # goods valued in money: the goods are the object
    ("捐赠衣物和书籍折合人民币2.8万元。", ["衣物和书籍"]),
    # a count of people after a count of batches counts the people
    ("组织入党积极分子赴红色教育基地开展现场教学3批次90人。", ["教学", "人"]),
    # an adverb before a verbal noun is no part of the compound
    ("该县将出资200万元。", ["出资"]),
])
def test_counted_objects_of_sums_and_batches(text, objects):
    assert [f[4] for f in figures(text)] == objects


@pytest.mark.parametrize(("text", "objects"), [
    # a change from one count to another counts the same thing at both ends
    ("全县行政许可事项由120项压减至65项。", ["行政许可事项", "行政许可事项"]),
    # how often stands between the thing and its size
    ("班子成员集中学习时间每月不少于8小时。", ["集中学习时间"]),
])
def test_counted_objects_of_changes_and_rates_of_time(text, objects):
    assert [f[4] for f in figures(text)] == objects


@pytest.mark.parametrize(("text", "objects"), [
    # a figure opening the sentence counts its subject; the clause's verb ends the phrase
    ("5所中学获评市级平安校园。", ["中学"]),
    ("4场先进事迹报告会吸引党员群众1600余人参加。", ["先进事迹报告会", "党员群众"]),
    ("16支党员突击队常态化开展巡河护河。", ["党员突击队"]),
    ("35个村级组织办公场所完成改造。", ["办公场所"]),
])
def test_counted_objects_opening_the_sentence(text, objects):
    assert [f[4] for f in figures(text)] == objects


def test_a_clause_of_only_the_work_done_counts_what_was_counted_before():
    # 整改落实 is the verb of the clause, not a kind: the count is of the opinions
    assert [f[4] for f in figures("共征集意见建议90条,已整改落实76条。")] == ["意见建议", "意见建议"]


@pytest.mark.parametrize(("text", "expected"), [
    # 千米, 千克 and 千瓦 are units (ruling): 千 before one of them is no multiplier of the number
    ("新修护村河堤4千米。", [("4千米", 4, "千米", None)]),
    ("为每户送去化肥50千克。", [("50千克", 50, "千克", None)]),
    ("整修机耕道1.5-2千米。", [("1.5-2千米", 1.5, "千米", None)]),
    ("村级光伏电站装机容量300千瓦。", [("300千瓦", 300, "千瓦", None)]),
    # but 千 before a measure word is still a thousand
    ("组织3千名群众观看演出。", [("3千名", 3000, "名", None)]),
])
def test_a_unit_beginning_with_a_multipliers_character(text, expected):
    assert [g[:4] for g in figures(text)] == expected


@pytest.mark.parametrize(("text", "objects"), [
    # a count of people (or households) counts them; a noun after it naming no people is theirs
    # (ruling: 收集120多人意见 counts 人)
    ("座谈会上共听取60余人意见建议。", ["人"]),
    ("帮助6个组430户1700人的出行难问题得到解决。", ["组", "户", "人"]),
    ("邀请18名“两代表一委员”参与评议。", ["“两代表一委员”"]),
    ("9名县委常委带头下访。", ["县委常委"]),
    # a count of things names the things, not the activity on them, however many verbs it runs
    ("启动5个重点片区扶贫攻坚。", ["重点片区"]),
    # a verb and a one-character head name a kind even when the clause's next verb follows
    ("三个结对村发展食用菌400亩。", ["结对村", "食用菌"]),
    # a state word before 的 gives way to the noun after it
    ("形成21份厚实实的调查报告。", ["调查报告"]),
    # 制度 names a thing, not a rate; a level (村级) says which of the kind
    ("修订和新建制度46项。", ["制度"]),
    ("完善村级财务制度12项。", ["村级财务制度"]),
    # a unit that names what it counts takes no object of a count in another unit before it
    ("选派队员300人,共帮扶1200户。", ["队员", "户"]),
    # money put in is named by the putting in
    ("全年共投入380多万元。", ["投入"]),
    # 离退休 is an attribute of the people it names
    ("其中离退休老干部12人。", ["离退休老干部"]),
    # 新建 is the verb of building, never a county
    ("新建文化广场3个。", ["文化广场"]),
])
def test_counted_objects_by_what_the_measure_word_counts(text, objects):
    assert [f[4] for f in figures(text)] == objects


@pytest.mark.parametrize("text", [
    # a phase of a park or a project names it; classes listed by their numerals are labels
    "企业入驻物流园三期厂房。",
    "加快推进二期项目建设。",
    "将一、二类低保户全部纳入帮扶。",
    # a class after a level is a grade
    "该乡属市级三类贫困乡,劳动力外出较多。",
    # 面 that begins a word is no measure word
    "全县三面环山,两面人受到查处。",
])
def test_phase_and_class_labels_are_no_figures(text):
    assert figures(text) == []


def test_a_count_of_classes_is_a_figure():
    assert [f[:3] for f in figures("梳理出三类问题。")] == [("三类", 3, "类")]


@pytest.mark.parametrize(("text", "objects"), [
    # verb, object, figure, then the next act: the object before the figure is counted
    ("流转荒地52亩建设标准化养殖小区。", ["荒地"]),
    ("整合资金300万元修建村组道路。", ["资金"]),
])
def test_counted_objects_between_a_verbs_object_and_the_next_act(text, objects):
    assert [f[4] for f in figures(text)] == objects
