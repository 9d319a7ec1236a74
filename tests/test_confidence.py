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
    assert figs[121].confidence < SOLID and figs[7].confidence < SOLID
    assert figs[35.9].confidence > figs[121].confidence


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
    leaders, _ = extract_officials("深入学习习近平新时代中国特色社会主义思想")
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
