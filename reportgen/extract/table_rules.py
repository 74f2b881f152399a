"""How a table of figures is read (``data/tables.toml``): which header cells split into
an object and a unit, which row labels mean the whole, which cells are empty."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..resources import load_data


@dataclass(frozen=True)
class TableRules:
    """The parsed ``tables.toml``: how headers split into object and unit, which rows are the whole."""

    header: tuple[re.Pattern[str], ...]
    whole: tuple[re.Pattern[str], ...]
    empty: tuple[re.Pattern[str], ...]


def load_table_rules() -> TableRules:
    """Return the parsed table rules (once per run, for the lexicon)."""
    data = load_data("extract/data/tables.toml")
    return TableRules(tuple(map(re.compile, data["header"]["patterns"])), tuple(map(re.compile, data["rows"]["whole"])),
                      tuple(map(re.compile, data["rows"]["empty"])))
