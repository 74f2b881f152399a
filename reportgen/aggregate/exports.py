"""Data exports of a comparison: csv (a folder, one file per table), xlsx, json.

Exports are for people who want the numbers rather than a briefing, so
headers are Chinese (``labels.toml``), indicator ids get a label column
beside them, and the matrix is given twice: as the reader sees it (3000多名,
未报送) and as plain numbers (empty where not reported, never 0).
"""
from __future__ import annotations

import io
import json
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..atomic import write_atomic, write_bytes_atomic
from ..errors import UsageError
from ..messages import N_
from ..resources import load_data
from .model import Comparison

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("csv", "xlsx", "json")
MAX_COLUMN_WIDTH = 60
# Tables exported in this order; "display" is the matrix as shown to readers.
SHEETS = ("display", "matrix", "cells", "figures", "totals", "rankings", "ratios", "coverage", "distinctive",
          "flags", "merges", "changes", "indicator_changes", "rows", "excluded", "headline_totals",
          "inputs")


Labels = Mapping[str, Mapping[str, str]]


def load_labels() -> Labels:
    """Return the Chinese sheet names and column headers (``labels.toml``; read once per export)."""
    return load_data("aggregate/labels.toml")


def export_tables(comparison: Comparison, labels: Labels) -> dict[str, pd.DataFrame]:
    """Return each table ready to export, keyed by table name, with Chinese headers (``labels``: ``load_labels()``)."""
    indicator_label = {i.id: i.label for i in comparison.indicators}
    stage_label = dict(comparison.stages)
    columns = labels["columns"]
    out = {}
    for name in SHEETS:
        if name == "display":
            table = comparison.display_matrix().reset_index()
        elif name == "matrix":
            table = comparison.matrix.reset_index()
        else:
            table = getattr(comparison, name).copy()
        if name == "rows":
            table = table.rename(columns={"documents": "files"})
        for column in table.columns:  # lists (a row's files and titles) are one cell of text
            if table[column].map(lambda v: isinstance(v, list)).any():
                table[column] = table[column].map(lambda v: "；".join(map(str, v)) if isinstance(v, list) else v)
        if "indicator" in table.columns:
            table.insert(table.columns.get_loc("indicator") + 1, "indicator_label",
                         table["indicator"].map(lambda ids: _labels(ids, indicator_label)))
        if "stage" in table.columns:
            table["stage"] = table["stage"].map(lambda ids: _labels(ids, stage_label))
        rename = {c: columns.get(c) or indicator_label.get(c) or stage_label.get(c) or c for c in table.columns}
        out[name] = table.rename(columns=rename)
    return out


def _labels(ids: Any, names: dict[str, str]) -> Any:
    """Return the Chinese label(s) of an id or a comma-separated list of ids; other values unchanged."""
    if not isinstance(ids, str):
        return ids
    return "、".join(names.get(i, i) for i in ids.split(","))


def export_comparison(comparison: Comparison, fmt: str, output: Path) -> list[Path]:
    """Write the comparison as ``fmt`` to ``output``; return the files written.

    csv: ``output`` is a folder, one UTF-8 (with BOM, for Excel) file per
    table; xlsx: one sheet per table; json: ``Comparison.to_records()``.
    """
    output = Path(output)
    if fmt not in FORMATS:
        raise UsageError(N_("unknown export format {fmt!r}: choose one of {known}"),
                         fmt=fmt, known=', '.join(FORMATS))
    if fmt == "json":
        from ..contracts import stamp

        text = json.dumps(stamp("compare", json_records(comparison)), ensure_ascii=False, indent=2) + "\n"
        return [write_bytes_atomic(output, text.encode("utf-8"))]
    labels = load_labels()
    tables = export_tables(comparison, labels)
    if fmt == "csv":
        if output.suffix.lower() == ".csv":
            raise UsageError(N_("csv export writes one file per table: give a folder, not {output}"),
                             output=output)
        return [write_bytes_atomic(output / f"{name}.csv", table.to_csv(index=False).encode("utf-8-sig"))
                for name, table in tables.items()]
    return [write_atomic(output, lambda out: out.write(xlsx_bytes(tables, labels["sheets"])))]


def json_records(comparison: Comparison) -> dict[str, Any]:
    """Return ``to_records()`` as the comparison guide's export reads it.

    A row whose unit the text does not name has ``"unit": null`` (it asks
    for the editor's word) and keeps its placeholder as ``name``; its cells
    and figures likewise carry ``unit: null`` and the placeholder as ``row``.
    """
    records = comparison.to_records()
    for article in records["articles"]:  # the text is for the documents; the data export names, not copies, it
        article.pop("paragraphs", None)
    unnamed = {r["unit"] for r in records["rows"] if r.get("identified") is False}
    for table in ("rows", "cells", "figures", "coverage", "flags", "articles"):
        for item in records.get(table, []):
            name = item.get("unit")
            item["row" if table != "rows" else "name"] = name
            if name in unnamed:
                item["unit"] = None
    return records


def xlsx_bytes(tables: dict[str, pd.DataFrame], sheet_names: Mapping[str, str]) -> bytes:
    """Return an XLSX workbook: one sheet per table, bold frozen header row, widths fitted to Chinese text."""
    import pandas as pd
    from openpyxl.styles import Font

    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, table in tables.items():
            sheet = sheet_names.get(name, name)[:31]
            table.to_excel(writer, sheet_name=sheet, index=False)
            ws = writer.sheets[sheet]
            ws.freeze_panes = "A2"
            for cell in ws[1]:
                cell.font = Font(bold=True)
            for i, column in enumerate(table.columns, start=1):
                values = [str(column), *(str(v) for v in table[column].head(500) if v is not None and v == v)]
                width = min(MAX_COLUMN_WIDTH, max(display_width(v) for v in values) + 2)
                ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = width
    return buffer.getvalue()


def display_width(text: Any) -> int:
    """Return how many columns ``text`` takes: a Chinese character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(text))
