"""Shortcuts taken for speed give what the general path gives (issue 10: extraction at jieba's speed)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from reportgen.extract.numerals import number_value


@pytest.mark.parametrize("written", ["0", "7", "007", "12", "3000", "65535", "100000000", "999999999999999"])
def test_plain_digits_read_as_their_exact_value(written):
    assert number_value(written) == float(Decimal(written))


@pytest.mark.parametrize("written, value", [("1,200", 1200.0), ("15.6万", 156000.0), ("66.57万", 665700.0),
                                            ("３０００", 3000.0), ("8.4 万", 84000.0), ("三千", 3000.0)])
def test_other_numbers_still_take_the_general_path(written, value):
    assert number_value(written) == value


def test_a_long_digit_run_rounds_as_through_decimal():
    written = "12345678901234567890123"  # past a float's exact integers
    assert number_value(written) == float(Decimal(written))
