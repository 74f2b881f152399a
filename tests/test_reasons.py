"""Why a file was not read, in the briefings' Chinese: every reason ingest gives has a rendering."""
from __future__ import annotations

import re
import zipfile

import pytest

from reportgen.ingest import read
from reportgen.reasons import reason_zh, status_zh


def _broken_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "english.txt").write_text("only English here", encoding="utf-8")
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "fake.docx").write_text("纯文本，不是Word文件", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "nodoc.docx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    (tmp_path / "x.rtf").write_text("{\\rtf1 文字}", encoding="utf-8")
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "big.txt").write_text("中文" * 2000, encoding="utf-8")
    return sorted(tmp_path.iterdir())


def test_reasons_every_broken_input_reads_in_chinese(tmp_path):
    for path in _broken_inputs(tmp_path):
        source = read(path, max_bytes=1000).source
        assert source.status in ("skipped", "error"), path.name
        zh = reason_zh(source.error)
        assert zh and zh != source.error, (path.name, source.error)
        assert re.search(r"[\u4e00-\u9fff]{4}", zh), zh


@pytest.mark.parametrize(("reason", "expected"), [
    (None, ""),
    ("", ""),
    ("something new went wrong", "something new went wrong"),   # unknown: shown as it is, never lost
    ("the file is empty", "文件为空"),
])
def test_reasons_fallback_and_known(reason, expected):
    assert reason_zh(reason) == expected


def test_reasons_status_words():
    assert [status_zh(s) for s in ("ok", "skipped", "error", "odd")] == ["已读取", "已跳过", "读取失败", "odd"]
