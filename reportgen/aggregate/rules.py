"""The comparison's rule data (``rules.toml``), parsed and compiled once per run into ``AggregateRules``.

Like extract's ``Lexicon``: the caller loads the rules once (``load_rules``)
and hands them to ``compare``, which passes the part each step needs. No
aggregate module reads or caches a table on its own, so a run's rules are
exactly what it was given and two runs never share state.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..resources import load_data
from .cellrules import CellRules, compile_cell_rules


@dataclass(frozen=True)
class HeadlineRules:
    """``[headline]``: the words before a number that mark it as a total (共, 累计, 全县…)."""

    total_markers: re.Pattern[str]
    marker_window: int
    clause_markers: re.Pattern[str]
    categories: re.Pattern[str]  # a count of categories (8个方面) that does not stand between a marker and its figure


@dataclass(frozen=True)
class UnitRules:
    """``[units]`` and ``[unit_names]``: how names of one organisation merge, and what reads as a name."""

    drop_prefixes: tuple[str, ...]
    place_bodies: tuple[str, ...]  # longest first: 人民政府 before 政府
    area_bodies: tuple[str, ...]  # longest first
    places: tuple[str, ...]
    max_length: int
    endings: tuple[str, ...]
    not_in_names: tuple[str, ...]
    self_reference: re.Pattern[str]
    self_reference_min: int
    place_name_max: int  # a place's name with its level (镇沅县: 3) is at most this long
    blanked: tuple[str, ...]  # marks of a place blanked out (***镇, 某县): no place


@dataclass(frozen=True)
class QualityRules:
    """``[quality]``: bounds of plausible values and how a share's whole is read."""

    percent_max: int | float
    count_max: int | float
    percent_tolerance: float
    whole_suffixes: tuple[str, ...]


@dataclass(frozen=True)
class RatioRule:
    """One ``[[ratios]]`` entry: count indicators per ``per`` of a denominator indicator."""

    denominator: str
    per: int
    label: str
    numerators: tuple[str, ...]
    exclude_families: tuple[str, ...]


@dataclass(frozen=True)
class NotAReport:
    """One ``[[relevance.not_a_report]]`` kind: a speech, a notice, a leader's visit, told by its title or opening."""

    title: re.Pattern[str] | None
    opening: re.Pattern[str] | None
    reason: str
    unless_campaign: bool  # the kind holds only for an article that names no campaign


@dataclass(frozen=True)
class LeadersWords:
    """``[relevance.leaders_words]``: a meeting told only through what its leaders said."""

    speech: re.Pattern[str]  # a paragraph opening with a person saying something; group ``name``
    post: re.Pattern[str]  # a post written right before a leader's name (书记, 县长…)
    meeting: re.Pattern[str]  # a paragraph opening with the meeting saying something (会议指出/要求…)
    counts: re.Pattern[str]  # a count of work stated (a number with its measure word)
    reported: re.Pattern[str]  # the meeting heard the unit's account of its work (听取…汇报)
    title: re.Pattern[str]  # a headline saying what a leader said at a meeting
    min: int
    share: float
    reason: str


@dataclass(frozen=True)
class OnePerson:
    """``[relevance.one_person]``: a feature on one person, told by how often it says 他/她."""

    pronoun: re.Pattern[str]
    min: int
    per_thousand: float
    reason: str


@dataclass(frozen=True)
class SpeakersVoice:
    """``[relevance.speakers_voice]``: a speech told by how often it says 我们 and that it directs its audience."""

    pronoun: re.Pattern[str]
    quoted: re.Pattern[str]  # quoted words (a person quoted in a report) are left out of the count
    min: int
    per_thousand: float
    directive: re.Pattern[str]  # the speaker telling the audience what to do (各地各单位要…)
    reason: str


@dataclass(frozen=True)
class RelevanceRules:
    """``[relevance]``: what makes an article a report of a unit's campaign work."""

    campaign_names: tuple[str, ...]
    drive_names: tuple[str, ...]  # 河长制, 脱贫攻坚: a report only when named `min_drive_mentions` times
    min_drive_mentions: int
    work_words: tuple[str, ...]
    min_work_words: int
    min_work_word_uses: int  # repeats counted: a text that keeps returning to the work
    min_work_words_used_often: int
    report_form: tuple[re.Pattern[str], ...]  # a unit's own work report: 一是…二是…, 我县…
    min_work_words_in_report: int
    not_a_report: tuple[NotAReport, ...]
    opening_paragraphs: int
    one_person: OnePerson
    speakers_voice: SpeakersVoice
    leaders_words: LeadersWords


@dataclass(frozen=True, eq=False)
class AggregateRules:
    """Everything the comparison knows besides the taxonomy, for one run."""

    headline: HeadlineRules
    count_units: Mapping[str, str]  # measure word → the count unit it is combined under
    display: Mapping[str, str]  # qualifier → how a value is written ({n}多{u})
    units: UnitRules
    quality: QualityRules
    ratios: tuple[RatioRule, ...]
    relevance: RelevanceRules
    cells: CellRules

    def count_unit(self, unit_word: str | None) -> str:
        """Return the count unit of a measure word: counts combine only when these agree."""
        word = unit_word or ""
        return self.count_units.get(word, word)


def _pattern(text: str | None) -> re.Pattern[str] | None:
    return re.compile(text) if text else None


def _leaders_words(raw: Mapping[str, Any]) -> LeadersWords:
    return LeadersWords(speech=re.compile(raw["speech"]), post=re.compile(raw["post"]), title=re.compile(raw["title"]),
                        meeting=re.compile(raw["meeting"]), counts=re.compile(raw["counts"]),
                        reported=re.compile(raw["reported"]),
                        min=int(raw["min"]),
                        share=float(raw["share"]), reason=raw["reason"])


def _speakers_voice(raw: Mapping[str, Any]) -> SpeakersVoice:
    return SpeakersVoice(pronoun=re.compile(raw["pronoun"]), quoted=re.compile(raw["quoted"]), min=int(raw["min"]),
                         per_thousand=float(raw["per_thousand"]), directive=re.compile(raw["directive"]),
                         reason=raw["reason"])


def load_rules() -> AggregateRules:
    """Return the shipped ``aggregate/rules.toml`` parsed and compiled (call once per run)."""
    return rules_from(load_data("aggregate/rules.toml"))


def rules_from(raw: Mapping[str, Any]) -> AggregateRules:
    """Return the rules of a parsed ``rules.toml``."""
    count_units: dict[str, str] = {}
    for head, members in raw["count_units"].items():
        count_units[head] = head
        count_units.update({m: head for m in members})
    units, names, quality, relevance = raw["units"], raw["unit_names"], raw["quality"], raw["relevance"]
    return AggregateRules(
        headline=HeadlineRules(total_markers=re.compile("|".join(raw["headline"]["total_markers"])),
                               marker_window=int(raw["headline"]["marker_window"]),
                               clause_markers=re.compile(raw["headline"]["clause_markers"]),
                               categories=re.compile(raw["headline"]["categories"])),
        count_units=count_units,
        display=dict(raw["display"]),
        units=UnitRules(
            drop_prefixes=tuple(units["drop_prefixes"]),
            place_bodies=tuple(sorted(units["place_bodies"], key=len, reverse=True)),
            area_bodies=tuple(sorted(units["area_bodies"], key=len, reverse=True)),
            places=tuple(units["places"]),
            max_length=int(names["max_length"]),
            endings=tuple(names["endings"]),
            not_in_names=tuple(names["not_in_names"]),
            self_reference=re.compile(names["self_reference"]),
            self_reference_min=int(names["self_reference_min"]),
            place_name_max=int(units["place_name_max"]),
            blanked=tuple(units["blanked"]),
        ),
        quality=QualityRules(percent_max=quality["percent_max"], count_max=quality["count_max"],
                             percent_tolerance=float(quality["percent_tolerance"]),
                             whole_suffixes=tuple(quality["whole_suffixes"])),
        ratios=tuple(RatioRule(denominator=r["denominator"], per=int(r["per"]), label=r["label"],
                               numerators=tuple(r.get("numerators", ())),
                               exclude_families=tuple(r.get("exclude_families", ())))
                     for r in raw.get("ratios", [])),
        relevance=RelevanceRules(campaign_names=tuple(relevance["campaign_names"]),
                                 drive_names=tuple(relevance["drive_names"]),
                                 min_drive_mentions=int(relevance["min_drive_mentions"]),
                                 work_words=tuple(relevance["work_words"]),
                                 min_work_words=int(relevance["min_work_words"]),
                                 min_work_word_uses=int(relevance["min_work_word_uses"]),
                                 min_work_words_used_often=int(relevance["min_work_words_used_often"]),
                                 report_form=tuple(re.compile(p) for p in relevance["report_form"]),
                                 min_work_words_in_report=int(relevance["min_work_words_in_report"]),
                                 not_a_report=tuple(NotAReport(title=_pattern(k.get("title")),
                                                               opening=_pattern(k.get("opening")), reason=k["reason"],
                                                               unless_campaign=bool(k.get("unless_campaign", False)))
                                                    for k in relevance["not_a_report"]),
                                 opening_paragraphs=int(relevance["opening_paragraphs"]),
                                 one_person=OnePerson(pronoun=re.compile(relevance["one_person"]["pronoun"]),
                                                      min=int(relevance["one_person"]["min"]),
                                                      per_thousand=float(relevance["one_person"]["per_thousand"]),
                                                      reason=relevance["one_person"]["reason"]),
                                 speakers_voice=_speakers_voice(relevance["speakers_voice"]),
                                 leaders_words=_leaders_words(relevance["leaders_words"])),
        cells=compile_cell_rules(raw["cells"]),
    )
