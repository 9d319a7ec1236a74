"""Key figures whose measure was misnamed (issue 14, figs7): the level a count grew to (…发展到338家), what
remains (仅剩), and a share named only 占比 after a count. Invented text."""

import pytest

from jdash.figures import extract_figures


def labels(text, county=None):
    return {(f.value, f.unit): f.metric for f in extract_figures(text, county=county)}


@pytest.mark.parametrize("text, key, metric", [
    ("全县高新技术企业发展到41家。", (41, "家"), "高新技术企业"),
    ("全县“专精特新”企业发展到19家，农业园区增加到12处。", (19, "家"), "“专精特新”企业"),
    ("全县“专精特新”企业发展到19家，农业园区增加到12处。", (12, "处"), "农业园区"),
    ("全县小麦种植面积由2019年的3万亩扩大到今年的5万亩。", (5, "万亩"), "小麦种植面积"),
])
def test_the_level_a_thing_grew_to_is_named_after_the_thing(text, key, metric):
    assert labels(text)[key] == metric


def test_what_remains_is_named_without_the_verb():
    assert labels("经过整治，湖区养殖网箱仅剩0.8万亩。")[(0.8, "万亩")] == "养殖网箱"


def test_a_share_named_only_share_is_the_share_of_the_count_before():
    got = labels("今年开工项目90个，其中工业项目54个、占比达到60%。")
    assert got[(60, "%")] == "开工项目中工业项目占比"  # a part's share of the batch (jdash.figure_scope)


def test_a_share_of_a_named_whole_keeps_its_name():
    got = labels("全县完成技改投资12亿元，占工业投资的40%。")
    assert got[(40, "%")].startswith("技改投资占")


@pytest.mark.parametrize("text, key, metric", [
    ("全县亩产龙虾160公斤。", (160, "公斤"), "亩产龙虾"),
    ("全县已建成省级旅游特色村7个。", (7, "个"), "省级旅游特色村"),
    ("全镇新发展好客人家农家乐12家。", (12, "家"), "好客人家农家乐"),
])
def test_a_head_noun_jieba_tags_as_a_name_or_a_suffix_is_kept(text, key, metric):
    assert labels(text)[key].endswith(metric)


def test_households_of_a_village_named_by_its_place_are_no_count_of_villages():
    figs = extract_figures("渭河村现有320户、1100人，目前有300人在水街居住。")
    assert all(f.canonical_metric != "村数" for f in figs)


@pytest.mark.parametrize("text, key, metric", [
    ("今年新修的8.5公里生产路已通车。", (8.5, "公里"), "生产路"),
    ("该镇规划建设了30平方公里的食品产业园。", (30, "平方公里"), "食品产业园"),
    ("村里承包了1200余亩的水面，发展生态养殖。", (1200, "亩"), "水面"),
    ("改造工程即6.4公里二级航道已完工。", (6.4, "公里"), "二级航道"),
])
def test_an_amount_printed_before_a_thing_is_the_size_of_that_thing(text, key, metric):
    assert labels(text)[key].endswith(metric)


def test_a_measure_named_before_an_amount_keeps_its_name():
    got = labels("园区投资3000万元建设污水处理厂，占地面积120亩的厂区已封顶。")
    assert got[(3000, "万元")].endswith("投资")


def test_a_pace_after_an_amount_is_not_what_it_measures():
    got = labels("每年塌陷地以2万亩的速度递增。")
    assert got.get((2, "万亩")) != "速度"


def test_the_size_of_one_thing_is_no_county_measure():
    figs = extract_figures("某县规划建设了12平方公里的物流园区。")
    assert [f.canonical_metric for f in figs if f.unit == "平方公里"] == [None]


@pytest.mark.parametrize("text, key, metric", [
    ("明年计划实施项目60个，其中机械类21个、食品类9个。", (21, "个"), "机械类"),
    ("全区9个市级重点储备类项目全部开工。", (9, "个"), "市级重点储备类项目全部开工"),  # (the act stays: act_of_counted_class)
])
def test_a_class_named_with_lei_keeps_its_suffix(text, key, metric):
    assert labels(text)[key] == metric


@pytest.mark.parametrize("text, key, metric", [
    ("紧盯总投资80亿元的36个“百项重点工程”。", (36, "个"), "“百项重点工程”"),
    ("全县储备了150个“双百工程”重点项目。", (150, "个"), "“双百工程”重点项目"),
])
def test_a_quoted_name_after_a_count_is_what_it_counts(text, key, metric):
    assert labels(text)[key] == metric


def test_a_class_after_examples_keeps_what_they_did_at_the_event():
    # the judges of issue 14: without 签约 the count reads as the county's stock of such works
    got = labels("博物馆、体育中心、污水处理厂等12个民生改造工程成功签约。")
    assert got[(12, "个")] == "民生改造工程成功签约"



@pytest.mark.parametrize("text, key, metric", [
    ("全市先后获得3项全省第一、45项市级以上先进荣誉。", (45, "项"), "市级以上先进荣誉"),
    ("新引进12名副高级以上人才。", (12, "名"), "副高级以上人才"),
])
def test_a_level_and_its_bound_stay_in_what_is_counted(text, key, metric):
    assert labels(text)[key].endswith(metric)


def test_a_count_of_designations_the_province_awards_is_named_with_the_province():
    got = labels("截至目前，济宁市拥有5个山东旅游强县，31个山东省旅游强乡镇。")
    assert got[(5, "个")] == "山东旅游强县" and got[(31, "个")] == "山东省旅游强乡镇"
