"""An article's keywords: TF-IDF over one fast segmentation pass.

Words come from the run's segmenter (jieba with the taxonomy's lexicon, no POS
tagging: tagging would cost about 25 times the segmentation). Each word's
weight is its count in the article times its inverse document frequency
from jieba's own IDF table; words of the taxonomy's lexicon (群众路线, 整改,
督导组 ...) that jieba's table does not know get the table's median, and stop
words, numbers, single characters and punctuation are never keywords.
"""
from __future__ import annotations

import re
from collections import Counter

from .lexicon import Lexicon

TOP = 8
_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$")


def find_keywords(paragraphs: list[str], lexicon: Lexicon, top: int = TOP) -> list[str]:
    """Return the article's keywords, most telling first.

    Words are weighed from the most frequent down, and weighing stops once the
    keywords are settled: a word seen ``n`` times weighs at most ``n`` times
    the IDF table's top, so when the words already weighed that outweigh
    that bound give ``top`` keywords, no rarer word can come before them.
    """
    stop = lexicon.taxonomy.stop_words
    by_count = Counter(lexicon.words("\n".join(paragraphs))).most_common()
    idf, median = lexicon.idf
    ceiling = lexicon.idf_ceiling
    wanted = min(top, 4 * TOP)  # _drop_nested keeps at most 4 * TOP
    weight: dict[str, float] = {}
    i = 0
    while i < len(by_count):
        count = by_count[i][1]
        while i < len(by_count) and by_count[i][1] == count:  # every word seen ``count`` times
            word = by_count[i][0]
            i += 1
            if len(word) > 1 and word not in stop and _CJK_WORD.match(word):
                weight[word] = count * idf.get(word, median)
        if i < len(by_count) and len(weight) < wanted:
            continue
        bound = by_count[i][1] * ceiling if i < len(by_count) else None  # what any word not weighed may weigh
        settled = [w for w in weight if bound is None or weight[w] > bound]
        if bound is not None and len(settled) < wanted:
            continue  # fewer settled words than keywords wanted: ranking them cannot settle the keywords
        # the ranking's first ``wanted`` words kept are the keywords: none after them is looked at
        kept = _drop_nested(sorted(settled, key=lambda w: (-weight[w], -len(w), w)), wanted)
        if bound is None or len(kept) >= wanted:
            return kept[:top]
    return []


def _drop_nested(ranked: list[str], limit: int = 4 * TOP) -> list[str]:
    """Return the ranking without words contained in a higher-ranked keyword (群众路线 after 党的群众路线),
    up to ``limit`` words (a word kept depends only on the words ranked before it)."""
    kept: list[str] = []
    for word in ranked:
        if not any(word in k or k in word for k in kept):
            kept.append(word)
        if len(kept) >= limit:
            break
    return kept
