"""The cue words of article splitting and metadata, read from ``data/meta.toml``.

Held as data so the genre's vocabulary (byline role words, organisation
endings, page furniture) can grow without touching the rules that use it.
``load_cues`` reads the table; the run's ``Lexicon`` holds the one copy.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from ..resources import load_data


def _longest_first(words: list[str]) -> tuple[str, ...]:
    """Return ``words`` longest first, so a longer cue wins over its own prefix."""
    return tuple(sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class PlaceWeights:
    """How much a place's mention weighs by where it stands, and the bonuses a place earns (``[unit_evidence]``)."""

    headline: int
    lead: int
    body: int
    dateline_bonus: int
    self_reference_bonus: int


@dataclass(frozen=True)
class Cues:
    """Every cue word list the article and metadata readers use."""

    byline_markers: tuple[str, ...]
    reporter_roles: tuple[str, ...]
    text_parts: tuple[str, ...]
    surnames: tuple[str, ...]
    picture_parts: tuple[str, ...]
    name_final_parts: frozenset[str]
    dateline_ends: tuple[str, ...]
    dateline_words: tuple[str, ...]
    editor_roles: tuple[str, ...]
    boilerplate: tuple[str, ...]
    furniture_openers: tuple[str, ...]
    breadcrumb_marks: tuple[str, ...]
    field_labels: tuple[str, ...]
    source_endings: tuple[str, ...]
    source_word_frequency: int
    header_publication_endings: tuple[str, ...]
    channel_endings: tuple[str, ...]
    masthead_endings: tuple[str, ...]
    masthead_max: int
    title_prefixes: tuple[str, ...]
    page_fields: frozenset[str]
    title_fields: tuple[str, ...]
    document_kinds: tuple[str, ...]
    series_endings: tuple[str, ...]
    column_labels: frozenset[str]
    column_endings: tuple[str, ...]
    column_max: int
    menu_min_items: int
    menu_item_max: int
    department_endings: tuple[str, ...]
    department_cues: tuple[str, ...]
    masks: str
    direction_openers: str
    copulas: str
    describing_copulas: tuple[str, ...]
    dateline: tuple[str, ...]
    source_cues: tuple[str, ...]
    caption_openers: tuple[str, ...]
    place_suffixes: tuple[str, ...]
    town_suffixes: tuple[str, ...]
    stem_levels: tuple[str, ...]
    addressed_levels: tuple[str, ...]
    city_name_endings: tuple[str, ...]
    zone_suffixes: frozenset[str]
    not_places: frozenset[str]
    rare_stem_frequency: int
    place_stem_frequency: int
    common_stem_frequency: int
    chained_stem_frequency: int
    own_office_words: tuple[str, ...]
    own_office_stem_frequency: int
    province_suffixes: tuple[str, ...]
    glued_word_frequency: int
    max_stem: int
    single_character_suffixes: tuple[str, ...]
    quantifiers: str
    level_pointers: str
    self_references: tuple[str, ...]
    org_suffixes: tuple[str, ...]
    words_opened_by_endings: tuple[str, ...]
    place_prefixed_bodies: tuple[str, ...]
    org_max_body: int
    proper_name_tags: frozenset[str]
    named_max: int
    alias_not_openers: tuple[str, ...]
    office_levels: str
    office_level_words: tuple[str, ...]
    stem_office_levels: tuple[str, ...]
    party_prefixes: tuple[str, ...]
    venue_prepositions: str
    setting_prepositions: str
    official_posts: tuple[str, ...]
    place_offices: tuple[str, ...]
    sector_endings: tuple[str, ...]
    sector_members: tuple[str, ...]
    people_bodies: tuple[str, ...]
    self_kinds: tuple[str, ...]
    sub_unit_suffixes: tuple[str, ...]
    sub_unit_max_body: int
    media_suffixes: frozenset[str]
    team_endings: tuple[str, ...]
    station_words: tuple[str, ...]
    dispatch_verbs: tuple[str, ...]
    dispatcher_groups: str
    team_field_max: int
    team_fields: tuple[str, ...]
    self_kind_prefixes: str
    self_kind_names: tuple[tuple[str, tuple[str, ...]], ...]
    institution_kinds: tuple[str, ...]
    kind_offices: tuple[str, ...]
    brand_endings: tuple[str, ...]
    clause_governors: frozenset[str]
    party_departments: tuple[str, ...]
    numbered_divisions: tuple[str, ...]
    place_weights: PlaceWeights
    office_bodies: tuple[str, ...]
    numerals: str
    measure_words: str
    place_suffix_pattern: re.Pattern[str]
    org_suffix_pattern: re.Pattern[str]

    @cached_property
    def place_suffix_set(self) -> frozenset[str]:
        """Return the level words (县, 开发区, 街道) as a set, to test a name's ending by lookup."""
        return frozenset(self.place_suffixes)

    @cached_property
    def place_suffix_chars(self) -> frozenset[str]:
        """Return the one-character level words (县, 镇): after a quantifier they count places (各县区)."""
        return frozenset(s for s in self.place_suffixes if len(s) == 1)

    @cached_property
    def self_reference_openers(self) -> frozenset[str]:
        """Return the first characters of the self-references (我, 本, 全): a text holding none of one uses no
        reference it opens."""
        return frozenset(ref[0] for ref in self.self_references if ref)

    @cached_property
    def org_suffix_alternation(self) -> str:
        """Return the organisation endings as one regex alternation, longest first (built once per run)."""
        return "|".join(map(re.escape, self.org_suffixes))

    @cached_property
    def longer_org_suffixes(self) -> tuple[str, ...]:
        """Return the organisation endings of two or more characters, in their order (an office inside another)."""
        return tuple(s for s in self.org_suffixes if len(s) >= 2)

    @cached_property
    def bare_offices(self) -> frozenset[str]:
        """Return every office level with an organisation ending and nothing between (区委, 镇党委): says not which office."""
        return frozenset(level + suffix for level in self.office_levels for suffix in self.org_suffixes)


def load_cues() -> Cues:
    """Return the cue words shipped with the package."""
    raw = load_data("extract/data/meta.toml")
    by, bp, pl, org, fw = raw["bylines"], raw["boilerplate"], raw["places"], raw["organisations"], raw["framework"]
    return Cues(
        byline_markers=tuple(by["markers"]),
        reporter_roles=_longest_first(by["reporter_roles"]),
        text_parts=_longest_first(by["text_parts"]),
        surnames=_longest_first(by["surnames"]),
        picture_parts=_longest_first(by["picture_parts"]),
        name_final_parts=frozenset(by["name_final_parts"]),
        dateline_ends=tuple(by["dateline_ends"]),
        dateline_words=_longest_first(by["dateline_words"]),
        editor_roles=_longest_first(by["editor_roles"]),
        boilerplate=tuple(bp["contains"]),
        furniture_openers=tuple(bp["openers"]),
        breadcrumb_marks=tuple(bp["breadcrumb_marks"]),
        field_labels=_longest_first(bp["field_labels"]),
        source_endings=tuple(bp["source_endings"]),
        source_word_frequency=int(bp["source_word_frequency"]),
        header_publication_endings=_longest_first(bp["header_publication_endings"]),
        channel_endings=tuple(bp["channel_endings"]),
        masthead_endings=_longest_first(raw["titles"]["masthead_endings"]),
        masthead_max=int(raw["titles"]["masthead_max"]),
        title_prefixes=_longest_first(raw["titles"]["strip_prefixes"]),
        page_fields=frozenset(raw["fields"]["page_fields"]),
        title_fields=tuple(raw["fields"]["title_fields"]),
        document_kinds=_longest_first(raw["titles"]["document_kinds"]),
        series_endings=_longest_first(raw["titles"]["series_endings"]),
        column_labels=frozenset(raw["titles"]["column_labels"]),
        column_endings=_longest_first(raw["titles"]["column_endings"]),
        column_max=int(raw["titles"]["column_max"]),
        menu_min_items=int(raw["titles"]["menu_min_items"]),
        menu_item_max=int(raw["titles"]["menu_item_max"]),
        department_endings=tuple(bp["department_endings"]),
        department_cues=_longest_first(bp["department_cues"]),
        masks=pl["masks"],
        direction_openers=pl["direction_openers"],
        copulas=pl["copulas"],
        describing_copulas=tuple(pl["describing_copulas"]),
        dateline=tuple(bp["dateline"]),
        source_cues=tuple(bp["source_cues"]),
        caption_openers=tuple(raw["captions"]["openers"]),
        place_suffixes=_longest_first(pl["suffixes"]),
        town_suffixes=tuple(pl["town_suffixes"]),
        stem_levels=tuple(pl["stem_levels"]),
        addressed_levels=tuple(pl["addressed_levels"]),
        city_name_endings=tuple(pl["city_name_endings"]),
        zone_suffixes=frozenset(pl["zone_suffixes"]),
        not_places=frozenset(pl["not_places"]),
        rare_stem_frequency=int(pl["rare_stem_frequency"]),
        place_stem_frequency=int(pl["place_stem_frequency"]),
        common_stem_frequency=int(pl["common_stem_frequency"]),
        chained_stem_frequency=int(pl["chained_stem_frequency"]),
        own_office_words=_longest_first(pl["own_office_words"]),
        own_office_stem_frequency=int(pl["own_office_stem_frequency"]),
        province_suffixes=tuple(pl["province_suffixes"]),
        glued_word_frequency=int(pl["glued_word_frequency"]),
        max_stem=int(pl["max_stem"]),
        single_character_suffixes=tuple(pl["single_character_suffixes"]),
        quantifiers=pl["quantifiers"],
        level_pointers=pl["level_pointers"],
        self_references=_longest_first(pl["self_references"]),
        org_suffixes=_longest_first(org["suffixes"]),
        words_opened_by_endings=_longest_first(org["words_opened_by_endings"]),
        place_prefixed_bodies=_longest_first(org["place_prefixed_bodies"]),
        org_max_body=int(org["max_body"]),
        proper_name_tags=frozenset(org["proper_name_tags"]),
        named_max=int(org["named_max"]),
        alias_not_openers=_longest_first(org["alias_not_openers"]),
        office_levels=org["office_levels"],
        office_level_words=_longest_first(org["office_level_words"]),
        stem_office_levels=tuple(org["stem_office_levels"]),
        party_prefixes=tuple(org["party_prefixes"]),
        venue_prepositions=org["venue_prepositions"],
        setting_prepositions=org["setting_prepositions"],
        official_posts=_longest_first(org["official_posts"]),
        place_offices=_longest_first(org["place_offices"]),
        sector_endings=_longest_first(org["sector_endings"]),
        sector_members=_longest_first(org["sector_members"]),
        people_bodies=_longest_first(org["people_bodies"]),
        self_kinds=_longest_first(org["self_kinds"]),
        sub_unit_suffixes=_longest_first(org["sub_unit_suffixes"]),
        sub_unit_max_body=int(org["sub_unit_max_body"]),
        media_suffixes=frozenset(org["media_suffixes"]),
        team_endings=_longest_first(org["team_endings"]),
        station_words=_longest_first(org["station_words"]),
        dispatch_verbs=_longest_first(org["dispatch_verbs"]),
        dispatcher_groups=org["dispatcher_groups"],
        team_field_max=int(org["team_field_max"]),
        team_fields=_longest_first(org["team_fields"]),
        self_kind_prefixes=org["self_kind_prefixes"],
        self_kind_names=tuple((k, _longest_first(v)) for k, v in org["self_kind_names"].items()),
        institution_kinds=_longest_first(org["institution_kinds"]),
        kind_offices=_longest_first(org["kind_offices"]),
        brand_endings=_longest_first(org["brand_endings"]),
        clause_governors=frozenset(org["clause_governors"]),
        party_departments=_longest_first(org["party_departments"]),
        numbered_divisions=_longest_first(org["numbered_divisions"]),
        place_weights=PlaceWeights(**{k: int(v) for k, v in raw["unit_evidence"].items()}),
        office_bodies=_longest_first(org["office_bodies"]),
        numerals=fw["numerals"],
        measure_words=fw["measure_words"],
        place_suffix_pattern=_any_of(pl["suffixes"]),
        org_suffix_pattern=_any_of(org["suffixes"]),
    )


def _any_of(words: list[str]) -> re.Pattern[str]:
    """Return a pattern matching any of ``words``, longest first."""
    return re.compile("|".join(map(re.escape, _longest_first(words))))
