"""The article-splitting failure kinds seen on real pages (issue 14), each on invented text:
headlines with punctuation, kickers that open with 记者 or list phrases with 、, two-line section
headings inside a feature, bare-name credits, and fragments that are no articles."""

from __future__ import annotations

import pytest

from jdash.parser import parse_page

NEWS = "本报嘉祥3月2日讯（记者 周明 通讯员 陈亮）今天上午，全县重点项目集中开工，总投资93.8亿元。\n\n"
FEATURE = "■本报记者 孙海\n\n初春时节，景区游客络绎不绝。\n\n今年以来，景区接待游客20万人次。\n\n"
NEXT = "■本报记者 钱进\n\n近日，记者走访了几家企业。\n\n企业见闻\n"


def titles(text):
    return [(a.kicker, a.headline, a.subheadline) for a in parse_page(text, "x.txt")]


@pytest.mark.parametrize("title", [
    "总投资93.8亿元！嘉祥27个项目集中开\n工",  # the part before ！ is no sentence of the body
    "济宁：新开工项目212个，夯实发展支撑",  # a topic head, then one comma
    "谁来种地？合作社托管万亩良田",
    "“稻虾共作”真给力！某县农民增收有门道！",  # a quoted head
    "项目观察丨某县：新开工项目21个，总投资38亿元",  # a column name before a bar
])
def test_headlines_with_punctuation(title):
    articles = parse_page(NEWS + title + "\n\n" + NEXT, "x.txt")
    assert articles[0].headline == title.replace("\n", "")
    assert articles[0].body.endswith("总投资93.8亿元。")


def test_kicker_opening_with_reporter_is_no_byline():
    for block in ("记者走进水泊梁山\n\n春到景区游人旺", "记者走进水泊梁山\n春到景区游人旺"):
        articles = parse_page(FEATURE + block + "\n\n" + NEXT, "x.txt")
        assert [(a.kicker, a.headline) for a in articles] == [("记者走进水泊梁山", "春到景区游人旺"), (None, "企业见闻")]
        assert [r.name for r in articles[0].reporters] == ["孙海"]


@pytest.mark.parametrize("block, kicker, headline", [
    ("强产业、优服务、惠民生\n\n汶上经济发展迈上新台阶", "强产业、优服务、惠民生", "汶上经济发展迈上新台阶"),
    ("稳粮扩油、提质增效\n春耕备耕正当时", "稳粮扩油、提质增效", "春耕备耕正当时"),
    # Parallel phrases going on over the line break are one headline.
    ("助企纾困 稳岗留工\n根治欠薪", None, "助企纾困 稳岗留工根治欠薪"),
    # A headline with a topic head starts its own line: the line above it is a kicker.
    ("撤县设区一周年\n兖州：融入中心城区 跑出加速度", "撤县设区一周年", "兖州：融入中心城区 跑出加速度"),
])
def test_kickers_with_listed_phrases(block, kicker, headline):
    first = parse_page(FEATURE + block + "\n\n" + NEXT, "x.txt")[0]
    assert (first.kicker, first.headline) == (kicker, headline)
    assert first.body.endswith("景区接待游客20万人次。")


def test_two_line_section_headings_stay_inside_the_feature():
    text = ("■本报记者 钱进 本报通讯员 李伟\n\n近年来，我县坚持工业强县战略。\n\n提质增效\n\n产业发展转型升级\n\n"
            "全县规上工业企业达到300家，产值增长12%。\n\n创新驱动\n\n科技赋能新兴产业\n\n全县高新技术企业达到120家。\n\n"
            "强链补链 做大做强\n——某县工业经济发展综述\n\n" + NEXT)
    articles = parse_page(text, "x.txt")
    assert [a.headline for a in articles] == ["强链补链 做大做强", "企业见闻"]
    feature = articles[0]
    assert feature.kind == "feature" and [r.name for r in feature.reporters] == ["钱进", "李伟"]
    assert "产业发展转型升级" in feature.body.split("\n\n") and "全县高新技术企业达到120家。" in feature.body


def test_a_kicker_and_headline_before_an_unmarked_article_still_close():
    """Only a series of two-line headings is read as sections: one kicker + headline pair
    followed by an article without dateline or byline still closes the article before it."""
    text = ("■本报记者 钱进\n\n近年来，我县坚持工业强县战略。\n\n工业强县\n\n某县工业经济稳中有升\n\n"
            "金秋时节，走进某村，稻田一片金黄。\n\n稻田里的丰收歌\n")
    assert [a.headline for a in parse_page(text, "x.txt")] == ["某县工业经济稳中有升", "稻田里的丰收歌"]


def test_photo_report_credit_is_no_name():
    text = "■本报记者 王林 摄影报道\n\n春耕时节，田间地头一片繁忙。\n\n春耕备耕正当时\n"
    (article,) = parse_page(text, "x.txt")
    assert [r.name for r in article.reporters] == ["王林"]


def test_bare_name_credit_closing_the_body():
    text = "本报汶上讯 今年以来，全县新签约项目32个。县委书记要求加快推进项目建设。（周晓明）\n\n汶上32个项目签约落地\n"
    (article,) = parse_page(text, "x.txt")
    assert [r.name for r in article.reporters] == ["周晓明"]
    assert article.body.endswith("加快推进项目建设。")


@pytest.mark.parametrize("stray", [
    "奋力谱写新篇章\n\n走在前列",  # banner lines between articles
    "走在前列，勇争先进，再创佳绩，谱写新篇",  # a slogan read as text, no sentence end
    "走在前列，勇争先进，再创佳绩，谱写新篇\n\n奋进新征程",  # …with a line under it
])
def test_fragments_are_not_articles(stray):
    text = NEWS + "某县项目集中开工\n\n" + stray + "\n\n" + NEXT
    assert [a.headline for a in parse_page(text, "x.txt")] == ["某县项目集中开工", "企业见闻"]


def test_headline_with_several_commas_at_a_headlines_place():
    text = NEWS + "稳字当头，进字为先，某县经济运行持续向好\n\n" + NEXT
    articles = parse_page(text, "x.txt")
    assert [a.headline for a in articles] == ["稳字当头，进字为先，某县经济运行持续向好", "企业见闻"]
    assert articles[0].body.endswith("总投资93.8亿元。")


def test_question_headline():
    assert parse_page(NEWS + "乡村振兴，人才从哪里来？\n\n" + NEXT, "x.txt")[0].headline == "乡村振兴，人才从哪里来？"


def test_doubled_banner_inside_a_column_does_not_split_the_article():
    text = ("本报泗水5月6日讯（记者 周明）今天，泗水县文旅项目推进会召开。\n\n走在前走在前 挑大梁挑大梁\n\n"
            "会议要求，加快推进项目建设。\n\n泗水文旅项目推进会召开\n\n" + NEXT)
    articles = parse_page(text, "x.txt")
    assert [a.headline for a in articles] == ["泗水文旅项目推进会召开", "企业见闻"]
    assert articles[0].body.endswith("会议要求，加快推进项目建设。") and "走在前" not in articles[0].body


def test_long_headline_at_a_headlines_place():
    title = "市委常委会召开扩大会议 传达学习全省高质量发展重大项目建设现场推进会议精神 研究部署全市下一步贯彻落实工作措施"
    assert len(title.replace(" ", "")) > 50
    assert parse_page(NEWS + title + "\n\n" + NEXT, "x.txt")[0].headline == title


def test_credit_line_before_the_dateline():
    text = ("□记者 魏然 报道\n本报济南10月16日讯 今天下午，全省会议召开。\n\n全省会议召开\n\n"
            "□王亚楠 张素华 报道\n本报济南10月17日讯 今天，考核结果出炉。\n\n考核结果出炉\n")
    articles = parse_page(text, "x.txt")
    assert [(a.headline, a.kind, [r.name for r in a.reporters]) for a in articles] == [
        ("全省会议召开", "news", ["魏然"]), ("考核结果出炉", "news", ["王亚楠", "张素华"])]


def test_dateline_of_a_news_site_with_a_sub_brand():
    text = "济宁新闻网·更济宁讯（记者 秦伯璞）9月24日上午，市政府全体会议召开。\n\n市政府全体会议召开\n"
    (article,) = parse_page(text, "x.txt")
    assert (article.kind, [r.name for r in article.reporters], article.event_date) == ("news", ["秦伯璞"], "--09-24")


def test_people_line_with_chair_and_speech():
    text = NEWS + "市委常委会召开扩大会议\n\n王忠林主持并讲话 孙述涛殷鲁谦出席\n\n" + NEXT
    assert titles(text)[0] == (None, "市委常委会召开扩大会议", "王忠林主持并讲话 孙述涛殷鲁谦出席")


def test_bullet_section_headings_do_not_open_commentaries():
    text = ("■本报记者 钱进\n\n近年来，我县坚持工业强县战略。\n\n■提质增效\n\n产业发展转型升级\n\n"
            "全县规上工业企业达到300家。\n\n■创新驱动\n\n全县高新技术企业达到120家。\n\n强链补链 做大做强\n\n" + NEXT)
    articles = parse_page(text, "x.txt")
    assert [(a.kind, a.headline) for a in articles] == [("feature", "强链补链 做大做强"), ("feature", "企业见闻")]
    assert [r.name for r in articles[0].reporters] == ["钱进"]
    assert "提质增效" in articles[0].body.split("\n\n") and "全县高新技术企业达到120家。" in articles[0].body


def test_a_commentary_after_a_closed_article_still_opens():
    text = NEWS + "某县项目集中开工\n\n■李明\n\n民生无小事。\n\n办好民生实事\n"
    assert [(a.kind, a.headline) for a in parse_page(text, "x.txt")] == [
        ("news", "某县项目集中开工"), ("commentary", "办好民生实事")]


def test_numbered_headings_stay_inside_datelined_news():
    text = ("本报济宁5月8日讯（记者 周明）今天，全市项目建设推进会议召开。\n\n会议要求，全力抓好以下工作。\n\n"
            "一、聚焦重点项目\n\n全市要紧盯重点项目。\n\n（二）优化营商环境\n\n全市要持续深化改革。\n\n全市项目建设推进会议召开\n")
    (article,) = parse_page(text, "x.txt")
    assert article.headline == "全市项目建设推进会议召开" and "全市要持续深化改革。" in article.body


def test_page_apparatus_is_neither_body_nor_title():
    text = NEWS + "来源：某县融媒体中心\n\n责任编辑：张三\n\n某县项目集中开工\n\n2024-02-26 17:24\n\n" + NEXT
    articles = parse_page(text, "x.txt")
    assert [(a.kicker, a.headline, a.column) for a in articles] == [(None, "某县项目集中开工", None), (None, "企业见闻", None)]
    assert articles[0].body.endswith("总投资93.8亿元。")


def test_caption_between_articles_is_a_photo_not_an_article():
    text = NEWS + "某县项目集中开工\n\n图为某镇项目开工现场。（记者 张三 摄）\n\n" + NEXT
    articles = parse_page(text, "x.txt")
    assert [(a.kind, a.headline) for a in articles] == [
        ("news", "某县项目集中开工"), ("photo", "图为某镇项目开工现场"), ("feature", "企业见闻")]
    assert [(r.name, r.role) for r in articles[1].reporters] == [("张三", "摄影")]


GLUED_NEWS = "本报济宁讯（记者 周明）今天上午，全市重点项目集中开工，总投资93.8亿元。\n会议强调，要抓好项目建设。\n全市重点项目集中开工\n\n"
NEXT_BY_DATELINE = " 本报某县讯近日，某县新建的文化广场投入使用。\n广场占地50亩。\n某县文化广场投入使用\n"
NEXT_BY_TOPIC = " 某县：新建的文化广场投入使用，市民纷纷前来。\n广场占地50亩。\n某县文化广场投入使用\n"


@pytest.mark.parametrize("caption, photographer", [
    ("某县新建的文化广场 张明摄", "张明"),  # caption and credit on one line: NAME摄
    ("某县新建的文化广场张明摄", "张明"),  # the name glued to the caption
    ("某县新建的文化广场 张明 摄", "张明"),
    ("某县新建的文化广场 记者 张明 摄", "张明"),
    ("某县新建的文化广场。■记者 张明 摄", "张明"),
    ("市民在新建的文化广场休闲。\n■记者 张明 摄", "张明"),  # the credit on a line of its own
    ("市民在新建的文化广场休闲（张明 摄）", "张明"),
    ("市民在新建的文化广场休闲。（摄影 张明）", "张明"),
    ("市民在新建的文化广场休闲。本报记者 张明 摄影", "张明"),
    ("图为市民在新建的文化广场休闲", None),  # opened by 图为, no credit
    ("图为市民在新建的文化广场休闲。\n■记者 张明 摄", "张明"),
    ("市民在新建的文化广场休闲。（图片由某县融媒体中心提供）", None),  # supplied by an organisation
    ("市民在新建的文化广场休闲。 某县融媒体中心供图", None),
    ("图①：市民在新建的文化广场休闲；图②：孩子们在游乐区玩耍", None),  # numbered pictures
    ("图1 市民在新建的文化广场休闲", None),
    ("组图：市民在新建的文化广场休闲", None),
    ("▲市民在新建的文化广场休闲", None),  # a caption's mark on one phrase
])
@pytest.mark.parametrize("following", [NEXT_BY_DATELINE, NEXT_BY_TOPIC])
def test_photo_caption_forms_are_photos_between_articles(caption, photographer, following):
    articles = parse_page(GLUED_NEWS + caption + "\n\n" + following, "x.txt")
    assert [a.headline for a in articles if a.kind != "photo"] == ["全市重点项目集中开工", "某县文化广场投入使用"]
    (photo,) = [a for a in articles if a.kind == "photo"]
    assert "文化广场" in photo.body and "摄" not in photo.body
    assert [r.name for r in photo.reporters] == ([photographer] if photographer else [])
    assert articles[-1].body.startswith(("近日，某县新建", "某县：新建"))
    assert all("张明" not in a.body for a in articles)


@pytest.mark.parametrize("credit", ["新华社记者 张明 摄", "新华社记者 张\n明 摄"])
def test_a_long_wire_caption_alone_at_the_page_end_is_a_photo(credit):
    """A wire caption runs to several sentences, longer than a caption between articles may be; closed by its credit
    with no title under it, it is a photo, and its credit (wrapped or not) is no headline."""
    caption = ("9月20日，在某县某镇某村，农机手驾驶玉米收获机在田间作业。当日，全省秋收现场会在某县召开。全省玉米种植面积较大，"
               "今年秋收面积约为6000万亩，各地投入各类农机具30多万台套，预计9月底前后秋收进度过半，"
               "10月中旬基本完成收获任务，确保颗粒归仓、丰产丰收，农民群众脸上露出了笑容。")
    wrapped = "\n".join(caption[i:i + 16] for i in range(0, len(caption), 16))
    text = GLUED_NEWS.replace("\n全市重点", "\n\n全市重点") + wrapped + credit + "\n\n\n"
    articles = parse_page(text, "x.txt")
    assert [(a.kind, a.headline) for a in articles] == [
        ("news", "全市重点项目集中开工"), ("photo", "9月20日，在某县某镇某村，农机手驾驶玉米收获机在田间作业")]
    assert [r.name for r in articles[1].reporters] == ["张明"] and "摄" not in articles[1].body


def test_a_headline_ending_in_an_ellipsis_closes_its_article():
    text = GLUED_NEWS + " 本报某县讯近日，某县新修的环湖公路通车。\n沿线村庄发展起了民宿。\n某县：有路以后……\n\n" + NEXT_BY_DATELINE
    assert [a.headline for a in parse_page(text, "x.txt")] == ["全市重点项目集中开工", "某县：有路以后……", "某县文化广场投入使用"]


def test_a_body_paragraph_closed_by_a_photo_credit_stays_body():
    long_paragraph = "今年以来，某县新建文化广场3处、口袋公园12个，" * 5 + "市民休闲有了好去处。（记者 张明 摄）"
    articles = parse_page(GLUED_NEWS.replace("会议强调", long_paragraph + "\n会议强调"), "x.txt")
    assert [a.kind for a in articles] == ["news"] and "口袋公园" in articles[0].body


DECK = "稳字当头 进字为先 干字为要 实字托底"


@pytest.mark.parametrize("block, kicker, headline, subheadline", [
    ("某县项目建设跑出“加速度”\n" + DECK, None, "某县项目建设跑出“加速度”", DECK),  # glued under the body
    ("\n某县项目建设跑出“加速度”\n" + DECK, None, "某县项目建设跑出“加速度”", DECK),
    ("\n某县项目开工\n\n强产业、优服务、惠民生、促和谐", None, "某县项目开工", "强产业、优服务、惠民生、促和谐"),
    ("\n" + DECK + "\n某县项目建设跑出“加速度”", DECK, "某县项目建设跑出“加速度”", None),  # a deck over it
    ("\n助企纾困 稳岗留工 根治欠薪", None, "助企纾困 稳岗留工 根治欠薪", None),  # a headline of phrases alone
])
def test_a_slogan_deck_is_no_part_of_the_headline(block, kicker, headline, subheadline):
    body = "本报某县讯（记者 周明）今天上午，某县重点项目集中开工，总投资93.8亿元。\n会议强调，要抓好项目建设。\n"
    articles = parse_page(body + block + "\n\n" + NEXT_BY_DATELINE, "x.txt")
    assert [(a.kicker, a.headline, a.subheadline) for a in articles] == [
        (kicker, headline, subheadline), (None, "某县文化广场投入使用", None)]


@pytest.mark.parametrize("credit", ["张明 摄", "■记者 张明 摄", "（记者 张明 摄）"])
@pytest.mark.parametrize("following", [NEXT_BY_DATELINE, NEXT_BY_TOPIC])
def test_a_photo_credit_alone_takes_no_article_text_for_a_caption(credit, following):
    articles = parse_page(GLUED_NEWS + credit + "\n\n" + following, "x.txt")
    assert [a.headline for a in articles if a.kind != "photo"] == ["全市重点项目集中开工", "某县文化广场投入使用"]
    assert articles[0].body.startswith("今天上午") and articles[0].body.endswith("要抓好项目建设。")
    assert not [a for a in articles if a.kind == "photo" and "今天上午" in a.body]


def test_a_photo_credit_after_a_long_paragraph_leaves_it_in_the_article():
    long_paragraph = "今年以来，某县新建文化广场3处、口袋公园12个，" * 6 + "市民休闲有了好去处。"
    text = "■本报记者 孙海\n\n初春时节，景区游客络绎不绝。\n\n" + long_paragraph + "\n\n■记者 张明 摄\n\n春到景区游人旺\n"
    (article,) = [a for a in parse_page(text, "x.txt") if a.kind != "photo"]
    assert article.headline == "春到景区游人旺" and article.body.endswith("市民休闲有了好去处。")


BODY_FOR_TITLES = "本报某县讯（记者 周明）今天上午，某县重点项目集中开工，总投资56.3亿元。\n县委书记李明出席并宣布开工。\n"


@pytest.mark.parametrize("title_lines, headline, subheadline", [
    # a people line under the headline: the shortest name+verb first (李明出席, not 李明出 / 席王强)
    ("某县重大项目集中开工\n李明出席 王强主持", "某县重大项目集中开工", "李明出席 王强主持"),
    # a wider line with clauses of its own under a full title line: two title lines, not one headline
    ("某县冬小麦播种面积达60万亩\n农业生产形势持续向好，为全年粮食丰收打下坚实基础", "某县冬小麦播种面积达60万亩",
     "农业生产形势持续向好，为全年粮食丰收打下坚实基础"),
    # a headline wrapped with a comma in its second half is one headline
    ("某县全面推进重点项目建设跑出发展\n加速度，经济回升向好", "某县全面推进重点项目建设跑出发展加速度，经济回升向好", None),
    # a title line ending in a dash goes on into the line under it
    ("某县推动技能人才培养为制造强市提供支撑——\n访县人社局局长李明，谈技能人才", "某县推动技能人才培养为制造强市提供支撑",
     "——访县人社局局长李明，谈技能人才"),
])
@pytest.mark.parametrize("glued", [True, False])
def test_title_lines_under_a_body_keep_their_parts(title_lines, headline, subheadline, glued):
    text = BODY_FOR_TITLES + ("" if glued else "\n") + title_lines + "\n\n" + NEXT_BY_DATELINE
    articles = parse_page(text, "x.txt")
    assert [(a.headline, a.subheadline) for a in articles] == [(headline, subheadline), ("某县文化广场投入使用", None)]


@pytest.mark.parametrize("start", ["本报某县讯（记者 周明）", "■本报记者 周明\n"])
@pytest.mark.parametrize("banner", ["奋进新征程 建功新时代", "勇争先勇争先 创一流创一流", "强产业、优服务、惠民生"])
def test_a_slogan_after_an_article_titled_under_its_body_is_not_its_headline(start, banner):
    body = "今天上午，某县重点项目集中开工，总投资56.3亿元。\n县委书记李明出席并宣布开工。\n"
    text = start + body + "某县18个重大项目集中开工\n\n" + banner + "\n\n" + NEXT_BY_DATELINE
    articles = parse_page(text, "x.txt")
    assert [a.headline for a in articles] == ["某县18个重大项目集中开工", "某县文化广场投入使用"]
    assert articles[0].body.endswith("出席并宣布开工。")


@pytest.mark.parametrize("title_lines, headline, subheadline", [
    # a long headline wrapped with a comma and a 、 in it, then its dash line
    ("总投资56亿元！某县28个重大项目集中开工，涵盖先进制造、\n现代物流等领域\n——某县项目建设现场观摩侧记",
     "总投资56亿元！某县28个重大项目集中开工，涵盖先进制造、现代物流等领域", "——某县项目建设现场观摩侧记"),
    # a long headline wrapped before its last character, then its people line
    ("某县举行春季重大项目集中开工活动 共有28个项目开工总投资达156亿\n元\n李明讲话 王强主持",
     "某县举行春季重大项目集中开工活动 共有28个项目开工总投资达156亿元", "李明讲话 王强主持"),
    # the line above ends with people of its own: the people line starts there
    ("某县召开全县经济工作会议暨优化营商环境大会 李明讲话\n王强主持", "某县召开全县经济工作会议暨优化营商环境大会",
     "李明讲话 王强主持"),
])
def test_a_wrapped_headline_keeps_its_dash_line_and_people_line_apart(title_lines, headline, subheadline):
    articles = parse_page(BODY_FOR_TITLES + title_lines + "\n\n" + NEXT_BY_DATELINE, "x.txt")
    unspaced = [(a.headline.replace(" ", ""), (a.subheadline or "").replace(" ", "")) for a in articles]
    assert unspaced == [(headline.replace(" ", ""), subheadline.replace(" ", "")), ("某县文化广场投入使用", "")]


def test_a_marked_list_item_of_several_sentences_stays_in_the_body():
    item = "▲加快项目建设。全县新开工项目18个，总投资56亿元。"
    articles = parse_page(GLUED_NEWS.replace("会议强调", item + "\n会议强调"), "x.txt")
    assert [a.kind for a in articles] == ["news"] and "▲加快项目建设" in articles[0].body


@pytest.mark.parametrize("first_line, second_line", [
    ("本报某县讯 记者 周明 通讯员 陈亮 今天上", "午，全县重点项目集中开工，总投资93.8亿元。"),  # the line cuts the lead's first word
    ("本报某县讯 记者 周明 通讯员", "陈亮 今天上午，全县重点项目集中开工，总投资93.8亿元。"),  # the line ends with a role word
    ("本报某县讯 记者 周明 通讯员 陈亮", "今天上午，全县重点项目集中开工，总投资93.8亿元。"),
])
def test_unbracketed_dateline_credits_wrapped_anywhere(first_line, second_line):
    text = f"{first_line}\n{second_line}\n某县项目集中开工\n\n{NEXT_BY_DATELINE}"
    article = parse_page(text, "x.txt")[0]
    assert [r.name for r in article.reporters] == ["周明", "陈亮"]
    assert article.body.startswith("今天上午，全县") and article.headline == "某县项目集中开工"
