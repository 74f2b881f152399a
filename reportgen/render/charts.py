"""Charts a template can show with ``![caption](chart:NAME)``, drawn with matplotlib.

Each chart reads only the plain template values (``build_context``), is drawn
in the same CJK face the PDF uses (``writers.fonts.font_path``) so Chinese
labels are not boxes, and is saved as a PNG at print resolution. matplotlib is
imported here only, inside the functions, with the non-interactive Agg backend.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

DPI = 200
WIDTH_IN = 6.0  # about the 156 mm text block
MAX_PANELS = 6
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


def _reported_panels(values: dict[str, Any]) -> list[tuple[str, list[tuple[str, float, str]]]]:
    """Return (indicator label, [(unit, value, shown)]) for the indicators most units reported."""
    panels = []
    for column, indicator in enumerate(values["indicators"]):
        bars = [(row["unit"], row["cells"][column]["value"], row["cells"][column]["shown"])
                for row in values["rows"] if row["cells"][column] and row["cells"][column].get("unit_word") != "%"]
        if bars:
            panels.append((indicator["label"], bars))
    panels.sort(key=lambda p: -len(p[1]))
    return panels[:MAX_PANELS]


def _empty(ax, text: str = "暂无可比数据") -> None:
    """Draw a note in place of a chart with nothing to show."""
    ax.axis("off")
    ax.text(0.5, 0.5, text, ha="center", va="center", fontsize=12)


def draw_indicators(values: dict[str, Any], out: Path, font: Path | None, convert: Callable[[str], str]) -> Path:
    """Draw each shown indicator across units as horizontal bars, one small panel per indicator."""
    plt = _pyplot(font)
    panels = _reported_panels(values)
    cols = 2 if len(panels) > 1 else 1
    rows = max(1, -(-len(panels) // cols))
    units = max((len(bars) for _, bars in panels), default=1)
    fig, axes = plt.subplots(rows, cols, figsize=(WIDTH_IN, max(2.0, rows * (0.35 * units + 0.9))), squeeze=False)
    for ax in axes.flat[len(panels):]:
        ax.axis("off")
    if not panels:
        _empty(axes.flat[0])
    for ax, (label, bars) in zip(axes.flat, panels):
        names = [convert(unit) for unit, _, _ in bars]
        numbers = [value for _, value, _ in bars]
        ax.barh(range(len(bars)), numbers, color=BAR_COLOR, height=0.6)
        ax.set_yticks(range(len(bars)), names, fontsize=7)
        ax.invert_yaxis()
        ax.set_title(convert(label), fontsize=9)
        ax.tick_params(axis="x", labelsize=6)
        for y, (_, value, shown) in enumerate(bars):
            ax.text(value, y, " " + convert(shown), va="center", fontsize=6)
        ax.set_xlim(0, max(numbers) * 1.35 or 1)
        ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(out, dpi=DPI)
    plt.close(fig)
    return out


def draw_coverage(values: dict[str, Any], out: Path, font: Path | None, convert: Callable[[str], str]) -> Path:
    """Draw the units × campaign stages grid: how many measures each unit reported per stage."""
    plt = _pyplot(font)
    stages = [convert(s["label"]) for s in values["stages"]]
    grid = [row["counts"] for row in values["coverage"]]
    units = [convert(row["unit"]) for row in values["coverage"]]
    fig, ax = plt.subplots(figsize=(WIDTH_IN, max(1.6, 0.4 * len(units) + 1.2)))
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
    fig.tight_layout()
    fig.savefig(out, dpi=DPI)
    plt.close(fig)
    return out


CHARTS: dict[str, Callable[..., Path]] = {"indicators": draw_indicators, "coverage": draw_coverage}


def make_charts(names: set[str], values: dict[str, Any], out_dir: Path,
                convert: Callable[[str], str] = str, prefix: str = "") -> dict[str, str]:
    """Draw the charts ``names`` into ``out_dir``; return chart name → PNG path (unknown names skipped)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    font = chart_font() if names & CHARTS.keys() else None
    drawn = {}
    for name in sorted(names & CHARTS.keys()):
        drawn[name] = str(CHARTS[name](values, out_dir / f"{prefix}{name}.png", font, convert))
    return drawn
