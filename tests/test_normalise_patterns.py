"""One alternation for a table of line patterns (``normalise.data.any_of``), and the caption verdicts kept per run."""
from __future__ import annotations

import re

import pytest

from reportgen.normalise import load_normalise_rules
from reportgen.normalise.captions import is_caption
from reportgen.normalise.data import any_of

TABLE = [r"(?i)error\s*(?:40[34]|500)\b.{0,40}", r"(?:上|下)一篇\s*[:：].{0,80}", r"[\[【]?\s*(?:责任编辑|编辑)\s*[:：]\s*\S{1,12}[\]】]?"]
LINES = ["ERROR 404 页面不存在", "Error 500", "上一篇：某某工作会议召开", "【责任编辑：张三】",
         "下一篇", "会议指出，要把error 404写进日志。", "编辑：", "本报讯 记者从会上获悉"]


@pytest.mark.parametrize("line", LINES)
def test_any_of_matches_where_one_pattern_does(line):
    joined = any_of(TABLE)
    assert (joined.fullmatch(line) is not None) is any(re.fullmatch(p, line) for p in TABLE)
    assert (joined.search(line) is not None) is any(re.search(p, line) for p in TABLE)


def test_any_of_keeps_a_flag_to_its_own_pattern():
    joined = any_of([r"(?i)copyright", r"abc"])
    assert joined.fullmatch("COPYRIGHT")
    assert joined.fullmatch("abc") and not joined.fullmatch("ABC")


def test_any_of_an_empty_table_matches_nothing():
    assert any_of([]).search("任何一行") is None


def test_any_of_refuses_a_backreference():
    with pytest.raises(ValueError, match="backreference"):
        any_of([r"([A-Za-z])\1"])


def test_caption_verdict_kept_is_the_verdict_judged():
    rules = load_normalise_rules()
    line = "深入田间地头了解群众需求。商君婷 摄"
    assert is_caption(line, rules.captions) is True
    assert is_caption(line, rules.captions) is True  # the kept verdict
    assert is_caption("会议要求，各级党组织要认真落实。", rules.captions) is False
    assert is_caption("会议要求，各级党组织要认真落实。", rules.captions) is False
