"""Rewrite every piece of text in a document while keeping its structure.

Character-level passes (cleaning, glosses, script) must reach text wherever it
sits: paragraphs, headings, list items, table cells, captions, named blocks.
``map_text`` walks the tree once and rebuilds only what it must, so inline
markup (bold, notes) survives a pass that only meant to change characters.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..nodes import Block, Div, Document, Emph, Heading, Image, Inline, ListBlock, Noted, Para, Strong, Table, Text, block_text

TextFn = Callable[[str], str]


def map_text(document: Document, fn: TextFn) -> Document:
    """Return ``document`` with ``fn`` applied to every text string in its blocks."""
    return document.renewed(tuple(_block(b, fn) for b in document.blocks))


def _inlines(content: tuple[Inline, ...], fn: TextFn) -> tuple[Inline, ...]:
    """Return ``content`` with ``fn`` applied to its texts: the same tuple when no text changed."""
    out: list[Inline] = []
    changed = False
    for node in content:
        if isinstance(node, Text):
            text = fn(node.text)
            if text != node.text:
                node, changed = Text(text), True
        elif isinstance(node, Noted):
            text = fn(node.text)
            if text != node.text:
                node, changed = Noted(text, node.note), True
        elif isinstance(node, (Strong, Emph)):
            children = _inlines(node.children, fn)
            if children is not node.children:
                node, changed = type(node)(children), True
        out.append(node)
    return tuple(out) if changed else content


def _block(block: Block, fn: TextFn) -> Block:
    """Return ``block`` with ``fn`` applied to its texts; nodes are frozen, so an unchanged one is kept as it is."""
    if isinstance(block, Para):
        content = _inlines(block.content, fn)
        return block if content is block.content else Para(content, block.role)
    if isinstance(block, Heading):
        content = _inlines(block.content, fn)
        return block if content is block.content else Heading(block.level, content)
    if isinstance(block, ListBlock):
        return replace(block, items=tuple(tuple(_block(b, fn) for b in item) for item in block.items))
    if isinstance(block, Table):
        return replace(
            block,
            header=tuple(_inlines(cell, fn) for cell in block.header),
            rows=tuple(tuple(_inlines(cell, fn) for cell in row) for row in block.rows),
            caption=fn(block.caption) if block.caption is not None else None,
        )
    if isinstance(block, Image):
        return replace(block, caption=fn(block.caption) if block.caption is not None else None)
    if isinstance(block, Div):
        return replace(block, children=tuple(_block(b, fn) for b in block.children))
    return block


def document_text(document: Document) -> str:
    """Return all of a document's text, one block a line (for document-wide evidence)."""
    return "\n".join(block_text(b) for b in document.blocks)

