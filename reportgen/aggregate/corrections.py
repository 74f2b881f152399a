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
from ..messages import N_, _

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
    if not path.is_file():
        raise UsageError(N_("no corrections file {path}; give the .xlsx that 'reportgen review' wrote"), path=path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        raise UsageError(N_("cannot read corrections {path}: {error}; give the .xlsx that 'reportgen review' "
                            "wrote"), path=path, error=exc) from None
    ws = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
    rows = ws.iter_rows(values_only=True)
    header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
    missing = [c for c in ("类型", "文件", "文章序号", "原文单位", "标题", "单位", "指标代码", *EDITABLE) if c not in header]
    if missing:
        raise UsageError(N_("{path}: not a review sheet (no column {columns}); write one with 'reportgen "
                            "review PATH...'"), path=path, columns='、'.join(missing))
    out = []
    for number, values in enumerate(rows, start=2):
        row = {h: (v.strip() if isinstance(v, str) else v) for h, v in zip(header, values) if h}
        if all(row.get(c) in (None, "") for c in EDITABLE):
            continue
        row["where"] = _("{file} row {row}").format(file=path.name, row=number)
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
            raise UsageError(N_("{where}: the file \"{doc}\" is not among this run's inputs, so the row matches no report"), where=where, doc=doc)
        sha, articles = documents[doc]
        if kind == KIND_ARTICLE:
            out.extend(_article_corrections(row, where, articles))
        elif kind == KIND_CELL:
            out.append(_cell_correction(row, where, sha or doc))
        else:
            raise UsageError(N_("{where}: the type must be \"{kind_article}\" or \"{kind_cell}\", not \"{kind}\""),
                             where=where, kind_article=KIND_ARTICLE, kind_cell=KIND_CELL, kind=kind)
    return out


def _article_corrections(row: dict[str, Any], where: str, articles: list) -> list[Correction]:
    index = _integer(row.get("文章序号"), where, "文章序号")
    if not 1 <= index <= len(articles):
        raise UsageError(N_("{where}: the file has no article {index}, so the row matches no article"), where=where, index=index)
    article = articles[index - 1]
    if (row.get("标题") or "") != (article.title or ""):
        raise UsageError(N_("{where}: article {index} of the file is titled \"{title}\", not \"{given}\", so "
                            "the row matches no article"),
                         where=where, index=index, title=article.title or '', given=row.get('标题'))
    by, key = article_key(article.unit, article.title)
    out = []
    if row.get("更正单位") not in (None, ""):
        out.append(Correction("unit", by, key, str(row["更正单位"]), where))
    include = row.get("更正纳入")
    if include not in (None, ""):
        if include not in (YES, NO):
            raise UsageError(N_("{where}: 更正纳入 must be \"{yes}\" or \"{no}\", not \"{include}\""),
                             where=where, yes=YES, no=NO, include=include)
        out.append(Correction("include", by, key, include == YES, where))
    if row.get("更正数值") not in (None, ""):
        raise UsageError(N_("{where}: an article row has no value to correct; correct a number in the "
                            "更正数值 of a \"{kind_cell}\" row"), where=where, kind_cell=KIND_CELL)
    return out


def _cell_correction(row: dict[str, Any], where: str, sha: str) -> Correction:
    unit, indicator = str(row.get("单位") or ""), str(row.get("指标代码") or "")
    if not unit or not indicator:
        raise UsageError(N_("{where}: a cell row must name its 单位 and 指标代码"), where=where)
    value = row.get("更正数值")
    if value in (None, ""):
        raise UsageError(N_("{where}: a cell row corrects only the value (write 更正单位 and 更正纳入 on an article row)"), where=where)
    if isinstance(value, str) and value in CLEAR:
        number = None
    else:
        number = _number(value, where)
    return Correction("cell", sha, f"{unit}\t{indicator}", number, where)


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool):
        raise UsageError(N_("{where}: the 更正数值 \"{value}\" is not a number"), where=where, value=value)
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).replace(",", "").replace("，", ""))
    except ValueError:
        raise UsageError(N_("{where}: the 更正数值 \"{value}\" is not a number (write a number, or \"空\" to "
                            "empty the cell)"), where=where, value=value) from None


def _integer(value: Any, where: str, column: str) -> int:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise UsageError(N_("{where}: the {column} \"{value}\" is not a number"), where=where, column=column, value=value) from None
    if not number.is_integer():
        raise UsageError(N_("{where}: the {column} \"{value}\" is not a whole number"), where=where, column=column, value=value)
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
            problem = UsageError(N_("{where}: the unit \"{unit}\" is not one that reported this period "
                                    "(this period: {units})"), where=c.where, unit=unit,
                                 units="、".join(reports) or _("none"))
        elif indicator not in indicators:
            problem = UsageError(N_("{where}: the 指标代码 \"{indicator}\" is not an indicator compared this "
                                    "period"), where=c.where, indicator=indicator)
        elif c.by not in reports[unit]:
            problem = UsageError(N_("{where}: the file is not a report of \"{unit}\", so the row matches no "
                                    "cell"), where=c.where, unit=unit)
        if problem:
            if c.where:
                raise problem
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
