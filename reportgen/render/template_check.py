"""``reportgen templates check``: compile and render a template against real values, write nothing.

A Word template (``body = "template.docx"``) gets every problem of its tags,
each with its place in the document (``word_check``), then a full docxtpl
render in memory. A Markdown template is rendered and parsed as a build
would, and its first error reported with file and line.
"""
from __future__ import annotations

from ..errors import TemplateError
from .word_check import Problem


def check_audience(audience, context) -> list[Problem]:
    """Return every problem found rendering ``audience`` for ``context``; nothing is written."""
    from .word_template import check as check_word, is_word_template

    if is_word_template(audience):
        return check_word(audience, context)
    from . import render_markdown_text
    from .charts import CHARTS
    from .markup import parse

    try:  # charts are named, not drawn: the parser only checks that the name is one reportgen draws
        parse(render_markdown_text(audience, context), context.notes, {name: f"{name}.png" for name in CHARTS})
    except TemplateError as exc:
        return [Problem(audience.body, str(exc))]
    return []


def template_values(audience, context) -> dict:
    """Return every name the audience's template can read for ``context`` (Word templates add ``charts``)."""
    from .word_template import is_word_template, template_values as word_values

    if is_word_template(audience):
        return word_values(audience, context)
    return {**context.values, "settings": audience.settings, "audience": audience.name}
