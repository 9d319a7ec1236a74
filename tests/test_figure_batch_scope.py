"""A bare class label read within the batch its story printed before it (jdash.figure_scope). Invented text."""

from jdash.confidence import SOLID
from jdash.figure_scope import (Batch, Place, batch_itself, batch_measure, class_noun, heading_batches, measure_of_batch,
                                part_of_batch, share_within_batch, wants_scope)
from jdash.figures import extract_figures


def labels(text, county=None, heading=""):
    return {(f.value, f.unit): f.metric for f in extract_figures(text, county, heading=heading)}


def figure(text, value, county=None, heading=""):
    return next(f for f in extract_figures(text, county, heading=heading) if f.value == value)


def test_a_batch_measure_in_a_later_sentence_of_the_paragraph_is_the_batchs():
    got = labels("今年全县谋划42个重点工业项目，涵盖新材料等领域。1至8月，累计完成投资31亿元。", "梁山县")
    assert got[(31, "亿元")] == "重点工业项目完成投资"


def test_a_batch_measure_in_the_batchs_sentence_takes_the_nearest_count():
    got = labels("这96个市级项目中续建项目共计35个，累计完成投资52.6亿元。", "梁山县")
    assert got[(35, "个")] == "市级项目中续建项目"
    assert got[(52.6, "亿元")] == "市级项目中续建项目完成投资"


def test_a_share_of_a_part_names_the_batch_it_is_a_share_of():
    got = labels("当天，36个文旅项目集中签约，签约总额88.2亿元，康养项目占比61.5%。", "泗水县")
    assert got[(61.5, "%")] == "集中签约文旅项目中康养项目占比"


def test_a_bare_count_closing_its_clause_is_a_count_of_the_batch_before_it():
    text = "全区19个康养旅游项目列入市级重点项目库。\n其中，今年新开工的有6个。项目8个，总投资30亿元。"
    assert labels(text, "兖州区")[(8, "个")] == "康养旅游项目"


def test_the_headline_names_the_batch_of_a_measure_printed_bare():
    text = "本报讯 近日，某县举行项目推进会。\n据了解，1至6月，完成投资24.5亿元，开工率90%。"
    got = labels(text, "金乡县", heading="某县41个重点文旅项目加快推进")
    assert got[(24.5, "亿元")].endswith("文旅项目完成投资") and got[(90, "%")].endswith("文旅项目开工率")


def test_a_clause_naming_a_whole_place_keeps_its_measure():
    got = labels("全县谋划42个重点工业项目。1至8月，全县完成投资131亿元。", "梁山县")
    assert got[(131, "亿元")] == "完成投资"


def test_a_clause_naming_its_own_subject_is_not_scoped():
    got = labels("全县集中开工项目12个，总投资50亿元。大桥总投资9亿元。", "梁山县")
    assert got[(9, "亿元")] == "总投资"


def test_a_measure_with_no_batch_and_no_place_is_never_solid():
    f = figure("1至5月，完成投资18.2亿元。", 18.2, "泗水县")
    assert f.metric == "完成投资" and f.confidence < SOLID
    f = figure("1至5月，泗水县完成投资78.4亿元。", 78.4, "泗水县")
    assert f.confidence >= SOLID


def test_a_scoped_measure_is_no_countys_total():
    f = figure("今年全县谋划42个重点工业项目。1至8月，累计完成投资31亿元。", 31, "梁山县")
    assert f.confidence < SOLID


def test_class_noun_and_batch_measure_read_data():
    assert class_noun("规上企业") == "企业" and class_noun("营业收入") is None
    assert batch_measure("开工率") == "开工率" and batch_measure("全县开工率") is None


def test_wants_scope_only_for_bare_labels():
    assert [wants_scope(x) for x in ("项目", "产业项目占比", "投资完成率", "新能源汽车零部件项目", "利润")] == [
        True, True, True, False, False]


def test_each_rule_answers_only_its_own_shape():
    batch = Batch("重点工业项目", "项目", 40, 0)
    assert measure_of_batch(Place("开工率", "share", 95, False, True), batch) == "重点工业项目开工率"
    assert measure_of_batch(Place("营业收入", "amount", 9, False, True), batch) is None
    assert share_within_batch(Place("技改项目占比", "share", 30, False, True), batch) == "重点工业项目中技改项目占比"
    assert share_within_batch(Place("技改项目占全部投资比重", "share", 30, False, True), batch) is None
    assert part_of_batch(Place("技改项目", "count", 12, True, True), batch) == "重点工业项目中技改项目"
    assert part_of_batch(Place("技改项目", "count", 12, False, True), batch) is None  # not printed as a part
    assert part_of_batch(Place("技改项目", "count", 52, True, True), batch) is None  # more than the batch
    assert batch_itself(Place("项目", "count", 9, False, True), batch) == "重点工业项目"
    assert batch_itself(Place("项目", "count", 9, True, True), batch) is None  # 其中…: a part, its act elsewhere
    assert batch_itself(Place("项目", "count", 9, False, False), batch) is None  # 9个项目开工: what they did


def test_heading_batches_reads_a_counted_batch():
    assert [b.label for b in heading_batches("某区23个重点产业项目集中签约")] == ["重点产业项目集中签约"] or \
        heading_batches("某区23个重点产业项目集中签约")[0].noun == "项目"
    assert heading_batches("某区召开项目推进会") == []


def test_a_paragraph_of_thousands_of_figures_reads_in_linear_time():
    import time

    text = "全县谋划42个重点工业项目。" + "".join(f"{i}月，累计完成投资{i}.5亿元，项目{i}个；" for i in range(1, 3000))
    start = time.process_time()
    got = extract_figures(text, "梁山县")
    assert len(got) > 3000 and got[-2].metric == "重点工业项目完成投资" and time.process_time() - start < 60


def test_a_sentence_naming_its_own_project_keeps_its_sum():
    text = "全区19个重点文旅项目集中签约。此次签约的青禾研学营地项目由一家公司建设，总投资12亿元。"
    assert labels(text, "兖州区")[(12, "亿元")] == "总投资"


def test_a_bare_count_of_the_class_in_the_sentence_stops_the_search():
    text = "全区19个重点文旅项目集中签约。现场签约智能制造等项目9个，总投资86亿元。"
    assert labels(text, "兖州区")[(86, "亿元")] != "重点文旅项目总投资"


def test_a_count_whose_label_runs_into_its_measure_is_still_the_batch():
    text = "全区谋划19个重点文旅项目。9月底，168个市级重点项目开工率达到96%，累计完成投资103亿元。"
    assert labels(text, "兖州区")[(103, "亿元")] == "市级重点项目完成投资"


def test_a_sentence_that_is_one_list_of_thousands_of_counts_reads_in_linear_time():
    import time

    text = "全县谋划42个重点工业项目。" + "、".join(f"项目{i}个" for i in range(1, 4000)) + "。"
    start = time.process_time()
    got = extract_figures(text, "梁山县")
    assert len(got) > 3000 and time.process_time() - start < 60


def test_a_price_named_by_no_thing_is_the_price_of_the_thing_priced_before_it():
    got = labels("本地鲜桃收购价已从开秤时的每斤2元，涨到了眼下的每斤3元。", "金乡县")
    assert got[(2, "元")] == "鲜桃收购价每斤" and got[(3, "元")] == "鲜桃收购价每斤"


def test_a_price_takes_the_thing_a_clause_before_it_is_about():
    got = labels("据了解，从外地运来的鲜桃，当初价格仅4元左右，近来价格涨到了5元。", "金乡县")
    assert got[(4, "元")] == "鲜桃当初价格" and got[(5, "元")] == "鲜桃近来价格"


def test_a_price_that_names_its_thing_is_kept():
    assert labels("西瓜每斤卖到2.5元。", "金乡县")[(2.5, "元")] == "西瓜每斤价格"


def test_a_price_with_no_thing_printed_is_kept():
    assert labels("今年算下来，每斤卖到1.6元。", "金乡县")[(1.6, "元")] == "每斤价格"


def test_a_groups_head_count_is_the_groups():
    got = labels("某园暑期研学团队28个，人数超过4100人，增长35%。", "曲阜市")
    assert got[(4100, "人")] == "研学团队人数" and got[(35, "%")] == "研学团队人数增速"


def test_a_measure_of_another_class_is_not_the_batchs():
    assert measure_of_batch(Place("人数", "count", 30, False, True), Batch("重点工业项目", "项目", 42, 0)) is None


def test_a_part_after_a_clause_that_is_only_its_lead_and_its_share():
    text = "某县二季度项目集中开工。\n\n此次集中开工项目36个，总投资128亿元。其中，工业项目24个，占比66.7%。"
    got = labels(text, "梁山县")
    assert got[(24, "个")] == "集中开工项目中工业项目" and got[(66.7, "%")] == "集中开工项目中工业项目占比"


def test_a_sentence_speaking_of_the_county_keeps_its_measures():
    text = "此次集中开工项目36个，总投资128亿元。上半年，全县固定资产投资增长8%，完成投资95亿元。"
    assert labels(text, "梁山县")[(95, "亿元")] == "完成投资"
