"""A PDF paragraph's fragments made from its spans directly, as reportlab's markup parser would make them.

reportlab reads a paragraph as markup: a ``<font name=…>`` around every run of
text, ``<super>`` around a note number, ``<bullet>`` around a list item's mark,
and its ``ParaParser`` (an ``HTMLParser``) copies one fragment per run back out
of it, about a quarter of the PDF writer's time. Here a paragraph is a list of
``Span``s. Each distinct kind of run (its style's face, size and colour, the
faces the run is nested in, raised or not, a mark or not) is parsed once per
document from a one-character sample, and each run of that kind is a copy of the
sample's fragment holding the run's text. The text is cut and folded as
reportlab folds markup: a run of white space is one space
(``cleanBlockQuotedText``), and ``&``, ``<`` and ``>``, which markup writes as
entities, each make a fragment of their own. So the fragments, and the lines and
pages laid out from them, are those the markup gave.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

_ENTITY = re.compile(r"([&<>])")   # markup writes these as entities, and the parser hands each over alone
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Span:
    """A run of a paragraph's text: ``fonts`` are the faces it is set in, outermost first (the last draws
    it; none: the style's own); ``raised`` a note number set as a superscript; ``bullet`` a list item's mark."""

    text: str
    fonts: tuple[str, ...] = ()
    raised: bool = False
    bullet: bool = False


class FragMaker:
    """Makes paragraphs from spans for one document, parsing each kind of run's sample once."""

    def __init__(self) -> None:
        self._samples: dict[tuple, Any] = {}

    def paragraph(self, paragraph_class: type, spans: list[Span], style: Any) -> Any:
        """Return a ``paragraph_class`` (a reportlab ``Paragraph``) of ``spans`` in ``style``."""
        from reportlab.platypus.paragraph import textTransformFrags

        frags: list = []
        marks: list = []
        shared = {False: ([], []), True: ([], [])}   # links and underlines: one list each per paragraph and mark,
        for span in spans:                           # as the parser's first fragment hands them down
            text = _SPACE.sub(" ", span.text)
            if not text:
                continue
            sample = self._sample(span, style)
            links, lines = shared[span.bullet]
            for piece in _ENTITY.split(text) if ("&" in text or "<" in text or ">" in text) else (text,):
                if piece:
                    frag = copy.copy(sample)
                    frag.text, frag.link, frag.us_lines = piece, links, lines
                    (marks if span.bullet else frags).append(frag)
        textTransformFrags(frags, style)
        text = "".join(span.text for span in spans if not span.bullet)
        return paragraph_class(text, style, bulletText=marks or None, frags=frags)

    def _sample(self, span: Span, style: Any) -> Any:
        """Return the fragment the markup parser makes of a run like ``span`` in ``style``."""
        key = (style.fontName, style.fontSize, style.textColor, span.fonts, span.raised, span.bullet)
        if span.bullet:
            key += (style.bulletFontName, style.bulletFontSize, getattr(style, "bulletColor", None))
        sample = self._samples.get(key)
        if sample is None:
            from reportlab.platypus.paraparser import ParaParser

            markup = "".join(f'<font name="{font}">' for font in span.fonts) + "x" + "</font>" * len(span.fonts)
            if span.raised:
                markup = f"<super>{markup}</super>"
            if span.bullet:
                markup = f"<bullet>{markup}</bullet>"
            parser = ParaParser()
            parser.caseSensitive = 1
            _, frags, marks = parser.parse(markup, style)
            sample = self._samples[key] = (marks if span.bullet else frags)[0]
        return sample
