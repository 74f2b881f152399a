"""Stage 3, extract: articles, their metadata, measures, figures and keywords.

``extract`` takes a normalised ``Document`` and the run's ``Lexicon``
(``load_lexicon(taxonomy)``: the taxonomy, extract's rule tables and the
segmenter, loaded once per run) and returns ``Article`` records; it never
looks back at bytes or files. ``articles.split_articles`` cuts the document
into one run of blocks per article (non-body paragraphs marked by
``Para.role``: title, kicker, deck, byline, caption, ...); then the
components of ``components.COMPONENTS`` run over each article in order:
metadata, measures, figures, keywords.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..nodes import Document
from ..records import Article
from .articles import split_articles
from .components import COMPONENTS, ArticleWork, Component, run_components
from .lexicon import Lexicon, load_lexicon
from .meta import page_edition

__all__ = ["COMPONENTS", "Component", "Lexicon", "extract", "load_lexicon"]


def extract(document: Document, lexicon: Lexicon, components: Sequence[Component] = COMPONENTS) -> list[Article]:
    """Return the articles of a normalised document, each run through ``components`` in order.

    A newspaper page's header (某某日报 2014年5月20日 第3版) dates every article on the page, not only the first.
    """
    meta = {**page_edition(document.blocks), **document.meta}
    return [run_components(ArticleWork(blocks, meta), lexicon, components)
            for blocks in split_articles(document, lexicon)]
