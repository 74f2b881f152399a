"""``word_tree`` finds what the flat alternation of the same words finds, match for match."""
from __future__ import annotations

import random
import re

from reportgen.extract.gazetteer import load_gazetteer
from reportgen.extract.word_tree import word_tree


def _spans(pattern: str, text: str, pos: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in re.compile(pattern).finditer(text, pos)]


def test_random_word_lists_match_as_their_alternation():
    rng = random.Random(5)
    for _ in range(2000):
        words = ["".join(rng.choice("abc") for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(0, 8))]
        flat = "|".join(map(re.escape, words)) if words else "(?!)"
        tree = word_tree(words)
        for _ in range(10):
            text = "".join(rng.choice("abcd") for _ in range(12))
            assert _spans(tree, text) == _spans(flat, text), (words, text)
            assert _spans(tree, text, 2) == _spans(flat, text, 2), (words, text)


def test_gazetteer_names_match_as_their_alternation():
    gazetteer = load_gazetteer()
    rng = random.Random(3)
    for names in (gazetteer.full_names, gazetteer.short_forms):
        flat, tree = re.compile("|".join(names)), re.compile(word_tree(names))
        for _ in range(300):
            text = "".join(rng.choice(names) + rng.choice("，。县市") for _ in range(8))
            assert [(m.span(), m.group()) for m in tree.finditer(text)] == [(m.span(), m.group()) for m in flat.finditer(text)]


def test_longer_word_listed_first_is_tried_first():
    assert re.fullmatch(word_tree(["广西壮族自治区", "广西", "广东"]), "广西壮族自治区")
    assert re.match(word_tree(["广西", "广西壮族自治区"]), "广西壮族自治区").group() == "广西"  # as the flat alternation
