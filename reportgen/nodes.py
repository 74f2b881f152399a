"""The document AST: one small tree that readers produce and writers consume.

After pandoc's ``Pandoc Meta [Block]``. Readers turn .txt/.docx/.html into a
``Document``; normalisation passes rewrite it; templates are rendered into one
for the writers. Nodes are frozen so a pass cannot change its input behind
another pass's back: passes build new nodes and return a new ``Document``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


# -- inlines ---------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Text:
    """Plain text."""

    text: str


@dataclass(frozen=True, slots=True)
class Strong:
    """Bold text."""

    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Emph:
    """Italic text."""

    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Noted:
    """Text carrying a provenance note: a Word comment, a numbered PDF note."""

    text: str
    note: str


Inline = Union[Text, Strong, Emph, Noted]


def plain(inlines: tuple[Inline, ...] | list[Inline]) -> str:
    """Return the text of a run of inlines with all markup dropped."""
    if len(inlines) == 1 and type(inlines[0]) is Text:
        return inlines[0].text  # most paragraphs: one plain run, read again by every step
    parts = []
    for node in inlines:
        if isinstance(node, (Text, Noted)):
            parts.append(node.text)
        else:
            parts.append(plain(node.children))
    return "".join(parts)


# -- blocks ----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Heading:
    """A heading of level 1 (section) to 6."""

    level: int
    content: tuple[Inline, ...]

    @classmethod
    def of(cls, level: int, text: str) -> Heading:
        """Return a heading holding plain text."""
        return cls(level, (Text(text),))

    @property
    def text(self) -> str:
        content = self.content
        if len(content) == 1 and type(content[0]) is Text:
            return content[0].text  # ``plain``'s common case, without the call: read by every step
        return plain(content)


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph. ``role`` marks what is not body text ("caption", "byline", ...)."""

    content: tuple[Inline, ...]
    role: str | None = None

    @classmethod
    def of(cls, text: str, role: str | None = None) -> Para:
        """Return a paragraph holding plain text."""
        return cls((Text(text),), role)

    @property
    def text(self) -> str:
        content = self.content
        if len(content) == 1 and type(content[0]) is Text:
            return content[0].text  # ``plain``'s common case, without the call: read by every step
        return plain(content)


@dataclass(frozen=True, slots=True)
class ListBlock:
    """A bullet or numbered list; each item is a tuple of blocks."""

    items: tuple[tuple[Block, ...], ...]
    ordered: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    """A table: an optional header row and body rows; each cell a run of inlines."""

    header: tuple[tuple[Inline, ...], ...]
    rows: tuple[tuple[tuple[Inline, ...], ...], ...]
    caption: str | None = None


@dataclass(frozen=True, slots=True)
class Image:
    """An image or chart file, with its width in millimetres on the page."""

    path: str
    caption: str | None = None
    width_mm: float | None = None


@dataclass(frozen=True, slots=True)
class PageBreak:
    """Start a new page."""


@dataclass(frozen=True, slots=True)
class Div:
    """A named block (masthead, note/按语, contents, distribution, cover) around other
    blocks; ``attrs`` carries its named fields (``issue="第2期"``) in order."""

    name: str
    children: tuple[Block, ...] = ()
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, key: str, default: str | None = None) -> str | None:
        """Return the value of attribute ``key``, else ``default``."""
        return next((v for k, v in self.attrs if k == key), default)


Block = Union[Heading, Para, ListBlock, Table, Image, PageBreak, Div]


@dataclass(frozen=True)
class Document:
    """A whole document: metadata and a sequence of blocks."""

    meta: dict[str, str] = field(default_factory=dict)
    blocks: tuple[Block, ...] = ()

    def renewed(self, blocks: tuple[Block, ...] | None = None, meta: dict[str, str] | None = None) -> Document:
        """Return a new document holding ``blocks`` (default: these) and ``meta`` (default: a copy of this one's):
        what a normalise pass returns, built directly (``dataclasses.replace`` costs a pass a few microseconds)."""
        return Document(dict(self.meta) if meta is None else meta, self.blocks if blocks is None else blocks)


def block_text(block: Block) -> str:
    """Return a block's plain text (tables and lists joined by newlines)."""
    if isinstance(block, (Heading, Para)):
        return block.text
    if isinstance(block, ListBlock):
        return "\n".join(block_text(b) for item in block.items for b in item)
    if isinstance(block, Table):
        rows = ((block.header,) if block.header else ()) + block.rows
        return "\n".join("\t".join(plain(cell) for cell in row) for row in rows)
    if isinstance(block, Div):
        return "\n".join(block_text(b) for b in block.children)
    if isinstance(block, Image):
        return block.caption or ""
    return ""
