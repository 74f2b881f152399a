"""Article metadata: title, unit, locality, date, source, authors, framework."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shipped_lexicon, shipped_normalise_rules
from reportgen.extract.articles import split_articles
from reportgen.extract.bylines import Byline, dateline_byline, parse_byline
from reportgen.extract.framework import find_framework
from reportgen.extract.meta import iso_date, read_meta
from reportgen.extract.reporting_unit import UnitEvidence, find_unit
from reportgen.ingest import read
from reportgen.nodes import Document, Heading, Para
from reportgen.normalise import normalise

RULES = shipped_normalise_rules()

LEX = shipped_lexicon()

FIELDS = ("title", "unit", "locality", "date", "source", "authors", "framework")


@pytest.fixture(scope="module")
def seed_meta(seed_paths: list[Path]) -> dict[str, list[dict]]:
    """The metadata of every article of every seed, by file name."""
    out = {}
    for path in seed_paths:
        doc = normalise(read(path).document, RULES)
        articles = [read_meta(blocks, doc.meta, LEX) for blocks in split_articles(doc, LEX)]
        out[path.name] = [{f: getattr(a, f) for f in FIELDS} for a in articles]
    return out


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_metadata_matches_gold(prefix, seed_meta, gold):
    name = next((n for n in gold if n.startswith(prefix)), None)
    if name is None:
        pytest.skip(f"no gold file for seed {prefix}")
    want = [{f: g.get(f) for f in FIELDS} for g in gold[name]["articles"]]
    assert seed_meta[name] == want


def test_body_paragraphs_keep_section_heads_and_leave_out_headline_and_byline():
    blocks = (
        Para.of("某县“三项措施”推进活动", role="title"),
        Para.of("□记者 张三 报道", role="byline"),
        Para.of("为推进活动，某县采取三项措施。"),
        Heading.of(2, "一、深入调研"),
        Para.of("照片说明。", role="caption"),
        Para.of("二、制定方案"),
        Para.of("三、周密部署"),
    )
    article = read_meta(blocks, {}, LEX)
    assert article.paragraphs == ["为推进活动，某县采取三项措施。", "一、深入调研", "二、制定方案", "三、周密部署"]
    assert article.authors == ["张三"]
    assert article.framework == "三项措施"


@pytest.mark.parametrize("line, authors, photographers", [
    ("□毛黎明 李梦龙", ["毛黎明", "李梦龙"], []),
    ("□ 本报记者 宋学宝 宋昊阳", ["宋学宝", "宋昊阳"], []),
    ("□记者 宋昊阳 报道", ["宋昊阳"], []),
    ("文/片 通讯员 孙玮", ["孙玮"], []),
    ("(开宣 文/图)", ["开宣"], []),
    ("记者 张三 通讯员 李四", ["张三", "李四"], []),
    ("（记者 王五）", ["王五"], []),
    ("本报通讯员 赵六 摄", [], ["赵六"]),
    ("文/记者 张三 图/通讯员 李四", ["张三"], ["李四"]),
    ("记者张文报道", ["张文"], []),
    ("本报记者 周七 摄影报道", ["周七"], []),
    ("记者 阿依古丽·买买提 实习生 钱八", ["阿依古丽·买买提", "钱八"], []),
], ids=lambda v: v if isinstance(v, str) else None)
def test_parse_byline(line, authors, photographers):
    assert parse_byline(line, LEX) == Byline(tuple(authors), tuple(photographers))


@pytest.mark.parametrize("line", [
    "书记观点",
    "深入群众 首先要身在群众",
    "提前预热 周密部署 示范带动 有序推进",
    "3月28日,区人口计生委组织党员干部到纪念馆参观学习。商君婷 摄",
    "记者从市重点项目新闻发布会上获悉,市政府决定实施提升年活动",
])
def test_lines_that_are_not_bylines(line):
    assert parse_byline(line, LEX) is None


@pytest.mark.parametrize("paragraph, authors", [
    ("本报讯（记者 张三 通讯员 李四）3月5日，某县召开动员大会。", ["张三", "李四"]),
    ("新华社北京3月5日电（记者 王五）全国两会今天开幕。", ["王五"]),
    ("自活动开展以来（截至目前），某县召开座谈会17场次。", None),
])
def test_dateline_byline(paragraph, authors):
    got = dateline_byline(paragraph, LEX)
    assert (list(got.authors) if got else None) == authors


@pytest.mark.parametrize("text, iso", [
    ("qz.fjsen.com 2014-05-26 15:15:03 来源:泉州晚报", "2014-05-26"),
    ("发布时间：2013年7月8日", "2013-07-08"),
    ("3月31日,记者从发布会上获悉", None),
    ("2013年7月第一批教育实践活动开始后", None),
])
def test_iso_date_needs_a_year_month_and_day(text, iso):
    assert iso_date(text) == iso


@pytest.mark.parametrize("header, source", [
    ("qz.fjsen.com 2014-05-26 15:15:03 来源:泉州晚报 责任编辑:某某", "泉州晚报"),
    ("来源：《大众日报》 2014-04-10", "大众日报"),
], ids=["plain", "guillemets"])
def test_source_from_a_page_header_line(header, source):
    blocks = (Para.of("某区推进活动", role="title"), Para.of(header, role="dateline"),
              Para.of("自活动开展以来，某区扎实推进各项工作。"))
    assert read_meta(blocks, {}, LEX).source == source


@pytest.mark.parametrize("lead, source", [
    ("本报潍坊讯 4月8日,某平台正式启用。", None),
    ("大众日报济南讯 4月8日,某平台正式启用。", "大众日报"),
    ("新华社北京3月5日电 全国两会今天开幕。", "新华社"),
])
def test_source_from_a_dateline_names_the_publication_only_where_it_is_named(lead, source):
    blocks = (Para.of("某平台启用", role="title"), Para.of(lead))
    assert read_meta(blocks, {}, LEX).source == source


@pytest.mark.parametrize("header, authors", [
    ("发布时间：2014-03-12 来源：某区人民政府网 作者：王小明 责任编辑：李四", ["王小明"]),
    ("发布时间：2014-03-12 来源：某区人民政府网", []),
])
def test_authors_from_a_page_header_line(header, authors):
    blocks = (Para.of("某区推进活动", role="title"), Para.of(header, role="dateline"),
              Para.of("自活动开展以来，某区扎实推进各项工作。"))
    assert read_meta(blocks, {}, LEX).authors == authors


def test_document_meta_gives_date_and_source_first():
    blocks = (Para.of("某区推进活动", role="title"), Para.of("来源:别的报 2001-01-01", role="dateline"))
    article = read_meta(blocks, {"date": "2014-05-26", "source": "泉州晚报"}, LEX)
    assert (article.date, article.source) == ("2014-05-26", "泉州晚报")


def evidence(title: str, lead: str, body: str = "", headline: str | None = None, department: str = "") -> UnitEvidence:
    return UnitEvidence(title=title, headline=headline if headline is not None else title, lead=lead, body=body,
                        department=department)


@pytest.mark.parametrize("ev, unit, locality", [
    (evidence("淄博市统计局“四个抓手”推进活动",
              "近日，淄博市统计局召开会议，部署教育实践活动。", "市统计局党组多次研究。"),
     "淄博市统计局", "淄博市"),
    (evidence("“五个坚持”践行群众路线", "自活动开展以来，莱芜市住房和城乡建设局认真贯彻总要求。",
              "市住建局党组带头学习。", headline="莱芜市住建局\n“五个坚持”践行群众路线"),
     "莱芜市住房和城乡建设局", "莱芜市"),
    (evidence("区教育实践活动扎实开局", "自活动启动以来，我区认真贯彻总要求，区委常委带头征求意见。",
              "3月9日，历下区召开工作会议。我区各部门迅速行动。历下区群众路线网开通。"),
     "历下区", "历下区"),
    (evidence("文化惠民活动启动", "本报济宁讯 近日，济宁市文化惠民活动在曲阜市启动。",
              "济宁市高度重视文化建设。曲阜市将出资。"),
     "济宁市", "济宁市"),
    (evidence("商务服务平台正式启用 提供一站式服务", "本报讯 4月8日，某平台启用。这是政府及其职能部门协同服务机构为企业提供综合服务的窗口。",
              "临沂市商务局局长介绍说，平台将引入竞争机制。"),
     "临沂市商务局", "临沂市"),
], ids=["org-in-title", "abbreviation-replaced", "we-district", "dateline-place", "org-in-body"])
def test_find_unit(ev, unit, locality):
    assert find_unit(ev, LEX) == (unit, locality)


def test_no_place_named_gives_no_unit():
    assert find_unit(evidence("活动扎实开局", "自活动启动以来，我区认真贯彻总要求。"), LEX) == (None, None)


@pytest.mark.parametrize("title, lead, body, framework", [
    ("“五个导向”践行党的群众路线", "", ["导语。"], "五个导向"),
    ("某局三项措施助推活动", "", ["一、深入调研", "正文。", "二、制定方案", "三、周密部署"], "三项措施"),
    ("某县推进活动", "某县采取四项举措推进活动。", ["一是召开会议。二是建立台账。三是开展走访。四是整改落实。"], "四项举措"),
    ("平台启用 线上线下两个平台 提供一站式服务", "", ["正文一。", "正文二。"], None),
    ("某县推进活动", "某县召开座谈会", ["正文。"], None),
], ids=["quoted-title", "sections-match", "points-match", "no-structure", "none"])
def test_find_framework(title, lead, body, framework):
    assert find_framework(title, lead, body, LEX) == framework


def test_an_empty_article_reads_without_error():
    article = read_meta((), {}, LEX)
    assert (article.title, article.unit, article.authors, article.paragraphs) == (None, None, [], [])


def test_seed_text_through_read_meta_gives_one_article_per_document(seed_paths):
    doc = normalise(read(seed_paths[0]).document, RULES)
    assert isinstance(doc, Document)
    assert len(split_articles(doc, LEX)) == 1


def test_authors_from_document_meta_when_the_header_line_was_taken_out():
    blocks = (Para.of("某区推进活动", role="title"), Para.of("自活动开展以来，某区扎实推进各项工作。"))
    assert read_meta(blocks, {"authors": "王小明 李四"}, LEX).authors == ["王小明", "李四"]


@pytest.mark.parametrize("ev, unit, locality", [
    (evidence("“大走访”助推“双提升”", "今年以来，柘川县岚坪镇结合专项活动，开展镇干部联系村大走访。",
              "岚坪镇召开部署会。岚坪镇党委书记带队走访。"),
     "岚坪镇", "柘川县"),
    (evidence("启动“我为群众办实事”实践活动", "4月16日上午，柘川高新区溪岭街道在文化广场举行启动仪式，溪岭街道党工委书记讲话。"),
     "溪岭街道", "柘川高新区"),
    (evidence("乡村振兴工作总结", "2021年以来，柘川县岚坪镇柘溪村认真落实县委部署，推进乡村振兴。",
              "柘溪村东与邻村相邻。", headline=""),
     "柘溪村", "柘川县"),
    (evidence("学习宣讲全覆盖", "党的大会胜利闭幕后，柘川县委党校高度重视宣讲工作，组织教师深入学习。"),
     "柘川县委党校", "柘川县"),
    (evidence("我来讲党课", "8月19日，蔺县举办“我来讲党课”比赛。来自各乡镇的106名主讲人参加。",
              "比赛展现了蔺县党员干部群众的昂扬姿态。"),
     "蔺县", "蔺县"),
    (evidence("办实事项目清单", "6月2日，记者从蔺县新闻发布会上获悉，蔺县县委高度重视，列出项目清单。"),
     "蔺县", "蔺县"),
    (evidence("平台启用", "本报讯 4月8日，柘川市中小企业公共服务平台正式启用。", "柘川市中小企业办公室负责人介绍。",
              headline="平台启用"),
     "柘川市", "柘川市"),
], ids=["town-after-its-county", "sub-district-subject", "village-at-the-end-of-a-chain", "party-school",
        "one-character-county", "county-committee-is-the-county", "place-modifying-a-noun-is-no-subject"])
def test_find_unit_on_towns_villages_and_short_counties(ev, unit, locality):
    assert find_unit(ev, LEX) == (unit, locality)


@pytest.mark.parametrize("lines, title", [
    (["第A05版:要闻", "喜迎盛会 我来讲党课", "本报讯（通讯员 张三）8月19日，某县举办党课比赛，106名主讲人参加了比赛。"],
     "喜迎盛会 我来讲党课"),
    (["某某网>>主题教育专题", "强化宗旨意识 深植为民情怀", "记者近日在各地采访调研了解到，各地深入学习贯彻重要讲话精神，形成长效机制。"],
     "强化宗旨意识 深植为民情怀"),
    (["APP下载", "开展主题教育", "2021-12-16张三", "关键词:初心、使命", "□ 张三",
      "6月3日，中共某省委召开主题教育工作会议，对全省开展主题教育进行部署，要求聚焦主题、把握关键。"],
     "开展主题教育"),
    (["来源:某某网", "2021-06-22 16:50:06", "原标题:某市:让党史教育与为民服务有机结合",
      "在党史学习教育全面推进之际，6月19日晚，大型红色音乐剧在某市大剧院首演，生动再现了革命烈士的一生。"],
     "某市:让党史教育与为民服务有机结合"),
], ids=["epaper-page-label", "breadcrumb", "app-and-keyword-lines", "reprint-prefix"])
def test_page_furniture_is_never_the_title(lines, title):
    doc = Document(meta={}, blocks=tuple(Para.of(t) for t in lines))
    (blocks,) = split_articles(doc, LEX)
    assert read_meta(blocks, {}, LEX).title == title


@pytest.mark.parametrize("lines, date, source", [
    (["2022年08月25日", "第A05版:要闻", "喜迎盛会 我来讲党课", "本报讯 8月19日，某县举办党课比赛，106名主讲人参加了比赛。"],
     "2022-08-25", None),
    (["开展主题教育", "2021-12-16张三", "某某干部之友 2021年12期", "□ 张三",
      "6月3日，中共某省委召开主题教育工作会议，对全省开展主题教育进行部署，要求聚焦主题、把握关键。"],
     "2021-12-16", "某某干部之友"),
    (["某镇:大走访助推双提升", "来源:张三", "2023-09-07 15:08:35",
      "今年以来，某镇结合专项活动，认真落实“小板凳会议”，开展了镇干部联系村、村干部包组大走访活动。"],
     "2023-09-07", None),
    (["某镇:靠前监督保障", "浏览次数:1255信息来源: 某某日报发布时间:2021-12-24",
      "党史学习教育开展以来，某镇积极开展实践活动，镇纪委与宣传部门协同配合，推动解决群众问题。"],
     "2021-12-24", "某某日报"),
], ids=["date-line-above-page-label", "date-with-name-and-issue-line", "datetime-line-and-person-as-source",
        "source-glued-to-next-field"])
def test_dates_and_sources_from_header_lines(lines, date, source):
    doc = Document(meta={}, blocks=tuple(Para.of(t) for t in lines))
    (blocks,) = split_articles(doc, LEX)
    article = read_meta(blocks, {}, LEX)
    assert (article.date, article.source) == (date, source)


@pytest.mark.parametrize("line, authors", [
    ("■王 军 李晓明", ["王军", "李晓明"]),
    ("□记者 张 三 报道", ["张三"]),
], ids=["padded-name-beside-a-full-one", "padded-name-after-a-role"])
def test_a_name_padded_with_blanks_is_one_name(line, authors):
    assert parse_byline(line, LEX) == Byline(tuple(authors), ())


@pytest.mark.parametrize("paragraph, authors", [
    ("（记者 周甲 通讯员 吴乙）连日来，市交运局组织机关党员深入村组开展走访。", ["周甲", "吴乙"]),
    ("(一)工作开展情况", None),
], ids=["bracket-without-dateline", "enumeration-is-no-byline"])
def test_a_paragraph_opening_with_a_bracketed_byline(paragraph, authors):
    got = dateline_byline(paragraph, LEX)
    assert (list(got.authors) if got else None) == authors


def test_a_byline_closing_the_last_paragraph_names_the_authors():
    blocks = (Para.of("某市推进专项整治", role="title"),
              Para.of("近日，某市召开专项整治工作推进会，部署下一阶段工作。"),
              Para.of("会议要求，要持续强化组织领导，推动专项整治工作落到实处。（记者 林甲）"))
    assert read_meta(blocks, {}, LEX).authors == ["林甲"]


@pytest.mark.parametrize("lines, title", [
    (["某县委常委会班子征求意见建议情况说明 保持先进性教育活动", "第二阶段工作全面铺开以来，县委常委会把征求意见作为重要环节，高度重视，扎实安排。"],
     "某县委常委会班子征求意见建议情况说明"),
    (["柘川开发区党史学习教育成果展示 从学习到实践 开发区用行动守护家园", "宣讲中，宣讲员们深入基层，把党史讲到群众身边，受到群众的欢迎和好评。"],
     "从学习到实践 开发区用行动守护家园"),
    (["■王 军 李晓明", "走进刚刚获评先进基层党组织的某村，一栋栋楼房错落有致，一条条道路干净整洁，处处呈现奋进的模样。"],
     None),
    (["联系方式", "编辑部:12345678", "柘川开展大走访 解决群众难题", "温甲 本报记者 李乙",
      "近日，柘川区开展大走访活动，机关干部深入群众家中，了解群众困难，现场解决问题。"],
     "柘川开展大走访 解决群众难题"),
], ids=["category-tag-after-a-report-title", "series-label-before-the-headline", "byline-is-never-a-title",
        "contact-block-is-never-a-title"])
def test_titles_leave_out_tags_labels_bylines_and_contacts(lines, title):
    doc = normalise(Document(meta={}, blocks=tuple(Para.of(t) for t in lines)), RULES)
    (blocks,) = split_articles(doc, LEX)
    assert read_meta(blocks, doc.meta, LEX).title == title


def test_a_pages_document_fields_give_title_and_date():
    lines = ["• 文件名称:", "中共柘川县某局党组关于巡察整改情况的通报", "• 成文日期:", "2023-05-04",
             "• 公开方式:", "主动公开", "朗读",
             "根据县委统一部署，县委第二巡察组对县某局党组进行了巡察，现将巡察整改情况予以公布。"]
    doc = normalise(Document(meta={}, blocks=tuple(Para.of(t) for t in lines)), RULES)
    (blocks,) = split_articles(doc, LEX)
    article = read_meta(blocks, doc.meta, LEX)
    assert (article.title, article.date) == ("中共柘川县某局党组关于巡察整改情况的通报", "2023-05-04")


def test_a_title_run_into_the_first_paragraph_is_taken():
    blocks = (Para.of("1、2023年全镇脱贫攻坚工作上半年总结 2023年我镇有建档立卡贫困户745户，"
                      "我镇深化扎实地开展脱贫攻坚各项工作。"),)
    assert read_meta(blocks, {}, LEX).title == "2023年全镇脱贫攻坚工作上半年总结"


@pytest.mark.parametrize("lines, date, source", [
    (["？", "“小院”让治理升温", "2020-11-23 03:58王甲乙李丙丁", "某某生活(某省) 2020年12期", "■王甲乙 李丙丁",
      "11月8日，在柘川县某镇某村的小院内，刚开会回来的村支部书记正向村民传达会议精神。"],
     "2020-11-23", "某某生活(某省)"),
    (["乡镇上半年脱贫攻坚工作总结", "发布 2023-06-11 19:22:28 阅读 9895",
      "一、基本情况。", "某镇位于某市东郊，全镇总面积128平方公里，耕地面积14万亩，总人口71300余人。"],
     "2023-06-11", None),
    (["某园推进走访调研", "柘川日报讯(全媒体记者张甲)22日，某园社区居民反映的问题得到解决，居住环境明显变好。"],
     None, "柘川日报"),
    (["???柘川新闻网讯 (张甲 李乙)3月1日下午，某区来了15名特殊的客人，有教师，也有社区干部。",
      "??? 第二批教育实践活动开展以来，某区先后召开了多场座谈会，听取意见建议。"],
     None, "柘川新闻网"),
    (["某局关于整改情况的通报", "日期:2023-05-04 08:46:31 来源:区文旅体局 浏览量:",
      "根据区委统一部署，区委巡察组对区文旅体局党组进行了巡察，现将整改情况予以公布。"],
     "2023-05-04", None),
], ids=["stray-mark-issue-line-and-names-after-time", "stamp-line", "newspaper-dateline", "mojibake-before-dateline",
        "department-is-no-source"])
def test_dates_and_sources_on_pages_with_debris(lines, date, source):
    doc = normalise(Document(meta={}, blocks=tuple(Para.of(t) for t in lines)), RULES)
    (blocks,) = split_articles(doc, LEX)
    article = read_meta(blocks, doc.meta, LEX)
    assert (article.date, article.source) == (date, source)


@pytest.mark.parametrize("ev, unit, locality", [
    (evidence("中共柘川县文化和旅游局党组关于巡察整改情况的通报", "根据县委统一部署，县委巡察组对县文旅局党组进行了巡察。"),
     "中共柘川县文化和旅游局党组", "柘川县"),
    (evidence("柘川开展大走访 解决群众难题", "近日，柘川区岚坪乡纪委组织干部走访群众。",
              "为解决群众反映的问题，柘川区开展了大走访活动。"),
     "柘川区", "柘川区"),
    (evidence("从学习到实践 经开区用行动守护家园", "6月18日，开学第一课在北京经开区党群服务中心举行。",
              "北京经开区深入开展党史学习教育。"),
     "北京经开区", "北京经开区"),
    (evidence("柘州日报社利用假期走访联户", "柘州网讯 五一期间，柘州日报社发动党员干部走进社区。",
              "中共柘州市委宣传部主办。"),
     "柘州日报社", "柘州市"),
    (evidence("乡镇上半年脱贫攻坚工作总结", "一、基本情况。\ncc镇位于xx市东郊，全镇总面积128平方公里。",
              "出列村三铺村、塔桥村两个。我镇贫困户致贫原因主要为因病致贫。"),
     "cc镇", "xx市"),
    (evidence("", "连日来，市交运局组织54名机关党员，深入岚坪镇孔叶村、金干村开展走访。",
              "走访结束后，该局与村两委共同召开会商会。", headline=""),
     "市交运局", None),
    (evidence("县委常委会班子征求意见建议情况说明", "第二阶段工作全面铺开以来，县委常委会把征求意见作为重要环节。"),
     "县委常委会", None),
    (evidence("创建文明城市 你我共同参与", "五一期间，报社党员干部走进社区联户走访，宣传创建文明城市。",
              "他们赶往南桥社区开展走访。南桥社区居民积极参与。"),
     "南桥社区", None),  # a community whose county the text does not name: no city, county or district to give
    (evidence("某局推进巡察整改", "根据区委统一部署，区委巡察组对区文旅体局党组进行了巡察。",
              "柘川区文化和旅游体育局党组把整改作为重大政治任务。", department="区文旅体局"),
     "柘川区文化和旅游体育局党组", "柘川区"),
], ids=["issuer-before-guanyu", "title-names-the-district-by-its-stem", "title-names-the-zone-venue-is-no-actor",
        "title-names-an-office-by-the-city-stem", "masked-town-is-the-lead-subject", "own-office-without-place",
        "own-office-opening-the-title", "kind-of-city-is-no-place", "department-source-spelled-out"])
def test_find_unit_prefers_the_title_lead_and_department_over_body_places(ev, unit, locality):
    assert find_unit(ev, LEX) == (unit, locality)
