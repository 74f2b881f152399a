"""Split a document into articles (a newspaper page holds several)."""
from __future__ import annotations

from ..nodes import Document, block_text
from ..records import Article


def split_articles(document: Document) -> list[Article]:
    """Return the articles of ``document`` (for now: one, titled by its first line)."""
    lines = [block_text(b) for b in document.blocks if block_text(b)]
    if not lines:
        return []
    return [Article(title=lines[0], paragraphs=lines[1:])]
