"""What a whole build costs against the physical work it has to do, in CPU time.

    python benchmarks/writers_ratio.py [--units 200] [--runs 3] [--profile FILE]

Writes a corpus of ``--units`` reports from as many distinct units
(``scale_corpus.py``), then, in this one process, with ``--jobs 1`` so all
work is counted here (``time.process_time``):

- ``build``: ``reportgen build`` of the weekly and the digest (the weekly's
  Word copy to send and its review copy, the digest's PDF, the extraction
  export), into a fresh folder and history store;
- the physical work it stands on (issue 10):
  - ``extract``: extraction of the same reports (read, normalise, extract);
  - ``reportlab``: bare reportlab laying out the digest's text: every
    paragraph, heading, list item, table cell and note of the digest the build
    rendered, as a plain ``Paragraph`` with reportlab's own CJK wrapping
    (``wordWrap='CJK'``) in a ``SimpleDocTemplate``, in the digest's body face;
  - ``docx``: bare python-docx writing each Word document the build wrote
    (the weekly and its review copy): its paragraphs with ``add_paragraph``,
    its tables with ``add_table`` and each cell's ``text``, saved.

The documents the bare libraries lay out are the ones the build's writers
received (caught in a separate, untimed build). One warm-up build of a few
units comes first, so the font cache, the imports and jieba's dictionary are
warm and neither clock pays for them. Prints per run

    build_cpu=… physical_cpu=… ratio=… (extract=… reportlab=… docx=…)

The bar (issue 10, item 2) is ratio <= 2.0; the goal 1.5.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from scale_corpus import write_corpus  # noqa: E402

from reportgen.nodes import Div, Document, Heading, Image, ListBlock, Noted, Para, Table, plain  # noqa: E402
from reportgen.pipeline import BuildRequest, Options, build_report, extract_paths  # noqa: E402

AUDIENCES = ["weekly", "digest"]


def build_request(corpus: Path, out: Path) -> BuildRequest:
    """Return the request of ``reportgen build CORPUS --audience weekly --audience digest --jobs 1``."""
    import datetime as dt

    return BuildRequest(paths=[corpus], out_dir=out, audiences=list(AUDIENCES), template_dirs=[], formats=[],
                        db=out / "history.sqlite", period="2014-W21", options=Options(jobs=1),
                        date=dt.date(2014, 5, 23))


def run_build(corpus: Path, work: Path) -> float:
    """Return the CPU seconds of one whole build of ``corpus`` into a fresh folder under ``work``."""
    out = Path(tempfile.mkdtemp(prefix="build-", dir=work))
    start = time.process_time()
    build_report(build_request(corpus, out))
    return time.process_time() - start


def captured_documents(corpus: Path, work: Path) -> dict[str, list]:
    """Return the (Document, Layout) pairs the build hands each writer (``{"pdf": [...], "docx": [...]}``), untimed."""
    from reportgen import writers

    caught: dict[str, list] = {"pdf": [], "docx": []}
    original = dict(writers.WRITERS)

    def catching(fmt: str):
        def write(doc, out, layout):
            caught[fmt].append((doc, layout))
            original[fmt](doc, out, layout)
        return write

    writers.WRITERS.update({fmt: catching(fmt) for fmt in original})
    try:
        run_build(corpus, work)
    finally:
        writers.WRITERS.update(original)
    return caught


def stage_breakdown(corpus: Path, work: Path) -> dict[str, float]:
    """Return the CPU seconds of each stage of one build (the stages' functions timed where the build calls them)."""
    import reportgen.aggregate
    import reportgen.pipeline
    import reportgen.render
    from reportgen import writers

    spent: dict[str, float] = {}
    patched: list[tuple[object, str, object]] = []

    def timed(owner: object, name: str, stage: str) -> None:
        original = getattr(owner, name) if not isinstance(owner, dict) else owner[name]

        def run(*args, **kwargs):
            start = time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                spent[stage] = spent.get(stage, 0.0) + time.process_time() - start
        if isinstance(owner, dict):
            owner[name] = run
        else:
            setattr(owner, name, run)
        patched.append((owner, name, original))

    timed(reportgen.pipeline, "extract_paths", "extract")
    timed(reportgen.aggregate, "compare", "compare")
    timed(reportgen.render.ContextBasis, "context", "context")   # a copy's context; its prose on first use
    timed(reportgen.render, "render", "render")
    timed(reportgen.render.ChartBook, "_draw_waiting", "charts")   # a copy's charts, drawn once its copies are rendered
    timed(reportgen.pipeline, "write_export_file", "export")
    for fmt in list(writers.WRITERS):
        timed(writers.WRITERS, fmt, f"write_{fmt}")
    try:
        spent["build"] = run_build(corpus, work)
    finally:
        for owner, name, original in reversed(patched):
            if isinstance(owner, dict):
                owner[name] = original
            else:
                setattr(owner, name, original)
    spent["other"] = spent["build"] - sum(v for k, v in spent.items() if k != "build")
    return spent


# -- the documents' text, as the bare libraries get it --------------------------

def block_texts(blocks) -> list[str | list[list[str]]]:
    """Return the text of every block in order: a paragraph's string, or a table's rows of cell strings."""
    out: list = []
    for block in blocks:
        if isinstance(block, (Heading, Para)):
            out.append(block.text)
        elif isinstance(block, ListBlock):
            for item in block.items:
                out.extend(block_texts(item))
        elif isinstance(block, Table):
            rows = ([block.header] if block.header else []) + list(block.rows)
            out.append([[plain(cell) for cell in row] for row in rows])
        elif isinstance(block, Div):
            out.extend(value for _, value in block.attrs if value)
            out.extend(block_texts(block.children))
        elif isinstance(block, Image) and block.caption:
            out.append(block.caption)
    return out


def notes_of(blocks) -> list[str]:
    """Return the distinct provenance notes of a block tree in order (the PDF's notes appendix)."""
    notes: dict[str, None] = {}

    def inlines(nodes) -> None:
        for node in nodes:
            if isinstance(node, Noted):
                notes.setdefault(node.note)
            elif hasattr(node, "children"):
                inlines(node.children)

    def walk(blocks) -> None:
        for block in blocks:
            if isinstance(block, (Heading, Para)):
                inlines(block.content)
            elif isinstance(block, ListBlock):
                for item in block.items:
                    walk(item)
            elif isinstance(block, Table):
                for row in ([block.header] if block.header else []) + list(block.rows):
                    for cell in row:
                        inlines(cell)
            elif isinstance(block, Div):
                walk(block.children)

    walk(blocks)
    return list(notes)


def pdf_texts(doc: Document) -> list[str]:
    """Return every piece of text the digest lays out, one string a paragraph (table cells each one)."""
    out = []
    for item in block_texts(doc.blocks):
        out.extend(cell for row in item for cell in row) if isinstance(item, list) else out.append(item)
    return out + notes_of(doc.blocks)


# -- the bare libraries -----------------------------------------------------------

def bare_reportlab(texts: list[str], font: str, size: float) -> int:
    """Lay ``texts`` out with plain reportlab (CJK wrapping) in ``font``; return the PDF's size."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.6, wordWrap="CJK")
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph(escape(t), style) for t in texts])
    return out.tell()


def bare_docx(items: list[str | list[list[str]]]) -> int:
    """Write ``items`` with plain python-docx (a paragraph each, tables cell by cell); return the file's size."""
    import docx

    document = docx.Document()
    for item in items:
        if isinstance(item, str):
            document.add_paragraph(item)
            continue
        ncols = max((len(r) for r in item), default=0)
        if not ncols:
            continue
        table = document.add_table(rows=len(item), cols=ncols)
        for row, texts in zip(table.rows, item):
            for cell, text in zip(row.cells, texts):
                cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.tell()


def run_physical(corpus: Path, documents: dict[str, list]) -> dict[str, float]:
    """Return the CPU seconds of each part of the physical work.

    The digest's text is set in its own body face and size, registered as the
    PDF writer registers it (before the clock starts).
    """
    from reportgen.writers.pdf import register_fonts

    faces = [(register_fonts(layout).regular["body"], layout.sizes.body) for _, layout in documents["pdf"]]
    spent = {}
    start = time.process_time()
    extract_paths([corpus], Options(jobs=1))
    spent["extract"] = time.process_time() - start
    start = time.process_time()
    for (doc, _), (font, size) in zip(documents["pdf"], faces):
        bare_reportlab(pdf_texts(doc), font, size)
    spent["reportlab"] = time.process_time() - start
    start = time.process_time()
    for doc, _ in documents["docx"]:
        bare_docx(block_texts(doc.blocks))
    spent["docx"] = time.process_time() - start
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", type=Path, help="also profile one build and write its stats (pstats) here")
    args = parser.parse_args()
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)

    with tempfile.TemporaryDirectory(prefix="reportgen-writers-") as tmp:
        work = Path(tmp)
        warm = work / "warm"
        write_corpus(3, warm)
        run_build(warm, work)                      # fonts cut and cached, imports, dictionaries
        corpus = work / f"units-{args.units}"
        write_corpus(args.units, corpus)
        documents = captured_documents(corpus, work)
        run_physical(warm, documents)  # the bare paths' own imports and first fonts
        print(f"units={args.units} documents: pdf={len(documents['pdf'])} docx={len(documents['docx'])}; "
              f"load {os.getloadavg()[0]:.2f}", flush=True)
        for run in range(args.runs):
            build = run_build(corpus, work)
            parts = run_physical(corpus, documents)
            physical = sum(parts.values())
            print(f"run {run + 1}: build_cpu={build:.2f} physical_cpu={physical:.2f} ratio={build / physical:.2f} "
                  f"(" + " ".join(f"{k}={v:.2f}" for k, v in parts.items()) + ")", flush=True)
        stages = stage_breakdown(corpus, work)
        print("build stages (CPU s): " + " ".join(f"{k}={v:.2f}" for k, v in stages.items()), flush=True)
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            run_build(corpus, work)
            profiler.disable()
            profiler.dump_stats(str(args.profile))
            text = io.StringIO()
            pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(40)
            print(text.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
