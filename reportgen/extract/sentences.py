"""Sentence spans of a paragraph: each figure is reported with the sentence it stands in."""
from __future__ import annotations

import re

#: what ends a sentence: full stops, exclamation and question marks, semicolons, line ends
_END = re.compile(r"[。！？；!?;]+[”’」』）)]*|\n+")


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
            out.append((s, e))
    return out
