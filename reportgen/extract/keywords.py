"""An article's keywords, with jieba and the taxonomy's domain words."""
from __future__ import annotations

from ..taxonomy import Taxonomy


def find_keywords(paragraphs: list[str], taxonomy: Taxonomy) -> list[str]:
    """Return the article's keywords, most telling first (not yet implemented: none)."""
    return []
