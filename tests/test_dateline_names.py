"""Reporters named without a role word in a dateline's brackets (`本报济宁讯（张明 李华）12月1日，…`), and
brackets after a dateline that name no one (issues 10 and 14). All text is invented."""

from jdash.parse.credits import person_names
from jdash.parser import parse_page


def _first(text: str):
    return parse_page(text, "invented.txt")[0]


def test_names_without_role_word_are_reporters_and_the_date_after_them_the_event_date():
    article = _first("全市港口吞吐量创新高\n\n本报济宁讯（张明 李华）12月1日，全市港口货物吞吐量突破一亿吨，同比增长百分之五。")
    assert [r.name for r in article.reporters] == ["张明", "李华"]
    assert article.event_date == "--12-01"


def test_one_name_and_a_date_with_a_time_of_day():
    article = _first("某镇举办文化节\n\n本报曲阜讯（王强）3月5日上午，某镇第五届文化节开幕，吸引游客三万人次。")
    assert [r.name for r in article.reporters] == ["王强"]
    assert article.event_date == "--03-05"


def test_names_separated_by_a_pause_mark_and_a_surname_listed_late():
    article = _first("某县新建仓储中心投用\n\n本报嘉祥讯（赖明、周小华）近日，某县新建的仓储中心投入使用，可存粮十万吨。")
    assert [r.name for r in article.reporters] == ["赖明", "周小华"]


def test_a_place_or_a_word_in_brackets_after_the_dateline_is_no_reporter():
    for bracket in ("梁山县", "黄河", "图", "以下简称港航集团", "金乡 鱼台"):
        article = _first(f"某项目集中开工\n\n本报济宁讯（{bracket}）5月6日，某项目集中开工，总投资十亿元。")
        assert article.reporters == [], bracket


def test_labelled_credits_stay_as_they_were():
    article = _first("某项目集中开工\n\n本报济宁讯（记者 张明 通讯员 李华）5月6日，某项目集中开工，总投资十亿元。")
    assert [(r.name, r.role) for r in article.reporters] == [("张明", "记者"), ("李华", "通讯员")]
    assert article.event_date == "--05-06"


def test_a_station_before_a_name_is_left_out_and_the_name_kept():
    article = _first("某项目集中开工\n\n本报济宁讯（邹城台 张明 某某台 李华）5月6日，某项目集中开工，总投资十亿元。")
    assert [r.name for r in article.reporters] == ["张明", "李华"]


def test_person_names():
    assert person_names("张明 李华") == ["张明", "李华"] and person_names("王 磊 张明") == ["王磊", "张明"]
    assert person_names("高新区") == person_names("文化馆") == person_names("图") == []
