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


def test_a_reading_is_remembered_until_the_cache_is_cleared(lexicon):
    reads: list[str] = []

    def read(text: str) -> tuple[str, ...]:
        reads.append(text)
        return tuple(lexicon.words(text))

    lexicon.clear_cache()
    first = lexicon.remember("test-words", "共发放宣传资料", read)
    again = lexicon.remember("test-words", "共发放宣传资料", read)
    assert first == again == tuple(lexicon.words("共发放宣传资料"))
    assert reads == ["共发放宣传资料"]
    lexicon.remember("test-other-step", "共发放宣传资料", read)  # another step's reading is its own
    assert len(reads) == 2
    lexicon.clear_cache()
    lexicon.remember("test-words", "共发放宣传资料", read)
    assert len(reads) == 3


def test_object_tokens_are_the_same_read_once_or_twice(lexicon):
    from reportgen.extract.objects import _read_tokens, _tokens

    lexicon.clear_cache()
    clause = "全县共排查“四风”问题线索"
    fresh = _read_tokens(clause, lexicon)
    assert _tokens(clause, lexicon) == fresh
    kept = _tokens(clause, lexicon)
    kept.append(("被改", "x"))  # a caller's list is its own: the kept reading is unchanged
    assert _tokens(clause, lexicon) == fresh


def test_a_pattern_is_built_once_per_key_and_kept_for_the_run(lexicon):
    built: list[str] = []

    def source() -> str:
        built.append("roles")
        return "|".join(lexicon.cues.reporter_roles)

    first = lexicon.pattern("test-roles", source)
    assert first.pattern == "|".join(lexicon.cues.reporter_roles)
    assert lexicon.pattern("test-roles", source) is first
    lexicon.clear_cache()  # a pattern is no reading of a text: the benchmark's clearing keeps it
    assert lexicon.pattern("test-roles", source) is first
    assert built == ["roles"]
    other = lexicon.pattern(("test-roles", "bare"), lambda: "记者")  # another key is another pattern
    assert other is not first and other.match("记者")


@pytest.mark.parametrize("text, word", [
    ("某县某镇召开会议，某镇党委书记主持，某镇某村参加", "某镇"),
    ("某镇某镇某镇", "某镇某镇"),          # occurrences do not overlap, as a pattern's matches
    ("县委县委", "县委"),
    ("没有这个名字", "某局"),
    ("某局", ""),                          # an empty word occurs at every offset, as an empty pattern matches
])
def test_a_names_occurrences_are_a_patterns_matches(text, word):
    import re

    from reportgen.extract.places import occurrences

    assert list(occurrences(text, word)) == [m.start() for m in re.finditer(re.escape(word), text)]


@pytest.mark.parametrize("clause, bare", [("群众满意率达到", "群众满意率"), ("参训人员累计达", "参训人员"),
                                          ("满意率", "满意率"), ("", "")])
def test_linking_words_at_a_clause_end_are_stripped(lexicon, clause, bare):
    from reportgen.extract.objects import _without_links

    assert _without_links(clause, lexicon) == bare


@pytest.mark.parametrize("clause", ["群众满意率达到", "参训人员累计达", "全年接待游客人数增加到", "达到", "为", "共",
                                    "建筑面积", "共排查问题线索", "整改完成率为", "其中", "累计发放资金共"])
def test_linking_words_looked_up_by_length_strip_as_the_word_by_word_test(lexicon, clause):
    from reportgen.extract.objects import _without_links

    def word_by_word(text: str, words: list[str]) -> str:
        """The plain reading: the longest linking word the text ends in (and is longer than) goes, again."""
        words = sorted(words, key=len, reverse=True)
        while True:
            word = next((w for w in words if w and text.endswith(w) and len(text) > len(w)), None)
            if word is None:
                return text
            text = text[:-len(word)]

    assert _without_links(clause, lexicon) == word_by_word(clause, list(lexicon.figure_rules.objects["links"]))


@pytest.mark.parametrize("gap, bare", [("长", "长"), ("3公里、宽", "3公里、"), ("面积", "面积"), ("，宽度", "，")])
def test_a_sizes_word_at_a_gaps_end_goes(lexicon, gap, bare):
    assert lexicon.figure_rules.dimension_words.strip(gap) == bare
