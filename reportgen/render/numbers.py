"""Numbers written the Chinese way: digits for counts, 万 and 亿 for large ones.

Office briefings write ``3077名`` and ``36580人`` in digits, but ``15.6万户`` and
``3800亿元`` once a number passes 十万: the reader sees its size at a glance.
Qualifiers follow the annotation guide's three kinds (over, approx, under) and
are written back the usual way: ``3000多名``, ``157场以上``, ``70%以上``, ``约7万名``, ``不到5天``.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

WAN = 10_000
YI = 100_000_000
WAN_FROM = 100_000  # below 十万, write every digit
ROUND_ENDINGS = ("0", "万", "亿")   # a number written so ends in a round figure: 多 may follow it


def _trim(value: float, places: int) -> str:
    """Return ``value`` rounded half-up to ``places`` decimals, without trailing zeros."""
    quantum = Decimal(1).scaleb(-places)
    text = format(Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_number(value: float | int) -> str:
    """Return ``value`` as a Chinese report writes it: ``3077``, ``36580``, ``7万``, ``15.6万``, ``3800亿``.

    Below 十万 every digit is written, except whole 万 (``7万``); from 十万 on,
    万 or 亿 with at most two decimals.
    """
    magnitude = abs(value)
    if magnitude >= YI:
        return _trim(value / YI, 2) + "亿"
    if magnitude >= WAN_FROM or (magnitude >= WAN and value % WAN == 0):
        return _trim(value / WAN, 2) + "万"
    return _trim(value, 2)


def format_quantity(value: float | int, unit: str = "", qualifier: str | None = None,
                    value_max: float | int | None = None) -> str:
    """Return a quantity with its unit and qualifier: ``3000多名``, ``约7万名``, ``1至3名``.

    ``多`` goes between a round number and its unit (``140多次``, ``3万多名``):
    it says "a little over" a figure given in tens, hundreds or 万. Any other
    number, which is what a total of such figures usually is (17 + 140多 =
    157), a percentage, a decimal or a range takes ``以上`` after the unit
    instead (``157场以上``, ``70%以上``, ``15.6万户以上``), as a clerk writes it.
    """
    number = format_number(value)
    if value_max is not None:
        number = f"{number}至{format_number(value_max)}"
    if qualifier == "over":
        if unit == "%" or "." in number or value_max is not None or not number.endswith(ROUND_ENDINGS):
            return f"{number}{unit}以上"
        return f"{number}多{unit}"
    if qualifier == "approx":
        return f"约{number}{unit}"
    if qualifier == "under":
        return f"不到{number}{unit}"
    return f"{number}{unit}"


def format_change(delta: float | int, unit: str = "") -> str:
    """Return a change against the last period in words: ``增加12条``, ``减少3条``, ``持平``."""
    if delta > 0:
        return f"增加{format_number(delta)}{unit}"
    if delta < 0:
        return f"减少{format_number(-delta)}{unit}"
    return "持平"


CN_DIGITS = "〇一二三四五六七八九"


def chinese_ordinal(n: int) -> str:
    """Return 1..99 as Chinese numerals (一, 十, 十二, 二十三) for 第N期 and list labels."""
    if n < 0 or n > 99:
        return str(n)
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def period_words(period: str | None) -> str:
    """Return a period code the way a 公文 writes it: ``2014-W22`` → ``2014年5月26日至6月1日``.

    ISO weeks become their Monday-to-Sunday dates, ``2014-05`` becomes ``2014年5月``
    and ``2014-05-26`` ``2014年5月26日``; any other text is returned as it is.
    """
    import datetime as dt
    import re

    text = (period or "").strip()
    week = re.fullmatch(r"(\d{4})-?W(\d{1,2})", text, re.IGNORECASE)
    if week:
        try:
            monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        except ValueError:
            return f"{week.group(1)}年第{int(week.group(2))}周"
        sunday = monday + dt.timedelta(days=6)
        end = (f"{sunday.year}年" if sunday.year != monday.year else "") + \
            (f"{sunday.month}月" if (sunday.month, sunday.year) != (monday.month, monday.year) else "") + f"{sunday.day}日"
        return f"{monday.year}年{monday.month}月{monday.day}日至{end}"
    month = re.fullmatch(r"(\d{4})-(\d{1,2})", text)
    if month:
        return f"{month.group(1)}年{int(month.group(2))}月"
    day = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if day:
        return f"{day.group(1)}年{int(day.group(2))}月{int(day.group(3))}日"
    return text
