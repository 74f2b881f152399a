"""Plain-text ingest: every encoding the issue names round-trips real seed text.

Seeds are UTF-8; each test re-encodes seed text (Simplified in GB18030,
converted to Traditional in Big5, and so on), reads it back through
``reportgen.ingest.read`` and compares the paragraphs with the seed's own
non-empty lines.
"""
from __future__ import annotations

import re
from functools import cache

import pytest

from conftest import SEEDS, seed_text
from reportgen.ingest import read
from reportgen.ingest.encoding import decode, plausibility
from reportgen.nodes import Para

PINYIN_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
ALL_SEEDS = ["000", "001", "002", "003", "004"]
SIMPLIFIED_SEEDS = ["000", "002", "003", "004"]


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@cache
def to_traditional():
    import opencc

    return opencc.OpenCC("s2tw").convert


@cache
def traditional_big5_lines(prefix: str) -> tuple[str, ...]:
    """Return the seed converted to Taiwan Traditional (OpenCC s2tw), lines Big5 can encode."""
    without_glosses = PINYIN_GLOSS.sub("", seed_text(prefix))  # seed 001 glosses its characters: 業(yè)
    converted = lines_of(to_traditional()(without_glosses))
    kept = []
    for line in converted:
        try:
            line.encode("big5")
        except UnicodeEncodeError:
            continue
        kept.append(line)
    assert len(kept) >= 0.6 * len(converted), "too few lines survive Big5 for the test to mean anything"
    return tuple(kept)


def read_back(tmp_path, data: bytes, name: str = "report.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    ingested = read(path)
    assert ingested.source.status == "ok", ingested.source.error
    assert ingested.source.format == "text"
    assert all(isinstance(b, Para) for b in ingested.document.blocks)
    return ingested.source.encoding, [b.text for b in ingested.document.blocks]


@pytest.mark.parametrize("prefix", ALL_SEEDS)
def test_seeds_read_as_their_non_empty_lines(prefix):
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    ingested = read(path)
    assert (ingested.source.status, ingested.source.encoding, ingested.source.format) == ("ok", "utf-8", "text")
    assert ingested.source.sha256 and len(ingested.source.sha256) == 64
    assert [b.text for b in ingested.document.blocks] == lines_of(seed_text(prefix))


@pytest.mark.parametrize("prefix", ALL_SEEDS)
@pytest.mark.parametrize("codec, expected", [
    ("gb18030", "gb18030"),
    ("utf-8-sig", "utf-8-sig"),
    ("utf-16", "utf-16"),          # with a byte-order mark
    ("utf-16-le", "utf-16-le"),    # without one
    ("utf-16-be", "utf-16-be"),
])
def test_seed_round_trips_through_encoding(tmp_path, prefix, codec, expected):
    text = seed_text(prefix)
    encoding, paragraphs = read_back(tmp_path, text.encode(codec))
    assert encoding == expected
    assert paragraphs == lines_of(text)


def test_gbk_bytes_read_as_gb18030(tmp_path):
    lines = [line for line in lines_of(seed_text("003")) if _encodes(line, "gbk")]
    encoding, paragraphs = read_back(tmp_path, "\n".join(lines).encode("gbk"))
    assert (encoding, paragraphs) == ("gb18030", lines)


@pytest.mark.parametrize("prefix", ALL_SEEDS)
def test_traditional_seed_round_trips_through_big5(tmp_path, prefix):
    lines = list(traditional_big5_lines(prefix))
    encoding, paragraphs = read_back(tmp_path, "\r\n".join(lines).encode("big5"))
    assert encoding == "big5"
    assert paragraphs == lines


def test_big5_with_windows_extensions_reads_as_cp950(tmp_path):
    lines = list(traditional_big5_lines("002"))
    lines[2] = lines[2] + "持之以恒"                 # 恒 (F9DA) is an ETEN extension plain big5 lacks
    encoding, paragraphs = read_back(tmp_path, "\n".join(lines).encode("cp950"))
    assert (encoding, paragraphs) == ("cp950", lines)


@pytest.mark.parametrize("prefix", SIMPLIFIED_SEEDS)
@pytest.mark.parametrize("codec", ["gb18030", "big5"])
def test_a_single_line_is_enough_to_tell_gb_from_big5(prefix, codec):
    """The hard case: one short line, where GB and Big5 bytes may both decode."""
    lines = lines_of(seed_text(prefix)) if codec == "gb18030" else list(traditional_big5_lines(prefix))
    line = next(line for line in lines if 8 <= len(line) <= 40)
    text, encoding = decode(line.encode(codec))
    assert (text, encoding) == (line, codec)


def test_meta_declared_encoding_is_trusted_only_when_it_reads_well():
    line = lines_of(seed_text("002"))[1]
    assert decode(line.encode("gb18030"), declared="gb2312") == (line, "gb18030")
    assert decode(line.encode("gb18030"), declared="iso-8859-1") == (line, "gb18030")


@pytest.mark.parametrize("text, low", [
    (seed_text("003")[:400], False),
    (seed_text("003").encode("gb18030")[:400].decode("latin-1"), True),
    (bytes(range(256)).decode("latin-1"), True),
])
def test_plausibility_separates_text_from_mojibake(text, low):
    assert (plausibility(text) < 0.5) is low


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True
