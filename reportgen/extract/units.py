"""The unit an article reports on, and its locality.

The unit is the organisation whose work the report describes, named in full:
the subject of the headline or the lead. Evidence is weighed in this order:

1. an organisation named in the headline group (title, kicker, deck);
2. an organisation named in the lead;
3. a place named in the headline group (the place itself is the actor);
4. an organisation in the body whose name shares a word with the title;
5. the place the article names most (the headline and lead count more,
   a dateline's place and the level of ``我区``/``这个县`` break ties).

An abbreviated name (某市经信局) is replaced by the full one (某市经济和信息化局)
wherever the text spells it out. The locality is the unit's place; a town's
unit takes the county-level place the article names, where it names one.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import segment
from .cues import cues
from .places import Organisation, find_organisations, find_places, is_abbreviation, mentions, place_suffix

HEADLINE_WEIGHT = 3
LEAD_WEIGHT = 2
DATELINE_BONUS = 2
SELF_REFERENCE_BONUS = 1
# A place followed by one of these parts of speech is a clause's subject (某镇
# 近日组织, 某街道在广场举行, 某县召开): verbs, adverbs, times, prepositions.
PREDICATE_TAGS = frozenset("vdtp")


@dataclass(frozen=True)
class UnitEvidence:
    """The texts of an article that name its unit, by where they stand."""

    title: str
    headline: str  # title, kicker, deck, column
    lead: str
    body: str


def _fullest(org: Organisation, all_orgs: list[Organisation]) -> Organisation:
    """Return the longest spelling of ``org`` found anywhere (经信局 -> 经济和信息化局)."""
    best = org
    for other in all_orgs:
        if other.place == org.place and is_abbreviation(best.name, other.name):
            best = other
    return best


def _shares_word(a: str, b: str) -> bool:
    """Return whether two texts share a run of two characters."""
    return any(a[i:i + 2] in b for i in range(len(a) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", a[i:i + 2]))


def _locality(place: str, ranked_places: list[str]) -> str:
    """Return the locality of a unit at ``place``: itself, or for a town the county named beside it."""
    if place_suffix(place) in cues().town_suffixes:
        county = next((p for p in ranked_places if place_suffix(p) not in cues().town_suffixes), None)
        return county or place
    return place


def _rank_places(ev: UnitEvidence, places: list[str]) -> list[str]:
    """Return ``places`` most salient first."""
    score: Counter[str] = Counter()
    for text, weight in ((ev.headline, HEADLINE_WEIGHT), (ev.lead, LEAD_WEIGHT), (ev.body, 1)):
        for name, starts in mentions(text, places).items():
            score[name] += weight * len(starts)
    ends = "".join(cues().dateline_ends)
    dateline = re.match(rf"^\S{{0,14}}?[{ends}]", ev.lead.strip())
    levels = Counter(ref[-1] for ref in cues().self_references for _ in re.finditer(ref, ev.body + ev.lead))
    for name in places:
        suffix = place_suffix(name) or ""
        if dateline and name[: -len(suffix)] in dateline.group(0):
            score[name] += DATELINE_BONUS
        score[name] += SELF_REFERENCE_BONUS * levels.get(suffix[-1:], 0)
    order = {name: i for i, name in enumerate(places)}
    return sorted((p for p in places if score[p] > 0), key=lambda p: (-score[p], order[p]))


def _lead_subject(lead: str, places: list[str], lead_orgs: list[Organisation]) -> str | None:
    """Return the place the lead opens with as its actor, when no office of it is named first.

    The place must be the subject of its clause (a verb, adverb, time or
    preposition follows), not a modifier (某市重点项目). A chain of places (某县某镇某村) is one address: its last, smallest place
    is the actor. None when the lead names an organisation before that place
    or the chain's last place opens an organisation's name (某镇党委).
    """
    spots = sorted((at, name) for name, starts in mentions(lead, places).items() for at in starts)
    if not spots:
        return None
    at, name = spots[0]
    for nxt_at, nxt in spots[1:]:
        if nxt_at != at + len(name):
            break
        at, name = nxt_at, nxt
    org_starts = [lead.find(o.name) for o in lead_orgs]
    if any(0 <= s <= at for s in org_starts):
        return None
    following = segment.words(lead[at + len(name):at + len(name) + 8])
    if not following or segment.tag_of(following[0])[:1] not in PREDICATE_TAGS:
        return None  # the place modifies a noun (某市重点项目): not the actor
    return name


def find_unit(ev: UnitEvidence) -> tuple[str | None, str | None]:
    """Return the article's unit and locality, or (None, None) where the text names no place."""
    everything = "\n".join((ev.headline, ev.lead, ev.body))
    places = find_places(everything)
    if not places:
        return None, None
    ranked = _rank_places(ev, places)
    all_orgs = find_organisations(everything, places)
    steps: list[list[Organisation]] = [
        find_organisations(ev.headline, places),
        find_organisations(ev.lead, places),
    ]
    headline_orgs, lead_orgs = steps
    if headline_orgs:
        org = _fullest(headline_orgs[0], all_orgs)
        return org.name, _locality(org.place, ranked)
    subject = _lead_subject(ev.lead, places, lead_orgs)
    if subject:
        return subject, _locality(subject, ranked)
    if lead_orgs:
        org = _fullest(lead_orgs[0], all_orgs)
        return org.name, _locality(org.place, ranked)
    in_headline = [p for p in ranked if mentions(ev.headline, [p])[p]]
    if in_headline:
        return in_headline[0], _locality(in_headline[0], ranked)
    titled = [o for o in find_organisations(ev.body, places) if _shares_word(o.body, ev.title)]
    if titled:
        org = _fullest(titled[0], all_orgs)
        return org.name, _locality(org.place, ranked)
    if ranked:
        return ranked[0], _locality(ranked[0], ranked)
    return None, None
