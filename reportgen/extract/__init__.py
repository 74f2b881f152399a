"""Stage 3, extract: articles, their metadata, measures, figures and keywords.

``extract`` takes a normalised ``Document`` and returns ``Article`` records;
it never looks back at bytes or files.
"""
from __future__ import annotations

from ..nodes import Document
from ..records import Article
from ..taxonomy import Taxonomy, load_taxonomy


def extract(document: Document, taxonomy: Taxonomy | None = None) -> list[Article]:
    """Return the articles of a normalised document, fully extracted."""
    from .articles import split_articles

    taxonomy = taxonomy or load_taxonomy()
    return split_articles(document)
