"""Key figures real pages print that jdash missed or misnamed (issue 14, figs19): a measure per year whose 年 opens
its clause, … Invented text."""

import pytest

from jdash.figures import extract_figures


def labels(text, county=None):
    return {(f.value, f.unit): f.metric for f in extract_figures(text, county=county)}


@pytest.mark.parametrize("text, key, metric", [
    ("某纸业公司年产瓦楞纸8万吨，年产值4.5亿元。", (4.5, "亿元"), "年产值"),
    ("全县秸秆综合利用中心投入运营，年处理能力15万吨。", (15, "万吨"), "年处理能力"),
])
def test_a_year_opening_its_clause_makes_the_measure_one_per_year(text, key, metric):
    assert labels(text)[key].endswith(metric)


@pytest.mark.parametrize("text, key, metric", [
    ("2022年，全县产值达到9亿元。", (9, "亿元"), "产值"),
    ("去年产值达到9亿元。", (9, "亿元"), "产值"),
])
def test_a_year_that_ends_a_period_stays_out_of_the_measure(text, key, metric):
    assert labels(text)[key].endswith(metric) and "年" not in labels(text)[key]


def test_a_measure_per_year_keeps_a_period_of_the_present():
    figs = extract_figures("目前，全县葡萄种植面积3万亩，年交易额超过2亿元。")
    got = {(f.value, f.unit): (f.metric, f.period) for f in figs}
    assert got[(2, "亿元")] == ("年交易额", "目前")


@pytest.mark.parametrize("text, key, metric", [
    ("河畔新建了一座36米高的电视塔。", (36, "米"), "电视塔"),
    ("园区南侧，12层高的综合楼拔地而起。", (12, "层"), "综合楼"),
    ("景区内一条800米长的木栈道串起了各个景点。", (800, "米"), "木栈道"),
])
def test_a_size_printed_before_the_thing_measures_that_thing(text, key, metric):
    assert labels(text)[key] == metric


def test_a_size_with_no_size_word_after_it_is_not_read_so():
    assert labels("全县新修道路36米，建成公园3处。")[(36, "米")] != "公园"


def test_a_villages_households_and_people_are_named_after_the_village():
    got = labels("青禾村现有320户、1100人，目前有260人在景区务工。", county="泗水县")
    assert got[(320, "户")] == "青禾村户数" and got[(1100, "人")] == "青禾村人口"


def test_people_living_or_working_somewhere_are_named_by_where_not_by_the_count_before():
    got = labels("青禾村现有320户、1100人，目前有260人在景区务工。", county="泗水县")
    assert got[(260, "人")] == "在景区务工"


@pytest.mark.parametrize("text", ["全县现有320户享受补贴。", "该合作社有社员320户。"])
def test_households_of_no_named_village_are_not_read_as_a_villages(text):
    assert not labels(text).get((320, "户"), "").endswith("户数")


@pytest.mark.parametrize("text, key, metric", [
    ("工地已打好8眼降水井进行排水。", (8, "眼"), "降水井"),
    ("这家农场以盆景为主，有200亩花苗地。", (200, "亩"), "花苗地"),
])
def test_a_one_character_head_after_the_counted_noun_stays_with_it(text, key, metric):
    assert labels(text)[key].endswith(metric)


def test_a_count_of_things_a_verb_describes_is_named_by_verb_and_thing():
    got = labels("颁奖典礼上，6个受到嘉奖的班组和个人荣获奖杯。")
    assert got[(6, "个")] == "受到嘉奖的班组和个人"


def test_a_count_an_idiom_describes_takes_no_label_from_it():
    assert labels("乐团推出了12个精彩纷呈的曲目。").get((12, "个"), "") != "精彩纷呈的曲目"


def test_a_sum_taken_out_for_a_purpose_is_named_by_the_purpose():
    assert labels("县财政每年拿出500万元扶持村集体经济。")[(500, "万元")] == "扶持村集体经济"


def test_a_sum_with_a_measure_before_it_keeps_the_measure():
    assert labels("今年县财政投入资金500万元扶持村集体经济。")[(500, "万元")] != "扶持村集体经济"


@pytest.mark.parametrize("text, key, metric", [
    ("今年，对城东路等近12公里供水管网进行改造。", (12, "公里"), "供水管网改造"),
    ("对全县300公里农村公路实施提档升级。", (300, "公里"), "农村公路提档升级"),
    ("对城区80余条街巷完成街巷硬化。", (80, "条"), "街巷硬化"),
    ("春节前，对120户困难群众进行了走访慰问。", (120, "户"), "走访慰问困难群众"),
])
def test_what_was_done_to_the_thing_after_dui_names_the_figure(text, key, metric):
    assert labels(text)[key] == metric


def test_a_thing_with_no_act_after_it_keeps_its_name():
    assert labels("今年对城东路等近12公里供水管网。")[(12, "公里")] == "供水管网"


def test_people_whose_problem_was_solved_are_named_by_the_problem():
    assert labels("新厂投产后还能解决120余人的就业问题。")[(120, "人")].endswith("解决就业")


def test_people_after_no_verb_of_solving_are_not_named_by_a_problem():
    assert not labels("厂里还有120余人的就业问题。").get((120, "人"), "").endswith("解决就业")


def test_work_done_on_so_much_of_a_thing_names_the_work():
    assert labels("仅用5天就完成了全部300亩土地的平整工作。")[(300, "亩")] == "土地平整工作"


def test_a_thing_with_no_work_after_it_stays_the_thing():
    assert labels("仅用5天就平整了全部300亩土地。")[(300, "亩")].endswith("土地")


@pytest.mark.parametrize("text, key, metric", [
    ("今春，村里新栽樱桃、杏树、海棠5万余棵。", (5, "万棵"), "樱桃、杏树、海棠"),
    ("全区今年新建中小学、幼儿园9所。", (9, "所"), "中小学、幼儿园"),
])
def test_things_listed_before_a_number_are_all_what_it_counts(text, key, metric):
    assert labels(text)[key].endswith(metric)


def test_a_list_paired_by_fenbie_is_not_one_label():
    assert "、" not in (labels("樱桃、杏树分别新栽3万棵和2万棵。").get((3, "万棵")) or "")


@pytest.mark.parametrize("text, key, metric", [
    ("园内有3万余株30多个品种的海棠树，花期很长。", (3, "万株"), "海棠树"),
    ("园区种植了5000棵20个品种樱桃树。", (5000, "棵"), "樱桃树"),
])
def test_a_count_followed_by_a_count_of_its_kinds_counts_the_thing_after_both(text, key, metric):
    assert labels(text)[key] == metric


def test_improved_seed_is_a_noun_in_the_label():
    assert labels("某种业公司去年繁育基地扩大，年产玉米良种800万公斤。")[(800, "万公斤")].endswith("玉米良种")


def test_a_list_item_the_tagger_cuts_names_its_own_figure_not_the_one_before():
    got = labels("全县已建成公共停车场3个、电动车充电桩点120个。")
    assert got[(120, "个")] == "电动车充电桩点"


def test_a_change_in_a_list_is_not_read_as_an_item():
    assert labels("全县公共停车场达到30个、比上年增加12个。").get((12, "个")) != "比上年增加"
