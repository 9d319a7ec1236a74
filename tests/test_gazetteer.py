from types import SimpleNamespace

import pytest

from jdash.gazetteer import CITY_WIDE, canonical_names, find_counties, primary_county, speaks_as_city


def art(headline="", body="", dateline_place=None, kicker=None, subheadline=None, kind="news"):
    return SimpleNamespace(headline=headline, body=body, dateline_place=dateline_place, kicker=kicker,
                           subheadline=subheadline, kind=kind)


def test_gazetteer_has_the_eleven_units_and_four_zones():
    names = canonical_names()
    for name in ("任城区", "兖州区", "曲阜市", "邹城市", "微山县", "鱼台县", "金乡县", "嘉祥县", "汶上县", "泗水县", "梁山县",
                 "济宁高新区", "太白湖新区", "济宁经济技术开发区", "曲阜文化建设示范区"):
        assert name in names


@pytest.mark.parametrize("text, expected", [
    ("泗水县认真贯彻落实，嘉祥县也在推进", ["泗水县", "嘉祥县"]),
    ("在嘉祥举行，泗水、金乡参加", ["嘉祥县", "泗水县", "金乡县"]),
    ("市中区古槐路片区", ["任城区"]),  # old name, merged in 2013
    ("兖州市委副书记", ["兖州区"]),
    ("《致兖州市民朋友的倡议书》", ["兖州区"]),
    ("来高新区调研", ["济宁高新区"]),
    ("江阴高新区考察", []),  # another city's zone
    ("济南市中区", []),
    ("济宁高新区党工委会议", ["济宁高新区"]),
    ("经开区15个重点项目", ["济宁经济技术开发区"]),
    ("曲阜县县长", ["曲阜市"]),
    ("济宁国家高新技术产业开发区管委会", ["济宁高新区"]),  # the zone's official name, 国家 and all
    ("北湖省级旅游度假区管委会", ["太白湖新区"]),  # the zone's earlier name written out
    ("兖州高新区获批省级高新区", ["兖州区"]),  # a level before a bare alias: a class of zones, not Jining's
    ("创建国家级经开区", []),
    ("某镇钓鱼台村发展大棚种植", []),  # a short form ending a longer word (钓鱼台) is that word's
    ("游客登上吕梁山", []),
    ("水泊梁山景区游客如织", ["梁山县"]),
])
def test_find_counties(text, expected):
    assert find_counties(text) == expected


def test_dateline_decides():
    assert primary_county(art("一头蒜走出国门", "全县大蒜", dateline_place="金乡")) == "金乡县"


def test_the_city_as_a_county_address_frames_no_city_story():
    body = ("（记者 张三）5日，山东省济宁市泗水县某某小镇开小吃店的李某对记者说，店里年收入20万元。"
            "某某小镇是省里的乡村振兴示范片区之一。截至目前，全省建设省级片区200个。")
    assert primary_county(art("山东乡村连片发展见成效", body)) == "泗水县"


def test_headline_decides_over_body():
    a = art("嘉祥：开工那些事变为一件事", "山东世纪连泓新材料有限公司位于嘉祥化工产业园，对接曲阜客商")
    assert primary_county(a) == "嘉祥县"


def test_city_dateline_with_city_subject_is_city_wide():
    a = art("全市机构改革动员部署会议召开", "3月1日下午，全市机构改革动员部署会议召开。", dateline_place="济宁")
    assert primary_county(a) == CITY_WIDE


def test_city_dateline_and_city_wide_heading_beat_the_host_county():
    body = "今天，全市农村人居环境整治现场会在泗水县召开。与会人员观摩了泗水县的示范村。泗水县作了典型发言。"
    a = art("全市农村人居环境整治现场会召开", body, dateline_place="济宁")
    assert primary_county(a) == CITY_WIDE
    # without 全市/我市 in the heading a city-datelined story about one zone stays with it
    b = art("市科技馆主体完工", "位于太白湖新区的市科技馆主体完工。太白湖新区将配套建设公园。", dateline_place="济宁")
    assert primary_county(b) == "太白湖新区"


def test_a_bare_datelined_story_headed_by_the_city_is_city_wide():
    """本报讯 (no place: the paper is the city's) under a heading that opens on 济宁 is the city's, however much the
    body tells of one county; the city in brackets inside a firm's name is no subject."""
    body = "某县某镇发展辣椒种植。某县某镇种植面积3万亩，某县辣椒远销各地。兖州区某街道发展采摘。兖州区村民增收。兖州区…"
    assert primary_county(art("产业振兴|济宁：特色种植富乡村", body, dateline_place=None)) == CITY_WIDE
    park = art("某某传媒集团（济宁）文化园落户太白湖新区", "文化园落户太白湖新区。太白湖新区将配套建设。", dateline_place=None)
    assert primary_county(park) == "太白湖新区"


def test_a_headline_opening_on_the_city_under_a_county_dateline_is_a_city_affair_held_there():
    body = "9月2日，某市纺织行业恳谈会在兖州区举行。副市长某某出席。全市纺织企业65家。"
    assert primary_county(art("山东济宁举行恳谈会 推动纺织企业转型", body, dateline_place="兖州")) == CITY_WIDE
    # the city named later in the headline is no subject; the dateline decides
    assert primary_county(art("第二届某某博览会济宁会场开幕", body, dateline_place="兖州")) == "兖州区"
    # a body that keeps naming the county makes it the county's own story
    own = "某某恳谈会在兖州举行。兖州的纺织企业发言。兖州区将出台扶持政策。"
    assert primary_county(art("济宁纺织行业恳谈会举行", own, dateline_place="兖州")) == "兖州区"


def test_editorial_or_commentary_naming_no_county_is_city_wide():
    assert primary_county(art("让诚信成为发展底色", "诚信是立身之本。", kind="editorial")) == CITY_WIDE
    assert primary_county(art("少开会开短会", "会风连着作风。", kind="commentary")) == CITY_WIDE
    assert primary_county(art("国际油价上涨", "纽约商品交易所原油期货价格上涨")) is None


def test_body_dominance_picks_the_county():
    body = "龙腾春风起。在曲阜市的重点项目内，工人们开足马力。曲阜市将以开年就是开工的精神状态推进。"
    assert primary_county(art("新春开工忙", body)) == "曲阜市"


def test_city_framed_story_with_one_example_county_stays_city_wide():
    body = "近年来，我市借助网络推动非遗传承。" + "直播间里热闹非凡。" * 10 + "在任城区新时代文明实践中心，任城区的传承人正在直播。"
    assert primary_county(art("非遗+直播", body)) == CITY_WIDE


def test_several_counties_without_dominance_is_city_wide():
    body = "嘉祥县民政局发现困难群众。任城区医保部门提供服务。邹城市郭里中学。嘉祥县。任城区。"
    assert primary_county(art("厚植民生福祉", body)) == CITY_WIDE


def test_not_about_jining_is_none():
    assert primary_county(art("国际油价上涨", "纽约商品交易所原油期货价格上涨")) is None


def test_county_level_city_speaks_as_itself():
    assert speaks_as_city("邹城市", "全市完成投资")
    assert speaks_as_city("兖州区", "兖州市委副书记、市长韦东升")
    assert not speaks_as_city("兖州区", "全区新业态企业")
    assert not speaks_as_city("泗水县", "全市第二")


@pytest.mark.parametrize("text, expected", [
    ("落户高新区的企业", ["济宁高新区"]),  # a verb before a bare alias: Jining's own zone
    ("济宁市高新区管委会", ["济宁高新区"]),
    ("我市高新区", ["济宁高新区"]),
    ("苏州高新区考察", []),  # another city's zone: a place name glued before it
    ("深圳市高新区", []),
])
def test_bare_zone_names(text, expected):
    assert find_counties(text) == expected


@pytest.mark.parametrize("text, county", [
    ("梁山县小安山镇", "梁山县"),
    ("小安山镇党委", "梁山县"),
    ("王因街道办事处", "济宁高新区"),
    ("在泗水县泉林镇", "泗水县"),
    ("曲阜市尼山镇", "曲阜市"),
])
def test_towns_and_streets_belong_to_their_county(text, county):
    assert find_counties(text) == [county]


def test_town_file_names_only_known_units():
    from jdash.gazetteer import towns

    units = set(canonical_names())
    assert len(towns()) > 100
    assert all(t.canonical in units and t.alias.endswith(("镇", "乡", "街道")) for t in towns())


def test_a_story_about_one_town_is_its_countys():
    body = "近日，小安山镇组织群众开展技能培训。小安山镇党委负责人介绍，培训覆盖全镇。"
    assert primary_county(art("技能培训进村头", body)) == "梁山县"


def test_a_town_printed_after_its_county_is_one_mention():
    from jdash.gazetteer import county_mentions

    assert county_mentions("在兖州区颜店镇的产业园") == [(1, "兖州区")]
    assert [n for _, n in county_mentions("颜店镇和兖州区")] == ["兖州区", "兖州区"]


@pytest.mark.parametrize("headline, expected", [
    ("济宁上半年空气质量改善 太白湖新区最佳", CITY_WIDE),  # a county singled out after the city
    ("我市12个项目纳入全省集中开工 分会场设在梁山", CITY_WIDE),
    ("济宁高新区加大教育投入", "济宁高新区"),  # the city's name inside the zone's
    ("济宁市兖州区建成智慧停车场", "兖州区"),  # the city's name right before a county's
    ("梁山县12个项目集中开工 济宁经验获推广", "梁山县"),  # the county comes first
])
def test_a_heading_whose_subject_is_the_city_is_city_wide(headline, expected):
    body = "记者获悉，有关工作稳步推进。梁山县、太白湖新区、兖州区、济宁高新区各有进展。"
    assert primary_county(art(headline, body, dateline_place="济宁")) == expected


def test_a_commentary_that_takes_one_county_as_its_example_is_still_the_citys():
    body = "近年来，微山县推行湖区垃圾分类，微山县的做法值得借鉴。各地要因地制宜，久久为功。"
    assert primary_county(art("让湖区更清更美", body, kind="commentary")) == CITY_WIDE
    assert primary_county(art("让湖区更清更美", body, kind="news")) == "微山县"


def case(headline, body, dateline=None, kind="news"):
    return art(headline, body, dateline_place=dateline, kind=kind)


# Article shapes of every common kind (issue 14, third round): towns and streets for their county, short
# forms, zones, a city's event held in a county, rankings and lists of counties under a city heading.
PRIMARY_SHAPES = [
 (case("小安山镇：大棚蔬菜鼓起钱袋子", "近日，记者走进小安山镇，大棚里的西红柿红了。镇党委书记说，全镇大棚面积达3000亩。"), "梁山县"),
 (case("大蒜价格回暖", "本报讯 连日来，胡集镇、鸡黍镇的蒜农忙着出售大蒜。金乡街道的冷库也迎来出库高峰。"), "金乡县"),
 (case("王因街道建成智慧社区", "王因街道投资2000万元，建成智慧社区3个，柳行街道也在推进。", "济宁"), "济宁高新区"),
 (case("全市秋收秋种现场会召开", "今天，全市秋收秋种现场会在汶上县召开。与会人员观摩了汶上县南旺镇、康驿镇的示范田。", "济宁"), "全市"),
 (case("我市新增3家国家级专精特新企业", "日前，工信部公布名单，我市3家企业入选，分别位于邹城市、兖州区和嘉祥县。", "济宁"), "全市"),
 (case("邹城市12个项目集中开工", "今天，邹城市2024年第一批重大项目集中开工，总投资56亿元。", "济宁"), "邹城市"),
 (case("兖州：文旅融合激发消费活力", "五一假期，兖州区兴隆文化园游人如织。", None), "兖州区"),
 (case("曲阜尼山镇：研学游火了", "尼山镇依托尼山圣境，发展研学旅游。今年以来接待研学团队1200个。", None), "曲阜市"),
 (case("济宁港航物流产业提速", "记者获悉，今年以来，全市港口货物吞吐量增长12%。其中，梁山港、龙拱港表现突出。", "济宁"), "全市"),
 (case("经开区新能源产业园开工", "3月1日，济宁经开区新能源产业园开工建设。", "济宁"), "济宁经济技术开发区"),
 (case("太白湖新区：“一站式”服务让群众少跑腿", "太白湖新区便民服务中心推出“一窗受理”。", "济宁"), "太白湖新区"),
 (case("任城区唐口街道：小菜园大产业", "唐口街道蔬菜种植面积达2万亩。", None), "任城区"),
 (case("微山湖上渔家乐", "夏日的微山湖，荷花盛开。南阳镇的渔家乐生意红火。", None), "微山县"),
 (case("泗水苗木销往全国", "泗张镇、圣水峪镇的苗木基地迎来销售旺季。", "泗水"), "泗水县"),
 (case("全市空气质量排名发布 鱼台县居首", "记者从市生态环境局获悉，1至3月，全市空气质量改善。鱼台县、微山县、泗水县排名前三。", "济宁"), "全市"),
 (case("我市召开金乡大蒜产业发展座谈会", "今天，我市召开金乡大蒜产业发展座谈会，研究金乡大蒜产业发展。金乡县作了汇报。", "济宁"), "全市"),
 (case("嘉祥县与曲阜师范大学签约", "4月9日，嘉祥县与曲阜师范大学签订校地合作协议。", "嘉祥"), "嘉祥县"),
 (case("市领导到鱼台县督导防汛工作", "市委副书记张某到鱼台县督导防汛工作。他先后来到王鲁镇、清河镇。", "济宁"), "鱼台县"),

 (case("重点项目观摩活动举行", "3月5日，全市重点项目观摩活动在嘉祥县举行。观摩团先后来到嘉祥县的5个项目现场。", "济宁"), "全市"),
 (case("乡村振兴现场推进会召开", "今天，全市乡村振兴现场推进会在泗水县召开。与会人员观摩了泗水县泗张镇的示范村。", "济宁"), "全市"),
 (case("第三届文博会开幕", "9月26日，第三届济宁文化博览会在曲阜开幕，展会为期5天。", "济宁"), "全市"),
 (case("嘉祥举办石雕文化节", "9月26日，第五届嘉祥石雕文化节开幕。", "济宁"), "嘉祥县"),
 (case("市委理论学习中心组到邹城学习观摩", "4月9日，市委理论学习中心组到邹城市学习观摩。大家先后来到邹城市的3个项目现场。", "济宁"), "邹城市"),
 (case("全市排名第一 梁山县获评", "近日，市考核办公布全市县域经济考核结果，梁山县排名第一。", "济宁"), "全市"),
]


@pytest.mark.parametrize("article, county", PRIMARY_SHAPES, ids=[a.headline[:10] for a, _ in PRIMARY_SHAPES])
def test_primary_county_shapes(article, county):
    assert primary_county(article) == county


def test_a_town_printed_right_after_another_county_is_that_countys_namesake():
    assert find_counties("鱼台县王庄镇大棚蔬菜丰收") == ["鱼台县"]  # 王庄镇 of towns.csv is 曲阜市's
    assert find_counties("曲阜市王庄镇大棚蔬菜丰收") == ["曲阜市"]


def test_a_city_delegations_visit_is_about_the_city_not_the_zones_it_sees():
    body = ("23日上午，某市党政代表团来我市参观考察。市委常委、济宁高新区党工委书记韩某陪同。代表团先后来到"
            "太白湖新区和济宁高新区，参观了产业园。")
    assert primary_county(art("某市党政代表团来济参观考察", body, dateline_place="济宁")) == CITY_WIDE
    # 来济宁高新区: the visitors come to one zone
    assert primary_county(art("某市客商来济宁高新区考察", "客商来到济宁高新区。", dateline_place="济宁")) == "济宁高新区"


@pytest.mark.parametrize("headline", ["某某到北湖新区济宁高新区调研", "某某到任城区等地调研"])
def test_a_tour_of_several_places_under_a_city_dateline_is_city_wide(headline):
    body = "6月24日，市委副书记某某先后到北湖新区、济宁高新区、任城区、泗水县进行调研。"
    assert primary_county(art(headline, body, dateline_place="济宁")) == CITY_WIDE


def test_a_city_leaders_affairs_are_the_citys_wherever_they_take_place():
    body = "4月26日下午，济宁市委副书记、市长孔某在曲阜会见了某某调研组一行。"
    a = art("孔某会见某某调研组", body, dateline_place="曲阜")
    assert primary_county(a) == "曲阜市"  # without knowing who 孔某 is, the dateline decides
    assert primary_county(a, leaders=("孔某",)) == CITY_WIDE
    # a heading that names the county is about it, also with a city leader in it
    b = art("孔某到曲阜调研文旅工作", body, dateline_place="曲阜")
    assert primary_county(b, leaders=("孔某",)) == "曲阜市"


def test_the_zones_former_names_are_the_zone():
    assert find_counties("北湖新区规划好、建设好，北湖度假区景区") == ["太白湖新区"]


def test_enrich_reads_a_city_leader_from_the_officials():
    from jdash.enrich import enrich_articles
    from jdash.model import Article

    body = "4月26日下午，济宁市委副书记、市长孔立德在曲阜会见了某某调研组一行。"
    a = Article(id="a", source="p", order=0, headline="孔立德会见某某调研组", subheadline=None, kind="news",
                body=body, dateline_place="曲阜")
    assert enrich_articles([a])[0].primary_county == CITY_WIDE


def test_a_place_inside_an_officials_title_is_not_where_the_story_is():
    body = ("23日上午，某市客商考察团来我市参观考察。市委常委、济宁高新区党工委书记韩某陪同。考察团先后来到"
            "太白湖新区和济宁高新区，参观了产业园。")
    # 济宁高新区 twice (once in a title), 太白湖新区 once: without the title's mention no unit dominates
    assert primary_county(art("某市客商考察团参观考察", body, dateline_place="济宁")) == CITY_WIDE
    # a zone named only in its secretary's title is still the story's place
    only = "今天，济宁高新区党工委书记韩某到企业调研。"
    assert primary_county(art("韩某到企业调研", only)) == "济宁高新区"


def test_a_city_leaders_inspection_stays_with_its_dateline():
    body = "4月26日，市委书记孔某到泗水县调研乡村振兴工作。"
    assert primary_county(art("孔某调研乡村振兴工作", body, dateline_place="泗水"), leaders=("孔某",)) == "泗水县"


def test_a_county_coming_to_the_city_stays_the_county():
    body = "昨天，嘉祥县在济举办招商推介会，嘉祥县签约项目12个。"
    assert primary_county(art("嘉祥县在济举办招商推介会", body, dateline_place="济宁")) == "嘉祥县"


def test_a_city_leader_receiving_visitors_in_a_county_that_the_story_is_about_is_the_countys():
    body = ("4月5日，市委书记孔某在某饭店接待某某协会一行。孔某说，济宁、曲阜底蕴深厚。"
            "他请客人常来曲阜，关注曲阜的变化。")
    assert primary_county(art("孔某会见某某协会一行", body, dateline_place="曲阜"), leaders=("孔某",)) == "曲阜市"
    # named once, as the venue only: the city's affairs
    venue = "4月5日，市委书记孔某在曲阜接待某某协会一行。孔某说，济宁底蕴深厚。"
    assert primary_county(art("孔某会见某某协会一行", venue, dateline_place="曲阜"), leaders=("孔某",)) == CITY_WIDE


@pytest.mark.parametrize("headline, body, expected", [
    ("书画艺术节筹备就绪", "日前，市里开会筹备，宣读了《2020中国（曲阜）国际书画艺术节实施办法》。", "曲阜市"),
    ("亮点多多，展现济宁风采", "2020中国（梁山）专用汽车博览会已于9月6日开幕。济宁各界参加。", "梁山县"),
    ("济宁客商踊跃参会", "日前，市里开会筹备，宣读了《中国（曲阜）国际书画艺术节实施办法》。", CITY_WIDE),  # not its story
    ("济宁签约12个项目", "2020中国（济宁）投资交流会在济南举行，济宁签约12个项目。", CITY_WIDE),  # the host is the city
])
def test_an_event_named_with_its_host_county_is_the_hosts(headline, body, expected):
    assert primary_county(art(headline, body, dateline_place="济宁")) == expected


def test_the_city_opening_a_places_name_in_the_heading_is_no_city_subject():
    body = "3月26日，某投资集团与太白湖新区签约，共建济宁东湖商务区。项目落户太白湖新区。"
    assert primary_county(art("济宁东湖商务区项目签约", body, dateline_place="济宁")) == "太白湖新区"
    assert primary_county(art("济宁商务经济稳中向好", body, dateline_place="济宁")) == CITY_WIDE


def test_the_city_opening_an_officials_title_in_the_heading_is_no_city_subject():
    """济宁市政协主席某某一行到某新区调研: 济宁 names whose chairman it is, not what the story is about."""
    body = "3月2日，济宁市政协主席孙某一行到太白湖新区调研运河保护工作。孙某指出，要做好文旅融合。"
    assert primary_county(art("济宁市政协主席孙某一行到太白湖新区调研", body, dateline_place="济宁")) == "太白湖新区"
    assert primary_county(art("济宁市场主体突破百万户", "全市市场主体增长8%。任城区、兖州区居前。", dateline_place="济宁")) == CITY_WIDE
    # a city official's words with no place in the heading: the city's, though the body dwells on one county
    interview = "记者：曲阜的文化资源如何利用？孙某：曲阜要建好研究院，曲阜的文旅要融合。"
    assert primary_county(art("济宁市委书记孙某：建好研究院", interview, dateline_place="济宁")) == CITY_WIDE


@pytest.mark.parametrize("body, expected", [
    # a leader's visit to one zone is the zone's story, though the body names another county in passing
    ("5月6日，市委书记孙某到高新区走访企业。孙某要求学习任城区经验，高新区要抓好招商。", "济宁高新区"),
    ("5月6日，市委书记孙某一行赴泗水县调研乡村振兴。孙某指出，要学习兖州区、邹城市的做法。", "泗水县"),
    # a visit to two places is a tour; a city-wide event held in a county is the city's
    ("5月6日，市委书记孙某到高新区、任城区走访企业。孙某要求抓好招商。", CITY_WIDE),
    # inspecting in one place (在某区调研), and a party's adverbs before the verb (一行先后来到)
    ("5月6日，市委书记孙某在任城区调研企业发展。孙某要求学习兖州区经验。", "任城区"),
    ("5月6日，市委书记孙某一行先后来到高新区某公司、某集团调研。他要求学习邹城市经验。", "济宁高新区"),
])
def test_a_leaders_visit_to_one_place_in_the_lead_is_that_places_story(body, expected):
    got = primary_county(art("孙某调研企业发展", body, dateline_place="济宁"), leaders=("孙某",))
    assert got == expected


def test_a_leaders_visit_rule_leaves_city_events_and_strangers_alone():
    from jdash.gazetteer import _by_leader_visit, _Evidence

    event = "5月6日，市委书记孙某到嘉祥县出席全市项目观摩会。"
    assert _by_leader_visit(_Evidence("济宁", None, "", (), event, "news", ("孙某",))) is None
    visit = "5月6日，市委书记孙某到嘉祥县调研。"
    assert _by_leader_visit(_Evidence("济宁", None, "", (), visit, "news", ("孙某",))) == "嘉祥县"
    assert _by_leader_visit(_Evidence("济宁", None, "", (), visit, "news", ("李某",))) is None  # not the visitor
    met = "5月6日，市委书记孙某在嘉祥县会见客商。"  # 在 a place without an inspection: only where it happened
    assert _by_leader_visit(_Evidence("济宁", None, "", (), met, "news", ("孙某",))) is None


def test_a_zone_called_by_its_kind_in_the_heading_under_its_countys_dateline():
    body = "记者从曲阜文化建设示范区获悉，元旦假期，示范区内景区接待游客12万人次。曲阜市、泗水县也有增长。"
    assert primary_county(art("示范区元旦假期接待游客12万人次", body, dateline_place="曲阜")) == "曲阜文化建设示范区"
    assert primary_county(art("元旦假期接待游客12万人次", body, dateline_place="曲阜")) == "曲阜市"


def test_a_heading_about_an_unlisted_town_takes_the_unit_printed_before_it():
    body = "近年来，太白湖新区某家镇以文旅为引领。镇里与金乡县、嘉祥县的景区对接。"
    assert primary_county(art("某家镇：文旅融合走上快车道", body)) == "太白湖新区"
    # 特色小镇 is a word, no town: the body decides (two counties, neither dominant → 全市)
    assert primary_county(art("特色小镇：名单公布", "金乡县、嘉祥县各有一个。")) == CITY_WIDE


def test_one_county_named_after_a_lead_about_the_city_is_a_part_of_the_citys_story():
    body = "12月28日起，济宁市迎来寒潮天气，济宁市各部门及时应对；汶上车务段启动应急预案，交警部门全员上路。"
    assert primary_county(art("寒潮中坚守岗位的人们", body, dateline_place="济宁")) == CITY_WIDE
    # the county named first, or twice, is still the story's subject
    assert primary_county(art("寒潮中坚守岗位的人们", "汶上县迎来寒潮，汶上县各部门及时应对。")) == "汶上县"


def test_a_story_framed_as_the_citys_that_names_five_units_is_the_citys():
    body = ("今天，某某城际铁路全线通车。铁路在我市设曲阜西、某某北等站，可在曲阜西站换乘。曲阜西站到曲阜城区有公交。"
            "公交公司开通兖州、鱼台、金乡、汶上等县至车站的线路。")
    assert primary_county(art("某某城际铁路全线通车", body, dateline_place="济宁")) == CITY_WIDE
    # four units are not yet the city: the one the body keeps coming back to stays the subject of a heading
    # that names no line (a heading about the line itself is the city's: test_a_line_across_the_city_is_the_citys_story)
    four = body.replace("、汶上", "")
    assert primary_county(art("新站迎来首批旅客", four, dateline_place="济宁")) == "曲阜市"
    assert primary_county(art("某某城际铁路全线通车", four, dateline_place="济宁")) == CITY_WIDE
    # nor is a story whose lead does not speak for the city
    unframed = body.replace("在我市", "在沿线")
    assert primary_county(art("新站迎来首批旅客", unframed, dateline_place="济宁")) == "曲阜市"


def test_units_whose_people_attend_a_ceremony_are_not_where_it_happens():
    body = ("5月9日，某某体育中心奠基仪式在太白湖新区举行。市领导王某宣布开工。"
            "市直有关部门和任城区、兖州区、兖州区、济宁高新区的负责同志等参加了仪式。")
    assert primary_county(art("某某体育中心奠基", body, dateline_place="济宁")) == "太白湖新区"
    # the same units doing the work are the story's
    worked = body.replace("的负责同志等参加了仪式", "分别承建场馆")
    assert primary_county(art("某某体育中心奠基", worked, dateline_place="济宁")) == "兖州区"
    # a place visited, in a clause before the one naming who came along, is where the story is
    visit = "5月6日，市直部门到泗水县观摩乡村振兴，县直部门负责人陪同。观摩组走进泗水县两个村，听取了金乡县的经验。"
    assert primary_county(art("乡村振兴现场观摩", visit, dateline_place="济宁")) == "泗水县"


def test_the_zone_was_built_as_the_lakeside_new_town():
    assert find_counties("奠基仪式在济宁北湖新城举行") == ["太白湖新区"]
    assert find_counties("长春北湖新城开盘") == []  # another city's lake


def test_a_heading_labelled_with_the_citys_name_leaves_the_subject_to_the_body():
    body = "3月2日，记者从市政府新闻办获悉，某某公司新产品近日在济宁高新区下线。济宁高新区为项目设立专班。"
    assert primary_county(art("济宁：为一家企业开了一场发布会", body, dateline_place="济宁")) == "济宁高新区"
    assert primary_county(art("山东济宁：为一家企业开了一场发布会", body, dateline_place="济宁")) == "济宁高新区"
    # the city as the heading's subject (济宁为…), or a second unit in the body: the city's story
    assert primary_county(art("济宁为一家企业开了一场发布会", body, dateline_place="济宁")) == CITY_WIDE
    two = body + "邹城市也有同类项目。"
    assert primary_county(art("济宁：为一家企业开了一场发布会", two, dateline_place="济宁")) == CITY_WIDE
    # a heading about the city after its label (济宁：全市…) keeps the city as the subject
    city = "今年以来，新能源汽车推广提速，济宁高新区新建充电桩500个。"
    assert primary_county(art("济宁：全市新能源汽车突破10万辆", city, dateline_place="济宁")) == CITY_WIDE



def test_a_bare_zone_alias_after_a_countys_own_zone_names_that_zone_again():
    text = "某县经济开发区与某市经济开发区签约。邹城经济开发区主任介绍了园区。对方对经开区的建设成就给予评价。"
    assert find_counties(text) == ["邹城市"]
    # before the county's zone, or written with the city's name, it is Jining's
    assert find_counties("经开区与邹城经济开发区签约。") == ["济宁经济技术开发区", "邹城市"]
    assert find_counties("邹城经济开发区与济宁经开区签约。") == ["邹城市", "济宁经济技术开发区"]


@pytest.mark.parametrize("body, expected", [
    # one county named first, speaking from inside it (全县, 该县), others named once as markets or examples
    ("近年来，泗水县坚持产业兴村，该县新建大棚200个。全县农民增收8%，增速居全市第一。县里学习了曲阜市的经验。", "泗水县"),
    ("近年来，泗水县坚持产业兴村。全县新建大棚200个，产品销往曲阜、邹城等地。", "泗水县"),
    ("近年来，我市泗水县坚持产业兴村。全县新建大棚200个，农民增收8%。", "泗水县"),  # 我市 owns the county
    ("走进泗张镇，大棚整齐排列。全镇食用菌年产值达2亿元，产品销往济宁、曲阜等地。", "泗水县"),  # a town's voice
    # the city's frame before the county: one of several parts of the city's story
    ("我市扎实推进秋收。泗水县组织农机1000台，全县秋收进度达80%。曲阜市、邹城市进度过半。", CITY_WIDE),
])
def test_a_story_under_the_citys_dateline_speaking_from_one_county_is_that_countys(body, expected):
    assert primary_county(art("山区小县走出富民路", body, "济宁")) == expected


@pytest.mark.parametrize("headline, body, dateline, expected", [
    ("济宁至某地铁路开工", "某铁路济宁段今天开工，在嘉祥县设站。嘉祥县境内长20公里。", "济宁", CITY_WIDE),
    ("城际公交开通", "济宁至曲阜城际公交今日开通。曲阜市民出行更方便，曲阜东站增开班次。", "济宁", CITY_WIDE),
    ("某某高铁开通运营", "线路途经曲阜市、邹城市，曲阜东站客流增加，曲阜市民出行更方便。", "济宁", CITY_WIDE),
    ("城际公交开通", "济宁至曲阜城际公交今日开通。", "曲阜", "曲阜市"),  # a county's dateline decides first
    ("某高速某县段开工", "某高速泗水县段开工，泗水县境内长30公里。", "济宁", "泗水县"),  # a county's section
])
def test_a_line_across_the_city_is_the_citys_story(headline, body, dateline, expected):
    assert primary_county(art(headline, body, dateline)) == expected


def test_a_commentary_labelled_with_one_unit_is_that_units():
    body = "今年以来，某地聚焦工业，产业链条不断延伸。全市规上工业企业达到300家。"
    assert primary_county(art("邹城：工业强市再提速", body, kind="commentary")) == "邹城市"
    assert primary_county(art("让乡村干净起来", body + "梁山县的做法值得学习。", kind="commentary")) == CITY_WIDE


def test_two_units_told_of_alike_are_not_one_units_story():
    body = "近年来，泗水县坚持产业兴村，全县新建大棚200个。曲阜市发展乡村旅游。泗水县、曲阜市携手共建。曲阜市游客增长。"
    assert primary_county(art("两地携手兴乡村", body, "济宁")) == CITY_WIDE


def test_a_headline_naming_one_unit_is_no_tour_for_its_subheadline():
    got = primary_county(art("曲阜市入选全域旅游示范区", "近日，名单公示，曲阜市成功入选。", "济宁",
                             subheadline="某景区在5A级景区初评中获第一，微山县文旅再添新名片"))
    assert got == "曲阜市"
    assert primary_county(art("某某到任城区泗水县调研", "某某一行调研。", "济宁")) == CITY_WIDE  # a tour stays the city's


def test_a_unit_label_opening_the_headline_beats_a_series_kicker_about_the_city():
    a = art("泗水县：某某循环农业项目", "全市观摩会来到泗水县，观摩某某项目。", dateline_place="济宁", kicker="高质量发展看济宁")
    assert primary_county(a) == "泗水县"
    # a county's own dateline is not overruled by the label's absence
    assert primary_county(art("某某循环农业项目", "观摩某某项目。", dateline_place="泗水", kicker="高质量发展看济宁")) == "泗水县"


def test_the_city_run_into_a_countys_name_is_its_address():
    assert primary_county(art("济宁市中区生态农业提质增效", "某某街道的菜农说。", dateline_place="济宁")) == "任城区"


def test_a_heading_naming_counties_under_a_bare_dateline_is_the_citys_story():
    assert primary_county(art("某某城际铁路下月开工 汶上、梁山将通动车", "线路全长100公里。")) == "全市"


def test_a_county_level_citys_label_opening_the_headline_is_its_story_too():
    a = art("邹城：某某文旅项目签约", "全市签约仪式上，某某项目落户。", dateline_place="济宁", kicker="高质量发展看济宁")
    assert primary_county(a) == "邹城市"


def test_a_lead_counting_the_units_a_thing_spans_makes_the_story_the_citys():
    # 本报济宁讯: a road across the city's units, starting in one county that the body then names most
    body = ("12月2日上午，某环湖公路全线贯通。该公路串联沿线6个县市区、15个乡镇，总长约150公里。"
            "公路起点位于泗水县某大桥，经泗水县、邹城市、曲阜市、兖州区，泗水县段最长。")
    article = SimpleNamespace(dateline_place="济宁", headline="某环湖公路全线贯通", kicker=None, subheadline=None,
                              body=body, kind="news")
    assert primary_county(article) == "全市"
    under_county = SimpleNamespace(**{**vars(article), "dateline_place": "泗水"})
    assert primary_county(under_county) == "泗水县"
