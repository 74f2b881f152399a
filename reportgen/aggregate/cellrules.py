"""Which figures may stand in a cell, by the comparison guide (``rules.toml`` ``[cells]``).

A figure the extractor mapped to an indicator is a *candidate* for its
unit's cell only on positive evidence that it counts that thing for the whole
unit: the action governing it is one its indicator names (``[cells.actions]``:
征求 for 意见建议, 走访 for 走访户; 覆盖, 查处, 涉及 or no action leave the cell
empty, so an unseen shape falls to an empty cell, never to a wrong number), in
a measure word that counts the same (条/项/个/件 are one count of 意见建议, 人次
is not 人), and it is the unit's own, not a part (其中…, a town or a county the
report names, a counted subgroup such as N名县领导). What the actions cannot
tell stays in ``not_the_cell``: categories (N个方面的问题), a questionnaire's
questions, quotas, plans, other payers, projects. Every figure that is not a
candidate keeps the reason, so the review sheet and the figures table can show
why a tempting number is not in the table.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

CLAUSE_ENDS = "。；;！？!?"


@dataclass(frozen=True)
class NotTheCell:
    """One rule saying a figure of these indicators counts another thing."""

    indicators: frozenset[str]
    reason: str
    after: re.Pattern[str] | None = None
    before: re.Pattern[str] | None = None
    text: re.Pattern[str] | None = None
    objects: tuple[str, ...] = ()
    unless: re.Pattern[str] | None = None  # the clause before says otherwise (a stated whole: 全县, 共)
    when: re.Pattern[str] | None = None  # the rule holds only where the clause before says this (为N户…发放)
    unless_unit: re.Pattern[str] | None = None  # the unit's own name says otherwise (社区党员 of a 社区)
    unit_words: tuple[str, ...] = ()  # the rule holds only for figures in these measure words (lists in 个)

    def applies(self, figure: dict[str, Any], before: str, after: str, unit: str = "") -> bool:
        if figure["indicator"] not in self.indicators:
            return False
        if self.unit_words and figure.get("unit_word") not in self.unit_words:
            return False
        if self.unless is not None and self.unless.search(before):
            return False
        if self.unless_unit is not None and self.unless_unit.search(unit or ""):
            return False
        if self.when is not None and not self.when.search(before):
            return False
        obj = figure.get("object") if isinstance(figure.get("object"), str) else ""
        return bool((self.after is not None and self.after.search(after))
                    or (self.before is not None and self.before.search(before))
                    or (self.text is not None and self.text.search(figure["text"] or ""))
                    or (self.objects and any(w in obj for w in self.objects)))


@dataclass(frozen=True)
class AlsoCounts:
    """A figure of ``source`` that also counts another indicator, by the text after or before it.

    ``source`` "" is a figure mapped to no indicator. With ``objects``, the
    figure's counted object must also hold one of these words; with
    ``no_object``, the figure must have no counted object of its own; with
    ``unit_words``, its measure word must be one of these; with ``when``, the clause
    before must also say this; with ``in_article``, the article must say this somewhere
    (what 事项 are depends on the work the report is about).
    """

    source: str
    after: re.Pattern[str] | None
    before: re.Pattern[str] | None
    objects: tuple[str, ...] = ()
    no_object: bool = False
    unit_words: tuple[str, ...] = ()
    when: re.Pattern[str] | None = None
    in_article: re.Pattern[str] | None = None

    def applies(self, figure: dict[str, Any], before: str, after: str, article: str) -> bool:
        obj = figure.get("object") if isinstance(figure.get("object"), str) else ""
        if (figure["indicator"] or "") != self.source or (self.objects and not any(w in obj for w in self.objects)):
            return False
        if self.in_article is not None and not self.in_article.search(article):
            return False
        if (self.no_object and obj) or (self.unit_words and figure.get("unit_word") not in self.unit_words):
            return False
        if self.when is not None and not self.when.search(before):
            return False
        return bool((self.after is not None and self.after.search(after))
                    or (self.before is not None and self.before.search(before)))


@dataclass(frozen=True)
class YearLike:
    """``[cells.year_like]``: a figure whose number before 万 is a year the report writes."""

    figure: re.Pattern[str]
    years: re.Pattern[str]
    reason: str


@dataclass(frozen=True)
class Actions:
    """``[cells.actions]``: the actions that count each indicator, the positive evidence a figure needs.

    A figure counts an indicator only when the action governing it (the verb
    nearest before it in its clause) is one the indicator names (征求 for
    意见建议, 走访 for 走访户): an action the table does not give it (覆盖,
    查处, 涉及, 解决) or none at all leaves the cell empty, so an unseen shape
    falls to an empty cell rather than a wrong number.
    """

    verbs: dict[str, re.Pattern[str]]  # indicator → its actions (fullmatch)
    after: dict[str, re.Pattern[str]]  # indicator → actions that may follow its figure (党员参加…)
    any_verb: re.Pattern[str]  # every action of the table and of ``others``, the longest first
    described: re.Pattern[str]  # after a verb in its part of the clause: the verb describes the object (反映的)
    part_end: re.Pattern[str]  # what ends a part of a clause (a comma)
    not_done: re.Pattern[str]  # right before the governing verb: not done (需解决, 计划投入)
    bare_whole: frozenset[str]  # indicators a stated whole needs no action for (全县党员N名)
    listed: dict[str, re.Pattern[str]]  # indicator → its list as the counted object (问题清单), counted by entries
    listed_units: frozenset[str]  # the measure words of a list's entries (条, 项)
    stated_whole: re.Pattern[str]
    owner_follows: str  # what may follow the unit's name that owns a whole (a number, 共有, 、), not more of a name
    reason: str
    reason_other: str
    reason_not_done: str


@dataclass(frozen=True)
class CellRules:
    """The ``[cells]`` table of ``rules.toml``, compiled (part of the run's ``rules.AggregateRules``)."""

    count_same: dict[str, tuple[str, ...]]
    parts_of_one_kind: dict[str, tuple[str, ...]]
    parts_by_action: dict[str, tuple[str, ...]]
    not_the_cell: tuple[NotTheCell, ...]
    part_marker: re.Pattern[str]
    aside: re.Pattern[str]
    subordinate: re.Pattern[str]
    lower_places: re.Pattern[str]  # a place of a county's rank (某某县, 该县; group ``level``)
    whole: re.Pattern[str]
    not_subordinate: tuple[str, ...]
    done_indicators: frozenset[str]
    done_part: re.Pattern[str]
    also_counts: dict[str, tuple[AlsoCounts, ...]]
    paragraph_lead: re.Pattern[str]
    demonstrative: re.Pattern[str]
    works_in_places: re.Pattern[str]
    works_in_places_self: re.Pattern[str]
    place_level: re.Pattern[str]
    level_rank: dict[str, int]
    same_level: dict[str, str]
    year_like: YearLike
    past_year: re.Pattern[str]  # a year framing a figure's clause (group 1), before the report's own: past
    past_year_reason: str
    actions: Actions
    subgroup: re.Pattern[str]  # a counted subgroup as a clause's subject (N名县领导, 党员干部)
    subgroup_reason: str


def _core_length(pattern: str) -> int:
    """Return how many characters ``pattern`` has outside its lookarounds (办(?!公) is one long)."""
    n, i = 0, 0
    while i < len(pattern):
        if pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            depth = 0
            while i < len(pattern):
                depth += {"(": 1, ")": -1}.get(pattern[i], 0)
                i += 2 if pattern[i] == "\\" else 1
                if depth == 0:
                    break
            continue
        n += pattern[i] != "\\"
        i += 1
    return n


def _first_char(pattern: str) -> str | None:
    """Return the literal character ``pattern`` starts with after its lookbehinds, None if not a plain one."""
    m = re.match(r"(?:\(\?<[=!](?:[^()]|\([^()]*\))*\))*([\u4e00-\u9fff])", pattern)
    return m.group(1) if m else None


def _alternation(patterns: list[str]) -> str:
    """Return one pattern matching any of ``patterns``, the longest first where two start alike (办结 over 办).

    Where every pattern starts with a plain character, a lookahead for those characters comes first,
    so the alternatives are tried only where one can start.
    """
    ordered = sorted(dict.fromkeys(patterns), key=_core_length, reverse=True)
    body = "|".join(f"(?:{p})" for p in ordered)
    firsts = [_first_char(p) for p in ordered]
    if all(firsts):
        return f"(?=[{''.join(sorted(set(firsts)))}])(?:{body})"
    return body


def compile_actions(raw: Mapping[str, Any], whole: str) -> Actions:
    """Return ``[cells.actions]`` compiled; ``whole`` is the parts' whole markers (全县, 全系统)."""
    verbs = {k: v for k, v in raw["verbs"].items()}
    every = [p for v in verbs.values() for p in v] + list(raw["others"])
    return Actions(
        verbs={k: re.compile(_alternation(v)) for k, v in verbs.items()},
        after={k: re.compile(_alternation(v)) for k, v in raw["after"].items()},
        any_verb=re.compile(_alternation(every)),
        described=re.compile(raw["described"]),
        part_end=re.compile(raw["part_end"]),
        not_done=re.compile(raw["not_done"]),
        bare_whole=frozenset(raw["bare_whole"]),
        listed={k: re.compile(v) for k, v in raw.get("listed", {}).items()},
        listed_units=frozenset(raw.get("listed_units", ())),
        stated_whole=re.compile(f"(?:{whole})|{raw['stated_whole']}"),
        owner_follows=raw["owner_follows"],
        reason=raw["reason"],
        reason_other=raw["reason_other"],
        reason_not_done=raw["reason_not_done"],
    )


def _compile(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern) if pattern else None


def compile_cell_rules(raw: Mapping[str, Any]) -> CellRules:
    """Return the ``[cells]`` table of a parsed ``rules.toml`` compiled."""
    parts = raw["parts"]
    return CellRules(
        count_same={k: tuple(v) for k, v in raw["count_same"].items()},
        parts_of_one_kind={k: tuple(v) for k, v in raw["parts_of_one_kind"].items()},
        parts_by_action={k: tuple(v) for k, v in raw.get("parts_by_action", {}).items()},
        not_the_cell=tuple(NotTheCell(indicators=frozenset(r["indicators"]), reason=r["reason"],
                                      after=_compile(r.get("after")), before=_compile(r.get("before")),
                                      text=_compile(r.get("text")), objects=tuple(r.get("objects", ())),
                                      unless=_compile(r.get("unless")), when=_compile(r.get("when")),
                                      unless_unit=_compile(r.get("unless_unit")),
                                      unit_words=tuple(r.get("unit_words", ())))
                           for r in raw["not_the_cell"]),
        part_marker=re.compile(parts["part_markers"]),
        aside=re.compile(parts["aside"]),
        subordinate=re.compile(parts["subordinate"]),
        lower_places=re.compile(parts["lower_places"]),
        whole=re.compile(parts["whole_markers"]),
        not_subordinate=tuple(parts["not_subordinate"]),
        done_indicators=frozenset(parts["done_indicators"]),
        done_part=re.compile(parts["done_part"]),
        paragraph_lead=re.compile(parts["paragraph_lead"]),
        demonstrative=re.compile(parts["demonstrative"]),
        works_in_places=re.compile(parts["works_in_places"]),
        works_in_places_self=re.compile(parts["works_in_places_self"]),
        place_level=re.compile(parts["place_level"]),
        level_rank={word: rank for rank, words in enumerate(parts["place_levels"]) for word in words},
        same_level=dict(parts["same_level"]),
        actions=compile_actions(raw["actions"], parts["whole_markers"]),
        subgroup=re.compile(parts["subgroup"]),
        subgroup_reason=parts["subgroup_reason"],
        past_year=re.compile(raw["past_year"]["year"]), past_year_reason=raw["past_year"]["reason"],
        year_like=YearLike(figure=re.compile(raw["year_like"]["figure"]), years=re.compile(raw["year_like"]["years"]),
                           reason=raw["year_like"]["reason"]),
        also_counts={k: tuple(AlsoCounts(source=v["from"], after=_compile(v.get("after")),
                                         before=_compile(v.get("before")), objects=tuple(v.get("objects", ())),
                                         no_object=bool(v.get("no_object", False)),
                                         unit_words=tuple(v.get("unit_words", ())),
                                         when=_compile(v.get("when")), in_article=_compile(v.get("in_article")))
                              for v in (vs if isinstance(vs, list) else [vs]))
                     for k, vs in raw["also_counts"].items()},
    )


def count_unit_for(indicator: str | None, unit_word: str, default: str, rules: CellRules) -> str | None:
    """Return the measure word a figure of ``indicator`` is counted under, None if that word counts another thing.

    Indicators without a ``count_same`` entry keep ``default`` (the generic
    count unit: 人 and 名 agree, 场 and 场次 do not).
    """
    same = rules.count_same.get(indicator or "")
    if same is None:
        return default
    return same[0] if unit_word in same else None


def context(figure: dict[str, Any]) -> tuple[str, str]:
    """Return the sentence before the figure (from the start of its sentence) and the text after it."""
    sentence, text = figure.get("sentence") or "", figure.get("text") or ""
    at = sentence.find(text) if text else -1
    if at < 0:
        return "", ""
    return sentence[:at], sentence[at + len(text):]


def _clause(before: str) -> str:
    """Return the part of ``before`` after the last clause end."""
    cut = max(before.rfind(ch) for ch in CLAUSE_ENDS)
    return before[cut + 1:]


def _actions_in(clause: str, actions: Actions) -> list[re.Match[str]]:
    """Return the actions of ``clause`` in order, the longest where two start alike (办结 over 办)."""
    return list(actions.any_verb.finditer(clause))


def governing_action(clause: str, actions: Actions) -> re.Match[str] | None:
    """Return the action that governs a figure whose clause before it is ``clause``, None if it names none.

    The actions of the nearest part of the clause (between commas) that has any govern it: the
    nearest of them, unless a 的 follows it in that part, which makes it describe the object
    (群众反映的问题, 急需解决的) — then the first action of the part governs the whole phrase
    (收集群众反映的N条问题, 收集群众关于开展活动的意见: 收集).
    """
    found = _actions_in(clause, actions)
    if not found:
        return None
    last = found[-1]
    start = max((m.end() for m in actions.part_end.finditer(clause, 0, last.start())), default=0)
    ends = [m.start() for m in actions.part_end.finditer(clause, last.end())]
    end = ends[0] if ends else len(clause)
    part = [m for m in found if m.start() >= start]
    for m in reversed(part):
        if not actions.described.search(clause, m.end(), end):
            return m
    return part[0]


def action_reason(figure: dict[str, Any], before: str, after: str, actions: Actions, unit: str = "") -> str | None:
    """Return why no action of ``figure``'s indicator governs it, None if one does (or the indicator has no table).

    ``before``: the sentence before the figure; ``after``: the text after it. An action of the
    indicator in the figure's own object is its evidence (筹集资金, 即知即改事项; 将N项整改事项… where
    the clause has no action); any other word of the object describes it (投入帮扶资金: 投入
    governs). An action not done (需解决, 计划投入) governs nothing done. An action that may follow (党员…全部参与活动) counts up to
    the end of the clause; a whole stated after the action, or with none, needs no action for
    ``bare_whole`` indicators (全县党员N名), nor does the unit's own name as their owner (某市…N名党员, ``unit``).
    A list of the indicator's things counted by its entries
    (``listed``: 制定N条问题清单) is its own evidence.
    """
    indicator = figure["indicator"]
    verbs = actions.verbs.get(indicator or "")
    if verbs is None:
        return None
    clause = _clause(before)
    obj = figure.get("object") if isinstance(figure.get("object"), str) else ""
    listed = actions.listed.get(indicator or "")
    if listed is not None and obj and listed.search(obj) and figure.get("unit_word") in actions.listed_units:
        return None  # a list of the indicator's things counted by its entries: found (or put under rectification)
    if obj and clause.endswith(obj):
        if any(verbs.fullmatch(m.group(0)) and not actions.described.search(obj, m.end())
               for m in _actions_in(obj, actions)):
            return None
        clause = clause[:-len(obj)]
    elif obj and not _actions_in(clause, actions) and verbs.search(obj):
        return None
    verb = governing_action(clause, actions)
    if verb is not None and actions.not_done.search(clause, 0, verb.start()):
        return actions.reason_not_done.format(verb=verb.group(0))
    if verb is not None and verbs.fullmatch(verb.group(0)):
        return None
    follows = actions.after.get(indicator)
    if follows is not None and follows.search(re.split(f"[{CLAUSE_ENDS}]", after, maxsplit=1)[0]):
        return None
    start = verb.end() if verb else 0
    if indicator in actions.bare_whole and (actions.stated_whole.search(clause, start) or (
            unit and re.search(re.escape(unit) + f"(?={actions.owner_follows})", clause[start:]))):
        return None
    return actions.reason_other.format(verb=verb.group(0)) if verb else actions.reason


def why_not(figure: dict[str, Any], unit: str, rules: CellRules, row: str | None = None,
            by_rule: bool = False) -> str | None:
    """Return why ``figure`` (a figures row) cannot be its unit's cell, or None if it is a candidate.

    ``unit`` is what the report is about (for a report naming no unit, its title); ``row`` is the
    name the reasons give the unit (default ``unit``). ``by_rule``: the figure counts its indicator
    by an ``also_counts`` rule, whose pattern is its positive evidence (no governing action needed);
    a figure read from a table (``in_table``) has its evidence in its column's header.
    """
    if figure.get("count_unit") is None:
        return f"计量单位“{figure.get('unit_word') or ''}”计的是别的东西"
    before, after = context(figure)
    clause = _clause(before)
    for rule in rules.not_the_cell:
        if rule.applies(figure, clause, after, unit):
            return rule.reason
    if past_year(clause, figure.get("date"), rules):
        return rules.past_year_reason
    if isinstance(figure.get("table_part"), str):
        return None  # a table's row is a part by design: its column is summed, or its 合计 row wins (headline)
    # A figure made by hand or imported may carry no sentence that holds it: there is no action to read.
    # A table's figure has its evidence in its column's header (座谈会（场次）).
    if (not by_rule and not figure.get("in_table") and figure.get("text")
            and figure["text"] in (figure.get("sentence") or "")):
        reason = action_reason(figure, before, after, rules.actions, unit)
        if reason:
            return reason
    return part_reason(before, unit, figure["indicator"], rules, row)


def past_year(clause: str, date: Any, rules: CellRules) -> bool:
    """Return whether ``clause`` frames its figure by a year before the report's ``date`` (ISO, else unknown)."""
    if not isinstance(date, str) or not date[:4].isdigit():
        return False
    return any(int(m.group(1)) < int(date[:4]) for m in rules.past_year.finditer(clause))


def part_reason(before: str, unit: str, indicator: str | None, r: CellRules, row: str | None = None) -> str | None:
    """Return why a figure is a part of its unit (其中…, 仅某村就…, one subordinate town), else None.

    An aside in brackets closed before the figure is left out: what it says ends with it.

    What of a list is done (其中完成10件) is no part of an indicator that counts things done. An
    organisation that is no place (by its name, or by the sentence speaking of itself: 我局…) has
    no towns under it: the towns it names are where it works.
    """
    before = r.aside.sub("", before)
    done = indicator in r.done_indicators and r.done_part.search(before)
    if r.part_marker.search(before) and not done:
        return "是其中的一部分，不是全单位的数"
    last = None
    level = unit_level(unit, r)
    works_there = r.works_in_places.search(unit or "") or r.works_in_places_self.search(before)
    for m in (() if works_there else r.subordinate.finditer(before)):
        around = before[max(0, m.end() - 2):m.end() + 1]
        this = r.demonstrative.match(m.group(0))
        if this and ((unit or "").endswith(this.group(1)) or level == r.same_level.get(this.group(1), this.group(1))):
            continue  # 该镇 in a town's own report (青石镇党委, 临川县青石乡) is the town itself
        if m.group(0) not in unit and not any(w in around for w in r.not_subordinate):
            last = m
    rank = r.level_rank.get(level or "")
    for m in (() if works_there or rank is None else r.lower_places.finditer(before)):
        # a county named in a city's report (某某县, 该县) is one of its parts; in the county's own, itself
        if r.level_rank[m.group("level")] > rank and m.group(0) not in (unit or "") and (
                last is None or m.start() > last.start()):
            last = m
    if last is not None and not r.whole.search(before[last.end():]):
        return f"是下属单位（{last.group(0)}）的数，不是全单位的数"
    clause = _clause(before)
    group = None
    for group in r.subgroup.finditer(clause):
        pass
    if group is not None and not r.whole.search(clause):
        return r.subgroup_reason.format(group=group.group(0))
    wholes = [m.group(0) for m in r.whole.finditer(clause)]
    if (level and wholes and wholes[-1].startswith("全") and r.same_level.get(wholes[-1][-1], wholes[-1][-1]) != level
            and wholes[-1] != "全系统"):
        return f"是{wholes[-1]}的数，不是本单位（{row or unit}）的数"
    return None


def year_in_amount(text: str, article_text: str, rules: YearLike) -> str | None:
    """Return why a figure is no cell when its number before 万 is a year the article writes, else None.

    A converter that garbles a report's years (201920年) runs a year into an
    amount just as easily (2021万余元 for 21万余元); nothing tells the true amount.
    """
    m = rules.figure.match(text or "")
    if m and m.group(1) in {y.group(1) for y in rules.years.finditer(article_text)}:
        return rules.reason
    return None


def paragraph_lead(paragraphs: list[str], sentence: str, rules: CellRules) -> str | None:
    """Return the organisation a figure's paragraph is headed by (``迁安市民政局：…``), None if none.

    A report on a whole place often gives its departments' or towns' work
    one paragraph each, headed by the name and a colon; every figure of that
    paragraph is that organisation's.
    """
    if not sentence:
        return None
    for paragraph in paragraphs:
        if sentence in paragraph:
            m = rules.paragraph_lead.match(paragraph.lstrip())
            return m.group(1) if m else None
    return None


def unit_level(unit: str, rules: CellRules) -> str | None:
    """Return the level of the place a unit's name descends to, None if it names none.

    Places in a name go down the ranks of ``place_levels`` (渑池县果园乡 → 乡,
    章丘市… → 市); a level word that goes up again is part of another word
    (临川县市场监督管理局 → 县). Levels of one rank may be written for each other
    (``same_level``: 全镇 in a 乡's report).
    """
    level, rank = None, None
    for m in rules.place_level.finditer(unit or ""):
        r = rules.level_rank[m.group(1)]
        if rank is None or r > rank:
            level, rank = m.group(1), r
    return rules.same_level.get(level, level) if level else None


def also_counts(figure: dict[str, Any], rules: CellRules, article: str) -> list[str]:
    """Return the further indicators a figure counts (问题 put under rectification are also 整改事项).

    ``article``: the article's text, for the rules that hold only in a report of some work.
    """
    before, after = context(figure)
    before = _clause(before)
    obj = figure.get("object") if isinstance(figure.get("object"), str) else ""
    if obj and after.startswith(obj):
        after = after[len(obj):]
    return [ind for ind, rs in rules.also_counts.items() if any(r.applies(figure, before, after, article) for r in rs)]


def kind_of_part(indicator: str, figure: dict[str, Any], rules: CellRules) -> str | None:
    """Return which part of one kind a figure is, None if it is none of them.

    By its counted object (意见 or 建议), else by the action just before it
    (现场整改8个、跟踪整改问题3个: items rectified on the spot and under tracking).
    """
    obj = figure.get("object") if isinstance(figure.get("object"), str) else ""
    kinds = rules.parts_of_one_kind.get(indicator)
    found = [k for k in kinds or () if obj.endswith(k)]
    if found:
        return max(found, key=len)
    actions = rules.parts_by_action.get(indicator)
    if not actions:
        return None
    lead = _clause(context(figure)[0])
    if obj and lead.endswith(obj):
        lead = lead[:-len(obj)]
    found = [k for k in actions if lead.endswith(k)]
    return max(found, key=len) if found else None
