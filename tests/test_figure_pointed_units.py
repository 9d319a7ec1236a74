"""A unit pointed back to or speaking for itself (issue 14, figure precision, "sub-unit"): 这块示范区 after the zone was
named, a firm's person telling after 据 or right after a quotation, 企业 after a group was named. The figure's label
names the unit, and it stays off the county cards. Invented text."""

from jdash.confidence import SOLID
from jdash.figure_subject import bare_unit_name, clause_opening_subject
from jdash.figures import extract_figures


def by_value(text: str, county: str = "泗水县") -> dict[float, object]:
    return {f.value: f for f in extract_figures(text, county)}


def test_a_pointer_with_its_measure_word_points_back_to_the_named_zone():
    text = "走进泗水县青禾高产示范区，豆荚饱满。“这块示范区总面积3万亩，亩产有望超过300公斤。”全县大豆面积20万亩。"
    assert bare_unit_name(text, "这块示范区", text.index("这块")) == "泗水县青禾高产示范区"
    figs = by_value(text)
    assert "青禾高产示范区" in figs[3].metric and "青禾高产示范区" in figs[300].metric
    assert figs[3].confidence < SOLID and not figs[20].metric.startswith("泗水县青禾")


def test_a_firms_person_telling_after_ju_speaks_for_the_firm_and_qiye_is_that_firm():
    text = "记者来到青禾集团的厂区。据青禾集团副总经理王某介绍，新车间去年建成，总投资6亿元。企业明年产能将达5万吨/年。"
    assert clause_opening_subject("据青禾集团副总经理王某介绍") == "青禾集团"
    figs = by_value(text)
    assert figs[6].metric.startswith("青禾集团") and figs[5].metric.startswith("青禾集团")


def test_a_firm_printed_with_its_speaker_right_after_a_quotation_owns_what_we_counted():
    text = "“我们坚持自主育种，目前已培育新品种16个。”青禾种业有限公司董事长王某介绍。全县良种覆盖率98%。"
    figs = by_value(text)
    assert figs[16].metric.startswith("青禾种业有限公司") and figs[16].confidence < SOLID
    assert not figs[98].metric.startswith("青禾")
