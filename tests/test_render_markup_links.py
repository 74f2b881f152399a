"""Note and chart links skip markdown-it's URL normalising only where it would leave them as they are."""
from __future__ import annotations

from markdown_it import MarkdownIt

from reportgen.render.markup import _parser, parse


def test_links_normalise_as_markdown_it_normalises_them():
    plain = MarkdownIt("commonmark")
    for url in ("note:12", "note:0", "chart:indicators", "chart:unit-map", "note:１２", "chart:a b", "note:%20",
                "http://例子.cn/a b", "note:12/x", "NOTE:3", "javascript:alert(1)"):
        assert _parser().normalizeLink(url) == plain.normalizeLink(url), url


def test_a_note_link_is_still_a_noted_figure():
    doc = parse("全县召开座谈会[120场](note:0)。", notes=["《某县报告》：召开座谈会120场"])
    (para,) = doc.blocks
    noted = [n for n in para.content if type(n).__name__ == "Noted"]
    assert [(n.text, n.note) for n in noted] == [("120场", "《某县报告》：召开座谈会120场")]
