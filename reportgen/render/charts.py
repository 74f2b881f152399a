"""Charts a template can show with ``![caption](chart:NAME)``, drawn with matplotlib.

Each chart reads only the plain template values (``build_context``), is drawn
in the same CJK face the PDF uses (``writers.fonts.font_path``) so Chinese
labels are not boxes, and is saved as a PNG at print resolution. matplotlib is
imported here only, inside the functions, with the non-interactive Agg backend.

Charts are a build's costliest drawing, so each figure is made at the print
resolution, laid out once and drawn once on its Agg canvas (``_save_png``), and
a panel grid that shares its unit axis sets that axis's ticks once.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DPI = 200
WIDTH_IN = 6.0  # about the 156 mm text block
MAX_PANELS = 6
PANEL_COLUMNS = 3
MAX_UNITS = 20  # bars per panel; the rest are named in a note and listed in the tables
BAR_COLOR = "#C0392B"


def chart_font() -> Path | None:
    """Return the CJK TrueType file charts draw with (the PDF's body face)."""
    try:
        from ..writers.fonts import font_path
    except ImportError:  # the writers' font module is absent: let matplotlib's defaults try
        return None
    return font_path("body")


def _pyplot(font: Path | None):
    """Return pyplot set up for headless drawing in ``font``."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib import font_manager, pyplot

    if font is not None:
        font_manager.fontManager.addfont(str(font))
        family = font_manager.FontProperties(fname=str(font)).get_name()
        matplotlib.rcParams["font.family"] = [family]
    matplotlib.rcParams["axes.unicode_minus"] = False
    return pyplot


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


def _rest_note(fig, rest: str) -> None:
    """Write under the chart how many units it leaves to the tables (``rest``; empty: none)."""
    if rest:
        fig.text(0.5, 0.005, rest, ha="center", va="bottom", fontsize=7)


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


def _empty(ax, text: str = "暂无可比数据") -> None:
    """Draw a note in place of a chart with nothing to show."""
    ax.axis("off")
    ax.text(0.5, 0.5, text, ha="center", va="center", fontsize=12)


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
    fig, plt = _indicators_figure(drawing, font)
    relaid = bool(drawing[1] and layout_units)
    if relaid:
        fig.axes[0].set_yticklabels(layout_units)
    _lay_out(fig, drawing[3], drawing[4])
    if relaid:
        fig.axes[0].set_yticklabels(drawing[0])
    _save_png(fig, out)
    plt.close(fig)
    return out


def _draw_indicators_relabelled(drawings: list[tuple], outs: list[Path], font: Path | None) -> None:
    """Draw indicator charts that differ only in their unit labels into ``outs``, one layout for all.

    A review copy names the units an unsigned report stands for differently
    from the clean copy, and nothing else of the chart differs. The figure is
    laid out once, for the widest label at each place, and drawn once without
    the labels; each copy's chart is that drawing with its own labels drawn on
    it (they lie left of the panels, where nothing else is drawn).
    """
    fig, plt = _indicators_figure(drawings[0], font)
    axes = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    widest: list[tuple[float, str]] = [(-1.0, "")] * len(drawings[0][0])
    for drawing in drawings:
        labels = axes.set_yticklabels(drawing[0])
        widest = [max(w, (label.get_window_extent(renderer).width, label.get_text()))
                  for w, label in zip(widest, labels)]
    axes.set_yticklabels([text for _, text in widest])
    _lay_out(fig, drawings[0][3], drawings[0][4])
    axes.set_yticklabels([""] * len(widest))
    fig.canvas.draw()
    unlabelled = fig.canvas.copy_from_bbox(fig.bbox)
    for drawing, out in zip(drawings, outs):
        fig.canvas.restore_region(unlabelled)
        for label in axes.set_yticklabels(drawing[0]):
            label.draw(renderer)
        _write_png(fig, out)
    plt.close(fig)


def _indicators_figure(drawing: tuple, font: Path | None):
    """Return the indicators chart's figure, not yet laid out, and pyplot."""
    units, panels, not_reported, left_out, rest = drawing
    plt = _pyplot(font)
    cols = min(PANEL_COLUMNS, max(1, len(panels)))
    rows = max(1, -(-len(panels) // cols))
    height = max(1.8, rows * (0.22 * len(units) + 0.7))
    fig, axes = plt.subplots(rows, cols, figsize=(WIDTH_IN, height), squeeze=False, sharey=True, dpi=DPI)
    for ax in axes.flat[len(panels):]:
        ax.axis("off")
    if not panels:
        _empty(axes.flat[0])
    if panels:   # the panels share one unit axis: its ticks and labels are set once, for all of them
        axes.flat[0].set_yticks(range(len(units)), units)
    for ax, (label, cells) in zip(axes.flat, panels):
        numbers = [c[0] if c else 0 for c in cells]
        ax.barh(range(len(cells)), numbers, color=BAR_COLOR, height=0.6)
        ax.tick_params(axis="y", labelsize=6.5)
        ax.set_title(label, fontsize=8.5)
        ax.set_xticks([])
        top = max(numbers) or 1
        for y, cell in enumerate(cells):
            shown = cell[1] if cell else not_reported
            ax.text(cell[0] if cell else 0, y, " " + shown, va="center", fontsize=6,
                    color="black" if cell else "grey")
        ax.set_xlim(0, top * 1.6)
        ax.spines[["top", "right", "bottom"]].set_visible(False)
    axes[0][0].invert_yaxis()
    return fig, plt


def indicators_unlabelled(drawing: tuple) -> tuple:
    """Return what an indicators drawing shows besides its unit labels (their number stands for them)."""
    return (len(drawing[0]),) + tuple(drawing[1:])


def _lay_out(fig, left_out: int, rest: str) -> None:
    """Fit the figure's panels to its labels, leaving room at the foot for the note on units left out."""
    fig.tight_layout(rect=(0, 0.03 if left_out else 0, 1, 1))
    _rest_note(fig, rest)


def _save_png(fig, out: Path) -> None:
    """Draw ``fig`` once on its Agg canvas and write it to ``out`` (``_write_png``).

    ``savefig`` would lay out a figure that was laid out before (``tight_layout``
    leaves a placeholder engine behind) and draw it a second time.
    """
    fig.canvas.draw()
    _write_png(fig, out)


def _write_png(fig, out: Path) -> None:
    """Write what ``fig``'s Agg canvas holds to ``out`` as an opaque (RGB) PNG at ``DPI``.

    A chart has no transparency, while an RGBA PNG makes the PDF writer embed a
    soft mask beside every chart.
    """
    from PIL import Image

    width, height = fig.canvas.get_width_height()
    rgba = Image.frombuffer("RGBA", (width, height), fig.canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    rgba.convert("RGB").save(out, format="PNG", dpi=(fig.dpi, fig.dpi))


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
    """Draw ``coverage_drawing``'s chart into ``out``."""
    stages, units, grid, left_out, rest = drawing
    plt = _pyplot(font)
    grid = [list(row) for row in grid]
    fig, ax = plt.subplots(figsize=(WIDTH_IN, max(1.6, 0.3 * len(units) + 0.9)), dpi=DPI)
    if not stages or not units:
        _empty(ax)
    else:
        top = max((n for row in grid for n in row), default=0) or 1
        ax.imshow(grid, cmap="Reds", vmin=0, vmax=top * 1.4, aspect="auto")
        ax.set_xticks(range(len(stages)), stages, fontsize=8)
        ax.set_yticks(range(len(units)), units, fontsize=8)
        ax.xaxis.tick_top()
        for y, row in enumerate(grid):
            for x, n in enumerate(row):
                ax.text(x, y, str(n) if n else "—", ha="center", va="center", fontsize=8)
        ax.tick_params(length=0)
    fig.tight_layout(rect=(0, 0.03 if left_out else 0, 1, 1))
    _rest_note(fig, rest)
    _save_png(fig, out)
    plt.close(fig)
    return out


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
