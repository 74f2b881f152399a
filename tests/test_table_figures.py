"""Tables of figures in Word reports: every number cell a figure with its column's unit and
object, its row the part of the unit (合计 the whole); layout tables give none; the comparison
takes the 合计 row as the unit's cell."""
from __future__ import annotations

from pathlib import Path

from reportgen.aggregate import compare
from reportgen.pipeline import Options, extract_file
from reportgen.records import WHOLE

TOWNS = ["城关镇", "河东乡", "西山镇", "南湖街道"]
HEADER = ["乡镇", "座谈会（场次）", "意见建议（条）", "走访农户（户）"]
ROWS = [
    ["城关镇", "12", "320", "1,200"],
    ["河东乡", "8", "150余", "860"],
    ["西山镇", "6", "95", "—"],
    ["南湖街道", "10", "210", "540"],
    ["合  计", "36", "775", "2600"],
]
LEAD = ("某县扎实开展党的群众路线教育实践活动。活动开展以来，全县各乡镇广泛征求意见，"
        "深入走访群众，各乡镇座谈会、意见建议和走访情况见下表。")


def _report(path: Path, header, rows, *, mark_header: bool = True, after: str = "下一步，我们将继续抓好整改落实。") -> Path:
    import docx

    document = docx.Document()
    document.add_heading("某县党的群众路线教育实践活动情况汇报", level=0)
    document.add_paragraph(LEAD)
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for r, row in enumerate([header] + rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    if not mark_header:
        look = table._tbl.tblPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblLook")
        if look is not None:
            table._tbl.tblPr.remove(look)
    document.add_paragraph(after)
    document.save(path)
    return path


def _figures(path: Path):
    extraction = extract_file(path, Options())
    assert extraction.source.status == "ok", extraction.source.error
    return extraction, [f for a in extraction.articles for f in a.figures]


def test_every_table_figure_with_unit_object_and_row(tmp_path):
    _, figures = _figures(_report(tmp_path / "table.docx", HEADER, ROWS))
    got = [(f.text, f.value, f.unit, f.qualifier, f.object, f.scope) for f in figures]
    assert got == [
        ("12", 12, "场次", None, "座谈会", "城关镇"), ("320", 320, "条", None, "意见建议", "城关镇"),
        ("1,200", 1200, "户", None, "走访农户", "城关镇"),
        ("8", 8, "场次", None, "座谈会", "河东乡"), ("150余", 150, "条", "over", "意见建议", "河东乡"),
        ("860", 860, "户", None, "走访农户", "河东乡"),
        ("6", 6, "场次", None, "座谈会", "西山镇"), ("95", 95, "条", None, "意见建议", "西山镇"),
        ("10", 10, "场次", None, "座谈会", "南湖街道"), ("210", 210, "条", None, "意见建议", "南湖街道"),
        ("540", 540, "户", None, "走访农户", "南湖街道"),
        ("36", 36, "场次", None, "座谈会", WHOLE), ("775", 775, "条", None, "意见建议", WHOLE),
        ("2600", 2600, "户", None, "走访农户", WHOLE),
    ]
    assert {f.indicator for f in figures} == {"forums", "opinions", "households"}
    assert figures[0].sentence == "城关镇：座谈会（场次）12，意见建议（条）320，走访农户（户）1,200。"
    assert figures[6].sentence == "西山镇：座谈会（场次）6，意见建议（条）95。"   # the empty cell (—) is left out


def test_money_header_folds_its_multiplier_and_an_unmarked_header_row_is_found(tmp_path):
    header = ["单位", "投入资金（万元）", "满意率(%)", "备注"]
    rows = [["县直机关", "15.6", "98.5", "已完成"], ["总计", "120", "97", ""]]
    _, figures = _figures(_report(tmp_path / "money.docx", header, rows, mark_header=False))
    assert [(f.text, f.value, f.unit, f.object, f.scope) for f in figures] == [
        ("15.6", 156000, "元", "投入资金", "县直机关"), ("98.5", 98.5, "%", "满意率", "县直机关"),
        ("120", 1200000, "元", "投入资金", WHOLE), ("97", 97, "%", "满意率", WHOLE),
    ]


def test_layout_table_gives_no_figures_and_no_measures(tmp_path):
    """Text in cells, no unit in the header: no figures are read from it, and a table is never a measure."""
    header = ["时间", "地点", "内容"]
    rows = [["3月9日", "县委礼堂", "召开动员大会"], ["3月15日", "各乡镇", "开展集中学习"]]
    extraction, figures = _figures(_report(tmp_path / "layout.docx", header, rows))
    assert figures == []
    titles = [m.title for a in extraction.articles for m in a.measures]
    assert not any(t in ("时间", "地点", "内容", "召开动员大会", "开展集中学习") for t in titles)


def test_tables_are_never_measures(tmp_path):
    extraction, _ = _figures(_report(tmp_path / "table.docx", HEADER, ROWS))
    titles = [m.title for a in extraction.articles for m in a.measures]
    assert not any(any(word in t for word in TOWNS + ["合计", "座谈会（场次）"]) for t in titles)


def test_comparison_takes_the_total_row_not_a_part(tmp_path):
    """The 合计 row is the unit's cell even when a part is written later and larger in prose-less rows."""
    rows = [["合计", "36", "775", "2600"], ["城关镇", "40", "320", "1200"]]  # a part larger than the stated whole
    extraction, _ = _figures(_report(tmp_path / "total.docx", HEADER, rows))
    comparison = compare([extraction])
    (unit,) = {c["unit"] for c in comparison.cells.to_dict("records")}
    assert comparison.value(unit, "forums") == 36
    assert comparison.value(unit, "households") == 2600


def test_comparison_sums_the_part_rows_of_a_table_without_a_total_row(tmp_path):
    """Township rows divide the unit: with no 合计 row, the unit's cell is their sum (rule 3)."""
    rows = [row for row in ROWS if not row[0].startswith("合")]
    extraction, _ = _figures(_report(tmp_path / "parts.docx", HEADER, rows))
    comparison = compare([extraction])
    (unit,) = {c["unit"] for c in comparison.cells.to_dict("records")}
    assert comparison.value(unit, "forums") == 12 + 8 + 6 + 10
    assert comparison.value(unit, "households") == 1200 + 860 + 540


def test_merged_header_cells_keep_columns_under_their_headers(tmp_path):
    """A header cell spanning two columns (w:gridSpan: 单位 over 乡镇 and 村): each number still
    takes the unit and object of the column it stands under."""
    import docx

    document = docx.Document()
    document.add_paragraph(LEAD)
    table = document.add_table(rows=3, cols=4)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "单位"
    table.cell(0, 2).text = "座谈会（场次）"
    table.cell(0, 3).text = "意见建议（条）"
    for r, row in ((1, ["城关镇", "北关村", "12", "320"]), (2, ["合计", "", "36", "775"])):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "merged.docx"
    document.save(path)
    assert 'w:gridSpan w:val="2"' in table._tbl.xml
    _, figures = _figures(path)
    assert [(f.text, f.unit, f.object, f.scope) for f in figures] == [
        ("12", "场次", "座谈会", "城关镇"), ("320", "条", "意见建议", "城关镇"),
        ("36", "场次", "座谈会", WHOLE), ("775", "条", "意见建议", WHOLE)]


def test_a_numbered_row_takes_its_label_from_the_names_not_the_serial_number(tmp_path):
    header = ["序号", "乡镇", "座谈会（场次）"]
    rows = [["1", "城关镇", "12"], ["2", "河东乡", "8"], ["", "合计", "20"]]
    _, figures = _figures(_report(tmp_path / "serial.docx", header, rows))
    assert [(f.text, f.scope) for f in figures] == [("12", "城关镇"), ("8", "河东乡"), ("20", WHOLE)]
    assert figures[0].sentence == "城关镇：座谈会（场次）12。"


def test_a_table_with_its_measures_down_the_first_column_is_read_turned(tmp_path):
    header = ["项目", "城关镇", "河东乡", "合计"]
    rows = [["座谈会（场次）", "12", "8", "20"], ["意见建议（条）", "320", "150", "470"]]
    _, figures = _figures(_report(tmp_path / "turned.docx", header, rows))
    assert [(f.text, f.unit, f.object, f.scope) for f in figures] == [
        ("12", "场次", "座谈会", "城关镇"), ("320", "条", "意见建议", "城关镇"),
        ("8", "场次", "座谈会", "河东乡"), ("150", "条", "意见建议", "河东乡"),
        ("20", "场次", "座谈会", WHOLE), ("470", "条", "意见建议", WHOLE)]


def test_a_two_row_header_reads_its_measures_from_the_second_row(tmp_path):
    header = ["乡镇", "征求意见", "征求意见"]
    rows = [["", "座谈会（场次）", "意见建议（条）"], ["城关镇", "12", "320"], ["合计", "36", "775"]]
    _, figures = _figures(_report(tmp_path / "two-rows.docx", header, rows))
    assert [(f.text, f.object, f.scope) for f in figures] == [
        ("12", "座谈会", "城关镇"), ("320", "意见建议", "城关镇"), ("36", "座谈会", WHOLE), ("775", "意见建议", WHOLE)]
