"""Figures of an article about one thing (issue 14, figure precision; "sub-unit", the largest error kind of the blind
judgings): a project's opening, an investment fair, a village's story. The headline or the lead names the thing once;
its figures that name no subject and no county of their own are the thing's, their label names it and they stay off
the county cards, while a county's total printed after them stays the county's. Invented text."""

from jdash.confidence import SOLID
from jdash.figure_subject import article_subject, article_thing, village_opening
from jdash.figures import extract_figures


def by_value(text: str, county: str, heading: str) -> dict[float, object]:
    return {f.value: f for f in extract_figures(text, county, heading=heading)}


PROJECT_DAY = ("6月3日，泗水县青禾冷链装备制造项目开工仪式在某镇产业园举行。县委常委王某出席并讲话。今年以来，泉林镇"
               "持续优化营商环境。本次开工项目占地面积36亩，总投资2.5亿元，建成投产后，可实现年产值4亿元、"
               "税收600万元。今年全县新开工项目42个。")


def test_the_figures_of_a_project_opening_are_the_projects_not_the_towns_told_of_before():
    figs = by_value(PROJECT_DAY, "泗水县", "泗水县青禾冷链装备制造项目开工")
    for value in (36, 2.5, 4, 600):
        assert "青禾冷链装备制造项目" in figs[value].metric, figs[value]
        assert "泉林镇" not in figs[value].metric and figs[value].confidence < SOLID
    assert figs[42].metric == "新开工项目" and figs[42].confidence >= SOLID  # the county's own, 全县


def test_the_same_words_in_a_batch_story_stay_the_batchs():
    text = "本报讯 3月9日，泗水县春季重点项目集中开工活动举行。本次开工项目27个，总投资93亿元。"
    figs = by_value(text, "泗水县", "泗水县27个重大项目集中开工")
    assert "青禾" not in figs[93].metric and figs[93].metric.endswith("总投资")
    assert article_thing("泗水县27个重大项目集中开工", text) is None  # the headline counts a batch


def test_an_event_reported_in_the_lead_owns_what_its_participants_count():
    text = ("本报讯 秋高气爽，宾朋满座。9月8日上午，2019年青禾农产品推介会在上海举行。共有参会单位120家，其中商贸企业"
            "40家，电商平台25家。今年全市农产品出口额18亿元。")
    assert article_thing("金秋话丰收", text) == "青禾农产品推介会"  # the edition's year is no part of the name
    figs = by_value(text, "全市", "金秋话丰收")
    assert figs[40].metric.startswith("青禾农产品推介会") and figs[25].metric.startswith("青禾农产品推介会")
    assert not figs[18].metric.startswith("青禾")  # 全市: the city's


def test_a_lead_that_names_no_event_held_gives_no_thing():
    assert article_thing("金秋话丰收", "本报讯 青禾农产品推介会筹备工作有序推进。") is None
    assert article_thing("今年泗水县继续实施河道整治工程", "") is None  # a year's act, no one thing


def test_a_village_opening_the_lead_narrows_the_town_the_headline_names():
    text = "金乡县鸡黍镇白云村大力整治闲置土地，把荒了多年的地改成良田。“今年这一季能收20万公斤小麦，村集体能增收8万元。”"
    assert village_opening("金乡县鸡黍镇白云村大力整治闲置土地") == "白云村"  # a common word after a town may be a name
    assert village_opening("金乡县鸡黍镇贫困村大力整治闲置土地") is None
    assert article_subject("金乡县鸡黍镇 千亩荒地变良田", text) == "白云村"
    figs = by_value(text, "金乡县", "金乡县鸡黍镇 千亩荒地变良田")
    assert "白云村" in figs[20].metric and "白云村" in figs[8].metric



def test_a_festival_whose_name_opens_with_the_countys_owns_what_it_drew_in_its_days():
    text = "泗水青禾桃花文化节自2010年创办，每年一届。桃花文化节年年引来八方游客，文化节期间共接待游客30万人次。"
    fig = extract_figures(text, "泗水县")[-1]
    assert fig.metric.startswith("泗水青禾桃花文化节") and fig.period == "文化节期间" and fig.confidence < SOLID


def test_a_unit_the_headline_names_bare_is_the_one_the_lead_names_in_full():
    text = "6月9日，泗水县泉林镇白云村党支部领办合作社800亩小麦集中收割，200余户群众受益。"
    assert article_subject("党支部领办合作社麦收忙", text) == "泗水县泉林镇白云村党支部领办合作社"
    figs = by_value(text, "泗水县", "党支部领办合作社麦收忙")
    assert "白云村" in figs[200].metric and figs[200].confidence < SOLID
