import pytest

from jdash.officials import extract_officials, org_level, read_people


def names(text, exclude=()):
    officials, _ = extract_officials(text, exclude=set(exclude))
    return {m.name: m for m in officials}


@pytest.mark.parametrize("text, name, titles, level", [
    ("视察中，市委副书记市长孙某某对全县工作表示肯定。", "孙某某", ("市委副书记", "市长"), "city"),
    ("县委副书记县长张立国主持会议。", "张立国", ("县委副书记", "县长"), "county"),
    ("县委书记县人大常委会主任王东海出席。", "王东海", ("县委书记", "县人大常委会主任"), "county"),
    ("市发改委党组书记主任李洪涛介绍。", "李洪涛", ("市发改委党组书记", "主任"), "city"),
    ("市委常委宣传部长周某某出席。", "周某某", ("市委常委", "宣传部长"), "city"),
    ("县委常委组织部部长吴某某出席。", "吴某某", ("县委常委", "组织部部长"), "county"),
    ("县委书记 县长 郑某某出席。", "郑某某", ("县委书记", "县长"), "county"),  # a space between them
])
def test_titles_glued_with_no_mark_between_are_all_kept(text, name, titles, level):
    got = names(text)[name]
    assert got.titles == titles and got.level == level


def test_a_title_glued_after_words_is_not_chained():
    got = names("市委书记对全市招商局局长王大明提出要求。")
    assert got["王大明"].titles == ("全市招商局局长",)


def test_chain_of_titles():
    got = names("市委书记、市人大常委会主任林红玉出席会议并讲话，市委副书记、市长于永生主持")
    assert got["林红玉"].titles == ("市委书记", "市人大常委会主任")
    assert got["林红玉"].level == "city"
    assert got["于永生"].titles == ("市委副书记", "市长")


def test_group_of_leaders_and_list_of_vice_mayors():
    got = names("市领导霍媛媛、王宏伟、陈成华出席。副市长李海洋、白平和、宫晓芳、刘东波，市政府秘书长马树华出席。")
    assert set(got) == {"霍媛媛", "王宏伟", "陈成华", "李海洋", "白平和", "宫晓芳", "刘东波", "马树华"}
    assert got["马树华"].titles == ("市政府秘书长",)


def test_interview_subheadline_and_comma_joined_titles():
    got = names("——访市委组织部副部长，市人力资源社会保障局党组书记、局长刘东利")
    m = got["刘东利"]
    assert m.titles == ("市委组织部副部长", "市人力资源社会保障局党组书记", "局长")
    assert m.level == "city" and m.organisation == "市委组织部"
    got = names("——访市工业和信息化局党组书记、局长屈耀武")
    assert got["屈耀武"].organisation == "市工业和信息化局"


def test_names_wrapped_across_lines_and_bare_mentions():
    text = "市委副书记李兴\n伟等市领导出席。\n李兴伟强调，要抓好落实。林红玉讲话 于永生主持"
    got = names(text)
    assert list(got) == ["李兴伟"]


@pytest.mark.parametrize("text, name", [
    ("区领导赵鲁带领相关部门负责人督导检查", "赵鲁"),      # 2 characters before 带领
    ("市委副书记李兴伟等市领导出席", "李兴伟"),            # 3 before 等
    ("局长刘东利在接受记者采访时说", "刘东利"),            # 3 before 在
    ("副局长张辉出席", "张辉"),                          # 2 before 出席
    ("副市长白平和、宫晓芳出席", "白平和"),               # a name ending in 和
])
def test_name_boundaries(text, name):
    assert name in names(text)


def test_a_foreign_states_people_are_persons_not_officials():
    """白俄罗斯驻华大使: a foreign diplomat (or a foreign state's office holder) is no Chinese official, so he
    never joins the officials (nor the network drawn from them); 我国驻某国大使 is one of ours."""
    officials, persons = extract_officials("白俄罗斯驻华大使尤里·先科一行来访，韩国某某市市长金大中陪同，市长于永生会见。")
    assert [m.name for m in officials] == ["于永生"]
    assert {p.name: p.role for p in persons} == {"尤里·先科": "白俄罗斯驻华大使", "金大中": "韩国某某市市长"}
    assert names("我国驻白俄罗斯大使张汉明介绍。")["张汉明"].level == "national"


def test_titles_inside_place_names_and_common_words():
    assert names("江苏省江阴市长泾镇的企业来访") == {}
    assert names("全县长期坚持") == {}
    assert names("按照第一书记项目化、区域化帮扶的要求") == {}
    assert names("对投资过10亿元的重大项目实行市级领导包保。") == {}
    assert names("习近平总书记关于深入学习的重要论述")["习近平"].level == "national"


def test_town_secretary_outside_jining():
    got = names("江苏省江阴市长泾镇党委书记缪建华一行来访")
    assert got["缪建华"].level == "county"  # a town's officials are county level (tests/final/README.md)


def test_reporters_are_never_officials():
    assert "宋仪凯" not in names("本报济宁5月7日讯（记者 宋仪凯）市长于永生主持", exclude={"宋仪凯"})
    assert names("副市长宋仪凯出席", exclude={"宋仪凯"}) == {}


def test_people_who_are_not_officials():
    officials, persons = extract_officials(
        "山东麦乐宝有限公司总经理孔凡亮介绍。69岁村民杨继香放下心来。济医附院医学检验科副主任周建伟介绍说。"
        "代表性传承人李永贤正对着手机。"
    )
    assert officials == []
    roles = {p.name: p.role for p in persons}
    assert roles["孔凡亮"] == "山东麦乐宝有限公司总经理"
    assert set(roles) == {"孔凡亮", "杨继香", "周建伟", "李永贤"}


def test_national_leaders_in_set_phrases():
    got = names("深入学习贯彻习近平新时代中国特色社会主义思想和李克强总理批示要求")
    assert "习近平" not in got and got["李克强"].level == "national"  # a doctrine's name is not the leader
    assert names("以习近平同志为核心的党中央")["习近平"].level == "national"
    assert names("副县长李强主持会议")["李强"].level == "county"  # a namesake of the premier, by his title


def test_other_counties_and_titles_are_general():
    text = ("本报梁山讯 梁山县委书记高志远、县长付春燕到水泊梁山景区调研。县委常委、常务副县长杜建平，"
            "县人大常委会主任孟凡义参加。高志远强调，要做好旅游旺季安全工作。付春燕要求抓好落实。"
            "馆驿镇党委书记韩立强汇报了工作。")
    got = names(text)
    assert set(got) == {"高志远", "付春燕", "杜建平", "孟凡义", "韩立强"}
    assert got["高志远"].level == "county" and got["付春燕"].level == "county"
    assert got["杜建平"].titles == ("县委常委", "常务副县长")
    assert got["韩立强"].level == "county"


def test_county_level_city_titles_in_the_same_sentence():
    got = names("邹城市委书记俞德宝，市委副书记、市长葛文军，市人大常委会主任温少华出席。")
    assert {m.level for m in got.values()} == {"county"}


def test_county_bureaus_and_zone_bodies_are_county_level():
    got = names("济宁经济技术开发区党工委副书记、管委会主任宋建国出席。泗水县农业农村局局长白海鹰、"
                "梁山县住房和城乡建设局局长阎振华，泗水县泉林镇党委书记孔德利参加。")
    assert got["宋建国"].level == "county" and got["宋建国"].titles[0] == "济宁经济技术开发区党工委副书记"
    assert got["白海鹰"].level == "county" and got["阎振华"].level == "county"  # 农村, 城乡: words, not towns
    assert got["孔德利"].level == "county"


def test_a_county_level_citys_later_bodies_in_one_chain():
    got = names("邹城市委宣传部副部长、市文明办主任葛长青介绍，志愿服务常态化开展。")
    assert got["葛长青"].level == "county"


def test_name_that_is_a_rare_word_closed_by_a_verb_of_speech():
    assert "万峰" in names("泗水县水务局局长万峰介绍，今年全县新修塘坝12座。")


def test_particle_after_a_name_printed_elsewhere():
    got = names("金乡县委书记马骏在接受记者采访时说，大蒜出口稳步增长。马骏介绍，今年出口额增长。")
    assert set(got) == {"马骏"}


def test_workshop_heads_are_persons():
    officials, persons = extract_officials("车间主任郑海涛告诉记者，新生产线已投产。")
    assert not officials and [p.name for p in persons] == ["郑海涛"]


@pytest.mark.parametrize("org, level", [
    ("市委", "city"), ("省委外办", "province"), ("济宁高新区党工委", "county"), ("区管委会", "county"),
    ("市农业农村局", "city"), ("重庆市万州区总工会", "county"), ("嘉祥县孟姑集镇", "county"), ("宁夏回族自治区党委", "province"), ("曲阜县", "county"), ("某庄街道党工委", "county"),
    ("中共中央", "national"), ("中国某某研究会", "national"), ("农业农村部", "national"), ("民政局", None), ("中国（某地）文化节组委会", None), ("汶上县农业农村局", "county"), ("泗水县乡村振兴局", "county"),
    # another province's city: 某市政协 and 某市政府 are the city's bodies (市政 alone, 市政工程, is no city)
    ("江苏省徐州市政协", "city"), ("河北省保定市政府", "city"),
])
def test_org_level(org, level):
    assert org_level(org) == level


def test_a_head_inside_a_longer_word_is_no_title():
    assert names("市领导在主席台前排就座。") == {}  # 主席台 is a platform, 台前排 no name
    assert names("中央书记处书记李某出席")["李某"].titles == ("中央书记处书记",)


@pytest.mark.parametrize("text, name", [
    ("市委副书记王国强及市委常委参加。", "王国强"),  # 王国 is a word, 王 a common surname, 及 closes the name
    ("市委副书记王国强、市委常委李想参加。", "王国强"),
    ("市委副书记王某某及市委常委参加。", "王某某"),
])
def test_names_that_start_with_a_word_after_a_title(text, name):
    assert name in names(text)


def test_a_conjunction_ends_the_organisation_of_the_next_title():
    got = names("市委副书记、市长王某某及市委常委、秘书长李某某参加。")
    assert got["李某某"].titles == ("市委常委", "秘书长")
    assert got["王某某"].titles == ("市委副书记", "市长")


def test_every_title_is_kept_across_mentions_and_shown_in_the_table():
    from jdash.model import Article, PageResult
    from jdash.tables import corpus_from_results

    officials, _ = extract_officials("市委副书记于永生主持会议。市长于永生强调，要抓好落实。")
    assert officials[0].titles == ("市委副书记", "市长")
    art = Article(id="a", source="p.txt", order=0, headline="h", subheadline=None, kind="news", body="", officials=officials)
    table = corpus_from_results([PageResult("p.txt", "x", None, "unknown", 0.0, articles=[art])]).officials
    assert table["title"].tolist() == ["市委副书记、市长"]


def test_one_scan_serves_both_readings_of_an_article():
    from jdash.officials import read_people

    text = "市委副书记、市长于永生主持会议。林红玉强调，要抓好落实。记者张三报道。"
    known = {m.name: m for m in extract_officials("市委常委林红玉出席")[0]}
    scanned = read_people(text, exclude={"张三"})
    before = (dict(scanned.officials), dict(scanned.persons), dict(scanned.order))
    alone = extract_officials(text, people=scanned)
    with_known = extract_officials(text, known=known, people=scanned)
    assert alone == extract_officials(text, exclude={"张三"})
    assert with_known == extract_officials(text, exclude={"张三"}, known=known)
    assert [m.name for m in with_known[0]] == ["于永生", "林红玉"]
    assert (scanned.officials, scanned.persons, scanned.order) == before  # the scan is not consumed


def test_a_place_name_across_a_stop_character_stays_in_the_organisation():
    officials, _ = extract_officials("济宁经济技术开发区党工委书记王某某出席。")
    assert officials[0].organisation.startswith("济宁经济技术开发区")


def test_a_given_name_may_start_with_a_character_of_a_function_word():
    """相 opens 相关/相继 but also given names (相斌): only the words are ruled out."""
    officials, _ = extract_officials("某县委常委、县委办公室主任高相斌出席会议。")
    assert [o.name for o in officials] == ["高相斌"]
    officials, _ = extract_officials("副县长李四，县直有关部门和相关镇街负责人参加。")
    assert [o.name for o in officials] == ["李四"]


def test_a_name_that_is_also_a_word_is_read_after_a_title_when_closed():
    """县长高峰，…: 高峰 is a word, yet the tagger reads it as a name and punctuation closes it."""
    officials, _ = extract_officials("梁山县委副书记、县长高峰，县委常委、副县长孙丽参加。")
    assert [m.name for m in officials] == ["高峰", "孙丽"]


@pytest.mark.parametrize("text", ["副县长高度重视，亲自部署。", "县长方面，要求各部门配合。", "副市长黄河，出席。"])
def test_a_word_after_a_title_that_is_no_name_stays_no_official(text):
    assert extract_officials(text)[0] == []


@pytest.mark.parametrize("text, person", [
    ("在柳湾村，村党支部书记赵金田向记者介绍。", "赵金田"),
    ("石桥村党支部书记、村委会主任钱玉山告诉记者，", "钱玉山"),
])
def test_a_village_title_is_a_person_not_an_official(text, person):
    officials, persons = extract_officials(text)
    assert officials == [] and [p.name for p in persons] == [person]


def test_an_official_with_a_village_post_too_stays_an_official():
    officials, _ = extract_officials("县委常委、柳湾村第一书记孙立国到村调研。")
    assert [(o.name, o.level) for o in officials] == [("孙立国", "county")]


def test_a_company_list_keeps_its_later_posts_with_the_company():
    text = ("副县长孔令军、县商务局局长吕新华、宏达集团董事长宋立明；公司副总经理韩雪、"
            "市场发展中心主任闫凯、孟庆和等参加座谈。")
    officials, persons = extract_officials(text)
    assert [o.name for o in officials] == ["孔令军", "吕新华"]
    assert [p.name for p in persons] == ["宋立明", "韩雪", "闫凯", "孟庆和"]


def test_a_post_with_its_own_place_after_a_company_person_stays_an_official():
    officials, persons = extract_officials("宏达集团董事长宋立明、县发展改革局局长吕新华、副县长孔令军出席。")
    assert [o.name for o in officials] == ["吕新华", "孔令军"] and [p.name for p in persons] == ["宋立明"]


def test_an_unlisted_surname_after_a_title_closed_by_punctuation():
    assert "蒯立群" in names("县委书记王振华督导项目建设，副县长蒯立群，县直有关部门负责同志参加。")
    assert names("副县长讲话时，强调安全生产。") == {}


def test_together_and_serving_as_close_a_name():
    assert set(names("邹城市委书记孙建国、市长韩立华一同调研。")) == {"孙建国", "韩立华"}
    assert "乔立伟" in names("成立了由副县长乔立伟任组长的工作专班。")


def test_a_given_name_may_start_with_town():
    assert "杜镇川" in names("市委书记、市人大常委会主任杜镇川出席会议并讲话。")
    assert names("请高镇长介绍情况。") == {}


def test_a_stop_character_inside_a_common_noun_stays_in_the_organisation():
    got = names("市经济和信息化委员会党组书记、主任钱立国介绍。")
    assert got["钱立国"].organisation == "市经济和信息化委员会" and got["钱立国"].level == "city"


def test_a_zones_administrative_committee_is_county_level():
    assert names("管委会主任梁文斌主持开工仪式。")["梁文斌"].level == "county"


def test_a_verb_after_a_group_title_opens_no_list():
    assert names("实行县级领导包保、专班推进。") == {}


# Sentences of every common kind of people line (issue 14, third round): officials by name with their level,
# and people who are persons (hospital, college, company, village, mass-organisation heads).
PEOPLE_LINES = [
 ("市委书记、市人大常委会主任孙立国，市委副书记、市长钱海峰等市领导出席。", {"孙立国": "city", "钱海峰": "city"}, set()),
 ("副省长吴海平一行来我市调研，市委书记孙立国陪同。", {"吴海平": "province", "孙立国": "city"}, set()),
 ("市委常委、组织部部长邢立军，市委常委、市纪委书记、市监委主任鲍春华出席。", {"邢立军": "city", "鲍春华": "city"}, set()),
 ("曲阜市委副书记、市长梁国庆主持会议。", {"梁国庆": "county"}, set()),
 ("高新区党工委书记、管委会主任马振东致辞。", {"马振东": "county"}, set()),
 ("太白湖新区党工委副书记、管委会主任于海燕介绍了新区发展情况。", {"于海燕": "county"}, set()),
 ("市人民医院党委书记胡振宇、院长冯晓丽陪同调研。", {}, {"胡振宇", "冯晓丽"}),
 ("山东某某集团有限公司党委书记、董事长陈建国介绍，集团今年营收增长15%。", {}, {"陈建国"}),
 ("某某村党支部书记、村委会主任赵德明说，村里的路修好了。", {}, {"赵德明"}),
 ("济宁学院党委书记刘文华出席签约仪式。", {}, {"刘文华"}),
 ("县委副书记、县长王海涛，县人大常委会主任周建国，县政协主席吴振华出席。", {"王海涛": "county", "周建国": "county", "吴振华": "county"}, set()),
 ("镇党委书记许立强带领党员干部清理河道。", {"许立强": "county"}, set()),
 ("市委宣传部副部长、市网信办主任蒋丽华主持发布会。", {"蒋丽华": "city"}, set()),
 ("市发展改革委党组成员、副主任韦建华回答记者提问。", {"韦建华": "city"}, set()),
 ("市长热线工作人员耐心解答群众问题。", {}, set()),
 ("县长杯篮球赛在县体育馆开幕。", {}, set()),
 ("市政协副主席、市工商联主席褚红梅参加活动。", {"褚红梅": "city"}, set()),
 ("市中级人民法院党组书记、院长焦建国作报告。", {"焦建国": "city"}, set()),
 ("市公安局党委副书记、常务副局长岳海波介绍案件侦破情况。", {"岳海波": "city"}, set()),
 ("省农业农村厅副厅长黄立新带队检查。", {"黄立新": "province"}, set()),
 ("全国人大代表、某某农业合作社理事长孔秀英说。", {}, {"孔秀英"}),
 ("共青团济宁市委书记季晓东出席。", {"季晓东": "city"}, set()),
 ("市妇联党组书记、主席颜丽出席。", {"颜丽": "city"}, set()),
 ("市委书记孙立国，市委副书记、市长钱海峰分别讲话。", {"孙立国": "city", "钱海峰": "city"}, set()),
 ("兖州区委常委、常务副区长秦海东主持。", {"秦海东": "county"}, set()),
 ("市委副秘书长、市委办公室主任谭立新出席。", {"谭立新": "city"}, set()),
 ("街道党工委书记牛海燕介绍，辖区内已建成养老服务站12处。", {"牛海燕": "county"}, set()),
 ("济宁军分区司令员毕建军出席。", {"毕建军": "city"}, set()),
 ("省委副书记、省长周立伟，副省长吴海平出席。", {"周立伟": "province", "吴海平": "province"}, set()),
 ("县委书记王振华，县委副书记、县长李建明和县领导郭海燕、刘春雷出席。", {"王振华": "county", "李建明": "county", "郭海燕": "county", "刘春雷": "county"}, set()),
 ("记者从市统计局获悉，市统计局局长薛立平表示，经济运行稳中向好。", {"薛立平": "city"}, set()),
 ("某某公司总经理邵永强、副总经理韩丽、技术总监杨帆一同参观。", {}, {"邵永强", "韩丽", "杨帆"}),

 ("市委常委、副市长，高新区党工委书记万立新出席。", {"万立新": "city"}, set()),
 ("市委书记孙立国和市长钱海峰一同察看。", {"孙立国": "city", "钱海峰": "city"}, set()),
 ("县长王军在会上说，要抓好春耕生产。", {"王军": "county"}, set()),
 ("孙立国同志任中共济宁市委书记。", {}, set()),
 ("市领导宋建伟、韩秀梅及各县市区主要负责同志参加。", {"宋建伟": "city", "韩秀梅": "city"}, set()),
 ("原市委书记孙立国出席。", {"孙立国": "city"}, set()),
 ("市政府副秘书长、市政府办公室主任闫立群主持。", {"闫立群": "city"}, set()),
 ("县委副书记王海涛在讲话中要求，各乡镇要抓好落实。", {"王海涛": "county"}, set()),
 ("邹城市委常委、宣传部部长武丽丽介绍。", {"武丽丽": "county"}, set()),
 ("市发展改革委主任孔祥林，市财政局局长鲁振东，市自然资源和规划局局长尹立华参加。", {"孔祥林": "city", "鲁振东": "city", "尹立华": "city"}, set()),
 ("微山县委书记张海军，县委副书记、县长李建明，县委副书记孙丽出席。", {"张海军": "county", "李建明": "county", "孙丽": "county"}, set()),
 ("全国政协委员、济宁医学院院长郑立华接受采访。", {}, {"郑立华"}),
 ("省人大代表、某某村党支部书记王德胜说。", {}, {"王德胜"}),
 ("市委书记孙立国主持召开市委常委会会议。", {"孙立国": "city"}, set()),
 ("在泗水县委书记田立新的带领下，全县干部群众奋力拼搏。", {"田立新": "county"}, set()),
 ("会议由市人大常委会副主任段海燕主持。", {"段海燕": "city"}, set()),
 ("市委组织部部务会成员、市委两新工委书记许海龙出席。", {"许海龙": "city"}, set()),
 ("济宁高新区党工委委员、管委会副主任崔立新介绍。", {"崔立新": "county"}, set()),
 ("县住建局局长张宝强、县交通运输局局长刘立平陪同。", {"张宝强": "county", "刘立平": "county"}, set()),

 ("市委副书记、市长钱海峰到兖州区调研。区委书记张立华陪同。", {"钱海峰": "city", "张立华": "county"}, set()),
 ("全国人大代表、市人大常委会副主任韦丽华说。", {"韦丽华": "city"}, set()),
 ("省委常委、济南市委书记刘强到我市考察。", {"刘强": "province"}, set()),
 ("国家发展改革委副主任林海峰一行来济调研。", {"林海峰": "national"}, set()),
 ("副县长、县公安局局长白立军介绍。", {"白立军": "county"}, set()),
 ("乡党委书记侯海峰、乡长盛丽陪同。", {"侯海峰": "county", "盛丽": "county"}, set()),
 ("市审计局二级调研员鲁立新参加。", {"鲁立新": "city"}, set()),
 ("市人民检察院党组书记、检察长孟海波出席。", {"孟海波": "city"}, set()),
 ("该公司负责人赵立强介绍，项目一期已投产。", {}, set()),
 ("“我们要让群众满意。”县委书记李华说。", {"李华": "county"}, set()),
 ("嘉祥县委书记、县长候选人", {}, set()),
 ("县委书记高峰强调，要全力抓好安全生产。", {"高峰": "county"}, set()),
 # a name ending in a character that ends bodies' names (会, 科), closed by a verb or punctuation
 ("市委常委、常务副市长田中会率领考察团参观。", {"田中会": "city"}, set()),
 ("“道路通了，企业就来了。”县交通运输局局长韩科说，今年还要新修三条路。", {"韩科": "county"}, set()),
 ("市领导罗立会，市委常委、秘书长邱海出席。", {"罗立会": "city", "邱海": "city"}, set()),
 ("副县长李华会上指出，要抓好春耕。", {"李华": "county"}, set()),  # no 李华会; 会上 (time) closes 李华
 ("副市长田中会在会上讲话。", {"田中会": "city"}, set()),
 ("县委书记韩科在调研时强调，要抓好落实。", {"韩科": "county"}, set()),
 ("县发展改革局局长王五会同有关部门研究。", {"王五": "county"}, set()),  # 会同 opens what follows
 ("某某公司总经理张三所在的团队", {}, {"张三"}),
 # names listed before 等 and a group title share it
 ("赵国庆、钱丽、孙海军、李冬梅、周强、吴立新、郑方、冯立国等区领导陪同调研。",
  {n: "county" for n in ("赵国庆", "钱丽", "孙海军", "李冬梅", "周强", "吴立新", "郑方", "冯立国")}, set()),
 ("王立群、蒋海等我县领导陪同。", {"王立群": "county", "蒋海": "county"}, set()),
 ("项目、资金等县领导关心的事", {}, set()),
 # the list's first name right after the word that opens it (还有, 有, 由, 在), no mark between
 ("出席活动的还有韦建国、卜丽、钟立新等县领导。", {n: "county" for n in ("韦建国", "卜丽", "钟立新")}, set()),
 ("在韦建国、卜丽等市领导的陪同下，考察团参观了园区。", {"韦建国": "city", "卜丽": "city"}, set()),
 ("出席活动的还有郝海燕等县领导。", {"郝海燕": "county"}, set()),
 ("出席活动的还有全体干部、卜丽等县领导。", {"卜丽": "county"}, set()),  # a part that is no name stays out
 # a body's head: an official in a state body of a place, a person elsewhere
 ("“项目今年就能投产。”某某县某某项目推进组负责人韩立国说。", {"韩立国": "county"}, set()),
 ("县发展改革局负责人孔立新介绍，全县共有重点项目56个。", {"孔立新": "county"}, set()),
 ("某某研学基地负责人冯立新说，今年接待学生1万人次。", {}, {"冯立新"}),
 # elections: a candidate for a post, an acting head, a name elected to a post
 ("县委副书记、县长候选人钟立军作表态发言。", {"钟立军": "county"}, set()),
 ("代区长潘海峰主持会议。", {"潘海峰": "county"}, set()),
 ("大会经过选举，钟立军当选为县人民政府县长，潘丽当选为县人大常委会主任。", {"钟立军": "county", "潘丽": "county"}, set()),
 ("他当选为市人大代表。", {}, set()),
 ("会议选举钟立军为县人民政府县长。", {"钟立军": "county"}, set()),
 ("钟立军同志当选为县人民政府县长。", {"钟立军": "county"}, set()),
 ("市政府决定任命潘丽为市发展和改革委员会主任。", {"潘丽": "city"}, set()),
 ("董事会任命潘丽为该公司总经理。", {}, set()),
 # a group title's list opened by 有：, and a last name joined by 和
 ("出席会议的市领导有：韦建国、卜丽、钟立新、郝海燕、陶方。", {n: "city" for n in ("韦建国", "卜丽", "钟立新", "郝海燕", "陶方")}, set()),
 ("市领导韦建国、卜丽、钟立新和郝海燕参加。", {n: "city" for n in ("韦建国", "卜丽", "钟立新", "郝海燕")}, set()),
 ("县领导韦建国和卜丽出席。", {"韦建国": "county", "卜丽": "county"}, set()),
 ("市领导韦建国、卜丽和市直部门负责人参加。", {"韦建国": "city", "卜丽": "city"}, set()),
 # after a person's head (农民, 工人) a common word is no name; a name that starts like one, closed by 说, is
 ("近日走访了几位农民，农民金色的梦想正在实现。工人干劲十足。", {}, set()),
 ("“秸秆能卖钱了。”某镇农民周长贵说。", {}, {"周长贵"}),
 ("集团副总经理、总会计师陈立磊参加仪式。", {}, {"陈立磊"}),
 # a former post (前大使, 前会长) is no state post now
 ("由我国驻某国前大使、某某学会前会长秦立德率领的调研组来济。", {}, {"秦立德"}),
]


@pytest.mark.parametrize("text, officials, persons", PEOPLE_LINES, ids=[c[0][:12] for c in PEOPLE_LINES])
def test_people_lines(text, officials, persons):
    found, others = extract_officials(text)
    assert {m.name: m.level for m in found} == officials
    assert persons <= {p.name for p in others}


def test_a_common_word_after_a_persons_head_is_no_person():
    _, persons = extract_officials("近日走访了几位农民，农民金色的梦想正在实现。工人干劲十足。某村农民合作社成立。")
    assert persons == []


@pytest.mark.parametrize("text, name, level", [
    ("全国人大常委会副委员长周某出席，省长李某讲话。", "周某", "national"),
    ("省教育厅总督学孙某到校检查。", "孙某", "province"),
])
def test_a_vice_chairman_and_a_chief_inspector_are_officials(text, name, level):
    officials, _ = extract_officials(text)
    assert {m.name: m.level for m in officials}.get(name) == level


@pytest.mark.parametrize("text, persons", [
    ("某县“农民丰收节”活动今天举行。", []),  # a festival named like a person after 农民
    ("学校举办读书节，教师代表发言。", []),
    ("某公司副总经理王家明等客商参加活动。", ["王家明"]),  # 王家 is a word, 王家明 a name
    ("农民田地劳作，一片繁忙。", []),  # 劳作 is a word: 田地劳 is no name
    ("游客中的市民步立新说，这里环境很好。", ["步立新"]),  # 步, a surname
    ("种植大户孙明远在田边指挥装车。", ["孙明远"]),
    ("农场主钱丽华笑着算起了收入账。", ["钱丽华"]),
])
def test_persons_after_their_heads_and_events_that_are_none(text, persons):
    _, found = extract_officials(text)
    assert [p.name for p in found] == persons


@pytest.mark.parametrize("text, levels", [
    ("市人大常委会第一副主任张明主持会议，副主任李华，副主任、秘书长王强出席。", {"张明": "city", "李华": "city", "王强": "city"}),
    ("县政协主席张明讲话，副主席李华出席。", {"张明": "county", "李华": "county"}),
    # another sentence, or another head: the bare title keeps no level of its own
    ("县政协主席张明讲话。副主任李华出席。", {"张明": "county", "李华": "other"}),
    ("县政协主席张明讲话，副局长李华出席。", {"张明": "county", "李华": "other"}),
])
def test_a_bare_title_after_an_official_of_a_body_is_that_bodys(text, levels):
    officials, _ = extract_officials(text)
    assert {m.name: m.level for m in officials} == levels


@pytest.mark.parametrize("text, persons", [
    ("据孙明远介绍，稻田画已连续种了五年。", ["孙明远"]),
    ("八十岁的李文清老人每天来村史馆。", ["李文清"]),
    ("据主办方介绍，今年增加了演出。", []),  # 主办方 is a word
    ("根据孙明远的建议，村里修了路。", []),  # 据 inside 根据 opens no clause
    ("80岁的高龄老人得到照顾。", []),  # 高龄 is no full name
])
def test_people_printed_without_a_title(text, persons):
    _, found = extract_officials(text)
    assert [p.name for p in found] == persons


def test_a_group_title_over_two_levels_keeps_its_places_and_takes_the_higher_level():
    """济宁、曲阜两级市领导: the leaders of the city and of a county-level city, printed as one title; which name
    belongs to which city is not printed, so each takes the higher level and the whole title as printed."""
    got = names("会见时，济宁、邹城两级市领导赵一鸣、钱多多参加。")
    assert {m.titles for m in got.values()} == {("济宁、邹城两级市领导",)}
    assert {m.level for m in got.values()} == {"city"}
    assert org_level("济宁、邹城两级") == "city" and org_level("邹城两级") == "county"
    # what stands before the 、 must be a place: names listed before the title are no part of it
    from jdash.officials import _places_listed_before

    assert _places_listed_before("王大明、李小红两级市领导", 7, 0) == ""
    assert _places_listed_before("省、市、县三级领导", 4, 0) == "省、市、"


@pytest.mark.parametrize("text, name, level", [
    ("一级巡视员高明出席。", "高明", "other"),  # the grade is the head's, not an organisation
    ("市审计局二级调研员鲁立新参加。", "鲁立新", "city"),
    ("民革济宁市委主委李建国出席。", "李建国", "city"),  # a democratic party's chair
    ("团市委书记李建国出席。", "李建国", "city"),  # the Youth League's committee, 团 before its place
    ("民盟嘉祥县委副主委王建国介绍。", "王建国", "county"),
])
def test_grades_parties_and_the_youth_league(text, name, level):
    got = names(text)[name]
    assert got.level == level and got.organisation != "一级"


def test_a_verb_of_coming_to_the_city_is_no_name():
    """省长来济调研: 来 is a surname, but 来济 (comes to Jining) is a verb of the heading, not a name."""
    assert set(names("省长来济调研 省委副书记、省长周明到济宁高新区调研。")) == {"周明"}


def test_who_met_and_who_is_joined_by_and_are_no_part_of_an_organisation():
    got = names("孙某某会见某某市委书记钱某某一行。市委书记林某某和市委副书记、市长朱某某出席。")
    assert got["钱某某"].titles == ("某某市委书记",)  # not 孙某某会见某某市委书记
    assert got["朱某某"].titles == ("市委副书记", "市长")  # not 和市委副书记
    assert names("市工业和信息化局局长王某某出席。")["王某某"].organisation == "市工业和信息化局"
    assert names("某县林业保护和发展服务中心主任付某某出席。")["付某某"].organisation == "某县林业保护和发展服务中心"
    _, persons = extract_officials("马某某正在和困难户王某菊聊天。")
    assert [(p.name, p.role) for p in persons] == [("王某菊", "困难户")]  # 和 joins the two here


def test_a_common_word_after_a_bodys_head_is_no_name():
    _, persons = extract_officials("某某等12家企业主要负责人应邀参加会议。")
    assert persons == []


@pytest.mark.parametrize("text", ["确保让市民过一个安心祥和的春节。", "举办乡村民宿设计大赛。", "村容美不美、农民富不富，决定着小康。",
                                  "引导渔民由捕捞向养殖转型。", "以前游客白天来，晚上走。"])
def test_words_after_a_persons_head_that_start_with_a_rare_surname_are_no_names(text):
    assert extract_officials(text) == ([], [])


def test_a_rare_surname_with_a_word_for_a_given_name_closed_by_a_mark_is_a_name():
    assert set(names("副主任商建设、罗心光出席会议。")) == {"商建设", "罗心光"}


@pytest.mark.parametrize("text, name", [("困难户王某菊今年68岁。", "王某菊"), ("脱贫户张某某说，日子越过越好。", "张某某")])
def test_households_helped_out_of_poverty_are_persons(text, name):
    officials, persons = extract_officials(text)
    assert officials == [] and [p.name for p in persons] == [name]


def test_the_speaker_after_a_quotation_is_a_person_unless_a_known_official():
    _, persons = extract_officials("“收入比去年多了不少。”周某强说。“日子越来越好。”蒜农李某才说。")
    assert [p.name for p in persons] == ["周某强", "李某才"]
    known = {m.name: m for m in extract_officials("市长于某生主持会议。")[0]}
    officials, persons = extract_officials("“要抓好落实。”于某生说。", known=known)
    assert [m.name for m in officials] == ["于某生"] and persons == []


@pytest.mark.parametrize("text, name, role", [
    ("“收成不错。”种粮大户李某田说。", "李某田", "种粮大户"),
    ("来自河南郑州的游客杜某静说，景色很美。", "杜某静", "游客"),
    ("高楼乡渔民殷某福驾着小船。", "殷某福", "高楼乡渔民"),
])
def test_farmers_fishers_and_visitors_are_persons(text, name, role):
    officials, persons = extract_officials(text)
    assert officials == [] and [(p.name, p.role) for p in persons] == [(name, role)]


def test_a_persons_role_is_kept_when_another_reading_has_none():
    _, persons = extract_officials("“日子好了。”张某卿说。今年八十岁的张某卿老人笑了。")
    assert [(p.name, p.role) for p in persons] == [("张某卿", "老人")]


def test_a_county_level_citys_own_session_owns_its_bare_city_bodies():
    text = ("本报邹城讯 1月6日上午，中国人民政治协商会议第十二届邹城市委员会第三次会议开幕。济宁市副市长、邹城市委书记"
            "张立国出席。市政协主席赵明远，市政协党组副书记钱学东，副主席孙丽华、周大海，党组成员吴国庆在主席台就座。"
            "市委、市政府的领导同志郑家和、王春生到会祝贺。")
    got = names(text)
    assert got["张立国"].level == "city"  # 济宁市副市长: the city's post is the higher one
    assert {n: got[n].level for n in ("赵明远", "钱学东", "孙丽华", "周大海", "吴国庆", "郑家和", "王春生")} == dict.fromkeys(
        ("赵明远", "钱学东", "孙丽华", "周大海", "吴国庆", "郑家和", "王春生"), "county")


def test_the_leaders_of_listed_bodies_carry_every_body_in_their_title():
    got = names("本报邹城讯 中国人民政治协商会议第十二届邹城市委员会第三次会议开幕。"
                "市委、市人大常委会、市政府的领导同志郑家和、王春生到会祝贺。")
    assert got["郑家和"].titles == ("市委、市人大常委会、市政府的领导同志",) and got["郑家和"].level == "county"
    assert got["王春生"].titles == got["郑家和"].titles
    # a body not joined by 、 (a sentence before it) is no part of the list
    got = names("会议在邹城召开。市纪委的领导同志郑家和到会。")
    assert got["郑家和"].titles == ("市纪委的领导同志",)


def test_without_a_county_level_citys_session_bare_city_bodies_are_jinings():
    got = names("市政协十一届四次会议开幕。市政协主席赵明远出席，副主席孙丽华主持。")
    assert got["赵明远"].level == "city" and got["孙丽华"].level == "city"


def test_a_member_of_a_body_named_before_takes_its_level_but_another_head_does_not():
    got = names("县政协主席赵明远，县政协党组副书记钱学东，党组成员吴国庆出席，副局长孙丽华陪同。")
    assert got["吴国庆"].level == "county" and got["孙丽华"].level == "other"


def test_a_village_committee_secretary_is_a_person():
    officials, persons = extract_officials("“过去湖水发黑。”某县某镇刘庄村村委书记马长河说。")
    assert not officials and [p.name for p in persons] == ["马长河"]


def test_a_four_character_prefecture_city_is_a_city():
    got = names("内蒙古自治区呼伦贝尔市政协主席高向东一行来我市考察。")
    assert got["高向东"].level == "city"


@pytest.mark.parametrize("text, name, level", [
    ("曲阜市委副书记、曲阜市长钱海峰，曲阜市政协主席孙立国出席。", "钱海峰", "county"),
    ("嘉祥县长周立新主持会议。", "周立新", "county"),
])
def test_a_short_place_name_before_its_head(text, name, level):
    assert names(text)[name].level == level


def test_a_street_after_a_short_place_name_is_no_head():
    assert names("招聘会在鱼台县长江路的人力资源市场举行。") == {}


def test_a_development_zone_missing_from_the_gazetteer_is_county_level():
    got = names("济宁某某经济开发区党工委书记、管委会主任钱海峰调研企业。")
    assert got["钱海峰"].level == "county"


def test_a_national_leader_named_with_a_past_post_is_history():
    assert "温家宝" not in names("1999年，时任国务院副总理的温家宝同志来到湖区察看灾情。")
    assert names("温家宝总理来到湖区。")["温家宝"].level == "national"


def test_a_meeting_of_a_bare_city_conference_datelined_at_a_county_level_city_is_that_citys():
    from jdash.officials import read_people

    text = "出席市政协九次会议的委员分组讨论。市政协主席赵明远，原主席钱学东，副主席孙丽华参加讨论。"
    levels = {n: m.level for n, m in read_people(text, home="曲阜").officials.items()}
    assert levels == {"赵明远": "county", "钱学东": "county", "孙丽华": "county"}
    assert read_people(text).officials["赵明远"].level == "city"  # no dateline: Jining's


def test_jining_leaders_visiting_a_county_level_city_stay_city_level():
    from jdash.officials import read_people

    got = read_people("3月2日，市委书记赵明远，市长钱学东到曲阜市某镇参加义务植树。", home="曲阜").officials
    assert got["赵明远"].level == "city" and got["钱学东"].level == "city"


def test_a_named_bodys_former_post_is_no_current_official():
    officials, persons = extract_officials("省政协原副主席、省某某研究会会长马长河作报告，市政协主席赵明远致辞。")
    assert [m.name for m in officials] == ["赵明远"] and "马长河" in [p.name for p in persons]


def test_a_ministrys_former_post_is_no_current_official():
    """A national ministry has no level of the city's, but 原 after its name still marks a post held before."""
    officials, persons = extract_officials("中华人民共和国某某部原副部长马长河，某省副省长赵明远出席开幕式。")
    assert [m.name for m in officials] == ["赵明远"] and "马长河" in [p.name for p in persons]


def test_a_former_post_in_an_academy_is_no_current_official():
    """原 after a body named as a state body ends (data/state_body_ends.txt: 某某院) marks a post held before, as
    after a ministry's name."""
    officials, persons = extract_officials("某某科学院原副院长牛立国，副市长赵明远出席论坛。")
    assert [m.name for m in officials] == ["赵明远"] and "牛立国" in [p.name for p in persons]


def test_a_county_courts_head_is_an_official():
    officials, _ = extract_officials("县人民法院负责人孔立新介绍，今年共受理案件1200件。")
    assert [(m.name, m.level) for m in officials] == [("孔立新", "county")]


def test_a_research_centres_head_is_a_person():
    officials, persons = extract_officials("某某非遗保护研究中心主任马长河作主旨演讲，副市长赵明远致辞。")
    assert [m.name for m in officials] == ["赵明远"] and "马长河" in [p.name for p in persons]


def test_a_conference_member_is_a_person_and_its_chair_an_official():
    officials, persons = extract_officials("某市政协常委马长河出席会议，某市政协主席赵明远讲话。")
    assert [m.name for m in officials] == ["赵明远"] and [p.name for p in persons] == ["马长河"]


def test_a_village_branch_secretary_is_a_person():
    officials, persons = extract_officials("某街道某某村村支部书记马长河带领党员清扫积雪。")
    assert not officials and [p.name for p in persons] == ["马长河"]


def test_a_national_body_with_its_term_printed_is_national():
    assert org_level("第十届全国人大常委会") == "national"


@pytest.mark.parametrize("text, officials, persons", [
    ("某某志愿者服务队队长马长河说，服务队有四十人。", [], ["马长河"]),  # a team of volunteers: no state body
    ("县综合执法大队队长马长河介绍。", ["马长河"], []),
    ("市公安局交警支队支队长马长河说。", ["马长河"], []),
])
def test_a_team_captain_is_an_official_only_in_a_state_body(text, officials, persons):
    got_officials, got_persons = extract_officials(text)
    assert [m.name for m in got_officials] == officials and [p.name for p in got_persons] == persons


def test_two_names_glued_where_a_list_lost_its_mark():
    got = names("副主席赵明远、孙丽华钱学东分别参加小组讨论。")
    assert list(got) == ["赵明远", "孙丽华", "钱学东"]
    assert list(names("某区委书记赵明远、区长钱学东一同调研。")) == ["赵明远", "钱学东"]  # a title, no glued name


def test_a_rare_surname_opens_a_name_after_a_title_and_its_sentence_makes_bare_titles_local():
    got = names("邹城市委书记远立军，市委副书记、市长钱学东出席。")
    assert got["远立军"].level == "county" and got["钱学东"].level == "county"
    assert names("市长远道而来，县长远赴北京。") == {}


def test_a_work_units_youth_league_secretary_is_a_person():
    officials, persons = extract_officials("某省某某监狱团委副书记马长河说，某某县团委书记钱学东出席。")
    assert [m.name for m in officials] == ["钱学东"] and [p.name for p in persons] == ["马长河"]


def test_a_city_leader_at_a_county_level_citys_session_under_the_citys_dateline_stays_city_level():
    from jdash.officials import read_people

    text = "市委书记赵明远出席邹城市第十九届人民代表大会第二次会议开幕式。"
    assert read_people(text, home="济宁").officials["赵明远"].level == "city"
    assert read_people(text, home="邹城").officials["赵明远"].level == "county"


@pytest.mark.parametrize("text, found", [
    ("某县县委书记 赵某升春节将至，我谨代表县委、县政府向大家拜年。", {"赵某升"}),  # a time word closes the name
    ("县长李某华今天来到某村。", {"李某华"}),
    ("市长李明日前来到某村。", set()),  # 日前 is the time word: no 李明日; 明日 too, so no guess at all
])
def test_a_common_word_of_time_closes_a_name_after_a_title(text, found):
    assert set(names(text)) == found


def test_a_given_name_may_open_with_ling_but_not_with_a_word_of_it():
    assert set(names("市委副书记于领东陪同活动。")) == {"于领东"}
    assert names("会议决定由市委副书记任领导小组组长。") == {}


def test_a_place_body_printed_without_its_place_is_the_listed_places():
    got = names("某县县委副书记、县长董某波，人大常委会副主任宋某光陪同考察。")
    assert got["宋某光"].level == "county" and got["董某波"].level == "county"
    assert names("人大常委会副主任宋某光出席。")["宋某光"].level == "other"  # no place before it: unknown


def test_a_name_cut_out_of_a_longer_word_is_no_name():
    assert names("某市文旅局负责人向新华网记者介绍说，全市游客增多。") == {}  # 向 + 新华网, not 向新华
    assert set(names("市长王新华主持会议。")) == {"王新华"}  # closed by 主持: a name, though 新华 is a word


def test_a_companys_later_titles_in_one_chain_are_company_posts():
    text = "某某酒店集团党委委员、副总经理、工会主席张某某等应邀出席；县委书记朱某友出席。"
    officials, persons = extract_officials(text)
    assert [m.name for m in officials] == ["朱某友"] and [p.name for p in persons] == ["张某某"]
    assert set(names("县委副书记、县总工会主席李某某出席。")) == {"李某某"}  # a place's own union: a state post


def test_a_name_closed_by_the_hands_it_is_handed_to():
    assert set(names("村民将一面锦旗交到县长王某磊手中。")) == {"王某磊"}  # 手中 closes the name surely
    assert set(names("村民将锦旗交到“第一书记”王磊手中。")) == {"王磊"}


@pytest.mark.parametrize("text, name", [
    ("在某县某办公室主任周守正记忆深处，那时的镇子一片荒凉。", "周守正"),  # 正 before a noun is the name's
    ("某县某办公室主任周守正主持会议。", "周守正"),
    ("某县县长李华已主持会议，他说。", "李华"),  # 已 before a verb is the adverb
    ("某县某办公室主任周守正重点推进三个项目。", "周守"),  # before a noun used as an adverb (重点, then a verb)
])
def test_a_names_last_character_that_could_be_an_adverb(text, name):
    officials, _ = extract_officials(text)
    assert [m.name for m in officials] == [name]


def test_a_name_after_and_opens_a_new_organisation_at_a_place():
    got = names("某县人大常委会第一副主任付某琦和金乡县委常委郑某民、曹某州出席会议。")
    assert got["郑某民"].titles == ("金乡县委常委",) and got["曹某州"].titles == ("金乡县委常委",)
    assert names("县工业和信息化局局长王某出席。")["王某"].titles == ("县工业和信息化局局长",)  # 和 inside a body


def test_a_committees_head_is_one_title_and_takes_the_level_of_the_body_before_it():
    got = names("省长姜某，全国政协常委、经济委员会副主任委员胡某平出席仪式并致辞。")
    assert got["胡某平"].titles == ("全国政协常委", "经济委员会副主任委员")
    assert got["胡某平"].level == "national"
    assert names("市人大常委会农业委员会主任委员王某出席。")["王某"].titles == ("市人大常委会农业委员会主任委员",)


def test_a_head_of_governments_assistant_is_a_post_of_that_government():
    got = names("省政协副主席赵某兰，省长助理周齐，市委书记孙某出席。")  # 周齐: a rare word, closed by punctuation
    assert (got["周齐"].titles, got["周齐"].level) == (("省长助理",), "province")
    assert names("市长助理王某出席。")["王某"].level == "city"
    assert names("县长助理、县委办主任王某出席。")["王某"].level == "county"
    assert not names("组织97个部门直接联系包保47个乡镇。")  # a verb the tagger knows, before a count


def test_a_minister_speaking_by_video():
    got = names("兄弟省份作交流发言；农业农村部党组书记、部长唐某健视频讲话。")
    assert got["唐某健"].titles == ("农业农村部党组书记", "部长") and got["唐某健"].level == "national"


def test_a_county_level_citys_story_speaking_of_its_own_city_owns_its_bare_city_bodies():
    text = "本报邹城讯 8月4日，某县党政考察团一行9人来我市参观学习。市委副书记钱某东陪同。考察团认为我市工业基础好。"
    got = {m.name: m for m in read_people(text, home="邹城").officials.values()}
    assert got["钱某东"].level == "county"
    # Jining named anywhere: the city paper's 我市 is Jining, and so is its bare 市委
    jining = text.replace("来我市", "来济宁")
    assert {m.name: m for m in read_people(jining, home="邹城").officials.values()}["钱某东"].level == "city"
    # under a county's dateline (泗水 is no city) the bare 市委 stays Jining's
    assert {m.name: m for m in read_people(text, home="泗水").officials.values()}["钱某东"].level == "city"


def test_people_starting_something_together_end_their_names_there():
    got = names("省政协副主席赵某兰，市委书记、市人大常委会主任、某某博览会执委会主任孙某刚共同启动开幕装置。")
    assert got["孙某刚"].titles == ("市委书记", "市人大常委会主任", "某某博览会执委会主任")


def test_a_county_heads_short_place_opening_the_next_title_of_a_chain():
    got = names("梁山县委副书记、梁山县长贾某在会议上做重要讲话。")  # 在 closes the name only weakly
    assert got["贾某"].titles == ("梁山县委副书记", "梁山县长") and got["贾某"].level == "county"
    assert not names("道路一直修到梁山县长江路。")  # 长江路: a road, though punctuation closes 江路


@pytest.mark.parametrize("text", ["4月8日，邹城市某某项目开工。市长赵明远出席并宣布开工。",
                                  "4月8日，邹城某某项目开工，市委书记钱学东、市长赵明远出席。"])
def test_bare_city_titles_after_a_county_level_city_is_named_in_its_own_story_are_that_citys(text):
    # 本报邹城讯 …邹城市…。市长某某: the county-level city's mayor, county level (the golden convention)
    got = read_people(text, home="邹城").officials
    assert {m.level for m in got.values()} == {"county"}
    assert read_people(text, home="泗水").officials["赵明远"].level == "city"  # another county's dateline: Jining's


@pytest.mark.parametrize("text", ["4月8日，市委书记赵明远到邹城市调研。", "赵明远到邹城调研。4月8日，市委书记赵明远到邹城市某镇调研。",
                                  "4月8日，济宁市某某项目在邹城开工。市长赵明远出席。"])
def test_a_county_level_city_visited_or_named_with_jining_leaves_bare_titles_jinings(text):
    assert read_people(text, home="邹城").officials["赵明远"].level == "city"


@pytest.mark.parametrize("text, title", [("4月8日，市委 副书记赵明远到某县调研。", "市委副书记"),
                                         ("4月8日，济宁市 委副书记赵明远到某县调研。", "济宁市委副书记")])
def test_a_space_inside_a_title_chain_keeps_the_organisation(text, title):
    got = read_people(text, home="泗水").officials["赵明远"]
    assert (got.titles, got.level) == ((title,), "city")


@pytest.mark.parametrize("text", ["近日，党支部书记钱学东带领村民发展特色种植。", "近日，村支书钱学东带领村民发展特色种植。",
                                  "某某村村支书钱学东介绍，村里发展特色种植。", "某某社区党支部书记钱学东介绍。",
                                  "“大家的日子越过越好。”某街道某某社区党委书记钱学东说。"])
def test_party_branch_and_village_secretaries_are_persons(text):
    officials, persons = extract_officials(text)
    assert not officials and [p.name for p in persons] == ["钱学东"]


def test_a_name_is_closed_by_how_the_official_took_part():
    got = read_people("分会场设在某县，市委书记、市人大常委会主任赵明远通过视频汇报开工情况。").officials
    assert got["赵明远"].titles == ("市委书记", "市人大常委会主任")


# Issue 14, officials missed in real reports (people7): each kind with invented text.

@pytest.mark.parametrize("text, name, level", [
    ("某某县人民政府县长钱学东出席。", "钱学东", "county"),   # a place head right after 政府
    ("县政府县长钱学东主持。", "钱学东", "county"),
    ("济宁市人民政府市长钱学东出席。", "钱学东", "city"),
])
def test_a_place_head_after_a_governments_name(text, name, level):
    assert names(text)[name].level == level


def test_a_post_held_concurrently_joins_the_chain():
    got = names("县委常委、宣传部部长兼统战部部长马长河出席，副县长兼县公安局局长孙丽华陪同。")
    assert got["马长河"].titles == ("县委常委", "宣传部部长", "统战部部长") and got["马长河"].level == "county"
    assert got["孙丽华"].titles == ("副县长", "县公安局局长") and got["孙丽华"].level == "county"
    assert "钱学东" not in names("兼职教师钱学东讲课。")  # 兼职 is a word, no mark of a post


@pytest.mark.parametrize("text", ["区长信箱收到来信后转办。", "网友通过市长热线反映问题。", "这是书记接待日的第一位来访者。"])
def test_a_head_that_names_a_thing_takes_no_name(text):
    assert names(text) == {}


def test_titles_printed_after_the_name_in_brackets():
    got = names("会议由钱学东（县委常委、副县长）主持。马长河（县委书记）、孙丽华（县长）出席。")
    assert got["钱学东"].titles == ("县委常委", "副县长") and got["钱学东"].level == "county"
    assert got["马长河"].level == "county" and got["孙丽华"].titles == ("县长",)
    assert names("钱学东（右二）在车间查看。") == {}  # a bracket holding no title chain


def test_a_group_title_with_有_before_its_names():
    got = names("参加活动的县领导有钱学东、孙丽华。")
    assert set(got) == {"钱学东", "孙丽华"} and got["孙丽华"].level == "county"


@pytest.mark.parametrize("text, name", [
    ("时任国家副主席钱学东来曲阜考察。", "钱学东"),   # 来 before a place closes the name
    ("全国人大常委会副委员长钱学东来我市调研。", "钱学东"),
    ("十届全国人大常委会副委员长钱学东到某县视察。", "钱学东"),  # a term printed without 第
    ("时任农业部部长钱学东到某县视察。", "钱学东"),  # a ministry of earlier years
])
def test_national_posts_of_older_stories(text, name):
    assert names(text)[name].level == "national"


def test_come_from_afar_is_no_name():
    assert names("市长远道而来，县长远赴北京。") == {}



@pytest.mark.parametrize("text, name", [
    ("某市委书记、市人大常委会主任钱学东通过电话了解灾情。", "钱学东"),  # a preposition opens what the person did
    ("县委书记钱学东围绕主题作报告。", "钱学东"),
    ("县长孙丽华高度评价这一做法。", "孙丽华"),
])
def test_a_preposition_or_adverb_after_the_name_closes_it(text, name):
    assert name in names(text)


def test_a_villages_former_branch_secretary_is_a_person():
    officials, persons = extract_officials("某庄村老支部书记钱学东在村口值守。某庄村原党支部书记孙丽华说。")
    assert officials == [] and [p.name for p in persons] == ["钱学东", "孙丽华"]


def test_a_head_with_its_own_level_printed_after_the_name():
    got = names("会上，孙丽华县长要求抓好落实。在钱学东副市长的陪同下，代表团参观了园区。")
    assert got["孙丽华"].level == "county" and got["钱学东"].titles == ("副市长",) and got["钱学东"].level == "city"
    assert names("嘉祥县长期坚持。曲阜市长期以来重视文化。") == {}  # a place before the head, no name
    assert names("会上，杨柳镇长在发言中说。马集镇长为此忙碌。") == {}  # a town's head after its town's name
    assert names("会上，李强县长要求抓好落实。")["李强"].level == "county"


@pytest.mark.parametrize("text, name", [
    ("党工委书记钱学东出席。", "钱学东"),  # a zone's (or a street's) working committee printed alone
    ("某某工业园区管委会主任钱学东出席。", "钱学东"),  # a park's administrative committee no unit rule reads
    ("柳行办事处主任钱学东陪同。", "钱学东"),  # a street office
])
def test_zone_and_street_bodies_are_county_level(text, name):
    assert names(text)[name].level == "county"


def test_lists_of_those_present_opened_by_还有_or_joined_by_以及():
    got = names("出席活动的市领导还有钱学东、孙丽华。市领导马长河、赵明远以及县领导周海涛参加。")
    assert set(got) == {"钱学东", "孙丽华", "马长河", "赵明远", "周海涛"}
    assert got["赵明远"].level == "city" and got["周海涛"].level == "county"
    got = names("出席会议的还有县领导钱学东。参加活动的有市领导孙丽华。")
    assert got["钱学东"].titles == ("县领导",) and got["孙丽华"].titles == ("市领导",)  # the opener is no part of the title


@pytest.mark.parametrize("text, name", [
    ("县委书记钱学东冒雨察看汛情。", "钱学东"),  # a verb no list holds: the tagger reads the name and the verb
    ("县长孙丽华从三个方面作了部署。", "孙丽华"),  # a preposition
    ("市委常委、组织部部长钱学东来泗调研党建工作。", "钱学东"),  # 来 and a county's one-character name
])
def test_a_name_printed_once_closed_by_a_verb_the_tagger_reads(text, name):
    assert list(names(text)) == [name]


@pytest.mark.parametrize("text", ["县委书记高度重视此项工作。", "县长信心满满地说。", "县委书记万分感慨。"])
def test_no_name_where_the_tagger_reads_a_word(text):
    assert names(text) == {}


def test_the_last_listed_name_before_a_verb_no_list_holds_is_whole():
    got = names("市领导钱学东、孙丽华冒雨察看汛情。")
    assert list(got) == ["钱学东", "孙丽华"]  # not 孙丽 and 华冒雨, two names glued where a mark was lost
    assert list(names("副主席赵明远、孙丽华钱学东分别参加小组讨论。")) == ["赵明远", "孙丽华", "钱学东"]


@pytest.mark.parametrize("org, level", [
    ("中纪委", "national"), ("林业部", "national"), ("中华全国总工会", "national"),  # short and earlier names
    ("交通部门", None),  # departments, no ministry
    ("山东省军区", "province"), ("济宁军分区", "city"),  # a military district is no county
])
def test_national_bodies_by_short_and_earlier_names(org, level):
    assert org_level(org) == level


def test_earlier_national_leaders_in_an_older_story():
    got = names("1986年，胡耀邦同志来到湖区视察。1959年，朱德委员长来到这里。")
    assert got["胡耀邦"].level == "national" and got["朱德"].level == "national"
    assert names("副县长李鹏主持会议。")["李鹏"].level == "county"  # a namesake, by his own title
    assert names("一望无际，万里长城。") == {}


@pytest.mark.parametrize("text, levels", [
    # names listed before 等 and a group title of levelled bodies (data/group_titles.txt) share it
    ("韦建国、卜丽等县四大班子领导出席开幕式。", {"韦建国": "county", "卜丽": "county"}),
    ("韦建国、卜丽等在家县级领导参加植树。", {"韦建国": "county", "卜丽": "county"}),
    ("韦建国、卜丽等市、县领导察看了工地。", {"韦建国": "city", "卜丽": "city"}),  # the highest body's level
    ("韦建国、卜丽等县委、县政府领导看望了老党员。", {"韦建国": "county", "卜丽": "county"}),
    ("出席活动的还有韦建国、卜丽等区四大班子领导。", {"韦建国": "county", "卜丽": "county"}),
    # look-alikes: no levelled body (村, 市场), or a title's own list (李四 is a 县委副书记 already)
    ("韦建国、卜丽等村党支部书记参加培训。", {}),
    ("韦建国、卜丽等市场领导参加。", {}),
])
def test_names_before_a_group_title_of_bodies(text, levels):
    got = names(text)
    assert {n: o.level for n, o in got.items()} == levels
    assert all(o.titles[0].endswith("领导") for o in got.values())


def test_a_group_title_after_a_titles_own_list_adds_nothing():
    got = names("县委副书记韦建国、卜丽等县级有关领导出席。")
    assert got["卜丽"].titles == ("县委副书记",)


def test_names_before_comma_titles_in_a_list_parted_by_semicolons():
    got = names("出席座谈会的有：韦建国，县委常委、宣传部部长；卜丽，副县长；钟立新，市政府副秘书长。")
    assert {n: (o.titles, o.level) for n, o in got.items()} == {
        "韦建国": (("县委常委", "宣传部部长"), "county"), "卜丽": (("副县长",), "county"),
        "钟立新": (("市政府副秘书长",), "city")}


@pytest.mark.parametrize("text", [
    "出席签约的有：韦建国，某某公司总经理；卜丽，某某集团董事长。",  # a company's posts: persons
    "参加座谈的有：韦建国，某某村党支部书记；卜丽，村委会主任。",  # a village's posts: persons
])
def test_comma_titles_of_companies_and_villages_make_persons(text):
    officials, persons = extract_officials(text)
    assert officials == [] and {p.name for p in persons} == {"韦建国", "卜丽"}


def test_a_name_and_comma_title_outside_a_semicolon_list_is_left():
    assert names("他回头喊道：韦建国，县委常委。") == {}  # one item alone, no list
    assert list(names("出席的有：韦建国，县里的老同志；卜丽，副县长。")) == ["卜丽"]  # no title, no official


@pytest.mark.parametrize("text, name", [
    ("区长卜某作《政府工作报告》。", "卜某"),
    ("县长韦东作报告，会议审议通过。", "韦东"),
    ("主任钟红作动员讲话。", "钟红"),
    ("副县长卜林作关于预算草案的说明。", "卜林"),
])
def test_a_name_ends_before_the_verb_of_what_it_delivers(text, name):
    assert list(names(text)) == [name]


@pytest.mark.parametrize("text, name", [
    ("县长韦立作出席会议。", "韦立作"),  # a name ending in 作, then another verb
    ("县长韦立作作报告。", "韦立作"),  # a name ending in 作, then 作报告
])
def test_a_name_ending_in_zuo_is_kept_when_no_delivery_follows_it(text, name):
    assert list(names(text)) == [name]


@pytest.mark.parametrize("text", [
    "市物流行业促进会秘书长韦立新出席。",
    "县个体私营企业协会会长钱伟在会上发言。",
    "市地方史研究会理事长钟强致辞。",
    "市某某学会会长钟强致辞。",
])
def test_an_associations_posts_make_persons(text):
    officials, persons = extract_officials(text)
    assert officials == [] and len(persons) == 1


@pytest.mark.parametrize("text, title", [
    ("市政府秘书长韦平主持会议。", "市政府秘书长"),
    ("县委秘书长卜刚参加。", "县委秘书长"),
])
def test_a_party_or_government_secretary_general_stays_an_official(text, title):
    assert names(text)[text[len(title) : len(title) + 2]].titles == (title,)


def test_a_county_level_citys_story_telling_jining_apart_from_its_own_city_owns_its_bare_city_bodies():
    text = ("本报曲阜讯 某日，济宁市某某观摩团走进我市，某某局副局长钱某东介绍情况。"
            "我市市委副书记、市长孙某华，市委常委、宣传部长李某平，济宁市某某局局长赵某强陪同观摩。")
    levels = {m.name: m.level for m in read_people(text, home="曲阜").officials.values()}
    assert levels["孙某华"] == "county" and levels["李某平"] == "county"  # 宣传部长 after a bare 市委 title is the city's too
    assert levels["赵某强"] == "city"  # a title naming Jining stays Jining's
    # under a county's dateline the bare titles stay Jining's; so they do when no sentence names both cities
    assert {m.name: m.level for m in read_people(text, home="泗水").officials.values()}["孙某华"] == "city"
    apart = text.replace("走进我市", "走进曲阜").replace("我市市委", "市委").replace("济宁市某某局", "某某局")
    assert {m.name: m.level for m in read_people(apart, home="曲阜").officials.values()}["孙某华"] == "city"


def test_a_known_city_leader_keeps_the_citys_level_where_bare_titles_are_a_county_level_citys():
    # 林红玉: Jining's 市委书记 by public record (jdash/data/leaders.csv)
    text = "本报邹城讯 某县考察团来我市参观学习。市委书记林红玉，市委副书记钱某东陪同。"
    levels = {m.name: m.level for m in read_people(text, home="邹城").officials.values()}
    assert levels == {"林红玉": "city", "钱某东": "county"}


def test_a_former_county_level_city_printed_as_a_city_tells_jining_apart_from_its_own_city_too():
    text = "本报兖州讯 某日，济宁市某某观摩团走进我市，察看兖州市重点项目。市委副书记钱某东陪同。"
    assert {m.name: m.level for m in read_people(text, home="兖州").officials.values()} == {"钱某东": "county"}
    # printed as the district it is now: no county-level city's 我市, the bare 市委 stays Jining's
    district = text.replace("兖州市", "兖州区")
    assert {m.name: m.level for m in read_people(district, home="兖州").officials.values()} == {"钱某东": "city"}


def test_an_honorific_after_a_full_name_closes_it():
    got = read_people("开幕式由山东省副省长赵明远先生主持，省委常委、宣传部部长钱立新先生致辞。", home="泗水").officials
    assert got["赵明远"].level == "province" and got["钱立新"].titles == ("省委常委", "宣传部部长")


def test_a_verb_after_a_title_is_no_name_of_an_unlisted_surname():
    officials, _ = extract_officials("会议期间，市交通局副局长出席并讲话，各县区分管负责人参加。")
    assert [o.name for o in officials] == []


@pytest.mark.parametrize("text, name, title, level", [("市交通局王海平副局长出席并讲话。", "王海平", "市交通局副局长", "city"),
                                                      ("会上，县委组织部张明副部长主持会议。", "张明", "县委组织部副部长", "county")])
def test_a_name_between_a_state_body_and_its_head_holds_that_title(text, name, title, level):
    officials, _ = extract_officials(text)
    assert [(o.name, o.titles, o.level) for o in officials] == [(name, (title,), level)]


@pytest.mark.parametrize("text, name", [
    ("县委副书记钟立平致欢迎辞，随后举行签约仪式。", "钟立平"),  # the segmenter glues 平致; 致…辞 closes the name
    ("副市长韦林致开幕辞。", "韦林"),
    ("县长卜立群致贺词。", "卜立群"),
])
def test_a_name_ends_before_zhi_and_what_it_delivers(text, name):
    assert list(names(text)) == [name]


def test_a_note_on_a_title_keeps_the_chain_after_it():
    officials, _ = extract_officials("某区委副书记（挂职）、副区长韦立群主持会议。")
    assert [(o.name, o.titles, o.level) for o in officials] == [("韦立群", ("某区委副书记", "副区长"), "county")]


def test_a_branch_post_printed_unmarked_after_a_state_post_is_the_same_officials():
    officials, persons = extract_officials("区委常委（挂职）、市派第一书记村党支部书记卜立群为获奖者颁奖。")
    assert [(o.name, o.level) for o in officials] == [("卜立群", "county")]  # seconded: the county's, not the sender's
    assert persons == []
    _, persons = extract_officials("某庄村党支部书记卜立群介绍。")
    assert [p.name for p in persons] == ["卜立群"]  # a branch post alone stays a villager's


def test_a_county_level_citys_body_named_again_bare():
    # 本报曲阜讯: the city's own congress named, then its bare 市 body again; its sentence's titles are the city's
    text = ("12月2日，曲阜市人大常委会召集在曲阜的济宁市人大代表视察重点项目。市人大常委会主任赵明远、副主任钱学东，"
            "市政府副市长孙立国参加。")
    levels = {n: m.level for n, m in read_people(text, home="曲阜").officials.items()}
    assert levels == {"赵明远": "county", "钱学东": "county", "孙立国": "county"}
    # Jining's own body of that name printed too: the bare body may be Jining's, left to the other rules
    both = text.replace("视察重点项目。", "视察重点项目，济宁市人大常委会派员参加。")
    assert read_people(both, home="曲阜").officials["赵明远"].level == "city"


def test_a_body_cut_inside_its_word_is_no_name():
    # 县委办公室主任: 公 is a surname, but 办公室 is one word — 公室 is no official
    got = read_people("6月2日，某县政协副主席、县委办公室主任、县委督查室主任王立新一行来考察。").officials
    assert list(got) == ["王立新"]
