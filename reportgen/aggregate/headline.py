"""The headline rule: which one figure stands in a unit × indicator cell.

A unit often states several figures for one indicator (a total and its
parts, this week and to date). The cell shows one, chosen by
``HEADLINE_RULE``; the others stay in the ``figures`` table with their
sentences.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the model holds the headline rule; the rule only names the model's and the rules' types
    from .cellrules import CellRules
    from .model import Indicator
    from .rules import HeadlineRules

HEADLINE_RULE = (
    "每个单位×指标只取一个数，取不准宁可空着：只用计同一种东西的计量单位（意见建议的条、项、个、件算一种；人次不是人），"
    "类别（17个方面）、问卷题目、参加会议的次数、计划金额不算；"
    "先取标明“共/累计/全部/全县”等的总数；“其中”的部分数、下属镇街的数不代表全单位；"
    "只有同一种的几部分时（意见2432件、建议902条）取其和；"
    "几个数都不是总数时，最大数不小于其余之和才取最大数，否则留空请编辑确认。"
)

QUALIFIER_RANK = {None: 0, "over": 1, "approx": 1, "under": 2}


def text_or_none(value: Any) -> str | None:
    """Return a string field read back from a DataFrame, with pandas' missing marker (NaN) as None."""
    return value if isinstance(value, str) else None


NUMERAL = re.compile(r"[0-9０-９一二三四五六七八九十百千万]")
CLAUSE_MARK = re.compile(r"[，,。；;！？!?：:]")


def is_total(text: str, sentence: str, rules: HeadlineRules) -> bool:
    """Return whether the figure ``text`` is marked as a total (共/累计/全部/全县…) before it.

    A marker counts just before the number (within ``marker_window``), or
    anywhere in the figure's clause when it is joined to the clause's verb
    (共征求…意见建议252条); in both cases only if no other number stands between
    (a count of categories, 共查找6个方面1240个问题, is no other number).
    """
    if not sentence or not text:
        return False
    at = sentence.find(text)
    if at < 0:
        return False
    window = sentence[max(0, at - rules.marker_window):at]
    clause = CLAUSE_MARK.split(sentence[:at])[-1]
    for pattern, span in ((rules.total_markers, window), (rules.clause_markers, clause)):
        last = None
        for m in pattern.finditer(span):
            last = m
        if last is not None and not NUMERAL.search(rules.categories.sub("", span[last.end():])):
            return True
    return False


def choose(candidates: list[dict[str, Any]], indicator: Indicator, rules: CellRules) -> dict[str, Any] | None:
    """Return the cell's figure among one cell's candidate rows (each a ``figures`` row dict), None if unsure.

    Candidates must be in document order and all be candidates by
    ``cellrules.why_not``; see ``HEADLINE_RULE``. A sum of parts of one
    kind is returned as a new row (``text`` joins the parts' texts).
    """
    if not candidates:
        return None
    units = Counter(c["count_unit"] for c in candidates)
    preferred = next((u for u in indicator.units if u in units), None)
    unit = preferred if preferred is not None else units.most_common(1)[0][0]
    pool = [c for c in candidates if c["count_unit"] == unit]
    order = {id(c): i for i, c in enumerate(pool)}
    totals = [c for c in pool if c["is_total"]]
    if totals:
        return _best(totals, order)
    pool = _sum_table_parts(_sum_parts(pool, indicator.id, rules))
    values = sorted({c["value"] for c in pool}, reverse=True)
    if values[0] < sum(values[1:]):  # the others are no parts of the largest: which is the whole is unclear
        return None
    return _best([c for c in pool if c["value"] == values[0]], order)


def _best(pool: list[dict[str, Any]], order: dict[int, int]) -> dict[str, Any]:
    """Return the largest, exact before qualified, first in the text."""
    return min(pool, key=lambda c: (-c["value"], QUALIFIER_RANK.get(text_or_none(c["qualifier"]), 3),
                                    order.get(id(c), len(order))))


def _sum_parts(pool: list[dict[str, Any]], indicator_id: str, rules: CellRules) -> list[dict[str, Any]]:
    """Return the pool with each sentence's parts of one kind (意见…、建议…) replaced by their sum."""
    from .cellrules import kind_of_part

    by_sentence: dict[str, list[dict[str, Any]]] = {}
    for c in pool:
        if kind_of_part(indicator_id, c, rules):
            by_sentence.setdefault(c["sentence"], []).append(c)
    out = list(pool)
    for parts in by_sentence.values():
        kinds = [kind_of_part(indicator_id, c, rules) for c in parts]
        if len(parts) < 2 or len(set(kinds)) != len(kinds):
            continue
        first = parts[0]
        summed = {**first, "value": float(sum(c["value"] for c in parts)), "value_max": float("nan"),
                  "text": "、".join(f"{c['object']}{c['text']}" for c in parts),
                  "unit_word": first["count_unit"],
                  "qualifier": sum_qualifier([q for c in parts if (q := text_or_none(c["qualifier"]))]),
                  "object": "＋".join(kinds)}
        out = [c for c in out if all(c is not p for p in parts)] + [summed]
    return out


def _sum_table_parts(pool: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the pool with each table column's part rows (one per township, department …)
    replaced by their sum: a table's rows divide the unit, so with no 合计 row their sum is
    the whole (comparison guide, rule 3). Rows of one column share the document, article and
    object; a row named twice is no division, and 其中 rows are subgroups, so neither is summed.
    """
    columns: dict[tuple, list[dict[str, Any]]] = {}
    for c in pool:
        part = text_or_none(c.get("table_part"))
        if part and not part.startswith("其中"):
            columns.setdefault((c.get("document"), c.get("article"), c.get("object")), []).append(c)
    out = list(pool)
    for parts in columns.values():
        names = [c["table_part"] for c in parts]
        if len(parts) < 2 or len(set(names)) != len(names):
            continue
        summed = {**parts[0], "value": float(sum(c["value"] for c in parts)), "value_max": float("nan"),
                  "text": "、".join(f"{c['table_part']}{c['text']}" for c in parts), "table_part": None,
                  "is_total": True,
                  "qualifier": sum_qualifier([q for c in parts if (q := text_or_none(c["qualifier"]))])}
        out = [c for c in out if all(c is not p for p in parts)] + [summed]
    return out


def format_number(value: float) -> str:
    """Return a number as a reader writes it: 3077, 36580, 7万, 15.6万, 3800亿, 10.2."""
    if value is None:
        return ""
    for threshold, size, step, word in ((1e8, 1e8, 1e6, "亿"), (1e5, 1e4, 1e2, "万"), (1e4, 1e4, 1e4, "万")):
        if abs(value) >= threshold and value % step == 0:
            return f"{value / size:.2f}".rstrip("0").rstrip(".") + word
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def display(value: float, value_max: float | None, qualifier: str | None, unit_word: str | None,
            shapes: Mapping[str, str]) -> str:
    """Return a cell as text with its qualifier: 3077名, 3000多名, 约7万名, 90%以上, 1至3名.

    ``shapes``: the run's ``[display]`` table (``AggregateRules.display``).
    """
    unit_word = text_or_none(unit_word) or ""
    qualifier = text_or_none(qualifier)
    n = format_number(value)
    if value_max is not None and value_max == value_max:  # not NaN
        return shapes["range"].format(n=n, m=format_number(value_max), u=unit_word)
    if unit_word == "%" and qualifier in ("over", "under"):
        return shapes[f"percent_{qualifier}"].format(n=n, u=unit_word)
    return shapes.get(qualifier or "exact", shapes["exact"]).format(n=n, u=unit_word)


def sum_qualifier(qualifiers: list[str]) -> str | None:
    """Return the qualifier of a sum of figures with these qualifiers.

    A sum of exact figures is exact; add "at least" figures (3000多) to exact
    ones and the sum is still at least its value (over); likewise "at most"
    (under). Any approximate part, or over mixed with under, makes it approximate.
    """
    kinds = set(qualifiers)
    if not kinds:
        return None
    return kinds.pop() if len(kinds) == 1 and kinds <= {"over", "under"} else "approx"
