"""``reportgen.ingest.read`` on inputs that are not reports: each gets a status and a
sentence a user can act on, never a traceback; and the CLI lists each path once."""
from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import seed_text
from reportgen.cli import main
from reportgen.ingest import read


def first_lines(prefix: str, n: int) -> str:
    return "\n".join([line for line in seed_text(prefix).splitlines() if line.strip()][:n]) + "\n"


def small_docx(path: Path) -> bytes:
    import docx

    document = docx.Document()
    for line in first_lines("003", 6).splitlines():
        document.add_paragraph(line)
    document.save(path)
    return path.read_bytes()


def zip_with_zeros(path: Path, size_mb: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        with package.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(size_mb):
                member.write(b"\0" * (1 << 20))


def make(kind: str, folder: Path) -> Path:
    """Create one broken input of ``kind`` in ``folder`` and return its path."""
    if kind == "empty":
        path = folder / "empty.txt"
        path.write_bytes(b"")
    elif kind == "random-bytes":
        path = folder / "random.txt"
        path.write_bytes(random.Random(7).randbytes(4096))
    elif kind == "no-chinese":
        path = folder / "english.txt"
        path.write_text("Quarterly report\nAll figures are provisional.\n", "utf-8")
    elif kind == "text-named-docx":
        path = folder / "renamed.docx"
        path.write_text(first_lines("002", 5), "utf-8")
    elif kind == "truncated-docx":
        path = folder / "truncated.docx"
        data = small_docx(folder / "whole.tmp")
        (folder / "whole.tmp").unlink()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "zip-bomb-docx":
        path = folder / "bomb.docx"
        zip_with_zeros(path, 20)
    elif kind == "unsupported":
        path = folder / "report.xlsx"
        path.write_bytes(b"PK\x03\x04" + first_lines("000", 3).encode("utf-8"))
    elif kind == "damaged-pdf":
        path = folder / "report.pdf"
        path.write_bytes(b"%PDF-1.4\n" + first_lines("000", 3).encode("utf-8"))
    elif kind == "unknown-extension":
        path = folder / "report.xyz"
        path.write_text(first_lines("000", 3), "utf-8")
    elif kind == "pdf-named-txt":
        path = folder / "really-pdf.txt"
        path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    elif kind == "too-large":
        path = folder / "large.txt"
        path.write_text(seed_text("003") * 3, "utf-8")
    elif kind == "symlink-loop":
        path = folder / "loop.txt"
        path.symlink_to(path)
    elif kind == "dangling-link":
        path = folder / "dangling.txt"
        path.symlink_to(folder / "gone.txt")
    else:
        raise ValueError(kind)
    return path


CASES = [
    # kind, status, the start of the message
    ("empty", "skipped", "the file is empty"),
    ("random-bytes", "error", "not text: its bytes are in no encoding reportgen reads"),
    ("no-chinese", "skipped", "no Chinese text; reportgen reads Chinese reports"),
    ("text-named-docx", "error", "not a Word file (it is not a zip package); if it is plain text, rename it .txt"),
    ("truncated-docx", "error", "the Word file is damaged (truncated or not a valid zip package)"),
    ("zip-bomb-docx", "error", "the Word file's part word/document.xml is compressed"),
    ("unsupported", "skipped", "a spreadsheet, not a report"),
    ("damaged-pdf", "error", "the PDF is damaged"),
    ("unknown-extension", "skipped", "not a supported format (.xyz); reportgen reads .txt, .docx, .doc, .wps, .rtf, "
                                     ".odt, .pdf and .html files"),
    ("pdf-named-txt", "error", "the PDF is damaged"),
    ("too-large", "skipped", "the file is larger than the limit (48.0 KB > 39.1 KB); raise --max-mb"),
    ("symlink-loop", "error", "cannot read the file (Too many levels of symbolic links)"),
    ("dangling-link", "error", "no such file; check the name and spelling"),
]
MAX_BYTES = 40_000


@pytest.mark.parametrize("kind, status, message", CASES, ids=[c[0] for c in CASES])
def test_bad_input_gets_a_status_and_a_reason(tmp_path, kind, status, message):
    ingested = read(make(kind, tmp_path), max_bytes=MAX_BYTES)
    assert ingested.document is None
    assert ingested.source.status == status
    assert ingested.source.error.startswith(message), ingested.source.error


def test_missing_path_is_an_error(tmp_path):
    ingested = read(tmp_path / "nope.txt")
    assert (ingested.source.status, ingested.source.sha256) == ("error", None)
    assert ingested.source.error == "no such file; check the name and spelling"
    assert ingested.source.reason.code == "not_found"


def test_size_limit_is_checked_before_reading(tmp_path, monkeypatch):
    path = make("too-large", tmp_path)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read the whole file"))
    monkeypatch.setattr("builtins.open", lambda *a, **k: pytest.fail("opened the file"))
    assert read(path, max_bytes=MAX_BYTES).source.status == "skipped"


def test_zip_file_named_txt_is_read_as_word(tmp_path):
    path = tmp_path / "report.txt"
    small_docx(path)
    ingested = read(path)
    assert (ingested.source.status, ingested.source.format) == ("ok", "docx")
    assert [b.text for b in ingested.document.blocks] == first_lines("003", 6).splitlines()


def test_cli_extract_reports_every_broken_file_once(tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    paths = {kind: make(kind, folder) for kind, _, _ in CASES if kind != "too-large"}
    (folder / "sub").mkdir()
    (folder / "sub" / "back").symlink_to(folder)          # a directory loop: walked once
    (folder / ".hidden.txt").write_text(first_lines("000", 2), "utf-8")
    result = CliRunner().invoke(main, ["extract", str(folder), "--format", "json", "--lang", "en"])
    assert result.exit_code == 8, result.output  # every input listed, none of them readable
    assert "no report could be read" in result.stderr
    docs = json.loads(result.stdout)["documents"]
    by_path = {d["path"]: d for d in docs}
    assert len(by_path) == len(docs) == len(paths)
    assert sorted(by_path) == sorted(str(p) for p in paths.values())
    for kind, status, message in CASES:
        if kind in paths:
            doc = by_path[str(paths[kind])]
            assert (doc["status"], doc["error"][: len(message)]) == (status, message), kind
