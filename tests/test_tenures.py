"""Officials' tenures learned from a corpus's dated pages date its undated pages (a synthetic corpus:
every page, name and event here is invented)."""

from __future__ import annotations

import pandas as pd
import pytest

from jdash import tenures
from jdash.store import build, load_corpus


def page(day: str, headline: str, people: str, extra: str = "") -> str:
    return f"本报济宁{day}讯（记者 周七）今天，{headline}。{people}{extra}\n\n{headline}\n"


SECRETARY = "市委书记周明远出席会议并讲话。"
BOTH = "市委书记周明远出席会议并讲话，市长吴海峰主持会议。"
MAYOR = "市长吴海峰出席会议并讲话。"
DATED = {
    "2017-04-11_p1.txt": page("4月10日", "全市项目建设推进会议召开", SECRETARY),
    "2017-09-06_p1.txt": page("9月5日", "全市教育工作会议召开", SECRETARY),
    "2018-03-21_p1.txt": page("3月20日", "全市春季植树活动启动", MAYOR),
    "2019-06-12_p1.txt": page("6月11日", "全市文化旅游大会召开", MAYOR),
}
# No year of its own but a weak one (2018年以来 alone is too weak to give a year).
UNDATED = {"u1.txt": page("5月8日", "全市安全生产工作会议召开", BOTH, "2018年以来，全市新增规上企业300家。")}


def _build(tmp_path, pages: dict[str, str]):
    folder = tmp_path / "pages"
    folder.mkdir(parents=True)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    build([folder], tmp_path / "store")
    return load_corpus(tmp_path / "store")


def test_dated_pages_teach_who_held_which_post(tmp_path):
    corpus = _build(tmp_path, DATED)
    table = tenures.learn(corpus.officials, corpus.pages)
    got = {(r.post, r.name): (r.first_year, r.last_year, r.pages) for r in table.itertuples()}
    assert got == {("市委书记", "周明远"): (2017, 2017, 2), ("市长", "吴海峰"): (2018, 2019, 2)}


def test_an_undated_page_naming_them_is_dated(tmp_path):
    alone = _build(tmp_path / "a", UNDATED)
    assert alone.pages.at[0, "issue_date"] is pd.NaT or pd.isna(alone.pages.at[0, "issue_date"])
    corpus = _build(tmp_path / "b", {**DATED, **UNDATED})
    row = corpus.pages.set_index("source").loc["u1.txt"]
    assert (str(row["issue_date"].date()), row["date_source"]) == ("2018-05-09", "inferred")
    assert any(e.startswith("市委书记周明远 (held 2017–2017") for e in row["date_evidence"])
    article = corpus.articles.loc[corpus.articles["source"] == "u1.txt"].iloc[0]
    assert str(article["event_date"].date()) == "2018-05-08"
    officials = corpus.officials.loc[corpus.officials["source"] == "u1.txt"]
    assert officials["issue_date"].notna().all()


def test_deputies_and_bare_county_titles_are_no_posts():
    assert tenures.post_of("副市长", "city") is None and tenures.post_of("县委书记", "county") is None
    assert tenures.post_of("嘉祥县委书记", "county") == "嘉祥县委书记"
    assert tenures.post_of("时任嘉祥县委书记", "county") is None and tenures.post_of("曾任市长", "city") is None


@pytest.mark.parametrize("source, confidence, teaches", [("filename", 1.0, True), ("inferred", 0.9, True),
                                                         ("inferred", 0.6, False)])
def test_only_dates_that_are_known_teach(source, confidence, teaches):
    officials = pd.DataFrame({"name": ["周明远"], "titles": [["市委书记"]], "level": ["city"], "source": ["p"],
                              "confidence": [1.0]})
    pages = pd.DataFrame({"source": ["p"], "issue_date": [pd.Timestamp("2017-04-11")], "date_source": [source],
                          "date_confidence": [confidence]})
    assert len(tenures.learn(officials, pages)) == int(teaches)


def test_the_tenures_export(tmp_path):
    from click.testing import CliRunner

    from jdash.cli import main

    _build(tmp_path, DATED)
    result = CliRunner().invoke(main, ["export", "tenures", "--format", "csv", "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    lines = result.output.lstrip("\ufeff").splitlines()
    assert lines[0] == "post,name,first_year,last_year,pages,source,term_bounds_known,url"
    # Years the corpus shows are years seen in office, not the term's first and last.
    assert "市长,吴海峰,2018,2019,2,corpus (dated pages),False," in lines
    # The public record's rows come too, marked by their source; a leader still in office has no last year.
    assert any(line.startswith("市长,梅永红,2010,2015,,public record (") for line in lines)
    assert any(line.startswith("省委书记,林武,2022,,,public record (") for line in lines)
    assert any(line.startswith("市委书记,马平昌,2011,2015,,public record (") and ",False," in line for line in lines)
    assert any(line.startswith("市中区委书记,张辉,2011,2013,,public record (S),True,http") for line in lines)


def test_a_page_dated_by_tenures_teaches_none():
    officials = pd.DataFrame({"name": ["周明远"], "titles": [["市委书记"]], "level": ["city"], "source": ["p"],
                              "confidence": [1.0]})
    pages = pd.DataFrame({"source": ["p"], "issue_date": [pd.Timestamp("2017-04-11")], "date_source": ["inferred"],
                          "date_confidence": [0.9],
                          "date_evidence": [["year 2017: 市长吴海峰 (held 2016–2018 on dated pages) (2015–2019)"]]})
    assert tenures.learn(officials, pages).empty


def test_every_post_passes_the_stores_pre_filter():
    import re

    from jdash.datafiles import read_words

    assert all(re.search(tenures.POST_PATTERN, post) for post in read_words("tenure_posts.txt"))


def test_a_post_public_record_knows_is_not_counted_twice():
    """市委书记马平昌 is in jdash/data/leaders.csv: the page's own leader cue says it; a span learned
    from the corpus adds no second cue for the same fact. An official public record does not know does."""
    table = pd.DataFrame([["市委书记", "马平昌", 2014, 2015, 4], ["市长", "吴海峰", 2016, 2018, 3]], columns=tenures.COLUMNS)
    found = tenures.cues([("马平昌", ["市委书记"], "city"), ("吴海峰", ["市长"], "city")], table)
    assert [c.text.split(" ")[0] for c in found] == ["市长吴海峰"]


HISTORY = {
    "2022-03-02_p1.txt": page("3月1日", "全县文化工作会议召开", "嘉祥县委书记吴海峰出席会议并讲话。",
                              "1998年5月，首届文化节开幕，时任嘉祥县委书记周明远致辞。"),
    "2022-06-02_p1.txt": page("6月1日", "全县文旅推介会举行", "1998年5月，首届文化节开幕，嘉祥县委书记周明远致辞。"),
}


@pytest.mark.parametrize("body, teaches", [
    ("嘉祥县委书记周明远出席会议并讲话。", True),
    ("1998年5月，首届文化节开幕，嘉祥县委书记周明远致辞。", False),
    ("会上，时任嘉祥县委书记周明远的讲话被再次提起。", False),
    ("会议回顾了1998年以来的成绩。嘉祥县委书记周明远出席会议并讲话。", True),
])
def test_only_sentences_about_the_pages_year_teach(body, teaches):
    assert tenures.about_the_present(body, "周明远", 2022) is teaches
    officials = pd.DataFrame({"name": ["周明远"], "titles": [["嘉祥县委书记"]], "level": ["county"], "source": ["p"],
                              "confidence": [1.0], "article_id": ["a"]})
    pages = pd.DataFrame({"source": ["p"], "issue_date": [pd.Timestamp("2022-03-02")], "date_source": ["filename"],
                          "date_confidence": [1.0]})
    assert len(tenures.learn(officials, pages, {"a": body})) == int(teaches)


def test_a_history_sentence_gives_no_tenure_in_the_export(tmp_path):
    """An official named in a 1998 photo caption or history sentence on a 2022 page held the post in
    1998, not 2022: the export does not say 2022; the official named in the present does."""
    from click.testing import CliRunner

    from jdash.cli import main

    corpus = _build(tmp_path, HISTORY)
    assert set(corpus.officials["name"]) >= {"周明远", "吴海峰"}
    result = CliRunner().invoke(main, ["export", "tenures", "--format", "csv", "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    learned = [line for line in result.output.splitlines() if "corpus (dated pages)" in line]
    assert learned == ["嘉祥县委书记,吴海峰,2022,2022,1,corpus (dated pages),False,"]


@pytest.mark.parametrize("body, until", [
    ("嘉祥县委书记周明远出席会议并讲话。", None),
    ("1998年5月，首届文化节开幕，嘉祥县委书记周明远致辞。", 1998),
    ("会上，时任嘉祥县委书记周明远的讲话被再次提起。", tenures.NEVER),
    ("周明远任嘉祥县委书记期间，全县修路300公里。", tenures.NEVER),
    ("周明远曾任嘉祥县委书记。", tenures.NEVER),
    ("原嘉祥县委副书记、县长周明远回到村里。", tenures.NEVER),
    ("原则上，嘉祥县委书记周明远每月下乡一次。", None),  # 原则 is no 原 of a title
    # The latest a sentence about the present allows: one sentence of 1998, one of 2022.
    ("1998年，嘉祥县委书记周明远致辞。2022年，嘉祥县委书记周明远再次致辞。", 2022),
])
def test_how_late_a_mention_speaks_of_the_present(body, until):
    assert tenures.told_until(body, "周明远") == until


def test_a_title_of_the_past_is_no_post():
    assert tenures.post_of("原市长", "city") is None and tenures.post_of("前任县长", "county") is None


def test_the_build_learns_no_tenure_from_a_history_sentence(tmp_path):
    """The build learns from the mentions the parse kept (the tenure_mentions table): 周明远 of a 1998
    sentence on a 2022 page dates no undated page; 吴海峰, named in the present, does."""
    from jdash import parts, store

    undated = {"u2.txt": page("5月8日", "全县安全生产工作会议召开",
                              "嘉祥县委书记吴海峰、嘉祥县委书记周明远出席。")}
    corpus = _build(tmp_path, {**HISTORY, **undated})
    evidence = " ".join(corpus.pages.set_index("source").loc["u2.txt", "date_evidence"])
    assert "吴海峰 (held 2022–2022" in evidence and "周明远" not in evidence
    kept = parts.read_table(tmp_path / "store" / "generations" / store.current_generation(tmp_path / "store"),
                            "tenure_mentions").to_pandas()
    got = {(s, n): None if pd.isna(u) else int(u) for s, n, u in zip(kept["source"], kept["name"], kept["told_until"])}
    assert got[("2022-03-02_p1.txt", "吴海峰")] is None and got[("2022-06-02_p1.txt", "周明远")] == 1998
    assert ("2022-03-02_p1.txt", "周明远") not in got  # 时任…: only of the past, not kept


def test_public_record_reads_a_year_given_with_its_month():
    """leaders.csv may give the month a term began or ended (`2020-04`): the registry shows its year, and
    the term's bounds as known."""
    from jdash.tenures import public_record

    table = public_record()
    months = table.loc[(table["post"] == "市长") & (table["name"] == "林红玉")].iloc[0]
    assert (int(months["first_year"]), int(months["last_year"]), bool(months["term_bounds_known"])) == (2020, 2021, True)
