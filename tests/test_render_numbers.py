"""Chinese number formatting: digits below 十万, then 万 and 亿; qualifiers 多/约/以上/不到."""
from __future__ import annotations

import pytest

from reportgen.render.numbers import chinese_ordinal, format_change, format_number, format_quantity

# fmt: off
NUMBERS = [
    (3077, "3077"),
    (36580, "36580"),
    (99999, "99999"),
    (70000, "7万"),
    (100000, "10万"),
    (156000, "15.6万"),
    (1234567, "123.46万"),
    (70000000, "7000万"),
    (123456789, "1.23亿"),
    (380000000000, "3800亿"),
    (98.5, "98.5"),
    (2.0, "2"),
    (0, "0"),
]
QUANTITIES = [
    ((3077, "名"), "3077名"),
    ((3000, "名", "over"), "3000多名"),
    ((70, "%", "over"), "70%以上"),
    ((156000, "户", "over"), "15.6万户以上"),
    ((70000, "名", "over"), "7万多名"),
    ((70000, "名", "approx"), "约7万名"),
    ((140, "次", "over"), "140多次"),
    ((30000, "名", "over"), "3万多名"),
    ((157, "场", "over"), "157场以上"),     # a total of 17场 and 140多场: 多 follows round figures only
    ((3692, "条", "over"), "3692条以上"),
    ((5, "天", "under"), "不到5天"),
    ((1, "名", None, 3), "1至3名"),
    ((380000000000, "元"), "3800亿元"),
]
# fmt: on


@pytest.mark.parametrize(("value", "text"), NUMBERS, ids=[t for _, t in NUMBERS])
def test_numbers_format_number(value: float, text: str) -> None:
    assert format_number(value) == text


@pytest.mark.parametrize(("args", "text"), QUANTITIES, ids=[t for _, t in QUANTITIES])
def test_numbers_format_quantity(args: tuple, text: str) -> None:
    assert format_quantity(*args) == text


@pytest.mark.parametrize(("delta", "text"), [(12, "增加12条"), (-3, "减少3条"), (0, "持平"), (156000, "增加15.6万条")])
def test_numbers_format_change(delta: int, text: str) -> None:
    assert format_change(delta, "条") == text


@pytest.mark.parametrize(("n", "text"), [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (23, "二十三"), (100, "100")])
def test_numbers_chinese_ordinal(n: int, text: str) -> None:
    assert chinese_ordinal(n) == text
