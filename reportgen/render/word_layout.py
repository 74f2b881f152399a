"""``reportgen templates new NAME --from weekly --word``: an audience laid out as a Word template.

The Word file is made by the same writer that makes the weekly briefing, from
a Markdown layout (``word_layouts/<audience>.md``) whose text holds docxtpl
tags where the data goes, so it looks like the briefing: GB/T 9704 page,
red masthead, fonts, 版记. The fixed words (masthead name, issuer, title,
按语, distribution lists) are written into the document from the source
audience's settings, for the office to edit in Word; headings carry their
numbers as text (the per-unit headings count with ``{{ loop.index|cn }}``).
The new folder's ``settings.toml`` is the source's, with ``body`` naming the
Word file.
"""
from __future__ import annotations

import io
import re
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from string import Template
from typing import Any

from ..errors import UsageError
from ..messages import N_
from ..oserrors import os_problem
from .audiences import LOCAL_DIR, SETTINGS_FILE, load_audience
from .environment import escape_md

WORD_FILE = "template.docx"
LAYOUTS_DIR = Path(__file__).parent / "word_layouts"
_NAME = re.compile(r"[^\W][\w-]*")
_CHART_PARAGRAPH = re.compile(r"^\{\{\s*charts\b.*\}\}$")
DISTRIBUTION_LINES = (("report_to", "报"), ("send_to", "送"), ("issue_to", "发"))


def _fill(layout: str, settings: dict[str, Any]) -> str:
    """Return the layout with the source audience's fixed words put in (Markdown-escaped)."""
    masthead = settings.get("masthead", {})
    dist = settings.get("distribution", {})
    lines = [f"{label}：{escape_md('，'.join(str(x) for x in dist.get(key) or []))}"
             for key, label in DISTRIBUTION_LINES if dist.get(key)]
    words = {"masthead_name": masthead.get("name", "工作简报"), "issuer": masthead.get("issuer", ""),
             "title": settings.get("title", ""), "note": settings.get("note", {}).get("text", ""),
             "note_label": settings.get("note", {}).get("label", "编者按"),
             "copies": dist.get("copies", "")}
    filled = {k: escape_md(v) for k, v in words.items()}
    return Template(layout).safe_substitute(filled, distribution="\n\n".join(lines))


def _settings_text(source: Path, base: str) -> str:
    """Return the source settings with ``body`` naming the Word file and ``formats`` Word only."""
    text = source.read_text(encoding="utf-8")
    header = (f"# Made by `reportgen templates new --from {base} --word`: the layout, fonts and fixed words\n"
              f"# are in {WORD_FILE} (edit it in Word or WPS); the [page] [fonts] … tables below are\n"
              f"# not used by it. Values the tags read: `reportgen templates vars`.\n")
    body_line = f'body = "{WORD_FILE}"'
    if re.search(r"(?m)^body\s*=", text):
        text = re.sub(r"(?m)^body\s*=.*$", body_line, text, count=1)
    else:
        text = re.sub(r"(?m)^(formats\s*=.*)$", rf"\1\n{body_line}", text, count=1)
    text = re.sub(r"(?m)^formats\s*=.*$", 'formats = ["docx"]', text, count=1)
    return header + text


def build_word_template(base: str = "weekly") -> tuple[bytes, str]:
    """Return the .docx bytes of ``base`` laid out as a Word template, and its settings text."""
    import docx

    from ..writers import Layout, write_docx
    from .markup import parse
    from ..writers.docx_fields import set_update_fields

    source = load_audience(base)
    layout_file = LAYOUTS_DIR / f"{source.name}.md"
    if not layout_file.is_file():
        known = ", ".join(sorted(p.stem for p in LAYOUTS_DIR.glob("*.md")))
        raise UsageError(N_("audience {base!r} has no Word layout; --word can start from: {known}"),
                         base=base, known=known)
    markdown = _fill(layout_file.read_text(encoding="utf-8"), source.settings)
    document = parse(markdown, meta={"audience": source.name, "title": str(source.settings.get("title", ""))})
    layout = replace(Layout.from_mapping(source.settings), headings_numbered=False, reference_docx=None)
    if source.reference_docx is not None:
        layout = replace(layout, reference_docx=str(source.reference_docx))
    raw = io.BytesIO()
    write_docx(document, raw, layout)
    word = docx.Document(io.BytesIO(raw.getvalue()))
    _centre_charts(word)
    set_update_fields(word)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue(), _settings_text(source.folder / SETTINGS_FILE, base)


def _centre_charts(word) -> None:
    """Lay out a paragraph holding only a chart tag as the writer lays out an image's paragraph.

    Centred, no first-line indent, 6 pt above, kept with its caption, and off
    the line grid: on the grid, Word and LibreOffice round a picture's line up
    to whole grid lines, which pushes the pages after it down.
    """
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    from ..writers.docx import off_grid

    for paragraph in word.paragraphs:
        if _CHART_PARAGRAPH.match(paragraph.text.strip()):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt = paragraph.paragraph_format
            fmt.first_line_indent, fmt.space_before, fmt.keep_with_next = Pt(0), Pt(6), True
            off_grid(paragraph._p, single=True)


def _umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask


def new_word_audience(name: str, base: str = "weekly") -> Path:
    """Write ./templates/NAME with template.docx and settings.toml; nothing is left behind on failure."""
    if not _NAME.fullmatch(name):
        raise UsageError(N_("audience name {name!r} must be letters, digits, '_' or '-' (no slashes or dots)"),
                         name=name)
    target = LOCAL_DIR / name
    if target.exists():
        raise UsageError(N_("{target} already exists; choose another name or delete it first"), target=target)
    data, settings = build_word_template(base)
    try:
        LOCAL_DIR.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=LOCAL_DIR))
        staging.chmod(0o777 & ~_umask())  # mkdtemp makes 0700; the folder is an ordinary one
    except OSError as exc:
        raise UsageError(N_("cannot create {target}: {error}"), target=target, error=os_problem(exc)) from None
    try:
        (staging / WORD_FILE).write_bytes(data)
        (staging / SETTINGS_FILE).write_text(settings, encoding="utf-8")
        staging.rename(target)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise UsageError(N_("cannot create {target}: {error}"), target=target, error=os_problem(exc)) from None
    return target
