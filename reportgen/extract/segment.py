"""Word segmentation: the one module that imports jieba.

jieba is imported lazily (``reportgen --help`` must not pay for it) and one
tokenizer is built per taxonomy, with the taxonomy's lexicon (domain words,
indicator objects, stage cues, unit names) added once, so 群众路线 and
教育实践活动 stay whole. jieba caches its main dictionary on disk, so a
tokenizer costs well under a second after the first run.

Speed: plain ``lcut`` (the dictionary DAG, no HMM, no part-of-speech tagging)
is what the extractor uses. POS tagging with HMM is about 25 times slower and
would make segmentation the bottleneck of a large run; nothing here needs it.
"""
from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from ..taxonomy import Taxonomy

if TYPE_CHECKING:
    import jieba

_LOCK = threading.Lock()
_TOKENIZERS: dict[int, tuple[Taxonomy, jieba.Tokenizer]] = {}


def tokenizer(taxonomy: Taxonomy) -> jieba.Tokenizer:
    """Return the initialised jieba tokenizer holding ``taxonomy``'s lexicon (built once)."""
    cached = _TOKENIZERS.get(id(taxonomy))
    if cached is not None and cached[0] is taxonomy:
        return cached[1]
    with _LOCK:
        cached = _TOKENIZERS.get(id(taxonomy))
        if cached is not None and cached[0] is taxonomy:
            return cached[1]
        import jieba

        jieba.setLogLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        tok.initialize()
        for word in taxonomy.lexicon:
            # A high frequency makes the DAG prefer the whole domain word.
            tok.add_word(word, freq=max(tok.suggest_freq(word), 1000))
        _TOKENIZERS[id(taxonomy)] = (taxonomy, tok)
        return tok


def words(text: str, taxonomy: Taxonomy) -> list[str]:
    """Return the words of ``text``, domain words kept whole (no HMM, no POS: the fast path)."""
    if not text:
        return []
    return tokenizer(taxonomy).lcut(text, HMM=False)
