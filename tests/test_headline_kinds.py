"""Title blocks printed under the body without a blank line (issue 14, real-text first contact):
the headline, its kicker and subheadline and the article's kind come out as for a title block of
its own. All text is invented."""

from __future__ import annotations

import pytest

from jdash.parser import parse_page

BODY = ("本报某市10月8日讯（记者 张明）前三季度，\n全市文旅市场持续回暖，接待游客\n2000余万人次。\n\n"
        "据统计，全市旅游收入增长明显。\n")
NEXT_NEWS = "\n本报某市10月8日讯（记者 王强）今天，\n全市文明创建工作会议召开。\n"


def first_article(title_lines: str, after: str = NEXT_NEWS):
    articles = parse_page(BODY + title_lines + "\n" + after, "x.txt")
    return articles[0]


@pytest.mark.parametrize("after", [NEXT_NEWS, ""], ids=["next-article", "page-end"])
def test_two_title_lines_with_their_own_clauses_under_the_body(after):
    # a headline and its subheadline (主题, 副题), as the real-text samples' goldens read them
    article = first_article("前三季度，全市接待游客2000余万人次\n实现旅游收入近200亿元，人均900元", after)
    assert (article.headline, article.subheadline) == ("前三季度，全市接待游客2000余万人次", "实现旅游收入近200亿元，人均900元")
    assert article.body.endswith("全市旅游收入增长明显。")


def test_two_title_lines_with_their_own_clauses_in_two_paragraphs():
    article = first_article("\n前三季度，全市接待游客2000余万人次\n\n实现旅游收入近200亿元，人均900元")
    assert (article.headline, article.subheadline) == ("前三季度，全市接待游客2000余万人次", "实现旅游收入近200亿元，人均900元")


@pytest.mark.parametrize("lines", [
    "433.7亿元！前8个月全市技改投资\n占工业投资比重过半",  # a head, then the title wrapped over two lines
    "433.7亿元！\n前8个月全市技改投资占工业投资比重过半",  # the head on a line of its own
], ids=["title-wrapped", "head-alone"])
def test_exclaimed_head_under_the_body_stays_in_the_headline(lines):
    article = first_article(lines)
    assert article.headline == "433.7亿元！前8个月全市技改投资占工业投资比重过半"
    assert "433.7" not in article.body  # the head's figure is no body text, so it is not counted twice


def test_long_exclaimed_title_on_one_line_under_the_body():
    article = first_article("接待游客26万余人次！国庆假期首日某市文旅市场平稳有序")
    assert article.headline == "接待游客26万余人次！国庆假期首日某市文旅市场平稳有序"
    assert "26万" not in article.body


def test_kicker_under_the_body_is_no_part_of_the_headline():
    article = first_article("干在实处 走在前列\n某区18个重大项目集中开工")
    assert (article.kicker, article.headline) == ("干在实处 走在前列", "某区18个重大项目集中开工")


def test_dash_line_under_the_body_is_the_subheadline():
    article = first_article("建设科创新城\n——访新区党工委书记郑云飞")
    assert (article.headline, article.subheadline, article.kind) == ("建设科创新城", "——访新区党工委书记郑云飞", "interview")


@pytest.mark.parametrize("closing", ["（记者 李强）", "（完）"])
def test_title_under_credits_or_an_end_mark(closing):
    page = f"■本报记者 王强\n今天，全市文明创建工作会议召开。\n{closing}\n文明创建结硕果\n{NEXT_NEWS}"
    article = parse_page(page, "x.txt")[0]
    assert article.headline == "文明创建结硕果"


def test_a_body_line_after_a_sentence_is_not_taken_for_a_title_under_it():
    # the last paragraph runs on past a line end into a sentence that ends: no title is glued under it
    article = first_article("会议要求，要压实责任。各部门要\n抓好落实，确保取得实效。")
    assert article.headline == "" and article.body.endswith("确保取得实效。")


KICKERS = [
    ("干在实处 走在前列", "某区18个重大项目集中开工"),  # a slogan of two phrases
    ("项目建设 攻坚突破年", "某区18个重大项目集中开工"),  # phrases of unequal length
    ("东湖新区老城区西城区", "某市推动“三区联动”发展"),  # a run of places
    ("任城区、兖州区、邹城市", "某市推动“三区联动”发展"),
    ("重大项目建设进行时", "嘉祥县18个重大项目加快建设"),  # a short line over a title with its own subject
    ("回眸过去 展望未来", "某岛渔家乐"),  # a slogan of two phrases over a narrower headline
    ("新春走基层", "湖上的年味"),  # a campaign's column name over a short headline
    ("新春走基层·蹲点日记", "湖上的年味"),
    ("庆祝某某成立70周年", "某市各景区推出国庆活动"),  # the occasion
    ("深入学习贯彻某某会议精神", "奋力书写发展新篇章"),  # the campaign, over a headline opening with a verb
    ("打造某某绿色低碳发展新增长极", "某市某局：统筹发展和保护"),  # a long plain line over a topic head
    ("在某某思想指引下", "嘉祥县乡村振兴跑出加速度"),  # an adverbial frame
    ("记者走进某某县某某镇", "大棚里的“春耕图”"),  # a reporter's visit as wide as a wrap
    ("守千年古城底色 绘宜居新城画卷", "某县老城更新让二十条老街换了新颜"),  # calls over a wider title that tells
    ("乡村振兴的齐鲁样板之济宁泗水", "做强林果产业 带动山村增收"),  # a series' part, its place after the city's name
    ("夜市开张后，“摊主们”把日子过红火了", "烟火聚人气 小摊富乡亲"),  # clauses over a couplet standing alone
    ("河北某县——", "大棚蔬菜上市忙"),  # a short line ending in a dash, over a short headline
    ("东湖县——", "万亩麦田开镰收割"),
]


@pytest.mark.parametrize("kicker, headline", KICKERS)
@pytest.mark.parametrize("layout", ["\n", "\n\n", "glued"])
def test_kicker_over_the_headline(kicker, headline, layout):
    """In one block, in two blocks, or glued under the body: the kicker is no part of the headline."""
    if layout == "glued":
        article = first_article(f"{kicker}\n{headline}")
    else:
        article = parse_page(f"{BODY}\n{kicker}{layout}{headline}\n{NEXT_NEWS}", "x.txt")[0]
    assert (article.kicker, article.headline, article.kind) == (kicker, headline, "news")


@pytest.mark.parametrize("kicker, headline", [("“振兴”记者看某县③", "守好粮仓，村子又换了新貌"),
                                              ("走进乡村看变化之二", "大棚里种出致富果，村民乐开怀")])
@pytest.mark.parametrize("layout", ["\n", "glued"])
def test_a_series_name_closing_in_its_part_number_is_the_kicker(kicker, headline, layout):
    """A headline never ends counting: a line closing in `③` or `之二` names a series of reports over the headline."""
    if layout == "glued":
        article = first_article(f"{kicker}\n{headline}")
    else:
        article = parse_page(f"{BODY}\n{kicker}{layout}{headline}\n{NEXT_NEWS}", "x.txt")[0]
    assert (article.kicker, article.headline, article.subheadline) == (kicker, headline, None)


@pytest.mark.parametrize("before", ["\n", ""])
def test_a_line_closing_on_an_events_verb_over_a_full_line_is_headline_and_subheadline(before):
    """`…论坛26日在某市开幕` ends on the event's verb: the line under it is its subheadline, not the headline's wrap; a verb
    that leaves its object to the next line (`某县召开` / `全县经济工作会议`) wraps."""
    article = parse_page(f"{BODY}{before}第五届某某论坛26日在某市开幕\n某省将加快筹建某某大学、某某研究院\n{NEXT_NEWS}", "x.txt")[0]
    assert (article.headline, article.subheadline) == ("第五届某某论坛26日在某市开幕", "某省将加快筹建某某大学、某某研究院")
    wrapped = parse_page(f"{BODY}{before}某县召开\n全县经济工作会议\n{NEXT_NEWS}", "x.txt")[0]
    assert (wrapped.headline, wrapped.subheadline) == ("某县召开全县经济工作会议", None)


@pytest.mark.parametrize("layout", ["\n", "glued"])
def test_a_long_descriptive_line_over_spaced_halves_is_the_kicker(layout):
    """Printed as one title block; in blocks of their own the spaced halves may be a page's banner
    (`喜迎新年 共创辉煌` under the last headline), so the two-block layout is not read this way."""
    kicker, headline = "全省最大的某某加工基地和某某交易集散地", "湖畔金黄 稻谷飘香"
    if layout == "glued":
        article = first_article(f"{kicker}\n{headline}")
    else:
        article = parse_page(f"{BODY}\n{kicker}\n{headline}\n{NEXT_NEWS}", "x.txt")[0]
    assert (article.kicker, article.headline) == (kicker, headline)


def test_a_slogan_in_a_block_of_its_own_after_the_last_title_stays_a_banner():
    article = parse_page(f"{BODY}\n今年全市城镇新增就业人数超过七万人\n\n辞旧迎新 共创佳绩\n", "x.txt")[0]
    assert (article.kicker, article.headline) == (None, "今年全市城镇新增就业人数超过七万人")


def test_one_place_inside_another_stays_in_the_headline():
    article = parse_page(f"{BODY}\n东湖区老城片区\n棚户区改造启动\n{NEXT_NEWS}", "x.txt")[0]
    assert (article.kicker, article.headline) == (None, "东湖区老城片区棚户区改造启动")


FEATURE_WORDS = ["侧记", "纪实", "综述", "巡礼", "扫描", "观察", "见闻", "速写", "札记"]


@pytest.mark.parametrize("word", FEATURE_WORDS)
@pytest.mark.parametrize("layout", ["\n", "\n\n", "glued"])
def test_feature_dash_line_is_the_subheadline_and_makes_a_feature(word, layout):
    """A datelined story under `——…侧记` (any genre word) is a feature; the dash line is its
    subheadline, never part of the headline, wherever it is printed."""
    sub = f"——某县项目建设现场观摩{word}"
    if layout == "glued":
        article = first_article(f"跨越发展谱新篇\n{sub}")
    else:
        article = parse_page(f"{BODY}\n跨越发展谱新篇{layout}{sub}\n{NEXT_NEWS}", "x.txt")[0]
    assert (article.headline, article.subheadline, article.kind) == ("跨越发展谱新篇", sub, "feature")


@pytest.mark.parametrize("dash", ["——", "――", "--", "－－", "—— "])
def test_dash_line_typed_with_any_dash(dash):
    article = first_article(f"乡村振兴结硕果\n{dash}某某县某某工作纪实")
    assert (article.headline, article.subheadline, article.kind) == ("乡村振兴结硕果", "——某某县某某工作纪实", "feature")


def test_interview_line_stays_an_interview():
    article = parse_page(f"{BODY}\n建设科创新城\n\n——访新区党工委书记郑云飞\n{NEXT_NEWS}", "x.txt")[0]
    assert (article.subheadline, article.kind) == ("——访新区党工委书记郑云飞", "interview")


@pytest.mark.parametrize("lines", [
    "王建华在某县调研时强调\n做强特色产业 壮大县域经济",  # under the body
    "\n王建华在某县调研时强调\n做强特色产业 壮大县域经济",  # a title block of its own
], ids=["under-body", "own-block"])
def test_a_line_introducing_what_was_said_is_the_kicker(lines):
    article = first_article(lines)
    assert (article.kicker, article.headline) == ("王建华在某县调研时强调", "做强特色产业 壮大县域经济")


def test_a_place_over_a_line_opening_with_an_adverb_of_manner_is_its_subject():
    article = first_article("太白湖新区\n优先保障民生投入")
    assert (article.kicker, article.headline) == (None, "太白湖新区优先保障民生投入")


def test_a_people_line_of_one_name_is_the_subheadline():
    article = first_article("全市安全生产工作会议召开\n赵立华讲话")
    assert (article.headline, article.subheadline) == ("全市安全生产工作会议召开", "赵立华讲话")


# Title blocks of every common shape under a body (issue 14, third round): kicker / headline / subheadline.
TITLE_SHAPES = [
 ("稳中求进 提质增效\n泗水县一季度经济实现开门红", "稳中求进 提质增效", "泗水县一季度经济实现开门红", None),
 ("梁山县2024年第一批\n重大项目集中开工", None, "梁山县2024年第一批重大项目集中开工", None),
 ("全市春季农业生产现场会召开\n王立新讲话 赵海峰主持", None, "全市春季农业生产现场会召开", "王立新讲话 赵海峰主持"),
 ("绿水青山入画来\n——泗水县生态文明建设综述", None, "绿水青山入画来", "——泗水县生态文明建设综述"),
 ("微山\n湖区渔民喜获丰收", "微山", "湖区渔民喜获丰收", None),
 ("产业兴旺\n“小蘑菇”撑起致富伞", "产业兴旺", "“小蘑菇”撑起致富伞", None),
 ("前三季度我市农民人均可支配收入\n同比增长6.8%", None, "前三季度我市农民人均可支配收入同比增长6.8%", None),
 ("张海涛在全市经济工作会议上强调\n坚定信心 真抓实干 推动高质量发展", "张海涛在全市经济工作会议上强调", "坚定信心 真抓实干 推动高质量发展", None),
 ("太白湖新区召开优化营商环境动员\n暨作风建设大会", None, "太白湖新区召开优化营商环境动员暨作风建设大会", None),
 ("奋进新征程\n嘉祥县石雕产业转型升级\n——嘉祥县推进石雕产业发展纪实", "奋进新征程", "嘉祥县石雕产业转型升级", "——嘉祥县推进石雕产业发展纪实"),
 ("市政协召开常委会议\n孙建华出席", None, "市政协召开常委会议", "孙建华出席"),
 ("小小金银花 撬动大产业\n平邑县金银花种植面积达10万亩", "小小金银花 撬动大产业", "平邑县金银花种植面积达10万亩", None),
 ("总投资52亿元！\n邹城市15个项目集中开工", None, "总投资52亿元！邹城市15个项目集中开工", None),
 ("金乡大蒜出口\n一季度同比增长两成", None, "金乡大蒜出口一季度同比增长两成", None),
 ("我市召开全市安全生产\n工作会议", None, "我市召开全市安全生产工作会议", None),
 ("全市重点项目观摩活动举行\n周立新出席并讲话", None, "全市重点项目观摩活动举行", "周立新出席并讲话"),
 ("办好民生实事\n汶上县投入3亿元改造老旧小区", "办好民生实事", "汶上县投入3亿元改造老旧小区", None),
 ("鱼台：稻渔综合种养\n亩均增收1500元", None, "鱼台：稻渔综合种养亩均增收1500元", None),
 ("擦亮“孔孟之乡”文化名片\n——曲阜市推进文旅融合发展侧记", None, "擦亮“孔孟之乡”文化名片", "——曲阜市推进文旅融合发展侧记"),
 ("刘志强会见新加坡客商", None, "刘志强会见新加坡客商", None),
 ("刘志强会见\n新加坡丰益国际集团董事长一行", None, "刘志强会见新加坡丰益国际集团董事长一行", None),
 ("春到田间农事忙", None, "春到田间农事忙", None),
 ("“十四五”开局之年\n我市经济运行稳中向好", "“十四五”开局之年", "我市经济运行稳中向好", None),
 ("市人大常委会召开第十二次会议\n郑海涛主持", None, "市人大常委会召开第十二次会议", "郑海涛主持"),
 ("某市24个示范点入选省级示范\n游完这个馆，看遍某县文化风貌", None, "某市24个示范点入选省级示范", "游完这个馆，看遍某县文化风貌"),
 ("13.5万亩，产值20亿！\n某县龙虾成富民大产业", None, "13.5万亩，产值20亿！某县龙虾成富民大产业", None),  # a head of figures
 ("成立专班、挂图作战，某区狠抓重点区域管控\n全力打赢污染防治攻坚战", "成立专班、挂图作战，某区狠抓重点区域管控",
  "全力打赢污染防治攻坚战", None),  # clauses over a clean title line
 ("市政协对我区重点项目开展视察\n李翠花陪同", None, "市政协对我区重点项目开展视察", "李翠花陪同"),  # one name who came along
]


@pytest.mark.parametrize("lines, kicker, headline, subheadline", TITLE_SHAPES, ids=[c[0].split("\n")[0] for c in TITLE_SHAPES])
def test_title_shapes_under_the_body(lines, kicker, headline, subheadline):
    article = first_article(lines)
    assert (article.kicker, article.headline, article.subheadline) == (kicker, headline, subheadline)


def test_a_title_under_the_body_closes_news_before_an_article_without_dateline():
    page = (BODY + "全市文旅市场持续回暖\n\n近日，记者走进某县某镇，桃花竞相开放。\n游客络绎不绝。\n某镇桃花节引客来\n\n"
            "春节前夕，市领导走访慰问困难群众。\n市领导走访慰问困难群众\n" + NEXT_NEWS)
    articles = parse_page(page, "x.txt")
    assert [a.headline for a in articles][:3] == ["全市文旅市场持续回暖", "某镇桃花节引客来", "市领导走访慰问困难群众"]
    assert articles[0].body.endswith("全市旅游收入增长明显。") and articles[1].body.startswith("近日")


def test_a_head_trailing_off_in_an_ellipsis_stays_in_the_headline():
    # 产业强、生态美…… before a topic head: a teaser, not a sentence of the body
    article = first_article("产业强、生态美……某县：奋力谱写发展新篇章")
    assert article.headline == "产业强、生态美……某县：奋力谱写发展新篇章"
    assert article.body.endswith("全市旅游收入增长明显。")


@pytest.mark.parametrize("printed, headline, kicker", [
    ("某县18个项目集中开工（组图）", "某县18个项目集中开工", None),
    ("某县18个项目集中开工(图)", "某县18个项目集中开工", None),
    ("某县18个项目集中开工【视频】", "某县18个项目集中开工", None),
    ("【奋进新征程】某县18个项目集中开工", "某县18个项目集中开工", "奋进新征程"),
    ("【奋进新征程】\n某县18个项目集中开工（组图）", "某县18个项目集中开工", "奋进新征程"),
], ids=["zutu", "tu", "video", "label", "label-own-line"])
def test_web_copies_media_marks_and_bracketed_labels_are_no_part_of_the_headline(printed, headline, kicker):
    for lines in (printed, "\n" + printed):  # glued under the body, or a block of its own
        article = first_article(lines)
        assert (article.headline, article.kicker) == (headline, kicker)
        assert article.body.endswith("全市旅游收入增长明显。")


@pytest.mark.parametrize("lines", ["某县18个项目集中开工\n（组图）", "某县18个项目集中开工（图）\n——某县重点项目建设综述"],
                         ids=["mark-wrapped", "mark-then-dash-line"])
def test_a_media_mark_closes_no_body(lines):
    # a bracket at a line's end closes a body (credits, （完）); a web title's media mark does not
    article = first_article(lines)
    assert article.headline == "某县18个项目集中开工"
    assert article.body.endswith("全市旅游收入增长明显。")


def test_a_long_run_of_kicker_like_lines_is_read_without_recursing_per_line():
    # one paragraph of 3,000 lines in a kicker's form: no title block is that long (it was read one line
    # deeper at a time, past Python's recursion limit)
    articles = parse_page("记者走进某某景区\n" * 3000, "x.txt")
    assert len(articles) <= 1


LIST_THEN_TITLE = ("本报某市讯 首批市级文旅小镇名单日前出炉。\n名单如下：\n东镇文旅小镇\n西镇文旅小镇\n南镇文旅小镇\n"
                   "北镇文旅小镇\n")


@pytest.mark.parametrize("title, headline", [
    ("某市文旅小镇名单公布\n您都去过哪几个？", "某市文旅小镇名单公布 您都去过哪几个？"),  # the question speaks to the reader
    ("文旅小镇怎样留住游客？", "文旅小镇怎样留住游客？"),  # a question alone
], ids=["reader-question", "question-alone"])
def test_a_question_headline_under_a_list_closes_it(title, headline):
    articles = parse_page(LIST_THEN_TITLE + title + "\n" + NEXT_NEWS, "x.txt")
    assert [a.headline for a in articles][0] == headline
    assert articles[0].body.endswith("北镇文旅小镇") and len(articles) == 2


@pytest.mark.parametrize("title, kicker, headline", [
    ("某市文旅小镇名单公布", None, "某市文旅小镇名单公布"),
    ("喜迎某某文化节\n某市文旅小镇名单公布", "喜迎某某文化节", "某市文旅小镇名单公布"),  # a kicker over it
])
def test_a_title_under_a_list_of_lines_ending_alike_closes_it(title, kicker, headline):
    article = parse_page(LIST_THEN_TITLE + title + "\n" + NEXT_NEWS, "x.txt")[0]
    assert (article.kicker, article.headline) == (kicker, headline)
    assert article.body.endswith("北镇文旅小镇")


def test_a_list_whose_last_line_ends_alike_gives_no_title():
    from jdash.parse.assemble import Block, Draft, title_after_list

    lines = ("名单如下。", "东镇文旅小镇", "西镇文旅小镇", "南镇文旅小镇", "北镇文旅小镇")
    assert title_after_list(Draft(body=[Block("text", "".join(lines), lines=lines)])) is False


def test_question_after_list_wants_a_list_and_a_question():
    from jdash.parse.assemble import Block, Draft, question_after_list

    def draft(*lines):
        return Draft(body=[Block("text", "".join(lines), lines=lines)])

    items = ("名单如下。", "东镇文旅小镇", "西镇文旅小镇", "南镇文旅小镇")
    assert question_after_list(draft(*items, "某市文旅小镇名单公布")) is False  # no question closes the list
    assert question_after_list(draft("会上，他问大家。", "发展靠什么，", "靠的是人才。", "人才从哪里来？")) is False  # no list
    found = draft(*items, "人才从哪里来？")
    assert question_after_list(found) and (found.headline, found.body[-1].text) == ("人才从哪里来？", "".join(items))


def test_a_column_name_after_a_title_under_the_body_labels_the_next_article():
    page = (BODY + "全市文旅市场持续回暖\n\n简讯\n\n本报讯 近日，某县举办农民丰收节，吸引游客三千余人次。（王丽）\n" + NEXT_NEWS)
    articles = parse_page(page, "x.txt")
    assert [a.headline for a in articles] == ["全市文旅市场持续回暖", "", ""]  # the brief and the next news have none
    assert articles[1].column == "简讯" and articles[0].body.endswith("全市旅游收入增长明显。")


@pytest.mark.parametrize("lines", ["登上某山看巨变\n记者走进某某山", "\n登上某山看巨变\n\n记者走进某某山",
                                   "追梦新时代 奋斗正当时\n登上某山看巨变\n记者走进某某山"],
                         ids=["under-body", "own-blocks", "under-a-kicker"])
def test_a_reporters_visit_under_the_headline_is_its_subheadline(lines):
    article = first_article(lines)
    assert (article.headline, article.subheadline) == ("登上某山看巨变", "记者走进某某山")


def test_a_title_wider_than_the_column_closes_a_body_that_lost_its_period():
    body = "本报某市讯会议认为，报告实\n事求是、数据详实，符合政协\n工作的政治需求，体现了担当\n作为的要求\n"  # no period
    title = "出席某某会议的委员分组审议\n某某工作报告、提案工作报告和协商工作报告\n"
    article = parse_page(body + title + NEXT_NEWS, "x.txt")[0]
    assert article.headline == "出席某某会议的委员分组审议某某工作报告、提案工作报告和协商工作报告"
    assert article.body.endswith("体现了担当作为的要求")
    assert parse_page(body + title.replace("、提案工作报告和协商工作报告", "") + NEXT_NEWS, "x.txt")[0].headline == ""
    # one character wider than the column, and no punctuation hanging there: a title line too
    wide = "本报某市讯会议认为，报告实实\n事求是、数据详实，符合政协的\n工作需求，体现了担当作为的\n要求\n"
    narrow_title = "出席某某会议的委员分组审\n某某工作报告和某某提案工作报告\n"  # 15 characters under 14
    assert parse_page(wide + narrow_title + NEXT_NEWS, "x.txt")[0].headline == "出席某某会议的委员分组审某某工作报告和某某提案工作报告"


def test_a_short_last_line_under_no_wider_line_is_left_in_the_body():
    # every line fits the column: a paragraph that goes on under a short line is not cut into a title
    body = "本报某市讯会议认为，报告实\n事求是、数据详实，符合政协\n工作的政治需求，体现了担当\n作为的要求\n分组审议工作报告\n"
    assert parse_page(body + NEXT_NEWS, "x.txt")[0].headline == ""


def test_a_kicker_wrapped_as_a_title_line_too_long_for_the_page_stays_one_kicker():
    # a title line wider than a page prints one wraps (its rest on a line of its own); five title lines under
    # the body: kicker (wrapped), headline, dash line (wrapped)
    kicker = "全省最大的某某加工产业集聚区和某某产品交易集散地之一的某某湖区"
    lines = f"{kicker[:30]}\n{kicker[30:]}\n湖畔金黄 稻谷飘香\n——某县推进稻米产业高质量发展、擦亮区域公用品牌的纪\n实"
    article = first_article(lines)
    assert (article.kicker, article.headline) == (kicker, "湖畔金黄 稻谷飘香")
    assert article.subheadline == "——某县推进稻米产业高质量发展、擦亮区域公用品牌的纪实"


@pytest.mark.parametrize("dash_line", ["——访市文旅局局长王某某", "——专访市文旅局局长王某某", "——对话某企业负责人"])
def test_a_dash_line_naming_the_person_interviewed_makes_an_interview(dash_line):
    article = first_article(f"打造文旅融合发展新高地\n{dash_line}")
    assert (article.headline, article.subheadline, article.kind) == ("打造文旅融合发展新高地", dash_line, "interview")


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["glued", "own-paragraph"])
def test_a_first_title_line_ending_in_a_word_with_a_units_character_is_no_kicker(gap):
    # 上市 ends in 市 as 某某市 does: the line is a clause about a place (泗水), not a run of places over the headline
    article = first_article(f"{gap}泗水春茶集中上市\n茶农购销两旺笑开颜")
    assert (article.kicker, article.headline) == (None, "泗水春茶集中上市茶农购销两旺笑开颜")


FEATURE = ("■本报记者 王明\n初冬时节，走进某镇的茶园，茶农们\n正忙着给茶树培土施肥。\n\n"
           "近年来，该镇把茶产业作为富民产\n业来抓，全镇茶园面积达到3000亩。\n")
TITLE_BLOCK = "乡村振兴看某县\n小茶叶撬动大产业，山区群众鼓起钱袋子\n——某镇发展茶产业见闻"


def test_a_short_line_over_a_headline_of_clauses_is_its_kicker():
    article = parse_page(FEATURE + "\n" + TITLE_BLOCK + "\n", "x.txt")[0]
    assert (article.kicker, article.headline, article.subheadline) == (
        "乡村振兴看某县", "小茶叶撬动大产业，山区群众鼓起钱袋子", "——某镇发展茶产业见闻")


@pytest.mark.parametrize("caption", ["图为茶农在采摘春茶，茶园里一片繁\n忙景象。", "茶农在采摘春茶。"])
@pytest.mark.parametrize("credit", ["新华社记者 李某 摄", "本报记者 李某 摄"])
def test_a_caption_glued_under_a_title_block_leaves_the_title_to_the_article(caption, credit):
    # no blank line between the title block and a photo's caption: the caption's credit closes the caption only
    articles = parse_page(f"{FEATURE}\n{TITLE_BLOCK}\n{caption}\n{credit}\n", "x.txt")
    feature, photo = articles
    assert (feature.kind, feature.kicker, feature.headline, feature.subheadline) == (
        "feature", "乡村振兴看某县", "小茶叶撬动大产业，山区群众鼓起钱袋子", "——某镇发展茶产业见闻")
    assert photo.kind == "photo" and photo.body == caption.replace("\n", "")
    assert [r.name for r in photo.reporters] == ["李某"]


def test_a_wire_agencys_photo_credit_on_a_line_of_its_own_is_no_caption():
    # `新华社记者 李某 摄` credits the caption above it; the agency's name is neither caption nor headline
    articles = parse_page(f"{FEATURE}\n{TITLE_BLOCK}\n\n茶园里一片繁忙景象。\n\n新华社记者 李某 摄\n", "x.txt")
    photo = articles[-1]
    assert (photo.kind, photo.body, [r.name for r in photo.reporters]) == ("photo", "茶园里一片繁忙景象。", ["李某"])
    assert not any("新华社" in (a.headline or "") for a in articles)


@pytest.mark.parametrize("after", [NEXT_NEWS, ""], ids=["next-article", "page-end"])
def test_a_word_repeated_inside_a_headline_is_no_ocr_doubled_banner(after):
    article = first_article("\n“跳呀跳呀跳”乐翻天！某村广场舞大赛开赛！\n", after)
    assert article.headline == "“跳呀跳呀跳”乐翻天！某村广场舞大赛开赛！"


def test_title_lines_ending_as_sentences_but_wider_than_the_column_are_the_title():
    # the body is wrapped to 14 characters; the two lines under it, printed unwrapped, are the title block
    body = ("本报讯 5月8日，省文明办公布了提名\n名单，全省共有20个县入选，某县是\n全市唯一入选的县，"
            "这是该县连续\n第三次获此殊荣。\n")
    title = "5月8日某县入选省级文明城市提名名单，再获殊荣！\n5月20日某镇荣获省级卫生乡镇称号，成为全县第一个。\n"
    article = parse_page(body + "\n" + title + "\n", "x.txt")[0]
    assert (article.headline, article.subheadline) == (
        "5月8日某县入选省级文明城市提名名单，再获殊荣！", "5月20日某镇荣获省级卫生乡镇称号，成为全县第一个。")
    assert article.body.endswith("第三次获此殊荣。")


def test_a_wrapped_caption_over_its_credit_gives_the_article_no_title():
    # the caption's first line is narrower only by its digits, and 采|摘 is one word across the wrap: no title over it
    caption = "4月10日，某镇茶农在茶园里采\n摘春茶，当地依托优势发展茶产业。\n新华社记者 李某 摄"
    feature, photo = sorted(parse_page(f"{FEATURE}\n{caption}\n\n{TITLE_BLOCK}\n", "x.txt"), key=lambda a: a.kind)
    assert (feature.kind, feature.headline) == ("feature", "小茶叶撬动大产业，山区群众鼓起钱袋子")
    assert (photo.kind, photo.body) == ("photo", caption.rsplit("\n", 1)[0].replace("\n", ""))


@pytest.mark.parametrize("gap", ["", "\n"], ids=["glued", "own-block"])
@pytest.mark.parametrize("kicker, headline", [
    ("开局起步稳 助力城市新跨越", "东湖县32个重大项目集中开工"),  # a slogan as wide as the title giving a figure
    ("乡村振兴的探索之泗水县", "培育特色产业 带动群众增收"),     # a series' part about a place (…之某县)
])
def test_a_kicker_under_the_body_is_not_glued_onto_its_headline(gap, kicker, headline):
    article = first_article(f"{gap}{kicker}\n{headline}\n")
    assert (article.kicker, article.headline) == (kicker, headline)


@pytest.mark.parametrize("gap", ["", "\n"], ids=["glued", "own-block"])
def test_a_line_of_clauses_under_a_wider_one_of_clauses_is_its_subheadline(gap):
    article = first_article(f"{gap}5天完成200亩复垦，某镇全力保障项目落地\n镇村干部上门，争取群众理解支持\n")
    assert (article.kicker, article.headline, article.subheadline) == (
        None, "5天完成200亩复垦，某镇全力保障项目落地", "镇村干部上门，争取群众理解支持")


@pytest.mark.parametrize("lines", [
    "助企纾困 稳岗留工\n根治欠薪\n",                              # a slogan going on in a phrase, no figure
    "某县聚焦主导产业，全力推进\n重点项目建设，跑出加速度\n",      # a break after a verb wanting its object
])
def test_two_lines_that_do_not_read_whole_stay_one_headline(lines):
    article = first_article("\n" + lines)
    assert (article.kicker, article.headline, article.subheadline) == (None, lines.replace("\n", ""), None)


@pytest.mark.parametrize("layout", ["\n", "\n\n"])
@pytest.mark.parametrize("headline, dash_line, kind", [
    ("助企发展", "访某区党工委书记李明", "interview"),
    ("奋进新征程", "某县乡村振兴工作纪实", "feature"),
])
def test_a_title_ending_in_a_dash_over_an_interview_or_feature_line_keeps_its_subheadline(layout, headline, dash_line, kind):
    article = parse_page(f"{BODY}\n{headline}——{layout}{dash_line}\n{NEXT_NEWS}", "x.txt")[0]
    assert (article.kicker, article.headline, article.subheadline, article.kind) == (None, headline, "——" + dash_line, kind)
