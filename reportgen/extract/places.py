"""Place names and organisation names in report text.

A place is a stem and a level word (县, 市, 区, 开发区, 街道, 镇, 村 ...): the
stem a proper name, i.e. no common word of the segmenter's dictionary
(历下 + 区, 某家 + 村) or a word the dictionary knows as a place (泉州 +
开发区). An organisation is a place followed by a few words and an
organisation ending (某市 + 经济和信息化 + 局). Neither list of names is kept
anywhere: both are read from the text, so unseen reports work the same way.
Only provinces and prefectures are known by name (``gazetteer.toml``), so a
report that names its own without its level word (甘肃, 广西, 锡盟) as its
clause's actor is read as naming it in full (``known_subjects``).

Words and their parts of speech come from ``segment`` (the dictionary, no
HMM), so finding places costs no more than the one cut every step shares.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import accumulate

from .lexicon import Lexicon
from .predicates import opens_predicate
from .word_tree import word_tree

HAN = re.compile(r"[\u4e00-\u9fff]+")
# Parts of speech that cannot sit inside an organisation's name.
NOT_IN_NAMES = frozenset({"v", "p", "d", "uj", "ul", "r", "c_", "m", "t", "ad", "z", "l", "i"})
# The mark of an ordinal number, which a name may hold (第一中学).
ORDINAL = "第"
# Set phrases and idioms, judged by their first word inside a name.
SET_PHRASE_TAGS = frozenset({"l", "i"})
# Parts of speech of the noun after a verb that makes the verb an office's field (巡察 + 工作).
FIELD_NOUNS = frozenset({"n", "vn", "nz"})
# Parts of speech of a word that cannot be (part of) a place's stem: verbs,
# function words, adjectives, idioms (双牌 yes; 开展, 在, 各, 美丽的 no).
NOT_IN_STEMS = frozenset({"v", "vn", "vd", "p", "d", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "c", "m",
                          "mq", "q", "t", "ad", "a", "f", "i", "l", "z", "y", "e", "o", "x"})
# Tags of common words (nouns, verbs, adjectives): such a word before a kind of place (园区) is no name.
COMMON_WORD_TAGS = frozenset({"n", "v", "vn", "a"})
# The tag of a locative (上, 下, 前, 口): after a proper first word it ends a place's stem (某下 + 镇).
LOCATIVE = "f"
# The shortest ending that names an office by a city's stem alone, with no words between (某某 + 供电公司).
STEM_OFFICE_BARE_SUFFIX = 3
# Tags of a common noun that may be a place's stem where the place's own office follows (某某 + 镇党委).
OWN_OFFICE_STEM_TAGS = frozenset({"n", "ns", "nz"})
# Tags of a character that never spells out part of a name: prepositions, particles, conjunctions,
# pronouns, numerals, quantifiers.
SPELLED_OUT_EXCLUDED = frozenset("pucrmq")
# Tags that name a place, a person or another proper name.
NOT_A_STEM, WEAK, STRONG = 0, 1, 2
# Parts of speech that open a clause's predicate after its subject: verbs, adverbs, times, prepositions.
ADDRESS_PREDICATE_TAGS = frozenset("vdtp")
# The marks a clause opens after (a place's name opening one may be its actor).
CLAUSE_OPENERS = "，,。；;：:！？!?\n \u3000"
# The marks before a place known by name that opens a clause as its actor (a colon sets off a label or a source).
SUBJECT_OPENERS = "，,。；;！？!?\n \u3000"
# Tags of a single character that cannot open a place's name it spells out (verbs, adverbs, adjectives,
# function words, numerals, measure words), and that cannot stand inside one (function words, numerals):
# 家 and 坊, measure words and nouns elsewhere, are a name's own characters (某家坊镇).
SPELLED_FIRST_EXCLUDED = frozenset("vdapucrmq")
SPELLED_INNER_EXCLUDED = frozenset("pucrm")
# The most characters of a stem the dictionary does not know, spelled out one by one, that a town's name holds.
SPELLED_NAME_MAX = 3
# The fewest characters between a short form and an organisation ending that make it the first word of a proper
# name (某地 + 商贸 + 学校), not of an office by the place's level alone (某地 + 局).
PROPER_NAME_MIN_BODY = 2
# The marks that end a sentence.
SENTENCE_ENDS = "。！？!?\n"
# The characters of a spelled-out stem a verb's character may open: itself and one more (应 + 昌 + 街道).
SPELLED_VERB_NAME_LENGTH = 2


@dataclass(frozen=True)
class Organisation:
    """An organisation named in the text: its full name, its place and the words between."""

    name: str
    place: str
    body: str
    suffix: str


class _Cut:
    """A text cut into words, with where each word starts; parts of speech looked up on demand."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.words = lex.words(text)
        self.starts = list(accumulate(map(len, self.words[:-1]), initial=0)) if self.words else []
        self.start_set = frozenset(self.starts)  # where a word starts: asked at every length of every stem

    def word_at(self, at: int) -> int:
        """Return the index of the word holding character ``at``."""
        return bisect.bisect_right(self.starts, at) - 1

    def tag(self, i: int) -> str:
        """Return the part of speech of word ``i``."""
        return self.lex.tag_of(self.words[i])

    def is_boundary(self, at: int) -> bool:
        """Return whether a word starts (or the text ends) at offset ``at``."""
        return at == len(self.text) or at in self.start_set


def place_suffix(name: str, lex: Lexicon) -> str | None:
    """Return the level word ``name`` ends in (市, 开发区 ...), else None."""
    if not name.endswith(lex.cues.place_suffixes):
        return None  # most words: no level word at their end
    levels = lex.cues.place_suffix_set
    for start in range(1, len(name)):  # the earliest start is the longest level word
        if name[start:] in levels:
            return name[start:]
    return None


def _is_place(name: str, lex: Lexicon) -> bool:
    """Return whether ``name`` reads as a place rather than a common word or a count (三区, 城市, 进社区).

    A name ending in a common word for a kind of place is that kind when a
    common word stands before it (文明 + 城市); a proper stem keeps it a
    place (盐 + 城市).
    """
    c = lex.cues
    suffix = place_suffix(name, lex)
    if suffix is None or name in c.not_places or _is_count(name[: -len(suffix)], lex):
        return False
    if name[-len(suffix) - 1] in c.level_pointers:
        return False  # 该镇, 我县, 这个乡 end it: a word pointing back to a place, whatever stands before
    for length in range(len(suffix) + 1, len(name) + 1):  # each ending longer than the level word
        word = name[-length:]
        if word in c.not_places:
            rest = name[: -len(word)]
            if len(word) >= 3 or (len(rest) >= 2 and lex.tag_of(rest) != "ns"
                                  and lex.frequency(rest) > c.common_stem_frequency):
                return False
            if len(rest) >= 2 and lex.tag_of(rest) in COMMON_WORD_TAGS and lex.frequency(rest) > c.rare_stem_frequency:
                return False  # a common noun or verb before 园区, 城区 (助力 + 园区) names no place
    return True


def _is_count(stem: str, lex: Lexicon) -> bool:
    """Return whether a stem before a level word is a count (三区, 两县, 十四个乡镇), not a name (五华县, 九里镇).

    A stem opening with a numeral counts places when it is all numerals or
    the numeral runs into another numeral or a measure word.
    """
    numerals = lex.cues.numerals
    if not stem or stem[0] not in numerals:
        return False
    return len(stem) == 1 or stem[1] in numerals or stem[1] in lex.figure_rules.measure_chars


def _stem_strength(cut: _Cut, start: int, at: int, text: str, lex: Lexicon, suffix: str = "",
                   chained: bool = False) -> int:
    """Return how surely ``cut.text[start:at]`` is the proper-name stem of a place ending at ``at``.

    STRONG: a rare or unknown word, or a word the dictionary knows as a place;
    WEAK: a fairly common noun, a place only if the text names it twice;
    NOT_A_STEM: a common word, a verb or function word, a quantifier, another place.

    ``chained``: the stem follows another place directly (某县 + 某某镇), an address, where the next
    name is a smaller place's: a stem the dictionary cut into single characters is that name whatever
    their tags (a verb's character opens many a name), and a common word is a name the text must
    name twice.
    """
    c = lex.cues
    stem = cut.text[start:at]
    if _is_count(stem, lex) or (chained and stem[0] in c.copulas):
        return NOT_A_STEM  # a count of places (三区), or a copula opening the place's predicate (某村 + 是…)
    glued = cut.word_at(at)  # the word holding the level word's first character
    glued_word, glued_tag = cut.words[glued], cut.tag(glued)
    cap = STRONG
    if cut.starts[glued] < at:  # the level word is glued to the stem inside one word (某家村, 郎溪县)
        glued_frequency = lex.frequency(glued_word) if glued_tag != "ns" else 0
        if glued_frequency > c.common_stem_frequency:
            return NOT_A_STEM  # 农村, 乡村: a common word, not a name
        if glued_frequency > c.glued_word_frequency:
            cap = WEAK  # 某 + 集镇: a name only if the text names it twice
        if glued_tag == "ns" and c.copulas and any(len(w) == 1 and w in c.copulas for w in cut.words[cut.word_at(start):glued]):
            # a copula before a place the dictionary knows whole (某某 + 是 + 某州市): the place is the predicate's
            return NOT_A_STEM
        if cut.starts[glued] == start and glued_tag == "ns" and len(stem) >= 2:
            # a dictionary place (上海市); a quantifier before a level word is a count of places (各县区)
            return NOT_A_STEM if stem[0] in c.quantifiers and stem[1] in c.place_suffix_chars else STRONG
    commonness = lex.frequency(stem)
    all_places = lex.tag_of(stem) == "ns" if commonness else True
    first = cut.word_at(start)
    inside_glued = [cut.text[cut.starts[glued]:at]] if cut.starts[glued] < at else []  # the stem's part of 北 + 镇
    spelled = chained and _spelled_out(cut.words[first:glued] + inside_glued, lex)
    for i in range(first, glued):
        word, tag = cut.words[i], cut.tag(i)
        city_name = len(word) <= 2 and word.endswith(c.city_name_endings)  # 泉州 + 开发区, 柘 + 州 + 市
        level_opening = (i == first and len(word) == 1 and i + 1 < glued and len(cut.words[i + 1]) == 1
                         and cut.tag(i + 1) not in NOT_IN_STEMS and cut.words[i + 1] not in c.place_suffix_set)
        if not city_name and not level_opening and (place_suffix("_" + word, lex) or word in c.place_suffixes):
            # another place (or its level word) inside: 某县 + 某镇; but a name may open with a level
            # character before a character of its own (镇 + 某 + 县)
            return NOT_A_STEM
        if i == first and word[0] in c.numerals:
            continue  # a name opening with a numeral (五华, 九里): _is_count has told it from a count
        if i == first and word in c.direction_openers and glued - first >= 2:
            continue  # a name opening with a direction (西 + 某坝): the rest of the stem must be proper
        # a measure word's character opening a spelled-out name with no number before it (张 + 巷 + 镇):
        # a surname's or a name's character, not a measure (三张桌)
        measure_opening = (i == first and tag == "q" and level_opening
                           and not (start and (cut.text[start - 1].isdigit() or cut.text[start - 1] in c.numerals)))
        if measure_opening:
            continue
        rare_character = i > first and _rare_character(word, lex)
        locative = len(word) == 1 and i > first and tag == LOCATIVE  # a name may end in 下, 口, 头 (某下 + 镇)
        if tag in NOT_IN_STEMS and (len(word) > 1 or i == first or tag != "v") and not (rare_character or locative or spelled):
            return NOT_A_STEM  # a rare character inside a name is the name's own (某里畈), whatever its tag
        if len(word) > 1:
            commonness = max(commonness, lex.frequency(word))
            all_places = all_places and tag == "ns"
    if stem[0] in c.quantifiers and not (all_places and commonness):
        return NOT_A_STEM
    if len(stem) == 1:
        return NOT_A_STEM if lex.tag_of(stem) in NOT_IN_STEMS else WEAK
    if all_places and suffix in c.zone_suffixes:
        return cap  # a city's zone (某城 + 经开区): however common the city's name
    if commonness <= c.rare_stem_frequency or (all_places and commonness <= c.place_stem_frequency):
        return cap
    return WEAK if commonness <= c.common_stem_frequency or (chained and commonness <= c.chained_stem_frequency) \
        else NOT_A_STEM


def _spelled_out(words: list[str], lex: Lexicon) -> bool:
    """Return whether a stem's words are single characters, at least two, none a function word or pronoun:
    a name the dictionary does not know, whose characters' own tags say nothing of it."""
    return len(words) >= 2 and all(len(w) == 1 and lex.tag_of(w)[:1] not in SPELLED_OUT_EXCLUDED for w in words)


def _rare_character(word: str, lex: Lexicon) -> bool:
    """Return whether ``word`` is a single character the dictionary scarcely knows: a proper name's own."""
    return len(word) == 1 and lex.frequency(word) <= lex.cues.rare_stem_frequency


def _ends_name(cut: _Cut, at: int, end: int, lex: Lexicon) -> bool:
    """Return whether a level word at ``at``..``end`` ends a name: at a word's end, or opening 县委, 镇政府."""
    if cut.is_boundary(end):
        return True
    i = cut.word_at(at)
    rest = cut.words[i][end - at:]
    return cut.starts[i] == at and rest.startswith(lex.cues.org_suffixes)


def _places_in(cut: _Cut, text: str, lex: Lexicon) -> list[str]:
    """Return the places of ``cut``, in order (``text`` is the whole text, for repetitions)."""
    c = lex.cues
    out = []
    taken = 0  # where the last place found ends: the next one's stem starts after it
    word_starts = cut.start_set
    for m in lex.cues.place_suffix_pattern.finditer(cut.text):
        at, end = m.span()
        if at == 0 or not _ends_name(cut, at, end, lex):
            continue
        if out and at == taken and out[-1].endswith(c.stem_levels) and m.group() not in c.stem_levels:
            out[-1] += m.group()  # a street or town named after a village (某新村 + 街道): one name
            taken = end
            continue
        masked = _masked_stem(cut.text, at, lex)
        if masked:
            out.append(masked + m.group())
            taken = end
            continue
        single = m.group() in c.single_character_suffixes
        all_han = False  # whether the stems tried so far reach a run of Han characters: every shorter one is Han too
        for length in range(min(c.max_stem, at - taken), 0 if single else 1, -1):
            start = at - length
            if start not in word_starts:  # ``cut.is_boundary`` of an offset inside the text
                continue
            if not all_han:
                if not HAN.fullmatch(cut.text, start, at):
                    continue
                all_han = True
            chained = bool(out) and start == taken
            strength = _stem_strength(cut, start, at, text, lex, m.group(), chained=chained)
            if strength != STRONG and chained and m.group() in c.stem_levels and _acting_address(cut, start, at, end, lex):
                strength = STRONG
            elif strength != STRONG and m.group() in c.town_suffixes and _acting_spelled_name(cut, start, at, end, lex):
                strength = STRONG
            elif strength != STRONG and _named_with_own_office(cut, start, at, end, lex):
                strength = STRONG
            elif strength == NOT_A_STEM and _acting_whole_name(cut, start, end, text, lex):
                strength = STRONG
            if strength == NOT_A_STEM:
                continue
            name = cut.text[start:end]
            if strength == WEAK:
                own_office = cut.text.startswith(m.group(), end)  # 某县 + 县委
                if not (text.count(name) >= 2 or (length == 1 and own_office)):
                    break
            if _is_place(name, lex):
                out.append(name)
                taken = end
            break
    return out


def _acting_address(cut: _Cut, start: int, at: int, end: int, lex: Lexicon) -> bool:
    """Return whether the smallest place of an address (某区某街道 + 新建社区) is named by an ordinary word and
    acts: a community or village is often named by a common word (新建, 幸福, 大发), which after the places
    above it is that name when the words hold no function word and the address is its clause's subject
    (a verb, adverb, time or preposition follows) or opens an office's name (某社区 + 党委)."""
    stem = cut.text[start:at]
    if not cut.is_boundary(at):
        return False  # the level word glued into a word (农业 + 农村 + 局): no name ends there
    if stem in lex.cues.not_places or place_suffix(stem, lex) or stem[0] in lex.cues.quantifiers:
        return False  # 辖区 + 社区, 各 + 村: a kind of place or a quantifier, no name
    if any(cut.tag(i)[:1] in SPELLED_OUT_EXCLUDED for i in range(cut.word_at(start), cut.word_at(at - 1) + 1)):
        return False
    return _acts_after(cut, end, lex)


def _acts_after(cut: _Cut, end: int, lex: Lexicon) -> bool:
    """Return whether the place ending at ``end`` is its clause's subject: a verb, adverb, time or
    preposition follows, or an office of the place (某社区 + 党委)."""
    if cut.text.startswith(lex.cues.org_suffixes, end):
        return True
    if not cut.is_boundary(end) or end >= len(cut.text):
        return False
    tag = cut.tag(cut.word_at(end))
    return tag[:1] in ADDRESS_PREDICATE_TAGS or tag == "ad"


def _acting_whole_name(cut: _Cut, start: int, end: int, text: str, lex: Lexicon) -> bool:
    """Return whether a place the dictionary knows whole (stem and level word one rare word: a county whose
    stem is also a common word, 某某县 with 某某 a verb or noun) is named as itself: the text names it at least
    twice, and here it opens a clause and acts (a verb, adverb, time or preposition follows, or its own office).

    A kind of place that is a word (先进县, 农业县) has a stem far commoner than a name's.
    """
    k = cut.word_at(start)
    if cut.starts[k] != start or start + len(cut.words[k]) != end:
        return False  # the stem and the level word are not one word of the dictionary
    if lex.frequency(cut.words[k]) > lex.cues.glued_word_frequency or text.count(cut.words[k]) < 2:
        return False
    stem = cut.words[k][: len(cut.words[k]) - len(place_suffix(cut.words[k], lex) or "")]
    if lex.frequency(stem) > lex.cues.chained_stem_frequency:
        return False  # 先进 + 县, 农业 + 县: a word this common before the level word names a kind of place
    if start and cut.text[start - 1] not in CLAUSE_OPENERS:
        return False
    return _acts_after(cut, end, lex)


def _named_with_own_office(cut: _Cut, start: int, at: int, end: int, lex: Lexicon) -> bool:
    """Return whether a place whose stem is a common noun (a word of nature, of trade) is named with its own
    office right after its level word (某某镇 + 党委, 某某县 + 委、县政府): an office no common noun heads.

    The stem must be one noun of the dictionary, at most ``own_office_stem_frequency``, and stand where a
    name may start (after a clause mark, a place above it or a word of its own).
    """
    c = lex.cues
    if not cut.is_boundary(start) or not cut.is_boundary(at) or cut.word_at(start) != cut.word_at(at - 1):
        return False
    stem = cut.text[start:at]
    if len(stem) < 2 or stem[0] in c.quantifiers or lex.tag_of(stem) not in OWN_OFFICE_STEM_TAGS:
        return False
    if stem.endswith(c.org_suffixes) or any(ch in c.office_levels for ch in stem):
        return False  # an office or a level inside (市委 + 市政府): offices named side by side, no place
    if lex.frequency(stem) > c.own_office_stem_frequency:
        return False
    return cut.text.startswith(c.own_office_words, end)


def _acting_spelled_name(cut: _Cut, start: int, at: int, end: int, lex: Lexicon) -> bool:
    """Return whether a town, street or village the dictionary does not know (中 + 厂 + 镇, 肖 + 家 + 坊 + 镇)
    opens its clause as its actor: its stem is cut into single characters, the first no verb, adverb or
    function word and none after it a function word (家, 坊 in a name are the name's own), and a predicate
    or an office of the place follows (某镇组织…, 某乡党委…)."""
    if start > 0 and cut.text[start - 1] not in CLAUSE_OPENERS:
        return False
    if not cut.is_boundary(at) or cut.text[start] in lex.cues.quantifiers:
        return False
    words = cut.words[cut.word_at(start):cut.word_at(at - 1) + 1]
    if not 2 <= len(words) <= SPELLED_NAME_MAX or any(len(w) != 1 for w in words):
        return False  # a longer run of single characters (村 + 财 + 民 + 管 + 镇审核) is a clause cut apart
    first = lex.tag_of(words[0])[:1]
    if (first in SPELLED_FIRST_EXCLUDED and not _verb_opens_name(words, lex)) or \
            any(lex.tag_of(w)[:1] in SPELLED_INNER_EXCLUDED for w in words[1:]):
        return False
    return _acts_after(cut, end, lex)


def _verb_opens_name(words: list[str], lex: Lexicon) -> bool:
    """Return whether a verb's character opening a spelled-out stem is the name's own (应 + 昌 + 街道).

    A town's or street's name has two characters at least: before one more character a verb's is the
    name's first (the clause's verb would leave a name of one); before two (到 + 王家 + 镇) it may be the
    clause's verb, and a character that sets where one went or was (到, 在, 赴) never opens the name.
    """
    return (len(words) == SPELLED_VERB_NAME_LENGTH and lex.tag_of(words[0])[:1] == "v"
            and words[0] not in lex.cues.venue_prepositions)


def _masked_stem(text: str, at: int, lex: Lexicon) -> str | None:
    """Return the masked name right before offset ``at`` (*** in ***镇, xx in xx市, cc in cc镇), else None.

    A report published as a template hides its place's name behind mask
    characters or a doubled Latin letter; the masked name is still the place.
    """
    last = text[at - 1] if at > 0 else ""
    if not (last and (last in lex.cues.masks or (last.isascii() and last.isalpha()) or last == "\n")):
        return None  # the usual case: no character the pattern below can end on (its $ also matches before a line end)
    m = lex.pattern("place-masked-stem", lambda: rf"(?:[{re.escape(lex.cues.masks)}]{{2,4}}|([A-Za-z])\1{{1,2}})$"
                    ).search(text[max(0, at - 4):at])
    if not m:
        return None
    begin = at - len(m.group())
    if begin > 0 and re.match(r"[A-Za-z0-9]", text[begin - 1]):
        return None  # part of a longer Latin word or a code
    return m.group()


def find_places(text: str, lex: Lexicon) -> list[str]:
    """Return the place names of ``text`` in order of first mention, each once.

    A province or prefecture known by name (``gazetteer.toml``) written in full
    is a place wherever it stands as words of its own (新疆维吾尔自治区, whose
    stem the rules would not take; not 上海市 of 上海市场).
    """
    if not lex.cues.place_suffix_pattern.search(text, 1):
        return []
    # The whole text is cut at once, so the cut is the one other steps read (segment caches it).
    cut = _Cut(text, lex)
    found = list(dict.fromkeys(_places_in(cut, text, lex)))
    known = [m for m in lex.pattern("gazetteer-full-names", lambda: word_tree(lex.gazetteer.full_names)).finditer(text)
             if m.group() not in found and cut.is_boundary(m.start()) and cut.is_boundary(m.end())]
    if not known:
        return found
    first = {name: text.find(name) for name in found}
    for m in known:
        first.setdefault(m.group(), m.start())
    return sorted(first, key=first.__getitem__)


def known_subjects(text: str, lex: Lexicon, kicker: bool = False) -> list[tuple[int, str, str]]:
    """Return where ``text`` names a place known by name without its level word as its clause's actor:
    each spot, the short form written (甘肃, 锡盟) and the place's full name (甘肃省, 锡林郭勒盟).

    The short form opens a clause as a word of its own, with no level word after
    it (甘肃省 is read by the place rules), and acts: its predicate follows
    (重庆每个月开展…), or its members (广西各级党组织…, 重庆的党员干部…), or, in
    a headline (``kicker``), a colon (甘肃：…). Described (重庆是…) it does not act.
    A short form the dictionary reads as a common word (保定, 日照) acts only as
    a kicker or before its members as the table narrows them (各级, 广大; not
    来宾 + 各位), never before a bare predicate.
    """
    gaz, c = lex.gazetteer, lex.cues
    # (not after a colon: 来源：某某 + 观察 is a paper's name; a kicker opens its headline's line)
    # The forms alone make the pattern (no opener looked behind at every offset): a form is Han
    # characters, so a form not opening a clause hides none that does; its opener is checked after.
    forms = lex.pattern("gazetteer-short-forms", lambda: word_tree(gaz.short_forms))  # as their alternation, sooner
    out: list[tuple[int, str, str]] = []
    for m in forms.finditer(text):
        if m.start() and text[m.start() - 1] not in SUBJECT_OPENERS:
            continue
        short, end = m.group(), m.end()
        full = gaz.by_short[short]
        rest = text[end:end + 10]
        if text.startswith(full, m.start()) or rest.startswith(c.place_suffixes):
            continue  # written with its level word (重庆市, 广西壮族自治区): a place the rules read
        words = lex.words(text[m.start():end + 8])
        ends = list(accumulate(map(len, words)))
        if len(short) not in ends:
            continue  # a longer word (上海合作组织): not the place (唐 + 山 is one)
        after = words[ends.index(len(short)) + 1] if ends[-1] > len(short) else ""
        if after in c.describing_copulas:
            continue
        members = rest[1:] if rest.startswith("的") else rest
        if not kicker and (_opens_proper_name(text, m.start(), end, lex) or _spelled_out_after(text, m.start(), end, full)):
            continue
        if short in gaz.by_context:
            acts = members.startswith(gaz.context_members)
        else:
            acts = members.startswith(c.sector_members) or opens_predicate(rest[:8], lex)
        if acts or (kicker and rest.startswith((":", "："))):
            out.append((m.start(), short, full))
    return out


def _opens_proper_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Return whether the short form at ``start``..``end`` is the first word of an organisation's proper name
    (某地 + 旅游商贸职业技术学校 + 坚持…): an organisation ending follows in its clause after words that hold no
    clause's verb, and a predicate follows the ending. A proper name keeps its place as written: the short form
    is neither the place acting nor to be written out in full inside the name."""
    clause = re.split(f"[{re.escape(CLAUSE_OPENERS)}]", text[end:end + lex.cues.named_max], maxsplit=1)[0]
    for m in lex.cues.org_suffix_pattern.finditer(clause):
        body = clause[:m.start()]
        if len(body) >= PROPER_NAME_MIN_BODY and not has_verb(body, m.group(), lex) \
                and opens_predicate(clause[m.end():m.end() + 8], lex):
            return True
    return False


def _spelled_out_after(text: str, start: int, end: int, full: str) -> bool:
    """Return whether the sentence of the short form at ``start``..``end`` goes on to name the place in full
    (某省 + 继续高温…，某省某院…): the sentence spells its actor out there, and the short form's clause says
    what the place is like (its weather, its economy), not who acts."""
    stop = min((at for at in (text.find(mark, end) for mark in SENTENCE_ENDS) if at >= 0), default=len(text))
    return text.find(full, end, stop) >= 0


def occurrences(text: str, word: str) -> Iterator[int]:
    """Yield where ``word`` occurs in ``text``, left to right, the occurrences not overlapping (as
    ``re.finditer`` of the escaped word: an empty word occurs at every offset).

    A name found in a text is a literal, not a pattern: looked for with
    ``str.find``, it costs no pattern compiled for each new name.
    """
    step = len(word) or 1
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + step)


def mentions(text: str, names: list[str]) -> dict[str, list[int]]:
    """Return where each name occurs in ``text``.

    A longer name hides the shorter ones inside it (某县某镇 hides 某镇); an
    empty name occurs nowhere.
    """
    taken = bytearray(len(text))  # 1 where a longer name was found: one test per mention, however many there are
    out: dict[str, list[int]] = {n: [] for n in names}
    for name in sorted(names, key=len, reverse=True):
        at = text.find(name)
        while at >= 0 and name:
            end = at + len(name)
            if taken.find(1, at, end) < 0:
                taken[at:end] = b"\x01" * len(name)
                out[name].append(at)
            at = text.find(name, end)  # occurrences do not overlap
    return out


def has_verb(body: str, suffix: str, lex: Lexicon) -> bool:
    """Return whether the words before an organisation ending hold a verb or the like (坚持, 又, 的).

    A verb with a noun after it inside the name names the office's field
    (巡察工作领导小组, 招商引资中心), not a clause's action (某县召开会议).
    """
    at = 0
    pairs = lex.tagged(body + suffix)
    for k, (word, tag) in enumerate(pairs):
        if tag in SET_PHRASE_TAGS and len(word) > 2:
            # a set phrase ending in a noun names a field (自然资源, 生态环境); else it is what its first word is
            # (高等职业: a noun's modifier)
            tag = "n" if lex.tag_of(word[-2:]) in FIELD_NOUNS else lex.tag_of(word[:2])
        if tag == "m" and word.startswith(ORDINAL):
            tag = "n"  # an ordinal is part of a name (第一中学, 第二人民医院)
        if at < len(body) and tag in NOT_IN_NAMES:
            nxt = pairs[k + 1] if k + 1 < len(pairs) else None
            # (a level word after the verb opens another office by its level: 某镇 + 组织 + 镇综治办)
            field = tag == "v" and len(word) > 1 and nxt is not None and at + len(word) < len(body) \
                and nxt[1] in FIELD_NOUNS and nxt[0] not in lex.cues.office_levels
            # a verb right before the ending after a noun of its own names the field too (乡村 + 振兴 + 局,
            # 文明 + 实践 + 中心); a verb opening the words (某县 + 加强 + 党委) is a clause's
            fielded = tag == "v" and len(word) > 1 and k > 0 and at + len(word) == len(body) \
                and (pairs[k - 1][1] in FIELD_NOUNS or pairs[k - 1][1] == "nr") and len(pairs[k - 1][0]) > 1 \
                and not pairs[k - 1][0].endswith(lex.cues.org_suffixes)  # 某县 + 县委 + 召开 + 常委会: a clause
            if not (field or fielded):
                return True
        at += len(word)
    return False


def _rare_name_word(body: str, lex: Lexicon) -> bool:
    """Return whether an office's body is one word the dictionary rarely sees, whatever its tag: a county's
    name set between its city and the office (某市 + 某某 + 检察院), not a clause's verb (召开, 组织)."""
    words = lex.words(body)
    return len(words) == 1 and len(body) >= 2 and lex.frequency(body) <= lex.cues.rare_stem_frequency


def _organisation_at(text: str, place: str, start: int, places: list[str], lex: Lexicon,
                     written: str | None = None, body_named: bool = False) -> Organisation | None:
    """Return the organisation whose name begins with ``place`` at ``start`` (written as ``written``: the place or its stem).

    ``body_named``: a national body's name stands before the place (九三学社 + 某市委): the place's level and a
    one-character ending (某市委) are that body's committee there, not the place speaking.
    """
    c = lex.cues
    written = written or place
    rest = HAN.match(text, start + len(written))
    rest = rest.group() if rest else ""
    suffixes, longer = lex.cues.org_suffix_pattern, lex.cues.longer_org_suffixes
    limit = min(len(rest), c.org_max_body + 1)
    found = suffixes.search(rest)  # each ending that starts within the body's reach, in order
    while found is not None and (i := found.start()) < limit:
        suffix = found.group()
        body = rest[:i]
        end = i + len(suffix)
        found = suffixes.search(rest, i + 1)
        if rest.startswith(c.words_opened_by_endings, i) and len(_word_opened(rest, i, lex)) > len(suffix):
            continue  # the ending opens another word (党组 + 织): no name ends inside a word
        # one office inside another: 某县委 + 办公室, 某区 + 人民政府 + 办公室
        more = next((s for s in longer if rest.startswith(s, end)), None) if rest.startswith(longer, end) else None
        if len(suffix) == 1 and body in ("", place_suffix(place, lex)) and not more and not body_named:
            continue  # 某县委, 某市办: the place itself speaking, unless a longer office follows (某市委巡察办公室)
        if body and ((has_verb(body, suffix, lex) and not _rare_name_word(body, lex)) or any(p in body for p in places)):
            return None  # a clause (某县召开会议), or another place's office (某县 + 某镇党委)
        if more:
            end += len(more)
            suffix = more
        sub = _sub_unit(rest[end:], lex)
        if sub:
            end += len(sub)
            suffix = next(s for s in c.sub_unit_suffixes if sub.endswith(s))
        return Organisation(written + rest[:end], place, rest[:end - len(suffix)], suffix)
    return None


def _word_opened(rest: str, at: int, lex: Lexicon) -> str:
    """Return the longest of the words an ending opens (``words_opened_by_endings``) that ``rest`` holds at ``at``."""
    return next(w for w in lex.cues.words_opened_by_endings if rest.startswith(w, at))


def _body_before(text: str, start: int, lex: Lexicon) -> str:
    """Return the national body's name written right before ``start`` (九三学社 + 某市委员会), else ""."""
    return next((b for b in lex.cues.place_prefixed_bodies if text.startswith(b, start - len(b)) and start >= len(b)), "")


def _sub_unit(rest: str, lex: Lexicon) -> str | None:
    """Return a unit named right after an office as part of it (某县公安局 + 城关派出所), else None.

    Its name is a short proper word and a sub-unit ending (``meta.toml``
    ``sub_unit_suffixes``), with no verb inside (某局召开会议 is a clause).
    """
    c = lex.cues
    for i in range(2, c.sub_unit_max_body + 1):
        suffix = next((s for s in c.sub_unit_suffixes if rest.startswith(s, i)), None)
        if suffix and not has_verb(rest[:i], suffix, lex) and HAN.fullmatch(rest[:i]):
            return rest[:i + len(suffix)]
    return None


def find_organisations(text: str, places: list[str], lex: Lexicon) -> list[Organisation]:
    """Return the organisations named in ``text`` after one of ``places``, in order of mention."""
    return [org for _, org in organisations_at(text, places, lex)]


def organisations_at(text: str, places: list[str], lex: Lexicon) -> list[tuple[int, Organisation]]:
    """Return the organisations named in ``text`` after one of ``places``, each with where it starts, in order.

    No name runs over a line break (places and organisation names are runs of
    Han characters), so the organisations of one line of a text joined by
    line breaks are those of the whole text that start inside that line.
    """
    found: list[tuple[int, Organisation]] = []
    for place, starts in mentions(text, places).items():
        for start in starts:
            body = _body_before(text, start, lex)
            org = _organisation_at(text, place, start, places, lex, body_named=bool(body))
            if org:
                # a national body's committee at the place (九三学社 + 某市委员会) is named with the body's name
                found.append((start - len(body), replace(org, name=body + org.name)))
    # a city's or county's office named by the place's stem alone (某某 + 检验检疫局 for 某某市)
    taken = {at for at, _ in found}
    for place in places:
        suffix = place_suffix(place, lex) or ""
        stem = place[: len(place) - len(suffix)]
        if suffix not in lex.cues.stem_office_levels or len(stem) < 2:
            continue
        for at in occurrences(text, stem):
            if at in taken or text.startswith(lex.cues.place_suffixes, at + len(stem)):
                continue  # the place itself, or another place of the same stem (某某县 beside 某某市)
            org = _organisation_at(text, place, at, places, lex, written=stem)
            bare = not org.body if org else False
            if org and (not bare or (len(org.suffix) >= STEM_OFFICE_BARE_SUFFIX
                                     and org.suffix not in lex.cues.media_suffixes)):
                # the stem and a bare ending name an office only where the ending says its kind in full
                # (某某 + 供电公司), not a level's one-character office (某某 + 委); a paper or a station so
                # named (某某日报社) is a byline's, the publication, not an actor
                found.append((at, org))
    return sorted(found, key=lambda p: p[0])


def is_abbreviation(short: str, full: str) -> bool:
    """Return whether ``short`` abbreviates ``full`` (its characters appear in order: 经信局, 经济和信息化局)."""
    if len(short) >= len(full):
        return False
    it = iter(full)
    return all(ch in it for ch in short) and short[-1] == full[-1]
