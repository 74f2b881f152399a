"""Numbers as the reports write them: Arabic, Chinese, mixed, vague; to a float.

The figure reader (``figures.py``) isolates a number's span with the patterns
here and asks ``number_value`` for its value; 万, 亿, 千 and 百 written after
a number fold into it (``15.6万`` -> 156000, ``三千五百`` -> 3500). Chinese
numerals are read with cn2an, imported lazily because the CLI must start fast.
"""
from __future__ import annotations

import re
from decimal import Decimal

#: the digits, half and full width (a character class's inside)
DIGITS = "0-9０-９"
#: the Chinese numeral characters (a character class's inside)
CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千万亿"
#: an Arabic number, with thousands separators and a decimal part (`1,200`, `15.6`)
ARABIC = rf"[{DIGITS}]+(?:[,，][{DIGITS}]{{3}})*(?:[.．][{DIGITS}]+)?"
#: a run of Chinese numeral characters (`三千五百`, `两`, `十`)
CHINESE = rf"[{CHINESE_NUMERALS}]+"
#: the multipliers that may follow a number and fold into it
MULTIPLIER = r"[百千万亿]{1,2}"

_MULTIPLIERS = {"百": 100, "千": 1_000, "万": 10_000, "亿": 100_000_000}
_WIDE = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_CHINESE_DIGITS = set("一二两三四五六七八九十百千")
_ARABIC_RE = re.compile(r"(?P<num>" + ARABIC + r")(?P<mult>" + MULTIPLIER + r")?")
_CHINESE_RE = re.compile(CHINESE)
_SPACES = re.compile(r"\s+")
#: the most digits an integer may have and still be a float exactly (below 2**53)
_EXACT_DIGITS = 15


def is_chinese_numeral(text: str) -> bool:
    """Return True when ``text`` is a Chinese numeral that names a number (not 万 alone)."""
    # the digit test first: most texts asked about (an Arabic number, a word) hold no Chinese digit
    return bool(text) and not _CHINESE_DIGITS.isdisjoint(text) and _CHINESE_RE.fullmatch(text) is not None


def multiplier_value(text: str) -> int:
    """Return the product of the multipliers in ``text`` (`万` -> 10000, `百万` -> 1000000, `` -> 1)."""
    value = 1
    for ch in text:
        value *= _MULTIPLIERS[ch]
    return value


#: a numeral above a hundred, read once to load the numeral library (``load_numeral_reader``)
_LARGE_NUMERAL = "一千二百"


def load_numeral_reader() -> None:
    """Load cn2an, which reads the numerals above a hundred: its first reading compiles its patterns
    (about 0.4 s). A process that forks workers does it before the fork, so they share it rather than
    each paying it on its first large numeral."""
    chinese_value(_LARGE_NUMERAL)


def chinese_value(text: str) -> float | None:
    """Return the value of a Chinese numeral (`两` -> 2, `百` -> 100, `三千五百` -> 3500), else None."""
    if not is_chinese_numeral(text):
        return None
    small = _small_value(text)
    if small is not None:
        return small
    if text[0] in "百千万亿":
        text = "一" + text
    import cn2an

    try:
        return float(cn2an.cn2an(text, "normal"))
    except (ValueError, KeyError, IndexError, TypeError):
        return _chinese_fallback(text)


#: the digits of the numerals below a hundred, read without cn2an (most numerals the reports write: 三, 十二, 四十五)
_SMALL_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}


def _small_value(text: str) -> float | None:
    """Return the value of a numeral below a hundred written the standard way (两, 十, 十二, 二十, 四十五), else None.

    These are most of the numerals in the reports; cn2an, which reads them
    the same, costs a validation pass of its own per call.
    """
    if text == "两":
        return 2.0
    if len(text) == 1:
        digit = _SMALL_DIGITS.get(text)
        return float(digit) if digit else (10.0 if text == "十" else None)
    tens, ten, units = text.partition("十")
    if not ten or len(tens) > 1 or len(units) > 1:
        return None
    if (tens and tens not in _SMALL_DIGITS) or (units and units not in _SMALL_DIGITS):
        return None
    return float(10 * (_SMALL_DIGITS[tens] if tens else 1) + (_SMALL_DIGITS[units] if units else 0))


def _chinese_fallback(text: str) -> float | None:
    """Return the value of a numeral cn2an refuses (`二〇一四`, digit by digit), else None."""
    digits = "〇一二三四五六七八九"
    if all(c in digits or c == "零" for c in text):
        return float("".join(str(digits.index(c)) if c in digits else "0" for c in text))
    return None


#: two neighbouring digits written together, the genre's way of giving a round range (三四个, 五六十名,
#: 十七八岁, 两三千人): optionally 十 before them, then the multipliers after them
_NEIGHBOURS = re.compile(r"(?P<ten>十)?(?P<low>[一两二三四五六七八九])(?P<high>[二三四五六七八九])(?P<mult>[十百千万亿]*)")
_DIGIT_OF = {**_SMALL_DIGITS, "两": 2}
_MULT_OF = {"十": 10, "百": 100, "千": 1_000, "万": 10_000, "亿": 100_000_000}


def neighbour_range(text: str) -> tuple[float, float] | None:
    """Return the range two neighbouring digits give (`三四` -> 3, 4; `五六十` -> 50, 60; `十七八` -> 17, 18), else None.

    Only neighbours (the second one more than the first) make a range; `三五` is no
    range (it is read as a name elsewhere), nor is a plain numeral (`二十三`).
    """
    m = _NEIGHBOURS.fullmatch(text.strip())
    if m is None:
        return None
    low, high = _DIGIT_OF[m["low"]], _DIGIT_OF[m["high"]]
    if high != low + 1:
        return None
    if m["ten"]:
        low, high = 10 + low, 10 + high
    factor = 1
    for ch in m["mult"]:
        factor *= _MULT_OF[ch]
    return float(low * factor), float(high * factor)


def number_value(text: str) -> float | None:
    """Return the value of one number as written (`1,200`, `15.6万`, `三千`, `百万`), else None."""
    if len(text) <= _EXACT_DIGITS and text.isascii() and text.isdigit():
        return float(int(text))  # most numbers: plain digits, whose float is exact (as through Decimal below)
    text = _SPACES.sub("", text).translate(_WIDE)  # `8.4 万`: PDF text spaces the multiplier off
    if not text:
        return None
    m = _ARABIC_RE.fullmatch(text)
    if m:
        # Decimal, so that 66.57万 folds to 665700 and not 665699.9999999999
        value = Decimal(m["num"].replace(",", "").replace("，", "")) * multiplier_value(m["mult"] or "")
        return float(value)
    return chinese_value(text)
