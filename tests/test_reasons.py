"""Why a file was not read: a code and its values, said in Chinese or English by the gettext catalogue."""
from __future__ import annotations

import pickle
import re
import string
import tomllib
import zipfile

import pytest

from reportgen.errors import InputError
from reportgen.ingest import read
from reportgen.messages import gettext_in, set_language
from reportgen.reasons import MESSAGES, Reason, reason_text, reason_zh, status_zh
from reportgen.records import Extraction, Source, from_export, to_export
from reportgen.resources import data_path

HANZI = re.compile(r"[\u4e00-\u9fff]{4}")


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def _broken_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "english.txt").write_text("only English here", encoding="utf-8")
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "fake.docx").write_text("纯文本，不是Word文件", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "nodoc.docx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    (tmp_path / "x.rtf").write_text("{\\rtf1 文字}", encoding="utf-8")
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "fake.pdf").write_text("不是PDF", encoding="utf-8")
    (tmp_path / "big.txt").write_text("中文" * 2000, encoding="utf-8")
    (tmp_path / "sheet.xlsx").write_bytes(b"PK\x03\x04")
    (tmp_path / "README").write_text("中文", encoding="utf-8")
    (tmp_path / "a.zip").write_bytes(b"PK\x03\x04")
    return sorted(tmp_path.iterdir())


def test_reasons_every_broken_input_has_a_code_and_a_chinese_sentence(tmp_path):
    for path in _broken_inputs(tmp_path):
        source = read(path, max_bytes=1000).source
        assert source.status in ("skipped", "error"), path.name
        assert source.reason is not None and source.reason.code in MESSAGES, path.name
        zh, en = reason_zh(source), source.reason.text("en")
        assert en == source.error  # the export's and the API's sentence is the English one
        assert HANZI.search(zh) and zh != en, (path.name, zh)
        assert "{" not in zh and "{" not in en, (path.name, zh, en)


def test_reasons_say_the_values_they_carry(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("中文" * 2000, encoding="utf-8")
    source = read(big, max_bytes=1000).source
    assert source.reason == Reason.of("too_large", size="11.7 KB", limit="1000 B")
    assert reason_zh(source) == "文件超过大小上限（11.7 KB，上限 1000 B），未读取；可用 --max-mb 调高上限"
    assert source.error == "the file is larger than the limit (11.7 KB > 1000 B); raise --max-mb to read it"
    sheet = tmp_path / "sheet.xls"
    sheet.write_bytes(b"\xd0\xcf\x11\xe0")
    assert reason_zh(read(sheet).source) == "是电子表格，不是报告；请把表格复制到 Word 报告里，或把报告另存为 .docx"
    odd = tmp_path / "x.abc"
    odd.write_text("中文", encoding="utf-8")
    assert reason_zh(read(odd).source) == "不支持 .abc 格式；支持 .txt、.docx、.doc、.wps、.rtf、.odt、.pdf 和 .html 文件"
    assert reason_zh(read(tmp_path / "gone.txt").source) == "文件不存在；请检查名称是否写错"


def test_reasons_follow_the_language_asked_for(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    source = read(tmp_path / "empty.txt").source
    set_language("zh")
    assert reason_text(source) == "文件为空"
    set_language("en")
    assert reason_text(source) == "the file is empty"
    assert reason_zh(source) == "文件为空"  # the documents are Chinese whatever the terminal speaks


def test_every_reason_code_has_a_chinese_sentence_naming_only_its_values():
    for code, message in MESSAGES.items():
        if code == "as_written":
            continue
        zh = gettext_in("zh", message)
        assert re.search(r"[\u4e00-\u9fff]{2}", zh), f"{code}: no Chinese translation of {message!r}; see README, Development"
        assert _fields(zh) <= _fields(message), (code, zh)


def test_every_unsupported_extension_names_a_reason_code():
    table = tomllib.loads(data_path("ingest/formats.toml").read_text("utf-8"))
    assert table["unsupported"]
    for ext, code in table["unsupported"].items():
        assert code in MESSAGES, (ext, code)


def test_an_unknown_code_is_refused():
    with pytest.raises(KeyError, match="no message for reason code 'nonsense'"):
        Reason.of("nonsense")


def test_reasons_travel_through_the_export_and_between_processes(tmp_path):
    source = Source(path="b.docx")
    source.refuse("skipped", Reason.of("duplicate", first="a.docx"))
    exported = to_export([Extraction(source)])
    document = exported["documents"][0]
    assert document["reason"] == {"code": "duplicate", "params": {"first": "a.docx"}}
    assert document["error"] == "a duplicate of a.docx: the same report sent twice, read once"
    back = from_export(exported)[0].source
    assert reason_zh(back) == "重复报送：与“a.docx”为同一份报告，只计一次"
    # an export written before reasons had codes keeps its sentence, never loses it
    del document["reason"]
    assert reason_zh(from_export(exported)[0].source) == document["error"]
    error = pickle.loads(pickle.dumps(InputError("zip_too_many_parts", parts=9000, limit=5000)))
    assert error.reason == Reason.of("zip_too_many_parts", parts="9000", limit="5000")
    set_language("zh")
    assert str(error) == "Word 文件包含 9000 个部件（上限 5000），疑为恶意压缩包，未读取"


def test_reasons_status_words():
    assert [status_zh(s) for s in ("ok", "skipped", "error", "odd")] == ["已读取", "已跳过", "读取失败", "odd"]


def test_a_file_the_system_will_not_let_us_read(tmp_path, monkeypatch):
    import errno
    import importlib

    reading = importlib.import_module("reportgen.ingest.read")  # the module, not the function ingest exports

    path = tmp_path / "locked.txt"
    path.write_text("中文报告", encoding="utf-8")

    def forbidden(*_args):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(reading, "_read_bounded", forbidden)
    source = read(path).source
    assert (source.status, source.reason) == ("error", Reason.of("no_permission"))
    assert reason_zh(source) == "没有读取该文件的权限；请取得读取权限，或把文件复制到可读取的位置"
    assert source.error == "no permission to read the file; ask for read access or copy it somewhere readable"
