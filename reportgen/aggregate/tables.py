"""The comparison's tables, each a pure function of the figures and articles.

Every function takes plain rows or DataFrames and returns a DataFrame with
the columns documented on ``model.Comparison``.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import headline
from .model import Indicator
from .rules import AggregateRules, RatioRule

if TYPE_CHECKING:
    import pandas as pd

FIGURE_COLUMNS = ["document", "sha256", "article", "title", "unit", "unit_as_written", "locality", "date",
                  "indicator", "object", "text", "value", "value_max", "unit_word", "count_unit", "qualifier",
                  "is_total", "table_part", "sentence", "not_cell"]
CELL_COLUMNS = ["unit", "indicator", "value", "value_max", "unit_word", "count_unit", "qualifier", "is_total",
                "display", "text", "sentence", "document", "candidates", "superseded"]
# ``superseded``: on a cell an editor corrected, the report's sentence whose number the correction
# overrides; documents must not quote it beside the corrected number.


def frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    """Return a DataFrame of ``rows`` with exactly ``columns`` (also when empty)."""
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def cells_table(figures: pd.DataFrame, indicators: dict[str, Indicator],
                rules: AggregateRules) -> tuple[pd.DataFrame, list[dict]]:
    """Return one cell per (unit, indicator) the rules can fill (``headline.choose``), and the unsure ones.

    Only figures without a ``not_cell`` reason compete. The second value
    lists ``{unit, indicator, values}`` for cells left empty because their
    candidates disagree (which is the whole is unclear).
    """
    rows, unsure = [], []
    mapped = figures[figures["indicator"].notna() & figures["not_cell"].isna()]
    for (unit, ind), group in group_records(mapped, ("unit", "indicator")).items():
        indicator = indicators.get(ind) or Indicator(id=ind, label=ind)
        best = headline.choose(group, indicator, rules.cells)
        if best is None:
            unsure.append({"unit": unit, "indicator": ind, "values": list(dict.fromkeys(c["text"] for c in group))})
            continue
        value_max = best["value_max"] if best["value_max"] == best["value_max"] else None
        qualifier = headline.text_or_none(best["qualifier"])
        rows.append({
            "unit": unit, "indicator": ind, "value": best["value"], "value_max": value_max,
            "unit_word": best["unit_word"], "count_unit": best["count_unit"], "qualifier": qualifier,
            "is_total": best["is_total"],
            "display": headline.display(best["value"], value_max, qualifier, best["unit_word"], rules.display),
            "text": best["text"], "sentence": best["sentence"], "document": best["document"],
            "candidates": len(group),
        })
    return frame(rows, CELL_COLUMNS), unsure


def group_records(table: pd.DataFrame, keys: tuple[str, ...]) -> dict[tuple, list[dict[str, Any]]]:
    """Return ``table``'s rows as dicts grouped by the values of ``keys``, groups and rows in table order.

    The groups of ``table.groupby(list(keys), sort=False)`` without a DataFrame
    per group: converting the whole table once keeps grouping linear in its
    rows (a rows-to-dicts conversion per group costs as much as the table's).
    A row with a missing key is in no group, as in pandas.
    """
    groups: dict[tuple, list[dict[str, Any]]] = {}
    for row in table.to_dict(orient="records"):
        key = tuple(row[k] for k in keys)
        if any(v is None or v != v for v in key):
            continue
        groups.setdefault(key, []).append(row)
    return groups


ROW_COLUMNS = ["unit", "identified", "documents", "titles", "articles"]


def rows_table(items: list[Any], names: dict[str, str], units: list[str]) -> pd.DataFrame:
    """Return one row per reporting unit: whether the text names it, its input files and article titles."""
    rows = {u: {"unit": u, "identified": True, "documents": [], "titles": [], "articles": 0} for u in units}
    for item in items:
        row = rows[names[item.unit_as_written]]
        row["identified"] = row["identified"] and item.identified
        if item.document not in row["documents"]:
            row["documents"].append(item.document)
        row["titles"].append(item.article.title or "")
        row["articles"] += 1
    return frame(list(rows.values()), ROW_COLUMNS)


def matrix_table(cells: pd.DataFrame, units: list[str], indicator_ids: list[str]) -> pd.DataFrame:
    """Return units × indicators of headline values; NaN where a unit did not report."""
    import pandas as pd

    rows = {u: r for r, u in enumerate(units)}
    columns = {i: c for c, i in enumerate(indicator_ids)}
    placed = list(zip(cells["unit"], cells["indicator"], cells["value"]))
    if len(rows) < len(units) or len(columns) < len(indicator_ids) or \
            any(u not in rows or i not in columns for u, i, _ in placed):
        return _matrix_by_label(cells, units, indicator_ids)
    values = [[float("nan")] * len(indicator_ids) for _ in units]
    for unit, indicator, value in placed:
        values[rows[unit]][columns[indicator]] = value
    return pd.DataFrame(values, index=pd.Index(units, name="unit"), columns=indicator_ids, dtype=float)


def _matrix_by_label(cells: pd.DataFrame, units: list[str], indicator_ids: list[str]) -> pd.DataFrame:
    """Return the matrix set cell by cell by label: a cell outside ``units`` × ``indicator_ids`` adds its
    row or column, and a repeated label sets every row or column it names."""
    import pandas as pd

    matrix = pd.DataFrame(float("nan"), index=pd.Index(units, name="unit"), columns=indicator_ids, dtype=float)
    for row in cells.itertuples(index=False):
        matrix.loc[row.unit, row.indicator] = row.value
    return matrix


def dominant_units(cells: pd.DataFrame, indicators: dict[str, Indicator]) -> dict[str, str]:
    """Return indicator → the count unit its cells are compared in (preferred, else most used)."""
    out = {}
    for ind, group in cells.groupby("indicator", sort=False):
        used = group["count_unit"].value_counts()
        preferred = [u for u in (indicators[ind].units if ind in indicators else ()) if u in used.index]
        out[ind] = preferred[0] if preferred else used.index[0]
    return out


def totals_table(cells: pd.DataFrame) -> pd.DataFrame:
    """Return per indicator and count unit the sum over units; 场 and 场次 are separate rows."""
    rows = []
    for (ind, unit_word), group in cells.groupby(["indicator", "count_unit"], sort=False):
        summable = unit_word != "%"
        rows.append({
            "indicator": ind, "count_unit": unit_word,
            "total": float(group["value"].sum()) if summable else float("nan"),
            "units": len(group), "approximate": bool(group["qualifier"].notna().any()),
            "qualifier": headline.sum_qualifier(group["qualifier"].dropna().tolist()),
        })
    return frame(rows, ["indicator", "count_unit", "total", "units", "approximate", "qualifier"])


HEADLINE_TOTAL_COLUMNS = ["indicator", "count_unit", "total", "units", "qualifier", "display", "others"]


def headline_totals_table(cells: pd.DataFrame, dominant: dict[str, str], shapes: Mapping[str, str]) -> pd.DataFrame:
    """Return per indicator the total a summary states: over the units counting it in its main count unit.

    Units counting it in another measure word are not added in and not
    dropped either: ``others`` names them (另有1个单位以“项”计226项), so a
    summary and the table beside it never disagree. Shares are not summed.
    """
    rows = []
    for ind, group in cells.groupby("indicator", sort=False):
        main = dominant[ind]
        same = group[group["count_unit"] == main]
        summable = main != "%"
        total = float(same["value"].sum()) if summable else float("nan")
        qualifier = headline.sum_qualifier(same["qualifier"].dropna().tolist())
        others = []
        for unit_word, other in group[group["count_unit"] != main].groupby("count_unit", sort=False):
            amount = headline.format_number(float(other["value"].sum())) if unit_word != "%" else ""
            others.append(f"另有{len(other)}个单位以“{unit_word}”计" + (f"{amount}{unit_word}" if amount else ""))
        rows.append({"indicator": ind, "count_unit": main, "total": total, "units": len(same), "qualifier": qualifier,
                     "display": headline.display(total, None, qualifier, main, shapes) if summable else None,
                     "others": "，".join(others) or None})
    return frame(rows, HEADLINE_TOTAL_COLUMNS)


ARTICLE_COLUMNS = ["unit", "unit_as_written", "document", "article", "title", "date", "locality", "framework", "paragraphs", "measures"]


def articles_table(items: list[Any], names: dict[str, str]) -> pd.DataFrame:
    """Return every article that is a row's, under its row's unit, with the text the documents quote."""
    rows = [{"unit": names[i.unit_as_written], "unit_as_written": i.article.unit, "document": i.document,
             "article": i.index,
             "title": i.article.title, "date": i.article.date, "locality": i.article.locality,
             "framework": i.article.framework, "paragraphs": list(i.article.paragraphs),
             "measures": [{"title": m.title, "level": m.level, "stage": m.stage} for m in i.article.measures]}
            for i in items]
    return frame(rows, ARTICLE_COLUMNS)


INPUT_COLUMNS = ["document", "status", "error", "reason", "articles"]


def inputs_table(extractions: list[Any]) -> pd.DataFrame:
    """Return every input file with its status, why it was skipped or failed or what was repaired to read it
    (in Chinese: ``reason``) and its articles."""
    from ..reasons import reason_zh, warning_text

    rows = [{"document": e.source.path, "status": e.source.status, "error": e.source.error,
             "reason": reason_zh(e.source) or warning_text(e.source, "zh"), "articles": len(e.articles)}
            for e in extractions]
    return frame(rows, INPUT_COLUMNS)


def rankings_table(cells: pd.DataFrame, dominant: dict[str, str]) -> pd.DataFrame:
    """Return per indicator the units ranked by headline value (1 = largest), in one count unit."""
    rows = []
    for ind, group in cells.groupby("indicator", sort=False):
        same = group[group["count_unit"] == dominant[ind]].copy()
        same["rank"] = same["value"].rank(ascending=False, method="min").astype(int)
        for r in same.sort_values(["rank", "unit"]).itertuples(index=False):
            rows.append({"indicator": ind, "rank": r.rank, "unit": r.unit, "value": r.value,
                         "display": r.display, "count_unit": r.count_unit})
    return frame(rows, ["indicator", "rank", "unit", "value", "display", "count_unit"])


def ratios_table(cells: pd.DataFrame, indicators: dict[str, Indicator], ratios: tuple[RatioRule, ...]) -> pd.DataFrame:
    """Return count indicators per ``per`` of a denominator indicator (每百名党员…), where both exist."""
    rows = []
    by_cell = {(r.unit, r.indicator): r for r in cells.itertuples(index=False)}
    for spec in ratios:
        den_id, per = spec.denominator, spec.per
        for (unit, ind), r in by_cell.items():
            den = by_cell.get((unit, den_id))
            if den is None or ind == den_id or not den.value:
                continue
            if spec.numerators and ind not in spec.numerators:
                continue
            family = indicators[ind].family if ind in indicators else ""
            if r.count_unit in ("%", "元") or family in spec.exclude_families:
                continue
            rows.append({"unit": unit, "indicator": ind, "label": spec.label, "value": r.value,
                         "denominator": den_id, "denominator_value": den.value, "per": per,
                         "ratio": round(r.value / den.value * per, 2)})
    return frame(rows, ["unit", "indicator", "label", "value", "denominator", "denominator_value", "per", "ratio"])


def coverage_table(articles: list[dict[str, Any]], units: list[str], stages: list[tuple[str, str]]) -> pd.DataFrame:
    """Return per unit its documents, articles, measures, figures, dates, framework and stage counts.

    ``articles`` rows: unit, locality, document, framework, date, measures
    (list of stage ids or None, one per measure), figures (count).
    """
    rows = []
    stage_ids = [s for s, _ in stages]
    for unit in units:
        mine = [a for a in articles if a["unit"] == unit]
        stage_list = [s for a in mine for s in a["measures"]]
        dates = sorted(a["date"] for a in mine if a["date"])
        frameworks = list(dict.fromkeys(a["framework"] for a in mine if a["framework"]))
        localities = list(dict.fromkeys(a["locality"] for a in mine if a["locality"]))
        row = {
            "unit": unit, "locality": localities[0] if localities else None,
            "framework": "、".join(frameworks) or None,
            "documents": len({a["document"] for a in mine}), "articles": len(mine),
            "measures": len(stage_list), "figures": sum(a["figures"] for a in mine),
            "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None,
            "stages_covered": sum(1 for s in stage_ids if s in stage_list), "stages_total": len(stage_ids),
        }
        row.update({s: stage_list.count(s) for s in stage_ids})
        rows.append(row)
    columns = ["unit", "locality", "framework", "documents", "articles", "measures", "figures", "first_date",
               "last_date", "stages_covered", "stages_total", *stage_ids]
    return frame(rows, columns)
