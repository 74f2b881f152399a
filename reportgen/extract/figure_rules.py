"""The figure reader's tables, compiled: measure words, qualifiers, masks, object cues.

``reportgen/measure_words.toml`` (shared with normalise, which joins a
number to the measure word a page break cut off) lists the measure words
and units a number may carry (名, 场次, 平方米, %), which are spans of time
and which characters after one start a longer word; ``data/figures.toml`` the qualifiers, vague
numbers, masked idioms and names, and the cue words of counted objects.
``load_figure_rules`` reads both and builds the one figure pattern; the
run's ``Lexicon`` holds the result.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..resources import load_data
from .numerals import ARABIC, CHINESE, CHINESE_NUMERALS, DIGITS, MULTIPLIER
from ..required_chars import required_chars

RANGE_SEPARATORS = ["至", "到", "~", "～", "-", "－", "—", "–"]
#: the word every percentage written out in words holds (百分之七十): a sentence without it is not searched for one
PERCENT_WORD = "百分之"


def alternation(words) -> str:
    """Return a regex alternation of ``words``, longest first so the longest one wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class EndWords:
    """Words a text loses at its end, again until none is left, the longest first (`满意率达到` -> `满意率`).

    Each end of each length is looked up in the set of the words, not tried against each of them; a text
    whose last character ends none of them is returned at once (most clauses)."""

    words: frozenset[str]
    ends: frozenset[str]
    lengths: tuple[int, ...]

    @classmethod
    def of(cls, words) -> EndWords:
        """Return the table of ``words``."""
        words = frozenset(w for w in words if w)
        return cls(words, frozenset(w[-1] for w in words), tuple(sorted({len(w) for w in words}, reverse=True)))

    def strip(self, text: str) -> str:
        """Return ``text`` without these words at its end: the longest one shorter than the text, again."""
        if text[-1:] not in self.ends:
            return text
        stripped = True
        while stripped and text:
            stripped = False
            for length in self.lengths:
                if length < len(text) and text[-length:] in self.words:
                    text = text[:-length]
                    stripped = True
                    break
        return text


@dataclass(frozen=True)
class FigureRules:
    """The parsed ``measure_words.toml`` and ``figures.toml``, with the patterns built from them."""

    measure_words: dict
    cues: dict
    pattern: re.Pattern[str]
    percent_pattern: re.Pattern[str]
    mask_pattern: re.Pattern[str] | None
    measure_chars: frozenset[str]  # the one-character measure words (个, 名, 项)
    name_patterns: tuple[re.Pattern[str], ...] = ()  # names holding a numeral (十四届五次), masked like the words
    bare_pattern: re.Pattern[str] | None = None  # a number of 万 or 亿 with no measure word (100余万群众)

    @property
    def rename(self) -> dict[str, str]:
        """Return how a written measure word is reported (％ -> %)."""
        return self.measure_words.get("rename", {})

    @property
    def split_units(self) -> dict[str, str]:
        """Return the units written with a qualifier inside (个多小时) and the unit each is reported as."""
        return self.measure_words.get("split_units", {})

    @property
    def half_units(self) -> dict[str, str]:
        """Return the units written with 半 inside (个半小时) and the unit each is reported as."""
        return self.measure_words.get("half_units", {})

    @cached_property
    def arabic_only(self) -> frozenset[str]:
        """Return the units read only after Arabic digits (`13000方`; `三方` is no figure)."""
        return frozenset(self.measure_words.get("arabic_only", {}).get("units", ()))

    @cached_property
    def label_units(self) -> frozenset[str]:
        """Return the count measure words after which a lone label numeral (二) labels rather than counts."""
        exempt = set(self.cues["exclude"]["label_numeral_counts"])
        return frozenset(w for w in self.measure_words["units"]["count"] if w not in exempt)

    @cached_property
    def label_numerals(self) -> frozenset[str]:
        """Return the numerals that alone before a count's measure word label (二次创业), not count."""
        return frozenset(self.cues["exclude"]["label_numerals"])

    @property
    def time_units(self) -> list[str]:
        """Return the measure words that are spans of time."""
        return self.measure_words["time_units"]["units"]

    @property
    def objects(self) -> dict:
        """Return the cue words of counted objects."""
        return self.cues["objects"]

    @cached_property
    def mask_scans(self) -> tuple[tuple[re.Pattern[str], frozenset[str] | None], ...]:
        """Return the patterns of idioms, names and labels a figure may not stand in, each with the characters
        it cannot match without (``required_chars``): a sentence holding none of them is not scanned."""
        patterns = ((self.mask_pattern,) if self.mask_pattern is not None else ()) + self.name_patterns
        return tuple((p, required_chars(p)) for p in patterns)

    @cached_property
    def object_sets(self) -> dict[str, frozenset[str]]:
        """Return each list of object cue words as a set, for the rules that only ask whether a word is one."""
        return {key: frozenset(value) for key, value in self.objects.items() if isinstance(value, tuple)}

    @cached_property
    def link_words(self) -> EndWords:
        """Return the linking words (``objects.links``) a clause's end loses (`满意率达到` -> `满意率`)."""
        return EndWords.of(self.objects["links"])

    @cached_property
    def dimension_words(self) -> EndWords:
        """Return the words of a size (``objects.dimensions``: 长, 宽, 面积) that end the gap between two sizes."""
        return EndWords.of(self.objects["dimensions"])

    @cached_property
    def vague_numbers(self) -> tuple[tuple[str, float], ...]:
        """Return the vague numbers (十几, 数百) with their base value, longest first, so a longer one is read whole."""
        return tuple(sorted(self.cues["vague"].items(), key=lambda kv: -len(kv[0])))

    @cached_property
    def vague_words(self) -> tuple[str, ...]:
        """Return the vague numbers alone (``str.startswith`` takes them at once)."""
        return tuple(word for word, _ in self.vague_numbers)

    @cached_property
    def excluded_before(self) -> tuple[str, ...]:
        """Return the words that, right before a number, make it no figure (``str.endswith`` takes them at once)."""
        return tuple(self.cues["exclude"]["before"])

    @cached_property
    def qualifier_lookalikes(self) -> tuple[str, ...]:
        """Return the words ending in a qualifier's character that are words of their own (附近, 节约)."""
        return tuple(self.cues["exclude"].get("qualifier_lookalikes", ()))

    @cached_property
    def period_pointers(self) -> tuple[str, ...]:
        """Return the words that, before a span of time, point at a period of the calendar (近两年, 今后三年)."""
        return tuple(self.cues["exclude"].get("period_pointers", ()))

    @cached_property
    def duration_verbs(self) -> tuple[str, ...]:
        """Return the verbs of lasting that make the span after them a duration of the work (历时近两年)."""
        return tuple(self.cues["exclude"].get("duration_verbs", ()))

    @cached_property
    def name_pattern(self) -> re.Pattern[str] | None:
        """Return the pattern of the names holding a numeral (八项规定, 三会一课): each reads as one noun."""
        names = self.cues["exclude"].get("names", ())
        return re.compile(alternation(names)) if names else None

    @cached_property
    def band_pattern(self) -> re.Pattern[str] | None:
        """Return the pattern of a band of age or schooling ending a text (35岁以下, 初中及以下学历), or None."""
        bands = self.cues["objects"].get("bands", ())
        return re.compile("(?:" + "|".join(bands) + ")$") if bands else None

    @cached_property
    def size_units(self) -> frozenset[str]:
        """Return the units of a length or an area, which measure a thing the work is done on."""
        return frozenset(self.cues["objects"]["extent_units"])

    @cached_property
    def uncounted_vague(self) -> tuple[str, ...]:
        """Return the vague numbers that state no count (数百名: several hundred), for ``str.startswith``."""
        return tuple(self.cues["exclude"].get("uncounted_vague", ()))

    @cached_property
    def multiplier_units(self) -> frozenset[str]:
        """Return the units that begin with a multiplier's character (千米, 千克, 千瓦)."""
        firsts = tuple(self.measure_words.get("multipliers", {}))
        return frozenset(w for w in self.all_measure_words() if len(w) > 1 and w.startswith(firsts))

    def all_measure_words(self) -> list[str]:
        """Return every measure word and unit of the table."""
        return [w for group in self.measure_words["units"].values() for w in group]


def _guarded(words: list[str], guards: dict[str, str]) -> str:
    """Return the alternation of ``words``, each guarded against the characters that may not follow it."""
    out = []
    for word in sorted(set(words), key=len, reverse=True):
        guard = guards.get(word)
        out.append(re.escape(word) + (f"(?![{re.escape(guard)}])" if guard else ""))
    return "|".join(out)


def _starts_with(words, classes: str = "") -> str:
    """Return a lookahead for a match's first character: the first of one of ``words``, or one of ``classes``.

    A pattern opening with an optional group gives the regex engine no first
    character to skip ahead to; the lookahead refuses every other position at
    once, which makes the search several times faster and finds the same matches.
    """
    firsts = "".join(sorted({w[0] for w in words if w}))
    return f"(?=[{re.escape(firsts)}{classes}])"


def measure_word_table() -> dict:
    """Return the parsed measure-word table (``reportgen/measure_words.toml``)."""
    return load_data("measure_words.toml")


def load_figure_rules() -> FigureRules:
    """Return the figure tables, read and compiled."""
    words = measure_word_table()
    cues = load_data("extract/data/figures.toml")
    # a linking word is stripped whole before any shorter one it ends with (提高到 before 到)
    cues["objects"]["links"] = sorted(cues["objects"]["links"], key=len, reverse=True)
    # each list of object cue words as a tuple: ``str.endswith`` and ``startswith`` take it as it is
    cues["objects"] = {key: tuple(value) if isinstance(value, list) else value for key, value in cues["objects"].items()}
    unit_words = ([w for group in words["units"].values() for w in group] + list(words.get("split_units", {}))
                  + list(words.get("half_units", {})))
    guards = words.get("guards", {})
    quals = cues["qualifiers"]
    vague = alternation(cues["vague"])
    number = rf"(?:{ARABIC}\s?(?:{MULTIPLIER})?|(?:{vague})(?:{MULTIPLIER})?|{CHINESE})"
    pre = alternation(quals["before"])
    inside = alternation(quals["inside"])
    post = alternation(quals["after"])
    sep = alternation(RANGE_SEPARATORS)
    per = alternation(words.get("per", {}).get("denominators", ())) or "(?!)"
    pattern = re.compile(
        _starts_with([*quals["before"], *cues["vague"]], DIGITS + CHINESE_NUMERALS) +
        rf"(?P<pre>{pre})?(?P<n1>{number})(?:[%％]?\s?(?P<sep>{sep})\s?(?P<n2>{number}))?"
        rf"(?P<ins>{inside})?(?P<mult>{MULTIPLIER})?(?P<ins2>{inside})?(?P<big>大)?[ \t]?"
        rf"(?P<unit>{_guarded(unit_words, guards)})(?:/(?P<per>{per}))?(?P<post>{post})?"
    )
    percent_pattern = re.compile(
        _starts_with([*quals["before"], PERCENT_WORD]) + rf"(?P<pre>{pre})?{PERCENT_WORD}(?P<n1>{ARABIC}|{CHINESE})(?P<post>{post})?"
    )
    # a number of 万 or 亿 written right before the noun it counts, with no measure word (惠及100余万群众,
    # 近百万群众): the multiplier is the number's last part, a Chinese numeral ends in it
    big = "".join(cues["bare"]["multipliers"])
    bare_pattern = re.compile(
        _starts_with([*quals["before"], *cues["vague"]], DIGITS + CHINESE_NUMERALS) +
        rf"(?P<pre>{pre})?(?:(?P<arabic>{ARABIC})\s?(?P<ins>{inside})?(?P<mult>[{big}])"
        rf"|(?P<chinese>(?:(?:{vague})[{CHINESE_NUMERALS}]*|[{CHINESE_NUMERALS}]+)(?<=[{big}])))(?P<ins2>{inside})?(?=[\u4e00-\u9fff])"
    )
    masked = list(cues["exclude"]["idioms"]) + list(cues["exclude"]["names"])
    mask_pattern = re.compile(alternation(masked)) if masked else None
    name_patterns = tuple(re.compile(p) for p in cues["exclude"].get("patterns", []))
    measure_chars = frozenset(w for w in unit_words if len(w) == 1)
    return FigureRules(words, cues, pattern, percent_pattern, mask_pattern, measure_chars, name_patterns, bare_pattern)
