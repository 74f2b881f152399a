"""The comparison model: what ``compare`` returns and every later stage reads.

All tables are pandas DataFrames with stable English column names (Chinese
headers are added only by the exports). Not-reported values are NaN/None,
never 0: a unit that sent no figure for an indicator is *not reported*
(``未报送``), which is different from reporting zero.

Templates should not touch pandas: ``Comparison.to_records()`` returns the
same content as plain dicts and lists, with NaN turned into None.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .headline import HEADLINE_RULE

if TYPE_CHECKING:  # pandas is imported lazily: ``reportgen --help`` must stay fast
    import pandas as pd

NOT_REPORTED = "未报送"


@dataclass(frozen=True)
class Indicator:
    """One comparison indicator, as the taxonomy defines it.

    ``id`` is the stable key used in every table; ``label`` its Chinese name
    for headers; ``units`` the measure words it is counted in (the first is
    the preferred one; empty means any) and ``family`` the taxonomy's name
    for that set (people, money, percent…); ``core`` marks indicators every
    unit is expected to report (their absence is a quality flag).
    """

    id: str
    label: str
    units: tuple[str, ...] = ()
    core: bool = False
    family: str = ""

    @property
    def unit(self) -> str:
        """Return the preferred measure word ('' when the taxonomy names none)."""
        return self.units[0] if self.units else ""


@dataclass
class Comparison:
    """Units × indicators, with provenance, quality flags and history.

    Tables (pandas DataFrames; ``unit`` is always the merged unit name):

    ``figures``
        one row per figure kept (duplicates of a re-sent report dropped):
        document (input path), sha256, article (0-based index in its document),
        title, unit, unit_as_written, locality, date, indicator (id or None),
        object, text (as written), value, value_max, unit_word (measure word as
        written: 名, 场次, %), count_unit (the measure word counts are combined
        under: 人 and 名 agree, 场 and 场次 do not), qualifier (None | over |
        approx | under), is_total (marked 共/累计/全部… in its sentence), sentence.
    ``cells``
        one row per reported (unit, indicator) cell, the headline figure chosen
        by ``headline.HEADLINE_RULE``: unit, indicator, value, value_max,
        unit_word, count_unit, qualifier, is_total, display (e.g. "3000多名"),
        text, sentence, document, candidates (how many figures competed).
    ``matrix``
        wide: index ``unit`` (every unit, in input order), one column per
        indicator id holding the headline value; NaN where not reported.
    ``totals``
        indicator, count_unit, total, units (how many reported), approximate
        (any headline qualified), qualifier (of the sum: over/under when every
        part leans one way, else approx); one row per count unit, so 场 and 场次 are
        never summed together; percentages are not summed (total NaN).
    ``rankings``
        indicator, rank (1 = largest, ties share a rank), unit, value, display,
        count_unit; only cells in the indicator's dominant count unit.
    ``ratios``
        unit, indicator, label (e.g. 每百名党员), value, denominator (indicator
        id), denominator_value, per, ratio.
    ``coverage``
        one row per unit: unit, locality, framework, documents, articles,
        measures, figures, first_date, last_date, stages_covered, stages_total,
        then one column per stage id (from the taxonomy) with its measure count.
    ``distinctive``
        unit, rank, measure (title), stage, score, terms ("、"-joined phrases
        this unit's measure titles use and no other unit's do).
    ``flags``
        severity (warning | info), code, unit, indicator, document, message
        (a Chinese sentence saying what and why); warnings first. Codes: duplicate_document,
        duplicate_article, not_read, no_unit, core_missing, implausible,
        percent_mismatch, mixed_units.
    ``merges``
        name (as written), unit (merged into), rule (alias | abbreviation),
        detail (which alias or abbreviation), articles (how many used the name).
    ``changes``
        unit, indicator, count_unit, previous, current, delta (NaN when the
        count units differ), status (new | gone | changed | same); empty
        until ``history.record_build`` fills it (or with no previous period).
    ``indicator_changes``
        indicator, count_unit, previous, current, delta, units, basis: per
        indicator the change like with like, summed over the units that
        reported it in both periods in the same count unit (``basis`` says so:
        两期都报送的3个单位).
    ``rows``
        one row per reporting unit (the order of ``units``): unit, identified
        (False: the text does not say which organisation reports; ``unit`` is
        then a placeholder and the row needs the editor's word), documents
        (list of input paths), titles (list), articles (count).
    ``excluded``
        one row per article that is no row: document, article (index),
        title, unit_as_written, reason (a Chinese sentence: not a campaign
        report, a duplicate, …). Never counted among the units.
    ``headline_totals``
        per indicator the total a summary states: indicator, count_unit (its
        main one), total (over the units counting it so), units, qualifier,
        display, others (Chinese, naming units counted in another measure
        word: 另有1个单位以“项”计226项; None when there are none).
    ``articles``
        every article that is a row's: unit (the row), document, article,
        title, date, locality, framework, paragraphs (list), measures (list of
        ``{title, level, stage}``): the text the documents quote.
    ``inputs``
        every input file: document, status (ok | skipped | error), error
        (ingest's sentence), reason (Chinese), articles (count).
    ``corrections``
        the editor's corrections this build applied (``corrections.Correction``):
        kind (unit | include | cell), by, key, value, where (the sheet row; empty
        for those the history store kept).

    Plain fields: ``units`` (merged unit names, input order), ``indicators``
    (``Indicator`` objects, taxonomy order, those reported or core),
    ``stages`` (list of (id, label)), ``period`` (e.g. "2014-W21"),
    ``issue_no`` (期号, from the history store), ``previous_period``,
    ``series`` (the briefing series name).
    """

    figures: pd.DataFrame
    cells: pd.DataFrame
    matrix: pd.DataFrame
    totals: pd.DataFrame
    rankings: pd.DataFrame
    ratios: pd.DataFrame
    coverage: pd.DataFrame
    distinctive: pd.DataFrame
    flags: pd.DataFrame
    merges: pd.DataFrame
    changes: pd.DataFrame
    indicator_changes: pd.DataFrame
    rows: pd.DataFrame
    excluded: pd.DataFrame
    headline_totals: pd.DataFrame
    articles: pd.DataFrame
    inputs: pd.DataFrame
    corrections: pd.DataFrame
    units: list[str] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    stages: list[tuple[str, str]] = field(default_factory=list)
    period: str | None = None
    issue_no: int | None = None
    previous_period: str | None = None
    series: str | None = None

    TABLES = ("figures", "cells", "matrix", "totals", "rankings", "ratios", "coverage",
              "distinctive", "flags", "merges", "changes", "indicator_changes", "rows", "excluded",
              "headline_totals", "articles", "inputs", "corrections")

    def indicator(self, indicator_id: str) -> Indicator:
        """Return the indicator with this id (a plain one if the taxonomy lacks it)."""
        for ind in self.indicators:
            if ind.id == indicator_id:
                return ind
        return Indicator(id=indicator_id, label=indicator_id)

    def cell(self, unit: str, indicator_id: str) -> dict[str, Any] | None:
        """Return the headline cell of ``unit`` × ``indicator_id`` as a dict, or None if not reported."""
        rows = self.cells[(self.cells["unit"] == unit) & (self.cells["indicator"] == indicator_id)]
        return None if rows.empty else _plain_row(rows.iloc[0].to_dict())

    def value(self, unit: str, indicator_id: str) -> float | None:
        """Return the headline value of a cell, or None if the unit did not report it."""
        cell = self.cell(unit, indicator_id)
        return None if cell is None else cell["value"]

    def display_matrix(self) -> pd.DataFrame:
        """Return the matrix as display strings ("3000多名"), ``未报送`` where not reported."""
        import pandas as pd

        shown = pd.DataFrame(NOT_REPORTED, index=self.matrix.index, columns=self.matrix.columns, dtype=object)
        for row in self.cells.itertuples(index=False):
            shown.loc[row.unit, row.indicator] = row.display
        return shown

    def to_records(self) -> dict[str, Any]:
        """Return everything as plain dicts and lists (NaN → None) for templates and JSON.

        Keys: every table name in ``TABLES`` (a list of row dicts; ``matrix``
        rows carry ``unit`` plus one key per indicator id), ``rows`` (per unit:
        ``{"unit", "cells": {indicator_id: cell dict or None}}``), ``units``,
        ``indicators`` (``{"id", "label", "unit", "core", "family"}``), ``stages``
        (``{"id", "label"}``), ``period``, ``issue_no``, ``previous_period``, ``series``, and
        ``headline_rule`` (the cell rule in Chinese, for a methods note).
        """
        out: dict[str, Any] = {}
        for name in self.TABLES:
            frame = getattr(self, name)
            if name == "matrix":
                frame = frame.reset_index()
            out[name] = [_plain_row(r) for r in frame.to_dict(orient="records")]
        by_cell = {(c["unit"], c["indicator"]): c for c in out["cells"]}
        by_row = {r["unit"]: r for r in out["rows"]}
        out["rows"] = [
            {**by_row.get(u, {"unit": u}), "cells": {i.id: by_cell.get((u, i.id)) for i in self.indicators}}
            for u in self.units
        ]
        out["units"] = list(self.units)
        out["indicators"] = [{"id": i.id, "label": i.label, "unit": i.unit, "core": i.core, "family": i.family}
                             for i in self.indicators]
        out["stages"] = [{"id": s, "label": label} for s, label in self.stages]
        out["headline_rule"] = HEADLINE_RULE
        out.update(period=self.period, issue_no=self.issue_no, previous_period=self.previous_period, series=self.series)
        return out


def _plain(value: Any) -> Any:
    """Return a JSON-friendly scalar: NaN → None, numpy numbers → int/float, whole floats → int."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        value = value.item()
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    return value


def _plain_row(row: dict[str, Any]) -> dict[str, Any]:
    return {str(k): _plain(v) for k, v in row.items()}
