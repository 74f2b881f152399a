"""The extraction model: what one input file yields, and its JSON export.

These are the objects every later stage reads. The JSON export in
``shared/spec/extract-output.md`` is exactly these objects, so ``to_export``
and ``from_export`` are the one place that contract is written down in code.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any, Literal, TextIO

from .reasons import Reason

Status = Literal["ok", "skipped", "error"]

WHOLE = "whole"
"""``Figure.scope`` of a figure that counts the whole reporting unit (a table's 合计 row)."""


@dataclass
class Source:
    """One input path and what became of it: every input appears exactly once."""

    path: str
    sha256: str | None = None
    encoding: str | None = None
    format: str | None = None
    status: Status = "ok"
    error: str | None = None
    """Why it was not read, in English (the export's and the API's sentence); ``reason`` is its code."""
    reason: Reason | None = None
    """Why it was not read, as a code and parameters: shown in any language (``reasons``)."""
    warning: Reason | None = None
    """Read, but repaired on the way (damaged bytes), as a code and parameters; exported only when set."""


    def refuse(self, status: Status, reason: Reason) -> None:
        """Record that this file was skipped or failed, and why."""
        self.status = status
        self.reason = reason
        self.error = reason.text("en")


@dataclass
class Figure:
    """A quantity stated in an article, with the sentence it came from."""

    text: str
    value: float
    value_max: float | None = None
    unit: str | None = ""  # None: a number written with no measure word (惠及100余万群众)
    qualifier: str | None = None
    object: str | None = None
    indicator: str | None = None
    sentence: str = ""
    scope: str | None = None
    """Which part of the reporting unit the figure counts, when its source says so: ``WHOLE``
    (a table's 合计/总计 row), or the part's name as its table row gives it (城关镇).
    None for a figure read from a sentence, whose sentence alone tells (共, 其中…)."""


@dataclass
class Measure:
    """One structured item of work: a section heading or an enumerated point."""

    title: str
    level: int = 1
    stage: str | None = None


@dataclass
class Article:
    """One article of an input file, with its metadata, measures and figures."""

    title: str | None = None
    unit: str | None = None
    locality: str | None = None
    date: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    framework: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    """What one input file yields: its source record and its articles."""

    source: Source
    articles: list[Article] = field(default_factory=list)


def _number(value: float | None) -> float | int | None:
    """Return whole numbers as int so the export reads 3077, not 3077.0."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _fields_of(record: Figure | Measure) -> dict[str, Any]:
    """Return a record's fields by name, in their order: ``asdict`` of a record whose fields are all
    plain values (text, numbers, None), without its deep copy of each."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


def figure_to_dict(figure: Figure) -> dict[str, Any]:
    """Return the export form of a figure."""
    d = _fields_of(figure)
    d["value"] = _number(figure.value)
    d["value_max"] = _number(figure.value_max)
    return d


def article_to_dict(article: Article, *, with_paragraphs: bool = False) -> dict[str, Any]:
    """Return the export form of an article (paragraphs only on request: they are bulky)."""
    d = {
        "title": article.title,
        "unit": article.unit,
        "locality": article.locality,
        "date": article.date,
        "source": article.source,
        "authors": list(article.authors),
        "framework": article.framework,
        "measures": [_fields_of(m) for m in article.measures],
        "figures": [figure_to_dict(f) for f in article.figures],
        "keywords": list(article.keywords),
    }
    if with_paragraphs:
        d["paragraphs"] = list(article.paragraphs)
    return d


def extraction_to_dict(extraction: Extraction, *, with_paragraphs: bool = False) -> dict[str, Any]:
    """Return the export form of one document."""
    s = extraction.source
    return {
        "path": s.path,
        "sha256": s.sha256,
        "encoding": s.encoding,
        "format": s.format,
        "status": s.status,
        "error": s.error,
        **({"reason": s.reason.to_dict()} if s.reason else {}),
        **({"warning": s.warning.text("en"), "warning_reason": s.warning.to_dict()} if s.warning else {}),
        "articles": [article_to_dict(a, with_paragraphs=with_paragraphs) for a in extraction.articles],
    }


def to_export(extractions: list[Extraction], *, with_paragraphs: bool = False) -> dict[str, Any]:
    """Return the whole JSON export (``extract-output.md``) as a plain dict, with its schema version."""
    from .contracts import stamp

    return stamp("extract", {"documents": [extraction_to_dict(e, with_paragraphs=with_paragraphs) for e in extractions]})


def from_export(data: dict[str, Any]) -> list[Extraction]:
    """Return extractions read back from an export dict (the inverse of ``to_export``)."""
    out = []
    for d in data.get("documents", []):
        source = Source(
            path=d["path"], sha256=d.get("sha256"), encoding=d.get("encoding"),
            format=d.get("format"), status=d.get("status", "ok"), error=d.get("error"), warning=_warning(d),
            reason=_reason(d),
        )
        articles = []
        for a in d.get("articles", []):
            articles.append(Article(
                title=a.get("title"), unit=a.get("unit"), locality=a.get("locality"),
                date=a.get("date"), source=a.get("source"), authors=list(a.get("authors") or []),
                framework=a.get("framework"), paragraphs=list(a.get("paragraphs") or []),
                measures=[Measure(**m) for m in a.get("measures", [])],
                figures=[Figure(**f) for f in a.get("figures", [])],
                keywords=list(a.get("keywords") or []),
            ))
        out.append(Extraction(source=source, articles=articles))
    return out


def _coded(document: dict[str, Any], code_key: str, text_key: str) -> Reason | None:
    """Return the reason an exported document carries under ``code_key``; an export without codes keeps its sentence."""
    if document.get(code_key):
        try:
            return Reason.from_dict(document[code_key])
        except KeyError:  # a code a newer reportgen wrote: its English sentence stays
            pass
    if document.get(text_key):
        return Reason.of("as_written", text=document[text_key])
    return None


def _warning(document: dict[str, Any]) -> Reason | None:
    """Return what was repaired to read an exported document."""
    return _coded(document, "warning_reason", "warning")


def _reason(document: dict[str, Any]) -> Reason | None:
    """Return the reason an exported document was not read."""
    return _coded(document, "reason", "error")


def write_export(extractions: Iterable[Extraction], out: TextIO, *, with_paragraphs: bool = False) -> None:
    """Write the JSON export of ``extractions`` to ``out`` as it goes, one document at a time.

    The text is the same as ``json.dumps(to_export(...), ensure_ascii=False,
    indent=2)``, but neither the whole export nor its text is ever held: each
    document is encoded piece by piece while the next is still being
    extracted, so an archive of any size, or one file with a huge number of
    figures, costs the memory of one document.
    """
    documents = iter(extractions)
    pending = next(documents, None)  # a run that fails at once (a bad taxonomy) writes nothing
    envelope = to_export([], with_paragraphs=with_paragraphs)
    placeholder = "documents go here"
    envelope["documents"] = placeholder
    head, tail = json.dumps(envelope, ensure_ascii=False, indent=2).split(json.dumps(placeholder), 1)
    line = head.rsplit("\n", 1)[-1]
    outer = " " * (len(line) - len(line.lstrip()))  # the indent of the documents key
    inner = outer + "  "
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
    out.write(head + ("[]" if pending is None else "[\n" + inner))
    while pending is not None:
        for chunk in encoder.iterencode(extraction_to_dict(pending, with_paragraphs=with_paragraphs)):
            out.write(chunk.replace("\n", "\n" + inner))  # JSON strings hold no raw newline
        pending = next(documents, None)
        out.write(",\n" + inner if pending is not None else "\n" + outer + "]")
    out.write(tail + "\n")
