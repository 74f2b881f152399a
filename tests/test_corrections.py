"""review → edit → build --corrections: the editor's word changes the briefing and holds next period.

The reports are realistic weekly submissions written for these tests (none
from the seeds), read by the real extractor.
"""
from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner

from reportgen.cli import main

WEEK1 = {
    "linchuan.txt": "临川县扎实推进党的群众路线教育实践活动\n\n本报讯 党的群众路线教育实践活动开展以来，临川县坚持把听取群众意见"
                    "贯穿始终。全县共召开各类座谈会46场，收集意见建议318条，梳理出突出问题52个。\n\n县委常委分别深入联系点开展调研，"
                    "帮助基层解决实际困难。\n",
    "dongping.txt": "东平区教育实践活动见实效\n\n东平区把整改落实作为检验教育实践活动成效的重要标准。截至目前，全区共召开座谈会23场，"
                    "征求意见建议154条，已整改事项38项。\n\n区委要求各单位对照问题清单，逐项销号。\n",
    "qingshan.txt": "青山区举办党员志愿服务月启动仪式\n\n青山区党员志愿服务月日前启动，全区共召开座谈会12场，征求意见建议60条，"
                 "党员志愿者将深入社区开展服务。\n",
}
WEEK2 = {
    "linchuan-2.txt": "临川县教育实践活动转入查摆问题阶段\n\n党的群众路线教育实践活动进入第二环节以来，临川县共召开专题座谈会31场，"
                      "收集意见建议406条，查摆问题67个。\n\n县委要求各级领导班子认真开展批评与自我批评。\n",
    "dongping-2.txt": "东平区深入开展教育实践活动\n\n东平区教育实践活动扎实推进，全区共召开座谈会29场，征求意见建议181条，"
                      "整改事项44项。\n",
    "qingshan-2.txt": "青山区党员志愿服务月活动持续推进\n\n青山区党员志愿服务月活动持续推进，全区共召开座谈会15场，征求意见建议75条。\n",
}


def write(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(*args: str):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result


def sheet_rows(path: Path) -> tuple[list[str], list[list]]:
    ws = openpyxl.load_workbook(path).active
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    return rows[0], rows[1:]


def edit(path: Path, changes: list[tuple[dict, dict]]) -> None:
    """Set columns of the sheet's rows that match: each change is (match on columns, new values)."""
    book = openpyxl.load_workbook(path)
    ws = book.active
    header = [c.value for c in ws[1]]
    for match, values in changes:
        hits = [r for r in range(2, ws.max_row + 1)
                if all(ws.cell(row=r, column=header.index(k) + 1).value == v for k, v in match.items())]
        assert len(hits) == 1, (match, hits)
        for k, v in values.items():
            ws.cell(row=hits[0], column=header.index(k) + 1).value = v
    book.save(path)


def weekly_text(out: Path) -> str:
    (path,) = [p for p in out.glob("*weekly.docx") if "审阅" not in p.name]
    d = docx.Document(path)
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in d.paragraphs] + cells)


@pytest.fixture(scope="module")
def weeks(tmp_path_factory):
    root = tmp_path_factory.mktemp("corrections")
    return root, write(root / "w1", WEEK1), write(root / "w2", WEEK2)


def test_review_sheet_lists_every_article_and_every_filled_cell(weeks):
    root, w1, _ = weeks
    sheet = root / "review-check.xlsx"
    assert run("review", w1, "-o", sheet).exit_code == 0
    header, rows = sheet_rows(sheet)
    col = {name: i for i, name in enumerate(header)}
    articles = [r for r in rows if r[col["类型"]] == "文章"]
    cells = [r for r in rows if r[col["类型"]] == "单元格"]
    assert len(articles) == 3 and all(r[col["纳入"]] == "是" for r in articles)
    opinions = {r[col["单位"]]: r for r in cells if r[col["指标代码"]] == "opinions"}
    assert opinions["东平区"][col["数值"]] == 154 and "征求意见建议154条" in opinions["东平区"][col["原句"]]
    assert {"更正单位", "更正纳入", "更正数值"} <= set(header)


def test_corrections_change_the_briefing_and_hold_next_period(weeks):
    root, w1, w2 = weeks
    sheet, db = root / "review.xlsx", root / "history.sqlite"
    assert run("review", w1, "-o", sheet).exit_code == 0
    edit(sheet, [
        ({"类型": "文章", "原文单位": "临川县"}, {"更正单位": "中共临川县委"}),
        ({"类型": "文章", "原文单位": "青山区"}, {"更正纳入": "否"}),
        ({"类型": "单元格", "单位": "东平区", "指标代码": "opinions"}, {"更正数值": 160}),
    ])
    out1 = root / "out1"
    result = run("build", w1, "--out", out1, "--db", db, "--period", "2014-W21", "--audience", "weekly",
                 "--format", "docx", "--corrections", sheet)
    assert result.exit_code == 0, result.output
    first = weekly_text(out1)
    assert "中共临川县委" in first and "青山区" not in first
    assert "160条" in first and "154条" not in first

    out2 = root / "out2"  # next week: no sheet given, the store remembers the alias and the exclusion
    result = run("build", w2, "--out", out2, "--db", db, "--period", "2014-W22", "--audience", "weekly",
                 "--format", "docx")
    assert result.exit_code == 0, result.output
    second = weekly_text(out2)
    assert "中共临川县委" in second and "青山区" not in second
    assert "181条" in second  # a value correction belongs to the report it corrected, not to next week's


@pytest.mark.parametrize("match, values, message, english", [
    ({"类型": "单元格", "单位": "东平区", "指标代码": "opinions"}, {"单位": "西山县", "更正数值": 10}, "不是本期的报送单位",
     'the unit "西山县" is not one that reported this period'),
    ({"类型": "单元格", "单位": "东平区", "指标代码": "opinions"}, {"更正数值": "一百多"}, "不是数字",
     'the 更正数值 "一百多" is not a number'),
    ({"类型": "文章", "原文单位": "东平区"}, {"文章序号": 9, "更正单位": "东平区委"}, "对不上任何文章",
     "the file has no article 9, so the row matches no article"),
    ({"类型": "文章", "原文单位": "东平区"}, {"更正纳入": "可能"}, "应填“是”或“否”",
     '更正纳入 must be "是" or "否", not "可能"'),
], ids=["unknown-unit", "not-a-number", "matches-nothing", "not-yes-or-no"])
def test_a_bad_correction_is_an_error_naming_its_row(weeks, tmp_path, match, values, message, english):
    _, w1, _ = weeks
    sheet = tmp_path / "review.xlsx"
    assert run("review", w1, "-o", sheet).exit_code == 0
    edit(sheet, [(match, values)])
    out = tmp_path / "out"
    args = ["build", str(w1), "--out", str(out), "--db", str(tmp_path / "h.sqlite"),
            "--audience", "weekly", "--format", "docx", "--corrections", str(sheet)]
    result = CliRunner().invoke(main, [*args, "--lang", "zh"])
    assert result.exit_code == 2
    assert result.output.startswith("错误：review.xlsx 第") and "行：" in result.output and message in result.output
    assert "Traceback" not in result.output
    result = CliRunner().invoke(main, [*args, "--lang", "en"])
    assert result.exit_code == 2
    assert result.output.startswith("Error: review.xlsx row ") and english in result.output
    assert not out.exists() and not (tmp_path / "h.sqlite").exists()  # nothing written, the history untouched


def test_a_cell_left_empty_as_unsure_is_listed_and_can_be_filled(tmp_path):
    folder = write(tmp_path / "in", {"yanhe.txt": (
        "沿河县教育实践活动扎实推进\n\n党的群众路线教育实践活动开展以来，沿河县第一批次收集意见建议60条。"
        "第二批次收集意见建议50条。第三批次收集意见建议40条。\n")})
    sheet = tmp_path / "review.xlsx"
    assert run("review", folder, "-o", sheet).exit_code == 0
    header, rows = sheet_rows(sheet)
    col = {name: i for i, name in enumerate(header)}
    (unsure,) = [r for r in rows if r[col["类型"]] == "单元格" and r[col["指标代码"]] == "opinions"]
    assert unsure[col["数值"]] is None and "请编辑确认" in unsure[col["原因"]]
    edit(sheet, [({"类型": "单元格", "指标代码": "opinions"}, {"更正数值": 150})])
    out = tmp_path / "out"
    result = run("build", folder, "--out", out, "--db", tmp_path / "h.sqlite", "--audience", "weekly",
                 "--format", "docx", "--corrections", sheet)
    assert result.exit_code == 0, result.output
    assert "150条" in weekly_text(out)


def test_the_comparison_export_with_the_store_shows_the_kept_corrections(weeks, tmp_path):
    root, w1, w2 = weeks
    sheet, db = tmp_path / "review.xlsx", tmp_path / "h.sqlite"
    assert run("review", w1, "-o", sheet).exit_code == 0
    edit(sheet, [({"类型": "文章", "原文单位": "青山区"}, {"更正纳入": "否"})])
    assert run("build", w1, "--out", tmp_path / "out", "--db", db, "--period", "2014-W21", "--audience", "weekly",
               "--format", "docx", "--corrections", sheet).exit_code == 0
    export = tmp_path / "c.json"
    assert run("compare", w2, "--format", "json", "-o", export, "--db", db).exit_code == 0
    import json

    data = json.loads(export.read_text("utf-8"))
    assert "青山区" not in {r["unit"] for r in data["rows"]}
    assert [e["reason"] for e in data["excluded"]] == ["编辑更正：不是单位的活动报道"]
