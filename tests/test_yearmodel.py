"""The year as the one that best explains a page's cues: each kind of printed-year cue, competing
cues, confidence, unknown years, and the evidence kept with the page. All text here is invented."""

from __future__ import annotations

import dataclasses

import pytest

from jdash import corrections as C
from jdash.dates import PageDate, date_page, infer_year
from jdash.parser import parse_page
from jdash.pipeline import process_page
from jdash.store import apply_corrections, build, load_corpus
from jdash.tables import corpus_from_results
from jdash.yearcues import Evidence, page_cues
from jdash.yearmodel import MIN_CONFIDENCE, judge, judge_text, posterior


def _cues(text):
    return {(e.rule, e.relation, e.year) for e in page_cues(text)}


@pytest.mark.parametrize(
    "text, cue",
    [
        ("前三季度全县税收较2022年同期增加12%。", ("comparison", ">=", 2023)),
        ("2023年以来，全镇新增市场主体300户。", ("year", ">=", 2023)),
        ("力争到2025年，全县建成智慧社区40个。", ("target", "<=", 2025)),
        ("2019年，全县接待游客38万人次。", ("result", ">=", 2019)),
        ("全县外贸比2019年增长21.9%。", ("base", ">=", 2020)),
        ("在刚刚过去的2019年，全县新增市场主体3000户。", ("ended", ">=", 2020)),
        ("景区接待人次恢复至2019年的82%。", ("base", ">=", 2020)),
        ("2019年第一批重大项目集中开工。", ("year", ">=", 2019)),
        ("2024年上半年，全区完成投资12亿元。", ("year", ">=", 2024)),
        ("会议表彰了2020年度优秀党组织。", ("review", ">=", 2021)),
        ("全县开展2020年度“十佳村官”评选活动。", ("selection", ">=", 2020)),
        ("表彰2020年度评选出的十佳村官。", ("review", ">=", 2021)),
        ("2020年度考核结果公布。", ("review", ">=", 2021)),
        ("2016年6月份，全市空气质量综合指数为4.7。", ("month", ">=", 2016)),
        ("2018年3月，他来到村里任第一书记。", ("year", ">=", 2018)),
        ("《2021—2025年行动方案》印发。", ("span", "<=", 2025)),
        ("2023年预计完成固定资产投资50亿元。", ("estimate", ">=", 2023)),
        ("去年12月28日，县城至园区公交开通。2019年12月28日开通的公交线路", ("relative", "=", 2020)),
        ("新规定自2026年1月起施行。", ("target", "<=", 2026)),
        ("2019年，全县经济稳中有进。过去一年，全县新开工项目44个。", ("ended", ">=", 2020)),
        ("本报梁山讯2019年，全县经济稳中有进。过去一年，全县新开工项目44个。", ("ended", ">=", 2020)),
        ("本报讯（记者 张三）2018年，全县接待游客38万人次。", ("result", ">=", 2018)),
        # A figure only known once the year has ended: the year is past.
        ("2011年，村民人均收入约6600元。", ("settled", ">=", 2012)),
        ("2011年，全县地区生产总值预计达到200亿元。", ("estimate", ">=", 2011)),  # an estimate is not settled
    ],
)
def test_each_kind_of_printed_year(text, cue):
    assert cue in _cues(text)


@pytest.mark.parametrize(
    "text, year",
    [
        # A comparison with the same period of a year is most often with the year before.
        ("1至10月，全县外贸进出口较2022年同期增长9.1%。", 2023),
        # An estimate of a year's result with nothing later on the page: printed the year after.
        ("2023年预计完成固定资产投资50亿元，同比增长8%。", 2024),
        # … but not when the page speaks of a later year as under way.
        ("2012年，全县预计实现生产总值200亿元。2013年以来新开工项目9个。", 2013),
        # A target beside a span begun: weighed, neither the highest nor the first.
        ("力争到2025年，全县建成示范村50个。2019年第一批项目集中开工，2019年以来全县接待游客45万人次。", 2019),
        # A year opening a sentence of figures may be the year under way: the season decides.
        ("2024年，全区共有56个项目列入省级重点。2024年春季集中开工活动在园区举行。", 2024),
        # A phase of the year (a batch, a season, mid-year) is the year under way.
        ("2017年年中全市观摩活动举行。", 2017),
        ("全县2020年“百日攻坚”项目三季度集中开工。", 2020),
        # The year just ended (过去的2019年), looked back on: the year after, beside a plain mention of it.
        ("过去的2019年，全县新建农家书屋45个。2019年全县接待游客38万人次。", 2020),
        # A year opening a review that then calls it the past year: the year after.
        ("2019年，全县经济运行稳中有进。过去一年，全县44个项目开工建设。", 2020),
        # The same day named with its year and as 去年.
        ("去年12月28日，城区环线通车。2019年12月28日通车的环线已运行良好。", 2020),
    ],
)
def test_the_year_that_best_explains_the_cues(text, year):
    assert infer_year(text)[0] == year


def test_the_past_year_after_another_year_is_not_the_first_ones():
    cues = _cues("2019年，全县接待游客38万人次。2020年春季项目集中开工。一年来，全县新增就业3000人。")
    assert ("ended", ">=", 2020) not in cues and ("result", ">=", 2019) in cues
    # 十一年来 is a span of eleven years, not the past one.
    assert ("ended", ">=", 2020) not in _cues("2019年，全县接待游客38万人次。十一年来，全县新增就业3万人。")
    assert ("ended", ">=", 2020) in _cues("2019年，全县接待游客38万人次。一年来，全县新增就业3000人。")


def test_a_review_that_opens_on_the_past_year_and_then_names_it():
    """`过去的一年，…。2019年，全县…`: the year named after the look back is the one just ended; its clause
    telling a plan is the year to come, and another year printed between ends the look back's reach."""
    assert ("ended", ">=", 2020) in _cues("过去的一年，全县喜事连连。2019年，全县新建农家书屋45个。")
    assert infer_year("过去的一年，全县喜事连连。2019年，全县新建农家书屋45个。")[0] == 2020
    assert ("ended", ">=", 2020) not in _cues("过去的一年，全县喜事连连。2019年，全县将新建农家书屋45个。")
    assert ("ended", ">=", 2020) not in _cues("过去一年，全县喜事连连。2017年以来，全县新建书屋，2019年，全县新建书屋45个。")


def test_a_selection_under_way_is_of_its_year_a_commendation_of_the_next():
    assert infer_year("2020年以来，全镇新建厂房6座。开展2020年度优秀村官评选活动。")[0] == 2020
    assert infer_year("2020年以来，全镇新建厂房6座。会议表彰了2020年度优秀村官。")[0] == 2021


@pytest.mark.parametrize("text, year", [("2016年6月份，全市空气质量综合指数为4.7。", 2016),
                                        ("2019年12月份，全县优良天数18天。", None)])
def test_a_report_on_one_month_is_printed_that_year_unless_late_in_it(text, year):
    """A lone report on June gives the year; one on December may be printed in January."""
    assert infer_year(text)[0] == year


def test_a_lone_span_since_a_year_is_that_year_or_the_next_and_not_given():
    verdict = judge_text("2023年以来，全镇新增市场主体300户。")
    shares = posterior(page_cues("2023年以来，全镇新增市场主体300户。"))
    assert verdict.year is None and verdict.best == 2023
    assert shares[2023] + shares[2024] > 0.7 and shares[2025] < 0.1


def test_agreeing_cues_raise_confidence_and_conflicts_lower_it():
    one = judge_text("2021年以来，全镇新建厂房6座。")
    two = judge_text("2021年以来，全镇新建厂房6座。会议表彰了2020年度先进集体。纪念建党100周年。")
    conflict = judge_text("2021年以来，全镇新建厂房6座。纪念改革开放40周年。")
    assert one.best == two.year == 2021 and two.confidence > one.confidence
    assert conflict.confidence < two.confidence


def test_too_weak_evidence_gives_no_year():
    verdict = judge_text("力争到2025年，全县建成示范村50个。")
    assert verdict.year is None and verdict.confidence < MIN_CONFIDENCE
    assert verdict.summary().startswith("year unknown (likeliest ") and "力争到2025年" in verdict.summary()
    # The share printed as every page prints a confidence (it said `confidence 0.46` under a reader's `74%`).
    assert f"confidence {round(verdict.confidence * 100)}%)" in verdict.summary()
    assert judge([]).year is None and infer_year("今天全县召开大会。") == (None, 0.0)


def test_repeated_cues_never_veto_a_stronger_kind():
    """Ten comparisons read as one certain cue would rule out the year an anniversary names."""
    cues = [Evidence("<=", 2019, 0.8, "至2019年", "target")] * 10 + [Evidence("=", 2021, 0.85, "建党100周年", "anniversary")]
    assert judge(cues).year == 2021


def test_repeated_cues_count_once():
    once = judge([Evidence(">=", 2019, 0.75, "2019年", "year")])
    many = judge([Evidence(">=", 2019, 0.75, "2019年", "year")] * 10)
    assert many.best == once.best == 2019 and many.confidence < 0.6


def test_the_summary_names_the_cues_that_decided():
    verdict = judge_text("今年是“十三五”规划实施的第一年。纪念红军长征胜利80周年文艺演出举行。")
    assert verdict.year == 2016 and verdict.confidence >= 0.9
    assert verdict.summary() == "year 2016: “十三五”规划实施的第一年 (= 2016); 红军长征胜利80周年 (= 2016)"


PAGE = ("本报泗水6月3日讯（记者 周七）今天，全县“十三五”规划实施的第一年重点项目观摩会召开。"
        "纪念红军长征胜利80周年文艺演出同日举行。\n\n泗水县观摩重点项目\n")
UNDATED = "本报泗水6月3日讯（记者 周七）今天，全县重点项目观摩会召开。力争到2025年建成示范村50个。\n\n泗水县观摩重点项目\n"


def test_the_page_date_carries_its_evidence():
    dated = date_page(parse_page(PAGE, "x.txt"), PAGE, "x.txt")
    assert (dated.issue_date, dated.source) == ("2016-06-04", "inferred")
    assert dated.evidence[0].startswith("year 2016: “十三五”规划实施的第一年")
    assert "红军长征胜利80周年 (= 2016)" in dated.evidence
    unknown = date_page(parse_page(UNDATED, "y.txt"), UNDATED, "y.txt")
    assert unknown == PageDate(None, "unknown", 0.0, unknown.evidence) and unknown.evidence[0].startswith("year unknown")
    given = date_page(parse_page(PAGE, "2016-06-04_p1.txt"), PAGE, "2016-06-04_p1.txt")
    assert given.evidence == ["file name: 2016-06-04_p1.txt"]


def test_the_evidence_is_a_column_of_the_pages_table():
    results = [process_page("x.txt", PAGE.encode()), process_page("y.txt", UNDATED.encode())]
    pages = corpus_from_results(results).pages.set_index("source")
    assert pages.at["x.txt", "date_evidence"][0].startswith("year 2016")
    assert pages.at["y.txt", "date_evidence"][0].startswith("year unknown")
    assert pages["issue_date"].isna().tolist() == [False, True]


def test_a_date_set_by_the_user_is_said_first_in_the_evidence(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "x.txt").write_text(PAGE, encoding="utf-8")
    build([tmp_path / "pages"], tmp_path / "store")
    c = load_corpus(tmp_path / "store")
    page = c.articles.sort_values("order")
    anchor = C.Anchorer("x.txt", c.pages.at[0, "content_hash"], list(zip(page["id"], page["headline"], page["body"])))
    apply_corrections(tmp_path / "store", [C.make("set_date", anchor.page_anchor(), "2017-06-04")])
    evidence = load_corpus(tmp_path / "store").pages.at[0, "date_evidence"]
    assert evidence[0] == "set by the user: 2017-06-04" and evidence[1].startswith("year 2016")


def test_no_wrong_year_at_confidence_090_on_the_regression_sets():
    """The calibration target (docs/ACCURACY.md): a year given with confidence ≥ 0.9 is right, on
    every regression page and on each of their articles read alone."""
    from pathlib import Path

    from jdash.evaluate import article_year_checks, calibration, regression_sets, year_checks

    sets = regression_sets(Path(__file__).resolve().parent.parent)
    checks = [c for golden, pages in sets for c in [*year_checks(golden, pages), *article_year_checks(golden, pages)]]
    sure = [c for c in checks if c.year is not None and c.confidence >= 0.9]
    assert len(sure) > 40 and all(c.year == c.golden for c in sure)
    band, pages, right = calibration(checks)[0]
    assert (band, pages, right) == ("≥ 0.9", len(sure), len(sure))


@pytest.mark.parametrize(
    "text, cue",
    [
        # A unit named by a name it has since lost: the page is of that name's time.
        ("兖州市委书记张三主持会议。", ("former name", "<=", 2013)),
        ("济宁市市中区新建社区服务中心12处。", ("former name", "<=", 2013)),
        ("会上，邹县县长李四作报告。", ("former name", "<=", 1992)),
    ],
)
def test_a_former_name_in_use_dates_the_page(text, cue):
    assert cue in _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "原兖州市城区的老街得到保护。",  # said as former
        "兖州市场监管局开展检查。",  # 兖州 + 市场: a word of its own
        "兖州市民广场人气旺。",
        "济南市中区代表团来济考察。",  # another city's 市中区
        "2013年10月，兖州撤市设区，兖州市成为兖州区。",  # history beside a year of its time
    ],
)
def test_a_former_name_said_as_history_or_another_word_is_no_cue(text):
    assert not any(rule == "former name" for rule, _, _ in _cues(text))


def test_a_former_name_weighs_against_a_later_guess():
    """Without the former name, 2012年以来 spreads over 2012 and the years after; with it, nearly all
    the weight is on 2012–2013."""
    shares = posterior(page_cues("兖州市委书记张三在全市会议上讲话。2012年以来，全市新建道路40公里。"))
    alone = posterior(page_cues("全市会议召开。2012年以来，全市新建道路40公里。"))
    assert shares[2012] + shares[2013] > 0.9 > alone[2012] + alone[2013]


def test_a_year_only_seen_in_office_leaves_room_beyond_it():
    """A leader seen in office in 2022 (`2022?` in leaders.csv) held the post some years around it:
    2023 is less likely than 2022, 2025 less again, 2030 no likelier than any year; a term's known
    bounds (no `?`) leave no such room."""
    seen = posterior([Evidence("in", 2022, 0.85, "县委书记某", "leader", profile="seen<>", until=2022)])
    assert seen[2022] > seen[2023] > seen[2025] > seen[2027] == seen[2017] and seen[2021] == seen[2023]
    bounded = posterior([Evidence("in", 2022, 0.85, "县委书记某", "leader", until=2022)])
    assert bounded[2023] == bounded[2027] < seen[2023]


def test_older_plain_years_add_nothing_to_the_latest():
    """A page printing 2016, 2017 and 2019 as past or present is as near 2019 as one printing 2019 alone."""
    latest = [Evidence(">=", 2019, 0.75, "2019年在济南举办", "year")]
    older = [Evidence(">=", 2016, 0.75, "2016年的2.5万亩", "year"), Evidence(">=", 2017, 0.75, "2017年建成", "year")]
    both, alone = judge([*older, *latest]), judge(latest)
    assert (both.best, both.confidence) == (alone.best, alone.confidence) == (2019, alone.confidence)
    # Read one by one, the older years would have pulled the page back towards them.
    assert posterior([*older, *latest])[2019] > posterior(latest)[2019]


def test_a_sets_years_beyond_the_other_cues_reach_stay_candidates():
    """A festival's days allow 1997, 2016, 2024 …; a history year (≥ 2000) rules 1997 out but reaches only a few
    years: the likeliest is 2016, and too weakly to be given."""
    festival = Evidence("among", 1997, 0.6, "中秋小长假…9月15日至17日", "festival", among=(1997, 2016, 2024, 2027))
    history = Evidence(">=", 2000, 0.75, "2000年前后", "year")
    verdict = judge([festival, history])
    assert verdict.best == 2016 and verdict.year is None


@pytest.mark.parametrize(
    "text, cue",
    [
        # A span opening a sentence that tells what happened in its years: a review, not a target.
        ("2016年到2019年，村里的加工厂日益扩大。", ("done span", ">=", 2019)),
        ("2017年至2019年接连举办了三届采摘节。", ("done span", ">=", 2019)),
    ],
)
def test_a_span_of_years_told_as_past(text, cue):
    assert cue in _cues(text) and not any(c[1] == "<=" for c in _cues(text))


def test_a_span_opening_a_plan_is_still_a_target():
    assert ("target", "<=", 2025) in _cues("2021年到2025年，全县将新建示范村50个。")


@pytest.mark.parametrize(
    "text, cue",
    [
        # A later clause of a sentence of targets.
        ("力争年内新开发商住面积150万平方米以上，2021年公共服务设施覆盖率达到80%。", ("target", "<=", 2021)),
        # A story told up to a year past: an honour won then is no target.
        ("合作社从几户人家起步，到2021年斩获省级金奖。", ("year", ">=", 2021)),
    ],
)
def test_targets_and_stories_told_up_to_a_year(text, cue):
    assert cue in _cues(text)


def test_a_decade_is_no_year():
    assert not {c for c in _cues("一直到1990年代，村里仍是一片洼地。") if c[2] == 1990}


def test_a_term_with_its_months_weighs_its_end_years_by_the_months_held():
    """A term from April 2020 to February 2021 holds 9 months of 2020 and 2 of 2021: 2020 is likelier, but
    not certain; two terms ending in the same February hold the page's month together only in 2021's two
    months, so naming both keeps 2021 at 2 months against 9 (a product of year shares would square it)."""
    from jdash.yearcues import _leader

    lead = _leader({"post": "市长", "name": "周七", "first_year": "2020-04", "last_year": "2021-02", "place": ""})
    assert (lead.first, lead.last, lead.months) == (2020, 2021, (4, 2))
    mayor = Evidence("in", 2020, 1.0, "市长周七", "leader", until=2021, months=(4, 2))
    secretary = Evidence("in", 2019, 1.0, "市委书记吴八", "leader", until=2021, months=(1, 2))
    alone, both = posterior([mayor]), posterior([mayor, secretary])
    assert alone[2020] > alone[2021] > 0 and abs(alone[2021] / alone[2020] - 2 / 9) < 1e-9
    assert abs(both[2021] / both[2020] - 2 / 9) < 1e-9 and both.get(2019, 0) == 0
    verdict = judge([dataclasses.replace(mayor, weight=0.85)])
    assert verdict.year == 2020 and 0.5 < verdict.confidence < 0.9


def test_one_year_printed_twice_and_read_closer_once_is_one_witness():
    # a project listed among a year's key projects, and a month of that year it broke ground: no second witness
    text = "本报某县4月21日讯 某装备制造项目列入全省2022年重点建设项目。项目于2022年3月动工，今天首台设备下线。"
    verdict = judge(page_cues(text))
    assert verdict.year == 2022 and verdict.confidence < 0.9
