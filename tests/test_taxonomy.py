"""The taxonomy: the shipped file loads, maps figures to indicators, places measures in stages,
and a user's broken file is refused with a message naming the file and the entry."""
from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.errors import TaxonomyError
from reportgen.taxonomy import DEFAULT_PATH, load_taxonomy


@pytest.fixture(scope="module")
def tax():
    return load_taxonomy()


@pytest.mark.parametrize(("obj", "unit", "expected"), [
    ("党员", "名", "party_members"),
    ("共产党员", "名", "party_members"),
    ("流动党员", "名", None),                # a subgroup is not the membership
    ("其中上市企业", "家", None),            # a subset is not the enterprise count
    ("党员干部", "名", "cadres"),            # the longer object word wins
    ("机关干部职工", "名", "cadres"),
    ("基层党组织", "个", "party_organisations"),
    ("党支部", "个", "party_organisations"),
    ("企业", "家", "enterprises"),
    ("座谈会", "场", "forums"),
    ("意见建议", "条", "opinions"),
    ("群众意见", "件", "opinions"),
    ("征求意见表", "份", "questionnaires"),  # excluded from opinions, counted as forms
    ("突出问题", "个", "problems"),
    ("督导组", "个", "inspection_teams"),
    ("户", "户", "households"),
    ("群众满意率", "%", "satisfaction_rate"),
    ("“满意率”", "%", "satisfaction_rate"),  # quotes around the object do not matter
    ("固定资产投资", "元", "funds"),
    ("党员", "个", None),                    # unit outside the indicator's family
    ("满意率", "名", None),
    ("孵化器", "个", None),                  # nothing in the taxonomy counts it
    (None, "名", None),
    ("", "名", None),
], ids=lambda v: str(v))
def test_indicator_for(tax, obj, unit, expected):
    assert tax.indicator_for(obj, unit) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("思想导向：强化认识抓学习", "learning"),
    ("开门搞活动 诚心听民声", "learning"),
    ("创新学习载体 严抓学习教育", "learning"),
    ("召开工作会议,全面动员部署", "learning"),
    ("深入查摆问题,认真开展批评与自我批评", "review"),
    ("召开专题民主生活会", "review"),
    ("建立长效机制 推动整改落实", "rectification"),
    ("立行导向：严格把关抓整改", "rectification"),
    ("今天天气很好", None),
    ("", None),
])
def test_stage_for(tax, text, expected):
    assert tax.stage_for(text) == expected


def test_default_tables(tax):
    ids = [i.id for i in tax.indicators]
    assert len(ids) == len(set(ids))
    assert tax.indicator("party_members").label == "党员"
    assert tax.indicator("party_members").family == "people"
    assert "party_members" in {i.id for i in tax.core_indicators}
    assert [s.id for s in tax.stages] == ["learning", "review", "rectification"]
    assert tax.stage_label("review") == "查摆问题、开展批评"
    assert tax.family_of("名") == {"people"}
    assert {"items", "organisations"} <= tax.family_of("个")


@pytest.mark.parametrize(("a", "b"), [
    ("某市经信局", "某市经济和信息化局"),
    ("某县发改委", "某县发展和改革委员会"),
    ("某区人口计生委", "某区人口和计划生育委员会"),   # the longer short form wins over 计生委
    ("某市企业工委", "某市企业工作委员会"),
])
def test_canonical_unit_merges_abbreviations(tax, a, b):
    assert tax.canonical_unit(a) == tax.canonical_unit(b) == b


def test_canonical_unit_keeps_other_names(tax):
    assert tax.canonical_unit(" 某县委组织部 ") == "某县委组织部"


def test_lexicon_and_stop_words(tax):
    assert {"群众路线", "教育实践活动", "四风", "督导组", "经济和信息化局"} <= set(tax.lexicon)
    assert all(len(w) >= 2 for w in tax.lexicon)
    assert {"的", "开展", "我们"} <= tax.stop_words
    assert not tax.stop_words & {"群众路线", "整改"}


GOOD = DEFAULT_PATH.read_text(encoding="utf-8")


@pytest.mark.parametrize(("edit", "message"), [
    (lambda t: t.replace('family = "people"', 'family = "peple"', 1), "unknown unit family 'peple'"),
    (lambda t: t.replace('id = "cadres"', 'id = "party_members"', 1), "duplicate id 'party_members'"),
    (lambda t: t.replace('label = "党员"\n', "", 1), "missing key(s): label"),
    (lambda t: t.replace('core = true', 'core = "yes"', 1), "core must be true or false"),
    (lambda t: t.replace('core = true', 'kore = true', 1), "unknown key(s): kore"),
    (lambda t: t.replace('id = "learning"', 'id = "Learning"', 1), "lower_snake_case"),
    (lambda t: t.replace('objects = ["党员", ', 'objects = [3, ', 1), "must be a list of non-empty strings"),
    (lambda t: t.replace("[unit_families]", "[unit_familys]", 1), "unknown table(s): unit_familys"),
    (lambda t: t + '\n[[unit_aliases]]\nshort = "经信局"\nfull = "x"\n', "duplicate short form '经信局'"),
    (lambda t: t + "\nbroken = [\n", "not valid TOML"),
], ids=["family", "duplicate", "missing", "core-type", "unknown-key", "id-case", "object-type",
        "unknown-table", "alias-dup", "toml"])
def test_bad_file_is_refused_naming_file_and_entry(tmp_path: Path, edit, message):
    path = tmp_path / "mine.toml"
    path.write_text(edit(GOOD), encoding="utf-8")
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_error_names_the_indicator_entry(tmp_path: Path):
    path = tmp_path / "mine.toml"
    path.write_text(GOOD.replace('family = "people"', 'family = "peple"', 1), encoding="utf-8")
    with pytest.raises(TaxonomyError, match=r"indicators entry 1 \(id 'party_members'\)"):
        load_taxonomy(path)


def test_missing_file(tmp_path: Path):
    with pytest.raises(TaxonomyError, match="cannot read taxonomy file"):
        load_taxonomy(tmp_path / "absent.toml")


def test_minimal_user_file(tmp_path: Path):
    path = tmp_path / "small.toml"
    path.write_text(
        '[unit_families]\npeople = ["名"]\n'
        '[[indicators]]\nid = "volunteers"\nlabel = "志愿者"\nfamily = "people"\nobjects = ["志愿者"]\n'
        '[[stages]]\nid = "only"\nlabel = "唯一"\ncues = ["服务"]\n', encoding="utf-8")
    tax = load_taxonomy(path)
    assert tax.indicator_for("青年志愿者", "名") == "volunteers"
    assert tax.indicator("volunteers").core is False
    assert tax.stage_for("志愿服务") == "only"
    assert tax.canonical_unit("某市经信局") == "某市经信局"   # no aliases in this file
