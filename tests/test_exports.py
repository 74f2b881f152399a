"""Data exports: xlsx (a sheet per table, Chinese headers, frozen header, fitted widths), csv, json."""
from __future__ import annotations

import csv
import json

import openpyxl
import pytest

from reportgen.aggregate import NOT_REPORTED, compare, export_comparison
from reportgen.errors import UsageError
from reportgen.records import Article, Extraction, Figure, Measure, Source
from reportgen.taxonomy import load_taxonomy


# The action that counts each object (a figure is a cell only under its indicator's action).
ACTIONS = {"党员": "共有", "意见建议": "征求", "座谈会": "召开"}


def figure(text, value, unit, obj, qualifier=None):
    return Figure(text=text, value=value, unit=unit, object=obj, qualifier=qualifier,
                  indicator=load_taxonomy().indicator_for(obj, unit),
                  sentence=f"教育实践活动中，{ACTIONS.get(obj, '')}{text}{obj}。")


@pytest.fixture(scope="module")
def comparison():
    reports = [
        Extraction(Source(path="seeds/000.txt", sha256="a"), [Article(
            title="“五个导向”践行党的群众路线", unit="章丘市经济和信息化局", locality="章丘市", framework="五个导向",
            measures=[Measure("组织导向：科学部署抓覆盖", 1, "learning")],
            figures=[figure("3077名", 3077, "名", "党员"), figure("132条", 132, "条", "意见建议")])]),
        Extraction(Source(path="seeds/002.txt", sha256="b"), [Article(
            title="区党的群众路线教育实践活动高起点开局", unit="魏都区", locality="魏都区",
            figures=[figure("140多次", 140, "次", "座谈会", "over")])]),
    ]
    return compare(reports, load_taxonomy())


def test_xlsx_has_a_sheet_per_table_with_chinese_headers(comparison, tmp_path):
    (path,) = export_comparison(comparison, "xlsx", tmp_path / "c.xlsx")
    book = openpyxl.load_workbook(path)
    assert {"对比表", "对比数值", "全部数字", "数据质量", "单位合并", "环比变化"} <= set(book.sheetnames)
    shown = book["对比表"]
    header = [c.value for c in shown[1]]
    assert header[:2] == ["单位", "党员"]
    rows = {r[0]: r for r in shown.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {"章丘市经济和信息化局", "魏都区"}
    assert rows["章丘市经济和信息化局"][1] == "3077名"
    assert rows["魏都区"][1] == NOT_REPORTED
    numbers = {r[0]: r for r in book["对比数值"].iter_rows(min_row=2, values_only=True)}
    assert numbers["章丘市经济和信息化局"][1] == 3077
    assert numbers["魏都区"][1] is None  # empty, never 0
    figures = book["全部数字"]
    assert [c.value for c in figures[1]][:3] == ["文件", "文件哈希", "文章序号"]
    assert figures.freeze_panes == "A2" and shown.freeze_panes == "A2"
    sentence_col = [c.value for c in figures[1]].index("原句") + 1
    width = figures.column_dimensions[figures.cell(1, sentence_col).column_letter].width
    longest_cjk = max(sum("\u4e00" <= ch <= "\u9fff" for ch in c.value) for c in list(figures.columns)[sentence_col - 1][1:])
    assert width >= 2 * longest_cjk  # a Chinese character takes two columns


def test_csv_writes_a_file_per_table_excel_can_read(comparison, tmp_path):
    paths = export_comparison(comparison, "csv", tmp_path / "tables")
    assert {p.name for p in paths} >= {"display.csv", "figures.csv", "flags.csv"}
    raw = (tmp_path / "tables" / "display.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM so Excel reads UTF-8
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert {r["单位"]: r["党员"] for r in rows} == {"章丘市经济和信息化局": "3077名", "魏都区": NOT_REPORTED}


def test_csv_needs_a_folder(comparison, tmp_path):
    with pytest.raises(UsageError, match="folder"):
        export_comparison(comparison, "csv", tmp_path / "c.csv")


def test_json_is_the_plain_records(comparison, tmp_path):
    (path,) = export_comparison(comparison, "json", tmp_path / "c.json")
    data = json.loads(path.read_text("utf-8"))
    row = {r["unit"]: r for r in data["rows"]}
    assert row["章丘市经济和信息化局"]["cells"]["party_members"]["value"] == 3077
    assert row["魏都区"]["cells"]["party_members"] is None
    assert row["魏都区"]["cells"]["forums"]["display"] == "140多次"


def test_unknown_format_is_a_usage_error(comparison, tmp_path):
    with pytest.raises(UsageError, match="csv, xlsx, json"):
        export_comparison(comparison, "pdf", tmp_path / "c.pdf")
