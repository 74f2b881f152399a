"""Counted objects written before the number, inside long compounds, or shared between figures.

Sentences are written here in the reports' style (not copied from any report):
each case is one way the genre names what a number counts.
"""
from __future__ import annotations

import pytest

from conftest import names_the_same, objects_of, shipped_lexicon


@pytest.fixture(scope="module")
def taxonomy():
    return shipped_lexicon()




# text, the objects of its figures in order
CASES = [
    # the counted thing written first: verb + object + number + measure word
    ("quoted-before", "各村召开“院坝协商会”86次。", ["“院坝协商会”"]),
    ("quoted-list-before", "清理“僵尸社团”、“空壳协会” 12个。", ["“僵尸社团”、“空壳协会”"]),
    ("de-you-breakdown", "其中反映道路硬化问题的有21条，反映饮水安全的9条。", ["道路硬化问题", "饮水安全"]),
    ("subset-verb-only", "共受理群众诉求46件，当场办结的有30件。", ["群众诉求", "群众诉求"]),
    ("event-before-person-times", "培训3200人次。", ["培训"]),
    ("event-after-number-words", "全年受训人数2600人次。", ["受训"]),
    ("rate-with-zai", "项目完工率在85%左右。", ["项目完工率"]),
    ("deng-before", "村党组织书记等320人参加。", ["村党组织书记"]),
    ("one-char-head", "组建红色志愿服务队38支。", ["志愿服务队"]),
    ("verb-inside-compound", "新建乡村振兴学习课堂60个。", ["学习课堂"]),
    # households and people of one category, back to back
    ("households-then-people", "低保户46户98人，五保户7户7人。", ["低保户", "低保户", "五保户", "五保户"]),
    # the whole compound after the number
    ("compound-with-verb", "建成12个新时代文明实践站点。", ["实践站点"]),
    ("passive-attribute", "对23家被审计单位开展回访。", ["被审计单位"]),
    ("quoted-term-modifier", "收集群众“烦心事”问题58件。", ["“烦心事”问题"]),
    ("long-quoted-name-dropped", "推出9个“党员先锋示范岗”服务窗口。", ["服务窗口"]),
    ("predicate-after-number", "共走访农户520户征集意见建议316条。", ["农户", "意见建议"]),
    ("share-after-total", "排查安全隐患860处，其中90%已经整改，10%列入计划。",
     ["安全隐患", "安全隐患", "安全隐患"]),
    ("no-carry-across-own-noun", "化解信访积案12次，为企业解决难题31次。", ["信访积案", "难题"]),
    # a predicate is never the object, before or after the number
    ("predicate-is-not-event", "开展1200余场院坝宣讲。", ["院坝宣讲"]),
    ("long-phrase-then-verb", "共有18名基层宣讲骨干进入复赛。", ["基层宣讲骨干"]),
    ("chain-keeps-both-nouns", "共有农户260户、脱贫户55户参加。", ["农户", "脱贫户"]),
    ("next-figure-reads-its-own", "走访8个社区300余户开展宣传。", ["社区", "户"]),
    # N户、计M人: a linking word between two counts of one thing
    ("households-ji-people", "全乡现有低保户312户、计865人。", ["低保户", "低保户"]),
    ("households-gongji-people", "排查出边缘户26户共计71人。", ["边缘户", "边缘户"]),
    ("households-comma-people", "全村五保户9户、11人。", ["五保户", "五保户"]),
    # a set phrase naming the kind stays in the compound, before or after the number
    ("set-phrase-before", "全乡建档立卡贫困户860户2410人。", ["建档立卡贫困户", "建档立卡贫困户"]),
    ("set-phrase-after", "全县有6个建档立卡贫困村。", ["建档立卡贫困村"]),
    # the noun written after the number
    ("measure-word-in-compound", "开展三个系列活动。", ["系列活动"]),
    ("verb-and-one-char-head", "与五个帮扶村的村干部座谈。", ["帮扶村"]),
    ("verb-and-one-char-head-in-list", "建成24个村级实践站、9个文明实践点。", ["实践站", "文明实践点"]),
    ("group-names-itself", "分6组开展督导检查。", ["组"]),
    # a modifier ending in 的 gives way to the noun after it
    ("adjective-de", "迎来了20名特别的学员。", ["学员"]),
    ("predicate-de", "评选出12名表现突出的志愿者。", ["志愿者"]),
    ("clause-de", "梳理出5个群众反映强烈的问题。", ["问题"]),
    ("noun-de-stays", "走访3个村的党员。", ["村"]),
    # a count of people names people: what follows is theirs, or what they do
    ("people-then-their-things", "全镇1500名党员档案资料整理完毕。", ["党员"]),
    ("people-then-verb", "向200余名群众宣讲惠民政策。", ["群众"]),
    # the head noun ends before the clause's verb
    ("meeting-then-verb", "召开2次党委会议研究部署整改任务。", ["党委会议"]),
    # discipline reports count people by the measure taken
    ("sanctions", "给予党纪处分2人；诫勉谈话3人；组织处理1人；批评教育4人。",
     ["党纪处分", "诫勉谈话", "组织处理", "批评教育"]),
    ("sanction-one-verb", "诫勉1人。", ["诫勉"]),
    ("visits-are-not-sanctions", "走访慰问困难群众30人。", ["困难群众"]),
    # a book title counts its copies
    ("title-before", "印发《党风廉政读本》2600册。", ["《党风廉政读本》"]),
    # a quote that scraping left unclosed still names the kind, and the amount after it
    ("unclosed-quote", "已发放“以工代赈12户9.6万元。", ["以工代赈", "以工代赈"]),
    # kinds listed with 、 are counted together, up to three; in a longer or open list the last one names the count
    ("two-kinds", "全镇五保对象、孤寡老人共87人。", ["五保对象、孤寡老人"]),
    ("three-kinds", "机关班子成员、中层干部、党员共计52人参加。", ["班子成员、中层干部、党员"]),
    ("three-kinds-of-meeting", "召开党员座谈会、群众恳谈会、项目协调会共31次。", ["党员座谈会、群众恳谈会、项目协调会"]),
    ("four-kinds-last", "领导干部、中层干部、党员、职工共计210人参加。", ["职工"]),
    ("trimmed-kind-joins-no-list", "县直部门和乡镇全体党员、干部600余人参加。", ["全体党员、干部"]),
    # a four-character set phrase right after the verb is a kind of its own, whatever its tag
    ("set-phrase-kind", "发放扫黑除恶、法治宣传材料1500余份。", ["扫黑除恶、法治宣传材料"]),
    ("verbs-are-no-kind", "深入走访、慰问困难群众120户。", ["困难群众"]),
    # a title after the figure, or titles after the noun that names them
    ("title-after", "编印4500册《理论学习读本》发给党员。", ["《理论学习读本》"]),
    ("titles-after-noun", "发放学习资料《廉政准则》、《文明公约》共计300余份。", ["学习资料"]),
    ("title-before", "印发《学习手册》2600册。", ["《学习手册》"]),
    # a count of people named by the act (人数), a team named by its task, a size threshold
    ("act-count-of-people", "召开座谈会12次，征求意见人数达530人。", ["座谈会", "征求意见人数"]),
    ("team-by-task", "局里抽调骨干组成4个走访服务组深入企业。", ["走访服务组"]),
    ("size-threshold", "走访全县85家亿元以上骨干企业。", ["骨干企业"]),
    ("enterprise-classes", "走访辖区186家规上企业、23家临规企业。", ["规上企业", "临规企业"]),
    # a set phrase opening the phrase after a count is an attribute of the kind
    ("idiom-attribute", "排查出9个软弱涣散党组织。", ["软弱涣散党组织"]),
    # the counted noun left out after 的: the whole phrase inside the clause names it (annotation guide)
    ("headless-de-clause", "参加干部作风满意度测评调查的共86人。", ["干部作风满意度测评调查"]),
    # a one-character head makes a word with the noun before it, whatever the dictionary tags it
    ("one-char-head-tagged-numeral", "各村设置便民服务点46个。", ["便民服务点"]),
    # people handed over to another body are counted by that measure
    ("handed-over", "处分52人,其中移送司法机关3人。", ["处分", "移送司法机关"]),
    # a count of events names the event by its verbs, after an attribute or a verb saying how it is held
    ("event-verb-after-attribute", "县纪委组织两轮专项巡察。", ["专项巡察"]),
    ("event-of-two-verbs", "县委开展2次专题调研,组织3场集中宣讲。", ["专题调研", "集中宣讲"]),
    # a change in points after a comparison measures what the figure before counts
    ("points-after-comparison", "上半年完成投资8.4亿元,同比增长6.2个百分点。", ["投资", "投资"]),
    # a rate among people opens with them, past the activity named before
    ("rate-of-people", "主题教育活动群众满意率达到97%。", ["群众满意率"]),
    ("open-list-last", "镇领导、村支书等40人参加。", ["村支书"]),
    ("places-are-no-kinds", "到社区、村委会宣讲18场。", ["宣讲"]),
    # a survey's answers count the cases so judged
    ("verdicts", "回访群众诉求30件，其中非常满意的26件，基本满意的4件。", ["群众诉求", "非常满意", "基本满意"]),
    # the clauses after 其中 list parts of the whole counted before them, clause after clause
    ("parts-after-qizhong", "全乡共有低保户48户103人，其中今年新增9户17人，去年退出5户12人。",
     ["低保户"] * 6),
    # 由 names who does the work unless the clause runs on to a change's end
    ("you-names-the-doers", "由6名镇班子成员牵头包联重点项目。", ["镇班子成员"]),
    ("you-opens-a-change", "审批事项由112项精简至64项。", ["审批事项", "审批事项"]),
    # people named one by one before 等: the word before the names says what they are
    ("names-then-count", "村组干部韩立军、孙志坤、赵海等5人上门宣讲政策。", ["村组干部"]),
    # a count of people reaches past an attribute cut into single characters to the word naming them
    ("people-past-attribute", "培训210名“不忘初心”学教指导员。", ["学教指导员"]),
    # a short noun before a sanction says which measure
    ("sanction-with-kind", "政纪处理6人，诫勉谈话2人。", ["政纪处理", "诫勉谈话"]),
    # verbs in a row before a one-character head make one noun with it
    ("verbs-then-head", "全县建成8个移民搬迁安置点。", ["搬迁安置点"]),
    # an event named by what is done in it
    ("event-by-its-act", "今年共组织42场送政策下乡活动，举办9场进企业宣讲。", ["送政策下乡活动", "进企业宣讲"]),
    # a clause that names nothing past the object of the figure before counts the same
    # a count of people before 义 (义诊, 义工) is read: 名义 takes no number
    # a clause of having or concerning before 的 is about the noun after it; an attribute is not
    ("clause-before-de", "对9家存在安全隐患的企业下达整改通知,查处3起涉及群众利益的案件。", ["企业", "案件"]),
    ("attribute-before-de", "走访15家下属企业的班组。", ["下属企业"]),
    # a count of households that names them ends there
    ("households-then-project", "实施620户贫困户危房改造项目。", ["贫困户"]),
    ("households-of-firms", "帮扶12户企业。", ["企业"]),
    # after a verb that holds events, the words up to their count name the event, cut or not
    ("event-name-unknown-word", "各村召开坝坝会74场次。", ["坝坝会"]),
    # closing an item is an act: the clause names nothing, the count is of what was listed
    ("closed-items", "排查各类隐患418条,已整改销号392条。", ["隐患", "隐患"]),
    # a negation stays with the kind it denies
    ("negation-kept", "民主评议中评出不合格党员3名。", ["不合格党员"]),
    # a role named by its field is one word for people; people after a body are that body's
    ("role-by-field", "全镇聘请了120多个护林保洁员。", ["护林保洁员"]),
    ("people-of-a-body", "对4个试点单位相关人员开展培训。", ["试点单位"]),
    # a joining character that ends a longer word joins nothing
    ("ji-inside-a-verb", "为农户申请贴息贷款320万元,惠及农户86户。", ["贴息贷款", "农户"]),
    # right after a count an adverb-like word is an attribute; after a noun it still ends the phrase
    ("attribute-after-count", "明确了选人用人的五项基本原则,12个村基本完成整改。", ["基本原则", "村"]),
    ("forecast-dropped", "年内预计减贫2400人。", ["减贫"]),
    ("people-in-fenzi", "共有38名入党积极分子参加集中培训。", ["入党积极分子"]),
    ("people-before-yi", "40余名义诊医生和20名义工走进社区。", ["义诊医生", "义工"]),
    ("bare-past-own-object", "排查出的35个隐患已全部整改到位31个。", ["隐患", "隐患"]),
]


@pytest.mark.parametrize("text, objects", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_objects(text, objects, taxonomy):
    got = objects_of(text, taxonomy)
    assert len(got) == len(objects), got
    assert all(names_the_same(want, have) for want, have in zip(objects, got)), got
