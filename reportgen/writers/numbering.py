"""Heading numbers (一、 （一） 1. （1）) that both writers put before heading text.

The formats come from the layout (``[headings] numbering``); a heading whose
text already starts with a number of the usual Chinese forms keeps it as is,
so a template that numbers its own headings is not numbered twice.
"""
from __future__ import annotations

import re

from .layout import Layout

DIGITS = "零一二三四五六七八九"
ALREADY_NUMBERED = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十百]+[）)、.．]|[（(]?\d+[）)、.．]|第[一二三四五六七八九十百\d]+[章节部分条])")


def chinese_number(n: int) -> str:
    """Return ``n`` in Chinese numerals as used in headings and lists: 一, 十, 十一, 二十三, 一千零一十.

    Past 9999 (a list of that many units) the number is written in Arabic figures.
    """
    if n >= 10000:
        return str(n)
    if n >= 1000:
        thousands, rest = divmod(n, 1000)
        if rest == 0:
            tail = ""
        elif rest < 100:
            tail = "零" + (DIGITS[rest] if rest < 10 else ("一" if rest < 20 else "") + chinese_number(rest))
        else:
            tail = chinese_number(rest)
        return DIGITS[thousands] + "千" + tail
    if n < 10:
        return DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    tail = "" if rest == 0 else ("零" + DIGITS[rest] if rest < 10 else ("一" if rest < 20 else "") + chinese_number(rest))
    return DIGITS[hundreds] + "百" + tail


class HeadingNumbers:
    """Counters per heading level; ``prefix(level, text)`` returns the number to print."""

    def __init__(self, layout: Layout):
        self.formats = layout.heading_numbering if layout.headings_numbered else ()
        self.counts = [0] * 7

    def prefix(self, level: int, text: str) -> str:
        """Count a heading of ``level`` and return its number prefix ('' if none applies)."""
        level = max(1, min(level, 6))
        self.counts[level] += 1
        for deeper in range(level + 1, 7):
            self.counts[deeper] = 0
        if level > len(self.formats) or ALREADY_NUMBERED.match(text):
            return ""
        n = self.counts[level]
        return heading_number(self.formats[level - 1], n)


def heading_number(pattern: str, n: int) -> str:
    """Return ``pattern`` with ``{n}`` and ``{cn}`` replaced literally by ``n`` in digits and in Chinese.

    Never ``str.format``: the pattern is user text, and format strings reach
    Python attributes (``{n.__class__}``) and unbounded widths (``{n:>1000000000}``).
    Any other brace is refused when the settings are loaded (``render.settings``).
    """
    return pattern.replace("{cn}", chinese_number(n)).replace("{n}", str(n))


LIST_MARKS = ("{n}.", "（{n}）")  # GB/T 9704 list levels; deeper lists repeat the last


def list_mark(n: int, depth: int) -> str:
    """Return the mark of item ``n`` of a list nested ``depth`` deep (0 = top): ``1.``, then ``（1）``.

    A 公文 numbers its lists; bulleted and numbered source lists are both numbered.
    """
    return heading_number(LIST_MARKS[min(depth, len(LIST_MARKS) - 1)], n)
