"""How a copy for distribution names a unit whose name the reports do not give.

The comparison flags a row the text names no unit for (``（待确认单位N）``) so the
editor can name it; the review copy shows that flag beside the file. A report
published with its names masked (``**镇``, ``××县``, ``XX街道``) gives a row
whose "name" is the mask. A clerk sends neither: the office writes such a unit
as 某镇, 某街道 (某 + the kind of unit the report shows it is: 我乡 makes 某乡, a
report with no word for itself 某单位), and, where two such units are of one
kind, A镇, B镇 in the order of the table. The same clerk quotes a masked
report's sentences with 某 in place of each mask (上游接某省某市), and never quotes
a sentence whose number is a blank (研讨 XX 次: ``prose.toml`` furniture).

The words (the mask's characters, 某, the letters, the kind nouns) are data:
``prose.toml`` ``[names]`` and ``[sentence] self_nouns``.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable

UNIDENTIFIED = re.compile(r"^（待确认单位\d+）$")   # the comparison's label of a row whose unit the text does not name


@dataclass(frozen=True)
class NamingRules:
    """The words of ``prose.toml`` ``[names]`` and the kind nouns a report calls itself by (``self_nouns``)."""

    mask: re.Pattern[str]
    anonymous: str
    letters: tuple[str, ...]
    fallback_kind: str
    self_reference: str
    kinds: tuple[str, ...]

    @classmethod
    def of(cls, table: dict[str, Any]) -> NamingRules:
        """Return the naming rules of the parsed ``prose.toml`` (``ProseRules.load`` reads it once)."""
        names = table["names"]
        return cls(mask=re.compile(names["mask_pattern"]), anonymous=str(names["anonymous"]),
                   letters=tuple(names["letters"]), fallback_kind=str(names["fallback_kind"]),
                   self_reference=str(table["lead"]["self_reference"]),
                   kinds=tuple(sorted(table["sentence"]["self_nouns"], key=len, reverse=True)))


def masked(name: str, rules: NamingRules) -> bool:
    """Return whether a unit's name holds a mask where a place or name stood (``**镇``, ``xx街道工委``)."""
    return bool(rules.mask.search(name))


def unmask(text: str, rules: NamingRules) -> str:
    """Return ``text`` with every mask that stands for a name as 某 (``**省利**市`` → 某省利某市)."""
    if not text or not rules.mask.search(text):
        return text
    return rules.mask.sub(rules.anonymous, text)


def kind_of(paragraphs: Iterable[str], rules: NamingRules) -> str:
    """Return the kind of unit a report shows it is: the noun it calls itself by most (我乡 → 乡), else
    ``fallback_kind`` (单位)."""
    counts: Counter[str] = Counter()
    for paragraph in paragraphs:
        for at in (m.start() for m in re.finditer(re.escape(rules.self_reference), paragraph)):
            rest = paragraph[at + len(rules.self_reference):]
            noun = next((k for k in rules.kinds if rest.startswith(k)), None)
            if noun:
                counts[noun] += 1
    return counts.most_common(1)[0][0] if counts else rules.fallback_kind


def clean_labels(units: list[str], paragraphs_of: dict[str, list[str]], rules: NamingRules) -> dict[str, str]:
    """Return for each unit the reports do not name (a flagged row, a masked name) its label in a copy
    for distribution: 某 + its kind, or A, B … + its kind where two share one, in the table's order."""
    wanted: dict[str, str] = {}
    for unit in units:
        if UNIDENTIFIED.match(unit):
            wanted[unit] = rules.anonymous + kind_of(paragraphs_of.get(unit, ()), rules)
        elif masked(unit, rules):
            wanted[unit] = unmask(unit, rules)
    taken = Counter(wanted.values())
    named = set(units) - set(wanted)
    seen: Counter[str] = Counter()
    out: dict[str, str] = {}
    for unit, label in wanted.items():
        if taken[label] > 1 or label in named:
            kind = label[len(rules.anonymous):] if label.startswith(rules.anonymous) else label
            label = _lettered(seen[label], rules.letters) + kind
            seen[wanted[unit]] += 1
        out[unit] = label
    return out


def _lettered(i: int, letters: tuple[str, ...]) -> str:
    """Return the ``i``-th letter label (A, B … P; past the last, A2, B2 …): every label stays distinct."""
    turn, at = divmod(i, len(letters))
    return letters[at] + (str(turn + 1) if turn else "")


def unmask_records(records: dict[str, Any], rules: NamingRules) -> dict[str, Any]:
    """Return the records' report text (articles' paragraphs, titles and measures; the cells' and figures'
    sentences) with every mask as 某, as a clerk quotes a masked report."""
    def article(a: dict[str, Any]) -> dict[str, Any]:
        return {**a, "title": unmask(a.get("title") or "", rules),
                "paragraphs": [unmask(p, rules) for p in a.get("paragraphs") or ()],
                "measures": [{**m, "title": unmask(m.get("title") or "", rules)} for m in a.get("measures") or ()]}

    def sentenced(row: dict[str, Any]) -> dict[str, Any]:
        return {**row, **{k: unmask(row[k], rules) for k in ("sentence", "superseded", "text")
                          if isinstance(row.get(k), str)}}

    return {**records, "articles": [article(a) for a in records.get("articles", [])],
            "cells": [sentenced(c) for c in records.get("cells", [])],
            "figures": [sentenced(f) for f in records.get("figures", [])]}
