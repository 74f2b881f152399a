"""Page layout and typography that both writers read, built from an audience's settings.

An audience's settings file (TOML) holds these tables; every key is optional
and falls back to the default shown (the GB/T 9704-2012 公文 layout)::

    [page]
    size = "A4"                 # "A4", "A5", "B5", "Letter"
    margin_top_mm = 37          # GB/T 9704: 天头 37 mm
    margin_bottom_mm = 35
    margin_left_mm = 28         # 订口 28 mm
    margin_right_mm = 26        # text block 156 × 225 mm on A4

    [grid]                      # Word document grid (docGrid), see "The grid" below
    lines = 22                  # lines per page; 0 = no grid
    chars = 28                  # characters per line; 0 = no character squeeze
    type = "lines"              # Word docGrid type: "lines" or "linesAndChars"

    [fonts]                     # preferred family names, first installed one wins;
    body = ["仿宋_GB2312", "仿宋", "FangSong"]          # a string is a one-name list
    title = ["方正小标宋简体", "华文中宋", "宋体", "SimSun"]
    heading1 = ["黑体", "SimHei"]
    heading2 = ["楷体_GB2312", "楷体", "KaiTi"]
    note = ["楷体_GB2312", "楷体", "KaiTi"]              # 按语, emphasis
    latin = "Times New Roman"   # Word ascii/hAnsi face for Latin letters and digits

    [sizes]                     # points; 3号 = 16, 2号 = 22, 4号 = 14, 小4 = 12
    body = 16
    title = 22
    heading1 = 16
    heading2 = 16
    table = 12
    note = 16
    small = 12                  # captions, running header
    distribution = 14           # the 版记: 4号
    page_number = 14            # 4号

    [spacing]
    line_pt = 0                 # fixed line height in pt; 0 = from the grid (or 1.5 × body)
    first_line_indent_chars = 2 # body paragraphs start indented two characters

    [colors]                    # hex RGB
    text = "#000000"
    masthead = "#E60012"        # the briefing's name
    rule = "#E60012"            # the rule under the masthead
    heading = "#000000"
    table_header_fill = "#F2F2F2"

    [header]
    text = ""                   # running header; "{title}" is replaced by the document title

    [footer]
    page_number = "— {n} —"     # "" = no page numbers; {n} is the page number
    page_number_side = "outer"  # "outer": odd pages right, even pages left, one character in
                                # (GB/T 9704); "center": centred

    [headings]
    numbered = true             # prefix headings with the numbers below
    numbering = ["{cn}、", "（{cn}）", "{n}.", "（{n}）"]   # per level; {cn} 一二三, {n} 1 2 3

    [pdf]
    cover = true                # draw a cover page from a "cover" Div
    bookmarks = true            # outline entries for headings
    notes_title = "数据来源"     # title of the appendix holding the numbered notes

A top-level ``reference_docx = "reference.docx"`` in an audience's settings
names a Word file in its folder whose styles the .docx starts from: its own
definitions (Normal, Title, Heading 1 …) win over [fonts] and [sizes]; page
setup still comes from [page] and [grid]. The pipeline resolves the path into
``Layout.reference_docx``.

The grid. GB/T 9704 sets 22 lines of 28 characters of 3号 (16 pt) in the
156 × 225 mm text block. The lines come from a ``lines`` docGrid whose pitch
is 225 mm / 22 (28.9 pt): Word and LibreOffice both put every body line on it.
The characters come from condensing the text, not from the grid: 156 mm is
442 pt, so 16 pt characters fit 27 to a line, and a character spacing of
−0.25 pt (set in the document defaults when ``chars`` is not 0) makes them
advance 15.75 pt, 28 to a line, in both programs. The ``linesAndChars`` grid
would say the same with ``charSpace``, and Word honours it, but LibreOffice
gives each character whole grid cells: text runs spread wide, the first line of
an indented paragraph breaks after about a dozen characters, and narrow table
columns hold two characters a line. So "lines" is the default and the choice of
the built-in audiences. Tables, the masthead and images stay off the grid
(``w:snapToGrid w:val="0"``), or every 10.5 pt table line would take a 29 pt
grid line and an image would be squeezed into one.

Unknown tables and keys are ignored here; an audience's settings file is
checked against the full schema (these tables, [masthead], [sections] … and
[extra] for a template's own values) in ``reportgen/render/settings.py``.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, fields, replace
from typing import Any, Mapping

from ..errors import TemplateError
from ..messages import N_, _
from ..nodes import Div, Document

PAGE_SIZES_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "B5": (176.0, 250.0),
    "LETTER": (215.9, 279.4),
}


GRID_TYPES = ("lines", "linesAndChars")
PAGE_NUMBER_SIDES = ("outer", "center")


def _names(value: Any) -> tuple[str, ...]:
    """Return a font preference as a tuple of names (a string is a one-name list)."""
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


@dataclass(frozen=True)
class Fonts:
    """Preferred family names per role, most preferred first."""

    body: tuple[str, ...] = ("仿宋_GB2312", "仿宋", "FangSong")
    title: tuple[str, ...] = ("方正小标宋简体", "华文中宋", "宋体", "SimSun")
    heading1: tuple[str, ...] = ("黑体", "SimHei")
    heading2: tuple[str, ...] = ("楷体_GB2312", "楷体", "KaiTi")
    note: tuple[str, ...] = ("楷体_GB2312", "楷体", "KaiTi")
    latin: str = "Times New Roman"

    def for_role(self, role: str) -> tuple[str, ...]:
        """Return the preference list of ``role`` (unknown roles get the body's)."""
        return getattr(self, role) if role in FONT_ROLES else self.body


FONT_ROLES = ("body", "title", "heading1", "heading2", "note")


@dataclass(frozen=True)
class Sizes:
    """Font sizes in points."""

    body: float = 16
    title: float = 22
    heading1: float = 16
    heading2: float = 16
    table: float = 12
    note: float = 16
    small: float = 12
    distribution: float = 14      # the 版记 (报/送/发, 印发 line): 4号
    page_number: float = 14       # 4号


@dataclass(frozen=True)
class Colors:
    """Colours as ``#RRGGBB``."""

    text: str = "#000000"
    masthead: str = "#E60012"
    rule: str = "#E60012"
    heading: str = "#000000"
    table_header_fill: str = "#F2F2F2"


IMAGE_MAX_HEIGHT = 0.8  # share of the text block's height an image may take


@dataclass(frozen=True)
class Layout:
    """Everything a writer needs to know about the page that is not content."""

    page_size: str = "A4"
    margin_top_mm: float = 37
    margin_bottom_mm: float = 35
    margin_left_mm: float = 28
    margin_right_mm: float = 26
    grid_lines: int = 22
    grid_chars: int = 28
    grid_type: str = "lines"
    fonts: Fonts = field(default_factory=Fonts)
    sizes: Sizes = field(default_factory=Sizes)
    colors: Colors = field(default_factory=Colors)
    line_pt: float = 0
    first_line_indent_chars: float = 2
    header_text: str = ""
    page_number: str = "— {n} —"
    page_number_side: str = "outer"
    headings_numbered: bool = True
    heading_numbering: tuple[str, ...] = ("{cn}、", "（{cn}）", "{n}.", "（{n}）")
    pdf_cover: bool = True
    pdf_bookmarks: bool = True
    notes_title: str = "数据来源"
    reference_docx: str | None = None  # Word styles from this file (an audience's reference_docx)

    # -- derived ----------------------------------------------------------

    @property
    def page_mm(self) -> tuple[float, float]:
        """Return the page's (width, height) in millimetres."""
        return PAGE_SIZES_MM[self.page_size.upper()]

    @property
    def text_width_mm(self) -> float:
        """Return the width of the text block."""
        return self.page_mm[0] - self.margin_left_mm - self.margin_right_mm

    @property
    def text_height_mm(self) -> float:
        """Return the height of the text block."""
        return self.page_mm[1] - self.margin_top_mm - self.margin_bottom_mm

    @property
    def line_height_pt(self) -> float:
        """Return the body line height: fixed, else the grid's pitch, else 1.5 × body size.

        The grid's pitch is the text block's height over ``grid_lines``, rounded
        down to whole twips (1/20 pt, Word's unit): 225 mm / 22 is 28.99 pt, and
        29.0 pt, rounded up, fits only 21 lines.
        """
        if self.line_pt > 0:
            return self.line_pt
        if self.grid_lines > 0:
            return math.floor(self.text_height_mm / 25.4 * 72 / self.grid_lines * 20) / 20
        return self.sizes.body * 1.5

    def image_size_mm(self, width_px: float, height_px: float, width_mm: float | None) -> tuple[float, float]:
        """Return an image's (width, height) on the page: the asked width, never wider than the
        text block, and never taller than IMAGE_MAX_HEIGHT of it, keeping the aspect ratio.

        A flowing document cannot split an image, so one taller than the text block stops
        the PDF build (reportlab's LayoutError) and overflows the Word page; the room left
        below the limit keeps a caption on the image's page.
        """
        width = min(width_mm or self.text_width_mm, self.text_width_mm)
        height = width * height_px / width_px if width_px else 0.0
        limit = self.text_height_mm * IMAGE_MAX_HEIGHT
        if height > limit:
            width, height = width * limit / height, limit
        return width, height

    def running_header(self, title: str) -> str:
        """Return the running header text with ``{title}`` replaced by the document's title."""
        return self.header_text.replace("{title}", title)

    # -- construction -----------------------------------------------------

    @classmethod
    def from_mapping(cls, settings: Mapping[str, Any] | None) -> Layout:
        """Return the layout described by a parsed settings file (see module docstring)."""
        settings = settings or {}
        try:
            return _from_mapping(cls(), settings)
        except (TypeError, ValueError, KeyError) as exc:
            raise TemplateError(N_("settings: {error}; see the keys listed in reportgen/writers/layout.py"),
                                error=exc) from None


def document_title(doc: Document) -> str:
    """Return a document's title: its meta title, else the title of its cover or masthead block."""
    return doc.meta.get("title") or next((b.attr("title") or "" for b in doc.blocks if isinstance(b, Div)
                                          and b.name in ("cover", "masthead")), "")


def _table(settings: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    """Return table ``name`` of the settings, checking it is a table."""
    value = settings.get(name, {})
    if not isinstance(value, Mapping):
        raise ValueError(_("[{name}] must be a table, not {kind}").format(name=name, kind=type(value).__name__))
    return value


def _number(table: str, key: str, value: Any) -> float:
    """Return ``value`` as a non-negative number or say which key is wrong."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ValueError(_("[{table}] {key} must be a non-negative number, not {value!r}").format(
            table=table, key=key, value=value))
    return value


def _from_mapping(base: Layout, s: Mapping[str, Any]) -> Layout:
    """Return ``base`` with the values found in the settings tables."""
    changes: dict[str, Any] = {}
    page = _table(s, "page")
    if "size" in page:
        if str(page["size"]).upper() not in PAGE_SIZES_MM:
            raise ValueError(_("[page] size {size!r} is not one of {known}").format(
                size=page['size'], known=', '.join(PAGE_SIZES_MM)))
        changes["page_size"] = str(page["size"]).upper()
    for side in ("top", "bottom", "left", "right"):
        key = f"margin_{side}_mm"
        if key in page:
            changes[key] = _number("page", key, page[key])
    grid = _table(s, "grid")
    for key in ("lines", "chars"):
        if key in grid:
            changes[f"grid_{key}"] = int(_number("grid", key, grid[key]))
    if "type" in grid:
        if grid["type"] not in GRID_TYPES:
            raise ValueError(_("[grid] type {kind!r} is not one of {known}").format(
                kind=grid['type'], known=', '.join(GRID_TYPES)))
        changes["grid_type"] = grid["type"]
    changes["fonts"] = _sub(Fonts, _table(s, "fonts"), "fonts")
    changes["sizes"] = _sub(Sizes, _table(s, "sizes"), "sizes")
    changes["colors"] = _sub(Colors, _table(s, "colors"), "colors")
    spacing = _table(s, "spacing")
    for key in ("line_pt", "first_line_indent_chars"):
        if key in spacing:
            changes[key] = _number("spacing", key, spacing[key])
    if "text" in _table(s, "header"):
        changes["header_text"] = str(s["header"]["text"])
    if "page_number" in _table(s, "footer"):
        changes["page_number"] = str(s["footer"]["page_number"])
    if "page_number_side" in _table(s, "footer"):
        if s["footer"]["page_number_side"] not in PAGE_NUMBER_SIDES:
            raise ValueError(_("[footer] page_number_side {side!r} is not one of {known}").format(
                side=s['footer']['page_number_side'], known=', '.join(PAGE_NUMBER_SIDES)))
        changes["page_number_side"] = s["footer"]["page_number_side"]
    headings = _table(s, "headings")
    if "numbered" in headings:
        changes["headings_numbered"] = bool(headings["numbered"])
    if "numbering" in headings:
        changes["heading_numbering"] = _names(headings["numbering"])
    pdf = _table(s, "pdf")
    for key, attr in (("cover", "pdf_cover"), ("bookmarks", "pdf_bookmarks")):
        if key in pdf:
            changes[attr] = bool(pdf[key])
    if "notes_title" in pdf:
        changes["notes_title"] = str(pdf["notes_title"])
    return replace(base, **changes)


def _sub(kind: type, table: Mapping[str, Any], name: str) -> Any:
    """Return a ``kind`` (Fonts, Sizes, Colors) from its settings table."""
    known = {f.name for f in fields(kind)}
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in known:
            continue
        if kind is Fonts:
            values[key] = str(value) if key == "latin" else _names(value)
        elif kind is Sizes:
            values[key] = _number(name, key, value)
        else:
            text = str(value)
            if not re.fullmatch(r"#[0-9A-Fa-f]{6}", text):
                raise ValueError(_("[{name}] {key} must be a colour like \"#E60012\", not {value!r}").format(
                    name=name, key=key, value=value))
            values[key] = text
    return kind(**values)
