"""Reports whose unit is an organisation, not a place (invented texts; round 13).

A hospital, a university's college or office, a court, a company or group, a community or a development zone's
working committee reports on its own work: the organisation acting as the subject is the unit, not the village it
helped or the town it went to, and its full nested name is kept (大学 + 学院 + 党委, 医院 + 科室 + 党支部,
法院 + 机关 + 党委). A text that calls itself by its kind (我院, 我校) is the organisation of that kind it names.
"""
from __future__ import annotations

import pytest

from conftest import extract_article

SHAPES = [
    # a company or group named by its own name acts; the village it helps is named after it
    ("东林集团党委扎实开展“我为群众办实事”活动\n\n"
     "近日，东林集团党委组织党员志愿者深入对口帮扶的王家湾村，为村民修缮房屋12间。集团党委负责人表示，将持续巩固帮扶成果。",
     "东林集团党委"),
    ("近日，恒远股份有限公司党委召开主题教育专题会议。会后，公司党委组织党员走进结对的石门镇张庄村开展帮扶，为村里捐赠物资5万元。",
     "恒远股份有限公司党委"),
    ("瑞丰公司党委开展党纪学习教育\n\n"
     "瑞丰公司党委把党纪学习教育作为重要政治任务。今年以来，公司在驻地的青山县共开展廉政宣讲8场。",
     "瑞丰公司党委"),
    ("东江集团党委扎实推进党史学习教育\n\n"
     "近日，东江集团党委召开党史学习教育推进会。集团党委书记要求，各基层党组织要把学习成果转化为发展成效。"
     "今年以来，集团为帮扶的李家村投入资金80万元。",
     "东江集团党委"),
    ("近日，华信建设有限公司党委组织党员赴柳树村开展结对帮扶活动。公司党委为村里修建道路2公里。华信建设有限公司党委书记表示，公司将持续助力乡村振兴。",
     "华信建设有限公司党委"),
    # a university's college or office and its party body: the whole nested name
    ("青岚师范大学马克思主义学院党委开展“三会一课”观摩活动\n\n"
     "近日，青岚师范大学马克思主义学院党委在江州市红色教育基地开展观摩活动。学院党委书记主持会议。",
     "青岚师范大学马克思主义学院党委"),
    ("近日，南岭师范大学后勤管理处机关第二党支部赴柳树村开展结对共建活动。支部党员为村小学送去图书300册。",
     "南岭师范大学后勤管理处机关第二党支部"),
    ("北川大学化学学院党委深入红星村开展帮扶\n\n"
     "近日，北川大学化学学院党委组织师生党员赴红星村开展科技帮扶，为村民讲解种植技术。化学学院党委还向村里捐赠图书500册。",
     "北川大学化学学院党委"),
    ("我校召开主题教育总结大会\n\n"
     "7月5日，江北科技学院召开主题教育总结大会。学校党委书记出席。会议指出，我校主题教育取得明显成效，为临江市发展作出贡献。",
     "江北科技学院"),
    # a hospital, one of its departments' party branches, and 我院
    ("我院开展党纪学习教育警示教育\n\n"
     "近日，我院组织全体党员赴清源市廉政教育基地接受警示教育。江州市中医医院党委书记强调，要以案为鉴。今年以来，我院共开展警示教育6场。",
     "江州市中医医院"),
    ("近日，江州市第三人民医院心内科党支部走进石桥社区开展健康义诊活动。心内科党支部书记带领医生为居民测量血压。",
     "江州市第三人民医院心内科党支部"),
    ("安平市中心医院外科党总支扎实开展主题党日活动\n\n"
     "6月18日，安平市中心医院外科党总支组织全体党员前往石桥镇敬老院开展志愿服务。外科党总支书记表示，将持续把服务送到群众身边。",
     "安平市中心医院外科党总支"),
    # a court's or a procuratorate's party committee of its organs: the office and the party body together
    ("近日，江州市中级人民法院机关党委组织党员干警赴白沙镇开展普法宣传活动。法院机关党委还为群众解答法律问题50余个。",
     "江州市中级人民法院机关党委"),
    ("宁远县人民法院机关党委扎实开展“我为群众办实事”活动\n\n"
     "今年以来，宁远县人民法院机关党委紧扣群众诉求，推出便民诉讼举措12项。法院机关党委组织党员干警走进青山乡开展巡回审判。",
     "宁远县人民法院机关党委"),
    ("江北县人民检察院机关党委扎实推进主题教育\n\n"
     "近日，江北县人民检察院机关党委召开专题会议。检察院机关党委书记要求，全体党员要立足岗位办实事。",
     "江北县人民检察院机关党委"),
    # a development zone's working committee, a community
    ("近日，江州市经济技术开发区党工委组织党员干部深入辖区企业开展走访调研。经开区党工委共为企业解决难题30个。",
     "江州市经济技术开发区党工委"),
    ("青松街道红旗社区党委开展“我为群众办实事”活动\n\n"
     "近日，青松街道红旗社区党委组织党员志愿者为辖区老人上门服务。社区党委共走访困难家庭40户。",
     "青松街道红旗社区党委"),
]


@pytest.mark.parametrize(("text", "unit"), SHAPES, ids=[unit for _, unit in SHAPES])
def test_organisation_is_the_unit(text: str, unit: str) -> None:
    assert extract_article(text).unit == unit


def test_place_opening_the_lead_still_acts_before_a_company_it_helps() -> None:
    # the place is the subject; the company named after it is not a proper-named actor of the title or lead opening
    text = ("近日，柳河镇组织党员干部走访辖区企业。柳河镇为华信建设有限公司解决用工难题3个。\n"
            "柳河镇党委表示，将持续优化营商环境。")
    assert extract_article(text).unit != "华信建设有限公司"
