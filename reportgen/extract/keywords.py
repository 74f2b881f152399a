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
    """Return the article's keywords, most telling first."""
    counts = Counter(lexicon.words("\n".join(paragraphs)))
    stop = lexicon.taxonomy.stop_words
    # Filter distinct words, not every occurrence: a tenth of the checks.
    counts = Counter({w: n for w, n in counts.items() if len(w) > 1 and w not in stop and _CJK_WORD.match(w)})
    if not counts:
        return []
    idf, median = lexicon.idf
    weight = {w: n * idf.get(w, median) for w, n in counts.items()}
    ranked = sorted(weight, key=lambda w: (-weight[w], -len(w), w))
    return _drop_nested(ranked)[:top]


def _drop_nested(ranked: list[str]) -> list[str]:
    """Return the ranking without words contained in a higher-ranked keyword (群众路线 after 党的群众路线)."""
    kept: list[str] = []
    for word in ranked:
        if not any(word in k or k in word for k in kept):
            kept.append(word)
        if len(kept) >= 4 * TOP:
            break
    return kept
