"""Shortcuts taken for speed give what the general path gives (issue 10: extraction at jieba's speed)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from reportgen.extract.numerals import number_value


@pytest.mark.parametrize("written", ["0", "7", "007", "12", "3000", "65535", "100000000", "999999999999999"])
def test_plain_digits_read_as_their_exact_value(written):
    assert number_value(written) == float(Decimal(written))


@pytest.mark.parametrize("written, value", [("1,200", 1200.0), ("15.6万", 156000.0), ("66.57万", 665700.0),
                                            ("３０００", 3000.0), ("8.4 万", 84000.0), ("三千", 3000.0)])
def test_other_numbers_still_take_the_general_path(written, value):
    assert number_value(written) == value


def test_a_long_digit_run_rounds_as_through_decimal():
    written = "12345678901234567890123"  # past a float's exact integers
    assert number_value(written) == float(Decimal(written))


def test_a_reading_is_remembered_until_the_cache_is_cleared(lexicon):
    reads: list[str] = []

    def read(text: str) -> tuple[str, ...]:
        reads.append(text)
        return tuple(lexicon.words(text))

    lexicon.clear_cache()
    first = lexicon.remember("test-words", "共发放宣传资料", read)
    again = lexicon.remember("test-words", "共发放宣传资料", read)
    assert first == again == tuple(lexicon.words("共发放宣传资料"))
    assert reads == ["共发放宣传资料"]
    lexicon.remember("test-other-step", "共发放宣传资料", read)  # another step's reading is its own
    assert len(reads) == 2
    lexicon.clear_cache()
    lexicon.remember("test-words", "共发放宣传资料", read)
    assert len(reads) == 3


def test_object_tokens_are_the_same_read_once_or_twice(lexicon):
    from reportgen.extract.objects import _read_tokens, _tokens

    lexicon.clear_cache()
    clause = "全县共排查“四风”问题线索"
    fresh = _read_tokens(clause, lexicon)
    assert _tokens(clause, lexicon) == fresh
    kept = _tokens(clause, lexicon)
    kept.append(("被改", "x"))  # a caller's list is its own: the kept reading is unchanged
    assert _tokens(clause, lexicon) == fresh


def test_a_pattern_is_built_once_per_key_and_kept_for_the_run(lexicon):
    built: list[str] = []

    def source() -> str:
        built.append("roles")
        return "|".join(lexicon.cues.reporter_roles)

    first = lexicon.pattern("test-roles", source)
    assert first.pattern == "|".join(lexicon.cues.reporter_roles)
    assert lexicon.pattern("test-roles", source) is first
    lexicon.clear_cache()  # a pattern is no reading of a text: the benchmark's clearing keeps it
    assert lexicon.pattern("test-roles", source) is first
    assert built == ["roles"]
    other = lexicon.pattern(("test-roles", "bare"), lambda: "记者")  # another key is another pattern
    assert other is not first and other.match("记者")


@pytest.mark.parametrize("text, word", [
    ("某县某镇召开会议，某镇党委书记主持，某镇某村参加", "某镇"),
    ("某镇某镇某镇", "某镇某镇"),          # occurrences do not overlap, as a pattern's matches
    ("县委县委", "县委"),
    ("没有这个名字", "某局"),
    ("某局", ""),                          # an empty word occurs at every offset, as an empty pattern matches
])
def test_a_names_occurrences_are_a_patterns_matches(text, word):
    import re

    from reportgen.extract.places import occurrences

    assert list(occurrences(text, word)) == [m.start() for m in re.finditer(re.escape(word), text)]


@pytest.mark.parametrize("clause, bare", [("群众满意率达到", "群众满意率"), ("参训人员累计达", "参训人员"),
                                          ("满意率", "满意率"), ("", "")])
def test_linking_words_at_a_clause_end_are_stripped(lexicon, clause, bare):
    from reportgen.extract.objects import _without_links

    assert _without_links(clause, lexicon) == bare


@pytest.mark.parametrize("clause", ["群众满意率达到", "参训人员累计达", "全年接待游客人数增加到", "达到", "为", "共",
                                    "建筑面积", "共排查问题线索", "整改完成率为", "其中", "累计发放资金共"])
def test_linking_words_looked_up_by_length_strip_as_the_word_by_word_test(lexicon, clause):
    from reportgen.extract.objects import _without_links

    def word_by_word(text: str, words: list[str]) -> str:
        """The plain reading: the longest linking word the text ends in (and is longer than) goes, again."""
        words = sorted(words, key=len, reverse=True)
        while True:
            word = next((w for w in words if w and text.endswith(w) and len(text) > len(w)), None)
            if word is None:
                return text
            text = text[:-len(word)]

    assert _without_links(clause, lexicon) == word_by_word(clause, list(lexicon.figure_rules.objects["links"]))


@pytest.mark.parametrize("gap, bare", [("长", "长"), ("3公里、宽", "3公里、"), ("面积", "面积"), ("，宽度", "，")])
def test_a_sizes_word_at_a_gaps_end_goes(lexicon, gap, bare):
    assert lexicon.figure_rules.dimension_words.strip(gap) == bare


@pytest.mark.parametrize("text", [
    "加强党建(dǎng jiàn)引领，做好“三农”(sān nóng)工作。",
    "群众(qún zhòng)(qún zhòng)满意度提升",
    "（一）强化组织领导(abc)。2023(nián)年",
    "扎实推进?cè)落实，严格执行?cè)",
    "(dǎng)开头的括号前没有汉字",
])
def test_a_gloss_pattern_opening_on_its_bracket_finds_what_the_look_behind_form_finds(text):
    import re

    from reportgen.normalise.glosses import _BRACKETED, _DAMAGED, _LETTERS, CJK

    behind_first = re.compile(rf"(?<=[{CJK}])[(（]([{_LETTERS}]{{1,12}}(?: [{_LETTERS}]{{1,12}}){{0,3}})[)）]")
    damaged_first = re.compile(rf"(?<=[{CJK}])\?([{_LETTERS}]{{1,8}})\)")
    for fast, slow in ((_BRACKETED, behind_first), (_DAMAGED, damaged_first)):
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in slow.finditer(text)]


@pytest.mark.parametrize("run", ["某某县财政局办公室召开", "某市经济和信息化局党组", "某县人民政府", "开展工作"])
def test_the_endings_at_every_offset_are_the_ones_a_match_at_each_offset_finds(lexicon, run):
    pattern = lexicon.cues.org_suffix_pattern
    each_offset = {m.end() for i in range(len(run)) if (m := pattern.match(run, i))}
    scan = {m.end(1) for m in lexicon.pattern("unit-org-suffix-at-each-offset",
                                              lambda: rf"(?=({pattern.pattern}))").finditer(run)}
    assert scan == each_offset


def test_self_references_are_counted_only_where_their_first_character_occurs(lexicon):
    from reportgen.extract.reporting_unit import UnitEvidence, _rank_places

    assert lexicon.cues.self_reference_openers == {ref[0] for ref in lexicon.cues.self_references}
    places = ["某某镇", "某某县"]
    town_first = "某某镇组织干部走访群众，某某镇共收集意见建议350条，某某县有关部门跟进办理。"
    spoken = town_first + "我县各项工作稳步推进，我县群众满意度提升，我县将持续发力。"
    plain = UnitEvidence(title="", headline="", lead="", body=town_first)
    speaking = UnitEvidence(title="", headline="", lead="", body=spoken)
    assert _rank_places(plain, places, lexicon)[0] == "某某镇"
    assert _rank_places(speaking, places, lexicon)[0] == "某某县"  # the text speaks as the county (我县)


def test_points_found_by_their_numeral_are_those_the_mark_first_pattern_finds():
    import random
    import re

    from reportgen.extract.framework import _point_numerals

    mark_first = re.compile(r"(?:^|[。；;，,\n])\s*([一二三四五六七八九十]+)是")
    texts = ["一是加强学习，二是强化督导；三是\n 四是抓好落实。", "工作十是重点，\n\t五是：", "某某说一是", "三十是 一是"]
    rng = random.Random(13)
    texts += ["".join(rng.choice("一二三十是，。；\n 　a五\t") for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        assert _point_numerals(text) == set(mark_first.findall(text)), text
    assert _point_numerals(texts[0]) == {"一", "二", "三", "四"}


def test_a_glued_first_label_is_looked_for_only_beside_a_bracket(lexicon):
    rules = lexicon.measure_rules
    assert rules.inline_glued_chars and {"(", "（"} <= rules.inline_glued_chars
    text = "主要工作成效(一)村集体经济稳步增长。(二)基础设施不断完善。"
    assert [m.group().strip() for m in rules.inline_glued.finditer(text)] == ["(一)"]
    assert all(ch not in "汇报如下一是加强学习" for ch in rules.inline_glued_chars)


@pytest.mark.parametrize("text", [
    "某县召开会议。\n全县共走访群众1200户，收集意见建议350条。\n\n下一步，我县将继续推进。",
    "标题\n 一是加强学习 \n\t二是ABC123落实",
    "第一行\r\n第二行",  # a carriage return joins the break: cut whole
    "\n\n某某\n",
    "没有换行的一句话",
])
def test_a_text_cut_line_by_line_gives_the_words_of_the_whole_cut(lexicon, text):
    lexicon.clear_cache()
    whole = lexicon.segmenter.words(text)
    assert lexicon.words(text) == whole
    assert lexicon.words(text) == whole  # read again from the lines remembered
    assert "".join(lexicon.words(text)) == text


def test_a_line_cut_once_serves_every_text_that_holds_it(lexicon):
    lexicon.clear_cache()
    lexicon.words("某县开展工作\n全县共走访群众1200户")
    assert ("line-words", "全县共走访群众1200户") in lexicon._readings


@pytest.mark.parametrize("pre", ["全县粮食产量比上年", "较去年同期", "今年共评比出", "全年完成增加值", "共发放宣传资料", ""])
def test_a_comparison_is_looked_for_among_the_words_only_where_one_is_written(lexicon, pre):
    from reportgen.extract.objects import _comparison_at, _tokens

    comparisons = lexicon.figure_rules.objects["comparisons"]
    at, expected = 0, None
    for word, _ in _tokens(pre, lexicon):  # the rule read word by word, with no shortcut
        found = pre.find(word, at)
        at = found if found >= 0 else at
        if word in comparisons:
            expected = at
            break
        at += len(word)
    assert _comparison_at(pre, lexicon, comparisons) == expected


def test_a_paragraph_split_at_its_sentence_marks_is_the_look_behind_split():
    import random
    import re

    from reportgen.extract.measures import _sentences

    after_mark = re.compile(r"(?<=[。！？!?])")
    rng = random.Random(7)
    texts = ["一是加强学习。二是强化督导！三是？", "没有句号", "", "。", "问题?回答!结束"]
    texts += ["".join(rng.choice("。！？!?甲乙，\n ") for _ in range(rng.randint(0, 24))) for _ in range(3000)]
    for text in texts:
        assert _sentences(text) == after_mark.split(text), text
    assert _sentences(texts[0]) == ["一是加强学习。", "二是强化督导！", "三是？", ""]
