"""Figures of a sub-unit named earlier in a county's or town's story (issue 14, figure precision; the largest error
kind of the blind judgings, "sub-unit"): a project, firm, village or group of scenic spots named at the head of a
sentence or paragraph whose figures follow. The label names the unit and the figure leaves the cards; a county's
total after it stays the county's. Invented text."""

from jdash.confidence import SOLID
from jdash.figure_subject import listed_units, named_opening, names_one_unit, village_opening
from jdash.figures import extract_figures


def by_value(text: str, county: str = "微山县") -> dict[float, object]:
    return {f.value: f for f in extract_figures(text, county)}


def test_a_project_whose_full_name_opens_a_sentence_owns_the_figures_its_clauses_give():
    text = ("5月8日，某县两个新材料项目同日奠基，两个项目共投资18亿元。青禾电池前端拆解项目由青禾新材料有限公司承建，"
            "新建厂房和研发中心。项目投产后年产值可达12亿元，纳税8000万元。白水废旧电池循环利用项目由某公司承建，"
            "主要新上日拆解600吨的生产线，年拆解能力20万吨。")
    figs = by_value(text)
    assert figs[12].metric.startswith("青禾电池前端拆解项目") and figs[12].canonical_metric is None
    assert figs[8000].metric.startswith("青禾电池前端拆解项目")
    assert figs[20].metric.startswith("白水废旧电池循环利用项目") and figs[20].confidence < SOLID
    assert not figs[18].metric.startswith(("青禾", "白水"))  # the two projects' sum, no one of them


def test_a_class_of_projects_or_an_act_names_no_one_project():
    assert named_opening("白水废旧电池循环利用项目由某公司承建") == "白水废旧电池循环利用项目"
    assert named_opening("新开工项目由各镇街承建") is None
    assert named_opening("全县重点项目完成投资") is None
    assert named_opening("大力推进河道整治工程") is None
    assert named_opening("青禾农机专业合作社等5家合作社") is None  # listed, one example
    assert names_one_unit("青禾古村落保护开发项目") and not names_one_unit("重点项目")


def test_the_project_a_pointer_names_is_the_one_before_it_not_the_class_it_is_said_to_be():
    text = "在青禾妇幼保健院迁建项目现场，观摩团听取了汇报。该项目是省级绿色建筑示范项目，总投资4.2亿元，占地96亩。"
    figs = by_value(text)
    assert figs[4.2].metric == "青禾妇幼保健院迁建项目总投资" and figs[96].metric == "青禾妇幼保健院迁建项目占地"


def test_a_project_named_with_a_dot_owns_the_figures_of_the_sentence_after_it():
    text = "观摩团随后察看了两处文旅项目。白水湾·青禾村项目是一处田园综合体。由某集团运营，计划投资2.8亿元。"
    assert by_value(text)[2.8].metric.startswith("白水湾·青禾村项目")


def test_the_scenic_spots_a_holiday_report_lists_own_its_totals():
    text = ("中秋假期，某县旅游市场平稳有序。列入全县重点监测的青山、白水湖、金沙湾等景区，共接待游客4.1万人次，"
            "增长12%；营业收入300万元，增长9%。")
    figs = by_value(text)
    assert figs[4.1].metric == "青山等景区接待游客" and figs[4.1].confidence < SOLID
    assert figs[300].metric == "青山等景区营业收入" and figs[300].confidence < SOLID
    assert listed_units("青山、白水等示范区内主要景区") is None  # the spots inside a zone the story is about


def test_a_village_opening_a_paragraph_owns_its_figures_until_the_county_is_named():
    text = ("青石寨村依托当地核桃资源，筹资150万元，建起核桃加工车间。眼下，核桃油已经投放市场。"
            "全年能为村集体增收6万元。今年以来，全县完成投资80亿元。")
    figs = by_value(text, "曲阜市")
    assert figs[150].metric.startswith("青石寨村") and figs[6].metric.startswith("青石寨村")
    assert figs[80].canonical_metric == "完成投资" and figs[80].subject is None
    assert village_opening("美丽乡村建设") is None and village_opening("贫困村脱贫") is None


def test_the_village_a_pointer_names():
    text = "随后，记者来到白石村草莓大棚，该村种植的红颜草莓亩产达4000余斤。"
    assert by_value(text, "曲阜市")[4000].metric.startswith("白石村")


def test_a_firm_named_at_the_head_of_a_paragraph_owns_what_its_people_say_of_us():
    text = ("近年来，某街道做大户外服饰产业。坐落在某创业园的青禾服饰有限公司，主营户外服装。该公司持续开发新款。"
            "青禾服饰有限公司生产部经理王某说：“这件羽绒服是我们刚推出的款式。今年我们的出口量比去年增长了18%。”")
    assert by_value(text, "嘉祥县")[18].metric.startswith("青禾服饰有限公司")


def test_a_towns_official_speaks_for_the_town_and_a_county_total_stays_the_countys():
    text = ("6月12日，青石寨村合作社玉米机收作业展开。汶上县南站镇党委委员王某介绍，近年来当地引导各村组建合作社，"
            "共托管土地2.4万亩。今年以来，全县托管土地30万亩。")
    figs = by_value(text, "汶上县")
    assert "南站镇" in figs[2.4].metric and figs[2.4].confidence < SOLID
    assert not figs[30].metric.startswith(("南站镇", "青石寨村")) and figs[30].subject is None


def test_a_sentence_that_names_its_own_thing_takes_no_unit_of_the_sentences_before():
    text = ("暑假里，青禾研学基地推出书法夏令营，报名已满800人。鲁南白水书院开设国学课堂，报名300余人。"
            "鲁南民俗园研学团队15个。")
    figs = by_value(text, "曲阜市")
    assert figs[800].metric.startswith("青禾研学基地")
    assert not figs[300].metric.startswith("青禾研学基地") and not figs[15].metric.startswith("青禾研学基地")


def test_a_whole_village_is_the_village_named_before_a_whole_town_is_not():
    text = "近年来，葡萄产业发展迅速。青禾{}成立于2010年，年产葡萄900吨。目前，全村葡萄种植面积1900亩。"
    assert by_value(text.format("村"))[1900].metric == "青禾村葡萄种植面积"
    assert by_value(text.format("合作社"))[1900].metric == "葡萄种植面积"


def test_what_a_firms_manager_says_of_us_is_the_firms():
    text = ("记者走进某县鞋业园区。“这阵子活多，加班也赶不完。”青禾鞋业总经理王某说。为何旺季提前了？"
            "“这一年，我们接的单子一直在涨，海外市场增长了25%。”王某拿出一张报表。全县鞋业出口增长15%。")
    figs = by_value(text, "嘉祥县")
    assert figs[25].metric.startswith("青禾鞋业") and figs[25].confidence < SOLID
    assert not figs[15].metric.startswith("青禾鞋业")


def test_a_facility_named_after_a_place_owns_the_figures_of_its_sentence_a_settlement_word_does_not():
    from jdash.figures import extract_figures

    said = "东湖水厂设计供水规模为每日4万立方米，占地面积约4000平方米，总建筑面积约1800平方米。"
    assert [f.metric for f in extract_figures(said, "太白湖新区")] == ["东湖水厂设计供水规模", "东湖水厂占地面积", "东湖水厂建筑面积"]
    rural = "兖州农村电子商务交易额增长56%，带动就业创业2000人。"
    assert not any(f.metric.startswith("兖州农村") for f in extract_figures(rural, "兖州区"))


def test_units_listed_as_examples_of_a_counted_class_are_no_subject_of_its_counts():
    """`甲公司某项目、乙公司某项目等10个项目建成投用`: the count is the class's (项目), not the first example's firm; and the
    sentences after it, counting the city's projects, carry no example's name either."""
    text = ("今年，全市重点项目建设进展顺利。青禾机械公司装载机生产线项目、白水玻纤公司三期项目等10个项目建成投用，"
            "另有6个项目进入设备调试阶段。150个重点项目里有续建项目48个，累计完成投资93.5亿元。")
    figs = by_value(text, "全市")
    assert figs[10].metric.endswith("项目") and figs[6].metric == "项目"
    assert figs[48].metric.endswith("续建项目") and figs[93.5].metric.endswith("续建项目完成投资")  # (jdash.figure_scope)
    assert not any("青禾" in f.metric for f in figs.values())
