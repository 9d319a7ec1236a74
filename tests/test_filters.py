"""URL query parameters ↔ Filters: untrusted input gives a value plus notices, never an exception."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdash.filters import MAX_QUERY_CHARS, MAX_VALUES, Filters, parse_choice, parse_date, parse_params, split_values

COUNTIES = ["泗水县", "嘉祥县", "任城区", "济宁高新区", "全市"]
TOPICS = ["制造强市/助企攀登", "项目建设/招商引资"]
OFFICIALS = ["林红玉", "于永生"]


def parse(params):
    return parse_params(params, counties=COUNTIES, topics=TOPICS, officials=OFFICIALS)


def test_repeated_and_comma_separated_values_are_both_read():
    r = parse({"county": ["泗水县,嘉祥县", "任城区"], "official": "林红玉，于永生"})
    assert r.filters.counties == ("泗水县", "嘉祥县", "任城区")
    assert r.filters.officials == ("林红玉", "于永生")
    assert r.notices == []


def test_short_forms_match_a_single_known_value():
    assert parse({"county": "泗水"}).filters.counties == ("泗水县",)
    assert parse({"county": "济宁高新"}).filters.counties == ("济宁高新区",)


def test_unknown_values_are_ignored_with_a_notice_naming_them():
    r = parse({"county": ["泗水县", "火星县"], "topic": "不存在"})
    assert r.filters.counties == ("泗水县",)
    assert r.filters.topics == ()
    assert any("火星县" in n for n in r.notices)
    assert any("不存在" in n and "topic" in n for n in r.notices)


@pytest.mark.parametrize("raw, end, expected", [
    ("2022-05-07", False, date(2022, 5, 7)),
    ("20220507", False, date(2022, 5, 7)),
    ("2022/5/7", False, date(2022, 5, 7)),
    ("2022年5月7日", False, date(2022, 5, 7)),
    ("2022-05", False, date(2022, 5, 1)),
    ("2022-02", True, date(2022, 2, 28)),
    ("2022", True, date(2022, 12, 31)),
    ("2022-13-01", False, None),
    ("2022-02-30", False, None),
    ("99999-01-01", False, None),
    ("yesterday", False, None),
    ("", False, None),
])
def test_parse_date(raw, end, expected):
    assert parse_date(raw, end=end) == expected


def test_bad_dates_are_ignored_with_a_notice_and_reversed_ranges_swapped():
    r = parse({"start": "2022-13-45", "end": "2022-06-30"})
    assert r.filters.start is None and r.filters.end == date(2022, 6, 30)
    assert any("start=2022-13-45" in n for n in r.notices)
    r = parse({"start": "2023-01-01", "end": "2022-01-01"})
    assert (r.filters.start, r.filters.end) == (date(2022, 1, 1), date(2023, 1, 1))
    assert any("swapped" in n for n in r.notices)


def test_swapped_years_or_months_keep_their_whole_span():
    """`start=2020&end=2016` means 2016 to 2020: each value is read in its new role (swapping the days
    read gave 2016-12-31 … 2020-01-01)."""
    r = parse({"start": "2020", "end": "2016"})
    assert (r.filters.start, r.filters.end) == (date(2016, 1, 1), date(2020, 12, 31))
    r = parse({"start": "2021-05", "end": "2021-02"})
    assert (r.filters.start, r.filters.end) == (date(2021, 2, 1), date(2021, 5, 31))


def test_absurd_values_are_capped():
    many = ",".join(f"县{i}" for i in range(500))
    r = parse_params({"county": many, "q": "字" * 5000})
    assert len(r.filters.counties) == MAX_VALUES
    assert len(r.filters.q) == MAX_QUERY_CHARS
    assert len(r.notices) == 2


def test_control_characters_and_blank_values_are_dropped():
    r = parse({"county": ["", " , ,", "泗水县\x00"], "q": "  算力\u200b中心 \n"})
    assert r.filters.counties == ("泗水县",)
    assert r.filters.q == "算力中心"


def test_round_trip_through_params():
    f = Filters(start=date(2022, 1, 1), end=date(2022, 12, 31), counties=("泗水县", "嘉祥县"),
                topics=("制造强市/助企攀登",), officials=("林红玉",), q="算力中心")
    params = f.to_params()
    assert params["county"] == ["泗水县", "嘉祥县"]
    assert parse(params).filters == f
    assert Filters().to_params() == {}
    assert Filters().is_empty and not f.is_empty


def test_replace_deduplicates_list_fields():
    f = Filters().replace(counties=["泗水县", "泗水县", "嘉祥县"])
    assert f.counties == ("泗水县", "嘉祥县")


def test_page_params_are_left_alone_and_choices_checked():
    r = parse({"article": "abc", "embed": "true"})
    assert r.filters == Filters() and r.notices == []
    assert parse_choice("总投", ["总投资", "营业收入"], name="metric") == ("总投资", [])
    value, notices = parse_choice("<script>", ["总投资"], name="metric")
    assert value is None and "metric" in notices[0]


def test_split_values_ignores_non_strings():
    assert split_values(["a、b", None, 3, "a"]) == ["a", "b"]  # type: ignore[list-item]


params_strategy = st.dictionaries(
    st.sampled_from(["county", "topic", "official", "start", "end", "q", "other"]),
    st.one_of(st.text(max_size=60), st.lists(st.text(max_size=30), max_size=6)),
    max_size=7,
)


@settings(max_examples=300, deadline=None)
@given(params_strategy)
def test_any_query_string_gives_filters_and_never_raises(params):
    r = parse(params)
    assert isinstance(r.filters, Filters)
    assert set(r.filters.counties) <= set(COUNTIES)
    assert set(r.filters.topics) <= set(TOPICS)
    if r.filters.start and r.filters.end:
        assert r.filters.start <= r.filters.end
    # What comes out goes back in unchanged.
    assert parse(r.filters.to_params()).filters == r.filters


def test_parse_range_says_what_is_wrong_and_never_swaps():
    from datetime import date

    from jdash.filters import parse_range

    ok = parse_range("2022/5/1", "2022-06")
    assert (ok.start, ok.end, ok.problems, ok.inverted) == (date(2022, 5, 1), date(2022, 6, 30), (), False)
    assert parse_range("", " ").start is None and parse_range("", "").problems == ()
    inverted = parse_range("2023-01-01", "2022-12-31")
    assert inverted.inverted and (inverted.start, inverted.end) == (None, None)
    assert "before the start" in inverted.problems[0] and "2022-12-31" in inverted.problems[0]
    bad = parse_range("5月", "2022-12-31")
    assert bad.start is None and bad.end == date(2022, 12, 31) and "not a date" in bad.problems[0]
