"""Web pages (.html): the page's text as paragraphs, headings and data tables.

Scraped Chinese news pages are old, table-laid-out and often mislabelled, so
this reader is deliberately simple: decode (byte-order mark, the page's
``<meta charset>``, else the Chinese-first cascade), drop what is never report
text (scripts, styles, navigation, headers, footers, asides, forms), and turn
each block-level element and each ``<br>`` into a paragraph boundary. Tables
that hold prose are layout and read as paragraphs; only small tables of short
cells become ``Table`` blocks. No network, no entities from outside the page.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..nodes import Block, Document, Heading, Para, Table, Text
from .encoding import decode

DROPPED = frozenset("""script style noscript template head nav header footer aside form
iframe object embed svg canvas button select input textarea option label menu dialog""".split())
BLOCKS = frozenset("""p div section article main li ul ol dl dd dt blockquote pre center
address figure figcaption tr td th tbody thead tfoot caption hr body html fieldset details summary""".split())
HEADINGS = {f"h{n}": n for n in range(1, 7)}
DATA_CELL_MAX_CHARS = 60
"""A table whose cells are all this short (and hold no blocks) is data, not layout."""

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACE = re.compile(r"[ \t\n\r\f\v]+")


def declared_charset(data: bytes) -> str | None:
    """Return the charset the page declares in its first few KB, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def read_html(data: bytes) -> tuple[Document, str]:
    """Return the document of a web page and its encoding."""
    import lxml.html
    from lxml import etree

    text, encoding = decode(data, declared_charset(data))
    text = _XML_DECLARATION.sub("", text)
    if not text.strip():
        return Document(), encoding
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return Document(), encoding
    meta = {}
    title = root.findtext(".//title")
    if title and title.strip():
        meta["title"] = _SPACE.sub(" ", title).strip()
    blocks = tuple(_Walker().run(root))
    return Document(meta=meta, blocks=blocks), encoding


def _tag(element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _inline_text(element) -> str:
    """Return the text of an element with whitespace collapsed, dropped elements left out."""
    parts: list[str] = []

    def visit(node) -> None:
        if _tag(node) in DROPPED:
            return
        if _tag(node) == "br":
            parts.append(" ")
        elif node.text:
            parts.append(node.text)
        for child in node:
            visit(child)
            if child.tail:
                parts.append(child.tail)

    visit(element)
    return _SPACE.sub(" ", "".join(parts)).strip()


class _Walker:
    """Walk the tree, gathering inline text until a block boundary ends a paragraph."""

    def __init__(self) -> None:
        self.buffer: list[str] = []
        self.out: list[Block] = []

    def run(self, root) -> Iterator[Block]:
        body = root.find("body")
        self.visit(body if body is not None else root)
        self.flush()
        return iter(self.out)

    def flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self.buffer)).strip()
        self.buffer = []
        if text:
            self.out.append(Para.of(text))

    def visit(self, node) -> None:
        tag = _tag(node)
        if not tag or tag in DROPPED or node.get("hidden") is not None:
            return
        if tag in HEADINGS:
            self.flush()
            text = _inline_text(node)
            if text:
                self.out.append(Heading.of(HEADINGS[tag], text))
            return
        if tag == "table" and _is_data_table(node):
            self.flush()
            self.out.append(_table(node))
            return
        if tag == "pre":
            self.flush()
            self.out.extend(Para.of(line.strip()) for line in node.text_content().splitlines() if line.strip())
            return
        if tag == "br":
            self.flush()
            return
        block = tag in BLOCKS or tag == "table"
        if block:
            self.flush()
        if node.text:
            self.buffer.append(node.text)
        for child in node:
            self.visit(child)
            if child.tail:
                self.buffer.append(child.tail)
        if block:
            self.flush()


def _rows(table) -> list:
    return [tr for tr in table.iter("tr") if _nearest_table(tr) is table]


def _nearest_table(node):
    parent = node.getparent()
    while parent is not None and _tag(parent) != "table":
        parent = parent.getparent()
    return parent


def _is_data_table(table) -> bool:
    """Return whether a table holds data (short cells, no nested blocks) rather than page layout."""
    rows = _rows(table)
    if len(rows) < 2:
        return False
    for cell in table.iter("td", "th"):
        if any(_tag(d) == "table" or _tag(d) in HEADINGS for d in cell.iterdescendants()):
            return False
        if len(_inline_text(cell)) > DATA_CELL_MAX_CHARS:
            return False
    return True


def _table(table) -> Table:
    rows = []
    header_flags = []
    for tr in _rows(table):
        cells = [c for c in tr if _tag(c) in ("td", "th")]
        rows.append(tuple((Text(t),) if (t := _inline_text(c)) else () for c in cells))
        header_flags.append(bool(cells) and all(_tag(c) == "th" for c in cells) or _tag(tr.getparent()) == "thead")
    caption = table.find("caption")
    caption_text = _inline_text(caption) if caption is not None else None
    if header_flags and header_flags[0]:
        return Table(header=rows[0], rows=tuple(rows[1:]), caption=caption_text or None)
    return Table(header=(), rows=tuple(rows), caption=caption_text or None)
