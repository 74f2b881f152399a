"""Keywords: TF-IDF over the segmented article, domain words whole, no stop words or punctuation."""
from __future__ import annotations

import re

import pytest

from conftest import seed_text, shipped_lexicon
from reportgen.extract.keywords import find_keywords


@pytest.fixture(scope="module")
def tax():
    return shipped_lexicon()


def paragraphs(prefix: str) -> list[str]:
    return [line.strip() for line in seed_text(prefix).splitlines() if line.strip()]


@pytest.mark.parametrize(("prefix", "expected"), [
    ("000", {"企业", "党员"}),        # an industry bureau's report on its enterprises' party members
    ("002", {"预热"}),                # the report's own recurring word for its preparations
    ("003", {"社区", "督导组"}),
    ("004", {"开发区", "整改"}),
])
def test_seed_keywords(tax, prefix, expected):
    keywords = find_keywords(paragraphs(prefix), tax)
    assert expected <= set(keywords), keywords
    assert 0 < len(keywords) <= 8
    assert len(set(keywords)) == len(keywords)


@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_no_stop_words_numbers_or_punctuation(tax, prefix):
    for word in find_keywords(paragraphs(prefix), tax):
        assert word not in tax.taxonomy.stop_words
        assert re.fullmatch(r"[\u4e00-\u9fff]{2,}", word), word


def test_domain_word_kept_whole(tax):
    text = ["坚持以整改落实为重点,扎实推进整改落实,确保整改落实见到实效,群众满意。"] * 3
    assert "整改落实" in find_keywords(text, tax)


def test_empty(tax):
    assert find_keywords([], tax) == []
    assert find_keywords(["2014 — 15:15:03 ..."], tax) == []
