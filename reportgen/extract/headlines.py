"""Headline groups: which line of a run above an article is its title.

A newspaper headline comes as a group of short lines: a column head of the
page, a kicker line above the title (often ending in a dash), the title, a
deck below it (often opening with a dash). A scraped page repeats the title:
the page's own title, then the article's headline again. These rules say
which is which, from the shape of the lines alone.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Callable

DASHES = ("——", "—", "--")
SENTENCE_ENDS = "。！？；：:;!?…"
# (a number's point before another digit is a date or a decimal, 02.03 or 3.5, not a label)
ENUMERATED = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、．.]|\d+(?:[、]|[．.](?!\d)))")
_SPACED = re.compile(r"\S\s+\S")
_SPACE_RUN = re.compile(r"\s+")
MAX_HEADLINE = 48
MAX_WRAPPED_TITLE = 50
DUPLICATE_RATIO = 0.75
# a headline naming its place or unit before a colon (某地：某某事): the news itself, not a kicker's theme
# (the news opens with a word or a quote: a page field's value, 时间:2019-09-20, is none)
# the longest phrase of a slogan set apart by spaces (学党史 悟思想 办实事 开新局, 提前预热 周密部署)
SLOGAN_PHRASE_MAX = 4
NAMED_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{2,12}[:：]\s*[\u4e00-\u9fff“\"《].{3,}$")


def is_headline_like(text: str) -> bool:
    """Return whether a line has the shape of a headline: short, no sentence end, not an enumerated point."""
    s = text.strip()
    if not 2 <= len(s) <= MAX_HEADLINE or s[-1] in SENTENCE_ENDS:
        return False
    if "。" in s or ENUMERATED.match(s):
        return False
    return True


def _spaced(text: str) -> bool:
    """Return whether a line is several phrases set apart by spaces (提前预热 周密部署 ...)."""
    return bool(_SPACED.search(text.strip()))


def _slogan(text: str) -> bool:
    """Return whether a line after its colon is a slogan of short phrases set apart by spaces (某县：学党史 悟思想
    办实事), not a headline's phrases (某地：某某走访识民意 满怀温情暖民心)."""
    phrases = re.split(r"[:：]", text.strip(), maxsplit=1)[-1].split()
    return len(phrases) > 1 and any(len(p) <= SLOGAN_PHRASE_MAX for p in phrases)


def _near_duplicate(a: str, b: str) -> bool:
    """Return whether two lines are the same headline, one perhaps shortened."""
    a, b = _SPACE_RUN.sub("", a), _SPACE_RUN.sub("", b)
    matcher = difflib.SequenceMatcher(None, a, b)
    # the two quick ratios bound ``ratio`` from above and cost far less: most pairs fail on them
    return (matcher.real_quick_ratio() >= DUPLICATE_RATIO and matcher.quick_ratio() >= DUPLICATE_RATIO
            and matcher.ratio() >= DUPLICATE_RATIO)


def heading_roles(texts: list[str], is_name: Callable[[str], bool] = lambda s: False) -> list[str]:
    """Return a role (title, kicker, deck, column) for each line of a headline group.

    ``is_name`` says whether a line is only an organisation's or place's name:
    such a line heads the page for its unit and is a kicker, not the title.
    """
    n = len(texts)
    roles: list[str | None] = [None] * n
    if not n:
        return []
    lines = [t.strip() for t in texts]

    # a kicker ending in a dash: the title is the next line, lines above are the page's column
    dashed = [i for i, t in enumerate(lines) if t.endswith(DASHES) and i + 1 < n]
    if dashed:
        k = dashed[-1]
        return ["column"] * k + ["kicker", "title"] + ["deck"] * (n - k - 2)

    for i, t in enumerate(lines):
        if t.startswith(DASHES) and i:
            roles[i] = "deck"
        elif is_name(t) and n > 1:
            roles[i] = "kicker"
    left = [i for i in range(n) if roles[i] is None]
    if not left:
        roles[0] = "title"
        left = []

    # a repeated headline: the first (fuller) one is the title
    for x, i in enumerate(left):
        if any(_near_duplicate(lines[i], lines[j]) for j in left[x + 1:]):
            for j in left:
                if j == i:
                    roles[j] = "title"
                elif _near_duplicate(lines[i], lines[j]):
                    roles[j] = "deck"
                else:
                    roles[j] = "kicker" if j < i else "deck"
            return [r or "kicker" for r in roles]

    # a headline naming its place before a colon (某地：某某事) over shorter lines is the title: the lines under
    # it are decks or a photo's captions, not a title of their own (its phrases may be set apart by a blank:
    # 某地：某某事 某某事 is a headline, not a slogan)
    named = [i for i in left if NAMED_HEADLINE.match(lines[i]) and not _slogan(lines[i])]
    if len(named) == 1 and named[0] != left[-1] and all(len(lines[i]) < len(lines[named[0]]) for i in left if i > named[0]):
        for i in left:
            roles[i] = "title" if i == named[0] else ("kicker" if i < named[0] else "deck")
        return [r or "kicker" for r in roles]

    # slogan lines of spaced phrases around a plain title are kickers (above) or decks (below)
    plain = [i for i in left if not _spaced(lines[i])]
    if plain and len(plain) < len(left):
        for i in left:
            if i not in plain:
                roles[i] = "kicker" if i < plain[-1] else "deck"
        left = plain

    # the last line is the title; a plain line right above it is the title's first half
    title = left[-1]
    roles[title] = "title"
    above = left[-2] if len(left) >= 2 else None
    if (above is not None and above == title - 1 and not _spaced(lines[above]) and not _spaced(lines[title])
            and len(lines[above]) + len(lines[title]) <= MAX_WRAPPED_TITLE
            and not any(ch in lines[above] + lines[title] for ch in "：:,，")):
        roles[above] = "title"
    return [r or "kicker" for r in roles]
