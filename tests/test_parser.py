"""The parser against the hand-checked golden annotation of the seeds, and its invariances."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdash.evaluate import norm, parse_text, score_corpus, score_page
from jdash.parser import (
    compact,
    join_lines,
    parse_credits,
    parse_page,
    split_glued_names,
    split_paragraphs,
    split_trailing_subheadline,
    undouble,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden" / "articles"
GOLDEN_FILES = sorted(GOLDEN.glob("*.json"))


def rewrap(text: str, width: int) -> str:
    """Re-wrap every paragraph at `width` characters, as another OCR line width would:
    wrapping eats the spaces it breaks at."""
    out = []
    for lines in split_paragraphs(text):
        joined = join_lines(lines)
        chunks = [joined[i: i + width].strip() for i in range(0, len(joined), width)]
        out.append("\n".join(c for c in chunks if c))
    return "\n\n".join(out) + "\n"


def signature(text: str, source: str) -> list[tuple]:
    """What must not change when only the layout of the text changes."""
    return [
        (a.kind, compact(a.headline), compact(a.subheadline or ""), compact(a.kicker or ""),
         compact(a.body), tuple(r.name for r in a.reporters), a.dateline_place, a.event_date,
         a.issue_date, a.continued_to)
        for a in parse_text(text, source)
    ]


@pytest.mark.parametrize("golden_path", GOLDEN_FILES, ids=lambda p: p.stem)
def test_page_matches_golden(golden_path):
    golden = json.loads(golden_path.read_text(encoding="utf-8"))
    text = (SEEDS / golden["source"]).read_text(encoding="utf-8")
    score = score_page(golden, parse_text(text, golden["source"]))
    assert score.missed == []
    assert score.spurious == []
    assert score.banners_as_articles == []
    assert score.date_errors == []
    assert score.year_right and score.issue_date_right
    assert score.reporter_sets_right == score.headlines_right


def test_corpus_meets_targets():
    score = score_corpus(GOLDEN, SEEDS)
    print(score.report())
    assert score.real_total == 36
    assert score.headlines_right >= 35
    assert not score.spurious and not score.banners_as_articles
    assert score.dates_right == score.dated_total
    assert score.years_right == len(score.pages)
    assert score.reporter_precision >= 0.95 and score.reporter_recall >= 0.95


@pytest.mark.parametrize("width", [10, 13, 17, 22, 29, 40])
def test_rewrapped_seeds_meet_targets(width):
    score = score_corpus(GOLDEN, SEEDS, transform=lambda text: rewrap(text, width))
    assert score.headlines_right >= 35, score.report()
    assert not score.spurious and not score.banners_as_articles, score.report()
    assert score.dates_right == score.dated_total, score.report()


@settings(max_examples=80, deadline=None)
@given(page=st.sampled_from(sorted(SEEDS.glob("*.txt"))), width=st.integers(min_value=10, max_value=40))
def test_rewrapping_does_not_change_articles(page, width):
    text = page.read_text(encoding="utf-8")
    assert signature(rewrap(text, width), page.name) == signature(text, page.name)


@pytest.mark.parametrize("page", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_crlf_and_trailing_spaces_do_not_change_articles(page):
    text = page.read_text(encoding="utf-8")
    messy = "\n".join(line + "  " for line in text.split("\n"))
    assert signature(messy, page.name) == signature(text, page.name)


def test_bodies_undo_wrapping_and_keep_paragraphs():
    text = (SEEDS / "000_e0ccfd52c87558dd.txt").read_text(encoding="utf-8")
    first = parse_page(text, "p.txt")[0]
    paragraphs = first.body.split("\n\n")
    assert "\n" not in "".join(paragraphs)
    # The column break inside "…去年以来，我们 / 围绕实施…" is mended into one paragraph.
    assert any("去年以来，我们围绕实施“制造强市”战略" in p for p in paragraphs)
    assert paragraphs[1].startswith("市委书记、市人大常委会主任林红玉出席会议并讲话")


def test_byline_glued_to_headline_starts_the_next_article():
    text = "今年以来，全县新增企业12家。\n\n多维聚焦 精准发力\n\n梁山着力做强物流产业 ■本报通讯员 张三丰 李四\n\n“您好，这是倡议书。”近日，快递员王五说。\n\n物流小哥融入基层治理\n"
    articles = parse_page(text, "x.txt")
    assert [a.headline for a in articles] == ["梁山着力做强物流产业", "物流小哥融入基层治理"]
    assert articles[0].kicker == "多维聚焦 精准发力"
    assert [r.name for r in articles[1].reporters] == ["张三丰", "李四"]


def test_section_headings_stay_inside_the_body():
    text = (
        "■本报记者 赵六\n\n近年来，我市民生投入不断加大。\n\n强化就业帮扶\n\n全市新增就业岗位3000个。\n\n"
        "优化医疗服务\n\n县域医共体全部建成。\n\n民生答卷写在百姓心坎上\n——我市民生工作综述\n"
    )
    articles = parse_page(text, "x.txt")
    assert len(articles) == 1
    assert articles[0].headline == "民生答卷写在百姓心坎上"
    assert articles[0].subheadline == "——我市民生工作综述"
    assert "强化就业帮扶" in articles[0].body.split("\n\n")


def test_banners_crumbs_and_wire_labels_are_not_articles():
    text = (
        " 聚焦高质量发展··专题报道专题报道\n\n今日导读\n\n3版>>本报梁山6月2日讯（记者 周七）今天，全县项目推进会召开。\n\n"
        "梁山县项目推进会召开\n\n中国大市场观察\n■新华全媒头条\n"
    )
    articles = parse_page(text, "x.txt")
    assert [a.headline for a in articles] == ["梁山县项目推进会召开"]
    assert articles[0].dateline_place == "梁山"
    assert articles[0].body == "今天，全县项目推进会召开。"


def test_photo_caption_inside_an_article_is_split_off():
    text = (
        "本报金乡讯（通讯员 孙八）今年以来，金乡县大蒜出口增长。\n\n图为工人在分拣大蒜。\n\n■记者 钱九 摄\n\n"
        "全县出口额达到5亿元。\n\n金乡大蒜出口势头强劲\n"
    )
    articles = parse_page(text, "x.txt")
    kinds = sorted(a.kind for a in articles)
    assert kinds == ["news", "photo"]
    news = next(a for a in articles if a.kind == "news")
    photo = next(a for a in articles if a.kind == "photo")
    assert news.headline == "金乡大蒜出口势头强劲"
    assert "图为工人在分拣大蒜" not in news.body and "全县出口额达到5亿元" in news.body
    assert [(r.name, r.role) for r in photo.reporters] == [("钱九", "摄影")]


def test_editorial_commentary_and_continuation():
    text = (
        "■本报评论员\n\n实干是最好的答卷。（下转2版）\n\n以实干论英雄\n\n■李明\n\n民生无小事。\n\n办好民生实事\n"
    )
    articles = parse_page(text, "x.txt")
    assert [(a.kind, a.headline) for a in articles] == [("editorial", "以实干论英雄"), ("commentary", "办好民生实事")]
    assert articles[0].continued_to == "2版" and articles[0].body == "实干是最好的答卷。"
    assert articles[0].reporters == [] and [r.name for r in articles[1].reporters] == ["李明"]


def test_wire_dateline_is_an_article_start():
    text = "新华社北京3月5日电（记者 吴十）十四届全国人大二次会议开幕。\n\n全国人大会议开幕\n"
    (article,) = parse_page(text, "x.txt")
    assert article.kind == "news" and article.dateline_place == "北京"
    assert [r.name for r in article.reporters] == ["吴十"]


@pytest.mark.parametrize(
    "token, names",
    [("李超张培龙", ["李超", "张培龙"]), ("谭曰鹏吴计建", ["谭曰鹏", "吴计建"]), ("刘丁李超", ["刘丁", "李超"]),
     ("欧阳明月", ["欧阳明月"]), ("王粲", ["王粲"]), ("宋仪凯", ["宋仪凯"]),
     # A rare surname costs more than one more name: 徐杰 刘玉 孔琳, not 徐杰刘 玉孔琳.
     ("徐杰刘玉孔琳", ["徐杰", "刘玉", "孔琳"])],
)
def test_glued_names_split_at_surnames(token, names):
    assert split_glued_names(token) == names


def test_credits_keep_roles():
    reporters = parse_credits("记者 曹俐 通讯员段亚洲")
    assert [(r.name, r.role) for r in reporters] == [("曹俐", "记者"), ("段亚洲", "通讯员")]
    assert [(r.name, r.role) for r in parse_credits("记者 刘项清 杨国庆编辑整理", photo=True)] == [
        ("刘项清", "编辑"), ("杨国庆", "编辑")]


@pytest.mark.parametrize(
    "title, head, sub",
    [
        ("全县工作会议召开 张伟讲话 李明、王强出席", "全县工作会议召开", "张伟讲话 李明、王强出席"),
        ("全市大会召开孙红讲话周明主持", "全市大会召开", "孙红讲话周明主持"),
        ("全市推进会议在金乡召开上官立群讲话 贾文杰主持", "全市推进会议在金乡召开", "上官立群讲话 贾文杰主持"),
        ("于永生会见白俄罗斯驻华大使", "于永生会见白俄罗斯驻华大使", None),
        ("市领导调研", "市领导调研", None),
    ],
)
def test_trailing_subheadline(title, head, sub):
    assert split_trailing_subheadline(title) == (head, sub)


def test_undouble_fixes_banner_ocr_doubling_only():
    assert undouble("助企攀登 推进制造强市建设··专题访谈专题访谈") == "助企攀登 推进制造强市建设·专题访谈"
    assert undouble("一企一策") == "一企一策"


def test_norm_ignores_spacing_and_punctuation():
    assert norm("厚植民生福祉 擦亮为民底色") == norm("厚植民生福祉擦亮为民底色")


def test_credits_and_headlines_in_other_layouts():
    text = (
        "本报讯 记者 张三 通讯员 李四 今天，鱼台县稻米节开幕。\n\n鱼台稻米节开幕\n\n"
        "本报微山讯 9月2日，微山湖湿地保护工作推进会召开，会议部署了下一阶段工作。（记者 王五）\n\n微山部署湿地保护\n\n"
        "本报记者 赵六 孙七\n\n金秋时节，金乡县蒜农喜获丰收。\n全县大蒜喜获丰收\n"
        "本报邹城9月3日讯（通讯员 钱八）今天，邹城市召开项目推进会。\n\n邹城召开项目推进会\n"
    )
    articles = parse_page(text, "x.txt")
    assert [(a.headline, [r.name for r in a.reporters]) for a in articles] == [
        ("鱼台稻米节开幕", ["张三", "李四"]),
        ("微山部署湿地保护", ["王五"]),
        ("全县大蒜喜获丰收", ["赵六", "孙七"]),
        ("邹城召开项目推进会", ["钱八"]),
    ]
    assert articles[0].body == "今天，鱼台县稻米节开幕。"
    assert articles[1].body.endswith("会议部署了下一阶段工作。")
    assert articles[2].kind == "feature" and articles[3].dateline_place == "邹城"


def test_short_exclaimed_title_is_a_title():
    articles = parse_page("本报济宁讯（记者 张三）全市重点项目全部开工。\n\n奋进新征程！\n", "x.txt")
    assert [a.headline for a in articles] == ["奋进新征程！"]


def test_headline_of_datelined_news_followed_by_an_unmarked_article():
    text = (
        "本报鱼台讯（通讯员 张三）今天，鱼台县稻米节开幕。\n\n鱼台稻米节开幕\n\n"
        "金秋时节，走进鱼台县王庙镇，稻田一片金黄。针对今年的新品种，农技\n\n员逐户指导收割。\n\n"
        "稻田里的丰收歌\n"
    )
    articles = parse_page(text, "x.txt")
    assert [a.headline for a in articles] == ["鱼台稻米节开幕", "稻田里的丰收歌"]
    # The sentence cut by a column break is mended, not taken for a title.
    assert "针对今年的新品种，农技员逐户指导收割。" in articles[1].body


@pytest.mark.parametrize(
    "title_block, kicker, headline, sub",
    [
        # A place name on its own line over the headline is a kicker…
        ("太白湖新区\n“智慧社区”让居民生活更便捷", "太白湖新区", "“智慧社区”让居民生活更便捷", None),
        # …but a short first line of any other kind is half of a wrapped headline.
        ("任城夜经济\n点亮城市“烟火气”", None, "任城夜经济点亮城市“烟火气”", None),
        ("济宁经济技术开发区\n10个项目集中开工", "济宁经济技术开发区", "10个项目集中开工", None),
        # A very short phrase over a line at least twice as long that reads on its own: kicker.
        ("消费提振年\n任城区一季度以旧换新销售额超12亿元", "消费提振年", "任城区一季度以旧换新销售额超12亿元", None),
        ("于永生会见\n白俄罗斯驻华大使", None, "于永生会见白俄罗斯驻华大使", None),
        # One official who attended and spoke.
        ("全市城乡环卫一体化推进会议在梁山召开\n司马林出席并讲话", None, "全市城乡环卫一体化推进会议在梁山召开", "司马林出席并讲话"),
        # …unless the line under it needs the place as its subject.
        ("曲阜文化建设示范区\n签约12个文旅项目", None, "曲阜文化建设示范区签约12个文旅项目", None),
        # A short title over a long event line: the event line is the subheadline.
        ("让老城区焕发新活力\n\n全市城市更新暨口袋公园建设现场推进会召开", None, "让老城区焕发新活力",
         "全市城市更新暨口袋公园建设现场推进会召开"),
        # A short line over a longer headline that is no event line: kicker.
        ("实体经济稳中求进\n\n兖州工业经济稳中有升", "实体经济稳中求进", "兖州工业经济稳中有升", None),
        # Several people at one event, glued under the headline.
        ("市政府与中国能建签署战略合作协议\n顾承志江岩出席", None, "市政府与中国能建签署战略合作协议", "顾承志江岩出席"),
        ("王卫中一行来高新区\n考察调研", None, "王卫中一行来高新区考察调研", None),
        # A people line glued to a headline ending in a common noun (项目: 项 is a surname) starts at the name.
        ("某市高端装备产业招商推介会举行 签约一批项目石某亮出席并致辞", None, "某市高端装备产业招商推介会举行 签约一批项目",
         "石某亮出席并致辞"),
        # A year in a headline is no OCR doubling (20 printed twice): the title is no banner.
        ("某市2020年一季度107个重点项目集中开工", None, "某市2020年一季度107个重点项目集中开工", None),
        # A line naming a numbered part of a series under the headline: its subheadline, not its wrapped half.
        ("某镇奋力谱写高质量发展新篇章\n“推动高质量发展”系列新闻发布会第八场", None, "某镇奋力谱写高质量发展新篇章",
         "“推动高质量发展”系列新闻发布会第八场"),
        # A plain line over a headline of two long spaced phrases: its kicker, however short.
        ("某县产业变迁\n专用汽车集约发展 出版印刷从乱到治", "某县产业变迁", "专用汽车集约发展 出版印刷从乱到治", None),
        # A long headline with its people line, in one block.
        ("全市2015年度科学发展综合考核总结表彰暨“十三五”开局动员大会召开\n覃思远讲话 贺广田主持 庄国华岳秀兰出席", None,
         "全市2015年度科学发展综合考核总结表彰暨“十三五”开局动员大会召开", "覃思远讲话 贺广田主持 庄国华岳秀兰出席"),
    ],
)
def test_title_blocks(title_block, kicker, headline, sub):
    text = f"本报济宁讯（记者 张三）今天，全市会议召开。\n\n{title_block}\n\n■本报记者 李四\n\n近日，记者走访了企业。\n\n企业见闻\n"
    first = parse_page(text, "x.txt")[0]
    assert (first.kicker, first.headline, first.subheadline) == (kicker, headline, sub)


def test_place_kicker_with_the_next_byline_glued_on():
    text = ("本报曲阜讯（记者 张三）今天，项目签约。\n\n曲阜文化建设示范区\n7个文旅项目集中签约 ■本报记者 胡婧 本报通讯员 邱敏\n\n"
            "“去年以来，新区发展很快。”\n\n建设科创新城\n——访新区党工委书记郑云飞\n")
    first, second = parse_page(text, "x.txt")
    assert (first.kicker, first.headline) == ("曲阜文化建设示范区", "7个文旅项目集中签约")
    assert [r.name for r in second.reporters] == ["胡婧", "邱敏"] and second.kind == "interview"


def test_banner_after_the_last_article_is_not_a_subheadline():
    text = "本报济宁讯（记者 张三）今天，全市会议召开。\n\n全市会议召开\n\n锚定目标 攻坚冲刺··冲刺四季度冲刺四季度\n"
    (article,) = parse_page(text, "x.txt")
    assert article.headline == "全市会议召开" and article.subheadline is None


def test_a_caption_kept_as_a_photo_is_no_banner_as_article():
    caption = "某县新建的文化广场 张明摄"
    golden = {"source": "x.txt", "year": 2020, "not_articles": [caption], "articles": []}
    as_photo = parse_page(caption + "\n\n本报讯 今天，某县开会。\n某县开会\n", "x.txt")
    assert [a.kind for a in as_photo] == ["photo", "news"]
    assert score_page(golden, as_photo).banners_as_articles == []
    as_news = [replace(as_photo[0], kind="news")]
    assert score_page(golden, as_news).banners_as_articles == [caption]


def test_a_photo_titled_under_its_credit_is_one_photo_with_that_title():
    """`…正式通车。` / `■记者 张三 通讯员 李四 摄` / `某某大桥通车` with no blank lines (the photo's title printed under
    its credit, as an article's is under its body): one photo, credited to both, titled by the last line; not two
    untitled articles (the credit once swallowed the title as more credits)."""
    text = ("本报某县讯（记者 王五）今天，某县开会。\n\n某县开会\n\n"
            "9月29日上午，某某大桥正式建成通车，比计划工期提前了\n两个月。大桥全长3公里。\n"
            "■记者 张三 通讯员 李四 摄\n某某大桥建成通车\n")
    articles = parse_page(text, "x.txt")
    assert [(a.kind, a.headline) for a in articles] == [("news", "某县开会"), ("photo", "某某大桥建成通车")]
    assert [r.name for r in articles[1].reporters] == ["张三", "李四"]
    assert "大桥全长3公里" in articles[1].body


def test_a_datelined_photo_news_item_is_a_photo_not_a_report():
    """`本报讯（记者 张三 摄）` over a lead sentence and a caption (图为…) and a title: a photo news item, which
    counts as no article of the paper's reports; a report datelined so without a caption stays news."""
    text = ("本报讯（记者 张三 摄）近年来，某县某镇发展林果采摘，\n带动村民增收。图为某村果园里，村民\n在采摘桃子。\n\n"
            "林果采摘促增收\n\n"
            "本报讯（记者 李四 摄）今天，某县召开会议，部署秋收\n秋种工作。\n\n某县部署秋收秋种\n")
    articles = parse_page(text, "x.txt")
    assert [(a.kind, a.headline) for a in articles] == [("photo", "林果采摘促增收"), ("news", "某县部署秋收秋种")]
    assert [r.name for r in articles[0].reporters] == ["张三"]


def test_a_line_of_clauses_over_spaced_halves_is_headline_and_subheadline():
    """Printed under the body with no blank line, then the next article: the clauses line is the headline (no
    kicker: `clauses_over_title` wants a headline with no separator), the spaced pair its subheadline."""
    text = ("本报济宁讯（记者 张三）今天，全市迎来寒潮，各部门及时应对。\n环卫工人清晨上路扫雪。\n"
            "暴雨夜，有群勇敢的人守护村庄安宁\n他们逆行而来 送您一份安心\n\n本报某县讯（记者 李四）今天，某县开会。\n\n某县开会\n")
    first = parse_page(text, "x.txt")[0]
    assert (first.kicker, first.headline, first.subheadline) == (None, "暴雨夜，有群勇敢的人守护村庄安宁", "他们逆行而来 送您一份安心")


def test_a_notice_signed_by_its_issuer_keeps_the_title_printed_under_the_signature():
    """`…现将结果公布如下：` / a table / `项目观摩会秘书组` / title lines, then the next article: the issuer's line
    ends the body (no sentence end is printed after a table), so the lines under it are the title."""
    text = ("4月8日至10日，全市工业项目现场观摩会召开，与会人员\n根据观摩情况进行评分打票。现将评比结果公布如下：\n"
            "甲县195.71\n乙县291.64\n丙县388.14\n项目观摩会秘书组\n一季度工业项目现场观摩\n评比结果通报\n\n"
            "本报某县讯（记者 李四）今天，某县开会。\n\n某县开会\n")
    first = parse_page(text, "x.txt")[0]
    assert first.headline == "一季度工业项目现场观摩评比结果通报" and first.body.endswith("项目观摩会秘书组")
    wrapped = parse_page(text.replace("项目观摩会秘书组\n", "项目观摩会秘书\n组\n"), "x.txt")[0]  # the column wraps its name
    assert wrapped.headline == "一季度工业项目现场观摩评比结果通报"


def test_a_photo_credit_wrapped_at_a_space_stays_one_credit():
    """`■记者 张三 通讯员` / ` 李四 摄` (the wrap broke at the space, so the line opens with one): the names still to
    come after the role word keep the line in the credit's paragraph."""
    text = ("本报某县讯（记者 王五）今天，某县开会。\n\n某县开会\n\n"
            "9月29日上午，某某大桥正式建成通车。大桥全长3公里。\n■记者 张三 通讯员\n 李四 摄\n某某大桥建成通车\n")
    articles = parse_page(text, "x.txt")
    assert [(a.kind, a.headline) for a in articles] == [("news", "某县开会"), ("photo", "某某大桥建成通车")]
    assert [r.name for r in articles[1].reporters] == ["张三", "李四"]


def test_a_title_repeating_the_bodys_last_sentence_is_the_last_line_alone():
    text = ("春节将至，我谨代表县委、县政府向全县人民拜年。今年，我们\n将在市委坚强领导下，努力实现新跨越。\n"
            "某县明天将更加灿烂辉煌！\n某县明天将更加灿烂辉煌\n\n本报某县讯（记者 李四）今天，某县开会。\n\n某县开会\n")
    first = parse_page(text, "x.txt")[0]
    assert first.headline == "某县明天将更加灿烂辉煌" and first.body.endswith("某县明天将更加灿烂辉煌！")
