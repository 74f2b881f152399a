"""Web-page ingest: a page made from seed text, wrapped in the debris scraped pages
carry, reads back as the seed's paragraphs with headings and data tables."""
from __future__ import annotations

import html

import pytest

from conftest import seed_text
from reportgen.ingest import read
from reportgen.nodes import Heading, Para, Table, plain

DEBRIS = ["var tracker = 1;", "导航首页", "版权所有 本网站", "相关新闻推荐", "请输入关键词", ".hidden{display:none}", "站点地图"]


def seed_lines(prefix: str) -> list[str]:
    return [line.strip() for line in seed_text(prefix).splitlines() if line.strip()]


def page(lines: list[str], charset: str | None) -> str:
    """Return a news page: the title as <h1>, a layout table around the body, a <br>-split
    paragraph, a data table and a subheading, surrounded by navigation and scripts."""
    e = html.escape
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    body = "\n".join(f"<p>\u3000\u3000{e(line)}</p>" for line in lines[3:8])
    return f"""<!DOCTYPE html>
<html><head>{meta}<title>{e(lines[0])} - 新闻网</title>
<style>{DEBRIS[5]}</style><script>{DEBRIS[0]}</script></head>
<body>
<header><a href="/">{DEBRIS[1]}</a></header>
<nav><ul><li><a href="/a">{DEBRIS[6]}</a></li></ul></nav>
<table width="960"><tr><td>
  <h1>{e(lines[0])}</h1>
  <div class="content">
    <p>{e(lines[1])}<br>{e(lines[2])}</p>
    {body}
    <h3>二、主要做法</h3>
    <p>{e(lines[8])}</p>
    <table border="1"><thead><tr><th>指标</th><th>数量</th></tr></thead>
      <tr><td>走访群众</td><td>1200户</td></tr><tr><td>解决问题</td><td>85件</td></tr></table>
    <div>{e(lines[9])}<span>{e(lines[10])}</span></div>
  </div>
</td><td><aside>{DEBRIS[3]}</aside></td></tr></table>
<form><input placeholder="{DEBRIS[4]}"><button>搜索</button></form>
<footer>{DEBRIS[2]}</footer>
<script>document.write("{DEBRIS[0]}")</script>
</body></html>
"""


def expected(lines: list[str]) -> list[tuple[str, str]]:
    return ([("Heading", lines[0]), ("Para", lines[1]), ("Para", lines[2])]
            + [("Para", line) for line in lines[3:8]]
            + [("Heading", "二、主要做法"), ("Para", lines[8]), ("Table", ""), ("Para", lines[9] + lines[10])])


def shape(blocks) -> list[tuple[str, str]]:
    return [(type(b).__name__, "" if isinstance(b, Table) else b.text) for b in blocks]


@pytest.mark.parametrize("prefix", ["003", "004"])
@pytest.mark.parametrize("codec, charset, encoding", [
    ("utf-8", "utf-8", "utf-8"),
    ("gb18030", "gb2312", "gb18030"),   # labelled gb2312, decoded with its superset
    ("gb18030", None, "gb18030"),       # no label: the cascade decides
    ("gb18030", "utf-8", "gb18030"),    # mislabelled: the label is not trusted
    ("utf-8-sig", None, "utf-8-sig"),
])
def test_page_reads_back_without_debris(tmp_path, prefix, codec, charset, encoding):
    lines = seed_lines(prefix)
    path = tmp_path / "page.html"
    path.write_bytes(page(lines, charset).encode(codec))
    ingested = read(path)
    assert (ingested.source.status, ingested.source.format, ingested.source.encoding) == ("ok", "html", encoding)
    blocks = ingested.document.blocks
    assert shape(blocks) == expected(lines)
    assert blocks[0] == Heading.of(1, lines[0]) and blocks[8] == Heading.of(3, "二、主要做法")
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert [plain(c) for c in table.header] == ["指标", "数量"]
    assert [[plain(c) for c in row] for row in table.rows] == [["走访群众", "1200户"], ["解决问题", "85件"]]
    text = "\n".join(b.text for b in blocks if isinstance(b, (Heading, Para)))
    assert not any(debris in text for debris in DEBRIS)
    assert ingested.document.meta["title"] == f"{lines[0]} - 新闻网"


def test_text_file_holding_a_page_is_read_as_html(tmp_path):
    lines = seed_lines("002")
    path = tmp_path / "saved.txt"
    path.write_text(page(lines, "utf-8"), "utf-8")
    ingested = read(path)
    assert (ingested.source.status, ingested.source.format) == ("ok", "html")
    assert shape(ingested.document.blocks) == expected(lines)


@pytest.mark.parametrize("markup", [
    "<h3>------长河县开展走访活动纪实<br></h3> <h3> 9月6日,长河县组织干部走访群众320户。</h3>",
    "<p>长河县开展走访活动纪实</p>\n<p>9月6日,长河县组织干部走访群众320户。</p>",
])
def test_text_file_holding_a_scraped_fragment_is_read_without_its_tags(tmp_path, markup):
    path = tmp_path / "scraped.txt"
    path.write_text(markup, "utf-8")
    ingested = read(path)
    assert (ingested.source.status, ingested.source.format) == ("ok", "html")
    text = "\n".join(b.text for b in ingested.document.blocks if isinstance(b, (Heading, Para)))
    assert "走访群众320户" in text
    assert "<" not in text and ">" not in text


def test_a_paragraph_set_in_a_heading_tag_is_a_paragraph_and_a_headline_stays_a_heading(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><h1>再创佳绩! 长河县走访工作再获全市第一</h1>"
                    "<h3>9月6日,长河县组织干部走访群众320户。走访中收集意见建议56条。</h3></body></html>", "utf-8")
    blocks = read(path).document.blocks
    assert [type(b).__name__ for b in blocks] == ["Heading", "Para"]


def test_plain_text_opening_with_a_bracket_stays_text(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("<长河县>开展走访活动\n9月6日,长河县组织干部走访群众320户。", "utf-8")
    assert read(path).source.format == "text"


def test_page_entities_from_outside_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT", "utf-8")
    line = seed_lines("000")[2]
    path = tmp_path / "xxe.html"
    path.write_text(f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n'
                    f"<html><body><p>&xxe;</p><p>{line}</p></body></html>", "utf-8")
    ingested = read(path)
    assert ingested.source.status == "ok"
    assert line in [b.text for b in ingested.document.blocks]
    assert not any("SECRET" in b.text for b in ingested.document.blocks if isinstance(b, Para))


@pytest.mark.parametrize("markup, status", [
    ("<html><head><title>news</title></head><body><p>Hello world</p></body></html>", "skipped"),
    ("<html><body><script>var 中文 = 1;</script></body></html>", "skipped"),
    ("<html>", "skipped"),
], ids=["english", "only-script", "no-body"])
def test_pages_without_chinese_text_are_skipped(tmp_path, markup, status):
    path = tmp_path / "page.htm"
    path.write_text(markup, "utf-8")
    ingested = read(path)
    assert ingested.source.status == status
    assert ingested.source.error == "no Chinese text; reportgen reads Chinese reports"
