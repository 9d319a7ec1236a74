"""Web copies' credits (issue 14): `作者：…`, `来源：…`, `编辑：…`, `通讯员 X X` lines become the article's credits
or apparatus, never body text or officials. All text is invented."""

from __future__ import annotations

import pytest

from jdash.parse.credits import names_only, web_credit_line
from jdash.parser import parse_page

NEXT = "\n本报某市10月8日讯（记者 王强）今天，\n全市文明创建工作会议召开。\n"
BODY = "前三季度，全市文旅市场持续回暖，\n接待游客2000余万人次。\n"
TITLE = "某县文旅市场持续回暖\n"
WANT_BODY = "前三季度，全市文旅市场持续回暖，接待游客2000余万人次。"


@pytest.mark.parametrize("page, reporters", [
    ("作者：张明 李华\n" + BODY + TITLE, ["张明", "李华"]),  # opening the body, glued
    ("作者：张明 李华\n\n" + BODY + "\n" + TITLE, ["张明", "李华"]),  # a paragraph of its own
    ("通讯员 赵 磊 孙丽\n" + BODY + TITLE, ["赵磊", "孙丽"]),  # a role word, no colon; a spaced name
    (BODY + "来源：某市新闻网\n作者：张明\n编辑：李华\n" + TITLE, ["张明"]),  # closing the body, glued
    (BODY + "\n来源：某市新闻网\n\n作者：张明\n\n编辑：李华\n\n" + TITLE, ["张明"]),  # each a paragraph
    (BODY + "来源：某市新闻网 作者：张明 编辑：李华\n" + TITLE, ["张明"]),  # on one line
    (BODY + "（作者：张明 李华）\n" + TITLE, ["张明", "李华"]),
    (BODY + "（编辑：李华）\n" + TITLE, []),  # an editor is no reporter
    ("本报某县讯 通讯员 赵磊 孙丽\n" + BODY + TITLE, ["赵磊", "孙丽"]),  # bare credits end with the line
    (BODY + "原标题：某县文旅市场回暖\n" + TITLE, []),  # a web copy's original title
    (BODY + "（本文来源：某市新闻网）\n" + TITLE, []),
], ids=["top", "top-paragraph", "role-no-colon", "bottom", "bottom-paragraphs", "one-line", "bracketed",
        "editor", "dateline-bare", "original-title", "source-bracketed"])
def test_web_credits_are_credits_not_body_text(page, reporters):
    articles = parse_page(page + NEXT, "x.txt")
    assert len(articles) == 2
    article = articles[0]
    assert (article.headline, article.body) == ("某县文旅市场持续回暖", WANT_BODY)
    assert [r.name for r in article.reporters] == reporters


def test_an_interviewers_question_is_no_credit():
    assert web_credit_line("记者：您认为今年的重点是什么？") is None
    assert web_credit_line("来源：某市新闻网") == ""


def test_a_spaced_two_character_name_is_a_name_in_a_byline():
    assert names_only("刘 珅 李 静 报道")
    page = "□刘 珅 李 静 报道\n本报某市讯 今天，全市文明创建工作会议召开。\n文明创建结硕果\n"
    assert [r.name for r in parse_page(page, "x.txt")[0].reporters] == ["刘珅", "李静"]


@pytest.mark.parametrize("opener, reporters", [
    ("大众网·海报新闻记者 张明 济宁报道", ["张明"]),  # another medium's brand, the place reported from
    ("齐鲁晚报·齐鲁壹点 记者 张明 通讯员 李华", ["张明", "李华"]),
    ("文／本报记者 张明 通讯员 李华", ["张明", "李华"]),
    ("文/图 本报记者 张明", ["张明"]),  # the work before the role, set off by a space
    ("图文：记者 张明 李华", ["张明", "李华"]),
    ("（记者 张明 通讯员 李华）", ["张明", "李华"]),  # a web copy whose dateline was cut off
])
@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["glued", "own-paragraph"])
def test_bylines_of_other_media_open_the_article(opener, reporters, sep):
    articles = parse_page(opener + sep + BODY + TITLE + NEXT, "x.txt")
    assert len(articles) == 2
    assert (articles[0].body, [r.name for r in articles[0].reporters]) == (WANT_BODY, reporters)


def test_bracketed_credits_opening_a_line_of_body_text():
    page = "（记者 张明 通讯员 李华）前三季度，全市文旅市场持续回暖，\n接待游客2000余万人次。\n" + TITLE + NEXT
    article = parse_page(page, "x.txt")[0]
    assert (article.body, [r.name for r in article.reporters]) == (WANT_BODY, ["张明", "李华"])


@pytest.mark.parametrize("credits, reporters", [
    ("来源：某市新闻网 作者：\n张明 编辑：李华\n", ["张明"]),  # one credits line wrapped in the column
    ("（作者：张明 李\n华）\n", ["张明", "李华"]),
])
def test_credit_lines_wrapped_in_the_column(credits, reporters):
    article = parse_page(BODY + credits + TITLE + NEXT, "x.txt")[0]
    assert (article.headline, article.body) == ("某县文旅市场持续回暖", WANT_BODY)
    assert [r.name for r in article.reporters] == reporters


def test_a_photographer_is_no_reporter_and_a_photo_credit_no_byline():
    assert web_credit_line("作者：李四 摄影：张三") == "记者 李四"
    assert web_credit_line("摄影：张三") == ""
    from jdash.parse.credits import byline_credits

    assert byline_credits("记者 张三 摄") is None


def test_a_paragraph_of_many_credit_lines_is_read_in_one_pass():
    # every second line a credit after a sentence: each run is read once (the lines between are not read
    # again for each run)
    articles = parse_page("今天，会议召开。\n作者：张明\n" * 3000 + TITLE + NEXT, "x.txt")
    assert articles and all(r.name == "张明" for a in articles[:-1] for r in a.reporters)


@pytest.mark.parametrize("credits", ["作者：张明 李华\n", "来源：某市新闻网 作者：张明 编辑：赵\n六\n"],
                         ids=["author", "editor-wrapped"])
def test_credits_glued_under_a_datelined_body_close_it(credits):
    # the layout of the real-text samples: a datelined body, its credits and its title with no blank line
    page = "本报某县讯3月5日，全县重点项目推进\n会议召开。\n" + credits + TITLE + NEXT
    articles = parse_page(page, "x.txt")
    assert len(articles) == 2
    article = articles[0]
    assert (article.headline, article.body) == ("某县文旅市场持续回暖", "3月5日，全县重点项目推进会议召开。")
    assert [r.name for r in article.reporters][:1] == ["张明"]


def test_bracketed_credits_wrapped_over_two_lines_open_the_article():
    page = "（记者 张明 通讯员\n李华）前三季度，全市文旅市场持续回暖，\n接待游客2000余万人次。\n" + TITLE + NEXT
    article = parse_page(page, "x.txt")[0]
    assert (article.body, [r.name for r in article.reporters]) == (WANT_BODY, ["张明", "李华"])
