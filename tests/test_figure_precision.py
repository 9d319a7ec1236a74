"""Figure precision on real text, second round (issue 14 items 1–2): one test per failure kind a blind judge
found among figures, each on invented text. Kinds: a bare measure with no thing (产量, 收获面积), …"""

import pytest

from jdash.confidence import SOLID, names_no_thing
from jdash.figures import extract_figures


def by_value(text, county="金乡县"):
    return {f.value: f for f in extract_figures(text, county)}


# ---- a bare measure (产量, 单产, 收获面积) says how much, not of what: it takes the thing from its sentence

@pytest.mark.parametrize("text, value, metric", [
    ("今年全县小麦收获面积55万亩，单产486公斤，总产5.4亿斤。", 55, "小麦收获面积"),
    ("今年全县小麦收获面积55万亩，单产486公斤，总产5.4亿斤。", 486, "小麦单产"),
    ("今年全县小麦收获面积55万亩，单产486公斤，总产5.4亿斤。", 5.4, "小麦总产"),
    ("上半年全县蔬菜收获面积22万亩、产量48万吨，收获蘑菇240万平方米、产量3.5万吨。", 48, "蔬菜产量"),
    ("上半年全县蔬菜收获面积22万亩、产量48万吨，收获蘑菇240万平方米、产量3.5万吨。", 3.5, "蘑菇产量"),
    ("特别是全县大蒜产业快速发展，种植面积达到30万亩，增长66.7%。", 30, "大蒜种植面积"),
    ("特别是全县大蒜产业快速发展，种植面积达到30万亩，增长66.7%。", 66.7, "大蒜种植面积增速"),
    ("一季度，全县西瓜收获面积1.6万亩；单产3527公斤；总产量5.8万吨。", 3527, "西瓜单产"),  # across ；
    ("目前，全镇葡萄种植面积达到1.2万亩。", 1.2, "葡萄种植面积"),  # 全镇 is no part of the thing
])
def test_a_bare_measure_takes_the_thing_of_its_sentence(text, value, metric):
    assert by_value(text)[value].metric == metric


def test_a_crops_measure_is_no_countys_measure():
    """小麦单产 is not the county's 单产, nor 蔬菜产量 its 产量: no canonical metric, so never on a county card."""
    figs = by_value("上半年全县蔬菜收获面积22万亩、产量48万吨。")
    assert figs[22].canonical_metric is None and figs[48].canonical_metric is None


def test_a_verb_before_the_measure_is_no_thing():
    assert by_value("截至目前，开工建设面积14.3万平方米。")[14.3].metric == "开工建设面积"
    assert by_value("今年营业收入35亿元，产量3万吨。")[3].metric == "产量"  # 营业收入 is no thing


@pytest.mark.parametrize("text, value", [
    ("上半年，全县产量48万吨。", 48),
    ("上半年，全县种植面积达到30万亩，增长6.7%。", 6.7),
])
def test_a_measure_of_nothing_named_is_never_solid(text, value):
    f = by_value(text)[value]
    assert names_no_thing(f) and f.confidence < SOLID
