"""Metadata on page shapes a scraped report of the genre carries (invented texts).

Each case is one rule about the page around the article: the writers named in
the page header's 作者 field, a date stamp after a list dash, and furniture
left above the headline (a file name, a lone bracketed tag, the page's 正文
label, a 来自 field naming the posting department) that is never the title.
"""
from __future__ import annotations

import pytest

from conftest import extract_article

BODY = ("近日,青石镇党委组织机关党员干部深入各村开展走访活动,共走访群众320户,收集意见建议45条。\n"
        "镇党委要求,对收集的问题建立台账,限期办结。\n")


@pytest.mark.parametrize(("header", "authors"), [
    ("作者:钱文斌   发布时间:2022-05-17 10:21:03 打印 字号: | |", ["钱文斌"]),
    ("2022-05-17 10:21:03 | 来源:某某日报 | 作者:钱文斌、孔丽", ["钱文斌", "孔丽"]),
], ids=["author-first", "author-last"])
def test_the_page_headers_author_field_gives_the_authors(header, authors):
    article = extract_article(f"青石镇开展走访活动\n{header}\n\n{BODY}")
    assert article.title == "青石镇开展走访活动"
    assert article.authors == authors
    assert article.date == "2022-05-17"


def test_an_author_field_naming_an_office_gives_no_authors():
    article = extract_article(f"青石镇开展走访活动\n作者:青石镇党政办公室 发布时间:2022-05-17\n\n{BODY}")
    assert article.authors == []


def test_a_bracketed_byline_in_the_body_wins_over_the_header_field():
    text = ("青石镇开展走访活动\n作者:管理员 发布时间:2022-05-17\n\n本报讯(记者 钱文斌)" + BODY)
    assert extract_article(text).authors == ["钱文斌"]


def test_a_date_stamp_after_a_list_dash_is_the_date():
    article = extract_article(f"青石镇开展走访活动\n- 2016年03月08日\n\n{BODY}")
    assert article.date == "2016-03-08"


@pytest.mark.parametrize("furniture", ["DSC_0412.JPG", "【PDF版】", "文章正文", "来自:党政办"],
                         ids=["file-name", "bracket-tag", "text-label", "posted-from"])
def test_page_furniture_above_the_text_is_never_the_title(furniture):
    article = extract_article(f"{furniture}\n\n{BODY}")
    assert article.title != furniture
    assert furniture not in (article.title or "")
    assert article.authors == []


def test_an_author_field_naming_the_sites_account_gives_no_authors():
    article = extract_article(f"青石镇开展走访活动\n作者:管理员 发布时间:2022-05-17\n\n{BODY}")
    assert article.authors == []


def test_markup_left_as_text_above_the_headline_is_furniture():
    text = ('<div id="x1"></div><span id="x1"></span>\n  • <input id="x2"><em id="x2"></em>\n\n'
            "青石县农业农村局\n\n青石县农业农村局2021年工作总结\n\n2022-01-20 来源: 办公室\n\n"
            "2021年,县农业农村局全面加强党的领导,全年培训农民1200人次。\n")
    article = extract_article(text)
    assert article.title == "青石县农业农村局2021年工作总结"
    assert article.unit == "青石县农业农村局"
    assert article.date == "2022-01-20"


@pytest.mark.parametrize(("text", "unit"), [
    ("近日,开发区党工委理论学习中心组召开集体学习会议,区领导及各部门负责人共40人参加。", "开发区党工委"),
    ("高新区党工委召开专题会议,部署主题教育工作,共排出问题清单15项。", "高新区党工委"),
], ids=["zone-office-with-its-study-group", "zone-office"])
def test_a_zones_office_named_by_the_zones_kind_alone_is_kept_as_written(text, unit):
    assert extract_article(text).unit == unit


@pytest.mark.parametrize(("text", "unit"), [
    ("近日,青石县人民法院城关人民法庭组织干警走进社区开展普法宣传,发放资料600余份。", "青石县人民法院城关人民法庭"),
    ("近日,青石县第一高中组织党员教师开展主题党日活动,共有党员56人参加。", "青石县第一高中"),
], ids=["court-tribunal", "senior-school"])
def test_tribunals_and_senior_schools_end_an_organisations_name(text, unit):
    assert extract_article(text).unit == unit


def test_a_closing_bracket_with_slashed_parts_gives_the_writer_not_the_photographer():
    text = BODY.rstrip("\n") + "(文/钱文斌 摄/孔丽)\n"
    article = extract_article("青石镇开展走访活动\n\n" + text)
    assert article.authors == ["钱文斌"]
