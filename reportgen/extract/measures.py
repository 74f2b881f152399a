"""An article's measures: section headings and enumerated points, with level and stage.

A report states its work in its structure, and reports of this genre build
that structure in a handful of ways, all recognised here:

- a Word heading (a ``Heading`` block);
- a subhead after a newspaper's mark (``■开门搞活动 诚心听民声``);
- an unlabelled headline-style subhead (``开门搞活动 诚心听民声``): a short
  body line with no closing full stop, after the lead paragraph and followed
  by body text (captions, bylines and broken sentences look alike and are
  told apart by ``data/measures.toml``'s furniture marks);
- a paragraph opening with an enumeration label (``一、`` ``（一）`` ``第一，``
  ``一是`` ``1.`` ``（1）`` ``①``), and the same labels inside a paragraph right
  after a full stop, semicolon or colon (``……。二是加强督导；三是……``); the
  title is the heading text or the lead clause, without its label;
- a series of run-in heads: short sentences that open a stretch of text
  (``理论学习预热。依托……``), counted only when a section holds two or more;
  opening a paragraph, a head may hold commas, 、 and quotes
  (``抓实理论武装、筑牢思想根基。``, ``“夜访解忧”。``), end in 方面 before a
  comma, close with a colon or a dash (``强化组织领导：该县……``) or stand in
  【】, and a pair of parallel clauses is a head even alone;
- type that sets a line off: a paragraph wholly in bold is a heading, and
  the bold words opening a paragraph are its run-in head.

Levels come from nesting: every kind of structure met for the first time
nests inside the kinds above it in ``measures.toml``'s order (一、 holds （一）,
which holds 一是), and meeting a kind again closes what was opened under it.
Headings that only organise a report (``一、基本情况``, ``主要做法``) open a
section but are no measure; labels out of their list's sequence that lead
into body text (a page number ``2、`` in a flattened page) are no points;
sections that report no work done (``存在的问题``, ``取得的成效``,
``几点体会``) are left out with their points, and so are points a word of
speech announces (``组长强调:一是要……``): what a speaker asked for. The annotation guide knows two levels, so deeper points are level 2.

Each measure's campaign stage is the one its title's cue words name
(``Taxonomy.stage_for``), else its parent's, else the one its body names.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ..nodes import Block, Heading, Inline, ListBlock, Para, Strong, Text, block_text, plain
from ..records import Measure
from ..taxonomy import Taxonomy
from .lexicon import Lexicon
from .measure_rules import SENTENCE_END, Label as _Label, MeasureRules as _Rules
from .numerals import chinese_value

_SENTENCE_END = SENTENCE_END
# The marks that close a paragraph: a sentence end, a colon before what follows, a closing quote or bracket.
_CLOSING = _SENTENCE_END + "：:”’）)》」】"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ONLY_CJK = re.compile(r"[\u4e00-\u9fff]+")
_PRONOUNS = re.compile(r"[我你他她它们咱]")
_SENTENCE_END_MARK = re.compile(r"[。！？!?]")
_SENTENCE_START = re.compile(r"[。！？!?]\s*(?=\S)")
_CLAUSE_MARK = re.compile(r"[，,、]")
_PAUSES = "，,、"
_QUOTES = re.compile(r"[“”‘’「」『』]")
_NOT_WORD = re.compile(r"[\s\W]")
_LABEL_MARKS = "、．.，,：:"
_LABEL_BRACKETS = "（）()<>〈〉〔〕"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# A count in a title (150户, 14.5万) but not a year or date (2020年).
_FIGURE = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?(?![0-9０-９.年月日])")
# A stretch between a sentence end and a space, both followed by text: a
# subhead in a page whose paragraphs a scraper joined with spaces.
_SPACED_SEGMENT = re.compile(r"(?<=[。！？] )([^\s。！？；;]{4,40}) (?=\S)")
# The first label of a list (1、 （一） ①) right after a Chinese character.
_GLUED_FIRST_LABEL = re.compile(r"(?<=[\u4e00-\u9fff])(?:1[、．.](?!\d)|[（(〔]一[）)〕]|①)")
# The second phrase of a two-phrase subhead after such a stretch: short, words and quotes only, then a space.
_SECOND_PHRASE = re.compile(r"([\u4e00-\u9fff“”\"]{4,16}) (?=\S)")
# A sentence end and a space inside a paragraph: where a scraper joined two paragraphs. (The space is
# matched first and the mark looked behind it: a pattern opening with a class lets the regex engine skip
# to a space; one opening with a look-behind is tried at every position.)
_PARAGRAPH_JOIN = re.compile(r"[ \u3000](?<=[。！？][ \u3000])[ \u3000]*(?=\S)")
_OPEN_CLOSE = ("“”", "‘’", "（）", "()", "《》", "【】", "「」")
_TRIM = " \t\u3000。；;，,、：:！？!?—"
_MAX_LEVEL = 2
# Two heads opening with this many characters in common open with the same words: a series' shape.
_SHARED_OPENING = 4
# Text opening with someone's words quoted: a quotation holding a sentence's end (“……做。”某某说).
_QUOTED_SPEECH = re.compile(r"\s*[“「『][^”」』]*[。！？!?…][”」』]")
# Text opening with a date or a time of day (5月21日, 近日, 上午): a dated event.
_DATED = re.compile(r"\s*(?:[0-9０-９一二三四五六七八九十]{1,4}\s*[年月日]|近日|日前|上午|下午|当天|今年|去年|昨天|今天)")

# Ranks of the kinds that are not labels: headings above subheads above labels.
_HEADING_RANK = 0.0
_SUBHEAD_RANK = 1.0
_BULLET_RANK = 1.5
_LIST_RANK = 6.5
_RUNIN_RANK = 50.0


@dataclass(frozen=True)
class _Unit:
    """One body-level piece of an article: a paragraph, a heading or a list item."""

    text: str
    role: str | None = None
    heading: int | None = None
    item: bool = False
    bold: str = ""


@dataclass
class _Found:
    """A measure candidate before levels and stages are known.

    A labelled point also knows its label's number and closing mark (``2`` and
    ``、`` for ``2、``), so that a label out of its list's sequence can be told
    from a real point, and whether it opens a paragraph that a page break cut
    from the one before (``……2023年第一`` / ``2、批……``: a page number).
    """

    title: str
    kind: str
    rank: float
    unit: int
    context: str
    labelled: bool = False
    number: int | None = None
    mark: str = ""
    broken_before: bool = False
    paired: bool = False  # a run-in head shaped as two parallel clauses: a head even without siblings
    # a point opened inside a body paragraph (……。一是……): it sits under whatever opened before it
    inside: bool = False
    parallel: bool = False  # a long plain run-in head: a head only beside a sibling of its shape
    # a run-in head with less body after it than a head needs (a page cut short): a head only as
    # a member of a series whose other members share its clause lengths
    cut_short: bool = False


def find_measures(blocks: tuple[Block, ...], lexicon: Lexicon) -> list[Measure]:
    """Return the measures of an article's blocks, in order."""
    rules = lexicon.measure_rules
    taxonomy = lexicon.taxonomy
    units = _units(blocks)
    titles = {u.text for u in units if u.role == "title"}
    found: list[_Found] = []
    seen: set[str] = set()
    for index, unit in enumerate(units):
        if unit.role is not None or unit.text in titles and unit.heading is not None:
            continue
        if len(unit.text) >= rules.lead_length:
            if unit.text in seen:
                continue  # a paragraph a page repeats word for word (a teaser above the article) holds its points once
            seen.add(unit.text)
        found.extend(_found_in(units, index, rules))
    if found and _cut_off(found[-1], units, rules):
        found.pop()
    found = _without_page_numbers(found)
    return _nest(_keep_runin_series(_field_values(found, rules), rules), rules, taxonomy)


def _without_page_numbers(found: list[_Found]) -> list[_Found]:
    """Return the candidates without the page numbers of a flattened document (``1、`` ``2、`` ``3、``).

    A converted document may open each page's text with its number, which reads
    as a label. Such a label opens a paragraph that continues the sentence the
    page before cut (``……方法步骤都`` / ``2、作了具体的安排。……``), and the page
    holds points of an outer kind (``一、`` ``二、``) that no point of an inner
    kind can hold. Labels numbered in sequence before such a page number, of its
    kind and mark, opening paragraphs, number the pages before it.
    """
    pages = {id(c) for c in found if c.labelled and not c.inside and c.number is not None and c.broken_before
             and any(o.unit == c.unit and o.inside and o.rank < c.rank for o in found)}
    for cand in reversed(found):
        if id(cand) in pages:
            continue
        if cand.labelled and not cand.inside and cand.number is not None and any(
                id(o) in pages and o.kind == cand.kind and o.mark == cand.mark and o.number == cand.number + 1
                and o.unit > cand.unit for o in found):
            pages.add(id(cand))
    return [c for c in found if id(c) not in pages]


def _cut_off(cand: _Found, units: list[_Unit], rules: _Rules) -> bool:
    """Return whether a point is the stump of one the page cut off (``3、活动办公室多次召开……会议,对活动中的``).

    A point whose clause runs on past a comma to the end of the article's text,
    with no closing mark and no body after it, lost its end with the page: its
    title is a broken sentence, and no body tells its work; so does one whose text
    ends in a pause mark (``（三）……的内容新、``), and a title shorter than any head
    (``一是协``) ending the text.
    """
    if not cand.labelled or cand.context.strip():
        return False
    if any(u.role is None for u in units[cand.unit + 1:]):
        return False
    text = units[cand.unit].text
    if text[-1] in _CLOSING or not text.rstrip(_PAUSES).endswith(cand.title):
        return False
    # a pause mark ending the text (……的内容新、) cut a clause as it ran on, as a comma inside the title did
    return text[-1] in _PAUSES or _CLAUSE_MARK.search(cand.title) is not None or len(cand.title) < rules.opening_min


def _field_values(found: list[_Found], rules: _Rules) -> list[_Found]:
    """Return the candidates with a field label that titles several points replaced by each point's value.

    A table flattened into text repeats its column's label before each row's
    value (``1.领办项目：修建村道……`` ``2.领办项目：……``): the label names no
    work, the value does.
    """
    counts = Counter(c.title for c in found if c.labelled)
    out = []
    for cand in found:
        if cand.labelled and counts[cand.title] > 1 and cand.context:
            value, _ = _lead(cand.context, rules)
            if value:
                cand = replace(cand, title=value)
        out.append(cand)
    return out


# -- the article as units --------------------------------------------------------

def _units(blocks: tuple[Block, ...]) -> list[_Unit]:
    """Return the article's paragraphs, headings and list items, empty ones dropped."""
    units = []
    for block in blocks:
        if isinstance(block, Heading):
            units.append(_Unit(_clean(block.text), heading=block.level))
        elif isinstance(block, Para):
            units.append(_Unit(_clean(block.text), role=block.role, bold=_clean(_bold_start(block.content))))
        elif isinstance(block, ListBlock):
            for item in block.items:
                text = _clean(" ".join(block_text(b) for b in item))
                units.append(_Unit(text, item=block.ordered))
    return [u for u in units if u.text]


def _bold_start(content: tuple[Inline, ...]) -> str:
    """Return the text a paragraph opens with in bold (a run-in head set off by type)."""
    parts = []
    for node in content:
        if isinstance(node, Strong):
            parts.append(plain(node.children))
        elif isinstance(node, Text) and not node.text.strip():
            parts.append(node.text)
        else:
            break
    return "".join(parts)


def _clean(text: str) -> str:
    """Return text with its whitespace runs folded to one space and the ends trimmed.

    ``str.split`` cuts at the characters ``\\s`` matches, in one pass without the regex engine's
    try at every offset (a pattern opening with a repetition gets no first character to skip to).
    """
    return " ".join(text.split())


# -- candidates in one unit ------------------------------------------------------

def _found_in(units: list[_Unit], index: int, rules: _Rules) -> list[_Found]:
    """Return the measure candidates that unit ``index`` holds."""
    unit = units[index]
    text = unit.text
    if unit.heading is not None:
        label, rest = _split_label(text, rules)
        title = _trim(rest if label else text)
        return [_Found(title, f"heading{unit.heading}", _HEADING_RANK + unit.heading / 10, index, _next_text(units, index),
                       labelled=label is not None)] if title else []
    if unit.item:
        label, rest = _split_label(text, rules)
        title, tail = _lead(rest if label else text, rules)
        return [_Found(title, "list", _LIST_RANK, index, tail, labelled=True)] if title else []

    found: list[_Found] = []
    label, rest = _split_label(text, rules)
    if label is not None:
        title, tail = _lead(rest, rules)
        if title:
            number, mark = _numbering(text[:len(text) - len(rest)])
            found.append(_Found(title, label.kind, label.rank, index, tail or _next_text(units, index), labelled=True,
                                number=number, mark=mark, broken_before=_breaks_into(units, index, rules)))
            if tail and _cut_before_label(rest, tail):
                found.extend(_point_after_space(tail, index, rules))
        points = _inline_points(rest, index, rules)
        if found and not points and tail:
            points = _sub_heads(tail, index, rules)
        found.extend(points)
        return found
    found.extend(_inline_points(text, index, rules))
    if found:
        # the head the points come under: punctuated (抓实理论武装、筑牢思想根基。) or a plain short
        # sentence (问题清单制。), which counts, as run-in heads do, only in a series
        opening = _opening_head(text, index, rules) or next(
            (h for h in _runin_heads(text, index, rules)[:1] if text.startswith(h.title)), None)
        if opening and text.find(found[0].title) > len(opening.title):
            opening.rank = found[0].rank - 0.5  # its points nest under it: 抓实理论武装、筑牢思想根基。一是……；二是……
            return [opening, *found]
        return found
    if text[0] in rules.bullets:
        rest = text[1:].strip()
        if _heading_shaped(rest, rules) and _before_body(units, index, rules):
            return [_Found(_trim(rest), "bullet", _BULLET_RANK, index, _next_text(units, index))]
        return []
    if _is_subhead(units, index, rules):
        first = _first_line(units, index, rules)
        title = f"{_trim(units[index - 1].text)} {_trim(text)}" if first else _trim(text)
        return [_Found(title, "subhead", _SUBHEAD_RANK, index, _next_text(units, index))]
    if _closed_pair_line(units, index, rules):
        # a pair of clauses closed by a full stop on a line of its own above its body (聚焦就业创业,拓宽增收渠道。):
        # a run-in head whose body the page set on the next line; like one, it counts in a series
        return [_Found(_trim(text), "runin", _RUNIN_RANK, index, _next_text(units, index))]
    if unit.bold and unit.bold != text:
        title = _trim(unit.bold)
        if 2 <= len(title) <= rules.bold_max_length:
            return [_Found(title, "bold_runin", _RUNIN_RANK - 1, index, text[len(unit.bold):])]
    inner = (_spaced_subheads(text, index, rules) or _spaced_openings(text, index, rules)
             or _paired_series(text, index, rules) or _runin_heads(text, index, rules) or _aspect_heads(text, index, rules))
    opening = _opening_head(text, index, rules)
    if opening and not inner:
        return [opening]
    if opening and _heads_first_subhead(opening, inner):
        opening.rank = inner[0].rank - 0.5  # 任务推进上突出一个“快”字。首先是传达学习快。……: its sub-heads nest under it
        return [opening, *inner]
    return inner  # with heads inside the paragraph further on, its opening sentence introduces them


def _heads_first_subhead(opening: _Found, inner: list[_Found]) -> bool:
    """Return whether a paragraph's punctuated opening head is followed at once by the first of the
    run-in heads inside it: a head over its sub-heads (``任务推进上突出一个“快”字。首先是传达学习快。……``),
    not a sentence introducing heads that come later in the paragraph."""
    if not inner or inner[0].kind != "runin" or _ONLY_CJK.fullmatch(opening.title) or opening.cut_short:
        return False
    return inner[0].title in opening.context.lstrip()[:len(inner[0].title) + _SHARED_OPENING]


def _cut_before_label(rest: str, tail: str) -> bool:
    """Return whether a point's head ended at a space or a glued label rather than at a mark (the tail
    may then open a sub-point; after a mark, ``rules.inline`` finds it)."""
    before = rest[len(rest) - len(tail) - 1:len(rest) - len(tail)]
    return before.isspace() or before.isalnum()


def _point_after_space(text: str, index: int, rules: _Rules) -> list[_Found]:
    """Return the sub-point opening ``text``, the rest of a paragraph after a head that a space ended
    (``一、加强领导,精心组织 1、制定工作计划,全力组织实施。……``): a scraper ran its line into the head's."""
    label, rest = _split_label(text, rules)
    if label is None:
        return []
    title, tail = _lead(rest, rules)
    if not title:
        return []
    number, mark = _numbering(text[:len(text) - len(rest)])
    return [_Found(title, label.kind, label.rank, index, tail, labelled=True, number=number, mark=mark)]


def _split_label(text: str, rules: _Rules) -> tuple[_Label | None, str]:
    """Return the enumeration label ``text`` opens with (else None) and the text after it."""
    for label in rules.labels:
        match = label.pattern.match(text)
        if match and match.end() < len(text):
            return label, text[match.end():]
    return None, text


def _inline_points(text: str, index: int, rules: _Rules) -> list[_Found]:
    """Return the points opened by labels after a full stop, semicolon or colon inside ``text``."""
    if rules.inline is None:
        return []
    found = []
    silenced: set[str] = set()  # the label kinds of a series a speaker's announcement opened
    for match in sorted([*rules.inline.finditer(text), *_unspaced_run(text, rules)], key=lambda m: m.start()):
        group = next(name for name, value in match.groupdict().items() if value is not None)
        if group in silenced or _inside_quotes(text, match.start()):
            continue
        if _announced_as_speech(text, match.start(), rules) or _announced_count(text, match.start(), rules):
            silenced.add(group)
            continue
        label = rules.inline_labels[int(group[1:])]
        rest = text[match.end():]
        title, tail = _lead(rest, rules)
        if title:
            number, mark = _numbering(match.group())
            found.append(_Found(title, label.kind, label.rank, index, tail, labelled=True, number=number, mark=mark,
                                inside=True))
            if tail and _cut_before_label(rest, tail):
                found.extend(_point_after_space(tail, index, rules))
    return _series_starts(text, found, index, rules) + found if found else found


def _announced_as_speech(text: str, pos: int, rules: _Rules) -> bool:
    """Return whether the point at ``pos`` belongs to a series that a word of speech announces in its
    sentence (``组长强调:一是要……;二是要……``, ``提出了四点意见:一是……``): what a speaker asked for, not
    the report's work."""
    start = max(text.rfind(c, 0, pos) for c in "。！？!?") + 1
    sentence = text[start:pos]
    announced = rules.announcement_pattern.search(sentence)
    return announced is not None and _split_label(text[start + announced.end():], rules)[0] is not None


def _announced_count(text: str, pos: int, rules: _Rules) -> bool:
    """Return whether the sentence right before the point at ``pos`` announces how many points a speaker
    asks for (``提出了3点具体要求。一是……``): the series it opens is the speaker's."""
    before = text[:pos].rstrip()
    if not before.endswith(("。", "：", ":")):
        return False
    start = max(before.rfind(c, 0, len(before) - 1) for c in "。！？!?；;") + 1
    return rules.counted_announcement_pattern.search(before[start:]) is not None


def _unspaced_run(text: str, rules: _Rules) -> list[re.Match[str]]:
    """Return the labels of a numbered run that open points with no space after a sentence end.

    A converted page that lost its line breaks and its spaces runs a report's
    sections together (……汇报如下:一、建立……。二、强化……). A label like ``一、``
    there opens a point only beside the next number of its kind, so that a
    stray ``二、`` in a sentence opens nothing. Labels a space sets off are read
    by ``rules.inline`` already. The run's first bracketed label may be glued
    to the heading before it (……工作成效(一)村集体……。(二)……).
    """
    if rules.inline_unspaced is None:
        return []
    by_kind: dict[str, list[tuple[int, re.Match[str]]]] = {}
    for match in rules.inline_unspaced.finditer(text):
        if text[match.start():match.start() + 1].isspace():
            continue
        group = next(name for name, value in match.groupdict().items() if value is not None)
        number, _ = _numbering(match.group())
        if number is not None:
            by_kind.setdefault(group, []).append((number, match))
    glued = rules.inline_glued_chars
    if rules.inline_glued is not None and (glued is None or any(ch in text for ch in glued)):
        for match in rules.inline_glued.finditer(text):
            group = next(name for name, value in match.groupdict().items() if value is not None)
            number, _ = _numbering(match.group())
            members = by_kind.get(group, [])
            second = next((m.start() for n, m in members if n == 2), -1)
            if number == 1 and match.start() < second and all(n != 1 for n, _ in members):
                members.append((1, match))  # ……工作成效(一)村集体……。(二)……: the run's first label, glued
    run = []
    for members in by_kind.values():
        numbers = {number for number, _ in members}
        run.extend(m for number, m in members if number + 1 in numbers or number - 1 in numbers)
    return run


def _series_starts(text: str, found: list[_Found], index: int, rules: _Rules) -> list[_Found]:
    """Return the members that open a series of in-paragraph points after a comma, not a full stop.

    A series is found whole: when its second member opens after a full stop, the label numbered one
    below it, of the same kind, opening after a comma or 、 earlier in the paragraph, is its first
    member (……要注重三个结合,一是……；二是……). A label after a comma that no later member follows is
    left as prose.
    """
    if rules.series_start is None:
        return []
    first = min(found, key=lambda point: point.number or 0)
    if first.number is None or first.number < 2:
        return []
    stop = text.find(first.title)
    starts: list[_Found] = []
    for match in rules.series_start.finditer(text, 0, max(stop, 0)):
        if _inside_quotes(text, match.start()):
            continue
        group = next(name for name, value in match.groupdict().items() if value is not None)
        label = _series_label(rules, group)
        number, mark = _numbering(match.group())
        if label.kind != first.kind or number != first.number - 1:
            continue
        title, tail = _lead(text[match.end():], rules)
        if title:
            starts = [_Found(title, label.kind, label.rank, index, tail, labelled=True, number=number, mark=mark,
                             inside=True)]
    return starts


def _series_label(rules: _Rules, group: str) -> _Label:
    """Return the label a named group of ``rules.series_start`` stands for."""
    return rules.inline_labels[int(group[1:])]


def _numbering(label: str) -> tuple[int | None, str]:
    """Return a label's number and closing mark: ``（3）`` gives (3, ""), ``二、`` (2, "、"), ``其一,`` (1, ",")."""
    core = label.strip()
    mark = core[-1] if core and core[-1] in _LABEL_MARKS else ""
    core = core.rstrip(_LABEL_MARKS + " ").strip(_LABEL_BRACKETS + " ")
    core = core.removeprefix("第").removeprefix("其").removesuffix("是").strip()
    if core in _CIRCLED:
        return _CIRCLED.index(core) + 1, mark
    if core.isdigit():
        return int(core), mark
    return _chinese_number(core), mark


def _chinese_number(numeral: str) -> int | None:
    """Return the value of a Chinese numeral (``十二`` is 12), else None."""
    value = chinese_value(numeral)
    return int(value) if value is not None and value.is_integer() else None


def _breaks_into(units: list[_Unit], index: int, rules: _Rules) -> bool:
    """Return whether the unit before ``index`` is prose that stops mid-sentence (a page break's cut)."""
    if index == 0:
        return False
    before = units[index - 1]
    if before.role is not None or before.heading is not None or before.item:
        return False
    return _is_prose(before.text, rules.lead_length) and before.text[-1] not in _CLOSING


def _lead(text: str, rules: _Rules) -> tuple[str, str]:
    """Return a point's title (its lead clause) and the text after it.

    The lead runs to the first full stop, semicolon, question or exclamation
    mark, or, in a point that opens with an aspect (``在理论学习方面,``), to its
    head word (annotation guide, "Heads ending in 方面"); a colon ends it too when body text follows (``一是加强学习：通过……。``),
    and so does a space after a short head that ends with a head word
    (``产业扶贫方面 依据……``).
    """
    aspect = rules.aspect_head_pattern.match(text)
    if aspect:
        # a point headed by an aspect (一是在理论学习方面,局党委……): the head is the phrase up to 方面
        return _trim(aspect.group(1)), text[aspect.end():]
    end = len(text)
    for i, ch in enumerate(text):
        if ch in _SENTENCE_END:
            end = i
            break
    colon = min((text.find(c) for c in "：:" if 0 < text.find(c) < end), default=-1)
    if colon > 0 and end < len(text):
        end = colon
    space = next((i for i, ch in enumerate(text[:end]) if ch.isspace()), -1)
    if 0 < space <= rules.head_max and text[:space].endswith(rules.head_words):
        end = space
    else:
        end = _head_end_before_body(text, end, rules)
    title = _trim(text[:end])
    if len(title) > rules.lead_max:
        cut = max(title.rfind("，", 0, rules.lead_max), title.rfind(",", 0, rules.lead_max))
        title = _trim(title[:cut] if cut > 0 else title[:rules.lead_max])
    glued = end < len(text) and text[end].isalnum()  # a sub-point's label glued to the head: it opens the tail
    return title, text[end if glued else end + 1:]


def _head_end_before_body(text: str, end: int, rules: _Rules) -> int:
    """Return where a point's head ends when a space alone parts it from its body, else ``end``.

    A scraper that joins a page's lines with spaces runs a head into its body
    (``1.垂范带头学 街道党工委把……,……``, ``一、公共场所义诊活动 9月20日,我院……``)
    or into its first sub-point (``一、加强领导,精心组织 1、制定工作计划……``). The
    head ends at the first space after which the rest of the lead is body: a
    clause longer than ``head_max`` holding a comma, or a label. A space between
    parallel phrases of one head (``提高站位 强化领导``) is followed by no such
    body, and a space beside a number set apart in a converted page
    (``完成 2 个项目``) does not end a head.
    """
    lead = text[:end]
    for match in re.finditer(r"\s+", lead):
        head, body = lead[:match.start()], lead[match.end():]
        if len(_CJK.findall(head)) < rules.opening_min or len(head.replace(" ", "")) > rules.punctuated_max:
            continue
        if _split_label(body, rules)[0] is not None:
            return match.start()
        if re.match(r"[0-9０-９]+\s", body) or head[-1:].isdigit():
            continue  # a number set apart by spaces belongs to the clause around it
        if len(body) > max(rules.head_max, rules.body_length) and any(c in body for c in "，,"):
            return match.start()
    for match in _GLUED_FIRST_LABEL.finditer(lead):
        # a page that lost its spaces glues a list's first label to its head (……工作力量1、街道……)
        head = lead[:match.start()]
        if rules.opening_min <= len(_CJK.findall(head)) and len(head) <= rules.punctuated_max \
                and not re.search(f"[{_SENTENCE_END}：:]", head) and _split_label(lead[match.start():], rules)[0]:
            return match.start()
    return end


def _trim(text: str) -> str:
    """Return a title without surrounding spaces and trailing or leading punctuation."""
    return text.strip(_TRIM)


def _inside_quotes(text: str, pos: int) -> bool:
    """Return whether ``pos`` lies inside an open quotation in ``text``.

    A quotation counts as open only if it is closed after ``pos``: scraped
    text often drops closing quotes, and a quote that never closes quotes nothing.
    """
    before = text[:pos]
    if before.count("“") <= before.count("”"):
        return False
    after = re.search("[“”]", text[pos:])
    return after is not None and after.group() == "”"


def _next_text(units: list[_Unit], index: int) -> str:
    """Return the next body unit's text (the section a heading opens)."""
    for unit in units[index + 1:]:
        if unit.role is None:
            return unit.text
    return ""


# -- unlabelled headings ---------------------------------------------------------

def _is_subhead(units: list[_Unit], index: int, rules: _Rules) -> bool:
    """Return whether unit ``index`` is a headline-style subhead rather than a line of body text.

    A line set wholly in bold says so itself; a plain one must come after the lead.
    """
    unit = units[index]
    if unit.bold == unit.text:
        return _heading_shaped(unit.text, rules, rules.bold_max_length) and _before_body(units, index, rules)
    if not _heading_shaped(_without_colon(unit.text, rules), rules) or not _before_body(units, index, rules):
        return False
    if _before_top_label(units, index, rules):
        return False
    return _after_lead(units, index, rules.lead_length) or (
        _after_lead(units, index, rules.series_lead_length) and _in_subhead_series(units, index, rules))


def _closed_pair_line(units: list[_Unit], index: int, rules: _Rules) -> bool:
    """Return whether the line at ``index`` is a pair of parallel clauses closed by a full stop, standing
    alone after the lead and above a paragraph of body text, opening with a verb of the genre's heads
    (``rules.head_verbs``): a caption closed so opens with who did what."""
    text = units[index].text
    if text[-1:] not in "。！!" or not _is_pair(_QUOTES.sub("", text[:-1]), rules, series=True):
        return False
    head = text[:-1]
    if not head.startswith(rules.head_verbs):
        return False  # a caption closed by a full stop opens with who did it (县委书记深入企业调研,……。)
    opens_clause = head.startswith(rules.runin_not_starts) and not rules.starts_despite_pattern.match(head)
    if _PRONOUNS.search(head) or rules.not_head_pattern.search(head) or opens_clause or rules.speech_pattern.search(head + "，"):
        return False
    following = next((u for u in units[index + 1:] if u.role is None), None)
    return following is not None and following.heading is None and _is_prose(following.text, rules.body_length) \
        and _after_lead(units, index, rules.series_lead_length)


def _without_colon(text: str, rules: _Rules) -> str:
    """Return a line without the colon that closes it when the rest reads as a head (``坚持学字当头,筑牢思想根基：``
    above its body), else the line: a word of speech (``会议强调：``), a line announcing what follows
    (``汇报如下：``), a unit's name or a form's field before the colon is none."""
    core = text.rstrip("：:")
    if core == text or rules.speech_pattern.search(core + "：") or rules.not_head_pattern.search(core) \
            or core.endswith(rules.name_endings + rules.field_endings):
        return text
    return core


def _first_line(units: list[_Unit], index: int, rules: _Rules) -> bool:
    """Return whether the line before the subhead at ``index`` is its first line: a heading set on two
    lines (``当好政策“宣传员”`` / ``党的声音“聚民力”``), one measure of the two joined with a space.

    The two lines are short phrases that match (at most ``head_max`` characters, a character apart
    at most, as many quote marks), the first after the lead and itself no third line of a stack (a
    page's list of links).
    """
    if index < 2:
        return False
    prev, line = units[index - 1], units[index]
    if prev.role is not None or prev.heading is not None or prev.item or prev.bold:
        return False
    a, b = len(prev.text.replace(" ", "")), len(line.text.replace(" ", ""))
    if max(a, b) > rules.head_max or abs(a - b) > 1 or len(_QUOTES.findall(prev.text)) != len(_QUOTES.findall(line.text)):
        return False  # the lines of one heading match: lengths a character apart at most, quotes alike
    if not _heading_shaped(prev.text, rules) or _split_label(prev.text, rules)[0] is not None \
            or prev.text[0] in rules.bullets:
        return False
    before = units[index - 2]
    if before.role is None and before.heading is None and _heading_shaped(before.text, rules):
        return False
    return _after_lead(units, index - 1, rules.series_lead_length)


def _before_top_label(units: list[_Unit], index: int, rules: _Rules) -> bool:
    """Return whether the next body line opens with a label of the outermost kind (``一、``).

    Such a label numbers the report's top sections, so nothing heads it: an
    unlabelled line just above it is a photo caption or a kicker the page set
    between sections, however heading-like it looks.
    """
    following = next((u for u in units[index + 1:] if u.role is None), None)
    if following is None or following.heading is not None:
        return False
    label, _ = _split_label(following.text, rules)
    return label is not None and label is rules.labels[0]


def _in_subhead_series(units: list[_Unit], index: int, rules: _Rules) -> bool:
    """Return whether the article holds a series of plain subheads with the one at ``index``.

    A scraped page sets its subheads in paragraphs of their own, each followed
    by its body; a series of them is structure even after a short lead.
    """
    return sum(1 for k, u in enumerate(units) if u.role is None and u.heading is None and not u.item
               and _heading_shaped(_without_colon(u.text, rules), rules) and _split_label(u.text, rules)[0] is None
               and _before_body(units, k, rules)) >= rules.runin_series


def _heading_shaped(text: str, rules: _Rules, max_length: int | None = None) -> bool:
    """Return whether a line looks like a heading: short, whole, no sentence end, not furniture."""
    length = len(text.replace(" ", ""))
    if not 4 <= length <= (max_length or rules.max_length):
        return False
    if text.startswith(rules.not_starts) or text.endswith(rules.not_ends):
        return False
    if any(ch in text for ch in _SENTENCE_END) or text[0].isdigit():
        return False
    if len(_CJK.findall(text)) < 0.6 * length:
        return False
    return all(text.count(a) == text.count(b) for a, b in _OPEN_CLOSE)


def _after_lead(units: list[_Unit], index: int, length: int) -> bool:
    """Return whether a lead paragraph of running prose, at least ``length`` long, comes before the line.

    A line above the lead is a kicker, deck or repeated headline, however
    heading-like it looks.
    """
    return any(u.role is None and u.heading is None and _is_prose(u.text, length) for u in units[:index])


def _is_prose(text: str, length: int) -> bool:
    """Return whether a paragraph reads as running Chinese prose at least ``length`` long."""
    return (len(text) >= length and any(ch in text for ch in "，,。")
            and len(_CJK.findall(text)) >= 0.7 * len(text))


def _before_body(units: list[_Unit], index: int, rules: _Rules) -> bool:
    """Return whether body text (not a byline, not another short line) follows the line."""
    for unit in units[index + 1:]:
        if unit.role == "caption":
            continue
        if unit.role is not None or unit.heading is not None:
            return False
        if _split_label(unit.text, rules)[0] is not None or unit.item:
            return True
        return len(unit.text) >= rules.body_length and not _heading_shaped(unit.text, rules)
    return False


def _sentences(text: str) -> list[str]:
    """Return ``text`` split after each full stop, question or exclamation mark: the sentences with their
    marks, and what follows the last mark (empty where the text ends on one), as a split after each mark."""
    parts = []
    start = 0
    for m in _SENTENCE_END_MARK.finditer(text):
        parts.append(text[start:m.end()])
        start = m.end()
    parts.append(text[start:])
    return parts


def _runin_heads(text: str, index: int, rules: _Rules) -> list[_Found]:
    """Return the short sentences of ``text`` that read as run-in heads (理论学习预热。依托……).

    A head states work, not the narrative: no pronoun, time or reporting word (``rules.not_head_pattern``:
    清晨, 大家); a short sentence right after a head opens that head's body.
    """
    found = []
    parts = _sentences(text)  # the sentences, each with its end mark: they join back to ``text``
    after = 0  # where the sentence after ``sentence`` starts
    last = -2  # the sentence of the last head found
    speech = _speech_start(text, rules)
    for k, sentence in enumerate(parts[:-1]):
        after += len(sentence)
        if after - len(sentence) > speech:
            break  # after a report of speech (会议强调,……。), what follows is the speaker's
        core = sentence.strip()[:-1]
        if not (rules.runin_min <= len(core) <= rules.runin_max and _ONLY_CJK.fullmatch(core)):
            continue
        if last == k - 1:
            continue  # right after a head, a short sentence opens its body (强化组织领导。成立工作专班。由……)
        rest = text[after:].strip()  # the rest of the paragraph
        if _PRONOUNS.search(core) or rules.not_head_pattern.search(core) or len(rest) < 2 * len(core):
            continue
        if _inside_quotes(text, text.find(sentence)):
            continue
        lead = rules.sequence_lead_pattern.match(core)
        title = core[lead.end():] if lead and len(core) - lead.end() >= rules.opening_min else core
        found.append(_Found(title, "runin", _RUNIN_RANK, index, parts[k + 1]))
        last = k
    return found


def _sub_heads(text: str, index: int, rules: _Rules) -> list[_Found]:
    """Return the plain run-in sub-heads a labelled point's paragraph runs on with after its own head
    (``（一）强化引领,筑牢根基。健全学习制度。坚持每月……。丰富学习载体。依托……``): its sub-points.

    The body of a point holds short sentences of the narrative too (``效果良好。``), so a sub-head
    needs more than a paragraph of heads does: it states work (no pronoun, time, reporting word,
    opening preposition, no 了 of a thing done), a body twice its length runs from it to the next
    one (the last may lose its body to the page's end), and the series' heads are of one length,
    give or take ``pair_skew``.
    """
    parts = _sentences(text)  # the sentences, each with its end mark: they join back to ``text``
    heads: list[tuple[str, int]] = []  # each head and where its body starts
    after = 0
    for sentence in parts[:-1]:
        after += len(sentence)
        core = sentence.strip()[:-1]
        if not (rules.runin_min <= len(core) <= rules.runin_max and _ONLY_CJK.fullmatch(core)):
            continue
        if heads and heads[-1][1] == after - len(sentence):
            continue  # right after a head, a short sentence opens its body
        opens_clause = core.startswith(rules.runin_not_starts) and not rules.starts_despite_pattern.match(core)
        if _PRONOUNS.search(core) or rules.not_head_pattern.search(core) or opens_clause \
                or any(w in core for w in rules.sub_head_not_words) or _inside_quotes(text, after - len(sentence)):
            continue
        heads.append((core, after))
    found = []
    for k, (core, start) in enumerate(heads):
        end = text.find(heads[k + 1][0], start) if k + 1 < len(heads) else len(text)
        body = text[start:end].strip()
        cut = end == len(text) and body and body[-1] not in _CLOSING  # the page's end cut the last body
        if len(body) >= 2 * len(core) or cut and k > 0:
            found.append(_Found(core, "runin", _RUNIN_RANK, index, body))
    lengths = [len(f.title) for f in found]
    if len(found) < rules.runin_series or max(lengths) - min(lengths) > rules.pair_skew:
        return []
    return found


def _opening_head(text: str, index: int, rules: _Rules) -> _Found | None:
    """Return the run-in head a paragraph opens with when it holds commas, 、 or quotes, or ends in 方面.

    ``抓实理论武装、筑牢思想根基。该局每周……``, ``“夜访解忧”。社区干部……``,
    ``加强队伍建设方面,该县选派……``; a lead-in (``据了解,``) or a dash (``——``) before it is
    stepped over. The head must read as a head, not as the narrative's first
    sentence: no time, pronoun or reporting word, no opening preposition, and
    body text at least twice its length after it.
    """
    if not rules.bracket_head_pattern.match(text):
        # a dash setting the head off as a bullet does (——抓学习强能力。……): stepped over like a lead-in
        lead = rules.opening_mark_pattern.match(text) or rules.runin_lead_pattern.match(text)
    else:
        lead = None  # a head framed by dashes (——抓班子强核心——……) is read whole
    rest = text[lead.end():] if lead else text
    aspect = rules.aspect_head_pattern.match(rest)
    m = aspect or rules.bracket_head_pattern.match(rest) or rules.punctuated_head_pattern.match(rest)
    if not m:
        return None
    head = next(group for group in m.groups() if group is not None)  # a frame's pattern has a group per frame
    body = rest[m.end():]
    stop = m.group(2) if m.re is rules.punctuated_head_pattern else ""
    if m.re is rules.bracket_head_pattern and head.endswith(rules.bracket_furniture):
        return None  # 【资料图】: page furniture
    if stop and stop not in _SENTENCE_END and head.endswith(rules.name_endings + rules.field_endings):
        return None  # 某镇：……, 活动时间：……: a unit named in a roundup, a notice's field: no head
    if not aspect and not lead and stop and stop in _SENTENCE_END and _ONLY_CJK.fullmatch(head) \
            and rules.runin_min <= len(head) <= rules.runin_max:
        return None  # a plain head of that length closed by a full stop: the series rule of _runin_heads reads it
    opens_clause = head.startswith(rules.runin_not_starts) and not rules.starts_despite_pattern.match(head)
    if _PRONOUNS.search(head) or rules.not_head_pattern.search(head) or opens_clause:
        return None
    if rules.speech_pattern.search(head + stop):
        return None  # 某某强调,……, 会议指出：: a report of speech
    plain = _ONLY_CJK.fullmatch(head) is not None
    if len(head) > (rules.parallel_max if plain else rules.series_head_max):
        return None
    if any(head.count(a) != head.count(b) for a, b in _OPEN_CLOSE):
        return None
    # a body shorter than twice the head is one the page cut short, unless it ends as a sentence ends:
    # then it is a head's short but whole body, and the head counts in a series as any does
    short = len(body) < 2 * len(head)
    cut_short = short and body.rstrip()[-1:] not in _CLOSING
    if short and (len(body) < len(head) or cut_short and not _clause_lengths(head)):
        return None
    # alone, a pair of clauses is a head when the description of a practice follows it, not a
    # dated event or someone's words quoted (a couplet opening a feature's paragraph is a flourish)
    paired = not aspect and _is_pair(head, rules) and not _DATED.match(body) and not _QUOTED_SPEECH.match(body)
    # a long plain sentence opening a paragraph is as often the narrative's topic sentence: it is
    # a head only where a sibling head repeats its shape (三个方案推进……, 三项活动推进……)
    # a long punctuated one likewise (加强谋划,准确把握……的逻辑关系和内在联系 beside 以学促研,……)
    parallel = not aspect and len(head) > (rules.runin_max if plain else rules.punctuated_max)
    return _Found(_trim(head) if not head.startswith("“") else head, "runin", _RUNIN_RANK, index, body,
                  paired=paired and not short, parallel=parallel, cut_short=cut_short)


def _aspect_heads(text: str, index: int, rules: _Rules) -> list[_Found]:
    """Return the heads ending in a head word that open sentences inside a paragraph
    (``……以来,在整改措施方面,共制定……。 在专项整治方面,……。同时,在制度建设方面,……``).

    A report may run its series of aspects into one paragraph. Such a head opens
    a sentence, after a lead-in (``同时,``) or a clause of time (``自……以来,``);
    one after a comma or a semicolon (``比如,在学习教育方面,……；在……方面``) gives
    examples inside a sentence and heads nothing. Like any run-in head it counts
    only in a series (``_keep_runin_series``).
    """
    if not any(word in text for word in rules.runin_head_words):
        return []  # a head kept ends in a head word, and is a part of the text: a text without one has none
    found = []
    for start in [0, *(m.end() for m in _SENTENCE_START.finditer(text))]:
        rest = text[start:]
        clause = rules.time_clause_pattern.match(rest)
        head = _opening_head(rest[clause.end():] if clause else rest, index, rules)
        if head is not None and head.title.endswith(rules.runin_head_words):
            found.append(head)
    return found


def _paired_series(text: str, index: int, rules: _Rules) -> list[_Found]:
    """Return the heads of a series of paired clauses inside a paragraph (``……。全员参与,确保组织领导到位。成立了……
    广泛宣传,确保群众认识到位。组织……``).

    A sentence of two parallel clauses (``_is_pair``) followed by its body is a head
    only beside a sibling of the same form: clauses of matching length sharing an
    opening or closing word. Each must read as a head, not as narrative (as for
    ``_opening_head``: no time, pronoun, reporting word or opening preposition).
    """
    parts = _sentences(text)  # the sentences, each with its end mark: they join back to ``text``
    if len(parts) - 1 < rules.runin_series:
        return []  # fewer sentences followed by another than a series needs heads
    pairs: list[tuple[str, str]] = []
    after = 0  # where the sentence after ``sentence`` starts
    speech = _speech_start(text, rules)
    for k, sentence in enumerate(parts[:-1]):
        after += len(sentence)
        if after - len(sentence) > speech:
            break  # after a report of speech (会议强调,……。), the pairs are what the speaker asked for
        head = sentence.strip()[:-1]
        if not _is_pair(head, rules, series=True):
            continue
        body = text[after:].strip()  # the rest of the paragraph
        if len(body) < len(head) or _inside_quotes(text, text.find(sentence)):
            continue
        opens_clause = head.startswith(rules.runin_not_starts) and not rules.starts_despite_pattern.match(head)
        if _PRONOUNS.search(head) or rules.not_head_pattern.search(head) or opens_clause \
                or rules.speech_pattern.search(head + "，"):
            continue
        pairs.append((head, parts[k + 1]))
    series = [(head, body) for head, body in pairs
              if any(_same_form(head, other, rules) for other, _ in pairs if other != head)]
    if len(series) < rules.runin_series:
        return []
    return [_Found(head, "runin", _RUNIN_RANK, index, body, paired=True) for head, body in series]


def _speech_start(text: str, rules: _Rules) -> int:
    """Return where a report of speech (``会议强调,``, ``书记指出：``) starts in a paragraph, else its length.

    A clause that follows what was asked (``按照县委要求,``) reports no speech: the work after it is the unit's.
    """
    for m in rules.speech_pattern.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in "，,。；;！？!?") + 1
        if not text[start:m.start()].lstrip().startswith(rules.following_words):
            return m.start()
    return len(text)


def _same_form(head: str, other: str, rules: _Rules) -> bool:
    """Return whether two paired heads share a form: first clauses of one length, and either both
    couplets of set phrases of ``rules.couplet_clause`` characters (细化任务,压实到人 / 强化考核,奖优罚劣),
    or every clause of both opening with a verb the genre's heads open with (``rules.head_verbs``) and
    of about the same length as its counterpart, or a clause of one opening or closing the same two
    characters as the same clause of the other (全员参与,确保……到位)."""
    a, b = _CLAUSE_MARK.split(head), _CLAUSE_MARK.split(other)
    if len(a[0]) != len(b[0]):
        return False
    if all(len(x) == rules.couplet_clause for x in a + b):
        return True
    if all(x.startswith(rules.head_verbs) for x in a + b) and all(
            abs(len(x) - len(y)) <= rules.pair_skew for x, y in zip(a, b)):
        return True  # 强化组织领导,压实整改责任 / 完善制度机制,巩固整改成果: each clause a verb of the genre's heads
    return any(x[:2] == y[:2] or x[-2:] == y[-2:] for x, y in zip(a, b))


def _is_pair(head: str, rules: _Rules, series: bool = False) -> bool:
    """Return whether a head is two parallel clauses (坚持敞开大门,上下联动找问题).

    In a series of one form (``series``) the siblings vouch for the shape, and the two clauses'
    lengths need not be close (全员参与,确保组织领导到位).
    """
    if head.count("，") + head.count(",") + head.count("、") != 1:
        return False  # not two clauses (most sentences: no mark or several)
    parts = _CLAUSE_MARK.split(head)
    if len(parts) != 2 or not all(_ONLY_CJK.fullmatch(p) for p in parts):
        return False
    if any(w in head for w in rules.pair_not_words):
        return False  # 的-phrases and copulas make a statement (某某的向往,就是某某的目标), not a head
    a, b = len(parts[0]), len(parts[1])
    return rules.pair_min <= min(a, b) and max(a, b) <= rules.pair_max and (series or abs(a - b) <= rules.pair_skew)


def _spaced_subheads(text: str, index: int, rules: _Rules) -> list[_Found]:
    """Return the subheads a scraper ran into a paragraph (``……。 看村史忆乡愁,开展学习课堂 依托……``).

    Such a subhead stands between a sentence end and a space, is heading-shaped
    and opens body text; it counts only in a series, as one such line alone
    may be a sentence with a stray space.
    """
    found = []
    for match in _SPACED_SEGMENT.finditer(text):
        head, end = match.group(1), match.end()
        second = _SECOND_PHRASE.match(text, end)
        if second and _ONLY_CJK.fullmatch(head):
            # a head of two phrases parted by a space (组织联合 做优家门口学堂), the body after the second
            head, end = head + " " + second.group(1), second.end()
        body = re.split(f"[{_SENTENCE_END}]", text[end:], maxsplit=1)[0]
        if _heading_shaped(head, rules) and _split_label(head, rules)[0] is None and len(body) >= rules.body_length:
            found.append(_Found(_trim(head), "subhead", _SUBHEAD_RANK, index, text[end:]))
    return found if len(found) >= rules.runin_series else []


def _spaced_openings(text: str, index: int, rules: _Rules) -> list[_Found]:
    """Return the run-in heads that open the paragraphs a scraper ran into one (``……。 定目标,把方向。街道……``).

    A sentence end followed by a space marks where a paragraph began; a head
    there reads as one opening a paragraph. They count only in a series.
    """
    found = []
    for match in _PARAGRAPH_JOIN.finditer(text):
        head = _opening_head(text[match.end():], index, rules)
        if head is not None:
            found.append(head)
    return found if len(found) >= rules.runin_series else []


def _keep_runin_series(found: list[_Found], rules: _Rules) -> list[_Found]:
    """Return the candidates with run-in heads kept only in runs of ``rules.runin_series`` or more.

    Points inside a head's own paragraph (``……根基。一是……``) do not break the
    run; a head shaped as a pair of parallel clauses is kept on its own; a long
    plain head only beside a sibling that shares its shape (``_parallel``).
    """
    kept: list[_Found] = []
    run: list[_Found] = []

    def close() -> None:
        heads = [c for c in run if c.kind == "runin" and not c.cut_short
                 and (not c.parallel or any(_parallel(c.title, o.title, rules) for o in run if o is not c and o.kind == "runin"))]
        # long plain heads that already form a series vouch for a member of their length in the same run
        # (……推进情况。 beside 专题教育……到基层。 / 专题教育……年度指标。): the run's shape is its length
        series = [c for c in heads if c.parallel and _ONLY_CJK.fullmatch(c.title)]
        if len(series) >= rules.runin_series:
            heads += [c for c in run if c.kind == "runin" and c.parallel and not c.cut_short and c not in heads
                      and _ONLY_CJK.fullmatch(c.title)
                      and any(abs(len(c.title) - len(o.title)) <= rules.pair_skew for o in series)]
        # a member whose page cut its body short joins a series of its form (压实工作责任,强化机制保障 /
        # 全面精准摸排,严打整治并举): the same clause lengths as a sibling's
        # or opening with a set phrase as a sibling does (以学促研,…… / 以研促查,……)
        heads += [c for c in run if c.cut_short and any(
            _clause_lengths(c.title) == _clause_lengths(o.title)
            or _set_phrase_opening(c.title, rules) and _set_phrase_opening(o.title, rules) for o in heads)]
        keep = len(heads) >= rules.runin_series
        kept.extend(c for c in run if c.kind != "runin" or (keep or c.paired) and (c in heads or c.paired))
        run.clear()

    for cand in found:
        if cand.kind == "runin":
            run.append(cand)
            continue
        if run and cand.unit == run[-1].unit:
            run.append(cand)  # a point in the head's own paragraph
            continue
        close()
        kept.append(cand)
    close()
    return kept


def _clause_lengths(head: str) -> tuple[int, ...]:
    """Return the lengths of a head's clauses when it has two or more (“上下”联动,铺好筹划之基 gives (6, 6))."""
    parts = re.split(r"[，,、]", head.strip())
    return tuple(len(p) for p in parts) if len(parts) > 1 and all(parts) else ()


def _parallel(head: str, other: str, rules: _Rules) -> bool:
    """Return whether two run-in heads share a shape: lengths close and a two-character word in common,
    or the same opening words (`深刻认识……的重要意义`, `深刻认识……的重要作用`)."""
    if head[:_SHARED_OPENING] == other[:_SHARED_OPENING]:
        return True
    if _set_phrase_opening(head, rules) and _set_phrase_opening(other, rules):
        return True  # 加强谋划,…… / 以学促研,……: each opens with a set phrase before its comma
    if _shared_refrain(head, other):
        return True  # ……带头讲,确保宣讲“方向明” / ……联动讲,确保宣讲“覆盖广”: the series' refrain
    if max(len(head), len(other)) > rules.punctuated_max:
        return False  # a head that long reads as a sentence unless its sibling opens with its words
    if abs(len(head) - len(other)) > rules.pair_skew:
        return False
    pairs = {head[i:i + 2] for i in range(len(head) - 1)}
    return any(other[i:i + 2] in pairs for i in range(len(other) - 1))


def _shared_refrain(head: str, other: str) -> bool:
    """Return whether two heads of as many clauses open a later clause with the same words
    (``领导干部带头讲,确保主题教育“方向正”`` / ``宣讲队伍“微宣讲”,确保主题教育“氛围浓”``): a series' refrain,
    whatever the lengths of the clauses before it."""
    a, b = _CLAUSE_MARK.split(head), _CLAUSE_MARK.split(other)
    return len(a) == len(b) > 1 and any(
        len(x) > _SHARED_OPENING and x[:_SHARED_OPENING] == y[:_SHARED_OPENING] for x, y in zip(a[1:], b[1:]))


def _set_phrase_opening(head: str, rules: _Rules) -> bool:
    """Return whether a head opens with a set phrase of ``rules.couplet_clause`` characters before a comma
    and goes on after it (以学促研,在理论学习中找差距……): the genre's head of a series."""
    parts = _CLAUSE_MARK.split(head, maxsplit=1)
    return len(parts) == 2 and len(parts[0]) == rules.couplet_clause and _ONLY_CJK.fullmatch(parts[0]) is not None \
        and len(parts[1]) > 0


# -- nesting and stages ----------------------------------------------------------

@dataclass
class _Open:
    """A section open at some depth while walking the candidates, with its label's number."""

    kind: str
    rank: float
    measure: Measure | None
    not_work: bool
    number: int | None = None
    mark: str = ""
    unit: int = -1


def _nest(found: list[_Found], rules: _Rules, taxonomy: Taxonomy) -> list[Measure]:
    """Return the candidates as measures with levels from their nesting and their stages.

    A label out of its list's sequence that reads as no heading is dropped
    (``_stray_label``). An organising heading, numbered (``一、基本情况``) or
    not (``主要做法``), only opens a section: it is no measure, and the points
    under it keep the level they would have without it.
    """
    stack: list[_Open] = []
    measures: list[Measure] = []
    for cand in found:
        if _stray_label(cand, stack):
            continue
        # meeting a kind again closes what was opened under it, except a head of that kind ranked above
        # it in its own paragraph (a run-in head over the run-in sub-heads that follow it there)
        same = next((k for k, o in enumerate(stack) if o.kind == cand.kind
                     and not (o.unit == cand.unit and o.rank < cand.rank)), None)
        if same is not None:
            del stack[same:]
        elif not cand.inside:  # a point inside a body paragraph closes nothing opened before it
            while stack and stack[-1].rank >= cand.rank:
                stack.pop()
        not_work = any(o.not_work for o in stack) or _names(cand.title, rules.not_work)
        structural = _names(cand.title, rules.structural) or (
            (cand.title.endswith(rules.structural_endings) or any(w in cand.title for w in rules.structural_words))
            and _top_level(cand.kind, rules)) or _names_results(cand.title, rules) or (
            _top_level(cand.kind, rules) and _glued_organising(cand.title, rules))
        measure = None
        if not not_work and not structural:
            depth = 1 + sum(1 for o in stack if o.measure is not None)
            parent = next((o.measure for o in reversed(stack) if o.measure is not None), None)
            stage = (taxonomy.stage_for(cand.title) or (parent.stage if parent else None)
                     or taxonomy.stage_for(cand.context[:300]))
            measure = Measure(title=cand.title, level=min(depth, _MAX_LEVEL), stage=stage)
            measures.append(measure)
        stack.append(_Open(cand.kind, cand.rank, measure, not_work, cand.number, cand.mark, cand.unit))
    return measures


def _stray_label(cand: _Found, stack: list[_Open]) -> bool:
    """Return whether a labelled candidate is a stray label (a page number, a broken list) rather than a point.

    A list counts 1, 2, 3 with one mark. A label that starts no list and
    continues none (a ``2、`` after ``1.``, a second ``3``) is suspect, and it is
    dropped when what follows it reads as body text, not a heading: it holds a
    count (``150户``) or it continues a paragraph that stopped mid-sentence.
    """
    if cand.number is None or cand.number == 1:
        return False
    sibling = next((o for o in reversed(stack) if o.kind == cand.kind), None)
    if sibling is not None and sibling.number is not None and cand.number == sibling.number + 1 and cand.mark == sibling.mark:
        return False
    return cand.broken_before or _FIGURE.search(cand.title) is not None


def _top_level(kind: str, rules: _Rules) -> bool:
    """Return whether a candidate's kind is one of ``rules.structural_kinds``, the report's top level.

    A Word heading of any level (``heading1``, ``heading2``) is of kind ``heading``; a label kind is
    its own (``chinese`` is ``一、``, not ``（一）``, whose kind ``chinese_paren`` is a level lower).
    """
    return kind in rules.structural_kinds or kind.rstrip("0123456789") in rules.structural_kinds


def _glued_organising(title: str, rules: _Rules) -> bool:
    """Return whether a title too long for a heading opens with an organising one glued to its body.

    A page that lost its line breaks and spaces runs ``一、河道基本情况`` into
    the text under it (``一、河道基本情况全镇列入……``): a title that long opening
    with a short phrase ending like an organising heading is that heading.
    """
    if len(title) <= rules.punctuated_max:
        return False
    endings = "|".join(map(re.escape, rules.structural_endings))
    return re.match(f"[^，,、；;：:\\s]{{2,{rules.head_max}}}?(?:{endings})", title) is not None


def _names_results(title: str, rules: _Rules) -> bool:
    """Return whether a heading of one phrase names what the work achieved (二、工作取得阶段性成效)."""
    return not re.search(r"[，,、\s]", title) and any(w in title for w in rules.result_words)


def _names(title: str, words: tuple[str, ...]) -> bool:
    """Return whether a heading is one of ``words``, give or take a few characters (存在的问题和不足)."""
    bare = _NOT_WORD.sub("", title)
    return any(w in bare and len(bare) <= len(w) + 5 for w in words)
