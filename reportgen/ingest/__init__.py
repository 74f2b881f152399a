"""Stage 1, ingest: find the input files and read each into a ``Document``.

``collect`` turns the user's paths into an ordered list of files; ``read``
turns one file into an ``Ingested`` (its ``Source`` record and, when it could
be read, a ``Document``). A bad file never raises: its status says why.
"""
from __future__ import annotations

from .files import collect
from .read import DEFAULT_MAX_BYTES, Ingested, read

__all__ = ["collect", "read", "Ingested", "DEFAULT_MAX_BYTES"]
