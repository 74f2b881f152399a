"""The genre's corrections to the dictionary's parts of speech (``data/tags.toml``).

jieba's dictionary tags each word once, without context; where that tag is
the rarer use in work reports (青年 a time word, 大米 a numeral, 满意度 a place
name), the run's ``Lexicon`` answers with the tag below instead, so every step
reads the word the same way.
"""
from __future__ import annotations

from ..resources import load_data


def load_tag_corrections() -> dict[str, str]:
    """Return the words whose dictionary tag misleads in the genre, with the tag they take (once per run)."""
    return dict(load_data("extract/data/tags.toml")["corrections"])
