"""Distinctive measures: what a unit did that the others did not.

TF-IDF over measure titles, with units as the documents and Chinese
character bigrams as the terms: bigrams need no word segmenter, and a
bigram no other unit uses (组织导向's 导向, 网格's 网格) is exactly what sets a
unit apart. Each measure title scores the mean TF-IDF of its bigrams; its
runs of bigrams only this unit uses are shown as its terms.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
TOP_MEASURES = 3
COLUMNS = ["unit", "rank", "measure", "stage", "score", "terms"]


def bigrams(title: str) -> list[str]:
    """Return the Chinese character bigrams of a title, within runs of Han characters."""
    return [run[i:i + 2] for run in HAN_RUN.findall(title) for i in range(len(run) - 1)]


def unique_phrases(title: str, own: set[str]) -> list[str]:
    """Return the clauses of ``title`` (split at punctuation and spaces) whose bigrams are mostly ``own``."""
    phrases = []
    for clause in HAN_RUN.findall(title):
        grams = bigrams(clause)
        if grams and sum(g in own for g in grams) * 2 >= len(grams):
            phrases.append(clause)
    return phrases


def distinctive_table(measures: list[tuple[str, str, str | None]], top: int = TOP_MEASURES) -> pd.DataFrame:
    """Return per unit its ``top`` most distinctive measures (rows: unit, title, stage)."""
    import pandas as pd

    by_unit: dict[str, list[tuple[str, str | None]]] = {}
    for unit, title, stage in measures:
        if title:
            by_unit.setdefault(unit, []).append((title, stage))
    tf = {u: Counter(b for t, _ in items for b in bigrams(t)) for u, items in by_unit.items()}
    df = Counter(b for counts in tf.values() for b in counts)
    n = len(tf)
    idf = {b: math.log((1 + n) / (1 + d)) + 1 for b, d in df.items()}
    rows = []
    for unit, items in by_unit.items():
        total = sum(tf[unit].values()) or 1
        weight = {b: c / total * idf[b] for b, c in tf[unit].items()}
        own = {b for b in tf[unit] if df[b] == 1} if n > 1 else set()
        scored = []
        for order, (title, stage) in enumerate(dict.fromkeys(items)):
            grams = bigrams(title)
            score = sum(weight[b] for b in grams) / len(grams) if grams else 0.0
            scored.append((-score, order, title, stage))
        for rank, (neg, _, title, stage) in enumerate(sorted(scored)[:top], start=1):
            rows.append({"unit": unit, "rank": rank, "measure": title, "stage": stage,
                         "score": round(-neg, 4), "terms": "、".join(dict.fromkeys(unique_phrases(title, own)))})
    return pd.DataFrame(rows, columns=COLUMNS)
