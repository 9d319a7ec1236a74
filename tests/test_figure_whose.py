"""A figure is solid only when its clauses speak of the county or its whole (issue 14, point 3): the subject
named nearest before it in its paragraph, never a unit named there, a part opened by 其中, or a bare act."""
from jdash.confidence import SOLID, county_not_subject, is_bare_act
from jdash.figure_subject import PART, ClauseSubjects, article_subject, subject_of
from jdash.figures import extract_figures


def solid(text, county="泗水县", **kw):
    return {f.value: f.confidence >= SOLID for f in extract_figures(text, county, **kw)}


def test_a_unit_named_in_the_sentence_before_keeps_its_figures_off_the_cards():
    text = "据悉，某某湖景区是国家5A级旅游景区。2022年累计接待游客98万人次，实现旅游综合收入4.5亿元。"
    assert solid(text) == {98: False, 4.5: False}


def test_the_county_named_in_the_sentence_before_keeps_them_solid():
    text = "2022年，全县旅游业加快发展。2022年累计接待游客98万人次，实现旅游综合收入4.5亿元。"
    assert solid(text) == {98: True, 4.5: True}


def test_a_part_opened_by_qizhong_is_not_the_countys_whole():
    text = "上半年，全县完成固定资产投资80亿元。其中，总投资20亿元的某某新材料项目，上半年已完成投资6亿元。"
    got = solid(text)
    assert got[80] is True and got[6] is False


def test_qizhong_reaches_only_its_own_sentence():
    t = "全县新开工项目9个。其中，某项目投产8亿元。上半年完成投资8亿元"
    w = ClauseSubjects(t)
    second, third = t.find("其中"), t.find("上半年")
    assert w.whose(0, t.find("8亿元"), second) == PART
    assert w.whose(0, t.find("完成"), third) == ""


def test_the_citys_own_name_is_the_whole_city():
    assert subject_of("济宁市") == "" and subject_of("济宁大地") == ""
    assert solid("国庆假期，济宁市共接待游客300万人次。", None) == {300: True}


def test_a_subjectless_paragraph_speaks_of_what_the_headline_opens_with():
    text = "上半年，实现营业收入35.9亿元。"
    assert solid(text, heading="泗水县经济运行稳中向好") == {35.9: True}
    assert solid(text, heading="某某产业园项目建设提速") == {35.9: False}
    assert article_subject("某某产业园项目建设提速", "") == "某某产业园"


def test_a_bare_verb_of_spending_is_no_measure():
    figures = extract_figures("近年来，全县投入8亿元建设物流园，财政投入资金2亿元。", "泗水县")
    assert [is_bare_act(f) for f in figures] == [True, False]
    assert figures[0].confidence < SOLID


def test_county_not_subject_reads_the_evidence():
    from jdash.confidence import FigureEvidence

    f = extract_figures("上半年，全县实现营业收入35.9亿元。", "泗水县")[0]
    assert not county_not_subject(f, FigureEvidence(True))
    assert county_not_subject(f, FigureEvidence(True, whose="某某景区"))
    assert county_not_subject(f, FigureEvidence(False, whose=None))
    assert not county_not_subject(f, FigureEvidence(True, whose=None))  # nothing named, but the county printed


def test_a_county_printed_in_a_sentence_naming_no_subject_keeps_it_solid():
    text = "2024年春季，在泗水县举行的重大项目推进会上，集中开工重大项目9个，总投资60亿元。"
    assert solid(text, heading="春潮涌动")[60] is True


# ---- why a figure is left off the cards: one reason per figure, counted

def test_each_hidden_figure_has_one_reason_from_its_stored_fields():
    from jdash.confidence import LOOSE_CLASS, NO_METRIC, NO_PERIOD, UNIT_MISFITS, UNSURE_READING, why_hidden

    text = ("全县营业收入3亿元。\n活动现场带来7个。\n上半年，全县营业收入5个。\n上半年，全县实施产业项目8个。\n"
            "今年以来，全县项目建设提速。全县完成固定资产投资2亿元。")  # 2: its period carried, an unsure reading
    got = {f.value: why_hidden(f) for f in extract_figures(text, "泗水县") if f.confidence < SOLID}
    assert got == {7: NO_METRIC, 5: UNIT_MISFITS, 3: NO_PERIOD, 8: LOOSE_CLASS, 2: UNSURE_READING}
    unit = extract_figures("某某景区是4A级景区。上半年实现营业收入2亿元。", "泗水县")[0]
    assert unit.metric == "某某景区营业收入" and why_hidden(unit) == NO_METRIC  # a unit's measure is no county metric


def test_hidden_counts_add_up_per_reason_in_order():
    from jdash.confidence import HIDDEN_REASONS, hidden_caption, hidden_counts

    rows = [("营业收入", "亿元", "元", "amount", True, 4), (None, "个", None, "count", False, 2),
            ("营业收入", "个", "个", "count", True, 1), (None, "人", None, "count", True, 3)]
    counts = hidden_counts(rows)
    assert counts == {HIDDEN_REASONS[0]: 5, HIDDEN_REASONS[1]: 1, HIDDEN_REASONS[4]: 4}
    assert hidden_caption(counts).startswith("10 less certain figures are left out: 5 with no recognised metric, ")
    assert hidden_caption({}) == "" and hidden_caption({HIDDEN_REASONS[2]: 1}) == "1 less certain figure is left out: 1 with no period."


def test_a_counted_set_of_events_is_the_subject_of_what_follows():
    text = "今年以来，全县举办赏花节、美食节等节庆活动36个，实现营业收入2.1亿元。"
    f = {f.value: f for f in extract_figures(text, "泗水县")}
    assert f[2.1].subject.endswith("活动36个") and f[2.1].confidence < SOLID


def test_a_clause_opened_by_a_holiday_then_the_city_is_the_citys():
    text = "本报讯 记者从市文旅局获悉，今年春节济宁市共接待游客80万人次，同比增长12%；旅游总收入7亿元，同比增长20%。"
    got = solid(text, "全市", heading="春节黄金周旅游市场火热")
    assert got[80] and got[7]


def test_our_county_opening_a_clause_is_the_county_not_a_speakers_unit():
    assert subject_of("我县分会场") == ""
    text = "我县分会场，本次集中开工的7个重大项目，总投资超过15亿元。"
    assert solid(text, heading="2020年三季度我县重大项目集中开工")[15]


def test_a_village_committee_opening_a_sentence_makes_the_next_figures_the_villages():
    assert subject_of("杨庄村党委") == "杨庄村"
    text = "杨庄村党委带领村民建起田园综合体。去年游客量达到50余万人次。"
    assert solid(text, heading="泗水县乡村旅游红火")[50] is False


def test_a_town_jieba_cuts_still_opens_a_clause_as_a_unit():
    from jdash.figure_subject import article_subject, leading_town

    assert leading_town("邹城市看庄镇奋力谱写新篇章") == "邹城市看庄镇"
    assert article_subject("邹城市看庄镇奋力谱写新篇章", "") == "邹城市看庄镇"  # the town's article, not the county's
    got = extract_figures("2022年，看庄镇实现财政收入3573万元。", "邹城市")
    assert got[0].confidence < 0.9  # the town's revenue is no figure of the county's
