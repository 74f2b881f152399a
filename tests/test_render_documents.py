"""What the documents say, read as the clerk who sends them (issue 9, items 2-4): a comparison table
prints only what some unit reported, and the summary counts one thing. Every report here is invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.aggregate import compare
from reportgen.nodes import Table, block_text
from reportgen.pipeline import Options, extract_paths
from reportgen.render import build_context, load_audience, render

REPORTS = {
    "松溪镇.txt": "松溪镇扎实开展党的群众路线教育实践活动\n"
                 "今年以来，松溪镇组织全镇386名党员参加教育实践活动，镇领导班子深入12个行政村开展调研。\n"
                 "通过召开座谈会、设立意见箱等方式，共征求意见建议52条，已办结41条。\n",
    "北坪街道.txt": "北坪街道教育实践活动进展情况\n"
                  "北坪街道坚持开门搞活动，班子成员分片包干，走访辖区企业和居民。\n"
                  "活动开展以来，北坪街道共收集意见建议27条，逐条建立台账，明确整改时限。\n",
    "东湖社区.txt": "东湖社区开展学习教育活动\n"
                  "东湖社区组织党员集中学习党章党规，邀请老党员讲述入党初心，并组织党员到社区广场开展义务清扫。\n",
}
WITHOUT_FIGURES = {
    "南岭乡.txt": "南岭乡扎实开展主题教育\n南岭乡组织党员干部深入田间地头，帮助群众解决生产生活中的实际困难。\n",
    "西河街道.txt": "西河街道开展学习教育活动\n西河街道组织党员到红色教育基地参观学习，重温入党誓词。\n",
}


def _weekly(tmp_path: Path, reports: dict[str, str]):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    records = compare(extract_paths(sorted(folder.iterdir()), Options())).to_records()
    audience = load_audience("weekly")
    return render(audience, build_context(records, audience.settings), tmp_path / "out")


def _texts(doc) -> list[str]:
    return [block_text(b) for b in doc.blocks]


def test_the_table_prints_only_units_and_indicators_with_a_figure_and_says_what_it_left_out(tmp_path) -> None:
    doc = _weekly(tmp_path, REPORTS)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    lines = block_text(table).splitlines()
    assert lines[0].split("\t") == ["单位", "党员", "意见建议"]
    assert sorted(line.split("\t")[0] for line in lines[1:]) == sorted(["松溪镇", "北坪街道"])
    texts = _texts(doc)
    note = texts[texts.index(block_text(table)) + 1]
    assert note.startswith("注：") and note.endswith("未报送上述数字；各单位均未报送座谈会、问题、整改事项数字。")
    assert "未报送上述数字" in note and "其余" not in note   # one unit left out: named, not counted


def test_a_table_with_no_figure_at_all_is_one_sentence(tmp_path) -> None:
    doc = _weekly(tmp_path, WITHOUT_FIGURES)
    assert not any(isinstance(b, Table) for b in doc.blocks)
    assert "本期各单位材料均未报送党员、座谈会、意见建议、问题、整改事项数字。" in _texts(doc)


def test_the_summary_counts_the_units_not_their_files_beside_them(tmp_path) -> None:
    texts = _texts(_weekly(tmp_path, REPORTS))
    lead = next(t for t in texts if t.startswith("本期汇总"))
    assert lead.startswith("本期汇总3个单位报送的材料。") and "份材料" not in lead
