"""The indicator taxonomy: indicators, campaign stages, unit aliases, domain words.

Held as data (``default.toml``) so an office can pass its own with
``--taxonomy FILE`` instead of editing code. ``load_taxonomy(path)`` reads and
checks a file once (cached) and returns a ``Taxonomy``; every mistake in the
file is a ``TaxonomyError`` naming the file and the entry.

The API other stages use::

    tax = load_taxonomy()                       # the shipped default
    tax.indicators                              # tuple[Indicator]: id, label, family, core, objects, exclude
    tax.indicator("party_members").label        # "党员"
    tax.core_indicators                         # the ones a comparison shows by default
    tax.indicator_for("机关干部", "名")          # "cadres" (figures call this)
    tax.family_of("名")                         # frozenset({"people"})
    tax.stages                                  # tuple[Stage]: id, label, cues, in campaign order
    tax.stage_for("建立长效机制 推动整改落实")    # "rectification"
    tax.stage_label("learning")                 # "学习教育、听取意见"
    tax.unit_aliases                            # tuple[UnitAlias]: short "经信局", full "经济和信息化局"
    tax.canonical_unit("X市经信局")              # "X市经济和信息化局": equal names compare equal
    tax.domain_words, tax.stop_words            # for segmentation and keywords
    tax.lexicon, tax.lexicon_set                # every word segmentation must keep whole

Indicator mapping: a figure maps to the indicator whose ``objects`` word its
counted object contains (the longest such word wins, so 党员干部 is a cadre
count, not a party-member count), provided its unit is in the indicator's
unit family and the object holds none of the indicator's ``exclude`` words.

Stage cues: a text belongs to the stage whose cue words it carries most,
scanned longest cue first without overlaps and weighted by cue length.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from ..errors import TaxonomyError
from ..messages import N_, _
from ..oserrors import os_problem
from ..tomlerrors import toml_problem
from ..resources import data_path

DEFAULT_PATH = data_path("taxonomy/default.toml")

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_QUOTES = str.maketrans("", "", "“”\"'‘’「」『』《》 \t")


@dataclass(frozen=True)
class Indicator:
    """One comparable indicator: what it counts, in which unit family."""

    id: str
    label: str
    family: str
    core: bool
    objects: tuple[str, ...]
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stage:
    """One campaign stage and the cue words that place a measure in it."""

    id: str
    label: str
    cues: tuple[str, ...]


@dataclass(frozen=True)
class UnitAlias:
    """A generic abbreviation of part of an organisation's name."""

    short: str
    full: str


@dataclass(frozen=True, eq=False)
class Taxonomy:
    """The parsed, checked taxonomy file; ``raw`` keeps every table as read."""

    path: str
    raw: dict = field(default_factory=dict, repr=False)
    indicators: tuple[Indicator, ...] = field(init=False, repr=False)
    stages: tuple[Stage, ...] = field(init=False, repr=False)
    unit_families: dict[str, frozenset[str]] = field(init=False, repr=False)
    unit_aliases: tuple[UnitAlias, ...] = field(init=False, repr=False)
    domain_words: tuple[str, ...] = field(init=False, repr=False)
    stop_words: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        parsed = _parse(self.raw, self.path)
        for name, value in parsed.items():
            object.__setattr__(self, name, value)

    # -- indicators ----------------------------------------------------------

    def indicator(self, indicator_id: str) -> Indicator:
        """Return the indicator with this id (KeyError when there is none)."""
        for ind in self.indicators:
            if ind.id == indicator_id:
                return ind
        raise KeyError(indicator_id)

    @property
    def core_indicators(self) -> tuple[Indicator, ...]:
        """Return the indicators a comparison shows by default, in file order."""
        return tuple(i for i in self.indicators if i.core)

    def family_of(self, unit: str) -> frozenset[str]:
        """Return the names of the unit families ``unit`` belongs to."""
        return frozenset(name for name, units in self.unit_families.items() if unit in units)

    @cached_property
    def _indicator_words(self) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]], frozenset[int], int]:
        """Return the tables ``indicator_for`` looks a figure's object up in, built once per taxonomy.

        Which indicators (by index) each object word and each exclude word
        belongs to, the indicators an empty exclude word shuts out of every
        object, and the longest word: an object is looked up by its own
        pieces, a few dozen, rather than by testing every word of every
        indicator against it.
        """
        objects: dict[str, list[int]] = {}
        excludes: dict[str, list[int]] = {}
        always_excluded: set[int] = set()
        for index, ind in enumerate(self.indicators):
            for word in ind.objects:
                if word:  # an empty object word names nothing (its length, 0, never counts)
                    objects.setdefault(word, []).append(index)
            for word in ind.exclude:
                if word:
                    excludes.setdefault(word, []).append(index)
                else:
                    always_excluded.add(index)  # an empty word is inside every object
        longest = max(map(len, [*objects, *excludes]), default=0)
        return ({w: tuple(i) for w, i in objects.items()}, {w: tuple(i) for w, i in excludes.items()},
                frozenset(always_excluded), longest)

    def indicator_for(self, obj: str | None, unit: str) -> str | None:
        """Return the id of the indicator a figure counting ``obj`` in ``unit`` maps to, else None.

        The indicator of ``unit``'s families whose longest object word inside
        ``obj`` is longest (the first in file order on a tie), unless one of
        its exclude words is inside ``obj`` too.
        """
        if not obj:
            return None
        obj = obj.translate(_QUOTES)
        objects, excludes, excluded, longest = self._indicator_words
        found: dict[int, int] = {}  # indicator index -> its longest object word inside ``obj``
        n = len(obj)
        for start in range(n):
            for stop in range(start + 1, min(n, start + longest) + 1):
                piece = obj[start:stop]
                for index in objects.get(piece, ()):
                    if stop - start > found.get(index, 0):
                        found[index] = stop - start
                if piece in excludes:
                    excluded = excluded | set(excludes[piece])
        if not found:
            return None
        families = self.family_of(unit)
        best: tuple[int, str] | None = None
        for index in sorted(found):
            ind = self.indicators[index]
            if ind.family not in families or index in excluded:
                continue
            if best is None or found[index] > best[0]:
                best = (found[index], ind.id)
        return best[1] if best else None

    # -- stages --------------------------------------------------------------

    def stage(self, stage_id: str) -> Stage:
        """Return the stage with this id (KeyError when there is none)."""
        for st in self.stages:
            if st.id == stage_id:
                return st
        raise KeyError(stage_id)

    def stage_label(self, stage_id: str | None) -> str | None:
        """Return the Chinese label of a stage id (None for None)."""
        return self.stage(stage_id).label if stage_id else None

    @cached_property
    def _cue_pattern(self) -> tuple[re.Pattern[str], dict[str, int]]:
        """Return one longest-first pattern over all cues, and each cue's stage index."""
        owner: dict[str, int] = {}
        for index, st in enumerate(self.stages):
            for cue in st.cues:
                owner.setdefault(cue, index)
        cues = sorted(owner, key=len, reverse=True)
        return re.compile("|".join(map(re.escape, cues))), owner

    def stage_for(self, text: str) -> str | None:
        """Return the campaign stage whose cue words ``text`` carries, else None."""
        if not text or not self.stages:
            return None
        pattern, owner = self._cue_pattern
        scores = [0] * len(self.stages)
        first = [len(text)] * len(self.stages)
        for match in pattern.finditer(text):
            index = owner[match.group()]
            scores[index] += len(match.group())
            first[index] = min(first[index], match.start())
        top = max(scores)
        if not top:
            return None
        winners = [i for i, s in enumerate(scores) if s == top]
        return self.stages[min(winners, key=lambda i: first[i])].id

    # -- units and words -----------------------------------------------------

    @cached_property
    def _alias_pattern(self) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        """Return one longest-first pattern over the short forms, and their full forms."""
        full = {a.short: a.full for a in self.unit_aliases}
        if not full:
            return None, full
        return re.compile("|".join(map(re.escape, sorted(full, key=len, reverse=True)))), full

    def canonical_unit(self, name: str) -> str:
        """Return an organisation name with every generic abbreviation spelled out in full."""
        pattern, full = self._alias_pattern
        name = name.strip()
        return pattern.sub(lambda m: full[m.group()], name) if pattern else name

    @cached_property
    def lexicon(self) -> tuple[str, ...]:
        """Return every word segmentation must keep whole: domain words, objects, cues, unit names."""
        words: dict[str, None] = {}
        sources = [self.domain_words]
        sources += [ind.objects for ind in self.indicators]
        sources += [st.cues for st in self.stages]
        sources += [(a.short, a.full) for a in self.unit_aliases]
        for group in sources:
            for word in group:
                if len(word) >= 2:
                    words.setdefault(word, None)
        return tuple(words)


# -- parsing and checking ------------------------------------------------------

_TABLE_KEYS = {
    "indicators": ({"id", "label", "family", "objects"}, {"core", "exclude"}),
    "stages": ({"id", "label", "cues"}, set()),
    "unit_aliases": ({"short", "full"}, set()),
}
_TOP_KEYS = {"version", "unit_families", "indicators", "stages", "unit_aliases", "words"}


def _entry(table: str, n: int, ident: str | None) -> str:
    """Return where an entry is, as the file's reader counts: ``indicators entry 3 (id 'party_members')``."""
    if ident is None:
        return _("{table} entry {n}").format(table=table, n=n)
    return _("{table} entry {n} (id {ident!r})").format(table=table, n=n, ident=ident)


def _fail(path: str, where: str, problem: str, **params: Any) -> TaxonomyError:
    """Return the error for one bad entry, naming the file and the entry; ``problem`` is a marked message."""
    return TaxonomyError(N_("taxonomy file {path}: {where}: {problem}"), path=path, where=where,
                         problem=_(problem).format(**params) if params else _(problem))


def _words(value: Any, path: str, where: str, *, required: bool = True) -> tuple[str, ...]:
    """Return a list of non-empty strings, or fail naming the entry."""
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise _fail(path, where, N_("must be a list of non-empty strings"))
    if required and not value:
        raise _fail(path, where, N_("must not be empty"))
    return tuple(w.strip() for w in value)


def _entries(raw: dict, key: str, path: str) -> list[dict]:
    """Return the entries of an array of tables, each checked for missing and unknown keys."""
    entries = raw.get(key, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise _fail(path, key, N_("must be an array of tables ([[{key}]])"), key=key)
    required, optional = _TABLE_KEYS[key]
    for n, entry in enumerate(entries, 1):
        where = _entry(key, n, entry.get("id"))
        missing = sorted(required - entry.keys())
        if missing:
            raise _fail(path, where, N_("missing key(s): {keys}"), keys=', '.join(missing))
        unknown = sorted(entry.keys() - required - optional)
        if unknown:
            raise _fail(path, where, N_("unknown key(s): {keys}; allowed: {allowed}"),
                        keys=', '.join(unknown), allowed=', '.join(sorted(required | optional)))
        for name in required - {"objects", "cues"}:
            if not isinstance(entry[name], str) or not entry[name].strip():
                raise _fail(path, where, N_("{name} must be a non-empty string"), name=name)
    return entries


def _unique_ids(entries: list[dict], key: str, path: str) -> None:
    """Fail when two entries share an id or an id is not lower_snake_case."""
    seen: set[str] = set()
    for n, entry in enumerate(entries, 1):
        ident = entry["id"]
        if not _ID.match(ident):
            raise _fail(path, _entry(key, n, ident), N_("id must be lower_snake_case ASCII, like party_members"))
        if ident in seen:
            raise _fail(path, _entry(key, n, ident), N_("duplicate id {ident!r}"), ident=ident)
        seen.add(ident)


def _parse(raw: dict, path: str) -> dict[str, Any]:
    """Return the typed tables of a taxonomy, or fail on the first bad entry."""
    unknown = sorted(raw.keys() - _TOP_KEYS)
    if unknown:
        raise _fail(path, _("top level"), N_("unknown table(s): {tables}; allowed: {allowed}"),
                    tables=', '.join(unknown), allowed=', '.join(sorted(_TOP_KEYS)))
    for key in ("unit_families", "indicators", "stages"):
        if key not in raw:
            raise _fail(path, _("top level"), N_("missing table {key!r}"), key=key)

    fam_raw = raw["unit_families"]
    if not isinstance(fam_raw, dict) or not fam_raw:
        raise _fail(path, "unit_families", N_("must be a table of family = [measure words]"))
    families = {name: frozenset(_words(units, path, f"unit_families.{name}")) for name, units in fam_raw.items()}

    ind_entries = _entries(raw, "indicators", path)
    _unique_ids(ind_entries, "indicators", path)
    indicators = []
    for n, e in enumerate(ind_entries, 1):
        where = _entry("indicators", n, e["id"])
        if e["family"] not in families:
            raise _fail(path, where, N_("unknown unit family {family!r}; known: {known}"),
                        family=e['family'], known=', '.join(sorted(families)))
        core = e.get("core", False)
        if not isinstance(core, bool):
            raise _fail(path, where, N_("core must be true or false"))
        indicators.append(Indicator(
            id=e["id"], label=e["label"].strip(), family=e["family"], core=core,
            objects=_words(e["objects"], path, f"{where}.objects"),
            exclude=_words(e.get("exclude", []), path, f"{where}.exclude", required=False),
        ))

    stage_entries = _entries(raw, "stages", path)
    _unique_ids(stage_entries, "stages", path)
    stages = tuple(Stage(e["id"], e["label"].strip(), _words(e["cues"], path, _entry("stages", n, e["id"]) + ".cues"))
                   for n, e in enumerate(stage_entries, 1))

    aliases = []
    shorts: set[str] = set()
    for n, e in enumerate(_entries(raw, "unit_aliases", path), 1):
        if e["short"] in shorts:
            raise _fail(path, _entry("unit_aliases", n, e["short"]), N_("duplicate short form {short!r}"),
                        short=e['short'])
        shorts.add(e["short"])
        aliases.append(UnitAlias(e["short"].strip(), e["full"].strip()))

    words = raw.get("words", {})
    if not isinstance(words, dict):
        raise _fail(path, "words", N_("must be a table with domain = [...] and stop = [...]"))
    unknown = sorted(words.keys() - {"domain", "stop"})
    if unknown:
        raise _fail(path, "words", N_("unknown key(s): {keys}; allowed: domain, stop"), keys=', '.join(unknown))
    return {
        "unit_families": families,
        "indicators": tuple(indicators),
        "stages": stages,
        "unit_aliases": tuple(aliases),
        "domain_words": _words(words.get("domain", []), path, "words.domain", required=False),
        "stop_words": frozenset(_words(words.get("stop", []), path, "words.stop", required=False)),
    }


@lru_cache(maxsize=8)
def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Return the checked taxonomy at ``path`` (default: the shipped one)."""
    path = path or DEFAULT_PATH
    try:
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise TaxonomyError(N_("cannot read taxonomy file {path} ({error}); check the file given with --taxonomy"),
                            path=path, error=os_problem(exc)) from None
    except UnicodeDecodeError:
        raise TaxonomyError(N_("taxonomy file {path} is not UTF-8 text; save it as UTF-8"), path=path) from None
    except tomllib.TOMLDecodeError as exc:
        raise TaxonomyError(N_("taxonomy file {path} is not valid TOML: {error}"), path=path,
                            error=toml_problem(exc)) from None
    return Taxonomy(path=str(path), raw=raw)
