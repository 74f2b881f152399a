"""The JSON export of the seeds, end to end: the contract's keys, and nothing of the
raw input's debris (pinyin glosses, Traditional script, web boilerplate) left in it."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from reportgen.cli import main

GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
BOILERPLATE = ["我来说两句", "相关新闻", "相关评论", "an error occurred", "您所在的位置", "责任编辑", "来源:"]

DOCUMENT_KEYS = {"path", "sha256", "encoding", "status", "error", "articles"}
ARTICLE_KEYS = {"title", "unit", "locality", "date", "source", "authors", "framework", "measures", "figures", "keywords"}
FIGURE_KEYS = {"text", "value", "value_max", "unit", "qualifier", "object", "indicator", "sentence"}
MEASURE_KEYS = {"title", "level", "stage"}


@pytest.fixture(scope="module")
def export(tmp_path_factory, seeds_dir):
    out = tmp_path_factory.mktemp("export") / "x.json"
    result = CliRunner().invoke(main, ["extract", str(seeds_dir), "--format", "json", "--output", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text("utf-8"))


def _strings(node, skip=("path", "sha256")):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in skip:
                yield from _strings(value, skip)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value, skip)


def test_export_has_the_contract_keys(export):
    docs = export["documents"]
    assert len(docs) == 5 and all(d["status"] == "ok" and d["error"] is None for d in docs)
    for doc in docs:
        assert DOCUMENT_KEYS <= doc.keys()
        assert len(doc["sha256"]) == 64
        for article in doc["articles"]:
            assert ARTICLE_KEYS <= article.keys()
            assert all(FIGURE_KEYS <= f.keys() for f in article["figures"])
            assert all(MEASURE_KEYS <= m.keys() for m in article["measures"])


def test_export_seed_003_holds_six_articles(export):
    (page,) = [d for d in export["documents"] if d["path"].endswith("003_a10400f3200b3ba1.txt")]
    titles = [a["title"] for a in page["articles"]]
    assert len(titles) == 6
    assert titles[0] == "为群众解难题不走过场" and "文化惠民活动启动" in titles


def test_export_keeps_no_gloss_traditional_character_or_boilerplate(export):
    import opencc

    t2s = opencc.OpenCC("t2s").convert
    strings = list(_strings(export))
    assert len(strings) > 300
    assert [s for s in strings if GLOSS.search(s)] == []
    assert [s for s in strings if t2s(s) != s] == []
    assert [s for s in strings if any(b in s for b in BOILERPLATE)] == []


def test_export_every_figure_text_stands_in_its_sentence(export):
    figures = [f for d in export["documents"] for a in d["articles"] for f in a["figures"]]
    assert len(figures) > 80
    assert all(f["text"] in f["sentence"] for f in figures)
    assert any(f["value"] == 3077 and f["unit"] == "名" and f["indicator"] == "party_members" for f in figures)


def test_a_figure_and_a_measure_export_every_field_in_order_as_plain_values():
    """The export reads a record's fields without copying them: each must be a plain value, which
    JSON writes as it is (a list or a record as a field would be shared with the record, not copied)."""
    import dataclasses
    import typing

    from reportgen.records import Figure, Measure, article_to_dict, Article, figure_to_dict

    plain = {str, int, float, type(None)}
    for record in (Figure, Measure):
        for name, hint in typing.get_type_hints(record).items():
            assert set(typing.get_args(hint) or (hint,)) <= plain, (record.__name__, name, hint)
    figure = Figure(text="3077.5万元", value=30775000.0, value_max=40000000.0, unit="元", qualifier="多",
                    object="资金", indicator="funds", sentence="共投入资金3077.5万元。", scope="城关镇")
    assert figure_to_dict(figure) == {"text": "3077.5万元", "value": 30775000, "value_max": 40000000,
                                      "unit": "元", "qualifier": "多", "object": "资金", "indicator": "funds",
                                      "sentence": "共投入资金3077.5万元。", "scope": "城关镇"}
    assert list(figure_to_dict(figure)) == [f.name for f in dataclasses.fields(Figure)]
    measures = article_to_dict(Article(title="t", measures=[Measure("一、深入调研", 1, "学习教育")]))["measures"]
    assert measures == [{"title": "一、深入调研", "level": 1, "stage": "学习教育"}]


def test_a_number_written_without_a_measure_word_exports_no_unit_and_fills_no_cell(tmp_path):
    """惠及100余万群众: a figure whose unit is null in the export; the comparison reads it and counts it nowhere."""
    report = tmp_path / "in" / "a.txt"
    report.parent.mkdir()
    report.write_text("柳塘县扎实开展主题教育\n\n主题教育开展以来，柳塘县组织党员干部走访群众1200户，"
                      "收集意见建议86条，惠及100余万群众。\n", "utf-8")
    out = tmp_path / "x.json"
    result = CliRunner().invoke(main, ["extract", str(report.parent), "--format", "json", "--output", str(out)])
    assert result.exit_code == 0, result.output
    (article,) = json.loads(out.read_text("utf-8"))["documents"][0]["articles"]
    bare = next(f for f in article["figures"] if f["text"] == "100余万")
    assert bare["unit"] is None and bare["value"] == 1000000 and bare["indicator"] is None
    compared = tmp_path / "c.json"
    result = CliRunner().invoke(main, ["compare", str(report.parent), "--format", "json", "--output", str(compared)])
    assert result.exit_code == 0, result.output
    cells = json.loads(compared.read_text("utf-8"))["cells"]
    assert sorted((c["indicator"], c["value"]) for c in cells) == [("households", 1200), ("opinions", 86)]
