"""Figures stated in a table: each number cell with the unit and object of its column.

Offices attach their figures as a table (乡镇 × 座谈会（场次）/ 意见建议（条）,
with a 合计 row) more often than they repeat them in sentences. Following the
annotation guide's ruling on tables of figures:

- a column whose header carries a measure word or unit (``座谈会（场次）``,
  ``资金（万元）``) is a column of figures; its header gives every cell's
  object (座谈会) and unit (场次; 万 folds into the value, leaving 元);
- a number cell is a figure whose ``text`` is the cell as written; the cell
  is read through the same figure lexicon as a sentence (qualifiers 余/约,
  multipliers 万/亿), with the column's unit after it;
- the row's label (its first column of names) says which part of the unit the figure
  counts: ``合计``, ``总计``, ``全县`` mean the whole (``Figure.scope`` =
  ``WHOLE``), any other label names a part (``scope`` is the label);
- a table without such a header (a layout table, a list of names) gives no
  figures here, and no table is ever a measure.

The header and row rules are data: ``data/tables.toml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..nodes import Block, Table, plain
from ..records import WHOLE, Figure
from .figures import find_spans
from .lexicon import Lexicon
from .table_rules import TableRules

_HANZI = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Column:
    """A column of figures: what its cells count, and the unit as its header writes it (万元)."""

    index: int
    object: str
    unit_text: str


def find_table_figures(blocks: tuple[Block, ...], lexicon: Lexicon) -> list[Figure]:
    """Return the figures of the tables of figures among an article's blocks, row by row."""
    tables = [b for b in blocks if isinstance(b, Table)]
    if not tables:
        return []
    rules = lexicon.table_rules
    figures: list[Figure] = []
    for table in tables:
        figures += _table_figures(table, rules, lexicon)
    return figures


def _cells(row) -> list[str]:
    return [" ".join(plain(cell).split()) for cell in row]


def _table_figures(table: Table, rules: TableRules, lexicon: Lexicon) -> list[Figure]:
    grid = ([_cells(table.header)] if table.header else []) + [_cells(r) for r in table.rows]
    header, rows, columns = _oriented(grid, rules, lexicon)
    if not columns:
        return []
    label_column = _label_column(rows, {c.index for c in columns})
    figures = []
    for row in rows:
        label = row[label_column] if label_column is not None and label_column < len(row) else ""
        scope = _scope(label, rules)
        sentence = _row_sentence(label, header, row, [c for c in columns if c.index < len(row)
                                                       and not any(p.match(row[c.index]) for p in rules.empty)])
        for column in columns:
            if column.index >= len(row):
                continue
            figure = _cell_figure(row[column.index], column, rules, lexicon)
            if figure is not None:
                figure.scope, figure.sentence = scope, sentence
                figures.append(figure)
    return figures


def _oriented(grid: list[list[str]], rules: TableRules, lexicon: Lexicon) -> tuple[list[str], list[list[str]], list[Column]]:
    """Return the header, body rows and figure columns of a table, trying in turn: its first row
    names the measures (乡镇 × 座谈会（场次）); its first column does (座谈会（场次） × 城关镇,
    合计), and the table is read turned, one row per part; its second row does, under a row of
    group names."""
    if not grid:
        return [], [], []
    width = max(len(row) for row in grid)
    turned = [[row[i] if i < len(row) else "" for row in grid] for i in range(width)]
    second = grid[1] if len(grid) > 1 else []
    for header, body in ((grid[0], grid[1:]), (turned[0], turned[1:]), (second, grid[2:])):
        columns = _columns(header, rules, lexicon)
        if columns:
            return header, body, columns
    return [], [], []


def _label_column(rows: list[list[str]], figure_columns: set[int]) -> int | None:
    """Return the column naming each row's part: the first one, not of figures, whose cells are
    at least half Chinese names (a 序号 column of numbers is passed over); None without one."""
    width = max((len(r) for r in rows), default=0)
    for index in range(width):
        if index in figure_columns:
            continue
        cells = [r[index] for r in rows if index < len(r) and r[index]]
        if cells and sum(bool(_HANZI.search(c)) for c in cells) * 2 >= len(cells):
            return index
    return None


def _columns(header: list[str], rules: TableRules, lexicon: Lexicon) -> list[Column]:
    """Return the header's columns of figures: those naming an object and a real unit."""
    columns = []
    for index, text in enumerate(header):
        for pattern in rules.header:
            m = pattern.match(text)
            if m and m["object"].strip() and _is_unit(m["unit"].strip(), lexicon):
                columns.append(Column(index, m["object"].strip(), m["unit"].strip()))
                break
    return columns


def _is_unit(unit_text: str, lexicon: Lexicon) -> bool:
    """Return whether ``unit_text`` is a measure word or unit of the figure lexicon (场次, 万元, %)."""
    probe = "1" + unit_text
    return any(s.start == 0 and s.end == len(probe) for s in find_spans(probe, lexicon))


def _cell_figure(cell: str, column: Column, rules: TableRules, lexicon: Lexicon) -> Figure | None:
    """Return the figure a number cell states, read with its column's unit; None for text or an empty cell."""
    if any(p.match(cell) for p in rules.empty):
        return None
    for candidate in (cell, cell + column.unit_text):
        spans = find_spans(candidate, lexicon)
        if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(candidate):
            span = spans[0]
            return Figure(text=cell, value=span.value, value_max=span.value_max, unit=span.unit,
                          qualifier=span.qualifier, object=column.object,
                          indicator=lexicon.taxonomy.indicator_for(column.object, span.unit))
    return None


def _scope(label: str, rules: TableRules) -> str | None:
    """Return ``WHOLE`` for a row of the whole unit (合计, 全县), the label of a part's row, or None without one."""
    compact = re.sub(r"\s+", "", label)
    if not compact:
        return None
    return WHOLE if any(p.match(compact) for p in rules.whole) else compact


def _row_sentence(label: str, header: list[str], row: list[str], columns: list[Column]) -> str:
    """Return a table row's filled cells as a sentence, the provenance a reader checks:
    城关镇：座谈会（场次）12，意见建议（条）30。"""
    parts = [f"{header[c.index]}{row[c.index]}" for c in columns]
    body = "，".join(parts)
    label = re.sub(r"\s+", "", label)
    return f"{label}：{body}。" if label else f"{body}。"
