"""Photo captions: mark them ``Para(role="caption")`` instead of leaving them in the body.

A scraped or printed report keeps its photo captions as ordinary lines; left
as body text they would be read as measures or sentences of the report.
They are kept (a briefing may want them) but marked. The evidence, from
``captions.toml``: a leading ``►``/``▲``/``图为``, a photographer credit at
the end (``…。商君婷 摄``, ``（记者 王五 摄）``), or a run of two or more short
one-sentence lines where photos stood.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..nodes import Block, Document, Para
from ..required_chars import required_chars
from .data import ToTraditional, both_scripts, load_table

_SHORT_SENTENCE = re.compile(r"[^。！？!?，,；;、:：\d]+[。！？!?]")


@dataclass(frozen=True)
class CaptionPatterns:
    """The compiled form of ``captions.toml``."""

    starts: re.Pattern[str]
    ends: tuple[re.Pattern[str], ...]
    short_run_max: int
    #: each end pattern with the characters it cannot match without (``required_chars``)
    end_scans: tuple[tuple[re.Pattern[str], frozenset[str] | None], ...] = field(init=False, compare=False, repr=False)
    #: every character some end pattern needs (a few: 摄, brackets): looked for in a text one by one, not by
    #: gathering all of the text's characters
    end_chars: frozenset[str] = field(init=False, compare=False, repr=False)
    #: ``is_caption``'s verdict on each paragraph text judged lately: the page-break pass and the caption
    #: pass judge the same paragraphs, and an end pattern scans a paragraph's whole text; not an argument, so a
    #: copy made with other patterns (``dataclasses.replace``) starts with none
    verdicts: dict[str, bool] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "end_scans", tuple((rx, required_chars(rx)) for rx in self.ends))
        object.__setattr__(self, "end_chars", frozenset().union(*(needs for _, needs in self.end_scans if needs)))


def load_caption_patterns(to_traditional: ToTraditional) -> CaptionPatterns:
    """Return the caption patterns of ``captions.toml``, compiled, in both scripts."""
    table = load_table("captions")
    name = table["name"]
    return CaptionPatterns(
        starts=re.compile("|".join(f"(?:{p})" for p in both_scripts(table["starts"], to_traditional))),
        ends=tuple(re.compile(p.replace("{name}", name)) for p in both_scripts(table["ends"], to_traditional)),
        short_run_max=table["short_run_max"],
    )


#: paragraphs whose verdicts ``CaptionPatterns.verdicts`` keeps at most (a few documents' worth)
_VERDICTS_KEPT = 4096


def is_caption(text: str, p: CaptionPatterns) -> bool:
    """Return whether ``text`` is, on its own evidence, a photo caption."""
    verdict = p.verdicts.get(text)
    if verdict is None:
        if len(p.verdicts) >= _VERDICTS_KEPT:
            p.verdicts.clear()  # any input stays bounded
        stripped = text.strip()
        chars = {ch for ch in p.end_chars if ch in stripped}  # an end pattern needing a character the text lacks finds nothing in it
        verdict = p.verdicts[text] = bool(p.starts.match(stripped)) or any(
            rx.search(stripped) for rx, needs in p.end_scans if needs is None or not needs.isdisjoint(chars))
    return verdict


def _is_short_line(block: Block, p: CaptionPatterns) -> bool:
    return (
        isinstance(block, Para)
        and block.role in (None, "caption")
        and len(block.text) <= p.short_run_max
        and bool(_SHORT_SENTENCE.fullmatch(block.text))
    )


def caption_flags(blocks: tuple[Block, ...], p: CaptionPatterns) -> list[bool]:
    """Return, for each block, whether it is a caption (already marked, or by evidence)."""
    short = [_is_short_line(b, p) for b in blocks]
    flags = []
    for i, block in enumerate(blocks):
        if not isinstance(block, Para) or block.role not in (None, "caption"):
            flags.append(False)
            continue
        in_run = short[i] and ((i > 0 and short[i - 1]) or (i + 1 < len(blocks) and short[i + 1]))
        flags.append(block.role == "caption" or in_run or is_caption(block.text, p))
    return flags


def mark_captions(document: Document, patterns: CaptionPatterns) -> Document:
    """Return ``document`` with its photo captions marked ``role="caption"``."""
    flags = caption_flags(document.blocks, patterns)
    blocks = tuple(replace(b, role="caption") if flag else b for b, flag in zip(document.blocks, flags))
    return document.renewed(blocks)
