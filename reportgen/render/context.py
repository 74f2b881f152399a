"""The comparison as plain dicts a template can read (render reads nothing else).

Templates never see pandas or dataclasses, only the names below. Every number
a template may show from the reports is a *figure dict* with ``shown`` (the
Chinese-formatted quantity, ``3000多名``) and ``note`` (the index of its
provenance in ``RenderContext.notes``); ``{{ x | sourced }}`` prints it as a
note link the writers turn into a Word comment or a numbered PDF note. Counts
the model derives (how many units, files, measures) are plain integers.

Names a template gets (besides ``settings``, the audience's settings.toml):

``review`` (True in the 审阅 review copy: show quality notes and the input list),
``period``, ``period_text`` (``2014年5月26日至6月1日``: what a document shows), ``issue_no``,
``issue`` (``第2期``), ``previous_period``, ``series``, ``date``
``counts``: ``units``, ``files``, ``files_ok``, ``articles``, ``measures``, ``figures``
``indicators``: shown indicators ``{id, label, unit, core}`` (settings ``indicators`` picks)
``rows``: per unit ``{unit, cells: [figure dict or None per shown indicator]}``
``table``: what a comparison table prints of ``rows``: ``indicators`` and ``rows`` that hold a figure at least
   (a row or column of 未报送 only says nothing), ``without``: the units left out for reporting none of the
   shown indicators, ``unreported``: the labels of shown indicators no unit reported
``totals``: indicator id → figure dict of the comparison's headline total (``units``, ``names`` of the
   named units it adds up, ``change``
   like with like, saying against what, ``previous``, ``others``: units counting it in another
   measure word, 另有1个单位以“项”计226项) or None; use ``totals.get("opinions")``
``counts.articles`` counts the rows' articles (news items left out are not counted).
``units``: per unit ``{name, unnamed (a unit the text does not name), files (the review copy only: the files of
   its articles), locality, framework, summary: [quote], measures: [{title, level, stage}],
   key_figures: [figure dict], figures: [figure dict], stages_covered, stages_total,
   distinctive: [{measure, stage, terms}]}``
``highlights``: the most distinctive measures, one per unit first ``{unit, measure, terms}``
A *quote* is a sentence from a report ``{text, unit, note}`` (``note`` set in the review copy only;
print it with ``m.quote(q)``); ``units[].summary`` holds one to three (lead, main measures, key figures).
``experiences``: 典型经验, whole sentences saying what a unit did, one per unit (quotes)
``problems``, ``next_steps``: per unit the sentence where its report states them (quotes)
``items``: per article ``{unit, title, date, campaign, sentences: [{sentence, figures: [figure dict]}]}``
``stages``: ``{id, label}``; ``coverage``: per unit ``{unit, counts: [n per stage]}``
``gaps``: per unit ``{unit, indicators: [label], none}``: shown core indicators it did not
   report (``none``: it reported none of them)
``flags``: ``{severity, code, unit, message, file}``, the comparison's quality flags (missing
   core indicators are in ``gaps`` instead; ``file``, the report a flag is about, only in the review copy)
``figures``: every figure dict (with ``unit``, ``object``, ``sentence``, ``file``)
``inputs``: every input file ``{file, status, reason (Chinese), detail (ingest's English sentence), articles}``
``not_reported``: the cell text for an empty cell (``未报送``)
"""
from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from . import prose, unit_labels
from .dates import format_date
from .numbers import format_change, format_quantity, period_words
from .prose import Item, ProseRules, Quote

NOT_REPORTED = "未报送"
HIGHLIGHTS = 3
EXPERIENCES = 4  # 典型经验 quoted, one unit each
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
    """Return the file name of an input path (the notes name files, not folders).

    Asked once per figure and copy (tens of thousands of times in a large
    build), so it works on the string: ``os.path`` is a tenth of ``PurePath``'s cost.
    """
    return os.path.basename(os.path.normpath(path)) if path else ""


def source_note(sentence: str | None, document: str | None) -> str:
    """Return a figure's provenance: its sentence and its file."""
    sentence = (sentence or "").strip()
    return f"{sentence}（来源：{file_name(document)}）" if document else sentence


def _figure(row: dict[str, Any], notes: _Notes, labels: dict[str, str], review: bool) -> dict[str, Any]:
    """Return a figure or cell row with ``shown``, ``note``, ``file`` and its indicator's ``label`` added.

    The note names the file only in the review copy: a copy for distribution
    carries no input file names.
    """
    unit_word = row.get("unit_word") or row.get("count_unit") or ""
    shown = format_quantity(row["value"], unit_word, row.get("qualifier"), row.get("value_max"))
    note = source_note(row.get("sentence"), row.get("document") if review else None)
    return {**row, "shown": shown, "note": notes.add(note),
            "file": file_name(row.get("document")), "label": labels.get(row.get("indicator") or "", "")}


def _shown_indicators(records: dict[str, Any], settings: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the indicators the audience shows: settings ``indicators`` (ids) or every one."""
    wanted = settings.get("indicators") or []
    by_id = {i["id"]: i for i in records["indicators"]}
    if not wanted:
        return list(records["indicators"])
    return [by_id[i] for i in wanted if i in by_id]


def _totals(records: dict[str, Any], cells: dict[tuple[str, str], dict], notes: _Notes,
            review: bool) -> dict[str, Any]:
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
        counted = [c for (u, i), c in cells.items() if i == ind and c.get("count_unit") == row.get("count_unit")]
        parts = [f"{c['unit']}{c['shown']}" + (f"（{c['file']}）" if review else "") for c in counted]
        note = "合计：" + "；".join(parts)
        qualifier = row.get("qualifier")
        change = changes.get((ind, row.get("count_unit")))
        delta = change.get("delta") if change else None
        shown_change = None
        if delta is not None:
            shown_change = f"{format_change(delta, row.get('count_unit') or '')}（{change.get('basis')}同口径比较）"
        # the measure word the reports use when they all use one (126件, not the family's 126个)
        words = {c.get("unit_word") or c.get("count_unit") for c in counted}
        word = words.pop() if len(words) == 1 else row.get("count_unit") or ""
        out[ind] = {"value": row["total"], "units": row.get("units"), "count_unit": row.get("count_unit"),
                    "shown": format_quantity(row["total"], word or "", qualifier),
                    "note": notes.add(note), "previous": change.get("previous") if change else None,
                    "change": shown_change, "others": row.get("others"),
                    "names": [c["unit"] for c in counted if not unnamed(c["unit"], records)]}
    return out


UNIDENTIFIED = unit_labels.UNIDENTIFIED   # the comparison's label of a row whose unit the text does not name
NAMELESS = "nameless_units"   # the records' key of the clean copy's labels for units the reports do not name


def unnamed(unit: str, records: dict[str, Any] | None = None) -> bool:
    """Return whether ``unit`` is a label for a unit the text does not name: the comparison's flag, or
    the clean copy's label for it or for a masked name (``records``' ``nameless_units``)."""
    return bool(UNIDENTIFIED.match(unit)) or unit in ((records or {}).get(NAMELESS) or ())


def unit_labels_without_files(records: dict[str, Any], naming: unit_labels.NamingRules) -> dict[str, Any]:
    """Return ``records`` as a copy for distribution names its units: a row the text names no unit for,
    or whose name is a mask (**镇), is 某乡, 某单位, A镇 … (``unit_labels``), and the report's masks in the
    sentences quoted are 某.

    A copy for distribution names no input file and shows no editor's flag; the review copy keeps them so
    the editor can find the report and name its unit.
    """
    paragraphs_of: dict[str, list[str]] = defaultdict(list)
    for article in records.get("articles", []):
        paragraphs_of[article["unit"]] += list(article.get("paragraphs") or ())
    renamed = unit_labels.clean_labels(list(records["units"]), paragraphs_of, naming)
    masks = any(unit_labels.masked(p, naming) for ps in paragraphs_of.values() for p in ps)
    if not renamed and not masks:
        return records

    def rows(value: Any) -> Any:   # a new list or dict wherever one holds a label; any other value as it is
        if isinstance(value, list):
            return [rows(v) if isinstance(v, (list, dict)) else v for v in value]
        return {k: (renamed.get(v, v) if k in ("unit", "name") and isinstance(v, str)
                    else rows(v) if isinstance(v, (list, dict)) else v)
                for k, v in value.items()}

    clean = unit_labels.unmask_records(records, naming) if masks else records
    return {**{k: rows(v) if isinstance(v, (list, dict)) else v for k, v in clean.items()},
            "units": [renamed.get(u, u) for u in records["units"]], NAMELESS: sorted(renamed.values())}


def _units(records: dict[str, Any], figures: list[dict], cells: dict[tuple[str, str], dict],
           shown: list[dict], rules: ProseRules, review: bool = False) -> list[dict[str, Any]]:
    """Return one dict per unit: its measures, key figures, coverage and distinctive measures."""
    measures: dict[str, list[dict]] = defaultdict(list)
    for article in records.get("articles", []):
        # a heading the report ends on, with nothing under it, is where the file was cut: no measure to list;
        # nor is a page's furniture, a paragraph the file numbered (``prose.listed_measure``) or another
        # article's heading below the page's 相关新闻 (``prose.report_part``)
        paragraphs, own = prose.report_part(article.get("paragraphs") or (),
                                            [(m["title"], m["level"]) for m in article.get("measures") or ()], rules)
        measures[article["unit"]].extend(m for m in article.get("measures") or ()
                                         if (m["title"], m["level"]) in own and not prose.cut_at(m["title"], paragraphs)
                                         and prose.listed_measure(m["title"], rules))
    coverage = {c["unit"]: c for c in records.get("coverage", [])}
    distinctive: dict[str, list[dict]] = defaultdict(list)
    for d in records.get("distinctive", []):
        distinctive[d["unit"]].append(d)
    files_of: dict[str, list[str]] = defaultdict(list)
    for article in records.get("articles", []):
        if file_name(article["document"]) not in files_of[article["unit"]]:
            files_of[article["unit"]].append(file_name(article["document"]))
    figures_of: dict[Any, list[dict]] = defaultdict(list)
    for f in figures:
        figures_of[f.get("unit")].append(f)
    out = []
    for name in records["units"]:
        cov = coverage.get(name, {})
        out.append({
            "name": name, "locality": cov.get("locality"), "framework": cov.get("framework"),
            # a unit the text does not name, or names by a mask (**镇) only
            "unnamed": unnamed(name, records) or bool(rules.naming and unit_labels.masked(name, rules.naming)),
            # the files a unit's text came from: the review copy's editor finds an unnamed unit's report by them
            "files": files_of.get(name, []) if review else [],
            "measures": measures.get(name, []),
            "key_figures": [cells[(name, i["id"])] for i in shown if (name, i["id"]) in cells],
            "figures": list(figures_of.get(name, [])),
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


def comparison_table(rows: list[dict[str, Any]], shown: list[dict]) -> dict[str, Any]:
    """Return what a comparison table prints of ``rows``: the indicators some unit reported and the rows
    holding one of them, with the units and indicators left out named so the text can say so.

    A row or column with no filled cell prints only 未报送: it tells the reader nothing the sentence
    under the table does not, and a table of nothing else is not printed at all.
    """
    filled = [k for k in range(len(shown)) if any(r["cells"][k] for r in rows)]
    return {"indicators": [shown[k] for k in filled],
            "rows": [{"unit": r["unit"], "cells": [r["cells"][k] for k in filled]}
                     for r in rows if any(r["cells"][k] for k in filled)],
            "without": [r["unit"] for r in rows if not any(r["cells"])],
            "unreported": [shown[k]["label"] for k in range(len(shown)) if k not in filled]}


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


# -- prose material ------------------------------------------------------------------
# The sentences prose.py quotes are the row articles' own paragraphs, as the comparison
# carries them (``records["articles"]``) under its merged unit names.

def superseded_sentences(records: dict[str, Any]) -> set[str]:
    """Return the report sentences whose numbers an editor's correction overrode: prose
    never quotes them, or a briefing would print the old number beside the corrected one."""
    return {c["superseded"] for c in records["cells"] if c.get("superseded")}


def _without(paragraph: str, sentences: set[str]) -> str:
    for sentence in sentences:
        paragraph = paragraph.replace(sentence, "")
    return paragraph


def prose_material(records: dict[str, Any], rules: ProseRules) -> dict[str, list[Item]]:
    """Return per unit (the comparison's order) its articles as prose material: a measure that is no
    heading (``prose.listed_measure``: a numbered paragraph, page furniture) is read as the prose it is."""
    material: dict[str, list[Item]] = {u: [] for u in records["units"]}
    superseded = superseded_sentences(records)
    for article in records.get("articles", []):
        if article["unit"] not in material:
            continue
        paragraphs, measures = prose.report_part(
            (_without(p, superseded) for p in article.get("paragraphs") or ()),
            ((m["title"], m["level"]) for m in article.get("measures") or ()), rules)
        material[article["unit"]].append(Item(
            unit=article["unit"], title=article.get("title") or "", date=article.get("date"),
            document=article["document"], paragraphs=paragraphs,
            measures=tuple(m for m in measures if prose.listed_measure(m[0], rules)),
            index=int(article.get("article") or 0)))
    return material


def _quotes(quotes: list[Quote], notes: _Notes, review: bool) -> list[dict[str, Any]]:
    """Return quotes as template values: ``text``, ``unit``; in the review copy a ``note`` naming the file."""
    return [{"text": q.text, "shown": prose.without_copy_spaces(q.text), "unit": q.unit, "kind": q.kind,
             "note": notes.add(f"原文出处：{file_name(q.document)}") if review else None} for q in quotes]


@dataclass(frozen=True)
class ProseChoice:
    """The prose a copy quotes, chosen once from its records: per unit its summary, the 典型经验,
    problems and next steps, and each article with the campaign it reports on."""

    summaries: dict[str, list[Quote]]
    experiences: list[Quote]
    problems: list[Quote]
    next_steps: list[Quote]
    articles: list[tuple[str, Item, str]]   # (unit, article, its campaign or "") in the comparison's order


def choose_prose(records: dict[str, Any], rules: ProseRules, memo: prose.ProseMemo | None = None) -> ProseChoice:
    """Return the prose of ``records``: the sentences chosen are the units' own (``prose``).

    A unit's summary states its key figures from its cells; a cell an editor
    corrected, or whose sentence a correction overrode, is never quoted.
    ``memo`` (``prose.ProseMemo``) is the build's, shared by its copies.
    """
    memo = memo if memo is not None else prose.ProseMemo(rules)
    material = prose_material(records, rules)
    distinctive: dict[str, list[dict]] = defaultdict(list)
    for d in records.get("distinctive", []):
        distinctive[d["unit"]].append(d)
    superseded = superseded_sentences(records)
    cells_of: dict[str, list[dict]] = defaultdict(list)
    for c in {(c["unit"], c["indicator"]): c for c in records["cells"]}.values():
        if not c.get("superseded") and c.get("sentence") not in superseded:
            cells_of[c["unit"]].append(c)
    summaries: dict[str, list[Quote]] = {}
    used: dict[str, list[str]] = defaultdict(list)   # per unit, the sentences the document quotes already
    for unit, items in material.items():
        summaries[unit] = prose.unit_paragraph(items, cells_of.get(unit, []), rules, named=not unnamed(unit, records),
                                               memo=memo)
        used[unit] += [q.text for q in summaries[unit]]
    # each sentence once in a document: what the units' paragraphs quote, no later section quotes again
    nameless = [u for u in material if unnamed(u, records)]
    problems = prose.stated(material, rules, rules.problem_cues, rules.problem_unless, memo=memo, quoted=used,
                            unnamed=nameless)
    for q in problems:
        used[q.unit].append(q.text)
    next_steps = prose.stated(material, rules, rules.next_step_cues, rules.next_step_unless, memo=memo, quoted=used,
                              unnamed=nameless)
    for q in next_steps:
        used[q.unit].append(q.text)
    return ProseChoice(
        summaries=summaries,
        # an example held up to others names who set it: a unit the text does not name gives none
        experiences=prose.experiences({u: items for u, items in material.items() if not unnamed(u, records)},
                                      distinctive, rules, EXPERIENCES, used, memo=memo),
        problems=problems,
        next_steps=next_steps,
        # a title that is the page's channel bar, its breadcrumb or a bare number (a view count) is no title:
        # the research edition says the article has none
        articles=[(unit, replace(item, title="") if prose.page_furniture(item.title, rules)
                   or not prose.HAN.search(item.title) else item,
                   memo.campaign(item) or "") for unit, items in material.items() for item in items])


def _prose(chosen: ProseChoice, notes: _Notes, review: bool) -> dict[str, Any]:
    """Return the prose values: per unit ``summary``; ``experiences``, ``problems``, ``next_steps``."""
    return {
        "summaries": {u: _quotes(q, notes, review) for u, q in chosen.summaries.items()},
        "experiences": _quotes(chosen.experiences, notes, review),
        "problems": _quotes(chosen.problems, notes, review),
        "next_steps": _quotes(chosen.next_steps, notes, review),
    }


def _items(articles: list[tuple[str, Item, str]], figures: list[dict], rules: ProseRules) -> list[dict[str, Any]]:
    """Return every article with its date, campaign and its figures grouped by sentence (each sentence once);
    a sentence of the page's furniture (某某报告推荐7篇, 小编为大家整理…) is no report's and is left out."""
    by_article: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for f in figures:
        if prose.page_furniture(f.get("sentence") or "", rules):
            continue
        by_article[(f.get("document") or "", int(f.get("article") or 0))].append(f)
    out = []
    for unit, item, campaign in articles:
        sentences: dict[str, list[dict]] = {}
        for f in by_article.get((item.document, item.index), []):
            sentences.setdefault(f.get("sentence") or "", []).append(f)
        out.append({"unit": unit, "title": item.title, "date": period_words(item.date) if item.date else "",
                    "campaign": campaign,
                    "sentences": [{"sentence": s, "figures": fs} for s, fs in sentences.items()]})
    return out


@dataclass
class CopyBasis:
    """What every context of one copy kind (clean or review) derives alike: its records and its prose."""

    records: dict[str, Any]
    prose: ProseChoice


class ContextBasis:
    """One build's comparison records, and what each audience's context derives from them alike.

    Audiences and their copies differ in their settings and in what they cite
    (the review copy names files), not in their data: the records as a copy
    names its units (a clean copy names no input file) and the prose chosen
    from them are worked out once per copy kind, on first use, and every
    ``context`` of the build reads them. Make one per build and pass it down.
    """

    def __init__(self, records: dict[str, Any], rules: ProseRules) -> None:
        self.records = records
        self.rules = rules
        self.memo = prose.ProseMemo(rules)   # what the copies' prose choices work out alike
        self._copies: dict[bool, CopyBasis] = {}

    def copy_basis(self, review: bool) -> CopyBasis:
        """Return the records and prose of the review copy (``review``) or of a clean copy."""
        if review not in self._copies:
            records = self.records if review else unit_labels_without_files(self.records, self.rules.naming)
            other = self._copies.get(not review)
            same = other is not None and other.records is records  # no unit named by a file: one set of prose
            self._copies[review] = other if same else CopyBasis(records, choose_prose(records, self.rules, self.memo))
        return self._copies[review]

    def context(self, settings: dict[str, Any], today: dt.date | None = None, review: bool = False) -> RenderContext:
        """Return the template values of one audience's copy (see ``build_context``)."""
        return _context(self.copy_basis(review), settings, today, review, self.rules)


def build_context(records: dict[str, Any], settings: dict[str, Any], today: dt.date | None = None,
                  review: bool = False) -> RenderContext:
    """Return the template values for one audience from ``Comparison.to_records()``, and nothing else.

    ``review`` builds the values of the review copy (审阅): notes name their files,
    and templates show the data-quality notes and the input list only when it is set.
    A build renders several copies from one comparison: it makes one ``ContextBasis``
    and asks it for each copy's context instead.
    """
    return ContextBasis(records, ProseRules.load()).context(settings, today, review)


def _context(basis: CopyBasis, settings: dict[str, Any], today: dt.date | None, review: bool,
             rules: ProseRules) -> RenderContext:
    """Return the template values of one copy from its records and prose (``build_context``)."""
    notes = _Notes()
    records = basis.records
    labels = {i["id"]: i["label"] for i in records["indicators"]}
    figures = [_figure(f, notes, labels, review) for f in records["figures"]]
    cells = {(c["unit"], c["indicator"]): _figure(c, notes, labels, review) for c in records["cells"]}
    shown = _shown_indicators(records, settings)
    units = _units(records, figures, cells, shown, rules, review)
    inputs = _inputs(records)
    prose_values = _prose(basis.prose, notes, review)
    for u in units:
        u["summary"] = prose_values["summaries"].get(u["name"], [])
    stage_ids = [s["id"] for s in records["stages"]]
    rows = [{"unit": u, "cells": [cells.get((u, i["id"])) for i in shown]} for u in records["units"]]
    coverage = {c["unit"]: c for c in records.get("coverage", [])}
    issue_no = records.get("issue_no")
    values = {
        "review": review, "period": records.get("period"), "period_text": period_words(records.get("period")),
        "issue_no": issue_no,
        "issue": f"第{issue_no}期" if issue_no else "", "previous_period": records.get("previous_period"),
        "series": records.get("series"), "date": format_date(today or dt.date.today(), settings.get("date_style")),
        "counts": {"units": len(records["units"]), "files": len(inputs),
                   "files_ok": sum(i["status"] == "ok" for i in inputs),
                   "articles": len(records.get("articles", [])),
                   "measures": sum(len(u["measures"]) for u in units), "figures": len(figures)},
        "indicators": shown,
        "rows": rows,
        "table": comparison_table(rows, shown),
        "totals": _totals(records, cells, notes, review),
        "units": units, "highlights": _highlights(units),
        "stages": records["stages"],
        "coverage": [{"unit": u, "counts": [coverage.get(u, {}).get(s) or 0 for s in stage_ids]}
                     for u in records["units"]],
        "gaps": _gaps(records["units"], shown, cells),
        "flags": [{**{k: f.get(k) for k in ("severity", "code", "unit", "message")},
                   "file": file_name(f["document"]) if review and f.get("document") else ""}   # which report
                  for f in records.get("flags", []) if f.get("code") not in GAP_FLAGS],
        "figures": figures, "inputs": inputs, "not_reported": NOT_REPORTED,
        "experiences": prose_values["experiences"], "problems": prose_values["problems"],
        "next_steps": prose_values["next_steps"], "items": _items(basis.prose.articles, figures, rules),
    }
    return RenderContext(values, notes.items)
