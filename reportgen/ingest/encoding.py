"""Decode the bytes of a Chinese text or web page: which encoding, and the text.

A Chinese-first cascade: a byte-order mark decides; else an encoding the page
declares, when it decodes to plausible text; else strict UTF-8; else each Chinese
candidate (GB18030, Big5 and its Windows form, UTF-16 without a mark) that decodes strictly, ranked by
how plausible its text is. GB18030 and Big5 bytes often decode as each other
without error, but the wrong one yields rare characters, private-use code points
and kana, so "plausible" (the share of characters that are common hanzi, common
punctuation or plain ASCII) tells them apart. charset-normalizer's ranking breaks
ties and names the encoding of a file that is in none of the Chinese ones.

Reports arrive damaged, and a few bad bytes must not lose one. When no
encoding reads the bytes cleanly, ``decode_damaged`` repairs them: NUL bytes
are dropped, and if that is not enough, undecodable bytes become U+FFFD in the
encoding that needs fewest such marks and still reads as plausible text. What
was repaired is counted in a warning (a reason code) for the document's record.
"""
from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..errors import InputError
from ..reasons import Reason

BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
CHINESE_CANDIDATES = ("gb18030", "big5", "cp950", "utf-16-le", "utf-16-be")
"""Tried in this order; on equal plausibility the earlier (mainland usage first) wins.
cp950 is Big5 as Windows writes it, with the ETEN extensions (碁, 恒, 裏) plain big5 lacks."""

SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "ascii": "utf-8", "big5": "cp950"}
"""A declared encoding is decoded with its superset: pages labelled gb2312 hold GBK characters."""

MIN_PLAUSIBLE = 0.8
"""Below this share of plausible characters a decoding is judged wrong."""

SAMPLE_CHARS = 20_000
"""Plausibility is judged on the first this-many characters: enough, and bounded."""

PINYIN = set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ")


def _level_one(encoding: str, leads: range, trails: list[int]) -> set[str]:
    """Return the hanzi an encoding's first (most frequent) level holds."""
    chars = set()
    for lead in leads:
        for trail in trails:
            try:
                char = bytes((lead, trail)).decode(encoding)
            except UnicodeDecodeError:
                continue
            if "\u4e00" <= char <= "\u9fff":
                chars.add(char)
    return chars


@cache
def common_hanzi() -> frozenset[str]:
    """Return the common hanzi: GB2312 level 1 (3755) and Big5 level 1 (5401), from the codecs."""
    gb = _level_one("gb2312", range(0xB0, 0xD8), list(range(0xA1, 0xFF)))
    big5 = _level_one("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
    return frozenset(gb | big5)


def _plausible_char(char: str, common: frozenset[str]) -> bool:
    if char in common:
        return True
    if char.isascii():
        return char.isprintable()
    code = ord(char)
    return (0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF5E or 0x2010 <= code <= 0x2027
            or char in PINYIN or char == "\u00b7")


def plausibility(text: str) -> float:
    """Return the share of non-space characters that are plausible in a Chinese report (0..1)."""
    common = common_hanzi()
    total = good = 0
    for char in text[:SAMPLE_CHARS]:
        if char.isspace():
            continue
        total += 1
        good += _plausible_char(char, common)
    return good / total if total else 1.0


def _canonical(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detector_ranking(data: bytes, candidates: tuple[str, ...] | None) -> list[str]:
    """Return charset-normalizer's guesses, best first (restricted to ``candidates`` if given)."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_isolation=list(candidates) if candidates else None)
    names = [_canonical(m.encoding) for m in matches]
    return [n for n in names if n]


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return the text of ``data`` and the name of its encoding.

    ``declared`` is the encoding the file says it is in (a web page's
    ``<meta charset>``); it is trusted only when it yields plausible text.
    Raises ``InputError`` when no encoding yields plausible text.
    """
    for bom, name in BOMS:
        if data.startswith(bom):
            text = _strict(data, name)
            if text is None:
                raise InputError("bad_byte_order_mark", encoding=name.upper())
            return text, name
    if declared:
        name = _canonical(declared)
        if name:
            name = SUPERSETS.get(name, name)
            text = _strict(data, name)
            if text is not None and plausibility(text) >= MIN_PLAUSIBLE:
                return text, name
    text = _strict(data, "utf-8")
    if text is not None and "\x00" not in text:
        return text, "utf-8"
    ranking = _detector_ranking(data, CHINESE_CANDIDATES)
    order = ranking + [c for c in CHINESE_CANDIDATES if c not in ranking]
    best: tuple[float, str, str] | None = None
    for name in order:
        text = _strict(data, name)
        if text is None:
            continue
        score = plausibility(text)
        if best is None or score > best[0]:
            best = (score, name, text)
    if best is not None and best[0] >= MIN_PLAUSIBLE:
        return best[2], best[1]
    for name in _detector_ranking(data, None):
        text = _strict(data, name)
        if text is not None and not any(unicodedata.category(c) == "Cc" and not c.isspace() for c in text[:SAMPLE_CHARS]):
            return text, name
    raise InputError("not_text")


REPLACEMENT = "\ufffd"
MAX_REPLACED_SHARE = 0.02
"""A repaired decoding may replace at most this share of its characters (else the file is not text)."""
LENIENT_CANDIDATES = ("utf-8", "gb18030", "cp950")
"""Encodings a damaged file is read in with replacement marks (UTF-16 without a mark is never guessed so)."""


@dataclass(frozen=True)
class Decoded:
    """A file's text, its encoding, and what was repaired to read it."""

    text: str
    encoding: str
    nul_bytes: int = 0
    replaced: int = 0

    @property
    def warning(self) -> Reason | None:
        """Return what was repaired to read the file (a reason code and its counts, for its record), or None."""
        if self.nul_bytes and self.replaced:
            return Reason.of("repaired_nul_and_undecodable", nul_bytes=self.nul_bytes, replaced=self.replaced,
                             mark=REPLACEMENT)
        if self.nul_bytes:
            return Reason.of("repaired_nul", nul_bytes=self.nul_bytes)
        if self.replaced:
            return Reason.of("repaired_undecodable", replaced=self.replaced, mark=REPLACEMENT)
        return None


def decode_damaged(data: bytes, declared: str | None = None) -> Decoded:
    """Return the text of ``data`` like ``decode``, repairing NUL bytes and undecodable bytes if it must.

    Raises ``InputError`` only when even the repaired text is not plausible
    (or would need more than ``MAX_REPLACED_SHARE`` of it replaced).
    """
    bom = next((name for mark, name in BOMS if data.startswith(mark)), None)
    try:
        text, encoding = decode(data, declared)
    except InputError:
        if bom and bom not in ("utf-8-sig",):
            raise  # UTF-16/32 text: dropping or replacing bytes would shift every character
    else:
        if "\x00" in text and not encoding.startswith(("utf-16", "utf-32")):
            return Decoded(text.replace("\x00", ""), encoding, nul_bytes=text.count("\x00"))
        return Decoded(text, encoding)
    cleaned = data.replace(b"\x00", b"")
    nuls = len(data) - len(cleaned)
    if nuls:
        try:
            text, encoding = decode(cleaned, declared)
            return Decoded(text, encoding, nul_bytes=nuls)
        except InputError:
            pass
    return _lenient(cleaned, declared, bom, nuls)


def _lenient(data: bytes, declared: str | None, bom: str | None, nuls: int) -> Decoded:
    """Return the plausible decoding with fewest replacement marks, or raise InputError."""
    names = [bom] if bom else []
    if declared and (name := _canonical(declared)):
        names.append(SUPERSETS.get(name, name))
    names += [n for n in LENIENT_CANDIDATES if n not in names]
    best: Decoded | None = None
    for name in names:
        try:
            text = data.decode(name, errors="replace")
        except LookupError:
            continue
        replaced = text.count(REPLACEMENT) - _count_marks(data, name)
        if replaced > MAX_REPLACED_SHARE * max(len(text), 1) + 3:
            continue
        if plausibility(text.replace(REPLACEMENT, "")) < MIN_PLAUSIBLE:
            continue
        if best is None or replaced < best.replaced:
            best = Decoded(text, name, nul_bytes=nuls, replaced=replaced)
    if best is None:
        raise InputError("not_text_even_repaired")
    return best


def _count_marks(data: bytes, encoding: str) -> int:
    """Return how many U+FFFD the bytes themselves hold (written by an earlier repair), not counted as damage."""
    mark = REPLACEMENT.encode(encoding, errors="ignore")
    return data.count(mark) if mark else 0
