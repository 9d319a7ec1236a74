"""The solid band (issue 14): a figure is solid only when it is the county's own (not a zone's, a port's, a
firm's or some scenic spots'), for its clause's own period, under a canonical metric that is no fragment; a
预计 estimate of a year's result is no goal. All text is invented."""

import pytest

from jdash.confidence import SOLID
from jdash.figure_subject import article_unit, clause_subject, opening_phrase, subject_of
from jdash.figures import extract_figures


def by_value(figures):
    return {f.value: f for f in figures}


# ---- (a) the subject of the clause is the county itself

@pytest.mark.parametrize("phrase, subject", [
    ("全县", ""), ("我市", ""), ("泗水县", ""), ("济宁高新区", ""),  # the county (a zone of the gazetteer is one)
    ("各景区", ""), ("全县各乡镇", ""),  # every unit of the county
    ("园区", "园区"), ("东岭经济开发区", "东岭经济开发区"), ("青山湖风景区和古镇景区", "青山湖风景区和古镇景区"),
    ("梁山港", "梁山港"), ("企业", "企业"), ("该公司", "公司"),  # a unit inside the county
    ("营业收入", None), ("乡村", None), ("城乡居民", None), ("平台经济", None),  # no place
])
def test_subject_of_a_clause_opening(phrase, subject):
    assert subject_of(phrase) == subject


def test_opening_phrase_reads_past_leads_and_stops_at_the_verb():
    assert opening_phrase("其中东岭物流园区完成投资5亿元") == "东岭物流园区"
    assert opening_phrase("实体化运营软件产业园") == ""  # a verb's noun opens a predicate, not a subject


def test_a_subject_goes_on_to_later_clauses_until_another_is_named():
    t = "上半年，青山景区接待游客5万人次，实现收入2亿元，全县接待游客30万人次"
    assert clause_subject(t, 0, t.index("实现")) == "青山景区"
    assert clause_subject(t, 0, len(t)) == ""


def test_a_zones_figure_is_not_solid_and_the_countys_is():
    figs = by_value(extract_figures("1至7月，园区完成固定资产投资14亿元。1至7月，全县完成固定资产投资80亿元。",
                                    county="泗水县"))
    assert figs[80].confidence >= SOLID and figs[80].canonical_metric == "固定资产投资"
    zone = figs[14]
    assert zone.confidence < SOLID and zone.subject == "园区"
    assert zone.metric == "园区完成固定资产投资"  # the unit printed opening the clause goes into the metric


def test_a_units_metric_that_does_not_name_it_keeps_no_canonical_metric():
    figs = by_value(extract_figures("1至7月，园区新增企业3家，完成固定资产投资14亿元。", county="泗水县"))
    assert figs[14].metric == "固定资产投资" and figs[14].canonical_metric is None and figs[14].confidence < SOLID


def test_scenic_spots_listed_as_the_subject_keep_their_figures():
    figs = extract_figures("五一期间，青山湖公园和古镇景区游人如织，共接待游客8万人次，营业收入900万元，同比增长3%。",
                           county="泗水县")
    assert figs and all(f.confidence < SOLID and f.canonical_metric is None for f in figs)
    assert by_value(figs)[8].subject == "青山湖公园和古镇景区"


def test_an_article_about_a_zone_lends_it_to_sentences_naming_no_subject():
    assert article_unit("东岭经济开发区狠抓项目建设", "") == "东岭经济开发区"
    assert article_unit("泗水县狠抓项目建设", "开发区完成投资。") is None  # the headline names the county
    figs = extract_figures("本报泗水讯开发区狠抓招商。1月份，在谈项目9个，总投资30亿元。", county="泗水县",
                           heading="东岭经济开发区狠抓项目建设")
    assert figs and all(f.confidence < SOLID and f.canonical_metric is None for f in figs)


def test_a_label_with_its_own_noun_phrase_is_the_countys_again():
    """A unit opening an earlier clause does not own a clause whose label names its own subject."""
    f = by_value(extract_figures("某某集团年产5万吨乙醇等项目加快推进，主导产业营业收入达到70亿元。", county="泗水县"))[70]
    assert f.canonical_metric == "营业收入" and f.subject is None


@pytest.mark.parametrize("text", [
    "“国庆假期7天，我这个农家乐接待了1300多位客人，营业额将近6万元。”",
    "“今年，我们合作社实现营业收入50万元。”",
])
def test_a_speakers_own_unit_is_no_countys(text):
    assert all(f.confidence < SOLID for f in extract_figures(text, county="泗水县"))


def test_a_speaker_naming_the_county_speaks_for_it():
    fig = extract_figures("“今年，我们全县完成固定资产投资50亿元。”", county="泗水县")[0]
    assert fig.confidence >= SOLID and fig.subject is None


def test_a_bare_project_word_takes_the_name_printed_before_it():
    text = ("近日，位于某镇的宏达光伏发电项目建设现场一片繁忙。该项目一期投资3亿元，占地面积600亩。"
            "该项目建成后，年发电量将达到2600万千瓦时，可实现利税1100万元。")
    got = {f.value: f for f in extract_figures(text, county="泗水县")}
    assert got[600].metric == "宏达光伏发电项目占地面积" and got[600].subject == "宏达光伏发电项目"
    assert got[2600].metric == "宏达光伏发电项目年发电量" and got[1100].metric == "宏达光伏发电项目利税"
    assert all(f.confidence < SOLID for f in got.values())


def test_a_label_opening_with_the_project_word_takes_the_name_too():
    got = extract_figures("宏达新饮品项目工地一片繁忙。项目占地面积约为230亩，总投资10亿元。", county="兖州区")
    assert [f.metric for f in got] == ["宏达新饮品项目占地面积", "宏达新饮品项目总投资"]


def test_counted_projects_and_a_class_are_no_one_project():
    got = extract_figures("全县新开工项目20个。其中，项目中有8个纳入省重点，总投资50亿元。", county="泗水县")
    assert not any("新开工项目" in (f.metric or "") and f.value != 20 for f in got)
    assert all(not (f.subject or "").endswith("新开工项目") for f in got)


def test_a_whole_village_label_names_the_village():
    got = extract_figures("杨庄村位于某某镇，全村有120户，面积2400亩，其中耕地360亩。全村人均收入6000元。", county="泗水县")
    by = {f.value: f for f in got}
    assert [by[v].metric for v in (120, 2400, 360, 6000)] == ["杨庄村户数", "杨庄村面积", "杨庄村耕地", "杨庄村人均收入"]
    assert all(f.subject == "杨庄村" and f.confidence < SOLID for f in got)


def test_a_county_wide_label_stays_the_countys():
    fig = extract_figures("2023年，全县耕地面积达到50万亩。", county="泗水县")[0]
    assert fig.metric == "耕地面积" and fig.subject is None


# ---- (b) a canonical metric that is no fragment

def test_a_share_named_only_after_its_part_is_not_solid():
    f = extract_figures("2023年，全县煤电企业营业收入占全部营业收入比重降至43%。", county="泗水县")[-1]
    assert f.kind == "share" and f.confidence < SOLID


def test_a_batch_sum_needs_the_batch_counted_in_its_sentence():
    figs = by_value(extract_figures("今年，全县新开工项目12个，总投资50亿元。今年，大桥开工建设，总投资9亿元。",
                                    county="泗水县"))
    assert figs[50].confidence >= SOLID
    assert figs[9].confidence < SOLID  # one project's


@pytest.mark.parametrize("text", [
    "上半年，全县36家龙头企业实现营业收入42亿元，同比增长9%。",  # a count of firms opening the clause
    "1至9月，12个重点项目完成投资18亿元。",  # a count of projects
    "上半年，全县重点工程15项完成投资18亿元。",  # the noun printed before its count
])
def test_a_counted_groups_figure_is_the_groups_not_the_countys(text):
    figs = [f for f in extract_figures(text, county="泗水县") if f.kind != "count"]
    assert figs and all(f.confidence < SOLID and f.subject for f in figs)
    assert by_value(extract_figures("上半年，全县实现营业收入42亿元，完成投资18亿元。", county="泗水县"))[42].confidence >= SOLID


def test_a_counted_batchs_sum_and_a_group_of_no_units_stay_the_countys():
    figs = by_value(extract_figures("上半年，全县集中开工项目36个，总投资120亿元。截至6月底，全县暂停服务协议5家，罚款7万元。",
                                    county="泗水县"))
    assert figs[120].confidence >= SOLID and figs[7].confidence >= SOLID


def test_a_count_cut_from_its_class_bound_is_not_solid():
    cut = extract_figures("2023年，全县副高级以上人才达到23人。", county="泗水县")[0]
    whole = extract_figures("2023年，全县人才达到23人。", county="泗水县")[0]
    assert cut.confidence < SOLID and whole.confidence >= SOLID


def test_a_later_value_of_the_same_measure_is_not_solid():
    figs = extract_figures("今年，全县集中开工项目80个，总投资300亿元，其中20个项目纳入全省推进会，总投资120亿元。",
                           county="泗水县")
    got = by_value(figs)
    assert got[300].confidence >= SOLID and got[120].confidence < SOLID


def test_a_growth_rate_named_by_its_rate_noun_is_the_amounts_growth_not_the_amount():
    figs = by_value(extract_figures("上半年，全县累计到位资金12.5亿元，同比增长率为15.2%。", county="泗水县"))
    assert (figs[12.5].metric, figs[12.5].kind) == ("到位资金", "amount")
    assert (figs[15.2].metric, figs[15.2].canonical_metric, figs[15.2].kind) == ("到位资金增速", "到位资金", "rate")


def test_a_rate_noun_does_not_turn_a_share_into_a_rate():
    figs = by_value(extract_figures("2023年，全县森林覆盖率达到35%，增幅为3%。", county="泗水县"))
    assert figs[35].kind == "share" and figs[3].kind == "rate"


def test_a_sale_that_names_nothing_sold_is_not_the_countys_sales():
    bare = extract_figures("全县推广电商模式，当地土特产直达城市餐桌，上半年销售额突破600万元。", county="泗水县")[0]
    named = extract_figures("上半年，全县大蒜销售额突破6亿元。", county="泗水县")[0]
    assert bare.confidence < SOLID
    assert named.metric == "大蒜销售额" and named.canonical_metric is None and named.confidence < SOLID


# ---- (c) the clause's own period

def test_a_period_carried_from_another_sentence_is_not_solid_but_one_across_a_semicolon_is():
    carried = extract_figures("今年以来，全县项目建设提速。全县完成固定资产投资80亿元。", county="泗水县")[0]
    assert carried.period == "今年以来" and carried.confidence < SOLID
    listed = by_value(extract_figures("上半年，全县完成地区生产总值90亿元；固定资产投资40亿元。", county="泗水县"))
    assert listed[40].period == "上半年" and listed[40].confidence >= SOLID


def test_a_period_inside_another_clauses_object_is_not_the_figures():
    f = by_value(extract_figures("会上展示了近年来全县的招商成果，全县签约项目10个，总投资50亿元。", county="泗水县"))[50]
    assert f.period == "近年来" and f.confidence < SOLID


def test_whole_year_after_another_year_is_not_solid():
    f = extract_figures("全市在2018年承办了多项节会。全年接待游客5000万人次。", county="全市")[0]
    assert f.period == "2018年" and f.confidence < SOLID  # that year's whole year, carried: never solid
    alone = extract_figures("全年全市接待游客5000万人次。", county="全市")[0]
    assert alone.confidence >= SOLID


# ---- 预计 estimates

def test_an_estimate_of_the_years_result_is_no_goal():
    figs = extract_figures("2023年，全县预计完成地区生产总值500亿元、增长6%，一般公共预算收入40亿元。",
                           county="泗水县", year=2024)
    assert [f.target for f in figs] == [False, False, False]
    assert [f.approx for f in figs] == ["预计", "预计", "预计"]
    assert figs[0].confidence >= SOLID  # an estimate reaches the cards, printed as 预计500亿元


def test_an_estimate_for_a_later_year_stays_a_goal():
    f = extract_figures("2030年，全县预计完成地区生产总值900亿元。", county="泗水县", year=2024)[0]
    assert f.target and f.approx is None


def test_without_the_pages_year_a_year_reported_on_is_an_estimate_and_one_ahead_is_a_goal():
    reported = extract_figures("2023年全县预计完成地区生产总值500亿元。", county="泗水县")[0]
    ahead = extract_figures("全县预计到2030年实现地区生产总值900亿元。", county="泗水县")[0]
    assert (reported.target, reported.approx) == (False, "预计")
    assert ahead.target


def test_a_goal_word_other_than_an_estimate_stays_a_goal():
    f = extract_figures("2024年，全县力争完成地区生产总值550亿元。", county="泗水县", year=2024)[0]
    assert f.target and f.approx is None


# ---- county

def test_the_province_named_as_an_object_is_not_the_figures_place():
    figs = extract_figures("全市项目中有70个纳入山东全省现场推进会，总投资900亿元。", county="全市")
    assert all(f.county != "全省" for f in figs)


def test_a_programmes_progress_is_not_the_countys_investment():
    """累计完成投资…，占规划量的…%: the progress of a programme named sentences before (the kindergartens), which
    the cards would show as the county's investment; a named measure with its plan share stays solid."""
    text = "截至8月31日，全市累计完成投资2.3亿元，占规划量的40.5%。"  # under a heading of kindergartens
    (invested,) = [f for f in extract_figures(text) if f.unit == "亿元"]
    assert invested.confidence < SOLID
    (fai,) = [f for f in extract_figures("1至8月，全县完成固定资产投资80亿元，占年度计划的62%。", "汶上县") if f.unit == "亿元"]
    assert fai.confidence >= SOLID


def test_a_trades_workforce_is_not_the_countys():
    """从业人员 counts one trade's people (here the lamp makers counted just before), never the county's workforce:
    the card would show it as the county's; the full table keeps it."""
    text = "目前，全县有灯具生产企业200多家，年产值12亿元，带动从业人员近3万人。"
    (people,) = [f for f in extract_figures(text, "汶上县") if f.unit == "万人"]
    assert people.metric == "带动从业人员" and not (people.canonical_metric and people.confidence >= SOLID)
    text = "目前，全县有灯具生产企业200多家，年产值12亿元，从业人员近3万人。"
    (people,) = [f for f in extract_figures(text, "汶上县") if f.unit == "万人"]
    assert people.canonical_metric == "从业人员" and people.confidence < SOLID


# ---- a batch's sum carries its batch in its label (issue 14, point 3)

@pytest.mark.parametrize("text, label", [
    ("上半年，全县集中开工项目36个，总投资120亿元。", "集中开工项目总投资"),  # the count before the sum
    ("今年，全县将推进总投资180亿元的30个重点产业项目建设。", "重点产业项目总投资"),  # the count after it
    ("2024年，全县有66个项目纳入省市重点项目，总投资额达90亿元。", "纳入省市重点项目总投资额"),
])
def test_a_batchs_sum_is_named_after_the_batch_its_sentence_counts(text, label):
    f = next(f for f in extract_figures(text, county="泗水县") if f.canonical_metric in ("总投资", "计划投资"))
    assert f.metric == label


def test_a_bare_batch_sum_is_never_solid():
    bare = by_value(extract_figures("上半年，全县项目建设提速，总投资120亿元。", county="泗水县"))[120]
    named = by_value(extract_figures("上半年，全县集中开工项目36个，总投资120亿元。", county="泗水县"))[120]
    assert bare.metric == "总投资" and bare.confidence < SOLID
    assert named.confidence >= SOLID


def test_a_named_projects_sum_beside_a_counted_batch_stays_qualified():
    got = by_value(extract_figures("上半年，全县签约项目12个，宏达新材料项目总投资5亿元。", county="泗水县"))
    assert got[5].metric == "宏达新材料项目总投资" and got[5].confidence < SOLID  # one project's, printed so
