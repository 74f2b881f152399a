"""How extraction's rules are applied, held to what the rules say (the speed work must not change them)."""
from __future__ import annotations

from conftest import shipped_lexicon
from reportgen.extract.figures import _slogan_spans, find_spans
from reportgen.extract.places import place_suffix

LEX = shipped_lexicon()


def test_level_word_is_the_longest_ending_shorter_than_the_name():
    assert place_suffix("某某经济技术开发区", LEX) == "经济技术开发区"
    assert place_suffix("某某开发区", LEX) == "开发区"
    assert place_suffix("开发区", LEX) == "区"  # the whole name is no level word of itself
    assert place_suffix("区", LEX) is None
    assert place_suffix("", LEX) is None
    assert place_suffix("某某公司", LEX) is None


def test_slogans_titles_and_quotes():
    text = "学习《中国共产党纪律处分条例》和“四风”问题，他说“今天开会。明天调研”，“没有闭合"
    spans = [text[a:b] for a, b in _slogan_spans(text, 8)]
    # a title whatever its length, a short quote; not a quote holding a sentence end, not an unclosed one
    assert spans == ["《中国共产党纪律处分条例》", "“四风”"]


def test_a_long_quote_is_no_slogan_but_a_title_inside_it_and_a_quote_after_it_are():
    text = "“这是一句很长很长的引语，提到《条例》全文”后来“三严”"
    assert [text[a:b] for a, b in _slogan_spans(text, 8)] == ["《条例》", "“三严”"]


def test_figures_inside_masked_text_are_refused_and_others_kept():
    spans = find_spans("落实“八项规定”，召开座谈会12场，2014.05.26举办3期培训班", LEX)
    assert [(s.value, s.unit) for s in spans] == [(12.0, "场"), (3.0, "期")]


def _every_word_weighed(paragraphs: list[str], top: int) -> list[str]:
    """The keyword rule applied the plain way: weigh every word, rank them all, drop the nested ones."""
    from collections import Counter

    from reportgen.extract.keywords import _CJK_WORD, _drop_nested

    idf, median = LEX.idf
    stop = LEX.taxonomy.stop_words
    counts = Counter(w for w in LEX.words("\n".join(paragraphs)) if len(w) > 1 and w not in stop and _CJK_WORD.match(w))
    weight = {w: n * idf.get(w, median) for w, n in counts.items()}
    return _drop_nested(sorted(weight, key=lambda w: (-weight[w], -len(w), w)))[:top]


def test_keywords_stop_weighing_only_when_no_rarer_word_can_rank(seed_paths):
    """Weighing the frequent words first gives the same keywords as weighing every word, at any ``top``."""
    from reportgen.extract import extract
    from reportgen.extract.keywords import find_keywords
    from reportgen.ingest import read
    from reportgen.normalise import load_normalise_rules, normalise

    rules = load_normalise_rules()
    articles = [a for p in seed_paths for a in extract(normalise(read(p).document, rules), LEX)]
    paragraph_sets = [a.paragraphs for a in articles] + [["党员党员党员 群众群众 意见"], ["。，"], []]
    for paragraphs in paragraph_sets:
        for top in (0, 1, 3, 8, 40):
            assert find_keywords(paragraphs, LEX, top) == _every_word_weighed(paragraphs, top)


def test_mentions_a_longer_name_hides_the_shorter_inside_it():
    from reportgen.extract.places import mentions

    text = "某某县某某镇召开会议，某某镇党委书记讲话。某某县委部署。"
    found = mentions(text, ["某某镇", "某某县", "某某县某某镇", ""])
    assert found == {"某某镇": [text.index("某某镇党委")], "某某县": [text.index("某某县委")],
                     "某某县某某镇": [0], "": []}
