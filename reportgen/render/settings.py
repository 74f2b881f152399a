"""The typed schema of an audience's ``settings.toml``, and errors in the editor's words.

Settings are edited by people who are not programmers, so every key the
templates and writers read is declared here with its type and a sane range,
and a file is checked against it when the audience is loaded, before any
report is read. What it gives:

* an error names the file, the key and what was expected, in plain words
  ("[distribution] copies: expected a whole number from 1 to 100000, got 1e+17");
* a misspelt key is reported as unknown, with the closest known key;
* booleans are ``true``/``false``, never the text "否"; numbers are finite
  and in range; the page keeps a text block of at least ``MIN_TEXT_MM``;
* a string where a list is meant (``report_to = "市委组织部"``) is a
  one-item list;
* ``[headings] numbering`` and ``[footer] page_number`` may hold only their
  placeholders in braces (``{n}``, ``{cn}``), which are replaced literally;
* a template author's own values go in ``[extra]``, which is not checked.

``validate_settings`` returns the mapping the templates and ``Layout`` read:
only the keys the file sets, with values converted (one-item lists).
Adding a key is adding a field to one of the tables below.
"""
from __future__ import annotations

import difflib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator, model_validator

from ..errors import TemplateError
from ..messages import N_, _
from ..writers.layout import PAGE_SIZES_MM, Layout
from ..writers.layout import Colors as LayoutColors
from ..writers.layout import Sizes as LayoutSizes

MIN_TEXT_MM = 30.0  # the narrowest text block (width and height) a page may keep


def _one_item_list(value: Any) -> Any:
    """A string where a list is meant is a list of that one string."""
    return [value] if isinstance(value, str) else value


Names = Annotated[list[Annotated[str, Field(min_length=1)]], BeforeValidator(_one_item_list)]
FontSize = Annotated[float, Field(ge=4, le=96)]      # points; 初号 is 42
Millimetres = Annotated[float, Field(ge=0, le=250)]
Colour = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]


def literal_placeholders(text: str, allowed: tuple[str, ...]) -> str:
    """Return ``text`` if its only braces are the ``allowed`` placeholders; else raise ValueError."""
    rest = text
    for placeholder in allowed:
        rest = rest.replace(placeholder, "")
    if "{" in rest or "}" in rest:
        raise ValueError(_("only {allowed} may stand in braces (got {text!r}); write other text without {{ }}").format(
            allowed=', '.join(allowed), text=text))
    return text


class Table(BaseModel):
    """A settings table: known keys only, strict types, finite numbers."""

    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)


class Page(Table):
    size: str = "A4"
    margin_top_mm: Millimetres = Layout.margin_top_mm
    margin_bottom_mm: Millimetres = Layout.margin_bottom_mm
    margin_left_mm: Millimetres = Layout.margin_left_mm
    margin_right_mm: Millimetres = Layout.margin_right_mm

    @field_validator("size")
    @classmethod
    def _known_size(cls, value: str) -> str:
        if value.upper() not in PAGE_SIZES_MM:
            raise ValueError(_("the page size must be one of {known}, not {value!r}").format(
                known=', '.join(PAGE_SIZES_MM), value=value))
        return value

    @model_validator(mode="after")
    def _text_block(self) -> Page:
        width, height = PAGE_SIZES_MM[self.size.upper()]
        text_width = width - self.margin_left_mm - self.margin_right_mm
        text_height = height - self.margin_top_mm - self.margin_bottom_mm
        if text_width < MIN_TEXT_MM or text_height < MIN_TEXT_MM:
            raise ValueError(_("the margins leave a text block of {width:g} × {height:g} mm on {size}; keep at "
                               "least {least:g} mm each way").format(width=text_width, height=text_height,
                                                                     size=self.size, least=MIN_TEXT_MM))
        return self


class Grid(Table):
    lines: Annotated[int, Field(ge=0, le=80)] = 22
    chars: Annotated[int, Field(ge=0, le=80)] = 28
    type: Literal["lines", "linesAndChars"] = "lines"


class Fonts(Table):
    body: Names = []
    title: Names = []
    heading1: Names = []
    heading2: Names = []
    note: Names = []
    latin: str = "Times New Roman"


class Sizes(Table):
    body: FontSize = LayoutSizes.body
    title: FontSize = LayoutSizes.title
    heading1: FontSize = LayoutSizes.heading1
    heading2: FontSize = LayoutSizes.heading2
    table: FontSize = LayoutSizes.table
    note: FontSize = LayoutSizes.note
    small: FontSize = LayoutSizes.small
    distribution: FontSize = LayoutSizes.distribution
    page_number: FontSize = LayoutSizes.page_number


class Spacing(Table):
    line_pt: Annotated[float, Field(ge=0, le=200)] = 0
    first_line_indent_chars: Annotated[float, Field(ge=0, le=20)] = 2


class Colors(Table):
    text: Colour = LayoutColors.text
    masthead: Colour = LayoutColors.masthead
    rule: Colour = LayoutColors.rule
    heading: Colour = LayoutColors.heading
    table_header_fill: Colour = LayoutColors.table_header_fill


class Header(Table):
    text: str = ""

    @field_validator("text")
    @classmethod
    def _placeholders(cls, value: str) -> str:
        return literal_placeholders(value, ("{title}",))


class Footer(Table):
    page_number: str = "— {n} —"
    page_number_side: Literal["outer", "center"] = "outer"

    @field_validator("page_number")
    @classmethod
    def _placeholders(cls, value: str) -> str:
        return literal_placeholders(value, ("{n}",))


class Headings(Table):
    numbered: bool = True
    numbering: Annotated[Names, Field(max_length=6)] = []

    @field_validator("numbering")
    @classmethod
    def _placeholders(cls, value: list[str]) -> list[str]:
        return [literal_placeholders(v, ("{n}", "{cn}")) for v in value]


class Pdf(Table):
    cover: bool = True
    bookmarks: bool = True
    notes_title: str = "数据来源"


class Limits(Table):
    render_seconds: Annotated[float, Field(gt=0, le=3600)] = 60
    output_mb: Annotated[float, Field(gt=0, le=1024)] = 50


class Masthead(Table):
    name: str = ""
    issuer: str = ""


class Note(Table):
    label: str = "编者按"
    text: str = ""


class SummaryTotal(Table):
    indicator: str
    phrase: str


class Summary(Table):
    totals: list[SummaryTotal] = []


class Sections(Table):
    summary: bool = True
    table: bool = True
    chart: bool = True
    charts: bool = True
    units: bool = True
    figures: bool = True
    experiences: bool = True
    problems: bool = True
    measures: bool = True
    gaps: bool = True
    inputs: bool = True
    appendix: bool = True
    max_measures: Annotated[int, Field(ge=0, le=1000)] = 8


class Distribution(Table):
    report_to: Names = []
    send_to: Names = []
    issue_to: Names = []
    copies: Annotated[int, Field(ge=1, le=100_000)] = 1


Formats = Annotated[list[Literal["docx", "pdf", "xlsx"]], BeforeValidator(_one_item_list), Field(min_length=1)]


class Settings(Table):
    """An audience's settings.toml."""

    description: str = ""
    formats: Formats = ["docx"]
    body: str = "body.md.j2"
    script: Literal["simplified", "traditional"] = "simplified"
    title: str = ""
    issuer: str = ""
    indicators: Annotated[list[str], BeforeValidator(_one_item_list)] = []
    reference_docx: str = ""
    refresh_fields: bool = False  # fill the contents' page numbers through LibreOffice at build time
    masthead: Masthead = Masthead()
    note: Note = Note()
    summary: Summary = Summary()
    sections: Sections = Sections()
    distribution: Distribution = Distribution()
    page: Page = Page()
    grid: Grid = Grid()
    fonts: Fonts = Fonts()
    sizes: Sizes = Sizes()
    spacing: Spacing = Spacing()
    colors: Colors = Colors()
    header: Header = Header()
    footer: Footer = Footer()
    headings: Headings = Headings()
    pdf: Pdf = Pdf()
    limits: Limits = Limits()
    extra: dict[str, Any] = {}  # the template author's own values, not checked


def validate_settings(path: Path, raw: dict[str, Any]) -> dict[str, Any]:
    """Return the settings in ``raw`` checked against ``Settings``; TemplateError naming ``path`` and the key."""
    try:
        model = Settings.model_validate(raw)
    except ValidationError as exc:
        problems = [_describe(error) for error in exc.errors()]
        if len(problems) > 5:
            raise TemplateError(N_("{path}: {problems} (and {more} more)"), path=path,
                                problems=_("; ").join(problems[:5]), more=len(problems) - 5) from None
        raise TemplateError(N_("{path}: {problems}"), path=path, problems=_("; ").join(problems)) from None
    return model.model_dump(exclude_unset=True)


def unknown_indicators(settings: dict[str, Any], known: set[str]) -> list[str]:
    """Return the indicator ids ``settings`` names (``indicators``, ``[summary] totals``) that are not in ``known``."""
    named = list(settings.get("indicators", []))
    named += [t["indicator"] for t in settings.get("summary", {}).get("totals", [])]
    return [i for i in dict.fromkeys(named) if i not in known]


_EXPECTED = {
    "bool_type": N_("true or false (without quotes)"),
    "int_type": N_("a whole number"),
    "int_from_float": N_("a whole number"),
    "float_type": N_("a number"),
    "finite_number": N_("a finite number"),
    "string_type": N_("text in quotes"),
    "list_type": N_('a list like ["…", "…"]'),
    "model_type": N_("a table ([name] or { key = value })"),
    "dict_type": N_("a table ([name] or { key = value })"),
    "string_pattern_mismatch": N_('a colour like "#E60012"'),
    "missing": N_("a value (this key is required)"),
}


def _describe(error: dict[str, Any]) -> str:
    """Return one validation error as ``[table] key: expected …, got …``, in the current language."""
    loc = tuple(error["loc"])
    key = _key_name(loc)
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        return _("{key}: unknown setting{hint}").format(key=key, hint=_did_you_mean(loc))
    if kind == "value_error":
        if _model_at(loc) is not None:  # a check over a whole table
            key = f"[{'.'.join(str(p) for p in loc)}]"
        return _("{key}: {problem}").format(key=key, problem=ctx.get('error', error['msg']))
    if kind == "literal_error":
        expected = _("one of {choices}").format(choices=ctx.get('expected', ''))
    elif kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        expected = _range_words(loc)
    elif kind in ("too_short", "too_long"):
        expected = _("a list of {low} to {high} items").format(low=ctx.get('min_length', 1),
                                                               high=ctx.get('max_length', '…')) \
            if kind == "too_long" else _("at least {low} item(s)").format(low=ctx.get('min_length', 1))
    else:
        expected = _(_EXPECTED[kind]) if kind in _EXPECTED else error["msg"]
    return _("{key}: expected {expected}, got {value}").format(key=key, expected=expected,
                                                               value=_shown(error.get('input')))


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _key_name(loc: tuple) -> str:
    """Return a location as the file shows it: ``[distribution] copies``, ``[headings] numbering[2]``."""
    names = [str(p) for p in loc if not isinstance(p, int)]
    index = "".join(f"[{p + 1}]" for p in loc if isinstance(p, int))
    if not names:
        return "settings"
    if len(names) == 1:
        return names[0] + index
    return f"[{'.'.join(names[:-1])}] {names[-1]}{index}"


def _model_at(loc: tuple) -> type[BaseModel] | None:
    """Return the schema table a location's parent stands for."""
    model: Any = Settings
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        if field is None:
            return None
        model = _inner_model(field.annotation)
        if model is None:
            return None
    return model


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    """Return the BaseModel inside an annotation (``Masthead``, ``list[SummaryTotal]``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found:
            return found
    return None


def _did_you_mean(loc: tuple) -> str:
    """Return '; did you mean X?' for the closest known key, or where a key of that name belongs."""
    model = _model_at(loc[:-1])
    name = str(loc[-1])
    if model is None:
        return ""
    close = difflib.get_close_matches(name, list(model.model_fields), n=1, cutoff=0.6)
    if close:
        return _("; did you mean {name!r}?").format(name=close[0])
    if model is Settings:
        for table, field in Settings.model_fields.items():
            inner = _inner_model(field.annotation)
            if inner and name in inner.model_fields:
                return _("; it belongs in the [{table}] table").format(table=table)
    return _("; known keys here: {keys}").format(keys=", ".join(model.model_fields))


def _range_words(loc: tuple) -> str:
    """Return the allowed range of a numeric key in words."""
    model = _model_at(loc[:-1])
    field = model.model_fields.get(str(loc[-1])) if model else None
    low = high = None
    for meta in getattr(field, "metadata", []) if field else []:
        low = getattr(meta, "ge", None) if getattr(meta, "ge", None) is not None else low
        low = getattr(meta, "gt", None) if getattr(meta, "gt", None) is not None else low
        high = getattr(meta, "le", None) if getattr(meta, "le", None) is not None else high
    whole = field is not None and field.annotation is int
    if low is not None and high is not None:
        return (_("a whole number from {low:g} to {high:g}") if whole
                else _("a number from {low:g} to {high:g}")).format(low=low, high=high)
    return _("a whole number") if whole else _("a number")

