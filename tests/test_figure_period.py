"""A figure's period shown to a reader (issue 14, county cards): the year made explicit from the page's year,
months written one way; the printed period itself is kept for comparisons. Invented periods."""

import pytest

from jdash.figure_period import PERIOD_RULES, display_period


@pytest.mark.parametrize("period, shown", [
    ("今年上半年", "2023年上半年"), ("上半年", "2023年上半年"), ("1至6月份", "2023年1-6月"), ("3—5月份", "2023年3-5月"),
    ("今年", "2023年"), ("年内", "2023年"), ("全年", "2023年"), ("今年全年", "2023年"),
    ("去年", "2022年"), ("上年", "2022年"), ("去年底", "2022年底"), ("去年以来", "2022年以来"),
    ("今年以来", "2023年以来"), ("年初以来", "2023年以来"), ("今年5月以来", "2023年5月以来"),
    ("一季度", "2023年一季度"), ("今年前三季度", "2023年前三季度"), ("1月份", "2023年1月"),
    ("截至6月底", "截至2023年6月底"), ("截至3月15日", "截至2023年3月15日"),
    ("国庆假期", "2023年国庆假期"), ("今春", "2023年春"), ("今冬明春", "2023年冬至2024年春"),
])
def test_a_period_of_the_pages_year_names_the_year(period, shown):
    assert display_period(period, 2023) == shown


@pytest.mark.parametrize("period, shown", [
    ("目前", "目前（2023年）"), ("截至目前", "截至目前（2023年）"), ("近年来", "近年来（至2023年）"),
    ("近三年", "近三年（至2023年）"), ("半年来", "半年来（至2023年）"),
])
def test_a_period_of_no_one_year_keeps_its_words_and_says_up_to_when(period, shown):
    assert display_period(period, 2023) == shown


@pytest.mark.parametrize("period, shown", [
    ("2021年", "2021年"), ("2021年1至6月份", "2021年1-6月"), ("截至2021年11月", "截至2021年11月"),
    ("2016年第二批", "2016年第二批"), ("2012年度", "2012年度"), ("十四五", "十四五"), ("当年", "当年"),
])
def test_a_printed_year_or_a_plan_period_stays_as_printed(period, shown):
    assert display_period(period, 2023) == shown


def test_without_the_pages_year_a_period_stays_as_printed_and_none_is_empty():
    assert display_period("1至6月份", None) == "1-6月"
    assert display_period("今年", None) == "今年"
    assert display_period(None, 2023) == "" and display_period("", 2023) == ""


def test_every_rule_reads_only_its_own_kind():
    readers = {p: [rule.__name__ for rule in PERIOD_RULES if rule(p, 2023) is not None][:1]
               for p in ("今年", "今秋", "截至6月底", "目前", "上半年")}
    assert readers == {"今年": ["relative_year"], "今秋": ["season_now"], "截至6月底": ["as_of"],
                       "目前": ["now_or_span"], "上半年": ["part_of_the_year"]}


def test_a_span_of_months_printed_with_both_months_is_read_whole():
    from jdash.figures import extract_figures

    figs = extract_figures("今年1月至5月，全县新开工项目14个，总投资36亿元。")
    assert [f.period for f in figs] == ["今年1月至5月", "今年1月至5月"]  # not 今年 alone
    assert display_period("今年1月至5月", 2024) == "2024年1-5月"


@pytest.mark.parametrize("text, period", [
    ("2016-2018年，全县累计整合涉农资金9.6亿元。", "2016-2018年"),  # not 2018年 alone
    ("2016年至2018年，全县累计整合涉农资金9.6亿元。", "2016年至2018年"),
    ("到上世纪九十年代，全村人均收入只有800元。", "上世纪九十年代"),
    ("一直到1980年代，全村人均收入只有800元。", "1980年代"),
    ("五天假期，全县共接待游客20万人次。", "五天假期"),
    ("活动期间，共签约项目12个。", "活动期间"),
    ("3月1日至5日，全县接待游客3万人次。", "3月1日至5日"),
    ("开园当天，某景区接待游客2万余人次。", "开园当天"),
    ("开园以来，园区累计引进企业45家。", "开园以来"),
    ("从2015年起，某镇建设驿站9处、绿道23公里。", "2015年起"),  # since 2015, not the year 2015
    ("投产两年多来，该厂累计生产钢材80万吨。", "投产两年多来"),
    ("十余年间，园区吸引300多家企业前来洽谈。", "十余年间"),
    ("三天来，观摩团共观摩项目36个。", "三天来"),
])
def test_a_period_printed_whole_is_the_figures_whole(text, period):
    from jdash.figures import extract_figures

    assert extract_figures(text, "泗水县")[0].period == period


def test_a_span_of_days_in_a_sentence_without_figures_dates_its_event_not_the_figures_after():
    from jdash.figures import extract_figures

    figs = extract_figures("4月2日至4日，全市观摩会在某县召开。某村有农户320户，耕地1800亩。", "泗水县")
    assert [f.period for f in figs] == [None, None]
    figs = extract_figures("三天假期里，各景区游人如织。全县共接待游客12万人次。", "泗水县")
    assert [f.period for f in figs] == ["三天假期"]


def test_a_span_of_years_glued_to_a_name_is_its_vintage_and_is_not_carried():
    from jdash.figures import extract_figures

    text = "截至6月底，新建学校已开工30所。2016-2018年计划新建的校舍仍有5所未投入使用；新建学校已竣工12所。"
    assert [f.period for f in extract_figures(text, "泗水县")] == ["截至6月底", "2016-2018年", "截至6月底"]


@pytest.mark.parametrize("period, shown", [
    ("开园以来", "开园以来（至2023年）"), ("十余年间", "十余年间（至2023年）"), ("三天来", "三天来（至2023年）"),
    ("开幕当天", "开幕当天（2023年）"), ("10月1日至7日", "2023年10月1日至7日"), ("2016年至2018年", "2016年至2018年"),
])
def test_a_period_since_an_event_or_of_a_day_says_up_to_when(period, shown):
    assert display_period(period, 2023) == shown


def test_a_span_of_years_is_its_own_class_in_the_year_it_ends():
    from jdash.period_classes import period_key

    assert period_key("2016年至2018年", 2020) == period_key("2016-2018年", 2022) == "2018 2016-2018年"
    assert period_key("2018年", 2020) != period_key("2016-2018年", 2020)


def test_one_day_opening_a_clause_is_its_sentences_period_only():
    from jdash.figures import extract_figures

    figs = extract_figures("15日下午，考察团参观了甲基地、乙园区等6个观摩点。观摩点共有企业30家。", "泗水县")
    assert [(f.metric, f.period) for f in figs] == [("观摩点", "15日下午"), ("企业", None)]
    assert extract_figures("该项目于8月2日开工，总投资5亿元。", "泗水县")[0].period is None  # a date inside a clause


def test_a_day_a_report_is_given_is_not_the_reported_figures_period():
    from jdash.figures import extract_figures

    text = "3月5日，县政府召开新闻发布会，记者了解到，全县新增规上工业企业30家。"
    assert [f.period for f in extract_figures(text, "泗水县")] == [None]


def test_a_month_of_a_printed_year_in_a_sentence_without_figures_dates_its_event():
    from jdash.figures import extract_figures

    figs = extract_figures("2015年3月，双方签署合作协议。医院占地500亩，病床2000张。", "泗水县")
    assert [f.period for f in figs] == [None, None]


def test_a_day_up_to_which_a_count_runs_is_read_whole():
    from jdash.figures import extract_figures

    assert extract_figures("截止到20日，全县完成道路硬化28条。", "泗水县")[0].period == "截止到20日"


def test_the_whole_year_after_a_year_printed_before_it_is_that_year():
    from jdash.figures import extract_figures

    figs = extract_figures("2017年某市承办了省运会。全年接待游客5200万人次，增长6%。", "泗水县")
    assert [f.period for f in figs] == ["2017年", "2017年"]
    figs = extract_figures("全县生产总值比2017年增长8%。全年接待游客700万人次。", "泗水县")
    assert figs[-1].period == "全年"  # a base year compared against is no year of the paragraph


def test_a_year_before_a_list_of_projects_is_the_lists_figures_period():
    from jdash.figures import extract_figures

    text = "近日，市发改委公布2021年市级重点项目名单，某县争取市级重点项目9个。其中甲、乙等4个项目获批市重大项目。"
    assert [f.period for f in extract_figures(text, "泗水县")][-1] == "2021年"


def test_this_event_is_the_period_of_what_it_counted():
    from jdash.figures import extract_figures

    assert extract_figures("此次活动，全县评选出20家特色农产品龙头企业。", "泗水县")[0].period == "此次活动"
    assert display_period("此次活动", 2020) == "此次活动（2020年）"


def test_a_stock_a_place_holds_takes_no_span_carried_to_it():
    from jdash.figures import extract_figures

    figs = extract_figures("今年以来，全市新签约项目30个。全市产业基础较好，汇集了28家世界500强企业。", "全市")
    assert [f.period for f in figs] == ["今年以来", None]
    figs = extract_figures("截至6月底，全市新签约项目30个。全市拥有高新技术企业46家。", "全市")
    assert [f.period for f in figs] == ["截至6月底", "截至6月底"]  # an as-of date is still its period


def test_a_year_glued_to_an_approval_dates_it_and_is_not_carried():
    from jdash.figures import extract_figures

    text = "2017年获批筹建市级物流园，2020年获批省级物流园。园区规划面积3000亩，仓储面积80万平方米。"
    assert [f.period for f in extract_figures(text, "泗水县")] == [None, None]
    assert extract_figures("2019年，全县经济平稳运行。全县接待游客700万人次。", "泗水县")[0].period == "2019年"


# ---- days off take the name of the holiday their article names (issue 14, point 3)

def test_days_off_are_named_after_the_holiday_the_headline_names():
    from jdash.figures import extract_figures

    got = extract_figures("两天假期，全县共接待游客12万人次，实现旅游收入0.8亿元。", "泗水县", heading="中秋小长假泗水游人如织")
    assert [f.period for f in got] == ["中秋假期", "中秋假期"]


def test_days_off_take_the_holiday_named_last_before_them():
    from jdash.figures import extract_figures

    text = "春节假期，全县接待游客9万人次。清明节前后，各景区游人不断。假期首日，全县接待游客2万人次。"
    assert [f.period for f in extract_figures(text, "泗水县")] == ["春节假期", "清明假期首日"]


def test_days_off_of_no_named_holiday_are_kept_and_never_solid():
    from jdash.confidence import SOLID
    from jdash.figures import extract_figures

    f = extract_figures("两天假期，全县共接待游客12万人次。", "泗水县")[0]
    assert f.period == "两天假期" and f.confidence < SOLID


@pytest.mark.parametrize("text, period", [
    ("今年“端午”，全县接待游客6万人次。", "今年端午"),  # a year, then the holiday with no span word
    ("“国庆”七天长假，全县接待游客60万人次。", "国庆七天长假"),  # its length between
    ("今年端午节假期，全县接待游客6万人次。", "今年端午节假期"),
])
def test_a_holiday_printed_with_its_length_or_after_a_year_is_read_whole(text, period):
    from jdash.figures import extract_figures

    assert extract_figures(text, "泗水县")[0].period == period


def test_a_carried_this_year_in_a_holiday_story_is_the_holidays():
    from jdash.figures import extract_figures

    text = "今年端午天气晴好，游客出行意愿强。据统计，全县共接待游客8万人次；实现旅游收入0.6亿元。今年，全县旅游收入达到40亿元。"
    got = [f.period for f in extract_figures(text, "泗水县", heading="端午小长假泗水游人如织")]
    assert got == ["今年端午假期", "今年端午假期", "今年"]  # a 今年 printed in its own sentence stays the year's
    assert [f.period for f in extract_figures(text, "泗水县")] == ["今年", "今年", "今年"]  # no holiday story


def test_that_day_is_the_day_printed_before_it():
    from jdash.figures import extract_figures

    text = "3月6日上午，全县春季重大项目集中开工仪式举行。当天集中开工的15个项目涵盖新材料等领域。"
    assert [f.period for f in extract_figures(text, "泗水县")] == ["3月6日上午"]
    text = "中秋假期首日，各景区游人如织。当日，全县接待游客2万人次。"
    assert [f.period for f in extract_figures(text, "泗水县")] == ["中秋假期首日"]
    assert [f.period for f in extract_figures("当天，全县接待游客2万人次。", "泗水县")] == ["当天"]  # no day printed before


# ---- a span of years over a list of values, one per year

def test_values_listed_after_a_span_of_years_take_its_years_in_order():
    from jdash.figures import extract_figures

    text = "2020—2022年，全县蔬菜产量分别为40万吨、42万吨和45万吨，单产分别为3.1吨、3.2吨和3.4吨。"
    got = [f.period for f in extract_figures(text, "汶上县")]
    assert got == ["2020年", "2021年", "2022年"] * 2


def test_a_span_of_years_stays_when_the_values_are_not_one_per_year():
    from jdash.figures import extract_figures

    got = extract_figures("2020—2022年，全县新建学校和幼儿园分别为12所、8所。", "汶上县")
    assert [f.period for f in got] == ["2020—2022年", "2020—2022年"]
    got = extract_figures("2020—2022年，全县累计完成投资300亿元。", "汶上县")
    assert [f.period for f in got] == ["2020—2022年"]


def test_a_span_split_by_year_is_not_carried_to_the_next_sentence():
    from jdash.figures import extract_figures

    text = "2020—2022年，全县蔬菜产量分别为40万吨、42万吨和45万吨。全县蔬菜合作社120家。"
    assert extract_figures(text, "汶上县")[-1].period is None
    text = "2020—2022年，全县累计完成投资300亿元。新增企业120家。"
    assert extract_figures(text, "汶上县")[-1].period == "2020—2022年"  # a span that stays one goes on


# ---- stocks take no span carried from an earlier sentence

def test_a_count_of_what_a_place_now_holds_takes_no_carried_span():
    from jdash.figures import extract_figures

    text = "今年以来，全县新增市场主体460家。全县现有规上企业300家。"
    assert [f.period for f in extract_figures(text, "汶上县")] == ["今年以来", None]
    text = "截至6月底，全县新增市场主体460家。全县现有规上企业300家。"  # an as-of date still is its period
    assert [f.period for f in extract_figures(text, "汶上县")] == ["截至6月底", "截至6月底"]


def test_a_figure_sizing_the_thing_after_it_takes_no_carried_period():
    from jdash.figures import extract_figures

    text = "目前，全县重大项目完成投资30亿元。投资8亿元的青禾智能装备产业园投入运营。"
    assert [f.period for f in extract_figures(text, "任城区")] == ["目前", None]


def test_a_past_period_followed_by_words_of_the_present_dates_no_figure_after_them():
    """`当年` (back then) opens the story's past; `今天的…` brings it to today: the figures after it, in its sentence and
    the sentences after, are of no period printed."""
    from jdash.figures import extract_figures

    text = "当年为了脱贫，某某带领乡亲们种起山药，才有了今天的“山药专业村”——办起加工厂12家。村集体年收入突破80万元。"
    assert [(f.value, f.period) for f in extract_figures(text, "金乡县")] == [(12, None), (80, None)]
    assert [f.period for f in extract_figures("当年，全村办起加工厂3家，村集体年收入20万元。", "金乡县")] == ["当年", "当年"]
