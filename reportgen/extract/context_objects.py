"""Counted objects the rules leave unnamed, read again with a contextual tagger's words.

The object rules (``objects.py``) read the dictionary's cut and tags. Where a
compound is cut wrongly (a head noun split from its attribute, a noun read as
a verb), they may find no object for a figure at all. For those figures only,
a short window of the sentence around the figure (its clause, at most
``WINDOW`` characters on either side) is read by the run's tagger
(``Lexicon.tagger``), and the same rules run again over the tagger's words
and tags in that window; everything outside the window keeps the dictionary's
cut. A figure the rules name keeps its object: the rules are tuned on the
dictionary's tags, and the tagger's words, put in their place wholesale, lose
more objects than they find (``docs/tagger-evaluation.md``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .lexicon import Lexicon
from .objects import find_objects
from .segment import Segmenter

#: the most characters on either side of a figure the tagger reads
WINDOW = 24
#: what ends a clause: the window never reaches past it
_CLAUSE_END = re.compile(r"[，,；;：:。！？!?\n]")


@dataclass(frozen=True)
class TaggedWindow:
    """The stretch of a sentence a tagger read, with its words and their tags in context."""

    text: str
    words: tuple[tuple[str, str], ...]

    def cut(self, text: str) -> list[str] | None:
        """Return the tagger's words of ``text`` when it lies in the window, cut where the window cut it.

        The rules hand over pieces of the sentence, not their offsets: a piece
        is placed at its first occurrence in the window, and a word of the
        tagger's that runs past the piece's edge is cut there.
        """
        at = self.text.find(text) if text else -1
        if at < 0:
            return None
        end = at + len(text)
        out = []
        pos = 0
        for word, _ in self.words:
            start, pos = pos, pos + len(word)
            lo, hi = max(start, at), min(pos, end)
            if lo < hi:
                out.append(self.text[lo:hi])
        return out


class WindowSegmenter:
    """The run's segmenter, but with the tagger's words and tags for text inside one window.

    A word the tagger read in the window takes the tag it had there; any
    other word, or text outside the window, is the dictionary's.
    """

    def __init__(self, base: Segmenter, window: TaggedWindow) -> None:
        self.base = base
        self.window = window
        self.tags = {}
        for word, tag in window.words:
            self.tags.setdefault(word, tag)

    def words(self, text: str) -> list[str]:
        """Return the words of ``text``: the tagger's inside the window, else the dictionary's."""
        cut = self.window.cut(text)
        return cut if cut is not None else self.base.words(text)

    def tag_of(self, word: str) -> str:
        """Return the tag the word had in the window, else its dictionary tag."""
        return self.tags.get(word) or self.base.tag_of(word)

    def frequency(self, word: str) -> int:
        """Return the dictionary's count of the word (the tagger has none)."""
        return self.base.frequency(word)


def window_around(sentence: str, spans: list[tuple[int, int, str]], i: int) -> tuple[int, int]:
    """Return the stretch of ``sentence`` the tagger reads for the figure ``spans[i]``.

    The figure's clause, at most ``WINDOW`` characters on either side of it.
    """
    start, end, _ = spans[i]
    starts = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)]
    lo = max(start - WINDOW, starts[-1] if starts else 0, 0)
    stop = _CLAUSE_END.search(sentence, end)
    return lo, min(end + WINDOW, stop.start() if stop else len(sentence))


def objects_in_context(sentence: str, spans: list[tuple[int, int, str]], objects: list[str | None],
                       lexicon: Lexicon) -> list[str | None]:
    """Return ``objects`` with each None the rules' object over the tagger's words of a window around it.

    ``spans`` are the figures ``(start, end, unit)`` of ``sentence`` and
    ``objects`` what the rules found for them; without a tagger, or with every
    object named, they come back unchanged.
    """
    if lexicon.tagger is None or None not in objects:
        return objects
    out = list(objects)
    read = [obj is not None for obj in objects]
    for i in range(len(objects)):
        if read[i]:
            continue  # named by the rules, or read in the window of a figure before it
        lo, hi = window_around(sentence, spans, i)
        text = sentence[lo:hi]
        window = TaggedWindow(text, tuple(lexicon.tagger.tag(text)))
        again = find_objects(sentence, spans, replace(lexicon, segmenter=WindowSegmenter(lexicon.segmenter, window)))
        for k in range(i, len(spans)):
            if not read[k] and lo <= spans[k][0] and spans[k][1] <= hi:
                read[k] = True  # every unnamed figure inside the window is read in it
                out[k] = again[k]
    return out
