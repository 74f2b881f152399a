"""Column widths shared by the Word and PDF tables: short cells never wrap, long ones share the rest."""
from __future__ import annotations

import pytest

from reportgen.writers.tables import column_widths, display_width


@pytest.mark.parametrize("text, em", [
    ("意见建议", 4.0),
    ("3077名", 4 * 0.55 + 1 + 0.25),          # four digits, one character, one autospace
    ("“三在案”", 5.0),                          # Chinese quotes are full width
    ("ab", 1.1),
    ("", 0.0),
], ids=["chinese", "number-unit", "quotes", "latin", "empty"])
def test_display_width_counts_chinese_as_one_em_and_autospace(text, em):
    assert display_width(text) == pytest.approx(em)


def test_columns_that_fit_grow_in_proportion_and_fill_the_width():
    widths = column_widths(["单位", "问题"], [["章丘市经济和信息化局", "17个"]], total=400, size=10, padding=10)
    natural = [(10 + 0.3) * 10 + 10, (2 * 0.55 + 1 + 0.25 + 0.3) * 10 + 10]   # the unit name; 17个
    assert sum(widths) == pytest.approx(400)
    assert widths[0] / widths[1] == pytest.approx(natural[0] / natural[1])


def test_short_columns_keep_their_width_beside_a_long_sentence():
    sentence = "截至目前，共召开各类座谈会140多次，征求意见建议4200多条。" * 5
    widths = column_widths(["数字", "对象", "原句"], [["4200多条", "征求意见建议", sentence]],
                           total=440, size=8, padding=10)
    assert widths[0] == pytest.approx((4 * 0.55 + 2 + 0.25 + 0.3) * 8 + 10)   # 4200多条 on one line
    assert widths[1] == pytest.approx((6 + 0.3) * 8 + 10)                      # 征求意见建议 on one line
    assert widths[2] == pytest.approx(440 - widths[0] - widths[1])


def test_too_many_wide_columns_share_the_width_by_their_floors():
    rows = [["很长的单元格文字" * 3] * 8]
    widths = column_widths(None, rows, total=300, size=10, padding=10)
    assert sum(widths) == pytest.approx(300) and len(set(round(w, 6) for w in widths)) == 1


def test_ragged_rows_and_empty_tables():
    assert column_widths(None, [], total=300, size=10, padding=10) == []
    widths = column_widths(["甲", "乙", "丙"], [["一"]], total=300, size=10, padding=10)
    assert len(widths) == 3 and sum(widths) == pytest.approx(300)
