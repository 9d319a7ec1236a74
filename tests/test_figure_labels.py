"""Metric labels keep what the sentence prints about what a figure measures (issue 14, figure precision).
All text invented."""

from jdash.figure_metric import qualifiers_before, whole_of_share, without_flow
from jdash.figures import extract_figures


def labels(text: str) -> list[tuple[str | None, float]]:
    return [(f.metric, f.value) for f in extract_figures(text, "某县")]


def canon(text: str) -> list[str | None]:
    return [f.canonical_metric for f in extract_figures(text, "某县")]


def test_qualifiers_before_reads_back_over_words_and_bounds():
    assert qualifiers_before("全县新签约过亿元项目12个", 0, 8) == "新签约过亿元"
    assert qualifiers_before("全县过亿元项目12个", 0, 5) == ""  # a bound alone is threshold_class's


def test_a_scope_stays_in_the_label():
    text = "全县规模以上固定资产投资完成64亿元，同比增长9.5%。"
    assert [m for m, _ in labels(text)] == ["规模以上固定资产投资", "规模以上固定资产投资增速"]


def test_a_listed_qualified_phrase_keeps_its_canonical_metric():
    text = "全县规模以上工业增加值完成31亿元。"
    assert labels(text) == [("规模以上工业增加值", 31)]
    assert canon(text) == ["规上工业增加值"]


def test_place_and_average_qualifiers():
    assert labels("全镇县外务工人员2.6万人，年均增收3800元。") == [("县外务工人员", 2.6), ("年均增收", 3800)]
    assert labels("本批开工项目41个，项目平均单体投资规模达到3.7亿元。")[-1] == ("平均单体投资规模", 3.7)


def test_a_flow_stays_in_a_counts_label():
    assert labels("全区新签约过亿元项目9个。") == [("新签约过亿元项目", 9)]
    assert labels("全县新建规模以上项目7个，续建规模以上项目5个。") == [("新建规模以上项目", 7), ("续建规模以上项目", 5)]
    assert labels("全县新增省级以上研发平台6个。") == [("新增省级以上研发平台", 6)]


def test_a_flow_carries_along_a_list_of_bounds():
    got = labels("全县新引进10亿元以上项目2个、5亿元以上5个、亿元以上11个。")
    assert got == [("新引进10亿元以上项目", 2), ("新引进5亿元以上项目", 5), ("新引进亿元以上项目", 11)]


def test_a_units_name_still_opens_a_qualified_label():
    assert labels("截至目前，园区新建规模以上项目8个。") == [("园区新建规模以上项目", 8)]


def test_a_total_after_a_flow_is_the_stock():
    assert without_flow("新增规上工业企业") == "规上工业企业"
    assert labels("园区新增规上工业企业4家，总数达到96家。")[1] == ("规上工业企业", 96)


def test_a_level_in_a_list_names_its_own_figure():
    got = labels("全县现有国家级非遗项目6项、省级11项、市级30项。")
    assert got == [("国家级非遗项目", 6), ("省级非遗项目", 11), ("市级非遗项目", 30)]


def test_a_size_in_a_list_is_of_the_thing_the_first_measured():
    assert labels("该渡槽总长460米，最宽处12米，高18米。") == [("渡槽总长", 460), ("渡槽最宽处", 12), ("渡槽高", 18)]


def test_whole_of_share_reads_the_printed_whole():
    assert whole_of_share("产量占全国总产量的1.5%", 2, 9) == "全国总产量"
    assert whole_of_share("收入占全省的比重降至8%", 2, 10) == "全省"
    assert whole_of_share("占比达60%", 0, 4) is None


def test_a_share_names_its_whole_and_its_part():
    got = labels("全县山药产量达9万吨，占全省总产量的12%。")
    assert got[1] == ("山药产量占全省总产量比重", 12)
    got = labels("纺织企业利润占规模以上工业企业利润比重升至31%。")
    assert got == [("纺织企业利润占规模以上工业企业利润比重", 31)]
    assert canon("纺织企业利润占规模以上工业企业利润比重升至31%。") == [None]


def test_a_rate_after_a_share_is_the_parts():
    got = labels("1至5月份，全县完成技改投资62亿元，占工业投资的48%，同比增长6.1%。")
    assert got[2] == ("技改投资增速", 6.1)


def test_a_share_whose_part_is_not_printed_names_only_its_whole():
    assert labels("甲乙丙三国是全市主要贸易伙伴，合计占进出口总值的40%。") == [("占进出口总值比重", 40)]


def test_a_count_of_people_who_attend_is_named_by_what_they_did():
    assert labels("开幕式上，来自各地的嘉宾600余人出席。") == [("出席的嘉宾", 600)]
    assert labels("外省考察团一行18人来参观考察。") == [("参观考察的考察团", 18)]
    assert labels("来宾300余人出席了开幕式。") == [("出席开幕式的来宾", 300)]
    assert canon("来宾300余人出席了开幕式。") == [None]


def test_a_count_of_everyone_or_from_somewhere_is_the_turnout():
    assert labels("各级领导、部门代表以及村民代表150余人参加了活动。") == [("参加活动人数", 150)]
    assert labels("活动吸引周边省市共2.6万余人前来参与。") == [("参与人数", 2.6)]


def test_media_delegations_and_firms_attend():
    assert labels("本届比赛有12余家媒体进行了报道。") == [("报道的媒体", 12)]
    assert labels("全县参合农民有52万人参加了城乡居民大病补充保险。") == [("参合农民", 52)]  # a programme, no event
    # firms at a fair are its turnout, not the county's firms (a blind judge failed a bare 企业 of an expo's guests)
    assert labels("全县有120家企业参加招聘会。") == [("参加招聘会的企业", 120)]
    assert labels("参赛选手480名。") == [("参赛选手", 480)]  # the label says it already


def test_a_count_after_examples_counts_the_class_printed_after_it():
    got = labels("全区引进甲乙精工等8个智能装备制造项目，丙丁医疗等5个2023年省重点项目按时开工。")
    assert got == [("智能装备制造项目", 8), ("2023年省重点项目", 5)]
    assert labels("注册了“青禾”“麦香”等12个系列商标。") == [("系列商标", 12)]
    assert labels("京沪高速、国道104等9条公路干线贯穿全境。") == [("公路干线", 9)]


def test_a_flow_opening_a_list_governs_every_item():
    got = labels("重点推进甲厂扩建等30个先进制造项目，乙园等12个文旅项目，丙中心等6个康养项目。")
    assert got == [("重点推进先进制造项目", 30), ("重点推进文旅项目", 12), ("重点推进康养项目", 6)]
    assert labels("全县新增规上工业企业15家，高新技术企业8家。")[1] == ("新增高新技术企业", 8)
    assert "新建改扩建" not in labels("新建学校5所、改扩建学校11所。")[1][0]  # an item with its own verb
    assert labels("全县新增规上工业企业15家。全县高新技术企业8家。")[1] == ("高新技术企业", 8)  # another sentence


def test_a_label_cut_at_a_quote_mark_takes_the_quoted_names_whole():
    assert labels("全市新增“小巨人”“隐形冠军”企业14家。") == [("新增“小巨人”“隐形冠军”企业", 14)]
    assert labels("全县“美丽庭院”示范户达到360户。") == [("“美丽庭院”示范户", 360)]


def test_a_change_of_quality_names_the_level_before_it():
    got = labels("O3浓度为150微克/立方米，同比反弹5.2%。")
    assert got[1] == ("O3浓度反弹", 5.2)
    assert canon("O3浓度为150微克/立方米，同比反弹5.2%。")[1] is None


def test_a_frame_verb_names_no_measure():
    assert all(m != "等待" for m, _ in labels("在等待了60天的禁渔期后，渔民们开始出湖。"))
    assert all(m != "还有" for m, _ in labels("另外，还有7个项目正在洽谈。"))


def test_a_products_trade_is_the_products():
    got = labels("1至5月份，某县山楂出口保持增长，出口总额1.6亿美元，同比增长12%。")
    assert [m for m, _ in got] == ["山楂出口总额", "山楂出口总额增速"]
    assert labels("全县桃木销售总额为9亿元，出口销售总额1亿元。")[1] == ("桃木出口销售总额", 1)
    assert labels("某县蜜桃出口总额0.8亿美元。") == [("蜜桃出口总额", 0.8)]


def test_a_countys_own_trade_stays_the_countys():
    assert labels("全县出口总额64亿元。") == [("出口总额", 64)]


def test_a_yearly_output_names_its_product_and_maker():
    got = labels("甲乙纸业年产5万吨特种纸、丙丁玻纤年产12万吨无碱玻纤等项目建成投产。")
    assert got == [("甲乙纸业年产特种纸", 5), ("丙丁玻纤年产无碱玻纤", 12)]
    assert labels("计划投资8亿元建设年产3万吨精细化工品项目。")[1] == ("年产精细化工品", 3)


def test_a_makers_output_does_not_carry_its_maker_into_a_label_with_its_own_subject():
    got = extract_figures("某某集团年产5万吨乙醇等项目加快推进，主导产业营业收入达到70亿元。", "某县")
    assert [f.metric for f in got] == ["某某集团年产乙醇", "主导产业营业收入"]


def test_an_average_rate_keeps_its_average():
    text = "2020年全县地区生产总值120亿元，五年来年均增长6.5%。"
    assert labels(text)[-1] == ("地区生产总值年均增速", 6.5)
    assert canon(text)[-1] is None  # an average over years is no year's growth
    assert labels("全县营业收入35亿元，增长12%。")[-1] == ("营业收入增速", 12)


def test_a_quoted_name_before_a_label_is_part_of_it():
    assert labels("全县“四上”企业发展到215家。") == [("“四上”企业", 215)]


def test_both_ends_of_a_change_from_to_are_of_its_subject():
    got = labels("据了解，全县草莓种植面积已由2015年的1.5万亩发展到今年的9万亩。")
    assert got == [("草莓种植面积", 1.5), ("草莓种植面积", 9)]
    got = labels("2015年开始，金乡县网箱养殖面积从12万亩，一次性压缩到3万亩。")
    assert got == [("网箱养殖面积", 12), ("网箱养殖面积", 3)]
    got = labels("全县拥有进出口权的企业由2010年的2家增加到现在的61家。")
    assert [m for m, _ in got] == ["拥有进出口权的企业"] * 2


def test_a_from_to_change_needs_a_noun_subject():
    from jdash.figure_metric import span_subject

    assert span_subject("全县加快推进由5亿元", 6) is None  # 加快推进: a verb, no noun phrase
    assert span_subject("其中，金乡县草莓种植面积由", 12) == "草莓种植面积"


def test_the_verbs_after_a_counted_class_say_which_are_counted():
    assert labels("一季度，甲乙公司等8个重大项目集中开工。") == [("集中开工重大项目", 8)]
    assert labels("目前，全县19个重点项目已开工建设。") == [("已开工建设重点项目", 19)]
    assert labels("会上，6个产业项目成功签约。") == [("签约产业项目", 6)]
    assert labels("今年，共有35个工业项目入围全市重点项目名单。") == [("入围全市重点项目名单的工业项目", 35)]


def test_where_a_counted_class_is_stays_out_of_its_label():
    assert labels("全市21个重大项目在各县市区集中开工。") == [("集中开工重大项目", 21)]
    assert labels("全县实施重点项目52个。") == [("重点项目", 52)]  # a predicate before: all of them
    assert labels("舞台上12个大字在大屏上十分夺目。") == [("大字", 12)]  # 在大屏上: no place a class is in


def test_a_size_of_a_named_thing_names_the_thing():
    assert labels("500千伏某某输电工程全长88公里，铁塔200基。")[0] == ("500千伏某某输电工程全长", 88)
    assert labels("位于某县东部的柳林乡，水域面积120平方公里，是有名的菱角之乡。") == [("柳林乡水域面积", 120)]
    assert labels("某某湖又称南湖，位于某市境内，总面积860平方公里。") == [("某某湖总面积", 860)]
    assert labels("某某港隶属于某某集团，注册资本金9亿元。") == [("某某港注册资本金", 9)]


def test_a_countys_own_size_and_a_named_label_stay():
    from jdash.figure_metric import thing_name

    got = extract_figures("金乡县位于山东省西南部，总面积886平方公里。", "金乡县")
    assert [(f.metric, f.canonical_metric) for f in got] == [("面积", "面积")]  # the county's own area
    assert labels("县道尧王线全长26公里。") == [("尧王线全长", 26)]  # named already
    assert thing_name("该项目") is None and thing_name("全村") is None


def test_money_put_into_one_thing_is_named_after_it():
    assert labels("投资3.2亿元的某某汽车城项目，现已完成主体工程。") == [("某某汽车城项目投资", 3.2)]
    assert labels("甲公司与乙集团签约投资8亿元的某某电动车项目开工。") == [("某某电动车项目签约投资", 8)]
    assert labels("投资32万元的高产创建项目在某镇建成。") == [("高产创建项目投资", 32)]
    assert labels("投资6000万元的某商工业园，投资5000万元的某超市及商业街项目。")[1] == ("投资", 5000)  # not the park's


def test_a_stock_opening_a_clause_is_of_the_project_the_sentence_opens_with():
    got = labels("在主会场开工的某某重工机械项目，总投资16亿元，是某集团的总部基地。")
    assert got == [("某某重工机械项目总投资", 16)]
    got = labels("本次集中开工的14个重大项目，总投资36亿元。")  # a batch: its total is named after the batch
    assert got[-1] == ("集中开工的重大项目总投资", 36)
    assert labels("实施大中型沼气工程建设项目，总投资429万元。") == [("大中型沼气工程建设项目总投资", 429)]


def test_a_forecast_after_completion_names_the_project():
    got = labels("新型建材项目全部建成投产后，预计年销售收入达到3亿元，提供100个就业岗位。")
    assert got == [("新型建材项目建成后年销售收入", 3), ("新型建材项目建成后就业岗位", 100)]
    got = labels("在主会场开工的某某机械项目，总投资16亿元，建成后，年产值达到68亿元。")
    assert got[-1] == ("某某机械项目建成后年产值", 68)


def test_an_output_value_after_a_products_figure_is_that_products():
    assert labels("预计全年草莓产量可达2万吨，产值突破9亿元。")[-1] == ("草莓产值", 9)
    assert canon("预计全年草莓产量可达2万吨，产值突破9亿元。")[-1] is None  # no county's output value
    got = extract_figures("上半年，全县实现产值80亿元。", "某县")
    assert [f.metric for f in got] == ["产值"] and got[0].confidence < 0.9  # of what? never solid


def test_a_count_of_places_a_product_is_sold_to_names_the_product():
    assert labels("积极开拓国外市场，草莓出口发展到15个国家和地区。") == [("草莓出口国家和地区", 15)]
    assert labels("全县草莓产量3万吨，产品出口到16个国家。")[-1] == ("草莓产品出口国家", 16)
    assert labels("全县年均产量8万吨，产品出口到16个国家。")[-1] == ("产品出口国家", 16)  # 年均 is no product
    assert labels("全市与30个国家建立友好关系。") == [("国家", 30)]  # no export: left alone


def test_a_flow_word_between_the_label_and_its_number_stays_in_the_label():
    assert labels("去年，规上工业企业新增31家。") == [("新增规上工业企业", 31)]
    assert labels("高新技术企业已新增了12家。") == [("新增高新技术企业", 12)]
    assert labels("全县规上工业企业达到310家。") == [("规上工业企业", 310)]  # a stock: left alone


def test_a_count_that_is_not_started_says_so():
    assert labels("截至6月底，共有15个项目未开工。") == [("未开工项目", 15)]
    assert labels("截至6月底，共有15个项目已开工。") == [("已开工项目", 15)]


def test_a_flow_word_jieba_splits_is_kept_whole():
    assert labels("全县签约项目5个，在谈项目3个。")[-1] == ("在谈项目", 3)


def test_a_one_character_head_closes_the_noun_it_follows():
    assert labels("全县有养殖户800多户、加工户1200多户。") == [("养殖户", 800), ("加工户", 1200)]
    assert labels("新线设有东站、北站、南站3座高铁站。") == [("高铁站", 3)]


def test_a_verb_that_changes_what_is_counted_stays_in_the_label():
    assert labels("产业园带动农民12万余户，带动就业人口3万余人。") == [("带动农民", 12), ("带动就业人口", 3)]
    assert labels("公交公司投入新能源公交车20辆。") == [("公交公司投入新能源公交车", 20)]  # the operator named (sub-unit)
    assert labels("系列活动累计带动消费6万元。") == [("累计带动消费", 6)]
    assert labels("某医院设计日门急诊量8000人次。") == [("某医院设计日门急诊量", 8000)]  # the hospital named (sub-unit)
    assert canon("产业园带动就业人口3万余人。") == [None]  # the park's reach, not the county's employment
    assert canon("该县吸引游客4万余人。") == [None]


def test_a_verb_that_does_not_change_the_measure_keeps_its_metric():
    assert labels("全县接待县外游客5万人次。") == [("接待县外游客", 5)]
    assert canon("全县接待县外游客5万人次。") == ["游客接待量"]


def test_a_rate_per_hour_is_named_by_the_measure_before_it():
    assert labels("列车运行速度每小时160公里。") == [("列车运行速度", 160)]


def test_a_class_after_examples_takes_its_one_character_head():
    assert labels("考察团参观了甲基地、乙园区等6个观摩点。") == [("观摩点", 6)]


def test_firms_counted_as_attending_an_event_are_named_by_what_they_did():
    assert labels("本届展会邀请甲省、乙省等地及本地企业60多家参加。") == [("参加的企业", 60)]
    assert labels("全县规上企业300多家。") == [("规上企业", 300)]


def test_the_provinces_a_product_sells_well_in_are_no_bare_count():
    assert labels("全县草莓畅销安徽、河南等11个省份。") == [("草莓畅销省份", 11)]


def test_a_measure_verb_reaching_over_nouns_or_places_keeps_them():
    assert labels("常年种植山药8万多亩，带动周边种植15万余亩。")[-1] == ("带动周边种植", 15)
    assert labels("其中带动基地周边农户就业人数2万余人。") == [("带动基地周边农户就业人数", 2)]
    assert labels("全县辐射了周边12个自然村。") == [("辐射周边自然村", 12)]


def test_a_flow_word_governs_every_item_of_its_list():
    got = labels("全县新增市级以上研发中心6个、“绿色食品”认证17个。")
    assert got == [("新增市级以上研发中心", 6), ("新增“绿色食品”认证", 17)]
    assert labels("全县新增研发中心6个，“绿色食品”认证累计达到17个。")[-1][0] != "新增“绿色食品”认证"  # a comma ends it


def test_a_body_jieba_tags_as_a_person_stays_in_the_label():
    assert labels("全县新改扩建幼儿园46所。") == [("新改扩建幼儿园", 46)]


def test_a_stock_after_a_flow_is_no_item_of_its_list():
    assert labels("今年新增个体工商户300余户，累计已有个体工商户9000余户。") == [("新增个体工商户", 300), ("个体工商户", 9000)]
    assert labels("全县新增企业12家，总数达到64家。") == [("新增企业", 12), ("企业", 64)]


def test_a_count_of_progress_alone_counts_the_class_counted_before_it_in_its_unit():
    text = "2020年全县计划新建学校40所。截至9月底，已开工25所，占计划的62.5%。其中已竣工8所。"
    assert labels(text) == [("新建学校", 40), ("学校已开工", 25), ("学校已开工占计划比重", 62.5), ("学校竣工", 8)]
    assert labels("全县放映电影300场。新编节目巡演60多场。")[-1] == ("新编节目巡演", 60)  # no progress: left alone
    assert labels("全县新建学校12所，建成7个村文化广场。")[-1][0] != "学校建成"  # a noun after the number: its own


def test_the_class_a_count_names():
    from jdash.figure_metric import counted_class

    assert [counted_class(m) for m in ("规划新改扩建学校", "已开工", "新增规上工业企业")] == ["学校", None, "企业"]


def test_a_measure_printed_right_after_a_count_of_a_class_is_that_classs():
    """`120个重点项目完成投资96亿元`: the key projects' investment, not the city's; it leaves the standard metric (and the
    cards) to the city's own total printed with no class before it."""
    from jdash.figures import extract_figures
    figs = {f.value: f for f in extract_figures("1至11月，全市120个重点项目完成投资96亿元。全市完成固定资产投资300亿元。", "全市")}
    assert figs[96].metric == "重点项目完成投资" and figs[96].canonical_metric is None
    assert figs[300].canonical_metric is not None and not figs[300].metric.startswith("重点项目")


def test_a_measure_per_mu_household_or_person_keeps_its_per_word_as_printed():
    """`每亩增收3000元`, `养殖户每亩可多收入1800元`, `每亩每年创收3万元`: a rate per mu is no total: its label keeps 每亩 and
    the words printed between (as printed, at most a few), and the subject its clause prints before it (养殖户,
    塌陷地: figure_clause), and no standard metric claims it."""
    from jdash.figures import extract_figures
    got = {f.value: f for f in extract_figures("推广稻虾共作后，每亩增收3000元，养殖户每亩可多收入1800元，"
                                               "塌陷地每亩每年创收3万元。", "微山县")}
    assert [got[v].metric for v in (3000, 1800, 3)] == ["每亩增收", "养殖户每亩可多收入", "塌陷地每亩每年创收"]
    assert all(got[v].canonical_metric is None for v in (3000, 1800, 3))


def test_an_industrys_count_of_firms_and_the_measures_after_it_are_the_industrys():
    """`全市现有纺织工业规模以上企业65家，1至5月实现营业收入90亿元，利润8亿元`: the textile industry's firms, revenue and
    profit, not the city's — labels keep the industry and no standard metric claims them; the city's own list of
    measures (`规上工业增加值…，固定资产投资…`) stays each its own, and a count of projects carries no industry."""
    from jdash.figures import extract_figures
    got = [(f.metric, f.canonical_metric) for f in extract_figures(
        "全市现有纺织工业规模以上企业65家，1至5月实现营业收入90亿元，利润8亿元。", "全市")]
    assert got == [("纺织工业规模以上企业", None), ("纺织工业营业收入", None), ("纺织工业利润", None)]
    city = {f.value: f for f in extract_figures("1至5月，全市规上工业增加值增长6%，固定资产投资增长5%。", "全市")}
    assert not city[5].metric.startswith(("规上工业", "规模以上工业"))
    projects = {f.value: f for f in extract_figures("今年计划实施新材料产业项目40个，总投资210亿元。", "全市")}
    assert not projects[210].metric.startswith("新材料产业总投资")


def test_a_roads_structures_listed_each_keep_their_own_name():
    # the segmenter's dictionary knew 大桥 but cut 特大桥, 中小桥 and 互通立交 (data/userdict.txt now names them)
    figs = extract_figures("全线共设特大桥3座、大桥6座、中小桥11座、互通立交5处。")
    assert [(f.value, f.metric) for f in figs] == [(3, "特大桥"), (6, "大桥"), (11, "中小桥"), (5, "互通立交")]
