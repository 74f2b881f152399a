"""Normalise contract: every pass is idempotent and pure, on any text and on the seeds."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import shipped_normalise_rules
from reportgen.ingest import read
from reportgen.nodes import Document, Para
from reportgen.normalise import PASSES, normalise

RULES = shipped_normalise_rules()

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        lines += [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]
    return lines


# Pieces that exercise every pass: Traditional and Simplified characters,
# glosses, real brackets, punctuation that decides joins, furniture words,
# full-width and invisible characters, dates and numbers.
_PIECES = [
    "企業(yè)", "實(shí)踐", "項(xiàng)", "們(men)", "?cè)", "(左一)", "(扩大)", "（试行）", "(GDP)",
    "群眾路線", "群众路线", "著手", "隨著", "乾淨", "《党的", "实施意见》", "“", "”", "。", "，", ",", "、",
    "：", "——", "976", "个", "１２", "％", "\u3000", "\u200b", "\u00a0", " ", "  ", "相关新闻", "我来说两句",
    "来源:", "泉州晚报", "2014-05-26", "责任编辑:", "►", "▲", "商君婷 摄", "一、", "（二）", "□", "图为",
    "[an error occurred while processing the directive]", "首页 > ", "摄", "文/图", "yè", "a", "(",
]
_line = st.lists(st.sampled_from(_PIECES) | st.text(min_size=1, max_size=6), min_size=1, max_size=12).map("".join)
_seed_line = st.sampled_from(_seed_lines())
_documents = st.lists(_line | _seed_line, min_size=0, max_size=10).map(
    lambda lines: Document(meta={}, blocks=tuple(Para.of(line) for line in lines))
)

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(_documents)
def test_normalise_is_idempotent_on_any_text(document):
    once = normalise(document, RULES)
    assert normalise(once, RULES) == once


@pytest.mark.parametrize("name, run", PASSES, ids=[name for name, _ in PASSES])
@_SETTINGS
@given(document=_documents)
def test_normalise_each_pass_is_idempotent_and_pure(name, run, document):
    before = Document(meta=dict(document.meta), blocks=document.blocks)
    once = run(document, RULES)
    assert run(once, RULES) == once
    assert document == before
    assert once is not document and once.meta is not document.meta


@pytest.fixture(scope="module")
def seed_documents() -> dict[str, Document]:
    return {path.name[:3]: read(path).document for path in sorted(SEEDS.glob("*.txt"))}


def test_normalise_is_idempotent_on_the_seeds(seed_documents):
    for prefix, document in seed_documents.items():
        once = normalise(document, RULES)
        assert normalise(once, RULES) == once, prefix
        for name, run in PASSES:
            assert run(run(once, RULES), RULES) == run(once, RULES), (prefix, name)


@pytest.mark.parametrize(
    "lines",
    [
        ["“五个导向”践行党的群众路线", "企業(yè)", "责任编辑:图为"],
        ["企業(yè)", "。", "企業(yè)。"],
        ["企業(yè)", "\x00"],
        ["0", "項(xiàng)"],
        ["企業(yè)»，", "企業(yè)首页 > 企業(yè)"],
        ["(»", "0»企業(yè)"],
    ],
    ids=["boilerplate-tips-script-share", "join-makes-caption-run", "nul", "traditional-measure-word", "join-after-comma", "join-makes-breadcrumb"],
)
def test_normalise_is_idempotent_on_cases_hypothesis_found(lines):
    once = normalise(Document(meta={}, blocks=tuple(Para.of(line) for line in lines)), RULES)
    assert normalise(once, RULES) == once
