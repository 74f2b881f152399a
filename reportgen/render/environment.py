"""The Jinja2 environment templates run in: sandboxed, strict, Markdown-escaping.

Templates are data an office edits, so they are treated as untrusted:

* ``ImmutableSandboxedEnvironment``: no ``_``-prefixed attributes, no mutation
  of the context's lists and dicts, bounded ``range``;
* a ``FileSystemLoader`` over the audience's folder and the built-in templates
  only, so ``{% include %}`` can share pieces but never reach other files;
* ``StrictUndefined``: a misspelt name is an error, not an empty string;
* every ``{{ value }}`` is Markdown-escaped (``finalize``), so a unit name with
  ``*`` or ``|`` cannot break a table; filters that emit Markdown on purpose
  (``sourced``, ``md``) and macros return ``Markup`` and pass through unchanged.
  (Jinja's own autoescape is HTML's; it is switched on only so that macro
  output counts as Markup, and ``finalize`` hands it Markup already.)

* a ``ConfinedLoader``: a template file is read only if it resolves inside
  those folders, is a regular file and is no larger than ``BODY_MAX_BYTES``
  (a symlink to ``/dev/zero`` or ``/etc/passwd`` is refused);
* bounded (``limits.RenderLimits``, from the audience's ``[limits]``): a render
  that runs past its time or writes more than its output size stops with a
  ``TemplateError``; see ``limits`` for what is counted and where.

Every failure becomes ``TemplateError`` naming the template file and line.
"""
from __future__ import annotations

import re
import traceback
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import ReportgenError, TemplateError
from . import numbers
from ..messages import N_
from .limits import RenderLimits, bounded_environment_class

# Every ASCII punctuation character markdown-it honours a backslash escape for.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:\"'&$%^=@;,/?])")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")
SAFE_GLOBALS = ("range", "dict", "namespace")


def escape_md(value: Any) -> str:
    """Return ``value`` as text that Markdown shows literally, on one line."""
    text = _LINE_BREAKS.sub(" ", str(value))
    return _MD_SPECIAL.sub(r"\\\1", text)


def _finalize(value: Any) -> Any:
    """Escape every printed value unless a filter marked it as Markdown already."""
    from markupsafe import Markup

    if isinstance(value, Markup):
        return value
    return Markup("" if value is None else escape_md(value))


def _md_filter(value: Any):
    """Filter ``md``: escape explicitly (e.g. before joining); the result is not escaped again."""
    from markupsafe import Markup

    return value if isinstance(value, Markup) else Markup(escape_md(value))


def _sourced_filter(figure: Mapping[str, Any]):
    """Filter ``sourced``: a figure's number as a note link the parser turns into ``Noted``."""
    from markupsafe import Markup

    try:
        text, note_id = figure["shown"], figure["note"]
    except (KeyError, TypeError):
        raise TemplateError(N_("'sourced' needs a figure from the context, not {figure!r}"), figure=figure) from None
    return Markup(f"[{escape_md(text)}](note:{int(note_id)})")


def _quantity_filter(value: Any, unit: str = "", qualifier: str | None = None) -> str:
    """Filter ``qty``: ``3000多名`` from value, unit and qualifier (a count the model derived)."""
    return numbers.format_quantity(value, unit, qualifier)


FILTERS = {
    "md": _md_filter,
    "sourced": _sourced_filter,
    "num": numbers.format_number,
    "qty": _quantity_filter,
    "change": numbers.format_change,
    "cn": numbers.chinese_ordinal,
}


def _confined_loader(search_dirs: Sequence[Path]):
    """Return a loader that reads a template only from a regular, bounded file inside ``search_dirs``."""
    import os
    import posixpath

    from jinja2 import FileSystemLoader, TemplateNotFound
    from jinja2.loaders import split_template_path

    from .confine import BODY_MAX_BYTES, confined_file, read_confined_text

    roots = tuple(Path(d) for d in search_dirs)

    class ConfinedLoader(FileSystemLoader):
        def get_source(self, environment, template):
            pieces = split_template_path(template)  # refuses ".." segments
            for root in roots:
                if os.path.lexists(posixpath.join(str(root), *pieces)):
                    where = f"template {template!r}"
                    path = confined_file(root, "/".join(pieces), where, BODY_MAX_BYTES, roots)
                    text = read_confined_text(path, where, BODY_MAX_BYTES)
                    mtime = os.path.getmtime(path)
                    return text, str(path), lambda: os.path.getmtime(path) == mtime
            raise TemplateNotFound(template)

    return ConfinedLoader([str(d) for d in search_dirs])


def compiled_templates():
    """Return an empty store of compiled templates, for the environments of one build (``make_environment``).

    Each copy and audience of a build renders in an environment of its own (its
    own limits), and Jinja compiles a template anew for each environment: lexing,
    parsing, generating and compiling Python, about half of a render's time. The
    code a template compiles to depends on its source and on the environment's
    compile options, so it is kept under both and reused by any later
    environment of the build that loads the same source with the same options
    (Jinja's bytecode cache, kept in memory, never on disk).
    """
    from jinja2.bccache import BytecodeCache

    class CompiledTemplates(BytecodeCache):
        def __init__(self) -> None:
            self._code: dict[tuple, Any] = {}   # (template key, source checksum, compile options) -> code

        def load_bytecode(self, bucket: Any) -> None:
            bucket.code = self._code.get((bucket.key, bucket.checksum, compile_options(bucket.environment)))

        def dump_bytecode(self, bucket: Any) -> None:
            self._code[(bucket.key, bucket.checksum, compile_options(bucket.environment))] = bucket.code

    return CompiledTemplates()


def compile_options(env: Any) -> tuple:
    """Return what of ``env`` the code Jinja compiles a template to depends on: syntax, whitespace, output, mode."""
    return (env.block_start_string, env.block_end_string, env.variable_start_string, env.variable_end_string,
            env.comment_start_string, env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix,
            env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline,
            env.finalize, env.autoescape, env.sandboxed, env.optimized, env.is_async, tuple(sorted(env.extensions)))


def make_environment(search_dirs: Sequence[Path], limits: RenderLimits | None = None, compiled: Any = None):
    """Return the sandboxed, bounded environment loading templates from ``search_dirs`` only.

    Every renderer (Markdown bodies, Word templates) gets its environment
    here, so each inherits the sandbox, the confined loader and the limits.
    ``compiled`` (``compiled_templates()``) is the build's store of compiled
    templates, shared by the environments it makes; without it each compiles its own.
    """
    from jinja2 import StrictUndefined

    env = bounded_environment_class()(
        limits or RenderLimits(),
        bytecode_cache=compiled,
        loader=_confined_loader(search_dirs),
        undefined=StrictUndefined,
        autoescape=True,  # with ``finalize`` returning Markup: macros' Markdown is not escaped twice
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals = {name: env.globals[name] for name in SAFE_GLOBALS if name in env.globals}
    env.filters.update(FILTERS)
    env.bound_filters()
    return env


def _location(exc: BaseException, search_dirs: Sequence[Path]) -> str:
    """Return ``file:line`` of the innermost template frame the error passed through."""
    lineno = getattr(exc, "lineno", None)
    filename = getattr(exc, "filename", None) or getattr(exc, "name", None)
    if filename and lineno:
        return f"{filename}:{lineno}"
    roots = tuple(str(d.resolve()) for d in search_dirs)
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.startswith(roots):
            return f"{frame.filename}:{frame.lineno}"
    from .template_problems import Words

    return str(Words.of("template"))


def _message(exc: BaseException) -> str:
    """Return what went wrong, in words a template author can act on (Jinja's own words only as a detail)."""
    from jinja2.exceptions import UndefinedError

    from .template_problems import Words, explain, say

    words = explain(exc)
    if isinstance(exc, UndefinedError):
        words = Words.of("names_listed", problem=words)
    return say(words)


def render_markdown(env, template: str, context: Mapping[str, Any], search_dirs: Sequence[Path]) -> str:
    """Return the Markdown ``template`` renders for ``context``; failures name file and line."""
    try:
        compiled = env.get_template(template)
        return env.collect_output(compiled.generate(**context), template)  # generate starts the budget
    except ReportgenError as exc:
        raise TemplateError(N_("{where}: {problem}"), where=_location(exc, search_dirs), problem=exc) from None
    except Exception as exc:  # noqa: BLE001 - any failure inside a user's template is a template error
        raise TemplateError(N_("{where}: {problem}"), where=_location(exc, search_dirs), problem=_message(exc)) from None


def compile_template(search_dirs: Sequence[Path], template: str) -> None:
    """Load and compile ``template`` (and nothing else) so a syntax error is found before a build starts."""
    try:
        make_environment(search_dirs).get_template(template)
    except ReportgenError as exc:
        raise TemplateError(N_("{where}: {problem}"), where=template, problem=exc) from None
    except Exception as exc:  # noqa: BLE001 - any failure to compile a user's template is a template error
        raise TemplateError(N_("{where}: {problem}"), where=_location(exc, search_dirs), problem=_message(exc)) from None
