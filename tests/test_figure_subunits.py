"""A figure of a unit inside a county (a village, a co-operative, a firm, a park, a hospital) names the unit in its
label, whatever it measures, and never stands on a county's card (issue 14, figure precision). Invented text."""

from jdash.confidence import SOLID
from jdash.figure_subject import clause_opening_subject, label_with_unit, names_a_unit, opening_unit
from jdash.figures import extract_figures


def by_value(text: str, county: str = "泗水县") -> dict[float, object]:
    return {f.value: f for f in extract_figures(text, county)}


def test_a_named_units_figure_names_it_though_the_measure_has_no_canonical_name():
    figs = by_value("青禾葡萄专业合作社位于某某镇，年产优质葡萄900余吨，社员人均纯收入3.6万元。")
    assert figs[900].metric == "青禾葡萄专业合作社年产优质葡萄"
    assert figs[3.6].metric == "青禾葡萄专业合作社社员人均纯收入"
    assert all(f.canonical_metric is None and f.confidence < SOLID for f in figs.values())


def test_a_unit_named_in_an_earlier_clause_of_the_sentence_names_later_figures():
    figs = by_value("某某镇中心卫生院新院区位于滨河路北，占地面积120亩，设计床位600张。")
    assert figs[120].metric.startswith("某某镇中心卫生院新院区") or figs[120].metric.startswith("中心卫生院新院区")
    assert figs[120].confidence < SOLID


def test_the_county_as_subject_gets_no_units_name():
    figs = by_value("全县年产优质葡萄9万吨。")
    assert figs[9].metric == "年产优质葡萄"


def test_a_name_listed_with_its_own_figure_is_an_example_not_the_subject():
    assert clause_opening_subject("宏达集团50万吨乙醇等7个项目进入收尾阶段") is None
    assert clause_opening_subject("宏达集团、青禾公司等12家企业参会") is None
    assert clause_opening_subject("园区新增企业3家") == "园区"
    assert by_value("目前，宏达集团50万吨乙醇等7个项目进入收尾阶段。")[7].metric == "项目"


def test_an_office_telling_the_reporter_is_not_whose_figures_follow():
    assert clause_opening_subject("某某服务中心主任王某介绍") is None
    assert by_value("某某服务中心主任王某介绍，共安装护栏1790米。")[1790].metric == "安装护栏"


def test_a_firm_telling_the_reporter_speaks_of_its_own_business():
    assert clause_opening_subject("宏达公司总经理王某介绍说") == "宏达公司"
    assert by_value("宏达公司总经理王某介绍说：“今年订单已突破800万斤。”")[800].metric == "宏达公司订单"


def test_what_counts_as_a_named_unit():
    assert names_a_unit("某某生态葡萄园区") and names_a_unit("杨庄村")
    assert not names_a_unit("园区") and not names_a_unit("产业园") and not names_a_unit("我们村") and not names_a_unit("该示范区")
    assert not names_a_unit("全县") and not names_a_unit("泗水县")


def test_a_label_naming_its_own_unit_or_project_keeps_it():
    assert label_with_unit("泗水风景区接待游客", "某某景区") == "泗水风景区接待游客"
    assert label_with_unit("宏达光伏项目总投资", "某某集团") == "宏达光伏项目总投资"
    assert label_with_unit("某某产业园总投资", "泗水县某某产业园") == "某某产业园总投资"  # the county left out
    assert label_with_unit("年产葡萄", "某某合作社") == "某某合作社年产葡萄"
    assert opening_unit("杨庄村集体收入") == "杨庄村" and opening_unit("集体收入") is None


def test_the_scorer_sets_a_written_unit_aside_against_a_golden_without_it():
    from entity_eval import _metric_agrees
    from jdash.model import Figure

    def fig(metric: str) -> Figure:
        return Figure(value=1.0, unit="亩", normalised_value=None, base_unit=None, metric=metric, canonical_metric=None,
                      kind="amount", subject=None, county=None, period=None, approx=None, sentence="")

    assert _metric_agrees("近期运营能力", fig("某某物流中心运营能力"), None)
    assert _metric_agrees("杨庄村流转土地", fig("杨庄村通过合作社流转土地"), None)
    assert not _metric_agrees("杨庄村流转土地", fig("杨庄村种植面积"), None)


def test_a_bare_unit_word_points_back_to_the_named_unit():
    from jdash.figure_subject import bare_unit_name

    text = "青禾新材料产业园区规划总面积30平方公里。目前，园区有企业76家，其中上市公司12家，高新技术企业42家。"
    figs = by_value(text, "金乡县")
    assert figs[76].metric.startswith("青禾新材料产业园区") and figs[12].metric == "青禾新材料产业园区上市公司"
    assert figs[42].metric == "青禾新材料产业园区高新技术企业"  # a part (其中…) of the park's firms
    assert all(f.confidence < SOLID for f in figs.values())  # never on the county's card
    assert bare_unit_name("柳林街道全力创卫。该街道出动大型机械230台", "该街道", 12) == "柳林街道"
    assert bare_unit_name("全县新开工项目12个。园区新增企业3家", "园区", 12) is None  # no park named


def test_a_unit_listed_as_an_example_is_not_what_a_bare_word_points_to():
    from jdash.figure_subject import bare_unit_name

    text = "青禾智慧制造园区等16个项目开始试生产。目前，园区已签约重大项目10个"
    assert bare_unit_name(text, "园区", text.index("目前")) is None


def test_the_countys_own_label_stays_the_countys_outside_a_part():
    figs = extract_figures("青禾集团年产5万吨乙醇等项目加快推进，主导产业营业收入达到70亿元。", "泗水县")
    assert figs[-1].metric == "主导产业营业收入"


def test_a_sentence_naming_no_subject_goes_on_with_the_unit_the_one_before_opened_with():
    figs = by_value("青禾葡萄专业合作社成立于2012年。主要种植巨峰葡萄，年产优质葡萄900余吨，社员人均纯收入3.6万元。")
    assert figs[900].metric == "青禾葡萄专业合作社年产优质葡萄"
    assert figs[3.6].metric == "青禾葡萄专业合作社社员人均纯收入"
    county = by_value("青禾葡萄专业合作社成立于2012年。全县年产优质葡萄9万吨。")
    assert county[9].metric == "年产优质葡萄"  # the county named again


def test_a_unit_after_zai_sets_the_scene_of_its_sentence():
    figs = by_value("在青禾葡萄专业合作社，葡萄协会会长王某介绍，现在发展社员近300人，种植面积450亩。")
    assert figs[300].metric.startswith("青禾葡萄专业合作社") and figs[450].metric.startswith("青禾葡萄专业合作社")
    assert clause_opening_subject("在全县推广新品种") is None


def test_an_ordinal_or_adjective_inside_a_name_does_not_end_it():
    figs = by_value("青禾市第一人民医院东院区位于滨河路北、康泰路东，占地面积543亩。", "济宁高新区")
    assert figs[543].metric == "青禾市第一人民医院东院区占地面积"


def test_a_metric_read_from_inside_a_units_name_gets_the_whole_name():
    figs = by_value("高新区分院占地543亩，设计日门急诊量10000人次。", "济宁高新区")
    assert figs[543].metric == "高新区分院占地" and figs[10000].metric == "高新区分院设计日门急诊量"


def test_a_bare_unit_word_before_shang_says_where_not_whose():
    assert clause_opening_subject("现在市场上订单已经突破到800万斤") is None


def test_a_verb_before_a_parks_name_is_not_part_of_it():
    from jdash.figure_subject import bare_unit_name

    text = "全县投资20亿元建设青禾新材料产业园内的配套设施。目前，园区有企业76家"
    assert bare_unit_name(text, "园区", text.index("目前")) == "青禾新材料产业园"


def test_a_bare_unit_word_opening_the_text_is_the_unit_its_headline_names():
    figs = extract_figures("该街道全力开展攻坚行动，出动大型机械230余台。", "曲阜市", heading="柳林街道全力攻坚创卫")
    assert figs[0].metric == "柳林街道大型机械"


def test_a_list_between_the_unit_and_its_measure_is_left_out_of_the_label():
    figs = by_value("杨庄村通过支部引领、干部带头、村集体领办流转土地1200亩。")
    assert figs[1200].metric == "杨庄村流转土地"
    assert opening_unit("杨庄村通过甲、乙村集体收入") == "杨庄村"


def test_who_asks_is_no_part_of_a_villages_name():
    figs = extract_figures("如果有人问杨庄村靠什么致富，大家会说葡萄。2012年，全村葡萄销售总收入1.5亿元。", "金乡县")
    assert figs[-1].metric == "杨庄村葡萄销售总收入"


def test_a_phase_of_a_project_named_the_sentence_before_is_that_projects():
    text = "位于某镇的宏达光伏材料项目开工。项目分两期建设，总投资18亿元。其中一期工程投资2.18亿元。"
    assert by_value(text, "金乡县")[2.18].metric == "宏达光伏材料项目一期工程投资"


def test_a_named_units_figure_lies_in_the_storys_county_whatever_city_frames_it():
    figs = extract_figures("青禾生态茶叶园区在济宁地区颇有名气，现有茶树种植面积900多亩。", "金乡县")
    assert (figs[0].metric, figs[0].county) == ("青禾生态茶叶园区茶树种植面积", "金乡县")
    city = extract_figures("济宁青禾公交集团开通5条线路，投入新能源公交车25辆。", "曲阜市")
    assert all(f.county != "金乡县" for f in city)


def test_a_short_class_of_projects_is_no_project_of_its_own():
    assert label_with_unit("在谈项目", "青禾镇") == "青禾镇在谈项目"
    assert label_with_unit("宏达光伏发电项目总投资", "青禾镇") == "宏达光伏发电项目总投资"
