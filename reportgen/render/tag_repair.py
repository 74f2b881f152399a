"""Undo what Word and WPS do to template tags typed into a document, before it is rendered.

A person types ``{{ u.name }}`` into Word; Word stores it as it pleases:

* **split across runs**: a change of script (the eastAsia font hint), a spell
  check, an edit made later or an rsid/lang difference starts a new ``w:r``, so
  ``{{ u.`` and ``name }}`` end up in different runs, sometimes with
  ``w:proofErr`` marks or a ``_GoBack`` bookmark between them;
* **curly quotes**: AutoFormat turns ``"a"`` into ``“a”``, which Jinja cannot read;
* **full-width punctuation**: a Chinese input method types ``（``, ``，``, ``｜``
  and the ideographic space where Jinja wants ASCII.

The repair works on one paragraph at a time, on the text of its runs joined
together: every tag found there is moved whole into the run where it starts
(that run's formatting is what the value gets), the runs it came from lose
those characters (and disappear when emptied), proofing marks and bookmarks
lying inside a tag are dropped, and inside the tag quotes are made straight
and full-width punctuation outside string literals becomes ASCII. Text outside
tags is never changed. The repair is idempotent.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W_NS}
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
# The runs whose text a paragraph shows: its own, and those inside containers Word wraps runs in.
_TEXTS = ("./w:r/w:t | ./w:ins/w:r/w:t | ./w:hyperlink/w:r/w:t | ./w:smartTag/w:r/w:t"
          " | ./w:customXml/w:r/w:t | ./w:sdt/w:sdtContent/w:r/w:t | ./w:fldSimple/w:r/w:t")
# Marks that carry no text and only record Word's bookkeeping.
_TEXT_PATH = etree.XPath(_TEXTS, namespaces=NS)
_BOOKMARK_PATH = etree.XPath(".//w:bookmarkStart[@w:id=$i] | .//w:bookmarkEnd[@w:id=$i]", namespaces=NS)
_PROOF_PATH = etree.XPath(".//w:proofErr", namespaces=NS)
_NOISE = {f"{{{W_NS}}}proofErr", f"{{{W_NS}}}bookmarkStart", f"{{{W_NS}}}bookmarkEnd"}
_CONTAINERS = {f"{{{W_NS}}}{name}" for name in ("ins", "hyperlink", "smartTag", "customXml")}

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "＂": '"',
                         "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "＇": "'"})
_STRING = re.compile(r"\"[^\"]*\"|'[^']*'")


def _ascii_outside_strings(code: str) -> str:
    """Return ``code`` with full-width ASCII forms and odd spaces made ASCII, string literals kept."""
    def fold(text: str) -> str:
        out = []
        for ch in text:
            cp = ord(ch)
            if 0xFF01 <= cp <= 0xFF5E:
                out.append(chr(cp - 0xFEE0))
            elif ch in "\u3000\u00a0\u2002\u2003\u2009":
                out.append(" ")
            else:
                out.append(ch)
        return "".join(out)

    pieces, pos = [], 0
    for m in _STRING.finditer(code):
        pieces += [fold(code[pos:m.start()]), m.group(0)]
        pos = m.end()
    pieces.append(fold(code[pos:]))
    return "".join(pieces)


def clean_tag(tag: str) -> str:
    """Return a tag as Jinja can read it: straight quotes, ASCII punctuation outside strings."""
    return _ascii_outside_strings(tag.translate(_QUOTES))


@dataclass
class RepairCount:
    """What the repair changed in a part: tags joined from several runs, tags whose text was fixed."""

    joined: int = 0
    cleaned: int = 0
    marks_dropped: int = 0

    def add(self, other: RepairCount) -> None:
        self.joined += other.joined
        self.cleaned += other.cleaned
        self.marks_dropped += other.marks_dropped


def paragraph_texts(paragraph) -> list:
    """Return the ``w:t`` elements whose text the paragraph shows, in order."""
    return _TEXT_PATH(paragraph)


def _set_text(t, text: str) -> None:
    t.text = text
    if text != text.strip():
        t.set(XML_SPACE, "preserve")


def _drop_empty(t) -> None:
    """Remove an emptied ``w:t``; then its run if nothing else is in it; then an emptied container."""
    run = t.getparent()
    run.remove(t)
    if all(child.tag == f"{{{W_NS}}}rPr" for child in run):
        holder = run.getparent()
        holder.remove(run)
        if holder.tag in _CONTAINERS and len(holder) == 0:
            holder.getparent().remove(holder)


def _drop_noise_between(paragraph, first_run, last_run, root) -> int:
    """Drop proofing marks and bookmarks lying between two runs of a paragraph (a tag's span)."""
    dropped, inside = [], False
    for el in paragraph.iter():
        if el is first_run:
            inside = True
        elif el is last_run:
            break
        elif inside and el.tag in _NOISE:
            dropped.append(el)
    for el in dropped:
        if el.tag.endswith("}proofErr"):
            el.getparent().remove(el)
            continue
        mark_id = el.get(f"{{{W_NS}}}id")
        # a bookmark is a start and an end with one id: both go, or the document is invalid
        for twin in _BOOKMARK_PATH(root, i=mark_id):
            twin.getparent().remove(twin)
    return len(dropped)


def repair_paragraph(paragraph, root=None) -> RepairCount:
    """Repair every tag in one ``w:p``; return what changed."""
    count = RepairCount()
    texts = paragraph_texts(paragraph)
    full = "".join(t.text or "" for t in texts)
    if "{" not in full:
        return count
    spans = [(m.start(), m.end()) for m in TAG.finditer(full)]
    if not spans:
        return count
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t.text or "")

    def owner(i: int) -> int:
        return bisect_right(starts, i) - 1

    pieces: list[list[str]] = [[] for _ in texts]

    def plain(a: int, b: int) -> None:
        while a < b:
            k = owner(a)
            end = min(b, starts[k] + len(texts[k].text or ""))
            pieces[k].append(full[a:end])
            a = end

    root = root if root is not None else paragraph.getroottree().getroot()
    pos = 0
    for s, e in spans:
        plain(pos, s)
        tag = full[s:e]
        fixed = clean_tag(tag)
        first, last = owner(s), owner(e - 1)
        pieces[first].append(fixed)
        if first != last:
            count.joined += 1
            count.marks_dropped += _drop_noise_between(paragraph, texts[first].getparent(),
                                                       texts[last].getparent(), root)
        if fixed != tag:
            count.cleaned += 1
        pos = e
    plain(pos, len(full))
    if not (count.joined or count.cleaned):
        return count
    for t, parts in zip(texts, pieces):
        text = "".join(parts)
        if text:
            _set_text(t, text)
        else:
            _drop_empty(t)
    for mark in _PROOF_PATH(paragraph):  # stale once runs were merged
        mark.getparent().remove(mark)
    return count


def repair_part(root) -> RepairCount:
    """Repair every paragraph of one XML part (the body, a header, a footer)."""
    total = RepairCount()
    for paragraph in list(root.iter(f"{{{W_NS}}}p")):
        total.add(repair_paragraph(paragraph, root))
    return total
