"""The user's corrections (jdash/corrections.py): anchored to the page's text, applied at every build
and at once, orphaned when the text they anchor is gone, exported and imported. Pages here are
invented text."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import jdash.store
from jdash import corrections as C
from jdash.cli import main
from jdash.errors import CorrectionError
from jdash.store import apply_corrections, build, load_corpus

PAGE = """泗水县召开重点项目推进会议

本报泗水讯（记者 王明）3月5日，泗水县召开重点项目推进会议。县委书记张建国出席会议并讲话，县长李文华主持。

会议指出，今年以来全县新开工项目12个，完成投资35.6亿元，同比增长8.5%。

会议要求，各部门要压实责任，加快项目建设进度。

嘉祥县举办农民丰收节

本报嘉祥讯（通讯员 赵丽）日前，嘉祥县农民丰收节在纸坊镇开幕。副县长孙志强出席活动。

活动期间，全县销售农产品2.3万吨，带动农户增收1200万元。
"""


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "page.txt").write_text(PAGE, encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path, corpus) -> Path:
    path = tmp_path / "store"
    build([corpus], path)
    return path


def anchorer(store: Path) -> C.Anchorer:
    c = load_corpus(store)
    page = c.articles.loc[c.articles["source"] == "page.txt"].sort_values("order")
    digest = c.pages.set_index("source").loc["page.txt", "content_hash"]
    return C.Anchorer("page.txt", digest, list(zip(page["id"], page["headline"], page["body"])))


def article_with(store: Path, text: str) -> pd.Series:
    arts = load_corpus(store).articles
    return arts.loc[arts["body"].str.contains(text, regex=False)].iloc[0]


def fix_three(store: Path) -> list[C.Correction]:
    """The issue's three fixes: a wrong year, a false official, a wrong figure."""
    an = anchorer(store)
    first = article_with(store, "李文华")
    figs = load_corpus(store).figures
    fig = figs.loc[(figs["article_id"] == first["id"]) & (figs["unit"] == "亿元")].iloc[0]
    new = [C.make("set_date", an.page_anchor(), "2016-03-06"),
           C.make("reject_official", an.official(first["id"], "李文华")),
           C.make("reject_figure", an.figure(first["id"], fig["value"], fig["unit"], fig["sentence"]))]
    apply_corrections(store, new)
    return new


def assert_three_applied(store: Path) -> None:
    c = load_corpus(store)
    assert set(c.pages["date_source"]) == {"user"}
    assert (c.articles["issue_date"] == pd.Timestamp("2016-03-06")).all()
    assert (c.articles["corrected_by"] == "user").all()
    assert "李文华" not in set(c.officials["name"])
    assert "张建国" in set(c.officials["name"])
    assert not ((c.figures["value"] == 35.6) & (c.figures["unit"] == "亿元")).any()
    assert ((c.figures["value"] == 8.5)).any()
    assert {o.status for o in C.status(store)} == {C.APPLIED}


def test_three_fixes_change_the_tables_at_once(store):
    before = load_corpus(store)
    assert "李文华" in set(before.officials["name"])
    assert (before.figures["value"] == 35.6).any()
    fix_three(store)
    assert_three_applied(store)
    # Every export carries the provenance: the officials' table of the kept official is uncorrected.
    c = load_corpus(store)
    assert c.officials["corrected_by"].isna().all()
    assert c.pages["corrected_at"].notna().all()


def test_a_date_the_user_sets_places_a_day_printed_without_its_month(tmp_path):
    """`5日上午，…` on a page of no known day has no event date; the user's issue date places it in its month."""
    folder = tmp_path / "undated"
    folder.mkdir()
    (folder / "p.txt").write_text("本报泗水讯（记者 周七）5日上午，全县重点工作推进会召开。\n\n全县重点工作推进会召开\n",
                                  encoding="utf-8")
    path = tmp_path / "store"
    build([folder], path)
    assert load_corpus(path).articles["event_date"].isna().all()
    c = load_corpus(path)
    anchor = C.Anchorer("p.txt", c.pages.set_index("source").loc["p.txt", "content_hash"],
                        list(zip(c.articles["id"], c.articles["headline"], c.articles["body"]))).page_anchor()
    apply_corrections(path, [C.make("set_date", anchor, "2016-03-07")])
    assert list(load_corpus(path).articles["event_date"]) == [pd.Timestamp("2016-03-05")]


def test_corrections_survive_a_rebuild_from_scratch_and_a_parser_change(store, corpus, monkeypatch):
    fix_three(store)
    # From scratch: every table and the kept parses gone, only the corrections file is left.
    for sub in store.iterdir():
        if sub.name != C.FILE_NAME:
            jdash.store.shutil.rmtree(sub) if sub.is_dir() else sub.unlink()
    monkeypatch.setattr(jdash.store, "code_version", lambda: "a parser of the future")
    report = build([corpus], store)
    assert report.parsed == 1
    assert_three_applied(store)


def test_a_parser_change_reparses_and_reapplies(store, corpus, monkeypatch):
    fix_three(store)
    monkeypatch.setattr(jdash.store, "code_version", lambda: "another parser")
    report = build([corpus], store)
    assert report.parsed == 1 and report.reused == 0
    assert_three_applied(store)


def test_editing_the_page_orphans_only_the_broken_anchor(store, corpus):
    made = fix_three(store)
    (corpus / "page.txt").write_text(PAGE.replace("县长李文华主持", "县长主持"), encoding="utf-8")
    build([corpus], store)
    by_id = {o.correction.id: o for o in C.status(store)}
    assert by_id[made[1].id].status == C.ORPHANED
    assert by_id[made[0].id].status == C.APPLIED and by_id[made[2].id].status == C.APPLIED
    assert [o.correction.id for o in C.orphaned(store)] == [made[1].id]
    c = load_corpus(store)
    assert (c.articles["issue_date"] == pd.Timestamp("2016-03-06")).all()
    # The orphan is listed, not dropped.
    result = CliRunner().invoke(main, ["corrections", "list", "--orphaned", "--store", str(store)])
    assert result.exit_code == 0 and made[1].id in result.output and "ORPHANED" in result.output
    assert made[0].id not in result.output


def test_anchor_picks_the_occurrence_nearest_its_offset():
    page = C.PageText.of([("a", "一", "张三出席。"), ("b", "二", "张三主持。")])
    second = C.anchor_at(page, "p", "h", 1, "张三")
    assert page.find("张三", second["offset"])[0] == 1
    assert page.find("张三", 0)[0] == 0
    assert page.find("李四", 0) is None


def test_undo_restores_what_the_parse_said(store):
    made = fix_three(store)
    apply_corrections(store, [C.make("undo", {"correction": made[1].id})])
    c = load_corpus(store)
    assert "李文华" in set(c.officials["name"])
    assert "李文华" in set(c.articles.loc[c.articles["body"].str.contains("李文华"), "officials"].iloc[0])
    status = {o.correction.id: o.status for o in C.status(store)}
    assert status[made[1].id] == C.UNDONE
    # The other corrections still hold.
    assert set(c.pages["date_source"]) == {"user"}


def test_headline_kind_and_entity_fixes(store):
    an = anchorer(store)
    first = article_with(store, "李文华")
    second = article_with(store, "孙志强")
    fig = load_corpus(store).figures.query("unit == '万吨'").iloc[0]
    apply_corrections(store, [
        C.make("set_headline", an.article(first["id"]), "泗水县召开重点项目推进会议", was=first["headline"]),
        C.make("set_kind", an.article(second["id"]), "feature"),
        C.make("add_official", an.article(second["id"]), {"name": "赵丽", "title": "县委宣传部部长"}),
        C.make("fix_figure", an.figure(second["id"], fig["value"], fig["unit"], fig["sentence"]),
               {"county": "嘉祥县", "metric": "农产品销量"}),
    ])
    c = load_corpus(store)
    arts = c.articles.set_index("id")
    assert arts.loc[first["id"], "headline"] == "泗水县召开重点项目推进会议"
    assert arts.loc[second["id"], "kind"] == "feature"
    added = c.officials.loc[c.officials["name"] == "赵丽"].iloc[0]
    assert added["article_id"] == second["id"] and added["title"] == "县委宣传部部长"
    assert added["corrected_by"] == "user"
    fixed = c.figures.query("unit == '万吨'").iloc[0]
    assert (fixed["county"], fixed["metric"], fixed["corrected_by"]) == ("嘉祥县", "农产品销量", "user")
    assert c.figures.query("unit != '万吨'")["corrected_by"].isna().all()


def test_an_added_official_takes_the_level_the_extractor_gives_the_title(store):
    """An official added as 副市长 was levelled "other" (the network coloured them so, the reader said "(other)"):
    the level is the one the extractor gives the title (city), and a title naming no level stays other."""
    an = anchorer(store)
    second = article_with(store, "孙志强")
    apply_corrections(store, [
        C.make("add_official", an.article(second["id"]), {"name": "赵丽", "title": "副市长"}),
        C.make("add_official", an.article(second["id"]), {"name": "钱明", "title": "镇长"}),
        C.make("add_official", an.article(second["id"]), {"name": "孙亮", "title": "顾问"}),
    ])
    levels = load_corpus(store).officials.set_index("name")["level"]
    assert (levels["赵丽"], levels["钱明"], levels["孙亮"]) == ("city", "county", "other")


def test_a_figure_whose_unit_the_user_fixes_is_normalised_in_that_unit(store):
    """3个 fixed to 亿元 kept base unit 个 and normalised value 3 (what comparisons and exports read); a fix of the
    county alone leaves both as the parse gave them."""
    an = anchorer(store)
    c = load_corpus(store)
    count, other = c.figures.loc[c.figures["unit"] == "个"].iloc[0], c.figures.loc[c.figures["unit"] == "亿元"].iloc[0]
    apply_corrections(store, [
        C.make("fix_figure", an.figure(count["article_id"], count["value"], count["unit"], count["sentence"]),
               {"unit": "亿元", "metric": "营业收入"}),
        C.make("fix_figure", an.figure(other["article_id"], other["value"], other["unit"], other["sentence"]),
               {"county": "嘉祥县"}),
    ])
    after = load_corpus(store).figures
    fixed = after.loc[(after["corrected_by"] == "user") & (after["unit"] == "亿元") & (after["metric"] == "营业收入")
                      & (after["sentence"] == count["sentence"])].iloc[0]
    assert (fixed["base_unit"], fixed["normalised_value"]) == ("元", count["value"] * 1e8)
    kept = after.loc[(after["corrected_by"] == "user") & (after["county"] == "嘉祥县") & (after["unit"] == "亿元")
                     & (after["sentence"] == other["sentence"]) & (after["value"] == other["value"])].iloc[0]
    assert (kept["base_unit"], kept["normalised_value"]) == (other["base_unit"], other["normalised_value"])


def test_a_figure_the_user_gives_metric_county_and_period_is_no_longer_uncertain(store):
    """A figure fixed in the reader stayed `uncertain` and off the Counties page though the user gave it all
    that it lacked; one still lacking its period stays as sure as it was."""
    an = anchorer(store)
    c = load_corpus(store)
    figs = c.figures.loc[c.figures["confidence"] < 0.9]
    low, other = figs.iloc[0], figs.iloc[1]
    apply_corrections(store, [
        C.make("fix_figure", an.figure(low["article_id"], low["value"], low["unit"], low["sentence"]),
               {"metric": "营业收入", "county": "嘉祥县", "period": "2016年上半年"}),
        C.make("fix_figure", an.figure(other["article_id"], other["value"], other["unit"], other["sentence"]),
               {"county": "嘉祥县", "period": ""}),
    ])
    after = load_corpus(store).figures.set_index(["article_id", "value", "unit", "sentence"])
    assert after.loc[tuple(low[["article_id", "value", "unit", "sentence"]]), "confidence"].max() == 1.0
    assert after.loc[tuple(other[["article_id", "value", "unit", "sentence"]]), "confidence"].max() == other["confidence"]


def test_split_then_merge(store):
    an = anchorer(store)
    first = article_with(store, "李文华")
    n = len(load_corpus(store).articles)
    split = C.make("split", an.paragraph(first["id"], 2), "压实责任加快建设")
    apply_corrections(store, [split])
    c = load_corpus(store)
    assert len(c.articles) == n + 1
    new = c.articles.loc[c.articles["headline"] == "压实责任加快建设"].iloc[0]
    assert new["body"].startswith("会议要求") and new["order"] == 1
    assert "李文华" not in new["officials"]
    # Merge it back: the page has its first article whole again.
    apply_corrections(store, [C.make("merge_previous", anchorer(store).article(new["id"]))])
    c = load_corpus(store)
    assert len(c.articles) == n
    assert "会议要求" in c.articles.set_index("id").loc[first["id"], "body"]
    assert all(o.status == C.APPLIED for o in C.status(store))


def test_merging_the_first_article_is_orphaned_not_misapplied(store):
    first = load_corpus(store).articles.sort_values("order").iloc[0]
    before = load_corpus(store).articles
    apply_corrections(store, [C.make("merge_previous", anchorer(store).article(first["id"]))])
    assert C.status(store)[0].status == C.ORPHANED
    pd.testing.assert_frame_equal(load_corpus(store).articles.drop(columns=["corrected_by", "corrected_at"]),
                                  before.drop(columns=["corrected_by", "corrected_at"]))


def test_export_import_into_a_fresh_store_gives_the_same_result(store, corpus, tmp_path):
    fix_three(store)
    runner = CliRunner()
    exported = tmp_path / "corrections.jsonl"
    result = runner.invoke(main, ["corrections", "export", "--store", str(store), "-o", str(exported)])
    assert result.exit_code == 0, result.output
    lines = exported.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and all(json.loads(line)["who"] == "user" for line in lines)
    fresh = tmp_path / "fresh"
    build([corpus], fresh)
    result = runner.invoke(main, ["corrections", "import", str(exported), "--store", str(fresh)])
    assert result.exit_code == 0 and "3 of 3 corrections added" in result.output
    a, b = load_corpus(store), load_corpus(fresh)
    for name in ("articles", "officials", "figures", "pages"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))
    # Importing again adds nothing.
    result = runner.invoke(main, ["corrections", "import", str(exported), "--store", str(fresh)])
    assert "0 of 3 corrections added" in result.output


def test_import_before_the_first_build_is_applied_by_it(store, corpus, tmp_path):
    fix_three(store)
    fresh = tmp_path / "fresh"
    runner = CliRunner()
    exported = runner.invoke(main, ["corrections", "export", "--store", str(store)]).stdout_bytes
    (tmp_path / "c.jsonl").write_bytes(exported)
    assert runner.invoke(main, ["corrections", "import", str(tmp_path / "c.jsonl"), "--store", str(fresh)]).exit_code == 0
    build([corpus], fresh)
    assert_three_applied(fresh)


def test_exports_carry_the_provenance(store):
    fix_three(store)
    runner = CliRunner()
    out = runner.invoke(main, ["export", "articles", "--format", "jsonl", "--store", str(store)]).stdout
    records = [json.loads(line) for line in out.splitlines()]
    assert {r["date_source"] for r in records} == {"user"}
    assert all(r["corrected_by"] == "user" and r["corrected_at"] for r in records)
    assert all(o["name"] != "李文华" for r in records for o in r["officials"])
    csv = runner.invoke(main, ["export", "figures", "--format", "csv", "--store", str(store)]).stdout
    assert "corrected_by" in csv.splitlines()[0]


def test_a_bad_corrections_file_names_its_line(tmp_path, store):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "op": "set_date", "anchor": {"source": "page.txt"}, "value": "2016-03-06"}\n'
                   '{"id": "y", "op": "set_date", "anchor": {"source": "page.txt"}, "value": "March"}\n',
                   encoding="utf-8")
    with pytest.raises(CorrectionError, match="bad.jsonl line 2: set_date needs a date"):
        C.read_file(bad)
    result = CliRunner().invoke(main, ["corrections", "import", str(bad), "--store", str(store)])
    assert result.exit_code == 1 and "line 2" in result.output
    assert C.load(store) == []  # nothing of a bad file is taken


@pytest.mark.parametrize("line, reason", [
    ("not json", "not a JSON object"),
    ('{"id": "x", "op": "explode", "anchor": {}}', "unknown op"),
    ('{"id": "x", "op": "undo", "anchor": {}}', "undo needs"),
    ('{"id": "x", "op": "fix_figure", "anchor": {}, "value": {"colour": "red"}}', "fix_figure needs"),
])
def test_parse_line_refuses(line, reason):
    with pytest.raises(CorrectionError, match=reason):
        C.parse_line(line, "f line 1")
