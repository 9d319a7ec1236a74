"""A figure's owner read from the grammar of its sentence (jdash/figure_owner.py): the project, firm, line, team or
listed batch its clause speaks of, not the county (issue 14, figure precision, kind sub-unit). Invented text."""

from jdash.confidence import SOLID
from jdash.figure_owner import clause_owner, funded_owner, head_phrase, listed_batch, modified_owner, owner_of, strip_opening
from jdash.figures import extract_figures


def by_value(text: str, county: str = "泗水县") -> dict[float, object]:
    return {f.value: f for f in extract_figures(text, county)}


def test_a_figure_in_a_modifier_belongs_to_the_noun_it_modifies():
    figs = by_value("这意味着全长86公里、总投资120亿元的青禾城际铁路进入全面施工阶段。")
    assert figs[86].subject == "青禾城际铁路" and figs[120].subject == "青禾城际铁路"
    assert figs[86].metric.startswith("青禾城际铁路") and figs[86].canonical_metric is None


def test_a_modifier_of_a_bare_noun_names_no_owner():
    t = "投资8亿元的项目陆续开工。"
    assert modified_owner(t, 5, len(t)) is None


def test_an_amount_invested_belongs_to_the_work_its_verb_names():
    figs = by_value("今年以来，投资300多万元，实施了白杨河清淤工程。")
    assert figs[300].subject == "白杨河清淤工程" and figs[300].canonical_metric is None


def test_an_amount_invested_for_a_purpose_names_no_owner():
    t = "投资300万元，用于改善道路。"
    assert funded_owner(t, 2, 8, len(t)) is None


def test_a_possessive_before_the_subject_is_left_out():
    figs = by_value("如今，他的青禾果蔬专业合作社带动了周边农户600户，年销售额达到800万元。")
    assert figs[600].subject == figs[800].subject == "青禾果蔬专业合作社"
    assert figs[800].metric == "青禾果蔬专业合作社年销售额"


def test_a_modifier_opening_the_subject_is_left_out():
    assert strip_opening("即将投入运营的青禾美术馆坐落于") == "青禾美术馆坐落于"
    figs = by_value("即将投入运营的青禾美术馆坐落于湖畔，总建筑面积1.2万平方米。")
    assert figs[1.2].subject == "青禾美术馆"


def test_the_county_named_before_a_firm_is_where_it_lies():
    figs = by_value("泗水县鑫源种植农民专业合作社组建以来，流转土地260亩。")
    assert figs[260].subject == "泗水县鑫源种植农民专业合作社"


def test_a_project_named_after_an_adverb_owns_its_amount():
    figs = by_value("首批签约项目中，仅青禾储能项目投资就达36亿元。", "全市")
    assert figs[36].subject == "青禾储能项目" and figs[36].confidence < SOLID


def test_a_listed_batch_owns_the_figures_after_it():
    assert listed_batch("青禾山景区、白云湖景区等两个景区共接待游客") == "青禾山景区、白云湖景区等两个景区"
    figs = by_value("其中，纳入统计的青禾山景区、白云湖景区等两个景区共接待游客12.6万人次。", "全市")
    assert figs[12.6].subject == "青禾山景区、白云湖景区等两个景区"
    assert figs[12.6].metric == "接待游客" and figs[12.6].canonical_metric is None


def test_a_later_clause_goes_on_with_its_sentences_subject():
    t = "青禾合作社成立于2015年，目前带动农户300户，年销售额达到900万元。"
    assert owner_of(t, 0, t.index("900"), t.index("900") + 5, len(t)) == "青禾合作社"


def test_the_county_as_subject_keeps_the_figure_the_countys():
    assert clause_owner("全县企业实现利税") == ""
    figs = by_value("全县新建合作社12个，带动农户3000户。")
    assert figs[3000].subject is None


def test_the_first_of_listed_examples_owns_no_count():
    figs = by_value("目前，青禾公司年产5万吨饲料、白云公司年产3万吨纸等12个项目已投产。", "全市")
    assert figs[12].subject is None


def test_a_subject_that_is_only_a_count_gives_way_to_the_named_owner():
    figs = by_value("她的青禾农机合作社30名机手分两组作业，每天收割600亩。", "全市")
    assert figs[600].subject == "青禾农机合作社"


def test_a_status_word_may_open_an_owners_name():
    figs = by_value("如今湿地景区内生态良好，现有鸟类160种。", "微山县")
    assert figs[160].subject == "湿地景区"


def test_a_name_in_quotes_or_with_an_aside_is_one_owner():
    assert clause_owner("“青禾”景区共接待游客8.6万人次") == "“青禾”景区"
    assert clause_owner("青禾（南门）旅游景区接待游客") == "青禾（南门）旅游景区"


def test_a_road_from_one_place_to_another_owns_its_investment():
    figs = by_value("甲县至乙县公路全线采用一级公路标准，概算投资26.5亿元。", "全市")
    assert figs[26.5].subject == "甲县至乙县公路"


def test_a_festival_named_with_its_edition_owns_its_figures():
    figs = by_value("本届青禾樱桃节将持续6天，吸引了美食、文创等300多家商户参与。", "泗水县")
    assert figs[300].subject == "青禾樱桃节" and figs[300].metric.startswith("青禾樱桃节")
    figs = by_value("第五届中国•青禾樱桃节8日在某县开幕，来自省内外的客商300余人参加开幕仪式。", "泗水县")
    assert figs[300].subject == "中国•青禾樱桃节"


def test_a_word_ending_in_jie_names_no_festival():
    assert clause_owner("关键环节投入资金") is None


def test_figures_named_after_their_clause_keep_their_own_measure():
    figs = by_value("国庆期间，“青禾”景区共接待游客8.6万人次、门票收入520万元，分别上升12.5%和8.4%。", "曲阜市")
    assert figs[12.5].metric.endswith("接待游客增速") and figs[8.4].metric.endswith("门票收入增速")


def test_nouns_after_the_word_of_one_thing_up_to_a_number_are_a_label():
    assert head_phrase("研学旅游团队游客2万人次") is None
    figs = by_value("营业收入增长8%，研学旅游团队游客2万人次，营业收入5亿元。")
    assert figs[5].metric == "营业收入"  # no 研学旅游团队营业收入


def test_a_work_funded_takes_no_period_carried_to_its_sentence():
    figs = by_value("今年以来，青禾镇加快民生工程建设。投资300多万元，实施了白杨河清淤工程。")
    assert figs[300].subject == "白杨河清淤工程" and figs[300].period is None


def test_a_list_opening_with_an_act_is_no_batch():
    figs = by_value("眼下厂里开足马力、加紧供应青禾管道项目等8个重点工程项目，每日发车量达到60辆。", "全市")
    assert figs[60].subject is None
