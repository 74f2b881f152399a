"""Pinyin glosses that some script converters insert after characters.

Some Simplified-to-Traditional web converters write the reading of each
converted character after it: ``企業(yè)``, ``實(shí)踐``, ``項(xiàng)``. The gloss is
noise to every later stage and must go, while real parentheses stay:
``(左一)``, ``(扩大)``, ``(街、区)``, ``(2014)``, ``(试行)``, ``(a)``.

Evidence, strongest first:

* a parenthesised *toned* pinyin syllable right after a CJK character
  (``(yè)``): a tone mark on a valid syllable is never anything else there;
* a parenthesised plain syllable (``(men)``) is a gloss only in a document
  already full of toned glosses (a converter glosses every character it
  touches, and neutral-tone syllables carry no mark);
* in such a document, ``?cè)``: a gloss whose opening bracket a bad re-encoding
  turned into ``?``.

Each candidate must parse as pinyin syllables, so ``(abc)`` or ``(GDP)`` stay.
This pass runs before the script conversion: a gloss splits words apart
(``實(shí)踐``), and OpenCC converts word by word.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..nodes import Document
from .textmap import document_text, map_text

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"

# Toned glosses needed before untoned ``(men)`` or damaged ``?cè)`` count as glosses.
PLAIN_GLOSS_MIN_TONED = 3

_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
_FINAL = (
    r"(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|vn"
    r"|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)"
)
_SYLLABLE = re.compile(rf"{_INITIAL}?{_FINAL}")
_TONE_MARKS = re.compile("[\u0300-\u036f]")

_LETTERS = r"a-z\u00e0-\u00fc\u0101-\u01dc\u0300-\u036f"
# A gloss's bracket right after a CJK character. The bracket comes first and the character is looked behind
# it (``(?<=[CJK].)``): a pattern that opens on its bracket is searched for by that character alone, where one
# opening on a look-behind is tried at every character of the text.
_BRACKETED = re.compile(rf"[(（](?<=[{CJK}].)([{_LETTERS}]{{1,12}}(?: [{_LETTERS}]{{1,12}}){{0,3}})[)）]")
_DAMAGED = re.compile(rf"\?(?<=[{CJK}].)([{_LETTERS}]{{1,8}})\)")


@lru_cache(maxsize=4096)
def _reading(candidate: str) -> tuple[bool, bool]:
    """Return (is pinyin, carries a tone mark) for the inside of a bracket."""
    decomposed = unicodedata.normalize("NFD", candidate)
    toned = any(mark in decomposed for mark in ("\u0304", "\u0301", "\u030c", "\u0300"))
    bare = _TONE_MARKS.sub("", decomposed.replace("u\u0308", "v").replace("ü", "v"))
    return all(_SYLLABLE.fullmatch(s) for s in bare.split(" ")), toned


def _is_toned(candidate: str) -> bool:
    pinyin, toned = _reading(candidate)
    return pinyin and toned


def _is_plain(candidate: str) -> bool:
    pinyin, _ = _reading(candidate)
    return pinyin and len(candidate) >= 2 and candidate.isascii()


def count_toned_glosses(text: str) -> int:
    """Return how many toned pinyin glosses ``text`` holds."""
    return sum(1 for m in _BRACKETED.finditer(text) if _is_toned(m.group(1)))


def strip_glosses(text: str, *, glossy: bool) -> str:
    """Return ``text`` without pinyin glosses; ``glossy`` admits the weaker kinds too."""
    def bracketed(m: re.Match[str]) -> str:
        inside = m.group(1)
        return "" if _is_toned(inside) or (glossy and _is_plain(inside)) else m.group(0)

    def damaged(m: re.Match[str]) -> str:
        return "" if _is_toned(m.group(1)) else m.group(0)

    if "(" not in text and "（" not in text and not (glossy and "?" in text):
        return text  # no bracket a gloss could stand in (most paragraphs)
    while True:  # ``字(zì)(zì)``: removing one gloss can bring the next beside its character
        before = text
        text = _BRACKETED.sub(bracketed, text)
        if glossy:
            text = _DAMAGED.sub(damaged, text)
        if text == before:
            return text


def remove_pinyin_glosses(document: Document) -> Document:
    """Return ``document`` without the pinyin glosses a script converter left in it."""
    text = document_text(document)
    if "(" not in text and "（" not in text:
        return document.renewed()  # no bracket a gloss could stand in: nothing to walk
    glossy = count_toned_glosses(text) >= PLAIN_GLOSS_MIN_TONED
    return map_text(document, lambda s: strip_glosses(s, glossy=glossy))
