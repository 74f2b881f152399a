"""The 印发日期 as a 公文 writes it, in the style the project chooses.

``arabic`` (GB/T 9704-2012): 2014年5月21日. ``chinese`` (the older style
many offices keep): 二〇一四年五月二十一日.
"""
from __future__ import annotations

import datetime as dt

DIGITS = "〇一二三四五六七八九"


def _small_number(n: int) -> str:
    """Return 1..31 in Chinese numerals: 十, 十一, 二十一."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else DIGITS[tens]) + "十" if tens else "") + (DIGITS[ones] if ones else "")


def format_date(day: dt.date, style: str | None = None) -> str:
    """Return the date in the given style (default ``arabic``)."""
    if style == "chinese":
        year = "".join(DIGITS[int(d)] for d in str(day.year))
        return f"{year}年{_small_number(day.month)}月{_small_number(day.day)}日"
    return f"{day.year}年{day.month}月{day.day}日"
