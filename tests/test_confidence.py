"""Confidence per figure and per official: solid readings score high, junk labels low."""

import pytest

from jdash.confidence import SOLID, label_is_noun_phrase
from jdash.figures import extract_figures
from jdash.officials import extract_officials


def by_value(figures):
    return {f.value: f for f in figures}


@pytest.mark.parametrize("label, ok", [
    ("营业收入", True), ("垃圾收集点", True), ("重点项目", True), ("岗位", True),
    ("带来", False), ("建设", False), ("联系", False), ("市级", False), ("单位新闻", False), ("的", False),
])
def test_label_is_noun_phrase(label, ok):
    assert label_is_noun_phrase(label) is ok


def test_a_canonical_metric_with_unit_and_county_is_solid_and_junk_is_not():
    figs = by_value(extract_figures("上半年，金乡县实现营业收入35.9亿元。活动带来7个，联系121人。"))
    assert figs[35.9].confidence >= 0.9 and figs[35.9].confidence <= 1.0
    assert figs[7].confidence < SOLID and figs[35.9].confidence > figs[7].confidence
    assert 121 not in figs  # 联系121人 names nothing it measures: not emitted at all


def test_county_printed_in_the_sentence_scores_above_the_articles_county():
    printed = extract_figures("金乡县实现营业收入35.9亿元。", county="金乡县")[0]
    inherited = extract_figures("实现营业收入35.9亿元。", county="金乡县")[0]
    assert printed.confidence > inherited.confidence


def test_every_figure_has_a_confidence_between_zero_and_one():
    figs = extract_figures("全县新增就业3000人，带来效益2亿元，完成投资12.5亿元，同比增长8%，其中5个。")
    assert figs and all(0.0 <= f.confidence <= 1.0 for f in figs)


def test_official_confidence():
    officials, _ = extract_officials("市委副书记、市长于永生主持。局长王某出。林红玉讲话")
    got = {m.name: m for m in officials}
    assert got["于永生"].confidence == 1.0
    leaders, _ = extract_officials("深入学习贯彻习近平总书记重要讲话精神")
    assert leaders[0].confidence == 1.0


def test_a_known_official_printed_bare_scores_below_the_titled_mention():
    known = {m.name: m for m in extract_officials("市委副书记、市长于永生主持")[0]}
    bare, _ = extract_officials("于永生强调，要抓好落实。", known=known)
    assert bare[0].name == "于永生" and bare[0].confidence < known["于永生"].confidence


def test_confidence_columns_in_the_tables():
    from jdash.model import Article, PageResult
    from jdash.tables import corpus_from_results

    officials, _ = extract_officials("市委副书记、市长于永生主持")
    art = Article(id="a", source="p.txt", order=0, headline="h", subheadline=None, kind="news", body="",
                  officials=officials, figures=extract_figures("全县完成投资12.5亿元。"))
    corpus = corpus_from_results([PageResult("p.txt", "x", None, "unknown", 0.0, articles=[art])])
    assert corpus.figures["confidence"].between(0, 1).all() and len(corpus.figures) == 1
    assert corpus.officials["confidence"].tolist() == [1.0]


# ---- solid = canonical metric, a unit that fits it, a county and a period (issue 14 item 3)

SOLID_SENTENCE = "上半年，金乡县实现营业收入35.9亿元。"


def only(text, **kw):
    figures = extract_figures(text, **kw)
    assert len(figures) == 1, figures
    return figures[0]


def test_canonical_metric_fitting_unit_county_and_period_is_solid():
    assert only(SOLID_SENTENCE).confidence >= SOLID
    # a sentence naming no subject speaks of what the article's headline opens with: the county
    assert only("上半年，实现营业收入35.9亿元。", county="金乡县", heading="金乡县上半年经济稳中有进").confidence >= SOLID
    assert only("上半年，实现营业收入35.9亿元。", county="金乡县").confidence < SOLID  # whose? nothing says


@pytest.mark.parametrize("text, missing", [
    ("金乡县实现营业收入35.9亿元。", "period"),
    ("上半年，实现营业收入35.9亿元。", "county"),
    ("上半年，金乡县实现营业收入359个。", "a unit that fits"),
    ("上半年，金乡县实现经营性收益35.9亿元。", "canonical metric"),
])
def test_a_figure_missing_one_of_the_four_is_not_solid(text, missing):
    figure = only(text)
    assert figure.confidence < SOLID, (missing, figure)


def test_unit_fits_its_metric():
    from jdash.confidence import unit_fits

    got = {f.value: unit_fits(f) for f in extract_figures(
        "全县游客接待量320万人次，增长12%；地区生产总值15个；城镇居民人均可支配收入4.2万元。")}
    assert got == {320: True, 12: True, 15: False, 4.2: True}


def test_every_canonical_metric_has_its_units():
    from jdash.confidence import metric_units
    from jdash.figure_metric import metrics

    exact, suffix = metrics()
    canonicals = {m.canonical for m in (*exact.values(), *suffix)}
    assert canonicals - set(metric_units()) == set()


@pytest.mark.parametrize("printed, canonical", [
    ("地区生产总值", "地区生产总值"), ("GDP", "地区生产总值"), ("经济总量", "地区生产总值"),
    ("一般公共预算收入", "一般公共预算收入"), ("一般预算收入", "一般公共预算收入"), ("财政收入", "一般公共预算收入"),
    ("固定资产投资", "固定资产投资"), ("固投", "固定资产投资"),
    ("规上工业增加值", "规上工业增加值"), ("规模以上工业增加值", "规上工业增加值"),
    ("社会消费品零售总额", "社会消费品零售总额"), ("社零额", "社会消费品零售总额"),
    ("进出口总额", "进出口总额"), ("外贸进出口", "进出口总额"),
    ("实际使用外资", "实际使用外资"), ("实际利用外资", "实际使用外资"),
    ("城镇居民人均可支配收入", "城镇居民人均可支配收入"), ("农村常住居民人均可支配收入", "农村居民人均可支配收入"),
    ("居民人均可支配收入", "居民人均可支配收入"),
    ("接待游客", "游客接待量"), ("游客接待量", "游客接待量"), ("旅游综合收入", "旅游收入"), ("旅游总收入", "旅游收入"),
    ("重点项目", "重点项目"), ("新开工项目", "开工项目"), ("集中开工项目", "开工项目"), ("总投资", "总投资"),
    ("招商引资", "招商引资"),
])
def test_common_report_metrics_and_their_printed_variants(printed, canonical):
    from jdash.figure_metric import canonical as canonical_of

    assert canonical_of(printed).canonical == canonical


@pytest.mark.parametrize("text, why", [
    ("上半年，金乡县新开工产业项目12个。", "项目: a loosely bounded class"),
    ("上半年，金乡县实施重点项目45个。", "重点项目: bounds differ by article"),
    ("上半年，金乡县接待研学旅游团队游客2万人次。", "a part of all visitors"),
    ("上半年，金乡县实现新增产值12亿元。", "a projection, not 产值"),
])
def test_vague_or_qualified_metrics_are_not_solid(text, why):
    figure = only(text)
    assert figure.canonical_metric and figure.confidence < SOLID, (why, figure)


def test_a_printed_metric_phrase_with_a_rate_name_stays_solid():
    figure = only("上半年，金乡县营业收入同比增长8%。")
    assert figure.metric == "营业收入增速" and figure.confidence >= SOLID


def test_a_goal_read_as_a_result_is_not_solid():
    from jdash.confidence import FigureEvidence, goal_not_marked
    from jdash.figures import extract_figures

    got = extract_figures("今年，全县还定下了“地区生产总值增长6.5%以上”的目标。", "某县")
    assert goal_not_marked(got[0], FigureEvidence(True)) and got[0].confidence < 0.9
    done = extract_figures("今年全县地区生产总值增长6%，实现了年初目标。", "某县")
    assert not goal_not_marked(done[0], FigureEvidence(True))


def test_named_cover_rates_and_farm_value_added_are_their_own_measures():
    from jdash.figures import extract_figures

    got = extract_figures("截至2014年6月，全县森林覆盖率达到41.5%，林木覆盖率达到46.2%。", "某县")
    assert [(f.canonical_metric, f.confidence >= 0.9) for f in got] == [("森林覆盖率", True), ("林木覆盖率", True)]
    bare = extract_figures("上半年，全县优质品种推广覆盖率达到100%。", "某县")
    assert bare[0].confidence < 0.9  # a cover rate of what? a loose class, never compared
    farm = extract_figures("今年上半年，全县实现农业增加值36.5亿元，同比增长4.1%。", "某县")
    assert [f.canonical_metric for f in farm] == ["农业增加值", "农业增加值"] and farm[0].confidence >= 0.9


def test_what_the_countys_projects_brought_in_is_the_countys():
    from jdash.figures import extract_figures

    got = extract_figures("今年1至6月份，全县共引进项目38个，累计到位资金17.5亿元。", "某县")
    assert got[-1].metric == "到位资金" and got[-1].confidence >= 0.9
    group = extract_figures("上半年，12家龙头企业实现利润3亿元。", "某县")
    assert group[-1].confidence < 0.9  # a group's profit stays off the cards


def test_old_names_of_standard_measures_and_a_batch_counted_roughly():
    from jdash.figures import extract_figures

    got = extract_figures("上半年，全县地方财政收入6.8亿元，增长20%。", "某县")
    assert got[0].canonical_metric == "一般公共预算收入" and got[0].confidence >= 0.9
    got = extract_figures("上半年，全县规模以上固定资产投资86亿元。", "某县")
    assert got[0].canonical_metric == "固定资产投资" and got[0].confidence >= 0.9
    got = extract_figures("目前，全县重点旅游项目10多个，总投资达40多亿元。", "某县")
    assert got[-1].metric == "重点旅游项目总投资" and got[-1].confidence >= 0.9  # 10多个: the batch is counted


def test_a_list_after_a_span_goes_on_in_that_span():
    from jdash.figures import extract_figures

    got = extract_figures("今年1-6月份，全县完成投资201亿元，增长16%；财政收入36.4亿元，增长10%。", "某县")
    assert [f.period for f in got] == ["1-6月份"] * 4  # not 今年 for the half-year's revenue


# ---- what a score means: the share of figures read so that are right (fitted on the judged real-text samples)

def test_a_figure_read_in_full_outscores_one_of_no_known_measure_and_a_misread_measure_scores_below_both():
    from jdash.confidence import measure_misread, read_in_full

    full = only("上半年，泗水县实现营业收入35.9亿元。")
    other = only("上半年，泗水县新建口袋公园12处。")
    misread = only("泗水县实现营业收入35.9亿元。")  # a known measure with no period
    assert read_in_full(full, None) and not read_in_full(misread, None) and measure_misread(misread, None)
    assert not other.canonical_metric and not measure_misread(other, None)
    assert full.confidence >= SOLID > other.confidence > misread.confidence


def test_a_doubt_caps_the_score_below_solid():
    from jdash.confidence import DOUBT_CAP, FigureEvidence, figure_confidence

    figure = only("上半年，泗水县实现营业收入35.9亿元。")
    assert figure_confidence(figure, FigureEvidence(True)) == 1.0
    assert figure_confidence(figure, FigureEvidence(True, sub_unit="园区")) == DOUBT_CAP < SOLID
    assert figure_confidence(figure, FigureEvidence(True, restated=True)) == DOUBT_CAP


def test_a_label_naming_no_thing_scores_low_whatever_else_is_printed():
    figure = only("上半年，泗水县新建道路一条，全长8公里。")
    assert figure.metric == "全长" and figure.confidence < 0.5


def test_a_bare_investment_after_a_batch_of_projects_is_the_batchs():
    from jdash.confidence import FigureEvidence, invested_by_a_batch

    batch = only("一季度，泗水县重点工程已完成投资6亿元。")
    scope = only("一季度，泗水县500万元以上项目完成投资9亿元。")
    assert invested_by_a_batch(batch, FigureEvidence(True)) and batch.confidence < SOLID
    assert not invested_by_a_batch(scope, FigureEvidence(True)) and scope.confidence >= SOLID


@pytest.mark.parametrize("printed, canonical", [
    ("粮食播种面积", "粮食播种面积"), ("粮食总产", "粮食产量"), ("技改投资", "技改投资"), ("技术改造投资", "技改投资"),
    ("工业投资", "工业投资"), ("港口货物吞吐量", "港口货物吞吐量"), ("集装箱吞吐量", "集装箱吞吐量"),
    ("旅游消费总额", "旅游消费"),
])
def test_standard_indicators_of_a_statistical_bulletin_are_canonical(printed, canonical):
    from jdash.figure_metric import canonical as canonical_of

    assert canonical_of(printed).canonical == canonical


def test_a_container_count_with_no_unit_of_its_own_is_not_solid():
    figure = only("上半年，泗水县集装箱吞吐量8.6万。")
    assert figure.canonical_metric == "集装箱吞吐量" and figure.confidence < SOLID
