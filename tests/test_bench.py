"""The benchmark's corpus generator and a smoke run of `bench.run` (no timings are asserted)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # `bench` lives at the repository's root, next to `jdash`
    sys.path.insert(0, str(REPO))

from bench import run as bench_run
from bench.corpus import (
    MAX_WIDTH,
    MIN_WIDTH,
    Generator,
    Rewording,
    SeedArticle,
    change_page,
    seed_articles,
    write_corpus,
)
from jdash.parser import parse_page
from jdash.pipeline import discover_pages, process_page
from jdash.textio import decode_page, normalise_text

N = 40


@pytest.fixture(scope="module")
def pages():
    return list(Generator(seed=3).pages(N))


def _text(page) -> str:
    return normalise_text(decode_page(page.data, page.name))


def test_pages_are_distinct(pages):
    assert len({hashlib.sha256(p.data).digest() for p in pages}) == N
    assert len({p.name for p in pages}) == N


def test_deterministic_per_seed(pages):
    again = Generator(seed=3)
    assert [again.page(i).data for i in (0, 7, N - 1)] == [pages[i].data for i in (0, 7, N - 1)]
    # Page i does not depend on how many pages are made: a small corpus is a prefix of a big one.
    assert [p.data for p in Generator(seed=3).pages(5)] == [p.data for p in pages[:5]]
    other = Generator(seed=4)
    assert all(other.page(i).data != pages[i].data for i in range(5))


@pytest.fixture(scope="module")
def fresh_pages():
    return list(Generator(seed=3, fresh=True).pages(N))


def test_pages_parse_into_the_articles_composed(pages):
    _assert_parse_into_the_articles_composed(pages)


def test_fresh_pages_parse_into_the_articles_composed(fresh_pages):
    _assert_parse_into_the_articles_composed(fresh_pages)


def _repeated_share(pages) -> float:
    """The share of sentences (12 characters or more) printed on more than one page."""
    seen: dict[str, int] = {}
    for page in pages:
        text = _text(page).replace("\n", "")
        for sentence in {s for s in re.split("[。！？；]", text) if len(s) >= 12}:
            seen[sentence] = seen.get(sentence, 0) + 1
    return sum(n > 1 for n in seen.values()) / len(seen)


def test_fresh_pages_do_not_repeat_the_seeds_sentences(pages, fresh_pages):
    assert _repeated_share(fresh_pages) < 0.01
    assert _repeated_share(pages) > 0.1  # the plain corpus prints the seeds' sentences again and again


def test_fresh_pages_are_deterministic_and_dense_in_figures(fresh_pages):
    assert Generator(seed=3, fresh=True).page(7).data == fresh_pages[7].data
    assert Generator(seed=3).page(7).data != fresh_pages[7].data
    results = [process_page(p.name, p.data) for p in fresh_pages[:8]]
    assert all(r.articles and not r.warnings for r in results)
    figures = sum(len(a.figures) for r in results for a in r.articles)
    thousands = sum(len(_text(p)) for p in fresh_pages[:8]) / 1000
    assert figures / thousands >= 6  # as the real sample pages (about 9 a thousand characters), not 4.6 as the seeds


def test_rewording_keeps_numbers_names_and_the_words_beside_a_number():
    import random

    text = "全市完成投资120亿元，新建项目36个，张伟出席会议并讲话，要求各地加快推进重点工程建设。"
    article = SeedArticle(kind="news", headline="全市推进重点工程", subheadline=None, kicker=None, place=None,
                          month_day=None, reporters=(), continued_to=None, paragraphs=(text,), year=2022,
                          officials=(), persons=("张伟",))
    rewording = Rewording((article,))
    outs = {rewording.reword(text, frozenset({"张伟"}), random.Random(i)) for i in range(20)}
    assert len(outs) > 5
    for out in outs:
        assert "投资120亿元" in out and "项目36个" in out and "张伟" in out
    assert rewording.reword("不是种子里的文字", frozenset(), random.Random(0)) == "不是种子里的文字"


def _assert_parse_into_the_articles_composed(pages):
    composed = found = recovered = 0
    for page in pages:
        articles = parse_page(_text(page), page.name)
        headlines = {a.headline for a in articles}
        composed += page.articles
        found += len(articles)
        recovered += sum(h in headlines for h in page.headlines)
        assert articles, page.name
    assert abs(found - composed) <= 0.1 * composed
    assert recovered >= 0.85 * composed


def test_pages_are_processed_without_warnings(pages):
    for page in pages[:10]:
        result = process_page(page.name, page.data)
        assert result.articles and not result.warnings, page.name


def test_layout_varies_within_the_width_range(pages):
    widths = set()
    for page in pages:
        lines = [line for line in _text(page).split("\n") if line.strip()]
        body = [len(line) for line in lines if not line.startswith(("■", "本报"))]
        widths.add(max(body, key=body.count))  # the most common line length is the wrap width
    assert len(widths) >= 5
    assert all(MIN_WIDTH <= w <= MAX_WIDTH + 2 for w in widths)


def test_encodings_vary_and_all_decode(pages):
    kinds = {"bom" if p.data.startswith(b"\xef\xbb\xbf") else "utf-8" if _is_utf8(p.data) else "other"
             for p in pages}
    assert "utf-8" in kinds and len(kinds) >= 2
    for page in pages:
        assert "本报" in _text(page) or "■" in _text(page)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def test_seed_names_are_replaced(pages):
    seeds = seed_articles()
    officials = {n for a in seeds for n in a.officials}
    reporters = {n for a in seeds for n, _ in a.reporters}
    text = "".join(_text(p) for p in pages)
    assert "林红玉" in officials and "宋仪凯" in reporters
    assert not [n for n in officials | reporters if len(n) >= 3 and n in text]
    assert "习近平" in text  # national leaders are not invented


def test_dates_years_and_numbers_follow_the_new_issue():
    article = SeedArticle(
        kind="news", headline="全市会议召开", subheadline=None, kicker=None, place="济宁", month_day=(3, 19),
        reporters=(("宋仪凯", "记者"),), continued_to=None, year=2022, officials=("林红玉",), persons=(),
        paragraphs=(("3月19日，全市会议召开，表扬了2021年度表现突出的集体，“十四五”开局良好，"
                     "林红玉出席。全年完成投资120亿元。"),),
    )
    gen = Generator(seed=1)
    gen.articles = (article,)
    date = dt.date(2016, 4, 5)
    import random

    paragraphs, headline = gen._article(article, date, 18, random.Random(0))
    text = "".join(paragraphs).replace("\n", "")
    assert headline == "全市会议召开"
    assert text.startswith(("本报济宁4月4日讯（记者 ", "本报济宁4月5日讯（记者 "))
    assert "2015年度" in text and "2021" not in text
    assert "“十三五”" in text
    assert "林红玉" not in text and "宋仪凯" not in text
    assert "120亿元" not in text and "亿元" in text


def test_write_corpus_writes_pages_csv_that_the_pipeline_reads(tmp_path):
    written = write_corpus(12, tmp_path, seed=2)
    with open(tmp_path / "pages.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["file"] for r in rows] == [p.name for p in written]
    found, warnings = discover_pages([tmp_path])
    assert not warnings and len(found) == 12
    first = found[0]
    result = process_page(first.source, first.path.read_bytes(), first.meta)
    assert result.date_source == "pages.csv"
    assert result.issue_date == written[0].date.isoformat()
    # Consecutive issues, eight pages each.
    assert written[8].date - written[0].date == dt.timedelta(days=1)


def test_change_page_changes_the_bytes(tmp_path):
    written = write_corpus(3, tmp_path, seed=2)
    path = tmp_path / written[1].name
    before = path.read_bytes()
    assert change_page(path) == before
    assert path.read_bytes() != before
    assert decode_page(path.read_bytes(), path.name)


def test_smoke_run_writes_every_figure(tmp_path, capsys):
    out = tmp_path / "PERFORMANCE.md"
    code = bench_run.main(["--pages", "20", "--queries", "200", "--repeat", "1", "--profile-pages", "5",
                           "--out", str(out), "--workdir", str(tmp_path / "work"), "--no-notes"])
    assert code == 0
    report = out.read_text(encoding="utf-8")
    assert capsys.readouterr().out.strip() == report.strip()
    for figure in ("cold build, 1 worker", "jieba floor, 1 process", "**build ÷ floor, 1 worker**",
                   "rjieba floor, 1 process", "**build ÷ rjieba floor, 2 workers**",
                   "**build ÷ floor, 2 workers**", "**speed-up, 2 workers over 1**",
                   "rebuild, nothing changed", "**one-page rebuild ÷ cold 1-worker build**",
                   "peak memory, 1 worker", "peak memory per 1,000 pages, 2 workers",
                   "## Where a page's time goes", "## Dashboard queries", "## Machine", "- cores: "):
        assert figure in report, figure
    for page in ("overview", "timeline", "keywords", "network", "counties", "articles"):
        assert f"| {page} | all |" in report and f"| {page} | filtered |" in report
    build_table = report.split("## Build", 1)[1].split("\n\n", 2)[1]
    assert "| — |" not in build_table  # every figure was measured
    # The raw results are kept, and the report can be written again from them alone.
    again = tmp_path / "again.md"
    assert bench_run.main(["--render", str(tmp_path / "work" / "results.json"), "--out", str(again),
                           "--no-notes"]) == 0
    assert again.read_text(encoding="utf-8") == report
    # With the notes: the targets' status table on top, the written analysis at the end.
    noted = tmp_path / "noted.md"
    assert bench_run.main(["--render", str(tmp_path / "work" / "results.json"), "--out", str(noted)]) == 0
    text = noted.read_text(encoding="utf-8")
    assert text.startswith("# Performance\n\n" + bench_run.STATUS.read_text(encoding="utf-8").strip())
    assert text.rstrip().endswith(bench_run.NOTES.read_text(encoding="utf-8").strip())


def test_same_finds_a_changed_row_and_accepts_equal_dumps(tmp_path, capsys):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from bench import same

    for name, keywords in (("a", ["新能源"]), ("b", ["新能源"]), ("c", ["汽车"])):
        (tmp_path / name).mkdir()
        pq.write_table(pa.table({"id": ["x"], "keywords": [keywords]}), tmp_path / name / "articles.parquet")
    assert same.compare(tmp_path / "a", tmp_path / "b") == 0
    assert same.compare(tmp_path / "a", tmp_path / "c") == 1
    assert "keywords: ['新能源'] → ['汽车']" in capsys.readouterr().out
