"""Segmentation: jieba loaded lazily, once, with the taxonomy's lexicon kept whole."""
from __future__ import annotations

import subprocess
import sys

import pytest

from reportgen.extract import segment
from reportgen.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def tax():
    return load_taxonomy()


@pytest.mark.parametrize("word", ["群众路线", "教育实践活动", "四风", "整改落实", "党员干部", "第一书记", "督导组", "经济和信息化局"])
def test_domain_words_stay_whole(tax, word):
    assert word in segment.words(f"全体同志围绕{word}开展了认真讨论。", tax)


def test_words_cover_the_text(tax):
    text = "自开展党的群众路线教育实践活动以来,市经信局牢牢把握总体要求。"
    assert "".join(segment.words(text, tax)) == text
    assert segment.words("", tax) == []


def test_tokenizer_is_built_once_per_taxonomy(tax):
    assert segment.tokenizer(tax) is segment.tokenizer(tax)


def test_jieba_is_not_imported_until_needed():
    code = "import sys, reportgen.extract, reportgen.extract.segment, reportgen.extract.keywords; print('jieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
