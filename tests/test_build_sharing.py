"""One build works each thing out once: the copies' prose, each distinct chart, the comparison's groups.

The copies of a build differ in what they cite, not in their data, so a build
shares one ``ContextBasis`` and one ``ChartBook`` among its audiences; sharing
must change nothing any copy shows. Realistic report sentences, none from the seeds.
"""
from __future__ import annotations

import gc
import math
from pathlib import Path

import pandas as pd

from reportgen.aggregate import compare
from reportgen.aggregate.tables import group_records, matrix_table
from reportgen.heap import LongLived
from reportgen.records import Article, Extraction, Figure, Measure, Source
from reportgen.render import ChartBook, ContextBasis, context as context_module, load_audience, render_markdown_text
from reportgen.render.charts import CHARTS, Chart, make_charts
from reportgen.render.prose import ProseRules
from reportgen.taxonomy import load_taxonomy

TAXONOMY = load_taxonomy()
LEAD = "党的群众路线教育实践活动开展以来，{unit}坚持问题导向，组织党员干部深入基层走访群众，边学边查边改。"


def report(path: str, unit: str | None, forums: int, visits: int) -> Extraction:
    sentence = f"共召开座谈会{forums}场，走访群众{visits}户。"
    figures = [Figure(text=f"{forums}场", value=forums, unit="场", object="座谈会", sentence=sentence,
                      indicator=TAXONOMY.indicator_for("座谈会", "场")),
               Figure(text=f"{visits}户", value=visits, unit="户", object="群众", sentence=sentence,
                      indicator=TAXONOMY.indicator_for("群众", "户"))]
    return Extraction(Source(path=path, sha256=f"sha-{path}"),
                      [Article(title="扎实推进教育实践活动", unit=unit,
                               paragraphs=[LEAD.format(unit=unit or "我局"), "一、深入开展调查研究", sentence,
                                           "下一步，将进一步健全长效机制，巩固活动成果。"],
                               figures=figures, measures=[Measure(title="一、深入开展调查研究", level=1)])])


BATCH = [report("in/a.txt", "临川县", 12, 340), report("in/b.txt", "东平区", 9, 128),
         report("in/c.txt", None, 7, 96)]  # a report that names no unit (我局): the clean copy calls it 某局


def test_prose_is_chosen_once_per_copy_kind_whatever_the_number_of_audiences(monkeypatch):
    chosen = []
    original = context_module.choose_prose
    monkeypatch.setattr(context_module, "choose_prose", lambda *args: chosen.append(1) or original(*args))
    records = compare(BATCH, TAXONOMY).to_records()
    basis = ContextBasis(records, ProseRules.load())
    for name in ("weekly", "digest", "leadership"):
        for review in (False, True):
            basis.context(load_audience(name).settings, review=review)
    assert len(chosen) == 2  # the clean copies' and the review copies'

    chosen.clear()
    named = ContextBasis(compare(BATCH[:2], TAXONOMY).to_records(), ProseRules.load())
    for review in (False, True):
        named.context(load_audience("weekly").settings, review=review)
    assert len(chosen) == 1  # every unit named: both copy kinds quote the same prose


def test_a_shared_basis_gives_each_audience_what_a_basis_of_its_own_gives():
    records = compare(BATCH, TAXONOMY).to_records()
    shared = ContextBasis(records, ProseRules.load())
    for name in ("weekly", "digest"):
        audience = load_audience(name)
        for review in (False, True):
            from_shared = shared.context(audience.settings, review=review)
            render_markdown_text(audience, from_shared)  # rendering one copy must leave the next as it was
            alone = ContextBasis(records, ProseRules.load()).context(audience.settings, review=review)
            assert from_shared.values == alone.values and from_shared.notes == alone.notes
    clean = shared.context(load_audience("weekly").settings)
    review = shared.context(load_audience("weekly").settings, review=True)
    assert "某局" in [u["name"] for u in clean.values["units"]]
    assert "（待确认单位1）" in [u["name"] for u in review.values["units"]]


def test_the_second_copy_reuses_the_sentences_the_first_worked_out(monkeypatch):
    """An article's sentences are split once per build (``prose.ProseMemo``), whatever the copies;
    only what names the unit is worked out again, and the copy's prose is what a choice of its own gives."""
    from reportgen.render import prose as prose_module

    splits = []
    original = prose_module.split_sentences
    monkeypatch.setattr(prose_module, "split_sentences", lambda text: splits.append(text) or original(text))
    records = compare(BATCH, TAXONOMY).to_records()
    basis = ContextBasis(records, ProseRules.load())
    clean = basis.copy_basis(False)
    first = len(splits)
    review = basis.copy_basis(True)
    second = len(splits) - first
    assert first > 0 and second == 0   # the second copy splits no sentence again
    alone = ContextBasis(records, ProseRules.load())
    assert review.prose == alone.copy_basis(True).prose
    assert clean.prose == ContextBasis(records, ProseRules.load()).copy_basis(False).prose
    assert "某局" in clean.prose.summaries and "（待确认单位1）" in review.prose.summaries


def test_the_second_copy_chooses_anew_only_for_the_unit_it_labels_otherwise(monkeypatch):
    """A unit's paragraph, experience and stated sentences are kept under a key holding its label:
    the units both copies label alike are chosen once, the one the clean copy renames twice, each
    copy quoting what a choice of its own gives."""
    from reportgen.render import prose as prose_module

    leads, experiences, stated = [], [], []
    for name, calls in (("lead_sentence", leads), ("_best_experience", experiences), ("_stated_by", stated)):
        original = getattr(prose_module, name)
        monkeypatch.setattr(prose_module, name,
                            lambda *args, original=original, calls=calls, **kw: calls.append(args) or original(*args, **kw))
    records = compare(BATCH, TAXONOMY).to_records()
    basis = ContextBasis(records, ProseRules.load())
    clean = basis.copy_basis(False)
    assert sorted(args[0][0].unit for args in leads) == sorted(["临川县", "东平区", "某局"])
    assert sorted(args[0] for args in stated) == sorted(["临川县", "东平区", "某局"] * 2)
    first = (len(leads), len(experiences), len(stated))
    review = basis.copy_basis(True)
    assert [args[0][0].unit for args in leads[first[0]:]] == ["（待确认单位1）"]
    assert [args[0] for args in stated[first[2]:]] == ["（待确认单位1）"] * 2   # its problem and its next step
    assert len(experiences) == first[1]   # an unnamed unit sets no example: nothing to choose anew
    assert review.prose == ContextBasis(records, ProseRules.load()).copy_basis(True).prose
    assert clean.prose == ContextBasis(records, ProseRules.load()).copy_basis(False).prose
    assert any("临川县" in q.text for q in review.prose.summaries["临川县"])


def _chart_values(units: list[str]) -> dict:
    rows = [{"unit": u, "cells": [{"value": 10.0 + i, "shown": f"{10 + i}场", "unit_word": "场"}]}
            for i, u in enumerate(units)]
    return {"indicators": [{"label": "座谈会"}], "rows": rows, "not_reported": "未报送"}


def test_a_chart_shown_alike_is_drawn_once_and_its_bytes_written_where_asked(tmp_path, monkeypatch):
    drawn = []
    chart = CHARTS["indicators"]
    monkeypatch.setitem(CHARTS, "indicators",
                        Chart(chart.drawing, lambda drawing, out, font: drawn.append(out) or chart.draw(drawing, out, font)))
    book = ChartBook()
    values = _chart_values(["临川县", "东平区"])
    first = make_charts({"indicators"}, values, tmp_path / "clean", prefix="weekly-", book=book)
    again = make_charts({"indicators"}, values, tmp_path / "review", prefix="weekly-", book=book)
    other = make_charts({"indicators"}, values, tmp_path / "digest", prefix="digest-", book=book)
    assert len(drawn) == 1
    paths = [first["indicators"], again["indicators"], other["indicators"]]
    assert paths[2].endswith("digest-indicators.png") and len(set(paths)) == 3
    assert len({open(p, "rb").read() for p in paths}) == 1

    renamed = make_charts({"indicators"}, _chart_values(["临川县", "（待确认单位1）"]), tmp_path / "r", book=book)
    assert len(drawn) == 2  # another label is another chart
    assert open(renamed["indicators"], "rb").read() != open(paths[0], "rb").read()


def _pixels(path) -> bytes:
    from PIL import Image

    with Image.open(path) as image:
        return image.convert("RGB").tobytes()


def test_copies_whose_charts_differ_only_in_unit_names_share_one_drawing(tmp_path, monkeypatch):
    """The review copy names an unsigned report's unit its own way; drawn together, the two charts
    are laid out once (for the wider name) and each carries its own names, pixel for pixel as drawn alone."""
    from reportgen.render.charts import _draw_indicators, chart_font

    calls = []
    chart = CHARTS["indicators"]
    monkeypatch.setitem(CHARTS, "indicators", Chart(
        chart.drawing, lambda drawing, out, font: calls.append("alone") or chart.draw(drawing, out, font),
        chart.unlabelled,
        lambda drawings, outs, font: calls.append(len(drawings)) or chart.draw_relabelled(drawings, outs, font)))
    clean_values = _chart_values(["临川县", "东平区", "某局"])
    review_values = _chart_values(["临川县", "东平区", "（待确认单位1）"])
    book = ChartBook()
    with book.together():
        clean = make_charts({"indicators"}, clean_values, tmp_path / "clean", book=book)["indicators"]
        review = make_charts({"indicators"}, review_values, tmp_path / "review", book=book)["indicators"]
        again = make_charts({"indicators"}, clean_values, tmp_path / "again", book=book)["indicators"]
    assert calls == [2]
    assert open(again, "rb").read() == open(clean, "rb").read()

    font = chart_font()
    review_units = CHARTS["indicators"].drawing(review_values, str)[0]
    alone = _draw_indicators(CHARTS["indicators"].drawing(review_values, str), tmp_path / "alone.png", font)
    assert _pixels(review) == _pixels(alone)          # the wider names: the layout it has alone
    laid_out = _draw_indicators(CHARTS["indicators"].drawing(clean_values, str), tmp_path / "laid.png", font,
                                review_units)
    assert _pixels(clean) == _pixels(laid_out)        # its own names in the wider names' layout
    assert _pixels(clean) != _pixels(review)


def test_charts_asked_for_in_a_failed_block_are_not_drawn(tmp_path):
    book = ChartBook()
    try:
        with book.together():
            out = make_charts({"indicators"}, _chart_values(["临川县"]), tmp_path, book=book)["indicators"]
            raise RuntimeError("a copy failed to render")
    except RuntimeError:
        pass
    assert not Path(out).exists()


def test_long_lived_objects_are_frozen_only_within_the_block():
    assert gc.get_freeze_count() == 0
    with LongLived() as long_lived:
        kept = [{"unit": f"单位{i}"} for i in range(1000)]
        long_lived.keep()
        assert gc.get_freeze_count() >= len(kept)
    assert gc.get_freeze_count() == 0


def test_objects_a_caller_froze_stay_frozen():
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with LongLived() as long_lived:
            long_lived.keep()
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()


def test_grouped_records_are_pandas_groups_in_order_without_a_frame_per_group():
    table = pd.DataFrame({"unit": ["东平区", "临川县", "东平区", None, "临川县", "东平区"],
                          "indicator": ["forums", "forums", "visits", "forums", "forums", "forums"],
                          "value": [9.0, 12.0, 128.0, 7.0, 3.0, float("nan")]})
    grouped = group_records(table, ("unit", "indicator"))
    by_pandas = {key: g.to_dict(orient="records") for key, g in table.groupby(["unit", "indicator"], sort=False)}
    assert list(grouped) == list(by_pandas) == [("东平区", "forums"), ("临川县", "forums"), ("东平区", "visits")]
    def plain(rows):
        return [{k: None if isinstance(v, float) and math.isnan(v) else v for k, v in r.items()} for r in rows]

    assert {k: plain(v) for k, v in grouped.items()} == {k: plain(v) for k, v in by_pandas.items()}
    assert [r["value"] for r in plain(grouped[("东平区", "forums")])] == [9.0, None]


def test_the_matrix_places_each_cell_and_grows_for_one_outside_it():
    cells = pd.DataFrame({"unit": ["临川县", "东平区"], "indicator": ["forums", "visits"], "value": [12.0, 128.0]})
    matrix = matrix_table(cells, ["临川县", "东平区"], ["forums", "visits"])
    assert matrix.index.name == "unit" and list(matrix.columns) == ["forums", "visits"]
    assert matrix.loc["临川县", "forums"] == 12.0 and matrix.loc["东平区", "visits"] == 128.0
    assert math.isnan(matrix.loc["临川县", "visits"])
    grown = matrix_table(cells, ["临川县"], ["forums"])  # a cell outside the rows and columns asked for
    assert set(grown.index) == {"临川县", "东平区"} and "visits" in grown.columns


def test_the_review_copy_says_which_report_names_no_unit_and_the_clean_copy_does_not():
    """The editor who must name an unsigned report's unit finds the report by its file in the review copy;
    the copy to send names no file."""
    records = compare(BATCH + [report("in/d.txt", None, 5, 60)], TAXONOMY).to_records()
    basis = ContextBasis(records, ProseRules.load())
    audience = load_audience("weekly")
    review = render_markdown_text(audience, basis.context(audience.settings, review=True))
    clean = render_markdown_text(audience, basis.context(audience.settings))
    lines = [s.replace("\\", "") for s in review.splitlines() if "请编辑确认" in s]   # as read: no Markdown escapes
    assert len(lines) == 2, lines      # one numbered item, one line each
    for n, (line, file) in enumerate(zip(lines, ("c.txt", "d.txt")), 1):
        # the file opens the item (a long file name at a line's end would stretch the line before it)
        assert line.startswith(tuple(f"{i}. （{file}）（待确认单位{n}）：" for i in range(1, 10))) and line.endswith("。"), line
    assert "c.txt" not in clean and "d.txt" not in clean and "请编辑确认" not in clean


def test_a_template_is_compiled_once_a_build_and_renders_as_it_does_alone(monkeypatch, tmp_path):
    from jinja2 import Environment

    from reportgen.render.environment import compiled_templates, make_environment

    compiles = []
    original = Environment.compile
    monkeypatch.setattr(Environment, "compile", lambda self, *a, **k: compiles.append(a[1]) or original(self, *a, **k))
    basis = ContextBasis(compare(BATCH, TAXONOMY).to_records(), ProseRules.load())
    audience = load_audience("weekly")
    compiled = compiled_templates()
    shared = [render_markdown_text(audience, basis.context(audience.settings, review=review), compiled)
              for review in (False, True)]
    once = len(compiles)
    assert once and len(set(compiles)) == once   # the second copy compiled nothing
    alone = [render_markdown_text(audience, basis.context(audience.settings, review=review)) for review in (False, True)]
    assert shared == alone and len(compiles) == 3 * once
    assert "某局" in shared[0] and "（待确认单位1）" in shared[1]

    # the same source under other compile options (a Word template's whitespace) is compiled for them
    (tmp_path / "t.j2").write_text("{% if true %}\n  甲\n{% endif %}\n", encoding="utf-8")
    tidy = make_environment([tmp_path], compiled=compiled).get_template("t.j2").render()
    raw_env = make_environment([tmp_path], compiled=compiled)
    raw_env.trim_blocks = raw_env.lstrip_blocks = False
    raw = raw_env.get_template("t.j2").render()
    assert (tidy, raw) == ("  甲\n", "\n  甲\n\n")
    assert make_environment([tmp_path], compiled=compiled).get_template("t.j2").render() == tidy


def test_the_young_pass_runs_less_often_within_the_block_and_as_before_after_it():
    from reportgen.heap import YOUNG_PASS_EVERY

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        passes = []

        def count(phase, info):
            if phase == "start" and info["generation"] == 0:
                passes.append(1)

        gc.callbacks.append(count)
        try:
            with LongLived():
                assert gc.get_threshold() == (YOUNG_PASS_EVERY, 10, 10)
                inside = len(passes)
                made = [[i] for i in range(50_000)]   # containers that live on, as a document's nodes do
                inside = len(passes) - inside
            assert gc.get_threshold() == (700, 10, 10)
            after = len(passes)
            made += [[i] for i in range(50_000)]
            after = len(passes) - after
        finally:
            gc.callbacks.remove(count)
        assert inside <= 50_000 // YOUNG_PASS_EVERY + 1 < after
        gc.set_threshold(0)               # a caller that turned automatic collection off
        with LongLived():
            assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)
