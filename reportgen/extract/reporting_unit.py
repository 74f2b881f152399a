"""The unit an article reports on, and its locality.

The unit is the organisation whose work the report describes, named in full:
the subject of the headline or the lead. Evidence is weighed in this order:

0. a work team stationed in a village, or the office that sends it
   (``stationed_teams.py``): never the village it works in;
1. an organisation named in the headline group (title, kicker, deck), but
   the office that runs the place the title names, on a line of its own
   (中共某县委办公室 under 某县某某工作总结), writes for that place;
2. an organisation named in the lead;
3. a place named in the headline group (the place itself is the actor);
4. an organisation in the body whose name shares a word with the title;
5. the place the article names most (the headline and lead count more,
   a dateline's place and the level of ``我区``/``这个县`` break ties; the
   weights are data, ``meta.toml`` ``[unit_evidence]``);
6. the unit a closing bracket says sent the text (（某某学院 供稿）).

A place's party committee and government acting together (某镇党委政府,
某县委、县政府) are the place. Two places listed as the lead's subject and
named together again (某镇、某工业园) are one unit reporting jointly.

An organisation in the lead that is as often a superior as the actor (a party
committee's department) counts only where the text names it again; of a lead's
address (某县某镇某村) the actor is its smallest place unless the text speaks as
a larger one (该镇, 全镇).

A province or prefecture known by name (``gazetteer.toml``) that the text names
without its level word as an actor (甘肃：…, 重庆每个月开展…, 广西各级党组织…) is
that place in full (甘肃省), named and ranked as if so written.

An abbreviated name (某市经信局) is replaced by the full one (某市经济和信息化局)
wherever the text spells it out. The locality is the unit's place; a town's
unit takes the county-level place the article names (never a province), and
none where the text names none.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import accumulate, takewhile
from dataclasses import dataclass, fields, replace

from .lexicon import Lexicon
from .places import (Organisation, find_organisations, find_places, known_subjects, occurrences, organisations_at, has_verb,
                     is_abbreviation, mentions, place_suffix)
from .predicates import opens_predicate
from .stationed_teams import stationed_team
from .unit_names import well_formed_unit

# A clause whose subject is a meeting held at a place (…观摩会在某镇召开): the place before it names
# the meeting, the place after 在 hosts it.
MEETING_AT = re.compile(r"[^，,。；;]{0,24}?会(?:议)?(?:在|于)([^，,。；;]{2,16}?)(?:召开|举行|举办)")
# A name followed by a meeting that is held (某县委某领导小组第三次全体会议召开, 某局…会议在某地举行): the body
# convenes; the meeting is the clause's subject, not the body acting.
CONVENES = re.compile(r"[^，,。；;：:]{0,12}?会(?:议)?(?:在[^，,。；;]{0,16}?|于[^，,。；;]{0,12}?)?(?:召开|举行|举办|开幕|闭幕)")
# The marks a clause opens after.
CLAUSE_MARKS = "，,。；;：:！？!?\n"
# A paragraph opening with a name and one of these is one item of a roundup (某市某局：…).
ITEM_LABEL_ENDS = (":", "：")
# A noun of action (储备, 管理) inside an office's name is no verb; a verb followed by one of these
# before the name's ending names the office's field (收购 + 储备).
ACTION_NOUN_TAGS = frozenset({"vn"})
FIELD_NOUN_TAGS = frozenset({"n", "vn", "nz"})
# The mark between the actors a clause lists (某医院、某中心和某社区的干部…): the first heads the list.
LIST_MARK = "、"
# Two places listed as one actor must be named together this often to be one unit reporting jointly.
JOINT_MENTIONS_MIN = 2
# A place's party committee named with its government (某乡党委、政府结合…, 某镇党委和镇政府): the two
# that run the place, acting together, are the place itself.
# (its people's congress may stand between: 某镇党委、人大、政府)
JOINT_GOVERNMENT = re.compile(r"(?:\s*[、和及与]\s*[省市州县区镇乡]?(?:人大|政协))*\s*[、和及与]\s*[省市州县区镇乡]?(?:人民)?政府")
# A place's party committee and government named as one actor (某镇党委政府, 某县委、县政府): the place itself.
PLACE_LEADERSHIP = re.compile(r"(?:党委|党工委|委)(?:\s*[、和及与]\s*[省市州县区镇乡]?(?:人大|政协))*"
                              r"\s*[、和及与]?\s*[省市州县区镇乡]?(?:人民)?政府")
# A document's title naming its issuer: 某某党组关于某事的通报.
ISSUER = re.compile(r"^([^\s，,。；;：:“”\"《》()（）]{2,30}?)关于")
# The longest an office's name runs between its level and its ending (市 + 交运 + 局).
OFFICE_MAX_BODY = 6
# Where a clause (or a title's phrase) begins: after a mark, a blank or a dash.
CLAUSE_OPENS = r"(?:^|(?<=[，,。；;：:！？!?\s—…”]))"
# A pronoun after a name opens its predicate too (某公司一切以…为中心).
NAMED_PREDICATE_TAGS = frozenset("r")
# The shortest name an office named after the text's word for itself holds before its ending
# (我校 + 驻村扶贫 + 工作队): a name of its own, not the bare ending (我局党组).
SELF_NAMED_MIN_BODY = 2
# A second name bracketed right after a unit's first (某局(某委)): one unit under two names.
ALIAS = re.compile(r"[(（]([\u4e00-\u9fff]{2,16})[)）]")
# A named subject whose name is masked (xx司法所, **局): the text hides which organisation reports.
MASKED = "masked"
# Parts of speech that cannot open an organisation's proper name (verbs, prepositions, adverbs, conjunctions,
# particles, pronouns, numerals).
OPENING_NOT_IN_NAMES = frozenset("vpdcurmq")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# A round-up names this many offices, each opening a paragraph of its own.
ROUNDUP_MIN_OFFICES = 2
# A page's posting office must be named this often in the text to be the unit of a title whose actor is its place.
POSTED_OFFICE_MENTIONS = 2
# A company's brand before its ending (蜀道高速 + 集团, 经发 + 集团) runs this many characters.
BRAND_MIN_STEM, BRAND_MAX_STEM = 2, 6
# Parts of speech of a word of two characters or more that no brand holds: verbs, prepositions, conjunctions,
# pronouns, particles, numerals, measure words, times.
BRAND_EXCLUDED_TAGS = frozenset("vpcrumqt")
#: how many malformed spans in a row are set aside before the article is left without a unit
REJECTED_SPANS_MAX = 2
#: what a set-aside span is replaced by: a clause break, so no candidate runs across it
SPAN_BREAK = "，"


@dataclass(frozen=True)
class UnitEvidence:
    """The texts of an article that name its unit, by where they stand."""

    title: str
    headline: str  # title, kicker, deck, column
    lead: str
    body: str
    department: str = ""  # the department a scraped page names as its 来源 (某区某局)
    owner: str = ""  # who runs the site, as its footer says (版权所有：某县某局)
    source: str = ""  # the publication that carried the text (来源：某县融媒体中心)
    issuer: str = ""  # the organisation whose bulletin carries the text, as its masthead names it
    sender: str = ""  # the unit a closing bracket says sent the text (……（某某学院 供稿）)


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


def _locality(place: str, ranked_places: list[str], lex: Lexicon) -> str | None:
    """Return the locality of a unit at ``place``: itself, or for a town the county named beside it (a province
    the text names with it is above the county, never the town's locality). A town whose county the text does
    not name has none: the locality is a city, county or district, which the text leaves unsaid."""
    c = lex.cues
    if place_suffix(place, lex) in c.town_suffixes:
        county = next((p for p in ranked_places
                       if place_suffix(p, lex) not in c.town_suffixes + c.province_suffixes), None)
        return county
    return place


def _rank_places(ev: UnitEvidence, places: list[str], lex: Lexicon) -> list[str]:
    """Return ``places`` most salient first.

    A place of the lead named where something happened (在某县某镇某村,…, 到某村…) earns no lead weight: the
    setting of a story, not its actor.
    """
    score: Counter[str] = Counter()
    weights = lex.cues.place_weights
    settings = _settings(ev.lead, places, lex)
    for text, weight in ((ev.headline, weights.headline), (ev.lead, weights.lead), (ev.body, weights.body)):
        for name, starts in mentions(text, places).items():
            score[name] += sum(weights.body if text is ev.lead and at in settings else weight for at in starts)
    dateline = lex.pattern("unit-dateline", lambda: rf"^\S{{0,14}}?[{''.join(lex.cues.dateline_ends)}]").match(ev.lead.strip())
    levels = _self_reference_levels(ev.body if ev.lead in ev.body else ev.body + ev.lead, lex)  # the lead opens the body
    for name in places:
        suffix = place_suffix(name, lex) or ""
        if dateline and name[: -len(suffix)] in dateline.group(0):
            score[name] += weights.dateline_bonus
        score[name] += weights.self_reference_bonus * levels.get(suffix[-1:], 0)
    order = {name: i for i, name in enumerate(places)}
    # a masked name (***镇) names no one: a place the text names outright ranks before it
    return sorted((p for p in places if score[p] > 0), key=lambda p: (_is_masked(p, lex), -score[p], order[p]))


def _settings(text: str, places: list[str], lex: Lexicon) -> set[int]:
    """Return where ``text`` names a place of an address that a venue preposition opens (在某县某镇某村, 到某市)."""
    spots = sorted((at, name) for name, starts in mentions(text, places).items() for at in starts)
    out: set[int] = set()
    opened = False
    for k, (at, name) in enumerate(spots):
        chained = k and at == spots[k - 1][0] + len(spots[k - 1][1])
        if not chained:
            opened = at > 0 and text[at - 1] in lex.cues.setting_prepositions
        if opened:
            out.add(at)
    return out


def _lead_subject(lead: str, places: list[str], lead_orgs: list[Organisation], lex: Lexicon,
                  text: str = "") -> str | None:
    """Return the place the lead opens with as its actor, when no office of it is named first.

    The place must be the subject of its clause (a verb, adverb, time or
    preposition follows), not a modifier (某市重点项目). A chain of places (某县某镇某村) is one address: its last, smallest place
    is the actor. None when the lead names an organisation before that place
    or the chain's last place opens an organisation's name (某镇党委). Where
    the lead's first place is no actor (王某是某市某镇人), a later place that
    opens a clause of its own and acts (，某镇组织…) is. Two places listed as the
    subject (某镇、某工业园始终坚持…) that the whole ``text`` names together again
    report jointly: the pair, as written, is the actor.
    """
    chains = _chains(lead, places)
    org_starts = [lead.find(o.name) for o in lead_orgs]
    masked = None  # a masked place (**镇) names no one: taken only where the text names no place of its level outright
    for k, (start, at, name) in enumerate(chains):
        if k and not (start == 0 or lead[start - 1] in CLAUSE_MARKS):
            continue  # a later place counts only opening a clause of its own
        if start and lead[start - 1] in lex.cues.setting_prepositions:
            continue  # 到某市开展…, 在某县某村: where the actor went or where it happened, not the actor
        if any(0 <= s <= at for s in org_starts):
            return None
        after = _alias_end(lead, at + len(name), places, lex)
        pair = _joint_pair(lead, at, name, places, text)
        if pair and opens_predicate(lead[at + len(pair):at + len(pair) + 8], lex):
            return pair
        members = (start == 0 or lead[start - 1] in CLAUSE_MARKS) and lead.startswith(lex.cues.sector_members, after)
        if not (opens_predicate(lead[after:after + 8], lex) or members):
            # the place modifies a noun (某市重点项目) or names where someone is from: not the actor; but a place
            # opening its clause with its members after it (某省各地各部门…, 某县广大党员…) acts through them
            continue
        if lex.words(lead[after:after + 4])[:1] and lex.words(lead[after:after + 4])[0] in lex.cues.describing_copulas:
            continue  # 某市是全国文明城市: the place described, not acting
        held = MEETING_AT.match(lead, at + len(name))
        if held:
            # 某县某某观摩会在某镇召开: the place names the meeting; the place hosting it is shown
            venue = [p for p in places if p in held.group(1)]
            return venue[-1] if venue else None
        if _is_masked(name, lex):
            masked = masked or name
            continue
        return name
    if masked is None:
        return None
    level = place_suffix(masked, lex)
    return None if any(place_suffix(p, lex) == level and not _is_masked(p, lex) for p in places) else masked


def _joint_pair(lead: str, at: int, name: str, places: list[str], text: str) -> str | None:
    """Return the two places listed at ``at`` (某镇、某工业园) where ``text`` names that pair at least twice, else None."""
    end = at + len(name)
    if not lead.startswith(LIST_MARK, end):
        return None
    second = max((p for p in places if p != name and lead.startswith(p, end + 1)), key=len, default=None)
    if second is None:
        return None
    pair = lead[at:end + 1 + len(second)]
    return pair if text.count(pair) >= JOINT_MENTIONS_MIN else None


def _spoken_level(subject: str | None, ev: UnitEvidence, places: list[str], lex: Lexicon) -> str | None:
    """Return the place of the lead's address (某县某镇某村) whose level the text speaks as, where that is not
    the subject's: the actor is the place the text calls itself by (该镇, 全镇), not a village of it it names
    first. Else ``subject``.
    """
    if not subject:
        return subject
    levels = _spoken_levels(ev, lex)
    if levels.get((place_suffix(subject, lex) or "")[-1:], 0):
        return subject
    above = [p for p in places if p != subject and p + subject in ev.lead
             and levels.get((place_suffix(p, lex) or "")[-1:], 0)]
    return max(above, key=lambda p: levels[(place_suffix(p, lex) or "")[-1:]], default=subject)


def _chains(text: str, places: list[str]) -> list[tuple[int, int, str]]:
    """Return the addresses of ``text`` in order: where each chain of places (某县某镇) starts, where its last
    place starts, and that place."""
    spots = sorted((at, name) for name, starts in mentions(text, places).items() for at in starts)
    chains: list[tuple[int, int, str]] = []
    for at, name in spots:
        if chains and at == chains[-1][1] + len(chains[-1][2]):
            chains[-1] = (chains[-1][0], at, name)
        else:
            chains.append((at, at, name))
    return chains


def _is_alias(name: str, places: list[str], lex: Lexicon) -> bool:
    """Return whether a bracketed ``name`` after a unit is a second name of it: a place or an organisation's
    name, not a note of how the text will call it (以下简称…)."""
    if name.startswith(lex.cues.alias_not_openers):
        return False
    return name in places or name.endswith(lex.cues.org_suffixes)


def _alias_end(text: str, at: int, places: list[str], lex: Lexicon) -> int:
    """Return where a second name bracketed at ``at`` (某开发区 + (某镇)) ends, else ``at``."""
    m = ALIAS.match(text, at)
    return m.end() if m and _is_alias(m.group(1), places, lex) else at


def _aliased(unit: str | None, text: str, places: list[str], lex: Lexicon) -> str | None:
    """Return the unit under both names where ``text`` gives it two, the second bracketed after the first.

    A unit found by its first name (某局) takes the bracketed second name that
    follows it (某局(某委)); a unit found only as the bracketed name of an
    organisation named before it (某大学附属医院(某医院)) takes that
    organisation's name before it. Either way the unit is as the text writes
    it, both names together.
    """
    if not unit:
        return unit
    for start in occurrences(text, unit):
        stop = start + len(unit)
        end = _alias_end(text, stop, places, lex)
        if end > stop:
            return text[start:end]
        if start and text[start - 1] in "(（" and text.startswith((")", "）"), stop):
            outer = lex.pattern("unit-outer-name", lambda: rf"{CLAUSE_OPENS}([\u4e00-\u9fff]{{2,{lex.cues.named_max}}})$"
                                ).search(text[:start - 1])
            if outer and outer.group(1).endswith(lex.cues.org_suffixes) and _is_alias(unit, places, lex):
                return text[outer.start(1):stop + 1]
    return unit


def _issuer(title: str, places: list[str], lex: Lexicon) -> str | None:
    """Return the issuer a document's title names before 关于 (中共某区某局党组关于…的通报), else None.

    The issuer must end like an organisation or a place and hold no clause
    (no punctuation), so a headline that merely mentions 关于 is left alone.
    """
    m = ISSUER.match(title.strip())
    if not m:
        return None
    name = m.group(1)
    c = lex.cues
    # a party committee's department (某县委组织部) issues documents, though in a lead it is more often a superior
    if name.endswith(c.org_suffixes + c.department_endings) or name in places or place_suffix(name, lex) in c.zone_suffixes:
        return name
    return None


def _forms(place: str, lex: Lexicon) -> list[str]:
    """Return the ways a headline may name ``place``: in full, by its stem (某山 for 某山区), by its zone word (经开区)."""
    suffix = place_suffix(place, lex) or ""
    forms = [place]
    stem = place[: len(place) - len(suffix)]
    if len(stem) >= 2 and not re.search(r"[A-Za-z*＊×]", stem):
        forms.append(stem)
    if suffix in lex.cues.zone_suffixes and len(suffix) >= 2:
        forms.append(suffix)
    return forms


def _title_subject(title: str, ranked: list[str], places: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """Return the place a phrase of the title opens with as its actor (某山开展大走访, 经开区用实际行动…).

    The place may be named in full, by its stem or by its zone word. Returned
    with the unit's name: the place, or the organisation the title names by
    that form (某州日报社利用…). Of an address (某县某乡开展…) the last, smallest
    place is the actor. A form several places share, or a place followed by a
    place the text names nowhere else, gives none.
    """
    order = ranked + [p for p in places if p not in ranked]
    for phrase in re.split(r"[\s:：]+", title.strip()):
        best: tuple[int, str] | None = None
        for place in order:
            for form in _forms(place, lex):
                if phrase.startswith(form) and len(phrase) > len(form) and (best is None or len(form) > best[0]):
                    best = (len(form), place)
        if best is None:
            continue
        length, place = best
        sharing = [p for p in order if any(f == phrase[:length] for f in _forms(p, lex))]
        if len(sharing) > 1:
            return None
        # an address (某县 + 某乡 + 开展…, or a kicker naming it alone: 某县某乡：…): the chain's last, smallest
        # place is the actor; a kicker that is the address alone names the unit in full, as written
        kicker, by_stem = phrase, False
        while (smaller := _smaller_in_address(phrase, length, place, order, lex)):
            written, smaller_place = smaller
            by_stem = written != smaller_place
            phrase, length, place = phrase[length:], len(written), smaller_place
        rest = phrase[length:]
        if not rest and kicker != phrase:
            # an address of stems (某县's stem + 某乡's stem) names the smallest place, not itself
            return place, (place if by_stem else kicker)
        if find_places(rest[:6], lex):
            return None
        named = find_organisations(phrase, [phrase[:length]], lex)
        if named and phrase.startswith(named[0].name):
            return place, named[0].name
        if rest.startswith(lex.cues.org_suffixes):
            return None
        return place, place
    return None


def _smaller_in_address(phrase: str, length: int, place: str, order: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """Return how ``phrase`` writes the next place of its address after its first ``length`` characters, and that place.

    A headline's address names the smaller place in full (某县 + 某乡) or, as
    kickers do, by its stem after the larger one's stem (某县's stem + 某乡's
    stem: a town's name, the text names it in full elsewhere). After a
    province's stem any smaller place may follow by its stem (某省's stem +
    某县's stem: a provincial or national paper's kicker). None where no place
    follows.
    """
    full = max((p for p in order if phrase.startswith(p, length) and len(phrase) >= length + len(p)), key=len, default=None)
    if full:
        return full, full
    c = lex.cues
    after_province = place_suffix(place, lex) in c.province_suffixes
    stems = [(form, p) for p in order if p != place
             and (place_suffix(p, lex) in c.town_suffixes or (after_province and place_suffix(p, lex) not in c.province_suffixes))
             for form in _forms(p, lex)[1:] if phrase.startswith(form, length)]
    return max(stems, key=lambda s: len(s[0]), default=None)


def _own_organisation(place: str, orgs: list[Organisation], text: str, lex: Lexicon) -> Organisation | None:
    """Return the first of ``orgs`` that is ``place``'s own office acting in ``text``.

    Not an office of a smaller place inside it (某区 + 某乡纪委), not a
    venue (在某区某中心举行), not an official's post (某区人民政府区长某某),
    not the label of one item of a roundup (某市某局：…).
    """
    town_levels = lex.cues.town_suffixes
    for org in orgs:
        if org.place != place or any(level in org.body for level in town_levels):
            continue
        at = text.find(org.name)
        if at > 0 and text[at - 1] in lex.cues.venue_prepositions:
            continue
        if text.startswith(lex.cues.official_posts, at + len(org.name)):
            continue  # 某区人民政府区长某某: a person's post, not the actor
        if JOINT_GOVERNMENT.match(text, at + len(org.name)):
            return None  # 某乡党委、政府: the place's committee and government together, the place as a whole
        if (at == 0 or text[at - 1] == "\n") and text.startswith(ITEM_LABEL_ENDS, at + len(org.name)):
            return None  # 某市某局：…, one item of a roundup: the title's place is the whole
        return org
    return None


def _is_post(text: str, name: str, lex: Lexicon) -> bool:
    """Return whether ``name`` stands in ``text`` only before an official's post (某区人民政府区长某某,
    某局党组书记、局长某某): where a person works, not the actor."""
    spots = [at + len(name) for at in occurrences(text, name)]
    return bool(spots) and all(text.startswith(lex.cues.official_posts, at) for at in spots)



def _led_institution(org: Organisation, places: list[str], lex: Lexicon) -> Organisation | None:
    """Return the institution an official's post names (某医院 of 某医院党委书记、院长某某带领…), else None.

    An institution (a hospital, a company, a school: ``institution_kinds``) or a
    people's organisation (``people_bodies``: a trade union, a women's federation) acts
    through its head: the office before the post (党委, 党组) is left out and the
    institution is the actor. A place's government, committee or office before
    its head's post (某区人民政府区长某某, 某开发区工委书记) is where the person
    works, not the actor.
    """
    c = lex.cues
    office = next((k for k in sorted(c.kind_offices, key=len, reverse=True) if org.name.endswith(k)), "")
    name = org.name[: len(org.name) - len(office)]
    if not name or name in places or not name.endswith(c.institution_kinds + c.people_bodies):
        return None
    if not office:
        return org
    suffix = max((k for k in c.org_suffixes if name.endswith(k)), key=len, default="")
    return Organisation(name, org.place, name[len(org.name) - len(org.body) - len(org.suffix):len(name) - len(suffix)], suffix)


def _acts_again(org: Organisation, text: str, lex: Lexicon) -> bool:
    """Return whether ``org`` may be the lead's actor: any office may, a party committee's department
    (``party_departments``) only where the body ``text`` names it again, in full or by its level (县委统战部).

    A superior that approves or guides (某市委组织部批复同意) is named once; the unit reporting its own work
    names itself again as it goes on.
    """
    if org.suffix not in lex.cues.party_departments:
        return True
    level = (place_suffix(org.place, lex) or "")[-1:]
    by_level = level + org.name[len(org.place):]
    return text.count(org.name) >= 2 or (bool(level) and text.count(by_level) >= 2)


def _sector(lead: str, lex: Lexicon) -> str | None:
    """Return the sector the lead's first clause opens with after its time phrase (今年以来,某某系统各单位…), as
    written, where the text names no place and no organisation: the sector as a whole reports. Else None."""
    first = re.split(r"[。；;！？!?\n]", lead, maxsplit=1)[0]
    clauses = re.split(r"[，,]", first)
    opening = clauses[1] if len(clauses) > 1 and re.search(r"(?:以来|期间|来|后|中|日)$", clauses[0]) else clauses[0]
    c = lex.cues
    match = lex.pattern("unit-sector", lambda: rf"([\u4e00-\u9fff]{{2,4}}?(?:{'|'.join(map(re.escape, c.sector_endings))}))(.*)"
                        ).match(opening.strip())
    if not match or not match.group(2).startswith(c.sector_members):
        return None
    return match.group(1)


def _only_convenes(text: str, name: str) -> bool:
    """Return whether ``name`` stands in ``text`` only before a meeting it holds (某区委某领导小组第三次全体会议召开):
    the body that convenes names the meeting; the report's actor is whoever then acts."""
    spots = list(occurrences(text, name))
    return bool(spots) and all(CONVENES.match(text, at + len(name)) for at in spots)


def _in_venue_clause(text: str, name: str, lex: Lexicon) -> bool:
    """Return whether ``name`` first stands in a clause that opens with a word of place (在日前召开的某部会议上):
    the organisation is where something happened, not who did it."""
    at = text.find(name)
    if at < 0:
        return False
    clause = re.split(r"[，,。；;：:！？!?…”\n]", text[:at])[-1].lstrip()
    return clause[:1] in lex.cues.venue_prepositions if clause else False


def _own_office(text: str, lex: Lexicon, bare: bool = False, listed: bool = False, loose: bool = False) -> str | None:
    """Return an office a clause opens with by its level alone (市交运局组织…, 县委常委会班子…), else None.

    Reports name their own unit this way: 市/县/区/镇 and the office, with no
    place name. The office must be followed by a verb, adverb or preposition
    (its clause's actor), or open the text. A bare level and ending (区委,
    镇党委) says nothing of which office; it is taken, as written, only when
    ``bare`` says the text names no better one. With ``listed`` the office
    may head a list of the clause's actors (市某医院、某中心和某社区的干部…). With ``loose``, the last
    resort of a text that names no place, no proper name and no predicate after its office, the first
    office by level opening a clause is taken whatever follows it: its head's post (市委书记某某主持…),
    its own departments (市某院第二部、第三部党员…).
    """
    c = lex.cues

    def source() -> str:
        return rf"(?:^|(?<=[，,。；;：:）)\s]))((?:{_office_level(lex)})[\u4e00-\u9fff]{{0,{OFFICE_MAX_BODY}}}?(?:{c.org_suffix_alternation})+)"
    bare_names = c.bare_offices
    for m in lex.pattern("unit-own-office", source).finditer(text):
        name = m.group(1)
        if ((name in bare_names) != bare and not loose) or _has_verb_inside(name, lex):
            continue
        if name.endswith(c.party_departments) and text.count(name) < 2:
            continue  # a party committee's department named once: a superior announcing (``_acts_again``)
        if loose and text.startswith(c.official_posts, m.end()):
            continue  # 市委副书记某某: where a person works, not the actor
        if m.start() == 0 or loose or opens_predicate(text[m.end():m.end() + 8], lex):
            return name
        if listed and text.startswith(LIST_MARK, m.end()):
            return name
    return None


def _office_level(lex: Lexicon) -> str:
    """Return the pattern of the level an office by level opens with: a level word (自治区) or a level character (县)."""
    c = lex.cues
    return "|".join([*map(re.escape, c.office_level_words), f"[{c.office_levels}]"])


def _meeting_holder(text: str, lex: Lexicon) -> str | None:
    """Return the office by its level whose own meeting the text's first sentence says is held (某某主持召开市政府党组
    (扩大)会议, 召开局党组第三次会议), else None: the body whose meeting it is acts, whoever chairs it."""
    c = lex.cues

    def source() -> str:
        return (rf"召开((?:{_office_level(lex)})[\u4e00-\u9fff]{{0,{OFFICE_MAX_BODY}}}?(?:{c.org_suffix_alternation})+)"
                r"(?:[(（][\u4e00-\u9fff]{1,4}[)）])?(?:第[\d一二三四五六七八九十]+次)?(?:全体)?(?:会议|会)")
    m = lex.pattern("unit-meeting-holder", source).search(re.split(r"[。！？!?\n]", text, maxsplit=1)[0])
    return m.group(1) if m and not _has_verb_inside(m.group(1), lex) else None


def _roundup_items(body: str, lex: Lexicon) -> set[str]:
    """Return the offices by level that open paragraphs of ``body`` acting (省某院…, 省某厅…) where they are several:
    a round-up of several units' work, none of them the report's own unit; else an empty set."""
    opened = {name for paragraph in body.split("\n")
              if (name := _own_office(paragraph.strip(), lex)) and paragraph.strip().startswith(name)}
    return opened if len(opened) >= ROUNDUP_MIN_OFFICES else set()


def _own_kinds(text: str, lex: Lexicon) -> tuple[str, ...]:
    """Return the kinds of organisation the text calls itself by (我院, 本局 -> 院, 局)."""
    c = lex.cues
    prefixes = [p for p in c.self_kind_prefixes if p in text]  # most texts write neither 我 nor 本 before a kind
    return tuple(k for k in c.self_kinds if any(p + k in text for p in prefixes))


def _titled_self_kind(title: str, lex: Lexicon) -> str | None:
    """Return the kind of organisation a phrase of the title opens with after the text's word for itself
    (我校赴某市…, 本院召开… -> 校, 院), else None: the title's actor is the organisation that wrote it."""
    c = lex.cues
    for phrase in re.split(r"[\s:：]+", title.strip()):
        if phrase[:1] and phrase[0] in c.self_kind_prefixes:
            kind = next((k for k in c.self_kinds if phrase.startswith(k, 1)), None)
            if kind and opens_predicate(phrase[1 + len(kind):1 + len(kind) + 8], lex):
                return kind
    return None


def _own_named(kind: str, text: str, lex: Lexicon) -> str | None:
    """Return the organisation of ``kind`` that ``text`` names most by its proper name (我校 -> 某某大学), else None.

    A name is the longest run of words before one of the kind's endings (``self_kind_names``) that opens
    where a noun phrase may (after a mark, a verb, a preposition or 的) and holds a proper word
    (``_is_proper_stem``); the name the text writes most often is its own, the first written on a tie.
    """
    endings = dict(lex.cues.self_kind_names).get(kind, (kind,))
    words = lex.words(text)
    starts = list(accumulate(map(len, words[:-1]), initial=0)) if words else []
    opens = {at for k, at in enumerate(starts)
             if k == 0 or not HAN_RUN.fullmatch(words[k - 1]) or words[k - 1] == "的"
             or lex.tag_of(words[k - 1])[:1] in OPENING_NOT_IN_NAMES}
    names: list[str] = []
    for m in re.finditer("|".join(map(re.escape, endings)), text):
        first = max(0, m.start() - lex.cues.named_max + len(m.group()))
        stem = next((text[at:m.start()] for at in range(first, m.start() - 1) if at in opens
                     and HAN_RUN.fullmatch(text, at, m.start()) and _is_proper_stem(text[at:m.start()], lex)), None)
        if stem and stem + m.group() not in names:
            names.append(stem + m.group())
    return max(names, key=lambda n: (text.count(n), -names.index(n)), default=None)


def _self_named(text: str, lex: Lexicon) -> str | None:
    """Return the office a clause names as its actor right after the text's word for itself
    (我校驻村工作队认真…, 本院护理部党支部开展…), else None.

    The report's own body speaks: its name follows 我/本 and the kind (校, 院,
    局), runs to an organisation ending and is followed by its predicate. It
    is kept as written, without the self-reference, which names no one.
    """
    c = lex.cues

    def source() -> str:
        kinds = "|".join(map(re.escape, c.self_kinds))
        return (rf"{CLAUSE_OPENS}[{c.self_kind_prefixes}](?:{kinds})"
                rf"([\u4e00-\u9fff]{{{SELF_NAMED_MIN_BODY},{OFFICE_MAX_BODY}}}?(?:{c.org_suffix_alternation}))")
    for m in lex.pattern("unit-self-named", source).finditer(text):
        if opens_predicate(text[m.end():m.end() + 8], lex):
            return m.group(1)
    return None


def _kind_office(text: str, lex: Lexicon, bare: bool = False) -> str | None:
    """Return an institution's office a clause opens with by the institution's kind alone (公司党委召开…,
    学校党委组织…, 开发区党工委理论学习中心组召开…), as written: the one name a report gives its unit when it
    names no place, else None. One of the office's own bodies may stand between it and the predicate.
    With ``bare``, the institution's kind alone, no office after it (集团公司召开…, 医院紧紧围绕…), is taken
    too: a report written inside the institution names itself so."""
    c = lex.cues

    def source() -> str:
        kinds = "|".join(map(re.escape, c.institution_kinds))
        offices = "|".join(map(re.escape, c.kind_offices))
        bodies = "|".join(map(re.escape, c.office_bodies))
        office = f"(?:{offices})?" if bare else f"(?:{offices})"
        return rf"{CLAUSE_OPENS}((?:{kinds})+{office})(?:{bodies})?"
    for m in lex.pattern(("unit-kind-office", bare), source).finditer(text):
        if m.start() == 0 or opens_predicate(text[m.end():m.end() + 8], lex):
            return m.group(1)
    return None


def _titled_party_body(title: str, lex: Lexicon) -> str | None:
    """Return the party body of a department the title opens with as its actor (某科党总支开展…, 某系党支部
    举办…), as written, else None.

    An institution's department reports under its party body's name, which
    holds no place and no proper name: the department's kind (外科, 机关) and
    the body (党总支, 党支部). The name must hold no verb and be followed by
    its predicate.
    """
    c = lex.cues
    m = lex.pattern("unit-titled-party-body",
                    lambda: rf"\s*([\u4e00-\u9fff]{{1,{OFFICE_MAX_BODY}}}?(?:{'|'.join(map(re.escape, c.kind_offices))}))").match(title)
    if not m or m.group(1) in c.bare_offices or m.group(1)[0] in c.quantifiers:
        return None
    name = m.group(1)
    body = name[:len(name) - len(next(k for k in c.kind_offices if name.endswith(k)))]
    if not body or has_verb(body, "", lex) or not opens_predicate(title[m.end():m.end() + 8], lex):
        return None
    return name


def _is_proper_stem(stem: str, lex: Lexicon) -> bool:
    """Return whether the words before an organisation's ending hold a proper name (某某师范, 某某农场), not a kind (学校, 人民).

    A word the dictionary tags as a place or another proper name, a word it
    does not know, or a run of single characters it cut a name into.
    """
    c = lex.cues
    if len(stem) < 2 or stem[0] in c.quantifiers or stem[0] in c.office_levels or stem[0] in c.numerals:
        return False
    if _cut_apart(stem, lex):
        return True
    words = lex.words(stem)
    return any(len(w) >= 2 and (lex.tag_of(w) in c.proper_name_tags or not lex.frequency(w)) for w in words)


def _cut_apart(stem: str, lex: Lexicon) -> bool:
    """Return whether the dictionary cuts ``stem`` into single characters, none a function word: a name it does
    not know (its characters' tags, a verb among them, say nothing of the name)."""
    words = lex.words(stem)
    return len(words) > 1 and all(len(w) == 1 for w in words) and not any(lex.tag_of(w)[:1] in "puc" for w in words)


def _dateline_subject(lead: str, lex: Lexicon) -> str | None:
    """Return the organisation the lead's first clause opens with right after its dateline (某地讯 某某集团党委自…
    启动), whatever words its name holds, else None.

    A dateline's first clause names who acts: there a name of common words
    (a company's, 某某国际集团) is a name, where elsewhere it could be a kind.
    """
    c = lex.cues
    m = lex.pattern("unit-dateline-subject", lambda: rf"^\S{{0,14}}?(?:[{''.join(c.dateline_ends)}]|{'|'.join(map(re.escape, c.dateline_words))})"
                    r"\s*(?:[（(][^）)]{2,40}[）)])?\s*").match(lead.strip())
    if not m:
        return None
    rest = lead.strip()[m.end():]
    named = _named_subject(rest, lex, plain=True)
    return named if named and named != MASKED and rest.startswith(named) else None


def _division(run: str, at: int, lex: Lexicon) -> re.Match[str] | None:
    """Return a numbered division's name right at ``at`` (一院, 十二局, 二分厂), else None."""
    return lex.pattern("unit-division", lambda: rf"[{lex.cues.numerals}]{{1,3}}(?:{'|'.join(map(re.escape, lex.cues.numbered_divisions))})"
                       ).match(run, at)


def _suffix_ends(run: str, suffixes: re.Pattern[str]) -> set[int]:
    """Return where an organisation ending that starts at any offset of ``run`` ends (the first of
    ``suffixes`` that matches there, as a match at that offset would give).

    Each search resumes one character after the last ending's start, skipping in the regex engine's own
    loop to the next character an ending opens with; a lookahead matched at every offset would try them all.
    """
    ends = set()
    found = suffixes.search(run)
    while found is not None:
        ends.add(found.end())
        found = suffixes.search(run, found.start() + 1)
    return ends


def _named_subject(text: str, lex: Lexicon, own_kinds: tuple[str, ...] = (), plain: bool = False) -> str | None:
    """Return the organisation a clause of ``text`` opens with by its own proper name (某某大学念好…), else None.

    The name runs from the clause's start to an organisation ending and holds
    no verb; its predicate follows (a verb, adverb, time, preposition or
    pronoun). A name masked in the text (xx所召开…) gives ``MASKED``: the
    report hides its unit. A name ending in a kind the text calls itself by
    (``own_kinds``: 我院 -> 某某医院) needs no proper word: the text says it is its own; with ``plain`` no
    name does (``_dateline_subject``).
    """
    c = lex.cues
    for m in lex.pattern("unit-named-subject", lambda: rf"{CLAUSE_OPENS}([\u4e00-\u9fff{re.escape(c.masks)}]{{3,{c.named_max}}})"
                         ).finditer(text):
        run = m.group(1)
        ends = _suffix_ends(run, c.org_suffix_pattern)
        if not ends:
            continue  # most clauses: no organisation ending in the run, so no name and nothing to cut
        # a group's numbered division after its name (某某集团公司 + 一院, 某某集团 + 十二局) is the name's end
        ends = sorted(ends | {d.end() for e in ends if (d := _division(run, e, lex))}, reverse=True)
        # a name ends where a word does: 某县委召开常委|会会议 holds no name ending in 常委
        bounds = set(accumulate(map(len, lex.words(run))))
        for end in ends:
            if end not in bounds and end < len(run):
                continue
            name = run[:end]
            if _governs_a_clause(name, lex):
                continue  # 某院党委 + 将 + 某活动与中心: the predicate's object, cut at an ending inside a word
            # a second name bracketed after the first (某某局(公司)) is the same unit's: the predicate follows it
            written = text[m.start(1):_alias_end(text, m.start(1) + end, [], lex)]
            after = text[m.start(1) + len(written):m.start(1) + len(written) + 8]
            words = lex.words(after)
            follows = bool(words) and (opens_predicate(after, lex) or lex.tag_of(words[0]) in NAMED_PREDICATE_TAGS)
            if not follows:
                continue
            suffix = c.org_suffix_pattern.search(name, 1)
            stem = name[: suffix.start()] if suffix else ""
            if lex.pattern("unit-masked-name", lambda: rf"[{re.escape(c.masks)}](?:[{re.escape(c.masks)}]|[{c.office_levels}])"
                           ).match(name):
                return MASKED  # a masked name (**局), or a place masked by one mark before its level (*县委)
            if _predicate_before_place(stem, lex):
                continue  # 紧密结合 + 某市委: a clause's verb before an office of a place, no name
            own = (plain or (bool(own_kinds) and name.endswith(own_kinds))) and _names_a_kind(stem, lex)
            if not (own or _is_proper_stem(stem, lex)) or (has_verb(stem, name[len(stem):], lex) and not _cut_apart(stem, lex)):
                continue
            return written
    return None


def _brand_subject(lead: str, lex: Lexicon) -> str | None:
    """Return a company known by its brand (某某高速集团, 某某集团党委) that opens a clause of the lead's first
    sentence as its actor, else None.

    A company's brand may be any words (an abbreviation cut into characters, an adverb, a place's name) and
    needs no place before it; what makes it a name is its ending (``brand_endings``: 集团, 公司, 股份, 控股),
    the place it stands (the first sentence's actor: a predicate or a preposition follows it, or one of its
    offices does: 某某集团党委召开…) and a brand of its own: a proper or unknown word, or characters the
    dictionary cuts apart, none a clause's word (a verb, preposition or pronoun of two characters, a
    quantifier or a level opening it). A common word before the ending (保险公司) is a kind, not a brand.
    """
    c = lex.cues
    sentence = re.split(r"[。！？!?\n]", lead.strip(), maxsplit=1)[0]
    pattern = lex.pattern("unit-brand-subject", lambda: rf"{CLAUSE_OPENS}([\u4e00-\u9fff]{{{BRAND_MIN_STEM},{BRAND_MAX_STEM}}}?)"
                          rf"({'|'.join(map(re.escape, c.brand_endings))})({'|'.join(map(re.escape, c.kind_offices))})?")
    for m in pattern.finditer(sentence):
        stem, name = m.group(1), m.group(0)
        if not _is_brand(stem, lex):
            continue
        after = sentence[m.end():m.end() + 8]
        if after and (opens_predicate(after, lex) or lex.tag_of(after[0])[:1] == "p"):
            return name
    return None


def _is_brand(stem: str, lex: Lexicon) -> bool:
    """Return whether the words before a company's ending are a brand (蜀道高速, 经发, 华运物流), not a kind or a
    clause: a proper or rare word, or a name of characters the dictionary cuts apart opening it."""
    c = lex.cues
    if stem[0] in c.quantifiers or stem[0] in c.office_levels or stem[0] in c.numerals or find_places(stem, lex):
        return False
    words = lex.words(stem)
    if any(len(w) > 1 and lex.tag_of(w)[:1] in BRAND_EXCLUDED_TAGS for w in words):
        return False
    singles = len(list(takewhile(lambda w: len(w) == 1, words)))  # a name the dictionary cuts apart opens it (华 + 运 + 物流)
    cut_apart = singles > 1 and not any(lex.tag_of(w)[:1] in "uc" for w in words[:singles])
    return cut_apart or any(len(w) > 1 and (lex.tag_of(w) in c.proper_name_tags or lex.frequency(w) <= c.rare_stem_frequency)
                            for w in words)


def _governs_a_clause(name: str, lex: Lexicon) -> bool:
    """Return whether a span holds, as a word of its own right after an organisation's ending, a word that governs
    a clause's object (某院党委 + 将, 某局 + 通过): the name is complete before it, so the span ran on into the
    predicate. (A place's name may open with such a character, 将 + 乐县: only one after an ending counts.)"""
    at = 0
    for word in lex.words(name):
        if at and word in lex.cues.clause_governors and name[:at].endswith(lex.cues.org_suffixes):
            return True
        at += len(word)
    return False


def _predicate_before_place(stem: str, lex: Lexicon) -> bool:
    """Return whether the words before an organisation's ending open with a predicate and then name a place
    (紧密结合 + 某市 + 委): a clause whose object is the place's office, not a name (a name holding a place
    opens with it, or with a proper word: 国网 + 某市 + 供电公司)."""
    inside = find_places(stem, lex)
    at = stem.find(inside[0]) if inside else -1
    return at > 0 and opens_predicate(stem[:at], lex)


def _names_a_kind(stem: str, lex: Lexicon) -> bool:
    """Return whether the words before an organisation's ending name what it is (整形外科 + 医院), not a
    clause about it (全校党员紧密结合 + 学校): no quantifier opens them, no predicate opens any word."""
    if len(stem) < 2 or stem[0] in lex.cues.quantifiers:
        return False
    at = 0
    for word in lex.words(stem):
        if opens_predicate(stem[at:], lex):
            return False
        at += len(word)
    return True


def _named_unit(ev: UnitEvidence, lex: Lexicon, own_kinds: tuple[str, ...] = ()) -> str | None:
    """Return the organisation the title or the lead names as its subject by its proper name, in its fullest
    spelling (a title's 某某局 is the lead's 某区某某局), else None (``MASKED`` where that name is masked).
    With ``own_kinds``, a name of a kind the text calls itself by counts too (``_named_subject``)."""
    titled = _named_subject(ev.title, lex, own_kinds)
    paragraphs = ev.body.split("\n")
    after_lead = ev.lead.count("\n") + 1  # the lead is the body's first paragraphs; a deck may stand before the subject
    led = (_named_subject(ev.lead, lex, own_kinds) or (_named_subject(paragraphs[after_lead], lex, own_kinds)
                                                       if len(paragraphs) > after_lead else None)
           or _brand_subject(ev.lead, lex))
    if titled and led and led != MASKED and led.endswith(titled):
        return led
    return titled or led


def _named_before_places(ev: UnitEvidence, places: list[str], lex: Lexicon) -> str | None:
    """Return the organisation the title, or the lead before any place, opens with by its own proper name
    (某某集团党委扎实推进…, 近日，某某集团党委召开…), where that name holds none of the text's places, else None.

    The organisation acting as the subject is the unit; the places the text names
    after it are where it worked or whom it helped (…为帮扶的某村投入资金).
    """
    named = _named_unit(ev, lex)
    if not named or named == MASKED or any(p in named for p in places):
        return None
    return named if _named_subject(ev.title, lex) or _first_named(ev.lead, named, places) else None


def _with_place(named: str, lex: Lexicon, ranked: list[str] | None = None) -> tuple[str | None, str | None]:
    """Return a named subject as the unit, with the place inside its name as its locality; none where it is masked."""
    if named == MASKED:
        return None, None
    inside = find_places(named, lex)
    return named, (_locality(inside[-1], ranked or [], lex) if inside else None)


def _first_named(text: str, name: str, places: list[str]) -> bool:
    """Return whether ``name`` stands in ``text`` before every place the text names."""
    at = text.find(name)
    return at >= 0 and all(not 0 <= text.find(p) < at for p in places)


def _has_verb_inside(name: str, lex: Lexicon) -> bool:
    """Return whether an office's name holds a verb, so it is a clause, not a name (县召开会议).

    A verb with a noun of its field after it, still inside the name, names the
    office's work (土地 + 收购 + 储备中心, 巡察 + 工作 + 领导小组), not an action.
    """
    pairs = lex.tagged(name)
    for k, (word, tag) in enumerate(pairs):
        if tag[:1] != "v" or tag in ACTION_NOUN_TAGS or len(word) < 2:
            continue
        field = k + 2 < len(pairs) and pairs[k + 1][1] in FIELD_NOUN_TAGS  # a noun after it, before the ending
        if not field:
            return True
    return False


def _department_unit(department: str, all_orgs: list[Organisation], places: list[str], lex: Lexicon) -> str | None:
    """Return the unit a page's 来源 department names: its full spelling where the text has one."""
    if not department:
        return None
    for org in all_orgs:
        # the department may abbreviate the organisation or the office that heads its name (某局 + 党组)
        head = org.name[: org.name.rfind(department[-1]) + 1]
        if department in (org.name, head) or is_abbreviation(department, head):
            return org.name
    if department.startswith(tuple(places)) or department.startswith(lex.cues.party_prefixes):
        return department
    return None


def _posted_office(place: str, ev: UnitEvidence, all_orgs: list[Organisation], places: list[str],
                   lex: Lexicon) -> Organisation | None:
    """Return the office of ``place`` that posted the page (来源：某省某厅), where the title's actor is the place
    and the text names that office again and again (``POSTED_OFFICE_MENTIONS``), else None.

    A title names a place's field as its actor (某省文化系统开展…); the department that posts the report and
    that its text keeps naming is the office that leads that field, the unit. The place's government or party
    committee (``place_offices``) posting it speaks for the place, which stays the unit.
    """
    posted = _department_unit(ev.department, all_orgs, places, lex)
    if not posted or posted.endswith(lex.cues.place_offices):
        return None
    # the page's header lines (来源：某省某厅) name the poster, not the text (the lead opens the body)
    text = "\n".join((ev.headline, ev.body if ev.lead in ev.body else ev.body + ev.lead))
    said = sum(line.count(posted) for line in text.split("\n") if not any(d in line for d in lex.cues.dateline))
    if said < POSTED_OFFICE_MENTIONS:
        return None
    return next((o for o in all_orgs if o.name == posted and o.place == place), None)


def _posting_unit(ev: UnitEvidence, lex: Lexicon) -> tuple[str, str] | None:
    """Return the unit and locality the page's department or site owner gives a text that names no place.

    The text calls its unit by kind (我县, 我局); the page says whose it is. A
    place's government or party committee (某县人民政府, 中共某县委办公室)
    stands for the place; so does any page when the text calls itself by the
    place's level (我县). An office (某县某局) is the unit otherwise. A text
    that speaks as a place of another level (我镇 on a county's site) takes none.
    The publication that carried the text (某县融媒体中心) names the place only
    for a text that calls itself by that place's level (我县).
    """
    c = lex.cues
    text = "\n".join((ev.title, ev.lead, ev.body))
    kinds = {ref[-1] for ref in c.self_references if ref in text}
    for name in (ev.department, ev.owner, ev.source):
        places = find_places(name, lex) if name else []
        if not places:
            continue
        if name == ev.source and name not in (ev.department, ev.owner) and not kinds:
            continue  # a publication's place is the unit's only where the text calls itself by that level
        place = places[-1]
        office = name.removeprefix(next((p for p in c.party_prefixes if name.startswith(p)), ""))
        level = (place_suffix(place, lex) or "")[-1:]
        if kinds and level not in kinds:
            continue  # the text speaks as a place of another level (我镇 on a county's site)
        if kinds or office.endswith(c.place_offices):
            return place, place
        if office.endswith(c.org_suffixes):
            return office, place
    return None


def _place_of(name: str, places: list[str], ranked: list[str], lex: Lexicon) -> str | None:
    """Return the locality of an organisation named ``name``: the smallest county-level place inside it.

    中共某市某区某局党组 belongs to 某区; a town's office to the county named beside it.
    """
    inside = sorted((p for p in places if p in name), key=name.find)
    if not inside:
        return None
    county = [p for p in inside if place_suffix(p, lex) not in lex.cues.town_suffixes]
    return county[-1] if county else _locality(inside[-1], ranked, lex)


def find_unit(ev: UnitEvidence, lex: Lexicon) -> tuple[str | None, str | None]:
    """Return the article's unit and locality, or (None, None) where the text names none.

    A name that is no name (``unit_names.py``: a sentence's fragment, a category
    with a place's suffix) is set aside and the text read again without it, so the
    next candidate speaks; where none is left the unit stays empty for the editor.
    """
    ev = _completed(ev, lex)
    for _ in range(REJECTED_SPANS_MAX + 1):
        everything = "\n".join((ev.headline, ev.lead, ev.body))
        places = find_places(everything, lex)
        span, locality = _find_unit(ev, places, lex)
        unit = _aliased(span, "\n".join((ev.headline, ev.lead)), places, lex)
        unit = _unmasked(unit, ev, lex)
        unit = _addressed(unit, everything, places, lex)
        unit, locality = _placed(unit, locality, places, lex)
        unit = _place_led(unit, everything, places)
        named = well_formed_unit(unit, lex)
        if named:
            return named, (locality if named == unit or (locality and locality in named) else None)
        without = _without(ev, span) if span else ev
        if without == ev:
            break
        ev = without
    return None, None


def _own_committee(place: str, text: str, lex: Lexicon) -> str | None:
    """Return the body that runs ``place`` (its party committee, its government) under the place's name (某某自治区
    + 党委), where ``text`` names it by the place's level alone (自治区党委, 县委) as the actor of a clause
    (自治区党委常委会召开…, 县委常委会带头…), at least twice and more often than the place itself: the place is
    the lead's subject, but the work reported is its committee's. Else None."""
    level = place_suffix(place, lex)
    office = _own_office(text, lex) or _own_office(text, lex, bare=True)
    if not level or not office or not office.startswith(level):
        return None
    own = next((w for w in lex.cues.own_office_words if office.startswith(w, len(level))), None)
    if own is None:
        return None  # an office of the place's (县交通运输局), not the body that runs it
    named = text.count(level + own)
    if named < JOINT_MENTIONS_MIN or named <= sum(1 for _ in occurrences(text, place)):
        return None
    return place + own


def _completed(ev: UnitEvidence, lex: Lexicon) -> UnitEvidence:
    """Return ``ev`` with each place known by name that its title, headline, lead or body names without its level
    word as an actor (甘肃：…, 重庆每个月开展…, 广西各级党组织…) written in full (甘肃省), so it counts as that place,
    named and ranked as the place written in full would be. A name the text writes in full stays as written."""
    def complete(text: str, kicker: bool) -> str:
        out, done = [], 0
        for at, short, full in known_subjects(text, lex, kicker):
            out += [text[done:at], full]
            done = at + len(short)
        return "".join(out) + text[done:] if out else text
    return replace(ev, title=complete(ev.title, True), headline=complete(ev.headline, True),
                   lead=complete(ev.lead, False), body=complete(ev.body, False))


def _place_led(unit: str | None, text: str, places: list[str]) -> str | None:
    """Return the place whose party committee and government the unit names together (某镇党委政府 -> 某镇),
    or whose committee the text names with its government wherever it names the committee (某镇党委、政府):
    the two that run a place, acting as one, are the place. Any other unit as it is."""
    if not unit:
        return unit
    place = next((p for p in sorted(places, key=len, reverse=True) if unit.startswith(p)), None)
    if not place:
        return unit
    if PLACE_LEADERSHIP.fullmatch(unit, len(place)):
        return place
    spots = list(occurrences(text, unit))  # a unit is a literal: no pattern compiled for each unit a run meets
    joined = [at for at in spots if PLACE_LEADERSHIP.match(text, at + len(place))]
    return place if spots and len(joined) == len(spots) else unit


def _without(ev: UnitEvidence, span: str) -> UnitEvidence:
    """Return ``ev`` with every occurrence of ``span`` replaced by a clause break."""
    return UnitEvidence(**{f.name: getattr(ev, f.name).replace(span, SPAN_BREAK) for f in fields(ev)})


def _addressed(unit: str | None, text: str, places: list[str], lex: Lexicon) -> str | None:
    """Return a community unit (某社区, 某社区党委) under the fullest address the text gives it.

    A community is named in full by its address, from its
    county-level place down (某区某街道某社区): where the text writes the
    unit's place right after the places above it, those places are part of its
    name. The address starts at the nearest place above town level (a province
    or city above that county is left out); a unit named nowhere after such
    places stays as it is. Which levels are so named is data (``addressed_levels``).
    """
    if not unit:
        return unit
    c = lex.cues
    head = next((p for p in sorted(places, key=len, reverse=True) if unit.startswith(p)), None)
    if head is None or place_suffix(head, lex) not in c.addressed_levels:
        return unit  # a town, street or village is known by its own name (某镇); a community by its address
    best = ""
    for at in occurrences(text, head):
        start, above = at, False
        while not above:
            before = next((p for p in sorted(places, key=len, reverse=True)
                           if p != head and text.startswith(p, start - len(p)) and start >= len(p)), None)
            if before is None:
                break
            start -= len(before)
            above = place_suffix(before, lex) not in c.town_suffixes
        if at - start > len(best):
            best = text[start:at]
    return best + unit if best and not unit.startswith(best) else unit


def _is_masked(place: str, lex: Lexicon) -> bool:
    """Return whether a place's name is masked (***镇, xx县): no name to give anything."""
    return lex.pattern("unit-masked-place", lambda: rf"[{re.escape(lex.cues.masks)}A-Za-z]{{2,4}}[\u4e00-\u9fff]{{1,3}}"
                       ).fullmatch(place) is not None


def _unmasked(unit: str | None, ev: UnitEvidence, lex: Lexicon) -> str | None:
    """Return the office of a masked place's level as the text writes it (***镇 -> 镇党委), else ``unit``.

    A report published as a template hides its place's name; where its lead
    then names the place's own office by level alone, that office, as
    written, is the one name the text gives its unit.
    """
    if not unit or not _is_masked(unit, lex):
        return unit
    level = place_suffix(unit, lex) or ""
    office = _own_office(ev.lead, lex, bare=True)
    return office if office and level and office.startswith(level) else unit


def _of_own_kind(orgs: list[Organisation], text: str, lex: Lexicon) -> Organisation | None:
    """Return the first of ``orgs`` of the kind the text calls itself by (我局 -> 某县某局), else None."""
    kinds = _own_kinds(text, lex)
    return next((o for o in orgs if kinds and o.name.endswith(kinds)), None)


def _placed(unit: str | None, locality: str | None, places: list[str], lex: Lexicon) -> tuple[str | None, str | None]:
    """Return an office named by its level alone (县委常委会, 市交运局) under the one place of that level
    the text names (某县 + 委常委会), with that place as its locality; any other unit as it is."""
    levels = lex.cues.office_levels
    if not unit or unit[0] not in levels or unit in places or find_places(unit, lex):
        return unit, locality
    same_level = [p for p in places if place_suffix(p, lex) == unit[0] and not _is_masked(p, lex)]
    if len(same_level) != 1:
        return unit, locality
    return same_level[0] + unit[1:], same_level[0]


def _find_unit(ev: UnitEvidence, places: list[str], lex: Lexicon) -> tuple[str | None, str | None]:
    """Return the unit and locality by the order of evidence in the module's docstring."""
    everything = "\n".join((ev.headline, ev.lead, ev.body))
    issuer = _issuer(ev.title, places, lex)
    if issuer:
        return issuer, _place_of(issuer, places, _rank_places(ev, places, lex) if places else [], lex)
    kind = _titled_self_kind(ev.title, lex)
    own = _own_named(kind, "\n".join((ev.headline, ev.body)), lex) if kind else None
    if own:
        # the title's actor is the text's own organisation (我校赴某市…): its name of that kind, not a place it went to
        return own, _place_of(own, places, _rank_places(ev, places, lex) if places else [], lex)
    team = stationed_team(ev.headline, places, lex) or stationed_team(ev.lead, places, lex)
    if team:
        # a team stationed in a village, or the office that sends it: never the village it works in
        return team.unit, _place_of(team.office, places, _rank_places(ev, places, lex) if places else [], lex)
    if not places:
        # the office by its level or after the text's word for itself, else one named by its own name,
        # else the page's department or site owner, else one of a kind the text calls itself by (我院 ->
        # 某某医院), else an office named by level or institution and ending alone (镇党委, 公司党委),
        # kept as written, else the first office by level opening a clause of the text (an excerpt may name
        # its unit only in a later point: 三是… 区某分局某部门聚焦…)
        items = _roundup_items(ev.body, lex)  # a round-up's items are its parts, none of them its unit
        office = _own_office(ev.title, lex) or _own_office(ev.lead, lex) or _self_named(ev.lead, lex)
        brand = _brand_subject(ev.lead, lex)
        if brand and (not office or office not in ev.title and ev.lead.find(brand) < ev.lead.find(office)):
            return _with_place(brand, lex)  # a company acting before an office the lead lists (某某集团召开…，市国资委…出席)
        if office and office not in items:
            return office, None
        named = _named_unit(ev, lex) or _dateline_subject(ev.lead, lex)
        if named:
            return _with_place(named, lex)
        own = next((name for kind in _own_kinds("\n".join((ev.title, ev.lead, ev.body)), lex)
                    if (name := _own_named(kind, "\n".join((ev.headline, ev.body, ev.department, ev.owner, ev.sender)), lex))),
                   None)
        if own:
            # the text calls itself by its kind (我局) and the page names the organisation of that kind (作者:某县某局办公室)
            return _with_place(own, lex)
        posted = _posting_unit(ev, lex)
        if posted:
            return posted
        if ev.issuer or ev.sender:
            # the bulletin's own organisation, or the unit that sent the text, where its report names no other
            return ev.issuer or ev.sender, None
        own_kinds = _own_kinds("\n".join((ev.title, ev.lead, ev.body)), lex)
        named = _named_unit(ev, lex, own_kinds) if own_kinds else None
        if named:
            return _with_place(named, lex)
        return (_own_office(ev.title, lex, bare=True) or _own_office(ev.lead, lex, bare=True)
                or _kind_office(ev.title, lex) or _kind_office(ev.lead, lex) or _meeting_holder(ev.lead, lex)
                or (None if items else _own_office(ev.body, lex, loose=True))
                or _kind_office(ev.title, lex, bare=True) or _kind_office(ev.lead, lex, bare=True)
                or _titled_party_body(ev.title, lex) or _sector(ev.lead, lex)), None
    ranked = _rank_places(ev, places, lex)
    # the headline's, the lead's and the body's organisations are the whole text's that start in each
    placed = organisations_at(everything, places, lex)
    all_orgs = [org for _, org in placed]
    lead_at = len(ev.headline) + 1
    body_at = lead_at + len(ev.lead) + 1
    # a name ending in an official's post (某县委常委、组织部部长某某) is a person's title, no organisation
    placed = [(at, org) for at, org in placed if not org.name.endswith(lex.cues.official_posts)]
    headline_orgs = [org for at, org in placed if at < lead_at - 1]
    lead_orgs = [org for at, org in placed if lead_at <= at < body_at - 1]
    lead_orgs = [_led_institution(o, places, lex) if _is_post(ev.lead, o.name, lex) else o
                 for o in lead_orgs if not _in_venue_clause(ev.lead, o.name, lex) and not _only_convenes(ev.lead, o.name)]
    settings = _settings(ev.lead, places, lex)  # 在某镇某村党员活动中心: where it happened, not who acted
    lead_orgs = [o for o in lead_orgs if o is not None and _acts_again(o, ev.body, lex)
                 and not all(at in settings for at in occurrences(ev.lead, o.name))]
    titled = _title_subject(ev.title, ranked, places, lex)
    if headline_orgs:
        org = _fullest(headline_orgs[0], all_orgs)
        # the office that runs a place, on a line of its own under a title whose actor is the place (某县某某
        # 工作总结 / 中共某县委办公室): the document's issuer, writing for the place, which is the unit; so is any
        # office of the place alone on its line there (某县委某部) where the lead's actor is the place too
        issuing = (titled is not None and titled[0] == titled[1] == org.place and org.name not in ev.title
                   and (org.name.endswith(lex.cues.place_offices)
                        or (org.name in ev.headline.split("\n") and _lead_subject(ev.lead, places, [], lex) == org.place)))
        if not issuing:
            return org.name, _locality(org.place, ranked, lex)
    if titled:
        place, name = titled
        own = _own_organisation(place, lead_orgs, ev.lead, lex) if name == place else None
        if own is None and name == place:
            own = _posted_office(place, ev, all_orgs, places, lex)
        return (_fullest(own, all_orgs).name if own else name), _locality(place, ranked, lex)
    named = _named_before_places(ev, places, lex)
    if named:
        return _with_place(named, lex, ranked)
    # the page's posting department speaks where the text's own headline does not name its actor
    department = _department_unit(ev.department, all_orgs, places, lex)
    if department:
        return department, _place_of(department, places, ranked, lex)
    office = _own_office(ev.lead, lex, listed=True)
    if office and _first_named(ev.lead, office, places):
        return office, None  # the lead opens with an office by its level (州某某中心组织…到某县某村)
    office = _self_named(ev.lead, lex)
    if office and _first_named(ev.lead, office, places):
        return office, None  # the lead's actor is named after the text's word for itself (我校某某工作队…)
    subject = _spoken_level(_lead_subject(ev.lead, places, lead_orgs, lex, "\n".join((ev.headline, ev.body))), ev, places, lex)
    if subject:
        committee = _own_committee(subject, everything, lex) if subject in places else None
        if committee:
            return committee, _locality(subject, ranked, lex)
        # of a pair reporting jointly (某镇、某工业园), the first place's locality
        return subject, _locality(subject.split(LIST_MARK)[0], ranked, lex)
    if lead_orgs:
        org = _fullest(lead_orgs[0], all_orgs)
        return org.name, _locality(org.place, ranked, lex)
    named = _named_unit(ev, lex)
    if named:
        return _with_place(named, lex, ranked)
    in_headline = [p for p in ranked if mentions(ev.headline, [p])[p]]
    if in_headline:
        return in_headline[0], _locality(in_headline[0], ranked, lex)
    office = _own_office(ev.title, lex) or _own_office(ev.lead, lex)
    if office:
        return office, None
    party_body = _titled_party_body(ev.title, lex)
    if party_body and not any(mentions("\n".join((ev.headline, ev.lead)), ranked).values()):
        # the title's actor, where the headline and lead name no place: the body's places and offices are
        # where it worked or who helped
        return party_body, None
    body_orgs = [org for at, org in placed if at >= body_at]
    own_kind = _of_own_kind(body_orgs, "\n".join((ev.title, ev.lead, ev.body)), lex)
    if own_kind:
        org = _fullest(own_kind, all_orgs)
        return org.name, _locality(org.place, ranked, lex)
    titled = [o for o in body_orgs if _shares_word(o.body, ev.title)]
    if titled:
        org = _fullest(titled[0], all_orgs)
        return org.name, _locality(org.place, ranked, lex)
    if ranked and not _speaks_as_another_level(ranked[0], ev, lex) and _named_as_itself(ranked[0], everything, placed, places, lex):
        county = _county_of_stories(ranked[0], everything, places, ev, lex)
        if county:
            return county, county
        return ranked[0], _locality(ranked[0], ranked, lex)
    if ev.sender:
        return ev.sender, _place_of(ev.sender, places, ranked, lex)  # the unit that sent the text, where none acts
    return None, None


def _named_as_itself(place: str, text: str, placed: list[tuple[int, Organisation]], places: list[str], lex: Lexicon) -> bool:
    """Return whether ``text`` names ``place`` once at least other than as a setting (到某市, 在某县某村) or as where
    an official works (某市委某部副部长某某): a place named only so is where the actor went and who received it."""
    settings = _settings(text, places, lex)
    posts = {at for at, org in placed if org.place == place and text.startswith(lex.cues.official_posts, at + len(org.name))}
    return any(at not in settings and at not in posts for at in mentions(text, places)[place])


def _county_of_stories(town: str, text: str, places: list[str], ev: UnitEvidence, lex: Lexicon) -> str | None:
    """Return the county whose report tells stories in its towns, where the most-named place is one of them.

    A county's report may open with a story in one town (在某县某镇某村…, 某镇组织…) and go on to another
    (在某街道某社区…): the county is the actor where a clause of the text opens with it and acts (，某县坚持…),
    the town is named under it (某县某镇), a second town-level place stands outside that town's address, and
    the text never calls itself by the town's level (该镇, 全镇).
    """
    c = lex.cues
    if place_suffix(town, lex) not in c.town_suffixes or _spoken_levels(ev, lex).get((place_suffix(town, lex) or "")[-1:], 0):
        return None
    # a second town or street (a village may be the first town's own)
    others = [p for p in places if p != town and place_suffix(p, lex) in c.town_suffixes
              and place_suffix(p, lex) not in c.stem_levels and town + p not in text and p + town not in text]
    if not others:
        return None
    for county in places:
        level = place_suffix(county, lex)
        if level in c.town_suffixes or level in c.province_suffixes or county + town not in text:
            continue
        for at in occurrences(text, county):
            if (at == 0 or text[at - 1] in CLAUSE_MARKS) and not text.startswith(town, at + len(county)) and opens_predicate(text[at + len(county):at + len(county) + 8], lex):
                return county
    return None


def _speaks_as_another_level(place: str, ev: UnitEvidence, lex: Lexicon) -> bool:
    """Return whether the text calls itself by a level (该镇, 我镇) and never by ``place``'s: a town's report
    naming only its county (某区 + a town the text does not spell out) is not the county's, and a unit the text
    merely mentions is no better than none."""
    levels = _spoken_levels(ev, lex)
    return bool(levels) and not levels.get((place_suffix(place, lex) or "")[-1:], 0)


def _spoken_levels(ev: UnitEvidence, lex: Lexicon) -> Counter[str]:
    """Return how often the text calls itself by each level (我县, 该镇, 全乡 -> 县, 镇, 乡)."""
    return _self_reference_levels("\n".join((ev.title, ev.body)), lex)


def _self_reference_levels(spoken: str, lex: Lexicon) -> Counter[str]:
    """Return how often ``spoken`` calls itself by each level (我县, 该镇, 全乡 -> 县, 镇, 乡): the self-references
    are words, not patterns, looked for only where their first character occurs (most texts use few: 我, 全)."""
    openers = {ch for ch in lex.cues.self_reference_openers if ch in spoken}
    return Counter(ref[-1] for ref in lex.cues.self_references if ref[0] in openers for _ in range(spoken.count(ref)))
