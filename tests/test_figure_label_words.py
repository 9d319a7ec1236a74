"""A metric label's own words (issue 14, figure precision: the judges' kinds label-fragment and label-vague): a
modal word glued on, a noun cut from its head, a bare class word whose class the sentence says, a verb, idiom or
adjective alone, a frame after the number, kinds of a thing, quote marks that do not pair, a qualifier alone.
All text invented."""

import pytest

from jdash.confidence import label_is_noun_phrase
from jdash.figure_metric import balanced_quotes, relative_clause_before, without_modal_tail
from jdash.figures import extract_figures

NOT_EMITTED = "not emitted"


def label_of(text: str, value: float, county: str = "某县") -> str | None:
    return next((f.metric for f in extract_figures(text, county) if f.value == value), NOT_EMITTED)


LABELS = [
    # without_modal_tail: 有望, 可达 say how sure, not what; 可 inside a word stays
    ("今年全县小麦亩产有望达到600公斤。", 600, "小麦亩产"),
    ("家庭农场年纯收入可达30万元—40万元。", 40, "家庭农场年纯收入"),
    ("全县办理行政许可1200件。", 1200, "行政许可"),
    # a noun kept whole: a one-character head, a word jieba reads as a place, a designation's head, a set phrase
    ("工地新打降水井6眼。", 6, "降水井"),
    ("今年全乡整修灌溉塘坝7座。", 7, "灌溉塘坝"),
    ("开园当天入园人数超过5万人。", 5, "入园人数"),
    ("金乡大蒜种植面积60万亩。", 60, "大蒜种植面积"),  # a place of the city stays out
    ("全市有4个全国产粮大县。", 4, "全国产粮大县"),
    ("村里30位老人围坐在树下。", 30, "老人"),  # 围坐在 ends in no noun
    # relative_clause_before: a bare class word takes the clause that says which of them are counted
    ("全县通过研发机构认定的企业36家。", 36, "通过研发机构认定的企业"),
    ("全县完成亮化的道路18条。", 18, "完成亮化的道路"),
    ("全县的道路18条。", 18, "道路"),
    ("今年全县共有12家企业通过研发机构认定。", 12, "通过研发机构认定的企业"),  # _by_whom: after the count
    # lone_act: a verb alone takes the noun after the number; what names nothing leaves no label
    ("景区在山腰竖立3座石碑。", 3, "石碑"),
    ("今年全县举办的活动丰富多彩，共60余场。", 60, NOT_EMITTED),
    ("剧团送戏下乡，全年上演120场。", 120, NOT_EMITTED),
    ("今年全县有45人受表彰。", 45, "受表彰"),  # people: what they underwent
    ("新校区占地260亩，总投资3亿元。", 260, "新校区占地"),  # a size word
    ("仓库备有救生圈500个、冲锋舟8艘等物资。", 8, "冲锋舟"),  # a thing jieba reads as an idiom
    # measure_before_frame, kinds_of_thing, balanced_quotes
    ("全村将在集体收入50万元的基础上再次分红。", 50, "集体收入"),
    ("园内有60多个品种的牡丹。", 60, "牡丹品种"),
    ("苗圃里有30多个品种桃树。", 30, "桃树品种"),
    ("全镇建成“菜（果）粮轮作”示范区12处。", 12, "“菜粮轮作”示范区"),
]


@pytest.mark.parametrize("text,value,label", LABELS)
def test_a_label_reads_what_the_number_measures(text, value, label):
    assert label_of(text, value) == label


def test_a_count_after_its_verb_counts_the_set_phrase_after_it():
    assert label_of("某公司去年获得15项发明专利。", 15).endswith("发明专利")


def test_the_rules_on_their_own():
    assert without_modal_tail(None, ("年收益可达", None)) == ("年收益", None)
    assert without_modal_tail(None, ("某项目建成后可实现年产值", None)) == ("某项目建成后年产值", None)
    assert relative_clause_before("全县的道路18条", 0, 3) == ""  # no verb: no clause
    assert balanced_quotes(None, ("某某电厂“双", None)) == ("某某电厂", None)
    assert balanced_quotes(None, ("“四上”企业", None)) is None


def test_a_bare_qualifier_label_scores_low():
    assert not label_is_noun_phrase("全长") and not label_is_noun_phrase("每斤") and not label_is_noun_phrase("总数")
    assert label_is_noun_phrase("环湖路全长")
    f = next(f for f in extract_figures("今年全县新建道路一条，全长8公里。", "某县") if f.value == 8)
    assert f.confidence < 0.5
