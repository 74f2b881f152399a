"""The export contracts: schema_version and the reportgen version in each JSON export, and the shipped
JSON Schemas that the seeds' exports (and an export with a skipped file and a history) follow."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from reportgen import __version__
from reportgen.cli import main
from reportgen.contracts import SCHEMA_VERSIONS, schema, validate


@pytest.fixture(scope="module")
def seed_corpus(tmp_path_factory, seed_paths: list[Path]) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for seed in seed_paths:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_extract_export_of_the_seeds_follows_its_schema(seed_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    result = CliRunner().invoke(main, ["extract", str(seed_corpus), "-o", str(out)])
    assert result.exit_code == 3, result.output  # the empty file is listed as not read
    data = json.loads(out.read_text("utf-8"))
    assert (data["schema_version"], data["reportgen_version"]) == (SCHEMA_VERSIONS["extract"], __version__)
    validate("extract", data)
    assert {d["status"] for d in data["documents"]} == {"ok", "skipped"}


def test_compare_export_with_history_follows_its_schema(seed_corpus: Path, seed_paths: list[Path],
                                                        tmp_path: Path) -> None:
    import reportgen

    db = tmp_path / "h.sqlite"
    earlier = reportgen.extract(seed_paths[:2])
    from reportgen.aggregate import record_build

    record_build(reportgen.compare(earlier), earlier, db, "2014-W20")
    out = tmp_path / "c.json"
    result = CliRunner().invoke(main, ["compare", str(seed_corpus), "--format", "json", "-o", str(out),
                                       "--db", str(db), "--period", "2014-W21"])
    assert result.exit_code == 3, result.output  # the empty file is listed as not read
    data = json.loads(out.read_text("utf-8"))
    assert data["schema_version"] == SCHEMA_VERSIONS["compare"] and data["reportgen_version"] == __version__
    validate("compare", data)
    assert data["period"] == "2014-W21" and data["previous_period"] == "2014-W20"
    assert data["changes"] and {c["status"] for c in data["changes"]} <= {"new", "gone", "changed", "same"}
    assert not [r for r in data["changes"] if r["status"] == "same" and r["delta"] != 0]


def test_the_schemas_reject_a_broken_export() -> None:
    good = {"schema_version": "1.0", "reportgen_version": __version__,
            "documents": [{"path": "a.txt", "sha256": None, "encoding": None, "status": "skipped",
                           "error": "the file is empty", "reason": {"code": "empty", "params": {}}, "articles": []}]}
    validate("extract", good)
    for broken in ({**good, "schema_version": None},
                   {**good, "documents": [{**good["documents"][0], "status": "fine"}]},
                   {**good, "documents": [{**good["documents"][0], "error": None}]},  # not ok: says why
                   {**good, "documents": [{**good["documents"][0], "reason": {"code": "empty"}}]}):
        with pytest.raises(jsonschema.ValidationError):
            validate("extract", broken)
    jsonschema.Draft202012Validator.check_schema(schema("compare"))
