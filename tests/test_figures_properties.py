"""Properties of the figure reader on arbitrary text: it never raises, and every
figure points back into its sentence and the sentence into the article."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import shipped_lexicon
from reportgen.extract.figures import find_figures
from reportgen.nodes import Para

TAXONOMY = shipped_lexicon()

# text drawn mostly from what figures are made of, so that figures do occur
GENRE_CHARS = "0123456789.,%％万亿千百十零一二两三四五六七八九几多余约近超过以上下内左右至到-～第年月日名个次场人户家项件元、，。；！？“”《》（）()的了召开座谈会党员群众意见率达 \n"
paragraphs = st.lists(
    st.one_of(st.text(alphabet=GENRE_CHARS, max_size=80), st.text(max_size=40)),
    min_size=1, max_size=4,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs)
def test_figures_point_into_sentence_and_article(texts):
    figures = find_figures(tuple(Para.of(t) for t in texts), TAXONOMY)
    for f in figures:
        assert f.text and f.text in f.sentence
        assert any(f.sentence in t for t in texts)
        assert f.value == f.value  # not NaN
        assert f.value_max is None or f.value_max > f.value
        assert f.qualifier in (None, "over", "approx", "under")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.sampled_from([None, "title", "caption", "byline", "deck"]))
def test_never_raises_on_any_unicode(text, role):
    find_figures((Para.of(text, role),), TAXONOMY)
