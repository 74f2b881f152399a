"""Web pages (.html): the page's text as paragraphs, headings and data tables.

Scraped Chinese news pages are old, table-laid-out and often mislabelled, so
this reader is deliberately simple: decode (byte-order mark, the page's
``<meta charset>``, else the Chinese-first cascade), drop what is never report
text (scripts, styles, navigation, headers, footers, asides, forms), and turn
each block-level element and each ``<br>`` into a paragraph boundary. Tables
that hold prose are layout and read as paragraphs; only small tables of short
cells become ``Table`` blocks. No network, no entities from outside the page.

Damaged pages are read too: bad bytes are repaired (``encoding.decode_damaged``,
counted in the document's ``warning``), and the tree is walked with an explicit
stack, never recursion. libxml2 keeps only the first ``LIBXML_MAX_DEPTH`` levels
of nesting and drops what is deeper, so a page nested deeper than that
(20,000 ``<div>``s) has its excess tags removed first (``flatten_deep``),
keeping all of its text.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..nodes import Block, Document, Heading, Para, Table, Text
from .encoding import decode_damaged

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
LIBXML_MAX_DEPTH = 255
"""libxml2's HTML parser keeps this many levels of nesting (without XML_PARSE_HUGE) and drops deeper content."""
FLAT_DEPTH = 200
"""A page nested deeper than libxml2 keeps is re-read with the tags below this depth removed."""
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def declared_charset(data: bytes) -> str | None:
    """Return the charset the page declares in its first few KB, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


#: the longest text a heading tag holds as a heading; longer, it is a paragraph set in a heading's style
HEADING_MAX_CHARS = 80
#: a full stop with more text after it (a headline may cry out or ask, but does not end a sentence and go on)
_SENTENCE_INSIDE = re.compile(r"。[^。”’」』)）\s]")


def _is_body_text(text: str) -> bool:
    """Whether a heading tag holds body text: a scraped page may set whole paragraphs in ``<h3>``.
    A heading is one line; a sentence ended inside it, or a paragraph's length, is body text."""
    return len(text) > HEADING_MAX_CHARS or bool(_SENTENCE_INSIDE.search(text.strip()))


def read_html(data: bytes) -> tuple[Document, str]:
    """Return the document of a web page and its encoding."""
    import lxml.html
    from lxml import etree

    decoded = decode_damaged(data, declared_charset(data))
    encoding = decoded.encoding
    text = _XML_DECLARATION.sub("", decoded.text)
    if not text.strip():
        return Document(), encoding
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
        if _depth(root) >= LIBXML_MAX_DEPTH:
            root = lxml.html.document_fromstring(flatten_deep(text, FLAT_DEPTH), parser=parser)
    except (etree.ParserError, ValueError):
        return Document(), encoding
    meta = {"warning": decoded.warning} if decoded.warning else {}
    title = root.findtext(".//title")
    if title and title.strip():
        meta["title"] = _SPACE.sub(" ", title).strip()
    blocks = tuple(_Walker().run(root))
    return Document(meta=meta, blocks=blocks), encoding


def _tag(element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _children_then_tails(node) -> list[tuple[str, object]]:
    """Return stack entries that visit ``node``'s children in order, each followed by its tail."""
    entries: list[tuple[str, object]] = []
    for child in reversed(node):
        entries.append(("tail", child))
        entries.append(("open", child))
    return entries


def _inline_text(element) -> str:
    """Return the text of an element with whitespace collapsed, dropped elements left out."""
    parts: list[str] = []
    stack: list[tuple[str, object]] = [("open", element)]
    while stack:
        action, node = stack.pop()
        if action == "tail":
            if node.tail:
                parts.append(node.tail)
            continue
        if _tag(node) in DROPPED:
            continue
        if _tag(node) == "br":
            parts.append(" ")
        elif node.text:
            parts.append(node.text)
        stack.extend(_children_then_tails(node))
    return _SPACE.sub(" ", "".join(parts)).strip()


def _depth(root) -> int:
    """Return how deep the tree is nested (iteratively)."""
    deepest, stack = 0, [(root, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node)
    return deepest


def flatten_deep(text: str, max_depth: int) -> str:
    """Return the page with every tag nested deeper than ``max_depth`` removed; text and shallower tags kept.

    A removed block-level tag (``<p>``, ``<div>``, ``<h2>`` …) leaves a ``<br>``,
    so the paragraphs deep inside stay paragraphs.
    """
    boundary = BLOCKS | set(HEADINGS) | {"table"}
    from html.parser import HTMLParser

    out: list[str] = []
    open_tags: list[str] = []

    class Flattener(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in VOID:
                out.append(self.get_starttag_text() or "")
                return
            open_tags.append(tag)
            if len(open_tags) <= max_depth:
                out.append(self.get_starttag_text() or "")
            elif tag in boundary:
                out.append("<br>")

        def handle_startendtag(self, tag, attrs):
            out.append(self.get_starttag_text() or "")

        def handle_endtag(self, tag):
            if tag in VOID or tag not in open_tags:
                return
            while open_tags:
                depth = len(open_tags)
                name = open_tags.pop()
                if depth <= max_depth:
                    out.append(f"</{name}>")
                elif name in boundary:
                    out.append("<br>")
                if name == tag:
                    break

        def handle_data(self, data):
            out.append(data)

        def handle_entityref(self, name):
            out.append(f"&{name};")

        def handle_charref(self, name):
            out.append(f"&#{name};")

        def handle_decl(self, decl):
            out.append(f"<!{decl}>")

    parser = Flattener(convert_charrefs=False)
    parser.feed(text)
    parser.close()
    return "".join(out)


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

    def visit(self, top) -> None:
        """Walk ``top``'s subtree with an explicit stack (no recursion, whatever the nesting)."""
        stack: list[tuple[str, object]] = [("open", top)]
        while stack:
            action, node = stack.pop()
            if action == "tail":
                if node.tail:
                    self.buffer.append(node.tail)
            elif action == "close":
                self.flush()
            else:
                stack.extend(self.open(node))

    def open(self, node) -> list[tuple[str, object]]:
        """Handle an element's start; return the stack entries for what follows inside it."""
        tag = _tag(node)
        if not tag or tag in DROPPED or node.get("hidden") is not None:
            return []
        if tag in HEADINGS:
            self.flush()
            text = _inline_text(node)
            if text:
                self.out.append(Para.of(text) if _is_body_text(text) else Heading.of(HEADINGS[tag], text))
            return []
        if tag == "table" and _is_data_table(node):
            self.flush()
            self.out.append(_table(node))
            return []
        if tag == "pre":
            self.flush()
            self.out.extend(Para.of(line.strip()) for line in node.text_content().splitlines() if line.strip())
            return []
        if tag == "br":
            self.flush()
            return []
        block = tag in BLOCKS or tag == "table"
        if block:
            self.flush()
        if node.text:
            self.buffer.append(node.text)
        return ([("close", node)] if block else []) + _children_then_tails(node)


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
