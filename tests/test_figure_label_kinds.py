"""Metric labels taken from the wrong words (issue 14, figure precision), by kind: a comparison's base read as the
measure, a negating prefix cut off, a share read as the amount it divides, a measure per item read as a total, a
level's bound kept on a listed level. Invented text."""

from jdash.figures import extract_figures


def _labels(text):
    return [(f.value, f.metric, f.canonical_metric) for f in extract_figures(text, "泗水县")]


def test_a_rate_against_last_years_same_period_is_the_rate_of_the_amount_before_it():
    labels = _labels("全县完成税收4.2亿元，较去年同期提高17%。")
    assert [m for _, m, _ in labels] == ["税收", "税收增速"]


def test_a_negating_prefix_stays_with_its_noun():
    labels = _labels("这个镇登记不可移动文物91处。")
    assert labels == [(91, "不可移动文物", None)]


def test_a_share_of_an_amount_is_no_amount():
    labels = _labels("年底分出合作社利润的25%给社员。")
    assert labels == [(25, "合作社利润比重", None)]


def test_a_level_against_a_base_is_no_share_of_an_amount():
    labels = _labels("3月中旬产能恢复到往年水平的85%以上。")
    assert not labels[0][1].endswith("比重")


def test_a_measure_per_item_keeps_its_item():
    labels = _labels("某村有大棚3个，每个棚一年收入4万元。")
    assert labels[-1][1].startswith("每个棚") and labels[-1][2] is None


def test_a_listed_level_replaces_the_level_and_its_bound():
    labels = _labels("全县建成市级以上示范农场30家，其中，国家级2家、省级11家。")
    assert [m for _, m, _ in labels] == ["市级以上示范农场", "国家级示范农场", "省级示范农场"]


def test_a_part_of_a_counted_class_is_labelled_by_what_it_did():
    labels = _labels("全县40个重点项目已有35个开工，8个竣工。")
    assert labels[1:] == [(35, "重点项目开工", None), (8, "重点项目竣工", None)]
