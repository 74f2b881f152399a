"""The headline rule: which one figure stands in a unit × indicator cell.

A unit often states several figures for one indicator (a total and its
parts, this week and to date). The cell shows one, chosen by
``HEADLINE_RULE``; the others stay in the ``figures`` table with their
sentences.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .rules import rules

if TYPE_CHECKING:  # the model holds the headline rule; the rule only names the model's type
    from .model import Indicator

HEADLINE_RULE = (
    "每个单位×指标只取一个数：只在同一计量单位内比较（场与场次、人与人次不合并），"
    "计量单位取指标的首选单位，否则取该单位用得最多的；"
    "其中先取标明“共/累计/全部/全县”等的总数，再取最大值（部分数小于总数：“走访企业60多家，其中上市企业7家”取60多），"
    "同值时确数（不带“多/约/以上”）优先；仍相同取原文中最先出现者。"
)

QUALIFIER_RANK = {None: 0, "over": 1, "approx": 1, "under": 2}


def text_or_none(value: Any) -> str | None:
    """Return a string field read back from a DataFrame, with pandas' missing marker (NaN) as None."""
    return value if isinstance(value, str) else None


@lru_cache(maxsize=1)
def _total_re() -> re.Pattern[str]:
    return re.compile("|".join(rules()["headline"]["total_markers"]))


def is_total(text: str, sentence: str) -> bool:
    """Return whether the figure ``text`` is marked as a total (共/累计/全部/全县…) just before it."""
    if not sentence or not text:
        return False
    at = sentence.find(text)
    if at < 0:
        return False
    window = sentence[max(0, at - int(rules()["headline"]["marker_window"])):at]
    # a marker belongs to this figure only if no other number stands between them
    last = None
    for m in _total_re().finditer(window):
        last = m
    return last is not None and not re.search(r"[0-9０-９一二三四五六七八九十百千万]", window[last.end():])


def choose(candidates: list[dict[str, Any]], indicator: Indicator) -> dict[str, Any]:
    """Return the headline figure among one cell's candidate rows (each a ``figures`` row dict).

    Candidates must be in document order; see ``HEADLINE_RULE``.
    """
    units = Counter(c["count_unit"] for c in candidates)
    preferred = next((u for u in indicator.units if u in units), None)
    unit = preferred if preferred is not None else units.most_common(1)[0][0]
    pool = [c for c in candidates if c["count_unit"] == unit]
    return min(
        enumerate(pool),
        key=lambda ic: (not ic[1]["is_total"], -ic[1]["value"], QUALIFIER_RANK.get(text_or_none(ic[1]["qualifier"]), 3),
                        ic[0]),
    )[1]


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


def display(value: float, value_max: float | None, qualifier: str | None, unit_word: str | None) -> str:
    """Return a cell as text with its qualifier: 3077名, 3000多名, 约7万名, 90%以上, 1至3名."""
    shapes = rules()["display"]
    unit_word = text_or_none(unit_word) or ""
    qualifier = text_or_none(qualifier)
    n = format_number(value)
    if value_max is not None and value_max == value_max:  # not NaN
        return shapes["range"].format(n=n, m=format_number(value_max), u=unit_word)
    if unit_word == "%" and qualifier in ("over", "under"):
        return shapes[f"percent_{qualifier}"].format(n=n, u=unit_word)
    return shapes.get(qualifier or "exact", shapes["exact"]).format(n=n, u=unit_word)
