"""Numbered lists that restart at each pass of the Word template loop that repeats them.

A numbered paragraph inside ``{%p for u in units %}`` is copied once per
unit, every copy pointing at the same Word list (``w:numId``), so the second
unit's measures are numbered 4, 5, 6 instead of 1, 2, 3 (docxtpl issue #425).
Which lists should restart is known only in the template, so:

* before rendering, ``mark_loop_restarts`` puts a marker paragraph at the top
  of each ``{%p for %}`` loop whose body holds a numbered list *and* other
  paragraphs (a section repeated per item; a loop holding only the list's
  own item paragraph makes the items of one list and is left alone);
* after rendering, ``apply_loop_restarts`` removes each marker and makes the
  next paragraphs of its lists a new list instance (``w:num`` of the same
  definition with ``w:startOverride`` 1), so each pass counts from 1.

Bulleted lists are never touched.
"""
from __future__ import annotations

import re
from typing import Any

from .tag_repair import W_NS

LEVELS = 9


def _w(name: str) -> str:
    return f"{{{W_NS}}}{name}"


def _val(el, path: str) -> str | None:
    """Return ``w:val`` of the first element at ``path`` (``/``-separated local names) under ``el``."""
    for name in path.split("/"):
        el = el.find(_w(name)) if el is not None else None
    return el.get(_w("val")) if el is not None else None


class _Styles:
    """Paragraph styles' list and heading properties, following ``basedOn``."""

    def __init__(self, document):
        self.by_id = {s.get(_w("styleId")): s for s in document.styles.element.iterchildren(_w("style"))}

    def _chain(self, style_id: str | None):
        seen = set()
        while style_id and style_id not in seen and style_id in self.by_id:
            seen.add(style_id)
            style = self.by_id[style_id]
            yield style
            style_id = _val(style, "basedOn")

    def num_id(self, style_id: str | None) -> str | None:
        return next((n for s in self._chain(style_id) if (n := _val(s, "pPr/numPr/numId"))), None)


class _Numbering:
    """The numbering part: which lists are bulleted, and new restarting instances of a list."""

    def __init__(self, document):
        self.root = document.part.numbering_part.element
        self.nums = {n.get(_w("numId")): n for n in self.root.iterchildren(_w("num"))}
        self.abstracts = {a.get(_w("abstractNumId")): a for a in self.root.iterchildren(_w("abstractNum"))}

    def is_bulleted(self, num_id: str) -> bool:
        num = self.nums.get(num_id)
        abstract = self.abstracts.get(_val(num, "abstractNumId")) if num is not None else None
        if abstract is None:
            return True  # an unknown list: leave it alone
        first = next((lvl for lvl in abstract.iterchildren(_w("lvl")) if lvl.get(_w("ilvl")) == "0"), None)
        return first is None or _val(first, "numFmt") in (None, "bullet", "none")

    def restarted(self, num_id: str) -> str:
        """Return the id of a new instance of list ``num_id`` that starts again at 1."""
        from docx.oxml import OxmlElement

        new_id = str(max(int(n) for n in self.nums) + 1)
        num = OxmlElement("w:num")
        num.set(_w("numId"), new_id)
        abstract = OxmlElement("w:abstractNumId")
        abstract.set(_w("val"), _val(self.nums[num_id], "abstractNumId"))
        num.append(abstract)
        for level in range(LEVELS):
            override = OxmlElement("w:lvlOverride")
            override.set(_w("ilvl"), str(level))
            start = OxmlElement("w:startOverride")
            start.set(_w("val"), "1")
            override.append(start)
            num.append(override)
        self.root.append(num)  # w:num elements follow every w:abstractNum, as the schema wants
        self.nums[new_id] = num
        return new_id


def _set_num_id(paragraph, num_id: str) -> None:
    """Point a paragraph at list instance ``num_id`` (a paragraph numbered by its style gets its own numPr)."""
    numpr = paragraph.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_numId().set(_w("val"), num_id)


MARK_OPEN, MARK_CLOSE = "\ue010", "\ue011"
_LOOP_OPEN = re.compile(r"^\{%-?p\s+for\s")
_LOOP_CLOSE = re.compile(r"^\{%-?p\s+endfor\b")
_BLOCK_TAG = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.DOTALL)


def _text(paragraph) -> str:
    return "".join(t.text or "" for t in paragraph.iter(_w("t")))


def _list_id(paragraph, styles: _Styles, numbering: _Numbering) -> str | None:
    """Return the numbered (not bulleted) list a paragraph belongs to, if any."""
    num_id = _val(paragraph, "pPr/numPr/numId") or styles.num_id(_val(paragraph, "pPr/pStyle"))
    if not num_id or num_id == "0" or num_id not in numbering.nums or numbering.is_bulleted(num_id):
        return None
    return num_id


def _marker(num_ids: list[str]):
    from docx.oxml import OxmlElement

    p, r, t = OxmlElement("w:p"), OxmlElement("w:r"), OxmlElement("w:t")
    t.text = f"{MARK_OPEN}{' '.join(num_ids)}{MARK_CLOSE}"
    r.append(t)
    p.append(r)
    return p


def mark_loop_restarts(document: Any) -> int:
    """Put a restart marker at the top of each paragraph loop repeating a numbered list with other text."""
    body = document.element.body
    paragraphs = [el for el in body if el.tag == _w("p")]
    if not any(_LOOP_OPEN.match(_text(p).strip()) for p in paragraphs):
        return 0
    styles, numbering = _Styles(document), _Numbering(document)
    stack: list[tuple[Any, list[str], list[bool]]] = []  # loop paragraph, list ids, "has other text"
    marked = 0
    for p in paragraphs:
        text = _text(p).strip()
        if _LOOP_OPEN.match(text):
            stack.append((p, [], [False]))
            continue
        if _LOOP_CLOSE.match(text) and stack:
            opener, ids, other = stack.pop()
            if ids and other[0]:
                opener.addnext(_marker(ids))
                marked += 1
            if stack:  # what the inner loop held is in the outer loop's body too
                stack[-1][1].extend(i for i in ids if i not in stack[-1][1])
                stack[-1][2][0] = stack[-1][2][0] or other[0]
            continue
        if not stack or not _BLOCK_TAG.sub("", text).strip():  # a paragraph of block tags only prints nothing
            continue
        num_id = _list_id(p, styles, numbering)
        if num_id and num_id not in stack[-1][1]:
            stack[-1][1].append(num_id)
        elif not num_id and text:
            stack[-1][2][0] = True
    return marked


def apply_loop_restarts(document: Any) -> int:
    """Remove the markers; after each, the lists it names start again at 1. Return how many restarted."""
    body = document.element.body
    marker_text = re.compile(f"^{MARK_OPEN}([^{MARK_CLOSE}]*){MARK_CLOSE}$")
    styles, numbering = None, None
    current: dict[str, str] = {}
    pending: set[str] = set()
    restarted = 0
    for p in [el for el in body.iter(_w("p"))]:
        text = _text(p)
        found = marker_text.match(text) if MARK_OPEN in text else None
        if found:
            pending |= set(found.group(1).split())
            p.getparent().remove(p)
            continue
        if not pending and not current:
            continue
        styles, numbering = styles or _Styles(document), numbering or _Numbering(document)
        num_id = _list_id(p, styles, numbering)
        if num_id is None:
            continue
        if num_id in pending:
            current[num_id] = numbering.restarted(num_id)
            pending.discard(num_id)
            restarted += 1
        if current.get(num_id, num_id) != num_id:
            _set_num_id(p, current[num_id])
    return restarted
