"""The run summary: how many reports were read, skipped and failed and why, and what the issue became.

Printed after every ``build`` and ``extract`` so a clerk sees at once that a
folder was misspelt, that three files were Word lock files, or that this
week's build replaced an earlier one. A run in which no report could be read
is an error (``require_readable``): an empty briefing is never issued.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from .errors import NothingReadable
from .messages import N_, _, language
from .reasons import reason_text, warning_text
from .records import Extraction

LISTED = 20  # inputs named one by one when none could be read


def reason(extraction: Extraction) -> str:
    """Return why an input was not read, in the current language."""
    return reason_text(extraction.source) or _("no reason given")


def _reasons(extractions: list[Extraction]) -> str:
    counts = Counter(reason(e) for e in extractions)
    return _("; ").join(_("{reason}: {n}").format(reason=r, n=n) if len(counts) > 1 else r
                        for r, n in counts.items())


def counts_line(extractions: list[Extraction]) -> str:
    """Return ``读取 18 份，跳过 2 份（原因…），失败 1 份（原因…）``: zero counts after the first left out."""
    ok = [e for e in extractions if e.source.status == "ok"]
    skipped = [e for e in extractions if e.source.status == "skipped"]
    failed = [e for e in extractions if e.source.status not in ("ok", "skipped")]
    parts = [_("read {n}").format(n=len(ok))]
    if skipped:
        parts.append(_("skipped {n} ({reasons})").format(n=len(skipped), reasons=_reasons(skipped)))
    if failed:
        parts.append(_("failed {n} ({reasons})").format(n=len(failed), reasons=_reasons(failed)))
    return _(", ").join(parts)


def period_words(period: str) -> str:
    """Return a period for people: ``2014年第21周（5月19日—25日）`` or ``2014年5月``."""
    if "W" in period:
        year, week = (int(x) for x in period.split("-W"))
        start = dt.date.fromisocalendar(year, week, 1)
        end = start + dt.timedelta(days=6)
        if language() == "zh":
            tail = f"{end.day}日" if end.month == start.month else f"{end.month}月{end.day}日"
            return f"{year}年第{week}周（{start.month}月{start.day}日—{tail}）"
        return f"{year} week {week} ({start:%d %b} – {end:%d %b})"
    year, month = (int(x) for x in period.split("-"))
    return f"{year}年{month}月" if language() == "zh" else f"{dt.date(year, month, 1):%B %Y}"


def issue_line(recorded) -> str:
    """Return ``本期：2014年第21周（…），第1期，新建`` or ``…，重新印发（第2版），替换 … 的版本``."""
    head = _("This issue: {period}, No. {issue}").format(period=period_words(recorded.period),
                                                         issue=recorded.issue_no)
    if recorded.revision <= 1:
        return head + _(", new")
    return head + _(", re-issued (revision {revision}), replacing the version built {replaced}").format(
        revision=recorded.revision, replaced=local_time(recorded.replaced))


def period_note(recorded) -> str | None:
    """Return the warning that the period is today's week (no --period, no dated report), else None."""
    if recorded.period_from != "today":
        return None
    return _("Note: no --period was given and no report carries a date, so this issue was recorded as "
             "the current week; if that is wrong, build again with --period and remove this issue with "
             "'reportgen history remove {issue}'.").format(issue=recorded.issue_no)


def local_time(stamp: str | None) -> str:
    try:
        return dt.datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return str(stamp)


def repair_lines(extractions: list[Extraction]) -> list[str]:
    """Return one line for each report read only after repairing it (damaged bytes): check its text."""
    return [_("Note: {path}: {warning}").format(path=e.source.path, warning=warning_text(e.source))
            for e in extractions if e.source.status == "ok" and e.source.warning is not None]


def summary_lines(extractions: list[Extraction], recorded=None) -> list[str]:
    """Return the run summary: the counts and the reports read with repairs, then (for a build) the issue
    and any period warning."""
    lines = [counts_line(extractions), *repair_lines(extractions)]
    if recorded is not None:
        lines.append(issue_line(recorded))
        if note := period_note(recorded):
            lines.append(note)
    return lines


def require_files(given: list[Path], files: list[Path]) -> None:
    """Raise NothingReadable when the paths a user gave hold no file at all (an empty folder)."""
    if not files:
        raise NothingReadable(_("no input files were found in {paths}; check the folder and the file types").format(
            paths=", ".join(str(p) for p in given) or "."))


def require_readable(paths: list[Path], extractions: list[Extraction]) -> None:
    """Raise NothingReadable (nothing written) when no report could be read, saying what was found instead."""
    if any(e.source.status == "ok" for e in extractions):
        return
    if not extractions:
        raise NothingReadable(_("no input files were found in {paths}; check the folder and the file types").format(
            paths=", ".join(str(p) for p in paths) or "."))
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing and len(missing) == len(extractions):
        raise NothingReadable(_("no such file or folder: {paths}; check the name and spelling").format(
            paths=", ".join(missing)))
    listed = ["  " + _("{path}: {reason}").format(path=e.source.path, reason=reason(e)) for e in extractions[:LISTED]]
    if len(extractions) > LISTED:
        listed.append("  " + _("… and {n} more").format(n=len(extractions) - LISTED))
    raise NothingReadable(N_("no report could be read ({counts}); nothing was written\n{files}"),
                          counts=counts_line(extractions), files="\n".join(listed))
