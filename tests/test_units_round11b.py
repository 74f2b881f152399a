"""Which unit a report names, in shapes that recur across the round-11 pools (invented sentences of the genre).

A provincial or national paper's kicker names its county by the province's stem and the county's stem (某省's stem +
某县's stem: …): the county is the actor, never the province. A county's report that opens with a story in one of its
towns (在某县某镇某村…) and goes on to another town, the county acting in a clause of its own (某县坚持…), is the
county's, though it names that first town most. An office of the place alone on its line under a title whose
actor is the place (某县：… / 某县委某部), the lead's actor the place too, writes for the place. A body of the place that only convenes a meeting in the lead (某区委某领导小组第三次全体会议召开)
is not the actor where the place then acts (某区以…为契机); nor is a session's body whose meeting opens
(政协某县第十届委员会第三次会议开幕) where the body itself then acts (某县政协以…为指导). A report whose lead opens with a whole sector and its
members (今年以来,某某系统各单位…), naming no place and no organisation, is the sector's, named as written. A county's people's organisation (某县总工会) acts through its head (某县总工会党组书记某某
带领干部…) as an institution does. A place the dictionary knows whole (某州市) is the whole name: a person's
name and a copula before it (某某是某州市…) are no part of it.
"""
from __future__ import annotations

import pytest

from conftest import extract_article

SHAPES = [
    # a kicker of two stems, province then county, over a lead that names the county in full under its province
    ("江西青岚:“四个聚焦”推动实践活动见实效\n\n"
     "  主题教育开展以来,江西省青岚县广泛开展“我为群众办实事”实践活动,县委常委会第一时间作出安排部署,"
     "共解决群众诉求300余件。\n\n  一是聚焦大事难事。县委、县政府投入1亿元,解决群众出行难题。",
     {"unit": "青岚县", "locality": "青岚县"}),
    # a county's report told through stories in two of its towns; the county acts in a clause of its own
    ("“以前过河要绕十里路,现在几分钟就到了。”在浙江省青岚县柳河镇石桥村,70多岁的老人看着家门口正在建设的新桥,高兴得合不拢嘴。\n"
     "石桥村与新华村之间隔着一条40米宽的河,两岸村民只能隔河相望。在开展党史学习教育过程中,柳河镇组织干部走村入户,倾听群众诉求。目前,柳河镇共解决群众问题20余件。\n"
     "把学习成效转化为工作实效。青岚县坚持以学促干,发动党员干部走村入户,帮助群众解决难题。\n"
     "在沙河街道新华社区,支部书记每天都要在社区走一圈,了解群众需要解决的问题。",
     {"unit": "青岚县", "locality": "青岚县"}),
    # a town's report that calls itself by its level keeps the town, though its county acts in a clause
    ("在浙江省青岚县柳河镇石桥村,老人看着新桥高兴地说。\n"
     "柳河镇组织干部走村入户,倾听群众诉求。柳河镇共解决群众问题20余件。\n"
     "青岚县坚持以学促干,在全县推广该镇的做法。\n"
     "该镇还与东风街道结对,共同开展志愿服务。",
     {"unit": "柳河镇"}),
    # a department of the county's committee on a line of its own under the county's title: it writes for the county
    ("青岚县:“我为群众办实事”,办好群众身边事\n青岚县委组织部\n\n"
     "党史学习教育开展以来,青岚县紧扣学党史、办实事,切实将学习成果转化为为民办实事的生动实践。\n\n"
     "全县共收集群众意见建议300余条,已办结280条。",
     {"unit": "青岚县", "locality": "青岚县"}),
    # the department in the lead as the actor stays the unit
    ("青岚县:“我为群众办实事”,办好群众身边事\n\n"
     "党史学习教育开展以来,青岚县委组织部紧扣学党史、办实事,组织全县党员干部下沉一线。\n\n"
     "县委组织部共收集群众意见建议300余条,已办结280条。",
     {"unit": "青岚县委组织部"}),
    # a leading group of the district's committee convenes; the district acts
    ("标题\n\n本报讯 6月25日,青山区委党史学习教育领导小组第三次全体会议召开,总结全区党史学习教育进展情况。"
     "据悉,青山区以党史学习教育为契机,加快推动民生实事落地见效,已征集项目1286个。\n\n"
     "会议强调,要高标准落实党史学习教育部署要求。",
     {"unit": "青山区", "locality": "青山区"}),
    # a session's body opens its meeting; the CPPCC of the county acts
    ("标题\n\n1月30日,政协青岚县第十届委员会第三次会议开幕。\n"
     "会上,青岚县政协主席代表常务委员会作工作报告。报告指出,2023年,青岚县政协以协商议政为重点,"
     "全年提交提案200余件。",
     {"unit": "青岚县政协"}),
    # a county's trade union acts through the head of its party group
    ("标题\n\n5月15日,青岚县总工会党组书记、副主席张三带领干部职工到所联系的石桥村开展“大走访”活动。"
     "走访中,干部职工共走访农户120户。",
     {"unit": "青岚县总工会", "locality": "青岚县"}),
    # the county's government before its head's post is where the head works: the county acts
    ("标题\n\n5月15日,青岚县人民政府县长张三带领干部到石桥村开展“大走访”活动。青岚县共走访农户1200户。",
     {"unit": "青岚县"}),
    # a group that acts in the lead, convening nothing, is the actor
    ("标题\n\n本报讯 6月25日,青山区委党史学习教育领导小组印发学习资料5000份,指导各单位开展专题学习。"
     "青山区委党史学习教育领导小组还组建了3个巡回指导组。",
     {"unit": "青山区委党史学习教育领导小组"}),
    # a whole sector opens the lead with its members: the sector reports
    ("今年2月以来,卫生系统各地各单位党组织和广大党员、干部,坚持规定动作到位,取得重大成效。"
     "系统党员参学率达到100%。\n\n各单位累计开展专题讨论2万余次。",
     {"unit": "卫生系统", "locality": None}),
    # a system that is a thing, not a sector, names no unit
    ("今年以来,信息系统建设稳步推进,累计完成升级改造30余项。\n\n各项工作有序开展。",
     {"unit": None}),
]


@pytest.mark.parametrize(("text", "want"), SHAPES)
def test_round11_unit_shapes(text, want):
    article = extract_article(text)
    for field, value in want.items():
        assert getattr(article, field) == value, (field, getattr(article, field))


@pytest.mark.parametrize(("text", "places"), [
    # a two-character personal name the dictionary cuts apart, a copula, then a city it knows
    ("李剑是杭州市“百千万”蹲点调研活动众多党员干部的一个缩影。", ["杭州市"]),
    # a personal name the dictionary knows whole, then the copula and the city
    ("王强是苏州市的一名社区干部。", ["苏州市"]),
])
def test_a_known_place_is_its_whole_name(lexicon, text, places):
    from reportgen.extract.places import find_places

    assert find_places(text, lexicon) == places
