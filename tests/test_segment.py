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


def test_cut_matches_jiebas_own(tax):
    """Cutting run by run (to cache and share) gives exactly jieba's cut of the whole text."""
    from conftest import seed_text

    text = seed_text("002")
    assert segment.words(text, tax) == segment.tokenizer(tax).lcut(text, HMM=False)


@pytest.mark.parametrize(("word", "tag"), [
    ("党员", "n"), ("召开", "v"), ("3077", "m"), ("qz", "eng"), ("，", "x"),
    ("经信局", "n"),   # a domain word jieba's dictionary does not tag: a noun
])
def test_tags(tax, word, tag):
    assert segment.tag_of(word) == tag


def test_tagged_pairs_follow_words(tax):
    text = "章丘市经信局组织3077名党员开展集中学习。"
    pairs = segment.tagged(text, tax)
    assert [w for w, _ in pairs] == segment.words(text, tax)
    assert ("章丘市", "ns") in pairs and ("名", "q") in pairs


def test_clear_cache(tax):
    segment.words("开门搞活动 诚心听民声", tax)
    segment.clear_cache()
    assert segment.words("开门搞活动 诚心听民声", tax) == ["开门", "搞", "活动", " ", "诚心", "听", "民声"]


def test_segment_cut_dag_equals_jieba_dictionary_cut(seed_paths):
    """Our one-pass route over jieba's dictionary cuts every run of every seed exactly as jieba does."""
    from reportgen.extract.segment import _RUN, cut_dag, tokenizer
    from reportgen.taxonomy import load_taxonomy

    tok = tokenizer(load_taxonomy())
    runs = [r for p in seed_paths for r in _RUN.findall(p.read_text("utf-8"))]
    runs += ["", "abc", "a1b2", "3077名党员", "COVID19疫情", "企业(yè)"]
    assert len(runs) > 1000
    for run in runs:
        assert cut_dag(run, tok) == tok.lcut(run, HMM=False), run
