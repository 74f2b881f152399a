"""Normalise passes, one by one, on real strings from the seed reports."""
from __future__ import annotations

import pytest

from conftest import shipped_normalise_rules
from reportgen.nodes import Document, Heading, Para, Strong, Table, Text
from reportgen.normalise import PASSES, normalise
from reportgen.normalise.boilerplate import drop_boilerplate, is_boilerplate, parse_page_header, read_page_header
from reportgen.normalise.captions import is_caption, mark_captions
from reportgen.normalise.characters import clean_characters, clean_text
from reportgen.normalise.glosses import remove_pinyin_glosses, strip_glosses
from reportgen.normalise.paragraphs import Cut, cut_evidence, join_page_breaks
from reportgen.normalise.script import to_simplified, traditional_share

RULES = shipped_normalise_rules()


def doc(*lines: str) -> Document:
    return Document(meta={}, blocks=tuple(Para.of(line) for line in lines))


def texts(document: Document) -> list[str]:
    return [b.text for b in document.blocks]


# -- characters ---------------------------------------------------------------

@pytest.mark.parametrize(
    "raw, clean",
    [
        ("全系统流动党员１２３０名，占党员总数的１０．２％。", "全系统流动党员1230名，占党员总数的10.2%。"),
        ("ＱＱ群", "QQ群"),
        ("组织导向：科学部署抓覆盖（一）", "组织导向：科学部署抓覆盖（一）"),
        ("提前预热\u3000周密部署  示范带动\t有序推进", "提前预热 周密部署 示范带动 有序推进"),
        ("群众\u200b路线\ufeff教育", "群众路线教育"),
        ("来源:泉州晚报\u00a0责任编辑:陈小妮", "来源:泉州晚报 责任编辑:陈小妮"),
    ],
    ids=["digits-percent-point", "latin", "chinese-punctuation-kept", "space-runs", "zero-width", "nbsp"],
)
def test_characters_clean_text(raw, clean):
    assert clean_text(raw) == clean


def test_characters_strips_paragraph_ends_and_drops_emptied_paragraphs():
    document = Document(blocks=(Para.of("\u3000\u3000自章丘市开展党的群众路线教育实践活动以来 "), Para.of("\u200b\u3000")))
    assert texts(clean_characters(document)) == ["自章丘市开展党的群众路线教育实践活动以来"]


def test_characters_keep_inline_markup_and_the_space_between_inlines():
    para = Para((Strong((Text("提前预热 "),)), Text("周密部署")))
    (out,) = clean_characters(Document(blocks=(para,))).blocks
    assert out.content == (Strong((Text("提前预热 "),)), Text("周密部署"))


# -- pinyin glosses -------------------------------------------------------------

@pytest.mark.parametrize(
    "raw, clean",
    [
        ("天水市企業(yè)工委“三項(xiàng)措施”助推", "天水市企業工委“三項措施”助推"),
        ("群眾路線教育實(shí)踐活動(dòng)深入開展", "群眾路線教育實踐活動深入開展"),
        ("召開座談會(huì)17場(chǎng)次", "召開座談會17場次"),
        ("副市长王斌(左一)为煜龙科技挂牌鸣锣", "副市长王斌(左一)为煜龙科技挂牌鸣锣"),
        ("依托魏都大讲堂、中心组(扩大)学习", "依托魏都大讲堂、中心组(扩大)学习"),
        ("70%以上的镇(街、区)机关干部", "70%以上的镇(街、区)机关干部"),
        ("县(市)、产业集群(创业基地)", "县(市)、产业集群(创业基地)"),
        ("实施办法(试行)(2014)", "实施办法(试行)(2014)"),
        ("国内生产总值(GDP)", "国内生产总值(GDP)"),
        ("改造(kuo)建孵化器", "改造(kuo)建孵化器"),
        ("第(a)项", "第(a)项"),
    ],
    ids=["ye-xiang", "shi-dong", "hui-chang", "zuoyi", "kuoda", "jie-qu", "shi-chuangye", "shixing-year", "gdp", "plain-pinyin-alone", "label"],
)
def test_glosses_strip_in_a_document_with_few_glosses(raw, clean):
    assert strip_glosses(raw, glossy=False) == clean


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("針對(duì)全系統(tǒng)企業(yè),我們(men)在", "針對全系統企業,我們在"),
        ("我們?cè)谡髑髲V大黨員意見", "我們谡髑髲V大黨員意見"),
        ("企業(yè)(yè)", "企業"),
        ("县(市)、产业集群(创业基地)", "县(市)、产业集群(创业基地)"),
        ("第(a)项", "第(a)项"),
    ],
    ids=["plain-men", "damaged-bracket", "doubled", "real-parentheses", "single-letter"],
)
def test_glosses_strip_in_a_glossy_document(raw, clean):
    assert strip_glosses(raw, glossy=True) == clean


def test_glosses_plain_pinyin_only_counts_in_a_glossy_document():
    few = doc("改造(kuo)建孵化器", "企業(yè)")
    many = doc("改造(kuo)建孵化器", "企業(yè)工委“三項(xiàng)措施”助推企業(yè)")
    assert texts(remove_pinyin_glosses(few)) == ["改造(kuo)建孵化器", "企業"]
    assert texts(remove_pinyin_glosses(many)) == ["改造建孵化器", "企業工委“三項措施”助推企業"]


# -- script -----------------------------------------------------------------------

def test_script_converts_a_traditional_document():
    document = doc("天水市企業工委“三項措施”助推", "近年來,隨著我市國有企業改革改制,著手指導落實全系統群眾路線教育實踐活動。")
    assert texts(to_simplified(document, RULES.script)) == [
        "天水市企业工委“三项措施”助推",
        "近年来,随着我市国有企业改革改制,着手指导落实全系统群众路线教育实践活动。",
    ]


def test_script_keeps_zhu_where_traditional_text_means_it():
    """著 in 显著/著称 stays 著; only the particle (隨著, 著手, 著力) becomes 着."""
    document = doc("某縣召開推進會", "隨著活動深入,該縣著力整改,在顯著位置公開承諾,成效顯著,以服務群眾著稱。")
    assert texts(to_simplified(document, RULES.script))[1] == (
        "随着活动深入,该县着力整改,在显著位置公开承诺,成效显著,以服务群众著称。"
    )


@pytest.mark.parametrize(
    "text",
    ["党的群众路线教育实践活动著名的土著文化", "坚持“求真、做实、做好”的原则,超前谋划,规范操作,取得了初步成效。"],
    ids=["zhu-kept", "plain-simplified"],
)
def test_script_leaves_a_simplified_document_alone(text):
    assert texts(to_simplified(doc(text), RULES.script)) == [text]


def test_script_share_separates_the_scripts():
    assert traditional_share("市企業工委以高度的政治責任感迅速行動,著手指導落實全系統群眾路線教育實踐活動。", RULES.script) > 0.25
    assert traditional_share("市企业工委以高度的政治责任感迅速行动,着手指导落实全系统群众路线教育实践活动。", RULES.script) == 0.0


def test_script_converts_table_cells_too():
    table = Table(header=((Text("項目"),),), rows=(((Text("學習教育"),),),))
    document = Document(blocks=(Para.of("企業群眾路線教育實踐活動深入開展"), table))
    out = to_simplified(document, RULES.script).blocks[1]
    assert out.header == ((Text("项目"),),) and out.rows == (((Text("学习教育"),),),)


# -- page header and boilerplate ------------------------------------------------------

HEADER = "qz.fjsen.com 2014-05-26 15:15:03 来源:泉州晚报 责任编辑:陈小妮 我来说两句"


@pytest.mark.parametrize(
    "line, date, source",
    [
        (HEADER, "2014-05-26", "泉州晚报"),
        ("来源：新华社", None, "新华社"),
        ("发布时间：2014-05-26", "2014-05-26", None),
        ("发布日期：2014年5月6日 来源：人民网 浏览次数：128", "2014-05-06", "人民网"),
    ],
    ids=["scraped-header", "source-only", "date-only", "chinese-date"],
)
def test_boilerplate_parse_page_header(line, date, source):
    header = parse_page_header(line, RULES.boilerplate)
    assert header is not None and (header.date, header.source) == (date, source)


@pytest.mark.parametrize(
    "line",
    [
        "资金来源：财政拨款",
        "时间：2014年3月5日",
        "据统计,自网格化管理开展以来,五图街道已通过网格管理系统为群众办理实事50多件。",
        "(开宣 文/图)",
    ],
    ids=["source-in-body", "meeting-time", "body", "byline"],
)
def test_boilerplate_no_page_header_in(line):
    assert parse_page_header(line, RULES.boilerplate) is None


def test_boilerplate_page_header_goes_to_meta_and_keeps_reader_meta():
    document = Document(meta={"source": "泉州网"}, blocks=(Para.of("泉州开发区扎实推进"), Para.of(HEADER)))
    assert read_page_header(document, RULES.boilerplate).meta == {"source": "泉州网", "date": "2014-05-26"}
    assert document.meta == {"source": "泉州网"}


@pytest.mark.parametrize(
    "line",
    [
        "[an error occurred while processing the directive]",
        "您所在的位置: 专题> 2014泉州群众路线> 泉城动态 > 正文",
        "当前位置：首页 > 新闻中心 > 工作动态",
        "首页 > 要闻",
        HEADER,
        "我来说两句",
        "相关新闻",
        "【打印】【关闭】",
        "【字号 大 中 小】【打印本页】【关闭窗口】",
        "责任编辑:陈小妮",
        "（责任编辑：张三）",
        "分享到：微信 微博 QQ空间",
        "Copyright © 2014 fjsen.com All Rights Reserved",
        "版权所有：某某市人民政府办公室 闽ICP备05001234号",
    ],
)
def test_boilerplate_lines(line):
    assert is_boilerplate(line, RULES.boilerplate)


@pytest.mark.parametrize(
    "line",
    [
        "开门搞活动 诚心听民声",
        "(开宣 文/图)",
        "文/片 通讯员 孙玮",
        "□记者 宋昊阳 报道",
        "周玉英说的“群众动嘴,主任跑腿”,指的是宝都街道围绕密切联系服务群众,实行的社区主任“为民服务代办制”。",
        "开通魏都区群众路线网,并在《魏都工作》杂志开辟专栏,及时发布相关新闻。",
        "书记观点",
    ],
)
def test_boilerplate_keeps(line):
    assert not is_boilerplate(line, RULES.boilerplate)


@pytest.mark.parametrize(
    "line",
    ["?", "？？", "|", "* * *", "更多精彩范文请点这里→", "办公室 :12345678", "编辑部：0731-1234567",
     "当前版:03版", "文章字数:512", "联系方式", "朗读", "关于我们 | 联系我们 | 网站地图 | 免责声明"],
    ids=["mojibake", "question-marks", "bar", "rule", "arrow-prompt", "phone", "phone-with-area-code",
         "epaper-page", "word-count", "contact-head", "read-aloud", "footer-links"],
)
def test_boilerplate_debris_and_contact_lines(line):
    assert is_boilerplate(line, RULES.boilerplate)


@pytest.mark.parametrize(
    "line",
    ["全年完成投资：12000万元", "一、基本情况", "联系群众：走访农户368户", "2021年GDP增长8%"],
    ids=["figure-field", "section-head", "label-and-clause", "figure-line"],
)
def test_boilerplate_keeps_report_lines_with_labels_and_numbers(line):
    assert not is_boilerplate(line, RULES.boilerplate)


@pytest.mark.parametrize(
    "line",
    [
        "本网站所转载的文章均来源于网络，转载目的在于传递更多信息，并不代表本网站赞同其观点，"
        "也不对其真实性负责；如您发现本站内容侵犯了您的著作权，请及时与我们联系，我们将尽快删除。",
        "声明：本站部分资料收集自互联网，仅供学习交流，不代表本站立场。如有侵权，请联系管理员删除。",
        "本公众号转载的内容不代表本公众号观点。",
    ],
    ids=["site-disclaimer", "short-disclaimer", "account-disclaimer"],
)
def test_boilerplate_drops_a_sites_disclaimer_however_long(line):
    assert len(line) > RULES.boilerplate.short_max or "版权所有" not in line
    assert is_boilerplate(line, RULES.boilerplate)


@pytest.mark.parametrize(
    "line",
    [
        "县市场监管局开展知识产权保护专项行动，查处侵犯知识产权案件12起，联系企业开展维权指导36次。",
        "如有侵权行为，执法人员当场登记，限期整改。",
        "县融媒体中心转载基层动态稿件120余篇。",
    ],
    ids=["rights-enforcement", "infringement-procedure", "reposting-as-work"],
)
def test_boilerplate_keeps_a_report_on_rights_or_reposting(line):
    assert not is_boilerplate(line, RULES.boilerplate)


def test_boilerplate_drops_a_word_count_before_a_dateline_so_no_join_glues_them():
    document = normalise(doc("某县开展大走访", "文章字数:512",
                             "柘川日报讯(记者张三)22日，某县召开动员会，部署大走访活动，要求各单位深入群众。"), RULES)
    assert texts(document)[-1].startswith("柘川日报讯")


def test_boilerplate_drops_a_trailing_link_block():
    document = doc(
        "为防止整改“一阵风”,开发区将坚持高标准高要求,建立整改长效机制。",
        "(开宣 文/图)",
        "相关新闻",
        "泉州开发区召开群众路线教育实践活动动员大会",
        "开发区党工委深入企业征求意见 2014-05-20",
        "相关评论",
        "[an error occurred while processing the directive]",
    )
    assert texts(drop_boilerplate(document, RULES.boilerplate)) == texts(document)[:2]


def test_boilerplate_marker_before_body_drops_only_the_marker():
    document = doc(
        "相关新闻",
        "文化惠民活动启动",
        "本报潍坊讯 近日,潍坊市文化惠民活动暨青州市“文化惠民乡村行”活动在青州市王坟镇正式启动。",
    )
    assert texts(drop_boilerplate(document, RULES.boilerplate)) == texts(document)[1:]


@pytest.mark.parametrize(
    "line, kept",
    [
        ("摘要:第二批主题教育启动以来,某州在组织领导、资金投入上做到“五个优先”。",
         "第二批主题教育启动以来,某州在组织领导、资金投入上做到“五个优先”。"),
        ("【核心提示】某县选派120名干部驻村,收集意见建议300余条。", "某县选派120名干部驻村,收集意见建议300余条。"),
        ("導讀：某區開展大走訪活動。", "某區開展大走訪活動。"),
    ],
)
def test_boilerplate_a_pages_label_before_its_abstract_goes_and_the_text_stays(line, kept):
    document = doc("某州用心用情为民办实事", line, "民生无小事,枝叶总关情。")
    assert texts(drop_boilerplate(document, RULES.boilerplate)) == ["某州用心用情为民办实事", kept, "民生无小事,枝叶总关情。"]


@pytest.mark.parametrize("line", ["摘要", "调研报告摘要:某县农村党员情况", "提要求:各单位要按时报送。"])
def test_boilerplate_keeps_a_label_with_nothing_after_it_or_a_word_that_only_starts_like_one(line):
    document = doc(line, "某县召开动员会。")
    assert texts(drop_boilerplate(document, RULES.boilerplate))[0] == line


# -- captions -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "line, expected",
    [
        ("►章丘市委常委、副市长王斌(左一)为煜龙科技挂牌鸣锣。", True),
        ("▲省市联合督导组在昌乐县高崖镇看望困难群众。", True),
        ("3月28日,区人口计生委组织党员干部到杨水才纪念馆参观学习。商君婷 摄", True),
        ("3月9日,魏都区党的群众路线教育实践活动工作会议召开,对我区教育实践活动作出全面动员和部署。实习生 牛原 摄", True),
        ("图为昌乐县农业局技术专家在麦田里向村民介绍麦田管理知识。", True),
        ("社区干部主动开展走访活动。（记者 宋昊阳 摄）", True),
        ("文/片 通讯员 孙玮", False),
        ("(开宣 文/图)", False),
        ("□ 本报记者 宋学宝 宋昊阳", False),
        ("组织党员干部观看《焦裕禄》等教育片,并组织拍摄。", False),
        ("昌乐县参加党的群众路线教育实践活动的基层党组织1562个党员36580名。", False),
    ],
    ids=["arrow", "triangle", "credit", "credit-intern", "tu-wei", "bracket-credit", "byline", "byline-bracket", "byline-box", "paishe-in-body", "short-body"],
)
def test_captions_is_caption(line, expected):
    assert is_caption(line, RULES.captions) is expected


def test_captions_a_run_of_short_sentences_is_captions_a_single_one_is_body():
    document = doc("深入企业调研。", "组织集体学习。", "问题导向：敞开大门听意见", "俯身接地气。", "把开门征求意见作为搞好活动的重要抓手。")
    assert [b.role for b in mark_captions(document, RULES.captions).blocks] == ["caption", "caption", None, None, None]


# -- page-break joins -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "first, second, joined",
    [
        (
            "…对所属13家企业活动开展进行指导和督导。局党委先后多次召开党委会,研究制定经信系统《党的群众路线",
            "教育实践活动实施意见》、《党的群众路线教育实践活动实施方案》,组织召开动员大会。",
            "…对所属13家企业活动开展进行指导和督导。局党委先后多次召开党委会,研究制定经信系统《党的群众路线教育实践活动实施意见》、《党的群众路线教育实践活动实施方案》,组织召开动员大会。",
        ),
        (
            "始终把学习教育作为第一任务。督促党员撰写读书笔记和心得体会,确保群众路线教育实践活动",
            "动入心入脑。同时,注重强化党性教育。",
            "始终把学习教育作为第一任务。督促党员撰写读书笔记和心得体会,确保群众路线教育实践活动动入心入脑。同时,注重强化党性教育。",
        ),
        (
            "对查摆出的问题,不等不靠,立行立改,并安排镇领导班子成员对17个经济薄",
            "弱村进行包靠,解决了小菜园村部分村民吃自来水困难的问题。",
            "对查摆出的问题,不等不靠,立行立改,并安排镇领导班子成员对17个经济薄弱村进行包靠,解决了小菜园村部分村民吃自来水困难的问题。",
        ),
        (
            "目前,大走访活动已经基本结束,全县976",
            "个自然村、小区,包村干部已走访15.6万户。",
            "目前,大走访活动已经基本结束,全县976个自然村、小区,包村干部已走访15.6万户。",
        ),
        (
            "针对反映的政策资金宣传不到位的问题,安排各科室定期编印最新的政策汇编;针对镇街反映的小微企业入规困难较多的问题,",
            "工业生产调度室协调相关部门进行了逐一落实。",
            "针对反映的政策资金宣传不到位的问题,安排各科室定期编印最新的政策汇编;针对镇街反映的小微企业入规困难较多的问题,工业生产调度室协调相关部门进行了逐一落实。",
        ),
        (
            "学习过程中,县级领导带头开展交流讨论,体现了学有所思、学有所得、学",
            "以致用。",
            "学习过程中,县级领导带头开展交流讨论,体现了学有所思、学有所得、学以致用。",
        ),
    ],
    ids=["open-book-title", "duplicated-char", "mid-word", "number-measure", "comma", "short-tail"],
)
def test_paragraphs_join_a_split_paragraph(first, second, joined):
    assert texts(join_page_breaks(doc(first, second), RULES)) == [joined]


@pytest.mark.parametrize(
    "first, second",
    [
        ("组织导向：科学部署抓覆盖", "为推动群众路线教育实践活动有序开展,市经信局成立了领导小组。"),
        ("一、深入一线调研,做到有的放矢", "在市委2月11日召开全市党的群众路线教育实践活动工作会议之后,市企业工委迅速行动。"),
        ("开门搞活动 诚心听民声", "边学边改项目14个问题涵盖改进作风、经济建设等7个方面。"),
        ("提前预热 周密部署 示范带动 有序推进", "区党的群众路线教育实践活动高起点开局"),
        ("全市今年完成 固定资产投资3800亿元 1-2月固定资产投资 居全省第二", "□记者 宋昊阳 报道"),
        ("昌乐县坚持群众路线教育实践活动严督实导,干部深入群众大走访——", "为群众解难题不走过场"),
        ("昌乐县委书记张新强:", "干部沉到最基层开展工作,部门包村,党员联户。"),
        ("省委、市委党的群众路线教育实践活动工作会议召开后,我区高度重视,快速响应。", "一是召开工作会议,全面动员部署。"),
        ("这些党员因没有固定单位和工作,组织关系仍在改制后的企业。针对这一情况,企业工委给每个流动党员寄发了信", "二、科学制定方案,坚持分类指导"),
        ("据统计,开发区党工委委员深入联系点70多次,深入60多家企业征求意见。开发区的工作呈现出较好的发展态势", "创新学习载体 严抓学习教育"),
        # a scraped page's debris for lost characters opens the paragraph after a heading: no closer
        ("拆除“心墙”,服务更贴心", "??? 活动开展以来,该乡机关干部分组走进农户家中,面对面听取群众的意见和建议。"),
    ],
    ids=["heading-colon", "numbered-heading", "spaced-heading", "headline-pair", "headline-byline", "kicker-dash", "lead-in-colon", "complete", "before-numbered", "before-heading", "heading-before-debris"],
)
def test_paragraphs_leave_apart(first, second):
    assert texts(join_page_breaks(doc(first, second), RULES)) == [first, second]


@pytest.mark.parametrize(
    "text, cut",
    [
        ("组织导向：科学部署抓覆盖", Cut.WEAK),
        ("研究制定经信系统《党的群众路线", Cut.STRONG),
        ("针对镇街反映的小微企业入规困难较多的问题,", Cut.STRONG),
        ("确保贯彻上级要求不走样。为其他党员干部作出了示", Cut.STRONG),
        ("晋升指出:“经信系统的教育实践活动非常有特点,值得宣传和推广。”", Cut.NONE),
        ("(开宣 文/图)", Cut.WEAK),
        ("学习过程中,县级领导带头开展交流讨论,体现了学有所思、学有所得、学", Cut.STRONG),
        ("二、科学制定方案,坚持分类指导", Cut.WEAK),
        ("强化督导,不走过场——“三在案”“三把关”严督实导", Cut.WEAK),
    ],
)
def test_paragraphs_cut_evidence(text, cut):
    assert cut_evidence(text) is cut


def test_paragraphs_join_steps_over_a_caption_and_keeps_it_after():
    document = Document(blocks=(
        Para.of("各县直部门充分发挥人才、政策、信息、技术等方面的优势。同时统筹做好本部门工作社区层面的服务下沉、工作"),
        Para.of("省市联合督导组在昌乐县高崖镇看望困难群众。", role="caption"),
        Para.of("延伸,积极整合各级、各类资源。"),
    ))
    out = join_page_breaks(document, RULES)
    assert [(b.text, b.role) for b in out.blocks] == [
        ("各县直部门充分发挥人才、政策、信息、技术等方面的优势。同时统筹做好本部门工作社区层面的服务下沉、工作延伸,积极整合各级、各类资源。", None),
        ("省市联合督导组在昌乐县高崖镇看望困难群众。", "caption"),
    ]


def test_paragraphs_never_join_headings():
    document = Document(blocks=(Heading.of(2, "研究制定经信系统《党的群众路线"), Para.of("教育实践活动实施意见》。")))
    assert join_page_breaks(document, RULES) == document


# -- the pipeline -------------------------------------------------------------------------------

def test_normalise_runs_every_pass_and_leaves_its_input_alone():
    document = doc("qz.fjsen.com 2014-05-26 15:15:03 来源:泉州晚报 责任编辑:陈小妮 我来说两句", "企業(yè)群眾路線教育實(shí)踐活動(dòng)深入開展")
    before = texts(document)
    out = normalise(document, RULES)
    assert out.meta == {"date": "2014-05-26", "source": "泉州晚报"}
    assert texts(out) == ["企业群众路线教育实践活动深入开展"]
    assert texts(document) == before and document.meta == {}
    assert [name for name, _ in PASSES] == ["markup", "characters", "glosses", "page-header", "boilerplate", "page-breaks", "captions", "script"]


def test_normalise_rejects_a_pass_that_returns_no_document():
    with pytest.raises(TypeError, match="'broken'"):
        normalise(doc("x"), RULES, passes=[("broken", lambda d, r: None)])


def test_normalise_reads_the_rules_it_is_given_not_a_table_of_its_own():
    """Each pass matches against the run's ``NormaliseRules``: rules built with another
    caption table mark other lines, and the shipped ones are untouched."""
    import re
    from dataclasses import replace

    line = "本组照片展示了活动现场的情况。"
    own = replace(RULES, captions=replace(RULES.captions, starts=re.compile("本组照片")))
    assert [b.role for b in normalise(doc(line), own).blocks] == ["caption"]
    assert [b.role for b in normalise(doc(line), RULES).blocks] == [None]


def test_no_normalise_module_loads_or_caches_a_table_on_its_own():
    """Tables are read by the loaders ``load_normalise_rules`` calls once per run; nothing is kept per module."""
    from pathlib import Path

    import reportgen.normalise as package

    for path in sorted(Path(package.__file__).parent.glob("*.py")):
        source = path.read_text("utf-8")
        assert "lru_cache" not in source or path.name == "glosses.py", path.name  # glosses memoises a pure reading
        assert "OpenCC(" not in source or path.name in {"rules.py", "script.py"}, path.name
        for line in source.splitlines():
            if "load_table(" in line or "load_data(" in line:
                assert line.startswith("    ") or line.startswith("def load_table"), (path.name, line)


def test_normalise_join_steps_over_a_caption_not_yet_marked():
    document = doc(
        "各县直部门充分发挥人才、政策、信息、技术等方面的优势。同时统筹做好本部门工作社区层面的服务下沉、工作",
        "▲省市联合督导组在昌乐县高崖镇看望困难群众。",
        "延伸,积极整合各级、各类资源。",
    )
    out = normalise(document, RULES)
    assert [(b.text, b.role) for b in out.blocks] == [
        ("各县直部门充分发挥人才、政策、信息、技术等方面的优势。同时统筹做好本部门工作社区层面的服务下沉、工作延伸,积极整合各级、各类资源。", None),
        ("▲省市联合督导组在昌乐县高崖镇看望困难群众。", "caption"),
    ]


def test_normalise_traditional_page_furniture_and_meta():
    document = doc(
        "來源:泉州晚報 責任編輯:陳小妮 我來說兩句",
        "企業群眾路線教育實踐活動深入開展",
        "相關新聞",
    )
    out = normalise(document, RULES)
    assert texts(out) == ["企业群众路线教育实践活动深入开展"]
    assert out.meta == {"source": "泉州晚报"}


def test_a_comma_doubled_before_another_clause_mark_goes():
    # a converter's doubling: the comma goes, the mark a writer meant stays
    assert clean_text("以“访民情,、解民忧”为主题,,以送政策、送温暖为内容。送政策,。") == \
        "以“访民情、解民忧”为主题,以送政策、送温暖为内容。送政策。"
    assert clean_text("召开会议，，部署工作，；落实责任") == "召开会议，部署工作；落实责任"
    # a lone comma, a comma in a number, and a comma before a damaged gloss's ? stay
    assert clean_text("共3,000人,其中党员1200人") == "共3,000人,其中党员1200人"
    assert clean_text("實,?cè)踐") == "實,?cè)踐"
    assert clean_text(clean_text("甲,,,乙")) == clean_text("甲,,,乙") == "甲,乙"


def test_a_join_drops_a_comma_doubled_across_the_seam_so_normalising_twice_changes_nothing():
    # found by the idempotence property: a glossed line ending in a comma, the next opening with 。
    document = Document(meta={}, blocks=(Para(content=(Text("企業(yè)，"),)), Para(content=(Text("。企業(yè)"),))))
    once = normalise(document, RULES)
    assert texts(once) == ["企业。企业"]
    assert normalise(once, RULES) == once


@pytest.mark.parametrize(
    "raw, clean",
    [
        # a forum's jammer glued before a numbered heading hides its label
        ("x7 K( p! 2: W| r8 二、召开评议大会", " 二、召开评议大会"),
        ("会议于上午举行。a% T8 z: q' N5 m; g0", "会议于上午举行。 "),
        # spaced scraps without both letters and marks are a table's or a number's, kept
        ("1 2 3 4 5 6", "1 2 3 4 5 6"),
        ("- - - - - -", "- - - - - -"),
        ("完成 2 个项目", "完成 2 个项目"),
    ],
    ids=["before-label", "after-sentence", "digits", "dashes", "spaced-number"],
)
def test_characters_drop_anti_copy_jammer(raw, clean):
    assert clean_text(raw) == clean
