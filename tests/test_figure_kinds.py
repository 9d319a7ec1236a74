"""Figure precision on real pages (issue 14): one test per kind of error a blind check found, each with
invented text. Kinds: 1 county from a passing mention, 2 periods carried or guessed, 3 a metric without
the word that defines what is counted, 4 plans as results, 5 thresholds and durations as figures,
6 lists, 7 a named place's figure as the county's."""

import pytest

from jdash.figures import _canonical, batch_label, extract_figures, periods


def one(text, value, **kw):
    """The figure of `value` read from `text`."""
    found = [f for f in extract_figures(text, **kw) if f.value == value]
    assert len(found) == 1, [(f.value, f.metric) for f in extract_figures(text, **kw)]
    return found[0]


# ---- kind 3: the metric keeps the word that defines what is counted

@pytest.mark.parametrize("text, value, metric", [
    ("本次集中开工项目30个，总投资80亿元。", 30, "集中开工项目"),
    ("参会企业20家，达成意向合作项目15个。", 20, "参会企业"),
    ("参会企业20家，达成意向合作项目15个。", 15, "意向合作项目"),
    ("全市38个项目集中开工。", 38, "集中开工项目"),  # the verb after the count ends the clause
    ("今年共实施项目20个。", 20, "项目"),  # a predicate (实施) states the count, it names no class
    ("全县服务业项目6个。", 6, "服务业项目"),  # the nouns before a known metric stay
    ("2021年产值超40亿元。", 40, "产值"),  # a year is the period, not part of the metric
])
def test_metric_keeps_the_defining_words(text, value, metric):
    assert one(text, value).metric == metric


def test_defining_words_keep_the_canonical_metric():
    f = one("本次观摩考察项目30个。", 30)
    assert (f.metric, f.canonical_metric) == ("观摩考察项目", _canonical("项目").canonical)
    f = one("参会企业20家。", 20)
    assert (f.metric, f.canonical_metric) == ("参会企业", _canonical("企业").canonical)


# ---- kind 5: thresholds and durations are no figures

def test_thresholds_in_a_list_are_not_amounts():
    figs = extract_figures("其中50亿元以上项目1个、10亿元以上3个、5亿元以上12个。")
    assert [(f.value, f.unit) for f in figs] == [(1, "个"), (3, "个"), (12, "个")]


@pytest.mark.parametrize("text, kept", [
    ("国庆假期8天，全县接待游客40万人次。", [(40, "万人次")]),
    ("活动为期3天，签约项目12个。", [(12, "个")]),
    ("全年空气质量优良天数182天。", [(182, "天")]),  # a count of days that is the measure stays
])
def test_durations_are_not_figures(text, kept):
    assert [(f.value, f.unit) for f in extract_figures(text)] == kept


# ---- kind 6: lists

def test_a_list_keeps_each_label_and_rates_take_the_measure_before_respectively():
    figs = extract_figures("工业项目8个、服务业项目6个、农业项目4个，完成率分别为160%、120%、150%。")
    assert [f.metric for f in figs[:3]] == ["工业项目", "服务业项目", "农业项目"]
    rates = figs[3:]
    assert [(f.value, f.metric, f.subject) for f in rates] == [
        (160, "完成率", "工业项目"), (120, "完成率", "服务业项目"), (150, "完成率", "农业项目")]


def test_respectively_without_a_measure_of_its_own_still_pairs_with_the_amounts():
    figs = extract_figures("全县接待游客48万人次，实现旅游收入2.4亿元，分别增长16.2%和18.7%。")
    assert [f.metric for f in figs[2:]] == ["接待游客增速", "旅游收入增速"]


# ---- kind 2: periods

@pytest.mark.parametrize("text, value, period", [
    ("国庆假期，全县接待游客35万人次。", 35, "国庆假期"),
    ("假期首日，全县接待游客3.2万人次。", 3.2, "假期首日"),
    ("中秋假期第二天，全县接待游客8万人次。", 8, "中秋假期第二天"),
    ("春节期间，全县接待游客50万人次。", 50, "春节期间"),
    ("今年国庆假期，全县接待游客35万人次。", 35, "今年国庆假期"),
    ("截至2月7日，全县累计接种疫苗12万剂。", 12, "截至2月7日"),  # a cut date is kept whole
    ("春节期间，全县接待游客50万人次，恢复至2019年的85%。", 85, "春节期间"),  # 2019年 is the base
])
def test_holidays_cut_dates_and_bases(text, value, period):
    assert one(text, value).period == period


def test_holiday_periods_are_data():
    assert periods().fullmatch("端午小长假")


def test_a_stock_takes_no_period_from_an_earlier_sentence():
    figs = extract_figures("上半年，全县完成固定资产投资20亿元。该项目占地面积120亩，总投资5亿元。")
    assert [f.period for f in figs] == ["上半年", None, None]
    # printed in its own sentence, the period stays
    assert one("上半年，全县新开工项目12个，总投资50亿元。", 50).period == "上半年"


@pytest.mark.parametrize("heading, label", [
    ("2020年一季度重大项目集中开工", "2020年一季度"),
    ("春季集中开工活动举行", "春季"),
    ("全市2022年第一批重大项目开工", "2022年第一批"),
    ("某县27个项目集中开工", None),
])
def test_batch_labels(heading, label):
    assert batch_label(heading) == label


def test_a_batch_label_is_the_period_of_the_batchs_figures():
    body = "全县集中开工项目30个，总投资80亿元。该项目占地120亩，总投资5亿元。"
    figs = extract_figures(body, heading="2020年一季度重大项目集中开工")
    assert [f.period for f in figs] == ["2020年一季度", "2020年一季度", None, None]
    # a year printed alone in the lead is the batch's when the batch label opens with it
    lead = "3月1日，全市2022年第一批重大项目集中开工，全市共集中开工项目45个。"
    assert one(lead, 45).period == "2022年第一批"


def test_a_stock_takes_the_period_across_a_semicolon():
    text = "1至8月份，全区工业增加值增长8.9%；新签约项目42个，总投资328亿元。"
    assert one(text, 328).period == "1至8月份"


def test_a_level_reached_keeps_its_own_year():
    text = "居民人均收入由2015年的3140元增加到今年的8960元。"
    assert one(text, 8960).period == "今年"


# ---- kind 4: plans and projections are targets (Figure.target), never results

@pytest.mark.parametrize("text, value, target", [
    ("项目建成后年新增产值50亿元，利税5亿元。", 50, True),  # a projection
    ("项目建成后年新增产值50亿元，利税5亿元。", 5, True),
    ("项目达产后可实现年销售收入40亿元。", 40, True),
    ("年内计划完成投资12亿元。", 12, True),
    ("全县完成投资12亿元。", 12, False),  # a result stays a result
    ("项目建成后年新增产值50亿元，已完成投资5亿元。", 5, False),  # 已: done
])
def test_plans_and_projections_are_targets(text, value, target):
    assert one(text, value).target is target


def test_a_yearly_plan_is_not_a_total_investment():
    assert one("年度计划投资30亿元。", 30).canonical_metric != one("总投资30亿元。", 30).canonical_metric


# ---- kind 1: a place named in passing is not the figure's place

@pytest.mark.parametrize("text, county, value, want", [
    ("我县大蒜出口量位居全省第3位，出口额达到12亿元。", "金乡县", 12, "金乡县"),  # a ranking
    ("入选全省首批试点县，建成冷库300座。", "金乡县", 300, "金乡县"),  # a yardstick
    ("经济总量居全市第一，实现地区生产总值900亿元。", "邹城市", 900, "邹城市"),
    ("全省新开工项目1200个。", "兖州区", 1200, "全省"),  # the province as the subject stays
    ("全市第一批重大项目集中开工，开工项目45个。", None, 45, "全市"),  # 第一批 is no ranking
])
def test_rankings_and_yardsticks_are_not_scopes(text, county, value, want):
    assert one(text, value, county=county).county == want


def test_the_venue_of_a_city_wide_event_is_not_its_place():
    text = "全市重大项目集中开工仪式在汶上县举行，共集中开工项目45个，总投资120亿元。"
    assert [f.county for f in extract_figures(text)] == ["全市", "全市"]
    # a county's own event held in the county stays the county's
    own = "在汶上县举行的集中开工仪式上，集中开工项目45个。"
    assert one(own, 45, county="汶上县").county == "汶上县"


# ---- kind 7: a named place's figure is not its county's total

def test_a_named_places_figure_keeps_the_place_and_no_canonical_metric():
    figs = extract_figures("国庆期间，泗水县青云山景区接待游客5万人次，全县接待游客20万人次。", county="泗水县")
    place, county = figs
    assert (place.metric, place.canonical_metric, place.county) == ("青云山景区接待游客", None, "泗水县")
    assert county.metric == "接待游客" and county.canonical_metric  # the county's total stays comparable


@pytest.mark.parametrize("text, metric", [
    ("济宁高新区王因街道实现营业收入12亿元。", "王因街道营业收入"),
    ("全县各乡镇共接待游客3万人次。", "接待游客"),  # 各乡镇: every town, no one place
    ("景区接待游客3万人次。", "景区接待游客"),  # a bare 景区 names no place, but is the subject: the unit's figure
])
def test_places_before_a_metric(text, metric):
    assert extract_figures(text)[0].metric == metric


@pytest.mark.parametrize("text, metric", [
    ("新增城镇就业6800人。", "就业"),  # 城镇 is no named place
    ("共建设村台社区和外迁安置社区6个。", "外迁安置社区"),  # 和 joins a list, the place is not the subject
    ("示范区内主要景区共接待游客12.6万人次。", "接待游客"),
])
def test_no_place_where_none_is_named(text, metric):
    assert extract_figures(text)[0].metric == metric


def test_noun_modifiers_are_printed_as_they_stand():
    assert one("带动村集体增收3200万元。", 3200).metric != "带动村集体增收"
    assert one("建成智能工厂和数字化车间23个。", 23).metric == "数字化车间"


@pytest.mark.parametrize("text, kept", [
    ("其中50亿元以上项目1个、10亿元以上3个。", [(1, "50亿元以上项目"), (3, "10亿元以上项目")]),
    ("全县过10亿元项目68个。", [(68, "过10亿元项目")]),  # a bound before the amount: a threshold too
    ("投资5亿元以上的项目12个。", [(12, "5亿元以上项目")]),
    ("全县营收超过10亿元，同比增长8%。", [(10, "营收"), (8, "营收增速")]),  # a bound of a measure stays
])
def test_a_count_of_a_bounded_class_keeps_the_bound(text, kept):
    assert [(f.value, f.metric) for f in extract_figures(text)] == kept


def test_a_routes_length_is_not_one_ends_county():
    figs = extract_figures("济宁至曲阜高速公路全长68公里，其中任城区境内12公里。", county="任城区")
    assert [(f.value, f.county) for f in figs] == [(68, "全市"), (12, "任城区")]
    # 截至 is no route
    assert one("兖州区截至目前农村公路里程达到1200公里。", 1200).county == "兖州区"


@pytest.mark.parametrize("text, value, metric, canonical", [
    ("三孔景区日接待游客超过2万人次。", 2, "三孔景区日接待游客", None),  # per day, at a place
    ("全县日均客流量3.2万人次。", 3.2, "日均客流量", None),
    ("今日全县接待游客2万人次。", 2, "接待游客", "游客接待量"),  # 今日 is a day, not a rate
])
def test_a_measure_per_day_keeps_the_word_and_is_no_total(text, value, metric, canonical):
    f = one(text, value)
    assert (f.metric, f.canonical_metric) == (metric, canonical)


def test_an_attributive_clause_before_a_count_defines_it():
    f = one("此次集中开工的23个项目，总投资86亿元。", 23)  # the attributive as printed, 集中开工项目's canonical
    assert (f.metric, f.canonical_metric) == ("集中开工的项目", _canonical("集中开工项目").canonical)


@pytest.mark.parametrize("text, period", [
    ("国庆假期期间，全县接待游客120万人次。", "国庆假期期间"),
    ("春节假日，全县接待游客3万人次。", "春节假日"),
    ("假期高峰期，全县接待游客2万人次。", "假期高峰期"),
])
def test_more_holiday_spans(text, period):
    assert extract_figures(text)[0].period == period


def test_an_attributive_clause_defines_a_count_only_when_it_opens_the_phrase():
    assert one("全县出台支持专用车出口的10条措施。", 10).metric == "措施"


def test_what_a_sentence_goes_on_to_say_of_a_place_is_the_places():
    figs = extract_figures("尼山圣境景区接待游客5万人次，同比增长12%，实现旅游收入2亿元。")
    assert [(f.metric, f.canonical_metric) for f in figs] == [
        ("尼山圣境景区接待游客", None), ("尼山圣境景区接待游客增速", None), ("尼山圣境景区旅游收入", None)]
    county = extract_figures("全县接待游客5万人次，同比增长12%，实现旅游收入2亿元。")
    assert all(f.canonical_metric for f in county)
    # a clause with its own subject is not the place's
    assert one("尼山圣境景区接待游客5万人次，全县接待游客20万人次。", 20).metric == "接待游客"
    # a count of places (农贸市场42处) is no place's figure: the next clause is not about it
    assert one("全市规范提升农贸市场42处，新增停车泊位1.6万个。", 1.6).metric == "新增停车泊位"


@pytest.mark.parametrize("text, value, metric", [
    ("1至5月完成投资386亿元，完成年度计划的47%。", 47, "年度计划完成率"),
    ("全县完成年度目标任务的62%。", 62, "年度目标任务完成率"),
    ("全市完成投资320亿元，占年度计划的56%。", 56, "完成投资占年度计划比重"),  # a share of the plan, named by 占
    ("全县营收实现去年同期的120%。", 120, None),  # a level against a base: not a completion
])
def test_a_share_of_a_plan_done_is_a_completion_rate(text, value, metric):
    got = one(text, value)
    assert got.metric == metric if metric else not got.metric.endswith("完成率")
    if metric and metric.endswith("完成率"):
        assert got.canonical_metric is None


# ---- a span of days between a place and its metric

@pytest.mark.parametrize("text, metric", [
    ("青云山景区假日七天共接待游客5.2万人次。", "青云山景区接待游客"),
    ("青云山旅游区假期期间7天共接待游客5.2万人次。", "青云山旅游区接待游客"),
    ("青云山景区国庆期间接待游客5.2万人次。", "青云山景区接待游客"),
])
def test_a_span_of_days_between_a_place_and_its_metric(text, metric):
    figs = extract_figures(text)
    assert [(f.value, f.metric, f.canonical_metric) for f in figs] == [(5.2, metric, None)]


def test_days_before_what_happened_in_them_are_no_figure():
    assert [f.value for f in extract_figures("景区5天累计接待游客3万人次，3天内完成清运。")] == [3]
    assert [f.value for f in extract_figures("全年空气优良天数182天。")] == [182]


# ---- a place spoken of across ；, a change against a named year, landmarks

def test_the_sentence_after_a_semicolon_goes_on_about_the_place():
    figs = extract_figures("其中，青云山景区接待游客3万人次；营业收入110万元，同比增长12%。全县营业收入5亿元。")
    assert [(f.metric, f.canonical_metric) for f in figs] == [
        ("青云山景区接待游客", None), ("青云山景区营业收入", None), ("青云山景区营业收入增速", None),
        ("营业收入", "营业收入")]
    # a sentence with its own subject after ； is not the place's
    assert one("青云山景区接待游客3万人次；全县营业收入5亿元。", 5).metric == "营业收入"


@pytest.mark.parametrize("text, value, metric", [
    ("全县营业收入110万元，比2019年增长15.98%。", 15.98, "营业收入较2019年增速"),
    ("全县营业收入110万元，较2019年同期下降5%。", 5, "营业收入较2019年降幅"),
    ("全县接待游客3万人次，恢复至2019年的88.6%。", 88.6, "接待游客与2019年之比"),
])
def test_a_change_against_a_named_year_is_no_yearly_rate(text, value, metric):
    got = one(text, value)
    assert (got.metric, got.canonical_metric) == (metric, None)
    assert one("全县营业收入110万元，同比增长12%。", 12).canonical_metric == "营业收入"


def test_a_landmarks_figure_is_its_countys():
    from jdash.figure_metric import landmarks

    for mark, county in landmarks().items():
        got = one(f"国庆期间，{mark}接待游客2万人次。", 2, county="全市")
        assert (got.metric, got.canonical_metric, got.county) == (f"{mark}接待游客", None, county)
    # a place named with its county's name is that county's
    assert one("汶上青云山景区接待游客2万人次。", 2, county="全市").county == "汶上县"
    assert one("青云山景区接待游客2万人次。", 2, county="全市").county == "全市"


# ---- batch periods

@pytest.mark.parametrize("heading, label", [
    ("举行2020年“双百”项目建设一季度集中开工仪式", "2020年一季度"),
    ("某市2020年一季度107个重点项目集中开工", "2020年一季度"),
    ("举行2025年春季全市高质量发展重大项目建设现场推进会", "2025年春季"),
])
def test_batch_labels_across_quotes_and_counts(heading, label):
    assert batch_label(heading) == label


def test_a_stock_takes_the_batch_period_when_its_sentence_names_the_batch():
    heading = "2020年三季度重大项目集中开工"
    assert one("某县纳入集中开工项目共有18个，总投资157.5亿元。", 157.5, heading=heading).period == "2020年三季度"
    assert one("该项目占地120亩，总投资5亿元。", 5, heading=heading).period is None
    # a season printed in the sentence is the batch's own
    assert one("全市三季度集中开工仪式举行，某县7个项目集中开工。", 7, heading=heading).period == "2020年三季度"


def test_a_sentence_opening_with_qizhong_goes_on_with_the_one_before():
    text = "2025年，全县共有89个项目纳入重点项目，总投资469亿元。其中，省级重点项目29个、总投资303亿元。"
    assert one(text, 303, heading="2025年春季重大项目集中开工").period == "2025年"


def test_a_projection_has_no_period():
    figs = extract_figures("2020年一季度集中开工项目8个，建成后年新增产值40亿元。")
    assert [(f.period, f.target) for f in figs] == [("2020年一季度", False), (None, True)]


@pytest.mark.parametrize("text, period", [
    ("年内计划完成投资62亿元。", "年内"),
    ("五年内完成投资62亿元。", "五年内"),  # a plan's years ahead, not this year's (figure_period.PLAN_AHEAD)
])
def test_nian_nei_is_this_years_period(text, period):
    assert extract_figures(text)[0].period == period


# ---- what a count of places goes on to do, and a scene set before the figures

def test_what_a_count_of_places_goes_on_to_do_is_theirs():
    text = "据统计，全县纳入统计的25家景区共接待游客26万人次，同比增长31%；实现营业收入1023万元。"
    figs = {f.value: f for f in extract_figures(text)}
    assert (figs[26].metric, figs[26].canonical_metric) == ("景区共接待游客", None)
    assert (figs[31].metric, figs[31].canonical_metric) == ("景区共接待游客增速", None)
    assert (figs[1023].metric, figs[1023].canonical_metric) == ("景区营业收入", None)
    # a class of firms too: what 44家企业 do is named as theirs, and stays comparable (data/comparable_classes.txt)
    fig = one("全县44家攀登企业实现营业收入35.9亿元，利润2亿元。", 35.9)
    assert (fig.metric, fig.canonical_metric) == ("攀登企业营业收入", "营业收入")
    fig = one("全县44家攀登企业实现营业收入35.9亿元，利润2亿元。", 2)
    assert (fig.metric, fig.canonical_metric) == ("攀登企业利润", "利润")
    # a class of projects is a part: its investment is no county's total
    fig = one("全县实施骨干项目35个，完成投资42亿元。", 42)
    assert (fig.metric, fig.canonical_metric) == ("骨干项目完成投资", None)
    # a unit's count is no class its measures are of: the park's new firms, the park's investment
    assert one("园区新增企业3家，完成固定资产投资140亿元。", 140).metric == "固定资产投资"


def test_a_rate_of_a_figure_with_no_canonical_metric_has_none():
    assert one("全县景区门票收入3亿元，同比增长12%。", 12).canonical_metric is None


@pytest.mark.parametrize("text, period", [
    ("据悉，国庆假期首日，各景区迎来高峰。全县接待游客3万人次。", "国庆假期首日"),
    ("9月11日，2018年某市推介会在北京举行。会上签约项目30个。", None),  # an event's name, not a period
])
def test_a_period_opening_a_clause_of_a_sentence_without_figures_sets_the_scene(text, period):
    assert extract_figures(text)[-1].period == period


# ---- the city by name, rankings, differences

def test_the_city_by_name_is_the_city():
    text = "后来，某县所在的济宁市建立辅导员队伍，选派辅导员723人对家庭农场主进行辅导。"
    assert one(text, 723, county="兖州区").county == "全市"
    # a county-level zone that opens with the city's name stays the zone
    assert one("济宁高新区新开工项目12个。", 12).county == "济宁高新区"


@pytest.mark.parametrize("text, value, metric, county", [
    ("优良天最多的县（市、区）是汶上县，为20天。", 20, "优良天", "汶上县"),
    ("同比改善幅度最大的县（市、区）是曲阜市，为40.7%，同比改善幅度最小的县（市、区）是金乡县，为20.9%。", 20.9,
     "同比改善幅度", "金乡县"),
    ("细颗粒物浓度最低的县（市、区）是兖州区，为85微克/立方米；最高的是金乡县，为111微克/立方米。", 111, "细颗粒物浓度",
     "金乡县"),
])
def test_a_ranking_names_the_measure_before_its_superlative(text, value, metric, county):
    got = one(text, value)
    assert (got.metric, got.county) == (metric, county)


@pytest.mark.parametrize("text, value, metric", [
    ("优良天数增加71天，重污染天数减少23天。", 71, "优良天数增加"),
    ("优良天数增加71天，重污染天数减少23天。", 23, "重污染天数减少"),
    ("全县新增加就业2000人。", 2000, "就业"),  # no measure before 增加: no difference
])
def test_a_measure_followed_by_its_change_is_a_difference(text, value, metric):
    assert one(text, value).metric == metric


def test_bags_and_boxes_are_units():
    assert [(f.value, f.unit) for f in extract_figures("种植规模达到1500万袋，销售礼盒3万箱。")] == [(1500, "万袋"), (3, "万箱")]


def test_a_per_day_word_anywhere_in_the_clause_makes_a_rate():
    got = one("国庆期间，青云山景区每天接待的游客数都接近2万人次。", 2)
    assert "每天" in got.metric and got.canonical_metric is None  # 某某景区每天…: the unit named first
    assert one("全县接待游客30万人次。", 30).canonical_metric == "游客接待量"


def test_a_generic_measure_takes_the_thing_before_it():
    got = one("青云山风景区接待游客数量达到了2.6万人次。", 2.6)
    assert (got.metric, got.canonical_metric) == ("青云山风景区接待游客数量", None)
    assert one("全县企业数量达到5000家。", 5000).metric == "企业数量"


@pytest.mark.parametrize("text, value, metric", [
    ("今年上半年，该公司实现营业收入5亿元。", 5, "公司营业收入"),
    ("上半年，这家企业实现利税3000万元。", 3000, "企业利税"),
])
def test_one_companys_figure_is_not_its_countys(text, value, metric):
    got = one(text, value, county="梁山县")
    assert (got.metric, got.canonical_metric) == (metric, None)
    assert one("上半年，全县实现营业收入5亿元。", 5, county="梁山县").canonical_metric == "营业收入"


def test_one_projects_total_is_never_solid():
    from jdash.confidence import SOLID

    got = one("上半年，该项目总投资5亿元。", 5, county="梁山县")
    assert got.metric == "项目总投资" and got.confidence < SOLID


def test_a_change_printed_as_zeng_is_a_difference_and_the_rate_after_is_the_levels():
    figs = {f.value: f for f in extract_figures("全县蔬菜总产量58.5万吨，同比增3.08万吨，增5.6%。")}
    assert (figs[3.08].metric, figs[3.08].canonical_metric) == ("蔬菜总产量增加", None)
    assert (figs[5.6].metric, figs[5.6].canonical_metric) == ("蔬菜总产量增速", None)  # one crop's output is no county's 产量


def test_rates_after_respectively_of_things_listed_elsewhere_are_not_comparable():
    text = "其中电子、焦化、橡胶等行业增势较好，一季度增加值分别增长15.9%、9.2%、4.5%。"
    assert all(f.canonical_metric is None for f in extract_figures(text))
    assert one("营业收入和利润同比分别增长12%和8%。", 12).canonical_metric == "营业收入"


@pytest.mark.parametrize("text, periods", [
    ("全市一、二、三季度分别进出口17亿元、25亿元、33亿元。", ["一季度", "二季度", "三季度"]),
    ("2021年1、2月分别实现营收3亿元、4亿元。", ["2021年1月", "2021年2月"]),
])
def test_periods_listed_before_respectively_pair_with_the_figures(text, periods):
    assert [f.period for f in extract_figures(text)] == periods


@pytest.mark.parametrize("text, metric", [
    ("其中青云山景区共接待游客3.8万人次。", "青云山景区接待游客"),  # 其中 opens the clause, not the place
    ("小长假期间，科技中心日接待游客达5000余人。", "科技中心日接待游客"),
])
def test_more_places_before_a_metric(text, metric):
    got = extract_figures(text)[0]
    assert (got.metric, got.canonical_metric) == (metric, None)


def test_a_span_of_days_opening_the_next_clause_still_goes_on_about_the_place():
    figs = extract_figures("小长假期间，青云科技中心日接待游客达5000余人，假期8天共接待游客3万人次。")
    assert [(f.metric, f.canonical_metric) for f in figs] == [
        ("青云科技中心日接待游客", None), ("青云科技中心接待游客", None)]


# ---- a sector's measure keeps the sector (the clause opens with it, 实现/完成 before the measure: figure_clause)

@pytest.mark.parametrize("text, value, metric, canonical", [
    ("1至5月份，全市规模以上工业实现增加值61.8亿元，同比增长2.6%。", 61.8, "规模以上工业增加值", "规上工业增加值"),
    ("1至5月份，全市规模以上工业实现增加值61.8亿元，同比增长2.6%。", 2.6, "规模以上工业增加值增速", "规上工业增加值"),
    ("2024年，全县新材料产业实现产值31.6亿元。", 31.6, "新材料产业产值", None),  # one industry's: no county's 产值
    ("上半年，全县规上工业企业实现营业收入31.6亿元。", 31.6, "规上工业企业营业收入", "营业收入"),
    ("上半年，全县实现地区生产总值200亿元。", 200, "地区生产总值", "地区生产总值"),  # the county: no sector
    ("上半年，全县预计实现地区生产总值200亿元。", 200, "地区生产总值", "地区生产总值"),  # an estimate, no sector
])
def test_a_sectors_measure_names_the_sector(text, value, metric, canonical):
    fig = one(text, value)
    assert (fig.metric, fig.canonical_metric) == (metric, canonical)


def test_a_sectors_share_of_a_measure_is_not_the_countys_but_the_standard_scope_is():
    from jdash.confidence import SOLID

    sector = one("2024年，泗水县新材料产业实现产值31.6亿元。", 31.6)
    scope = one("2024年，泗水县规模以上工业企业实现利润总额3.6亿元。", 3.6)
    assert sector.confidence < SOLID and scope.confidence >= SOLID and scope.canonical_metric == "利润"


def test_a_rates_name_alone_is_no_measure():
    from jdash.confidence import SOLID

    fig = one("上半年，泗水县社会消费品零售总额降幅较一季度收窄8.6个百分点。", 8.6)
    assert fig.confidence < SOLID


@pytest.mark.parametrize("text, value, metric", [
    ("该项目一期投资3亿元，占地600亩。", 3, "一期投资"),
    ("项目总投资10亿元，第一期投资约6亿元。", 6, "第一期投资"),
    ("全县完成投资3亿元。", 3, "完成投资"),
])
def test_a_projects_phase_stays_in_its_measure(text, value, metric):
    assert one(text, value).metric.endswith(metric)


def test_a_milestone_the_figure_before_it_crossed_is_no_figure_of_its_own():
    text = "全县生产总值520.3亿元，同比增长7.2%，首次迈过500亿元大关。"
    assert [(f.value, f.unit) for f in extract_figures(text)] == [(520.3, "亿元"), (7.2, "%")]
    alone = "今年全县粮食总产首次突破20亿斤大关。"  # the milestone is the only figure said: kept
    assert [(f.value, f.unit) for f in extract_figures(alone)] == [(20.0, "亿斤")]
