"""The views' per-generation caches (`views._SPANS`: each part's span of dates; `views._FILES`: each table's files
by part) in a running server across a rebuild. A build never rewrites a generation: it writes a new folder of a
new name, and the server opens a new engine on it (ui.cache keys the engine by the store's generation), so the
caches, keyed by the generation's folder, answer for the new parts; the old engine keeps answering for its own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jdash import parts, store, views
from jdash.engine import Engine
from jdash.filters import Filters

PAGE = "{title}\n\n本报济宁5月{day}日讯（记者 张三）今天上午，{title}。会议指出，全市地区生产总值增长5.{day}%。\n"
TITLES = ("全市工作会议召开", "全市项目建设推进会召开", "全市安全生产会议召开", "全市招商引资工作会议召开")
YEAR_2021 = Filters(start=date(2021, 1, 1), end=date(2021, 12, 31))


def _corpus(folder: Path, dates: list[str]) -> Path:
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    rows = ["file,date"]
    for day, (title, issued) in enumerate(zip(TITLES, dates), start=1):
        (folder / f"p{day}.txt").write_text(PAGE.format(title=title, day=day), encoding="utf-8")
        rows.append(f"p{day}.txt,{issued}")
    (folder / "pages.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def _articles_of_2021(engine: Engine) -> int:
    return int(engine.df(f"SELECT count(*) AS n FROM {views._parts(engine, 'articles', YEAR_2021)}")["n"][0])


def test_a_date_range_reads_the_parts_a_rebuild_added_and_not_those_it_removed(tmp_path, monkeypatch):
    monkeypatch.setattr(parts, "PART_PAGES", 1)  # a part a page: a date range picks parts by their spans
    corpus, home = tmp_path / "corpus", tmp_path / "store"
    store.build([_corpus(corpus, ["2020-05-01", "2020-05-02", "2020-05-03"])], home)
    before = Engine.open(home)
    assert _articles_of_2021(before) == 0 and views._parts(before, "articles", YEAR_2021).endswith("WHERE false)")

    store.build([_corpus(corpus, ["2020-05-01", "2020-05-02", "2020-05-03", "2021-05-04"])], home)
    added = Engine.open(home)
    assert added.generation != before.generation
    assert _articles_of_2021(added) == 1  # the new part, which the caches did not know
    assert _articles_of_2021(before) == 0  # the old engine still reads its own generation's parts

    store.build([_corpus(corpus, ["2020-05-01", "2020-05-02", "2020-05-03"])], home)
    removed = Engine.open(home)
    assert _articles_of_2021(removed) == 0
    assert {str(e.generation) for e in (before, added, removed)} <= set(views._SPANS)
