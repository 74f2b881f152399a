"""How extraction is built: one lexicon per run through every step, components in one list, no import cycles."""
from __future__ import annotations

import ast
import inspect
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import seed_text, shipped_lexicon, shipped_normalise_rules
from reportgen.extract import COMPONENTS, extract, load_lexicon
from reportgen.extract.components import replaced, without
from reportgen.extract.segment import Segmenter
from reportgen.ingest.text import read_text
from reportgen.normalise import normalise
from reportgen.records import Figure
from reportgen.taxonomy import DEFAULT_PATH, Taxonomy

RULES = shipped_normalise_rules()

PACKAGE = Path(__file__).resolve().parent.parent / "reportgen"


def _document(prefix: str):
    return normalise(read_text(seed_text(prefix).encode("utf-8"))[0], RULES)


def _taxonomy_with_domain_words(*words: str) -> Taxonomy:
    raw = tomllib.loads(DEFAULT_PATH.read_text("utf-8"))
    raw["words"]["domain"] = [*raw["words"]["domain"], *words]
    return Taxonomy(path="user.toml", raw=raw)


# -- the user's taxonomy reaches every step --------------------------------------

def test_a_users_taxonomy_reaches_the_framework_through_the_metadata_step():
    """The framework is cut with the run's words: a user's domain word keeps 暖心行动 whole."""
    text = "县委推行三项暖心行动\n\n一是走访困难群众，建立帮扶台账。二是解决急难问题。三是建立长效机制。"
    document = normalise(read_text(text.encode("utf-8"))[0], RULES)
    shipped = extract(document, shipped_lexicon())[0]
    users = extract(document, load_lexicon(_taxonomy_with_domain_words("暖心行动")))[0]
    assert users.framework == "三项暖心行动"
    assert shipped.framework != users.framework


class _RecordingSegmenter(Segmenter):
    """A segmenter that notes which extract module asked it for words or tags."""

    def __init__(self, words):
        super().__init__(words)
        self.callers: set[str] = set()

    def _note(self):
        for frame in inspect.stack()[2:8]:
            module = frame.frame.f_globals.get("__name__", "")
            if module.startswith("reportgen.extract.") and module not in ("reportgen.extract.lexicon",):
                self.callers.add(module.rsplit(".", 1)[1])
                return

    def words(self, text):
        self._note()
        return super().words(text)

    def tag_of(self, word):
        self._note()
        return super().tag_of(word)

    def frequency(self, word):
        self._note()
        return super().frequency(word)


def test_every_step_that_reads_words_reads_them_from_the_runs_segmenter(monkeypatch):
    lexicon = shipped_lexicon()
    spy = _RecordingSegmenter(lexicon.taxonomy.lexicon)
    built = []
    real_init = Segmenter.__init__

    def counting_init(self, words):
        built.append(self)
        real_init(self, words)

    monkeypatch.setattr(Segmenter, "__init__", counting_init)
    articles = [a for prefix in ("000", "001", "003") for a in extract(_document(prefix), replace(lexicon, segmenter=spy))]
    assert articles and all(a.unit for a in articles)
    assert built == []  # no step built a segmenter (a default word list) of its own
    assert {"places", "reporting_unit", "framework", "objects"} <= spy.callers
    # the keywords read the lines the unit finder cut (the lexicon keeps them for the document); read afresh,
    # they are the run's segmenter's too
    from reportgen.extract.keywords import find_keywords

    fresh = replace(lexicon, segmenter=spy)
    spy.callers.clear()
    assert find_keywords(articles[0].paragraphs, fresh)
    assert spy.callers == {"keywords"}


def test_no_extract_module_loads_a_table_or_a_taxonomy_on_its_own():
    """Tables are read by their loaders, which only the run's Lexicon calls; nothing is cached per module."""
    loaders = {"cues.py", "figure_rules.py", "gazetteer.py", "measure_rules.py", "segment.py", "table_rules.py", "tag_corrections.py",
               "tagger.py", "unit_name_rules.py"}
    for path in sorted((PACKAGE / "extract").glob("*.py")):
        source = path.read_text("utf-8")
        assert "load_taxonomy" not in source, path.name
        assert "lru_cache" not in source or path.name == "segment.py", path.name
        if path.name not in loaders:
            assert "load_data(" not in source, path.name


# -- components ------------------------------------------------------------------

def test_the_component_list_says_what_each_reads_and_adds():
    names = [c.name for c in COMPONENTS]
    assert names == ["meta", "measures", "figures", "table_figures", "keywords"]
    added = set()
    for component in COMPONENTS:
        for field in component.reads:
            assert field in ("blocks", "document_meta") or field in added, (component.name, field)
        added |= set(component.adds)


def test_a_component_can_be_replaced():
    def one_figure(work, lexicon):
        work.article.figures = [Figure(text="7个", value=7, unit="个", object="测试")]

    document = _document("001")
    full = extract(document, shipped_lexicon())
    swapped = extract(document, shipped_lexicon(), replaced(COMPONENTS, "figures", one_figure))
    assert [f.text for a in swapped for f in a.figures] == ["7个"]
    assert [a.measures for a in swapped] == [a.measures for a in full]
    assert [(a.title, a.unit, a.keywords) for a in swapped] == [(a.title, a.unit, a.keywords) for a in full]


def test_a_component_can_be_skipped_or_run_alone():
    document = _document("001")
    full = extract(document, shipped_lexicon())
    skipped = extract(document, shipped_lexicon(), without(COMPONENTS, "keywords"))
    assert all(not a.keywords for a in skipped) and any(a.keywords for a in full)
    assert [a.figures for a in skipped] == [a.figures for a in full]
    alone = extract(document, shipped_lexicon(), [c for c in COMPONENTS if c.name == "measures"])
    assert [a.measures for a in alone] == [a.measures for a in full]
    assert all(a.title is None and not a.figures for a in alone)
    with pytest.raises(KeyError):
        without(COMPONENTS, "no such step")


# -- import graph ----------------------------------------------------------------

def _module_imports() -> dict[str, set[str]]:
    """Return each reportgen module's imports of other reportgen modules, at any depth of the code
    (imports inside functions count; type-checking-only imports and a module's own ancestor
    packages, which Python imports before it anyway, do not)."""
    modules: dict[str, Path] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text("utf-8"))
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        type_only = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
                     for n in ast.walk(node)}
        deps: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in type_only:
                continue
            if isinstance(node, ast.ImportFrom):
                base = ".".join(package[: len(package) - node.level + 1] + ([node.module] if node.module else [])) \
                    if node.level else node.module
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    deps.add(full if full in modules else base)
            elif isinstance(node, ast.Import):
                deps.update(alias.name for alias in node.names)
        # a module's own ancestor packages are imported before it in any case: no edge to them
        graph[name] = {d for d in deps if d in modules and d != name and not name.startswith(d + ".")}
    return graph


def test_no_import_cycles():
    graph = _module_imports()
    assert graph["reportgen.extract.figures"] >= {"reportgen.extract.objects"}  # the walk sees real imports
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                cycles.append(path[path.index(dep):] + [dep])
            elif dep not in state:
                visit(dep, path + [dep])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []
