"""Each rule of the parser's stages on its own, on invented text (jdash/parse/)."""

from __future__ import annotations

import pytest

from jdash.parse import article, assemble, blocks, credits, eventdate, titles
from jdash.parse import text as text_helpers
from jdash.parse.blocks import Block
from jdash.parse.lexicon import alternation, words

# ---------------------------------------------------------------- word lists


@pytest.mark.parametrize("name", ["speech_verbs.txt", "attendance_verbs.txt", "event_verbs.txt", "crumbs.txt",
                                  "notice_labels.txt", "wire_agencies.txt", "photo_credit_marks.txt",
                                  "title_opening_verbs.txt", "object_verbs.txt", "credit_words.txt"])
def test_word_lists_load_without_duplicates(name):
    listed = words(name)
    assert listed and len(set(listed)) == len(listed)
    assert all("#" not in w and " " not in w for w in listed)


def test_alternation_prefers_the_longest_word():
    assert alternation("attendance_verbs.txt").split("|")[0] == "出席并作重要讲话"


def test_every_attendance_verb_is_a_speech_verb():
    assert set(words("attendance_verbs.txt")) <= set(words("speech_verbs.txt"))


# ---------------------------------------------------------------- paragraph rules


def kinds(found):
    return None if found is None else [b.kind for b in found]


@pytest.mark.parametrize("rule, lines, expected", [
    (blocks.crumb_paragraph, ["要闻导读"], ["crumb"]),
    (blocks.crumb_paragraph, ["读导闻要"], ["crumb"]),  # scrambled by OCR
    (blocks.crumb_paragraph, ["读书好"], None),
    (blocks.kicker_over_title, ["微山县", "湖区渔民喜迁新居"], ["title", "title"]),
    (blocks.kicker_over_title, ["泗水夜经济", "点亮小城“烟火气”"], None),
    # a plain line over a headline of two long spaced phrases (line_over_long_pair) is its kicker
    (blocks.kicker_over_title, ["某县产业变迁", "专用汽车集约发展 出版印刷从乱到治"], ["title", "title"]),
    (blocks.kicker_over_title, ["某县召开会议", "稳中求进 开拓创新"], None),  # a short pair may be a deck
    (blocks.bullet_inside, ["嘉祥石雕走向世界 ■本报记者 周明"], ["title", "byline"]),
    (blocks.bullet_inside, ["图为游客在湖边赏荷。■记者 陈亮 摄"], ["photo"]),
    (blocks.bullet_inside, ["■本报记者 周明"], None),
    (blocks.bullet_first, ["■本报记者 周明", "今年以来，嘉祥县石雕出口增长。"], ["byline", "text"]),
    (blocks.bullet_first, ["嘉祥石雕走向世界"], None),
    # a photo credit ends on its line: the title printed under it is no credit
    (blocks.bullet_first, ["■记者 周明 通讯员 孙强 摄", "某某大桥建成通车"], ["photo_credit", "title"]),
    (blocks.bullet_first, ["■记者 周明 通讯员 孙", "强 摄", "某某大桥建成通车"], ["photo_credit", "title"]),  # wrapped
    # a sentence the wrap broke after a title chain is no headline over its subheadline
    (blocks.halves_over_subheadline, ["某县委副书记、某县长", "张某在会议上做重要讲话。"], None),
    (blocks.title_over_visit, ["登上某山看巨变", "记者走进某某山"], ["title", "title"]),
    (blocks.title_over_visit, ["登上某山看巨变", "春到景区游人旺"], None),
    (blocks.title_over_series, ["某镇奋力谱写高质量发展新篇章", "“推动高质量发展”系列新闻发布会第八场"], ["title", "title"]),
    (blocks.title_over_series, ["某镇奋力谱写高质量发展新篇章", "某县新闻发布会召开"], None),
    (blocks.title_over_genre, ["某县迎来八方宾朋", "某市赴沪举办招商推介活动侧记"], ["title", "title"]),
    (blocks.title_over_genre, ["某县迎来八方宾朋", "某市赴沪举办招商推介活动"], None),
    (blocks.title_over_genre, ["稳中求进 行稳致远——某县推进", "乡村振兴工作综述"], None),  # a dash line wrapped
    (blocks.halves_under_clauses, ["暴雨夜，有群人守护村庄安宁", "他们逆行而来 送您一份安心"], ["title", "title"]),
    (blocks.halves_under_clauses, ["暴雨夜，有群人守护村庄安宁", "他们逆行而来送您一份安心"], None),
    (blocks.card_then_credits, ["时间：某年1月10日（农历腊月十", "六）", "地点：某火车站", "见习记者：张明", "春节临近，游子盼归。"],
     ["byline", "text"]),
    (blocks.card_then_credits, ["时间：某年1月10日", "春节临近，游子盼归。"], None),  # no credits under the card
    (blocks.card_then_credits, ["见习记者：张明", "春节临近，游子盼归。"], None),  # no card: web_credits' line
])
def test_paragraph_rules(rule, lines, expected):
    text = "".join(lines)
    assert kinds(rule(lines, text)) == expected


def test_paragraph_rules_run_in_order():
    assert blocks.PARAGRAPH_RULES[0] is blocks.crumb_paragraph


@pytest.mark.parametrize("rule, text, expected", [
    (blocks.photo_credit, "■记者 陈亮 摄", "photo_credit"),
    (blocks.photo_credit, "■本报记者 陈亮", None),
    (blocks.wire_label, "■新华社发", "wire"),
    (blocks.wire_label, "■新华社记者 王明", None),
    (blocks.editorial_byline, "■本报评论员", "byline"),
    (blocks.reporter_byline, "■本报记者 陈亮 本报通讯员 赵宁", "byline"),
    (blocks.reporter_byline, "■赵宁", None),
    (blocks.signed_byline, "■赵宁", "byline"),
    (blocks.signed_byline, "■新华全媒头条报道", None),
])
def test_bullet_rules(rule, text, expected):
    found = rule(text, blocks.compact(text[1:]))
    assert (found.kind if found else None) == expected


def test_anything_else_after_a_bullet_is_a_label():
    assert blocks.classify_bullet("■图说新变化系列").kind == "wire"


@pytest.mark.parametrize("rule, text, expected", [
    (blocks.dateline, "本报汶上6月3日讯（记者 周明）今天，全县会议召开。", ["dateline"]),
    (blocks.dateline, "本报记者在汶上看到", None),
    (blocks.notice, "编者按：今天起本报开设专栏。", ["notice"]),
    (blocks.notice, "编者在此", None),
    (blocks.plain_byline, "本报记者 周明 陈亮", ["byline"]),
    (blocks.plain_byline, "本报记者，周明说。", None),
    (blocks.title_then_interview_line, "做强文旅产业——访县文旅局局长周明", ["title", "title"]),
    (blocks.title_then_interview_line, "做强文旅产业", None),
    (blocks.title_then_interview_line, "跨越发展谱新篇――某县项目观摩侧记", ["title", "title"]),  # horizontal bars
    (blocks.title_then_interview_line, "跨越发展谱新篇--某县项目观摩侧记", ["title", "title"]),
    (blocks.title, "全县工作会议召开 张伟讲话 李明、王强出席", ["title", "title"]),
    (blocks.title, "今天，全县工作会议召开。", None),
    (blocks.long_title_with_people_line,
     "全县2016年度科学发展综合考核总结表彰暨“十三五”规划实施推进动员大会召开周明讲话 陈亮主持", ["title", "title"]),
])
def test_text_rules(rule, text, expected):
    assert kinds(rule(text)) == expected


def test_dateline_keeps_place_date_and_credits():
    (block,) = blocks.dateline("本报汶上6月3日讯（记者 周明）今天，全县会议召开。")
    assert (block.place, block.month, block.day, block.credits, block.text) == (
        "汶上", 6, 3, "记者 周明", "今天，全县会议召开。")


def test_wire_agency_datelines_come_from_the_data_file():
    (block,) = blocks.dateline("人民日报北京3月5日电（记者 王明）全国两会开幕。")
    assert block.agency == "人民日报" and block.place == "北京"


# ---------------------------------------------------------------- credits


@pytest.mark.parametrize("text, photo, expected", [
    ("记者 周明 通讯员 陈亮", False, [("周明", "记者"), ("陈亮", "通讯员")]),
    ("本报见习记者 周明", False, [("周明", "记者")]),
    ("记者 周明 摄", True, [("周明", "摄影")]),
])
def test_parse_credits(text, photo, expected):
    assert [(r.name, r.role) for r in credits.parse_credits(text, photo=photo)] == expected


def test_role_name_comes_from_the_data_file():
    assert credits.role_name("本报实习生") == "实习生" and credits.role_name("特约记者") == "记者"


def test_bare_credits():
    assert credits.bare_credits("记者 周明 通讯员 陈亮 今天，全县会议召开。") == (
        "记者 周明 通讯员 陈亮", "今天，全县会议召开。")


def test_bare_credits_glued_to_a_lead_opening_with_a_date():
    assert credits.bare_credits("记者周明 通讯员陈亮5月6日，全县会议召开。") == ("记者周明 通讯员陈亮", "5月6日，全县会议召开。")
    # no figure: where the last name ends is not known, so that token is left to the lead
    assert credits.bare_credits("记者周明 通讯员陈亮近日，全县会议召开。")[0] == "记者周明"


# ---------------------------------------------------------------- kicker rules


@pytest.mark.parametrize("rule, first, second, expected", [
    (assemble.place_kicker, "梁山县", "水泊景区迎来客流高峰", True),
    (assemble.place_kicker, "梁山县", "召开项目推进会", False),
    (assemble.label_kicker, "多维聚焦 精准发力", "汶上着力做强物流产业", True),
    (assemble.short_line_kicker, "实体经济稳中求进", "泗水工业经济稳中有升", True),
    (assemble.short_line_kicker, "让老城焕发新活力", "全县城市更新暨口袋公园建设推进会召开", False),
])
def test_kicker_rules(rule, first, second, expected):
    assert rule(Block("title", first), first, second) is expected


def test_marked_kicker():
    assert assemble.marked_kicker(Block("title", "微山县", kicker=True), "微山县", "x")


def test_trailing_label_goes_to_the_next_article():
    rest, label = assemble.split_trailing_label(["民生观察"], Block("text", "今年以来，…"))
    assert (rest, label) == ([], "民生观察")


def test_cut_sentence_is_not_a_title():
    assert assemble.is_cut_sentence([Block("title", "针对今年的新品种，农技")], Block("text", "员逐户指导。"))


def test_lines_the_printer_broke_are_no_cut_sentence():
    lines = ("今年新建公园12个，市民家门口添绿", "有了新去处，咱们随时逛")
    title = Block("title", "".join(lines), lines=lines)
    assert not assemble.is_cut_sentence([title], Block("text", "某湖湿地公园位于县城南部。"), column=52)
    assert assemble.is_cut_sentence([title], Block("text", "某湖湿地公园位于县城南部。"), column=None)


def test_a_title_of_clauses_between_two_bodies_closes_the_first():
    from jdash.parser import parse_page

    body = ("本报某县5月6日讯（记者 张三）今年以来，某县在城区新建口袋公园十二个，市民出门五百米"
            "就能见到绿地，晨练的老人和放学的孩子都多了起来，附近的居民说这是实实在在的民生工程。")
    feature = ("某湖湿地公园位于县城南部，是当地近年建设的重点生态工程之一，园区以修复水体为先，兼顾"
               "科普教育和休闲游览，建成以后吸引了不少外地游客前来观鸟拍照，周边村庄也办起了农家乐。")
    wrap = lambda t: "\n".join(t[i:i + 26] for i in range(0, len(t), 26))
    page = " " + wrap(body) + "\n\n今年新建公园12个，市民家门口添绿\n有了新去处，咱们随时逛\n\n" + wrap(feature) \
        + "\n\n某湖湿地公园的设计\n\n\n"
    got = [(a.headline, a.body[:4], a.body.rstrip("。")[-4:]) for a in parse_page(page, "p.txt")]
    assert got == [("今年新建公园12个，市民家门口添绿", "今年以来", "民生工程"), ("某湖湿地公园的设计", "某湖湿地", "了农家乐")]


# ---------------------------------------------------------------- draft → article


def test_split_continuation():
    assert article.split_continuation(["（上接1版）今天开幕。", "会议要求加快推进。（下转2版）"]) == (
        ["今天开幕。", "会议要求加快推进。"], "2版")


def test_split_trailing_credits():
    assert article.split_trailing_credits(["会议部署了工作。（记者 周明）"]) == (["会议部署了工作。"], "记者 周明")


@pytest.mark.parametrize("start, kind", [
    (Block("dateline", "", credits="记者 周明"), "news"),
    (Block("byline", "", credits="本报记者 周明", byline_kind="reporter"), "feature"),
    (Block("byline", "", credits="本报评论员", byline_kind="editorial"), "editorial"),
    (Block("byline", "", credits="周明", byline_kind="signed"), "commentary"),
])
def test_start_credits(start, kind):
    assert article.start_credits(start)[1] == kind


def test_article_kind():
    assert article.article_kind("news", "——访县文旅局局长周明") == "interview"
    assert article.article_kind(None, None) == "feature"
    assert article.article_kind("news", "——某县项目建设现场观摩侧记") == "feature"
    assert article.article_kind("news", "——某县党建引领基层治理") == "news"  # no genre word
    assert article.article_kind("editorial", "——某县乡村振兴纪实") == "editorial"


@pytest.mark.parametrize("text, expected", [
    ("——某县项目建设现场观摩侧记", True), ("——某某县某某工作纪实", True), ("——我市推进项目建设综述", True),
    ("——某县重点项目巡礼", True), ("——某县乡村振兴纪实之二", True), ("——某镇见闻（上）", True),
    ("——访县委书记李明", False), ("——某县党建引领基层治理", False),
    ("某县项目建设现场观摩侧记", False),  # no dash: not a dash subheadline
])
def test_feature_subheadline(text, expected):
    assert titles.feature_subheadline(text) is expected


@pytest.mark.parametrize("line, expected", [
    ("――某县推进乡村振兴纪实", "——某县推进乡村振兴纪实"), ("--访县委书记李明", "——访县委书记李明"),
    ("－－某镇见闻", "——某镇见闻"), ("—— 某镇见闻", "——某镇见闻"), ("——某镇见闻", "——某镇见闻"),
    ("—社区—网格", "—社区—网格"), ("-5℃", "-5℃"), ("某县见闻", "某县见闻"),
])
def test_opening_dash(line, expected):
    assert text_helpers.opening_dash(line) == expected


def test_fallback_headline():
    assert article.fallback_headline("photo", "图为游客在湖边赏荷。游客很多。") == "图为游客在湖边赏荷"
    assert article.fallback_headline("news", "今天开幕。") == ""


def test_event_date():
    start = Block("dateline", "", month=None, day=None)
    assert eventdate.event_date(start, "3月19日，全县会议召开。") == "--03-19"
    assert eventdate.event_date(Block("dateline", "", month=13, day=2), "") is None
    assert eventdate.event_date(None, "3月19日，全县会议召开。") is None


def test_a_reported_features_lead_dates_its_scene_a_signed_commentarys_does_not():
    reporters = Block("byline", "■本报记者 张三 李四", byline_kind="reporter")
    assert eventdate.event_date(reporters, "3月8日，天刚亮。老王起床，骑车去集市。") == "--03-08"
    assert eventdate.event_date(reporters, "春日的省城，风和日丽。4月20日上午，某市推介会在省城举行。") == "--04-20"
    signed = Block("byline", "■李四", byline_kind="signed")
    assert eventdate.event_date(signed, "3月8日，天刚亮。老王起床，骑车去集市。") is None


# ---------------------------------------------------------------- titles


@pytest.mark.parametrize("text, expected", [
    ("全县工作会议召开", True),
    ("今天，全县工作会议召开。", False),
    ("奋进新征程！", True),
])
def test_looks_like_title(text, expected):
    assert titles.looks_like_title(text) is expected


@pytest.mark.parametrize("text, core", [
    ("总投资93.8亿元！某县27个项目集中开工", "某县27个项目集中开工"),
    ("济宁：新开工项目212个，夯实发展支撑", "新开工项目212个，夯实发展支撑"),
    ("奋进新征程！", "奋进新征程"),
    ("全县工作会议召开", "全县工作会议召开"),
])
def test_title_core(text, core):
    assert titles.title_core(text) == core


@pytest.mark.parametrize("text, count", [
    ("强产业、优服务、惠民生", 0), ("稳粮扩油、提质增效，春耕正当时", 1), ("破解土地、资金、用工等难题", 2),
])
def test_separator_count(text, count):
    assert titles.separator_count(text) == count


@pytest.mark.parametrize("rule, first, second, expected", [
    (titles.place_line, "微山县", "湖区渔民喜迁新居", True),
    (titles.short_phrase_line, "消费提振年", "某区一季度以旧换新销售额超12亿元", True),
    (titles.short_phrase_line, "泗水夜经济", "点亮小城“烟火气”", False),
    (titles.kicker_form_line, "记者走进水泊梁山", "春到景区游人旺", True),
    (titles.kicker_form_line, "稳粮扩油、提质增效", "春耕备耕正当时", True),
    (titles.kicker_form_line, "助企纾困 稳岗留工", "根治欠薪", False),
    (titles.kicker_form_line, "我市召开中央、省生态", "环保督察整改推进会", False),  # as long as a wrapped line
    (titles.before_topic_head, "撤县设区一周年", "兖州：融入中心城区", True),
    (titles.before_topic_head, "撤县设区一周年", "兖州融入中心城区", False),
    (titles.before_topic_head, "打造某某绿色低碳发展新增长极", "某市某局：统筹发展和保护", True),  # a long plain kicker
    (titles.before_topic_head, "某县召开全县重点工作推进", "会议：抓落实", False),  # a verb wanting its object
    (titles.subject_title_line, "嘉祥县某镇举办", "嘉祥县农民过大年联欢活动", False),  # 举办 wants its object
    (titles.occasion_line, "庆祝某某成立70周年", "某市各景区推出国庆活动", True),
    (titles.occasion_line, "深入学习贯彻某某会议精神", "奋力书写发展新篇章", True),  # after an adverb
    (titles.occasion_line, "庆祝建党百年文艺汇演", "在某县文化中心隆重举行", False),  # an event line: one headline
    (titles.occasion_line, "某县庆祝建党百年", "文艺汇演精彩纷呈活动", False),  # opens with no word of occasion
    (titles.occasion_line, "在某某思想指引下", "嘉祥县乡村振兴跑出加速度", True),  # a frame
    (titles.occasion_line, "聚焦2024年某某大会", "代表委员热议高质量发展", True),
    (titles.occasion_line, "聚焦2024年某某大会代表", "热议高质量发展", False),  # a wrap: no full title under it
    (titles.occasion_line, "在建党百年之际", "某县举办系列纪念活动", True),
    (titles.occasion_line, "在某县调研时强调", "做强特色产业发展县域经济", False),  # no frame's end
    (titles.place_line, "东湖新区老城区西城区", "某市推动“三区联动”发展", True),  # a run of places
    (titles.place_line, "东湖区老城片区", "棚户区改造启动", False),  # one place inside another
    (titles.slogan_line, "项目建设 攻坚突破年", "某区18个重大项目集中开工", True),
    (titles.slogan_line, "助企纾困 稳岗留工", "根治欠薪", False),
    (titles.slogan_line, "某区18个重大项目集中开工", "干在实处 走在前列", False),
    (titles.subject_title_line, "重大项目建设进行时", "嘉祥县18个重大项目加快建设", True),
    (titles.subject_title_line, "重大项目建设进行时", "嘉祥县18个重大项目集中开工", False),  # an event line
    (titles.subject_title_line, "春风送暖", "全县开展新春走访慰问活动", True),
    (titles.subject_title_line, "泗水夜经济", "点亮小城“烟火气”", False),  # no subject: the title's first half
    (titles.subject_title_line, "于永生会见", "全市企业家代表", False),  # a verb wanting its object
    (titles.subject_title_line, "强力抓好各项集中整治活动", "某区迎接复审动员大会召开", False),  # too long
    (titles.subject_title_line, "学习贯彻全会精神我", "市举行专题报告会", False),  # a wrap: no narrower
    (titles.slogan_over_narrower, "回眸过去 展望未来", "某岛渔家乐", True),
    (titles.slogan_over_narrower, "助企纾困 稳岗留工", "根治欠薪", False),  # goes on with the phrases
    (titles.slogan_over_narrower, "港口通航提速 公铁水网成型", "物流兴", False),  # phrases too long for a kicker
    (titles.slogan_over_narrower, "回眸过去 展望未来", "某县全力推进重点项目建设", False),  # wider: slogan_line's
    (titles.column_label_line, "新春走基层", "湖上的年味", True),
    (titles.column_label_line, "新春走基层·蹲点日记", "湖上的年味", True),
    (titles.column_label_line, "新春走访慰问", "湖上的年味", False),  # no column's name
    (titles.long_line_over_pair, "全省最大的某某加工基地和某某交易集散地", "湖畔金黄 稻谷飘香", True),
    (titles.long_line_over_pair, "某县召开会议", "稳中求进 开拓创新", False),  # not twice as long
    (titles.long_line_over_pair, "全市城市更新暨某某创建推进会议召开", "李明讲话 王强主持", False),  # a people line
    (titles.slogan_over_narrower, "李明讲话 王强主持", "某某会议", False),
    (titles.long_line_over_pair, "今年以来全县上下凝心聚力推动发展，", "稳中求进 开拓创新", False),  # a clause
    (titles.long_line_over_pair, "全省最大的某某加工基地和某某交易集散地", "湖畔稻谷飘香", False),  # no spaced halves

])
def test_in_block_kicker_rules(rule, first, second, expected):
    assert rule(first, second) is expected


@pytest.mark.parametrize("text, visit, parallel", [
    ("记者走进水泊梁山", True, False), ("记者 张三 李四", False, False), ("强产业、优服务、惠民生", False, True),
    ("多维聚焦 精准发力", False, True), ("我市召开中央、省生态环保", False, False),
])
def test_kicker_forms(text, visit, parallel):
    assert (titles.reporter_visit(text), titles.parallel_phrases(text)) == (visit, parallel)


@pytest.mark.parametrize("text, expected", [
    ("干在实处 走在前列", True), ("项目建设 攻坚突破年", True), ("任城区、兖州区", True),
    ("张伟讲话 李明主持", False),  # people and what they did
    ("勇于争先 干在实处 走在前列", True), ("勇于争先 干在实处 走在前列 再创佳绩", False),  # too long for a kicker
    ("今天， 会议召开", False), ("某区18个重大项目集中开工", False),
])
def test_slogan(text, expected):
    assert titles.slogan(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("东湖新区老城区西城区", True), ("任城区、兖州区、邹城市", True), ("曲阜 邹城", True), ("东湖镇西山镇", True),
    ("任城区", False),  # one place: is_place_name's
    ("全市城区", False), ("兖州区颜店镇", False), ("东湖区老城片区", False),  # no list of peers
    ("某市推动“三区联动”发展", False),
    ("泗水春茶集中上市", False), ("嘉祥新茶上市", False),  # 上市 is a word: a clause about a place, no run of places
])
def test_place_run(text, expected):
    assert titles.place_run(text) is expected


def test_place_run_kicker_in_a_title_run():
    assert assemble.place_kicker(Block("title", "x"), "东湖新区老城区西城区", "某市推动“三区联动”发展")
    assert not assemble.place_kicker(Block("title", "x"), "某市推动“三区联动”发展", "东湖新区老城区西城区")


def test_form_kicker():
    assert assemble.form_kicker(Block("title", "x"), "强产业、优服务、惠民生", "某镇大棚铺就致富路")
    assert not assemble.form_kicker(Block("title", "x"), "某镇大棚铺就致富路", "强产业、优服务、惠民生")


def _blocks(*specs):
    return [Block(kind, text) for kind, text in specs]


def test_closing_rules():
    run = _blocks(("title", "提质增效"), ("title", "产业发展转型升级"))
    feature = assemble.Draft(start=Block("byline", "■本报记者 周明", byline_kind="reporter"), body=_blocks(("text", "近年来…。")))
    news = assemble.Draft(start=Block("dateline", ""), body=_blocks(("text", "今天…。")))
    series = run + _blocks(("text", "全县…。"), ("title", "创新驱动"), ("title", "科技赋能新兴产业"), ("text", "全县…。"))
    assert assemble.nothing_follows(run, run, 2, feature) is True
    assert assemble.nothing_follows(run, series, 2, feature) is None
    assert assemble.dash_line(_blocks(("title", "——访局长周明")), series, 2, feature) is True
    assert assemble.datelined_news(run, series, 2, news) is True
    caption = run + _blocks(("text", "图为…"), ("photo_credit", "■记者 周明 摄"))
    assert assemble.caption_follows(run, caption, 2, feature) is True
    assert assemble.section_pair(run, series, 2, feature) is False
    single = run + _blocks(("text", "全县…。"), ("title", "某县工业经济稳中有升"), ("byline", "■本报记者 陈亮"))
    assert assemble.section_pair(run, single, 2, feature) is True
    assert assemble.section_pair(run[:1], series, 1, feature) is None


def test_names_only():
    assert credits.names_only("本报记者 赵六 孙七") and credits.names_only("记者 胡庆海陈冉")
    assert not credits.names_only("记者走进水泊梁山")


@pytest.mark.parametrize("paragraph, names", [
    ("项目开工。（陈文强）", "陈文强"), ("项目开工。（记者 周明）", "记者 周明"), ("项目开工。（未完待续）", None),
    ("项目开工（2019年）", None), ("项目开工。（王海波李强）", "王海波李强"), ("项目开工。（图片由市文旅局提供）", None),
])
def test_trailing_credits(paragraph, names):
    m = credits.trailing_credits(paragraph)
    assert (m.group("credits") if m else None) == names


def test_is_fragment():
    assert assemble.is_fragment(assemble.Draft(body=_blocks(("text", "走在前列，勇争先进"))))
    assert not assemble.is_fragment(assemble.Draft(body=_blocks(("text", "全县项目开工。"))))
    assert not assemble.is_fragment(assemble.Draft(start=Block("byline", "■李明"), body=_blocks(("text", "短评"))))


def test_credit_names_leave_out_words_that_are_no_names():
    assert credits.credit_names(" 李超张培龙 ") == ["李超", "张培龙"]
    assert credits.credit_names("大众日报客户端") == [] and credits.credit_names("报道") == []


def test_other_media_datelines():
    (block,) = blocks.dateline("济宁新闻网讯（记者 周明）2月26日上午，全市项目推进会举行。")
    assert (block.agency, block.credits) == ("济宁新闻网", "记者 周明")
    assert blocks.dateline("济宁新闻网报道，全市项目推进会举行。") is None
    assert [r.name for r in credits.parse_credits("特派记者 周明")] == ["周明"]


def test_title_at_its_place():
    assert assemble.title_at_its_place("稳字当头，进字为先，某县经济运行持续向好")
    assert not assemble.title_at_its_place("今天，会议召开。") and not assemble.title_at_its_place("要加强要素保障，着力破解土地、")


def test_take_glued_title():
    glued = assemble.Draft(body=_blocks(("text", "今天，会议召开。全市工作会议召开")))
    assemble.take_glued_title(glued)
    assert glued.headline == "全市工作会议召开" and glued.body[-1].text == "今天，会议召开。"
    alone = assemble.Draft(body=_blocks(("text", "今天，会议召开。"), ("text", "稳字当头，进字为先，经济持续向好")))
    assemble.take_glued_title(alone)
    assert alone.headline == "稳字当头，进字为先，经济持续向好" and len(alone.body) == 1


@pytest.mark.parametrize("lines, expected", [
    (["前三季度，全县接待游客20万人次", "实现旅游收入2亿元，人均900元"], True),
    (["前三季度全县接待游客", "20万人次，增长12%"], False),  # a headline wrapped: the first line has no clause
    (["稳字当头，进字为先", "某县经济运行综述"], False),
])
def test_clause_lines(lines, expected):
    assert assemble.clause_lines(lines) is expected


def test_glued_title_rules_run_in_order():
    assert assemble.GLUED_TITLE_RULES[0] is assemble.title_lines_under_body


def test_glued_title_lines():
    lines = ("今年以来，某县接待游客20万人次。", "前三季度，全县接待游客20万人次", "实现旅游收入2亿元，人均900元")
    body, run = assemble.glued_title_lines(Block("text", "".join(lines), lines=lines))
    assert body == "今年以来，某县接待游客20万人次。"
    assert [b.text for b in run] == ["前三季度，全县接待游客20万人次实现旅游收入2亿元，人均900元"]
    lines = ("会议要求，要压实责任。各部门要", "抓好落实，确保取得实效。")
    assert assemble.glued_title_lines(Block("text", "".join(lines), lines=lines)) is None


@pytest.mark.parametrize("lines, expected", [
    (["某县：新开工项目21个"], ["某县：新开工项目21个"]),
    (["12亿元！某县技改投资", "占工业投资比重过半"], ["12亿元！某县技改投资占工业投资比重过半"]),
    (["（下转2版）"], None),
    (["（记者 张三 通讯员 李四）"], None),
    (["本报记者 张三 李四"], None),
])
def test_read_title_lines(lines, expected):
    run = assemble.read_title_lines(lines)
    assert (None if run is None else [b.text for b in run]) == expected


def test_title_lines_under_body():
    lines = ("今天，会议召开。", "建设科创新城", "——访新区党工委书记郑云飞")
    draft = assemble.Draft(body=[Block("text", "".join(lines), lines=lines)])
    assert assemble.title_lines_under_body(draft)
    assert (draft.headline, draft.subheadline, draft.body[-1].text) == ("建设科创新城", "——访新区党工委书记郑云飞", "今天，会议召开。")


def test_glued_title_lines_after_credits_or_an_end_mark():
    for closing in ("（记者 张三 通讯员 李四）", "（完）"):
        lines = ("今天，会议召开。", closing, "某县文明创建结硕果")
        body, run = assemble.glued_title_lines(Block("text", "".join(lines), lines=lines))
        assert (body, [b.text for b in run]) == ("今天，会议召开。" + closing, ["某县文明创建结硕果"])


def test_title_after_last_sentence_skips_a_bracket_after_it():
    draft = assemble.Draft(body=_blocks(("text", "今天，会议召开。（记者 张三）某县文明创建结硕果")))
    assert assemble.title_after_last_sentence(draft)
    assert (draft.headline, draft.body[-1].text) == ("某县文明创建结硕果", "今天，会议召开。（记者 张三）")


def test_title_after_last_sentence_keeps_an_exclaimed_head():
    draft = assemble.Draft(body=_blocks(("text", "今天，会议召开。总投资9.8亿元！某县17个项目集中开工")))
    assert assemble.title_after_last_sentence(draft)
    assert (draft.headline, draft.body[-1].text) == ("总投资9.8亿元！某县17个项目集中开工", "今天，会议召开。")
    assert not assemble.title_after_last_sentence(assemble.Draft(body=_blocks(("text", "今天，会议召开。"))))


def test_title_at_its_place_is_no_parenthesis_or_continuation():
    assert not assemble.title_at_its_place("（下转2版）") and not assemble.title_at_its_place("（记者 张三）")


def test_is_doubled_banner():
    assert assemble.is_doubled_banner(_blocks(("title", "走在前走在前 挑大梁挑大梁")))
    assert not assemble.is_doubled_banner(_blocks(("title", "走在前走在前"), ("title", "泗水文旅项目推进会召开")))


def test_reported_by_bullet_rule():
    assert blocks.reported_by("□王亚楠 张素华 报道", "王亚楠张素华报道").kind == "byline"
    assert blocks.reported_by("□新华视点", "新华视点") is None


def test_strip_credit_word():
    assert credits.strip_credit_word("魏然报道") == "魏然" and credits.strip_credit_word("郭学文") == "郭学文"


def test_credit_line_before():
    byline = assemble.Draft(start=Block("byline", "□记者 魏然 报道", credits="记者 魏然 报道", byline_kind="reporter"))
    assert assemble.credit_line_before(byline, Block("dateline", "今天…"))
    assert not assemble.credit_line_before(byline, Block("byline", "■本报记者 周明"))
    byline.body.append(Block("text", "近日，…。"))
    assert not assemble.credit_line_before(byline, Block("dateline", "今天…"))


@pytest.mark.parametrize("rule, flat, rest", [
    (titles.strip_column_prefix, "项目观察丨某县新开工项目21个", "某县新开工项目21个"),
    (titles.strip_closing_mark, "奋进新征程！", "奋进新征程"),
    (titles.strip_closing_mark, "“我们一定能行！", "“我们一定能行！"),  # speech, its quote still open
    (titles.strip_exclaimed_head, "“稻虾共作”真给力！某县农民增收", "某县农民增收"),
    (titles.strip_exclaimed_head, "“太好了！”他说", "“太好了！”他说"),
    (titles.strip_topic_head, "济宁：新开工项目212个", "新开工项目212个"),
])
def test_title_punctuation_rules(rule, flat, rest):
    assert rule(flat) == rest


def test_bullet_heading():
    open_ = assemble.Draft(start=Block("byline", "■本报记者 钱进", byline_kind="reporter"), body=_blocks(("text", "近年来…。")))
    signed = Block("byline", "■提质增效", credits="提质增效", byline_kind="signed")
    assert assemble.bullet_heading(open_, signed)
    assert not assemble.bullet_heading(None, signed)
    assert not assemble.bullet_heading(open_, Block("byline", "■本报记者 周明", byline_kind="reporter"))


@pytest.mark.parametrize("heading, expected", [
    ("一、聚焦重点项目", False), ("（二）优化营商环境", False), ("3.强化要素保障", False), ("一是抓项目", False),
    ("聚焦重点项目", None),
])
def test_enumerated_heading(heading, expected):
    assert assemble.enumerated_heading(_blocks(("title", heading)), [], 1, assemble.Draft()) is expected


@pytest.mark.parametrize("text, expected", [
    ("来源：济宁新闻网", ["crumb"]), ("责任编辑：张三", ["crumb"]), ("2023-02-15 15:00:52", ["crumb"]),
    ("2024年02月26日", ["crumb"]), ("来源于群众的智慧", None), ("编辑部的故事", None),
    ("本版责任编辑 吕平 校对 纪红", ["crumb"]), ("今日天气：晴 10℃～22℃", ["crumb"]), ("扫描二维码 观看视频", ["crumb"]),
    ("天气回暖春耕忙", None), ("相关新闻见第5版", ["crumb"]), ("（详见第3版）", ["crumb"]), ("第5版见闻", None),
])
def test_apparatus(text, expected):
    assert kinds(blocks.apparatus(text)) == expected


def test_a_parenthesis_is_no_title():
    assert not titles.looks_like_title("（记者 张三 摄）") and not titles.looks_like_title("（完）")


def test_mark_caption():
    draft = assemble.Draft(body=_blocks(("text", "图为某镇项目开工现场。（记者 张三 摄）")))
    assemble.mark_caption(draft)
    assert draft.kind_hint == "photo" and draft.start.credits == "记者 张三 摄"
    assert draft.body[0].text == "图为某镇项目开工现场。"
    plain = assemble.Draft(body=_blocks(("text", "今年以来，全县新增企业12家。")))
    assemble.mark_caption(plain)
    assert plain.kind_hint is None


def test_correspondents_printed_by_given_name_among_full_names():
    got = credits.parse_credits("本报记者 周明 本报通讯员 晓梅 孙强 秀芝")
    assert [(r.name, r.role) for r in got] == [("周明", "记者"), ("晓梅", "通讯员"), ("孙强", "通讯员"), ("秀芝", "通讯员")]
    assert credits.credit_names(" 晓梅 ") == ["晓梅"] and credits.credit_names(" 新闻 供稿 孙强 ") == ["孙强"]


def test_correspondents_the_dictionary_does_not_know_are_names_in_credits():
    # a given name the tagger splits (志超), a pen name that is a rare word (欣闻): names in a credit bracket
    assert credits.credit_names(" 张磊 志超 ") == ["张磊", "志超"] and credits.credit_names(" 欣闻 ") == ["欣闻"]
    assert credits.credit_names(" 新闻 供稿 ") == []


def test_a_bulleted_byline_wrapped_inside_a_name_goes_on_in_the_next_line():
    got = blocks.classify_paragraph(["■某报全媒体记者 王芳 通讯员 蒋", "琰 李长山", "春风送暖，万物复苏，某市文化和旅游",
                                     "局以昂扬的姿态推进各项工作。"])
    assert [b.kind for b in got] == ["byline", "text"]
    assert [r.name for r in credits.parse_credits(got[0].credits)] == ["王芳", "蒋琰", "李长山"]
    assert got[1].text.startswith("春风送暖")


def test_a_two_character_name_printed_with_a_space_is_one_name():
    assert [r.name for r in credits.parse_credits("记者 周明 通讯员 赵冰冰 王 磊")] == ["周明", "赵冰冰", "王磊"]


def test_an_indented_line_inside_an_open_bracket_goes_on_with_its_paragraph():
    text = "本报某县讯（记者 周明 通讯员\n 孙强）今天，某县召开会议。\n 会议要求，各部门抓好落实。"
    assert blocks.split_paragraphs(text) == [["本报某县讯（记者 周明 通讯员", "孙强）今天，某县召开会议。"], ["会议要求，各部门抓好落实。"]]


@pytest.mark.parametrize("lines, expected", [
    (["遗失声明", "某某商贸有限公司遗失公章一枚，声明作废。"], ["notice"]),
    (["招聘启事", "某某公司招聘技术员5名。"], ["notice"]),
    (["关于某事的声明，", "全文如下。"], None),  # a first line with punctuation is no notice's title
    (["春耕时节", "田间地头一片繁忙。"], None),
])
def test_titled_notice(lines, expected):
    assert kinds(blocks.titled_notice(lines, "".join(lines))) == expected


@pytest.mark.parametrize("lines, expected", [
    (["今日天气", "多云转晴", "12℃～25℃"], ["crumb"]),
    (["天气回暖", "田间一片繁忙。"], None),
])
def test_apparatus_box(lines, expected):
    assert kinds(blocks.apparatus_box(lines, "".join(lines))) == expected


# ---------------------------------------------------------------- captions and closing credits (sample D's kinds)


@pytest.mark.parametrize("lines, expected", [
    (["某湖渔村的“水上街巷”。", "本报记者 周明 摄"], ["photo"]),
    (["新建的文化广场。", "孙强 摄影"], ["photo"]),
    (["本报记者 周明 摄"], ["photo_credit"]),
    (["本报记者 周明 本报通讯员 孙强"], None),  # a byline, not a photo credit
    (["今天上午，某县召开会议，", "会议要求各部门抓好落实。"], None),
])
def test_plain_photo_caption(lines, expected):
    assert kinds(blocks.plain_photo_caption(lines, "".join(lines))) == expected


def test_a_caption_before_a_feature_is_a_photo_not_an_article():
    page = ("本报某县讯3月2日，某县召开项目推进会议。会议要求，各部门抓好落实。\n某县召开项目推进会议\n\n"
            "某湖渔村的“水上街巷”。\n本报记者 周明 摄\n\n"
            "■本报记者 孙强\n早上，湖面起了薄雾，船家陆续出湖。\n码头上人来人往。\n湖上渔村富起来了\n")
    from jdash.parser import parse_page

    found = [(a.kind, a.headline, [r.name for r in a.reporters]) for a in parse_page(page, "p.txt")]
    assert found == [("news", "某县召开项目推进会议", []), ("photo", "某湖渔村的“水上街巷”", ["周明"]),
                     ("feature", "湖上渔村富起来了", ["孙强"])]


def test_a_digest_closed_by_its_compiler_is_news_credited_to_the_compiler():
    page = "◎3月2日，某区召开专题会议，部署节日安全工作。\n◎3月3日，某区开展安全检查。\n记者 周明 整理\n某区部署节日安全检查\n"
    from jdash.parser import parse_page

    (found,) = parse_page(page, "p.txt")
    assert (found.headline, found.kind, [r.name for r in found.reporters]) == ("某区部署节日安全检查", "news", ["周明"])
    assert "整理" not in found.body


def test_a_dateline_with_a_space_before_its_date():
    (block,) = blocks.dateline("本报某县 11月20日讯（记者周明）今天上午，某县举行签约仪式。")
    assert (block.place, block.month, block.day, block.credits) == ("某县", 11, 20, "记者周明")


@pytest.mark.parametrize("text, expected", [
    ("某县文化旅游节将于9月6日开幕王立出席推介会", ("某县文化旅游节将于9月6日开幕", "王立出席推介会")),
    ("某县项目集中开工李华参加开工仪式", ("某县项目集中开工", "李华参加开工仪式")),
    ("全市各界代表出席代表大会", ("全市各界代表出席代表大会", None)),  # no person: one headline
])
def test_a_people_line_of_one_person_attending_an_event(text, expected):
    assert titles.split_trailing_subheadline(text) == expected


def test_a_headline_of_long_halves_over_a_line_is_headline_and_subheadline():
    page = ("本报某县讯4月9日，某县港口正式通航，重新融入运河航道。\n港口一期工程已经完工。\n"
            "港口通航提速 公铁水网成型\n某县物流枢纽的位置越来越重要\n")
    from jdash.parser import parse_page

    (found,) = parse_page(page, "p.txt")
    assert (found.kicker, found.headline, found.subheadline) == (None, "港口通航提速 公铁水网成型", "某县物流枢纽的位置越来越重要")


def test_a_slogan_of_short_phrases_stays_a_kicker():
    page = "本报某县讯4月9日，某区18个项目集中开工。\n项目总投资86亿元。\n走在前 勇争先\n某区18个重大项目集中开工\n"
    from jdash.parser import parse_page

    (found,) = parse_page(page, "p.txt")
    assert (found.kicker, found.headline) == ("走在前 勇争先", "某区18个重大项目集中开工")


@pytest.mark.parametrize("page, kinds_found", [
    # a caption with its credit in brackets, 摄影 first
    ("某村的新貌。（摄影：张三 李四）\n\n本报某县讯今天上午，某县举行签约仪式。\n签约项目10个。\n某县重点项目集中签约\n",
     [("photo", ["张三", "李四"]), ("news", [])]),
    # a caption of one clause printed alone, its credit not printed
    ("某湖渔村的“水上街巷”。\n\n■本报记者 孙强\n早上，湖面起了薄雾，船家陆续出湖。\n码头上人来人往。\n湖上渔村富起来了\n",
     [("photo", []), ("feature", ["孙强"])]),
])
def test_captions_are_photos_not_articles(page, kinds_found):
    from jdash.parser import parse_page

    assert [(a.kind, [r.name for r in a.reporters]) for a in parse_page(page, "p.txt")] == kinds_found


# An invented page with this round's kinds, laid out as the real samples are (body lines wrapped at the column
# width, the title lines printed under the body unwrapped): the articles must not depend on the width.
_LAYOUT_PAGE = [
    (["本报泗水 3月2日讯（记者王小明 通讯员赵磊李振鹏）今天上午，泗水县举行春季项目集中签约仪式，县委书记张立新，"
      "县委副书记、县长李文华出席。签约项目12个，总投资36亿元。", "县人大常委会主任孙明，副主任刘强、周红出席仪式。"],
     ["泗水县春季项目集中签约"]),
    (["新建成的某县文化广场。", "本报记者 周明 摄"], []),
    (["■本报记者 孙强", "早上，湖面起了薄雾，船家陆续出湖。码头上人来人往，据钱永福介绍，村里有渔船三百多条。",
      "八十岁的吴德顺老人每天都来码头看看。"], ["湖上渔村富起来了"]),
    (["本报梁山讯4月9日，梁山县港口正式通航，重新融入运河航道。港口一期工程已经完工，二期工程正在推进。"],
     ["港口通航提速 公铁水网成型", "梁山县物流枢纽的位置越来越重要"]),
    (["本报济南9月3日讯（记者 唐明）今天下午，2019中国（曲阜）国际书画艺术节新闻发布会在济南举行。市委副书记王立出席并介绍有关情况。"],
     ["2019中国（曲阜）国际书画艺术节", "将于9月6日开幕", "王立出席推介会"]),
    (["◎3月2日，某区召开专题会议，部署节日安全工作。", "◎3月3日，某区开展安全检查，强调压实责任。", "记者 周明 整理"],
     ["某区部署节日安全检查"]),
]


def _laid_out(width: int) -> str:
    blocks = []
    for paragraphs, titles in _LAYOUT_PAGE:
        lines = []
        for p in paragraphs:
            lines += [p] if p.startswith("■") else [p[i : i + width] for i in range(0, len(p), width)]
        blocks.append("\n".join(lines + titles))
    return " " + "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize("width", [12, 15, 18, 21, 24, 27])
def test_this_rounds_kinds_do_not_depend_on_the_width(width):
    from jdash.enrich import enrich_articles
    from jdash.parser import parse_page

    found = [(a.kind, a.headline, a.subheadline, [r.name for r in a.reporters], sorted(p.name for p in a.persons),
              {m.name: m.level for m in a.officials}, a.primary_county)
             for a in enrich_articles(parse_page(_laid_out(width), "p.txt"))]
    assert found == [
        ("news", "泗水县春季项目集中签约", None, ["王小明", "赵磊", "李振鹏"], [],
         {"张立新": "county", "李文华": "county", "孙明": "county", "刘强": "county", "周红": "county"}, "泗水县"),
        ("photo", "新建成的某县文化广场", None, ["周明"], [], {}, None),
        ("feature", "湖上渔村富起来了", None, ["孙强"], ["吴德顺", "钱永福"], {}, None),
        ("news", "港口通航提速 公铁水网成型", "梁山县物流枢纽的位置越来越重要", [], [], {}, "梁山县"),
        ("news", "2019中国（曲阜）国际书画艺术节将于9月6日开幕", "王立出席推介会", ["唐明"], [], {"王立": "city"}, "曲阜市"),
        ("news", "某区部署节日安全检查", None, ["周明"], [], {}, None),
    ]


@pytest.mark.parametrize("first, second, expected", [
    ("某市24个示范点入选省级示范", "游完这个馆，看遍某县文化风貌", True),
    ("某市24个示范点入选省级示范", "抓项目，促发展", False),  # clauses too short to be a subheadline's
    ("某县召开调度会议强调", "抓好项目建设，推动高质量发展", False),  # a speaker's line
    ("推动某某人才培养——访", "某部副部长，某局党组书记、局长张三", False),  # a dash line wrapped
])
def test_clauses_of_their_own(first, second, expected):
    assert titles.clauses_of_their_own(first, second) is expected


@pytest.mark.parametrize("first, second, expected", [
    ("成立专班、挂图作战，某区狠抓重点区域管控", "全力打赢污染防治攻坚战", True),
    ("上半年，某市接待游客300余万人次", "实现旅游收入近30亿元，人均900元", False),  # clauses under clauses
    ("成立专班、挂图作战，某区狠抓管控", "某区大气污染防治攻坚推进会议召开", False),  # wider, and an event line
])
def test_clauses_over_title(first, second, expected):
    assert titles.clauses_over_title(first, second) is expected


def test_a_cards_credit_line_is_the_byline_and_the_card_no_body_text():
    from jdash.parser import parse_page

    page = "时间：某年1月10日\n地点：某火车站\n见习记者：张明\n春节临近，游子盼归。\n车站里人来人往。\n回家过年的路上\n"
    (found,) = parse_page(page, "p.txt")
    assert (found.kind, found.headline, [r.name for r in found.reporters]) == ("feature", "回家过年的路上", ["张明"])
    assert found.body.startswith("春节临近")


def test_a_signed_commentary_after_an_article_whose_title_is_under_its_body_opens_its_own_article():
    from jdash.parser import parse_page

    page = ("■本报评论员\n项目是发展的生命线。全市上下要抓好项目建\n设。\n项目为王 实干为先\n\n"
            "■李明\n春节将至，市民的“菜篮子”备受关注。\n相关部门要确保供应充足、价格稳定。\n守护好群众的“菜篮子”\n")
    found = [(a.kind, a.headline, [r.name for r in a.reporters]) for a in parse_page(page, "p.txt")]
    assert found == [("editorial", "项目为王 实干为先", []), ("commentary", "守护好群众的“菜篮子”", ["李明"])]


def test_a_genre_line_without_a_dash_is_a_subheadline_never_the_headline_under_a_kicker():
    assert titles.genre_line("某市赴沪举办招商推介活动侧记") and titles.is_subheadline("某市赴沪举办招商推介活动侧记")
    assert not titles.genre_line("某县召开项目推进会") and not titles.genre_line("侧记")  # too short to be a line
    assert not titles.is_kicker_line("某县迎来八方宾朋", "某市赴沪举办招商推介活动侧记")


def test_a_quoted_speakers_time_word_ties_the_lead_to_no_other_time():
    """`“今年的桃子又大又甜！”6月3日上午，…`: the 今年 is the speaker's, so the date after the quotation is the scene's;
    the same word in the narrative (`今年以来，…。6月3日，…`) still ties the lead to another time."""
    start = Block("byline", "■本报记者 张三", byline_kind="reporter")
    assert eventdate.event_date(start, "“今年的桃子又大又甜！”6月3日上午，某镇果农老李正在园里采摘。") == "--06-03"
    assert eventdate.event_date(start, "今年以来，某镇桃子丰收。6月3日上午，果农老李正在园里采摘。") is None


def test_a_lead_looking_back_on_the_past_year_dates_no_event_by_a_later_date():
    """`过去的一年，…。“…”8月21日，某报刊发文章…`: a review of the year gone by; a date later in it is a thing it
    tells of, not the day of the report."""
    start = Block("dateline", "本报讯", credits="")
    assert eventdate.event_date(start, "过去的一年，某县新农人的故事频频见报。“今年收成好！”8月21日，某报刊发文章。") is None


def test_a_date_the_lead_holds_an_event_on_is_the_event_date_not_one_still_to_come():
    start = Block("dateline", "")
    assert eventdate.event_date(start, "春风送暖。一年一度的花会3月8日开幕，游人如织。") == "--03-08"
    assert eventdate.event_date(start, "春风送暖。大会于5月20日上午在县城召开。") == "--05-20"
    assert eventdate.event_date(start, "近日获悉，花会将于3月8日开幕。") is None
