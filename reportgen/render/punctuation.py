"""Full-width punctuation in Chinese text, applied to every string a document shows.

Reports pasted from web pages and converted files carry half-width marks
inside Chinese (``调研,做到``, ``(扩大)``, ``反映:``). A 公文 writes them
full width. The rule: a half-width comma, semicolon, colon, question or
exclamation mark becomes full width when a Chinese character stands on either
side of it (skipping spaces), unless both neighbours are digits or Latin letters
(``3,077``, ``10:30``, ``A;B`` stay). A pair of half-width parentheses becomes
full width when what it holds or what touches it is Chinese. Straight double
quotes around Chinese become “ ”. Spaces next to a full-width mark (the conversion's,
or a report's: ``“办实事” 77件``) go, since a full-width mark carries its own space;
half-width spaces between Chinese characters (a heading's phrases, ``开门搞活动 诚心听民声``)
become one full-width space, as a clerk types them.

Applied to the rendered ``Document`` (text, notes, table cells, named-block
attributes), never to the Markdown, whose syntax uses the same marks.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from ..nodes import Block, Div, Document, Emph, Heading, Inline, ListBlock, Noted, Para, Strong, Table, Text

VERBATIM_MARK = 0xF0000   # supplementary private use: no report's text holds it
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
FULL_CLOSERS = "，。；：？！、）》」』”’】"
MARKS = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_MARK = re.compile(rf"(?<=[{HAN}{FULL_CLOSERS}]) *([,;:?!]) *|(?<=[^ ]) *([,;:?!]) *(?=[{HAN}“‘（《])")
_PARENS = re.compile(r"\(([^()]*)\)")
_QUOTES = re.compile(rf'"([^"]*[{HAN}][^"]*)"')
_HAN = re.compile(f"[{HAN}]")
_SPACE_IN_HAN = re.compile(rf"(?<=[{HAN}]) +(?=[{HAN}])")   # 开门搞活动 诚心听民声: a heading's phrases
_SPACE_AT_MARK = re.compile(r" +(?=[，；：？！）、。”》])|(?<=[，；：？！（、。“”《》]) +")
_CONVERTIBLE = re.compile(r'[,;:?!()" ]')   # every rule above starts at one of these: without them a text stays


def full_width(text: str, verbatim: Sequence[str] = ()) -> str:
    """Return ``text`` with half-width marks between Chinese characters made full width.

    The ``verbatim`` strings (input file names, which the review copy cites and
    an editor must find on disk) are left exactly as they are wherever they occur.
    """
    if not text or not _HAN.search(text) or not _CONVERTIBLE.search(text):
        return text
    # (a file name has an extension: a text without a dot holds none, whatever the number of files)
    kept = sorted({v for v in verbatim if v and v in text}, key=len, reverse=True) if "." in text else []
    if kept:   # each stands in as one private-use character while the rest is converted
        marks = {chr(VERBATIM_MARK + i): v for i, v in enumerate(kept)}
        for mark, value in marks.items():
            text = text.replace(value, mark)
        text = full_width(text)
        for mark, value in marks.items():
            text = text.replace(mark, value)
        return text
    out = _MARK.sub(lambda m: MARKS[m.group(1) or m.group(2)], text)

    def parens(m: re.Match) -> str:
        before = out[m.start() - 1] if m.start() else ""
        after = out[m.end()] if m.end() < len(out) else ""
        if _HAN.search(m.group(1)) or _HAN.match(before or " ") or _HAN.match(after or " "):
            return f"（{m.group(1)}）"
        return m.group(0)

    out = _PARENS.sub(parens, out)
    out = _QUOTES.sub(lambda m: f"“{m.group(1)}”", out)
    return _SPACE_IN_HAN.sub("　", _SPACE_AT_MARK.sub("", out))


def _inlines(nodes: tuple[Inline, ...], convert: Callable[[str], str]) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(Text(convert(node.text)))
        elif isinstance(node, Noted):
            out.append(Noted(convert(node.text), convert(node.note)))
        elif isinstance(node, (Strong, Emph)):
            out.append(type(node)(_inlines(node.children, convert)))
        else:
            out.append(node)
    return tuple(out)


def _block(block: Block, convert: Callable[[str], str]) -> Block:
    if isinstance(block, (Heading, Para)):
        return replace(block, content=_inlines(block.content, convert))
    if isinstance(block, ListBlock):
        return replace(block, items=tuple(tuple(_block(b, convert) for b in item) for item in block.items))
    if isinstance(block, Table):
        return replace(block, header=tuple(_inlines(c, convert) for c in block.header),
                       rows=tuple(tuple(_inlines(c, convert) for c in row) for row in block.rows),
                       caption=convert(block.caption) if block.caption else block.caption)
    if isinstance(block, Div):
        return replace(block, children=tuple(_block(b, convert) for b in block.children),
                       attrs=tuple((k, convert(v)) for k, v in block.attrs))
    return block


def full_width_document(doc: Document, verbatim: Sequence[str] = ()) -> Document:
    """Return ``doc`` with ``full_width`` applied to every string it shows, ``verbatim`` strings left as they are."""
    def convert(text: str) -> str:
        return full_width(text, verbatim)

    return Document(meta=dict(doc.meta), blocks=tuple(_block(b, convert) for b in doc.blocks))
