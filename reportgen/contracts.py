"""The export contracts: every JSON export says which schema it follows and which reportgen wrote it.

``schema_version`` changes its major number when a listed key changes
meaning or is removed, its minor number when keys are added; the JSON Schema
of each export ships in ``reportgen/schemas`` so a consumer can check what
it reads (``validate``).
"""
from __future__ import annotations

import json
from typing import Any


SCHEMA_VERSIONS = {"extract": "1.2", "compare": "1.1"}  # compare 1.1: rows[].documents, excluded, null unit of an unnamed row
# extract 1.1: documents[].reason (the code of error); 1.2: documents[].warning_reason (the code of warning)


def stamp(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """Return ``data`` with ``schema_version`` and ``reportgen_version`` first."""
    from . import __version__

    return {"schema_version": SCHEMA_VERSIONS[kind], "reportgen_version": __version__, **data}


def schema(kind: str) -> dict[str, Any]:
    """Return the JSON Schema of an export (``extract`` or ``compare``)."""
    from .resources import data_path

    return json.loads(data_path(f"schemas/{kind}.schema.json").read_text("utf-8"))


def validate(kind: str, data: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``data`` follows the export's schema (needs jsonschema)."""
    import jsonschema

    jsonschema.validate(data, schema(kind))
