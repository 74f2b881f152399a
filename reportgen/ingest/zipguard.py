"""Check a Word package (a zip) before anything inflates it: damage and zip bombs.

python-docx reads parts through ``zipfile``, which never inflates a member past
its declared size; so checking the declared sizes here, before python-docx
opens the package, bounds the memory a hostile file can take.
"""
from __future__ import annotations

import io
import zipfile

from ..errors import InputError

MAX_TOTAL_BYTES = 200 * 1024 * 1024
"""Largest total uncompressed size accepted (a real report is a few MB)."""

MAX_RATIO = 100
"""Largest compression ratio accepted for a member bigger than ``RATIO_FLOOR_BYTES``."""

RATIO_FLOOR_BYTES = 10 * 1024 * 1024
MAX_MEMBERS = 10_000


def open_package(data: bytes) -> zipfile.ZipFile:
    """Return the zip of a Word package after checking it is whole and not a zip bomb."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise InputError("the Word file is damaged (truncated or not a valid zip package); "
                         "open it in Word and save it again") from None
    members = package.infolist()
    if len(members) > MAX_MEMBERS:
        raise InputError(f"the Word file holds {len(members)} parts (limit {MAX_MEMBERS}); "
                         "refusing to unpack it, it may be a zip bomb")
    total = sum(m.file_size for m in members)
    if total > MAX_TOTAL_BYTES:
        raise InputError(f"the Word file would unpack to {total / 2**20:.0f} MB (limit {MAX_TOTAL_BYTES // 2**20} MB); "
                         "refusing to unpack it, it may be a zip bomb")
    for member in members:
        if member.file_size > RATIO_FLOOR_BYTES and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise InputError(f"the Word file's part {member.filename} is compressed {member.file_size // max(member.compress_size, 1)} to 1 "
                             f"(limit {MAX_RATIO}); refusing to unpack it, it may be a zip bomb")
    names = {m.filename for m in members}
    if "[Content_Types].xml" not in names:
        raise InputError("a zip file but not a Word document (it has no [Content_Types].xml); save the report as .docx")
    return package
