"""Adjustments to the block sequence that both writers make before laying it out.

The cover and contents blocks end their own page, and a template may still put
``\\pagebreak`` after them (or two in a row); each writer would then print an
empty page. ``collapse_page_breaks`` drops a page break that follows a page end.
``headings`` lists the headings both writers' contents are made from.
"""
from __future__ import annotations

from ..nodes import Block, Div, Heading, ListBlock, PageBreak

PAGE_ENDING_DIVS = ("cover", "contents")


def ends_page(block: Block) -> bool:
    """Return whether the writers start a new page after ``block``."""
    return isinstance(block, PageBreak) or (isinstance(block, Div) and block.name in PAGE_ENDING_DIVS)


def collapse_page_breaks(blocks: tuple[Block, ...]) -> list[Block]:
    """Return ``blocks`` without page breaks that would follow a page end (no empty pages)."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, PageBreak) and out and ends_page(out[-1]):
            continue
        out.append(block)
    return out


def headings(blocks: tuple[Block, ...]) -> list[Heading]:
    """Return the headings of a block tree in document order."""
    out: list[Heading] = []
    for block in blocks:
        if isinstance(block, Heading):
            out.append(block)
        elif isinstance(block, Div):
            out.extend(headings(block.children))
        elif isinstance(block, ListBlock):
            for item in block.items:
                out.extend(headings(item))
    return out
