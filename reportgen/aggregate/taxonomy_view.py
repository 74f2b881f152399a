"""What the comparison needs from the taxonomy: indicators, stages, unit aliases.

The taxonomy package owns the file format; this module reads the parsed
tables (``Taxonomy.raw``) into the few plain objects aggregation uses, so
that a change in the taxonomy's Python API touches one place here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import Indicator


@dataclass(frozen=True)
class NameRule:
    """A unit-name alias: ``short`` written where ``full`` is meant.

    ``whole`` rules replace a complete name (an explicit alias); part rules
    replace the differing part of a name (an abbreviation such as 经信局 for
    经济和信息化局), the rest of the name being equal.
    """

    short: str
    full: str
    whole: bool = False


def indicators_of(taxonomy: Any) -> list[Indicator]:
    """Return the taxonomy's indicators in file order, each with its family's measure words in file order.

    The order matters: the first measure word of a family is the one a cell
    prefers (名 before 人次), so it is read from the file's list, not a set.
    """
    raw = getattr(taxonomy, "raw", {}) or {}
    families = raw.get("unit_families", {}) or {}
    typed = getattr(taxonomy, "indicators", None)
    if typed is not None:
        entries = [{"id": i.id, "label": i.label, "family": i.family, "core": i.core} for i in typed]
    else:
        entries = raw.get("indicators", []) or []
    out = []
    for entry in entries:
        if not isinstance(entry, dict) or not entry.get("id"):
            continue
        units = entry.get("units") or families.get(entry.get("family", ""), [])
        out.append(Indicator(id=str(entry["id"]), label=str(entry.get("label") or entry["id"]),
                             units=tuple(units), core=bool(entry.get("core", False)),
                             family=str(entry.get("family", ""))))
    return out


def stages_of(taxonomy: Any) -> list[tuple[str, str]]:
    """Return the campaign stages in order as (id, label)."""
    raw = getattr(taxonomy, "raw", {}) or {}
    entries = raw.get("stages", []) or []
    if isinstance(entries, dict):
        entries = [{"id": k, **v} for k, v in entries.items()]
    return [(str(e["id"]), str(e.get("label") or e["id"])) for e in entries if isinstance(e, dict) and e.get("id")]


def name_rules_of(taxonomy: Any) -> list[NameRule]:
    """Return the taxonomy's unit aliases: abbreviations (short/full) and whole-name aliases.

    Whole-name aliases, if the taxonomy file has them, are ``unit_aliases``
    entries with ``unit`` and ``aliases`` (or one ``alias``): names of one
    organisation that no abbreviation rule explains.
    """
    raw = getattr(taxonomy, "raw", {}) or {}
    rules = [NameRule(a.short, a.full) for a in getattr(taxonomy, "unit_aliases", ()) or ()]
    for entry in raw.get("unit_aliases", []) or []:
        if isinstance(entry, dict) and entry.get("unit"):
            names = entry.get("aliases") or [entry.get("alias")]
            rules.extend(NameRule(str(n), str(entry["unit"]), whole=True) for n in names if n)
    return rules


def indicator_for(taxonomy: Any, obj: str | None, unit: str) -> str | None:
    """Return the indicator id the taxonomy maps ``obj`` counted in ``unit`` to, else None."""
    find = getattr(taxonomy, "indicator_for", None)
    if find is None or not obj:
        return None
    return find(obj, unit)
