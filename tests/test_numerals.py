"""Numbers as the reports write them: Arabic, Chinese, mixed, with multipliers."""
from __future__ import annotations

import pytest

from reportgen.extract.numerals import chinese_value, is_chinese_numeral, multiplier_value, number_value


@pytest.mark.parametrize("text, value", [
    ("3077", 3077),
    ("1,200", 1200),
    ("10.2", 10.2),
    ("15.6万", 156000),
    ("3800亿", 380_000_000_000),
    ("２５", 25),
    ("两", 2),
    ("十", 10),
    ("十二", 12),
    ("三千五百", 3500),
    ("百", 100),
    ("百万", 1_000_000),
    ("一百零五", 105),
    ("两万", 20000),
    ("二〇一四", 2014),
    ("8.4 万", 84000),
    ("66.57万", 665700),
    ("4739.2万", 47_392_000),
], ids=lambda x: str(x))
def test_number_value(text, value):
    assert number_value(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "万", "abc", "一些", "3.4.5"], ids=repr)
def test_not_a_number(text):
    assert number_value(text) is None


@pytest.mark.parametrize("text, expected", [("两", True), ("三千", True), ("万", False), ("亿", False), ("12", False)])
def test_is_chinese_numeral(text, expected):
    assert is_chinese_numeral(text) is expected


def test_multipliers_multiply():
    assert multiplier_value("") == 1
    assert multiplier_value("万") == 10_000
    assert multiplier_value("百万") == 1_000_000


def test_chinese_value_rejects_arabic():
    assert chinese_value("12") is None


@pytest.mark.parametrize("text, value", [("66.57万", 665700), ("1.1万", 11000), ("0.29亿", 29_000_000)], ids=repr)
def test_decimals_fold_exactly(text, value):
    assert number_value(text) == value  # exact: a briefing prints the folded value
