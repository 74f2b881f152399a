"""Find every problem in a Word template's tags and say where it is in the document.

Jinja reports a line of the XML docxtpl feeds it, which tells a person
working in Word nothing. So the tags are first collected in document order
with their place (``第12段“（{{ loop.index|cn }}）…”``, ``第1个表格第3行第2列``,
``页眉第1段``) and written one per line into a *skeleton* template: the same
tags, docxtpl's ``p``/``tr``/``tc``/``r`` prefixes removed, no text between
them. Control flow and values are the same as in the document, so a syntax
error, an undefined name or a refused attribute on skeleton line N is the
N-th tag, and its message can name the paragraph and suggest the nearest
known name (difflib). Places and problems are codes and values
(``template_problems``), said in the reader's language when shown.

Checks, each reporting all it finds:

* a ``{%p %}`` tag sharing its paragraph with text (docxtpl deletes that text);
* each ``{{ }}`` tag compiled on its own (every broken expression);
* the whole skeleton compiled (unclosed or stray block tags: the first one);
* every name read that the context, the globals and the template's own
  ``for``/``set``/macro names do not provide;
* every attribute starting with ``_`` (Python internals; the sandbox refuses them);
* the skeleton rendered against the real values (a missing dict key, a
  refused attribute, a bad filter argument: the first one).
"""
from __future__ import annotations

import re
import traceback
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .tag_repair import TAG, W_NS, paragraph_texts
from .template_problems import Problem, Words, explain, in_tag, nearest, suggestion, syntax_words

__all__ = ["Problem", "TagSite", "TemplateChecker", "collect_sites", "jinja_text", "skeleton"]

SKELETON_NAME = "<template>"  # the file name Jinja gives a template made from a string
_PREFIX = re.compile(r"^\{([{%#])(?:tr|tc|p|r) ")
_SPECIAL_VALUE = re.compile(r"^\{%\s*(?:colspan|cellbg)\s+(.*?)\s*%\}$", re.DOTALL)
_SPECIAL_EMPTY = re.compile(r"^\{%\s*(?:vm|hm)\s*%\}$")
_PARAGRAPH_TAG = re.compile(r"^\{[%#]p ")
UNFINISHED = re.compile(r"\{([{%#]).*")
CLOSERS = {"{": "}}", "%": "%}", "#": "#}"}
_BLOCK_KEYWORD = re.compile(r"^\{%-?\s*(\w+)")
_OPENING = re.compile(r"^\{%-?\s*(?:(p|tr|tc|r)\s+)?(\w+)")  # a block tag as typed: docxtpl's prefix, its keyword
_OPENERS = {"for", "if", "macro", "call", "filter", "with", "block", "raw", "autoescape"}
_NEEDS_CLOSING = ("unexpected end of template", "needs to be closed")
FIRST_WORDS = 16
DICT_METHODS = ("get", "items", "keys", "values")
MAX_RENDER_PROBLEMS = 20
GUARD_TESTS = ("defined", "undefined")  # `x is defined` asks about a name that may be missing
GUARD_FILTERS = ("default", "d")        # `x | default("")` supplies one

@dataclass(frozen=True)
class TagSite:
    """One tag as found in the document: its text, what Jinja is given, where it is (Words, or a file's name)."""

    tag: str
    jinja: str
    place: Any

    @property
    def where(self) -> str:
        """The place, in the language messages are in now."""
        from .template_problems import say

        return say(self.place)


def jinja_text(tag: str) -> str:
    """Return what Jinja sees for a docxtpl tag (prefixes and cell tags as docxtpl rewrites them)."""
    tag = tag.replace("\n", " ")
    special = _SPECIAL_VALUE.match(tag)
    if special:
        return "{{ " + special.group(1) + " }}"
    if _SPECIAL_EMPTY.match(tag):
        return ""
    return _PREFIX.sub(lambda m: "{" + m.group(1) + " ", tag)


def first_words(text: str) -> str:
    text = text.strip()
    return text if len(text) <= FIRST_WORDS else text[:FIRST_WORDS] + "…"


def _text(paragraph) -> str:
    return "".join(t.text or "" for t in paragraph_texts(paragraph))


def _cell_place(paragraph, tables: dict, part: Words | None) -> Words | None:
    """Return the place of a paragraph in a table cell (table, row, column), else None."""
    cell = next((a for a in paragraph.iterancestors(f"{{{W_NS}}}tc")), None)
    if cell is None:
        return None
    row = cell.getparent()
    table = row.getparent()
    r = [el for el in table if el.tag == f"{{{W_NS}}}tr"].index(row) + 1
    c = [el for el in row if el.tag == f"{{{W_NS}}}tc"].index(cell) + 1
    if part is None:
        return Words.of("cell", table=tables[table], row=r, column=c)
    return Words.of("part_cell", part=part, table=tables[table], row=r, column=c)


def _paragraph_place(number: int, text: str, part: Words | None) -> Words:
    if part is None:
        return Words.of("paragraph", n=number, start=first_words(text))
    return Words.of("part_paragraph", part=part, n=number, start=first_words(text))


def collect_sites(parts: Iterable[tuple[str, Any]]) -> tuple[list[TagSite], list[Problem]]:
    """Return the tags of every part in document order, and the layout problems found on the way.

    ``parts`` are (label, root) pairs: label ``""`` for the body, ``header``/``footer`` for the others.
    """
    sites: list[TagSite] = []
    problems: list[Problem] = []
    for label, root in parts:
        part = Words.of(label) if label else None
        tables = {t: n for n, t in enumerate(root.iter(f"{{{W_NS}}}tbl"), 1)}
        number = 0
        for paragraph in root.iter(f"{{{W_NS}}}p"):
            text = _text(paragraph)
            place = _cell_place(paragraph, tables, part)
            if place is None:
                number += 1
                place = _paragraph_place(number, text, part)
            tags = [m.group(0) for m in TAG.finditer(text)]
            sites += [TagSite(t, jinja_text(t), place) for t in tags]
            paragraph_tags = [t for t in tags if _PARAGRAPH_TAG.match(t)]
            rest = TAG.sub("", text).strip()
            unfinished = UNFINISHED.search(rest)
            if unfinished:
                problems.append(Problem(place, Words.of("unfinished_tag", start=first_words(unfinished.group(0)),
                                                        closer=CLOSERS[unfinished.group(1)])))
            if paragraph_tags and rest:
                problems.append(Problem(place, Words.of("text_beside_paragraph_tag", tag=paragraph_tags[0],
                                                        rest=first_words(rest))))
    return sites, problems


def skeleton(sites: list[TagSite]) -> str:
    """Return the tags one per line: line N is ``sites[N-1]``."""
    return "\n".join(site.jinja for site in sites)


def _site_at(sites: list[TagSite], lineno: int | None) -> TagSite | None:
    if lineno is None or not 1 <= lineno <= len(sites):
        return None
    return sites[lineno - 1]


def _open_block(sites: list[TagSite], lineno: int) -> TagSite | None:
    """Return the innermost block tag still open before skeleton line ``lineno`` (where it began)."""
    stack: list[TagSite] = []
    for site in sites[:lineno - 1]:
        keyword = _BLOCK_KEYWORD.match(site.jinja)
        if not keyword:
            continue
        word = keyword.group(1)
        if word in _OPENERS or (word == "set" and "=" not in site.jinja):
            stack.append(site)
        elif word.startswith("end") and stack:
            stack.pop()
    return stack[-1] if stack else None


def _unclosed_block(exc, sites: list[TagSite]) -> TagSite | None:
    """Return the block tag left open when that is the syntax error's trouble, else None."""
    if not any(text.lower() in exc.message.lower() for text in _NEEDS_CLOSING):
        return None
    return _open_block(sites, exc.lineno or len(sites) + 1)


def _end_tag(opened: TagSite) -> str:
    """Return the tag that closes ``opened``, in its own kind (``{%p endfor %}`` for ``{%p for … %}``)."""
    match = _OPENING.match(opened.tag)
    prefix, word = (match.group(1), match.group(2)) if match else (None, "block")
    return "{%" + (f"{prefix} " if prefix else " ") + f"end{word} %}}"


def _keys(value: Any, depth: int = 0, out: set[str] | None = None) -> set[str]:
    """Return every dict key reachable in ``value`` (a few items of each list are enough)."""
    out = set() if out is None else out
    if depth > 5:
        return out
    if isinstance(value, Mapping):
        for k, v in value.items():
            out.add(str(k))
            _keys(v, depth + 1, out)
    elif isinstance(value, (list, tuple)):
        for item in value[:3]:
            _keys(item, depth + 1, out)
    return out


class TemplateChecker:
    """Check a Word template's tags against one environment and the names a render provides."""

    def __init__(self, env, values: Mapping[str, Any]):
        self.env, self.values = env, values
        self.attributes = _keys(values) | set(DICT_METHODS)

    def problems(self, sites: list[TagSite]) -> list[Problem]:
        """Return every problem, in document order of the tags (no document is written)."""
        found, tree = self._compile(sites)
        if tree is None:
            return [found[k] for k in sorted(found)]
        for n, problem in self._static(tree, sites):
            found.setdefault(n, problem)
        if not all(sites[n].jinja.startswith("{{") for n in found):
            return [found[k] for k in sorted(found)]  # a broken block tag: what a render does next is unknown
        for n, problem in self.render_problems(sites, set(found)):
            found.setdefault(n, problem)
        return [found[k] for k in sorted(found)]

    def compile_problems(self, sites: list[TagSite]) -> list[Problem]:
        """Return the syntax problems only (no values needed): for checking before any input is read."""
        found, _tree = self._compile(sites)
        return [found[k] for k in sorted(found)]

    def _compile(self, sites: list[TagSite]) -> tuple[dict[int, Problem], Any]:
        """Return syntax problems by tag index, and the parsed skeleton (None when it does not compile)."""
        from jinja2 import TemplateSyntaxError

        found: dict[int, Problem] = {}
        for n, site in enumerate(sites):
            if site.jinja.startswith("{{"):
                try:
                    self.env.parse(site.jinja)
                except TemplateSyntaxError as exc:
                    found[n] = Problem(site.place, in_tag(site.tag, syntax_words(exc.message)))
        # tags already found broken are left out, so the rest is still compiled, checked and rendered
        lines = ["" if n in found else site.jinja for n, site in enumerate(sites)]
        try:
            return found, self.env.parse("\n".join(lines))
        except TemplateSyntaxError as exc:
            opened = _unclosed_block(exc, sites)
            if opened is not None:  # named where it began: where Jinja noticed is only where the text ran out
                found.setdefault(sites.index(opened), Problem(opened.place, in_tag(
                    opened.tag, Words.of("no_end_tag", end=_end_tag(opened)))))
                return found, None
            site = _site_at(sites, exc.lineno)
            message = syntax_words(exc.message)
            if site is None:
                found[len(sites)] = Problem(Words.of("template_end"), message)
            else:
                found.setdefault(exc.lineno - 1, Problem(site.place, in_tag(site.tag, message)))
            return found, None

    def _static(self, tree, sites: list[TagSite]) -> list[tuple[int, Problem]]:
        """Return names read but never provided, and attributes reaching Python internals."""
        from jinja2 import nodes

        bound = {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
        bound |= {m.name for m in tree.find_all(nodes.Macro)} | {"loop", "caller", "varargs", "kwargs"}
        bound |= {i.target for i in tree.find_all(nodes.Import)}  # {% import "x" as m %}
        bound |= {n if isinstance(n, str) else n[1] for i in tree.find_all(nodes.FromImport) for n in i.names}
        known = set(self.values) | set(self.env.globals) | bound
        # a name the template asks about (`x is defined`) may be missing anywhere; `x | default(…)` there only
        known |= {t.node.name for t in tree.find_all(nodes.Test)
                  if t.name in GUARD_TESTS and isinstance(t.node, nodes.Name)}
        defaulted = {id(f.node) for f in tree.find_all(nodes.Filter) if f.name in GUARD_FILTERS}
        out = []
        for node in tree.find_all(nodes.Name):
            if node.ctx == "load" and node.name not in known and id(node) not in defaulted:
                site = _site_at(sites, node.lineno)
                if site:
                    out.append((node.lineno - 1, Problem(site.place, Words.of(
                        "unknown_name_in_tag", tag=site.tag, name=node.name,
                        suggestion=suggestion(nearest(node.name, known))))))
        internals: dict[int, list[str]] = {}
        for node in tree.find_all(nodes.Getattr):
            if node.attr.startswith("_"):
                internals.setdefault(node.lineno, []).insert(0, node.attr)  # outermost first found: reverse
        for lineno, attrs in internals.items():
            site = _site_at(sites, lineno)
            if site:
                out.append((lineno - 1, Problem(site.place, in_tag(
                    site.tag, Words.of("refused_underscore", attributes=tuple(dict.fromkeys(attrs)))))))
        return out

    def render_problems(self, sites: list[TagSite], known: set[int]) -> list[tuple[int, Problem]]:
        """Render the skeleton against the values; return its failures, located.

        A failing ``{{ }}`` tag is left out and the render tried again, so one
        run reports every bad value; a failing block tag ends the search, as
        what follows it depends on it. Tags in ``known`` (already reported) are
        left out from the start.
        """
        def printed(n: int) -> bool:
            return sites[n].jinja.startswith("{{")

        skip, out = set(known), []
        while len(out) <= MAX_RENDER_PROBLEMS:
            lines = [("" if n in skip else site.jinja) for n, site in enumerate(sites)]
            try:
                self.env.from_string("\n".join(lines)).render(**self.values)
                return out
            except Exception as exc:  # noqa: BLE001 - any failure of a user's template is reported, located
                problem, lineno = self.locate(exc, sites), self.lineno(exc)
                out.append((lineno - 1 if lineno else len(sites), problem))
                if lineno is None or not printed(lineno - 1) or (lineno - 1) in skip:
                    return out
                skip.add(lineno - 1)
        return out

    @staticmethod
    def lineno(exc: BaseException) -> int | None:
        """Return the skeleton line a render failure happened on (the innermost template frame)."""
        lineno = getattr(exc, "lineno", None)
        for frame in traceback.extract_tb(exc.__traceback__):
            if frame.filename == SKELETON_NAME:
                lineno = frame.lineno
        return lineno

    def locate(self, exc: BaseException, sites: list[TagSite]) -> Problem:
        """Return ``exc`` as a Problem naming its tag's place (from the template frame it passed through)."""
        site = _site_at(sites, self.lineno(exc))
        if site is None:
            return Problem(Words.of("template"), self.explain(exc))
        return Problem(site.place, in_tag(site.tag, self.explain(exc)))

    def explain(self, exc: BaseException) -> Any:
        """Return what went wrong (Words), with the nearest known name when a name is wrong."""
        return explain(exc, set(self.values) | set(self.env.globals), self.attributes)
