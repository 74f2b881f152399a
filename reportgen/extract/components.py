"""Extraction as an ordered list of components over one article.

Each component reads some fields of an ``ArticleWork`` (the article's blocks,
the document's metadata, what earlier components added) and adds its own;
the list below is the one place that says which run and in what order. A
caller (or a test) may pass its own list to ``extract``: run a component
alone, skip one, or put another in its place with ``replaced``.

A new step is a function ``(work, lexicon) -> None`` that sets the fields
it adds on ``work.article`` (extending a list another step filled, such as
``figures``, rather than replacing it), and one ``Component`` line below,
after the components whose fields it reads.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from ..nodes import Block
from ..records import Article
from .figures import find_figures
from .keywords import find_keywords
from .lexicon import Lexicon
from .measures import find_measures
from .meta import read_meta
from .table_figures import find_table_figures


@dataclass
class ArticleWork:
    """One article in the making: its blocks, the document's metadata, and the record filled in so far."""

    blocks: tuple[Block, ...]
    document_meta: dict[str, str]
    article: Article = field(default_factory=Article)


@dataclass(frozen=True)
class Component:
    """One step of extraction: its name, the fields it reads and adds, and the function that runs it."""

    name: str
    reads: tuple[str, ...]
    adds: tuple[str, ...]
    run: Callable[[ArticleWork, Lexicon], None]


def _meta(work: ArticleWork, lexicon: Lexicon) -> None:
    filled = read_meta(work.blocks, work.document_meta, lexicon)
    filled.measures, filled.figures, filled.keywords = work.article.measures, work.article.figures, work.article.keywords
    work.article = filled


def _measures(work: ArticleWork, lexicon: Lexicon) -> None:
    work.article.measures = find_measures(work.blocks, lexicon)


def _figures(work: ArticleWork, lexicon: Lexicon) -> None:
    work.article.figures = find_figures(work.blocks, lexicon)


def _table_figures(work: ArticleWork, lexicon: Lexicon) -> None:
    work.article.figures = work.article.figures + find_table_figures(work.blocks, lexicon)


def _keywords(work: ArticleWork, lexicon: Lexicon) -> None:
    work.article.keywords = find_keywords(work.article.paragraphs, lexicon)


#: the extraction of one article, in order
COMPONENTS: tuple[Component, ...] = (
    Component("meta", reads=("blocks", "document_meta"),
              adds=("title", "unit", "locality", "date", "source", "authors", "framework", "paragraphs"), run=_meta),
    Component("measures", reads=("blocks",), adds=("measures",), run=_measures),
    Component("figures", reads=("blocks",), adds=("figures",), run=_figures),
    Component("table_figures", reads=("blocks",), adds=("figures",), run=_table_figures),
    Component("keywords", reads=("paragraphs",), adds=("keywords",), run=_keywords),
)


def replaced(components: Sequence[Component], name: str, run: Callable[[ArticleWork, Lexicon], None]) -> tuple[Component, ...]:
    """Return ``components`` with the one called ``name`` running ``run`` instead (KeyError when none is)."""
    if name not in {c.name for c in components}:
        raise KeyError(name)
    return tuple(replace(c, run=run) if c.name == name else c for c in components)


def without(components: Sequence[Component], name: str) -> tuple[Component, ...]:
    """Return ``components`` without the one called ``name`` (KeyError when none is)."""
    if name not in {c.name for c in components}:
        raise KeyError(name)
    return tuple(c for c in components if c.name != name)


def run_components(work: ArticleWork, lexicon: Lexicon, components: Sequence[Component]) -> Article:
    """Return the article after running each component over ``work`` in order."""
    for component in components:
        component.run(work, lexicon)
    return work.article
