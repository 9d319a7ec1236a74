import copy

from jdash.enrich import enrich_articles
from jdash.gazetteer import CITY_WIDE
from jdash.model import Article, Reporter


def article(order, headline, body, dateline=None, reporters=()):
    return Article(id=f"x{order}", source="p.txt", order=order, headline=headline, subheadline=None, kind="news",
                   body=body, dateline_place=dateline, reporters=[Reporter(r, "记者") for r in reporters])


PAGE = [
    article(0, "梁山县召开项目建设推进会", "本报梁山讯（记者 孟凡强）梁山县委书记高志远出席会议。今年，梁山县计划实施重点项目52个，总投资310亿元。",
            dateline="梁山", reporters=["孟凡强"]),
    article(1, "梁山县举办招聘会", "梁山县人社局组织62家企业参加招聘会，提供就业岗位2300余个。梁山县持续稳就业。"),
    article(2, "全区稳就业工作会议召开", "近日，全区稳就业工作会议召开。县长付春燕出席会议并讲话，高志远强调要稳岗。"),
]


def test_fills_every_entity_field_without_touching_inputs():
    before = copy.deepcopy(PAGE)
    out = enrich_articles(PAGE)
    assert PAGE == before
    first = out[0]
    assert first.counties == ["梁山县"] and first.primary_county == "梁山县"
    assert [m.name for m in first.officials] == ["高志远"]
    assert {(f.value, f.unit, f.county) for f in first.figures} >= {(52, "个", "梁山县"), (310, "亿元", "梁山县")}
    assert first.topics and first.topics[0]["topic"] == "项目建设/招商引资"
    assert first.keywords and "孟凡强" not in [m.name for m in first.officials]


def test_page_county_and_known_officials_carry_over():
    out = enrich_articles(PAGE)
    third = out[2]
    assert third.primary_county == "梁山县"  # 全区 on a 梁山 page, no county named
    assert {m.name for m in third.officials} == {"付春燕", "高志远"}  # 高志远 printed bare here


def test_reporters_never_officials():
    a = article(0, "会议召开", "副市长宋仪凯出席。", reporters=["宋仪凯"])
    assert enrich_articles([a])[0].officials == []


def test_empty_batch():
    assert enrich_articles([]) == []


def test_city_leaders_make_city_wide_figures_in_a_county_level_city():
    city = article(0, "市领导调研林业", "市委书记林海涛到邹城市检查造林绿化。年内全市新增造林8万亩。", dateline="邹城")
    own = article(1, "邹城造林绿化提速", "邹城市委书记宋立新介绍，年内全市新增造林3万亩。", dateline="邹城")
    a, b = enrich_articles([city, own])
    assert a.primary_county == "邹城市" and [f.county for f in a.figures] == ["全市"]
    assert b.primary_county == "邹城市" and [f.county for f in b.figures] == ["邹城市"]


def test_a_city_datelined_or_county_naming_story_keeps_its_own_place_on_a_county_page():
    page = PAGE + [
        article(3, "全市项目建设稳步推进", "今天全市52个项目开工。县委、县政府组建专班。", dateline="济宁"),
        article(4, "全县项目观摩", "泗水县组织观摩。县委书记赵明辉说，全县项目进展顺利。"),
    ]
    out = enrich_articles(page)
    assert out[2].primary_county == "梁山县"  # names no county and has no dateline: the page's
    assert out[3].primary_county == CITY_WIDE and out[4].primary_county == "泗水县"


def test_the_dateline_county_is_among_the_articles_counties():
    a = article(0, "我县8个项目集中开工", "今天，我县8个重点项目集中开工，总投资14亿元。", dateline="嘉祥")
    assert enrich_articles([a])[0].counties == ["嘉祥县"]


def test_a_zones_page_takes_its_city_datelined_stories_that_speak_from_inside_it():
    """A zone has no dateline of its own: 本报济宁讯 … 全区 … 区党工委 on a zone's page is the zone's; on a county's
    page, or speaking for the city (全市), it is not."""
    zone = [
        article(0, "高新区项目开工", "本报济宁讯 济宁高新区12个项目开工。", dateline="济宁"),
        article(1, "高新区招商签约", "本报济宁讯 济宁高新区签约项目8个。", dateline="济宁"),
        article(2, "全区稳就业会议召开", "本报济宁讯 近日，全区稳就业会议召开。区党工委委员出席。", dateline="济宁"),
        article(3, "全市稳就业会议召开", "本报济宁讯 近日，全市稳就业会议召开。区党工委委员出席。", dateline="济宁"),
    ]
    out = enrich_articles(zone)
    assert [a.primary_county for a in out] == ["济宁高新区", "济宁高新区", "济宁高新区", CITY_WIDE]
    county = [article(i, f"梁山县项目{i}", "梁山县项目开工。", dateline="梁山") for i in range(2)] + [zone[2]]
    assert enrich_articles(county)[2].primary_county == CITY_WIDE


def test_an_editors_note_names_no_officials_and_a_datelined_citys_meeting_owns_its_bare_bodies():
    from dataclasses import replace

    note = replace(article(0, "编者按", "编者按：今年春节，本网将继续深入学习贯彻习近平总书记重要批示精神，记录时代变化。"),
                   kind="notice")
    meeting = article(1, "委员分组讨论", "出席市政协九次会议的委员分组讨论。市政协主席赵明远，副主席孙丽华参加讨论。", dateline="邹城")
    out = enrich_articles([note, meeting])
    assert out[0].officials == []
    assert {m.name: m.level for m in out[1].officials} == {"赵明远": "county", "孙丽华": "county"}
