"""Shapes no reporting unit's name has (``data/unit_names.toml``), parsed once per run for the lexicon."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..resources import load_data


@dataclass(frozen=True)
class UnitNameRules:
    """The parsed ``unit_names.toml``."""

    #: one pattern matching any shape no unit's name has
    malformed: re.Pattern[str]
    #: adverbs and verbs that open a clause before a name, longest first (dropped from the front)
    lead_in_words: tuple[str, ...]
    #: the fewest characters a repaired name keeps
    min_rest: int


def load_unit_name_rules() -> UnitNameRules:
    """Return the parsed unit-name rules (once per run, for the lexicon)."""
    data = load_data("extract/data/unit_names.toml")
    return UnitNameRules(
        malformed=re.compile("|".join(f"(?:{p})" for p in data["malformed"]["patterns"])),
        lead_in_words=tuple(sorted(data["repair"]["lead_in_words"], key=len, reverse=True)),
        min_rest=int(data["repair"]["min_rest"]),
    )
