"""Inputs of any size: the export is streamed, and pathological text stays linear."""
from __future__ import annotations

import io
import json

import pytest

from reportgen.pipeline import Options, extract_paths
from reportgen.records import to_export, write_export


@pytest.fixture(scope="module")
def seed_extractions(seed_paths):
    return extract_paths(seed_paths, Options())


@pytest.mark.parametrize("count", [0, 1, 5])
def test_streamed_export_is_the_text_of_the_whole_export(seed_extractions, count):
    extractions = seed_extractions[:count]
    out = io.StringIO()
    write_export(iter(extractions), out)
    assert out.getvalue() == json.dumps(to_export(extractions), ensure_ascii=False, indent=2) + "\n"
    assert len(json.loads(out.getvalue())["documents"]) == count


def test_streamed_export_writes_each_document_as_it_arrives(seed_extractions):
    out = io.StringIO()
    seen = []

    def arriving():
        for extraction in seed_extractions:
            seen.append(out.tell())  # how much was written when the next document was asked for
            yield extraction

    write_export(arriving(), out)
    assert seen[0] == 0  # nothing is written before the first document is there (a run failing at once writes nothing)
    assert all(a < b for a, b in zip(seen, seen[1:]))  # each document went out before the next was asked for
