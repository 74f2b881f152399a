"""Traditional script to Simplified, with the official OpenCC library.

Only a Traditional document is converted: OpenCC's ``t2s`` also rewrites a few
characters that are perfectly good Simplified (variants, names), so running it
over every document would alter text that needs no change. A document counts
as Traditional when enough of its CJK characters change under ``t2s``;
Simplified reports score 0, Traditional ones a third or more. The pass runs
last, so boilerplate already dropped cannot tip the balance, and it converts
the document's meta (a page header's publication name) with the text.

The conversion itself uses OpenCC's ``tw2s``: ``t2s`` plus the Taiwan variant
table, which turns the ``著`` that web converters write for ``着`` back into
``着`` (``隨著`` -> ``随着``, ``著手`` -> ``着手``), where ``t2s`` keeps ``随著``.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..nodes import Document
from .glosses import CJK
from .textmap import document_text, map_text

# Share of CJK characters that t2s changes above which a document is Traditional.
TRADITIONAL_SHARE = 0.05

_CJK_CHAR = re.compile(f"[{CJK}]")
_CJK_RUN = re.compile(f"[{CJK}]+")


@dataclass(frozen=True, eq=False)
class ScriptConverters:
    """OpenCC's converters, each built once per run: ``t2s`` judges a document, ``tw2s`` converts it.

    ``changes`` holds, for each CJK character judged so far in the run,
    whether ``t2s`` changes it on its own: documents share nearly all their
    characters, so each is sent to OpenCC once per run, not once per document.
    """

    judge: Callable[[str], str]
    simplify: Callable[[str], str]
    changes: dict[str, bool] = field(default_factory=dict)
    #: the characters of ``changes`` that ``t2s`` changes
    changing: set[str] = field(default_factory=set)


def load_script_converters() -> ScriptConverters:
    """Return the run's OpenCC converters (building one reads OpenCC's dictionaries)."""
    import opencc

    return ScriptConverters(judge=opencc.OpenCC("t2s").convert, simplify=opencc.OpenCC("tw2s").convert)


def to_simplified_text(text: str, converters: ScriptConverters) -> str:
    """Return ``text`` in Simplified script.

    ``tw2s`` runs once: its variant table reads a lone ``著`` as the particle,
    so a second pass would turn a ``显著`` it has just written into ``显着``.
    ``t2s``, which keeps ``著``, then runs until the text is stable (it is not
    always stable after one pass), so the result is a fixed point and
    normalising twice changes nothing.
    """
    def convert(part: str, simplify: Callable[[str], str]) -> str:  # OpenCC reads C strings: a NUL would end the text
        return "\x00".join(simplify(piece) for piece in part.split("\x00"))

    text = convert(text, converters.simplify)
    for _ in range(3):
        converted = convert(text, converters.judge)
        if converted == text:
            break
        text = converted
    return text


def traditional_share(text: str, converters: ScriptConverters) -> float:
    """Return the share of the CJK characters of ``text`` that t2s would change."""
    distinct = set(text)  # each distinct character looked at once, in C: no Python step per character
    changes = converters.changes
    new = _CJK_CHAR.findall("".join(distinct.difference(changes)))  # CJK characters not judged yet in the run
    if new:
        converted = converters.judge("\n".join(new)).split("\n")
        if len(converted) != len(new):  # a conversion never merges lines; be safe anyway
            return 0.0
        changes.update((c, s != c) for c, s in zip(new, converted))
        converters.changing.update(c for c, s in zip(new, converted) if s != c)
    changed = converters.changing.intersection(distinct)
    if not changed:
        return 0.0  # a Simplified text (the usual case): nothing to count
    # the changed characters counted one by one, the CJK ones all at once (the text less its runs of them)
    return sum(map(text.count, changed)) / (len(text) - len(_CJK_RUN.sub("", text)))


def to_simplified(document: Document, converters: ScriptConverters) -> Document:
    """Return ``document`` in Simplified script when it is written in Traditional."""
    if traditional_share(document_text(document), converters) <= TRADITIONAL_SHARE:
        return document.renewed()

    def simplified(text: str) -> str:
        return to_simplified_text(text, converters)

    converted = map_text(document, simplified)
    return replace(converted, meta={key: simplified(value) for key, value in document.meta.items()})
