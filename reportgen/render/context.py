"""The comparison as plain dicts a template can read (render reads nothing else).

Templates never see pandas or dataclasses, only the names below. Every number
a template may show from the reports is a *figure dict* with ``shown`` (the
Chinese-formatted quantity, ``3000多名``) and ``note`` (the index of its
provenance in ``RenderContext.notes``); ``{{ x | sourced }}`` prints it as a
note link the writers turn into a Word comment or a numbered PDF note. Counts
the model derives (how many units, files, measures) are plain integers.

Names a template gets (besides ``settings``, the audience's settings.toml):

``period``, ``issue_no``, ``issue`` (``第2期``), ``previous_period``, ``series``, ``date``
``counts``: ``units``, ``files``, ``files_ok``, ``articles``, ``measures``, ``figures``
``indicators``: shown indicators ``{id, label, unit, core}`` (settings ``indicators`` picks)
``rows``: per unit ``{unit, cells: [figure dict or None per shown indicator]}``
``totals``: indicator id → figure dict of the comparison's headline total (``units``, ``change``
   like with like, saying against what, ``previous``, ``others``: units counting it in another
   measure word, 另有1个单位以“项”计226项) or None; use ``totals.get("opinions")``
``counts.articles`` counts the rows' articles (news items left out are not counted).
``units``: per unit ``{name, locality, framework, measures: [{title, level, stage}],
   key_figures: [figure dict], figures: [figure dict], stages_covered, stages_total,
   distinctive: [{measure, stage, terms}]}``
``highlights``: the most distinctive measures, one per unit first ``{unit, measure, terms}``
``stages``: ``{id, label}``; ``coverage``: per unit ``{unit, counts: [n per stage]}``
``gaps``: per unit ``{unit, indicators: [label], none}``: shown core indicators it did not
   report (``none``: it reported none of them)
``flags``: ``{severity, code, unit, message}``, the comparison's quality flags (missing
   core indicators are in ``gaps`` instead)
``figures``: every figure dict (with ``unit``, ``object``, ``sentence``, ``file``)
``inputs``: every input file ``{file, status, reason (Chinese), detail (ingest's English sentence), articles}``
``not_reported``: the cell text for an empty cell (``未报送``)
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from .dates import format_date
from .numbers import format_change, format_quantity

NOT_REPORTED = "未报送"
HIGHLIGHTS = 3
GAP_FLAGS = ("core_missing",)  # shown instead as ``gaps``, limited to the indicators the audience shows


@dataclass
class RenderContext:
    """What every audience renders from: template values and the provenance notes."""

    values: dict[str, Any]
    notes: list[str] = field(default_factory=list)


class _Notes:
    """Collect provenance notes, one id per distinct note."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self._ids: dict[str, int] = {}

    def add(self, note: str) -> int:
        """Return the id of ``note``, adding it on first sight."""
        if note not in self._ids:
            self._ids[note] = len(self.items)
            self.items.append(note)
        return self._ids[note]


def file_name(path: str | None) -> str:
    """Return the file name of an input path (the notes name files, not folders)."""
    return PurePath(path).name if path else ""


def source_note(sentence: str | None, document: str | None) -> str:
    """Return a figure's provenance: its sentence and its file."""
    sentence = (sentence or "").strip()
    return f"{sentence}（来源：{file_name(document)}）" if document else sentence


def _figure(row: dict[str, Any], notes: _Notes, labels: dict[str, str]) -> dict[str, Any]:
    """Return a figure or cell row with ``shown``, ``note``, ``file`` and its indicator's ``label`` added."""
    unit_word = row.get("unit_word") or row.get("count_unit") or ""
    shown = format_quantity(row["value"], unit_word, row.get("qualifier"), row.get("value_max"))
    return {**row, "shown": shown, "note": notes.add(source_note(row.get("sentence"), row.get("document"))),
            "file": file_name(row.get("document")), "label": labels.get(row.get("indicator") or "", "")}


def _shown_indicators(records: dict[str, Any], settings: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the indicators the audience shows: settings ``indicators`` (ids) or every one."""
    wanted = settings.get("indicators") or []
    by_id = {i["id"]: i for i in records["indicators"]}
    if not wanted:
        return list(records["indicators"])
    return [by_id[i] for i in wanted if i in by_id]


def _totals(records: dict[str, Any], cells: dict[tuple[str, str], dict], notes: _Notes) -> dict[str, Any]:
    """Return per indicator the comparison's headline total, the units it names in other measure words, its change.

    The total is ``headline_totals`` (the same cells the table shows); the
    change is like with like (``indicator_changes``: the units reporting it
    both periods) and says so.
    """
    changes = {(c["indicator"], c.get("count_unit")): c for c in records.get("indicator_changes", [])}
    out: dict[str, Any] = {i["id"]: None for i in records["indicators"]}
    for row in records.get("headline_totals", []):
        if row.get("total") is None:
            continue
        ind = row["indicator"]
        parts = [f"{c['unit']}{c['shown']}（{c['file']}）" for (u, i), c in cells.items()
                 if i == ind and c.get("count_unit") == row.get("count_unit")]
        note = "合计：" + "；".join(parts)
        qualifier = row.get("qualifier")
        change = changes.get((ind, row.get("count_unit")))
        delta = change.get("delta") if change else None
        shown_change = None
        if delta is not None:
            shown_change = f"{format_change(delta, row.get('count_unit') or '')}（{change.get('basis')}同口径比较）"
        out[ind] = {"value": row["total"], "units": row.get("units"), "count_unit": row.get("count_unit"),
                    "shown": format_quantity(row["total"], row.get("count_unit") or "", qualifier),
                    "note": notes.add(note), "previous": change.get("previous") if change else None,
                    "change": shown_change, "others": row.get("others")}
    return out


def _units(records: dict[str, Any], figures: list[dict], cells: dict[tuple[str, str], dict],
           shown: list[dict]) -> list[dict[str, Any]]:
    """Return one dict per unit: its measures, key figures, coverage and distinctive measures."""
    measures: dict[str, list[dict]] = defaultdict(list)
    for article in records.get("articles", []):
        measures[article["unit"]].extend(article.get("measures") or [])
    coverage = {c["unit"]: c for c in records.get("coverage", [])}
    distinctive: dict[str, list[dict]] = defaultdict(list)
    for d in records.get("distinctive", []):
        distinctive[d["unit"]].append(d)
    out = []
    for name in records["units"]:
        cov = coverage.get(name, {})
        out.append({
            "name": name, "locality": cov.get("locality"), "framework": cov.get("framework"),
            "measures": measures.get(name, []),
            "key_figures": [cells[(name, i["id"])] for i in shown if (name, i["id"]) in cells],
            "figures": [f for f in figures if f.get("unit") == name],
            "stages_covered": cov.get("stages_covered"), "stages_total": cov.get("stages_total"),
            "distinctive": sorted(distinctive.get(name, []), key=lambda d: d.get("rank") or 0),
        })
    return out


def _highlights(units: list[dict[str, Any]], n: int = HIGHLIGHTS) -> list[dict[str, Any]]:
    """Return up to ``n`` distinctive measures, taking each unit's best before any second."""
    picked: list[dict[str, Any]] = []
    depth = 0
    while len(picked) < n and any(len(u["distinctive"]) > depth for u in units):
        for u in units:
            if len(u["distinctive"]) > depth and len(picked) < n:
                d = u["distinctive"][depth]
                picked.append({"unit": u["name"], "measure": d["measure"], "terms": d.get("terms") or ""})
        depth += 1
    return picked


def _gaps(units: list[str], shown: list[dict], cells: dict[tuple[str, str], dict]) -> list[dict[str, Any]]:
    """Return per unit the shown core indicators it did not report (``indicators``: labels)."""
    out = []
    for unit in units:
        missing = [i["label"] for i in shown if i.get("core") and (unit, i["id"]) not in cells]
        if missing:
            out.append({"unit": unit, "indicators": missing, "none": len(missing) == len(shown)})
    return out


def _inputs(records: dict[str, Any]) -> list[dict[str, Any]]:
    """Return every input file with its status and why it was skipped or failed."""
    return [{"file": file_name(i["document"]), "path": i["document"], "status": i["status"],
             "reason": i.get("reason") or "", "detail": i.get("error") or "", "articles": i.get("articles") or 0}
            for i in records.get("inputs", [])]


def build_context(records: dict[str, Any], settings: dict[str, Any], today: dt.date | None = None) -> RenderContext:
    """Return the template values for one audience from ``Comparison.to_records()``, and nothing else."""
    notes = _Notes()
    labels = {i["id"]: i["label"] for i in records["indicators"]}
    figures = [_figure(f, notes, labels) for f in records["figures"]]
    cells = {(c["unit"], c["indicator"]): _figure(c, notes, labels) for c in records["cells"]}
    shown = _shown_indicators(records, settings)
    units = _units(records, figures, cells, shown)
    inputs = _inputs(records)
    stage_ids = [s["id"] for s in records["stages"]]
    coverage = {c["unit"]: c for c in records.get("coverage", [])}
    issue_no = records.get("issue_no")
    values = {
        "period": records.get("period"), "issue_no": issue_no,
        "issue": f"第{issue_no}期" if issue_no else "", "previous_period": records.get("previous_period"),
        "series": records.get("series"), "date": format_date(today or dt.date.today(), settings.get("date_style")),
        "counts": {"units": len(records["units"]), "files": len(inputs),
                   "files_ok": sum(i["status"] == "ok" for i in inputs),
                   "articles": len(records.get("articles", [])),
                   "measures": sum(len(u["measures"]) for u in units), "figures": len(figures)},
        "indicators": shown,
        "rows": [{"unit": u, "cells": [cells.get((u, i["id"])) for i in shown]} for u in records["units"]],
        "totals": _totals(records, cells, notes),
        "units": units, "highlights": _highlights(units),
        "stages": records["stages"],
        "coverage": [{"unit": u, "counts": [coverage.get(u, {}).get(s) or 0 for s in stage_ids]}
                     for u in records["units"]],
        "gaps": _gaps(records["units"], shown, cells),
        "flags": [{k: f.get(k) for k in ("severity", "code", "unit", "message")} for f in records.get("flags", [])
                  if f.get("code") not in GAP_FLAGS],
        "figures": figures, "inputs": inputs, "not_reported": NOT_REPORTED,
    }
    return RenderContext(values, notes.items)
