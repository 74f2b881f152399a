"""The Python API from a plain Python session: ``reportgen.extract``, ``compare``, ``tables``, ``build``."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SESSION = """
import json, sys
import reportgen

docs = reportgen.extract(sys.argv[1])
comparison = reportgen.compare(docs)
zh = reportgen.tables(comparison, labels="zh")
en = reportgen.tables(comparison, labels="en")
written = reportgen.build(sys.argv[1], out=sys.argv[2], audiences=["weekly"], period="2014-W21", db=sys.argv[3],
                          date="2014-05-23")
again = reportgen.build(sys.argv[1], out=sys.argv[2], audiences=["weekly"], period="2014-W22", db=sys.argv[3])
print(json.dumps({
    "statuses": [d.source.status for d in docs],
    "units": list(comparison.units),
    "zh_columns": list(zh["cells"].columns),
    "en_columns": list(en["cells"].columns),
    "display_first": list(zh["display"].columns)[:2],
    "written": [str(p) for p in written + again],
    "stage_module_still_importable": __import__("reportgen.extract.figures").extract.figures.__name__,
}, ensure_ascii=False))
"""


def test_api_from_a_plain_python_session(tmp_path: Path, seed_paths: list[Path]) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for seed in seed_paths[:3]:
        (corpus / seed.name).write_bytes(seed.read_bytes())
    run = subprocess.run([sys.executable, "-c", SESSION, str(corpus), str(tmp_path / "out"),
                          str(tmp_path / "h.sqlite")], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout)
    assert got["statuses"] == ["ok", "ok", "ok"] and len(got["units"]) >= 3
    assert "单位" in got["zh_columns"] and "unit" in got["en_columns"] and "unit" not in got["zh_columns"]
    assert got["display_first"][0] == "单位"
    names = sorted(Path(p).name for p in got["written"])
    assert names == ["工作简报第1期-extract.json", "工作简报第1期-weekly-审阅.docx", "工作简报第1期-weekly.docx",
                     "工作简报第2期-extract.json", "工作简报第2期-weekly-审阅.docx", "工作简报第2期-weekly.docx"]
    assert all(Path(p).is_file() for p in got["written"])
    assert got["stage_module_still_importable"] == "reportgen.extract.figures"
    assert (tmp_path / "h.sqlite").is_file() and not list((tmp_path / "out").glob("*.sqlite"))
