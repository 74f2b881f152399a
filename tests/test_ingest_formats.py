"""The files offices receive: .doc, .wps, .rtf, .odt through LibreOffice, PDF by its text layer,
scans skipped with a reason, office litter ignored, a report sent twice read once."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pdfmaker import scanned_pdf, text_pdf
from reportgen.ingest import collect, read
from reportgen.pipeline import Options, extract_file, extract_paths
from reportgen.resources import seeds_dir
from wordlists import numbered_report


def seed(prefix: str) -> Path:
    return next(seeds_dir().glob(f"{prefix}_*.txt"))


def seed_paragraphs(prefix: str) -> list[str]:
    return [line.strip() for line in seed(prefix).read_text("utf-8").splitlines() if line.strip()]


def figures_of(path: Path) -> list[tuple]:
    extraction = extract_file(path, Options())
    assert extraction.source.status == "ok", extraction.source.error
    return [(f.text, f.value, f.unit, f.qualifier, f.object) for a in extraction.articles for f in a.figures]


@pytest.mark.parametrize("prefix", ["001", "002", "003"])
def test_text_pdf_reads_as_its_paragraphs_with_its_figures(tmp_path, prefix):
    pdf = text_pdf(seed_paragraphs(prefix), tmp_path / "report.pdf")
    ingested = read(pdf)
    assert (ingested.source.status, ingested.source.format) == ("ok", "pdf")
    assert [b.text for b in ingested.document.blocks] == seed_paragraphs(prefix)
    assert figures_of(pdf) == figures_of(seed(prefix))


def test_pdf_running_header_is_metadata_not_body(tmp_path):
    pdf = text_pdf(seed_paragraphs("003"), tmp_path / "report.pdf", running_header="临朐县委教育实践活动领导小组办公室")
    document = read(pdf).document
    assert [b.text for b in document.blocks] == seed_paragraphs("003")
    assert document.meta == {"page_header": "临朐县委教育实践活动领导小组办公室"}


def test_scanned_pdf_is_skipped_with_a_reason(tmp_path):
    ingested = read(scanned_pdf(tmp_path / "scan.pdf"))
    assert ingested.document is None
    assert ingested.source.status == "skipped"
    assert ingested.source.error.startswith("a scanned PDF: its pages are images without a text layer")


def test_without_libreoffice_office_files_are_skipped_with_the_hint(tmp_path, monkeypatch):
    monkeypatch.setattr("reportgen.ingest.office.soffice", lambda: None)
    path = tmp_path / "report.doc"
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 2048)
    ingested = read(path)
    assert ingested.source.status == "skipped"
    assert ingested.source.reason.code == "needs_libreoffice"
    from reportgen.reasons import reason_zh

    assert reason_zh(ingested.source) == ".doc 文件需要 LibreOffice 才能读取，本机未安装：安装 LibreOffice 或另存为 .docx"


def test_office_litter_is_ignored_like_hidden_files(tmp_path):
    for name in ["~$report.docx", "Thumbs.db", "desktop.ini", ".DS_Store", "~WRL0001.tmp", "report.txt"]:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "THUMBS.DB").write_bytes(b"x")
    assert [p.name for p in collect([tmp_path])] == ["report.txt"]


def test_a_report_sent_twice_is_read_once(tmp_path):
    """The same bytes twice, and the same report as a PDF: the later copies are skipped, naming the first."""
    first = tmp_path / "a_report.txt"
    shutil.copy(seed("002"), first)
    shutil.copy(seed("002"), tmp_path / "b_again.txt")
    text_pdf(seed_paragraphs("002"), tmp_path / "c_report.pdf")
    shutil.copy(seed("001"), tmp_path / "d_other.txt")
    results = extract_paths([tmp_path], Options())
    assert [(Path(r.source.path).name, r.source.status) for r in results] == [
        ("a_report.txt", "ok"), ("b_again.txt", "skipped"), ("c_report.pdf", "skipped"), ("d_other.txt", "ok")]
    assert results[1].source.error == f"a duplicate of {first}: the same report sent twice, read once"
    assert results[2].source.error.startswith(f"a duplicate of {first}")
    from reportgen.reasons import reason_zh

    assert reason_zh(results[1].source) == f"重复报送：与“{first}”为同一份报告，只计一次"


def typed_report(source: Path, target: Path) -> Path:
    import docx

    document = docx.Document()
    for paragraph in seed_paragraphs(source.name[:3]):
        document.add_paragraph(paragraph)
    document.save(target)
    return target


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _convert(source: Path, fmt: str, out: Path) -> Path:
    subprocess.run([_soffice(), "--headless", f"-env:UserInstallation={(out / 'lo-profile').as_uri()}",
                    "--convert-to", fmt, "--outdir", str(out), str(source)], check=True, capture_output=True, timeout=180)
    return out / f"{source.stem}.{fmt.split(':')[0]}"


@pytest.mark.slow
@pytest.mark.skipif(_soffice() is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("fmt", ["doc", "odt", "rtf", "pdf", "wps"])
def test_office_formats_of_a_seed_read_with_their_figures(tmp_path, fmt):
    """A Word report (numbered points, as Word numbers them) saved by LibreOffice as .doc, .odt, .rtf
    and .pdf reads back with the figures and the points of its plain-text form."""
    original = tmp_path / "report.docx"
    if fmt == "rtf":
        # LibreOffice's RTF export writes a list's level text in a legacy code page (%1是 becomes %1?),
        # so the .rtf is made from the report with its labels typed
        typed_report(seed("002"), original)
    else:
        numbered_report(seed("002").read_text("utf-8"), original, restart="new_list")
    (tmp_path / fmt).mkdir()
    if fmt == "wps":
        # a WPS Writer file is an OLE2 document in Word 97's binary format; a .doc renamed stands in for one
        converted = _convert(original, "doc", tmp_path / fmt).rename(tmp_path / fmt / "report.wps")
    else:
        converted = _convert(original, fmt, tmp_path / fmt)
    assert converted.is_file()
    extraction, plain = extract_file(converted, Options()), extract_file(seed("002"), Options())
    assert (extraction.source.status, extraction.source.format) == ("ok", fmt), extraction.source.error
    assert _figures(extraction) == _figures(plain)
    assert [m.title for a in extraction.articles for m in a.measures] == [m.title for a in plain.articles for m in a.measures]


def _figures(extraction) -> list[tuple]:
    return [(f.text, f.value, f.unit, f.qualifier, f.object) for a in extraction.articles for f in a.figures]


ZIP, OLE, PDF, RTF = b"PK\x03\x04rest", bytes.fromhex("d0cf11e0a1b11ae1") + b"rest", b"%PDF-1.7\n", b"{\\rtf1\\ansi "


@pytest.mark.parametrize("name, head, expected", [
    ("a.doc", OLE, ("office", ".doc")),
    ("a.doc", ZIP, ("docx", None)),            # a .docx saved under the old name
    ("a.doc", RTF, ("office", ".doc")),        # Word's "rich text saved as .doc": LibreOffice tells by content
    ("a.wps", OLE, ("office", ".wps")),
    ("a.odt", ZIP, ("office", ".odt")),
    ("a.docm", ZIP, ("office", ".docm")),      # python-docx refuses macro packages
    ("a.docx", OLE, ("office", ".doc")),       # an old .doc renamed .docx
    ("a.txt", RTF, ("office", ".rtf")),
    ("a.txt", PDF, ("pdf", None)),
    ("a.txt", OLE, ("office", ".doc")),
    ("a.pdf", PDF, ("pdf", None)),
])
def test_the_reader_follows_the_content(name, head, expected):
    from reportgen.ingest.sniff import sniff

    verdict = sniff(Path(name), head)
    assert (verdict.format, verdict.suffix) == expected


def test_a_pdf_that_is_not_one_is_an_error():
    from reportgen.ingest.sniff import sniff

    verdict = sniff(Path("a.pdf"), "某县工作汇报".encode("utf-8"))
    assert (verdict.format, verdict.status) == (None, "error")
    assert verdict.reason.code == "not_a_pdf"
    assert verdict.reason.text("en").startswith("not a PDF")
