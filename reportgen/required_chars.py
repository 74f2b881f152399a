"""The characters a pattern cannot match without: a text holding none of them is not scanned.

A rule that scans a sentence with a dozen patterns (figures' masks of names,
slogans and counts that are labels) costs a dozen scans of every sentence,
though most patterns need a character the sentence does not hold (届, 期, 篇,
a colon). ``required_chars`` reads a compiled pattern's own syntax tree and
returns a set of characters of which every match holds at least one, or
None where the pattern promises none; the caller skips a text sharing no
character with the set. The result is what the scan would give, only
sooner: a pattern needing a character the text lacks finds nothing in it.

The reading is conservative: a literal, a class of a few literals, and what
a group, a branch, a repetition of at least one, or a lookaround that must
match (not one that must not) hold; anything else (case-folding, character
categories, negated classes) promises nothing.
"""
from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

#: the largest class of characters taken as a requirement (a class wider than this, 0-9 or a script's
#: range, is nearly always present and not worth a test)
MAX_CLASS = 64


def required_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Return a set of characters every match of ``pattern`` holds one of (the smallest found), else None."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    return _smallest(_needs(sre_parse.parse(pattern.pattern, pattern.flags)))


def _smallest(sets: list[frozenset[str]]) -> frozenset[str] | None:
    return min(sets, key=len) if sets else None


def _needs(items) -> list[frozenset[str]]:
    """Return sets of characters, each of which every match of the sequence ``items`` holds one of."""
    out: list[frozenset[str]] = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(frozenset(chr(av)))
        elif op is sre.IN:
            chars = _class(av)
            if chars is not None:
                out.append(chars)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _high, sub = av
            if low >= 1:
                out.extend(_needs(sub))
        elif op is sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & sre.SRE_FLAG_IGNORECASE:
                out.extend(_needs(sub))
        elif op is sre.ATOMIC_GROUP:
            out.extend(_needs(av))
        elif op is sre.ASSERT:  # a lookahead or lookbehind that must match reads characters of the text
            _direction, sub = av
            out.extend(_needs(sub))
        elif op is sre.BRANCH:
            _none, alternatives = av
            each = [_smallest(_needs(alt)) for alt in alternatives]
            if each and all(s is not None for s in each):
                out.append(frozenset().union(*each))
    return out


def _class(items) -> frozenset[str] | None:
    """Return the characters of a class of literals and short ranges, else None (negated, categories, wide)."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < MAX_CLASS:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
        if len(chars) > MAX_CLASS:
            return None
    return frozenset(chars)
