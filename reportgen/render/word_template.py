"""Render an audience whose template is a Word document (``body = "template.docx"``) with docxtpl.

An office designs its 简报 in Word or WPS and types docxtpl tags where the
data goes (``{{ }}``, ``{%p %}``, ``{%tr %}``, ``{%tc %}``, ``{{r }}``). The
render:

1. reads the file (inside the audience's folder, size-capped);
2. repairs what Word did to the tags (``tag_repair``);
3. checks every tag against the values, with places in the document
   (``word_check``): any problem stops the build before anything is written;
4. renders with docxtpl *through reportgen's sandboxed environment*
   (``environment.make_environment``: the same sandbox, filters and limits
   as Markdown templates), values XML-escaped by docxtpl's autoescape;
5. turns ``{{ x | sourced }}`` into the number with a Word comment holding its
   source sentence, applies the audience's script, restarts numbered lists at
   each pass of the loop repeating them (``word_numbering``), and sets
   ``w:updateFields`` so contents and page numbers are refreshed on opening.

Extra names a Word template gets: ``charts.indicators`` / ``charts.coverage``
(an InlineImage; put it alone in a centred paragraph).
"""
from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import TemplateError
from ..messages import N_
from ..writers.docx_fields import set_update_fields
from .charts import ChartBook
from .confine import MB, WORD_TEMPLATE_MAX_BYTES
from .tag_repair import RepairCount, repair_part
from .template_problems import Problem, ProblemLines
from .word_check import TagSite, TemplateChecker, collect_sites, skeleton
from .word_finish import add_comments, convert_text, fit_data_tables, mark_data_tables, mark_note, parts_of
from .word_numbering import apply_loop_restarts, mark_loop_restarts

WORD_SUFFIX = ".docx"
CHART_WIDTH_MM = 150
CHART_MAX_HEIGHT_SHARE = 0.8  # of the text block, as the Markdown path does
_CHART_REF = re.compile(r"charts\s*(?:\.\s*(\w+)|\[\s*[\"'](\w+)[\"']\s*\])")


def is_word_template(audience) -> bool:
    """Return whether the audience's template is a Word document."""
    return audience.body.lower().endswith(WORD_SUFFIX)


@dataclass
class PreparedTemplate:
    """A Word template opened, repaired and its tags collected with their places."""

    template: Any  # docxtpl.DocxTemplate
    sites: list[TagSite]
    layout_problems: list[Problem]
    repairs: RepairCount
    name: str


def _template_bytes(audience) -> bytes:
    """Return the template file's bytes: a regular file inside the audience's folder, size-capped (``confine``)."""
    from .confine import check_regular_file, confined_file

    where = f"{audience.folder / 'settings.toml'}: body"
    path = confined_file(audience.folder, audience.body, where, WORD_TEMPLATE_MAX_BYTES)
    with open(check_regular_file(path, where, WORD_TEMPLATE_MAX_BYTES), "rb") as fh:
        data = fh.read(WORD_TEMPLATE_MAX_BYTES + 1)
    if len(data) > WORD_TEMPLATE_MAX_BYTES:  # grew since the check
        raise TemplateError(N_("{where}: {path} is more than the {limit:.0f} MB allowed for it"),
                            where=where, path=path, limit=WORD_TEMPLATE_MAX_BYTES // MB)
    return data


def prepare(audience) -> PreparedTemplate:
    """Open the audience's Word template, repair its tags and collect them; errors name the file."""
    from docx.opc.exceptions import PackageNotFoundError

    data = _template_bytes(audience)
    template = _bounded_template_class()(io.BytesIO(data))
    try:
        template.init_docx()
    except (KeyError, ValueError, zipfile.BadZipFile, PackageNotFoundError) as exc:
        raise TemplateError(N_("{path} cannot be opened as a Word document ({kind}: {error}); save it again as .docx in "
                               "Word or WPS"),
                            path=audience.folder / audience.body, kind=type(exc).__name__, error=exc) from None
    repairs = RepairCount()
    parts = parts_of(template.docx)
    for _label, root in parts:
        repairs.add(repair_part(root))
    sites, layout_problems = collect_sites(parts)
    return PreparedTemplate(template, sites, layout_problems, repairs, audience.body)


class ChartImage:
    """A drawn chart as a template sees it: printable, and nothing else.

    docxtpl's InlineImage holds the DocxTemplate, whose methods write files
    (``save``, ``write_xml``); the sandbox lets a template call public
    methods, so the image is kept out of reach behind an ``_`` attribute.
    """

    __slots__ = ("_image",)

    def __init__(self, image: Any):
        self._image = image

    def __html__(self) -> str:
        return self._image.__html__()

    def __str__(self) -> str:
        return str(self._image)


def _word_finalize(value: Any) -> Any:
    """Print None as nothing, text with full-width punctuation between Chinese characters
    (``punctuation``, as every document reportgen writes); the rest as is (docxtpl's autoescape
    makes it XML-safe, and charts pass through as drawings)."""
    from .punctuation import full_width

    if value is None:
        return ""
    return full_width(value) if isinstance(value, str) else value


def _sourced_mark(figure: Mapping[str, Any]) -> str:
    """Filter ``sourced`` for Word: the figure's (or quote's) text marked with its note id.

    After rendering the mark becomes a Word comment in the review copy and
    disappears from the clean copy; a value without a note prints as its text.
    """
    try:
        text, note = figure["shown"], figure["note"]
    except (KeyError, TypeError):
        raise TemplateError(N_("'sourced' needs a figure from the context, not {figure!r}"), figure=figure) from None
    return str(text) if note is None else mark_note(int(note), text)


def word_environment(audience):
    """Return the sandboxed environment of ``environment.make_environment`` set up for docxtpl."""
    from .environment import make_environment
    from .limits import RenderLimits

    env = make_environment(audience.search_dirs(), RenderLimits.from_settings(audience.settings))
    env.finalize = _word_finalize
    env.trim_blocks = env.lstrip_blocks = False  # docxtpl's XML: whitespace is inside w:t or nowhere
    env.filters["sourced"] = _sourced_mark
    env.filters["md"] = lambda value: value  # Markdown escaping means nothing in a Word document
    env.bound_filters()  # the two just set are checked like the rest (the others get a second, harmless wrap)
    return env


def _bounded_template_class():
    """Return a DocxTemplate whose rendered XML parts are held to the render's output limit."""
    from docxtpl import DocxTemplate

    class BoundedDocxTemplate(DocxTemplate):
        def render_xml_part(self, src_xml, part, context, jinja_env=None):
            xml = super().render_xml_part(src_xml, part, context, jinja_env)
            limit = jinja_env.limits.output_chars
            if len(xml) > limit:
                raise TemplateError(N_("the template wrote {xml:,} characters of XML, more than the output limit of "
                                       "{limit:g} MB ([limits] output_mb in settings.toml)"),
                                    xml=len(xml), limit=limit / MB)
            return xml

    return BoundedDocxTemplate


def chart_names(sites: list[TagSite]) -> set[str]:
    """Return the chart names the template's tags use (``charts.indicators`` …)."""
    return {a or b for a, b in _CHART_REF.findall(skeleton(sites))}


def template_values(audience, context) -> dict[str, Any]:
    """Return the names a Word template renders from (charts stand in as text until drawn)."""
    from .charts import CHARTS

    return {**context.values, "settings": audience.settings, "audience": audience.name,
            "charts": {name: f"[{name}]" for name in CHARTS}}


def check(audience, context) -> list[Problem]:
    """Return every problem of the audience's Word template against ``context`` (nothing written)."""
    prepared = prepare(audience)
    checker = TemplateChecker(word_environment(audience), template_values(audience, context))
    problems = prepared.layout_problems + checker.problems(prepared.sites)
    if problems:
        return problems
    try:
        render_prepared(prepared, audience, context, None)
    except TemplateError as exc:
        return [Problem(prepared.name, exc)]
    return []


def precheck(audience) -> None:
    """Raise TemplateError if the audience's Word template cannot be opened or compiled.

    Needs no values, so a build calls it (``preflight``) before reading any
    input: a broken template then costs nothing and changes nothing.
    """
    prepared = prepare(audience)
    checker = TemplateChecker(word_environment(audience), {})
    raise_problems(prepared.name, prepared.layout_problems + checker.compile_problems(prepared.sites))


def raise_problems(name: str, problems: list[Problem]) -> None:
    """Raise one TemplateError listing every problem, if there are any."""
    if problems:
        lines = ProblemLines(problems)
        raise TemplateError(N_("Word template {name} has {problems} problem(s):\n{lines}"),
                            name=name, problems=len(problems), lines=lines)


def render_word(audience, context, chart_dir: Path, book: ChartBook | None = None) -> bytes:
    """Return the .docx bytes the audience's Word template renders for ``context`` (charts through ``book``)."""
    prepared = prepare(audience)
    checker = TemplateChecker(word_environment(audience), template_values(audience, context))
    raise_problems(prepared.name, prepared.layout_problems + checker.problems(prepared.sites))
    return render_prepared(prepared, audience, context, chart_dir, book)


def check_formats(audience, formats) -> None:
    """Raise UsageError unless every format asked of a Word-template audience is docx."""
    from ..errors import UsageError

    others = [f for f in formats if f != "docx"]
    if others:
        raise UsageError(N_("audience {name!r} renders a Word template, which makes .docx only, not {formats}; "
                            "use --format docx"), name=audience.name, formats=', '.join(others))


def write_word_audience(audience, copies: list[tuple[Path, Any]], formats, chart_dir: Path,
                        book: ChartBook | None = None) -> list[Path]:
    """Render the audience's Word template once per (path, context) copy and write each; return the files.

    The build passes the clean copy (for distribution, no comments) and the
    审阅 review copy (every sourced figure with its sentence as a comment),
    and its ``ChartBook``, so a chart both copies show is drawn once.
    """
    from ..atomic import write_bytes_atomic

    check_formats(audience, formats)
    return [write_bytes_atomic(path, render_word(audience, context, chart_dir, book)) for path, context in copies]


def _image_size_mm(document, path: str) -> tuple[float, float]:
    """Return a chart's width and height: CHART_WIDTH_MM at most, within the template's text block."""
    from docx.image.image import Image as DocxImage

    section = document.sections[0]
    text_w = (section.page_width - section.left_margin - section.right_margin) / 36000
    text_h = (section.page_height - section.top_margin - section.bottom_margin) / 36000
    picture = DocxImage.from_file(path)
    width = min(CHART_WIDTH_MM, text_w)
    height = width * picture.px_height / max(picture.px_width, 1)
    if height > CHART_MAX_HEIGHT_SHARE * text_h:
        width, height = width * CHART_MAX_HEIGHT_SHARE * text_h / height, CHART_MAX_HEIGHT_SHARE * text_h
    return width, height


def render_prepared(prepared: PreparedTemplate, audience, context, chart_dir: Path | None,
                    book: ChartBook | None = None) -> bytes:
    """Render a prepared template; ``chart_dir`` None draws charts into a throw-away folder."""
    import tempfile

    from docx.shared import Mm
    from docxtpl import InlineImage

    from . import script_converter
    from .charts import make_charts
    from .punctuation import full_width

    convert = script_converter(audience.script)
    template = prepared.template
    env = word_environment(audience)
    values = template_values(audience, context)
    with tempfile.TemporaryDirectory(prefix="reportgen-word-") as scratch:
        drawn = make_charts(chart_names(prepared.sites), context.values, Path(chart_dir or scratch), convert,
                            prefix=f"{audience.name}-", book=book)
        charts = {}
        for name, path in drawn.items():
            width, height = _image_size_mm(template.docx, path)
            charts[name] = ChartImage(InlineImage(template, path, width=Mm(width), height=Mm(height)))
        values["charts"] = {**values["charts"], **charts}
        mark_loop_restarts(template.docx)
        mark_data_tables(template.docx)
        try:
            template.render(values, jinja_env=env, autoescape=True)
        except TemplateError as exc:
            raise TemplateError(N_("Word template {name}: {problem}"), name=prepared.name, problem=exc) from None
        except Exception as exc:  # noqa: BLE001 - any failure inside a user's template is a template error
            problem = TemplateChecker(env, values).locate(exc, prepared.sites)
            raise TemplateError(N_("Word template {name}: {problem}"), name=prepared.name, problem=problem) from None
        document = template.docx
        notes = [convert(full_width(n)) for n in context.notes]
        add_comments(document, notes, comments=bool(context.values.get("review")))
        if audience.script != "simplified":
            convert_text(document, convert)
        fit_data_tables(document)
        apply_loop_restarts(document)
        set_update_fields(document)
        out = io.BytesIO()
        template.save(out)
    return out.getvalue()
