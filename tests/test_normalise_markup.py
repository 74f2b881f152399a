"""Markup left as text by a forum export or a page's source is taken out; a report's own brackets stay."""
from __future__ import annotations

from conftest import shipped_normalise_rules
from reportgen.nodes import Document, Para
from reportgen.normalise import normalise
from reportgen.normalise.markup import strip_markup

RULES = shipped_normalise_rules()


def _normalised(*lines: str) -> list[str]:
    document = normalise(Document(meta={}, blocks=tuple(Para.of(line) for line in lines)), RULES)
    return [block.text for block in document.blocks]


def test_forum_bbcode_before_a_dateline_goes():
    assert _normalised("[bgcolor=Beige]2010年4月12日上午，某县召开活动动员大会，共发放问卷300份。") == [
        "2010年4月12日上午，某县召开活动动员大会，共发放问卷300份。"]


def test_bbcode_pairs_around_a_heading_go_and_an_image_tag_goes_with_its_address():
    text = "[size=4][b]一、强化学习教育[/b][/size][img]http://bbs.example.cn/data/attachment/1.jpg[/img]该局每周组织集中学习。"
    assert strip_markup(text) == "一、强化学习教育该局每周组织集中学习。"


def test_inline_html_and_entities_from_a_page_source_go():
    assert _normalised("<p style=\"text-indent:2em\">全镇共走访群众&nbsp;1200户，<br/>收集意见建议&ldquo;86条&rdquo;。</p>") == [
        "全镇共走访群众 1200户，收集意见建议“86条”。"]


def test_a_reports_own_brackets_stay():
    for text in ("[注]本表数据截至5月底。", "详见<附件1>工作台账。", "【典型案例】某村成立调解小组。", "[2014]12号文件"):
        assert strip_markup(text) == text


def test_a_line_of_nothing_but_tags_leaves_no_paragraph():
    assert _normalised("[align=center][/align]", "全县开展走访活动。") == ["全县开展走访活动。"]


def test_nested_and_twice_encoded_markup_goes_in_one_pass():
    once = strip_markup("[[b]b]征求意见[/b]&amp;nbsp;120条")
    assert once == "征求意见\u00a0120条" and strip_markup(once) == once


def test_a_converters_markdown_image_and_link_go_but_a_links_words_stay():
    assert _normalised("[](/Files241/Pic/2014-3/27/IMG_6655.jpg)3月27日,某县召开座谈会12场。") == ["3月27日,某县召开座谈会12场。"]
    assert strip_markup("详见![现场图](http://www.example.cn/a.png)与[工作方案](http://www.example.cn/fa.html)。") == "详见与工作方案。"
    assert strip_markup("[注](见附件)") == "[注](见附件)"  # a report's own brackets: no address, no file
