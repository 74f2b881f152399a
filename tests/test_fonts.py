"""Font resolution: PDFs get static TrueType CJK faces, never CFF and never unembedded ones."""
from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from reportgen.writers import fonts


@pytest.mark.parametrize("weight, wght", [("regular", 400), ("bold", 700)], ids=["regular", "bold"])
def test_fonts_fallback_is_a_static_truetype_instance(weight, wght):
    face = fonts.fallback_face(weight)
    with TTFont(face.path) as font:
        assert "fvar" not in font, "still a variable font: reportlab would draw its Thin master"
        assert "glyf" in font and font["OS/2"].usWeightClass == wght
        assert font["name"].getDebugName(6) == f"NotoSansSC-{weight.title()}"
        cmap = font.getBestCmap()
    assert all(ord(c) in cmap for c in "工作简报，共征求意见建议3077条。（一）《》“”")


@pytest.mark.slow
def test_fonts_fallback_is_cut_once_into_the_cache(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("REPORTGEN_CACHE_DIR", str(tmp_path))
    caplog.set_level("INFO", logger="reportgen.fonts")
    cached = fonts.fallback_face("regular").path  # may take ~15 s: cuts a fresh instance
    assert cached.parent == tmp_path / "fonts" and cached.is_file()
    assert not list(cached.parent.glob("*.part")), "a temporary file was left behind"
    start, done = caplog.records
    assert (start.phase, done.phase) == ("start", "done")
    assert "once" in start.getMessage() and "1 of 2" in start.getMessage() and str(cached.parent) in start.getMessage()
    caplog.clear()
    before = cached.stat().st_mtime_ns
    assert fonts.fallback_face("regular").path.stat().st_mtime_ns == before
    assert caplog.records == []  # cached: nothing to announce


def test_the_command_line_shows_the_font_notices_on_stderr(capsys):
    from reportgen.cli import _font_notices

    with _font_notices():
        fonts.FONT_LOG.info("Preparing the PDF font %s (%s): this happens once.", "X", "1 of 2", extra={"phase": "start"})
    fonts.FONT_LOG.info("not shown outside a command")
    captured = capsys.readouterr()
    assert captured.err == "Preparing the PDF font X (1 of 2): this happens once.\n"


def test_fonts_never_pick_cff_opentype(monkeypatch):
    """The Noto CJK .ttc files from fonts-noto-cjk are CFF: reportlab cannot draw them."""
    cff = [f for f in fonts.installed_faces() if f.path.suffix.lower() in (".ttc", ".otf")
           and not fonts.has_truetype_outlines(f.path, f.index)]
    if not cff:
        pytest.skip("no CFF CJK font installed here to check against")
    assert fonts.find_installed([cff[0].family]) is None
    pair = fonts.resolve([cff[0].family, "No Such Font 仿宋"])
    assert pair.regular.family == fonts.FALLBACK_FAMILY and pair.bold.bold


def test_fonts_prefer_an_installed_truetype_face(monkeypatch):
    regular = fonts.fallback_face("regular")
    fake = (fonts.Face("仿宋", regular.path, 0, False), fonts.Face("FangSong", regular.path, 0, False))
    monkeypatch.setattr(fonts, "installed_faces", lambda: fake)
    pair = fonts.resolve(["仿宋_GB2312", "fangsong"])
    assert pair.regular.family == "FangSong" and pair.bold == fonts.fallback_face("bold")


def test_fonts_font_path_for_charts_is_a_truetype_file():
    path = fonts.font_path("body")
    assert isinstance(path, Path) and fonts.has_truetype_outlines(path)


@pytest.mark.slow
def test_fonts_packaged_serif_is_cut_to_truetype(tmp_path, monkeypatch):
    """Noto Serif SC ships as CFF OpenType; the PDF gets a TrueType cut covering GB 2312 (about 15 s of CPU)."""
    from fontTools.ttLib import TTFont

    monkeypatch.setenv("REPORTGEN_CACHE_DIR", str(tmp_path))
    pair = fonts.resolve(("宋体-not-installed", "Noto Serif SC"))
    assert pair.regular.family == "Noto Serif SC" and fonts.has_truetype_outlines(pair.regular.path)
    cmap = TTFont(pair.regular.path)["cmap"].getBestCmap()
    assert all(ord(c) in cmap for c in "党的群众路线教育实践活动，。“”（）0123456789")
    assert not list(pair.regular.path.parent.glob("*.part"))
