"""A metric label's own words (issue 14, figure precision: the judges' kinds label-fragment and label-vague): a
modal word glued on, a noun cut from its head, a bare class word whose class the sentence says, a verb, idiom or
adjective alone, a frame after the number, kinds of a thing, quote marks that do not pair. All text invented."""

from jdash.figure_metric import balanced_quotes, relative_clause_before, without_modal_tail
from jdash.figures import extract_figures


def label_of(text: str, value: float, county: str = "某县") -> str | None:
    return next((f.metric for f in extract_figures(text, county) if f.value == value), "not emitted")


# ---- without_modal_tail: 有望, 可达 say how sure, not what

def test_a_modal_word_glued_to_a_label_is_dropped():
    assert label_of("今年全县小麦亩产有望达到600公斤。", 600) == "小麦亩产"
    assert without_modal_tail(None, ("年收益可达", None)) == ("年收益", None)
    assert without_modal_tail(None, ("某项目建成后可实现年产值", None)) == ("某项目建成后年产值", None)
    assert label_of("家庭农场年纯收入可达30万元—40万元。", 40) == "家庭农场年纯收入"


def test_a_modal_word_inside_a_word_stays():
    assert label_of("全县办理行政许可1200件。", 1200) == "行政许可"


# ---- a noun kept whole: its head is not cut off

def test_a_one_character_head_stays_with_its_noun():
    assert label_of("工地新打降水井6眼。", 6) == "降水井"


def test_a_word_jieba_reads_as_a_place_stays_in_its_noun():
    assert label_of("今年全乡整修灌溉塘坝7座。", 7) == "灌溉塘坝"
    assert label_of("开园当天入园人数超过5万人。", 5) == "入园人数"
    assert label_of("金乡大蒜种植面积60万亩。", 60) == "大蒜种植面积"  # a place of the city stays out


def test_a_designation_keeps_its_head():
    assert label_of("全市有4个全国产粮大县。", 4) == "全国产粮大县"


def test_a_set_phrase_after_a_count_is_what_it_counts():
    assert label_of("某公司去年获得15项发明专利。", 15).endswith("发明专利")
    assert label_of("村里30位老人围坐在树下。", 30) == "老人"


# ---- a bare class word takes the relative clause that says which of them are counted

def test_a_relative_clause_before_a_bare_head_stays():
    assert label_of("全县通过研发机构认定的企业36家。", 36) == "通过研发机构认定的企业"
    assert label_of("全县完成亮化的道路18条。", 18) == "完成亮化的道路"
    assert relative_clause_before("全县的道路18条", 0, 3) == ""  # no verb: no clause
    assert label_of("全县的道路18条。", 18) == "道路"


# ---- a verb, idiom or adjective alone

def test_a_verb_alone_takes_the_noun_after_the_number():
    assert label_of("景区在山腰竖立3座石碑。", 3) == "石碑"


def test_an_idiom_or_verb_that_names_nothing_leaves_no_label():
    assert label_of("今年全县举办的活动丰富多彩，共60余场。", 60) == "not emitted"
    assert label_of("剧团送戏下乡，全年上演120场。", 120) == "not emitted"


def test_a_verb_counting_people_or_a_size_stays():
    assert label_of("今年全县有45人受表彰。", 45) == "受表彰"
    assert label_of("新校区占地260亩，总投资3亿元。", 260) == "新校区占地"
    assert label_of("仓库备有救生圈500个、冲锋舟8艘等物资。", 8) == "冲锋舟"  # a thing jieba reads as an idiom


# ---- measure_before_frame: 的基础上 frames the number

def test_a_frame_after_the_number_is_no_label():
    assert label_of("全村将在集体收入50万元的基础上再次分红。", 50) == "集体收入"


# ---- kinds_of_thing: 品种 counts kinds of the thing after it

def test_kinds_take_the_thing_after_them():
    assert label_of("园内有60多个品种的牡丹。", 60) == "牡丹品种"
    assert label_of("苗圃里有30多个品种桃树。", 30) == "桃树品种"


# ---- balanced_quotes

def test_quote_marks_pair_in_a_label():
    assert label_of("全镇建成“菜（果）粮轮作”示范区12处。", 12) == "“菜粮轮作”示范区"
    assert balanced_quotes(None, ("某某电厂“双", None)) == ("某某电厂", None)
    assert balanced_quotes(None, ("“四上”企业", None)) is None


# ---- a qualifier alone names no thing: kept, but never solid

def test_a_bare_qualifier_label_scores_low():
    from jdash.confidence import label_is_noun_phrase

    assert not label_is_noun_phrase("全长") and not label_is_noun_phrase("每斤") and not label_is_noun_phrase("总数")
    assert label_is_noun_phrase("环湖路全长")
    f = next(f for f in extract_figures("今年全县新建道路一条，全长8公里。", "某县") if f.value == 8)
    assert f.confidence < 0.5
