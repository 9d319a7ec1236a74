import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdash.figures import extract_figures, parse_number, prepare

SISHUI = ("今年以来，泗水县认真贯彻落实市委、市政府制造强市决策部署。1至6月份，44家助企攀登企业实现营业\n"
          "收入35.9亿元，实现利润2.52亿元，税收2.67\n亿元，其中15家企业营收增幅超过50%。")


def by_value(figures):
    return {f.value: f for f in figures}


def test_sishui_example():
    figs = by_value(extract_figures(SISHUI, county="泗水县"))
    for value, measure in ((35.9, "营业收入"), (2.52, "利润"), (2.67, "税收")):
        f = figs[value]  # the 44 firms' measures, named as theirs; firms' revenue stays comparable (comparable_classes.txt)
        assert (f.unit, f.metric, f.canonical_metric, f.county, f.period, f.kind) == \
            ("亿元", "助企攀登企业" + measure, measure, "泗水县", "1至6月份", "amount")
        assert f.subject == "44家助企攀登企业"
        assert f.base_unit == "元"
    assert figs[35.9].normalised_value == 3_590_000_000
    assert figs[44].kind == "count" and figs[44].metric == "助企攀登企业"
    assert figs[50].kind == "rate" and figs[50].approx == "超过" and figs[50].canonical_metric == "营业收入"


def test_jiaxiang_example():
    text = ("在嘉祥县举行的2024年春季高质量发展重大项目建设现场推进会上，集中开工重大项目11\n个，涉及数字经济等多个领域，总投资154亿元。"
            "今年，嘉祥县计划实施县级以上重点项目76个，总投资\n620亿元，其中，省级重点项目14个。")
    figs = extract_figures(text, county="嘉祥县")
    got = [(f.value, f.unit, f.metric, f.county) for f in figs]
    assert (11, "个", "集中开工重大项目", "嘉祥县") in got
    assert (154, "亿元", "集中开工重大项目总投资", "嘉祥县") in got  # a batch's sum named after the batch
    assert (76, "个", "重点项目", "嘉祥县") in got
    assert (620, "亿元", "重点项目总投资", "嘉祥县") in got
    assert (14, "个", "省级重点项目", "嘉祥县") in got


def test_spaced_numbers_are_joined():
    figs = extract_figures("上半年报件9 个批次、面积 337.143 亩。开工仪式所在地项目，总投资 53 亿元。")
    assert [(f.value, f.unit) for f in figs] == [(9, "个"), (337.143, "亩"), (53, "亿元")]


def test_not_figures():
    text = ("5月7日，2021年度表现突出的集体，第八批第一书记，入选第六批名单，N95口罩、5G网络、DCMM贯标，"
            "24小时轮番上阵，3个月的等待期，“231”产业，4·29事故，10月底前，PM2.5浓度，电话13912345678元。")
    assert extract_figures(text) == []


def test_approximations_and_shares():
    figs = by_value(extract_figures("企业20余家，2021年产值超40亿元，普工1200\n余人，占比77.3%，增加产能100%，覆盖率达70.25%，订单增加30%左右。"))
    assert figs[20].approx == "余" and figs[1200].approx == "余"
    assert figs[40].approx == "超" and figs[40].period == "2021年" and figs[40].metric == "产值"
    assert figs[77.3].kind == "share" and figs[70.25].kind == "share"
    assert figs[100].kind == "rate" and figs[30].approx == "左右"


def test_respectively_pairs_rates_with_amounts():
    figs = extract_figures("1至9月份，全县接待游客486.3万人次，实现旅游综合收入24.6亿元，分别增长16.2%和18.7%。", county="泗水县")
    got = {f.value: f.metric for f in figs}
    # each rate is named after the amount it pairs with, as a growth rate (see test_growth_rates_…)
    assert got[16.2] == "接待游客增速" and got[18.7] == "旅游综合收入增速"
    assert {f.value: f.canonical_metric for f in figs}[16.2] == "游客接待量"


def test_city_wide_marker_and_listed_counties():
    figs = extract_figures("与会人员先后深入市中区、兖州市、邹城市等地，实地观摩了32个在建重点项目。全市完成投资468.3亿元。")
    # several counties listed before a figure: it is the whole city's, not the last one named
    assert [f.county for f in figs] == ["全市", "全市"]
    assert figs[0].metric == "在建重点项目"


def test_county_named_in_sentence_wins():
    figs = extract_figures("今年以来，金乡县出口大蒜1800吨。", county="全市")
    assert figs[0].county == "金乡县" and figs[0].period == "今年以来"


def test_full_width_digits():
    figs = extract_figures("前三季度，全市实现地区生产总值３０２８．６亿元，增长７．８％。")
    assert [(f.value, f.unit, f.kind) for f in figs] == [(3028.6, "亿元", "amount"), (7.8, "%", "rate")]
    assert figs[1].canonical_metric == "地区生产总值"


# --- property tests for number reading ---

amounts = st.decimals(min_value="0.01", max_value="99999.99", places=2).map(lambda d: d.normalize())
scales = st.sampled_from([("元", 1), ("万元", 1e4), ("亿元", 1e8), ("万人", 1e4), ("亩", 1), ("万吨", 1e4)])


def _printed(d) -> str:
    s = format(d, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


@settings(max_examples=150, deadline=None)
@given(amounts, scales, st.sampled_from(["", " ", "\n", " \n"]))
def test_number_with_unit_survives_wraps_and_spaces(amount, unit_scale, gap):
    unit, factor = unit_scale
    printed = _printed(amount)
    figs = extract_figures(f"全年实现营业收入{printed}{gap}{unit}，同比增长。")
    assert len(figs) == 1
    f = figs[0]
    assert f.unit == unit and abs(f.value - float(printed)) < 1e-9
    assert abs(f.normalised_value - float(printed) * factor) <= 1e-6 * max(1.0, float(printed) * factor)


FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")


@settings(max_examples=100, deadline=None)
@given(amounts)
def test_full_width_equals_half_width(amount):
    printed = _printed(amount)
    half = extract_figures(f"完成投资{printed}亿元。")
    full = extract_figures(f"完成投资{printed.translate(FULL)}亿元。")
    assert [(f.value, f.unit, f.normalised_value) for f in half] == [(f.value, f.unit, f.normalised_value) for f in full]


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_parse_number_round_trips(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n).translate(FULL)) == n


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=99))
def test_digits_split_by_a_line_wrap_are_joined(whole, frac):
    text = f"{whole}.{frac}"
    cut = len(str(whole))
    wrapped = text[:cut] + "\n" + text[cut:]
    assert prepare(f"投资{wrapped}亿元") == f"投资{text}亿元"
    figs = extract_figures(f"完成投资{wrapped}亿元。")
    assert figs[0].value == float(text)


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=1900, max_value=2099), st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28))
def test_dates_are_never_figures(year, month, day):
    assert extract_figures(f"{year}年{month}月{day}日，会议召开。{year} 年 {month} 月举行。") == []


def test_every_figure_sentence_is_quoted_from_its_article():
    """The source sentence is evidence: it must be the printed text, punctuation included."""
    from pathlib import Path

    from jdash.pipeline import process_page

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    checked = 0
    for page in sorted(seeds.glob("*.txt")):
        for article in process_page(page.name, page.read_bytes()).articles:
            body = re.sub(r"\s+", "", article.body)
            for figure in article.figures:
                assert re.sub(r"\s+", "", figure.sentence) in body, figure.sentence
                checked += 1
    assert checked > 100


# ---- rates, shares and changes are named apart from the amounts they qualify

def test_growth_and_decline_rates_are_named_after_their_amount():
    figs = extract_figures("1至6月份，全县实现社会消费品零售总额88.2亿元，同比增长7.4%。上半年，全市单位产值能耗同比下降3.1%。")
    got = {f.value: f for f in figs}
    assert (got[7.4].metric, got[7.4].canonical_metric, got[7.4].kind) == ("社会消费品零售总额增速", "社会消费品零售总额", "rate")
    assert got[88.2].metric == "社会消费品零售总额" and got[88.2].kind == "amount"
    assert got[3.1].metric.endswith("能耗降幅")


def test_rate_words_already_printed_and_levels_reached_are_left_alone():
    got = by_value(extract_figures("营收增幅超过20%。全市新能源汽车产量占全省的比重提高到21.7%。带量采购平均降价超过40%。"))
    assert got[20].metric == "营收增幅"
    assert got[21.7].kind == "share" and got[21.7].metric == "新能源汽车产量占全省比重"  # 提高到: a level, not a change
    assert got[40].metric == "平均降价"  # the change word is the metric's own; 平均 qualifies it


def test_respectively_with_listed_measures_and_no_amounts():
    figs = extract_figures("去年，全县各类火灾起数、受伤人数同比分别下降8.5%和6.2%。")
    assert [(f.value, f.metric) for f in figs] == [(8.5, "火灾起数降幅"), (6.2, "受伤人数降幅")]


def test_shares_are_named_after_their_part_and_their_whole():
    got = by_value(extract_figures("截至9月底，全县已完成土地流转面积12.4万亩，占耕地面积的38.6%。"
                                   "全区高新技术产业产值占规上工业总产值的比重达到47.1%。"))
    # a share of a printed whole names both, and is no county's level (figure_metric.share_of_whole)
    assert got[38.6].kind == "share" and got[38.6].metric == "土地流转面积占耕地面积比重" and got[38.6].canonical_metric is None
    assert got[47.1].metric == "高新技术产业产值占规上工业总产值比重" and got[47.1].canonical_metric is None


def test_a_change_is_named_as_a_change_and_kept_apart_from_levels():
    figs = extract_figures("1至9月份，全县空气质量优良天数同比增加19天。")
    assert figs[0].metric == "空气质量优良天数增加" and figs[0].kind == "count"
    got = by_value(extract_figures("全年实现产值126亿元，比上年增加12亿元。"))
    assert (got[12].metric, got[12].canonical_metric) == ("产值增加", None)  # never summed with 产值 levels
    assert got[126].canonical_metric == "产值"


# ---- metric phrase boundaries

@pytest.mark.parametrize("text, value, metric", [
    ("今年，全县建成垃圾收集点46个。", 46, "垃圾收集点"),  # jieba reads 点 as a numeral
    ("全县新增创业孵化站35个。", 35, "新增创业孵化站"),  # 新增 is a flow: kept (figure_metric.qualified)
    ("全县完工保障房3200套。", 3200, "保障房"),  # a one-character head takes the word before it
    ("全县光伏企业整合为58家。", 58, "光伏企业"),  # 整合为: the verb before 为 is the predicate
    ("全县认定农业示范园（区）9家。", 9, "农业示范园"),  # a bracketed aside before the number
    ("全镇已有87个村完成改造。", 87, "完成改造村"),  # a bare unit kind after a count, named by what the units did
    ("帮助900余名农民转移就业。", 900, "转移就业农民"),  # the verbs that end the clause say which are counted
    ("目前，全县已有41家专业合作社和家庭农场与农户签订协议。", 41, "专业合作社和家庭农场"),
    ("全县绿化覆盖率力争达到45%。", 45, "绿化覆盖率"),  # 力争 is a verb; 绿化 is part of the measure
    ("去年新增省级专精特新企业12家，总数达到64家。", 64, "省级专精特新企业"),  # a total of what came before
    ("去年成立总规模3亿元的乡村振兴产业引导基金。", 3, "乡村振兴产业引导基金"),  # the size of what follows 的
    ("引进9个科技含量高、成长性好的新兴产业项目，涵盖多个领域。", 9, "新兴产业项目"),  # an attributive clause
    ("3000余户村民住进了宽敞明亮的新房。", 3000, "村民"),  # …but not a predicate ending in 的新房
])
def test_metric_phrase_boundaries(text, value, metric):
    assert by_value(extract_figures(text))[value].metric == metric


def test_a_scale_without_a_unit_takes_no_one_character_metric():
    # 4万筐: a bare scale followed by a classifier jdash does not know is not a count of 筐
    assert 4 not in by_value(extract_figures("收获莲藕3个品种，另有4万筐。"))  # nothing it measures: not emitted


@pytest.mark.parametrize("text, period", [
    ("今冬明春，全县计划新修机耕路45公里。", "今冬明春"),
    ("今春全县新栽苗木80万株。", "今春"),
    ("今年6月以来，全区发放消费券800万元。", "今年6月以来"),
    ("今年夏收以来，全县收购小麦12万吨。", "今年夏收以来"),
])
def test_season_periods(text, period):
    assert extract_figures(text)[0].period == period


def test_city_event_in_a_county_level_city_keeps_the_city_wide_figures():
    text = "年内全市新增造林8万亩。"
    assert extract_figures(text, county="邹城市")[0].county == "邹城市"  # 全市 in 邹城's own story is 邹城市
    assert extract_figures(text, county="邹城市", city_event=True)[0].county == "全市"


# ---- number reading rules (jdash.figure_read)

def test_a_threshold_is_not_a_figure_the_count_after_it_is():
    figs = extract_figures("全市共有投资10亿元以上项目7个。")
    # the count keeps the bound of its class (issue 14 figure precision, kind 5)
    assert [(f.value, f.unit, f.metric) for f in figs] == [(7, "个", "10亿元以上项目")]
    # a bound closing its clause is a measure
    assert [(f.value, f.approx) for f in extract_figures("全年完成投资10亿元以上，同比增长5%。")][0] == (10, "以上")


@pytest.mark.parametrize("text, value, unit, approx", [
    ("力争增长5%至6%。", 6, "%", "5至"),
    ("新建农家书屋15至20个。", 20, "个", "15至"),
    ("新打机井1万多口。", 1, "万口", "多"),
    ("争取上级资金三千万元。", 3000, "万元", None),
    ("帮扶两百多人就业。", 200, "人", "多"),
])
def test_ranges_approximations_and_chinese_numerals(text, value, unit, approx):
    figs = extract_figures(text)
    assert [(f.value, f.unit, f.approx) for f in figs] == [(value, unit, approx)]


def test_chinese_numerals_without_a_place_value_are_words():
    assert extract_figures("一个项目，千家万户，三四家企业，第十二个。") == []


def test_chinese_number():
    from jdash.figure_read import chinese_number

    assert [chinese_number(s) for s in ("三千", "一百二十", "十五", "两千零五", "三四")] == [3000, 120, 15, 2005, None]


def test_the_same_figure_printed_twice_is_kept_once():
    figs = extract_figures("全县新开工项目212个。新开工项目212个，总投资93亿元。")
    assert [(f.value, f.metric) for f in figs] == [(212, "新开工项目"), (93, "新开工项目总投资")]


# ---- metric rules and adjustments (jdash.figure_metric)

@pytest.mark.parametrize("text, value, metric", [
    ("其中省级重点项目3个、市级7个。", 7, "市级重点项目"),  # a level word stands for the thing counted before
    ("单位新闻 12条", 12, None),  # a label from the paper's apparatus names nothing (not emitted)
    ("项目投产后可带来就业岗位300个。", 300, "就业岗位"),  # 带来 governs, it is not the measure
    ("全年共联系服务群众121人。", 121, "群众"),
])
def test_junk_labels_are_not_metrics(text, value, metric):
    figs = by_value(extract_figures(text))
    got = figs[value].metric if metric else figs.get(value)
    assert got == metric or (metric and got and metric.endswith(got))


def test_metric_rules_are_ordered_and_each_names_an_example():
    from jdash.figure_metric import ADJUSTMENTS, METRIC_RULES

    assert [r.__name__ for r in METRIC_RULES[:5]] == ["class_after_examples", "counted_bounded_class", "class_joined_after_count",
                                                     "counted_as_what_they_became", "counted_after"]
    for rule in METRIC_RULES + ADJUSTMENTS:
        assert rule.__doc__ and any("\u4e00" <= c <= "\u9fff" for c in rule.__doc__), rule.__name__


def test_long_sentence_keeps_a_bounded_excerpt_around_the_figure():
    text = "全县" + "推进项目建设，" * 60 + "完成投资12.5亿元，" + "抓好落实，" * 60 + "取得成效。"
    fig = extract_figures(text)[0]
    assert fig.value == 12.5 and len(fig.sentence) <= 200 and "12.5亿元" in fig.sentence


REPO = Path(__file__).resolve().parents[1]  # `bench` lives at the repository's root, next to `jdash`
# The child's own peak (bench.hostile.own_peak_mib, VmHWM): `ru_maxrss` carries the pytest process's peak over the exec.
CRAFTED = r'''
import sys
sys.path.insert(0, REPO)
from bench.hostile import own_peak_mib
from jdash.figures import extract_figures
text = "同比增长" + "".join(f"{i % 997}.{i % 7}%、" for i in range(11000))
assert len(text.encode()) > 95_000
figs = extract_figures(text)
assert len(figs) > 5000 and max(len(f.sentence) for f in figs) <= 200
print(int(own_peak_mib() * 1024))
'''.replace("REPO", repr(str(REPO)))


def test_a_98_kb_page_of_rates_parses_with_bounded_memory():
    """Issue 9: `同比增长` then `1.1%、` repeated once cost minutes and 15 GB (a backward scan per figure,
    the whole sentence stored per figure). Each figure now costs what its own neighbourhood costs."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", CRAFTED], capture_output=True, text=True, check=True)
    peak_kib = int(out.stdout.split()[-1])
    assert peak_kib < 1_000_000, f"peak {peak_kib // 1024} MB"  # measured ~200 MB, most of it jieba


def test_the_city_as_object_or_yardstick_leaves_the_figure_with_the_county():
    figs = extract_figures("兖州区纳入全市集中开工项目23个，总投资93.8亿元。", county="全市")
    assert [f.county for f in figs] == ["兖州区", "兖州区"]
    share = extract_figures("金乡县完成投资12亿元，占全市的15%。", county="全市")[1]
    assert share.county == "金乡县"
    # 全市 opening a later clause as its subject still takes the figure
    assert extract_figures("泗水县召开会议，全市完成投资300亿元。")[0].county == "全市"


def test_the_paragraphs_county_holds_before_a_later_city_yardstick():
    text = "今年，汶上县共有89个项目纳入重点项目。其中，省市重点项目29个，入选数量全市第2。"
    figs = by_value(extract_figures(text, county="全市"))
    assert figs[29].county == "汶上县"
    assert by_value(extract_figures("此次集中开工项目共计212个。"))[212].metric.endswith("项目")


# ---- issue 14, figure precision: periods and places (invented text)

@pytest.mark.parametrize("text, period", [
    ("今年前三季度，全县粮食产量较2019年同期增长3.5%。", "今年前三季度"),  # a base year is no period
    ("全区税收收入比上年增长8%。", None),
    ("自2018年以来，全县累计建成农村公路420公里。", "2018年以来"),
    ("全年实现地区生产总值320亿元。", "全年"),
    ("2014年，全县大蒜交易市场全年交易量达到126万吨。", "2014年"),  # 全年 only when nothing else is printed
    ("截至目前，全区新开工项目35个。", "截至目前"),
    ("今年1—9月，全县完成投资86亿元。", "1—9月"),
])
def test_periods_and_base_years(text, period):
    assert extract_figures(text)[0].period == period


def test_province_wide_figures_are_their_own_facet():
    figs = extract_figures("全省新开工项目1200个，山东省外贸进出口总额达到3.2万亿元。", county="兖州区")
    assert [f.county for f in figs] == ["全省", "全省"]
    # 山东省级 is a level: the figure stays with the city named before
    assert extract_figures("全市共有山东省级专精特新企业20家。")[0].county == "全市"


def test_the_articles_own_county_takes_back_a_figure_after_the_city_is_named():
    figs = extract_figures("在全市重点项目观摩活动中，我区新开工项目27个。", county="兖州区")
    assert figs[0].county == "兖州区"
    assert extract_figures("全市新开工项目212个。", county="兖州区")[0].county == "全市"


# ---- issue 14 figure failure kinds, one rule each (invented text)

def only_at(text, value, **kw):
    got = [f for f in extract_figures(text, **kw) if f.value == value]
    assert len(got) == 1, got
    return got[0]


def test_a_verb_label_keeps_the_noun_it_governs():
    # 帮扶 says the households are those helped this year, not the county's needy (act_on_counted)
    assert only_at("今年以来，全县累计帮扶困难群众3200户。", 3200).metric == "帮扶困难群众"


def test_a_verb_carried_from_another_clause_names_nothing():
    assert [f.value for f in extract_figures("其中，推进12个，实施8个。")] == [12]  # 8 names nothing: not emitted


def test_a_verb_that_is_the_counted_event_stays():
    assert only_at("全年发生事故46起、死亡39人。", 39).metric == "死亡"


def test_a_verb_printed_again_after_the_number_stays():
    assert only_at("计划实现脱贫1.2万人，截至9月底，已有1.05万人实现稳定脱贫。", 1.05).metric == "脱贫"


@pytest.mark.parametrize("text, period", [
    ("1至9月份，全县地区生产总值完成120亿元。", "1至9月份"),
    ("前三季度，全县地区生产总值完成120亿元。", "前三季度"),
    ("上半年，全县地区生产总值完成120亿元。", "上半年"),
    ("今年以来，全县地区生产总值完成120亿元。", "今年以来"),
    ("“十四五”以来，全县地区生产总值完成120亿元。", "十四五以来"),
    ("前10个月，全县地区生产总值完成120亿元。", "前10个月"),
    ("前两个月，全县地区生产总值完成120亿元。", "前两个月"),
    ("2024年底，全县地区生产总值完成120亿元。", "2024年底"),
    ("到今年底，全县地区生产总值完成120亿元。", "今年底"),
    ("一至九月份，全县地区生产总值完成120亿元。", "一至九月份"),
    ("9月份，全县地区生产总值完成120亿元。", "9月份"),
    ("近三年，全县地区生产总值累计完成120亿元。", "近三年"),
    ("三年来，全县地区生产总值累计完成120亿元。", "三年来"),
    ("9月5日，全县地区生产总值完成120亿元。", None),
])
def test_report_period_words(text, period):
    assert only_at(text, 120).period == period


def test_whole_year_in_the_figures_own_clause_after_a_part_of_the_year():
    figs = by_value(extract_figures("上半年实现营业收入25亿元，预计全年可达55亿元。"))
    assert (figs[25].period, figs[55].period) == ("上半年", "全年")


def test_whole_year_after_a_year_keeps_the_year():
    assert only_at("2019年，全年实现营业收入55亿元。", 55).period == "2019年"


@pytest.mark.parametrize("text, targets", [
    ("力争全年实现营业收入50亿元、新开工项目30个。", {50: True, 30: True}),
    ("上半年实现营业收入25亿元，预计全年可达55亿元。", {25: False, 55: True}),
    ("目标是营业收入达到100亿元，上半年已完成60亿元。", {100: True, 60: False}),
    ("上半年，全县完成目标任务的62%。", {62: False}),
    ("上半年，全县完成年度目标的85%。", {85: False}),
    ("全县实现计划的92%。", {92: False}),
    ("项目计划总投资10亿元。", {10: True}),
    ("今年已争取上级资金8.6亿元。", {8.6: False}),
])
def test_targets_are_marked_as_targets_not_results(text, targets):
    assert {f.value: f.target for f in extract_figures(text)} == targets


def test_percentage_points_are_not_percentages():
    figs = by_value(extract_figures("城镇化率达到62.3%，比上年提高1.5个百分点，较全省高0.8百分点。"))
    assert (figs[62.3].unit, figs[1.5].unit, figs[0.8].unit) == ("%", "个百分点", "百分点")
    assert figs[1.5].kind == figs[0.8].kind == "rate"
    assert figs[1.5].metric == "城镇化率比上年提高" and figs[1.5].canonical_metric is None
    assert figs[0.8].metric == "城镇化率较全省高"


def test_the_same_figure_repeated_without_its_period_is_kept_once():
    figs = extract_figures("全县新开工项目212个，总投资93.8亿元。今年以来，全县新开工项目212个。", county="泗水县")
    assert [(f.value, f.unit) for f in figs] == [(212, "个"), (93.8, "亿元")]


def test_two_figures_with_one_value_and_other_periods_are_both_kept():
    figs = extract_figures("一季度全县营业收入12亿元。二季度全县营业收入12亿元。", county="泗水县")
    assert [f.period for f in figs] == ["一季度", "二季度"]


def test_two_metrics_with_one_rate_are_both_kept():
    figs = extract_figures("全县营业收入增长12%，利润增长12%。", county="泗水县")
    assert [f.metric for f in figs] == ["营业收入增速", "利润增速"]


@pytest.mark.parametrize("text, metric", [
    ("1至9月份，全县地区生产总值增长6.5%，高于全省1.2个百分点。", "地区生产总值增速高于全省"),
    ("前三季度，规上工业增加值同比增长8.1%，比全市高1.2个百分点。", "规上工业增加值增速比全市高"),
    ("全县营业收入下降3%，降幅比全市低1.2个百分点。", "营业收入降幅比全市低"),
])
def test_a_comparison_belongs_to_the_rate_it_compares(text, metric):
    figure = only_at(text, 1.2, county="泗水县")
    assert (figure.metric, figure.canonical_metric, figure.county) == (metric, None, "泗水县")


def test_a_growth_rate_compared_with_last_year_keeps_its_metric():
    figure = only_at("全县一般公共预算收入完成12.3亿元，比上年增长5.2%。", 5.2, county="泗水县")
    assert (figure.metric, figure.canonical_metric, figure.period) == ("一般公共预算收入增速", "一般公共预算收入", None)


@pytest.mark.parametrize("text, value, metric", [
    ("全县建成5G基站300个。", 300, "5G基站"),
    ("全县建成300个5G基站。", 300, "5G基站"),
    ("全县新增3A级景区2家。", 2, "新增3A级景区"),
])
def test_a_code_glued_to_a_noun_belongs_to_the_metric(text, value, metric):
    assert only_at(text, value).metric == metric


def test_a_growth_in_times_is_named_as_a_growth():
    figure = only_at("全县规上工业企业达到328家，同比增长1.2倍。", 1.2)
    assert (figure.metric, figure.kind) == ("规上工业企业增速", "rate")


def test_counties_listed_before_respectively_take_the_figures_in_order():
    figs = extract_figures("任城区、兖州区分别完成投资12亿元、8亿元。", county="泗水县")
    assert [(f.value, f.county) for f in figs] == [(12, "任城区"), (8, "兖州区")]


def test_a_clause_naming_one_county_keeps_its_figure_though_the_sentence_names_two():
    figs = extract_figures("其中，曲阜市完成投资15亿元，邹城市完成投资12亿元。", county="泗水县")
    assert [(f.value, f.county) for f in figs] == [(15, "曲阜市"), (12, "邹城市")]


def test_three_counties_and_two_figures_are_not_paired():
    figs = extract_figures("任城区、兖州区、邹城市分别完成投资12亿元、8亿元。", county="泗水县")
    assert {f.county for f in figs} == {"泗水县"}


def test_wan_and_qian_printed_together_are_one_number():
    figs = extract_figures("假期8天共接待游客3万5千多人次。")
    assert [(f.value, f.unit, f.approx) for f in figs] == [(3.5, "万人次", "多")]


def test_sentence_scan_finds_every_clause_end_and_every_done_mark():
    """_Sentence.scan's clause ends and 已 marks are every such character of t[lo:hi], found by one pattern each."""
    import random

    from jdash.figure_metric import CLAUSE_END
    from jdash.figures import _Sentence

    rng = random.Random(9)
    alphabet = "".join(CLAUSE_END) + "已完成投资3亿元全县"
    for _ in range(300):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        lo = rng.randint(0, len(t))
        hi = rng.randint(lo, len(t))
        s = _Sentence.scan(t, lo, hi)
        assert s.clause_ends == [i for i in range(lo, hi) if t[i] in CLAUSE_END]
        assert s.dones == [i for i in range(lo, hi) if t[i] == "已"]
