"""Year cues read with the knowledge in jdash/data/ (plans, congresses, plenums, anniversaries).
All text here is invented."""

from __future__ import annotations

import pytest

from jdash.dates import infer_year
from jdash.yearcues import (
    CUE_RULES,
    CYCLE_FROM,
    KNOWLEDGE_RULES,
    anniversaries,
    anniversary_cues,
    chinese_number,
    congress_cues,
    congress_terms,
    congresses,
    era_cues,
    eras,
    world_event_cues,
    ordinal_days,
    knowledge_cues,
    named_event_cues,
    page_cues,
    plan_cues,
    plans,
    plenum_cues,
    session_cues,
    sexagenary_cues,
    sexagenary_year,
    standing_committee_cues,
    zodiac_cues,
)


def _cues(rule, text):
    return [(e.relation, e.year) for e in rule(text)]


def _page_cues(text):
    """Every cue the page's text gives, as (rule, relation, year)."""
    return {(e.rule, e.relation, e.year) for e in page_cues(text)}


def test_the_knowledge_is_read_from_the_data_files():
    assert plans()["十三五"] == 2016 and plans()["十五五"] == 2026
    assert congresses()["二十大"] == 2022 and congresses()["二十一大"] == 2027
    assert anniversaries()["孔子诞辰"] == -551 and anniversaries()["红军长征胜利"] == 1936


@pytest.mark.parametrize(
    "text, cue",
    [
        ("今年是“十三五”规划实施的第一年，全镇新修道路12条。", ("=", 2016)),
        ("在“十二五”的第三年，园区引进项目9个。", ("=", 2013)),
        ("站在十四五中期的节点上，全区开展自查。", ("=", 2023)),
        ("做好“十五五”开局起步各项工作。", ("=", 2026)),
        ("明年是“十二五”收官之年，各部门要早作谋划。", ("=", 2014)),
        ("围绕“十四五”规划目标，加快建设步伐。", ("in", 2020)),  # 2020–2025, less likely after
        # Inside a quotation the plan is quoted ‘…’.
        ("“要奋力创造‘十四五’开局之年新业绩。”县长说。", ("=", 2021)),
        ("「十三五」收官之年，全县脱贫攻坚取得全面胜利。", ("=", 2020)),
    ],
)
def test_plan_periods_said_different_ways(text, cue):
    assert _cues(plan_cues, text) == [cue]


def test_fifteen_unquoted_is_a_number_not_a_plan():
    assert plan_cues("全县十五个乡镇参加评比。") == []
    assert _cues(plan_cues, "“十五”计划顺利完成。") == [("in", 2000)]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("今年是全面贯彻党的二十大精神的开局之年，全县上下干劲十足。", ("=", 2023)),
        ("在党的十九大召开之年，园区交出亮眼答卷。", ("=", 2017)),
        ("深入学习去年召开的党的十九大精神。", ("=", 2018)),
        ("以优异成绩迎接党的二十大胜利召开。", ("=", 2022)),
        ("党的十八大以来，全镇面貌焕然一新。", (">=", 2012)),
    ],
)
def test_party_congresses(text, cue):
    assert _cues(congress_cues, text) == [cue]


def test_plenums_bound_the_year_from_below():
    assert _cues(plenum_cues, "十八届三中全会以来，改革全面推进。") == [(">=", 2013)]


@pytest.mark.parametrize(
    "text, year",
    [
        ("纪念红军长征胜利80周年文艺演出在县城举行。", 2016),
        ("庆祝改革开放40周年图片展开幕。", 2018),
        ("喜迎新中国成立75周年，社区举办合唱比赛。", 2024),
        ("纪念孔子诞辰2570周年大会举行。", 2019),
        ("纪念抗战胜利70周年座谈会召开。", 2015),
        ("庆祝中国共产党成立一百周年。", 2021),
        ("庆祝建国70周年文艺晚会举行。", 2019),
        ("纪念七七事变80周年。", 2017),
    ],
)
def test_anniversaries(text, year):
    assert _cues(anniversary_cues, text) == [("=", year)]


def test_chinese_numbers():
    assert [chinese_number(t) for t in ("七十五", "一百零三", "2570", "")] == [75, 103, 2570, None]


def test_cues_come_in_text_order_with_their_text():
    cues = knowledge_cues("纪念红军长征胜利80周年。今年是“十三五”规划实施的第一年。")
    assert [e.rule for e in cues] == ["anniversary", "plan"]
    assert cues[1].text == "“十三五”规划实施的第一年" and cues[1].describe().endswith("(= 2016)")


@pytest.mark.parametrize(
    "text, year",
    [
        ("今年是全面贯彻党的二十大精神的开局之年。力争到2025年全县建成智慧社区40个。", 2023),
        ("纪念红军长征胜利80周年。“十三五”规划实施的第一年，全县新增就业5000人。", 2016),
        ("在党的十九大召开之年，全市新建学校20所，2016年以来累计投入30亿元。", 2017),
    ],
)
def test_knowledge_cues_decide_the_inferred_year(text, year):
    assert infer_year(text)[0] == year


def test_the_leaders_file_is_well_formed():
    """Every row names a post and a person, years in order, and cites a source."""
    from jdash.datafiles import read_table
    from jdash.yearcues import leaders

    rows = read_table("leaders.csv")
    assert rows and all(r["post"] and r["name"] and r["source"] for r in rows)
    assert all(lead.last is None or 1949 <= lead.first <= lead.last <= 2100 for lead in leaders())
    # A county-level post names its place, which leaves a bare post the paper prints alone.
    from jdash.yearcues import BARE_POSTS

    county = [lead for lead in leaders() if lead.places]
    assert county and all(lead.bare_post in BARE_POSTS and lead.post != lead.bare_post for lead in county)
    # Every county-level row cites the page its years are read from.
    assert all(r["url"] for r in rows if r["place"])


@pytest.mark.parametrize(
    "text, cues",
    [
        # A title chain before the name; the mayor in the same sentence has his own years.
        ("市委书记、市人大常委会主任马平昌，市委副书记、市长梅永红出席。", {("市长梅永红", 2010, 2015, ""), ("市委书记马平昌", 2011, 2015, "seen>")}),
        # A year only seen in office (2015?) is an end the term may reach beyond (yearmodel.SEEN_TAIL).
        ("市委书记马平昌出席会议。", {("市委书记马平昌", 2011, 2015, "seen>")}),
        # A holder still in office at the last source: a term's years from his first, any of them alike.
        ("省委书记林武来到济宁调研。", {("省委书记林武", 2022, 2026, "open>")}),
        # A deputy, a former holder, and a post that belongs to someone else named before are not cues.
        ("副市长梅永红出席。原市委书记马平昌讲话。", set()),
        ("原市委副书记、市长梅永红回到村里。", set()),
        ("市委书记周某、市长石光亮出席。", {("市长石光亮", 2018, 2020, "")}),
        # The city's 人大 and 政协 heads; one person in two posts is one cue over the wider span.
        ("市人大常委会主任马平昌出席。", {("市人大常委会主任马平昌", 2011, 2013, "seen>")}),
        ("济宁市政协主席霍媛媛一行调研。", {("市政协主席霍媛媛", 2024, 2024, "seen<>")}),
    ],
)
def test_leaders_by_public_record_are_year_evidence(text, cues):
    from jdash.yearcues import leader_cues

    assert {(e.text.split(" ")[0], e.year, e.until, e.profile) for e in leader_cues(text)} == cues


@pytest.mark.parametrize(
    "text, cues",
    [
        # A county-level post with its place, with the place said twice, and bare.
        ("市委常委、市中区委书记张辉出席。", {("市中区委书记张辉", 2011, 2013, "")}),
        ("汶上县县委书记赵东升主持会议。", {("汶上县委书记赵东升", 2010, 2012, "seen<>")}),
        ("县委书记赵东升主持会议。", {("汶上县委书记赵东升", 2010, 2012, "seen<>")}),
        ("曲阜市市长彭照辉致辞。", {("曲阜市长彭照辉", 2018, 2018, "seen<>")}),
        ("兖州区委副书记、区长王营主持会议。", {("兖州区长王营", 2022, 2022, "seen<>")}),
        ("区党工委副书记、管委会主任曹广州主持。", {("太白湖新区管委会主任曹广州", 2020, 2020, "seen<>")}),
        ("泗水县委副书记、县长王洪强出席。", {("泗水县长王洪强", 2025, 2025, "seen<>")}),
        ("梁山县委书记田卫东讲话。", {("梁山县委书记田卫东", 2013, 2013, "seen<>")}),
        # A deputy of the post, or the post said of the past, is no cue.
        ("曲阜市副市长彭照辉出席。原汶上县委书记赵东升讲话。", set()),
    ],
)
def test_county_leaders_by_public_record(text, cues):
    """Invented sentences naming county-level leaders of jdash/data/leaders.csv."""
    from jdash.yearcues import leader_cues

    assert {(e.text.split(" ")[0], e.year, e.until, e.profile) for e in leader_cues(text)} == cues


def test_a_leader_narrows_the_year_with_other_cues():
    """`2019年以来` alone is 2019 or 2020; with 市长石光亮 (2018–2020) and 市委书记傅明先 (seen 2019, left in February 2021)
    the page is of 2019–2020, and still no later than 2020."""
    from jdash.yearmodel import posterior

    shares = posterior(page_cues("市委书记傅明先、市长石光亮出席。2019年以来，全市新开工项目120个。"))
    assert shares[2019] + shares[2020] > 0.9 and shares.get(2021, 0) < 0.05


@pytest.mark.parametrize(
    "text, year",
    [
        ("曲阜举行甲午年春季祭孔大典。", 2014),
        ("农历丁酉年春节将至，社区开展送春联活动。", 2017),
        ("庚子年元宵节灯会取消。", 2020),
    ],
)
def test_a_sexagenary_year_names_the_year(text, year):
    assert _cues(sexagenary_cues, text) == [("=", year)]


def test_sexagenary_names_that_are_no_year():
    assert sexagenary_cues("纪念甲午战争爆发。甲丑年。清光绪甲午年，县城重修文庙。") == []
    assert sexagenary_year("癸卯") == 2023 and sexagenary_year("甲子") == CYCLE_FROM


@pytest.mark.parametrize(
    "text, cue",
    [
        ("2016中国（曲阜）国际孔子文化节在曲阜开幕。", ("=", 2016)),
        ("2019济宁马拉松鸣枪开跑。", ("=", 2019)),
        ("2021山东省旅游发展大会召开。", ("=", 2021)),
        ("2017某县赏花汇活动日前启动。", ("=", 2017)),
        ("2022某镇美食嘉年华热闹开场。", ("=", 2022)),
    ],
)
def test_an_event_named_with_its_year_in_front(text, cue):
    assert _cues(named_event_cues, text) == [cue]


@pytest.mark.parametrize(
    "text",
    ["2000余人参加运动会。", "2015名选手参加马拉松。", "2016户参加庙会。", "2018家商户汇聚一堂。", "2014届毕业生文化节。", "共有2016人次参加大会。", "2018年文化节开幕。"],
)
def test_a_count_before_an_event_is_no_year(text):
    assert named_event_cues(text) == []


@pytest.mark.parametrize(
    "text, year",
    [
        ("纪念孔子诞辰2567年大会举行。", 2016),
        ("庆祝新中国成立六十年来的巨大成就。", 2009),
    ],
)
def test_an_anniversary_without_zhou(text, year):
    assert _cues(anniversary_cues, text) == [("=", year)]
    assert anniversary_cues(text)[0].weight < anniversary_cues("红军长征胜利80周年")[0].weight


def test_an_anniversary_years_ago_is_no_anniversary():
    assert anniversary_cues("孔子诞辰2500年前的故事。") == []


@pytest.mark.parametrize(
    "text, cue",
    [
        ("主动适应经济发展新常态，全县经济稳中有进。", (">=", 2014, None)),
        ("统筹做好疫情防控和企业帮扶工作。", ("in", 2020, 2023)),
        ("加快培育新质生产力。", (">=", 2023, None)),
        ("扎实做好“六稳”工作，全面落实“六保”任务。", (">=", 2020, None)),
        ("锚定“走在前、挑大梁”，奋力推进项目建设。", (">=", 2024, None)),
        ("努力实现“三个走在前”。", (">=", 2021, None)),
        # Campaigns of some years, and phrases coined in a known year.
        ("深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育。", ("in", 2023, 2024)),
        ("扎实开展党纪学习教育，筑牢拒腐防变防线。", ("in", 2024, 2024)),
        ("深刻领悟“两个确立”的决定性意义。", (">=", 2021, None)),
        ("深化“一次办好”改革，优化营商环境。", (">=", 2018, None)),
        # A civil servant's numbered rank exists from June 2019 on.
        ("区管委会二级调研员周某陪同调研。", (">=", 2019, None)),
        ("建设宜居宜业和美乡村。", (">=", 2022, None)),
        ("召开全市绿色低碳高质量发展大会。", (">=", 2022, None)),
        ("奋进新时代，建功新征程。", (">=", 2017, None)),
        ("全镇上下齐心协力，坚决打赢脱贫攻坚战。", ("in", 2015, 2021)),
        ("全县脱贫攻坚取得决定性成就。", ("in", 2015, 2021)),
        # Said of the fight after it: looked back on any year since, or named at its summing-up.
        ("持续巩固脱贫攻坚成果。", (">=", 2016, None)),
        ("大力弘扬脱贫攻坚精神。", (">=", 2021, None)),
        # National leaders named with their post.
        ("深入学习贯彻习近平总书记重要讲话精神。", (">=", 2012, None)),
        ("李克强总理在政府工作报告中指出。", ("in", 2013, 2023)),
        ("温家宝总理来到某村看望群众。", ("in", 2003, 2013)),
    ],
)
def test_phrases_of_an_era(text, cue):
    assert cue in {(e.relation, e.year, e.until) for e in era_cues(text)}


def test_an_open_era_favours_no_later_year():
    """`新常态` (2014 on) says 2014 and 2020 alike; beside `2019年以来` the page is 2019 or 2020."""
    from jdash.yearmodel import likelihood, posterior

    cue = era_cues("经济发展新常态")[0]
    assert likelihood(cue, 2014) == likelihood(cue, 2020) > likelihood(cue, 2013)
    shares = posterior(page_cues("适应经济发展新常态。2019年以来，全县新增企业50家。"))
    assert max(shares, key=shares.get) in (2019, 2020)


def test_every_era_row_is_well_formed():
    assert all(first <= (last or first) and 0 < weight < 1 for _, first, last, weight in eras())


def test_knowledge_rules_are_named_not_counted():
    assert KNOWLEDGE_RULES == CUE_RULES[: len(KNOWLEDGE_RULES)]
    assert {e.rule for e in knowledge_cues("甲午年。2014孔子文化节。经济发展新常态。")} == {"sexagenary", "named event", "era"}
    assert knowledge_cues("2019年以来，全县新增企业50家。") == []


@pytest.mark.parametrize(
    "text, year",
    [
        ("全县干部收看十三届全国人大二次会议开幕盛况。", 2019),
        ("学习贯彻第十四届全国人民代表大会第一次会议精神。", 2023),
        ("全国政协十三届三次会议在京闭幕。", 2020),
        ("山东省第十三届人民代表大会第一次会议选举产生新一届领导。", 2018),
        ("省政协十二届二次会议期间，委员们踊跃建言。", 2019),
    ],
)
def test_sessions_of_the_congresses_name_their_year(text, year):
    assert _cues(session_cues, text) == [(">=", year)]
    assert infer_year(text)[0] == year


@pytest.mark.parametrize("text", ["十三届全国人大常委会第十次会议召开。", "县十八届人大二次会议闭幕。",
                                  "邹城市十八届人大二次会议闭幕。", "十三届全国人大代表张三出席。"])
def test_standing_committees_and_county_congresses_are_no_session_cue(text):
    assert session_cues(text) == []


@pytest.mark.parametrize("text, year", [("济宁市十七届人大一次会议开幕。", 2017), ("市政协十三届二次会议闭幕。", 2018)])
def test_the_citys_own_congress_sessions_name_their_year(text, year):
    assert _cues(session_cues, text) == [(">=", year)]


@pytest.mark.parametrize("text, year", [("省十二届人大二次会议选举产生新一任省长。", 2013),
                                        ("全县代表认真学习省十二届人大五次会议精神。", 2016),
                                        ("山东省第十二届人民代表大会第六次会议胜利闭幕。", 2017),
                                        ("全镇干部收看省十三届人大五次会议开幕式。", 2021),
                                        ("山东省第十三届人民代表大会第六次会议选举产生新任省长。", 2021),
                                        ("会议传达了省十三届人大七次会议精神。", 2022)])
def test_a_year_with_two_sessions_moves_the_later_sessions_a_year_earlier(text, year):
    # Shandong's 十二届人大 met twice in 2013 (congress_terms.csv): its fifth session met in 2016, not 2017; its
    # 十三届人大 met twice in 2020 and in 2021: its seventh session met in 2022, not after the term.
    assert _cues(session_cues, text) == [(">=", year)]


def test_a_session_numbered_beyond_its_terms_years_is_of_a_year_within_the_term():
    # Six sessions in a five-year term (2017–2021): some year held two; never 2022, the next term's first.
    text = "全县召开干部大会，传达市十七届人大六次会议精神。"
    [cue] = session_cues(text)
    assert (cue.relation, cue.year, cue.until) == ("in", 2019, 2021)
    assert not cue.holds(2022)
    # With a year of results printed (2019, the page likelier of the year after): 2020, far from certain
    # (read as one session a year, it was 2022).
    year, confidence = infer_year(text + "2019年，全县新建道路86公里。")[:2]
    assert year == 2020 and confidence < 0.7


@pytest.mark.parametrize(
    "text, span",
    [
        # The term's second meeting: its first year.
        ("市人大常委会主任会议决定，召开市十六届人大常委会第二次会议。", (2012, 2012)),
        # The thirtieth: the term's fourth to sixth year.
        ("会议传达了省十一届人大常委会第三十次会议精神。", (2011, 2013)),
        ("十三届全国人大常委会第十次会议在京举行。", (2019, 2019)),
        # Never beyond the term.
        ("十三届全国人大常委会第三十八次会议在京闭幕。", (2022, 2023)),
    ],
)
def test_a_standing_committees_meeting_falls_in_its_terms_years(text, span):
    assert [(e.relation, e.year, e.until) for e in standing_committee_cues(text)] == [("in", *span)]


def test_a_county_citys_standing_committee_is_not_the_citys():
    assert standing_committee_cues("邹城市十八届人大常委会第二次会议召开。") == []
    assert standing_committee_cues("县十八届人大常委会第二次会议召开。") == []


def test_standing_committee_meetings_with_the_years_printed_decide_the_year():
    text = ("市人大常委会召开主任会议，决定召开市十六届人大常委会第二次会议。会议传达了省十一届人大常委会第三十次会议精神。"
            "2012年度，全县确定了75项重点工程。")
    assert infer_year(text)[0] == 2012


def test_every_congress_term_runs_five_years():
    terms = congress_terms()
    for body in {b for b, _ in terms}:
        years = sorted(y for (b, _), y in terms.items() if b == body)
        assert all(later - earlier == 5 for earlier, later in zip(years, years[1:]))


def test_a_zodiac_animal_picks_among_the_years_other_cues_leave():
    """`兔年春节` is 2011, 2023 or 2035: alone no year; beside 市长于永生 (seen 2023: 2021–2025) it is 2023."""
    from jdash.yearmodel import judge_text

    assert [c.describe() for c in zodiac_cues("欢欢喜喜过兔年春节。")] == ["兔年春节 (… 2011, 2023, 2035 …)"]
    assert judge_text("欢欢喜喜过兔年春节。").year is None
    verdict = judge_text("市长于永生看望一线职工，祝大家兔年春节快乐。")
    assert verdict.year == 2023 and "兔年春节" in verdict.summary()
    without = judge_text("市长于永生看望一线职工，祝大家春节快乐。")
    assert without.year is None or without.confidence < verdict.confidence


@pytest.mark.parametrize("text", ["他属兔年生人。", "马年马月才能办成。", "牛年的故事"])
def test_an_animal_not_named_as_the_year_at_hand_is_no_cue(text):
    assert zodiac_cues(text) == []


@pytest.mark.parametrize(
    "text, cues",
    [
        # A plan's opening said as a good one.
        ("全区上下奋力实现“十四五”良好开局。", [("=", 2021)]),
        # … prepared for: the year before it.
        ("坚决完成全年任务，为“十五五”良好开局打下坚实基础。", [("=", 2025)]),
        # A printed year described by the plan: the printed year speaks for itself.
        ("2016年，是“十三五”规划实施的第一年，全镇新修道路12条。", []),
        # A plan's period looked back on as a whole: its last year or the next.
        ("发布会介绍了“十三五”期间全县交通建设成就。", [(">=", 2020)]),
        ("全区交出“十三五”时期发展的优异答卷。", [(">=", 2020)]),
        # A period set a goal is no review: merely named.
        ("确保“十三五”期间全县交通建设取得新成就。", [("in", 2015)]),
        # A plan's period under way, with no finished balance: merely named.
        ("“十三五”期间，全县将新建道路100公里。", [("in", 2015)]),
    ],
)
def test_a_plans_year_said_of_its_opening_or_its_period_looked_back_on(text, cues):
    assert _cues(plan_cues, text) == cues


def test_a_congress_year_said_of_a_printed_year_is_no_cue_of_its_own():
    text = "2023年，是全面贯彻党的二十大精神开局之年，全县经济回升向好。"
    assert _cues(congress_cues, text) == []
    assert _cues(congress_cues, "今年是全面贯彻党的二十大精神开局之年。") == [("=", 2023)]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("近日，省统计局公布的2017年经济“年报”显示，全省经济稳中向好。", ("report", ">=", 2018)),
        ("会议听取了协会2017年度财务工作报告。", ("report", ">=", 2018)),
        ("《2017年全县国民经济和社会发展统计公报》发布。", ("report", ">=", 2018)),
        # A year's 政府工作报告 is given early in that year: no report of a year past.
        ("会议听取了2017年政府工作报告。", ("year", ">=", 2017)),
        # An estimate of a year's result with 预计 before the year.
        ("预计2017年全县生产总值完成210亿元，增长6%。", ("estimate", ">=", 2017)),
        ("预计2027年建成投用。", ("target", "<=", 2027)),
        # A count up to a whole year is of the year ended.
        ("截至2017年，全县已建成旅游特色村5个。", ("counted", ">=", 2018)),
        # 去年 seen against a printed year: the same month, or the same figure.
        ("2016年9月收完玉米后播下麦种。自去年9月以来，全县无有效降水。", ("relative", "=", 2017)),
        ("全县去年接待游客215万人次。2016年共接待游客215万人次，同比增长9%。", ("relative", "=", 2017)),
        # A whole year looked back on, or appraised.
        ("2016年这一年，园区提出“二次创业”。", ("ended", ">=", 2017)),
        ("极不平凡的2016年已经画上圆满句号。", ("ended", ">=", 2017)),
        ("该县在全省2016年县域经济综合考评中列为先进县。", ("review", ">=", 2017)),
        # A whole year's settled figure said without a comma.
        ("2016年完成地区生产总值320.5亿元，比上年增长7.8%。", ("settled", ">=", 2017)),
        # A year's revenue is known once it has ended.
        ("2016年，全镇实现财政收入3200万元。", ("settled", ">=", 2017)),
        # … and a year's tourism revenue.
        ("2016年，全县旅游总收入达8亿元，同比增长12%。", ("settled", ">=", 2017)),
        # … also later in the sentence, and in a quotation.
        ("他说：“2016年，全县集中开工7个项目，全产业链产值增长41.1%。”", ("settled", ">=", 2017)),
        # … also opening a later clause, the metric reaching a figure.
        ("合作社吸引群众入社，2016年村集体收入达到58万元。", ("settled", ">=", 2017)),
        # The end of a span of years told as done is past or ending, no target.
        ("2014年至2016年接连举办了三届桃花节。", ("done span", ">=", 2016)),
        # A year's investment done is known once the year has ended.
        ("2016年，某区实施重点项目40个，完成投资58亿元。", ("settled", ">=", 2017)),
        ("2016年完成交通工程投资12.3亿元，连续三年完成投资超过10亿元。", ("settled", ">=", 2017)),
        ("2016年，某县完成固定资产投资120.5亿元，增长9%。", ("settled", ">=", 2017)),
        # A year's exports, counted once it has ended.
        ("2016年，全县山药出口额达2.6亿美元，同比增长8%。", ("settled", ">=", 2017)),
    ],
)
def test_years_past_read_from_what_is_said_of_them(text, cue):
    assert cue in _page_cues(text)


def test_last_years_figure_needs_the_same_figure():
    assert not [e for e in page_cues("全县去年接待游客215万人次。2016年共接待游客198万人次。") if e.rule == "relative"]
    # Two Septembers printed: 去年9月 cannot say which.
    assert not [e for e in page_cues("2015年9月开工，2016年9月竣工。去年9月以来，项目运行良好。") if e.rule == "relative"]


@pytest.mark.parametrize(
    "text, cue",
    [
        # The lead opens with its event's full date.
        ("本报汶上讯（记者 周七）2017年6月12日，全县重点项目集中开工。", ("lead date", ">=", 2017)),
        # A year set against 去年 is the page's own.
        ("2017年全县玉米种植面积80万亩，与去年基本持平。", ("this year", "=", 2017)),
        # Months counted from a start to the page.
        ("该工程自2016年9月开工建设，短短15个月，主体已完工。", ("elapsed", ">=", 2017)),
        # A holiday of a year, reported while the year runs.
        ("2017年春节期间，全县接待游客12万人次。", ("year", ">=", 2017)),
        # A day kept every year since a known first year, by its ordinal.
        ("在全国第38个植树节来临之际，全县干部群众义务植树。", ("ordinal day", "=", 2016)),
        ("在第三十二个教师节到来之际，县领导走访慰问教师。", ("ordinal day", "=", 2016)),
        ("今年6月是第15个全国“安全生产月”。", ("ordinal day", "=", 2016)),
        ("今年4月是第28个全国爱国卫生月，全县开展环境整治。", ("ordinal day", "=", 2016)),
        ("在第二十六次全国助残日来临之际，县残联走访困难家庭。", ("ordinal day", "=", 2016)),
        # A year's list of key projects is of the year under way.
        ("全县8个项目列入2016年省重点建设项目。", ("year projects", ">=", 2016)),
        ("2016年全市重点在建旅游项目86个，总投资376.7亿元。", ("year projects", ">=", 2016)),
        # A notice stamped with its month.
        ("全市一季度工业项目观摩评比结果（2016年4月）", ("date stamp", ">=", 2016)),
        ("全市2016年第二批重大项目集中开工。", ("year", ">=", 2016)),
    ],
)
def test_years_present_read_from_what_is_said_of_them(text, cue):
    assert cue in _page_cues(text)


def test_a_lead_dated_late_in_december_may_be_printed_the_year_after():
    late = [e for e in page_cues("本报汶上讯 2016年12月30日，全县重点项目集中开工。") if e.rule == "lead date"]
    assert [(e.year, e.profile) for e in late] == [(2016, "result")]


def test_a_full_date_later_in_a_sentence_or_a_history_is_no_lead_date():
    assert "lead date" not in {e.rule for e in page_cues("本报汶上讯（记者 周七）全县召开大会。2009年6月12日，老厂房拆除。")}
    assert "this year" not in {e.rule for e in page_cues("2017年全县玉米种植面积80万亩。去年同期为75万亩。")}


def test_ordinal_days_are_counted_from_their_first_year():
    assert ordinal_days()["植树节"] == 1979 and ordinal_days()["中国农民丰收节"] == 2018


def test_a_span_from_a_late_month_runs_as_likely_into_the_next_year():
    late = [e for e in page_cues("2016年11月份以来，全县降水持续偏少。") if e.rule == "since month"]
    early = [e for e in page_cues("2016年3月以来，全县降水持续偏少。") if e.rule == "since month"]
    assert [(e.relation, e.year, e.profile) for e in late] == [(">=", 2016, "result")]
    assert [(e.relation, e.year, e.profile) for e in early] == [(">=", 2016, "since")]


@pytest.mark.parametrize(
    "text, cues",
    [
        ("全县深入学习贯彻省第十一次党代会精神。", [(">=", 2017)]),
        ("今年召开的省第十二次党代会描绘了发展蓝图。", [("=", 2022)]),
        ("中国共产党山东省第十次代表大会胜利闭幕。", [(">=", 2012)]),
        # Another body's congress is none of the party's.
        ("共青团山东省第十五次代表大会开幕。", []),
    ],
)
def test_shandongs_party_congresses(text, cues):
    assert _cues(congress_cues, text) == cues


def test_a_span_of_years_still_to_come_is_a_target_one_told_done_is_not():
    assert ("target", "<=", 2016) not in _page_cues("2014年至2016年接连举办了三届桃花节。")
    assert ("target", "<=", 2025) in _page_cues("2021年至2025年将累计投资50亿元。")
    assert [e.profile for e in page_cues("2014年至2016年先后建成了三座大桥。") if e.rule == "done span"] == ["estimate"]


def test_years_counted_from_a_year_name_the_page_year():
    assert ("years counted", "=", 2016) in _page_cues("景区自2011年开发建设以来，坚持高标准规划。五年来，累计投资9亿元。")
    # Another year printed between: the count may be from it.
    assert "years counted" not in {e.rule for e in page_cues("自2011年开发以来，2013年建成一期。五年来，累计投资9亿元。")}


def test_a_month_opening_a_story_is_no_months_report():
    assert ("month", ">=", 2016) in _page_cues("2016年6月份，全市环境空气质量综合指数平均为4.73。")
    assert ("month", ">=", 2016) not in _page_cues("2016年8月份，全市文化建设新战略出台。")


def test_next_year_named_by_its_number():
    assert ("next year", "=", 2015) in _page_cues("为及早谋划明年工作，12月26日，全县召开2016年重点项目论证会。")
    # 今年 beside it, or a year set against another: no telling which year is which.
    assert "next year" not in {e.rule for e in page_cues("今年全县完成投资50亿元，明年力争比2015年增长10%。")}
    assert "next year" not in {e.rule for e in page_cues("明年全县产值力争比2015年增长10%。")}
    # A year before 明年 is the year under way, reviewed.
    assert "next year" not in {e.rule for e in page_cues("2015年全县完成投资50亿元，明年力争突破60亿元。")}
    # A year named as next year is a plan wherever the page prints it.
    assert ("target", "<=", 2016) in _page_cues("为谋划明年工作，全县召开2016年项目论证会。2016年项目共计70项。")


def test_a_sentence_of_estimates_settles_no_year():
    assert "settled" not in {e.rule for e in page_cues("2016年，全县集中开工7个项目，全年产值预计增长10%。")}
    assert "date stamp" not in {e.rule for e in page_cues("孔子研究院（2008年）建成开放。")}


def test_a_weekday_picks_among_the_years_other_cues_leave():
    weekday = [e for e in page_cues("3月5日（星期二），全县召开大会。") if e.rule == "weekday"]
    assert weekday and {2013, 2019, 2024} <= set(weekday[0].among) and 2018 not in weekday[0].among
    assert infer_year("3月5日（星期二），全县召开大会。")[0] is None  # alone it names no year
    assert infer_year("3月5日（星期二），全县召开大会。2017年以来，全县新增企业50家。")[0] == 2019


def test_a_lunar_date_beside_a_gregorian_one_names_the_year():
    lunar = [e for e in page_cues("时间：1月10日（农历腊月十六），地点：火车站。") if e.rule == "lunar date"]
    assert lunar and 2020 in lunar[0].among and 2019 not in lunar[0].among and 2021 not in lunar[0].among
    assert infer_year("1月10日（农历腊月十六），火车站迎来返乡客流。2018年以来，车站年年改造。")[0] == 2020


def test_a_festivals_holiday_printed_with_its_days():
    festival = [e for e in page_cues("今年中秋小长假，9月15日至17日，全市接待游客164万人次。") if e.rule == "festival"]
    assert festival and 2016 in festival[0].among and 2015 not in festival[0].among
    assert infer_year("今年中秋小长假，9月15日至17日，全市接待游客164万人次。“十三五”以来，旅游持续升温。")[0] == 2016


def test_a_festival_said_to_meet_a_fixed_day_picks_the_years_it_falls_near_it():
    """端午 met 六一 in 2014 (端午 on June 2), not in 2013 (June 12) or 2015 (June 20); 国庆's week reaches a
    中秋 of early October (2017: October 4), either order of the two."""
    [meets] = [e for e in page_cues("今年端午假期正逢“六一”，公园里孩子格外多。") if e.rule == "festival meets day"]
    assert 2014 in meets.among and not {2013, 2015, 2016} & set(meets.among)
    [autumn] = [e for e in page_cues("国庆长假撞上中秋，高速车流大增。") if e.rule == "festival meets day"]
    assert {2017, 2020} <= set(autumn.among) and 2016 not in autumn.among
    assert infer_year("今年端午假期正逢“六一”，公园里孩子格外多。2013年，全县新建公园8处。")[0] == 2014
    assert infer_year("今年端午假期正逢“六一”，公园里孩子格外多。")[0] is None  # alone it names no year
    assert not [e for e in page_cues("端午假期，全县游客如织；六一前夕，学校举办活动。") if e.rule == "festival meets day"]


def test_a_holidays_days_set_by_the_state_council_name_the_years_that_held_them():
    """五一 ran 4月29日至5月3日 only in 2023 of the years the table knows; the first three days of a five-day
    holiday are still within it (a report of part of the holiday rules out no year that held those days)."""
    [cue] = [e for e in page_cues("“五一”假期，4月29日至5月3日，全市接待游客120万人次。") if e.rule == "holiday days"]
    assert [y for y in cue.among if 2008 <= y <= 2025] == [2023] and 2030 in cue.among
    [part] = [e for e in page_cues("劳动节假期前三天，5月1日至3日，全县接待游客5万人次。") if e.rule == "holiday days"]
    assert {2015, 2024} <= set(part.among) and 2016 not in part.among
    assert infer_year("“五一”假期，4月29日至5月3日，全市接待游客120万人次。学习贯彻党的二十大精神。")[0] == 2023


def test_a_holidays_first_or_last_day_printed_with_its_date_names_the_years_it_began_or_ended_so():
    """五一 began on 4月29日 in 2012, 2013, 2017, 2018 and 2023 of the years the table knows; a holiday's end said
    of the day after (`结束后`) is no last day."""
    [first] = [e for e in page_cues("“五一”假期首日（4月29日），全市景区迎来客流高峰。") if e.rule == "holiday day"]
    assert [y for y in first.among if 2008 <= y <= 2025] == [2012, 2013, 2017, 2018, 2023] and 2030 in first.among
    [last] = [e for e in page_cues("5月5日，五一假期落下帷幕，全县接待游客8万人次。") if e.rule == "holiday day"]
    assert [y for y in last.among if 2008 <= y <= 2025] == [2020, 2021, 2024, 2025]
    assert not [e for e in page_cues("5月4日，“五一”假期结束后的第一天，全县项目复工。") if e.rule == "holiday day"]
    assert infer_year("5月5日，五一假期落下帷幕。2023年以来，全县新建景区3处。")[0] == 2024


def test_the_spring_festival_and_national_day_holidays_printed_with_their_days_name_their_years():
    """春节 ran 2月10日至17日 only in 2024 of the table's years, 国庆 10月1日至8日 in four of them; beside a plan
    period the spring festival's days make its one year of the table the likeliest (years after the table are never
    ruled out, so alone they name no year)."""
    [spring] = [e for e in page_cues("春节假期（2月10日至17日），全县接待游客30万人次。") if e.rule == "holiday days"]
    assert [y for y in spring.among if 2008 <= y <= 2025] == [2024]
    [national] = [e for e in page_cues("国庆假期，10月1日至8日，全市接待游客200万人次。") if e.rule == "holiday days"]
    assert [y for y in national.among if 2008 <= y <= 2025] == [2009, 2017, 2020, 2025]
    from jdash.yearmodel import judge_text
    assert judge_text("春节假期（2月10日至17日），全县接待游客30万人次。全县落实“十四五”文旅规划。").best == 2024


def test_an_event_named_by_its_host_dates_a_page_to_its_year_or_soon_after():
    """北京冬奥会 (2022), 杭州亚运会 (2023): held once, named by the host; spoken of that year or soon after."""
    [cue] = [e for e in page_cues("北京冬奥会闭幕后，某县冰雪装备订单增长。") if e.rule == "hosted event"]
    assert (cue.relation, cue.year) == (">=", 2022)
    assert infer_year("杭州亚运会期间，某县电商订单大增。全县上下学习贯彻党的二十大精神。")[0] == 2023
    assert not [e for e in page_cues("奥运会期间，某县举办全民健身活动。") if e.rule == "hosted event"]


def test_the_lunar_calendar_file_is_well_formed():
    from jdash.yearcues import lunar_months
    starts = sorted(lunar_months().values())
    gaps = {(b - a).days for a, b in zip(starts, starts[1:])}
    assert len(starts) >= 60 * 12 and gaps <= {29, 30, 58, 59, 60}  # a leap month (left out) makes two months one gap


def test_a_year_and_thereabouts_is_no_target():
    assert ("target", "<=", 2000) not in _page_cues("2000年前后，县城还没有一条柏油路。")


def test_a_meeting_held_once_is_spoken_of_that_year_or_soon_after():
    cues = [e for e in page_cues("今年以来，全县深入贯彻落实全省新旧动能转换重大工程动员大会精神。") if e.rule == "meeting"]
    assert [(e.relation, e.year, e.profile) for e in cues] == [(">=", 2018, "soon")]
    assert infer_year("笔者从全省新旧动能转换动员大会上获悉，全县两个园区入选。")[0] == 2018
    assert "meeting" not in {e.rule for e in page_cues("全县召开加快新旧动能转换工作推进会。")}


def _profiles(text):
    return {(e.rule, e.relation, e.year, e.profile) for e in page_cues(text)}


def test_a_batch_after_a_verb_is_not_the_years_own():
    """`2019年全市第一批` is a batch of the year under way; `2020年获批创建…和第二批…` is a scheme's batch,
    told of a year past: a plain year."""
    assert ("year", ">=", 2019, "soon") in _profiles("2019年全市第一批重大项目集中开工。")
    assert _profiles("2020年获批创建省级示范园和第二批国家级示范县奖励政策。") == {("year", ">=", 2020, "")}


def test_a_cloud_fair_named_with_its_year():
    assert _cues(named_event_cues, "8月6日，2021中国樱桃产业云展会在某县开幕。") == [("=", 2021)]


def test_a_span_ended_before_a_later_year_is_over():
    """`2015-2017年` beside `2019年…` is history, not a span still running: ≥ 2017, no ≤."""
    assert {c for c in _profiles("2015-2017年建成的学校已投入使用。2019年全县新建学校5所。") if c[0] == "span"} == \
        {("span", ">=", 2017, "")}
    assert {c[1:3] for c in _profiles("《2021—2025年行动方案》印发。") if c[0] == "span"} == {(">=", 2021), ("<=", 2025)}


def test_a_selection_of_the_year_said_at_its_clause_end():
    """`2020年度…示范点开始申报`: the selection word ends the clause, past the first 20 characters."""
    assert ("selection", ">=", 2020, "soon") in _profiles("本报讯 2020年度全省县及县以下乡村文化展示示范点开始申报。")


def test_an_open_term_and_a_named_plan_favour_none_of_their_years():
    """A leader still in office at the last source, a plan merely named: each of their years alike, less
    likely after (a term of TERM_YEARS; a plan's five years and the one before)."""
    from jdash.yearmodel import posterior

    shares = posterior(page_cues("省委书记林武来到济宁调研。"))
    # In office from December 2022 (leaders.csv `2022-12`): of 2022 only its last month.
    assert abs(shares[2023] - shares[2025]) < 1e-9 and shares[2027] < shares[2026] and shares.get(2021, 0) < shares[2022] < shares[2023] / 4
    shares = posterior(page_cues("围绕“十四五”规划目标，加快建设步伐。"))
    assert abs(shares[2020] - shares[2025]) < 1e-9 and shares[2026] < shares[2025]


@pytest.mark.parametrize(
    "text, cues",
    [
        ("7月26日，第二十届微山湖荷花节在县城开幕。", [("=", 2013)]),
        ("首届好客山东休闲汇期间，全市接待游客120万人次。", [("=", 2011)]),
        # An event that changed its rhythm: yearly up to its 6th (2013), every two years after.
        ("第三届世界儒学大会在孔子研究院召开。", [("=", 2010)]),
        ("第九届世界儒学大会在孔子研究院召开。", [("=", 2019)]),
        ("第五届鱼台龙虾节期间，夜市摊位增至200个。", [("=", 2021)]),
        # Every two years from 2010, yearly from its 6th (2020), by its long name or its short one.
        ("第四届尼山论坛的分论坛在邹城举行。", [("=", 2016)]),
        ("第八届尼山世界文明论坛期间，曲阜游客如织。", [("=", 2022)]),
        # Looked back on: the edition is past.
        ("自2011年举办首届好客山东休闲汇以来，全市休闲产业快速发展。", [(">=", 2011)]),
        # A count of other things, and an edition of an event not in the data, are no cues.
        ("本届荷花节共吸引游客20万人次。第五届读书节举行。", []),
        # The year the edition is printed with is its own, no look back.
        ("7月26日，2013年第二十届微山湖荷花节在县城开幕。", [("=", 2013)]),
    ],
)
def test_editions_of_yearly_events(text, cues):
    """Invented sentences naming editions of the events of jdash/data/event_editions.csv."""
    from jdash.yearcues import edition_cues

    assert _cues(edition_cues, text) == cues


@pytest.mark.parametrize(
    "text, cues",
    [
        ("4月12日，2016年第三届某某县桃花节在某镇开幕。", [("=", 2016)]),
        ("2019年首届某某杯乡村篮球赛昨天在县体育馆举行。", [("=", 2019)]),
        # A preview is printed in the edition's year too.
        ("2023年第五届某某读书节将于4月20日举行。", [("=", 2023)]),
        # Printed with its year and no count.
        ("庆祝2021年某某农民丰收节开幕式在某镇举行。", [("=", 2021)]),
        # An annual review's meeting (年度) meets the year after; a year that opens a clause names no event.
        ("2020年度某某表彰大会昨天召开。", []),
        ("2021年，全县举办各类节会12场。", []),
        # Looked back on, a prize won there, or no report at all: no cue of this kind (the year rule reads ≥).
        ("该县曾承办2016年第三届某某县桃花节。", []),
        ("他在2016年第三届某某技能大赛中荣获一等奖。", []),
        ("2016年第三届某某县桃花节的游客人数创新高。", []),
        ("自2016年第三届某某县桃花节举办以来，游客逐年增加。", []),
    ],
)
def test_an_edition_printed_with_its_year_and_reported_is_of_that_year(text, cues):
    """Invented sentences: `2016年第三届…节开幕` reports the edition of its page's year, whatever the event."""
    from jdash.yearcues import edition_year_cues

    assert _cues(edition_year_cues, text) == cues
    if cues:
        assert infer_year(text)[0] == cues[0][1]


@pytest.mark.parametrize(
    "text, cues",
    [
        ("在单产提升行动启动之年，全县建成示范方12个。", [("=", 2023)]),
        ("今年是实施乡村振兴战略的第三年，全镇新建示范村6个。", [("=", 2020)]),
        # The year the sentence describes speaks for itself.
        ("2018年，是实施乡村振兴战略的开局之年。", []),
        # A campaign merely named is no cue of this kind (era_phrases reads it).
        ("全县深入实施乡村振兴战略。", []),
    ],
)
def test_the_opening_year_of_a_campaign(text, cues):
    from jdash.yearcues import campaign_cues

    assert _cues(campaign_cues, text) == cues


def test_a_leader_who_left_bounds_the_year():
    """A 市委书记 with a known last year (leaders.csv: left for another province) rules out the years after it."""
    from jdash.yearcues import leader_cues

    (cue,) = leader_cues("市委书记林红玉出席会议。")
    assert (cue.year, cue.until) == (2021, 2024) and not cue.holds(2026)


@pytest.mark.parametrize(
    "text, cues",
    [
        # A body new in the 2019 reform: the year is 2019 or later.
        ("县农业农村局组织专家下乡指导春耕。", [(">=", 2019)]),
        # A body merged then: up to 2019; named within its years: both ends.
        ("市旅游局、市工商局联合检查景区。", [("<=", 2019), ("<=", 2019)]),
        ("县卫计委开展义诊活动。", [("in", 2013)]),
        # The longer name wins (文化和旅游局 is no 旅游局); a former body is history.
        ("区文化和旅游局举办非遗展演。", [(">=", 2019)]),
        ("他曾在原县旅游局工作多年。", []),
        # The giver of an honour of its time, told later: no present body.
        ("景区2012年被国家旅游局评为4A级景区。", []),
    ],
)
def test_bodies_named_as_in_their_years(text, cues):
    from jdash.yearcues import body_name_cues

    assert _cues(body_name_cues, text) == cues


@pytest.mark.parametrize(
    "text, cue",
    [
        ("党员们每天用学习强国答题。", (">=", 2019)),
        ("进出小区须出示健康码。", ("in", 2020)),
        ("全力打造乡村振兴齐鲁样板示范区。", (">=", 2018)),
        ("建设大豆大面积单产提升示范区5万亩。", (">=", 2023)),
        ("增强“四个意识”、坚定“四个自信”、做到“两个维护”。", (">=", 2016)),
        # The epidemic's years said other ways: as present, or as a blow to a year's figures.
        ("疫情之下，这家工厂订单不降反增。", ("in", 2020)),
        ("克服疫情影响，全县外贸稳中有升。", ("in", 2020)),
        ("统筹推进疫情防控和经济社会发展，项目建设提速。", ("in", 2020)),
    ],
)
def test_phrases_of_an_era_added(text, cue):
    assert cue in _cues(era_cues, text)


def test_the_epidemic_said_as_present_ends_with_2022_as_a_blow_looked_back_on_in_2023():
    [present] = [e for e in era_cues("疫情之下，这家工厂订单不降反增。")]
    [blow] = [e for e in era_cues("面对疫情冲击，全县外贸稳中有升。")]
    assert (present.year, present.until) == (2020, 2022) and (blow.year, blow.until) == (2020, 2023)


def test_a_phrase_of_some_years_beside_a_year_of_them_tells_of_that_year():
    """`2006年，温家宝总理来到某村` on a later page is a look back: the phrase's years say nothing of the page's
    (its printed year is read on its own); a phrase coined in a year and printed after it still counts."""
    assert _cues(era_cues, "2006年，温家宝总理来到某村看望群众。") == []
    assert _cues(era_cues, "十年前，温家宝总理来到某村看望群众。") == [("in", 2003)]
    assert _cues(era_cues, "2019年以来，深入学习贯彻习近平总书记重要讲话精神。") == [(">=", 2012)]
    # A target year later than the phrase's years is no look back.
    assert _cues(era_cues, "统筹疫情防控和经济社会发展，到2025年建成示范区。") == [("in", 2020)]


def test_a_leader_in_a_sentence_opening_with_a_year_of_the_term_is_history():
    """A column of the city's history (`2006年 …市委书记贾万志…`) names who held a post then; a year only
    later in the sentence (a headline's run into it, a span up to now) does not make it history."""
    from jdash.yearcues import leader_cues

    assert leader_cues("2006年，省长到嘉祥县看望群众，市委书记贾万志陪同。") == []
    assert [c.rule for c in leader_cues("本报讯 市委书记贾万志陪同省长看望群众。")] == ["leader"]
    assert [c.rule for c in leader_cues("2006年以来，市委书记贾万志多次到嘉祥县调研。")] == ["leader"]


@pytest.mark.parametrize(
    "text, years",
    [
        ("“世界杯”比赛期间，县城夜市的烧烤摊天天爆满。", (2002, 2006, 2010, 2014, 2018, 2022, 2026)),
        ("奥运会开幕当晚，社区广场支起大屏幕。", (2004, 2008, 2012, 2016, 2021, 2024, 2028)),
        ("冬奥会期间，滑雪场游客明显增多。", (2006, 2010, 2014, 2018, 2022, 2026)),
    ],
)
def test_a_world_event_under_way_is_of_one_of_its_years(text, years):
    [cue] = world_event_cues(text)
    assert (cue.relation, cue.among) == ("among", years)


@pytest.mark.parametrize("text", ["2014年世界杯期间，他第一次开网店。", "上届世界杯期间，订单翻了一番。",
                                  "篮球世界杯期间，球馆座无虚席。", "冬季奥运会期间，冰场开放。",
                                  "他从小就梦想去看世界杯。"])
def test_another_edition_or_another_sport_is_no_world_event_cue(text):
    assert world_event_cues(text) == []


def test_a_world_event_narrows_a_page_to_its_year_but_alone_says_none():
    assert infer_year("“世界杯”比赛期间，夜市烧烤订单翻番。")[0] is None
    # 2017 printed as past, a body that existed until 2019, and the World Cup under way: 2018.
    page = ("县旅发委负责人介绍，“世界杯”比赛期间，夜市烧烤订单翻番。2017年，该区建起美食街，"
            "今年街上商户已发展到300家。")
    assert infer_year(page)[0] == 2018


def test_a_county_leader_seen_in_one_year_gives_a_range_not_a_year(monkeypatch):
    """A county leader whom public record shows in office in one year only (`2020?` in leaders.csv; here an
    invented 某某县委书记周七) held the post some years around it: alone he gives the page no year, beside
    `2019年以来` he makes 2020 the likeliest without deciding it, and a year just beyond the one seen
    (the plan's first year, 2021) is not held against."""
    from jdash import yearcues
    from jdash.yearmodel import judge

    invented = yearcues._leader({"post": "某某县委书记", "name": "周七", "first_year": "2020?", "last_year": "2020?",
                                 "place": "某某县|某某"})
    monkeypatch.setattr(yearcues, "leaders", lambda: (invented,))
    yearcues._leader_res.cache_clear()
    try:
        alone = judge(page_cues("县委书记周七主持召开全县项目推进会。"))
        since = judge(page_cues("某某县委书记周七出席。2019年以来，全县新建道路40公里。"))
        plan = judge(page_cues("某某县委书记周七出席。今年是“十四五”规划实施的第一年。"))
        without = judge(page_cues("2019年以来，全县新建道路40公里。"))
    finally:  # read nothing after this while `leaders` is still patched: the cache would keep the invented one
        yearcues._leader_res.cache_clear()
    assert (alone.year, alone.best) == (None, 2020) and alone.confidence < 0.5
    assert without.best == 2019
    assert (since.year, since.best) == (None, 2020) and since.confidence < 0.9
    assert plan.year == 2021 and plan.confidence >= 0.9


def test_a_stock_of_investment_or_a_plan_of_it_settles_no_year():
    assert "settled" not in {e.rule for e in page_cues("2016年，某县共有40个项目列入省重点，总投资210亿元。")}
    assert "settled" not in {e.rule for e in page_cues("2016年，某县计划完成投资60亿元。")}


def test_a_step_of_a_places_history_listed_after_another_is_told_later():
    """`2009年…获…认可` after `2002年，…获…` in one sentence: a history: ≥ 2009, the years after it as likely as
    2009 itself; the older steps are implied by it; a step with its month (`2016年6月，…被授予`) is news."""
    from jdash.yearmodel import judge

    text = "某县是有名的山药之乡。2004年，某县获评全国山药生产基地县，2012年某县山药获国家地理标志认证。"
    assert ("history", ">=", 2012) in _page_cues(text) and ("year", ">=", 2004) in _page_cues(text)
    verdict = judge(page_cues(text))
    assert verdict.year is None and verdict.best == 2013
    assert [c.rule for c in verdict.evidence] == ["history"]
    assert "history" not in {e.rule for e in page_cues("2011年，某县获评示范县，2016年6月，某县被授予先进县称号。")}
    # one honour alone is no list
    assert "history" not in {e.rule for e in page_cues("2012年某县山药获国家地理标志认证。")}


def test_a_projects_schedule_to_the_month_is_set_soon_before_it():
    """`计划2016年12月竣工` is a target set within the year or the year before (profile `near`); a rule's start
    (`2026年1月起施行`) or a year alone (`到2016年`) may be set years ahead (no profile)."""
    from jdash.yearmodel import judge

    near = [c for c in page_cues("某某水厂计划2016年12月竣工，日供水4万立方米。") if c.rule == "target"]
    assert [(c.year, c.profile) for c in near] == [(2016, "near")]
    assert [c.profile for c in page_cues("新办法2026年1月起施行。") if c.rule == "target"] == [""]
    assert [c.profile for c in page_cues("力争到2016年建成。") if c.rule == "target"] == [""]
    assert judge(near).best == 2016 and judge(near).confidence > judge(page_cues("力争到2016年建成。")).confidence


def test_a_milestone_to_the_month_told_with_what_follows_it_is_a_schedule():
    """`2016年5月正式投产，全部建成后，年产…`: ≤ 2016, set soon before; a step done (`开工，目前已…`) is none."""
    text = "某建材项目总投资6000万元，2016年5月正式投产，全部建成后，年产砌块1亿块。"
    assert [(c.rule, c.relation, c.year, c.profile) for c in page_cues(text) if c.rule == "schedule"] == \
        [("schedule", "<=", 2016, "near")]
    assert "schedule" not in {c.rule for c in page_cues("某项目2014年3月开工，目前已完成主体工程，建成后年产2万吨。")}
    assert "schedule" not in {c.rule for c in page_cues("某项目2014年3月投产，年产2万吨。")}


def test_a_forecast_of_a_years_settled_figure_is_made_within_the_year_or_just_before():
    """`预计2021年…集体收入…达到…` forecasts a figure known only once 2021 has ended: ≤ 2021, set within the
    year or the one before (profile `near`); a target of another kind (`预计2030年建成`) keeps the flat profile."""
    from jdash.yearmodel import judge

    text = "蘑菇棚已经投产，预计2021年某村集体收入可达到35万元。"
    forecast = [c for c in page_cues(text) if c.rule == "target"]
    assert [(c.relation, c.year, c.profile) for c in forecast] == [("<=", 2021, "near")]
    assert [c.profile for c in page_cues("某公园预计2030年建成，总投资3亿元。") if c.rule == "target"] == [""]
    # Beside a year told as past (`2020年，…建了…`), the forecast's own year wins over the year told.
    told = "2020年，某镇投入资金30万元，帮助某村建了2个蘑菇棚。" + text
    assert judge(page_cues(told)).best == 2021


@pytest.mark.parametrize(
    "text, cues",
    [
        ("今年3月18日上午，济宁经开区正式揭牌成立，首批入驻企业12家。", [("=", 2014)]),
        ("在济宁经开区成立5周年座谈会上，与会者回顾了园区建设历程。", [("=", 2019)]),
        # Founded and named since: no earlier than the founding, any later year alike.
        ("济宁经济技术开发区成立以来，累计引进项目40个。", [(">=", 2014)]),
        # The founding told with its year, or with no word of when: that printed year speaks for itself, or nothing.
        ("2014年，济宁经开区挂牌成立。", []),
        ("济宁经济技术开发区挂牌成立，园区面积扩大。", []),
    ],
)
def test_a_unit_founded_in_a_known_year(text, cues):
    """Invented sentences about the zones of jdash/data/unit_foundings.csv."""
    from jdash.yearcues import founding_cues

    assert _cues(founding_cues, text) == cues
    if cues and cues[0][0] == "=":
        assert infer_year(text)[0] == cues[0][1]


def test_an_edition_of_a_new_year_festival_counts_from_its_first_year():
    """`第五届太白湖捕鱼节` (first held at the New Year of 2016) is of 2020; its weight is the lowest of the table's
    (an edition opening on 1 January is reported in the last days of the year before too)."""
    from jdash.yearcues import edition_cues

    cues = edition_cues("元旦当天，第五届太白湖捕鱼节开网，游客争相购买头网鱼。")
    assert [(c.relation, c.year) for c in cues] == [("=", 2020)]
    assert cues[0].weight < 0.7


@pytest.mark.parametrize(
    "text, cues",
    [
        ("全县以开展“大项目突破年”活动为抓手，新开工项目16个。", [("=", 2012)]),
        ("大项目突破年活动推进会召开。会上，大项目突破年各项任务分解到镇街。", [("=", 2012)]),
        ("全县开展项目建设攻坚活动。", []),
    ],
)
def test_the_citys_theme_of_one_year(text, cues):
    """Invented sentences naming a theme of jdash/data/annual_themes.csv: the page is of the theme's year, once."""
    from jdash.yearcues import annual_theme_cues

    assert _cues(annual_theme_cues, text) == cues


def test_a_secretary_who_took_office_in_december_holds_one_month_of_that_year():
    """leaders.csv gives 马平昌's start as 2011-12 (the yearbook still shows his predecessor on 1 December 2011): a
    page naming him is hardly of 2011, and one of April cannot be."""
    from jdash.yearcues import leader_cues
    from jdash.yearmodel import held_share, judge

    cue, = leader_cues("市委书记马平昌在某县调研。")
    assert (cue.year, cue.months[0]) == (2011, 12) and held_share(cue, 2011) == 1 / 12
    assert judge([cue], frozenset({3, 4, 5})).best != 2011


def test_years_counted_from_a_start_said_with_kaishi():
    """`三年前，…，2016年4月开始…`: a start said with 开始 and the years ago its sentence counts first: 2016 + 3 = 2019;
    with the count after it (`…开始建设。四年来，…`), 2016 + 4. A month's start is no report of that month."""
    cues = [c for c in page_cues("三年前，这片河滩还长满荒草，2016年4月开始治理，如今已成湿地公园。") if c.rule != "era"]
    assert [(c.rule, c.relation, c.year) for c in cues] == [("years counted", "=", 2019)]
    after = page_cues("某镇2016年4月开始建设花卉基地。四年来，基地带动农户320户。")
    assert [(c.rule, c.year) for c in after] == [("years counted", 2020)]
    assert "month" not in {c.rule for c in page_cues("2016年4月份开始，全镇新建大棚56个。")}


def test_a_year_opening_a_statement_after_a_lead_in_and_colon_is_read_as_opening_a_sentence():
    assert ("settled", ">=", 2020) in _page_cues("统计显示：2019年，某村集体收入达到42万元。")
    assert ("settled", ">=", 2020) not in _page_cues("时间：2019年，某村集体收入达到42万元。")  # a form's field, no lead-in


def test_an_event_named_with_its_year_and_told_as_to_come_is_that_years():
    assert ("event to come", "=", 2016) in _page_cues("记者获悉，2016年某县梨花节将于4月8日开幕。")
    assert all(rule != "event to come" for rule, _, _ in _page_cues("2016年梨花节期间，共接待游客8万人次。"))


def test_an_edition_named_with_its_year_and_quoted_after_its_host():
    assert ("edition year", "=", 2021) in _page_cues("10月8日，2021年某市“菊花节”在某县某街道开幕。")
    for told_later in ("2019年某市“梨花节”期间举办了多场活动，曾吸引游客。", "2019年某县“梨花节”举办以来，游客逐年增多。"):
        assert all(rule != "edition year" for rule, _, _ in _page_cues(told_later))


def test_a_december_meeting_named_with_its_year_dates_the_page_after_it():
    assert ("december meeting", ">=", 2020) in _page_cues("2019年中央经济工作会议提出，要稳字当头。")


def test_a_tour_named_with_its_year_is_a_named_event():
    assert ("named event", "=", 2017) in _page_cues("2017文化中国行采风团来到某县。")


def test_the_pair_of_a_2023_work_conference_is_an_era_of_2024():
    assert ("era", ">=", 2024) in _page_cues("今年要以进促稳、先立后破。")


def test_the_latest_past_result_bounds_the_page_and_older_ones_are_its_history():
    from jdash.yearmodel import judge_text

    text = ("在2015年全省开发区综合评价中，某园区位列第五。2016年，被评为省级示范园区。"
            "2017年实现一般公共预算收入3.2亿元，增长9%。")
    assert judge_text(text).year == 2018


def test_an_event_whose_public_counts_disagree_has_no_edition_cue():
    assert not [c for c in page_cues("第九届金乡大蒜节开幕。") if c.rule == "edition"]
