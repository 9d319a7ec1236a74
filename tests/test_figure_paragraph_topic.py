"""The paragraph's topic entity (issue 14, figure precision; "sub-unit", the largest error kind of the blind
judgings): a private person named with their role (村民王某, 种植户王某) or a unit the story sets its scene at (走进某某公司)
owns the figures after it that name no subject of their own, so the label says whose they are and the figure leaves
the cards; the county's own figures after them (全县…) stay the county's. Invented text."""

from jdash.confidence import SOLID
from jdash.figure_subject import names_a_person, person_opening
from jdash.figures import extract_figures


def by_value(text: str, county: str = "泗水县") -> dict[float, object]:
    return {f.value: f for f in extract_figures(text, county)}


def test_a_villager_opening_a_clause_owns_the_figures_after_it_not_the_village():
    figs = by_value("青禾镇杨庄村葡萄种植户王建国：“我今年种了葡萄15亩，今年纯收入能达到20万元。”")
    assert figs[15].metric == "种植户王建国葡萄" and figs[15].subject == "种植户王建国"
    assert figs[20].metric == "种植户王建国纯收入" and figs[20].confidence < SOLID


def test_a_person_after_the_scene_of_their_village_owns_the_figure():
    figs = by_value("在白水镇石桥村，返乡大学生李明承包了8个大棚。")
    assert figs[8].metric == "大学生李明大棚"


def test_a_later_sentence_pointing_back_to_the_person_goes_on_with_them_others_do_not():
    text = "村民张桂兰搬进了新房。她家今年种植葡萄20亩。近年来，当地种植葡萄3000亩。"
    figs = by_value(text)
    assert figs[20].metric == "村民张桂兰种植葡萄"
    assert not figs[3000].metric.startswith("村民")


def test_the_person_goes_on_speaking_in_their_quotation():
    figs = by_value("石桥村村民周大海：“大蒜套种辣椒，是个好办法。我们种的辣椒亩产1200斤。”")
    assert figs[1200].metric.startswith("村民周大海")


def test_a_person_who_only_tells_the_reporter_speaks_of_the_village_or_county():
    figs = by_value("村民王建国说，今年全县种植葡萄3万亩。")
    assert not figs[3].metric.startswith("村民")
    assert person_opening("村民王建国介绍") is None


def test_officials_and_words_of_a_class_are_no_person():
    assert person_opening("县委书记王建国强调") is None  # an official's title is no private person's role
    assert person_opening("村民人均收入3万元") is None and person_opening("农民专业合作社") is None
    assert names_a_person("种植户王建国") and not names_a_person("种植户")
    figs = by_value("2023年，全县农民人均可支配收入2.1万元，增长7%。")
    assert figs[2.1].metric == "农民人均可支配收入" and figs[2.1].confidence >= SOLID


def test_a_firm_the_story_walks_into_owns_the_figures_of_the_paragraph():
    figs = by_value("走进青禾纺织有限公司，工人们正在忙碌。去年实现销售收入3亿元。")
    assert figs[3].metric == "青禾纺织有限公司销售收入" and figs[3].confidence < SOLID


def test_the_county_after_the_scene_stays_the_county():
    figs = by_value("走进青禾纺织有限公司，工人们正在忙碌。去年，全县实现销售收入30亿元。")
    assert figs[30].metric == "销售收入" and figs[30].confidence >= SOLID


def test_a_name_read_back_from_a_bare_word_stops_at_the_scene_word():
    figs = by_value("记者来到青禾纺织有限公司。去年，公司实现销售收入3亿元。")
    assert figs[3].metric.startswith("青禾纺织有限公司")


def test_a_speakers_own_village_is_the_village_named_before_it():
    text = "王明今年50岁，是白石村的党支部书记。“过去，我们村是个穷村，人均年收入才800元。”"
    assert by_value(text)[800].metric == "白石村人均年收入"


def test_no_village_named_before_leaves_the_speakers_village_unnamed_and_the_county_is_the_county():
    assert not by_value("“过去，我们村是个穷村，人均年收入才800元。”")[800].metric.startswith("白石")
    figs = by_value("“我们县是产粮大县，2023年，全县粮食总产量50万吨。”")
    assert figs[50].metric == "粮食总产量" and figs[50].confidence >= SOLID


def test_a_firm_a_reporter_visits_owns_the_figures_of_the_sentences_after_the_visit():
    figs = by_value("记者日前走访了青禾纺织有限公司。去年实现销售收入3亿元，增幅为12%。")
    assert figs[3].metric == "青禾纺织有限公司销售收入" and figs[3].confidence < SOLID
    figs = by_value("记者日前走访了青禾纺织有限公司。去年，全县实现销售收入30亿元。")
    assert figs[30].metric == "销售收入" and figs[30].confidence >= SOLID


def test_a_theatre_owns_its_seats_and_a_pointed_bare_word_is_not_printed_in_the_label():
    figs = by_value("东湖大剧院位于县城东部，共有座位1200个。")
    assert figs[1200].metric == "东湖大剧院座位" and figs[1200].canonical_metric is None
    figs = by_value("东湖新材料产业园位于县城东部。该园区共有企业50家。")
    assert figs[50].metric == "东湖新材料产业园共有企业"


def test_what_a_project_is_said_to_be_is_a_class_and_the_bare_word_after_it_is_the_project():
    figs = by_value("青禾科技装备制造项目是市级示范项目，项目新上生产线5条。项目工艺达到国内先进水平，已获专利42项。")
    assert [figs[5].metric, figs[42].metric] == ["青禾科技装备制造项目新上生产线", "青禾科技装备制造项目获专利"]
    assert figs[42].confidence < SOLID


def test_a_project_named_after_is_stays_the_project_its_bare_word_points_to():
    text = "观摩团看的第一个项目是青禾电力光伏组件生产线项目，项目计划投资2亿元。目前项目已投产，每年能带来销售收入8亿元。"
    figs = by_value(text)
    assert figs[2].metric == "青禾电力光伏组件生产线项目计划投资" and figs[8].metric.startswith("青禾电力光伏组件生产线项目")
