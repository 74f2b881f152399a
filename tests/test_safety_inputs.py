"""Issue 11 probes on damaged reports: read with a warning, never refused whole for a few bad bytes."""
from __future__ import annotations

import json
import os
from pathlib import Path

from click.testing import CliRunner

from reportgen.cli import main
from reportgen.ingest import read
from reportgen.ingest.encoding import decode_damaged
from reportgen.ingest.html import flatten_deep
from reportgen.nodes import block_text
from reportgen.reasons import Reason

from conftest import seed_text


def report_text(prefix: str = "003") -> str:
    return "\n".join(seed_text(prefix).splitlines()[:12]) + "\n"


def read_bytes(tmp_path: Path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return read(path)


def test_utf8_report_with_two_nul_bytes_is_read_with_a_warning(tmp_path: Path) -> None:
    data = report_text().encode("utf-8")
    damaged = data[:90] + b"\x00" + data[90:300] + b"\x00" + data[300:]
    ingested = read_bytes(tmp_path, "nul.txt", damaged)
    assert ingested.source.status == "ok" and ingested.source.encoding == "utf-8"
    assert ingested.source.warning == Reason.of("repaired_nul", nul_bytes=2)
    assert ingested.source.warning.text("en") == "damaged file read anyway: 2 NUL byte(s) dropped; check the text near them"
    assert ingested.source.warning.text("zh") == "文件有损坏，仍已读取：删去了 2 个 NUL 字节；请核对其附近的文字"
    text = "\n".join(block_text(b) for b in ingested.document.blocks)
    assert "\x00" not in text and report_text().splitlines()[0].strip() in text


def test_report_with_three_stray_bytes_at_its_end_is_read_with_a_warning(tmp_path: Path) -> None:
    ingested = read_bytes(tmp_path, "tail.txt", report_text().encode("utf-8") + b"\xff\xfe\x81")
    assert ingested.source.status == "ok" and ingested.source.encoding == "utf-8"
    assert ingested.source.warning == Reason.of("repaired_undecodable", replaced=3, mark="\ufffd")
    assert "3 undecodable byte sequence(s) shown as \ufffd" in ingested.source.warning.text("en")


def test_undecodable_byte_inside_a_gb18030_report_becomes_a_replacement_mark(tmp_path: Path) -> None:
    data = report_text().encode("gb18030")
    ingested = read_bytes(tmp_path, "gbk.txt", data[:200] + b"\xff" + data[200:])
    assert ingested.source.status == "ok" and ingested.source.encoding == "gb18030"
    assert ingested.source.warning == Reason.of("repaired_undecodable", replaced=1, mark="\ufffd")
    assert "\ufffd" in "".join(block_text(b) for b in ingested.document.blocks)


def test_clean_reports_carry_no_warning(tmp_path: Path) -> None:
    for name, data in (("u8.txt", report_text().encode("utf-8")), ("gb.txt", report_text().encode("gb18030")),
                       ("u16.txt", report_text().encode("utf-16"))):
        ingested = read_bytes(tmp_path, name, data)
        assert ingested.source.status == "ok" and ingested.source.warning is None, name


def test_random_bytes_are_still_not_text(tmp_path: Path) -> None:
    ingested = read_bytes(tmp_path, "noise.txt", os.urandom(4000))
    assert ingested.source.status == "error" and ingested.source.error.startswith("not text")


def test_a_repaired_text_keeps_marks_the_file_already_held() -> None:
    decoded = decode_damaged(("原有替换符\ufffd保留。" * 20).encode("utf-8") + b"\xff")
    assert decoded.replaced == 1


def test_html_nested_20000_divs_deep_is_read(tmp_path: Path) -> None:
    body = "".join(f"<p>{line}</p>" for line in report_text().splitlines() if line.strip())
    page = f"<html><head><title>报告</title></head><body>{'<div>' * 20000}{body}{'</div>' * 20000}</body></html>"
    ingested = read_bytes(tmp_path, "deep.html", page.encode("utf-8"))
    assert ingested.source.status == "ok", ingested.source.error
    paragraphs = [block_text(b) for b in ingested.document.blocks]
    assert paragraphs == [line.strip() for line in report_text().splitlines() if line.strip()]


def test_flatten_deep_keeps_text_and_shallow_tags() -> None:
    html = "<div><p>甲<br>乙&amp;丙</p>" + "<div>" * 4 + "<p>丁</p><span>戊</span>" + "</div>" * 4 + "</div>"
    assert flatten_deep(html, 3) == ("<div><p>甲<br>乙&amp;丙</p><div><div><br><br><br>丁<br>戊<br><br>"
                                     "</div></div></div>")


def test_hostile_corpus_is_fully_accounted_for(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    good = report_text().encode("utf-8")
    (corpus / "nul.txt").write_bytes(good[:60] + b"\x00\x00" + good[60:])
    # three different reports: the same one thrice would be read once (a report sent twice)
    (corpus / "tail.txt").write_bytes(report_text("002").encode("utf-8") + b"\xff\xfe\x81")
    (corpus / "deep.html").write_bytes(("<div>" * 20000 + report_text("001") + "</div>" * 20000).encode("utf-8"))
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    (corpus / "noise.txt").write_bytes(os.urandom(2000))
    result = CliRunner().invoke(main, ["extract", str(corpus)])
    assert result.exit_code == 3, result.output  # some read, some not: listed
    docs = {Path(d["path"]).name: d for d in json.loads(result.stdout)["documents"]}
    assert sorted(docs) == ["deep.html", "loop.txt", "noise.txt", "nul.txt", "pipe.txt", "tail.txt"]
    assert {n for n, d in docs.items() if d["status"] == "ok"} == {"deep.html", "nul.txt", "tail.txt"}
    assert "NUL" in docs["nul.txt"]["warning"] and "undecodable" in docs["tail.txt"]["warning"]
    assert docs["nul.txt"]["warning_reason"] == {"code": "repaired_nul", "params": {"nul_bytes": "2"}}
    assert docs["tail.txt"]["warning_reason"]["code"] == "repaired_undecodable"
    assert "nul.txt: damaged file read anyway: 2 NUL byte(s) dropped; check the text near them" in result.stderr
    assert all(docs[n]["articles"] for n in ("deep.html", "nul.txt", "tail.txt"))
    for name in ("pipe.txt", "loop.txt", "noise.txt"):
        assert name in result.stderr


def test_a_repaired_report_is_noted_in_chinese_among_the_documents_inputs_and_survives_the_export() -> None:
    from reportgen.aggregate.tables import inputs_table
    from reportgen.records import Extraction, Source, from_export, to_export

    source = Source(path="a.txt", warning=Reason.of("repaired_nul", nul_bytes=2))
    table = inputs_table([Extraction(source=source, articles=[])])
    assert table["reason"].tolist() == ["文件有损坏，仍已读取：删去了 2 个 NUL 字节；请核对其附近的文字"]
    (back,) = from_export(to_export([Extraction(source=source, articles=[])]))
    assert back.source.warning == source.warning
    (old,) = from_export({"documents": [{"path": "a.txt", "warning": "damaged file read anyway: 2 NUL bytes dropped"}]})
    assert old.source.warning.text("zh") == "damaged file read anyway: 2 NUL bytes dropped"  # an older export's sentence
