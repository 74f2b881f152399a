"""Chinese line-breaking rules: clusters never start with closing or end with opening marks."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from reportgen.writers.linebreak import cluster_pattern, clusters, rules

CASES = [
    ("共有意见，", ["共", "有", "意", "见，"]),
    ("（3077条）", ["（3077", "条）"]),
    ("《报告》。", ["《报", "告》。"]),
    ("“回头看”！", ["“回", "头", "看”！"]),
    ("97.3%的", ["97.3%", "的"]),
    ("a b", ["a", " ", "b"]),
    ("，开头", ["，", "开", "头"]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0] for c in CASES])
def test_linebreak_clusters(text, expected):
    assert clusters(text) == expected


@given(st.text(alphabet="群众意见3077ab ，。、；：！？）》”’（《“", max_size=60))
def test_linebreak_clusters_keep_text_and_obey_rules(text):
    cannot_start, cannot_end = rules()
    units = clusters(text)
    assert "".join(units) == text
    for unit in units[1:]:
        assert unit[0] not in cannot_start
    for unit in units[:-1]:
        assert unit[-1] not in cannot_end


def _cut_by_pairs(text: str) -> list[str]:
    """The rule stated character by character: a character joins the one before it when that one cannot
    end a line, when it cannot start one, or when both belong to a Latin word or number."""
    cannot_start, cannot_end = rules()

    def word(ch: str) -> bool:
        return ch.isascii() and (ch.isalnum() or ch in "._-/+%")

    units: list[str] = []
    for ch in text:
        if units and (units[-1][-1] in cannot_end or ch in cannot_start or (word(ch) and word(units[-1][-1]))):
            units[-1] += ch
        else:
            units.append(ch)
    return units


@given(st.text(alphabet="群众意见3077ab.%-/+_x \n，。、；：！？）》”’（《“([{)]}…—·‰℃°,;:!?\\^", max_size=60))
def test_linebreak_clusters_are_cut_where_the_pair_rule_cuts(text):
    assert clusters(text) == _cut_by_pairs(text)
    assert clusters(text, cluster_pattern(*rules())) == _cut_by_pairs(text)
