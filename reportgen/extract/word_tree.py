"""A pattern matching any of a list of words, spelled as a tree of their shared beginnings.

The regex engine reads an alternation of words (甘肃|广西|广东|…) one word at
a time: at each offset that one of them can start at, it tries them all in
order. A list of a few hundred names (the gazetteer's full names and short
forms) costs a few hundred tries at each such offset. Spelled as a tree
(甘肃|广(?:西|东)|…), the words that share a first character share its test,
so the engine tries a character's continuations only where that character is.

``word_tree`` finds exactly what the flat alternation finds, match for match,
when the alternation is the whole pattern (nothing after it that a different
choice could let match): among the words matching at an offset, the flat
alternation takes the first in the list. Two words with different characters
at the same place never both match there, so their order does not matter; a
word that is a beginning of a later one is tried last among its node's
branches, since the later word, listed after it, is never reached by the flat
alternation and is dropped. (An empty word matches everywhere, and a search that
found it empty goes on to the later words at the same offset: a list holding
one is left a flat alternation.)
"""
from __future__ import annotations

import re
from collections.abc import Iterable


def word_tree(words: Iterable[str]) -> str:
    """Return a pattern source matching what ``"|".join(map(re.escape, words))`` matches, used alone."""
    words = list(words)
    if "" in words:
        return "|".join(map(re.escape, words))
    live: list[str] = []
    for word in words:
        if not any(word.startswith(earlier) for earlier in live):  # else the earlier one is taken first
            live.append(word)
    return _branches(live, 0) if live else "(?!)"


def _branches(words: list[str], depth: int) -> str:
    """Return the pattern of ``words``, which share their first ``depth`` characters, from there on."""
    following: dict[str, list[str]] = {}
    ends_here = False
    for word in words:
        if len(word) == depth:
            ends_here = True
        else:
            following.setdefault(word[depth], []).append(word)
    branches = [re.escape(char) + _branches(group, depth + 1) for char, group in following.items()]
    if not branches:
        return ""
    if ends_here:  # the word ending here is tried after every longer one: (?:…)? tries the group first
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
