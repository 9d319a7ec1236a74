"""A figure's label from the measuring verb or noun of its own clause (issue 14, figure precision: the judges' kinds
label-vague, label-fragment, county and unit): a length with nothing named, a measured act between its doer and the
number, electricity in 万度/亿度, a yardstick's rate in brackets, the act a counted class did at an event.
All text invented."""

import pytest

from jdash.confidence import batch_of
from jdash.figure_metric import bracketed_yardstick
from jdash.figure_read import read_figures
from jdash.figures import extract_figures

NOT_EMITTED = "not emitted"


def read(text: str, value: float, county: str = "某县"):
    return next((f for f in extract_figures(text, county) if f.value == value), None)


def label_of(text: str, value: float, county: str = "某县") -> str | None:
    f = read(text, value, county)
    return f.metric if f else NOT_EMITTED


# length_of_what_runs: a length inside the place names what runs, the name opening the sentence
@pytest.mark.parametrize("text, value, metric", [
    ("青云快速铁路途经嘉祥县和曲阜市，境内全长为88公里。", 88, "青云快速铁路境内全长"),
    ("白沙引水干渠流经梁山县和汶上县，全线长度36公里。", 36, "白沙引水干渠全线长度"),
    ("该河道境内长度60公里。", 60, "河道境内长度"),  # the thing is printed before the length itself
])
def test_a_length_inside_the_place_names_what_runs(text, value, metric):
    assert label_of(text, value) == metric


def test_a_length_after_a_place_opening_the_sentence_takes_no_place_as_what_runs():
    # a place (青云市) is no railway: the project named with its own figure stays the label's thing
    got = label_of("青云市北湖引水连通工程投资4.6亿元，穿越汶上县，全长41公里。", 41)
    assert got == "青云市北湖引水连通工程全长"


def test_a_breakdown_in_brackets_does_not_take_the_whole_length():
    text = "青云快速铁路途经嘉祥县和曲阜市，境内全长为88公里（其中甲站-乙站为51.2公里）。"
    assert label_of(text, 88) == "青云快速铁路境内全长"
    assert label_of(text, 51.2) != "青云快速铁路境内全长"


# act_before_number: the act between its doer and the number is the measure
@pytest.mark.parametrize("text, value, metric", [
    ("去年，某光伏电站累计发电3.2亿度。", 3.2, "光伏电站发电"),
    ("此次活动共签约15万吨。", 15, "签约"),  # an event is when it was signed, not who signed
    ("客商与企业签订销售协议，共签约8万吨大蒜。", 8, "签约大蒜"),  # what was signed follows the number
    ("全县蔬菜出口12万吨。", 12, "蔬菜出口"),  # the act already in the label
])
def test_a_measured_act_stays_in_the_label(text, value, metric):
    assert label_of(text, value) == metric


def test_a_word_ending_in_yue_is_no_approximation():
    assert [r.approx for r in read_figures("此次活动共签约15万吨，投资约3亿元")] == [None, "约"]


# units: 度 is a kilowatt-hour only after 万 or 亿
def test_electricity_in_wan_or_yi_du_is_read_with_its_unit():
    assert [(r.value, r.unit) for r in read_figures("储能电站累计充电量4500万度，上网电量5.8亿度")] == [
        (4500.0, "万度"), (5.8, "亿度")]
    assert read_figures("今天最高气温30度") == []


# bracketed_yardstick: a place's average printed in brackets is that place's rate, and the gap after it is named
def test_a_yardstick_in_brackets_is_the_provinces_rate():
    text = "前4个月，全市工业用电量增长9.2%，快于全省平均（5.6%）3.6个百分点，快于全国（4.8%）4.4个百分点。"
    got = {f.value: (f.metric, f.county, f.kind) for f in extract_figures(text)}
    assert got[9.2] == ("工业用电量增速", "全市", "rate")
    assert got[5.6] == ("工业用电量增速", "全省", "rate")
    assert got[3.6] == ("工业用电量增速快于全省平均", "全市", "rate")
    assert got[4.8] == ("工业用电量增速", "全国", "rate")
    assert got[4.4] == ("工业用电量增速快于全国", "全市", "rate")


def test_a_bracket_after_no_comparison_is_no_yardstick():
    text = "增长9.2%，快于全省平均（5.6%）"
    assert bracketed_yardstick(text, 7, 14) == "全省"
    assert bracketed_yardstick("全国（4.8%）", 0, 3) == "全国"  # a list item after a comparison: its place
    assert bracketed_yardstick("其中工业（4.8%）", 0, 5) is None


# act_of_counted_class: what a counted class did at an event stays in its label
@pytest.mark.parametrize("text, value, metric", [
    ("推介会上，9个康养文旅工程成功签约。", 9, "康养文旅工程成功签约"),
    ("全县7个乡村振兴项目入选省级示范名单。", 7, "乡村振兴项目入选省级示范名单"),
    ("今年有80家企业参加了此次展销会。", 80, "参加展销会的企业"),  # attendance: the event pointed to by 此次
    ("全市有文化旅游项目36个。", 36, "文化旅游项目"),  # no act: the class as printed
])
def test_the_act_of_a_counted_class_stays_in_its_label(text, value, metric):
    assert label_of(text, value) == metric


def test_a_batch_named_with_its_act_is_the_class_before_it():
    assert batch_of("康养旅游项目列入市级重点项目库") == "康养旅游项目"
    assert batch_of("重点项目库") is None


def test_units_a_body_puts_into_a_class_are_all_of_them():
    # 将…列入: the county's firms put into a plan, not a part of them that did something
    assert label_of("全区将86家成长型企业列入培育计划。", 86) == "成长型企业"


# act_on_counted, act_along_list: what was done to the things counted in the period stays in the label
@pytest.mark.parametrize("text, value, metric", [
    ("今年共搬迁库区13个村庄。", 13, "搬迁库区村庄"),  # the act and its object before the count
    ("在东岗村新开辟停车场4处。", 4, "东岗村新开辟停车场"),  # the act before the class (and the one place)
    ("今年以来，共清理柴草堆57处、废弃坑塘9处。", 9, "清理废弃坑塘"),  # a list item takes the act of the one before
    ("全区集中开工6个重点产业项目。", 6, "集中开工重点产业项目"),  # a flow word whole, not 开工 alone
    ("青云智慧谷建设1个项目。", 1, "青云智慧谷项目"),  # the verb is inside a name (the one project is the named one's)
    ("全县拥有企业36家。", 36, "企业"),  # a predicate is no act
])
def test_what_was_done_to_the_things_counted_stays_in_the_label(text, value, metric):
    assert label_of(text, value) == metric


def test_a_count_named_with_its_act_is_still_the_subject_of_what_follows():
    got = {f.value: (f.metric, f.subject) for f in extract_figures("全县已建成9处鱼菜共生基地，面积达2100亩。", "某县")}
    assert got[9][0] == "已建成鱼菜共生基地"
    assert got[2100] == ("鱼菜共生基地面积", "9处鱼菜共生基地")


def test_a_measure_verb_reaches_its_object_past_a_size_word():
    assert label_of("黄金周期间，全市接待大型研学团队230个。", 230) == "接待大型研学团队"


def test_a_change_listed_after_a_count_is_its_change():
    got = [(f.value, f.metric) for f in extract_figures("前三季度，在建5亿元以上项目64个、增加19个，签约项目40个。")]
    assert got[:2] == [(64, "在建5亿元以上项目"), (19, "在建5亿元以上项目增加")]
    assert label_of("全县新建学校5所、改扩建学校11所。", 11) == "改扩建学校"  # no change word: an item of its own
