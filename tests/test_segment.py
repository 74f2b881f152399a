"""Segmentation: jieba's dictionary read once per process, the taxonomy's lexicon kept whole."""
from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEEDS, shipped_lexicon
from reportgen.extract import segment


@pytest.fixture(scope="module")
def seg():
    return shipped_lexicon().segmenter


@pytest.mark.parametrize("word", ["群众路线", "教育实践活动", "四风", "整改落实", "党员干部", "第一书记", "督导组", "经济和信息化局"])
def test_domain_words_stay_whole(seg, word):
    assert word in seg.words(f"全体同志围绕{word}开展了认真讨论。")


def test_words_cover_the_text(seg):
    text = "自开展党的群众路线教育实践活动以来,市经信局牢牢把握总体要求。"
    assert "".join(seg.words(text)) == text
    assert seg.words("") == []


def test_jieba_is_not_imported_until_needed():
    code = "import sys, reportgen.extract, reportgen.extract.segment, reportgen.extract.keywords; print('jieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _jieba_with(words):
    """Return a jieba tokenizer holding ``words`` the way the segmenter adds them."""
    import jieba

    tok = jieba.Tokenizer()
    tok.initialize()
    for word in words:
        tok.add_word(word, freq=max(tok.suggest_freq(word), 1000))
    return tok


@pytest.fixture(scope="module")
def jieba_tok():
    return _jieba_with(shipped_lexicon().taxonomy.lexicon)


def test_segmenter_dictionary_equals_jiebas(seg, jieba_tok):
    """One read of dict.txt gives jieba's own prefix dictionary, with the lexicon added alike."""
    assert seg.total == jieba_tok.total
    assert seg.FREQ == jieba_tok.FREQ


def test_cut_matches_jiebas_own(seg, jieba_tok):
    """Cutting run by run (to cache and share) gives exactly jieba's cut of the whole text."""
    from conftest import seed_text

    text = seed_text("002")
    assert seg.words(text) == jieba_tok.lcut(text, HMM=False)


@pytest.mark.parametrize(("word", "tag"), [
    ("党员", "n"), ("召开", "v"), ("3077", "m"), ("qz", "eng"), ("，", "x"),
    ("经信局", "n"),   # a domain word jieba's dictionary does not tag: a noun
])
def test_tags(seg, word, tag):
    assert seg.tag_of(word) == tag


def test_tags_are_jiebas_dictionary_tags(seg):
    import jieba.posseg

    table = jieba.posseg.dt.word_tag_tab
    for word in ["党员", "召开", "章丘市", "名", "意见", "整改"]:
        assert seg.tag_of(word) == table[word]


def test_tagged_pairs_follow_words(seg):
    text = "章丘市经信局组织3077名党员开展集中学习。"
    pairs = seg.tagged(text)
    assert [w for w, _ in pairs] == seg.words(text)
    assert ("章丘市", "ns") in pairs and ("名", "q") in pairs


def test_clear_cache(seg):
    seg.words("开门搞活动 诚心听民声")
    seg.clear_cache()
    assert seg.words("开门搞活动 诚心听民声") == ["开门", "搞", "活动", " ", "诚心", "听", "民声"]


def test_segment_cut_dag_equals_jieba_dictionary_cut(seed_paths, seg, jieba_tok):
    """Our one-pass route over jieba's dictionary cuts every run of every seed exactly as jieba does."""
    runs = [r for p in seed_paths for r in segment._RUN.findall(p.read_text("utf-8"))]
    runs += ["", "abc", "a1b2", "3077名党员", "COVID19疫情", "企业(yè)"]
    assert len(runs) > 1000
    for run in runs:
        assert seg.cut(run) == jieba_tok.lcut(run, HMM=False), run


def test_score_table_is_bounded_and_cuts_alike_when_full(seed_paths, seg, jieba_tok, monkeypatch):
    """The table of fragment scores starts afresh when full: memory stays bounded, cuts stay jieba's."""
    monkeypatch.setattr(segment, "_MAX_SCORES", 50)
    scores = segment.WordScores(seg.FREQ, seg.total)
    runs = [r for p in seed_paths for r in segment._RUN.findall(p.read_text("utf-8"))][:300]
    for run in runs:
        assert segment.cut_dag(run, scores.__getitem__, scores.single) == jieba_tok.lcut(run, HMM=False), run
        assert len(scores) <= 50


def test_jiebas_dictionary_is_read_once_per_process(tmp_path):
    """Two runs with two taxonomies, every step segmenting, read dict.txt once between them."""
    taxonomy = tmp_path / "mine.toml"
    from reportgen.taxonomy import DEFAULT_PATH

    taxonomy.write_text(DEFAULT_PATH.read_text("utf-8").replace('domain = [', 'domain = ["夜访解忧", ', 1), "utf-8")
    code = (
        "import builtins, io, pathlib, sys\n"
        "from reportgen.extract import segment\n"
        "opened = []\n"
        "real = pathlib.Path.open\n"
        "def spy(self, *a, **k):\n"
        "    if self.name == 'dict.txt': opened.append(str(self))\n"
        "    return real(self, *a, **k)\n"
        "pathlib.Path.open = spy\n"
        "from reportgen.pipeline import Options, extract_paths\n"
        f"extract_paths([pathlib.Path({str(SEEDS)!r})], Options())\n"
        f"extract_paths([pathlib.Path({str(SEEDS)!r})], Options(taxonomy=pathlib.Path({str(taxonomy)!r})))\n"
        "print(len(opened), segment.dictionary_reads())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "1"]



_PIECES = ["党的群众路线", "教育实践活动", "3077名党员", "COVID19", "a1b2", "2.5%", "整改落实", "经济和信息化局",
           "，", "。", "、", "（", "）", "“", "”", " ", "  ", "\t", "\n", "\r\n", "\u3000", "\xa0", "-", "#", "&", "_"]


@given(st.lists(st.sampled_from(_PIECES) | st.text(alphabet="党员群众开展学习教育活动县市区镇村12ab ，。\n", max_size=12),
                max_size=25))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_words_equal_jiebas_dictionary_cut_on_any_mix(seg, jieba_tok, pieces):
    """Runs, marks and every kind of blank in any order: the same words as jieba's own cut, in order."""
    text = "".join(pieces)
    assert seg.words(text) == jieba_tok.lcut(text, HMM=False)


def test_compiled_cut_is_built_where_ci_installs():
    """CI installs reportgen as the README says: its wheel build must have compiled the cut (hatch_build.py)."""
    import os

    if not os.environ.get("CI"):
        pytest.skip("outside CI an install may predate the compiled cut; CI installs afresh")
    assert segment.compiled_cut()


_HAN_AND_MORE = "党员群众开展学习教育活动县市区镇村路线整改落实中华人民共和国的了是在一二三12ab.%-#&"


@pytest.mark.skipif(not segment.compiled_cut(), reason="the compiled cut was not built with this install")
def test_compiled_cut_equals_the_python_cut_on_every_report(seg):
    """The compiled cut gives cut_dag's words, run for run, on the seeds and on the report text the tests quote."""
    from conftest import ROOT

    paths = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "tests").glob("test_*.py"))
    runs = {r for p in paths for r in segment._RUN.findall(p.read_text("utf-8"))}
    assert len(runs) > 5000
    for run in runs:
        assert seg.cut(run) == seg.cut_in_python(run), run


@pytest.mark.skipif(not segment.compiled_cut(), reason="the compiled cut was not built with this install")
@given(st.text(alphabet=_HAN_AND_MORE, max_size=40))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_compiled_cut_equals_the_python_cut_on_any_run(seg, run):
    """Any mix of words, prefixes, single characters, letters and digits: the same words either way."""
    assert seg.cut(run) == seg.cut_in_python(run)
