"""A pattern's required characters: a text holding none of them is one the pattern finds nothing in."""
from __future__ import annotations

import re

import pytest

from reportgen.extract.figures import _DATE_PATTERNS
from reportgen.required_chars import required_chars


@pytest.mark.parametrize("pattern, needs", [
    (r"[一二三]+届[一二三]+次", {"届"}),                         # a literal every match holds
    (r"[一二三四]+[类级档]", {"类", "级", "档"}),                # a class of a few literals (the smallest kept)
    (r"(?<=单元)[0-9]{3,4}(?=户|室)", {"单"}),                   # a lookbehind reads the text's own characters
    (r"(?:阅读|浏览)\s*[:：]\s*[0-9]+", {"阅", "浏"}),       # a branch: one of each alternative's
    (r"(?:全文|本文)字", {"字"}),
    (r"(?:甲|乙丙)丁?", {"甲", "乙"}),
])
def test_the_characters_every_match_holds(pattern, needs):
    assert required_chars(re.compile(pattern)) == needs


@pytest.mark.parametrize("pattern", [
    r"[^，。]+",            # a negated class promises no character
    r"\d+",                 # nor does a category
    r"届?[0-9]*",           # nor what may be left out
    r"(?!届)\d",            # nor a lookahead that must not match
    r"(?i)abc",             # nor a pattern that folds case
    r"[\u4e00-\u9fff]+",    # a class too wide to be worth a test
])
def test_a_pattern_that_promises_nothing(pattern):
    assert required_chars(re.compile(pattern)) is None


def test_no_shipped_mask_matches_in_a_sentence_without_its_characters(lexicon, seed_paths):
    """Every match of the figure masks, in the seeds and in sentences written to match them, holds a
    character of the pattern's requirement: skipping a sentence without one loses no match."""
    texts = [p.read_text("utf-8") for p in seed_paths] + [
        "第十八届三中全会", "党的十九届六中全会精神", "一组村民", "三年党龄", "九年义务教育", "园区二期",
        "一期工程", "一、二类", "一级二类", "全文共3200字", "“五个一、六个好”三项", "阅读次数：1200",
        "单元302室", "范文5篇", "总结3篇", "2014-05-26", "15:15:03", "两不愁三保障",
    ]
    scans = [*lexicon.figure_rules.mask_scans, *((p, required_chars(p)) for p in _DATE_PATTERNS)]
    checked = 0
    for pattern, needs in scans:
        for text in texts:
            for m in pattern.finditer(text):
                checked += 1
                assert needs is None or not needs.isdisjoint(text), (pattern.pattern, m.group())
    assert checked > 20


def test_no_caption_ending_matches_a_paragraph_without_its_characters():
    from conftest import shipped_normalise_rules

    captions = shipped_normalise_rules().captions
    texts = ["…参观学习。商君婷 摄", "…部署。实习生 牛原 摄", "…(记者 王五 摄)", "（张三/摄）", "(图/王五)",
             "…參觀學習。商君婷 攝", "（圖/王五）", "会议现场（记者 张三 摄影）"]
    checked = 0
    for rx, needs in captions.end_scans:
        for text in texts:
            if rx.search(text):
                checked += 1
                assert needs is None or not needs.isdisjoint(text), (rx.pattern, text)
    assert checked >= len(texts)
