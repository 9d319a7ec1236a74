"""Issue dates from metadata, file names and inference; the year inferred from what a page says."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import pytest

from jdash.dates import (
    date_from_filename, date_page, event_in_issue_year, infer_year, page_verdict, printed_lead_dates, resolve_dates)
from jdash.parser import parse_page
from jdash.pipeline import process_page
from jdash.tables import corpus_from_results
from jdash.yearcues import page_cues
from jdash.yearmodel import judge_text


@dataclass
class Meta:
    date: str | None
    page: str | None = None
    paper: str | None = None


@pytest.mark.parametrize(
    "text, year",
    [
        # A review of last year's work says this is the year after.
        ("会议通报表扬了2018年度表现突出的集体和个人。要在2020年底前完成整改。", 2019),
        # Plain past mentions: the latest one is the present.
        ("2015年全县实现生产总值200亿元。2016年以来，全县新增企业50家。", 2016),
        # Forward-looking mentions bound the year from above only.
        ("2012年上半年，全市实现生产总值1500亿元。力争到2015年，全市生产总值突破4000亿元。", 2012),
        ("确保2030年前二氧化碳排放达到峰值，2013年上半年全市完成投资100亿元。", 2013),
        # A plan spanning years has begun but not ended.
        ("《2021—2025年规划》印发实施，2022年全市新建学校20所。", 2022),
    ],
)
def test_infer_year(text, year):
    # The likeliest year; some of these single cues are too weak for a year to be given (below).
    assert judge_text(text).best == year


def test_infer_year_is_never_certain_and_none_without_years():
    year, confidence = infer_year("2019年全县新增就业3000人。会议表彰了2018年度先进集体。")
    assert year == 2019 and 0.5 <= confidence < 1
    assert infer_year("今天上午，全县召开工作会议。") == (None, 0.0)


def test_one_plain_year_is_too_weak_to_give_a_year():
    verdict = judge_text("2019年全县新增就业3000人。")
    assert verdict.best == 2019 and verdict.year is None and infer_year("2019年全县新增就业3000人。") == (None, 0.0)


def test_printed_years_are_read_in_their_context():
    cues = {(e.rule, e.relation, e.year) for e in page_cues("表扬2021年度表现突出的个人，2025年底前完成，2022年实现增长。")}
    assert cues == {("review", ">=", 2022), ("target", "<=", 2025), ("year", ">=", 2022)}


@pytest.mark.parametrize("text, cue", [
    # A count up to a year's end looks back on it: not a deadline although 底前 is printed.
    ("截至2020年底前，全县累计退出网箱养殖3万亩。", ("counted", ">=", 2021)),
    ("截至2020年底，全县累计退出网箱养殖3万亩。", ("counted", ">=", 2021)),
    ("截至2020年6月，全县累计退出网箱养殖3万亩。", ("counted", ">=", 2020)),
    ("截至2023年11月，全县累计退出网箱养殖3万亩。", ("counted", ">=", 2023)),
    # A count said to come is a target, as before.
    ("2020年底前，全县退出网箱养殖3万亩。", ("target", "<=", 2020)),
])
def test_a_count_up_to_a_time_is_of_a_time_past(text, cue):
    assert [(e.rule, e.relation, e.year) for e in page_cues(text)] == [cue]


def test_a_count_up_to_a_years_end_outweighs_nothing_else():
    """With a quarter of the year under way, the count up to the end of the year before agrees."""
    assert infer_year("2021年第四季度重点项目集中签约。截至2020年底前，全县累计退出网箱3万亩。")[0] == 2021


@pytest.mark.parametrize(
    "name, date",
    [
        ("2022-05-08_p1.txt", dt.date(2022, 5, 8)),
        ("jnrb20190614-03.txt", dt.date(2019, 6, 14)),
        ("2019年6月14日 第3版.txt", dt.date(2019, 6, 14)),
        ("000_e0ccfd52c87558dd.txt", None),
        ("20221345.txt", None),
    ],
)
def test_date_from_filename(name, date):
    assert date_from_filename(name) == date


PAGE = "本报梁山6月13日讯（记者 周七）今天，2018年度先进集体表彰会召开。\n\n梁山县表彰先进集体\n"


def test_inferred_issue_date_is_the_day_after_the_latest_dateline():
    articles = parse_page(PAGE, "page.txt")
    issue, source, confidence = resolve_dates(articles, PAGE, "page.txt")
    assert (issue, source) == ("2019-06-14", "inferred") and 0 < confidence < 1
    assert articles[0].event_date == "2019-06-13" and articles[0].issue_date == "2019-06-14"


def test_pages_csv_beats_file_name_beats_inference():
    articles = parse_page(PAGE, "2020-01-01_x.txt")
    assert resolve_dates(articles, PAGE, "2020-01-01_x.txt", Meta("2019-06-15", page="3", paper="济宁日报")) == (
        "2019-06-15", "pages.csv", 1.0)
    assert articles[0].page == "3" and articles[0].paper == "济宁日报"
    articles = parse_page(PAGE, "2019-06-16_x.txt")
    assert resolve_dates(articles, PAGE, "2019-06-16_x.txt")[:2] == ("2019-06-16", "filename")
    assert articles[0].event_date == "2019-06-13"


def test_december_event_in_a_january_issue_belongs_to_the_year_before():
    page = "本报济宁12月31日讯（记者 周七）今天，全市工作会议召开。\n\n全市工作会议召开\n"
    articles = parse_page(page, "x.txt")
    resolve_dates(articles, page, "x.txt", Meta("2023-01-01"))
    assert articles[0].event_date == "2022-12-31"


def test_the_page_builder_and_a_user_date_place_an_event_after_the_issue_alike():
    """One rule for both (dates.event_in_issue_year): more than a month after the issue looks back a year."""
    from jdash.corrections import _event_in_year

    page = "本报济宁2月20日讯（记者 周七）今天，全区座谈会召开。\n\n全区座谈会召开\n"
    articles = parse_page(page, "x.txt")
    resolve_dates(articles, page, "x.txt", Meta("2024-01-15"))
    assert articles[0].event_date == "2023-02-20" == _event_in_year("--02-20", dt.date(2024, 1, 15))
    # Thirty days after the last issue of January is a preview, though two months on.
    assert event_in_issue_year(3, 1, dt.date(2024, 1, 31)) == dt.date(2024, 3, 1)
    assert _event_in_year("2019-03-01", dt.date(2024, 1, 31)) == "2024-03-01"


def test_no_year_anywhere_gives_no_date_rather_than_a_guess():
    page = "本报济宁5月7日讯（记者 周七）今天，全市工作会议召开。\n\n全市工作会议召开\n"
    articles = parse_page(page, "x.txt")
    assert resolve_dates(articles, page, "x.txt") == (None, "unknown", 0.0)
    # The month and day printed stay year-less (no date in the tables: a year given later places them).
    assert articles[0].event_date == "--05-07" and articles[0].issue_date is None
    row = corpus_from_results([process_page("x.txt", page.encode())]).articles.iloc[0]
    assert pd.isna(row["event_date"]) and pd.isna(row["issue_date"])


@pytest.mark.parametrize(
    "text, year",
    [
        # Five-year plans and anniversaries name the present year.
        ("今年是“十四五”开局之年，旅游总收入恢复到2019年同期的82.6%，力争到2025年突破200亿元。", 2021),
        ("确保完成“十三五”开局之年各项目标，力争到2018年全县贫困人口全部脱贫。", 2016),
        ("庆祝中国共产党成立一百周年，全市新建党群服务中心50处。", 2021),
        # The context of a year stops at the year before it: 2000 here is in the past.
        ("会议通报了2022年度城市更新工作考核情况。到2025年基本完成2000年底前建成的老旧小区改造。", 2023),
        # Comparisons with a past period are not plans.
        ("前三季度接待游客120万人次，恢复到2019年同期的九成。2021年以来新增民宿30家。", 2021),
    ],
)
def test_infer_year_from_plans_anniversaries_and_clause_context(text, year):
    assert infer_year(text)[0] == year


def test_new_year_issue_with_december_and_january_datelines():
    page = (
        "本报济宁12月31日讯（记者 周七）今天，2014年全市工作总结会召开。\n\n全市工作总结会召开\n\n"
        "本报邹城1月1日讯（记者 吴十）今天，邹城市2015年第一批重点项目集中开工。\n\n邹城项目集中开工\n"
    )
    articles = parse_page(page, "x.txt")
    assert resolve_dates(articles, page, "x.txt")[:2] == ("2015-01-02", "inferred")
    assert [a.event_date for a in articles] == ["2014-12-31", "2015-01-01"]


def test_next_years_plan_milestone_names_this_year():
    assert infer_year("当前距年底仅剩40余天，明年是“十二五”规划的收官之年，力争到2015年底城镇化率达到55%。")[0] == 2014


def test_a_whole_years_result_leans_to_the_year_after_but_alone_is_too_weak():
    # Real pages open sentences of the year under way with its year too (2024年，全区共有56个项目…).
    text = "今年以来，全县新开工项目12个。2012年，全县接待游客38.6万人次。力争到2015年服务业占比达到45%。"
    verdict = judge_text(text)
    assert verdict.best == 2013 and verdict.year is None
    assert infer_year(text + "会议表彰了2012年度先进集体。")[0] == 2013
    # An estimate for the year still running is not a result.
    assert judge_text("2012年，全县预计实现生产总值200亿元。力争到2015年突破300亿元。").best == 2012


def _event_dates(body: str, issue: str) -> list[str | None]:
    page = f"{body}\n\n全县重点工作推进会召开\n"
    articles = parse_page(page, "x.txt")
    resolve_dates(articles, page, "x.txt", Meta(issue))
    return [a.event_date for a in articles]


@pytest.mark.parametrize(
    "body, issue, event",
    [
        # A date later in the lead is the event's when nothing before it gave one (issue 10's examples).
        ("本报济宁讯（记者 周七）全县上下凝心聚力，为高质量发展提供硬支撑。2月14日，全县重点工作推进会召开。",
         "2024-02-15", "2024-02-14"),
        ("本报嘉祥讯（记者 吴十）奋进新征程，勇担新使命。1月5日上午，嘉祥县重点工作推进会召开。", "2024-01-06", "2024-01-05"),
        ("本报嘉祥讯（记者 吴十）春风拂面，4月2日上午，嘉祥县重点工作推进会召开。", "2024-04-06", "2024-04-02"),
        # A sentence framing the year (今年是…之年) gives the event no other time: the later date is its own.
        ("本报济宁讯（记者 周七）今年是项目建设攻坚之年。3月6日，全县重点工作推进会召开。", "2024-03-07", "2024-03-06"),
        ("本报济宁讯（记者 周七）今年以来，全县项目进展顺利。3月6日，省检查组到我县督导。", "2024-03-07", None),
        # A date opening a clause of a later lead sentence, after the event's purpose, is the event's.
        ("本报梁山讯 秋高气爽，瓜果飘香。为展示丰收成果，9月20日上午，某镇首届丰收节开幕。", "2024-09-21", "2024-09-20"),
        ("本报梁山讯 秋高气爽，瓜果飘香。记者近日获悉，9月20日上午，某镇首届丰收节将开幕。", "2024-09-21", None),
        # … with a clock time after the time of day.
        ("本报梁山讯 秋高气爽，瓜果飘香。9月20日上午9时，某镇首届丰收节开幕。", "2024-09-21", "2024-09-20"),
        ("本报梁山讯 为展示丰收成果，扩大品牌影响，擦亮农产品区域公用品牌，带动周边群众增收致富，营造全镇上下共庆丰收的浓厚氛围，"
         "9月20日晚7点30分，某镇首届丰收节开幕。", "2024-09-21", "2024-09-20"),
        # The day a span of work starts is not the event's.
        ("本报济宁讯（记者 周七）据悉，全市麦收工作从6月2日开始，目前已全部完成。", "2024-06-20", None),
        # A first sentence opening with the event's purpose carries the event's date.
        ("本报嘉祥讯（记者 吴十）为加快项目建设，4月2日上午，嘉祥县重点工作推进会召开。", "2024-04-06", "2024-04-02"),
        ("本报嘉祥讯（记者 吴十）围绕全年目标任务，4月2日，嘉祥县重点工作推进会召开。", "2024-04-06", "2024-04-02"),
        # Dates of other things are not the event's.
        ("本报泗水讯（记者 周七）5月1日起施行的《农村公路条例》明确了养护责任。全县重点工作推进会召开。", "2024-05-03", None),
        ("本报济宁讯（记者 周七）截至6月30日，全市新增市场主体1.2万户。全县重点工作推进会召开。", "2024-07-02", None),
        ("本报济宁讯（记者 周七）近日，全县重点工作推进会召开。3月1日，省检查组到我县督导。", "2024-03-05", None),
        # A span of days opening a later sentence of the lead: its first day, when the span is an event's.
        ("本报微山讯（记者 周七）仲夏时节，湖面荷叶连片。6月12日至13日，市领导到某镇的四个村调研。", "2024-06-15", "2024-06-12"),
        # A span in a clause after a source is the count's period (端午假期期间，记者获悉，6月10日至12日，全市…).
        ("本报微山讯（记者 周七）假期期间，客运平稳。记者获悉，6月10日至12日，全市发送旅客3.2万人次。", "2024-06-14", None),
        ("本报微山讯（记者 周七）春回大地。3月1日至6月30日，全县开展安全生产大检查。", "2024-05-22", None),
        # A day printed without its month opening the lead: the issue's month, or the month before.
        ("本报泗水讯（记者 周七）5日上午，全县重点工作推进会召开。", "2024-03-07", "2024-03-05"),
        ("本报泗水讯（记者 周七）28日，全县重点工作推进会召开。", "2024-03-02", "2024-02-28"),
        ("本报泗水讯（记者 周七）5日起，全县实行新的收费标准。", "2024-03-07", None),
        ("本报泗水3月6日讯（记者 周七）5日，全县重点工作推进会召开。", "2024-03-07", "2024-03-06"),
        # Some recent days named (这几天) tie the lead's event to them: a later date is another thing's.
        ("本报泗水讯（记者 周七）这几天，某镇的果农忙着摘杏。4月7日，副镇长介绍了全镇的林果产业。", "2024-04-09", None),
        ("本报泗水讯（记者 周七）这几天，为迎接游客，4月7日，某镇开放了三处采摘园。", "2024-04-09", None),
        # A dated dateline printed with a space before its date.
        ("本报泗水 11月20日讯（记者 周七）今天上午，全县重点项目集中签约。", "2024-11-21", "2024-11-20"),
        # A day still to come, heard of 近日, is not the event's.
        ("本报泗水讯 近日获悉，全县桃花节将于4月3日在万亩桃园开幕。", "2024-03-30", None),
        ("本报泗水讯（记者 周七）全县桃花节将于4月3日在万亩桃园开幕。", "2024-03-30", None),
        # A preview's coming day opening the lead or a later sentence of it is not the event's (it is not
        # held yet); the day news of it was received, or a day with a plan told after the event, is.
        ("本报泗水讯（记者 周七）4月20日上午，全县第五届某某节开幕式将在县体育馆举行。", "2024-04-18", None),
        ("本报泗水讯（记者 周七）全县第五届某某节即将开幕。4月20日上午，开幕式将在县体育馆举行。", "2024-04-18", None),
        ("本报泗水讯（记者 周七）4月16日，记者从县文旅局获悉，全县第五届某某节将于4月20日开幕。",
         "2024-04-17", "2024-04-16"),
        ("本报泗水讯（记者 周七）3月5日，全县召开项目推进会，将于5月组织验收。", "2024-03-06", "2024-03-05"),
        ("本报泗水讯（记者 周七）3月5日，环卫工人将河道垃圾清运干净。", "2024-03-06", "2024-03-05"),
        # A thing told done before the word of the future: the date is its day.
        ("本报泗水讯 3月9日，随着首批外地游客的到来，某村桃园迎来了开园，赏花节即将拉开帷幕。", "2024-03-10",
         "2024-03-09"),
        # 日前 and 近日 name no day: no date is made up.
        ("本报济宁讯（记者 周七）日前，全县重点工作推进会召开。", "2024-07-02", None),
        # 昨天 against a dated dateline (2024 is a leap year).
        ("本报济宁3月1日讯（记者 周七）昨天，全县重点工作推进会召开。", "2024-03-02", "2024-02-29"),
        # 昨晚 and 前晚 against a dated dateline: the night before, two nights before.
        ("本报济宁3月6日讯（记者 周七）昨晚，全县文艺汇演在县剧院举行。", "2024-03-07", "2024-03-05"),
        ("本报济宁3月6日讯（记者 周七）前晚，全县文艺汇演在县剧院举行。", "2024-03-07", "2024-03-04"),
        # 昨日 with its day printed: that day, not the day before it.
        ("本报鱼台讯昨日（3月14日），全县重点工作推进会召开。", "2024-03-15", "2024-03-14"),
        # A date printed with its year after a scene-setting sentence: the event's, year and all.
        ("本报鱼台讯 初夏五月，麦浪金黄。2021年5月28日，全县麦收现场会召开。", "2024-05-29", "2021-05-28"),
        # A December event in a January issue.
        ("本报济宁讯（记者 周七）12月30日，全县重点工作推进会召开。", "2024-01-02", "2023-12-30"),
    ],
)
def test_event_dates_anywhere_in_the_lead(body, issue, event):
    assert _event_dates(body, issue) == [event]


@pytest.mark.parametrize("heading, event", [("某书记在某镇五村蹲点调研纪实", "2024-06-12"),
                                            ("某镇三年来乡村振兴工作综述", None)])
def test_an_uncredited_reportage_dates_its_scene_a_summary_does_not(heading, event):
    """A reportage printed with no dateline or byline (its headline closing on 纪实) tells an event seen: the
    date in its lead is the event's; a summary's (综述) is not."""
    page = ("仲夏时节，某湖湖面荷叶连片。6月12日至13日，某书记来到某镇的五个村，走进农户家中察看。\n\n"
            f"{heading}\n")
    articles = parse_page(page, "x.txt")
    resolve_dates(articles, page, "x.txt", Meta("2024-06-15"))
    assert [a.event_date for a in articles] == [event]


# A page printed with no blank line between paragraphs: the lead's short last line ends it.
_NO_BLANK_LINES = ("本报鱼台讯（记者 周七）寒露时节，某湖东岸\n"
                   "的稻田一片金黄，稻香四溢。\n"
                   "10月21日上午，某镇某村的种粮大户\n"
                   "走进稻田，仔细察看稻穗的成色，随后\n"
                   "两台收割机开进了田里。\n"
                   "\n某湖畔稻谷飘香\n")


@pytest.mark.parametrize("page, event", [
    (_NO_BLANK_LINES, None),
    # The same date inside the lead's lines (no short line before it): the event's.
    (_NO_BLANK_LINES.replace("稻香四溢。\n10月21日上午，", "稻香四溢。10月\n21日上午，"), "2024-10-21"),
])
def test_the_printed_lines_end_the_lead_of_a_page_without_blank_lines(page, event):
    """A date opening the second paragraph is not the lead's, though no blank line sets the paragraphs apart:
    the lead's last line, narrower than the column, ends it."""
    articles = parse_page(page, "x.txt")
    resolve_dates(articles, page, "x.txt", Meta("2024-10-25"))
    assert [a.event_date for a in articles] == [event]


def test_a_date_after_the_printed_lead_of_an_undatelined_feature_does_not_date_the_issue():
    """The feature's lead ends at its short line (`with_printed_lead`): `10月28日` opens its second paragraph, no date
    the page was printed after; the issue is the day after the report's dateline."""
    feature = _NO_BLANK_LINES.replace("本报鱼台讯（记者 周七）", "")
    page = f"本报济宁10月20日讯（记者 周七）今年是“十四五”开局之年，全市秋收会议召开。\n\n全市秋收会议召开\n\n{feature}"
    articles = parse_page(page, "x.txt")
    assert [a.kind for a in articles] == ["news", "feature"]
    assert date_page(articles, page, "x.txt").issue_date == "2021-10-21"


def test_a_day_without_its_month_is_no_date_on_a_page_of_no_known_day():
    """`5日上午，…` on a page whose issue date nothing gives: no event date in the tables, the day kept month-less
    (`---05`) for a date the user gives later (jdash.corrections)."""
    page = "本报泗水讯（记者 周七）5日上午，全县重点工作推进会召开。\n\n全县重点工作推进会召开\n"
    articles = parse_page(page, "x.txt")
    dated = date_page(articles, page, "x.txt")
    assert (dated.issue_date, [a.event_date for a in articles]) == (None, ["---05"])
    row = corpus_from_results([process_page("x.txt", page.encode())]).articles.iloc[0]
    assert pd.isna(row["event_date"])


def test_a_date_later_in_the_lead_is_the_events_and_dates_the_issue():
    """`7月27日正午，记者来到…` is when the reported visit took place, and the page was printed after it:
    an undated page of a known year is dated the day after it."""
    page = ("本报鱼台讯（记者 周七）蝉鸣阵阵，7月27日正午，记者来到王庄镇的合作社。“十三五”规划实施的第一年，"
            "合作社带动农户200户。\n\n合作社带富一方百姓\n")
    articles = parse_page(page, "x.txt")
    dated = date_page(articles, page, "x.txt")
    assert [a.event_date for a in articles] == ["2016-07-27"]
    assert dated.issue_date == "2016-07-28"


@pytest.mark.parametrize("lead, event", [("5月8日至9日，全县重点工作推进会召开。", "2024-05-08"),
                                         ("5月8日至5月10日，全市重点项目观摩会举行。", "2024-05-08"),
                                         ("6月29日至7月1日，全市重点项目观摩会举行。", "2024-06-29"),
                                         ("为推进项目建设，5月8日至5月10日，全市开展观摩。", "2024-05-08"),
                                         ("3月1日至6月30日，全县开展安全生产大检查。", None),
                                         # The day printed 号, as people say it.
                                         ("9月6号至7号，外市考察团来我市考察。", "2024-09-06"),
                                         ("9月6号，外市考察团来我市考察。", "2024-09-06"),
                                         ("9月1号起，全县实行新的收费标准。", None),
                                         # A span printed with one 日.
                                         ("5月20—21日，全市重点项目观摩会举行。", "2024-05-20"),
                                         ("为推进项目建设，5月20至22日，全市开展观摩。", "2024-05-20"),
                                         ("5月1-31日，全县开展安全生产月活动。", None),
                                         ("5月20日起，全县实行新的收费标准。", None),
                                         ("5月1日至5月31日，全县开展安全生产月活动。", None)])
def test_an_events_span_of_days_is_its_date_a_campaigns_is_not(lead, event):
    assert _event_dates(f"本报济宁讯（记者 周七）{lead}", "2024-09-30") == [event]


@pytest.mark.parametrize("dateline, issue", [("1月10日", "2024-01-11"), ("2月3日", "2024-02-04"), ("6月10日", None)])
def test_a_span_since_a_year_in_a_january_article_looks_back_on_that_year(dateline, issue):
    """`2023年以来` ten days into 2023 would be 今年以来: in January or February it is said in 2024;
    later in the year it may be either, and alone it gives no year."""
    page = (f"本报微山{dateline}讯（记者 周七）今天，全县重点项目集中开工。2023年以来，全县新开工项目45个。"
            "\n\n微山县重点项目集中开工\n")
    dated = date_page(parse_page(page, "x.txt"), page, "x.txt")
    assert dated.issue_date == issue
    if issue:
        assert "2023年以来 in an article of January or February (≥ 2024)" in dated.evidence


def test_a_count_up_to_late_in_a_year_is_as_likely_printed_the_year_after():
    (early,) = page_cues("截至2023年6月，全县累计退出网箱养殖3万亩。")
    (late,) = page_cues("截至2023年11月，全县累计退出网箱养殖3万亩。")
    assert (early.profile, late.profile) == ("soon", "result")


def test_a_year_given_only_by_an_article_months_older_than_the_page_is_less_sure():
    """The only year cues are in a February report; the page's newest report is of December: the page
    may be printed a later year. Days apart, the same cues date the page as surely as before."""
    older = "本报济宁2月20日讯（记者 周七）今年是“十三五”规划实施的第一年，全市将2016年作为项目建设年。\n\n全市项目建设年启动\n\n"

    def dated(newest: str):
        page = older + f"本报泗水{newest}讯（记者 吴十）全县重点工作推进会召开。\n\n泗水召开推进会\n"
        return date_page(parse_page(page, "x.txt"), page, "x.txt")

    months_apart, days_apart = dated("12月25日"), dated("2月24日")
    assert days_apart.year == months_apart.year == 2016
    assert days_apart.confidence >= 0.85 > months_apart.confidence
    assert "only one article, of 2月20日, gives the year" in months_apart.evidence[0]


def test_an_event_named_with_its_year_in_a_january_report_may_be_last_years():
    """`2016济宁文化旅游博览会` in a report of 22 January is as likely the one held in 2016, looked back
    on in 2017: alone it gives no year; the same in June gives 2016."""
    def verdict(dateline: str):
        page = (f"本报济宁{dateline}讯（记者 周七）今天，全市文旅工作会议召开。会议指出，全市高水平举办2016济宁文化"
                "旅游博览会。\n\n全市文旅工作会议召开\n")
        return date_page(parse_page(page, "x.txt"), page, "x.txt")

    assert verdict("1月22日").year is None
    assert verdict("6月22日").year == 2016


def test_a_lead_that_prints_its_year_keeps_it():
    """`2016年5月21日，…` after the credits is the event's full date, whatever year the page is given
    (here a page of January 2017 by its other report)."""
    page = ("本报嘉祥讯（记者 周七）2016年5月21日，全县文化旅游重点项目奠基开工。\n\n嘉祥项目奠基\n\n"
            "本报济宁1月5日讯（记者 吴十）今天，全市重点工作推进会召开。“十三五”规划实施的第二年，全市将…\n\n全市推进会召开\n")
    articles = parse_page(page, "x.txt")
    date_page(articles, page, "x.txt")
    assert [a.event_date for a in articles] == ["2016-05-21", "2017-01-05"]
    unknown = "本报嘉祥讯（记者 周七）2016年5月21日，全县项目奠基开工。\n\n嘉祥项目奠基\n"
    undated = parse_page(unknown, "y.txt")
    date_page(undated, unknown, "y.txt")
    assert undated[0].event_date == "2016-05-21"


def test_a_lead_dated_with_its_year_dates_the_page_a_captions_date_less_surely():
    page = "本报鱼台讯 初夏五月，麦浪金黄。2021年5月28日，全县麦收现场会召开。\n\n全县麦收现场会召开\n"
    articles = parse_page(page, "x.txt")
    dated = date_page(articles, page, "x.txt")
    assert (dated.year, dated.issue_date) == (2021, "2021-05-29")
    assert any("2021年5月28日" in line for line in dated.evidence)
    # An old photo shown again: its date is some evidence, never a sure year.
    caption = "1984年9月22日，首届孔子故里游开幕式举行。■本报记者 周七 摄\n"
    verdict = page_verdict(parse_page(caption, "y.txt"), caption)
    assert verdict.best == 1984 and verdict.confidence < 0.9


def test_a_full_date_after_the_lead_told_an_event_is_no_year_evidence():
    page = "本报鱼台讯 全县召开大会。2009年6月12日，老厂房拆除。\n\n全县召开大会\n"
    articles = parse_page(page, "x.txt")
    assert printed_lead_dates(articles, page) == []


def test_the_pages_month_narrows_a_term_that_begins_or_ends_within_a_year():
    """市长林红玉 held the post from April 2020 to February 2021 (jdash/data/leaders.csv): a page of June is of
    2020, one of February of 2021; without a dated article, 2020 only likelier (9 months against 2)."""
    def verdict(body: str):
        page = f"本报济宁{body}\n"
        return page_verdict(parse_page(page, "x.txt"), page)

    june, february, undated = (verdict("6月12日讯（记者 周七）市长林红玉到某县调研项目建设。"),
                               verdict("讯（记者 周七）2月3日，市长林红玉到某县调研项目建设。"),
                               verdict("讯（记者 周七）市长林红玉到某县调研项目建设。"))
    assert (june.year, february.year, undated.year) == (2020, 2021, 2020)
    assert june.confidence > 0.9 > undated.confidence


def test_a_pages_months_are_its_latest_events():
    """The issue follows its latest event (an older one may be reported later); a new year's page gives none."""
    from jdash.dates import page_months
    from jdash.model import Article

    def page(*dates: str) -> list[Article]:
        return [Article(f"a{i}", "x", i, "某", None, "news", "某。", event_date=d) for i, d in enumerate(dates)]

    assert page_months(page("--02-15", "--04-18")) == frozenset({3, 4, 5})
    assert page_months(page("--12-30", "--01-02")) == frozenset()
    assert page_months(page("2018-05-21")) == frozenset() == page_months(page(None))


ATTRIBUTED_PAGE = ("本报某县讯 据某某发布报道，2019年4月16日下午，市长到某县企业调研，\n察看了生产线建设情况。\n\n"
                   "市长调研某县企业\n\n\n")


def test_a_date_after_the_leads_source_is_the_events_with_its_year():
    articles = parse_page(ATTRIBUTED_PAGE, "x.txt")
    assert [a.event_date for a in articles] == ["2019-04-16"]
    verdict = page_verdict(articles, ATTRIBUTED_PAGE)
    assert (verdict.year, verdict.confidence >= 0.8) == (2019, True)  # the source's name (发布) tells of no event
