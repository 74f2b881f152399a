"""Organisations' names as reporting units (invented texts; round 15).

Knowledge, not sentences: a national body (a democratic party, the Youth League) names its committee at a place
with its own name before the place's; an office ending that opens another word (党组 + 织) ends no name; the
offices and people's organisations a place has (常委会机关, 工商联, 侨联) end names; a title whose actor is a place
takes the place's office that posted the page and that the text keeps naming.
"""
from __future__ import annotations

import pytest

from conftest import extract_article


@pytest.mark.parametrize("text, unit", [
    ("6月10日，九三学社江州市委员会召开主题教育推进会。社市委主委出席会议并讲话。", "九三学社江州市委员会"),
    ("近日，中国民主同盟安平市委员会组织盟员赴石桥镇开展调研。民盟安平市委负责人表示，将形成调研报告。",
     "中国民主同盟安平市委员会"),
    ("民进宁远县委开展主题教育专题学习\n\n近日，民进宁远县委组织会员集中学习。会员们纷纷表示收获很大。", "民进宁远县委"),
    ("近日，共青团临江县委组织团员青年赴青山乡开展志愿服务活动，为群众义诊120人次。", "共青团临江县委"),
    ("近日，农工党清源市委员会在市政协会议室召开专题座谈会，与会人员围绕医疗卫生建言献策。", "农工党清源市委员会"),
])
def test_a_national_bodys_committee_at_a_place_is_named_with_the_body(text, unit):
    assert extract_article(text).unit == unit


def test_a_place_committee_without_a_national_body_before_it_is_the_place_speaking():
    # no body's name before the place: 某县委 is the place's own committee, as before
    article = extract_article("近日，宁远县委召开常委会议，研究部署主题教育工作。宁远县委要求各乡镇抓好落实。")
    assert article.unit == "宁远县委"


@pytest.mark.parametrize("text, unit", [
    ("东林集团党委荣获安平市先进基层党组织称号\n\n近日，安平市委对东林集团党委等10个先进基层党组织进行表彰。", "东林集团党委"),
    ("宏达公司荣膺江州市文明单位\n\n近日，江州市文明委授予宏达公司市级文明单位称号。", "宏达公司"),
])
def test_an_organisation_receiving_an_honour_from_a_place_is_the_unit(text, unit):
    assert extract_article(text).unit == unit


def test_an_ending_opening_another_word_ends_no_name(lexicon):
    from reportgen.extract.places import find_organisations, find_places

    for text in ("安平市先进基层党组织称号", "江州市委员会议纪要", "临江县局面稳定"):
        places = find_places(text, lexicon)
        names = [o.name for o in find_organisations(text, places, lexicon)]
        assert not any(n.endswith(("党组", "委", "局")) and not n.endswith("委员会") for n in names), names
    # the ending itself, or an office before an official's post, still ends a name
    text = "近日，安平市财政局党组召开会议。安平市财政局局长主持。"
    names = [o.name for o in find_organisations(text, find_places(text, lexicon), lexicon)]
    assert "安平市财政局党组" in names and "安平市财政局" in names


@pytest.mark.parametrize("text, unit", [
    ("近日，江州市人大常委会机关召开主题教育动员大会。市人大常委会主任出席会议。", "江州市人大常委会机关"),
    ("近日，安平县工商联组织会员企业赴石桥镇开展结对帮扶，捐赠资金20万元。", "安平县工商联"),
    ("近日，宁远县侨联在县城开展为侨服务活动，为归侨侨眷解决困难12件。", "宁远县侨联"),
])
def test_offices_and_peoples_organisations_of_a_place_end_their_names(text, unit):
    assert extract_article(text).unit == unit


HEADER = "发布时间:2018-04-08 09:19 来源:{dept} 编辑:张三\n\n"


@pytest.mark.parametrize("dept, body, unit", [
    ("甘肃省文化厅", "近来，一股调研之风在甘肃省文化厅兴起。这是甘肃省文化厅落实部署的实际行动。甘肃省文化厅调研工作已落实到位。",
     "甘肃省文化厅"),
    ("湖南省教育厅", "今年以来，一场走访之风在湖南省教育厅兴起。湖南省教育厅领导带队深入学校。", "湖南省教育厅"),
])
def test_a_title_naming_its_place_takes_the_posting_office_the_text_keeps_naming(dept, body, unit):
    place = dept[:2]
    article = extract_article(f"{place}文化系统开展大调研\n" + HEADER.format(dept=dept) + body)
    assert article.unit == unit


def test_a_posting_office_named_once_leaves_the_place_the_unit():
    text = ("甘肃开展大调研\n" + HEADER.format(dept="甘肃省文化厅")
            + "近来，甘肃省各地开展调研，共走访群众1200户。这是落实部署的实际行动，记者从甘肃省文化厅获悉。")
    assert extract_article(text).unit == "甘肃省"
