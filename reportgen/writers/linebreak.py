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

from ..resources import load_data


@functools.lru_cache(maxsize=1)
def rules() -> tuple[frozenset[str], frozenset[str]]:
    """Return the characters that cannot start and cannot end a line."""
    data = load_data("writers/linebreak.toml")
    return frozenset(data["cannot_start"]), frozenset(data["cannot_end"])


def _is_word_char(ch: str) -> bool:
    """Return whether ``ch`` belongs to a Latin word or number that must not be split."""
    return ch.isascii() and (ch.isalnum() or ch in "._-/+%")


def clusters(text: str) -> list[str]:
    """Return ``text`` cut into unbreakable units; joined they give ``text`` back.

    >>> clusters("共有（3077条）意见，")
    ['共', '有', '（3077', '条）', '意', '见，']
    """
    cannot_start, cannot_end = rules()
    units: list[str] = []
    glue_next = False
    for ch in text:
        joins_previous = units and (
            glue_next
            or ch in cannot_start
            or (_is_word_char(ch) and _is_word_char(units[-1][-1]))
        )
        if joins_previous:
            units[-1] += ch
        else:
            units.append(ch)
        glue_next = ch in cannot_end
    return units
