"""Markdown with named blocks → the document AST (``reportgen.nodes``).

Templates write Markdown because an office clerk can read and edit it. The
parsing is markdown-it-py's (CommonMark + tables), with two mdit-py-plugins:
``container`` for named blocks and ``attrs`` for image widths and paragraph
roles. What the writers need beyond plain Markdown:

====================================  ==========================================
``::: masthead issue="第2期"`` … ``:::``  ``Div("masthead", children, attrs)``
``{.title}`` on the line before a para  ``Para(role="title")``
``[3077名](note:12)``                   ``Noted("3077名", notes[12])``
``![caption](chart:indicators){width=150}``  ``Image(path of that chart, caption, 150 mm)``
``\\pagebreak`` alone, ``---``, ``::: pagebreak``  ``PageBreak()``
====================================  ==========================================
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from ..errors import TemplateError
from ..messages import N_
from ..nodes import (Block, Div, Document, Emph, Heading, Image, Inline, ListBlock, Noted, PageBreak,
                     Para, Strong, Table, Text)

NOTE_SCHEME = "note:"
CHART_SCHEME = "chart:"
PAGEBREAK_LINE = "\\pagebreak"
_DIV_NAME = re.compile(r"\s*([A-Za-z][\w-]*)")
_ATTR = re.compile(r'([A-Za-z_][\w-]*)\s*=\s*"((?:[^"\\]|\\.)*)"')
_BACKSLASH = re.compile(r"\\(.)")
_PAGEBREAK_LINE = re.compile(r"^[ \t]*\\pagebreak[ \t]*$", re.M)  # its own block even without blank lines
# a note's or chart's link: URL normalising (percent-encoding, host parsing) leaves it as it is, so it is
# not run on it (a rendered briefing has thousands of note links; the URL parser was a fifth of the parse)
_OWN_LINK = re.compile(rf"(?:{NOTE_SCHEME}|{CHART_SCHEME})[A-Za-z0-9_-]+\Z")


@lru_cache(maxsize=1)
def _parser():
    """Return the shared markdown-it parser: CommonMark, tables, named blocks, attributes."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.attrs import attrs_block_plugin, attrs_plugin
    from mdit_py_plugins.container import container_plugin

    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    md.use(container_plugin, name="div", validate=lambda params, *_: _DIV_NAME.match(params) is not None)
    normalize = md.normalizeLink
    md.normalizeLink = lambda url: url if _OWN_LINK.match(url) else normalize(url)
    md.use(attrs_plugin).use(attrs_block_plugin)
    md.inline.parse = _plain_text_at_once(md.inline.parse, md.inline)
    return md


def _plain_text_at_once(parse_inline, inline):
    """Return markdown-it's inline parse that gives a text holding none of the inline rules' characters
    (``inline.terminator_re``) as the one text token markdown-it's own ``text`` rule would make of it,
    without running the rules over it: most of a rendered briefing's paragraphs and cells are plain text."""
    from markdown_it.token import Token

    if not hasattr(inline, "terminator_re"):   # markdown-it-py before 4.0 does not name its set
        return parse_inline

    def parse(src, md, env, tokens):
        if not src or inline.terminator_re.search(src) is not None:
            return parse_inline(src, md, env, tokens)
        token = Token("text", "", 0)
        token.content = src
        tokens.append(token)
        return tokens

    return parse


def div_attrs(info: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Return the name and ``key="value"`` attributes of a named block's opening line."""
    match = _DIV_NAME.match(info)
    rest = info[match.end():]
    attrs = tuple((k, _BACKSLASH.sub(r"\1", v)) for k, v in _ATTR.findall(rest))
    return match.group(1), attrs


class _Converter:
    """Walk markdown-it's flat token stream and build nested AST blocks."""

    def __init__(self, tokens: list, notes: Sequence[str], charts: Mapping[str, str]):
        self.tokens = tokens
        self.pos = 0
        self.notes = notes
        self.charts = charts

    def blocks_until(self, close: str | None) -> list[Block]:
        """Return the blocks up to the token of type ``close`` (consumed), or to the end."""
        out: list[Block] = []
        while self.pos < len(self.tokens):
            token = self.tokens[self.pos]
            self.pos += 1
            if token.type == close:
                return out
            out.extend(self.block(token))
        if close is not None:
            raise TemplateError(N_("markup: unclosed {tag}"), tag=close.removesuffix('_close'))
        return out

    def block(self, token) -> list[Block]:
        """Return the blocks that start with ``token`` (already consumed)."""
        kind = token.type
        if kind == "heading_open":
            content = self.inlines_of(self.take_inline())
            self.pos += 1  # heading_close
            return [Heading(int(token.tag[1:]), tuple(content[0]))] + content[1]
        if kind == "paragraph_open":
            inline = self.take_inline()
            self.pos += 1  # paragraph_close
            return self.paragraph(inline, token.attrs.get("class"))
        if kind in ("bullet_list_open", "ordered_list_open"):
            return [self.list_block(kind.replace("_open", "_close"), ordered=kind.startswith("ordered"))]
        if kind == "table_open":
            return [self.table()]
        if kind == "container_div_open":
            return [self.div(token.info)]
        if kind == "blockquote_open":
            return [Div("quote", tuple(self.blocks_until("blockquote_close")))]
        if kind == "hr":
            return [PageBreak()]
        if kind in ("fence", "code_block"):
            return [Para.of(token.content.rstrip("\n"))]
        return []

    def take_inline(self):
        """Return the inline token at the cursor and move past it."""
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def paragraph(self, inline, role: str | None) -> list[Block]:
        """Return a paragraph, a page break, or a paragraph followed by its images."""
        if inline.content.strip() == PAGEBREAK_LINE:
            return [PageBreak()]
        content, images = self.inlines_of(inline)
        content = _strip_ends(content)
        return ([Para(tuple(content), role)] if content else []) + images

    def list_block(self, close: str, ordered: bool) -> ListBlock:
        """Return a list whose items are the blocks between list_item tokens."""
        items = []
        while self.tokens[self.pos].type != close:
            self.pos += 1  # list_item_open
            items.append(tuple(self.blocks_until("list_item_close")))
        self.pos += 1
        return ListBlock(tuple(items), ordered)

    def table(self) -> Table:
        """Return a table: the ``thead`` row as header, the ``tbody`` rows as rows."""
        header: tuple = ()
        rows: list[tuple] = []
        in_head = False
        while True:
            token = self.tokens[self.pos]
            self.pos += 1
            if token.type == "table_close":
                return Table(header, tuple(rows))
            if token.type in ("thead_open", "thead_close"):
                in_head = token.type == "thead_open"
            elif token.type == "tr_open":
                row = self.row()
                if in_head:
                    header = row
                else:
                    rows.append(row)

    def row(self) -> tuple[tuple[Inline, ...], ...]:
        """Return the cells of one table row."""
        cells = []
        while self.tokens[self.pos].type != "tr_close":
            token = self.tokens[self.pos]
            if token.type == "inline":
                cells.append(tuple(self.inlines_of(token)[0]))
            self.pos += 1
        self.pos += 1
        return tuple(cells)

    def div(self, info: str) -> Block:
        """Return a named block (or a page break for ``::: pagebreak``)."""
        name, attrs = div_attrs(info)
        children = tuple(self.blocks_until("container_div_close"))
        if name == "pagebreak":
            return PageBreak()
        return Div(name, children, attrs)

    # -- inlines -------------------------------------------------------------

    def inlines_of(self, inline) -> tuple[list[Inline], list[Image]]:
        """Return an inline token's content as AST inlines, plus the images it holds."""
        images: list[Image] = []
        content = _merge_text(self.inlines(iter(inline.children or ()), None, images))
        return content, images

    def inlines(self, tokens, close: str | None, images: list[Image]) -> list[Inline]:
        """Return inlines up to the token of type ``close``."""
        out: list[Inline] = []
        for token in tokens:
            kind = token.type
            if kind == close:
                break
            if kind in ("text", "code_inline"):
                out.append(Text(token.content))
            elif kind == "softbreak":
                out.append(Text(_SOFTBREAK))
            elif kind == "hardbreak":
                out.append(Text("\n"))
            elif kind == "strong_open":
                out.append(Strong(tuple(_merge_text(self.inlines(tokens, "strong_close", images)))))
            elif kind == "em_open":
                out.append(Emph(tuple(_merge_text(self.inlines(tokens, "em_close", images)))))
            elif kind == "link_open":
                out.extend(self.link(str(token.attrs.get("href", "")), self.inlines(tokens, "link_close", images)))
            elif kind == "image":
                images.append(self.image(token))
        return out

    def link(self, href: str, children: list[Inline]) -> list[Inline]:
        """Return a ``note:N`` link as one Noted inline; any other link as its text."""
        if not href.startswith(NOTE_SCHEME):
            return children
        key = href[len(NOTE_SCHEME):]
        if not key.isdigit() or int(key) >= len(self.notes):
            raise TemplateError(N_("markup: link to {href!r} names no note; use the 'sourced' filter on a figure"),
                                href=href)
        return [Noted(_plain(children), self.notes[int(key)])]

    def image(self, token) -> Image:
        """Return an Image for ``chart:NAME`` (the chart's file) with its caption and width."""
        src = str(token.attrs.get("src", ""))
        name = src[len(CHART_SCHEME):] if src.startswith(CHART_SCHEME) else None
        if name is None or name not in self.charts:
            known = ", ".join(sorted(self.charts)) or "none"
            raise TemplateError(N_("markup: image {src!r} is not a chart of this build; charts: {known}"),
                                src=src, known=known)
        width = token.attrs.get("width")
        try:
            width_mm = float(str(width).removesuffix("mm")) if width is not None else None
        except ValueError:
            raise TemplateError(N_("markup: image width {width!r} is not a number of millimetres"), width=width) from None
        return Image(self.charts[name], token.content or None, width_mm)


_SOFTBREAK = "\x00"


def _plain(inlines: list[Inline]) -> str:
    """Return the text of inlines (link text may carry bold; notes keep plain text)."""
    from ..nodes import plain

    return plain(_merge_text(inlines)).replace(_SOFTBREAK, "")


def _join_soft(text: str) -> str:
    """Return text with line breaks inside a paragraph removed: Chinese needs no space."""
    if _SOFTBREAK not in text:
        return text

    def space(match: re.Match) -> str:
        before, after = match.group(1), match.group(2)
        return f"{before} {after}" if before.isascii() and after.isascii() else before + after
    text = re.sub(r"(.)\x00(.)", space, text, flags=re.S)
    return text.replace(_SOFTBREAK, "")


def _strip_ends(inlines: list[Inline]) -> list[Inline]:
    """Return inlines without the blank text an image or line break left at either end."""
    out = list(inlines)
    if out and isinstance(out[0], Text):
        out[0] = Text(out[0].text.lstrip())
    if out and isinstance(out[-1], Text):
        out[-1] = Text(out[-1].text.rstrip())
    return [n for n in out if not (isinstance(n, Text) and not n.text)]


def _merge_text(inlines: list[Inline]) -> list[Inline]:
    """Return inlines with adjacent Text runs merged and soft line breaks resolved."""
    out: list[Inline] = []
    for node in inlines:
        if isinstance(node, Text) and out and isinstance(out[-1], Text):
            out[-1] = Text(out[-1].text + node.text)
        else:
            out.append(node)
    return [Text(_join_soft(n.text)) if isinstance(n, Text) else n for n in out]


def parse(markdown: str, notes: Sequence[str] = (), charts: Mapping[str, str] | None = None,
          meta: Mapping[str, str] | None = None) -> Document:
    """Return the Document for rendered template Markdown.

    ``notes[i]`` is the provenance of ``[text](note:i)``; ``charts`` maps chart
    names to their image files.
    """
    tokens = _parser().parse(_PAGEBREAK_LINE.sub("\n\n\\\\pagebreak\n\n", markdown))
    blocks = _Converter(tokens, notes, charts or {}).blocks_until(None)
    return Document(meta=dict(meta or {}), blocks=tuple(blocks))
