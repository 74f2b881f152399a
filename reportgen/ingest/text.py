"""Plain-text reports: detect the encoding, one paragraph per non-empty line."""
from __future__ import annotations

from ..errors import InputError
from ..nodes import Document, Para

BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]


def decode(data: bytes) -> tuple[str, str]:
    """Return the text of ``data`` and the name of its encoding."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return data.decode(name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for name in ("gb18030", "big5"):
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    raise InputError("the text is in no encoding reportgen knows (UTF-8, UTF-16, GB18030, Big5); re-save it as UTF-8")


def read_text(data: bytes) -> tuple[Document, str]:
    """Return the document of a plain-text file and its encoding."""
    text, encoding = decode(data)
    blocks = tuple(Para.of(line.strip()) for line in text.splitlines() if line.strip())
    return Document(meta={}, blocks=blocks), encoding
