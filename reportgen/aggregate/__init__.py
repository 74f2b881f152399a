"""Stage 4, aggregate: the comparison model, its history and its exports.

``compare(extractions, taxonomy, rules=rules)`` turns a batch of extracted reports into a
``Comparison`` (pandas tables: figures, headline cells, the units ×
indicators matrix, totals, rankings, ratios, coverage, distinctive measures,
quality flags, unit-name merges, the rows and the articles excluded
from them). ``history.record_build`` stores a build in
the SQLite history and fills the period, 期号 and changes against the
previous period; ``exports.export_comparison`` writes csv, xlsx or json.

pandas is imported inside the functions, never at module import.
"""
from __future__ import annotations

from typing import Any

from ..records import Extraction
from .model import NOT_REPORTED, Comparison, Indicator
from .rules import AggregateRules, load_rules

__all__ = ["NOT_REPORTED", "AggregateRules", "Comparison", "Indicator", "compare", "export_comparison",
           "load_rules", "record_build"]


def compare(extractions: list[Extraction], taxonomy: Any = None, corrections: Any = None,
            rules: AggregateRules | None = None) -> Comparison:
    """Return the comparison of a batch of extracted reports (each report counted once).

    ``taxonomy`` and ``rules`` (``load_rules()``) are the run's knowledge, loaded
    once by the caller; a caller that passes none gets the shipped ones, loaded
    for this call.

    ``corrections`` (``corrections.Corrections``): the editor's word on
    units, inclusion and cells, applied over the rules. A new correction
    (one with ``where``) that matches nothing in this batch is a UsageError
    naming its row; stored ones that do not apply this time are passed over.
    """
    from ..records import WHOLE
    from ..taxonomy import load_taxonomy
    from . import distinctive, quality, tables
    from .batch import EXCLUDED_COLUMNS, select, tell_apart
    from .cellrules import also_counts, count_unit_for, paragraph_lead, why_not, year_in_amount
    from .headline import is_total
    from .taxonomy_view import indicators_of, name_rules_of, stages_of
    from .relevance import article_text
    from .units import UnitNames, Written, merge_units

    taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
    rules = rules if rules is not None else load_rules()
    from .corrections import Corrections, apply_cells

    corrections = corrections or Corrections()
    applied: list = []
    items, excluded, flags = select(extractions, rules, corrections, applied)
    unit_names = UnitNames(name_rules_of(taxonomy), rules.units)
    flags += tell_apart(items, unit_names, rules.units)
    written = [Written(i.unit_as_written, i.document, f"{i.article.title or ''}\n{article_text(i.article)}")
               for i in items if i.identified]
    names, merges = merge_units(written, name_rules_of(taxonomy), rules.units)
    names.update({i.unit_as_written: i.unit_as_written for i in items if not i.identified})
    units = list(dict.fromkeys(names[i.unit_as_written] for i in items))

    figure_rows, article_rows, measure_rows = [], [], []
    for item in items:
        a, unit = item.article, names[item.unit_as_written]
        written = "\n".join([a.title or "", a.date or "", *a.paragraphs])
        for f in a.figures:
            if f.value is None:  # nothing to compare; the extraction export still shows it
                continue
            row = {
                "document": item.document, "sha256": item.sha256, "article": item.index, "title": a.title,
                "unit": unit, "unit_as_written": item.unit_as_written, "locality": a.locality, "date": a.date,
                "indicator": f.indicator, "object": f.object, "text": f.text, "value": float(f.value),
                "value_max": float(f.value_max) if f.value_max is not None else float("nan"),
                "unit_word": f.unit or "", "qualifier": f.qualifier,
                # a table's 合计 row is the whole; a table's other rows are parts
                "is_total": (f.scope == WHOLE if f.scope is not None
                             else is_total(f.text, f.sentence, rules.headline)),
                "table_part": f.scope if f.scope not in (None, WHOLE) else None,
                "in_table": f.scope is not None,  # its column's header names what it counts
                "sentence": f.sentence,
            }
            lead = paragraph_lead(a.paragraphs, f.sentence, rules.cells) if item.identified else None
            if lead and (unit_names.same(lead, unit) or unit_names.same(lead, item.unit_as_written)):
                lead = None
            # A report whose text names no unit is about what its title names (余庆某镇干群结亲…): a
            # figure is a part or another place's only as against that subject (该镇 is the town itself).
            subject = unit if item.identified else (a.title or "")
            # A rule may also give a figure's own indicator its evidence (a visiting activity's 涉及N户).
            also = also_counts(row, rules.cells, written)
            for n, indicator in enumerate([f.indicator, *(i for i in also if i != f.indicator)]):
                counted = {**row, "indicator": indicator,
                           "count_unit": count_unit_for(indicator, f.unit or "", rules.count_unit(f.unit), rules.cells)}
                counted["not_cell"] = (why_not(counted, subject, rules.cells, unit, by_rule=n > 0 or indicator in also)
                                       or year_in_amount(f.text, written, rules.cells.year_like)
                                       or (f"是{lead}的数，不是本单位（{unit}）的数" if lead else None)) if indicator else None
                figure_rows.append(counted)
        article_rows.append({"unit": unit, "locality": a.locality, "document": item.document,
                             "framework": a.framework, "date": a.date,
                             "measures": [m.stage for m in a.measures], "figures": len(a.figures)})
        measure_rows.extend((unit, m.title, m.stage) for m in a.measures)

    known = indicators_of(taxonomy)
    by_id = {i.id: i for i in known}
    figures = tables.frame(figure_rows, tables.FIGURE_COLUMNS)
    cells, unsure = tables.cells_table(figures, by_id, rules)
    reports: dict[str, dict[str, str]] = {}  # row → its reports' SHA-256 (else path) → path
    for i in items:
        reports.setdefault(names[i.unit_as_written], {})[i.sha256 or i.document] = i.document
    cells = apply_cells(cells, corrections, applied, by_id, reports, rules.display)
    unused = [c for c in corrections.items if c.where and all(c is not a for a in applied)]
    if unused:
        from ..errors import UsageError
        from ..messages import N_

        raise UsageError(N_("{where}: the row's correction matches no article of this period"), where=unused[0].where)
    reported = set(cells["indicator"])
    indicators = [i for i in known if i.id in reported or i.core]
    indicators += [Indicator(id=i, label=i) for i in dict.fromkeys(cells["indicator"]) if i not in by_id]
    by_id.update({i.id: i for i in indicators})
    stages = stages_of(taxonomy)

    dominant = tables.dominant_units(cells, by_id)
    flags += quality.unsure_cells(unsure, by_id)
    flags += quality.core_missing(units, cells, indicators)
    flags += quality.implausible(figures, rules.quality)
    flags += quality.percent_mismatch(figures, cells, taxonomy, rules)
    flags += quality.mixed_units(figures)

    from .history import empty_changes, empty_indicator_changes

    return Comparison(
        figures=figures,
        cells=cells,
        matrix=tables.matrix_table(cells, units, [i.id for i in indicators]),
        totals=tables.totals_table(cells),
        rankings=tables.rankings_table(cells, dominant),
        ratios=tables.ratios_table(cells, by_id, rules.ratios),
        coverage=tables.coverage_table(article_rows, units, stages),
        distinctive=distinctive.distinctive_table(measure_rows),
        flags=tables.frame(sorted(flags, key=lambda f: quality.SEVERITY_ORDER[f["severity"]]), quality.FLAG_COLUMNS),
        merges=tables.frame([vars(m) for m in merges], ["name", "unit", "rule", "detail", "articles"]),
        rows=tables.rows_table(items, names, units),
        headline_totals=tables.headline_totals_table(cells, dominant, rules.display),
        articles=tables.articles_table(items, names),
        inputs=tables.inputs_table(extractions),
        corrections=tables.frame([vars(c) for c in applied], ["kind", "by", "key", "value", "where"]),
        excluded=tables.frame(excluded, EXCLUDED_COLUMNS),
        changes=empty_changes(),
        indicator_changes=empty_indicator_changes(),
        units=units,
        indicators=indicators,
        stages=stages,
    )


def record_build(comparison: Comparison, extractions: list[Extraction], db_path, period: str | None = None,
                 series: str = "weekly") -> Comparison:
    """Store a build in the history and return the comparison with period, 期号 and changes filled.

    See ``history.record_build``.
    """
    from .history import record_build as record

    return record(comparison, extractions, db_path, period, series)


def export_comparison(comparison: Comparison, fmt: str, output) -> list:
    """Write the comparison's tables as csv (a folder), xlsx or json; see ``exports.export_comparison``."""
    from .exports import export_comparison as export

    return export(comparison, fmt, output)
