"""Unit names: one organisation written two ways is one row, and every merge is listed.

Two names are merged when they reduce to the same key: the taxonomy's
whole-name aliases applied, prefixes that do not change the organisation
dropped (中共…), and abbreviations expanded (经信局 → 经济和信息化局). A merged
group is shown under the longest name it was written with, so a unit that
is only ever abbreviated keeps its own name.

A name that says only what kind of organisation reports, not where
(县财政局, 镇党委, 区委), identifies no unit across reports: two reports that
both write 镇党委 come from two towns unless they name the same place, and
市经信局 is 某市经济和信息化局 only when its report names 某市.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .rules import UnitRules
from .taxonomy_view import NameRule


@dataclass(frozen=True)
class Merge:
    """One name as written, the unit it was merged into, and which rule did it."""

    name: str
    unit: str
    rule: str  # "alias" | "abbreviation" | "prefix" | "place"
    detail: str
    articles: int


SECOND_NAME = re.compile(r"[(（][^()（）]+[)）]$")
# The mark between two units named as one that reports jointly (某镇、某工业园).
JOINT_MARK = "、"


def is_unit_name(name: str | None, rules: UnitRules) -> bool:
    """Return whether ``name`` reads as an organisation or a place (``rules.toml`` ``[unit_names]``), not a fragment.

    Two units that report jointly are one row named as the text lists them (某镇、某工业园): each must read as
    a name and name its place (not 省委、市委, two levels' offices)."""
    if not name:
        return False
    # a unit under two names, the second bracketed after the first (某局(某委)), reads by its first
    name = SECOND_NAME.sub("", re.sub(r"\s+", "", name))
    parts = name.split(JOINT_MARK)
    if len(parts) == 2 and len(name) <= rules.max_length:
        return all(_reads_as_name(p, rules) and not without_place(p, rules) for p in parts)
    return _reads_as_name(name, rules)


def _reads_as_name(name: str, rules: UnitRules) -> bool:
    """Return whether ``name`` is short enough, ends like a unit and holds no word of a sentence."""
    return (len(name) <= rules.max_length and name.endswith(rules.endings)
            and not any(w in name for w in rules.not_in_names))


def without_place(key: str, rules: UnitRules) -> bool:
    """Return whether a reduced name says only the kind of organisation, not its place (县财政局, 镇党委, 区委).

    Such a name starts with a level (``[units] places``) that no place name
    precedes. A place whose own name starts like a level (a 镇…县, a 乡…县, a 市…区)
    has its level within the next few characters, and is a place.
    """
    for level in rules.places:
        if key.startswith(level):
            rest = key[len(level):]
            return not any(0 < rest.find(other) <= rules.place_name_max - len(level) for other in rules.places)
    return False


def named_place(locality: str | None, rules: UnitRules) -> str | None:
    """Return ``locality`` when it names a place (not blanked out: ***镇, 某县), else None."""
    if not locality or any(mark in locality for mark in rules.blanked):
        return None
    return re.sub(r"\s+", "", locality)


def place_is_not_the_reporter(name: str | None, text: str, rules: UnitRules) -> bool:
    """Return whether ``name`` is a bare place while ``text`` calls its reporter by an organisation's kind.

    ``我院扎实推进…`` with the unit found as ``某县``: the county is where the court sits;
    which organisation reports the text does not say in full (``rules.toml`` ``[unit_names]``).
    """
    if not name:
        return False
    name = re.sub(r"\s+", "", name)
    if not name.endswith(rules.places):
        return False
    return len(rules.self_reference.findall(text)) >= rules.self_reference_min


class UnitNames:
    """Reduce unit names to keys under the taxonomy's aliases and the abbreviation rule."""

    def __init__(self, name_rules: list[NameRule], rules: UnitRules):
        self.whole = {r.short: r.full for r in name_rules if r.whole}
        parts = sorted((r for r in name_rules if not r.whole), key=lambda r: -len(r.short))
        self.parts = {r.short: r.full for r in parts}
        self.part_re = re.compile("|".join(re.escape(s) for s in self.parts)) if self.parts else None
        self.prefixes = rules.drop_prefixes
        self.place_bodies = rules.place_bodies
        self.area_bodies = rules.area_bodies
        self.places = rules.places

    def key(self, name: str) -> tuple[str, list[tuple[str, str]]]:
        """Return the name's merge key and the (rule, detail) steps that produced it."""
        steps: list[tuple[str, str]] = []
        key = re.sub(r"\s+", "", name)
        if key in self.whole:
            steps.append(("alias", f"别名表：{key} → {self.whole[key]}"))
            key = self.whole[key]
        for prefix in self.prefixes:
            if key.startswith(prefix) and len(key) > len(prefix) + 1:
                steps.append(("prefix", f"去掉前缀“{prefix}”"))
                key = key[len(prefix):]
        for body in self.place_bodies:
            place = key[: -len(body)]
            if key.endswith(body) and len(place) >= 2 and place.endswith(self.places):
                steps.append(("place", f"“{key}”为“{place}”的党委或政府，同一报送单位"))
                key = place
                break
        for body in self.area_bodies:
            area = key[: -len(body)]
            if key.endswith(body) and len(area) >= 2:
                steps.append(("place", f"“{key}”为“{area}”的党工委、办事处或管委会，同一报送单位"))
                key = area
                break
        if self.part_re is not None:
            found = [m.group(0) for m in self.part_re.finditer(key)]
            if found:
                key = self.part_re.sub(lambda m: self.parts[m.group(0)], key)
                steps.extend(("abbreviation", f"简称“{s}”即“{self.parts[s]}”") for s in dict.fromkeys(found))
        return key, steps


    def same(self, a: str, b: str) -> bool:
        """Return whether two names may name one organisation: equal keys, or one the place-less end of the other."""
        ka, kb = self.key(a)[0], self.key(b)[0]
        return ka == kb or ka.endswith(kb) or kb.endswith(ka)


@dataclass(frozen=True)
class Written:
    """One article's unit name as written, with the file it came from and its text (the evidence for merges)."""

    name: str
    document: str
    text: str


def merge_units(written: list[Written], name_rules: list[NameRule], rules: UnitRules) -> tuple[dict[str, str], list[Merge]]:
    """Return (name as written → unit shown, merges) for the unit names of a batch.

    ``written`` holds one entry per article (repeats count how often a name
    was used); the mapping covers every distinct name.
    """
    reducer = UnitNames(name_rules, rules)
    used = Counter(w.name for w in written)
    keyed = {name: reducer.key(name) for name in used}
    groups: dict[str, list[str]] = {}
    for name in used:  # insertion order: first seen first
        groups.setdefault(keyed[name][0], []).append(name)
    evidence: dict[str, list[Written]] = {}
    for w in written:
        evidence.setdefault(keyed[w.name][0], []).append(w)
    for short, full in _placeless(list(groups), rules.places, evidence).items():
        groups[full].extend(groups.pop(short))
        for name in groups[full]:
            if keyed[name][0] == short:
                keyed[name] = (full, [*keyed[name][1], ("place", f"“{name}”未写地名，本批中只有“{full}”与之相符")])
    mapping: dict[str, str] = {}
    merges: list[Merge] = []
    for group in groups.values():
        shown = max(group, key=lambda n: (len(n), used[n]))  # max keeps the first of equals
        for name in group:
            mapping[name] = shown
            if name != shown:
                steps = keyed[name][1] or keyed[shown][1]
                rule = steps[0][0] if steps else "abbreviation"
                detail = "；".join(d for _, d in steps) or "同一简称规则"
                merges.append(Merge(name=name, unit=shown, rule=rule, detail=detail, articles=used[name]))
    return mapping, merges


def _placeless(keys: list[str], levels: tuple[str, ...], evidence: dict[str, list[Written]]) -> dict[str, str]:
    """Return key → the one longer key it is the place-less short form of (市经济和信息化局 → 某市经济和信息化局).

    A report often names its own unit by level only (市…局, 县委…部). Such a
    name is merged only when exactly one other unit of the batch ends with it,
    and only when every report that writes it also names that unit's place
    (or is the very file that names the unit in full): 县委常委会 in one
    county's report is not the 县委常委会 of another county's. Two candidates
    leave it its own row.
    """
    out = {}
    for short in keys:
        if len(short) < 3 or not short.startswith(levels):
            continue
        longer = [k for k in keys if k != short and len(k) > len(short) + 1 and k.endswith(short)]
        if len(longer) != 1 or longer[0] in out:
            continue
        place = longer[0][: -len(short)]
        full_files = {w.document for w in evidence.get(longer[0], [])}
        if all(w.document in full_files or place in w.text for w in evidence.get(short, [])):
            out[short] = longer[0]
    return out
