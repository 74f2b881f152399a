"""Whether a clause's predicate opens a text, so the name before it is the clause's actor (某镇 + 召开…)."""
from __future__ import annotations

from .lexicon import Lexicon

# A place followed by one of these parts of speech is a clause's subject (某镇
# 近日组织, 某街道在广场举行, 某县召开): verbs, adverbs, times, prepositions.
PREDICATE_TAGS = frozenset("vdtp")
# An adjective used as an adverb (认真) opens a predicate too.
ADVERBIAL_TAGS = frozenset({"ad"})
# Set phrases (紧紧围绕, 高度重视) and words of manner the dictionary keeps whole (认真落实) are judged
# by their first word.
PREDICATE_SET_PHRASE_TAGS = frozenset({"l", "i", "z"})
# The dictionary tags a few such phrases a person's name (广泛开展): a name of four characters whose second half
# is a verb after an adverb or adjective is one of them, judged the same way.
MISTAGGED_PHRASE_TAGS = frozenset({"nr"})
MISTAGGED_PHRASE_LENGTH = 4
# A frequency said before the predicate (每月, 每个 + 月, 每季度) opens it too (某市每月开展…): the word it opens
# with, then a numeral, measure word or time word (月) at most, then the predicate.
FREQUENCY_MARK = "每"
FREQUENCY_UNIT_TAGS = frozenset("mqt")


def opens_predicate(text: str, lex: Lexicon) -> bool:
    """Return whether ``text`` opens with its clause's predicate, so the name before it is the actor.

    A verb, adverb, time or preposition (召开, 近日, 在); an adverbial
    adjective (认真); an adjective before a verb (扎实 + 推进); a set phrase
    whose first word is one of those (紧紧围绕, 高度重视); a frequency before
    a verb (每个月 + 开展).
    """
    words = lex.words(text)
    if not words:
        return False
    tag = lex.tag_of(words[0])
    if words[0].startswith(FREQUENCY_MARK) and len(words) > 1:
        k = 2 if len(words) > 2 and lex.tag_of(words[1])[:1] in FREQUENCY_UNIT_TAGS else 1
        return lex.tag_of(words[k])[:1] in PREDICATE_TAGS  # 每个 + 月 + 开展; not 每个 + 党员
    if (tag in PREDICATE_SET_PHRASE_TAGS and len(words[0]) > 2) or \
            (tag in MISTAGGED_PHRASE_TAGS and len(words[0]) == MISTAGGED_PHRASE_LENGTH):
        # a set phrase is a predicate by its first word (紧紧围绕) or, adverb and verb, by its last (高度重视)
        tag = lex.tag_of(words[0][:2])
        if lex.tag_of(words[0][-2:])[:1] == "v" and tag[:1] in "vdan":
            return True
    if tag[:1] in PREDICATE_TAGS or tag in ADVERBIAL_TAGS:
        return True
    return tag == "a" and len(words) > 1 and lex.tag_of(words[1])[:1] == "v"
