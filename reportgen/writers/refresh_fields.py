"""Fill a written .docx's contents and page fields through LibreOffice, so they are right before anyone opens it.

A Word file stores each field's last result; reportgen writes a TOC field
whose result lists the headings without page numbers, and asks Word to
refresh every field on opening (``w:updateFields``). Word obeys (after asking
the reader), WPS and viewers do not. With LibreOffice installed, a build can
refresh them itself (``build --refresh-fields``, ``[build] refresh_fields``
or an audience's ``refresh_fields``): each file is opened in LibreOffice
headless, its indexes (contents) updated, its text fields refreshed, and saved
back as Word.

``soffice --convert-to docx`` does not do it: a conversion keeps the TOC's
stored result as it was. So a small LibreOffice Basic macro (``MACRO``) does
the work, installed in a private LibreOffice profile in a temporary folder:
the user's own LibreOffice (open or not) is never touched, and nothing is
left behind. One LibreOffice run refreshes every file of a build, within
``REFRESH_TIMEOUT_S``; one that outlasts it is killed with its whole
process group and the build stops without changing the output folder.
"""
from __future__ import annotations

import copy
import os
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import OutputError
from ..libreoffice import run_bounded, soffice
from ..messages import N_
from ..oserrors import os_problem

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

PAGE_FIELDS = frozenset({"PAGE", "NUMPAGES", "SECTIONPAGES"})
"""Fields every viewer works out as it lays out the pages: a file holding no others needs no refresh."""

REFRESH_TIMEOUT_S = 180
"""Longest one LibreOffice run may take to refresh a build's Word files (a start is a few seconds, a file one or two)."""

MACRO_LIBRARY, MACRO_MODULE, MACRO_SUB = "Standard", "ReportgenFields", "RefreshFolder"

# Opens every .docx of one folder hidden, updates its indexes (contents and the like) and its text fields
# (pages, dates), saves it as Word into another folder, and ends LibreOffice whatever happened.
MACRO = """\
Sub RefreshFolder(source As String, target As String)
  On Error Goto Done
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden"
  load(0).Value = True
  Dim store(0) As New com.sun.star.beans.PropertyValue
  store(0).Name = "FilterName"
  store(0).Value = "MS Word 2007 XML"
  Dim names(999) As String
  count = 0
  name = Dir(source & "/*.docx")
  Do While name <> "" And count < 1000
    names(count) = name
    count = count + 1
    name = Dir()
  Loop
  For n = 0 To count - 1
    doc = StarDesktop.loadComponentFromURL(ConvertToURL(source & "/" & names(n)), "_blank", 0, load())
    indexes = doc.getDocumentIndexes()
    For i = 0 To indexes.getCount() - 1
      indexes.getByIndex(i).update()
    Next i
    doc.getTextFields().refresh()
    doc.storeToURL(ConvertToURL(target & "/" & names(n)), store())
    doc.close(True)
  Next n
Done:
  StarDesktop.terminate()
End Sub
"""

_XBA = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="{module}" script:language="StarBasic">{code}</script:module>
"""
_XLB = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="{library}" library:readonly="false" library:passwordprotected="false">
 <library:element library:name="{module}"/>
</library:library>
"""


@dataclass(frozen=True)
class FieldRefresh:
    """What a refresh did: the files whose fields LibreOffice filled; ``missing`` when it is not installed."""

    refreshed: tuple[Path, ...] = ()
    missing: bool = False


def refresh_fields(paths: list[Path], timeout_s: float | None = None) -> FieldRefresh:
    """Fill the contents (TOC field) of the Word files ``paths`` with LibreOffice's pages, in place.

    Only files holding a TOC field are sent to LibreOffice; page fields
    (``PAGE``) are worked out by every viewer as it lays the page out. Each
    file is replaced only once LibreOffice has refreshed all of them; on any
    failure the files are left as they were and ``OutputError`` says why.
    Every refreshed file, and every file whose only fields are page numbers,
    stops asking Word to update its fields on opening (``w:updateFields``).
    """
    timeout_s = timeout_s if timeout_s is not None else REFRESH_TIMEOUT_S
    with_contents = [Path(p) for p in paths if _toc_span(_body(Path(p))) is not None]
    page_fields_only = [Path(p) for p in paths if Path(p) not in with_contents]
    if with_contents and soffice() is None:
        return FieldRefresh(missing=True)
    result = _refresh_contents(with_contents, timeout_s) if with_contents else FieldRefresh()
    for path in page_fields_only:   # their page numbers are laid out by every viewer: nothing for Word to update
        _stop_asking_to_update(path)
    return result


def _stop_asking_to_update(path: Path) -> None:
    """Take ``w:updateFields`` out of a file whose only fields are page numbers (its bytes stay when it has none)."""
    import docx

    from .docx_fields import clear_update_fields

    document = docx.Document(str(path))
    if document.settings.element.find(_w("updateFields")) is None:
        return
    instructions = [(el.text or "").split()[:1] for el in document.element.body.iter(_w("instrText"))]
    instructions += [(el.get(_w("instr")) or "").split()[:1] for el in document.element.body.iter(_w("fldSimple"))]
    if any(word and word[0].upper() not in PAGE_FIELDS for word in instructions):
        return
    clear_update_fields(document)
    staged = path.with_name(f".{path.name}.fields")
    document.save(str(staged))
    os.replace(staged, path)


def _refresh_contents(paths: list[Path], timeout_s: float) -> FieldRefresh:
    """Fill the TOC fields of ``paths`` through LibreOffice, all files or none (see ``refresh_fields``)."""
    command = soffice()
    with tempfile.TemporaryDirectory(prefix="reportgen-fields-") as tmp:
        folder = Path(tmp)
        source, target, profile = folder / "in", folder / "out", folder / "profile"
        source.mkdir()
        target.mkdir()
        for n, path in enumerate(paths):  # plain names: the macro meets no quoting or encoding question
            _without_comments(path, source / f"{n}.docx")
        base = [command, "--headless", "--norestore", "--nolockcheck", f"-env:UserInstallation={profile.as_uri()}"]
        _run(base + ["--terminate_after_init"], timeout_s)  # LibreOffice fills a new profile before it reads a macro
        _install_macro(profile)
        _run(base + [f'macro:///{MACRO_LIBRARY}.{MACRO_MODULE}.{MACRO_SUB}("{source}","{target}")'], timeout_s)
        contents = [_toc_entries(target / f"{n}.docx") for n in range(len(paths))]
        for path, entries in zip(paths, contents):
            if not entries:
                raise OutputError(N_("LibreOffice could not refresh the contents of {name}; nothing was written; "
                                     "build without --refresh-fields (Word refreshes them when the file is opened)"),
                                  name=path.name)
        filled = [(path, _with_entries(path, entries)) for path, entries in zip(paths, contents)]
    for path, data in filled:  # all refreshed: only now is any file replaced
        staged = path.with_name(f".{path.name}.fields")
        staged.write_bytes(data)
        os.replace(staged, path)
    return FieldRefresh(refreshed=tuple(paths))


# -- the contents field -----------------------------------------------------------------

@dataclass(frozen=True)
class TocEntry:
    """One line of a table of contents: its text and the page LibreOffice laid its heading on."""

    text: str
    page: str


def _w(name: str) -> str:
    return f"{{{W_NS}}}{name}"


def _body(path: Path):
    """Return the body element of a Word file (python-docx)."""
    import docx

    return docx.Document(str(path)).element.body


def _toc_span(body) -> tuple[list, int, int] | None:
    """Return (paragraphs, first, last): the paragraphs from a TOC field's beginning to its end, or None.

    Fields nest (Word writes a PAGEREF inside each entry), so the TOC ends where
    the count of field beginnings after it falls back to zero.
    """
    paragraphs = list(body.iter(_w("p")))
    depth, first = 0, None
    for n, paragraph in enumerate(paragraphs):
        for element in paragraph.iter(_w("fldChar"), _w("instrText")):
            if first is None:
                if element.tag == _w("instrText") and (element.text or "").split()[:1] == ["TOC"]:
                    first, depth = n, 1
                continue
            kind = element.get(_w("fldCharType"))
            depth += 1 if kind == "begin" else -1 if kind == "end" else 0
            if depth == 0:
                return paragraphs, first, n
    return None


def _toc_entries(path: Path) -> list[TocEntry]:
    """Return the lines of the TOC of a Word file LibreOffice wrote: each paragraph's text, then its page after a tab."""
    if not _is_docx(path):
        return []
    span = _toc_span(_body(path))
    if span is None:
        return []
    paragraphs, first, last = span
    entries = []
    for paragraph in paragraphs[first:last + 1]:
        pieces = []
        for element in paragraph.iter(_w("t"), _w("tab")):
            if element.getparent().tag == _w("r"):  # a run's tab, not a tab stop of the paragraph
                pieces.append("\t" if element.tag == _w("tab") else element.text or "")
        text, tab, page = "".join(pieces).rpartition("\t")
        if tab and text.strip():
            entries.append(TocEntry(text.replace("\t", " ").strip(), page.strip()))
    return entries


def _with_entries(path: Path, entries: list[TocEntry]) -> bytes:
    """Return the Word file ``path`` with its TOC field's result made of ``entries`` (nothing else changes).

    Each line keeps the paragraph formatting of the line it replaces (the
    last one's for lines added) and gets its page number after a dotted
    right tab at the text's right edge; the field's own marks, and any text
    before or after the field in its first and last paragraphs, stay. The
    file no longer asks Word to update its fields on opening: they are filled.
    """
    import io

    import docx

    from .docx_fields import clear_update_fields

    document = docx.Document(str(path))
    clear_update_fields(document)
    paragraphs, first, last = _toc_span(document.element.body)
    old = paragraphs[first:last + 1]
    before, opening = _split_at(old[0], "separate")   # runs up to the field's separator
    closing, after = _split_at(old[-1], "end", keep_mark_after=True)   # the end mark and what follows it
    right_edge = _text_width(document)
    new = []
    for n, entry in enumerate(entries):
        template = old[min(n, len(old) - 1)]
        paragraph = _element("p")
        properties = template.find(_w("pPr"))
        if properties is not None:
            paragraph.append(_with_right_tab(copy.deepcopy(properties), right_edge))
        else:
            paragraph.append(_with_right_tab(_element("pPr"), right_edge))
        if n == 0:
            for run in before + opening:
                paragraph.append(copy.deepcopy(run))
        paragraph.append(_text_run(entry.text))
        paragraph.append(_text_run(None))
        paragraph.append(_text_run(entry.page))
        if n == len(entries) - 1:
            for run in closing + after:
                paragraph.append(copy.deepcopy(run))
        new.append(paragraph)
    anchor = old[0]
    for paragraph in new:
        anchor.addprevious(paragraph)
    for paragraph in old:
        paragraph.getparent().remove(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _split_at(paragraph, mark: str, keep_mark_after: bool = False) -> tuple[list, list]:
    """Split a TOC's first or last paragraph at its field mark.

    For the first (``separate``): the runs before the field begins, and the
    runs from its beginning to its separator. For the last (``end``,
    ``keep_mark_after``): the run holding the end mark, and the runs after it.
    """
    runs = [el for el in paragraph if el.tag != _w("pPr")]
    at = next(n for n, run in enumerate(runs)
              if any(f.get(_w("fldCharType")) == mark for f in run.iter(_w("fldChar"))))
    if keep_mark_after:
        return [runs[at]], runs[at + 1:]
    begin = next(n for n, run in enumerate(runs)
                 if any(f.get(_w("fldCharType")) == "begin" for f in run.iter(_w("fldChar"))))
    return runs[:begin], runs[begin:at + 1]


def _text_width(document) -> int:
    """Return the width between the margins of the document's first section, in twentieths of a point."""
    section = document.sections[0]
    return int((section.page_width - section.left_margin - section.right_margin) / 635)


def _with_right_tab(properties, position: int):
    """Return paragraph properties with a dotted right tab stop at ``position`` (twips), where the page number goes."""
    tabs = properties.find(_w("tabs"))
    if tabs is None:
        tabs = _element("tabs")
        order = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
                 "suppressLineNumbers", "pBdr", "shd")
        later = next((el for el in properties if el.tag.rsplit("}", 1)[-1] not in order), None)
        if later is not None:
            later.addprevious(tabs)
        else:
            properties.append(tabs)
    tab = _element("tab")
    tab.set(_w("val"), "right")
    tab.set(_w("leader"), "dot")
    tab.set(_w("pos"), str(position))
    tabs.append(tab)
    return properties


def _element(name: str):
    from docx.oxml import OxmlElement

    return OxmlElement(f"w:{name}")


def _text_run(text: str | None):
    """Return a run holding ``text``, or a tab when ``text`` is None."""
    run = _element("r")
    if text is None:
        run.append(_element("tab"))
    else:
        t = _element("t")
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = text
        run.append(t)
    return run


def _without_comments(path: Path, copy_to: Path) -> None:
    """Write a copy of ``path`` without its comments' anchors (LibreOffice without a GUI aborts laying out comments).

    Comments sit in the margin and move no text, so the copy's pages are the original's.
    """
    import docx

    document = docx.Document(str(path))
    body = document.element.body
    for tag in ("commentRangeStart", "commentRangeEnd"):
        for element in list(body.iter(_w(tag))):
            element.getparent().remove(element)
    for reference in list(body.iter(_w("commentReference"))):
        run = reference.getparent()
        run.remove(reference)
        if not [el for el in run if el.tag != _w("rPr")]:
            run.getparent().remove(run)
    document.save(str(copy_to))


def _install_macro(profile: Path) -> None:
    """Put ``MACRO`` into the profile's own Basic library, beside what LibreOffice put there."""
    library = profile / "user" / "basic" / MACRO_LIBRARY
    if not (library / "script.xlb").is_file():
        raise OutputError(N_("LibreOffice did not set up its profile, so the fields cannot be refreshed; "
                             "build without --refresh-fields (Word refreshes them when the file is opened)"))
    code = MACRO.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    (library / f"{MACRO_MODULE}.xba").write_text(_XBA.format(module=MACRO_MODULE, code=code), encoding="utf-8")
    (library / "script.xlb").write_text(_XLB.format(library=MACRO_LIBRARY, module=MACRO_MODULE), encoding="utf-8")


def _run(command: list[str], timeout_s: float) -> None:
    """Run LibreOffice, killing it and its children if it outlasts ``timeout_s``."""
    try:
        run_bounded(command, timeout_s)
    except OSError as exc:
        raise OutputError(N_("LibreOffice could not be started to refresh the fields ({error}); build without "
                             "--refresh-fields (Word refreshes them when the file is opened)"),
                          error=os_problem(exc)) from None
    except subprocess.TimeoutExpired:
        raise OutputError(N_("LibreOffice took longer than {seconds:g} s to refresh the fields and was "
                             "stopped; nothing was written; build again, or without --refresh-fields (Word "
                             "refreshes them when the file is opened)"), seconds=timeout_s) from None


def _is_docx(path: Path) -> bool:
    """Return whether ``path`` is a Word package (a zip holding the main document part)."""
    try:
        with zipfile.ZipFile(path) as package:
            return "word/document.xml" in package.namelist()
    except (OSError, zipfile.BadZipFile):
        return False
