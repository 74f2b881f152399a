"""The last gate on a reporting unit's name: only a name a clerk would print as a heading passes.

The unit choice (``reporting_unit.py``) picks a span of the text; the span can be a
fragment of a sentence (a verb in front, a governing frame run on at the back), a
category written with a place's suffix, or a conjunction cut in half. The shapes
are data (``data/unit_names.toml``, read by ``unit_name_rules.py``). A span whose
front holds a clause's adverbs and verbs before the name is repaired by dropping
them; any other malformed span gives no unit, so the editor is asked, rather than
printing a wrong heading.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lexicon import Lexicon


def is_malformed(name: str, lex: Lexicon) -> bool:
    """Return whether ``name`` has a shape no organisation's or place's name has."""
    return lex.unit_names.malformed.search(name) is not None


def _without_lead_in(name: str, lex: Lexicon) -> str:
    """Return ``name`` without the adverbs and verbs that open it (积极响应某医院 -> 某医院)."""
    rules = lex.unit_names
    rest = name
    while True:
        word = next((w for w in rules.lead_in_words if rest.startswith(w)), None)
        if word is None or len(rest) - len(word) < rules.min_rest:
            return rest
        rest = rest[len(word):]


def well_formed_unit(name: str | None, lex: Lexicon) -> str | None:
    """Return the unit's name as a clerk would write it, or None where the span is not a name."""
    if not name:
        return name
    name = _without_lead_in(name, lex)
    return None if is_malformed(name, lex) else name
