"""Which place a figure belongs to when 全市/全省 is printed as a yardstick, a contest or an event joined,
not as the figure's scope (jdash.figures.is_yardstick). Invented text."""

import pytest

from jdash.figures import extract_figures


def places(text, county=None):
    return {(f.value, f.unit): f.county for f in extract_figures(text, county=county)}


def test_a_contest_the_subject_was_ranked_in_is_not_the_scope():
    text = "某某开发区在2021年全市项目观摩中获得第3名，实现营业收入120亿元。"
    assert places(text, county="嘉祥县")[(120, "亿元")] == "嘉祥县"


def test_an_event_framed_without_a_rank_stays_the_city():
    text = "在全市重大项目集中开工仪式上，全市开工项目96个。"
    assert places(text)[(96, "个")] == "全市"


def test_the_city_wide_event_a_county_joins_is_not_the_figures_scope():
    text = "今年某县参加全市集中开工的项目12个，总投资56亿元。"
    got = places(text, county="汶上县")
    assert got[(12, "个")] == "汶上县" and got[(56, "亿元")] == "汶上县"


@pytest.mark.parametrize("rank", ["第一方阵", "第一梯队"])
def test_a_rank_among_the_provinces_cities_leaves_the_city_the_figures(rank):
    text = f"济宁市多项指标保持在山东省{rank}：地区生产总值3200亿元。"
    assert places(text)[(3200, "亿元")] == "全市"


def test_a_bare_first_place_is_a_rank_but_the_first_industry_is_a_scope():
    assert places("济宁市获得3项全省第一、12项市级以上荣誉。")[(12, "项")] == "全市"
    assert places("全省第一产业增加值增长4.5%。")[(4.5, "%")] == "全省"


def test_a_province_naming_the_level_of_a_designation_is_not_the_scope():
    got = places("全县现有山东省旅游强乡镇4个（甲镇、乙镇），山东省旅游特色村6个（甲村、乙村）。", county="泗水县")
    assert got[(4, "个")] == "泗水县" and got[(6, "个")] == "泗水县"
    got = places("目前，济宁市拥有31个山东省旅游强乡镇，40个省级旅游特色村。")
    assert got[(40, "个")] == "全市"


def test_the_province_doing_something_stays_the_province():
    got = places("山东省集中开工的650个重大项目，总投资3900亿元。")
    assert got[(650, "个")] == "全省" and got[(3900, "亿元")] == "全省"


def test_a_place_in_the_province_describing_the_county_is_not_the_scope():
    got = places("某县地处两省交界，是山东省的西大门，县域面积960平方公里。", county="梁山县")
    assert got[(960, "平方公里")] == "梁山县"


def test_the_city_named_by_its_own_name_is_the_city_even_in_a_county_level_citys_story():
    text = ("曲阜市抗旱工作有序推进。据介绍，入冬以来，济宁市已有120天无有效降水，累计平均降水仅为8.5毫米。"
            "目前，全市作物受旱面积200万亩。")
    got = places(text, county="曲阜市")
    assert got[(8.5, "毫米")] == "全市" and got[(200, "万亩")] == "全市"


def test_in_a_county_level_citys_story_the_whole_city_is_that_city():
    got = places("今年以来，全市新增市场主体3000户。", county="曲阜市")
    assert got[(3000, "户")] == "曲阜市"


def test_a_place_named_after_the_city_is_no_scope():
    got = places("某镇交通便利，距济宁机场40公里。", county="梁山县")
    assert got[(40, "公里")] == "梁山县"


def test_a_contest_ranked_after_a_comma_is_still_a_contest():
    got = places("在济宁市两次项目观摩中，均获得第1名，营业收入突破80亿元。", county="梁山县")
    assert got[(80, "亿元")] == "梁山县"


def test_a_quoted_holiday_is_the_figures_period():
    """The paper quotes a holiday's name (“国庆”长假期间): the figures of that week are the holiday's, not
    the whole year's (a week's tourists read as the year's would pass for a solid annual figure)."""
    figs = extract_figures("2015年“国庆”长假期间，某市共接待游客40.2万人次，增长9.1%。")
    assert {f.period for f in figs} == {"2015年国庆长假期间"}


def test_the_places_a_clause_leaves_out_are_not_the_scope():
    text = "论坛在某县举办，除山东省外，邻近五省的水利部门也派员出席，外省代表共计140余名。"
    assert places(text, county="嘉祥县")[(140, "名")] == "嘉祥县"
    got = places("除任城区、微山县以外，各县市区签约率已超过90%。")
    assert got[(90, "%")] not in ("任城区", "微山县")


def test_a_leaving_out_clause_does_not_hide_the_city_after_it():
    assert places("除泗水县之外，全市新建公园85处。")[(85, "处")] == "全市"


def test_a_ranking_among_the_provinces_counties_keeps_the_county():
    text = "上半年，梁山县税收增长12%，增幅排在全省县区中上升5个名次。"  # places moved: no figure (is_rank_move)
    assert places(text, county="梁山县") == {(12, "%"): "梁山县"}


def test_a_count_printed_right_after_the_province_is_the_provinces():
    got = places("泗水县入围全省18个示范县名单，建成乡村驿站5处。", county="泗水县")
    assert got[(18, "个")] == "全省" and got[(5, "处")] == "泗水县"
    assert places("兖州区纳入全市集中开工项目23个。", county="兖州区")[(23, "个")] == "兖州区"


@pytest.mark.parametrize("text", ["某县素有美誉，隶属于山东省济宁市，下辖9个镇。", "某县隶属济宁市，下辖9个镇。",
                                  "全县位于济宁市北部，下辖9个镇。"])
def test_the_city_a_county_belongs_to_is_no_scope_of_its_figures(text):
    assert places(text, county="梁山县") == {(9, "个"): "梁山县"}


def test_a_landmarks_place_in_a_city_wide_story_is_its_countys():
    text = "春节期间，全市共接待游客420万人次。孔林旅游景区北门停车场累计停放车辆8200辆，外地车辆占六成以上，占比约64%。"
    got = places(text)
    assert got[(420, "万人次")] == "全市" and got[(8200, "辆")] == "曲阜市" and got[(64, "%")] == "曲阜市"
    assert places("全市新建三孔桥梁5座。")[(5, "座")] == "全市"


def test_where_a_subject_is_known_is_not_the_scope_of_its_figures():
    text = "某某桃园在济宁一带颇有名气，桃树栽植面积3200亩，吸纳务工人员900余人。"
    got = places(text, county="金乡县")
    assert got[(3200, "亩")] == "金乡县" and got[(900, "人")] == "金乡县"
    assert places("闻名全省的某景区接待游客20万人次。", county="微山县")[(20, "万人次")] == "微山县"
    assert places("全市知名企业50家。")[(50, "家")] == "全市"


def test_the_citys_name_opening_an_item_of_a_list_names_the_item():
    text = "某街道引进济宁某某食品、某某纸业等企业4家，储备某某物流等项目6个。"
    got = places(text, county="邹城市")
    assert got[(4, "家")] == "邹城市" and got[(6, "个")] == "邹城市"
    assert places("济宁市新开工项目120个、总投资500亿元。", county="邹城市")[(120, "个")] == "全市"


def test_a_list_item_naming_its_own_firm_takes_no_county_from_an_earlier_item():
    text = ("入选的项目中，某某物流园项目总投资21亿元、济宁高新区某某智能装备产业园项目总投资6.5亿元、"
            "山东某某新材料有限公司扩建项目总投资3.2亿元。")
    got = places(text, county="全市")
    assert got[(6.5, "亿元")] == "济宁高新区" and got[(3.2, "亿元")] == "全市"


def test_a_list_item_without_a_subject_of_its_own_keeps_the_county():
    got = places("兖州区新开工项目20个、总投资50亿元。")
    assert got[(20, "个")] == "兖州区" and got[(50, "亿元")] == "兖州区"


def test_a_number_in_a_documents_title_is_nobodys_figure():
    text = "8月3日，某部发布《关于公布8家示范基地名单的通知》，某县某园区名列其中，园区年产值30亿元。"
    got = places(text, county="微山县")
    assert (8, "家") not in got and got[(30, "亿元")] == "微山县"
    assert places("《规划》提出，全县新建公园8处。", county="微山县")[(8, "处")] == "微山县"


def test_the_counties_a_sentence_leaves_unnamed_are_no_county_and_not_the_city():
    got = places("除任城区、微山县以外，其他县市区签约率已超过90%，全市签约项目50个。")
    assert got[(90, "%")] is None and got[(50, "个")] == "全市"
    got = places("任城区完成投资10亿元，其余各县区均超过5亿元。")
    assert got[(10, "亿元")] == "任城区" and got[(5, "亿元")] is None


def test_a_persons_home_is_not_the_scope_of_the_figures_told_beside_it():
    said = "来自太白湖新区的王先生说，乐园国庆期间接待游客3万人次。"
    assert [(f.value, f.county) for f in extract_figures(said, "全市")] == [(3.0, "全市")]
    named = "太白湖新区的乐园国庆期间接待游客3万人次。"
    assert [(f.value, f.county) for f in extract_figures(named, "全市")] == [(3.0, "太白湖新区")]
