"""Number reading (jdash.figure_read): units of weather, wells, poultry, lamps, pairs, loans and storeys, and temperatures below zero.
Invented text."""

import pytest

from jdash.figure_read import prepare, read_figures
from jdash.figures import extract_figures


def read(text):
    return [(r.value, r.unit) for r in read_figures(prepare(text))]


@pytest.mark.parametrize("text, want", [
    ("全县平均降水仅12.4毫米", (12.4, "毫米")),
    ("新打机井320眼", (320, "眼")),
    ("养殖蛋鸡5万羽", (5, "万羽")),
    ("最高气温达到36℃", (36, "℃")),
])
def test_units_of_rain_wells_birds_and_heat_are_read(text, want):
    assert want in read(text)


@pytest.mark.parametrize("text", ["他眼前一亮", "三眼睛", "5羽毛球场"])
def test_a_unit_inside_another_word_is_no_unit(text):
    assert not [u for _, u in read(text) if u in ("眼", "羽")]


def test_a_temperature_below_zero_is_negative():
    assert read("夜间最低气温降至-2.5℃，山区零下6℃") == [(-2.5, "℃"), (-6, "℃")]


def test_a_range_of_temperatures_is_not_below_zero():
    assert all(v > 0 for v, _ in read("气温在3-8℃之间"))


def test_a_frost_is_extracted_with_its_measure():
    figs = extract_figures("受冷空气影响，某县最低气温降至-1.2℃。")
    assert [(f.value, f.unit, f.metric) for f in figs] == [(-1.2, "℃", "最低气温")]


def test_prepare_unwraps_as_the_look_behind_passes_did_on_random_text():
    """prepare's passes open each match with the space or break they remove; the text out is what the four
    look-behind substitutions they replace gave."""
    import random
    import re

    from jdash.figure_read import _UNWRAP

    old = [r"(?<=\S)\n(?=\S)", r"(?<=\d)[ \t]*(?:\n[ \t]*)?(?=[^\s\d])", r"(?<=\d)\n(?=[\d.])",
           r"(?<=[^\s\dA-Za-z，。、；：,;:])[ \t]*(?:\n[ \t]*)?(?=\d)"]  # (not after a Latin letter: GDP 86亿元)
    rng = random.Random(3)
    alphabet = "12 \t\n\n亿，.a。:\u3000\xa0"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        a = b = text
        for before, now in zip(old, _UNWRAP):
            a, b = re.sub(before, "", a), now.sub("", b)
            assert a == b, text
    assert prepare("达 98.5%，共53 \n亿元，468\n.3亿元") == "达98.5%，共53亿元，468.3亿元"


def test_latin_units_and_the_spoken_hundred_million_are_read_a_letter_glued_otherwise_is_not():
    read = [(r.value, r.unit) for r in read_figures(prepare("总投资5个亿，铺设管网12km，重5kg，救治病例300例，年产能2万吨/年，5G基站30个，A3地块，3kmh"))]
    assert read == [(5.0, "个亿"), (12.0, "km"), (5.0, "kg"), (300.0, "例"), (2.0, "万吨/年"), (30.0, "个")]


@pytest.mark.parametrize("text, want", [
    ("沿河新装景观灯320杆", (320, "杆")),
    ("更换节能灯头1200盏", (1200, "盏")),
    ("园内添置长条座椅40对", (40, "对")),
    ("发放小额贴息贷款3.2万笔", (3.2, "万笔")),
    ("新建一座16层的综合楼", (16, "层")),
])
def test_units_of_lamps_pairs_loans_and_storeys_are_read(text, want):
    assert want in read(text)


@pytest.mark.parametrize("text", ["全镇3对接帮扶", "签约5笔记本", "提升3层次"])
def test_lamps_pairs_loans_and_storeys_inside_another_word_are_no_units(text):
    assert not [u for _, u in read(text) if u in ("对", "笔", "层")]


def test_a_count_of_lamps_takes_the_lamps_as_its_metric():
    figs = extract_figures("今年以来，全县新装路灯860杆。")
    assert [(f.value, f.unit, f.metric) for f in figs] == [(860, "杆", "新装路灯")]


@pytest.mark.parametrize("text, want", [
    ("建成一座2.2GW的光伏电站。", [(2.2, "GW", 2_200_000.0)]),
    ("储能电站规模80MWh。", [(80.0, "MWh", 80_000.0)]),
    ("新建风电项目装机50兆瓦。", [(50.0, "兆瓦", 50_000.0)]),
    ("新线设计时速250公里/小时。", [(250.0, "公里/小时", 250.0)]),
    ("馆藏古籍1200卷。", [(1200.0, "卷", 1200.0)]),
])
def test_units_of_power_speed_and_volumes_are_read(text, want):
    assert [(f.value, f.unit, f.normalised_value) for f in extract_figures(text)] == want


def test_a_degree_alone_is_no_figure():
    assert extract_figures("室外气温达到35度。") == []


def test_a_class_of_size_is_no_amount():
    assert extract_figures("全力打造千亿级、三百亿级产业集群。") == []
    assert [(f.value, f.unit) for f in extract_figures("打造百亿级产业园，总投资50亿元。")] == [(50.0, "亿元")]


def test_a_number_spaced_after_latin_letters_stays_apart_from_them():
    # GDP 86亿元: the space kept, the number stands alone (glued, GDP115 reads as a code like 5G, no figure)
    assert [(r.value, r.unit) for r in read_figures(prepare("全镇实现GDP 86亿元，增长9%。"))] == [(86.0, "亿元"), (9.0, "%")]
    assert [(r.value, r.unit) for r in read_figures(prepare("采用5G网络，A3地块"))] == []


def test_metres_printed_as_m():
    assert [(r.value, r.unit) for r in read_figures(prepare("新修环岛路总长1200m，山高86.5m"))] == [(1200.0, "m"), (86.5, "m")]
    assert [(r.value, r.unit) for r in read_figures(prepare("使用5mm钢板"))] == []
