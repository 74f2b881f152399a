"""Sentence spans of a paragraph: each figure is reported with the sentence it stands in.

A "sentence" longer than ``MAX_SENTENCE_CHARS`` is no sentence a reader
wrote (a table flattened to one line, a page of debris): it is cut into
pieces at clause marks, so the work per sentence, and the sentence each
figure carries into the export, stay bounded whatever the input.
"""
from __future__ import annotations

import re

#: what ends a sentence: full stops, exclamation and question marks, semicolons (with the closing quotes
#: after them), line ends. The pattern opens with the class of its first character, so a search skips
#: to one in the regex engine's own loop (a pattern opening with a lookahead or a group is tried at
#: every position); what follows depends on which it was: more line ends, or more marks and closers.
_END = re.compile(r"[。！？；!?;\n](?:(?<=\n)\n*|(?<!\n)[。！？；!?;]*[”’」』）)]*)")
#: the longest sentence kept whole; real ones stay well below it
MAX_SENTENCE_CHARS = 500
#: where an over-long sentence may be cut: after a clause mark, else anywhere
_CLAUSE_END = re.compile(r"[，、：,:]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each sentence of ``text``, outer whitespace trimmed, none empty."""
    spans = []
    start = 0
    for m in _END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            if e - s <= MAX_SENTENCE_CHARS:
                out.append((s, e))  # a sentence a reader wrote
            else:
                out.extend(_bounded(text, s, e))
    return out


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return ``text[start:end]`` as pieces of at most ``MAX_SENTENCE_CHARS``, cut after clause marks."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max((m.end() for m in _CLAUSE_END.finditer(text, start + MAX_SENTENCE_CHARS // 2, limit)),
                  default=limit)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces
