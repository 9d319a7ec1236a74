"""Title blocks on real pages (issue 14 item 1, the kinds sample M showed): a subheadline or a long line printed
under the headline in one paragraph wrapped at the body's column, a kicker of clauses over a couplet, a crosshead
inside datelined news, an editor's note opened by its label alone. All text is invented."""

from __future__ import annotations

import pytest

from jdash.parse import assemble, titles
from jdash.parse.blocks import Block
from jdash.parser import parse_page

COLUMN = 32  # display columns: sixteen characters


def wrapped(text: str, column: int = COLUMN) -> str:
    """`text` printed in a column `column` display columns wide (titles.display_width)."""
    lines, line = [], ""
    for ch in text:
        if line and titles.display_width(line + ch) > column:
            lines.append(line)
            line = ""
        line += ch
    return "\n".join(lines + [line])


BODY = (wrapped("本报某县3月2日讯（记者 张明）昨天，某县召开春季植树动员会，全县今春计划新增造林面积1.2万亩，栽植各类苗木80万株。")
        + "\n\n" + wrapped("会议要求，各乡镇要落实管护责任，确保苗木成活率达到90%以上，同时做好森林防火工作。") + "\n")
NEXT_NEWS = "\n本报某县3月2日讯（记者 王强）今天，\n某县农技人员下乡指导春耕。\n"


def first(title: str, after: str = NEXT_NEWS, gap: str = "\n"):
    return parse_page(f"{BODY}{gap}{title}\n{after}", "x.txt")[0]


@pytest.mark.parametrize("gap", ["\n", ""], ids=["own-paragraph", "glued"])
@pytest.mark.parametrize("after", [NEXT_NEWS, ""], ids=["next-article", "page-end"])
@pytest.mark.parametrize("title, headline, sub", [
    # the headline wrapped (a full line, then its rest), then a subheadline of clauses on a line of its own
    ("五天搬迁120户居民，某社区旧城改\n造全面提速\n志愿者上门，帮老人打包家当",
     "五天搬迁120户居民，某社区旧城改造全面提速", "志愿者上门，帮老人打包家当"),
    # the same with a subheadline of no comma
    ("前三季度某县外贸进出口总额达86.4\n2亿元\n有“冷链专列”把蔬菜运到南方", "前三季度某县外贸进出口总额达86.42亿元",
     "有“冷链专列”把蔬菜运到南方"),
    # a short headline line over a subheadline the column wrapped
    ("某县首条城际公交线路开通\n城区—高铁站—开发区，12辆新能源公\n交车每天往返36趟", "某县首条城际公交线路开通",
     "城区—高铁站—开发区，12辆新能源公交车每天往返36趟"),
], ids=["clauses", "no-comma", "wrapped-sub"])
def test_title_block_wrapped_at_the_column_is_read_by_its_printed_parts(title, headline, sub, after, gap):
    """In a paragraph of its own, or glued under the body's last line with no blank line."""
    article = first(title, after, gap)
    assert (article.headline, article.subheadline) == (headline, sub)
    assert article.body.endswith("同时做好森林防火工作。")


@pytest.mark.parametrize("title, headline", [
    ("某县一季度外贸进出口总额86.42亿元\n同比增长9.3%", "某县一季度外贸进出口总额86.42亿元同比增长9.3%"),  # one part wrapped
    ("某县秋冬植树造林\n工作调度会议\n在某镇召开", "某县秋冬植树造林工作调度会议在某镇召开"),  # broken by hand, no line full
    # printed across columns, wider than the body's: its short lines are the printer's breaks, not a wrap's
    ("某县“十四五”林业生态建设工作调度会议\n在某镇\n隆重召开", "某县“十四五”林业生态建设工作调度会议在某镇隆重召开"),
])
def test_a_headline_of_one_printed_part_stays_whole(title, headline):
    assert first(title).headline == headline


def test_printed_parts_need_a_line_the_wrap_filled():
    assert titles.display_width("五天搬迁120户居民，某社区旧城改") == 31
    assert assemble.printed_parts(["五天搬迁120户居民，某社区旧城改", "造全面提速", "志愿者上门"], COLUMN) == [
        ["五天搬迁120户居民，某社区旧城改", "造全面提速"], ["志愿者上门"]]
    assert assemble.printed_parts(["某县秋冬植树造林", "工作调度会议", "在某镇召开"], COLUMN) is None


def test_body_column_is_the_width_its_wraps_fill():
    lines = tuple(wrapped("会议要求，各乡镇要落实管护责任，确保苗木成活率达到90%以上，同时做好森林防火工作，"
                          "各村要组织护林员巡山。").split("\n"))
    assert assemble.body_column(assemble.Draft(body=[Block("text", "".join(lines), lines=lines)])) == COLUMN
    assert assemble.body_column(assemble.Draft(body=[Block("text", "", lines=("今天开会。",))])) is None


def test_a_couplet_pointing_back_stays_the_subheadline():
    assert titles.clauses_over_couplet("夜市开张后，摊主们把日子过红火了", "烟火聚人气 小摊富乡亲")
    assert not titles.clauses_over_couplet("暴雨夜，有群勇敢的人守护村庄安宁", "他们逆行而来 送您一份安心")
    assert not titles.clauses_over_couplet("暴雨夜，有群勇敢的人守护村庄安宁", "他们逆行 送您一份安心")  # not of one length


def test_calls_are_verbs_first():
    assert titles.calls_line("守千年古城底色 绘宜居新城画卷")
    assert not titles.calls_line("港口通航提速 公铁水网成型")  # statements: a headline's halves


CROSSHEAD_PAGE = ("本报某县讯（记者 张明）每逢周末，某街道各社区都能看到穿红马甲的人，\n他们上门听取意见，这就是“社区议事员”。\n\n"
                  "老旧小区停车位增加了\n\n"
                  "停车难一直是老旧小区居民最头疼的事。今年，\n某小区新划出停车位80个。\n\n"
                  "议事会上，“议事员们”帮居民解了难题\n街巷有人管 事事有回音\n" + NEXT_NEWS)


def test_a_crosshead_inside_datelined_news_stays_in_its_body():
    articles = parse_page(CROSSHEAD_PAGE, "x.txt")
    assert [(a.kicker, a.headline) for a in articles] == [
        ("议事会上，“议事员们”帮居民解了难题", "街巷有人管 事事有回音"), (None, "")]
    assert "老旧小区停车位增加了" in articles[0].body.split("\n\n")


def test_crosshead_rule_needs_words_of_the_text_below_and_none_of_the_body_above():
    news = assemble.Draft(start=Block("dateline", ""), body=[Block("text", "今天，某县樱桃节开幕。")])
    run = [Block("title", "某县樱桃节开幕")]  # sums up the body above: its headline
    page = run + [Block("text", "初夏时节，走进某县某镇，樱桃挂满枝头。")]
    assert assemble.crosshead_of_text_below(run, page, 1, news) is None
    run = [Block("title", "老旧小区停车位增加了")]
    page = run + [Block("text", "停车难一直是老旧小区居民最头疼的事。")]
    assert assemble.crosshead_of_text_below(run, page, 1, news) is False


STORY_OPENING = ("本报某县5月6日讯（记者 张明）今年以来，某县把老旧小区改造作为民生实事，\n"
                 "全年计划改造老旧小区32个，惠及居民8000余户。\n\n")
STORY_BELOW = "停车难一直是老旧小区居民最头疼的事。某县今年新增停车位1200个，\n居民停车难问题得到缓解。\n\n"


def test_a_crosshead_sharing_words_with_the_body_above_stays_in_its_datelined_story():
    # the heading shares 老旧小区 with the body above, more with the text under it; the closing title sums up both
    page = STORY_OPENING + "老旧小区停车难题破解\n\n" + STORY_BELOW + "某县老旧小区改造惠及8000余户\n" + NEXT_NEWS
    articles = parse_page(page, "x.txt")
    assert [a.headline for a in articles] == ["某县老旧小区改造惠及8000余户", ""]
    assert "老旧小区停车难题破解" in articles[0].body.split("\n\n")
    assert "新增停车位1200个" in articles[0].body


def test_two_articles_titled_under_their_bodies_stay_two():
    # body, its title (it sums up the body above it), body, its title (it sums up only the body under the first)
    page = STORY_OPENING + "某县老旧小区改造惠及8000余户\n\n" + STORY_BELOW + "某县新增停车位1200个\n" + NEXT_NEWS
    articles = parse_page(page, "x.txt")
    assert [a.headline for a in articles][:2] == ["某县老旧小区改造惠及8000余户", "某县新增停车位1200个"]


NOTE = "编者按\n\n某县是有名的山药之乡，种植面积常年稳定在10万亩。\n\n价格起落之间，农户收益几何？请看本报调查。\n\n{title}\n"


@pytest.mark.parametrize("title, after", [
    ("在山药之乡，看山药经济", ""),
    ("在山药之乡，看山药经济", "\n■本报记者 李华\n\n药农老李一早就来到了收购点。今年的价钱不错。\n\n老李的增收经\n"),
    ("山药地里的增收经", "\n药农老李一早就来到了收购点。今年的价钱不错。\n\n老李的增收经\n"),  # text right under the title
], ids=["page-end", "byline-after", "text-after"])
def test_an_editors_note_opened_by_its_label_alone_is_a_notice(title, after):
    articles = parse_page(f"{BODY}\n某县春季植树全面展开\n\n{NOTE.format(title=title)}{after}", "x.txt")
    note = articles[1]
    assert (note.kind, note.headline) == ("notice", title)
    assert "价格起落之间，农户收益几何？请看本报调查。" in note.body
    assert [a.headline for a in articles[2:]] == (["老李的增收经"] if after else [])


@pytest.mark.parametrize("after", [NEXT_NEWS, ""], ids=["next-article", "page-end"])
@pytest.mark.parametrize("sub, kind", [
    ("——某县推进全域旅游高质量发展工作纪实之一", "feature"),  # a dash line, wrapped below
    ("张三讲话 李四主持", "news"),  # people and what they did
    ("——访某县文旅局局长李明", "interview"),
])
def test_a_subheadline_of_its_own_under_a_headline_glued_to_the_body(sub, kind, after):
    """`…工作。` / `headline` (no blank line) / (blank) / `——…`: the glued line is the headline, the line under it its
    subheadline; the dash line is no headline and the headline no body text."""
    article = parse_page(f"{BODY}某县打造文旅融合发展新高地\n\n{wrapped(sub)}\n{after}", "x.txt")[0]
    assert (article.headline, article.subheadline, article.kind) == ("某县打造文旅融合发展新高地", sub, kind)
    assert article.body.endswith("同时做好森林防火工作。")


SAME_PLACE_OPENING = "本报某县讯（记者 张明）走进某县，处处是建设工地，\n新厂房一座座拔地而起。\n\n"
SAME_PLACE_BELOW = ("作为工业大县，{place}今年园区建设投入加大，\n提速增效明显，新入园企业36家。\n\n"
                    "园区负责人说，下一步将继续优化服务。\n\n")


def test_a_section_line_over_text_going_on_about_the_datelines_place_stays_in_its_story():
    # the line shares 厂房 with the body above, more with the text under it; the closing title sums up neither
    page = SAME_PLACE_OPENING + "园区厂房提速增效\n\n" + SAME_PLACE_BELOW.format(place="某县") + "新城崛起正当时\n" + NEXT_NEWS
    articles = parse_page(page, "x.txt")
    assert [a.headline for a in articles] == ["新城崛起正当时", ""]
    assert "园区厂房提速增效" in articles[0].body.split("\n\n") and "新入园企业36家" in articles[0].body
    # text under it that names another place opens no section of this story: two articles
    page = SAME_PLACE_OPENING + "园区厂房提速增效\n\n" + SAME_PLACE_BELOW.format(place="邻县") + "新城崛起正当时\n" + NEXT_NEWS
    assert [a.headline for a in parse_page(page, "x.txt")][:2] == ["园区厂房提速增效", "新城崛起正当时"]


TOP_STORY = "本报某县5月6日讯（记者 张明）今天，某县第十届樱桃节在某镇开幕。\n今年全县樱桃种植面积达3万亩。\n"


def test_a_title_at_the_page_top_heads_the_story_under_it_that_has_no_title_of_its_own():
    assert [a.headline for a in parse_page("某县樱桃节开幕\n\n" + TOP_STORY, "x.txt")] == ["某县樱桃节开幕"]
    # the next story opens right under it, no title between: still the first story's
    page = "某县樱桃节开幕\n\n" + TOP_STORY + NEXT_NEWS + "\n某县农技人员下乡\n"
    assert [a.headline for a in parse_page(page, "x.txt")] == ["某县樱桃节开幕", "某县农技人员下乡"]


def test_a_title_at_the_page_top_over_a_story_titled_under_its_body_is_the_pages_banner():
    page = "某县樱桃节开幕\n\n" + TOP_STORY + "\n樱桃红了\n"
    assert [a.headline for a in parse_page(page, "x.txt")] == ["樱桃红了"]
    # page furniture at the top heads no story, titled or not
    assert [a.headline for a in parse_page("县区·文旅\n\n" + TOP_STORY, "x.txt")] == [""]


SECOND_STORY = "本报某县5月6日讯（记者 王强）今天，某镇农民运动会开幕，\n拔河、跳绳等项目吸引村民参加。\n"
THIRD_STORY = "本报某县5月7日讯（记者 李华）今天，某县召开防汛工作会议，\n部署汛期各项工作。\n"


def test_a_page_printed_title_first_gives_each_title_to_the_story_under_it():
    page = ("某县樱桃节开幕\n\n" + TOP_STORY + "\n某镇举办农民运动会\n\n" + SECOND_STORY
            + "\n某县部署防汛工作\n——确保安全度汛\n\n" + THIRD_STORY)
    got = [(a.headline, a.subheadline) for a in parse_page(page, "x.txt")]
    assert got == [("某县樱桃节开幕", None), ("某镇举办农民运动会", None), ("某县部署防汛工作", "——确保安全度汛")]


def test_titles_under_their_bodies_stay_theirs_when_the_last_story_lost_its_title():
    # the title under the first story sums it up (樱桃), not the story under it: the page prints titles under bodies
    page = "某县樱桃节开幕\n\n" + TOP_STORY + "\n樱桃红了\n\n" + SECOND_STORY + "\n某镇举办农民运动会\n\n" + THIRD_STORY
    assert [a.headline for a in parse_page(page, "x.txt")] == ["樱桃红了", "某镇举办农民运动会", ""]


def test_an_editors_note_with_no_title_has_no_headline():
    """`编者按：…` under an article, with no title of its own: the label is what it is, no headline (the list
    shows `(no headline: notice)`, as the goldens give a note no headline)."""
    note = ("编者按：某文化节将于9月举行。本报自今日起开设“文化节·记忆”专栏，选取往届的精美图片，"
            "共忆美好瞬间。\n\n")
    articles = parse_page(f"{BODY}\n某县春季植树全面展开\n\n{note}{NEXT_NEWS}", "x.txt")
    assert [(a.kind, a.headline) for a in articles[:2]] == [("news", "某县春季植树全面展开"), ("notice", "")]
    assert articles[1].body.startswith("编者按：某文化节将于9月举行。")


LEAD_THEN_SECTION_PAGE = (
    "本报济宁3月12日讯（记者 张明）近日，记者从市工信局获悉，济宁将推动新老产业“两翼齐飞”，\n建设工业强市。\n\n"
    "新老产业“两翼齐飞”\n\n"
    "在某县某园区，一批新厂房拔地而起，企业陆续投产。\n\n"
    "而在某区，一批老企业完成技术改造，产值明显提升。\n\n"
    "济宁新老产业“两翼齐飞”\n\n" + NEXT_NEWS)


def test_a_section_line_under_a_lone_lead_whose_closing_title_repeats_it_stays_in_the_story():
    articles = parse_page(LEAD_THEN_SECTION_PAGE, "x.txt")
    assert [a.headline for a in articles][:1] == ["济宁新老产业“两翼齐飞”"]
    assert "新老产业“两翼齐飞”" in articles[0].body.split("\n\n")
    assert "老企业完成技术改造" in articles[0].body.replace("\n", "")


def test_a_closing_title_of_its_own_words_keeps_two_articles():
    page = LEAD_THEN_SECTION_PAGE.replace("济宁新老产业“两翼齐飞”\n\n", "某县园区厂房投产忙\n\n")
    assert [a.headline for a in parse_page(page, "x.txt")][:2] == ["新老产业“两翼齐飞”", "某县园区厂房投产忙"]


def test_writers_named_after_wen_with_no_role_are_the_features_reporters():
    page = " 某某开幕\n\n文/张明远 李美华\n\n步入某镇某村，宽敞整洁的道路一眼就能看到头。\n村里新建了广场。\n\n某村：风景这边独好\n\n\n"
    assert [[r.name for r in a.reporters] for a in parse_page(page, "x.txt")] == [["张明远", "李美华"]]


def test_two_writers_after_a_bullet_sign_a_report_not_a_commentary():
    page = " ■郑明远 李华强\n近日，某县某水库蓄水典礼举行。这标志着工程完工。\n\n某县：有水以后\n\n\n"
    (article,) = parse_page(page, "x.txt")
    assert (article.kind, [r.name for r in article.reporters]) == ("feature", ["郑明远", "李华强"])
    (one,) = parse_page(page.replace("■郑明远 李华强", "■郑明远"), "x.txt")
    assert one.kind == "commentary"


# Kinds sample D–MA showed (2026-12-07): a slogan of calls over the headline, printed wider than it or of phrases
# of two lengths; partners joined by 与 over the rest of the headline; a speaker's long office as a topic head.
@pytest.mark.parametrize("gap", ["\n", ""], ids=["own-paragraph", "glued"])
@pytest.mark.parametrize("title, kicker, headline", [
    ("加大项目招引力度 加快产业转型升级\n某县经济开发区打好招商“主动仗”", "加大项目招引力度 加快产业转型升级",
     "某县经济开发区打好招商“主动仗”"),  # calls wider than the headline under them
    ("担当作为 推动产业提质增效\n某县工业园区：优化要素保障 打造产业高地", "担当作为 推动产业提质增效",
     "某县工业园区：优化要素保障 打造产业高地"),  # calls of two lengths over a topic head
    ("冲刺全市第一梯队 攻坚全年目标任务\n某市现代物流产业园\n跻身全省首批示范物流园区", "冲刺全市第一梯队 攻坚全年目标任务",
     "某市现代物流产业园跻身全省首批示范物流园区"),  # calls of verbal nouns over a wrapped headline
    ("扬帆新航程\n某市住房和城乡建设局局长：推动老旧小区改造，\n加快推进城市更新行动步伐", "扬帆新航程",
     "某市住房和城乡建设局局长：推动老旧小区改造，加快推进城市更新行动步伐"),  # a speaker's office as topic head
    ("某县经济开发区与某市高新技术产业开发区\n建立结对共建关系", None,
     "某县经济开发区与某市高新技术产业开发区建立结对共建关系"),  # partners, not a run of places
])
def test_kickers_over_headlines_of_real_shapes(title, kicker, headline, gap):
    article = first(title, gap=gap)
    assert (article.kicker, article.headline) == (kicker, headline)


def test_calls_of_set_phrases_and_two_lengths():
    assert titles.calls_line("担当作为 推动产业提质增效")  # two lengths
    assert titles.calls_line("冲刺全市第一梯队 攻坚全年目标任务")  # verbal nouns
    assert not titles.calls_line("港口通航提速 公铁水网成型")
