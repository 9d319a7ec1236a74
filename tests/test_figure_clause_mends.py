"""Labels, periods and scopes read from the rest of a figure's clause or sentence (issue 14, figure precision): what
a share of a class did, a modal word between a measure and its number, a bare yearly or economic output named by the
thing its sentence grows, a length labelled by a verb of extent named by what runs; the first quarter printed 首季, a
year so far ended by a dated 截至, the year just ended; 齐鲁 naming the province. Invented text."""

from jdash.figure_metric import _gap_words, gap_is_empty
from jdash.figures import extract_figures, year_so_far_as_of
from jdash.period_classes import period_class


def _one(text, value, county="某县"):
    return next(f for f in extract_figures(text, county) if f.value == value)


def test_a_share_of_a_class_keeps_what_that_part_did():
    text = "今年，85%以上的稻田秸秆都实现了粉碎还田，其余秸秆打捆外运。"
    assert _one(text, 85).metric == "稻田秸秆粉碎还田"


def test_a_share_with_no_lead_word_keeps_its_label():
    # no adverb or 实现 after the class: nothing tells an act from the rest of a noun phrase, so nothing is added
    assert _one("全镇60%的青壮年劳力进城务工。", 60).metric == _one("全镇60%的青壮年劳力进城务工，", 60).metric
    assert "是" not in _one("全县70%的芦笋苗，是这家合作社育的。", 70).metric


def test_a_modal_word_between_a_measure_and_its_number_is_no_label():
    assert gap_is_empty("有望突破") and "有望" in _gap_words().words
    assert _one("预计今年该厂产值有望突破2.6亿元。", 2.6).metric.endswith("产值")


def test_the_first_quarter_printed_shou_ji_is_a_period_of_the_first_quarter():
    f = _one("今年首季，全区实现营业收入8.4亿元。", 8.4, "某区")
    assert f.period == "今年首季"
    assert period_class(f.period) == period_class("一季度")


def test_a_dated_as_of_ends_the_year_so_far():
    f = _one("截至5月10日，今年来某县的游客达12万人次，同比增长9%。", 12)
    assert f.period == "截至5月10日"
    assert _one("今年，全县接待游客3万人次。", 3).period == "今年"
    assert year_so_far_as_of("截至目前，今年", [(0, 4, "截至目前"), (5, 7, "今年")], 1) is None  # no day: 今年 stays
    part = _one("截至9月底，全区在孵企业300家，其中今年新入孵企业80家。", 80, "某区")
    assert part.period == "今年"  # a part set apart from the day's stock by 其中 keeps its year


def test_a_bare_yearly_or_economic_output_takes_the_thing_grown():
    assert _one("某县常年种植芦笋5万亩，年均产量6万吨。", 6).metric == "芦笋年均产量"
    assert _one("今年全县莲藕种植面积达3.2万亩，预计将实现经济总产值4亿元。", 4).metric == "莲藕经济总产值"


def test_a_length_labelled_by_a_verb_of_extent_names_what_runs():
    assert _one("青石河蜿蜒向前，东西过境31公里。", 31).metric == "青石河东西过境"
    assert _one("运河东西纵横30公里，沿岸建有码头。", 30).metric == "运河东西纵横"
    assert _one("某县境内，东西过境31公里。", 31).metric == "过境"  # no noun opens the sentence: left as it was


def test_the_year_just_ended_is_a_period_of_the_year_before():
    from jdash.figure_period import display_period
    f = _one("刚刚过去的一年，某县紧抓项目建设，全县15个省级重点项目完成投资额居全市前列。", 15)
    assert f.period == "刚刚过去的一年"
    assert display_period(f.period, 2023) == "2022年" and period_class(f.period) == period_class("去年")



def test_qilu_opening_a_clause_with_a_month_names_the_province():
    assert _one("齐鲁5月，麦浪翻滚，4800多万亩冬小麦进入灌浆期。", 4800, "某县").county == "全省"
    assert _one("某县是齐鲁粮仓的一角，种植冬小麦60万亩。", 60, "某县").county == "某县"

def test_counts_listed_by_what_each_did_keep_their_own_act():
    text = "合作社负责人和9家酒店签约、和30多家酒店达成合作意向，当场订购2万多斤。"
    assert [_one(text, v).metric for v in (9, 30)] == ["签约酒店", "达成合作意向的酒店"]
    assert all(f.metric != "合作社负责人" for f in extract_figures("合作社负责人和9家超市签约。", "某县"))
    assert _one("活动期间举行2场圆桌对话、6场专题演讲、3个分论坛。", 6).metric != "演讲专题"  # a list of counts
    assert _one("某区与6家企业签订合作协议。", 6, "某区").metric == "签订合作协议的企业"


def test_a_planned_completion_is_named_a_plan():
    f = _one("年内计划完成投资36亿元。", 36, "某区")
    assert (f.metric, f.canonical_metric, f.target) == ("计划完成投资", "计划投资", True)


def test_days_counted_back_or_on_are_a_time_not_a_figure():
    assert not extract_figures("该船于19天前从某港出发，经运河驶入长江。", "某县")
    assert not extract_figures("新厂房12天后投产。", "某县")
    assert _one("今年工期缩短15天。", 15).unit == "天"


def test_an_event_day_names_the_event_the_article_named():
    from jdash.figure_period import event_named, name_the_event
    text = "开幕当天，全县景区共接待游客3万余人次。活动期间，签约项目9个。"
    found = {f.value: f.period for f in extract_figures(text, "某县", heading="某县第五届梨花旅游节开幕")}
    assert found == {3: "梨花旅游节开幕当天", 9: "梨花旅游节期间"}
    assert [f.period for f in extract_figures(text, "某县")][:1] == ["开幕当天"]  # no event named: kept as printed
    assert event_named("某山“二月二”庙会暨乡村欢乐汇开幕") == "某山“二月二”庙会"
    assert event_named("春节期间，全县接待游客") is None and name_the_event("上半年", "梨花节") == "上半年"


def test_a_verb_of_speaking_or_aiming_is_no_label():
    assert _one("说起自家的150多亩花生，他满意得很。", 150).metric == "花生"
    assert "紧盯" not in _one("某开发区紧盯总投资120亿元的30个重点工程。", 120).metric


def test_a_spec_is_no_figure():
    assert not extract_figures("车间里两台1200吨液压机正在运转。", "某县")
    assert not extract_figures("园区攻克“零下40℃耐寒性能”等技术难题。", "某县")
    assert _one("全年产饲料5万吨。", 5).unit == "万吨" and _one("营收“9000亿元”。", 9000).unit == "亿元"


def test_a_stretch_of_time_opening_a_clause_is_the_period():
    from jdash.figure_period import display_period
    f = _one("5月3日，某镇庙会开幕，3天时间，前往某镇的游客达6万多人次。", 6)
    assert f.period == "3天时间" and display_period(f.period, 2023) == "3天时间（2023年）"
    assert _one("两年的时间，全镇建成了300多个大棚。", 300).period == "两年的时间"
