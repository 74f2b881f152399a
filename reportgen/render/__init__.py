"""Render an audience: Jinja2 template → Markdown with named blocks → ``Document``.

One path for every audience and every output format: the template writes
Markdown from plain context values (``context``), the sandboxed environment
(``environment``) renders it, Traditional script is applied to the Markdown
when the audience asks for it, the charts the Markdown names are drawn
(``charts``), and markdown-it-py parses the result into the AST (``markup``)
that ``write_docx`` and ``write_pdf`` both consume, after half-width marks in
Chinese text are made full width (``punctuation``). ``meta["copy"]`` says which
copy it is: ``clean`` (for distribution) or ``review`` (审阅, with Word comments).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..nodes import Document
from .audiences import Audience, list_audiences, load_audience, new_audience
from .charts import ChartBook
from .context import ContextBasis, RenderContext, build_context

__all__ = ["Audience", "ChartBook", "ContextBasis", "RenderContext", "build_context", "list_audiences", "load_audience", "new_audience",
           "render", "render_markdown_text"]

_CHART_REF = re.compile(r"\(chart:([\w-]+)\)")


@lru_cache(maxsize=2)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def script_converter(script: str):
    """Return the text conversion for an audience's script (identity for Simplified)."""
    if script == "traditional":
        return _converter("s2t").convert
    return str


def render_markdown_text(audience: Audience, context: RenderContext, compiled=None) -> str:
    """Return the Markdown the audience's body template renders, in the audience's script.

    ``compiled`` (``environment.compiled_templates()``) is the build's store of
    compiled templates: a copy renders from the code an earlier copy compiled.
    """
    from .environment import make_environment, render_markdown
    from .limits import RenderLimits

    dirs = audience.search_dirs()
    values = {**context.values, "settings": audience.settings, "audience": audience.name}
    env = make_environment(dirs, RenderLimits.from_settings(audience.settings), compiled)
    markdown = render_markdown(env, audience.body, values, dirs)
    return script_converter(audience.script)(markdown)


def render(audience: Audience, context: RenderContext, chart_dir: Path, charts: ChartBook | None = None,
           compiled=None) -> Document:
    """Return the Document for ``audience``; its charts are drawn into ``chart_dir``.

    ``charts`` is the build's ``ChartBook``: a chart another copy or audience of
    the build showed alike is not drawn again; ``compiled`` its store of compiled
    templates (``render_markdown_text``).
    """
    from .charts import make_charts
    from .markup import parse
    from .punctuation import full_width_document

    convert = script_converter(audience.script)
    markdown = render_markdown_text(audience, context, compiled)
    drawn = make_charts(set(_CHART_REF.findall(markdown)), context.values, chart_dir, convert,
                        prefix=f"{audience.name}-", book=charts)
    notes = [convert(n) for n in context.notes]
    meta = {"audience": audience.name, "script": audience.script,
            "title": convert(str(audience.settings.get("title", ""))), "period": context.values.get("period") or "",
            "copy": "review" if context.values.get("review") else "clean"}
    files = [convert(i["file"]) for i in context.values.get("inputs") or ()]  # cited as named on disk
    return full_width_document(parse(markdown, notes, drawn, meta), verbatim=files)
