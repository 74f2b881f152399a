"""Fixtures shared by every test: the seed reports and their gold annotations."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"
CASES = Path(__file__).resolve().parent / "cases"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def seed_text(prefix: str) -> str:
    """Return the raw text of the seed whose name starts with ``prefix`` (e.g. "003")."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold() -> dict[str, dict]:
    """Gold annotations by file name; tests needing them skip when ../shared is absent."""
    if not GOLD.is_dir():
        pytest.skip("../shared/gold is not beside the checkout")
    return {json.loads(p.read_text("utf-8"))["file"]: json.loads(p.read_text("utf-8")) for p in sorted(GOLD.glob("*.json"))}


@pytest.fixture(autouse=True)
def english_messages(monkeypatch):
    """Tests read messages in English unless they ask for Chinese (``--lang zh``, ``set_language("zh")``):
    the default for a clerk is Chinese, which ``test_workflow`` and ``test_messages`` check."""
    from reportgen.messages import set_language

    monkeypatch.setenv("LANGUAGE", "en")
    set_language("en")


_LEXICONS: list = []


def shipped_lexicon():
    """Return the extraction lexicon of the shipped taxonomy (built once for the whole test session)."""
    if not _LEXICONS:
        from reportgen.extract import load_lexicon
        from reportgen.taxonomy import load_taxonomy

        _LEXICONS.append(load_lexicon(load_taxonomy()))
    return _LEXICONS[0]


@pytest.fixture(scope="session")
def lexicon():
    return shipped_lexicon()


_NORMALISE_RULES: list = []


def shipped_normalise_rules():
    """Return normalise's rule tables (loaded once for the whole test session)."""
    if not _NORMALISE_RULES:
        from reportgen.normalise import load_normalise_rules

        _NORMALISE_RULES.append(load_normalise_rules())
    return _NORMALISE_RULES[0]


def extract_article(text: str):
    """Return the one article reportgen extracts from ``text``, read as a plain-text report."""
    from reportgen.extract import extract
    from reportgen.ingest.text import read_text
    from reportgen.normalise import normalise

    (article,) = extract(normalise(read_text(text.encode("utf-8"))[0], shipped_normalise_rules()), shipped_lexicon())
    return article


def objects_of(text: str, lexicon) -> list:
    """Return the counted object of every figure found in ``text``, in order (None where none is named)."""
    from reportgen.extract.figures import find_figures
    from reportgen.nodes import Para

    return [f.object for f in find_figures((Para.of(text),), lexicon)]


def names_the_same(gold: str, got: str | None) -> bool:
    """Return True when ``got`` names ``gold`` as the annotation guide allows.

    The guide asks for the shortest noun phrase; a phrase with a short modifier
    more (at most two characters) or one trimmed to no less than half of it names
    the same thing (`道路硬化问题` / `硬化问题`), as the project's scorer counts it.
    """
    if not got:
        return False
    if gold in got:
        return len(got) - len(gold) <= 2
    return got in gold and len(got) >= len(gold) / 2
