"""The copies to send, built from reports the project was never tuned on, carry no machine debris.

Issue 9, item 4: a distributed document shows no input file names, paths,
hashes, English codes, ISO week codes or dates, half-width punctuation between
Chinese characters, Word comments, data-quality notes or input list; the
``-审阅`` review copy beside each Word document carries the comments and the list.
The reports below are written for this test in the genre (a county's web news
item with its page's timestamp, an office's report typed with half-width
punctuation, a newspaper item), under file names a clerk's folder really holds.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from reportgen.pipeline import BuildRequest, Options, build

pytestmark = pytest.mark.slow

REPORTS = {
    "a3f9c2e17b4d8e06_汇报.txt": """来源:青山新闻网
2014-05-21 09:30
青山县扎实推进党的群众路线教育实践活动
5月20日,青山县召开教育实践活动推进会,对下一阶段工作进行安排部署。
今年以来,青山县坚持"开门搞活动",组织县级领导干部深入乡镇、村组开展调研,共走访群众2310户,召开座谈会46场,征求意见建议587条,梳理查摆问题63个。
一是建立联系点制度。县级领导每人联系一个乡镇和一个贫困村,每月至少蹲点两天,帮助解决实际困难。
二是开展"回头看"。对征求到的意见建议逐条建立台账,明确责任单位和办结时限,目前已办结412条。
但也要看到,部分单位存在学习不够深入、查摆问题不够具体等不足。
下一步,青山县将继续聚焦"四风"问题,抓好整改落实,切实解决群众反映强烈的突出问题。
""",
    "county_report_final(1).txt": """河口区教育实践活动情况报告
河口区委教育实践活动领导小组办公室  2014年5月22日
按照市委统一部署,河口区党的群众路线教育实践活动于5月上旬全面启动,全区137个基层党组织、2846名党员参加活动。
一、突出学习教育。区委中心组开展集中学习4次,举办专题辅导报告会2场,各党支部组织党员集中学习1200余人次。
二、广泛征求意见。通过设立意见箱、开通专线电话、发放征求意见表等方式,共收集意见建议326条。
三、注重边学边改。针对群众反映集中的办事难问题,区政务服务中心推行"一站式"服务,办理时限平均缩短3个工作日。
存在的问题主要是个别党员干部思想认识不到位,参与活动的积极性不高。
""",
    "2014-W21/报告_v2 (石桥).txt": """石桥镇开展"三访三评"活动
本报讯(通讯员 李明)近日,石桥镇在全镇开展"三访三评"活动,镇村干部分组入户走访群众,听取群众对镇村两级班子的意见。
活动开展以来,石桥镇共走访农户1530户,收集意见建议94条,现场解决群众困难37件。
石桥镇党委将把走访中发现的问题纳入整改清单,明确责任人和完成时限,一项一项抓落实。
""",
}
AUDIENCES = ["weekly", "leadership", "digest", "research"]
HAN = "\u4e00-\u9fff"
DEBRIS = {
    "an ISO week code": re.compile(r"\d{4}-W\d{1,2}"),
    "an ISO date": re.compile(r"\d{4}-\d{1,2}-\d{1,2}"),
    "a hash": re.compile(r"(?<![0-9a-zA-Z])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8,}(?![0-9a-zA-Z])"),
    "an English code": re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)*\b"),
    "a path": re.compile(r"[/\\][\w.-]+[/\\]"),
    "half-width punctuation in Chinese": re.compile(rf"[{HAN}][,;:!?()\"'][{HAN}]"),
    "a review-only section": re.compile(r"审阅|数据提示|质量提示|报送材料清单"),
}


def _docx_text(path: Path) -> tuple[str, int]:
    """Return the text of every story of a .docx (body, text boxes, headers, footers, notes) and its comment count."""
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.fullmatch(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml", n)]
        xml = "\n".join(z.read(n).decode("utf-8") for n in parts)
        comments = z.read("word/comments.xml").decode("utf-8").count("<w:comment ") \
            if "word/comments.xml" in z.namelist() else 0
    # the text runs only: not field codes (PAGE, TOC), nor a drawing's numbers
    text = "".join(m.group(1) or ("\t" if m.group(0).startswith("<w:tab") else "\n")
                   for m in re.finditer(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:tab/>|</w:p>", xml))
    return text, comments


def _pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if not tool:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def unfamiliar_build(tmp_path_factory) -> tuple[Path, Path, list[Path]]:
    root = tmp_path_factory.mktemp("clean")
    folder = root / "收到的报告"
    for name, text in REPORTS.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    out = root / "out"
    written = build(BuildRequest(paths=[folder], out_dir=out, audiences=AUDIENCES, template_dirs=[], formats=[],
                                 db=root / "history.sqlite", period="2014-W21", options=Options()))
    return folder, out, written


def test_every_distributed_document_is_free_of_debris(unfamiliar_build) -> None:
    folder, out, written = unfamiliar_build
    sent = [p for p in written if p.suffix in (".docx", ".pdf") and "审阅" not in p.name]
    assert {p.suffix for p in sent} == {".docx", ".pdf"} and len(sent) >= len(AUDIENCES)
    names = [Path(n) for n in REPORTS]
    leaks = {"an input file name": [n.name for n in names] + [n.stem for n in names] + [str(folder), folder.name]}
    for path in sent:
        if path.suffix == ".docx":
            text, comments = _docx_text(path)
            assert comments == 0, f"{path.name}: {comments} Word comments in a copy to send"
        else:
            text = _pdf_text(path)
        assert "青山县" in text and "河口区" in text, f"{path.name} does not report the units"
        for what, pattern in DEBRIS.items():
            found = pattern.findall(text)
            assert not found, f"{path.name}: {what}: {found[:5]}"
        for leak in leaks["an input file name"]:
            assert leak not in text, f"{path.name}: an input file name or folder: {leak}"


def test_every_review_copy_carries_the_sources(unfamiliar_build) -> None:
    folder, out, written = unfamiliar_build
    for sent in (p for p in written if p.suffix == ".docx" and "审阅" not in p.name):
        review = sent.with_name(f"{sent.stem}-审阅.docx")
        assert review in written, f"{sent.name} has no review copy"
        text, comments = _docx_text(review)
        assert comments > 0, f"{review.name}: no figure carries its sentence"
    weekly, _ = _docx_text(next(p for p in written if p.name.endswith("weekly-审阅.docx")))
    assert all(Path(n).name in weekly for n in REPORTS), "the review copy lists every input file, named as on disk"
