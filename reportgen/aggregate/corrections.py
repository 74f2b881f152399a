"""The editor's corrections: which unit an article is, whether it is a row, what a cell holds.

``reportgen review`` writes every judgement the documents depend on into one
sheet (``review_sheet``); the editor fills the 更正 columns; ``reportgen build
--corrections FILE`` reads them back (``read_corrections``) and ``compare``
applies them. A unit name or an inclusion is keyed by the unit as the report
writes it (by the title when it names none), so it holds for next week's
reports too once the history store keeps it; a cell's value is keyed by the
report it came from (its SHA-256), so it holds whenever that report is built.

A correction that cannot be applied is an error naming its row: an unknown
unit, a value that is not a number, a row that matches no article or report.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UsageError

if TYPE_CHECKING:
    from .model import Comparison

SHEET = "审核"
KIND_ARTICLE = "文章"
KIND_CELL = "单元格"
YES, NO = "是", "否"
CLEAR = ("空", "删除", "未报送")
COLUMNS = ["类型", "文件", "文章序号", "标题", "原文单位", "单位", "纳入", "原因", "指标代码", "指标", "数值", "显示",
           "原句", "更正单位", "更正纳入", "更正数值"]
EDITABLE = ("更正单位", "更正纳入", "更正数值")


@dataclass(frozen=True)
class Correction:
    """One correction.

    ``kind``: ``unit`` (value: the unit's name), ``include`` (value: True or
    False) or ``cell`` (value: a number, or None to empty the cell). ``by``
    and ``key`` say what it applies to: for unit and include, ``by`` is
    ``written`` (``key``: the unit as the report writes it) or ``title``
    (``key``: the article's title, for an article naming no unit); for a
    cell, ``by`` is the report's SHA-256 and ``key`` is ``unit\\tindicator``.
    ``where`` names the sheet row it came from (empty for stored ones).
    """

    kind: str
    by: str
    key: str
    value: Any
    where: str = ""


@dataclass
class Corrections:
    """The corrections of one build: the new ones from the editor and those the history store kept."""

    items: list[Correction] = field(default_factory=list)

    def article(self, kind: str, written: str | None, title: str | None) -> Correction | None:
        """Return the last correction of ``kind`` for an article (by its unit as written, else by title)."""
        by, key = ("written", written) if written else ("title", title or "")
        found = None
        for c in self.items:
            if c.kind == kind and c.by == by and c.key == key:
                found = c
        return found

    def cells(self) -> list[Correction]:
        return [c for c in self.items if c.kind == "cell"]


def article_key(written: str | None, title: str | None) -> tuple[str, str]:
    """Return how an article's unit or inclusion correction is keyed."""
    return ("written", written) if written else ("title", title or "")


# -- the review sheet ----------------------------------------------------------

def review_rows(comparison: Comparison) -> list[dict[str, Any]]:
    """Return the sheet's rows: every article (its unit, whether it is a row and why not) and every filled cell."""
    rows: list[dict[str, Any]] = []
    identified = dict(zip(comparison.rows["unit"], comparison.rows["identified"]))
    for a in comparison.articles.itertuples(index=False):
        rows.append({"类型": KIND_ARTICLE, "文件": a.document, "文章序号": int(a.article) + 1, "标题": a.title or "",
                     "原文单位": a.unit_as_written or "", "单位": a.unit, "纳入": YES,
                     "原因": "" if identified.get(a.unit, True) else "文中看不出报送单位，请填更正单位"})
    for e in comparison.excluded.itertuples(index=False):
        rows.append({"类型": KIND_ARTICLE, "文件": e.document, "文章序号": int(e.article) + 1, "标题": e.title or "",
                     "原文单位": e.unit_as_written or "", "单位": "", "纳入": NO, "原因": e.reason})
    order = {path: n for n, path in enumerate(comparison.inputs["document"])}
    rows.sort(key=lambda r: (order.get(r["文件"], len(order)), r["文章序号"]))  # as the inputs read
    labels = {i.id: i.label for i in comparison.indicators}
    for c in comparison.cells.itertuples(index=False):
        rows.append({"类型": KIND_CELL, "文件": c.document, "单位": c.unit, "指标代码": c.indicator,
                     "指标": labels.get(c.indicator, c.indicator), "数值": c.value, "显示": c.display,
                     "原句": c.sentence})
    figures = comparison.figures
    for f in comparison.flags[comparison.flags["code"] == "unsure_cell"].itertuples(index=False):
        mine = figures[(figures["unit"] == f.unit) & (figures["indicator"] == f.indicator)]
        rows.append({"类型": KIND_CELL, "文件": mine["document"].iloc[0] if len(mine) else "", "单位": f.unit,
                     "指标代码": f.indicator, "指标": labels.get(f.indicator, f.indicator), "原因": f.message,
                     "原句": "\n".join(dict.fromkeys(mine["sentence"]))})
    return rows


def review_sheet(comparison: Comparison) -> bytes:
    """Return the review workbook: one sheet, the 更正 columns highlighted for the editor to fill."""
    import io

    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    from .exports import MAX_COLUMN_WIDTH, display_width

    book = Workbook()
    ws = book.active
    ws.title = SHEET
    ws.append(COLUMNS)
    for row in review_rows(comparison):
        ws.append([row.get(c, "") if row.get(c) is not None else "" for c in COLUMNS])
    fill = PatternFill("solid", fgColor="FFF2CC")
    notes = {"更正单位": "填写该文章报送单位的正确名称；以后各期同名（或同标题）的文章沿用",
             "更正纳入": "填“是”或“否”：该文章是否为单位的活动报道；以后各期同一单位沿用",
             "更正数值": "填写正确的数（不带单位），或填“空”清除该单元格；新增单元格可另起一行，填类型、文件、单位、指标代码"}
    for i, name in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=i)
        cell.font = Font(bold=True)
        if name in EDITABLE:
            cell.comment = Comment(notes[name], "reportgen")
            for r in range(1, ws.max_row + 1):
                ws.cell(row=r, column=i).fill = fill
        values = [name, *(str(ws.cell(row=r, column=i).value or "") for r in range(2, min(ws.max_row, 500) + 1))]
        ws.column_dimensions[cell.column_letter].width = min(MAX_COLUMN_WIDTH, max(map(display_width, values)) + 2)
    ws.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# -- reading the corrected sheet -------------------------------------------------

def read_corrections(path: Path) -> list[dict[str, Any]]:
    """Return the corrected rows of a review sheet: those with a 更正 column filled, with ``where``.

    Raises UsageError when the file is not a review sheet. The rows still
    name files and units; ``compare`` ties them to this batch (``resolve``).
    """
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        raise UsageError(f"cannot read corrections {path}: {exc}; give the .xlsx that 'reportgen review' wrote") from None
    ws = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
    rows = ws.iter_rows(values_only=True)
    header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
    missing = [c for c in ("类型", "文件", "文章序号", "原文单位", "标题", "单位", "指标代码", *EDITABLE) if c not in header]
    if missing:
        raise UsageError(f"{path}: not a review sheet (no column {'、'.join(missing)}); "
                         "write one with 'reportgen review PATH...'")
    out = []
    for number, values in enumerate(rows, start=2):
        row = {h: (v.strip() if isinstance(v, str) else v) for h, v in zip(header, values) if h}
        if all(row.get(c) in (None, "") for c in EDITABLE):
            continue
        row["where"] = f"{path.name} 第{number}行"
        out.append(row)
    book.close()
    return out


def resolve(rows: list[dict[str, Any]], documents: dict[str, tuple[str | None, list]]) -> list[Correction]:
    """Return the corrections the rows of a sheet make, tied to this batch's reports.

    ``documents``: input path → (SHA-256, articles). Raises UsageError naming
    the row when a row matches no article or report, or a value is not a number.
    """
    out: list[Correction] = []
    by_name: dict[str, list[str]] = {}
    for path in documents:  # the sheet may name a file by another spelling of its path
        by_name.setdefault(Path(path).name, []).append(path)
    for row in rows:
        where, kind = row["where"], row.get("类型")
        doc = str(row.get("文件") or "")
        if doc not in documents and len(by_name.get(Path(doc).name, [])) == 1:
            doc = by_name[Path(doc).name][0]
        if doc not in documents:
            raise UsageError(f"{where}：文件“{doc}”不在本次输入之中，这一行对不上任何材料")
        sha, articles = documents[doc]
        if kind == KIND_ARTICLE:
            out.extend(_article_corrections(row, where, articles))
        elif kind == KIND_CELL:
            out.append(_cell_correction(row, where, sha or doc))
        else:
            raise UsageError(f"{where}：类型应为“{KIND_ARTICLE}”或“{KIND_CELL}”，不是“{kind}”")
    return out


def _article_corrections(row: dict[str, Any], where: str, articles: list) -> list[Correction]:
    index = _integer(row.get("文章序号"), where, "文章序号")
    if not 1 <= index <= len(articles):
        raise UsageError(f"{where}：该文件没有第{index}篇文章，这一行对不上任何文章")
    article = articles[index - 1]
    if (row.get("标题") or "") != (article.title or ""):
        raise UsageError(f"{where}：该文件第{index}篇文章的标题是“{article.title or ''}”，不是“{row.get('标题')}”，"
                         "这一行对不上任何文章")
    by, key = article_key(article.unit, article.title)
    out = []
    if row.get("更正单位") not in (None, ""):
        out.append(Correction("unit", by, key, str(row["更正单位"]), where))
    include = row.get("更正纳入")
    if include not in (None, ""):
        if include not in (YES, NO):
            raise UsageError(f"{where}：更正纳入应填“{YES}”或“{NO}”，不是“{include}”")
        out.append(Correction("include", by, key, include == YES, where))
    if row.get("更正数值") not in (None, ""):
        raise UsageError(f"{where}：文章行没有数值可改；要改数，请改“{KIND_CELL}”行的更正数值")
    return out


def _cell_correction(row: dict[str, Any], where: str, sha: str) -> Correction:
    unit, indicator = str(row.get("单位") or ""), str(row.get("指标代码") or "")
    if not unit or not indicator:
        raise UsageError(f"{where}：单元格行要写明单位和指标代码")
    value = row.get("更正数值")
    if value in (None, ""):
        raise UsageError(f"{where}：单元格行只能更正数值（更正单位、更正纳入请写在文章行）")
    if isinstance(value, str) and value in CLEAR:
        number = None
    else:
        number = _number(value, where)
    return Correction("cell", sha, f"{unit}\t{indicator}", number, where)


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool):
        raise UsageError(f"{where}：更正数值“{value}”不是数字")
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).replace(",", "").replace("，", ""))
    except ValueError:
        raise UsageError(f"{where}：更正数值“{value}”不是数字（填数字，或填“空”清除该单元格）") from None


def _integer(value: Any, where: str, column: str) -> int:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise UsageError(f"{where}：{column}“{value}”不是数字") from None
    if not number.is_integer():
        raise UsageError(f"{where}：{column}“{value}”不是整数")
    return int(number)


# -- applying cell corrections ---------------------------------------------------

def apply_cells(cells: Any, corrections: Corrections, applied: list[Correction], indicators: dict[str, Any],
                reports: dict[str, dict[str, str]], shapes: Mapping[str, str]) -> Any:
    """Return the cells table with the editor's values set (or cells emptied); each one used goes to ``applied``.

    ``reports``: row (unit) → its reports' SHA-256 → input path. A new
    correction naming an unknown unit or indicator, or a report that is not
    the unit's, is a UsageError naming its row. ``shapes``: the run's ``[display]`` table.
    """
    import pandas as pd

    from .headline import display
    from .tables import CELL_COLUMNS

    for c in corrections.cells():
        unit, indicator = c.key.split("\t", 1)
        problem = None
        if unit not in reports:
            problem = f"单位“{unit}”不是本期的报送单位（本期：{'、'.join(reports) or '无'}）"
        elif indicator not in indicators:
            problem = f"指标代码“{indicator}”不是本期比较的指标"
        elif c.by not in reports[unit]:
            problem = f"该文件不是“{unit}”的材料，这一行对不上任何单元格"
        if problem:
            if c.where:
                raise UsageError(f"{c.where}：{problem}")
            continue
        applied.append(c)
        mask = (cells["unit"] == unit) & (cells["indicator"] == indicator)
        old = cells[mask].to_dict(orient="records")
        cells = cells[~mask]
        if c.value is None:
            continue
        ind = indicators[indicator]
        unit_word = old[0]["unit_word"] if old else ind.unit
        count_unit = old[0]["count_unit"] if old else ind.unit
        shown = display(c.value, None, None, unit_word, shapes)
        before = f"（原为{old[0]['display']}：{old[0]['sentence']}）" if old else ""
        row = {"unit": unit, "indicator": indicator, "value": float(c.value), "value_max": None,
               "unit_word": unit_word, "count_unit": count_unit, "qualifier": None, "is_total": True,
               "display": shown, "text": shown, "sentence": f"编辑更正为{shown}{before}",
               "document": reports[unit][c.by], "candidates": old[0]["candidates"] if old else 0,
               "superseded": old[0]["sentence"] if old else None}
        cells = pd.concat([cells, pd.DataFrame([row], columns=CELL_COLUMNS)], ignore_index=True)
    return cells.reset_index(drop=True)
