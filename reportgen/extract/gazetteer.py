"""Places known by name (``data/gazetteer.toml``), parsed once per run for the lexicon.

A report may name its place without its level word (甘肃 for 甘肃省, 广西 for
广西壮族自治区) or by an abbreviation (锡盟 for 锡林郭勒盟): the place rules,
which read a stem and a level word, cannot complete such a name. The table
says which short forms name which division, in full.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..resources import load_data


# The table's sections of divisions with their short forms; the last holds those whose short form is a common word.
BY_CONTEXT = "prefectures_by_context"
SECTIONS = ("provinces", "prefectures", "areas", BY_CONTEXT)
# Divisions whose usual short forms keep a level word (恩施州) and are places as written.
AS_WRITTEN = "autonomous_prefectures"


@dataclass(frozen=True)
class Gazetteer:
    """The parsed ``gazetteer.toml``: provincial- and prefecture-level divisions by name."""

    #: each division's full name (甘肃省, 锡林郭勒盟) and the short forms kept as written (恩施州), longest first
    full_names: tuple[str, ...]
    #: the full name each short form stands for (甘肃 -> 甘肃省, 锡盟 -> 锡林郭勒盟)
    by_short: dict[str, str]
    #: short forms the dictionary reads as a common word or a person's name (保定, 日照): they name the place
    #: only as a headline's kicker or before its members (保定各级党组织), never as a bare word
    by_context: frozenset[str] = frozenset()
    #: what follows such a short form where it acts (各级, 广大, 党员)
    context_members: tuple[str, ...] = ()

    @property
    def short_forms(self) -> tuple[str, ...]:
        """Return the short forms, longest first (内蒙古 before any two-character form)."""
        return tuple(sorted(self.by_short, key=len, reverse=True))


def load_gazetteer() -> Gazetteer:
    """Return the places known by name (once per run, for the lexicon); no short form names two
    (``tests/test_gazetteer.py`` checks the table)."""
    data = load_data("extract/data/gazetteer.toml")
    by_short: dict[str, str] = {}
    full: list[str] = []
    for section in SECTIONS:
        for name, shorts in data[section].items():
            full.append(name)
            by_short.update(dict.fromkeys(shorts, name))
    for name, written in data[AS_WRITTEN].items():
        full += [name, *written]
    by_context = frozenset(s for shorts in data[BY_CONTEXT].values() for s in shorts)
    return Gazetteer(full_names=tuple(sorted(full, key=len, reverse=True)), by_short=by_short, by_context=by_context,
                     context_members=tuple(data["context_members"]))
