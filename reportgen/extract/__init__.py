"""Stage 3, extract: articles, their metadata, measures, figures and keywords.

``extract`` takes a normalised ``Document`` and returns ``Article`` records;
it never looks back at bytes or files. The steps, each its own module:

1. ``articles.split_articles``: the document's blocks cut into one run of
   blocks per article, non-body paragraphs marked by ``Para.role``
   ("title", "kicker", "deck", "byline", "caption", ...);
2. ``meta.read_meta``: an ``Article`` with title, unit, locality, date,
   source, authors, framework and body paragraphs;
3. ``measures.find_measures``, ``figures.find_figures``,
   ``keywords.find_keywords``: the article's measures, figures and keywords,
   with the taxonomy giving stages, indicators and domain words.
"""
from __future__ import annotations

from ..nodes import Document
from ..records import Article
from ..taxonomy import Taxonomy, load_taxonomy


def extract(document: Document, taxonomy: Taxonomy | None = None) -> list[Article]:
    """Return the articles of a normalised document, fully extracted."""
    from .articles import split_articles
    from .figures import find_figures
    from .keywords import find_keywords
    from .measures import find_measures
    from .meta import read_meta
    from .table_figures import find_table_figures

    taxonomy = taxonomy or load_taxonomy()
    articles = []
    for blocks in split_articles(document):
        article = read_meta(blocks, document.meta)
        article.measures = find_measures(blocks, taxonomy)
        article.figures = find_figures(blocks, taxonomy) + find_table_figures(blocks, taxonomy)
        article.keywords = find_keywords(article.paragraphs, taxonomy)
        articles.append(article)
    return articles
