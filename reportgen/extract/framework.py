"""The framework a report is built on: a named set of measures (五个导向, 三项措施).

A candidate is a numeral, a measure word and a short noun in the title or the
lead, or a numeral and a short noun in quotation marks (“三为”, “七字诀”; not
a campaign's slogan with a second numeral, “两学一做”). It is the framework
when the title sets it in quotation marks, when the report's structure has
that many parts (that many section heads, or that many in-paragraph points,
一是 ... 三是), or when the text lists that many items right before naming it
(深、快、强“三字诀”; in the lead or the paragraph after it).
"""
from __future__ import annotations

import re

from .lexicon import Lexicon
from .numerals import chinese_value
from .headlines import ENUMERATED, is_headline_like

MAX_NOUN = 4


def _value(numeral: str) -> int | None:
    """Return the whole-number value of a Chinese numeral, else None."""
    value = chinese_value(numeral)
    return int(value) if value is not None and value.is_integer() else None


def _noun_after(text: str, lex: Lexicon) -> str:
    """Return the noun a measure word introduces: the first word of ``text``, at most four characters."""
    head = re.match(r"[\u4e00-\u9fff]{1,%d}" % MAX_NOUN, text)
    if not head:
        return ""
    words = lex.words(head.group(0))
    return words[0] if words else ""


def _candidates(text: str, lex: Lexicon) -> list[tuple[str, int, bool]]:
    """Return (name, count, quoted) for each numeral-measure-noun phrase of ``text``, and for each numeral
    phrase it sets in quotation marks, measure word or not (“三为”, “七字诀”, “四个三”)."""
    c = lex.cues
    out = []
    pattern = lex.pattern("framework-counted-noun", lambda: rf"([“\"‘]?)([{c.numerals}]+)([{c.measure_words}])"
                          rf"([\u4e00-\u9fff]{{1,{MAX_NOUN}}})([”\"’]?)")
    for m in pattern.finditer(text):
        count = _value(m.group(2))
        if count is None or count < 2:
            continue
        quoted = bool(m.group(1)) and bool(m.group(5))
        noun = m.group(4) if quoted else _noun_after(m.group(4), lex)
        if noun:
            out.append((m.group(2) + m.group(3) + noun, count, quoted))
    # a quoted numeral and noun with no measure word (“三为”, “七字诀”): not a campaign's slogan, which
    # holds a second numeral (“两学一做”, “三严三实”), nor a body's name (“两委”)
    quoted_numeral = lex.pattern("framework-quoted-numeral",
                                 lambda: rf"[“\"‘]([{c.numerals}]+)([^{c.numerals}“”\"‘’\W]{{1,{MAX_NOUN}}})[”\"’]")
    for m in quoted_numeral.finditer(text):
        count = _value(m.group(1))
        name = m.group(1) + m.group(2)
        if (count is not None and count >= 2 and not name.endswith(c.org_suffixes)
                and all(name != n for n, _, _ in out)):
            out.append((name, count, True))
    return out


def _listed_before(text: str, name: str, count: int) -> bool:
    """Return whether ``text`` lists ``count`` items joined by 、 right before the quoted ``name``
    (深、快、强、全、新、实、效“七字诀”): the framework spelled out where it is named."""
    at = text.find(name)
    m = re.search(r"([^\s，,。；;：:“”\"]+)[“\"‘]?$", text[:at]) if at > 0 else None
    return bool(m) and len(m.group(1).split("、")) == count


def _parts(body: list[str]) -> set[int]:
    """Return the counts of parts the body is built of: section heads, enumerated points, 一是-points."""
    heads = [p for p in body if is_headline_like(p) or ENUMERATED.match(p)]
    numbered = [p for p in body if ENUMERATED.match(p)]
    return {len(heads), len(numbered), len(_point_numerals("\n".join(body)))}


#: a point's numeral and its 是 (一是, 十二是): searched for by the numeral, the mark before it checked after
_POINT = re.compile(r"([一二三四五六七八九十]+)是")
#: what a point's numeral follows, blanks aside: the text's start or a clause mark
_POINT_OPENERS = "。；;，,\n"


def _point_numerals(text: str) -> set[str]:
    """Return the numerals of the 一是-points of ``text``: a numeral and 是 opening the text or a clause, after
    a clause mark and any blanks (the run of numerals is whole: the character before it is no numeral)."""
    found = set()
    for m in _POINT.finditer(text):
        at = m.start() - 1
        while at >= 0 and text[at].isspace() and text[at] not in _POINT_OPENERS:
            at -= 1  # the blanks between the mark and the numeral (a line break is a mark itself)
        if at < 0 or text[at] in _POINT_OPENERS:
            found.add(m.group(1))
    return found


def find_framework(title: str, lead: str, body: list[str], lex: Lexicon) -> str | None:
    """Return the framework named in the title or lead that the report is built on, else None."""
    parts = _parts(body)
    for text, in_title in ((title, True), (lead, False)):
        for name, count, quoted in _candidates(text, lex):
            if (quoted and in_title) or count in parts or (quoted and _listed_before(text, name, count)):
                return name
    # the paragraph after the lead may spell the framework out where it names it (深、快、强…“七字诀”)
    after = body[lead.count("\n") + 1] if len(body) > lead.count("\n") + 1 else ""
    for name, count, quoted in _candidates(after, lex):
        if quoted and _listed_before(after, name, count):
            return name
    return None
