"""``reportgen templates check``: compile and render a template against real values, write nothing.

Both kinds of template get every problem of their tags, each named by its
place, through the same checker (``word_check.TemplateChecker``): a Word
template (``body = "template.docx"``) by paragraph or table cell, a Markdown
template by file and line (``body.md.j2第12行``, ``body.md.j2 line 12``). Only a template whose tags
all render is then rendered in full: through docxtpl in memory for Word, and
for Markdown parsed as a build would (a chart name reportgen does not draw,
an unclosed block).
"""
from __future__ import annotations

from ..errors import ReportgenError, TemplateError
from .tag_repair import TAG
from .template_problems import Problem, Words
from .word_check import CLOSERS, UNFINISHED, TagSite, TemplateChecker, first_words, jinja_text


def check_audience(audience, context) -> list[Problem]:
    """Return every problem found rendering ``audience`` for ``context``; nothing is written."""
    from .word_template import check as check_word, is_word_template

    if is_word_template(audience):
        return check_word(audience, context)
    return check_markdown(audience, context)


def check_markdown(audience, context) -> list[Problem]:
    """Return every problem of a Markdown audience's body template for ``context``, each with its line."""
    from jinja2 import TemplateNotFound

    from . import render_markdown_text
    from .charts import CHARTS
    from .environment import make_environment
    from .limits import RenderLimits
    from .markup import parse

    env = make_environment(audience.search_dirs(), RenderLimits.from_settings(audience.settings))
    try:
        source, _filename, _uptodate = env.loader.get_source(env, audience.body)
    except TemplateNotFound:
        return [Problem(audience.body, Words.of("template_file_missing"))]
    except ReportgenError as exc:  # refused by the confined loader: outside the folder, too large, not a file
        return [Problem(audience.body, exc)]
    problems = unfinished_tags(source, audience.body)
    problems += TemplateChecker(env, template_values(audience, context)).problems(markdown_sites(source, audience.body))
    if problems:
        return problems
    try:  # charts are named, not drawn: the parser only checks that the name is one reportgen draws
        parse(render_markdown_text(audience, context), context.notes, {name: f"{name}.png" for name in CHARTS})
    except TemplateError as exc:
        return [Problem(audience.body, exc)]
    return []


def markdown_sites(source: str, name: str) -> list[TagSite]:
    """Return the Jinja tags of a Markdown template in order, each placed by its file and line."""
    sites = []
    for match in TAG.finditer(source):
        line = source.count("\n", 0, match.start()) + 1
        sites.append(TagSite(match.group(0), jinja_text(match.group(0)), Words.of("line", file=name, line=line)))
    return sites


def unfinished_tags(source: str, name: str) -> list[Problem]:
    """Return a problem for each line of a Markdown template holding a tag begun but never closed."""
    problems = []
    untagged = TAG.sub(lambda tag: "\n" * tag.group(0).count("\n"), source)  # lines keep their numbers
    for line, text in enumerate(untagged.split("\n"), 1):
        unfinished = UNFINISHED.search(text)
        if unfinished:
            problems.append(Problem(Words.of("line", file=name, line=line), Words.of(
                "unfinished_tag", start=first_words(unfinished.group(0)), closer=CLOSERS[unfinished.group(1)])))
    return problems


def template_values(audience, context) -> dict:
    """Return every name the audience's template can read for ``context`` (Word templates add ``charts``)."""
    from .word_template import is_word_template, template_values as word_values

    if is_word_template(audience):
        return word_values(audience, context)
    return {**context.values, "settings": audience.settings, "audience": audience.name}
