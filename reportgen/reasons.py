"""Why an input file was not read, said in Chinese for the briefings.

Ingest writes one English sentence a user can act on (it is the export's and
the command line's ``error``); the documents, read by an office, show the
Chinese sentence of ``reasons.toml`` that matches it, else the original. Like
``records``, this is vocabulary every later stage may read.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .resources import load_data


@lru_cache(maxsize=1)
def _reasons() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Return the (pattern, Chinese sentence) pairs, in the table's order."""
    data = load_data("reasons.toml")
    return tuple((re.compile(r["match"]), r["zh"]) for r in data["reasons"])


STATUS_ZH = {"ok": "已读取", "skipped": "已跳过", "error": "读取失败"}


def status_zh(status: str) -> str:
    """Return the Chinese word for a source status (the status itself if unknown)."""
    return STATUS_ZH.get(status, status)


def reason_zh(reason: str | None) -> str:
    """Return the Chinese statement of an ingest reason ("" for none; the reason itself if unknown)."""
    if not reason:
        return ""
    for pattern, zh in _reasons():
        m = pattern.search(reason)
        if m:
            return m.expand(zh)  # a group the pattern names may be quoted: \g<first>
    return reason
