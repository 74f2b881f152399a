"""Splitting a document into articles, and the roles of their headline lines."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shipped_lexicon, shipped_normalise_rules
from reportgen.extract.articles import split_articles
from reportgen.extract.headlines import heading_roles, is_headline_like
from reportgen.ingest import read
from reportgen.nodes import Document, Heading, Image, Para
from reportgen.normalise import normalise

RULES = shipped_normalise_rules()

LEX = shipped_lexicon()


@pytest.fixture(scope="module")
def split_seeds(seed_paths: list[Path]) -> dict[str, list[tuple]]:
    """Every seed read, normalised and split, by file name."""
    return {p.name: split_articles(normalise(read(p).document, RULES), LEX) for p in seed_paths}


def titles(article: tuple) -> str:
    return "".join(b.text for b in article if isinstance(b, Para) and b.role == "title")


def by_role(article: tuple, role: str | None) -> list[str]:
    return [b.text for b in article if isinstance(b, Para) and b.role == role]


def test_every_seed_has_the_gold_number_of_articles(split_seeds, gold):
    got = {name: len(arts) for name, arts in split_seeds.items() if name in gold}
    want = {name: len(g["articles"]) for name, g in gold.items()}
    assert got == want


def test_seed_003_splits_into_the_six_gold_articles_in_order(split_seeds, gold):
    name = next(n for n in gold if n.startswith("003"))
    assert [titles(a) for a in split_seeds[name]] == [g["title"] for g in gold[name]["articles"]]


def test_seed_003_main_report_keeps_its_column_kicker_and_displaced_lead(split_seeds):
    main = next(arts for name, arts in split_seeds.items() if name.startswith("003"))[0]
    assert by_role(main, "column") == ["践行群众路线 县市区行动"]
    assert by_role(main, "kicker") == ["昌乐县坚持群众路线教育实践活动严督实导,干部深入群众大走访——"]
    assert by_role(main, "byline") == ["□ 本报记者 宋学宝 宋昊阳"]
    body = by_role(main, None)
    assert body[0].startswith("昌乐县高度重视党的群众路线教育实践活动")  # the lead set above the byline
    assert "拓宽惠民服务渠道——群众动嘴 社区主任跑腿" in body
    assert not any("群众对美好生活的向往" in p for p in body)  # the sidebar's text is not the main report's


def test_seed_003_sidebar_holds_only_its_own_text(split_seeds):
    sidebar = next(arts for name, arts in split_seeds.items() if name.startswith("003"))[1]
    body = by_role(sidebar, None)
    assert body[0].startswith("群众对美好生活的向往")
    assert not any("本报记者" in p or "拓宽惠民服务渠道" in p for p in body)


def test_seed_004_page_title_wins_over_the_repeated_headline(split_seeds):
    (article,) = next(arts for name, arts in split_seeds.items() if name.startswith("004"))
    assert titles(article) == "泉州开发区扎实推进群众路线教育实践活动深入开展"
    assert "泉州开发区扎实推进教育实践活动深入开展" not in by_role(article, None)


@pytest.mark.parametrize("lines, roles", [
    (["践行群众路线 县市区行动", "某县坚持严督实导,干部深入群众大走访——", "为群众解难题不走过场"],
     ["column", "kicker", "title"]),
    (["提前预热 周密部署 示范带动 有序推进", "区党的群众路线教育实践活动高起点开局"], ["kicker", "title"]),
    (["某市企业工委“三项措施”助推", "企业群众路线教育实践活动深入开展"], ["title", "title"]),
    (["全县扎实推进教育实践活动深入开展", "边学边查边改 提升服务水平", "全县扎实推进活动深入开展"],
     ["title", "deck", "deck"]),
    (["为民办实事", "——某镇开展“四下基层”活动纪实"], ["title", "deck"]),
    (["文化惠民活动启动"], ["title"]),
], ids=["column-kicker-title", "slogan-kicker", "wrapped-title", "repeated-headline", "dash-deck", "single"])
def test_heading_roles(lines, roles):
    assert heading_roles(lines) == roles


def test_a_line_naming_only_a_unit_is_a_kicker_not_part_of_the_title():
    assert heading_roles(["某某市统计局", "“三个聚焦”践行群众路线"], lambda s: s == "某某市统计局") == ["kicker", "title"]


@pytest.mark.parametrize("text, expected", [
    ("为群众解难题不走过场", True),
    ("深入群众 首先要身在群众", True),
    ("一、深入一线调研,做到有的放矢", False),
    ("昌乐县委书记张新强:", False),
    ("省市联合督导组在某镇看望困难群众。", False),
])
def test_is_headline_like(text, expected):
    assert is_headline_like(text) is expected


def page(*lines: str) -> Document:
    return Document(meta={}, blocks=tuple(Para.of(t) for t in lines))


def test_dateline_bylines_open_articles_without_byline_lines():
    doc = page(
        "某县召开动员大会",
        "本报讯（记者 张三）3月5日，某县召开党的群众路线教育实践活动动员大会，全面部署工作。会议要求各单位高度重视。",
        "会议强调，要把活动抓实抓好。",
        "某镇开展大走访",
        "本报讯（通讯员 李四）近日，某镇组织机关干部进村入户开展大走访，收集意见建议一百余条，逐条整改落实。",
    )
    arts = split_articles(doc, LEX)
    assert [titles(a) for a in arts] == ["某县召开动员大会", "某镇开展大走访"]
    assert len(by_role(arts[0], None)) == 2


def test_page_furniture_belongs_to_no_article_and_a_heading_title_gets_its_role():
    doc = Document(meta={}, blocks=(
        Para.of("您所在的位置: 首页 > 新闻 > 正文"),
        Heading.of(1, "某区扎实推进教育实践活动"),
        Para.of("自活动开展以来，某区认真贯彻总要求，扎实推进各项工作，取得初步成效，群众满意度明显提升。"),
        Image("photo.jpg"),
        Para.of("相关新闻"),
    ))
    (art,) = split_articles(doc, LEX)
    assert titles(art) == "某区扎实推进教育实践活动"
    assert not any("您所在的位置" in getattr(b, "text", "") or getattr(b, "text", "") == "相关新闻" for b in art)
    assert any(isinstance(b, Image) for b in art)


def test_a_photo_credit_line_is_a_caption_and_a_photographer_byline_is_no_body():
    doc = page(
        "某县开展大走访",
        "自活动开展以来，某县组织干部深入群众，听取意见，解决难题，活动取得了明显成效，受到群众好评。",
        "3月28日，某县组织党员干部参观学习。张三 摄",
    )
    (art,) = split_articles(doc, LEX)
    assert by_role(art, "caption") == ["3月28日，某县组织党员干部参观学习。张三 摄"]


@pytest.mark.parametrize("doc", [Document(), page("   ")], ids=["no-blocks", "blank"])
def test_an_empty_document_has_no_articles(doc):
    assert split_articles(doc, LEX) == []


@pytest.mark.parametrize("line, role", [
    ("qz.fjsen.com 2014-05-26 15:15:03 来源:泉州晚报 责任编辑:陈小妮", "dateline"),
    ("发布时间：2014-03-12 来源：某区人民政府网", "dateline"),
    ("数据来源：县统计局", None),
], ids=["web-header", "cms-header", "data-source-in-body"])
def test_page_header_lines_are_datelines_and_body_mentions_are_not(line, role):
    lead = "自活动开展以来，某区认真贯彻总要求，扎实推进各项工作，取得初步成效，群众满意度明显提升。"
    doc = page("某区推进活动", line, lead) if role else page("某区推进活动", lead, line)
    (art,) = split_articles(doc, LEX)
    assert [b.role for b in art if b.text == line] == [role]


@pytest.mark.parametrize("line, role", [
    ("3月28日，某县组织党员干部参观学习。张三 摄", "caption"),
    ("3月9日，某区召开工作会议。实习生 牛原 摄", "caption"),
    ("干部在田间地头了解苗情（本报记者 李四 摄）", "caption"),
    ("会议邀请电视台记者对活动全程录像拍摄", None),
])
def test_photo_credits_make_captions(line, role):
    lead = "自活动开展以来，某县组织干部深入群众，听取意见，解决难题，活动取得了明显成效，受到群众好评。"
    (art,) = split_articles(page("某县开展大走访", lead, line), LEX)
    assert [b.role for b in art if b.text == line] == [role]
