"""Shipped data: found inside the package, and a damaged install said plainly."""
from __future__ import annotations

import pytest

from reportgen import resources
from reportgen.errors import ReportgenError


def test_resources_load_data_reads_a_shipped_table():
    table = resources.load_data("measure_words.toml")
    assert "名" in {w for group in table["units"].values() for w in group}


def test_resources_seeds_and_templates_are_found():
    assert len(list(resources.seeds_dir().glob("*.txt"))) == 5
    assert (resources.templates_dir() / "weekly" / "settings.toml").is_file()


@pytest.mark.parametrize("content", [None, "not = [valid toml"], ids=["missing", "malformed"])
def test_resources_load_data_damaged_install_is_a_clear_error(tmp_path, monkeypatch, content):
    monkeypatch.setattr(resources, "PACKAGE_DIR", tmp_path)
    if content is not None:
        (tmp_path / "x.toml").write_text(content, encoding="utf-8")
    with pytest.raises(ReportgenError, match="reinstall reportgen"):
        resources.load_data("x.toml")
