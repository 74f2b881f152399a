"""The run's knowledge, loaded once and handed to every extraction step.

A ``Lexicon`` holds the taxonomy and extract's rule tables, each parsed once:

- ``taxonomy``: indicators, stages, unit aliases, domain words (the user's
  ``--taxonomy FILE`` or the shipped one);
- ``segmenter``: jieba's dictionary with the taxonomy's lexicon added, so
  every step (places, organisations, framework, objects, keywords) cuts text
  with the same words;
- ``cues``: article, byline, place and organisation words (``data/meta.toml``);
- ``figure_rules``: measure words, qualifiers, masks, object cues
  (``data/measure_words.toml``, ``data/figures.toml``);
- ``measure_rules``: enumeration labels and heading shapes (``data/measures.toml``);
- ``table_rules``: how tables of figures are read (``data/tables.toml``);
- ``unit_names``: shapes no reporting unit's name has (``data/unit_names.toml``);
- ``gazetteer``: provinces and prefectures known by name, with the short
  forms a report names them by (``data/gazetteer.toml``);
- ``tag_corrections``: words whose dictionary tag is the rarer use in the
  genre, with the tag they take (``data/tags.toml``);
- ``idf``: jieba's IDF table for keywords;
- ``tagger``: a contextual part-of-speech tagger (``tagger.py``), or None
  (the default): it reads the words around a figure whose object the rules
  cannot name.

No extraction module loads a table on its own: a step receives the lexicon
as an argument, so two runs with two taxonomies never mix.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from ..taxonomy import Taxonomy
from .cues import Cues, load_cues
from .figure_rules import FigureRules, load_figure_rules
from .gazetteer import Gazetteer, load_gazetteer
from .measure_rules import MeasureRules, load_measure_rules
from .segment import Segmenter, load_idf
from .table_rules import TableRules, load_table_rules
from .tag_corrections import load_tag_corrections
from .tagger import Tagger
from .unit_name_rules import UnitNameRules, load_unit_name_rules

#: the most word tags a lexicon keeps (about 150 bytes each)
_MAX_TAGS = 200_000
#: the most readings of text a lexicon keeps (``remember``)
_MAX_READINGS = 20_000

_Reading = TypeVar("_Reading")


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Everything extraction knows about words, for one run."""

    taxonomy: Taxonomy
    segmenter: Segmenter = field(repr=False)
    cues: Cues = field(repr=False)
    figure_rules: FigureRules = field(repr=False)
    measure_rules: MeasureRules = field(repr=False)
    table_rules: TableRules = field(repr=False)
    tag_corrections: dict[str, str] = field(repr=False)
    unit_names: UnitNameRules = field(repr=False)
    gazetteer: Gazetteer = field(repr=False)
    #: reads words and tags in context where the dictionary's tags leave an object unnamed (None: never)
    tagger: Tagger | None = field(default=None, repr=False)
    #: the tag of each word asked about so far (``tag_of``), filled as the run goes
    _tags: dict[str, str] = field(default_factory=dict, repr=False, init=False)
    #: what a step read from a text before (``remember``), until ``clear_cache``
    _readings: dict[tuple[str, str], object] = field(default_factory=dict, repr=False, init=False)
    #: patterns built from this lexicon's tables (``pattern``), for the run
    _patterns: dict[Hashable, re.Pattern[str]] = field(default_factory=dict, repr=False, init=False)

    # -- words, through the run's segmenter ------------------------------------

    def words(self, text: str) -> list[str]:
        """Return the words of ``text``; they join back to it exactly.

        A text of several lines is cut line by line, each line's words read once
        until ``clear_cache`` (``remember``): no word runs over a line break, which
        the cut gives as a word of its own (a carriage return before it would join
        it: such a text is cut whole). The article's unit finder and its keywords
        cut texts made of the same paragraphs; each paragraph is cut once.
        """
        if "\n" not in text or "\r" in text:
            return self.segmenter.words(text)
        cut = self._cut_line
        out: list[str] = []
        for line in text.split("\n"):
            out.extend(self.remember("line-words", line, cut))
            out.append("\n")
        out.pop()  # the break after the last line
        return out

    def _cut_line(self, line: str) -> tuple[str, ...]:
        return tuple(self.segmenter.words(line))

    def tag_of(self, word: str) -> str:
        """Return the part of speech of one word: the genre's correction, else the dictionary's tag.

        Each word's tag is looked up once per run and kept in a small table:
        the steps ask about the same few thousand words of the genre over and
        over, and the dictionary's tag table holds a third of a million.
        """
        tag = self._tags.get(word)
        if tag is None:
            if len(self._tags) >= _MAX_TAGS:
                self._tags.clear()  # any input stays bounded
            tag = self._tags[word] = self.tag_corrections.get(word) or self.segmenter.tag_of(word)
        return tag

    def tagged(self, text: str) -> list[tuple[str, str]]:
        """Return ``(word, tag)`` pairs of ``text``."""
        tag_of = self.tag_of
        return [(w, tag_of(w)) for w in self.segmenter.words(text)]

    def frequency(self, word: str) -> int:
        """Return how often ``word`` occurs as a whole word in the dictionary (0: not a word)."""
        return self.segmenter.frequency(word)

    def remember(self, step: str, text: str, read: Callable[[str], _Reading]) -> _Reading:
        """Return ``read(text)``, read once for the same ``step`` and text until ``clear_cache``.

        The object reader reads the same clause of a sentence for each figure
        in it and for several of its rules. ``read`` must depend on the text
        and this lexicon alone, and return what no caller changes (a tuple).
        """
        key = (step, text)
        reading = self._readings.get(key)
        if reading is None:
            if len(self._readings) >= _MAX_READINGS:
                self._readings.clear()  # any input stays bounded
            reading = self._readings[key] = read(text)
        return reading  # type: ignore[return-value]

    def pattern(self, key: Hashable, source: Callable[[], str]) -> re.Pattern[str]:
        """Return the pattern ``source()`` writes, compiled once per run under ``key``.

        A rule whose pattern is spelled from the run's cue words (an
        alternation of reporter roles, of document kinds) asks for it here
        rather than joining and escaping the words each time it reads a
        paragraph. ``key`` names the rule and whatever else its pattern is
        built from (a cue, a flag); ``source`` must read only this lexicon's
        tables. Kept for the run: a pattern is no reading of any text.
        """
        compiled = self._patterns.get(key)
        if compiled is None:
            compiled = self._patterns[key] = re.compile(source())
        return compiled

    def clear_cache(self) -> None:
        """Forget every cut and reading kept so far (the dictionary's fragment scores stay): a benchmark
        does this between documents, so text repeated across its corpus is read again as a new report's is."""
        self.segmenter.clear_cache()
        self._readings.clear()

    @cached_property
    def idf(self) -> tuple[dict[str, float], float]:
        """Return jieba's IDF table and its median (read on first use: keywords)."""
        return load_idf()

    @cached_property
    def idf_ceiling(self) -> float:
        """Return the largest weight one occurrence of a word can get (the IDF table's top, or its median)."""
        table, median = self.idf
        return max(max(table.values(), default=median), median)


def load_lexicon(taxonomy: Taxonomy, tagger: Tagger | None = None) -> Lexicon:
    """Return the lexicon of a run: ``taxonomy`` with extract's rule tables and a segmenter holding its words.

    ``tagger`` is the contextual tagger objects fall back on (``tagger.py``);
    None, the default, leaves counted objects to the rules alone
    (``docs/tagger-evaluation.md`` says why it is not on by default).
    """
    return Lexicon(
        taxonomy=taxonomy,
        segmenter=Segmenter(taxonomy.lexicon),
        cues=load_cues(),
        figure_rules=load_figure_rules(),
        measure_rules=load_measure_rules(),
        table_rules=load_table_rules(),
        tag_corrections=load_tag_corrections(),
        unit_names=load_unit_name_rules(),
        gazetteer=load_gazetteer(),
        tagger=tagger,
    )
