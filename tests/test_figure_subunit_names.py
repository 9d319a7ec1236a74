"""Sub-units a careful reader tells from the story, each named in the figure's label (issue 14, figure precision;
"sub-unit", the largest wrong kind of every blind judging): an event's programme counted after its headline or lead
names it, a village named once with its town or by its speaker and then spoken of as 全村 or 村集体, a firm whose
registered name opens with its place and a trade name jieba reads as a verb. Such a figure is the sub-unit's, its
label names it and it stays off the county cards, while a county's own total stays the county's. Invented text."""

from jdash.confidence import SOLID
from jdash.figure_subject import article_thing, clause_opening_subject, is_epithet, place_named_before, subject_of
from jdash.figures import extract_figures


def by_value(text: str, county: str, heading: str = "") -> dict[float, object]:
    return {f.value: f for f in extract_figures(text, county, heading=heading)}


FORUM = ("本报讯 前天，从筹备组获悉，第三届青禾论坛定于10月12日至14日在泗水县举办，届时将有20多个国家的"
         "180名学者将出席。本届论坛分为4个议题。\n"
         "截至记者发稿，报名学者已达160名，主论坛学者90名。会议期间另有5场圆桌对话。\n"
         "今年上半年，泗水县地区生产总值增长6.2%。")


def test_an_events_programme_after_its_headline_is_the_events():
    figs = by_value(FORUM, "泗水县", "第三届青禾论坛12日在泗水开幕")
    for value in (20, 180, 4, 160, 90, 5):
        assert figs[value].metric.startswith("青禾论坛"), figs[value]
        assert figs[value].confidence < SOLID
    assert figs[6.2].metric == "地区生产总值增速"  # the county's own, printed so


def test_an_edition_names_an_event_however_short_and_however_reported():
    assert article_thing("第三届青禾论坛12日开幕", "") == "青禾论坛"  # two characters before 论坛
    lead = "5月20日晚，第四届中国·青禾樱桃节于东湖公园拉开帷幕。"  # no verb of the held list
    assert article_thing("樱桃熟了", lead) == "中国·青禾樱桃节"
    assert article_thing("樱桃熟了", "5月20日晚，青禾樱桃节于东湖公园拉开帷幕。") is None  # no edition: no festival read


def test_an_event_held_in_a_county_and_a_quoted_slogan_leave_its_figures_the_events():
    text = ("本报讯 5月20日晚，第四届中国·青禾樱桃节于泗水县东湖公园拉开帷幕。节会期间举办了“乐游泗水”歌舞专场，"
            "观众达2万余人次，现场签约项目8个。目前，全县樱桃种植面积6万亩。")
    figs = by_value(text, "泗水县", "樱桃熟了")
    assert figs[2].metric.startswith("中国·青禾樱桃节") and figs[8].metric.startswith("中国·青禾樱桃节")
    assert "樱桃节" not in figs[6].metric  # 全县: the county's


def test_an_event_told_of_what_it_does_is_named_after_its_place():
    text = "本报讯 秋风送爽。10月9日下午，2020年泗水县投资合作推介会于深圳召开。在95家参会单位中，有金融企业20家。"
    assert article_thing("孔孟之乡喜迎客", text) == "泗水县投资合作推介会"
    figs = by_value(text, "泗水县", "孔孟之乡喜迎客 泗水县赴深举办推介会")
    assert figs[95].metric.startswith("泗水县投资合作推介会"), figs[95]


def test_a_place_named_by_its_fame_is_the_place_itself_not_a_township():
    # 孔孟之乡, the city's well-known epithet, which jieba cuts as a name and 乡 (a township's ending)
    assert is_epithet("孔孟之乡") and subject_of("孔孟之乡喜迎客") == ""
    assert not is_epithet("青禾乡") and subject_of("青禾乡") == "青禾乡"


def test_a_village_whose_body_tells_the_reporter_speaks_for_the_village():
    assert clause_opening_subject("某某街道杨楼村党支部委员王某介绍") == "杨楼村"
    assert clause_opening_subject("杨楼村村民王某说") is None  # a villager speaks for no one
    figs = by_value("某某街道杨楼村党支部委员王某介绍，今年共栽种金银花450亩。", "泗水县")
    assert figs[450].metric.startswith("杨楼村") and figs[450].confidence < SOLID


def test_whole_village_after_its_speaker_is_the_village_in_a_towns_story():
    text = "“收入一年比一年高。”杨楼村党支部书记王某说，全村共有300户，仅民宿就有12家。"
    figs = by_value(text, "泗水县", "某某镇：农旅融合")
    assert figs[300].metric.startswith("杨楼村") and figs[12].metric.startswith("杨楼村")


def test_a_town_pointed_back_to_with_a_measure_word_is_the_listed_town():
    text = "泉林镇地处山区。这些年，这个镇看中境内的3万亩果园，决定发展乡村旅游。"
    figs = by_value(text, "泗水县")
    assert figs[3].metric.startswith("泉林镇"), figs[3]


def test_a_villages_collective_and_villagers_after_it_was_named_are_the_villages():
    text = "说起杨楼村，人人称赞。村集体经济收入达到90万元，村民人均收入3万元。"
    figs = by_value(text, "全市")
    assert figs[90].metric.startswith("杨楼村") and figs[3].metric.startswith("杨楼村")
    assert figs[90].canonical_metric is None
    assert place_named_before("全县村民人均收入", "村", 4) is None  # no village named: none is read


def test_a_firms_registered_name_runs_back_to_its_place():
    text = "日前，泗水县同江西非常生态农业有限公司种苗基地项目签订协议。该项目拟投资3亿元。河南想念食品有限公司出资2亿元。"
    figs = by_value(text, "泗水县")
    assert figs[3].metric.startswith("江西非常生态农业有限公司"), figs[3]
    assert figs[2].metric.startswith("河南想念食品有限公司"), figs[2]


def test_whole_town_in_a_towns_story_stays_the_listed_town():
    text = "本报讯 泉林镇加快发展。“特色养殖”蓬勃兴起泉林镇拥有湖面1万亩。全镇鱼藕套养面积3000亩。"
    figs = by_value(text, "泗水县", "泉林镇：特色养殖富农家")
    assert figs[3000].metric.startswith("泉林镇"), figs[3000]
