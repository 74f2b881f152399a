"""Word segmentation and part-of-speech tags: the one module that reads jieba's dictionary.

Everything that needs words asks the run's ``Segmenter`` (held by the
``Lexicon``), so the extractor segments each stretch of text once however
many steps read it:

- jieba's dictionary (``dict.txt``: word, frequency, tag) is read once per
  process, in one pass that yields both the prefix dictionary the cut walks
  and the part-of-speech table (``jieba.posseg`` would read the file a second
  time). A ``Segmenter`` copies the frequencies and adds its taxonomy's
  lexicon (domain words, indicator objects, stage cues, unit names) so 群众路线
  and 教育实践活动 stay whole; two taxonomies in one process share the read.
- jieba is imported lazily (``reportgen --help`` must not pay for it).
- Text is cut the way jieba cuts it, into runs of Han characters and
  letters/digits between punctuation; each run's words are cached per
  segmenter (LRU), so places, keywords and figure objects reading the same
  clause share one cut.
- The cut is jieba's route over its word graph (``cut_dag``), computed by
  the compiled ``_dagcut`` module when the package was built with it (the
  wheel build compiles it, ``hatch_build.py``): the dictionary as a trie of
  its entries, built once per segmenter (about 0.4 s), walked one character
  at a time in C, the cut about five times sooner on reports the run has not
  seen. Without it (no C compiler where the package was installed) the
  same cut runs in Python, scoring the fragments it meets from a table the
  segmenter fills as it goes (``WordScores``: jieba's own score of each,
  computed once), so the words of the genre are looked up in a table that
  stays in the processor's cache rather than in the half-million-entry
  dictionary. ``compiled_cut()`` says which one runs; a test holds the two
  equal to each other and to jieba.
- The fast path only: the dictionary DAG, no HMM. Tags come from the
  dictionary by lookup, not from ``jieba.posseg``'s HMM tagger, which costs
  about 25 times a plain cut. A lexicon word the dictionary does not know
  takes the tag of its last word (compounds are head-final). Other words
  the dictionary does not tag are ``n`` (a Han word of two or more
  characters: a compound or a name), ``g``
  (one Han character), ``m`` (digits), ``eng`` (letters) or ``x`` (anything else).
"""
from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from math import log as _log
from pathlib import Path

#: the runs jieba segments on their own (its ``re_han_default``); everything else is single characters.
#: Spelled as one run character and any more (not ``[…]+``): a pattern opening with a class lets the
#: regex engine skip a gap to the next run's first character instead of trying a match at each offset.
_RUN_CHAR = r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]"
_RUN = re.compile(rf"({_RUN_CHAR}{_RUN_CHAR}*)")
_HAN = re.compile(r"[\u4E00-\u9FD5]")
_DIGITS = re.compile(r"[0-9.%]+")
_LETTERS = re.compile(r"[a-zA-Z]+")
_WHITESPACE = re.compile(r"(\r\n|\s)")
#: the characters jieba's ``re_eng`` matches: single ones the cut yields are glued back together
_ALNUM_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_NO_WORD = float("-inf")  # the score before any dictionary word is found
_CACHE_RUNS = 20_000
_CACHE_GAPS = 2_000
#: the most fragment scores a segmenter holds (about 150 bytes each: at most about 45 MB)
_MAX_SCORES = 300_000
#: the least frequency a lexicon word gets, so the DAG prefers the whole domain word
_LEXICON_FREQ = 1000


@dataclass(frozen=True)
class Dictionary:
    """jieba's main dictionary as read: prefix frequencies (0 for a bare prefix), their total, the tags."""

    freq: dict[str, int]
    total: int
    tags: dict[str, str]


try:  # built with the wheel (hatch_build.py); without a C compiler it is absent and cut_dag runs in Python
    from . import _dagcut
except ImportError:
    _dagcut = None


def compiled_cut() -> bool:
    """Return whether cuts run in the compiled ``_dagcut`` module (else in Python, the same cuts, slower)."""
    return _dagcut is not None


_LOCK = threading.Lock()
_DICTIONARY: list[Dictionary] = []  # jieba's dictionary, read at most once per process
_READS = [0]


def dictionary_path() -> Path:
    """Return the path of jieba's main dictionary file."""
    import jieba

    return Path(jieba.__file__).parent / "dict.txt"


def dictionary_reads() -> int:
    """Return how many times this process has read jieba's dictionary file (at most once)."""
    return _READS[0]


def base_dictionary() -> Dictionary:
    """Return jieba's main dictionary, read once per process (about 0.7 s)."""
    if _DICTIONARY:
        return _DICTIONARY[0]
    with _LOCK:
        if not _DICTIONARY:
            _DICTIONARY.append(_read_dictionary(dictionary_path()))
            _READS[0] += 1
    return _DICTIONARY[0]


def _read_dictionary(path: Path) -> Dictionary:
    """Return the prefix dictionary and tag table of a jieba dictionary file (jieba's ``gen_pfdict``)."""
    words: list[str] = []
    counts: list[str] = []
    tags: dict[str, str] = {}
    with path.open("rb") as fh:
        lines = fh.read().decode("utf-8").split("\n")  # by line ends as jieba reads it
    for line in lines:
        parts = line.strip().split(" ")
        if len(parts) < 2:
            continue
        words.append(parts[0])
        counts.append(parts[1])
        if len(parts) > 2:
            tags[parts[0]] = parts[2]
    frequencies = list(map(int, counts))
    # every proper prefix of a word is an entry (frequency 0 unless it is a word itself)
    freq = dict.fromkeys({word[:i] for word in words for i in range(1, len(word))}, 0)
    freq.update(zip(words, frequencies))
    return Dictionary(freq, sum(frequencies), tags)


class Segmenter:
    """jieba's dictionary cut with one taxonomy's lexicon added, with a cache of cut runs."""

    def __init__(self, lexicon_words: Iterable[str]) -> None:
        base = base_dictionary()
        self.FREQ = dict(base.freq)  # jieba's own attribute names, so tests can compare with a Tokenizer
        self.total = base.total
        self._tags = base.tags
        words = list(lexicon_words)
        # A word the dictionary does not tag takes the tag of its last word: compounds are
        # head-final (整改落实 a verb, 群众路线 a noun). A last word of one character is a
        # noun's suffix (征求意见表, 经信局), whatever the character's own tag.
        self._lexicon_tags = {w: _head_tag(self._cut_as_built(w)[-1], base.tags) for w in words if w not in base.tags}
        for word in words:
            self.add_word(word, max(self.suggest_freq(word), _LEXICON_FREQ))
        self._scores = WordScores(self.FREQ, self.total)
        # the dictionary as it stands now, as a trie for the compiled cut (words are added only above)
        self._trie = _dagcut.Trie(self.FREQ, self._scores.logtotal) if _dagcut is not None else None
        # the compiled cut is cached as it is: no Python call between the cache and the trie
        self._cut_run = lru_cache(maxsize=_CACHE_RUNS)(self._trie.cut if self._trie is not None else self._cut_uncached)
        self._cut_gap = lru_cache(maxsize=_CACHE_GAPS)(_gap_words)

    # -- jieba's add_word and suggest_freq, on this dictionary ------------------

    def suggest_freq(self, word: str) -> int:
        """Return the frequency that keeps ``word`` whole (jieba's ``suggest_freq``)."""
        product = 1.0
        for piece in self._cut_as_built(word):
            product *= self.FREQ[piece] / self.total
        return max(int(product * self.total) + 1, self.FREQ.get(word, 1))

    def add_word(self, word: str, freq: int) -> None:
        """Add ``word`` with ``freq`` (jieba's ``add_word``); only while the segmenter is built,
        before its words are scored for cutting."""
        self.FREQ[word] = freq
        self.total += freq
        for i in range(1, len(word)):
            self.FREQ.setdefault(word[:i], 0)

    # -- cutting -----------------------------------------------------------------

    def _cut_as_built(self, run: str) -> list[str]:
        """Return the cut of ``run`` over the dictionary as it stands while lexicon words are added."""
        scores = WordScores(self.FREQ, self.total)
        return cut_dag(run, scores.__getitem__, scores.single)

    def _cut_uncached(self, run: str) -> tuple[str, ...]:
        if self._trie is not None:
            return self._trie.cut(run)
        return tuple(cut_dag(run, self._scores.__getitem__, self._scores.single))

    def cut(self, run: str) -> list[str]:
        """Return the dictionary cut of one run (``_RUN``), uncached: what ``words`` caches per run."""
        return list(self._cut_uncached(run))

    def cut_in_python(self, run: str) -> list[str]:
        """Return the dictionary cut of one run by ``cut_dag`` in Python, whichever ``cut`` runs."""
        return cut_dag(run, self._scores.__getitem__, self._scores.single)

    def clear_cache(self, scores: bool = False) -> None:
        """Forget every cached cut (a benchmark does this between documents to time honest work);
        with ``scores``, every fragment score too, as a new segmenter starts."""
        self._cut_run.cache_clear()
        self._cut_gap.cache_clear()
        if scores:
            self._scores.clear()

    def words(self, text: str) -> list[str]:
        """Return the words of ``text`` in order; they join back to ``text`` exactly."""
        if not text:
            return []
        pieces = _RUN.split(text)  # gap, run, gap, run, ..., gap
        if len(pieces) == 3 and not pieces[0] and not pieces[2]:
            return list(self._cut_run(pieces[1]))  # one run, no gap: most texts a rule asks about (a clause's words)
        # gap and run words interleaved, without a Python step per piece (most of a text's cost is its runs)
        words = list(chain.from_iterable(chain.from_iterable(
            zip(map(self._cut_gap, pieces[:-1:2]), map(self._cut_run, pieces[1::2])))))
        words.extend(self._cut_gap(pieces[-1]))
        return words

    def tag_of(self, word: str) -> str:
        """Return the part of speech of one word: the dictionary's tag, else a guess from its characters."""
        tag = self._tags.get(word) or self._lexicon_tags.get(word)
        if tag is not None:
            return tag
        if _HAN.search(word):
            return "n" if len(word) > 1 else "g"
        if _DIGITS.fullmatch(word):
            return "m"
        if _LETTERS.fullmatch(word):
            return "eng"
        return "x"

    def tagged(self, text: str) -> list[tuple[str, str]]:
        """Return ``(word, tag)`` pairs of ``text``: the cut of ``words`` with dictionary tags (fast, no HMM)."""
        return [(w, self.tag_of(w)) for w in self.words(text)]

    def frequency(self, word: str) -> int:
        """Return how often ``word`` occurs as a whole word in the dictionary (0: not a word).

        Place finding asks this to tell a proper name (rare or no word at all)
        from a common word that happens to end in a level word (工业区, 行政村).
        """
        return self.FREQ.get(word) or 0


def _gap_words(piece: str) -> tuple[str, ...]:
    """Return the words of the text between two runs: jieba yields whitespace whole, the rest by character."""
    if len(piece) < 2:
        return (piece,) if piece else ()  # one mark or space (the common case), or none
    out: list[str] = []
    for part in _WHITESPACE.split(piece):
        if not part:
            continue
        if _WHITESPACE.fullmatch(part):
            out.append(part)
        else:
            out.extend(part)
    return tuple(out)


def _head_tag(last: str, tags: dict[str, str]) -> str:
    """Return the tag a compound takes from its last word (a one-character last word: a noun's suffix)."""
    return tags.get(last, "n") if len(last) > 1 else "n"


class WordScores(dict):
    """jieba's score of each fragment a cut asks about, looked up in the dictionary the first time.

    The score of a dictionary word is ``log(freq) - log(total)`` (the float
    jieba computes, so routes and their ties are jieba's); a bare prefix of
    longer words scores ``-inf``, a fragment that is no entry ``None``. A
    cut asks about a few fragments per character, and nearly all of them
    recur from report to report (the genre's words and their prefixes): held
    here, they stay in the processor's cache, where half a million
    dictionary entries do not, and each is scored once. Holds at most
    ``_MAX_SCORES`` fragments (then starts afresh), so any input is bounded.
    """

    __slots__ = ("_freq", "_logtotal")

    def __init__(self, freq: dict[str, int], total: int) -> None:
        super().__init__()
        self._freq = freq
        self._logtotal = _log(total)

    @property
    def logtotal(self) -> float:
        """Return the log of the dictionary's total frequency (what every word's score is taken from)."""
        return self._logtotal

    @property
    def single(self) -> float:
        """Return the score of a character the dictionary does not hold as a word (jieba: frequency 1)."""
        return -self._logtotal

    def __missing__(self, fragment: str) -> float | None:
        if len(self) >= _MAX_SCORES:
            self.clear()
        f = self._freq.get(fragment)
        score = None if f is None else (_log(f) - self._logtotal if f else _NO_WORD)
        self[fragment] = score
        return score


def cut_dag(run: str, log_prob: Callable[[str], float | None], single: float) -> list[str]:
    """Return jieba's dictionary cut (no HMM) of one run: the same words as
    ``jieba.Tokenizer.lcut(run, HMM=False)``, in about half the time.

    ``log_prob(fragment)`` is None when no dictionary entry is ``fragment``,
    ``-inf`` for a bare prefix of longer words, else the word's
    ``log(freq) - log(total)``; ``single`` is the score of a character the
    dictionary does not hold as a word (``-log(total)``). jieba builds the
    run's word graph (``get_DAG``), then walks it again to find the most
    probable route (``calc``), looking every fragment up and slicing it
    twice. Here one right-to-left pass does both, scoring each dictionary
    word as it is found. Segmentation is the bulk of extraction's cost; a
    test holds this cut equal to jieba's on real text.
    """
    n = len(run)
    score = [0.0] * (n + 1)         # log probability of the best cut of run[k:]
    end = list(range(1, n + 2))     # where the first word of that cut ends (exclusive): one character unless a word is found
    for k in range(n - 1, -1, -1):
        top = log_prob(run[k])
        after = score[k + 1]
        if top is None:  # not even a prefix: the character is a word of its own
            score[k] = single + after
            continue
        # jieba's max over (score, end) of the dictionary words run[k:i]; ends grow, so a tie goes to the later one
        top += after  # -inf when run[k] is only a prefix
        top_end = k + 1
        i = k + 2
        while i <= n:
            p = log_prob(run[k:i])
            if p is None:  # run[k:i] is no dictionary entry: no longer word starts here
                break
            s = p + score[i]
            if s >= top:
                top, top_end = s, i
            i += 1
        if top == _NO_WORD:  # only prefixes start here: one character
            score[k] = single + after
        else:
            score[k], end[k] = top, top_end
    out: list[str] = []
    x, letters = 0, ""
    while x < n:
        y = end[x]
        word = run[x:y]
        if y - x == 1 and word in _ALNUM_CHARS:
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


def idf_path() -> Path:
    """Return the path of jieba's own IDF table (word, inverse document frequency), for keywords."""
    import jieba

    return Path(jieba.__file__).parent / "analyse" / "idf.txt"


def load_idf() -> tuple[dict[str, float], float]:
    """Return jieba's IDF table and its median (about 0.3 s; the run's ``Lexicon`` reads it once)."""
    table: dict[str, float] = {}
    try:
        with idf_path().open(encoding="utf-8") as fh:
            for line in fh:
                word, _, value = line.rstrip("\n").partition(" ")
                try:
                    table[word] = float(value)
                except ValueError:
                    continue
    except OSError:
        return {}, 10.0
    values = sorted(table.values())
    return table, (values[len(values) // 2] if values else 10.0)
