"""The comparison on the real seeds, end to end: extract, compare, record, export."""
from __future__ import annotations

import json
import math
import sqlite3

import openpyxl
import pytest
from click.testing import CliRunner

from reportgen.aggregate import NOT_REPORTED, compare, record_build
from reportgen.cli import main
from reportgen.pipeline import Options, extract_paths
from reportgen.taxonomy import load_taxonomy

pytestmark = pytest.mark.slow  # runs the real extractor over the seeds


@pytest.fixture(scope="module")
def seed_extractions(seed_paths):
    return extract_paths(seed_paths, Options())


@pytest.fixture(scope="module")
def seed_comparison(seed_extractions):
    return compare(seed_extractions, load_taxonomy())


@pytest.fixture(scope="module")
def gold_units() -> set[str]:
    """The units of the relevant articles in the comparison gold (../shared/gold-compare)."""
    from conftest import SHARED

    folder = SHARED / "gold-compare"
    if not folder.is_dir():
        pytest.skip("../shared/gold-compare is not beside the checkout")
    gold = [json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.json"))]
    return {a["unit"] for g in gold for a in g["articles"] if a["relevant"] and a["unit"]}


def test_every_seed_unit_is_a_row_and_nothing_else(seed_comparison, gold_units):
    assert set(seed_comparison.units) == gold_units
    assert list(seed_comparison.matrix.index) == seed_comparison.units


def test_news_items_sharing_the_page_are_excluded_with_a_reason(seed_comparison):
    excluded = seed_comparison.excluded
    assert len(excluded) == 4  # the four economic and cultural news items on the newspaper page
    assert all("不是单位的活动报道" in r for r in excluded["reason"])
    assert not seed_comparison.figures["unit"].isin(excluded["unit_as_written"]).any()


def test_cells_a_unit_did_not_report_are_empty(seed_comparison):
    # the development zone reports no party-member count
    assert math.isnan(seed_comparison.matrix.loc["泉州开发区党工委", "party_members"])
    assert seed_comparison.display_matrix().loc["泉州开发区党工委", "party_members"] == NOT_REPORTED
    assert not (seed_comparison.matrix == 0).any().any()


def test_every_headline_cell_has_its_sentence(seed_comparison):
    cells = seed_comparison.cells
    assert len(cells) > 10
    assert all(isinstance(s, str) and t in s for s, t in zip(cells["sentence"], cells["text"]))


def test_two_builds_of_the_seeds_are_issues_one_and_two_with_nothing_doubled(seed_extractions, seed_comparison,
                                                                              tmp_path):
    db = tmp_path / "h.sqlite"
    first = record_build(seed_comparison, seed_extractions, db, "2014-W21")
    second = record_build(compare(seed_extractions + seed_extractions, load_taxonomy()),
                          seed_extractions + seed_extractions, db, "2014-W22")
    assert (first.issue_no, second.issue_no, second.previous_period) == (1, 2, "2014-W21")
    assert second.value("昌乐县", "party_members") == 36580
    assert set(second.changes["status"]) == {"same"}
    assert (second.indicator_changes["delta"] == 0).all()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM reports").fetchone() == (len(seed_extractions),)


def test_cli_compare_writes_every_seed_unit_to_xlsx(seeds_dir, gold_units, tmp_path):
    out = tmp_path / "c.xlsx"
    result = CliRunner().invoke(main, ["compare", str(seeds_dir), "--format", "xlsx", "--output", str(out)])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    units = {row[0] for row in book["对比表"].iter_rows(min_row=2, values_only=True)}
    assert gold_units <= units
    figures = book["全部数字"]
    header = [c.value for c in figures[1]]
    rows = [dict(zip(header, r)) for r in figures.iter_rows(min_row=2, values_only=True)]
    assert {r["单位"] for r in rows} >= gold_units
    assert any(r["单位"] == "章丘市经济和信息化局" and r["数值"] == 3077 for r in rows)
