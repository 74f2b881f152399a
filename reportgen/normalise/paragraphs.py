"""Page-break joins: a paragraph that a page or column break split is joined again.

A printed report copied to text breaks a paragraph wherever the page ended:
``…帮扶17个经济薄`` / ``弱村进行包靠…``, ``…《党的群众路线`` /
``教育实践活动实施意见》…``. Headings of the genre look similar (no final
punctuation: ``组织导向：科学部署抓覆盖``, ``开门搞活动 诚心听民声``) and must stay
apart. The genre settles it: body paragraphs end with ``。`` and are long,
headings are short and hold no sentence. So a paragraph is joined to the next
only on evidence about both sides (``cut_evidence`` and ``continues``);
photo captions that a layout put inside the break (``captions.caption_flags``,
marked or not yet) are stepped over and kept after the joined paragraph.
"""
from __future__ import annotations

import re
from dataclasses import replace
from enum import Enum
from typing import TYPE_CHECKING

from ..nodes import Block, Document, Inline, Para, Text
from ..resources import load_data
from .boilerplate import is_boilerplate
from .captions import caption_flags
from .data import ToTraditional, both_scripts

if TYPE_CHECKING:
    from .rules import NormaliseRules

# A paragraph ending in one of these is complete (``：`` leads in a quote or
# list, ``——`` a kicker headline); closers count when a sentence end precedes them.
_CLOSERS = "”’」』）)】"
_COMPLETE_END = re.compile(rf"(?:[。！？!?；;…:：.]|——|[。！？!?…][{_CLOSERS}]+)$")
_INNER_SENTENCE = re.compile(r"[。！？!?；;]")
_CLAUSE_END = re.compile(r"[，,、]$")
# A headline may cry out inside (成功卫冕！某县某工作再获第一): an exclamation in a line as short as a
# heading holds no sentence.
_HEADLINE_EXCLAMATION = re.compile(r"^[^。？?；;]*?[！!]")
_CLAUSE_MARK = re.compile(r"[，,、；;]")
_DIGIT_END = re.compile(r"[\d０-９]$")
_PAIRS = (("《", "》"), ("“", "”"), ("（", "）"), ("(", ")"), ("「", "」"), ("『", "』"), ("【", "】"))
# A paragraph cannot start with a closer or a clause mark: it continues one. A run of question
# marks before a space is a scraped page's debris for characters it lost, opening a paragraph.
_CONTINUATION_START = re.compile(r"^(?![?？]{2,}\s)[》”’」』）)】，,、。；;：:！？!?%％]")
# What may follow a number that a break split off (``976`` / ``个自然村``): a
# measure word of ``measure_words.toml``, a multiplier, a qualifier, or a date's next part.
NUMBER_CONTINUATIONS = ("万", "亿", "千", "百", "十", "余", "多", "月", "日")
# Openings of a new block: list and section markers, bylines, captions.
_NEW_BLOCK_START = re.compile(
    r"^(?:[一二三四五六七八九十]+[、是要]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|第[一二三四五六七八九十\d]+[章节条部分]"
    r"|[□■►▲●◆◇★☆【]|本报|本報)"
)


def load_measure_start(to_traditional: ToTraditional) -> re.Pattern[str]:
    """Return the pattern of a measure word (``measure_words.toml``) opening a paragraph, in either script
    (joins run before the script conversion)."""
    table = load_data("measure_words.toml")
    measure_words = [w for group in table["units"].values() for w in group]
    words = sorted(both_scripts([*measure_words, *NUMBER_CONTINUATIONS], to_traditional), key=len, reverse=True)
    return re.compile("^(?:" + "|".join(map(re.escape, words)) + ")")


# A line of a headline or heading: short and holding no sentence.
HEADING_MAX = 30
# A paragraph at least this long without a sentence in it is still body text.
BODY_MIN = 60
# Headings hold at most a pause or two (``一、深入一线调研,做到有的放矢``); body text more.
BODY_MIN_CLAUSES = 3


class Cut(Enum):
    """How sure we are that a paragraph was cut by a break."""

    NONE = 0
    WEAK = 1  # ends open; a heading could look the same
    STRONG = 2  # cannot be a complete paragraph or a heading


def cut_evidence(text: str) -> Cut:
    """Return how strongly ``text`` looks like the first half of a split paragraph.

    Strong: it ends with a clause mark (``，``/``、``), or leaves a bracket or
    quote open (``《党的群众路线``), or it is body text — it holds a sentence
    or three clause marks before its open end (after any list marker), or is
    longer than any heading — ending mid-sentence.
    Weak: it only ends without final punctuation, as headings do too.
    """
    text = text.rstrip()
    if not text or _complete(text):
        return Cut.NONE
    if _CLAUSE_END.search(text, len(text) - 1) or _unclosed(text):  # a mark ending the text is its last character
        return Cut.STRONG
    sentence = _HEADLINE_EXCLAMATION.sub("", text) if len(text) <= HEADING_MAX else text
    if _INNER_SENTENCE.search(sentence) or len(text) >= BODY_MIN:
        return Cut.STRONG
    if len(_CLAUSE_MARK.findall(_NEW_BLOCK_START.sub("", text, count=1))) >= BODY_MIN_CLAUSES:
        return Cut.STRONG
    return Cut.WEAK


def _complete(text: str) -> bool:
    """Return whether ``text`` (trailing whitespace stripped) ends complete (``_COMPLETE_END``).

    The ending is searched for only where it can start: in the last two characters, or before the run
    of closers the text ends in; searched from the start, the pattern would be tried at every offset.
    """
    closers = len(text) - len(text.rstrip(_CLOSERS))
    return _COMPLETE_END.search(text, max(0, len(text) - closers - 2)) is not None


def _unclosed(text: str) -> bool:
    """Return whether a bracket or quote opened in ``text`` is still open at its end."""
    return any(text.rfind(opener) > text.rfind(closer) for opener, closer in _PAIRS)


def continues(first: str, second: str, cut: Cut, measure_start: re.Pattern[str]) -> bool:
    """Return whether ``second`` carries on the paragraph ``first`` left open.

    It never does when it opens a new block (``一、``, ``（二）``, ``□``, ``►``).
    It surely does when it starts with a closer or clause mark, or with a
    measure word after a number that ended ``first`` (``976`` / ``个自然村``).
    After a strong cut it does unless it looks like a heading itself (short,
    no sentence); after a weak cut only on the sure signs.
    """
    second = second.lstrip()
    if not second or _NEW_BLOCK_START.match(second):
        return False
    if _CONTINUATION_START.match(second):
        return True
    if _DIGIT_END.search(first) and measure_start.match(second):
        return True
    if cut is Cut.STRONG:
        return not _looks_like_heading(second) or _CLAUSE_END.search(first) is not None or _unclosed(first)
    return False


def _looks_like_heading(text: str) -> bool:
    return len(text) <= HEADING_MAX and not _INNER_SENTENCE.search(text) and not _CLAUSE_END.search(text)


# a comma closing a paragraph, and the clause marks that make it a doubling when they open the next
SEAM_COMMAS = ",，"
SEAM_MARKS = ",，、。；;！？"


def _join(first: Para, second: Para) -> Para:
    """Return one paragraph holding both; a space only between two Latin words. A comma closing the first
    right before a clause mark opening the second (某某，|。某某) is a doubling the characters pass drops
    inside a paragraph; at the seam it goes too, so the join reads as that pass would leave it."""
    a, b = first.text, second.text.lstrip()
    glue = " " if a[-1:].isascii() and a[-1:].isalpha() and b[:1].isascii() and b[:1].isalpha() else ""
    head = first.content
    last = head[-1] if head else None
    if not glue and b[:1] in SEAM_MARKS and isinstance(last, Text) and last.text[-1:] in SEAM_COMMAS:
        head = head[:-1] + ((Text(last.text[:-1]),) if len(last.text) > 1 else ())
    content = head + ((Text(glue),) if glue else ()) + second.content
    return replace(first, content=_merge_text(content))


def _merge_text(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """Return ``content`` with neighbouring plain ``Text`` nodes merged into one."""
    out: list[Inline] = []
    for node in content:
        if out and isinstance(node, Text) and isinstance(out[-1], Text):
            out[-1] = Text(out[-1].text + node.text)
        else:
            out.append(node)
    return tuple(out)


def join_page_breaks(document: Document, rules: NormaliseRules) -> Document:
    """Return ``document`` with every paragraph a break had split joined again.

    A join changes the evidence around it (a joined paragraph may now hold a
    sentence), so joining repeats until nothing more joins: the result is the
    same however often the pass runs.
    """
    blocks = document.blocks
    while True:
        joined = _join_once(blocks, rules)
        if len(joined) == len(blocks):
            return document.renewed(joined)
        blocks = joined


def _join_once(blocks: tuple[Block, ...], rules: NormaliseRules) -> tuple[Block, ...]:
    """Return ``blocks`` after one left-to-right sweep of joins."""
    caption = caption_flags(blocks, rules.captions)
    body = [isinstance(b, Para) and b.role is None and not c for b, c in zip(blocks, caption)]
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        i += 1
        if not body[i - 1]:
            out.append(block)
            continue
        current = block
        held: list[Block] = []  # captions stepped over, kept after the joined paragraph
        while True:
            j = i
            while j < len(blocks) and caption[j]:
                j += 1
            if j >= len(blocks) or not body[j]:
                break
            cut = cut_evidence(current.text)
            if cut is Cut.NONE or (j > i and cut is not Cut.STRONG):
                break
            if not continues(current.text, blocks[j].text, cut, rules.measure_start):
                break
            joined = _join(current, blocks[j])
            if is_boilerplate(joined.text, rules.boilerplate):  # the boilerplate pass ran already: keep its verdict final
                break
            held.extend(blocks[i:j])
            current = joined
            i = j + 1
        out.append(current)
        out.extend(held)
    return tuple(out)
