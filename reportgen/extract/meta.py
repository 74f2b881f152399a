"""An article's metadata: title, unit, locality, date, source, authors, framework."""
from __future__ import annotations

from ..nodes import Block, Heading, Para
from ..records import Article


def read_meta(blocks: tuple[Block, ...], document_meta: dict[str, str]) -> Article:
    """Return an ``Article`` with its metadata and body paragraphs filled in."""
    title = next((b.text for b in blocks if isinstance(b, Para) and b.role == "title"), None)
    body = [b.text for b in blocks if isinstance(b, (Para, Heading)) and getattr(b, "role", None) is None]
    return Article(title=title, date=document_meta.get("date"), source=document_meta.get("source"), paragraphs=body)
