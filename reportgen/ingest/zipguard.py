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
        raise InputError("zip_damaged") from None
    members = package.infolist()
    if len(members) > MAX_MEMBERS:
        raise InputError("zip_too_many_parts", parts=len(members), limit=MAX_MEMBERS)
    total = sum(m.file_size for m in members)
    if total > MAX_TOTAL_BYTES:
        raise InputError("zip_too_large", size=f"{total / 2**20:.0f}", limit=MAX_TOTAL_BYTES // 2**20)
    for member in members:
        if member.file_size > RATIO_FLOOR_BYTES and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise InputError("zip_ratio", part=member.filename, limit=MAX_RATIO,
                             ratio=member.file_size // max(member.compress_size, 1))
    names = {m.filename for m in members}
    if "[Content_Types].xml" not in names:
        raise InputError("zip_not_word")
    return package
