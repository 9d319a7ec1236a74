"""Figures of one named firm, project, scenic spot, cooperative or festival (issue 14, figure precision): the label
names the unit, and the figure keeps no county's canonical metric, so it never reads as the county's total on a card.
Invented text."""

from jdash.confidence import SOLID
from jdash.figure_subject import subject_of, unit_named_after
from jdash.figures import extract_figures


def by_value(text: str, county: str = "邹城市") -> dict[float, object]:
    return {f.value: f for f in extract_figures(text, county)}


def test_a_figure_printed_to_describe_the_named_project_after_it_is_the_projects():
    figs = by_value("总投资45亿元的青禾古城项目开工建设，全县完成投资80亿元。")
    assert figs[45].metric == "青禾古城项目总投资" and figs[45].canonical_metric is None
    assert figs[45].subject == "青禾古城项目" and figs[45].confidence < SOLID
    assert figs[80].canonical_metric == "完成投资"  # the county's own total stays the county's


def test_a_firm_and_a_scenic_spot_described_by_their_figure():
    assert unit_named_after("年产值3亿元的青禾工贸有限公司落户", 6) == "青禾工贸有限公司"
    assert unit_named_after("年接待游客50万人次的青禾湖景区", 10) == "青禾湖景区"


def test_a_bare_unit_a_class_counted_or_a_threshold_names_no_one_unit():
    assert unit_named_after("总投资45亿元的项目开工", 7) is None
    assert unit_named_after("总投资45亿元的全县项目开工", 7) is None
    assert unit_named_after("年产值超亿元的龙头企业12家", 6) is None
    figs = by_value("全县总投资45亿元的项目开工。")
    assert figs[45].canonical_metric == "总投资" and figs[45].subject is None


def test_a_kind_of_project_then_a_dash_names_the_one_project_its_clauses_go_on_telling():
    text = ("在开工仪式上，市级重点项目——青禾食品生产基地在某镇开工建设，该项目总投资2.4亿元，主要生产青禾食品，"
            "能带动就业600余人，年产值达9亿元。")
    figs = by_value(text)
    assert figs[2.4].metric.startswith("青禾食品生产基地") and figs[2.4].canonical_metric is None
    assert figs[9].metric == "青禾食品生产基地年产值" and figs[9].canonical_metric is None  # 年 opens its clause: per year
    assert figs[600].metric.startswith("青禾食品生产基地")


def test_a_clause_naming_the_county_after_the_pointed_unit_is_the_countys_again():
    figs = by_value("青禾公司开工，该公司投资3亿元，全县完成投资80亿元。")
    assert figs[3].metric == "青禾公司投资" and figs[80].canonical_metric == "完成投资"
    assert subject_of("主要旅游景区") == "" and subject_of("主要生产青禾食品") is None


def test_a_county_named_among_places_a_count_counts_is_one_part_not_the_counts_owner():
    text = "去年全市启动两条示范带，湖区片区、梁山片区、山区片区3个示范片，30个示范乡镇。"
    assert [(f.value, f.county) for f in extract_figures(text, "全市")] == [(3, "全市"), (30, "全市")]
    own = "梁山县大路口片区、梁山县馆驿片区2个片区，30个示范村。"  # every part the county's: the count is its
    assert [f.county for f in extract_figures(own, "全市")] == ["梁山县", "梁山县"]
    counties = "依次查看了金乡、嘉祥、汶上、梁山4个县的12个项目。"  # the places counted are counties: the city's count
    assert [f.county for f in extract_figures(counties, "全市")] == ["全市", "全市"]
