"""Column widths for tables, shared by both writers.

Word and LibreOffice split a table into equal columns unless told otherwise,
and reportlab needs widths up front; either way a 10-character unit name gets
the same room as a column of 未报送, and short Chinese headers (意见建议, 整改事项)
break inside the word. ``column_widths`` does what a browser's automatic table
layout does: every column first gets the room of its longest cell up to six
characters (so headers like 整改事项 and numbers like 36580名 do not break), and
the rest of the text width goes to the long columns in proportion to how much
more they want. When everything fits, every column grows in proportion.
"""
from __future__ import annotations

import unicodedata

FLOOR_CHARS = 6          # a column's cells up to this many characters wide never wrap (room permitting)
MIN_CHARS = 2            # no column narrower than two characters


AUTOSPACE_EM = 0.25      # Word and LibreOffice put a quarter em between Chinese and Latin/digits
SLACK_EM = 0.3           # rounding in the word processor's own measurement


def display_width(text: str) -> float:
    """Return ``text``'s width in em as drawn: CJK, full-width and (in Chinese text) ambiguous-width characters 1, others about half.

    Each change between Chinese and Latin letters or digits adds the quarter
    em of "autospace" word processors insert there (3077名 is wider than 4 chars).
    """
    wide = [unicodedata.east_asian_width(ch) in "WFA" for ch in text]     # ambiguous (“”—…) is wide in Chinese
    changes = sum(1 for a, b in zip(wide, wide[1:]) if a != b)
    return sum(1.0 if w else 0.55 for w in wide) + AUTOSPACE_EM * changes


def column_widths(header: list[str] | None, rows: list[list[str]], total: float, size: float,
                  padding: float) -> list[float]:
    """Return one width per column (same unit as ``total``) that adds up to ``total``.

    ``size`` is the table's font size and ``padding`` the left plus right cell
    padding, both in the unit of ``total``.
    """
    table = ([header] if header else []) + rows
    ncols = max((len(r) for r in table), default=0)
    if ncols == 0:
        return []

    def cell(r: list[str], i: int) -> float:
        return max((display_width(line) for line in r[i].splitlines()), default=0.0) if i < len(r) else 0.0

    natural = [(max(max((cell(r, i) for r in table), default=0.0), MIN_CHARS) + SLACK_EM) * size + padding
               for i in range(ncols)]
    floor = [min(nat, (FLOOR_CHARS + SLACK_EM) * size + padding) for nat in natural]
    if sum(natural) <= total:
        spare = total - sum(natural)
        return [n + spare * n / sum(natural) for n in natural]
    if sum(floor) >= total:
        return [total * f / sum(floor) for f in floor]
    want = [n - f for n, f in zip(natural, floor)]
    spare = total - sum(floor)
    return [f + spare * w / sum(want) for f, w in zip(floor, want)]
