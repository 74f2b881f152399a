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
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ..nodes import Document
from .glosses import CJK
from .textmap import document_text, map_text

# Share of CJK characters that t2s changes above which a document is Traditional.
TRADITIONAL_SHARE = 0.05

_CJK_CHAR = re.compile(f"[{CJK}]")


@lru_cache(maxsize=None)
def _converter(config: str = "t2s"):
    import opencc

    return opencc.OpenCC(config)


def to_simplified_text(text: str) -> str:
    """Return ``text`` in Simplified script (converted until stable: t2s is not always)."""
    opencc = _converter("tw2s")

    def convert(part: str) -> str:  # OpenCC reads C strings: a NUL would end the text
        return "\x00".join(opencc.convert(piece) for piece in part.split("\x00"))

    for _ in range(3):
        converted = convert(text)
        if converted == text:
            break
        text = converted
    return text


def traditional_share(text: str) -> float:
    """Return the share of the CJK characters of ``text`` that t2s would change."""
    counts = Counter(_CJK_CHAR.findall(text))
    if not counts:
        return 0.0
    chars = list(counts)
    converted = _converter().convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # a conversion never merges lines; be safe anyway
        return 0.0
    changed = sum(counts[c] for c, s in zip(chars, converted) if s != c)
    return changed / sum(counts.values())


def to_simplified(document: Document) -> Document:
    """Return ``document`` in Simplified script when it is written in Traditional."""
    if traditional_share(document_text(document)) <= TRADITIONAL_SHARE:
        return replace(document, meta=dict(document.meta))
    converted = map_text(document, to_simplified_text)
    return replace(converted, meta={key: to_simplified_text(value) for key, value in document.meta.items()})
