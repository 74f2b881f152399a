"""The batch a comparison is built from: readable articles, each counted once.

A report sent twice (the same bytes, or the same article inside two files)
must not double any count, so duplicates are dropped here and flagged.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from ..reasons import reason_zh, status_zh
from ..records import Article, Extraction
from .corrections import Correction, Corrections
from .quality import flag
from .rules import AggregateRules, UnitRules
from .relevance import article_text, not_campaign_reason
from .units import UnitNames, is_unit_name, named_place, place_is_not_the_reporter, without_place


@dataclass
class Item:
    """One article kept for comparison, with where it came from.

    ``identified`` is False when the text does not say which organisation
    reports: the row then carries a placeholder name and asks for the editor's word.
    """

    document: str
    sha256: str | None
    index: int
    article: Article
    unit_as_written: str
    identified: bool = True
    by_editor: bool = False  # the unit is the editor's correction


EXCLUDED_COLUMNS = ["document", "article", "title", "unit_as_written", "reason"]
UNIDENTIFIED = "（待确认单位{n}）"


def fingerprint(article: Article) -> str | None:
    """Return a content hash of an article (unit, title, body, measures, figures), or None if it is empty."""
    parts = [f"{article.unit}|{article.title or ''}", *article.paragraphs, *(m.title for m in article.measures),
             *(f"{f.text}|{f.sentence}" for f in article.figures)]
    if not any(parts[1:]):
        return None
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def select(extractions: list[Extraction], rules: AggregateRules, corrections: Corrections | None = None,
           applied: list[Correction] | None = None) -> tuple[list[Item], list[dict[str, Any]], list[dict[str, Any]]]:
    """Return the articles to compare (each once), the articles that are no row (with why), and flags.

    The editor's ``corrections`` say an article is (not) a row and which unit
    it is; each one used is appended to ``applied``.
    """
    corrections = corrections or Corrections()
    applied = applied if applied is not None else []
    items: list[Item] = []
    excluded: list[dict[str, Any]] = []
    flags: list[dict[str, Any]] = []
    seen_docs: dict[str, str] = {}
    seen_articles: dict[str, str] = {}
    unnamed = 0
    for extraction in extractions:
        source = extraction.source
        if source.status != "ok":
            flags.append(flag("not_read", f"文件未纳入比较（{status_zh(source.status)}）：{reason_zh(source) or '无原因'}",
                              severity="info", document=source.path))
            continue
        if source.sha256 and source.sha256 in seen_docs:
            flags.append(flag("duplicate_document", f"与“{seen_docs[source.sha256]}”内容完全相同，重复报送，只计一次",
                              document=source.path))
            continue
        if source.sha256:
            seen_docs[source.sha256] = source.path
        for index, article in enumerate(extraction.articles):
            title = article.title or "（无标题）"
            key = fingerprint(article)
            if key and key in seen_articles:
                reason = f"已见于“{seen_articles[key]}”，重复报送，只计一次"
                flags.append(flag("duplicate_article", f"文章“{title}”{reason}", unit=article.unit,
                                  document=source.path))
                excluded.append({"document": source.path, "article": index, "title": article.title,
                                 "unit_as_written": article.unit, "reason": reason})
                continue
            if key:
                seen_articles[key] = source.path
            include = corrections.article("include", article.unit, article.title)
            if include is not None:
                applied.append(include)
            reason = not_campaign_reason(article, rules.relevance) if include is None else (
                None if include.value else "编辑更正：不是单位的活动报道")
            if reason:
                excluded.append({"document": source.path, "article": index, "title": article.title,
                                 "unit_as_written": article.unit, "reason": reason})
                continue
            renamed = corrections.article("unit", article.unit, article.title)
            if renamed is not None:
                applied.append(renamed)
            elsewhere = renamed is None and place_is_not_the_reporter(
                article.unit, f"{article.title or ''}\n{article_text(article)}", rules.units)
            identified = renamed is not None or (is_unit_name(article.unit, rules.units) and not elsewhere)
            written = renamed.value if renamed is not None else article.unit if identified else None
            if written is None:
                unnamed += 1
                written = UNIDENTIFIED.format(n=unnamed)
                seen = (f"（文中自称本单位，“{article.unit}”只是所在地）" if elsewhere
                        else f"（识别出的“{article.unit}”不像单位名称）" if article.unit else "")
                flags.append(flag("no_unit", f"文中看不出文章“{title}”的报送单位{seen}，暂列为“{written}”，请编辑确认",
                                  unit=written, document=source.path))
            items.append(Item(document=source.path, sha256=source.sha256, index=index, article=article,
                              unit_as_written=written, identified=identified, by_editor=renamed is not None))
    return items, excluded, flags


def tell_apart(items: list[Item], names: UnitNames, rules: UnitRules) -> list[dict[str, Any]]:
    """Leave to the editor the units that reports of different files name by kind only (镇党委, 县财政局).

    Two files that both write 镇党委 come from one town only when they name
    the same place (their locality); otherwise nothing tells which town
    each is, so neither is merged with the other: each file's articles
    become a row that asks for the editor's word. Returns the flags saying so.
    """
    by_key: dict[str, dict[str, list[Item]]] = {}
    for item in items:
        if item.identified and not item.by_editor:
            key = names.key(item.unit_as_written)[0]
            if without_place(key, rules):
                by_key.setdefault(key, {}).setdefault(item.document, []).append(item)
    unnamed = sum(not i.identified for i in items)
    flags = []
    for files in by_key.values():
        places = {named_place(i.article.locality, rules) for group in files.values() for i in group}
        if len(files) < 2 or (len(places) == 1 and None not in places):
            continue
        for document, group in files.items():
            unnamed += 1
            placeholder = UNIDENTIFIED.format(n=unnamed)
            written = group[0].unit_as_written
            for item in group:
                item.unit_as_written, item.identified = placeholder, False
            flags.append(flag("no_unit", f"文中只写“{written}”，没写是哪里的；本批另有{len(files) - 1}份报告也这样写，"
                                         f"不能当作同一单位，暂列为“{placeholder}”，请编辑确认",
                              unit=placeholder, document=document))
    return flags
