"""Chinese line-breaking rules (禁则): where a line of CJK text may be broken.

reportlab's CJK wrapper breaks between any two characters and knows only a
few Japanese closing marks, so ``，；：！？》”’`` can start a line and ``《“（``
can end one. ``clusters`` cuts text into units that must stay on one line:
a closing mark is glued to the character before it, an opening mark to the
one after it, and a run of Latin letters or digits stays whole. A line
breaker that breaks only between clusters therefore obeys the rules.
The character lists are data, in ``linebreak.toml``.
"""
from __future__ import annotations

import functools
import re

from ..resources import load_data


@functools.lru_cache(maxsize=1)
def rules() -> tuple[frozenset[str], frozenset[str]]:
    """Return the characters that cannot start and cannot end a line."""
    data = load_data("writers/linebreak.toml")
    return frozenset(data["cannot_start"]), frozenset(data["cannot_end"])


WORD_CHARS = "A-Za-z0-9._\\-/+%"   # a Latin word or number, which must not be split (as a character class)


def _is_word_char(ch: str) -> bool:
    """Return whether ``ch`` belongs to a Latin word or number that must not be split."""
    return ch.isascii() and (ch.isalnum() or ch in "._-/+%")


def cluster_pattern(cannot_start: frozenset[str], cannot_end: frozenset[str]) -> re.Pattern[str]:
    """Return the pattern one cluster matches: a character, then each next one that may not be cut from it.

    Whether a line may break between two characters depends on those two alone:
    not after one that cannot end a line, not before one that cannot start
    one, not inside a Latin word or number. Make it once per document from
    ``rules()`` and hand it to ``clusters``.
    """
    start = "".join(re.escape(ch) for ch in sorted(cannot_start))
    end = "".join(re.escape(ch) for ch in sorted(cannot_end))
    return re.compile(rf".(?:(?<=[{end}]).|(?=[{start}]).|(?<=[{WORD_CHARS}])(?=[{WORD_CHARS}]).)*", re.S)


def clusters(text: str, pattern: re.Pattern[str] | None = None) -> list[str]:
    """Return ``text`` cut into unbreakable units; joined they give ``text`` back.

    ``pattern`` is ``cluster_pattern(*rules())``, made once by a caller that cuts many texts.

    >>> clusters("共有（3077条）意见，")
    ['共', '有', '（3077', '条）', '意', '见，']
    """
    if pattern is None:
        pattern = cluster_pattern(*rules())
    return pattern.findall(text)
