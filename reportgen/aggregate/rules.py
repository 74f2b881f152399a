"""The comparison's rule data (``rules.toml``), loaded once."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..resources import load_data


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    """Return the parsed ``aggregate/rules.toml``."""
    return load_data("aggregate/rules.toml")


@lru_cache(maxsize=1)
def count_unit_map() -> dict[str, str]:
    """Return measure word → the count unit it is combined under (人 → 名; 场次 stays 场次)."""
    out = {}
    for head, members in rules()["count_units"].items():
        out[head] = head
        for m in members:
            out[m] = head
    return out


def count_unit(unit_word: str | None) -> str:
    """Return the count unit of a measure word: counts combine only when these agree."""
    word = unit_word or ""
    return count_unit_map().get(word, word)
