"""Sub-units the label must name (issue 14 items 1–3, figure precision): a township the headline or a clause opens
with, the county's development zones taken together (全市开发区…), units counted by what they did (9家开发区完成…).
Their figures name the sub-unit, keep no county's canonical metric, and stay off the cards. Invented text."""

from jdash.confidence import SOLID
from jdash.figure_metric import joined_once
from jdash.figure_subject import article_subject, subject_of, unit_group
from jdash.figures import extract_figures, printed_with_metric


def by_value(text: str, county: str = "邹城市", heading: str = "") -> dict[float, object]:
    return {f.value: f for f in extract_figures(text, county, heading=heading)}


def test_a_township_opening_the_headline_is_the_articles_subject_not_the_county():
    assert article_subject("看庄镇聚力发展山区特色产业", "今年以来，看庄镇立足山区优势。") == "看庄镇"
    assert subject_of("看庄镇聚力") == "看庄镇"
    figs = by_value("目前已有15家农家乐开门迎客。去年共流转土地2.5万亩。", heading="看庄镇聚力发展山区特色产业")
    assert figs[15].metric.startswith("看庄镇") and figs[2.5].metric == "看庄镇流转土地"
    assert all(f.canonical_metric is None and f.confidence < SOLID for f in figs.values())


def test_the_county_opening_the_headline_stays_the_county():
    figs = by_value("全年完成固定资产投资80亿元。", heading="邹城市项目建设提速")
    assert figs[80].metric == "固定资产投资" and figs[80].subject is None


def test_the_citys_development_zones_together_are_a_group_not_the_city():
    assert unit_group("全市开发区") == "全市开发区" and unit_group("全县各镇街") is None and unit_group("全市") is None
    figs = by_value("全市开发区累计完成固定资产投资900亿元、增长12.5%；完成进出口总额80.2亿元。", "全市")
    assert figs[900].metric == "全市开发区累计完成固定资产投资"
    assert figs[12.5].metric == "全市开发区累计完成固定资产投资增速"
    assert figs[80.2].metric == "全市开发区进出口总额" and figs[80.2].canonical_metric is None
    assert all(f.confidence < SOLID for f in figs.values())


def test_the_citys_own_total_is_still_the_citys():
    figs = by_value("全市完成固定资产投资900亿元，全市进出口总额80.2亿元。", "全市")
    assert figs[900].canonical_metric == "固定资产投资" and figs[80.2].metric == "进出口总额"


def test_units_counted_by_what_they_did_are_labelled_by_it():
    figs = by_value("目前，9家开发区完成人事制度改革，3家开发区推行“一网通办”，全县已有11个村开展电商销售。", "泗水县")
    assert figs[9].metric == "完成人事制度改革的开发区"
    assert figs[3].metric == "推行“一网通办”的开发区"
    assert figs[11].metric == "开展电商销售村"
    assert all(f.canonical_metric is None for f in figs.values())


def test_a_count_of_units_with_no_deed_after_it_keeps_its_label():
    figs = by_value("全县共有行政村45个，其中3个村，规划面积20亩。", "泗水县")
    assert figs[45].metric == "行政村"


def test_a_rate_keeps_its_rate_word_when_the_units_printed_label_is_used():
    assert printed_with_metric("园区完成固定资产投资", "固定资产投资增速") == "园区完成固定资产投资增速"
    assert printed_with_metric("园区完成投资", "完成投资") == "园区完成投资"


def test_a_thing_and_its_measure_share_a_word_once():
    assert joined_once("大棚种植", "种植面积") == "大棚种植面积"
    assert joined_once("小麦", "单产") == "小麦单产"


def test_a_total_after_a_list_of_one_things_measures_is_vague_without_the_thing():
    figs = by_value("截至目前，全县黄鳝养殖面积2.1万亩，产量3000吨，野外捕捞产量800吨，总产值2.6亿元。", "微山县")
    assert figs[3000].metric == "黄鳝养殖产量"
    assert figs[2.6].confidence < SOLID  # 总产值 of what: the eel's, no county's total output
    figs = by_value("全县芦笋种植面积6万亩，总产值9亿元。", "微山县")
    assert figs[9].metric == "芦笋总产值" and figs[9].canonical_metric is None


def test_a_named_scenic_spot_opening_with_a_numeral_keeps_it_and_its_act():
    figs = by_value("据统计，国庆假期五泉景区累计接待12万人次，同比增长8.5%。", "泗水县")
    assert figs[12].metric == "五泉景区接待"
    assert figs[8.5].metric == "五泉景区接待增速"
    figs = by_value("有机葡萄种植已发展近5000亩。", "泗水县")
    assert figs[5000].metric == "有机葡萄种植"


def test_a_share_of_a_bare_measure_takes_the_thing_its_list_measures():
    text = "常年种植芦笋6万亩；拥有芦笋加工企业80余家，冷藏能力超过30万吨；产量占到全国的5%左右，芦笋年出口量占到全国的20%以上。"
    figs = by_value(text, "微山县")
    assert figs[5].metric == "芦笋产量占到全国比重"
    assert figs[20].metric == "芦笋年出口量占到全国比重"


def test_a_village_jieba_reads_as_a_name_opens_its_clause_as_its_subject():
    assert subject_of("杨家村投资") == "杨家村"
    figs = by_value("在某镇，杨家村投资50余万元硬化村内道路3000余平方米，方便了群众出行。", "曲阜市")
    assert figs[50].metric == "杨家村投资"
    assert figs[3000].metric == "杨家村硬化村内道路"  # not the text from the village on, with the 50万元 in it
    assert all(f.confidence < SOLID for f in figs.values())


def test_an_act_whose_words_hide_a_units_ending_is_no_units_name():
    from jdash.figure_subject import label_with_unit

    assert label_with_unit("硬化步行街道路", "杨庄村") == "杨庄村硬化步行街道路"
    assert label_with_unit("某某物流中心运营能力", "某某集团") == "某某物流中心运营能力"


def test_a_bare_industrial_park_word_points_back_to_the_park_named_before():
    text = "青禾生物产业园规划面积3.2平方公里。目前，产业园已集聚生物企业26家，全年实现产值12.5亿元。"
    figs = by_value(text, "嘉祥县")
    assert figs[26].metric.startswith("青禾生物产业园") and figs[12.5].metric == "青禾生物产业园产值"
    assert all(f.canonical_metric is None for f in figs.values())
