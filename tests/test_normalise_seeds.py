"""Normalise end to end on the seed reports, read by the real reader."""
from __future__ import annotations

import re
from pathlib import Path

import opencc
import pytest

from conftest import shipped_normalise_rules
from reportgen.ingest import read
from reportgen.nodes import Document, Para
from reportgen.normalise import normalise
from reportgen.normalise.boilerplate import is_boilerplate

RULES = shipped_normalise_rules()

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def normalised() -> dict[str, Document]:
    return {path.name[:3]: normalise(read(path).document, RULES) for path in sorted(SEEDS.glob("*.txt"))}


def body(document: Document) -> list[str]:
    return [b.text for b in document.blocks if isinstance(b, Para) and b.role is None]


def test_normalise_seeds_hold_no_pinyin_gloss(normalised):
    for prefix, document in normalised.items():
        text = "\n".join(b.text for b in document.blocks)
        assert not re.search(r"[(（][a-zàáǎèéěìíǐòóǒùúǔǖǘǚǜü]", text), prefix


def test_normalise_seed_001_is_simplified():
    (path,) = SEEDS.glob("001_*.txt")
    text = "\n".join(b.text for b in normalise(read(path).document, RULES).blocks)
    assert opencc.OpenCC("t2s").convert(text) == text
    assert "天水市企业工委“三项措施”助推" in text and "随着我市国有企业改革改制" in text


def test_normalise_seeds_simplified_text_is_not_converted(normalised):
    assert any("坚持“求真、做实、做好”的原则" in t for t in body(normalised["003"]))


def test_normalise_seeds_hold_no_boilerplate(normalised):
    for prefix, document in normalised.items():
        assert not [b.text for b in document.blocks if is_boilerplate(b.text, RULES.boilerplate)], prefix
    text = "\n".join(b.text for b in normalised["004"].blocks)
    for furniture in ("an error occurred", "您所在的位置", "我来说两句", "相关新闻", "相关评论", "责任编辑"):
        assert furniture not in text


def test_normalise_seed_004_page_header_is_meta(normalised):
    assert normalised["004"].meta == {"date": "2014-05-26", "source": "泉州晚报"}
    assert all(not d.meta for p, d in normalised.items() if p != "004")


@pytest.mark.parametrize(
    "prefix, joined",
    [
        ("000", "经信系统《党的群众路线教育实践活动实施意见》、《党的群众路线教育实践活动实施方案》"),
        ("000", "确保群众路线教育实践活动动入心入脑。"),
        ("000", "为其他党员干部作出了示范,为教育实践活动的开展"),
        ("000", "召开座谈会,听意见、摸情况、找症结"),
        ("000", "较多的问题,工业生产调度室协调相关部门"),
        ("000", "目前基本处理完毕,为“北四厂”搬迁创造了良好环境。"),
        ("002", "体现了学有所思、学有所得、学以致用。"),
        ("002", "前期设计和筹备工作正在稳步进展。"),
        ("003", "对17个经济薄弱村进行包靠"),
        ("003", "全县976个自然村、小区"),
    ],
)
def test_normalise_seeds_join_page_breaks(normalised, prefix, joined):
    assert any(joined in t for t in body(normalised[prefix]))


@pytest.mark.parametrize(
    "prefix, line",
    [
        ("000", "组织导向：科学部署抓覆盖"),
        ("000", "文/片 通讯员 孙玮"),
        ("001", "一、深入一线调研,做到有的放矢"),
        ("002", "提前预热 周密部署 示范带动 有序推进"),
        ("003", "昌乐县委书记张新强:"),
        ("003", "全市今年完成 固定资产投资3800亿元 1-2月固定资产投资 居全省第二"),
        ("004", "开门搞活动 诚心听民声"),
        ("004", "(开宣 文/图)"),
    ],
)
def test_normalise_seeds_keep_headings_and_bylines_as_they_are(normalised, prefix, line):
    assert line in body(normalised[prefix])


@pytest.mark.parametrize(
    "prefix, start",
    [
        ("000", "►章丘市委常委、副市长王斌(左一)为煜龙科技挂牌鸣锣。"),
        ("000", "深入企业调研。"),
        ("000", "组织集体学习。"),
        ("002", "3月28日,区人口计生委组织党员干部到杨水才纪念馆参观学习。"),
        ("002", "3月9日,魏都区党的群众路线教育实践活动工作会议召开"),
        ("002", "3月25日,在魏都产业集聚区党的群众路线教育实践活动动员大会上"),
    ],
)
def test_normalise_seeds_captions_are_kept_and_marked(normalised, prefix, start):
    captions = [b.text for b in normalised[prefix].blocks if isinstance(b, Para) and b.role == "caption"]
    assert any(c.startswith(start) for c in captions)


def test_normalise_seeds_lose_no_body_text(normalised):
    """Every Han character of a seed's report lines is still there (bar furniture and glosses)."""
    for path in sorted(SEEDS.glob("*.txt")):
        if path.name.startswith(("001", "004")):
            continue  # converted script; furniture lines
        raw = re.sub(r"\s", "", path.read_text("utf-8"))
        kept = re.sub(r"\s", "", "".join(b.text for b in normalised[path.name[:3]].blocks))
        assert len(re.findall(r"[\u4e00-\u9fff]", kept)) == len(re.findall(r"[\u4e00-\u9fff]", raw)), path.name
