"""Prose a clerk would write, taken from the reports' own sentences (extractive, never invented).

A briefing's words about a unit are the unit's own: its lead sentence, the
titles of its main measures, the sentence that states its key figures. They
are shortened only by dropping whole clauses (an opening 自…以来 / 为… clause,
trailing clauses past the length limit), never cut mid-phrase. 典型经验 are whole
sentences that say what a unit did, chosen across units for the phrases only
that unit uses; problems and next steps are the sentences where the reports
state them. What counts as a lead, an action, a problem or a next step is
data (``prose.toml``), loaded once per build and passed in as ``ProseRules``.

The material is one ``Item`` per article: its unit (merged name), title, date,
file, paragraphs and measures. Each sentence chosen is a ``Quote``: its text
and the file it came from, so the review copy can cite it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

from .unit_labels import NamingRules

HAN = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"(?<=[。！？!?])(?![”’」』）)])|(?<=[。！？!?][”’」』）)])")
_CLAUSE_END = re.compile(r"(?<=[，；：,;:])")
_OPENERS, _CLOSERS = "“‘「『（《(", "”’」』）》)"
_BRACKETS = re.compile("[" + re.escape(_OPENERS + _CLOSERS) + "]")
# a web page's publication stamp opening a paragraph (2020-11-25 10:06): page furniture, not the report's words
_TIMESTAMP = re.compile(r"^\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})"
                        r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*"
                        r"(?:(?:本文)?来源[:：][^。，,\s]{1,20}[。\s]*)?")  # the page's source line beside its stamp
# a news dateline: a place or paper and 讯, an agency's 某地8月5日电, or a news site (网, 在线) before the byline's bracket
_DATELINE = re.compile(r"^[\s　]*(?:[\u4e00-\u9fff\d]{1,16}讯(?=[\s　（(])|[\u4e00-\u9fff]{1,12}\d{1,2}月\d{1,2}日电(?=[\s　（(])|[\u4e00-\u9fff]{1,12}(?:网|在线)(?=[（(]))[\s　]*")
# a report's own title run into its first paragraph before a blank (某某2021年工作总结　一年来，…)
_TITLE_RUN_IN = re.compile(r"^[^，。；：,;:\s　]{4,30}(?:总结|报告|汇报|情况)[\s　]+(?=\S)")
_BYLINE = re.compile(r"^[（(]([^（）()]{1,24})[）)][\s　]*")
# a clause that only dates what follows (2009年3月25日上午，22日，; 20__年4月，: a template's blank year)
_DATE_CLAUSE = re.compile(r"^(?:(?:\d{4}|\d{2}_{2,})年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚上|晚|凌晨)?[，,]?$")
_NUMBERING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[是要抓、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.])\s*")
_SPACES = re.compile(r"\s+")
ACTION_WITHIN = 16  # an experience names its action early: within this many characters (subject, then verb)
# a count: a number that is no date or time of day (2018年, 7月, 12日, 3时 are not)
_COUNT = re.compile(r"\d+(?:\.\d+)?(?![\d.]*\s*(?:年|月|日|时|点|号|分|:|：))")


@dataclass(frozen=True)
class LeadChoice:
    """How a unit's lead is chosen among its opening sentences (``prose.toml`` ``[lead.choice]``):
    the weights of what a sentence has, and the words of a scene and of what never leads."""

    paragraphs: int = 3
    first: int = 0
    subject: int = 0
    campaign: int = 0
    figure: int = 0
    scene: int = 0
    being_words: tuple[str, ...] = ()
    scene_words: tuple[str, ...] = ()
    scene_patterns: tuple[re.Pattern[str], ...] = ()
    never_words: tuple[str, ...] = ()
    never_patterns: tuple[re.Pattern[str], ...] = ()
    rhetoric: int = 0
    rhetoric_words: tuple[str, ...] = ()
    rhetoric_clauses: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def of(cls, table: dict[str, Any]) -> LeadChoice:
        """Return the choice of a ``[lead.choice]`` table."""
        return cls(paragraphs=int(table["paragraphs"]), first=int(table["first"]), subject=int(table["subject"]),
                   campaign=int(table["campaign"]), figure=int(table["figure"]), scene=int(table["scene"]),
                   being_words=tuple(table["being_words"]),
                   scene_words=tuple(table["scene_words"]),
                   scene_patterns=tuple(re.compile(p) for p in table["scene_patterns"]),
                   never_words=tuple(table["never_words"]),
                   never_patterns=tuple(re.compile(p) for p in table["never_patterns"]),
                   rhetoric=int(table["rhetoric"]), rhetoric_words=tuple(table["rhetoric_words"]),
                   rhetoric_clauses=tuple(re.compile(p) for p in table["rhetoric_clauses"]))


@dataclass(frozen=True)
class ProseRules:
    """The cue words of ``prose.toml``."""

    min_chars: int
    max_chars: int
    dependent_openings: tuple[str, ...]
    dangling_openings: tuple[str, ...]
    datelines: tuple[str, ...]
    reported_speech: tuple[str, ...]
    adverbial_openings: tuple[str, ...]
    adverbial_endings: tuple[str, ...]
    asides: tuple[str, ...]
    self_reference: str
    subject_piece_chars: int
    setting_endings: tuple[str, ...]
    subject_clauses: int
    collective: str
    actions: tuple[str, ...]
    experience_not_openings: tuple[str, ...]
    problem_cues: tuple[str, ...]
    problem_unless: tuple[str, ...]
    next_step_cues: tuple[str, ...]
    next_step_unless: tuple[str, ...]
    campaign_endings: tuple[str, ...]
    campaign_before: tuple[str, ...]
    self_nouns: tuple[str, ...] = ()
    min_title_chars: int = 0
    max_title_chars: int = 0
    min_titles: int = 1
    time_openings: tuple[str, ...] = ()
    demonstrative: str = ""
    place_nouns: tuple[str, ...] = ()
    experience_not_words: tuple[str, ...] = ()
    lead_choice: LeadChoice = LeadChoice()
    measures_introduction: str = ""
    measure_not_endings: tuple[str, ...] = ()
    measure_not_openings: tuple[str, ...] = ()
    measure_not_words: tuple[str, ...] = ()
    furniture: tuple[re.Pattern[str], ...] = ()
    unmarked_prose_chars: int = 0
    connectives: tuple[str, ...] = ()
    purpose_continuations: tuple[str, ...] = ()
    attributions: tuple[str, ...] = ()
    attribution_chars: int = 0
    we_words: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()
    we_unnamed: str = ""
    naming: NamingRules | None = None   # how a copy for distribution names a unit the reports do not name
    problem_remedies: tuple[str, ...] = ()
    page_blocks: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> ProseRules:
        """Return the rules shipped in ``render/prose.toml``."""
        from ..resources import load_data

        t = load_data("render/prose.toml")
        s, lead = t["sentence"], t["lead"]
        return cls(min_chars=int(s["min_chars"]), max_chars=int(s["max_chars"]),
                   dependent_openings=tuple(s["dependent_openings"]),
                   dangling_openings=tuple(s["dangling_openings"]), datelines=tuple(s["datelines"]),
                   reported_speech=tuple(s["reported_speech"]),
                   adverbial_openings=tuple(lead["adverbial_openings"]),
                   adverbial_endings=tuple(lead["adverbial_endings"]), asides=tuple(lead["asides"]),
                   self_reference=str(lead["self_reference"]),
                   subject_piece_chars=int(lead["subject_piece_chars"]),
                   setting_endings=tuple(lead["setting_endings"]), subject_clauses=int(lead["subject_clauses"]),
                   collective=str(lead["collective"]),
                   actions=tuple(t["experience"]["actions"]),
                   experience_not_openings=tuple(t["experience"]["not_openings"]), problem_cues=tuple(t["problems"]["cues"]),
                   problem_unless=tuple(t["problems"]["unless"]), problem_remedies=tuple(t["problems"]["remedies"]), next_step_cues=tuple(t["next_steps"]["cues"]),
                   next_step_unless=tuple(t["next_steps"]["unless"]),
                   campaign_endings=tuple(t["campaign"]["endings"]),
                   campaign_before=tuple(t["campaign"]["before"]),
                   self_nouns=tuple(s["self_nouns"]), min_title_chars=int(t["measures"]["min_title_chars"]),
                   max_title_chars=int(t["measures"]["max_title_chars"]),
                   min_titles=int(t["measures"]["min_titles"]),
                   time_openings=tuple(lead["time_openings"]), demonstrative=str(lead["demonstrative"]),
                   place_nouns=tuple(lead["place_nouns"]), lead_choice=LeadChoice.of(lead["choice"]),
                   measures_introduction=str(t["measures"]["introduction"]),
                   measure_not_endings=tuple(t["measures"]["not_endings"]),
                   measure_not_openings=tuple(t["measures"]["not_openings"]),
                   measure_not_words=tuple(t["measures"]["not_words"]),
                   experience_not_words=tuple(t["experience"]["not_words"]),
                   furniture=tuple(re.compile(p) for p in s["furniture_patterns"]),
                   unmarked_prose_chars=int(s["unmarked_prose_chars"]), connectives=tuple(s["connectives"]),
                   purpose_continuations=tuple(lead["purpose_continuations"]),
                   attributions=tuple(s["attributions"]), attribution_chars=int(s["attribution_chars"]),
                   we_words=tuple(s["we_words"]), we_unnamed=str(s["we_unnamed"]), bodies=tuple(lead["bodies"]),
                   naming=NamingRules.of(t), page_blocks=frozenset(s["page_blocks"]))


@dataclass(frozen=True)
class Item:
    """One article as prose material."""

    unit: str
    title: str
    date: str | None
    document: str
    paragraphs: tuple[str, ...]
    measures: tuple[tuple[str, int], ...] = ()   # (title, level)
    index: int = 0                                # the article's place in its document


@dataclass(frozen=True)
class Quote:
    """A sentence taken from a report, and the file it came from."""

    text: str
    document: str
    unit: str = ""
    kind: str = ""      # in a unit's summary: "lead", "measures" or "figures"


@dataclass
class Section:
    """The paragraphs under one measure heading (``title`` None: before the first heading)."""

    title: str | None
    level: int = 0
    paragraphs: list[str] = field(default_factory=list)


# -- sentences --------------------------------------------------------------------

def split_sentences(paragraph: str) -> list[str]:
    """Return the sentences of a paragraph, each ending with its mark (and closing quote)."""
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s and s.strip()]


def _clauses(sentence: str) -> list[str]:
    """Return a sentence's clauses; a clause mark inside quotes or brackets ends none (the quote is one phrase)."""
    out: list[str] = []
    for piece in (c for c in _CLAUSE_END.split(sentence) if c):
        if out and not balanced(out[-1]):
            out[-1] += piece
        else:
            out.append(piece)
    return out


def balanced(text: str) -> bool:
    """Return whether every quote and bracket ``text`` opens it also closes, and none closes unopened."""
    depth = 0
    for ch in _BRACKETS.findall(text):
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _end(text: str) -> str:
    """Return ``text`` ending in 。 (a trailing clause mark replaced); a closing quote or bracket ends
    a sentence only after a sentence mark (……。” ends, ……“网民留言板” does not)."""
    text = text.rstrip("，；：,;: ")
    if text[-1:] in "。！？!?" or (text[-1:] in "”’）" and text[-2:-1] in "。！？!?"):
        return text
    return text + "。"


def drop_opening_adverbial(sentence: str, rules: ProseRules) -> str:
    """Return ``sentence`` without opening clauses of time, purpose or source (自…以来，为…，据统计，)
    when at least one more clause than the main one stands."""
    clauses = _clauses(sentence)
    purpose = False
    while len(clauses) >= 2:
        first = clauses[0].rstrip("，,")
        if first in rules.asides or _DATE_CLAUSE.match(first) or (len(clauses) >= 3 and first.startswith(rules.adverbial_openings) and (
                first.endswith(rules.adverbial_endings) or first.startswith(("为", "围绕")))):
            purpose = first.startswith(("为", "围绕"))
            clauses = clauses[1:]
            continue
        if purpose and first.startswith(rules.purpose_continuations):
            clauses = clauses[1:]     # 为打赢…，进一步掌握…，: the purpose goes on, it goes with its opening
            continue
        break
    return "".join(clauses)


def from_subject(sentence: str, unit: str, rules: ProseRules) -> str:
    """Return a sentence that opens with a preamble of purpose or basis (为推动…，做好…，连日来，某县…;
    按照…，某县…) from the clause where its unit, the subject, first stands; any other sentence as it is.
    (A clause opening with 在 may be the predicate itself: 在全市率先召开…, so it is no preamble.)"""
    clauses = _clauses(sentence)
    preamble = ("为",) + rules.dangling_openings
    if len(unit) < 2 or not clauses or not clauses[0].startswith(preamble) or unit in clauses[0]:
        return sentence
    at = next((i for i, c in enumerate(clauses) if unit in c), None)
    if at is None or at == len(clauses) - 1 and len(clauses[at]) < rules.min_chars:
        return sentence
    return "".join(clauses[at:])


def name_self(text: str, unit: str, rules: ProseRules, named: bool = True) -> str:
    """Return ``text`` with the report's self-reference (我区 in a district's report) in the briefing's voice.

    The first becomes the unit's name, any later one 该区, as a clerk writes
    them; 我 before the tail of the unit's name (我学区党支部 in 某某学区党支部's report) is the
    same self-reference; a self-reference by another institution's word (``self_nouns``: 我院 in
    a report whose unit is unnamed) becomes 该院; 我们 (``we_words``) is the unit too, or, when the text
    does not name it (``named`` False), ``we_unnamed`` (该单位) and nothing opening the text; inside quotation marks the words
    are someone's speech and stay.
    """
    mark = rules.self_reference + unit[-1] if len(unit) >= 2 else None
    # 我 + the name's last character, or + a tail of three or more (我学区党支部), longest first
    han_from = next((i + 1 for i in range(len(unit) - 1, -1, -1) if not HAN.match(unit[i])), 0)  # unit[k:] all Han
    marks = tuple(rules.self_reference + unit[k:] for k in range(max(1, han_from), len(unit))
                  if len(unit) - k >= 3 or k == len(unit) - 1) if mark else ()
    others = tuple(rules.self_reference + n for n in rules.self_nouns if rules.self_reference + n != mark)
    we = tuple(w for w in rules.we_words if w in text)
    if not any(m in text for m in marks) and not any(o in text for o in others) and not we:
        return text
    # a replacement can only start at the first character of one of the words; elsewhere the text is copied
    starts = frozenset(w[0] for w in (*we, *marks, *others) if w)
    out, depth, named_once, at = [], 0, False, 0
    while at < len(text):
        ch = text[at]
        if depth or ch not in starts:
            depth = max(depth + (ch in _OPENERS) - (ch in _CLOSERS), 0)
            out.append(ch)
            at += 1
            continue
        said = next((w for w in we if text.startswith(w, at)), None)
        if said:     # 我们: the report's authors
            if named and mark:
                out.append("该" + unit[-1] if named_once else unit)
                named_once = True
            elif "".join(out).strip():   # opening the sentence, it goes: the heading names who acted
                out.append(rules.we_unnamed)
            at += len(said)
            continue
        own = next((m for m in marks if text.startswith(m, at)), None)
        if own:
            out.append("该" + unit[-1] if named_once else unit)
            named_once, at = True, at + len(own)
            continue
        other = next((o for o in others if text.startswith(o, at)), None)
        if other:     # the report names itself by a word the unit's name does not end with: 该院, 该局
            out.append("该" + other[len(rules.self_reference):])
            at += len(other)
            continue
        depth += (ch in _OPENERS) - (ch in _CLOSERS)
        depth = max(depth, 0)
        out.append(ch)
        at += 1
    return "".join(out)


def _setting(clause: str, rules: ProseRules) -> bool:
    """Return whether a clause only sets the time or source of what follows (2月14日，截至目前，…以来，在…中，)."""
    clause = clause.rstrip("，,")
    return (bool(_DATE_CLAUSE.match(clause)) or clause in rules.asides or clause.endswith(rules.setting_endings)
            or (clause.startswith(rules.time_openings) and not clause.endswith(("。", "；")))
            or (clause.startswith(rules.adverbial_openings) and clause.endswith(rules.adverbial_endings)))


def names_unit(text: str, unit: str, rules: ProseRules) -> bool:
    """Return whether ``text`` names ``unit``: its whole name, a piece of ``subject_piece_chars`` or more, or its place."""
    n = rules.subject_piece_chars
    pieces = {unit[:2]} | {unit[i:i + n] for i in range(len(unit) - n + 1)}
    return any(piece in text for piece in pieces)


def _opening(clauses: list[str], rules: ProseRules) -> int:
    """Return how many of a sentence's first clauses only set its time or source."""
    opening = 0
    while opening < len(clauses) - 1 and _setting(clauses[opening], rules):
        opening += 1
    return opening


def _own_word(rest: str, unit: str, rules: ProseRules) -> str | None:
    """Return the report's word for its whole unit or for itself opening ``rest`` (全县; 该县, 该局 where the
    unit's own name holds the noun: 该村 in a town's report is a village; the name's level noun before one of
    its ``bodies``: 镇 of 镇党委 in a town's report), if any."""
    collective = rules.collective + unit[-1]
    if rest.startswith(collective):
        return collective
    # the unit's level noun before its body (镇党委 in a town's report, 县委, 局党组): the name stands for the noun
    if (len(rest) > 1 and rest[0] == unit[-1] and HAN.match(rest[1])
            and unit[-1] in rules.place_nouns + tuple(n for n in rules.self_nouns if len(n) == 1)
            and rest[1:].startswith(rules.bodies)):
        return unit[-1]
    if rules.demonstrative and rest.startswith(rules.demonstrative):
        noun = next((n for n in rules.self_nouns + rules.place_nouns
                     if n in unit and rest.startswith(rules.demonstrative + n)), None)
        if noun:
            return rules.demonstrative + noun
    return None


def has_subject(sentence: str, unit: str, rules: ProseRules) -> bool:
    """Return whether a sentence, after its clauses of time or source, has the unit as its subject: its
    name (whole, a piece or its place) or the report's word for the unit (全县, 该县)."""
    clauses = _clauses(sentence)
    if len(unit) < 2 or not clauses:
        return False
    opening = _opening(clauses, rules)
    return (names_unit("".join(clauses[:opening + rules.subject_clauses]), unit, rules)
            or _own_word("".join(clauses[opening:]), unit, rules) is not None)


def as_subject(sentence: str, unit: str, rules: ProseRules) -> str:
    """Return the sentence that opens a unit's paragraph with the unit as its subject.

    A briefing's paragraph about a unit says who acted: a sentence that opens
    with its verb or a preposition (参与…，通过…，围绕…) or with somebody else
    (工作人员…) reads as if the unit had been named before it. Such a sentence
    gets the unit's name, after any opening clauses of time or source; the
    report's word for its whole unit (全县) or for itself (该县, 该局) gives way to the name. One that
    names the unit already, whole or in part (市企业工委, 开发区, 我区 made
    the name by ``name_self``), stays as it is.
    """
    clauses = _clauses(sentence)
    if len(unit) < 2 or not clauses:
        return sentence
    opening = _opening(clauses, rules)
    if names_unit("".join(clauses[:opening + rules.subject_clauses]), unit, rules):
        return sentence
    head, rest = "".join(clauses[:opening]), "".join(clauses[opening:])
    if unit in rest:
        return sentence   # the whole name stands later, as the subject after a scene's clauses: it is not said twice
    own = _own_word(rest, unit, rules)
    if own is None and rules.demonstrative and rest.startswith(rules.demonstrative) and \
            rest[len(rules.demonstrative):].startswith(rules.self_nouns + rules.place_nouns):
        return sentence   # 该镇 of another noun than the name's: the sentence has its subject, no name goes before it
    return head + unit + (rest[len(own):] if own else rest)


def shorten(sentence: str, limit: int, keep: Iterable[str] = (), dangling: tuple[str, ...] = ()) -> str:
    """Return ``sentence`` cut at clause ends to at most ``limit`` characters, ending in 。.

    Clauses holding a ``keep`` string (a figure's text) are kept with the clauses
    before them; whole clauses go, never part of one. A cut never leaves the
    sentence ending on a clause that opens with one of ``dangling`` (按照…, 通过…:
    the manner of a verb the cut took away).
    """
    if len(sentence) <= limit:
        return _end(sentence)
    keep = [k for k in keep if k]
    parts = [p for p in re.split(r"(?<=[；;])", sentence) if p]
    if len(parts) > 1:  # a semicolon ends a whole statement: cut there first
        first_needed = next((i for i, p in enumerate(parts) if any(k in p for k in keep)), 0)
        sentence = parts[first_needed]
        for part in parts[first_needed + 1:]:
            if len(sentence) + len(part) > limit:
                break
            sentence += part
        sentence = _end(sentence)
        if len(sentence) <= limit:
            return sentence
    clauses = _clauses(sentence)
    last_needed = max((i for i, c in enumerate(clauses) if any(k in c for k in keep)), default=0)
    out: list[str] = []
    for i, clause in enumerate(clauses):
        if len("".join(out)) + len(clause) > limit and i > last_needed and out:
            break
        out.append(clause)
    cut = len(out) < len(clauses)
    while cut and len(out) > max(1, last_needed + 1) and out[-1].lstrip().startswith(dangling):
        out.pop()
    text = "".join(out)
    if len(text) > limit * 1.6 and keep:  # the figures sit far in: keep only the clauses that hold them
        text = "".join(c for c in clauses if any(k in c for k in keep)) or text
    return _end(text)


def usable(sentence: str, rules: ProseRules) -> bool:
    """Return whether a sentence can be quoted on its own: long enough, Chinese, every quote it opens
    closed (a cut quotation is a fragment), not hanging on the sentence before, not someone's speech,
    not a question."""
    return (len(sentence) >= rules.min_chars and HAN.search(sentence) is not None and balanced(sentence)
            and not sentence.startswith(rules.dependent_openings)
            and not sentence.startswith(("“", "\"", "「"))
            and not sentence.rstrip(_CLOSERS).endswith(("？", "?"))      # a question is no unit's statement
            and not any(w in sentence for w in rules.reported_speech)
            and not any(p.search(sentence) for p in rules.furniture))


_ANY_MARK = re.compile(r"[，。；：！？,;:!?]")


def prose_line(sentence: str, rules: ProseRules) -> bool:
    """Return whether a sentence as the report has it is prose: it holds a mark, or is too long for
    a heading. A short line without any is a heading, a masthead or a channel name, never quoted."""
    return bool(_ANY_MARK.search(sentence)) or len(sentence) >= rules.unmarked_prose_chars


def ended(sentence: str) -> bool:
    """Return whether the report ended this sentence (。！？, or ； of a list's item): one it did not
    end is cut (a line broken mid-word, a file cut short), and is not quoted alone."""
    return sentence.rstrip(_CLOSERS + " 　")[-1:] in "。！？!?；;"


def _strip_dateline(paragraph: str, rules: ProseRules) -> str:
    """Return a paragraph without the furniture that opens it: a page's timestamp, the report's title run
    into it, a dateline (本报讯, 某某网讯, 本报北京5月20日讯) and the byline in brackets after it or naming a reporter."""
    paragraph = _TITLE_RUN_IN.sub("", _TIMESTAMP.sub("", paragraph, count=1), count=1)
    dateline = _DATELINE.match(paragraph)
    if dateline:
        paragraph = paragraph[dateline.end():]
    byline = _BYLINE.match(paragraph)
    if byline and (dateline or _has(byline.group(1), rules.datelines) or "讯" in byline.group(1)):
        paragraph = paragraph[byline.end():]
    return paragraph


def _norm(text: str) -> str:
    return _SPACES.sub("", _NUMBERING.sub("", text)).rstrip("。：:")


# -- an article's sections --------------------------------------------------------

def sections(item: Item) -> list[Section]:
    """Return an article's paragraphs grouped under its measure headings.

    A paragraph equal to a measure's title is its heading; one that opens with
    the title (``一是召开工作会议，全面动员部署。区委…``) is heading and body at once.
    """
    titles = {_norm(t): (t, level) for t, level in item.measures}
    out = [Section(None)]
    for paragraph in item.paragraphs:
        key = _norm(paragraph)
        if key in titles:
            out.append(Section(titles[key][0], titles[key][1]))
            continue
        first = split_sentences(_NUMBERING.sub("", paragraph))[:1]
        if first and _norm(first[0]) in titles:
            title, level = titles[_norm(first[0])]
            out.append(Section(title, level, [_NUMBERING.sub("", paragraph)[len(first[0]):].strip()]))
            continue
        out[-1].paragraphs.append(paragraph)
    return [s for s in out if s.title or s.paragraphs]


def _sentences_by_paragraph(paragraphs: Iterable[str], rules: ProseRules) -> list[list[str]]:
    """Return per paragraph its quotable sentences: prose lines the report ended, never one cut short; the
    first of a paragraph that goes on from a sentence the one before left open (a line broken mid-word) is
    no whole sentence either."""
    out: list[list[str]] = []
    open_before = False
    for paragraph in paragraphs:
        sentences = split_sentences(_strip_dateline(paragraph, rules))
        if open_before:
            sentences = sentences[1:]
        out.append([s for s in sentences if prose_line(s, rules) and ended(s) and usable(s, rules)])
        text = paragraph.strip().rstrip(_CLOSERS + " 　")
        # a line ending on a colon (某某网消息：) or an ellipsis (a teaser……) leaves nothing open
        open_before = bool(text) and bool(_ANY_MARK.search(text)) and text[-1:] not in "。！？!?；;：:…"
    return out


def _sentences(paragraphs: Iterable[str], rules: ProseRules) -> list[str]:
    return [s for ss in _sentences_by_paragraph(paragraphs, rules) for s in ss]


class ProseMemo:
    """The answers of this module's functions of an article's text alone, kept for one build.

    A build chooses prose once per copy kind (clean, review), and the copies
    differ only in how they label units: an article's sections, its sentences,
    and a sentence with its opening clauses dropped and shortened are the same
    for both, and for problems and next steps alike. Each is worked out once.
    A unit's own answers (its paragraph, its candidate experience, the sentence
    stating its problem or next step) depend on its label too: they are kept
    under a key holding every value they read, the label among them, so the
    units both copies label alike are worked out once and a unit the clean copy
    renames is worked out anew. Make one per build (``render.ContextBasis``
    does) and pass it down.
    """

    def __init__(self, rules: ProseRules) -> None:
        self.rules = rules
        self._sections: dict[tuple, list[tuple[str | None, int, list[str]]]] = {}
        self._stated: dict[tuple[str, ...], list[str]] = {}
        self._shortened: dict[str, str] = {}
        self._lead: dict[tuple, list[str]] = {}
        self._of_unit: dict[tuple, Any] = {}

    def sections(self, item: Item) -> list[tuple[str | None, int, list[str]]]:
        """Return ``sections(item)`` as (title, level, quotable sentences of its paragraphs)."""
        key = (item.measures, item.paragraphs)
        if key not in self._sections:
            self._sections[key] = [(sec.title, sec.level, _sentences(sec.paragraphs, self.rules))
                                   for sec in sections(item)]
        return self._sections[key]

    def lead_candidates(self, item: Item) -> list[str]:
        """Return the quotable sentences of an article's first ``lead_choice.paragraphs`` prose paragraphs
        before its first measure heading, in order: where ``lead_sentence`` looks for a lead."""
        key = (item.measures, item.paragraphs)
        if key not in self._lead:
            secs = sections(item)
            pool = secs[0].paragraphs if secs and secs[0].title is None else []
            prose = [ss for ss in _sentences_by_paragraph(pool, self.rules) if ss][:self.rules.lead_choice.paragraphs]
            self._lead[key] = [s for ss in prose for s in ss]
        return self._lead[key]

    def stated_sentences(self, item: Item) -> list[str]:
        """Return every sentence of an article's paragraphs without its opening adverbial clauses."""
        if item.paragraphs not in self._stated:
            rules = self.rules
            self._stated[item.paragraphs] = [drop_opening_adverbial(s, rules) for p in item.paragraphs
                                             for s in split_sentences(_strip_dateline(p, rules))
                                             if prose_line(s, rules)]
        return self._stated[item.paragraphs]

    def of_unit(self, key: tuple, work: Callable[[], Any]) -> Any:
        """Return ``work()``, the answer of one unit's choice, worked out once per ``key``: the name of
        the choice and every value it reads (the unit's label, its articles, what is quoted already)."""
        if key not in self._of_unit:
            self._of_unit[key] = work()
        return self._of_unit[key]

    def campaign(self, item: Item) -> str | None:
        """Return ``campaign_of(item)``: it reads the article's title and first paragraphs alone."""
        return self.of_unit(("campaign", item.title, item.paragraphs[:CAMPAIGN_PARAGRAPHS]),
                            lambda: campaign_of(item, self.rules))

    def shortened(self, sentence: str) -> str:
        """Return ``sentence`` without its opening adverbial clauses, shortened to ``max_chars``."""
        text = self._shortened.get(sentence)
        if text is None:
            rules = self.rules
            text = self._shortened[sentence] = shorten(drop_opening_adverbial(sentence, rules), rules.max_chars,
                                                       dangling=rules.dangling_openings)
        return text


def heading_text(title: str) -> str:
    """Return a measure title as a clause: spaces between its phrases become 、 or ，."""
    parts = [p for p in re.split(r"[\s　]+", title.strip()) if p]
    # a part ending in its own mark (深化认识， 谱写…) takes no second one
    return "".join(p + ("" if i == len(parts) - 1 or p[-1] in "，、；：,;:" else "，")
                   for i, p in enumerate(parts)).rstrip("。")


# -- what a unit section says -----------------------------------------------------

def never_leads(sentence: str, rules: ProseRules) -> bool:
    """Return whether a sentence may not lead a unit's paragraph: a story about one person, a speech,
    rhetoric, the report's framing (``[lead.choice] never_*``), or a problem or next step, which
    their own section states."""
    choice = rules.lead_choice
    return (_has(sentence, choice.never_words) or any(p.search(sentence) for p in choice.never_patterns)
            or _has(sentence, rules.next_step_cues) or _has(sentence, rules.problem_cues))


def lead_score(text: str, unit: str, rules: ProseRules) -> int:
    """Return what a candidate lead has, weighted by ``[lead.choice]``: the unit as subject, its campaign,
    a count; a scene (a meeting room, an hour of the day) counts against it."""
    choice = rules.lead_choice
    scene = _has(text, choice.scene_words) or any(p.search(text) for p in choice.scene_patterns)
    return (choice.subject * has_subject(text, unit, rules) + choice.campaign * _has(text, rules.campaign_endings)
            + choice.figure * bool(_COUNT.search(text)) + choice.scene * scene)


def without_rhetoric(text: str, rules: ProseRules) -> str:
    """Return a lead without its clauses of rhetoric (``[lead.choice] rhetoric_clauses``: 某镇党委高度重视，
    在县委的坚强领导下，积极响应号召，) that stand before what the unit did: what a clerk leads with is the
    work, not the attitude. The last clause always stays, and so does a sentence that would be too short."""
    clauses = _clauses(text)
    kept = [c for i, c in enumerate(clauses)
            if i == len(clauses) - 1 or not any(p.search(c) for p in rules.lead_choice.rhetoric_clauses)]
    out = "".join(kept)
    # what stays must read as the sentence's work: not the first item of a list the cut clause introduced (一是…)
    return out if len(kept) < len(clauses) and len(out) >= rules.min_chars and not _NUMBERING.match(out) else text


def tells_no_work(text: str, unit: str, rules: ProseRules) -> bool:
    """Return whether a sentence only says what someone or something is (``[lead.choice] being_words`` in its
    first clause) and names neither a campaign nor an action: a person's story, a place's background (the
    unit's own too: 某镇属贫困乡镇, 外出人口较多)."""
    clauses = _clauses(text)
    return (bool(clauses) and _has(clauses[0], rules.lead_choice.being_words)
            and not _has(text, rules.campaign_endings) and not _has(text, rules.actions))


def lead_sentence(items: list[Item], rules: ProseRules, named: bool = True,
                  memo: ProseMemo | None = None) -> Quote | None:
    """Return a unit's lead: of the quotable sentences of the first prose paragraphs before its first
    measure heading (page furniture, mastheads and headings are no paragraphs of the report's prose), the
    one a clerk puts first (``lead_score``; the earliest of the best), never one that ``never_leads``
    or ``tells_no_work``."""
    memo = memo if memo is not None else ProseMemo(rules)
    best: tuple[int, Quote] | None = None
    for item in items:
        for sentence in memo.lead_candidates(item):
            if never_leads(sentence, rules):
                continue
            said = memo.shortened(from_subject(sentence, item.unit, rules))
            # quotable as the report says it (我校… may lead, and reads 该校… once in the briefing's voice)
            text = name_self(said, item.unit, rules, named)
            if not usable(said, rules) or tells_no_work(text, item.unit, rules):
                continue
            # scored as the report says it (its subject counts), quoted without its clauses of rhetoric
            # (the unit's name they held goes back before the rest: ``as_subject``)
            plain = without_rhetoric(text, rules)
            score = (lead_score(text, item.unit, rules) + (rules.lead_choice.first if best is None else 0)
                     + rules.lead_choice.rhetoric * _has(plain, rules.lead_choice.rhetoric_words))
            text = plain
            if score >= 0 and (best is None or score > best[0]):
                best = (score, Quote(text, item.document, item.unit, "lead"))
    return best[1] if best else None


_MARKS = re.compile(r"[\W_]+")


def is_measure_title(title: str, rules: ProseRules) -> bool:
    """Return whether a heading names something done: ``min_title_chars`` or more without its quotes
    and marks (送健康, “入户问需” are slogans), at most ``max_title_chars`` (a longer one is a paragraph
    the file numbered, 1、自…以来，我乡…, not a heading), not ending as a finding does (在…方面, 取得的成效),
    never a page's furniture (某某工作报告推荐7篇)."""
    bare = _MARKS.sub("", _norm(title))
    return (rules.min_title_chars <= len(bare) and listed_measure(title, rules)
            and not bare.endswith(rules.measure_not_endings))


def measures_sentence(items: list[Item], rules: ProseRules, limit: int = 4) -> Quote | None:
    """Return the titles of a unit's main (level-1) measures as one sentence, in the report's order,
    introduced as what they are (``[measures] introduction``: 主要做法：…；…。), never a bare string of heads.

    Slogans (``is_measure_title``) are no measures; fewer than ``min_titles`` titles make no sentence."""
    for item in items:
        titles = [heading_text(t) for t, level in item.measures
                  if level == 1 and is_measure_title(t, rules) and not cut_at(t, item.paragraphs)][:limit]
        if rules.measures_introduction.endswith("："):   # one colon to a sentence: a title's own reads as a comma
            titles = [re.sub(r"[：:]", "，", t) for t in titles]
        if len(titles) >= rules.min_titles:
            return Quote(rules.measures_introduction + "；".join(titles) + "。", item.document, item.unit, "measures")
    return None


def listed_measure(title: str, rules: ProseRules) -> bool:
    """Return whether a measure's title can be listed as one: no page's furniture, no longer than
    ``max_title_chars`` and naming no day (a longer one, or one with a date, is a paragraph the file numbered
    or a heading run into its text, not a heading), no plan (``[measures] not_openings``: 要继续…, 下步…),
    no finding of what is still to do (``[measures] not_words``: …需要进一步加以推进)."""
    return (len(_MARKS.sub("", _norm(title))) <= (rules.max_title_chars or len(title)) and not page_furniture(title, rules)
            and not _DAY.search(title) and not _norm(title).startswith(rules.measure_not_openings)
            and not _has(title, rules.measure_not_words))


_DAY = re.compile(r"\d{1,2}月\d{1,2}日")   # a heading names what was done, never the day: one that does ran into its text


_COPY_SPACE = re.compile(r"(?<=[\u4e00-\u9fff，。；：、！？“”‘’（）《》\d])[ 　]+(?=[\u4e00-\u9fff，。；：、！？“”‘’（）《》])"
                         r"|(?<=[\u4e00-\u9fff，。；：、！？“”‘’（）《》])[ 　]+(?=\d)")


def without_copy_spaces(sentence: str) -> str:
    """Return a quoted sentence without the spaces a copy from a PDF leaves between its characters
    (截止目 前，累计开展研讨 15 次): inside a sentence a clerk types none."""
    return _COPY_SPACE.sub("", sentence)


def cut_at(title: str, paragraphs: Iterable[str]) -> bool:
    """Return whether an article's text (its ``paragraphs``) ends at ``title``, with no mark and nothing
    under it: the report was cut there (a file ending mid-heading), so the title may be a fragment."""
    last = next((p for p in reversed(list(paragraphs)) if p.strip()), "")
    return bool(title) and _norm(last).endswith(_norm(title)) and last.rstrip()[-1:] not in "。！？!?”）)"


_SPOKEN = re.compile(r"[：:]\s*“([^“”]+)”[。！]?$")   # …部长某某说：“…” : the words quoted, at the sentence's end


def spoken_words(sentence: str, keep: Iterable[str], rules: ProseRules) -> str:
    """Return what a sentence quotes someone as saying, when it is a statement of fact holding every
    ``keep`` string (…部长说：“截至目前，全区干部开展调研288次…”); else the sentence as it is.

    A briefing states the unit's figures, not who announced them; the words are the report's own."""
    m = _SPOKEN.search(sentence)
    if not m or not any(w in sentence[:m.start() + 1] for w in rules.reported_speech):
        return sentence
    words = m.group(1).strip()
    return words if all(k in words for k in keep if k) else sentence


def without_connective(sentence: str, rules: ProseRules) -> str:
    """Return a sentence quoted alone without the connective that ties it to the one before (同时，此外)
    and without the clause saying who announced it (某某指出，)."""
    for word in rules.connectives:
        if sentence.startswith(word) and len(sentence) > len(word) + rules.min_chars:
            sentence = sentence[len(word):].lstrip("，, ")
            break
    clauses = _clauses(sentence)
    if len(clauses) >= 2 and len(clauses[0]) <= rules.attribution_chars + 1 and not re.search(r"\d", clauses[0]) \
            and clauses[0].rstrip("，：,:").endswith(rules.attributions) and clauses[0][-1:] in "，：,:":
        sentence = "".join(clauses[1:])
    return sentence


_BLOCK_MARKS = re.compile(r"[\s　>＞»【】\[\]<《》:：|｜·•]+")


def report_part(paragraphs: Iterable[str], measures: Iterable[tuple[str, int]],
                rules: ProseRules) -> tuple[tuple[str, ...], tuple[tuple[str, int], ...]]:
    """Return an article's paragraphs up to the page's block of other articles (``page_blocks``: 相关新闻,
    新闻推荐 alone on a line), and its measures without those whose title stands only below it: another
    article's heading is none of the unit's measures."""
    paragraphs, measures = tuple(paragraphs), tuple(measures)
    end = next((i for i, p in enumerate(paragraphs) if _BLOCK_MARKS.sub("", p) in rules.page_blocks), None)
    if end is None:
        return paragraphs, measures
    kept, below = paragraphs[:end], "\n".join(_norm(p) for p in paragraphs[end:])
    above = "\n".join(_norm(p) for p in kept)
    return kept, tuple(m for m in measures if _norm(m[0]) in above or _norm(m[0]) not in below)


def page_furniture(text: str, rules: ProseRules) -> bool:
    """Return whether ``text`` is a web page's furniture (a channel bar, a breadcrumb, a source line)."""
    return any(p.search(text) for p in rules.furniture)


def figures_sentence(cells: list[dict[str, Any]], rules: ProseRules, used: set[str],
                     named: bool = True) -> Quote | None:
    """Return the sentence stating most of a unit's key figures, shortened around them (of a
    figure someone is quoted as stating, the words quoted: ``spoken_words``).

    The sentence loses the page furniture that opens it (a dateline, a byline) and a connective
    to the sentence before; a next step or a problem is told in its own section, never here."""
    by_sentence: dict[str, list[dict]] = {}
    for cell in cells:
        if cell.get("sentence"):
            by_sentence.setdefault(cell["sentence"], []).append(cell)
    ranked = sorted(by_sentence.items(), key=lambda kv: (-len(kv[1]), len(kv[0])))
    for sentence, held in ranked:
        keep = [c.get("text") or "" for c in held]
        sentence = _strip_dateline(sentence.strip(), rules)
        if (states(sentence, rules.next_step_cues, rules.next_step_unless)
                or states(sentence, rules.problem_cues, rules.problem_unless)
                or any(p.search(sentence) for p in rules.furniture)):
            continue
        text = shorten(drop_opening_adverbial(spoken_words(sentence, keep, rules), rules), rules.max_chars,
                       keep=keep, dangling=rules.dangling_openings)
        text = without_connective(text, rules)
        text = name_self(text, held[0].get("unit") or "", rules, named)
        if HAN.search(text) and not any(same_sentence(text, u) for u in used):
            return Quote(text, held[0].get("document") or "", held[0].get("unit") or "", "figures")
    return None


def same_sentence(a: str, b: str, opening: int = 20) -> bool:
    """Return whether two quotes are one sentence of the report, whole or cut short (a lead
    shortened to its first clauses and the same sentence kept whole around its figures), or one
    holds the other (a statement after a semicolon quoted alone for its figures)."""
    a, b = _norm(a), _norm(b)
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and (shorter in longer or shorter[:opening] == longer[:opening])


def unit_paragraph(items: list[Item], cells: list[dict[str, Any]], rules: ProseRules,
                   named: bool = True, memo: ProseMemo | None = None) -> list[Quote]:
    """Return one to three sentences about a unit: its lead, its main measures, its key figures.

    The first opens with the unit as its subject (``as_subject``) when the unit
    has a name (``named``; a report whose unit the text does not name has none).
    """
    if memo is None:
        return _unit_paragraph(items, cells, rules, named, None)
    read = tuple((c.get("sentence"), c.get("text"), c.get("unit"), c.get("document")) for c in cells)
    return list(memo.of_unit(("paragraph", tuple(items), read, named),
                             lambda: _unit_paragraph(items, cells, rules, named, memo)))


def _unit_paragraph(items: list[Item], cells: list[dict[str, Any]], rules: ProseRules,
                    named: bool, memo: ProseMemo | None) -> list[Quote]:
    """Return ``unit_paragraph``'s sentences, worked out."""
    out = [q for q in (lead_sentence(items, rules, named, memo), measures_sentence(items, rules)) if q]
    figures = figures_sentence(cells, rules, {q.text for q in out}, named)
    if figures:
        out.append(figures)
    out = out[:3]
    if out and named and items and out[0].kind != "measures":   # 主要做法：… is introduced, not a subject's act
        first = out[0]
        out[0] = Quote(as_subject(first.text, items[0].unit, rules), first.document, first.unit, first.kind)
    return out


def _has(text: str, words: Iterable[str]) -> bool:
    return any(w in text for w in words)


def states(sentence: str, cues: tuple[str, ...], unless: tuple[str, ...]) -> bool:
    """Return whether a sentence states what ``cues`` mark (a problem, a next step), as ``stated`` reads it."""
    return _has(sentence, cues) and not _has(sentence, unless)


def skeleton(text: str, unit: str = "") -> str:
    """Return a sentence with its unit's name, numbers and marks taken out: two units' copies of one
    sentence (a template passed down, a news item reprinted) have the same skeleton."""
    if unit:
        text = text.replace(unit, "")
    return re.sub(r"[\d.，,；;：:。、\s]+", "", text)


def experiences(material: dict[str, list[Item]], distinctive: dict[str, list[dict]], rules: ProseRules,
                n: int, quoted: Mapping[str, Iterable[str]] | None = None, memo: ProseMemo | None = None) -> list[Quote]:
    """Return up to ``n`` whole sentences saying what a unit did, one unit at a time.

    A unit's candidates are the sentences under its most distinctive measures
    (those whose phrases no other unit uses) that name an action; a sentence
    with the unit's own phrases or a figure (the result) ranks higher, one of
    a heading's length (an action with no object or result told) lower.
    A sentence the document quotes already for the unit (``quoted``) is not quoted again.
    """
    memo = memo if memo is not None else ProseMemo(rules)
    best: list[tuple[float, Quote]] = []
    for unit, items in material.items():
        already = tuple((quoted or {}).get(unit, ()))
        marks = tuple((d["measure"], d.get("terms") or "") for d in distinctive.get(unit, []))
        found = memo.of_unit(("experience", unit, tuple(items), marks, already),
                             lambda: _best_experience(unit, items, marks, already, rules, memo))
        if found:
            best.append(found)
    best.sort(key=lambda c: -c[0])
    return distinct(q for _, q in best)[:n]


def _best_experience(unit: str, items: list[Item], marks: tuple[tuple[str, str], ...], already: tuple[str, ...],
                     rules: ProseRules, memo: ProseMemo) -> tuple[float, Quote] | None:
    """Return a unit's best candidate for ``experiences`` with its score (None: it has none);
    ``marks`` are its distinctive measures as (measure, its terms joined by 、)."""
    wanted = {_norm(measure): terms.split("、") for measure, terms in marks}
    candidates: list[tuple[float, Quote]] = []
    for item in items:
        for title, _, sentences in memo.sections(item):
            terms = wanted.get(_norm(title or ""), [])
            for sentence in sentences:
                if not _has(sentence, rules.actions) or _has(sentence, rules.problem_cues):
                    continue
                # quoted alone, a sentence loses the report's enumeration (一是, 三是, 2.)
                text = name_self(_NUMBERING.sub("", memo.shortened(sentence), count=1), unit, rules)
                if not usable(text, rules) or told(text, already) or not _has(text[:ACTION_WITHIN], rules.actions) \
                        or text.startswith(rules.experience_not_openings) or _has(text, rules.next_step_cues) \
                        or _has(text, rules.experience_not_words):
                    continue
                numbers = len(_COUNT.findall(text))   # a date or an hour is no result
                score = (2.0 if title and _norm(title) in wanted else 0.0) \
                    + sum(1.0 for t in terms if t and t in text) + (1.0 if numbers else 0.0) \
                    - max(0, numbers - 2) - (0.5 if len(text) > rules.max_chars * 0.8 else 0.0) \
                    - (1.0 if len(text) < rules.min_chars * 2 else 0.0)
                candidates.append((score, Quote(text, item.document, unit)))
    return max(candidates, key=lambda c: c[0]) if candidates else None


def distinct(quotes: Iterable[Quote]) -> list[Quote]:
    """Return the quotes whose skeleton no earlier one has: the same practice is told once."""
    seen: set[str] = set()
    out = []
    for q in quotes:
        key = skeleton(q.text, q.unit)
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out


def told(text: str, quoted: Iterable[str]) -> bool:
    """Return whether ``text`` is a sentence already ``quoted`` (``same_sentence``): a document says each once."""
    return any(same_sentence(text, q) for q in quoted)


def stated(material: dict[str, list[Item]], rules: ProseRules, cues: tuple[str, ...],
           unless: tuple[str, ...] = (), n: int = 6, memo: ProseMemo | None = None,
           quoted: Mapping[str, Iterable[str]] | None = None, unnamed: Iterable[str] = ()) -> list[Quote]:
    """Return, per unit, the sentence where its report states something (a problem, a next step).

    ``cues`` are strongest first: a unit's sentence with the earliest cue wins,
    the first such sentence in its report on a tie. The clause holding the cue
    survives shortening. A sentence the document quotes already for the unit (``quoted``) is not quoted again.
    A unit of ``unnamed`` is one the text does not name (its 我们 reads 该单位).
    """
    memo = memo if memo is not None else ProseMemo(rules)
    unnamed = set(unnamed)
    out: list[Quote] = []
    for unit, items in material.items():
        already = tuple((quoted or {}).get(unit, ()))
        named = unit not in unnamed
        found = memo.of_unit(("stated", unit, tuple(items), cues, unless, already, named),
                             lambda: _stated_by(unit, items, rules, cues, unless, already, named, memo))
        if found:
            out.append(found)
    return distinct(out)[:n]


def _stated_by(unit: str, items: list[Item], rules: ProseRules, cues: tuple[str, ...], unless: tuple[str, ...],
               already: tuple[str, ...], named: bool, memo: ProseMemo) -> Quote | None:
    """Return the sentence where one unit's report states what ``cues`` mark (``stated``), or None."""
    found: list[tuple[int, Quote]] = []
    for item in items:
        for sentence in memo.stated_sentences(item):
            hits = [i for i, c in enumerate(cues) if c in sentence]
            if not hits or _has(sentence, unless) or not usable(sentence, rules) \
                    or remedied(sentence, [cues[i] for i in hits], rules):
                continue
            sentence = _from_opening_cue(sentence, cues[min(hits)])
            text = shorten(sentence, rules.max_chars, keep=[cues[min(hits)]], dangling=rules.dangling_openings)
            if told(text, already):
                continue
            found.append((min(hits), Quote(name_self(text, unit, rules, named), item.document, unit)))
    return min(found, key=lambda f: f[0])[1] if found else None


def _from_opening_cue(sentence: str, cue: str) -> str:
    """Return ``sentence`` from the clause that is its cue alone (……作为具体举措，下一步，某乡还将……) on.

    Such a cue opens what the sentence says after it; the clauses before it
    tell other work. Cut there, the quote keeps the statement the cue opens and
    can never end on the bare cue (……，下一步。).
    """
    clauses = _clauses(sentence)
    for i, clause in enumerate(clauses[:-1]):
        if i and clause.strip(" ，,、：:") == cue:
            return "".join(clauses[i:])
    return sentence


def remedied(sentence: str, cues: Iterable[str], rules: ProseRules) -> bool:
    """Return whether every cue of ``sentence`` is what a verb of its clause remedies (补齐短板, 缩小差距,
    加强薄弱环节 name work done, ``[problems] remedies``): such a sentence states a measure or a result,
    not a shortcoming. A remedy after the cue (有待加强, 存在短板，需要补齐) remedies nothing: the shortcoming stands."""
    if not rules.problem_remedies:
        return False
    for clause in _clauses(sentence):
        for cue in cues:
            at = clause.find(cue)
            if at != -1 and not _has(clause[:at], rules.problem_remedies):
                return False
    return True


CAMPAIGN_PARAGRAPHS = 3   # an article names its campaign in its title or its first paragraphs


def campaign_of(item: Item, rules: ProseRules) -> str | None:
    """Return the campaign an article reports on: the name it uses most that ends like a campaign's."""
    text = " ".join((item.title, *item.paragraphs[:CAMPAIGN_PARAGRAPHS]))
    names: Counter[str] = Counter()
    for ending in rules.campaign_endings:
        for m in re.finditer(re.escape(ending), text):
            start = m.start()
            while start > 0 and HAN.match(text[start - 1]) and m.end() - start < 16:
                start -= 1
            name = text[start:m.end()]
            cuts = [(name.rfind(c, 0, len(name) - len(ending)), c) for c in rules.campaign_before]
            at, cut = max(cuts)
            if at != -1:
                name = name[at + len(cut):]
            name = name.lstrip("的之")   # …开展的学习教育: the name starts after the particle
            if len(name) > len(ending) or len(ending) >= 4:  # 主题教育 names a campaign, 活动 alone does not
                names[name] += 1
        if names:
            break
    if not names:
        return None
    return max(names.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
