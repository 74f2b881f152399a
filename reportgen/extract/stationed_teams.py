"""A work team stationed in a village (驻村工作队) and the office that sends it: which of them reports.

Reports of village work (驻村帮扶, 扶贫) are written by a team an office sends
to live in a village. The text names the team by its office, the word 驻 and
the place it is stationed at (某市某局驻某县某乡某村帮扶工作队, 某办等单位驻某村
工作组): that name is the team's own, and the team is the unit, named in full
as written. Where a verb sends the team (某县委办下派到某村驻村帮扶工作队) the
clause's subject is the office, and the office is the unit; the village is
only where the work was done. A team of no named place (某局驻村工作队) is
left to the other evidence (its office). The words are data (``meta.toml``
``[organisations]``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon
from .places import find_organisations, find_places
from .predicates import opens_predicate

# The particle after a name that modifies the noun after it (某队的帮助): the name is no clause's subject.
MODIFIER_MARK = "的"
# Marks no team's name runs across.
NAME_BREAKS = "，,。；;：:！？!?、\n()（）“”\"《》 \u3000"


@dataclass(frozen=True)
class Team:
    """A stationed team the text names: the unit it gives and the office that sends the team."""

    unit: str
    office: str


def _office_before(text: str, end: int, places: list[str], lex: Lexicon) -> int | None:
    """Return where the office (or offices: 某办等单位) ending at ``end`` starts, else None.

    The office is an organisation named after its place (某市某局) or by its
    level alone (市府办, 县委办); the longest such name wins.
    """
    c = lex.cues
    head = text[:end]
    group = lex.pattern("team-dispatcher-group", lambda: rf"(?:{c.dispatcher_groups})$").search(head)
    office_end = group.start() if group else end
    starts = [office_end - len(o.name) for o in find_organisations(head[:office_end], places, lex)
              if head.endswith(o.name, 0, office_end)]
    by_level = lex.pattern("team-office-by-level",
                           lambda: rf"[{c.office_levels}][^{re.escape(NAME_BREAKS)}]{{0,4}}?(?:{c.org_suffix_alternation})+$"
                           ).search(head[:office_end])
    if by_level:
        starts.append(by_level.start())
    return min(starts) if starts else None


def _address_end(text: str, at: int, places: list[str], lex: Lexicon) -> int | None:
    """Return where the team's name ends, if the text at ``at`` (right after 驻) names a place and then, within
    ``team_field_max`` characters of the name's own words (帮扶, 驻村扶贫), a team's ending; else None."""
    c = lex.cues
    rest = lex.pattern("team-address-run", lambda: rf"[^{re.escape(NAME_BREAKS)}]{{2,40}}").match(text, at)
    if not rest:
        return None
    run = rest.group()
    ending = lex.pattern("team-ending", lambda: rf"(?:{'|'.join(map(re.escape, c.team_endings))})").search(run)
    if not ending:
        return None
    address = run[:ending.start()]
    named = [p for p in dict.fromkeys(places + find_places(address, lex)) if p in address]
    if not named:
        # the frame names a place however common its stem (驻 + 某某村 + 工作队): a stem and a level word
        village = lex.pattern("team-common-village", lambda: rf"[^{re.escape(c.quantifiers)}][\u4e00-\u9fff]{{1,{c.max_stem - 1}}}?"
                              rf"(?:{'|'.join(map(re.escape, c.town_suffixes))})").match(address)
        named = [village.group()] if village and village.group() not in c.not_places else []
    if not named or not (address.startswith(tuple(named)) or _masked_opening(address, lex)):
        return None  # 驻 + 村工作队: a team of no named place
    last = max(address.rfind(p) + len(p) for p in named)
    if ending.start() - last > c.team_field_max:
        return None
    return at + ending.end()


def _masked_opening(address: str, lex: Lexicon) -> bool:
    """Return whether the address opens with a masked place's name (XX县区, ***镇)."""
    return lex.pattern("team-masked-opening", lambda: rf"(?:[{re.escape(lex.cues.masks)}]{{2,4}}|([A-Za-z])\1)"
                       ).match(address) is not None


def stationed_team(text: str, places: list[str], lex: Lexicon) -> Team | None:
    """Return the first stationed team ``text`` names by its office and station, or the office a verb sends it by."""
    c = lex.cues
    words = lex.pattern("team-station-words", lambda: "|".join(map(re.escape, c.station_words + c.dispatch_verbs)))
    for m in words.finditer(text):
        start = _office_before(text, m.start(), places, lex)
        if start is None:
            continue
        end = _address_end(text, m.end(), places, lex)
        if end is None:
            continue
        if (start > 0 and text[start - 1] in c.venue_prepositions) or text.startswith(MODIFIER_MARK, end):
            continue  # 在某局驻某村工作队的帮助下: the team helps, another acts
        office = text[start:m.start()]
        if m.group() in c.station_words:
            return Team(unit=text[start:end], office=office)
        return Team(unit=office, office=office)
    return _village_team(text, places, lex)


def _village_team(text: str, places: list[str], lex: Lexicon) -> Team | None:
    """Return a team named by its village and its work (某村驻村工作队) that opens a clause as its actor, else None."""
    c = lex.cues
    if not any(ending in text for ending in c.team_endings):
        return None  # the frame ends in a team's ending: most texts name no team, and the pattern is the article's own
    fields = "|".join(map(re.escape, c.team_fields))
    endings = "|".join(map(re.escape, c.team_endings))
    levels = "|".join(map(re.escape, c.town_suffixes))
    # the village by its name in the text's places, or a stem and a level word however common (the frame names it)
    named = "|".join(map(re.escape, sorted((p for p in places if p.endswith(c.town_suffixes)), key=len, reverse=True)))
    village = (f"{named}|" if named else "") + rf"[^{re.escape(c.quantifiers)}\W][\u4e00-\u9fff]{{1,{c.max_stem - 1}}}?(?:{levels})"
    pattern = rf"(?:^|(?<=[{re.escape(NAME_BREAKS)}]))({village})(?:{fields}){{1,3}}(?:{endings})"
    for m in re.finditer(pattern, text):
        if m.group(1) not in c.not_places and opens_predicate(text[m.end():m.end() + 8], lex):
            return Team(unit=m.group(), office="")
    return None
