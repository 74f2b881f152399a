"""Word segmentation and part-of-speech tags: the one module that imports jieba.

Everything that needs words calls ``words`` or ``tagged`` here, so the
extractor segments each stretch of text once however many steps read it:

- jieba is imported lazily (``reportgen --help`` must not pay for it), and
  one tokenizer is built per taxonomy with the taxonomy's lexicon (domain
  words, indicator objects, stage cues, unit names) added once, so 群众路线
  and 教育实践活动 stay whole. jieba caches its main dictionary on disk.
- Text is cut the way jieba cuts it, into runs of Han characters and
  letters/digits between punctuation; each run's words are cached (LRU), so
  places, keywords and figure objects reading the same clause share one cut.
- The fast path only: the dictionary DAG, no HMM. Tags come from jieba's
  dictionary by lookup, not from ``jieba.posseg``'s HMM tagger, which costs
  about 25 times a plain cut and would make tagging the bottleneck of a run.
  Words the dictionary does not tag are ``n`` (a Han word of two or more
  characters: a domain compound or a name), ``g`` (one Han character), ``m``
  (digits), ``eng`` (letters) or ``x`` (anything else).
"""
from __future__ import annotations

import logging
import re
from math import log as _log
from pathlib import Path
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

from ..taxonomy import Taxonomy, load_taxonomy

if TYPE_CHECKING:
    import jieba

#: the runs jieba segments on their own (its ``re_han_default``); everything else is single characters
_RUN = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")
_HAN = re.compile(r"[\u4E00-\u9FD5]")
_DIGITS = re.compile(r"[0-9.%]+")
_LETTERS = re.compile(r"[a-zA-Z]+")
_WHITESPACE = re.compile(r"(\r\n|\s)")
_ALNUM = re.compile(r"[a-zA-Z0-9]")  # jieba's re_eng
_CACHE_RUNS = 20_000

_LOCK = threading.Lock()
_TOKENIZERS: dict[int, tuple[Taxonomy, jieba.Tokenizer]] = {}


def tokenizer(taxonomy: Taxonomy | None = None) -> jieba.Tokenizer:
    """Return the initialised jieba tokenizer holding ``taxonomy``'s lexicon (built once per taxonomy)."""
    taxonomy = taxonomy or load_taxonomy()
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
            # At least a high frequency, so the DAG prefers the whole domain word.
            tok.add_word(word, freq=max(tok.suggest_freq(word), 1000))
        _TOKENIZERS[id(taxonomy)] = (taxonomy, tok)
        return tok


@lru_cache(maxsize=_CACHE_RUNS)
def _cut_run(run: str, taxonomy: Taxonomy) -> tuple[str, ...]:
    """Return the words of one run of Han characters, letters and digits (cached)."""
    return tuple(cut_dag(run, tokenizer(taxonomy)))


def cut_dag(run: str, tok: jieba.Tokenizer) -> list[str]:
    """Return jieba's dictionary cut (no HMM) of one run: the same words as
    ``tok.lcut(run, HMM=False)``, in about half the time.

    jieba builds the run's word graph (``get_DAG``), then walks it again to
    find the most probable route (``calc``), looking every fragment up and
    slicing it twice. Here one right-to-left pass over jieba's own dictionary
    (``FREQ``, ``total``) does both, scoring each dictionary word as it is
    found. Segmentation is the bulk of extraction's cost, and the extract path
    must run at half the speed of a bare ``jieba.lcut`` at least; a test holds
    this cut equal to jieba's on real text.
    """
    get, n = tok.FREQ.get, len(run)
    logtotal = _log(tok.total)
    score = [0.0] * (n + 1)  # log probability of the best cut of run[k:]
    end = [0] * (n + 1)      # where the first word of that cut ends (inclusive)
    for k in range(n - 1, -1, -1):
        top, top_end = -logtotal + score[k + 1], k  # no dictionary word starts here: one character
        found = False
        i = k
        f = get(run[k])
        while f is not None:  # run[k:i+1] is a dictionary entry (a word when f > 0, else a prefix)
            if f:
                s = _log(f) - logtotal + score[i + 1]
                if not found or s > top or (s == top and i > top_end):  # jieba's max over (score, end)
                    top, top_end, found = s, i, True
            i += 1
            if i >= n:
                break
            f = get(run[k:i + 1])
        score[k], end[k] = top, top_end
    out: list[str] = []
    x, letters = 0, ""
    while x < n:
        y = end[x] + 1
        word = run[x:y]
        if y - x == 1 and _ALNUM.match(word):
            letters += word  # jieba glues single letters and digits back together
        else:
            if letters:
                out.append(letters)
                letters = ""
            out.append(word)
        x = y
    if letters:
        out.append(letters)
    return out


def clear_cache() -> None:
    """Forget every cached cut (a benchmark does this between documents to time honest work)."""
    _cut_run.cache_clear()


def words(text: str, taxonomy: Taxonomy | None = None) -> list[str]:
    """Return the words of ``text`` in order; they join back to ``text`` exactly."""
    if not text:
        return []
    taxonomy = taxonomy or load_taxonomy()
    out: list[str] = []
    for i, piece in enumerate(_RUN.split(text)):
        if not piece:
            continue
        if i % 2:  # a run jieba segments
            out.extend(_cut_run(piece, taxonomy))
        else:      # punctuation and spaces: jieba yields whitespace runs whole, the rest by character
            for part in _WHITESPACE.split(piece):
                if not part:
                    continue
                if _WHITESPACE.fullmatch(part):
                    out.append(part)
                else:
                    out.extend(part)
    return out


@lru_cache(maxsize=1)
def _tag_table() -> dict[str, str]:
    """Return jieba's dictionary of parts of speech (read once, about a second)."""
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab


def tag_of(word: str) -> str:
    """Return the part of speech of one word: jieba's dictionary tag, else a guess from its characters."""
    tag = _tag_table().get(word)
    if tag is not None:
        return tag
    if _HAN.search(word):
        return "n" if len(word) > 1 else "g"
    if _DIGITS.fullmatch(word):
        return "m"
    if _LETTERS.fullmatch(word):
        return "eng"
    return "x"


def tagged(text: str, taxonomy: Taxonomy | None = None) -> list[tuple[str, str]]:
    """Return ``(word, tag)`` pairs of ``text``: the cut of ``words`` with dictionary tags (fast, no HMM)."""
    return [(w, tag_of(w)) for w in words(text, taxonomy)]


def frequency(word: str, taxonomy: Taxonomy | None = None) -> int:
    """Return how often ``word`` occurs as a whole word in the segmenter's dictionary (0: not a word).

    Place finding asks this to tell a proper name (rare or no word at all)
    from a common word that happens to end in a level word (工业区, 行政村).
    """
    return tokenizer(taxonomy).FREQ.get(word) or 0


def idf_path() -> Path:
    """Return the path of jieba's own IDF table (word, inverse document frequency), for keywords."""
    import jieba

    return Path(jieba.__file__).parent / "analyse" / "idf.txt"
