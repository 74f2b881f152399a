"""Find CJK fonts a PDF can embed: installed official faces first, else Noto Sans SC.

reportlab embeds only TrueType-outline fonts (``glyf``); it cannot load CFF
OpenType (the Noto CJK ``.ttc`` files most Linux systems ship), and its built-in
``STSong-Light`` embeds nothing. So a role (body, title, heading1 …) resolves to:

1. an installed face named in the layout's preference list (仿宋, 宋体, 黑体,
   楷体 …) whose file has TrueType outlines, found with fontconfig's ``fc-list``
   or, where fontconfig is absent, by scanning the usual font folders; else
2. a face a package ships, where the preference list names it: Noto Serif SC
   (SIL OFL, a 宋体-like serif, from ``pylopdf-fonts-zh-cn``) is CFF OpenType, so
   on first use its GB 2312 characters (with ASCII and CJK punctuation) are
   subset and their outlines converted to TrueType quadratics
   (``fontTools.pens.cu2quPen``), then cached (about 15 s of CPU, once per
   machine); characters outside it are drawn in the fallback below; else
3. Noto Sans SC (SIL OFL) from the ``justmytype-intl-cjk`` package. That is a
   variable font and reportlab draws only its default (Thin) master, so static
   Regular (wght 400) and Bold (wght 700) instances are cut with
   ``fontTools.varLib.instancer`` on first use and cached in the user cache
   folder (about 15 s each, once per machine).

Nothing proprietary is shipped; Microsoft or Founder faces are used only when the
machine already has them. No reportlab import here: ``pdf.py`` registers faces.
"""
from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import OutputError, warn
from ..messages import N_, _

#: where the one-time cutting of a font instance is announced (start and end,
#: ``record.phase``); the command line shows it, a library caller may listen
FONT_LOG = logging.getLogger("reportgen.fonts")
FALLBACK_FAMILY = "Noto Sans SC"
FALLBACK_WEIGHTS = {"regular": 400, "bold": 700}
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
SCAN_DIRS = (
    "/usr/share/fonts", "/usr/local/share/fonts", "~/.fonts", "~/.local/share/fonts",
    "/Library/Fonts", "/System/Library/Fonts", "~/Library/Fonts",
    "C:/Windows/Fonts", "~/AppData/Local/Microsoft/Windows/Fonts",
)


@dataclass(frozen=True)
class Face:
    """One font face in a file (``index`` selects a face inside a .ttc)."""

    family: str
    path: Path
    index: int = 0
    bold: bool = False


@dataclass(frozen=True)
class FacePair:
    """The regular and bold faces a role draws with."""

    regular: Face
    bold: Face


# -- the fallback: static instances of Noto Sans SC -------------------------

def cache_dir() -> Path:
    """Return the folder where cut font instances are kept between runs."""
    override = os.environ.get("REPORTGEN_CACHE_DIR")
    if override:
        return Path(override) / "fonts"
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "reportgen" / "fonts"


def variable_source() -> Path:
    """Return the Noto Sans SC variable font shipped by justmytype-intl-cjk."""
    try:
        import justmytype_intl_cjk
    except ImportError:
        raise OutputError(N_("the package justmytype-intl-cjk is missing; run `pip install "
                             "justmytype-intl-cjk`")) from None
    path = Path(justmytype_intl_cjk.__file__).parent / "fonts" / "ofl" / "notosanssc" / "NotoSansSC[wght].ttf"
    if not path.is_file():
        raise OutputError(N_("{path} is missing; reinstall justmytype-intl-cjk"), path=path)
    return path


def fallback_face(weight: str = "regular") -> Face:
    """Return a static Noto Sans SC instance (``regular`` or ``bold``), cutting it if needed."""
    source = variable_source()
    wght = FALLBACK_WEIGHTS[weight]
    target = _instance_path(source, weight)
    if not target.is_file():
        missing = [w for w in FALLBACK_WEIGHTS if not _instance_path(source, w).is_file()]
        step = _("{n} of {total}").format(n=len(FALLBACK_WEIGHTS) - len(missing) + 1, total=len(FALLBACK_WEIGHTS))
        FONT_LOG.info(_("Preparing the PDF font {family} {weight} ({step}): this happens once on this machine "
                        "and takes about half a minute; it is kept in {folder} for every later PDF.").format(
                          family=FALLBACK_FAMILY, weight=weight.title(), step=step, folder=target.parent),
                      extra={"phase": "start"})
        started = time.monotonic()
        _cut_instance(source, wght, target)
        FONT_LOG.info(_("PDF font {family} {weight} ready ({step}, {seconds:.0f} s).").format(
                          family=FALLBACK_FAMILY, weight=weight.title(), step=step,
                          seconds=time.monotonic() - started), extra={"phase": "done"})
    return Face(FALLBACK_FAMILY, target, 0, bold=weight == "bold")


def _instance_path(source: Path, weight: str) -> Path:
    """Return where the static instance of ``weight`` is cached (named by the source's size: a new font, a new cut)."""
    return cache_dir() / f"NotoSansSC-{weight.title()}-{FALLBACK_WEIGHTS[weight]}-{source.stat().st_size}.ttf"


def _cut_instance(source: Path, wght: int, target: Path) -> None:
    """Write the static instance of ``source`` at weight ``wght`` to ``target`` atomically."""
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    static = instancer.instantiateVariableFont(TTFont(source), {"wght": wght}, updateFontNames=False)
    _name_instance(static, "Bold" if wght >= 700 else "Regular", wght)
    _save_cached(static, target)


def _save_cached(font: object, target: Path) -> None:
    """Save a fontTools font into the cache at ``target`` atomically (a temporary ``.part``, then a rename),
    so a killed build never leaves a half-written font that a later one would trust."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=target.name, suffix=".part", dir=target.parent)
    except OSError as exc:
        raise OutputError(N_("cannot write the font cache {parent}: {error}; set REPORTGEN_CACHE_DIR to a "
                             "writable folder"), parent=target.parent, error=exc) from None
    os.close(fd)
    try:
        font.save(tmp)
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _name_instance(font: object, style: str, wght: int) -> None:
    """Give a cut instance its own names (the variable font's default names say Thin)."""
    family = FALLBACK_FAMILY
    names = {1: family, 2: style, 4: f"{family} {style}", 6: f"{family.replace(' ', '')}-{style}",
             16: family, 17: style}
    table = font["name"]
    for name_id, text in names.items():
        table.setName(text, name_id, 3, 1, 0x409)
    font["OS/2"].usWeightClass = wght
    font["OS/2"].fsSelection = (font["OS/2"].fsSelection & ~0b1100001) | (0b100000 if style == "Bold" else 0b1000000)
    font["head"].macStyle = 1 if style == "Bold" else 0


# -- installed faces --------------------------------------------------------

def has_truetype_outlines(path: Path, index: int = 0) -> bool:
    """Return whether a font file's face has ``glyf`` outlines (reportlab cannot draw CFF)."""
    from fontTools.ttLib import TTFont, TTLibError

    try:
        with TTFont(path, fontNumber=index, lazy=True) as font:
            return "glyf" in font and "cmap" in font
    except (TTLibError, OSError, ValueError, AssertionError):
        return False


@functools.lru_cache(maxsize=1)
def installed_faces() -> tuple[Face, ...]:
    """Return the installed faces with Chinese coverage (fontconfig, else a folder scan)."""
    faces = _faces_from_fontconfig()
    return faces if faces is not None else _faces_from_scan()


def _faces_from_fontconfig() -> tuple[Face, ...] | None:
    """Return faces listed by ``fc-list :lang=zh``; None when fontconfig is absent."""
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return None
    try:
        out = subprocess.run(
            [fc_list, "--format", "%{file}\t%{index}\t%{family}\t%{weight}\n", ":lang=zh"],
            capture_output=True, text=True, timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    faces = []
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) != 4 or not parts[1].isdigit():
            continue
        bold = parts[3].isdigit() and int(parts[3]) >= 180   # fontconfig: 200 = bold
        for family in parts[2].split(","):
            faces.append(Face(family.strip(), Path(parts[0]), int(parts[1]), bold))
    return tuple(faces)


def _faces_from_scan() -> tuple[Face, ...]:
    """Return faces found by reading the name tables of files in the usual font folders."""
    from fontTools.ttLib import TTCollection, TTFont, TTLibError

    faces = []
    for folder in SCAN_DIRS:
        root = Path(folder).expanduser()
        if not root.is_dir():
            continue
        for path in root.rglob("*"):
            if path.suffix.lower() not in FONT_SUFFIXES:
                continue
            try:
                fonts = TTCollection(path, lazy=True).fonts if path.suffix.lower() == ".ttc" else [TTFont(path, lazy=True)]
                for index, font in enumerate(fonts):
                    bold = bool(font["OS/2"].usWeightClass >= 600) if "OS/2" in font else False
                    names = {r.toUnicode() for r in font["name"].names if r.nameID in (1, 16)}
                    faces.extend(Face(n, path, index, bold) for n in names)
            except (TTLibError, OSError, ValueError, KeyError, AssertionError, UnicodeDecodeError):
                continue
    return tuple(faces)


def find_installed(names: tuple[str, ...] | list[str]) -> FacePair | None:
    """Return the first of ``names`` installed as TrueType (with its bold if it has one) or shipped by a package."""
    faces = installed_faces()
    for name in names:
        wanted = name.casefold()
        matches = [f for f in faces if f.family.casefold() == wanted and has_truetype_outlines(f.path, f.index)]
        regular = next((f for f in matches if not f.bold), None)
        if regular is None:
            packaged = packaged_face(name)
            if packaged is not None:
                return FacePair(packaged, fallback_face("bold"))
            continue
        bold = next((f for f in matches if f.bold), None)
        return FacePair(regular, bold or fallback_face("bold"))
    return None


# -- faces packages ship as CFF OpenType: subset and converted to TrueType ---------

SERIF_FAMILY = "Noto Serif SC"
PACKAGED = {SERIF_FAMILY.casefold(): ("pylopdf_fonts_zh_cn", "serif_path", "pylopdf-fonts-zh-cn")}


def packaged_face(name: str) -> Face | None:
    """Return the TrueType cut of a face a package ships (Noto Serif SC), None when ``name`` is not one.

    A missing package is a warning, and the role falls back to Noto Sans SC.
    """
    entry = PACKAGED.get(name.casefold())
    if entry is None:
        return None
    module_name, getter, dist = entry
    try:
        import importlib

        source = Path(getattr(importlib.import_module(module_name), getter)())
    except (ImportError, AttributeError):
        warn("W505", N_("{name} is named in [fonts] but the package {dist} is missing; the PDF uses Noto "
                        "Sans SC instead; run `pip install {dist}`"), name=name, dist=dist)
        return None
    if not source.is_file():
        raise OutputError(N_("{source} is missing; reinstall {dist}"), source=source, dist=dist)
    target = cache_dir() / f"{source.stem}-GB2312-{source.stat().st_size}.ttf"
    if not target.is_file():
        _cut_truetype(source, target)
    return Face(name, target, 0)


def gb2312_characters() -> set[int]:
    """Return the code points of GB 2312 (its 6763 hanzi and symbols), ASCII and CJK punctuation."""
    chars = set(range(0x20, 0x7F)) | set(range(0x2000, 0x2070)) | set(range(0x3000, 0x3040)) \
        | set(range(0xFF00, 0xFFF0))
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes((row, cell)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return chars


def _cut_truetype(source: Path, target: Path) -> None:
    """Write ``source`` (CFF OpenType) subset to GB 2312 with TrueType outlines to ``target`` atomically."""
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(source)
    options = subset.Options()
    options.layout_features, options.name_IDs, options.notdef_outline = [], ["*"], True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=gb2312_characters())
    subsetter.subset(font)
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:  # cubic CFF curves to quadratic TrueType ones, within 1 font unit
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, glyphs
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion, maxp.numGlyphs = 0x00010000, len(order)
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxPoints",
                 "maxContours", "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat, font["head"].glyphDataFormat = 1, 0
    post = font["post"]
    post.formatType, post.extraNames, post.mapping = 2.0, [], {}
    font.sfntVersion = "\x00\x01\x00\x00"
    _save_cached(font, target)


def resolve(names: tuple[str, ...] | list[str]) -> FacePair:
    """Return the faces a PDF draws a role with: an installed preferred face, else Noto Sans SC.

    A preferred face without a bold weight pairs with Noto Sans SC Bold, a 黑体-style
    face, which is how Chinese documents set bold anyway.
    """
    return find_installed(names) or FacePair(fallback_face("regular"), fallback_face("bold"))


def font_path(role: str = "body", names: tuple[str, ...] | list[str] = ()) -> Path:
    """Return a TrueType file for charts, the same face the PDF uses for ``role``.

    ``names`` is the layout's preference list for that role (``layout.fonts.for_role``);
    without it the Noto Sans SC instance is returned. A face inside a .ttc other than
    the first cannot be picked by file alone, so the fallback is returned then.
    """
    pair = resolve(names) if names else None
    face = pair.regular if pair else fallback_face("bold" if role.startswith("heading") else "regular")
    return face.path if face.index == 0 else fallback_face("regular").path
