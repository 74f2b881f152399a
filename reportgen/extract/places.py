"""Place names and organisation names in report text.

A place is a name ending in a level word (县, 市, 区, 开发区, 街道 ...) that
the segmenter tags as a place, or a place word followed by a zone word
(泉州 + 开发区). An organisation is a place followed by a few words and an
organisation ending (某市 + 经济和信息化 + 局). Neither list of names is kept
anywhere: both are read from the text, so unseen reports work the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .cues import cues

HAN = re.compile(r"[\u4e00-\u9fff]+")
# Parts of speech that cannot sit inside an organisation's name.
NOT_IN_NAMES = frozenset({"v", "p", "d", "uj", "ul", "r", "c_", "m", "t", "ad"})


@dataclass(frozen=True)
class Organisation:
    """An organisation named in the text: its full name, its place and the words between."""

    name: str
    place: str
    body: str
    suffix: str


@lru_cache(maxsize=1)
def _posseg():
    """Return jieba's part-of-speech cutter, quiet and loaded once."""
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg


def place_suffix(name: str) -> str | None:
    """Return the level word ``name`` ends in (市, 开发区 ...), else None."""
    return next((s for s in cues().place_suffixes if name.endswith(s) and len(name) > len(s)), None)


def _is_place(name: str, strict: bool = False) -> bool:
    """Return whether ``name`` reads as a place name rather than a common word or a count (三区).

    ``strict`` (for names the segmenter did not tag as places) also refuses
    names ending in a two-character common word (进社区).
    """
    c = cues()
    suffix = place_suffix(name)
    if suffix is None or name in c.not_places or name[0] in c.numerals:
        return False
    if len(name) - len(suffix) < 2:
        return False  # one character before the level word is far more often a word (市和县) than a place
    shortest = 2 if strict else 3
    return not any(name.endswith(w) for w in c.not_places if len(w) >= shortest and len(w) > len(suffix))


def _rare(stem: str) -> bool:
    """Return whether ``stem`` is no common word of the segmenter's dictionary (a proper name, then)."""
    import jieba

    jieba.initialize()
    return (jieba.dt.FREQ.get(stem) or 0) <= cues().rare_stem_frequency


def _untagged_place(word: str, flag: str, nxt: str) -> str | None:
    """Return a county-level place the segmenter missed (历下区, 历下 + 区), else None.

    A proper name (tagged as a person's or other name) followed by 区/县/市
    is a place; a common noun is one only when it is a rare word.
    """
    c = cues()
    proper = flag in ("nr", "nrt", "nrfg", "nz")
    if nxt in c.county_suffixes and 2 <= len(word) <= 3 and HAN.fullmatch(word) and (proper or _rare(word)):
        return word + nxt
    suffix = place_suffix(word)
    if suffix in c.county_suffixes and 3 <= len(word) <= 5 and _rare(word[: -len(suffix)]):
        return word
    return None


def find_places(text: str) -> list[str]:
    """Return the place names of ``text`` in order of first mention, each once."""
    found: dict[str, None] = {}
    for chunk in HAN.findall(text):
        words = list(_posseg().cut(chunk))
        for i, w in enumerate(words):
            nxt = words[i + 1].word if i + 1 < len(words) else ""
            if w.flag == "ns":
                if place_suffix(w.word) is None and len(nxt) >= 2 and place_suffix("_" + nxt) == nxt:
                    name = w.word + nxt  # 泉州 + 开发区, 东山 + 街道
                else:
                    name = w.word
                if _is_place(name):
                    found.setdefault(name, None)
            elif w.flag.startswith("n"):
                name = _untagged_place(w.word, w.flag, nxt) or ""
                if _is_place(name, strict=True):
                    found.setdefault(name, None)
    return list(found)


def mentions(text: str, names: list[str]) -> dict[str, list[int]]:
    """Return where each name occurs in ``text`` (a longer name hides the shorter ones inside it)."""
    taken: list[tuple[int, int]] = []
    out: dict[str, list[int]] = {n: [] for n in names}
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            out[name].append(m.start())
    return out


def _has_verb(body: str, suffix: str) -> bool:
    """Return whether the words before an organisation ending hold a verb or the like (坚持, 又, 的)."""
    at = 0
    for w in _posseg().cut(body + suffix):
        at += len(w.word)
        if at <= len(body) and w.flag in NOT_IN_NAMES:
            return True
    return False


def _organisation_at(text: str, place: str, start: int) -> Organisation | None:
    """Return the organisation whose name begins with ``place`` at ``start``, if one does."""
    c = cues()
    rest = text[start + len(place):]
    for i in range(min(len(rest), c.org_max_body + 1)):
        if not "\u4e00" <= rest[i] <= "\u9fff":
            return None
        suffix = next((s for s in c.org_suffixes if rest.startswith(s, i)), None)
        if suffix is None:
            continue
        body = rest[:i]
        if len(suffix) == 1 and not body:
            return None  # 某县委, 某市办: the place itself speaking, not a named office
        if body and _has_verb(body, suffix):
            return None
        end = i + len(suffix)
        # one office inside another: 某县委 + 办公室, 某区 + 人民政府 + 办公室
        more = next((s for s in c.org_suffixes if len(s) >= 2 and rest.startswith(s, end)), None)
        if more:
            end += len(more)
            suffix = more
        return Organisation(place + rest[:end], place, rest[:end - len(suffix)], suffix)
    return None


def find_organisations(text: str, places: list[str]) -> list[Organisation]:
    """Return the organisations named in ``text`` after one of ``places``, in order of mention."""
    found: list[tuple[int, Organisation]] = []
    for place, starts in mentions(text, places).items():
        for start in starts:
            org = _organisation_at(text, place, start)
            if org:
                found.append((start, org))
    return [org for _, org in sorted(found, key=lambda p: p[0])]


def is_abbreviation(short: str, full: str) -> bool:
    """Return whether ``short`` abbreviates ``full`` (its characters appear in order: 经信局, 经济和信息化局)."""
    if len(short) >= len(full):
        return False
    it = iter(full)
    return all(ch in it for ch in short) and short[-1] == full[-1]
