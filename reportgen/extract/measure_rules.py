"""The measure finder's tables, compiled: enumeration labels, heading shapes, furniture marks.

``data/measures.toml`` holds them; ``load_measure_rules`` reads and compiles
the table once per run and the run's ``Lexicon`` holds the result.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..required_chars import required_chars
from ..resources import load_data

NUMERAL = "[一二三四五六七八九十百零〇两]"
DIGIT = "[0-9０-９]"
SENTENCE_END = "。！？；;!?"


@dataclass(frozen=True)
class Label:
    """One kind of enumeration label and where it may stand."""

    kind: str
    rank: float
    pattern: re.Pattern[str]
    inline: bool | str


@dataclass(frozen=True)
class MeasureRules:
    """The measure finder's data, compiled."""

    labels: tuple[Label, ...]
    inline: re.Pattern[str] | None
    inline_labels: tuple[Label, ...]
    # The same labels after a comma or 、: the first member of a series whose later members are found
    # after a full stop (……要注重三个结合,一是……；二是……；三是……).
    series_start: re.Pattern[str] | None
    # The "spaced" labels after a sentence end or colon with no space between (……尽责”。二、防控……):
    # a converted page that lost its line breaks and spaces; a point only in a numbered run of its kind.
    inline_unspaced: re.Pattern[str] | None
    # The first label of such a run glued to the text before it (……主要工作成效(一)村集体……。(二)……):
    # only the kinds of ``glued_first_kinds``, whose brackets no sentence writes.
    inline_glued: re.Pattern[str] | None
    max_length: int
    bold_max_length: int
    runin_min: int
    runin_max: int
    runin_series: int
    lead_length: int
    series_lead_length: int
    body_length: int
    lead_max: int
    head_max: int
    head_words: tuple[str, ...]
    structural: tuple[str, ...]
    structural_endings: tuple[str, ...]
    structural_words: tuple[str, ...]
    result_words: tuple[str, ...]
    structural_kinds: tuple[str, ...]
    not_work: tuple[str, ...]
    bullets: str
    not_starts: tuple[str, ...]
    not_ends: tuple[str, ...]
    punctuated_max: int
    opening_min: int
    runin_leads: tuple[str, ...]
    runin_head_words: tuple[str, ...]
    not_head_pattern: re.Pattern[str]  # a word or a time that makes a head a sentence of the narrative
    runin_speech_words: tuple[str, ...]
    parallel_max: int
    runin_not_starts: tuple[str, ...]
    starts_despite_pattern: re.Pattern[str]  # what opens a head though its first character is in not_starts
    pair_min: int
    pair_max: int
    pair_skew: int
    pair_not_words: tuple[str, ...]
    sub_head_not_words: tuple[str, ...]
    couplet_clause: int
    head_verbs: tuple[str, ...]
    series_head_max: int
    runin_lead_pattern: re.Pattern[str]      # a lead-in and its comma (据了解,)
    opening_mark_pattern: re.Pattern[str]  # a mark setting a head off at a paragraph's start (——)
    time_clause_pattern: re.Pattern[str]  # a clause of time and its comma before a head (自……以来,)
    sequence_lead_pattern: re.Pattern[str]  # a lead-in glued to its head by 是 (首先是传达学习快)
    aspect_head_pattern: re.Pattern[str]     # a head ending in a head word before a comma or colon (…方面,)
    punctuated_head_pattern: re.Pattern[str]  # a head with commas, 、 or quotes, closed by a full stop
    bracket_head_pattern: re.Pattern[str]  # a head framed by marks opening a paragraph (【……】, ——……——)
    bracket_furniture: tuple[str, ...]
    name_endings: tuple[str, ...]
    field_endings: tuple[str, ...]
    speech_pattern: re.Pattern[str]  # a word of speech with the speech after it (强调,)
    following_words: tuple[str, ...]  # a clause opening with one follows what was asked (按照要求,): no speech
    announcement_pattern: re.Pattern[str]  # a word of speech announcing a series of points (强调:, 提出了四点意见:)
    # a sentence announcing a number of points a speaker asks for (提出了3点具体要求。一是……)
    counted_announcement_pattern: re.Pattern[str]
    #: the characters every match of ``inline_glued`` holds one of (its brackets; ``required_chars``): most
    #: paragraphs hold none, and a pattern opening on a look-behind is tried at every character
    inline_glued_chars: frozenset[str] | None = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        needs = required_chars(self.inline_glued) if self.inline_glued is not None else None
        object.__setattr__(self, "inline_glued_chars", needs)


def _any(words: list[str]) -> str:
    """Return a regex alternation of ``words``, longest first."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


#: the marks a run-in head may hold besides its characters: pauses, quotes of both scripts (“”, 「」, 『』)
#: and the joining marks of the genre's slogans (“党建+”, 文明实践·志愿服务)
HEAD_MARKS = "，,、“”‘’「」『』+＋·"


def load_measure_rules() -> MeasureRules:
    """Return the compiled rules of ``data/measures.toml``."""
    data = load_data("extract/data/measures.toml")
    labels = []
    for rank, entry in enumerate(data["labels"], start=2):
        body = entry["pattern"].replace("N", NUMERAL).replace("D", DIGIT)
        labels.append(Label(entry["kind"], float(rank), re.compile(r"\s*(?:" + body + r")\s*"), entry.get("inline", False)))
    inline_labels = tuple(lab for lab in labels if lab.inline)
    inline = series_start = inline_unspaced = inline_glued = None
    glued_kinds = set(data["headings"].get("glued_first_kinds", ()))
    if inline_labels:
        # A "spaced" label needs a space between the mark and itself.
        bodies = [(r"(?=\s)" if lab.inline == "spaced" else "") + lab.pattern.pattern for lab in inline_labels]
        # A point opens after a sentence end, or after a colon or a dash announcing the points
        # (……体现在五个方面—— 1.垂范带头学 ……).
        inline = re.compile(r"(?<=[" + SENTENCE_END + "：:—])(?:" + "|".join(f"(?P<k{i}>{b})" for i, b in enumerate(bodies)) + ")")
        inline_unspaced = re.compile(r"(?<=[" + SENTENCE_END + "：:—])(?:" + "|".join(
            f"(?P<k{i}>{lab.pattern.pattern})" for i, lab in enumerate(inline_labels) if lab.inline == "spaced") + ")")
        glued = [f"(?P<k{i}>{lab.pattern.pattern})" for i, lab in enumerate(inline_labels)
                 if lab.inline == "spaced" and lab.kind in glued_kinds]
        inline_glued = re.compile(r"(?<=[\u4e00-\u9fff])(?:" + "|".join(glued) + ")") if glued else None
        series_start = re.compile(r"(?<=[，,、])(?:" + "|".join(
            f"(?P<k{i}>{lab.pattern.pattern})" for i, lab in enumerate(inline_labels) if lab.inline is True) + ")")
    h = data["headings"]
    furniture = data["not_headings"]
    runin = data["runin"]
    return MeasureRules(
        labels=tuple(labels), inline=inline, inline_labels=inline_labels, series_start=series_start,
        inline_unspaced=inline_unspaced, inline_glued=inline_glued,
        max_length=h["max_length"], bold_max_length=h["bold_max_length"], runin_min=h["runin_min"], runin_max=h["runin_max"],
        runin_series=h["runin_series"], lead_length=h["lead_length"],
        series_lead_length=h["series_lead_length"], body_length=h["body_length"],
        lead_max=h["lead_max"], head_max=h["head_max"], head_words=tuple(h["head_words"]), structural=tuple(h["structural"]),
        structural_endings=tuple(h["structural_endings"]), structural_words=tuple(h["structural_words"]),
        result_words=tuple(h["result_words"]),
        structural_kinds=tuple(h["structural_kinds"]),
        not_work=tuple(h["not_work"]), bullets=h["bullets"], not_starts=tuple(furniture["starts"]),
        not_ends=tuple(furniture["ends"]), punctuated_max=runin["punctuated_max"], opening_min=runin["opening_min"],
        runin_leads=tuple(sorted(runin["leads"], key=len, reverse=True)), runin_head_words=tuple(runin["head_words"]),
        not_head_pattern=re.compile("|".join([_any(runin["not_heads"]), *runin["time_forms"]])),
        runin_not_starts=tuple(runin["not_starts"]),
        starts_despite_pattern=re.compile("|".join([_any(runin["starts_despite"]), *runin["starts_despite_forms"]])),
        runin_speech_words=tuple(runin["speech_words"]), parallel_max=runin["parallel_max"],
        pair_min=runin["pair_min"], pair_max=runin["pair_max"], pair_skew=runin["pair_skew"],
        pair_not_words=tuple(runin["pair_not_words"]), sub_head_not_words=tuple(runin["sub_head_not_words"]), couplet_clause=runin["couplet_clause"],
        head_verbs=tuple(sorted(runin["head_verbs"], key=len, reverse=True)),
        series_head_max=runin["series_head_max"],
        runin_lead_pattern=re.compile("(?:" + _any(runin["leads"]) + r")\s*[，,]\s*"),
        opening_mark_pattern=re.compile(r"\s*(?:" + _any(runin["opening_marks"]) + r")\s*"),
        time_clause_pattern=re.compile(r"[^，,。；;：:！？!?]{2,%d}?(?:%s)\s*[，,]\s*" % (
            runin["time_clause_max"], _any(runin["time_clause_endings"]))),
        sequence_lead_pattern=re.compile("(?:" + _any(runin["leads"]) + ")是"),
        aspect_head_pattern=re.compile(r"(?:%s)?([^，,。；;：:！？!?\s]{2,%d}?(?<![%s])(?:%s))\s*[，,：:]" % (
            _any(runin["aspect_openers"]), h["head_max"], re.escape(runin["aspect_not_after"]), _any(runin["head_words"]))),
        punctuated_head_pattern=re.compile(r"([\u4e00-\u9fff%s]{%d,%d})[ \t\u3000]?(%s)" % (HEAD_MARKS,
            runin["opening_min"], max(runin["punctuated_max"], runin["parallel_max"], runin["series_head_max"]), _any(runin["head_ends"]))),
        bracket_head_pattern=re.compile("|".join(
            re.escape(opening) + r"([\u4e00-\u9fff%s]{%d,%d})" % (HEAD_MARKS, runin["opening_min"], runin["punctuated_max"]) + re.escape(closing)
            for opening, closing in runin["head_frames"])),
        bracket_furniture=tuple(runin["bracket_furniture"]),
        name_endings=tuple(runin["name_endings"]), field_endings=tuple(runin["field_endings"]),
        speech_pattern=re.compile("(?:%s)[，,：:“]" % _any(runin["speech_words"])),
        following_words=tuple(runin["following_words"]),
        announcement_pattern=re.compile("(?:%s)[^，,。；;：:]{0,%d}[：:；;]" % (
            _any(runin["announcing_words"]), runin["announcement_max"])),
        counted_announcement_pattern=re.compile(
            "(?:%s)了?[^，,。；;：:]{0,%d}?[0-9一二三四五六七八九十两几]+\\s*[点条项个]?[^，,。；;：:]{0,%d}?(?:%s)\\s*[。：:]?$" % (
                _any(runin["announcing_words"]), runin["announcement_max"], runin["announcement_max"],
                _any(runin["announced_things"]))),
    )
