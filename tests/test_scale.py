"""Inputs of any size: the export is streamed, and pathological text stays linear."""
from __future__ import annotations

import functools
import io
import json
import time

import pytest

from reportgen.pipeline import Options, extract_paths
from reportgen.records import to_export, write_export


@pytest.fixture(scope="module")
def seed_extractions(seed_paths):
    return extract_paths(seed_paths, Options())


@pytest.mark.parametrize("count", [0, 1, 5])
def test_streamed_export_is_the_text_of_the_whole_export(seed_extractions, count):
    extractions = seed_extractions[:count]
    out = io.StringIO()
    write_export(iter(extractions), out)
    assert out.getvalue() == json.dumps(to_export(extractions), ensure_ascii=False, indent=2) + "\n"
    assert len(json.loads(out.getvalue())["documents"]) == count


def test_streamed_export_writes_each_document_as_it_arrives(seed_extractions):
    out = io.StringIO()
    seen = []

    def arriving():
        for extraction in seed_extractions:
            seen.append(out.tell())  # how much was written when the next document was asked for
            yield extraction

    write_export(arriving(), out)
    assert seen[0] == 0  # nothing is written before the first document is there (a run failing at once writes nothing)
    assert all(a < b for a, b in zip(seen, seen[1:]))  # each document went out before the next was asked for


# -- pathological text: every cost stays linear ----------------------------------------------

@functools.lru_cache(maxsize=1)
def _lexicon():
    from reportgen.pipeline import load_run_knowledge

    return load_run_knowledge(Options()).lexicon


def _figures_of(text: str):
    from reportgen.extract.figures import find_figures
    from reportgen.nodes import Para

    return find_figures((Para.of(text),), _lexicon())


def _seconds(text: str) -> float:
    start = time.process_time()
    _figures_of(text)
    return time.process_time() - start


@pytest.mark.parametrize("run", ["1" * 30, "9" * 200, "三" * 40, "万" * 64, "1,234" * 10])
def test_a_run_of_30_or_more_numeral_characters_is_not_a_number(run):
    assert _figures_of(f"共{run}名党员参加。") == []


def test_a_run_of_29_digits_is_still_read():
    (figure,) = _figures_of(f"共{'1' * 29}名党员参加。")
    assert figure.unit == "名" and figure.value == float("1" * 29)


def test_a_real_figure_beside_a_long_digit_run_is_kept():
    figures = _figures_of(f"编号{'7' * 80}，共培训党员3000名。")
    assert [(f.text, f.value) for f in figures] == [("3000名", 3000)]


@pytest.mark.parametrize("make", [
    lambda n: "共" + "1" * n + "万",          # digits beside 万, no unit: the search used to backtrack
    lambda n: "共" + "万" * n,                 # a run of 万
    lambda n: "共" + "三" * n + "名",          # Chinese numerals before a unit
    lambda n: "，".join(f"培训{i}名党员" for i in range(n // 8)),  # a figure every few characters, no full stop
], ids=["digits-wan", "wan-run", "chinese-run", "figures-no-stop"])
def test_figure_search_is_linear_in_the_text(make):
    _figures_of(make(200))  # warm up (segmenter, tables)
    small, large = _seconds(make(3000)), _seconds(make(12000))
    assert large < 0.5 + 8 * small, (small, large)  # 4x the text: about 4x the time, never 16x
    assert large < 5


def test_an_endless_sentence_is_cut_so_each_figure_carries_a_bounded_sentence():
    from reportgen.extract.sentences import MAX_SENTENCE_CHARS

    text = "，".join(f"培训{i}名党员" for i in range(2000))  # 20,000 characters without a full stop
    figures = _figures_of(text)
    assert len(figures) == 2000
    assert max(len(f.sentence) for f in figures) <= MAX_SENTENCE_CHARS
    assert all(f.text in f.sentence for f in figures)
    assert len({f.sentence for f in figures}) < len(figures) / 5  # the pieces are shared, not one per figure
