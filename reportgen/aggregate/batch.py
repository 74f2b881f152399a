"""The batch a comparison is built from: readable articles, each counted once.

A report sent twice (the same bytes, or the same article inside two files)
must not double any count, so duplicates are dropped here and flagged.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..reasons import reason_zh, status_zh
from ..records import Article, Extraction
from .quality import flag


@dataclass
class Item:
    """One article kept for comparison, with where it came from."""

    document: str
    sha256: str | None
    index: int
    article: Article
    unit_as_written: str


def fingerprint(article: Article) -> str | None:
    """Return a content hash of an article (unit, title, body, measures, figures), or None if it is empty."""
    parts = [f"{article.unit}|{article.title or ''}", *article.paragraphs, *(m.title for m in article.measures),
             *(f"{f.text}|{f.sentence}" for f in article.figures)]
    if not any(parts[1:]):
        return None
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def fallback_unit(article: Article, document: str) -> str:
    """Return the name an article with no unit is listed under: its locality, else its file."""
    return article.locality or f"（未识别单位：{Path(document).name}）"


def select(extractions: list[Extraction]) -> tuple[list[Item], list[dict[str, Any]]]:
    """Return the articles to compare, each once, and the flags for what was left out."""
    items: list[Item] = []
    flags: list[dict[str, Any]] = []
    seen_docs: dict[str, str] = {}
    seen_articles: dict[str, str] = {}
    for extraction in extractions:
        source = extraction.source
        if source.status != "ok":
            flags.append(flag("not_read", f"文件未纳入比较（{status_zh(source.status)}）：{reason_zh(source.error) or '无原因'}",
                              severity="info", document=source.path))
            continue
        if source.sha256 and source.sha256 in seen_docs:
            flags.append(flag("duplicate_document", f"与“{seen_docs[source.sha256]}”内容完全相同，重复报送，只计一次",
                              document=source.path))
            continue
        if source.sha256:
            seen_docs[source.sha256] = source.path
        for index, article in enumerate(extraction.articles):
            key = fingerprint(article)
            if key and key in seen_articles:
                flags.append(flag("duplicate_article",
                                  f"文章“{article.title or '（无标题）'}”已见于“{seen_articles[key]}”，重复报送，只计一次",
                                  unit=article.unit, document=source.path))
                continue
            if key:
                seen_articles[key] = source.path
            written = article.unit or fallback_unit(article, source.path)
            if not article.unit:
                flags.append(flag("no_unit", f"未能识别文章“{article.title or '（无标题）'}”的报送单位，暂列为“{written}”",
                                  unit=written, document=source.path))
            items.append(Item(document=source.path, sha256=source.sha256, index=index, article=article,
                              unit_as_written=written))
    return items, flags
