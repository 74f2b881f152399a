"""Markup a scraper or a forum export left inside the text: BBCode, HTML and Markdown links, HTML entities.

A report copied out of a forum post keeps the post's BBCode
(``[bgcolor=Beige]``, ``[size=4]…[/size]``), and one copied from a page's
source keeps inline HTML (``<span style=…>``, ``<br/>``, ``&nbsp;``). Neither
is the writer's text: left in, it reaches the briefing as written and glues
itself to the words the extraction has to read (a heading's label, a date).
Only the tags of the two markups' known vocabularies are taken out, so a
bracketed word of the report (``[注]``, ``<附件>``) stays. A line that is
nothing but tags is left empty here, and the characters pass after this one
drops empty paragraphs.
An image's or attachment's tag pair goes with what it holds (a file name or
an address, never report text).
"""
from __future__ import annotations

import html
import re

from ..nodes import Document
from .textmap import map_text

#: BBCode tag names of the common forum engines (Discuz!, phpBB, vBulletin)
BBCODE_TAGS = ("b", "i", "u", "s", "color", "bgcolor", "backcolor", "size", "font", "align", "p", "url",
               "email", "quote", "code", "table", "tr", "td", "list", "indent", "hr", "sup", "sub", "float",
               "li", "left", "center", "right", "hide", "free", "strike", "*")
#: BBCode pairs whose content is an address or a file id, dropped with them
BBCODE_HOLDERS = ("img", "attach", "attachimg", "media", "flash", "audio", "video")
#: HTML elements that appear inline in scraped report text
HTML_TAGS = ("p", "br", "span", "div", "font", "strong", "b", "i", "u", "em", "a", "img", "table", "tbody",
             "tr", "td", "th", "ul", "ol", "li", "h[1-6]", "section", "center", "sup", "sub", "o:p", "st1:\\w+")

_BBCODE = re.compile(r"\[/?(?:%s)(?:=[^\[\]\n]{0,80})?\]" % "|".join(map(re.escape, BBCODE_TAGS)), re.I)
_BBCODE_HELD = re.compile(r"\[(%s)(?:=[^\[\]\n]{0,80})?\][^\[\]\n]{0,300}\[/\1\]" % "|".join(BBCODE_HOLDERS), re.I)
_HTML = re.compile(r"</?(?:%s)(?:\s[^<>\n]{0,300})?\s*/?>" % "|".join(HTML_TAGS), re.I)
#: a Markdown link or image a page converter left (``[](/Files/2014/IMG_6655.jpg)``, ``![图](a.png)``): its target an
#: address or a file; an image goes whole, a link leaves its words
_MD_LINK = re.compile(r"(!?)\[([^\[\]\n]{0,80})\]\((?:[^()\s]*/[^()\s]*|[^()\s]+\.(?:jpe?g|png|gif|bmp|webp|pdf|docx?|html?))\)",
                      re.I)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


def _strip_once(text: str) -> str:
    if "[" in text:
        text = _BBCODE.sub("", _BBCODE_HELD.sub("", text))
        text = _MD_LINK.sub(lambda m: "" if m.group(1) else m.group(2), text)
    if "<" in text:
        text = _HTML.sub("", text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    return text


def strip_markup(text: str) -> str:
    """Return ``text`` without BBCode and HTML tags and with HTML entities decoded.

    Repeated until nothing changes, so a tag that taking out another one closes
    up (``[[b]b]``) or an entity encoded twice (``&amp;nbsp;``) goes too, and the
    pass stays idempotent; every round that changes the text shortens it.
    """
    while (stripped := _strip_once(text)) != text:
        text = stripped
    return text


def strip_document_markup(document: Document) -> Document:
    """Return ``document`` with markup left as text taken out of every paragraph, heading and cell."""
    return map_text(document, strip_markup)
