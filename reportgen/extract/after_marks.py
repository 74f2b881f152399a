"""The matches of a pattern that opens with a look-behind for one of a few marks, found from the marks.

A pattern opening with a look-behind (``(?<=[。！？：])…``: a point's label
after a sentence end) gives the regex engine no first character to skip to:
its search tries a match at every offset of the text, and fails at nearly all
of them on the look-behind. Where the marks are a small share of the text,
finding them first (a one-class pattern, which the engine skips along) and
trying the pattern only right after each finds the same matches sooner.
"""
from __future__ import annotations

import re
from collections.abc import Iterator


def matches_after(marks: re.Pattern[str], pattern: re.Pattern[str], text: str,
                  pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """Yield what ``pattern.finditer(text, pos, endpos)`` yields, where every match of ``pattern`` starts right
    after a character ``marks`` matches (``marks``: one character class; ``pattern``: its look-behind first).

    The pattern is tried where a finditer would next try it with success possible: right after each mark, at
    or past the end of the last match. An empty match leaves the rest to ``finditer`` itself (which goes on
    from there trying a longer match at the same offset first).
    """
    end = len(text) if endpos is None else endpos
    resume = pos
    for mark in marks.finditer(text, max(pos - 1, 0), end):
        at = mark.end()
        if at < resume:
            continue  # inside the last match
        m = pattern.match(text, at, end)
        if m is None:
            continue
        if m.end() == at:
            yield from pattern.finditer(text, at, end)
            return
        yield m
        resume = m.end()
