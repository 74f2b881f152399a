"""Charts a template can show with ``![caption](chart:NAME)``: what each shows, and drawing it.

Each chart reads only the plain template values (``build_context``), is drawn
in the same CJK face the PDF uses (``writers.fonts.font_path``) so Chinese
labels are not boxes, and is saved as an opaque PNG at print resolution.
Drawing is on a ``chart_canvas.Canvas`` (Pillow): the charts are bars, grid
cells, lines and short labels laid out here, so a chart costs milliseconds,
and the same drawing gives the same bytes.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .chart_canvas import Canvas, reds

DPI = 200
WIDTH_IN = 6.0  # about the 156 mm text block
MAX_PANELS = 6
PANEL_COLUMNS = 3
MAX_UNITS = 20  # bars per panel; the rest are named in a note and listed in the tables
BAR_COLOR = "#C0392B"
NOT_REPORTED_COLOR = "#808080"
EMPTY_TEXT = "暂无可比数据"

# sizes in points
LABEL_SIZE = 6.5     # unit names beside the bar panels
TITLE_SIZE = 8.5     # a panel's indicator
VALUE_SIZE = 6       # the figure at a bar's end
GRID_SIZE = 8        # the coverage grid's names and counts
NOTE_SIZE = 7        # the note on units left to the tables
EMPTY_SIZE = 12
PAD = 10.8           # around the chart and between panels
TICK = 3.5           # a tick mark's length
TICK_PAD = 3.5       # between a tick mark (or a grid's edge) and its label
TITLE_PAD = 6        # between a panel's top and its title's baseline
LINE_WIDTH = 0.8     # axis lines, tick marks, the grid's frame

# proportions
BAR_HEIGHT = 0.6     # of the distance between two units
MARGIN = 0.05        # of the bars' span, above the first and below the last
VALUE_ROOM = 1.6     # a panel is this many times its longest bar wide, so the figure beside it fits
MAX_LABEL_SHARE = 0.4  # of the chart's width at most for the unit names: a longer one runs off the left edge
HEAT_ROOM = 1.4      # the darkest shade stands for this many times the largest count, so its figure reads
NOTE_BAND = 0.03    # of the chart's height kept at its foot for the note on units left out
NOTE_FOOT = 0.005    # of the chart's height between the note and the foot


def chart_font() -> Path | None:
    """Return the CJK TrueType file charts draw with (the PDF's body face)."""
    try:
        from ..writers.fonts import font_path
    except ImportError:  # the writers' font module is absent: Pillow's own face
        return None
    return font_path("body")


def _counted(cell: dict | None) -> dict | None:
    """Return the cell if it is a count a bar can show (not a percentage), else None."""
    return cell if cell and cell.get("unit_word") != "%" else None


def _most_reported(rows: list, weight: Callable[[Any], int]) -> tuple[list, int]:
    """Return at most MAX_UNITS rows, those with the largest ``weight`` (table order kept
    among them), and how many were left out.

    A chart must fit one page whatever the number of units, so it shows the units
    that report most and says how many more the tables list.
    """
    if len(rows) <= MAX_UNITS:
        return rows, 0
    ranked = sorted(range(len(rows)), key=lambda i: (-weight(rows[i]), i))[:MAX_UNITS]
    return [rows[i] for i in sorted(ranked)], len(rows) - MAX_UNITS


def _panels(values: dict[str, Any]) -> tuple[list[str], list[tuple[str, list[dict | None]]], int]:
    """Return the units shown, (indicator label, cell or None per unit) per indicator, and
    how many units with counts were left out."""
    rows = [r for r in values["rows"] if any(_counted(c) for c in r["cells"])]
    rows, left_out = _most_reported(rows, lambda r: sum(_counted(c) is not None for c in r["cells"]))
    panels = []
    for column, indicator in enumerate(values["indicators"]):
        cells = [_counted(row["cells"][column]) for row in rows]
        if any(cells):
            panels.append((indicator["label"], cells))
    panels.sort(key=lambda p: -sum(c is not None for c in p[1]))
    return [r["unit"] for r in rows], panels[:MAX_PANELS], left_out


def indicators_drawing(values: dict[str, Any], convert: Callable[[str], str]) -> tuple:
    """Return everything the indicators chart shows, in its script: units, panels
    (label, then (value, shown) or None per unit), the empty cell's text, how many units are left out
    and the note saying so. Two copies whose drawings are equal show the same chart."""
    names, panels, left_out = _panels(values)
    return (tuple(convert(name) for name in names),
            tuple((convert(label), tuple((c["value"], convert(c["shown"])) if c else None for c in cells))
                  for label, cells in panels),
            convert(values.get("not_reported", "")), left_out, _rest_text(left_out, convert))


def _rest_text(left_out: int, convert: Callable[[str], str]) -> str:
    """Return the note under a chart naming how many units it leaves to the tables."""
    return convert(f"其余{left_out}个单位见附表") if left_out else ""


def draw_indicators(values: dict[str, Any], out: Path, font: Path | None, convert: Callable[[str], str]) -> Path:
    """Draw each shown indicator across units: one small bar panel per indicator, units in the same order.

    Units that reported none of the counts are left out; the table lists them as 未报送.
    Past MAX_UNITS units only those reporting most are drawn (see ``_most_reported``).
    """
    return _draw_indicators(indicators_drawing(values, convert), out, font)


def _draw_indicators(drawing: tuple, out: Path, font: Path | None, layout_units: tuple | None = None) -> Path:
    """Draw ``indicators_drawing``'s chart into ``out``; ``layout_units`` (default: its own units) are the
    unit labels the chart's margins are laid out for."""
    canvas = _indicators_canvas(drawing, font)
    layout = _IndicatorsLayout(canvas, drawing, layout_units or drawing[0])
    layout.draw(drawing)
    layout.draw_units(drawing[0])
    return canvas.save(out)


def _draw_indicators_relabelled(drawings: list[tuple], outs: list[Path], font: Path | None) -> None:
    """Draw indicator charts that differ only in their unit labels into ``outs``, one layout for all.

    A review copy names the units an unsigned report stands for differently
    from the clean copy, and nothing else of the chart differs. The chart is
    laid out once, for the widest of their labels, and drawn once without the
    labels; each copy's chart is that drawing with its own labels drawn on it
    (they lie left of the panels, where nothing else is drawn).
    """
    canvas = _indicators_canvas(drawings[0], font)
    layout = _IndicatorsLayout(canvas, drawings[0], [name for drawing in drawings for name in drawing[0]])
    layout.draw(drawings[0])
    for drawing, out in zip(drawings, outs):
        labelled = canvas.copy()
        layout.on(labelled).draw_units(drawing[0])
        labelled.save(out)


def _indicators_canvas(drawing: tuple, font: Path | None) -> Canvas:
    """Return the blank canvas of an indicators chart: a panel row grows with the units it shows."""
    units, panels = drawing[0], drawing[1]
    rows = max(1, -(-len(panels) // _columns(panels)))
    return Canvas(WIDTH_IN, max(1.8, rows * (0.22 * len(units) + 0.7)), DPI, font)


def _columns(panels) -> int:
    """Return how many panels stand side by side."""
    return min(PANEL_COLUMNS, max(1, len(panels)))


class _IndicatorsLayout:
    """Where an indicators chart's panels lie on its canvas: one bar panel per indicator, side by side in rows,
    the units down each panel in the same order, named left of each row's first panel.

    Room is kept for the longest of ``labels`` (the unit names), the panel titles
    and, below the panels, the note on units left out.
    """

    def __init__(self, canvas: Canvas, drawing: tuple, labels) -> None:
        units, panels, _, left_out, _ = drawing
        self.canvas = canvas
        pad, tick = canvas.px(PAD), canvas.px(TICK)
        self.columns = _columns(panels)
        rows = max(1, -(-len(panels) // self.columns))
        title = canvas.line_height(TITLE_SIZE) + canvas.px(TITLE_PAD) if panels else 0.0
        labels_width = min(max((canvas.text_width(name, LABEL_SIZE) for name in labels), default=0.0),
                           canvas.width * MAX_LABEL_SHARE)
        self.left = pad + (labels_width + canvas.px(TICK_PAD) + tick if panels else 0.0)
        self.gap = pad + tick                       # a panel's right edge to the next one's tick marks
        self.width = (canvas.width - pad - self.left - (self.columns - 1) * self.gap) / self.columns
        self.top = pad + title
        bottom = canvas.height * (1 - NOTE_BAND if left_out else 1) - pad
        self.row_gap = pad + title
        self.height = (bottom - self.top - (rows - 1) * self.row_gap) / rows
        n = len(units)
        span = max(n - 0.4, 0.0)
        self.y_low = -BAR_HEIGHT / 2 - MARGIN * span   # the first unit's bar is at 0, the last at n - 1
        self.y_span = span * (1 + 2 * MARGIN) or 1.0
        self.rows = rows if panels else 0     # rows whose first panel the unit names stand beside

    def on(self, canvas: Canvas) -> _IndicatorsLayout:
        """Return this layout drawing on ``canvas`` (a copy of its own)."""
        other = object.__new__(_IndicatorsLayout)
        other.__dict__.update(self.__dict__, canvas=canvas)
        return other

    def panel(self, index: int) -> tuple[float, float]:
        """Return the left and top pixel of panel ``index``."""
        row, column = divmod(index, self.columns)
        return self.left + column * (self.width + self.gap), self.top + row * (self.height + self.row_gap)

    def y(self, top: float, unit: float) -> float:
        """Return the pixel row of position ``unit`` (0: the first unit) in a panel whose top is ``top``."""
        return top + (unit - self.y_low) / self.y_span * self.height

    def draw(self, drawing: tuple) -> None:
        """Draw everything but the unit names: titles, bars and their values, axis lines and tick marks,
        the note on units left out (or, with no panel, that there is nothing to compare)."""
        canvas = self.canvas
        _, panels, not_reported, _, rest = drawing
        if not panels:
            canvas.text(canvas.width / 2, canvas.height / 2, EMPTY_TEXT, EMPTY_SIZE, "mm")
        half_bar = self.height / self.y_span * BAR_HEIGHT / 2
        for index, (label, cells) in enumerate(panels):
            left, top = self.panel(index)
            canvas.text(left + self.width / 2, top - canvas.px(TITLE_PAD), label, TITLE_SIZE, "ms")
            most = max((c[0] for c in cells if c), default=0) or 1
            scale = self.width / (most * VALUE_ROOM)
            for position, cell in enumerate(cells):
                y = self.y(top, position)
                end = left + (cell[0] * scale if cell else 0.0)
                if cell:
                    canvas.box(left, y - half_bar, end, y + half_bar, BAR_COLOR)
                canvas.text(end, y, " " + (cell[1] if cell else not_reported), VALUE_SIZE, "lm",
                            "black" if cell else NOT_REPORTED_COLOR)
                canvas.line(left - canvas.px(TICK), y, left, y, LINE_WIDTH)
            canvas.line(left, top, left, top + self.height, LINE_WIDTH)
        _rest_note(canvas, rest)

    def draw_units(self, names) -> None:
        """Draw the unit names left of each row's first panel."""
        canvas = self.canvas
        for row in range(self.rows):
            left, top = self.panel(row * self.columns)
            for position, name in enumerate(names):
                canvas.text(left - canvas.px(TICK) - canvas.px(TICK_PAD), self.y(top, position), name, LABEL_SIZE, "rm")


def _rest_note(canvas: Canvas, rest: str) -> None:
    """Write under the chart how many units it leaves to the tables (``rest``; empty: none)."""
    canvas.text(canvas.width / 2, canvas.height * (1 - NOTE_FOOT), rest, NOTE_SIZE, "md")

def indicators_unlabelled(drawing: tuple) -> tuple:
    """Return what an indicators drawing shows besides its unit labels (their number stands for them)."""
    return (len(drawing[0]),) + tuple(drawing[1:])


def coverage_drawing(values: dict[str, Any], convert: Callable[[str], str]) -> tuple:
    """Return everything the coverage chart shows, in its script: stages, units, the grid of counts,
    how many units are left out and the note saying so."""
    coverage, left_out = _most_reported(values["coverage"], lambda row: sum(row["counts"]))
    return (tuple(convert(s["label"]) for s in values["stages"]), tuple(convert(row["unit"]) for row in coverage),
            tuple(tuple(row["counts"]) for row in coverage), left_out, _rest_text(left_out, convert))


def draw_coverage(values: dict[str, Any], out: Path, font: Path | None, convert: Callable[[str], str]) -> Path:
    """Draw the units × campaign stages grid: how many measures each unit reported per stage."""
    return _draw_coverage(coverage_drawing(values, convert), out, font)


def _draw_coverage(drawing: tuple, out: Path, font: Path | None) -> Path:
    """Draw ``coverage_drawing``'s chart into ``out``: a grid of counts, units down, stages across, each
    cell shaded by its count (darker: more) and showing it (— for none)."""
    stages, units, grid, left_out, rest = drawing
    canvas = Canvas(WIDTH_IN, max(1.6, 0.3 * len(units) + 0.9), DPI, font)
    if not stages or not units:
        canvas.text(canvas.width / 2, canvas.height / 2, EMPTY_TEXT, EMPTY_SIZE, "mm")
        _rest_note(canvas, rest)
        return canvas.save(out)
    pad, label_pad = canvas.px(PAD), canvas.px(TICK_PAD)
    widths = [canvas.text_width(s, GRID_SIZE) for s in stages]
    left = pad + min(max(canvas.text_width(u, GRID_SIZE) for u in units), canvas.width * MAX_LABEL_SHARE) + label_pad
    right = canvas.width - pad
    column = (right - left) / len(stages)
    left += max(0.0, widths[0] / 2 - column / 2 - (left - pad))      # the outer stage names stay on the canvas
    right -= max(0.0, widths[-1] / 2 - column / 2 - pad)
    column = (right - left) / len(stages)
    top = pad + canvas.line_height(GRID_SIZE) + label_pad
    bottom = canvas.height * (1 - NOTE_BAND if left_out else 1) - pad
    row = (bottom - top) / len(units)
    most = max((n for counts in grid for n in counts), default=0) or 1
    for y, counts in enumerate(grid):
        for x, n in enumerate(counts):
            canvas.box(left + x * column, top + y * row, left + (x + 1) * column, top + (y + 1) * row,
                       reds(n / (most * HEAT_ROOM)))
            canvas.text(left + (x + 0.5) * column, top + (y + 0.5) * row, str(n) if n else "—", GRID_SIZE, "mm")
    canvas.frame(left, top, right, bottom, LINE_WIDTH)
    for x, stage in enumerate(stages):
        canvas.text(left + (x + 0.5) * column, top - label_pad, stage, GRID_SIZE, "md")
    for y, unit in enumerate(units):
        canvas.text(left - label_pad, top + (y + 0.5) * row, unit, GRID_SIZE, "rm")
    _rest_note(canvas, rest)
    return canvas.save(out)


@dataclass(frozen=True)
class Chart:
    """A chart a template can name: what it shows (``drawing``: values, script → a comparable tuple)
    and how that is drawn (``draw``: drawing, PNG path, font → the path).

    A chart whose labels can be drawn apart from the rest also gives what its
    drawing shows besides those labels (``unlabelled``: drawing → tuple) and
    how drawings alike but for them are drawn together (``draw_relabelled``:
    drawings, PNG paths, font).
    """

    drawing: Callable[[dict[str, Any], Callable[[str], str]], tuple]
    draw: Callable[[tuple, Path, Path | None], Path]
    unlabelled: Callable[[tuple], tuple] | None = None
    draw_relabelled: Callable[[list[tuple], list[Path], Path | None], None] | None = None


class ChartBook:
    """The charts one build has drawn, by what they show.

    A build's copies and audiences often show the same chart (a review copy
    differs from its clean copy in comments, not in data): each distinct
    drawing is drawn once and its PNG bytes written again wherever it is
    asked for. Within ``together()`` the charts asked for are drawn at the
    block's end, and drawings that differ only in their labels (the review
    copy names unsigned reports' units its own way) are drawn as one, each
    with its own labels. Make one per build and pass it to every ``render``.
    """

    def __init__(self) -> None:
        self._png: dict[tuple, bytes] = {}
        self._waiting: list[tuple[Chart, tuple, Path, Path | None]] | None = None

    def draw(self, chart: Chart, drawing: tuple, out: Path, font: Path | None) -> Path:
        """Write ``drawing`` as a PNG at ``out``: the bytes drawn before for an equal drawing, else drawn now
        (within ``together()``: at the block's end)."""
        key = (chart, drawing, str(font))
        if key in self._png:
            out.write_bytes(self._png[key])
        elif self._waiting is not None:
            self._waiting.append((chart, drawing, out, font))
        else:
            chart.draw(drawing, out, font)
            self._png[key] = out.read_bytes()
        return out

    @contextmanager
    def together(self) -> Iterator[ChartBook]:
        """Draw the charts asked for within the block when it ends (not if it fails), alike ones together."""
        if self._waiting is not None:   # an outer block draws them
            yield self
            return
        self._waiting = []
        try:
            yield self
            waiting = self._waiting
        finally:
            self._waiting = None
        self._draw_waiting(waiting)

    def _draw_waiting(self, waiting: list[tuple[Chart, tuple, Path, Path | None]]) -> None:
        """Draw every waiting chart: those alike but for their labels in one go, the rest one by one."""
        alike: dict[tuple, list[tuple[tuple, Path]]] = {}
        for chart, drawing, out, font in waiting:
            shared = chart.unlabelled(drawing) if chart.unlabelled and chart.draw_relabelled else drawing
            alike.setdefault((chart, shared, font), []).append((drawing, out))
        for (chart, _, font), asked in alike.items():
            first_out = {}
            for drawing, out in asked:
                if (chart, drawing, str(font)) not in self._png:
                    first_out.setdefault(drawing, out)
            if len(first_out) > 1:
                chart.draw_relabelled(list(first_out), list(first_out.values()), font)
            else:
                for drawing, out in first_out.items():
                    chart.draw(drawing, out, font)
            for drawing, out in first_out.items():
                self._png[(chart, drawing, str(font))] = out.read_bytes()
            for drawing, out in asked:
                if first_out.get(drawing) != out:
                    out.write_bytes(self._png[(chart, drawing, str(font))])


CHARTS: dict[str, Chart] = {"indicators": Chart(indicators_drawing, _draw_indicators,
                                                indicators_unlabelled, _draw_indicators_relabelled),
                            "coverage": Chart(coverage_drawing, _draw_coverage)}


def make_charts(names: set[str], values: dict[str, Any], out_dir: Path,
                convert: Callable[[str], str] = str, prefix: str = "", book: ChartBook | None = None) -> dict[str, str]:
    """Draw the charts ``names`` into ``out_dir``; return chart name → PNG path (unknown names skipped).

    ``book`` is the build's (``ChartBook``): a chart it has drawn before is not drawn again.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    book = book if book is not None else ChartBook()
    font = chart_font() if names & CHARTS.keys() else None
    drawn = {}
    for name in sorted(names & CHARTS.keys()):
        chart = CHARTS[name]
        drawn[name] = str(book.draw(chart, chart.drawing(values, convert), out_dir / f"{prefix}{name}.png", font))
    return drawn
