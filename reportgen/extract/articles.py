"""Split a document into articles (a newspaper page holds several)."""
from __future__ import annotations

from dataclasses import replace

from ..nodes import Block, Document, Para


def split_articles(document: Document) -> list[tuple[Block, ...]]:
    """Return one run of blocks per article (for now: one, its first line the title)."""
    blocks = [b for b in document.blocks if not isinstance(b, Para) or b.text.strip()]
    if not blocks:
        return []
    if isinstance(blocks[0], Para):
        blocks[0] = replace(blocks[0], role="title")
    return [tuple(blocks)]
