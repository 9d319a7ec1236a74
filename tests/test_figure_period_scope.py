"""A figure's period has a scope (issue 14, figure precision): its own clause, then its sentence, then the paragraph's
frame, and a sentence that states a frame of its own (the present, a yearly habit, a milestone's date) takes none
carried from an earlier one: a figure whose period is unknown says so rather than borrow a wrong one. Invented text."""

from jdash.figure_period import display_period
from jdash.figures import extract_figures


def _periods(text):
    return [(f.value, f.period) for f in extract_figures(text, "泗水县")]


def test_recent_years_said_with_some_are_a_period_of_their_own():
    text = "今年以来，全县新发展家庭农场12家。近些年来，全县复垦荒地7000余亩，新栽林木4000余亩。"
    assert _periods(text) == [(12, "今年以来"), (7000, "近些年来"), (4000, "近些年来")]
    assert display_period("近些年来", 2023) == "近些年来（至2023年）"


def test_a_sentence_opening_in_the_present_takes_no_period_carried_before_it():
    text = "今年一季度，全县新发展家庭农场12家。如今，这个码头已建成泊位6个，开通航线4条。"
    assert _periods(text) == [(12, "今年一季度"), (6, None), (4, None)]


def test_a_present_carried_goes_on_into_a_sentence_opening_in_the_present():
    text = "目前，全县有合作社80家。如今，园区又引来加工企业9家。"
    assert _periods(text) == [(80, "目前"), (9, "目前")]


def test_a_quoted_sentence_opening_in_the_present_takes_no_carried_year():
    text = "2022年，某村建起了大棚。“现在大棚一共有14个，都种上了草莓。"
    assert _periods(text)[-1] == (14, None)


def test_the_present_opening_a_sentence_with_no_figures_frames_no_sentence_after_it():
    text = "目前，全县秋冬种正有序推进。东岭村投资80万元建起了烘干房。"
    assert _periods(text) == [(80, None)]


def test_a_period_opening_the_clause_after_a_lead_frames_the_sentences_after_it():
    text = "记者从县商务局获悉，一季度，全县外贸进出口总额完成9亿元。其中，机电产品出口3亿元。"
    assert _periods(text) == [(9, "一季度"), (3, "一季度")]


def test_a_sentence_printing_several_periods_after_its_lead_frames_none():
    text = "乐园去年5月1日开园，五一假期接待游客3万人次，到年底共接待游客20万人次。随后乐园新增座椅80张。"
    assert _periods(text)[-1] == (80, None)


def test_a_yearly_habit_takes_no_year_carried_before_it():
    text = "1998年，这里被命名为山药之乡。每年经这个市场销出的山药达1.2万吨，销往20多个省份。"
    assert _periods(text) == [(1.2, None), (20, None)]


def test_a_yearly_habit_goes_on_in_a_span_of_years():
    text = "近年来，县里不断加大扶持力度。县财政每年安排900万元扶持合作社。"
    assert _periods(text) == [(900, "近年来")]


def test_a_milestone_dated_after_yu_dates_no_figure_after_it():
    text = "2030年，县里引进了一个新材料项目。厂房于2031年3月动工，概算投资9千万元。"
    assert _periods(text)[-1] == (9, None)


def test_an_event_held_on_its_days_dates_the_figures_after_it():
    text = "第三届青禾论坛将于5月8日至9日在某地举办，来自12个国家的学者近百名将出席。"
    assert _periods(text)[0] == (12, "5月8日至9日")


def test_an_events_span_named_by_its_kind_is_a_period():
    text = "第三届青禾文明论坛将于5月8日在某地举办。论坛期间，将举行高端对话3场、主题演讲4场。"
    assert _periods(text) == [(3, "论坛期间"), (4, "论坛期间")]


def test_a_capacity_glued_to_a_projects_name_takes_no_carried_period():
    text = "一季度，全县新开工项目12个。重点推进年产5万吨饲料8万吨有机肥项目建设。"
    assert _periods(text) == [(12, "一季度"), (5, None), (8, None)]


def test_a_year_glued_into_a_name_after_shi_is_no_period_of_the_clauses_after_it():
    text = "某装备项目是2031年省级重点项目，项目建设生产线5条。"
    assert _periods(text) == [(5, None)]


def test_a_frame_printed_twice_in_the_lead_is_one_frame():
    # the report's year in its source's name (某县2021年经济运行发布会) and again opening the clause of the figures
    text = ("日前，从某县2021年经济运行发布会了解到，2021年，该县生产总值520亿元、增长8.5%。"
            "全县工业增加值增长9.1%。全县建设投资增长6.4%。")
    assert [f.period for f in extract_figures(text)] == ["2021年"] * 4


def test_this_years_months_opening_a_sentence_frame_the_sentences_after_it():
    # 今年 before a span of months is no period of its own: the months are, for the figures after them too
    text = "今年1—5月份，全县规模工业增长8.2%。其中，食品业增长3.1%、纺织业增长4.4%。"
    assert [f.period for f in extract_figures(text)] == ["1—5月份"] * 3
