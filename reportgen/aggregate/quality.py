"""Data-quality flags: what a reader should check before trusting a number.

Each check returns flag dicts (severity, code, unit, indicator, document,
message); the message is a Chinese sentence that says what is wrong and why
it matters. Checks never change the data: they only point at it.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .model import Indicator
from .headline import text_or_none
from .rules import AggregateRules, QualityRules
from .taxonomy_view import indicator_for

if TYPE_CHECKING:
    import pandas as pd

FLAG_COLUMNS = ["severity", "code", "unit", "indicator", "document", "message"]
PERCENT_NUMBER = re.compile(r"(\d+(?:\.(\d+))?)\s*%")


SEVERITY_ORDER = {"warning": 0, "info": 1}


def flag(code: str, message: str, *, severity: str = "warning", unit: str | None = None,
         indicator: str | None = None, document: str | None = None) -> dict[str, Any]:
    """Return one flag row."""
    return {"severity": severity, "code": code, "unit": unit, "indicator": indicator,
            "document": document, "message": message}


def unsure_cells(unsure: list[dict[str, Any]], indicators: dict[str, Indicator]) -> list[dict[str, Any]]:
    """Return one flag per cell left empty because its figures disagree and none is marked as the total."""
    out = []
    for u in unsure:
        label = indicators[u["indicator"]].label if u["indicator"] in indicators else u["indicator"]
        out.append(flag("unsure_cell", f"“{label}”有几个数（{'、'.join(u['values'])}），都未标明是总数，"
                                       "看不出哪个代表全单位，暂未填，请编辑确认",
                        unit=u["unit"], indicator=u["indicator"]))
    return out


def core_missing(units: list[str], cells: pd.DataFrame, indicators: list[Indicator]) -> list[dict[str, Any]]:
    """Return one flag per unit that reported none of some core indicators, naming them."""
    reported = set(zip(cells["unit"], cells["indicator"]))
    out = []
    for unit in units:
        missing = [i for i in indicators if i.core and (unit, i.id) not in reported]
        if missing:
            out.append(flag("core_missing", f"未报送核心指标：{'、'.join(i.label for i in missing)}",
                            severity="info", unit=unit, indicator=",".join(i.id for i in missing)))
    return out


def implausible(figures: pd.DataFrame, q: QualityRules) -> list[dict[str, Any]]:
    """Return flags for values that cannot be right: shares over 100%, absurd counts, inverted ranges."""
    out = []
    for f in figures.itertuples(index=False):
        reason = None
        if f.value < 0:
            reason = "数值为负"
        elif f.unit_word == "%" and f.value > q.percent_max:
            reason = f"百分比超过{q.percent_max}%"
        elif f.unit_word not in ("%", "元") and f.value > q.count_max:
            reason = f"一个单位的计数超过{q.count_max:,}"
        elif f.value_max == f.value_max and f.value_max is not None and f.value_max < f.value:
            reason = "区间上限小于下限"
        if reason:
            out.append(flag("implausible", f"“{f.text}”（{text_or_none(f.object) or '?'}）不可信：{reason}。原句：{f.sentence}",
                            unit=f.unit, indicator=f.indicator, document=f.document))
    return out


def mixed_units(figures: pd.DataFrame) -> list[dict[str, Any]]:
    """Return info flags where one unit counts one indicator in different units (场 and 场次): not combined."""
    out = []
    mapped = figures[figures["indicator"].notna() & figures["count_unit"].notna()]
    used: dict[tuple[str, str], dict[str, None]] = {}  # (unit, indicator) → its count units, first seen first
    for unit, ind, word in zip(mapped["unit"], mapped["indicator"], mapped["count_unit"]):
        if isinstance(unit, str):
            used.setdefault((unit, ind), {})[word] = None
    for (unit, ind), words in used.items():
        words = list(words)
        if len(words) > 1:
            out.append(flag("mixed_units", f"同一指标用了不同计量单位（{'、'.join(words)}），各自计数，未合并",
                            severity="info", unit=unit, indicator=ind))
    return out


def _whole_of(sentence: str, pct_at: int, suffixes: tuple[str, ...]) -> str | None:
    """Return the noun a share is taken of: 占党员总数的10.2% → 党员; None if no 占 before it."""
    clause_start = max(sentence.rfind(p, 0, pct_at) for p in "。；;！？") + 1
    at = sentence.rfind("占", clause_start, pct_at)
    if at < 0:
        return None
    whole = sentence[at + 1:pct_at].strip()
    for _ in range(3):
        for suffix in suffixes:
            if whole.endswith(suffix) and len(whole) > len(suffix):
                whole = whole[: -len(suffix)]
    return whole or None


def percent_mismatch(figures: pd.DataFrame, cells: pd.DataFrame, taxonomy: Any,
                     rules: AggregateRules) -> list[dict[str, Any]]:
    """Return flags where a share's implied whole disagrees with the whole the unit reported.

    ``流动党员1230名，占党员总数的10.2%`` implies 12,000–12,118 party members
    (the share is rounded to one decimal); a reported total of 3077 then
    disagrees. The part is the nearest count before the share in its sentence.
    """
    tol = rules.quality.percent_tolerance
    headline = {(c.unit, c.indicator): c for c in cells.itertuples(index=False)}
    out = []
    rows = figures.to_dict(orient="records")
    by_sentence: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        by_sentence.setdefault((r["document"], r["sentence"]), []).append(r)
    for f in rows:
        if f["unit_word"] != "%" or not f["value"] or not f["sentence"]:
            continue
        sentence = f["sentence"]
        pct_at = sentence.find(f["text"])
        whole = _whole_of(sentence, pct_at, rules.quality.whole_suffixes) if pct_at >= 0 else None
        if not whole:
            continue
        parts = [p for p in by_sentence[(f["document"], sentence)]
                 if p["unit_word"] != "%" and 0 <= sentence.find(p["text"]) < pct_at]
        if not parts:
            continue
        part = max(parts, key=lambda p: sentence.find(p["text"]))
        match = PERCENT_NUMBER.search(f["text"])
        decimals = len(match.group(2) or "") if match else 0
        half = 0.5 * 10 ** -decimals
        low = part["value"] * 100 / (f["value"] + half)
        high = part["value"] * 100 / (f["value"] - half) if f["value"] > half else float("inf")
        implied = part["value"] * 100 / f["value"]
        whole_id = indicator_for(taxonomy, whole, part["unit_word"])
        others = []
        cell = headline.get((f["unit"], whole_id)) if whole_id else None
        if cell is not None and not (cell.sentence == sentence and cell.text == part["text"]):
            others.append((cell.value, cell.text, cell.sentence))
        elif whole_id is None:
            others = [(o["value"], o["text"], o["sentence"]) for o in rows
                      if o["unit"] == f["unit"] and o["object"] == whole and o is not part
                      and rules.count_unit(o["unit_word"]) == rules.count_unit(part["unit_word"])]
        for value, text, _ in others:
            if not low * (1 - tol) <= value <= high * (1 + tol):
                out.append(flag(
                    "percent_mismatch",
                    f"“{part['text']}”占{whole}的{f['text']}，推算{whole}约{implied:,.0f}，"
                    f"与另报的“{text}”不符。原句：{sentence}",
                    unit=f["unit"], indicator=whole_id, document=f["document"]))
    return out
