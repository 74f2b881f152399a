"""Which unit a report names, in shapes that recur across the round-11 pools (invented sentences of the genre).

A provincial or national paper's kicker names its county by the province's stem and the county's stem (某省's stem +
某县's stem: …): the county is the actor, never the province. A county's report that opens with a story in one of its
towns (在某县某镇某村…) and goes on to another town, the county acting in a clause of its own (某县坚持…), is the
county's, though it names that first town most.
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
]


@pytest.mark.parametrize(("text", "want"), SHAPES)
def test_round11_unit_shapes(text, want):
    article = extract_article(text)
    for field, value in want.items():
        assert getattr(article, field) == value, (field, getattr(article, field))
