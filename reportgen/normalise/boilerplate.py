"""Web boilerplate: the page header's date and source, then every furniture line.

Scraped pages carry lines that belong to no article: server errors,
breadcrumbs, "我来说两句", editor and share lines, footers, and a trailing
"相关新闻" block of links. The patterns live in ``boilerplate.toml`` and match either script (these
passes run before the script conversion). Two passes:

* ``read_page_header`` keeps what the page header says about the report (its
  date and publication) in ``document.meta`` before the line is dropped;
* ``drop_boilerplate`` removes the furniture lines and the trailing link block.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..nodes import Block, Document, Heading, ListBlock, Para, Text
from ..required_chars import required_chars
from .data import ToTraditional, any_of, both_scripts, load_table

# (the year's first two digits are matched before the digit that must not precede them is looked behind
# for: a pattern opening with them lets the regex engine skip to a 1 or 2, not try a match at every offset)
_DATE = re.compile(
    r"((?:19|20)(?<!\d..)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
_SITE = re.compile(r"(?i)(?<![\w.])(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?")
_SENTENCE_END = re.compile("[。！？!?]")
# Navigation steps are names: no sentence, clause or quotation marks in them.
_NOT_IN_BREADCRUMB = re.compile("[。！？!?，,、；;“”《》]")


@dataclass(frozen=True)
class BoilerplatePatterns:
    """The compiled form of ``boilerplate.toml``."""

    full: re.Pattern[str]  # each table of line patterns as one alternation (``data.any_of``)
    short: re.Pattern[str]
    short_max: int
    notice: re.Pattern[str]
    notice_max: int
    #: characters every notice holds one of (``required_chars``), or None: a line holding none is no notice
    notice_needs: frozenset[str] | None
    phrases_only: re.Pattern[str]
    breadcrumb_separator: re.Pattern[str]
    breadcrumb_min_steps: int
    breadcrumb_step_max: int
    markers: frozenset[str]
    link_max: int
    field: re.Pattern[str]
    source_labels: frozenset[str]
    author_labels: frozenset[str]
    author_name_max: int
    author_not_names: frozenset[str]
    evidence_labels: frozenset[str]
    phrases: re.Pattern[str]
    separators: re.Pattern[str]
    owner: re.Pattern[str]
    header_max: int
    leading_label: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def load_boilerplate_patterns(to_traditional: ToTraditional) -> BoilerplatePatterns:
    """Return the boilerplate patterns of ``boilerplate.toml``, compiled, in both scripts."""
    def both(words: list[str]) -> list[str]:
        return both_scripts(words, to_traditional)

    table = load_table("boilerplate")
    lines, trailing, header = table["lines"], table["trailing"], table["header"]
    phrases = _alternation(both(lines["phrases"]))
    separators = lines["phrase_separators"]
    source_labels = both(header["source_labels"])
    date_labels = both(header["date_labels"])
    evidence_labels = both(header["evidence_labels"])
    author_labels = both(header["author_labels"])
    labels = _alternation(source_labels + date_labels + evidence_labels + author_labels + both(header["other_labels"]))
    owner = re.compile(rf"(?:{_alternation(both(header['owner_labels']))})\s*[:：]?\s*(?:©|\(c\)|Copyright)?\s*"
                       r"([\u4e00-\u9fff]{4,30})")
    notice = any_of(both(lines["notice"]))
    return BoilerplatePatterns(
        full=any_of(both(lines["full"])),
        short=any_of(both(lines["short"])),
        short_max=lines["short_max"],
        notice=notice,
        notice_max=lines["notice_max"],
        notice_needs=required_chars(notice),
        phrases_only=re.compile(rf"(?:{separators}*(?:{phrases}))+{separators}*"),
        breadcrumb_separator=re.compile(lines["breadcrumb_separators"]),
        breadcrumb_min_steps=lines["breadcrumb_min_steps"],
        breadcrumb_step_max=lines["breadcrumb_step_max"],
        markers=frozenset(both(trailing["markers"])),
        link_max=trailing["link_max"],
        # "来源:泉州晚报": a label, a colon, a value up to the next blank
        field=re.compile(rf"(?<![\u4e00-\u9fff])({labels})\s*[:：]\s*((?:(?!(?:{labels})\s*[:：])[^\s:：])*)"),
        source_labels=frozenset(source_labels),
        author_labels=frozenset(author_labels),
        author_name_max=header["author_name_max"],
        author_not_names=frozenset(both(header["author_not_names"])),
        evidence_labels=frozenset(evidence_labels),
        phrases=re.compile(phrases),
        separators=re.compile(separators),
        owner=owner,
        header_max=header["header_max"],
        leading_label=re.compile(rf"\s*(?:【\s*(?:{_alternation(both(lines['leading_labels']))})\s*】\s*[:：]?"
                                 rf"|(?:{_alternation(both(lines['leading_labels']))})\s*[:：])\s*"),
    )


# -- the page header --------------------------------------------------------

@dataclass(frozen=True)
class PageHeader:
    """What a page-header line says: its date (ISO), its publication and its writers, when given."""

    date: str | None
    source: str | None
    authors: tuple[str, ...] = ()


def _iso(m: re.Match[str]) -> str | None:
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def parse_page_header(text: str, p: BoilerplatePatterns) -> PageHeader | None:
    """Return the fields of ``text`` when it is a page-header line, else None.

    A header line holds at least one evidence label (``来源``, ``发布时间``,
    ``责任编辑`` …) or a site address beside a date, and nothing else but
    labelled fields, dates, addresses and furniture phrases; so a body
    sentence that mentions ``资金来源：`` is never taken for one.
    """
    if len(text) > p.header_max or _SENTENCE_END.search(text):
        return None
    fields = p.field.findall(text)
    dates = list(_DATE.finditer(text))
    has_site = bool(_SITE.search(text))
    if not any(label in p.evidence_labels for label, _ in fields) and not (has_site and dates):
        return None
    rest = _DATE.sub(" ", text)
    rest = p.field.sub(" ", rest)
    rest = _SITE.sub(" ", rest)
    rest = p.phrases.sub(" ", rest)
    if p.separators.sub("", rest).strip():
        return None
    source = next((value.strip("()（）[]【】<>《》") or None for label, value in fields if label in p.source_labels and value), None)
    iso = next((d for d in map(_iso, dates) if d), None)
    authors = next((names for label, value in fields if label in p.author_labels
                    and (names := _person_names(value, p))), ())
    return PageHeader(date=iso, source=source, authors=authors)


def _person_names(value: str, p: BoilerplatePatterns) -> tuple[str, ...]:
    """Return the names an author field lists (张三、李四), or () when any of them is no person's name
    (an office, a site: longer than ``author_name_max`` characters, not written in Chinese characters,
    or one of ``author_not_names``)."""
    names = [n for n in re.split(r"[、,，;；/]+", value.strip("()（）[]【】")) if n]
    if names and all(re.fullmatch(rf"[\u4e00-\u9fff·]{{2,{p.author_name_max}}}", n) and n not in p.author_not_names
                     for n in names):
        return tuple(names)
    return ()


def read_page_header(document: Document, patterns: BoilerplatePatterns) -> Document:
    """Return ``document`` with ``meta["date"]``/``meta["source"]``/``meta["header_authors"]`` from its page header,
    and ``meta["owner"]``, who runs the site, from its footer (版权所有：…).

    Only header lines count (see ``parse_page_header``); values the document
    already has (set by a reader from HTML metadata) are kept.
    """
    meta = dict(document.meta)
    for block in document.blocks:
        if not isinstance(block, Para):
            continue
        text = block.text
        owner = patterns.owner.search(text) if len(text) <= patterns.header_max else None
        if owner and "owner" not in meta:
            meta["owner"] = owner.group(1)
        header = parse_page_header(text, patterns)
        if header is None:
            continue
        if header.date and "date" not in meta:
            meta["date"] = header.date
        if header.source and "source" not in meta:
            meta["source"] = header.source
        if header.authors and "header_authors" not in meta:
            meta["header_authors"] = " ".join(header.authors)
    return document.renewed(meta=meta)


# -- furniture lines ---------------------------------------------------------

def is_boilerplate(text: str, p: BoilerplatePatterns) -> bool:
    """Return whether a paragraph's text is page furniture (see ``boilerplate.toml``)."""
    text = text.strip()
    if not text:
        return False
    if p.full.fullmatch(text):
        return True
    if len(text) <= p.short_max and p.short.search(text):
        return True
    if len(text) <= p.notice_max and _may_hold(text, p.notice_needs) and p.notice.search(text):
        return True
    if p.phrases_only.fullmatch(text):
        return True
    if _is_breadcrumb(text, p):
        return True
    return parse_page_header(text, p) is not None


def _may_hold(text: str, needs: frozenset[str] | None) -> bool:
    """Return whether ``text`` holds one of the characters a pattern needs (None: it needs none in particular).

    A few ``in`` tests of single characters run through the text in C; the pattern's search would try a
    match at every offset (a notice opens with a group, giving the regex engine no first character to
    skip to), and nine lines in ten hold none of what a notice needs (本, 如, 侵).
    """
    return needs is None or any(char in text for char in needs)


def _is_breadcrumb(text: str, p: BoilerplatePatterns) -> bool:
    steps = [s.strip() for s in p.breadcrumb_separator.split(text)]
    return (
        len(steps) > p.breadcrumb_min_steps
        and all(0 < len(s) <= p.breadcrumb_step_max for s in steps)
        and not _NOT_IN_BREADCRUMB.search(text)
    )


def _is_marker(block: Block, p: BoilerplatePatterns) -> bool:
    return isinstance(block, (Para, Heading)) and block.text.strip(" :：") in p.markers


def _is_link_line(block: Block, p: BoilerplatePatterns) -> bool:
    """Return whether ``block`` looks like an entry of a link list (a title, maybe dated)."""
    if isinstance(block, ListBlock):
        return True
    if not isinstance(block, (Para, Heading)):
        return False
    text = block.text
    return is_boilerplate(text, p) or (len(text) <= p.link_max and not _SENTENCE_END.search(text))


def drop_boilerplate(document: Document, patterns: BoilerplatePatterns) -> Document:
    """Return ``document`` without furniture lines and without a trailing link block.

    A "相关新闻" marker followed only by link lines ends the report: the marker
    and all after it go. A marker followed by body text loses only itself.
    """
    blocks = list(document.blocks)
    for i, block in enumerate(blocks):
        if _is_marker(block, patterns) and all(_is_link_line(b, patterns) for b in blocks[i + 1:]):
            blocks = blocks[:i]
            break
    kept = tuple(_without_leading_label(b, patterns) for b in blocks
                 if not (isinstance(b, (Para, Heading)) and is_boilerplate(b.text, patterns)))
    return document.renewed(kept)


def _without_leading_label(block: Block, p: BoilerplatePatterns) -> Block:
    """Return a paragraph without the page's label before its abstract (摘要:…), when its text goes on after it."""
    if not (isinstance(block, Para) and block.content and isinstance(block.content[0], Text)):
        return block
    first = block.content[0].text
    label = p.leading_label.match(first)
    if label is None or not first[label.end():].strip():
        return block
    return Para((Text(first[label.end():]), *block.content[1:]), block.role)
