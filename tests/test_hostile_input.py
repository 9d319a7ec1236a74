"""Hostile input never crashes the parse: any text, any wrapping, any bytes give records or a
clear warning. (Speed is the benchmark's business; these tests only ask for an answer.)"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jdash.model import KINDS
from jdash.parser import parse_page
from jdash.pipeline import MAX_PAGE_BYTES, is_internal_error, process_page

# Fragments that steer random text into every branch of the parser.
FRAGMENTS = [
    "本报济宁5月7日讯", "本报讯", "（记者 张三）", "（通讯员 李四 王五", "）", "■本报记者 赵六", "■本报评论员",
    "■记者 孙七 摄", "■新华全媒头条", "■满涛", "编者按：", "（下转2版）", "（上接1版）", "2版>>", "今日导读",
    "——访市长周八", "林红玉讲话 于永生主持", "··专题专题", "全市工作会议召开", "今天上午，", "会议指出，",
    "2021年度表现突出", "到2025年底前", "“十四五”开局之年", "35.9亿元", "3月19日，", "。", "，", "、", "！",
    "“", "”", "\n", "\n\n", " ", "\u3000", "\t", "a", "1", "年", "月", "日",
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=120).map("".join)


def _check(articles):
    assert len({a.id for a in articles}) == len(articles)
    for order, article in enumerate(articles):
        assert article.order == order
        assert article.kind in KINDS
        assert isinstance(article.headline, str)
        for paragraph in article.body.split("\n\n"):
            assert "\n" not in paragraph


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_parses_into_well_formed_articles(text):
    _check(parse_page(text, "fuzz.txt"))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts.map(lambda t: t.encode("utf-8")) | texts.map(lambda t: t.encode("gb18030")))
def test_any_page_text_goes_through_the_whole_pipeline_without_an_internal_error(data):
    """Dates and entities too, not only the parser: a crash there is an internal-error warning."""
    result = process_page("fuzz.txt", data)
    assert not [w.reason for w in result.warnings if is_internal_error(w)]
    _check(result.articles)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_result_or_a_warning(data):
    result = process_page("fuzz.bin", data)
    assert not [w.reason for w in result.warnings if is_internal_error(w)]  # a crash inside jdash
    assert result.articles or result.warnings  # a page with no articles says why
    assert all(w.source == "fuzz.bin" and w.reason for w in result.warnings)
    _check(result.articles)


def test_a_million_blank_lines_is_an_empty_page():
    result = process_page("blank.txt", b"\n" * 10**6)
    assert [w.reason for w in result.warnings] == ["empty file"] and not result.articles


def test_an_oversized_single_line_file_is_refused_with_the_reason():
    data = ("今天，全市工作会议召开。" * (MAX_PAGE_BYTES // 30)).encode("utf-8")
    assert len(data) > MAX_PAGE_BYTES
    result = process_page("huge.txt", data)
    assert not result.articles
    (warning,) = result.warnings
    assert warning.source == "huge.txt" and "MiB" in warning.reason and "split it into pages" in warning.reason


def test_a_long_single_line_page_under_the_limit_still_parses():
    line = "本报济宁5月7日讯（记者 张三）" + "今天，全市工作会议召开。" * 20000 + "全市工作会议召开"
    result = process_page("long.txt", line.encode("utf-8"))
    assert [w.reason.split(":")[0] for w in result.warnings] == ["no line breaks"]  # parsed, and said to be one line
    assert len(result.articles) >= 1


def test_markup_in_text_is_kept_as_text():
    page = "本报济宁讯（记者 张三）<script>alert(1)</script>今天，**会议**召开。\n\n<b>全市</b>会议召开\n"
    (article,) = parse_page(page, "x.txt")
    assert article.headline == "<b>全市</b>会议召开"
    assert "<script>alert(1)</script>" in article.body
