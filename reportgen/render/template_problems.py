"""What is wrong with a template and where, as codes and values said in the reader's language.

A template problem is shown to whoever edits the template: on the command
line, in the clerk's language. So a checker never writes a sentence: it
records a place and a problem, each a ``Words`` (a ``TEXTS`` code and the
values its sentence names), and the sentence comes from the gettext
catalogue when it is shown, as ``reasons.Reason`` does for input files. A
value may itself be ``Words`` (a hint inside a problem, the part of the
document inside a place), a reportgen error (already a catalogue message),
or a tuple of names (listed with the language's separator). What Jinja said
is kept only as a value (``detail``), never as the whole message.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..messages import N_, gettext_in, language

TEXTS: dict[str, str] = {
    # places in a Word document or a template file
    "paragraph": N_("paragraph {n} “{start}”"),
    "part_paragraph": N_("{part}, paragraph {n} “{start}”"),
    "cell": N_("table {table}, row {row}, column {column}"),
    "part_cell": N_("{part}, table {table}, row {row}, column {column}"),
    "header": N_("the header"),
    "footer": N_("the footer"),
    "line": N_("{file} line {line}"),
    "template": N_("the template"),
    "template_end": N_("the end of the template"),
    # a tag's problem: ``tag`` names the tag, ``problem`` says what is wrong with it
    "tag": N_("tag {tag}: {problem}"),
    "unfinished_tag": N_("the tag “{start}” is not finished: the closing “{closer}” is missing"),
    "text_beside_paragraph_tag": N_("{tag} works only alone in its paragraph; the rest of this paragraph, "
                                    "“{rest}”, would be deleted when the document is made; move it to "
                                    "another paragraph"),
    "no_end_tag": N_("no end tag matches it ({end})"),
    "unknown_name_in_tag": N_("the name “{name}” in tag {tag} does not exist{suggestion} (reportgen templates "
                              "vars lists the names available)"),
    "refused_underscore": N_("refused: a template cannot reach Python internals, whose names start with “_” "
                             "({attributes})"),
    "refused_internals": N_("refused: a template cannot reach Python internals ({detail})"),
    "no_item": N_("there is no item “{name}”{suggestion}"),
    "no_name": N_("the name “{name}” does not exist{suggestion}"),
    "no_value": N_("it has no value ({detail})"),
    "names_listed": N_("{problem} (reportgen templates vars lists the names a template can use)"),
    "render_failed": N_("it fails when the document is made ({detail}); check the values and filters it uses"),
    "suggestion": N_(", did you mean “{name}”?"),
    "template_file_missing": N_("the template file is not there"),
    "template_not_found": N_("template “{name}” is neither in the audience's folder nor among the built-in "
                             "templates"),
    # Jinja's syntax errors, in words a template author can act on; ``detail`` is Jinja's own message
    "syntax": N_("{hint} (Jinja: {detail})"),
    "syntax_no_end": N_("an end tag ({endfor}, {endif} and the like) is missing"),
    "syntax_unknown_tag": N_("an unknown tag, or an end tag without its opening tag"),
    "syntax_print_unfinished": N_("the expression is not finished, or has characters too many"),
    "syntax_block_unfinished": N_("the tag is not finished, or has characters too many"),
    "syntax_extra_brace": N_("one “{brace}” too many"),
    "syntax_bad_character": N_("a character Jinja does not know (make full-width punctuation and Chinese "
                               "quotation marks half-width)"),
    "syntax_print_incomplete": N_("the expression is incomplete"),
    "syntax_other": N_("it is written wrongly"),
}

LIST_SEPARATORS = {"zh": "、", "en": ", "}


@dataclass(frozen=True)
class Words:
    """A ``TEXTS`` code and the values its sentence names; ``text`` says it in any language."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, code: str, **params: Any) -> Words:
        """Return ``code`` with ``params``; an unknown code is a bug."""
        if code not in TEXTS:
            raise KeyError(f"no text for template problem code {code!r}; add it to template_problems.TEXTS")
        return cls(code, tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in params.items()))

    def text(self, lang: str | None = None) -> str:
        """Return the sentence in ``lang`` (zh or en; None: the language messages are in now)."""
        return gettext_in(lang, TEXTS[self.code]).format(**{k: value_in(v, lang) for k, v in self.params})

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class Caught:
    """A reportgen error kept as its catalogue message and values: said in any language, compared by its words."""

    message: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, exc: Any) -> Caught:
        from ..errors import ReportgenError

        def kept(value: Any) -> Any:
            if isinstance(value, ReportgenError):
                return cls.of(value)
            try:
                hash(value)
            except TypeError:
                return str(value)
            return value

        return cls(exc.message, tuple((k, kept(v)) for k, v in exc.params.items()))

    def text(self, lang: str | None = None) -> str:
        text = gettext_in(lang, self.message)
        return text.format(**{k: value_in(v, lang) for k, v in self.params}) if self.params else text

    def __str__(self) -> str:
        return self.text()


def value_in(value: Any, lang: str | None) -> Any:
    """Return a message's value ready for ``format`` in ``lang``: words said, numbers left for their format spec."""
    from ..errors import ReportgenError

    if isinstance(value, (Words, Caught, ReportgenError, tuple)):
        return say(value, lang)
    return value


def say(value: Any, lang: str | None = None) -> str:
    """Return ``value`` as text in ``lang``: Words and reportgen errors translated, tuples listed, the rest as is."""
    from ..errors import ReportgenError

    if isinstance(value, (Words, Caught)):
        return value.text(lang)
    if isinstance(value, ReportgenError):
        return Caught.of(value).text(lang)
    if isinstance(value, tuple):
        return LIST_SEPARATORS[lang or language()].join(say(v, lang) for v in value)
    return str(value)


@dataclass(frozen=True)
class Problem:
    """One problem with its place: ``place`` is Words or a file's name, ``what`` Words or a reportgen error
    (kept as ``Caught``, so the same problem found twice is one)."""

    place: Any
    what: Any

    def __post_init__(self) -> None:
        from ..errors import ReportgenError

        if isinstance(self.what, ReportgenError):
            object.__setattr__(self, "what", Caught.of(self.what))

    @property
    def where(self) -> str:
        """The place, in the language messages are in now."""
        return say(self.place)

    @property
    def message(self) -> str:
        """What is wrong, in the language messages are in now."""
        return say(self.what)

    def text(self, lang: str | None = None) -> str:
        """Return ``place: problem`` in ``lang`` (None: the language messages are in now)."""
        return gettext_in(lang, N_("{where}: {problem}")).format(where=say(self.place, lang),
                                                                 problem=say(self.what, lang))

    def __str__(self) -> str:
        return self.text()


def in_tag(tag: str, problem: Any) -> Words:
    """Return ``problem`` said of the tag ``tag``."""
    return Words.of("tag", tag=tag, problem=problem)


def suggestion(close: str | None) -> Any:
    """Return the ``did you mean`` words for the nearest known name, or ``""`` when there is none."""
    return Words.of("suggestion", name=close) if close else ""


SYNTAX_HINTS = (  # Jinja's syntax messages a template author meets most (matched by substring), and our words
    ("expected 'end of print statement'", Words.of("syntax_print_unfinished")),
    ("unexpected end of template", Words.of("syntax_no_end", endfor="{%p endfor %}", endif="{%p endif %}")),
    ("Encountered unknown tag", Words.of("syntax_unknown_tag")),
    ("expected token 'end of print statement'", Words.of("syntax_print_unfinished")),
    ("expected token 'end of statement block'", Words.of("syntax_block_unfinished")),
    ("unexpected '}'", Words.of("syntax_extra_brace", brace="}")),
    ("unexpected char", Words.of("syntax_bad_character")),
    ("unexpected end of print statement", Words.of("syntax_print_incomplete")),
)


def syntax_words(message: str) -> Words:
    """Return a Jinja syntax error's ``message`` as our hint, with Jinja's words kept as the detail."""
    hint = next((words for jinja, words in SYNTAX_HINTS if jinja.lower() in message.lower()),
                Words.of("syntax_other"))
    return Words.of("syntax", hint=hint, detail=message)


_UNDEFINED = re.compile(r"'([^']+)' is undefined")
_NO_ATTRIBUTE = re.compile(r"has no attribute '([^']+)'")
_UNSAFE = re.compile(r"attribute '([^']+)' of '([^']+)' object is unsafe")


def nearest(name: str, known: Iterable[str]) -> str | None:
    """Return the known name nearest to ``name`` (difflib), or None when none is close."""
    close = difflib.get_close_matches(name, sorted(set(known)), n=1, cutoff=0.6)
    return close[0] if close else None


def explain(exc: BaseException, names: Iterable[str] = (), attributes: Iterable[str] = ()) -> Any:
    """Return what a failure inside a template means, as Words (a reportgen error is its own words).

    ``names`` and ``attributes`` are the ones the template could have used: a
    wrong one is answered with the nearest of them.
    """
    from jinja2 import TemplateNotFound, TemplateSyntaxError
    from jinja2.exceptions import SecurityError, UndefinedError

    from ..errors import ReportgenError

    if isinstance(exc, ReportgenError):
        return Caught.of(exc)
    text = str(exc)
    if isinstance(exc, SecurityError):
        unsafe = _UNSAFE.search(text)
        return Words.of("refused_internals", detail=unsafe.group(1) if unsafe else text)
    if isinstance(exc, UndefinedError):
        undefined, missing = _UNDEFINED.search(text), _NO_ATTRIBUTE.search(text)
        if missing:
            name = missing.group(1)
            return Words.of("no_item", name=name, suggestion=suggestion(nearest(name, attributes)))
        if undefined:
            name = undefined.group(1)
            return Words.of("no_name", name=name, suggestion=suggestion(nearest(name, names)))
        return Words.of("no_value", detail=text)
    if isinstance(exc, TemplateSyntaxError):
        return syntax_words(exc.message or text)
    if isinstance(exc, TemplateNotFound):
        return Words.of("template_not_found", name=exc.name)
    return Words.of("render_failed", detail=f"{type(exc).__name__}: {text}")


class ProblemLines(tuple):
    """Problems shown one a line, indented: an error's value said in the language current when it is shown."""

    def __str__(self) -> str:
        return "\n".join(f"  {problem}" for problem in self)
