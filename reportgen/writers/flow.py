"""Adjustments to the block sequence that both writers make before laying it out.

The cover and contents blocks end their own page, and a template may still put
``\\pagebreak`` after them (or two in a row); each writer would then print an
empty page. ``collapse_page_breaks`` drops a page break that follows a page end.
"""
from __future__ import annotations

from ..nodes import Block, Div, PageBreak

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
