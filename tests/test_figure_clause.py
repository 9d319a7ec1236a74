"""The clause reader (jdash/figure_clause.py): the noun phrase a figure measures, and labels composed from it.
Text is invented."""
import pytest

from jdash.figure_clause import names_a_part, read_clause, subject_before, topic_of
from jdash.figures import extract_figures


def labels(text, county=None):
    return {f.value: (f.metric, f.canonical_metric) for f in extract_figures(text, county)}


@pytest.mark.parametrize("before, subject", [
    ("1至9月，全县骨干项目累计", "骨干项目"),          # a class, after a time and a place
    ("截至8月底全县玉米", "玉米"),                      # a thing measured, after 截至 and a date
    ("今年，全县重点帮扶的家庭农场", "重点帮扶的家庭农场"),  # a relative clause says which
    ("今年以来，全县", ""),                              # a place is no subject
    ("组织农户", ""),                                    # an object after a verb is none
    ("青禾合作社", ""),                                  # a named unit is the unit readers'
])
def test_the_subject_before_a_measure(before, subject):
    assert read_clause(before, "完成投资").subject == subject


def test_a_part_of_the_place_is_a_class_or_a_sector():
    assert names_a_part("骨干项目") and names_a_part("纺织工业") and not names_a_part("玉米")


def test_a_parts_measure_is_named_after_the_part_and_is_no_county_total():
    got = labels("1至9月，全县骨干项目累计完成投资42亿元。全县完成投资90亿元。", "泗水县")
    assert got[42] == ("骨干项目累计完成投资", None)
    assert got[90] == ("完成投资", "完成投资")


def test_a_things_measure_keeps_the_measures_standard_metric():
    got = labels("截至8月底，全县农村劳动力转移就业2.1万人。", "泗水县")
    assert got[2.1][0] == "农村劳动力转移就业"


def test_a_counted_class_owns_the_measures_its_sentence_goes_on_with():
    got = labels("今年以来，全县实施骨干项目35个，完成投资42亿元，利税3亿元。", "泗水县")
    assert got[42] == ("骨干项目完成投资", None) and got[3] == ("骨干项目利税", None)


def test_one_example_before_a_count_is_no_subject_of_the_count():
    got = labels("青禾食品有限公司“青禾”牌挂面等12家企业入选品牌名录。", "泗水县")
    assert not got[12][0].startswith("青禾")


@pytest.mark.parametrize("clause, topic", [
    ("此次动工的青云湖长堤是湖区景观的主体工程", "青云湖长堤"),
    ("王庄村北部的青石岭路已修建完成", "青石岭路"),
    ("该项目是全县最大的示范项目", None),      # a bare unit word: the unit readers'
    ("青禾公司总经理王某介绍", None),          # what someone said
    ("项目占地120亩", None),                    # a clause with a figure of its own
])
def test_the_thing_a_sentences_opening_clause_is_about(clause, topic):
    assert topic_of(clause) == topic


def test_a_size_printed_alone_after_a_clause_about_one_thing_is_that_things():
    got = labels("此次动工的青云湖长堤是湖区景观的主体工程，总投资2.4亿元，堤长4千米，总面积20万平方米。", "泗水县")
    assert [got[v][0] for v in (2.4, 4, 20)] == ["青云湖长堤总投资", "青云湖长堤堤长", "青云湖长堤总面积"]
    assert all(got[v][1] is None for v in (2.4, 4, 20))
    # a place's measures after a clause about the place stay the place's
    got = labels("今年以来，全县经济运行平稳，固定资产投资增长8%。", "泗水县")
    assert got[8][0] == "固定资产投资增速"
