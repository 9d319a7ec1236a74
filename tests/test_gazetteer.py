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
])
def test_find_counties(text, expected):
    assert find_counties(text) == expected


def test_dateline_decides():
    assert primary_county(art("一头蒜走出国门", "全县大蒜", dateline_place="金乡")) == "金乡县"


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
