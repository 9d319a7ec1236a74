"""The per-page views (jdash/views.py) over the seed store through DuckDB: each against the store's
own tables read independently with pandas, so the answers are the data's, not hard-coded."""

from __future__ import annotations

import pandas as pd
import pytest

from dash_fixtures import seeds, seeds_store  # noqa: F401
from jdash import views
from jdash.confidence import SOLID
from jdash.engine import CITY_WIDE, Engine, table_files
from jdash.filters import Filters


@pytest.fixture(scope="module")
def engine(seeds_store):
    e = Engine.open(seeds_store)
    yield e
    e.close()


def about(articles: pd.DataFrame) -> pd.Series:
    """Each article's counties by the one definition: listed or primary, never 全市."""
    return articles.apply(lambda a: {*a["counties"], a["primary_county"]} - {None, "", CITY_WIDE}, axis=1)


def county_counts(articles: pd.DataFrame) -> dict[str, int]:
    return pd.Series([c for cs in about(articles) for c in cs]).value_counts().to_dict()


def test_county_counts_agree_across_views(engine, seeds):
    expected = county_counts(seeds.articles)
    ov = views.overview(engine, Filters(), n=50)
    cv = views.counties(engine, Filters())
    side = views.sidebar(engine)
    assert dict(zip(ov.top_counties["value"], ov.top_counties["articles"])) == expected
    assert dict(zip(cv.table["county"], cv.table["articles"])) == expected
    assert set(side.counties) == set(expected) and CITY_WIDE not in side.counties
    for county, n in expected.items():
        filtered = views.articles(engine, Filters(counties=(county,)))
        assert filtered.total == n, county
        profile = views.counties(engine, Filters(counties=(county,))).profiles[0]
        assert profile.county == county and profile.articles == n
    city = int((seeds.articles["primary_county"] == CITY_WIDE).sum())
    assert city and ov.city_wide == city and cv.city_wide == city


def test_officials_carry_all_their_titles(engine, seeds):
    meeting = seeds.officials.loc[(seeds.officials["name"] == "于永生")
                                  & seeds.officials["titles"].map(lambda t: "市长" in t)]
    assert len(meeting), "the seeds' meeting article names 于永生 as 市长"
    article_id = meeting["article_id"].iloc[0]
    reader = views.reader(engine, article_id)
    shown = reader.officials.set_index("name")["title"]
    assert "市长" in shown["于永生"] and "市委副书记" in shown["于永生"]
    top = views.overview(engine, Filters()).top_officials.set_index("name")["title"]
    assert "市长" in top["于永生"]
    net = views.network(engine, Filters(), focus="于永生")
    assert "市长" in net.nodes.set_index("name").at["于永生", "title"]
    assert {"市长", "市委副书记"} <= set(net.titles["title"])


def test_overview_counts_match_the_tables(engine, seeds):
    ov = views.overview(engine, Filters())
    arts = seeds.articles
    assert ov.articles == len(arts) and ov.pages == arts["source"].nunique()
    assert ov.stored_pages == len(seeds.pages)
    assert ov.page_kinds["articles"].sum() == len(arts)
    kinds = arts["kind"].value_counts().to_dict()
    assert dict(zip(ov.kinds["value"], ov.kinds["articles"])) == kinds
    names = seeds.officials.loc[seeds.officials["level"] != "national"]
    top = names.groupby("name")["article_id"].nunique().max()
    assert ov.top_officials["articles"].iloc[0] == top


def test_filters_narrow_like_pandas(engine, seeds):
    arts = seeds.articles
    f = Filters(q="项目 企业")
    text = arts["headline"].fillna("") + arts["subheadline"].fillna("") + arts["body"].fillna("")
    expected = int((text.str.contains("项目") & text.str.contains("企业")).sum())
    assert 0 < views.articles(engine, f).total == expected < len(arts)
    topic = arts["topics"].map(lambda t: t[0]).iloc[0]
    assert views.articles(engine, Filters(topics=(topic,))).total == int(arts["topics"].map(lambda t: topic in t).sum())
    first = pd.Timestamp(arts["issue_date"].min()).date()
    assert views.articles(engine, Filters(end=first)).total == int((arts["issue_date"] == arts["issue_date"].min()).sum())


def test_a_search_scans_the_bodies_once_and_keeps_a_bounded_number_of_hit_tables(seeds_store, seeds, monkeypatch):
    """Engine.keep: a text search is run once per engine and its hits kept for every later query; at
    most KEPT searches are kept, and a search dropped is run again with the same answer. The filtered
    articles' facts (`views._facts`, large) are kept apart, at most KEPT_LARGE of them."""
    import jdash.engine

    monkeypatch.setattr(jdash.engine, "KEPT", 2)
    monkeypatch.setattr(jdash.engine, "KEPT_LARGE", 1)
    e = Engine.open(seeds_store)

    def kept(large: bool) -> int:
        like = "NOT LIKE" if not large else "LIKE"
        return len(e.df(f"SELECT 1 FROM duckdb_tables() WHERE table_name LIKE 'kept%' AND table_name {like} 'kept_large%'"))

    try:
        arts = seeds.articles
        text = arts["headline"].fillna("") + arts["subheadline"].fillna("") + arts["body"].fillna("")
        words = ["项目", "企业", "发展"]
        expected = {w: int(text.str.contains(w).sum()) for w in words}
        first = views.articles(e, Filters(q=words[0])).total
        assert first == expected[words[0]] and kept(False) == 1 and kept(True) == 1
        assert views.articles(e, Filters(q=words[0]), page=2).total == first  # the same table, not a new one
        assert kept(False) == 1
        for w in words[1:] + words[:1]:
            assert views.articles(e, Filters(q=w)).total == expected[w], w
        assert kept(False) == 2 and kept(True) == 1
    finally:
        e.close()


def test_a_search_ignores_case_and_a_caseless_word_is_matched_as_printed(engine, seeds):
    """Searching `app` finds the articles printing APP; a Chinese word (no case) is matched without
    lowercasing the bodies (jdash.engine.caseless), with the same answer as pandas."""
    arts = seeds.articles
    text = arts["headline"].fillna("") + "\n" + arts["subheadline"].fillna("") + "\n" + arts["body"].fillna("")
    for word in ("app", "APP", "项目"):
        expected = int(text.str.lower().str.contains(word.lower(), regex=False).sum())
        assert views.articles(engine, Filters(q=word)).total == expected > 0, word


def test_timeline_bars_add_up_and_a_bar_lists_its_articles(engine, seeds):
    tl = views.timeline(engine, Filters(), mode="primary")
    dated = seeds.articles["issue_date"].notna().sum()
    assert tl.data["articles"].sum() == dated and tl.undated == len(seeds.articles) - dated
    bar = tl.data.iloc[0]
    picked = views.timeline(engine, Filters(), mode="primary", bar=(str(bar["period"].date()), bar["topic"]))
    assert len(picked.picked) == bar["articles"]
    assert all(t[0] == bar["topic"] for t in picked.picked["topics"])


def test_keywords_come_from_the_terms_table(engine, seeds_store, seeds):
    assert table_files(engine.generation, "terms"), "the build writes the terms table"
    kv = views.keywords(engine, Filters(), n=10)
    listed = pd.Series([k for ks in seeds.articles["keywords"] for k in set(ks)]).value_counts()
    assert kv.top["articles"].iloc[0] == listed.iloc[0]
    assert kv.term == kv.top["term"].iloc[0]
    text = (seeds.articles["headline"].fillna("") + "\n" + seeds.articles["subheadline"].fillna("") + "\n"
            + seeds.articles["body"].fillna(""))
    assert kv.trend["mentions"].sum() == int(text.str.count(kv.term).sum())
    assert len(kv.kwic) and (kv.kwic["match"] == kv.term).all()
    assert set(kv.term_articles["id"]) == set(kv.kwic["article_id"])


def test_network_edges_are_shared_articles(engine, seeds):
    nv = views.network(engine, Filters(), max_nodes=300)
    offs = seeds.officials.loc[seeds.officials["level"] != "national"].drop_duplicates(["article_id", "name"])
    for e in nv.edges.head(5).itertuples(index=False):
        shared = set(offs.loc[offs["name"] == e.source, "article_id"]) & set(offs.loc[offs["name"] == e.target, "article_id"])
        assert e.weight == len(shared)
    assert nv.total == offs["name"].nunique()


def test_figures_tables_are_clean(engine):
    cv = views.counties(engine, Filters(counties=("泗水县",)))
    p = cv.profiles[0]
    for table in (cv.key, p.figures, cv.comparison, cv.not_compared):
        if len(table):
            cells = table.drop(columns=[c for c in ("value", "confidence", "normalised_value") if c in table])
            assert not cells.isna().any().any()
            assert not cells.astype(str).isin(["None", "nan", "NaT"]).any().any()
            assert not table["issue_date"].str.contains("00:00").any()
            metric = table["canonical_metric"].where(table["canonical_metric"] != "", table["metric"])
            assert not table.assign(_m=metric).duplicated(["article_id", "_m", "value", "unit"]).any()
    assert (p.figures["confidence"] >= SOLID).all()


def test_a_figure_stated_in_several_sentences_is_listed_once(engine, seeds):
    figs = seeds.figures.assign(_m=seeds.figures["canonical_metric"].fillna(seeds.figures["metric"]))
    repeated = figs.loc[figs.duplicated(["article_id", "_m", "value", "unit"], keep=False)]
    assert len(repeated), "the seeds state some figure twice in one article"
    county = repeated["county"].dropna().iloc[0]
    shown = views.counties(engine, Filters(counties=(county,))).profiles[0].figures
    row = repeated.loc[repeated["county"] == county].iloc[0]
    same = shown.loc[(shown["article_id"] == row["article_id"]) & (shown["value"] == row["value"])
                     & (shown["unit"] == row["unit"]) & (shown["canonical_metric"] == (row["canonical_metric"] or ""))]
    assert len(same) <= 1


# Three invented pages of three counties' revenue: two of 1至6月份 (one with a goal beside it), one of 前三季度
# beside a group of firms' revenue of 1至6月份 (the group's, not the county's: never a bar).
REVENUE_PAGES = {
    "2022-08-07_p1.txt": "本报泗水讯（记者 周七）1至6月份，全县实现营业收入120亿元，同比增长8%。\n\n泗水县工业经济稳中有进\n",
    "2022-08-08_p1.txt": "本报嘉祥讯（记者 吴十）1至6月份，全县实现营业收入90亿元。今年，全县力争实现营业收入200亿元。"
                         "\n\n嘉祥县工业经济稳中有进\n",
    "2022-10-20_p1.txt": "本报汶上讯（记者 郑一）前三季度，全县实现营业收入150亿元。1至6月份，全县28家攀登企业实现营业收入"
                         "60亿元。\n\n汶上县工业经济稳中有进\n",
}


@pytest.fixture(scope="module")
def revenue(tmp_path_factory):
    from dash_fixtures import engine_of_pages

    with engine_of_pages(tmp_path_factory.mktemp("revenue"), REVENUE_PAGES) as e:
        yield e


def test_a_countys_figures_say_which_are_goals(revenue):
    """The profile lists a county's solid figures, results and goals together: a goal (力争) is marked as one,
    a result beside it is not."""
    figs = views.county_figures(revenue, Filters(), "嘉祥县").set_index("figure")["goal"]
    assert figs["200亿元"] and not figs["90亿元"]
    assert not views.county_figures(revenue, Filters(), "泗水县")["goal"].any()


class _OlderStore:
    """An engine over a store written before figures kept the parser's `target` mark."""

    def __init__(self, engine):
        self.engine = engine

    def df(self, *args, **kwargs):
        return self.engine.df(*args, **kwargs).drop(columns="target", errors="ignore")

    def __getattr__(self, name):
        return getattr(self.engine, name)


def test_a_countys_goals_in_an_older_store_are_read_from_the_sentence(revenue):
    """With no `target` column, a figure whose sentence holds a target word (力争) is a goal; the table is the same
    otherwise."""
    older = views.county_figures(_OlderStore(revenue), Filters(), "嘉祥县")
    assert older.set_index("figure")["goal"].to_dict() == {"90亿元": False, "200亿元": True}
    now = views.county_figures(revenue, Filters(), "嘉祥县")
    pd.testing.assert_frame_equal(older.drop(columns="goal"), now.drop(columns="goal"))
    assert older["goal"].dtype == bool and views.county_figures(_OlderStore(revenue), Filters(), "无此县")["goal"].dtype == bool


def test_cards_and_comparisons_hold_counties_only(engine, revenue):
    from jdash.gazetteer import canonical_names

    for eng in (engine, revenue):
        cv = views.counties(eng, Filters())
        assert len(cv.key) and len(cv.glance)
        for table in (cv.key, cv.glance, cv.comparison):
            assert not len(table) or set(table["county"]) <= set(canonical_names()), set(table["county"])
        assert (cv.key["canonical_metric"] != "").all() and (cv.key["confidence"] >= SOLID).all()
        assert {"全省", CITY_WIDE}.isdisjoint(cv.table["county"])


def test_the_seeds_cards_show_the_countys_own_figures_not_a_groups(engine, seeds):
    """44家助企攀登企业实现营业收入… (泗水县) and 53家攀登企业完成营收… (济宁高新区) are the groups' figures: the full
    table keeps them, the cards do not; the county's own (嘉祥县's batch of 集中开工 projects, 汶上县's 行政处罚) stay."""
    cv = views.counties(engine, Filters())
    shown = set(zip(cv.key["county"], cv.key["canonical_metric"], cv.key["value"]))
    f = seeds.figures
    groups = f.loc[f["subject"].fillna("").str.contains(r"\d+家\w*攀登企业") & (f["canonical_metric"] == "营业收入")]
    assert {("泗水县", 35.9), ("济宁高新区", 355.0)} <= set(zip(groups["county"], groups["value"]))
    assert not {(c, m, v) for c, m, v in zip(groups["county"], groups["canonical_metric"], groups["value"])} & shown
    assert not (groups["confidence"] >= SOLID).any()
    assert {("嘉祥县", "总投资", 154.0), ("嘉祥县", "开工项目", 11.0), ("汶上县", "罚没款", 7.5)} <= shown
    assert "营业收入" not in set(cv.key["canonical_metric"]) and cv.key_total == len(cv.key)


def test_metric_comparison_one_bar_per_county_of_one_period(revenue):
    cv = views.counties(revenue, Filters())
    assert (cv.metrics["counties"] >= 2).all() and cv.metric == "营业收入" == cv.metrics["metric"].iloc[0]
    assert cv.metrics["comparable"].is_monotonic_decreasing
    cmp_ = cv.comparison
    # 1至6月份 is the period most counties report: 泗水县's and 嘉祥县's; not the firms' 60亿元 of 汶上县.
    assert dict(zip(cmp_["county"], cmp_["value"])) == {"泗水县": 120.0, "嘉祥县": 90.0}
    assert (cmp_["canonical_metric"] == cv.metric).all() and cmp_["kind"].nunique() == 1
    assert set(cmp_["period_class"]) == {cv.period} and cv.period == cv.periods["period"].iloc[0]
    assert len(cmp_) == cv.periods["counties"].iloc[0] == cv.periods["counties"].max()
    assert not cmp_["sentence"].map(views.is_target).any()
    rest = dict(zip(zip(cv.not_compared["county"], cv.not_compared["value"]), cv.not_compared["why"]))
    assert rest[("嘉祥县", 200.0)] == "target" and rest[("汶上县", 150.0)].startswith("another period")
    assert 60.0 not in set(cmp_["value"]) | set(cv.not_compared["value"])
    assert set(cv.not_compared["why"]) <= {"target", "another kind or unit"} | {
        f"another period: {p}" for p in cv.periods["period"]}


def test_revenue_of_two_periods_is_never_one_chart(revenue):
    """营业收入 of 1至6月份 (泗水县, 嘉祥县) and of 前三季度 (汶上县) are two periods: each its own comparison."""
    cv = views.counties(revenue, Filters(), metric="营业收入")
    assert cv.metric == "营业收入" and len(cv.periods) == 2
    for period in cv.periods["period"]:
        one = views.counties(revenue, Filters(), metric="营业收入", period=period)
        assert one.period == period and set(one.comparison["period_class"]) == {period}
        assert len(one.comparison) == one.periods.set_index("period").at[period, "counties"]
        assert one.not_compared["why"].str.startswith("another period").any()


def test_targets_are_listed_apart_never_compared(engine, seeds):
    """A solid figure stated as a goal (力争/目标/预计) is never a bar: it is listed apart as a target."""
    from jdash.gazetteer import canonical_names

    f = seeds.figures
    targets = f.loc[f["sentence"].map(views.is_target) & (f["confidence"] >= SOLID) & f["canonical_metric"].notna()
                    & f["county"].isin(canonical_names())]
    assert len(targets), "the seeds state solid targets"
    for metric, part in targets.groupby("canonical_metric"):
        cmp_ = views.metric_comparison(engine, Filters(), metric)
        assert not cmp_.rows["sentence"].map(views.is_target).any()
        apart = cmp_.rest.loc[cmp_.rest["why"] == "target"]
        assert set(part["value"]) <= set(apart["value"]), metric


def test_period_key_separates_years_and_spans():
    from datetime import date

    assert views.period_key("1至6月份", date(2022, 8, 8)) == views.period_key("上半年", date(2022, 7, 1))
    assert views.period_key("1至6月份", date(2022, 8, 8)) != views.period_key("1至6月份", date(2023, 8, 8))
    assert views.period_key("前三季度", date(2022, 10, 1)) != views.period_key("上半年", date(2022, 10, 1))
    assert views.period_key("2021年", date(2024, 1, 1)) == "2021 全年"
    assert views.period_key("去年", date(2024, 1, 1)) == "2023 全年"


@pytest.mark.parametrize("forms, label", [
    (["1至6月份", "1-6月", "1月至6月", "今年1月至6月", "一至六月", "前6个月", "前六个月", "截至6月底", "今年上半年"], "上半年"),
    (["1至9月份", "1-9月", "1月至9月", "一至九月份", "前三季度", "截至9月末"], "前三季度"),
    (["一季度", "第一季度", "1-3月", "前三个月", "今年一季度"], "一季度"),
    (["2023年", "2023年度", "2023年全年", "全年", "去年", "上年"], "全年"),
    (["去年底", "2023年底", "截至2023年底", "年末"], "年底"),
    (["今年以来", "今年", "年初以来", "1月份以来"], "今年以来"),
    (["目前", "截至目前", "截至2月7日"], "截至目前"),
])
def test_period_classes_cover_every_way_a_span_is_printed(forms, label):
    assert {views.period_class(f) for f in forms} == {label}


def test_a_period_of_no_class_is_compared_without_its_printed_year():
    from datetime import date

    assert views.period_key("2012年春节期间", None) == views.period_key("春节期间", date(2012, 2, 1)) == "2012 春节期间"
    assert views.period_key("2014年6月份", None) == views.period_key("6月份", date(2014, 7, 2)) == "2014 6月"
    assert views.period_key("1-5月份", date(2020, 6, 1)) == "2020 1-5月" != views.period_key("上半年", date(2020, 7, 1))


def test_reader_page_context(engine, seeds):
    arts = seeds.articles.sort_values(["source", "order"])
    first = arts.iloc[0]
    r = views.reader(engine, first["id"])
    assert r.article["body"] == first["body"]
    assert list(r.same_page["id"]) == list(arts.loc[arts["source"] == first["source"], "id"])
    assert r.previous_page or r.next_page
    assert views.reader(engine, "no-such-id") is None


def test_merge_titles_keeps_every_title_once_latest_first():
    assert views.merge_titles([["市委书记"], ["市委书记", "市人大常委会主任"]]) == "市委书记、市人大常委会主任"
    assert views.merge_titles([["市领导"], ["市政协主席"]]) == "市政协主席"  # a group label gives way
    assert views.merge_titles([["区领导"]]) == "区领导"
    assert views.merge_titles([["组织部部长"], ["组织部（人力资源部）部长"]]) == "组织部（人力资源部）部长"
    assert views.merge_titles([[], None]) == ""


def test_merge_titles_names_a_post_once_with_its_place_or_without():
    # Invented: a county page drops the county before the post (县人大常委会主任) that another page prints with it.
    merged = views.merge_titles([["南湖区委书记"], ["金乡县委书记", "县人大常委会主任"], ["金乡县人大常委会主任"]])
    assert merged == "南湖区委书记、金乡县委书记、金乡县人大常委会主任"
    assert views.merge_titles([["市委书记"], ["济宁市委书记"]]) == "济宁市委书记"
    assert views.merge_titles([["市委书记"], ["曲阜市委书记"]]) == "市委书记、曲阜市委书记"  # the city's post, and a county's
    assert views.merge_titles([["副市长"], ["常务副市长"]]) == "副市长、常务副市长"  # 常务 is no place: two posts
    assert views.merge_titles([["市政协副主席", "副主席"]]) == "市政协副主席"  # the body printed once, then left out
    assert views.merge_titles([["县人大常委会第一副主任"], ["第一副主任"]]) == "县人大常委会第一副主任"


def test_tables_show_every_title_of_the_articles_shown(engine, seeds):
    """林红玉 is 市人大常委会主任 in one article and only 市委书记 in her latest: the tables keep both.
    The officials appearing with 于永生 carry every title of the articles they share with him."""
    offs = seeds.officials.loc[seeds.officials["level"] != "national"]

    def printed(rows):
        return rows.groupby("name")["titles"].agg(lambda ts: {t for x in ts for t in x})

    def check(shown_titles, expected):
        for name, titles in expected.items():
            precise = {t for t in titles if not t.endswith("领导")} or titles
            shown = shown_titles[name]
            flat = views._PARENS.sub("", shown)
            assert all(t in shown or t in flat for t in precise), (name, shown, titles)

    assert {"市委书记", "市人大常委会主任"} <= printed(offs)["林红玉"]
    check(views.overview(engine, Filters(), n=1000).top_officials.set_index("name")["title"], printed(offs))
    shared = offs.loc[offs["article_id"].isin(offs.loc[offs["name"] == "于永生", "article_id"]) & (offs["name"] != "于永生")]
    co = views.network(engine, Filters(), focus="于永生").co.set_index("name")["title"]
    assert set(co.index) == set(shared["name"])
    check(co, printed(shared))


def test_targets_come_from_the_parsers_column_when_the_store_has_it():
    import pandas as pd

    from jdash.views import targets

    figs = pd.DataFrame({"sentence": ["上半年营收25亿元，预计全年55亿元。"] * 2, "target": [False, True]})
    assert targets(figs).tolist() == [False, True]
    assert targets(figs.drop(columns=["target"])).tolist() == [True, True]  # an old store: the sentence decides


def test_near_duplicate_pages_are_listed_with_their_articles(tmp_path):
    """The Overview view lists a re-uploaded page (an OCR fix) with the number of its articles,
    which are counted twice until the older copy goes."""
    import shutil

    from dash_fixtures import SEEDS
    from jdash import store

    shutil.copytree(SEEDS, tmp_path / "corpus")
    store.build([tmp_path / "corpus"], tmp_path / "store")
    page = sorted((tmp_path / "corpus").glob("*.txt"))[0]
    fixed = page.read_text("utf-8").replace("。", "．", 1)
    store.ingest_uploads([("fixed.txt", fixed.encode())], tmp_path / "store")
    e = Engine.open(tmp_path / "store")
    nd = views.overview(e, Filters()).near_duplicates
    arts = e.df("SELECT source, count(*) AS n FROM articles GROUP BY source")
    e.close()
    assert nd[["source", "older"]].values.tolist() == [["fixed.txt", page.name]]
    assert nd["articles"].iloc[0] == arts.set_index("source").at["fixed.txt", "n"] > 0


def test_long_county_tables_hold_their_first_rows_and_count_the_rest(engine, monkeypatch):
    whole = views.counties(engine, Filters(), metric="营业收入")
    county = whole.profiles[0].county
    monkeypatch.setattr(views, "SHOWN", 1)
    short = views.counties(engine, Filters(), metric="营业收入", profile=county)
    assert whole.key_total == len(whole.key) == short.key_total > len(short.key) == 1
    pd.testing.assert_frame_equal(short.key, whole.key.head(1))
    pd.testing.assert_frame_equal(views.headline_figures(engine, Filters()), whole.key)  # the download: all
    assert short.not_compared_total == whole.not_compared_total == len(whole.not_compared) >= len(short.not_compared)
    p, q = whole.profiles[0], short.profiles[0]
    assert q.figures_total == p.figures_total == len(p.figures) and len(q.figures) == min(1, len(p.figures))
    assert len(q.article_list) == 1 and len(p.article_list) == p.articles
    pd.testing.assert_frame_equal(views.county_figures(engine, Filters(), county), p.figures)


def test_a_figure_is_shown_as_the_paper_prints_it_not_with_its_bound_in_front():
    """The county cards showed 亩均增收: 以上1500元."""
    rows = pd.DataFrame({"county": ["泗水县", "泗水县"], "metric": ["亩均增收", "人均收入"], "canonical_metric": ["", ""],
                         "value": [1500.0, 3.0], "unit": ["元", "万元"], "approx": ["以上", "多"], "period": ["", ""],
                         "subject": ["", ""], "kind": ["amount", "amount"],
                         "sentence": ["亩均增收1500元以上", "人均收入3万多元"], "issue_date": ["2020-03-01", "2020-03-01"],
                         "article_id": ["a", "a"], "source": ["p.txt", "p.txt"], "confidence": [0.95, 0.95]})
    assert views.clean_figures(rows)["figure"].tolist() == ["1500元以上", "3万多元"]


def test_a_figure_s_period_is_shown_with_the_page_s_year_and_kept_as_printed():
    """County cards showed 今年上半年 and 1至6月份 as printed: two years' figures looked alike."""
    rows = pd.DataFrame({"county": ["泗水县"] * 3, "metric": ["营业收入", "到位资金", "开工项目"], "canonical_metric": ["", "", ""],
                         "value": [3.0, 5.0, 7.0], "unit": ["亿元", "亿元", "个"], "approx": ["", "", ""],
                         "period": ["今年上半年", "1至6月份", "2021年"], "subject": ["", "", ""], "kind": ["amount"] * 3,
                         "sentence": ["", "", ""], "issue_date": ["2023-07-01", "2023-07-01", "2023-07-01"],
                         "article_id": ["a", "a", "a"], "source": ["p.txt"] * 3, "confidence": [0.95] * 3})
    got = views.clean_figures(rows)
    assert got["period"].tolist() == ["今年上半年", "1至6月份", "2021年"]
    assert got["period_shown"].tolist() == ["2023年上半年", "2023年1-6月", "2021年"]


def test_a_profile_says_how_many_figures_it_leaves_out_and_why(engine, seeds):
    from jdash.confidence import HIDDEN_REASONS, hidden_caption

    p = views.counties(engine, Filters(counties=("泗水县",))).profiles[0]
    f = seeds.figures
    weak = f.loc[(f["county"] == "泗水县") & (f["confidence"] < SOLID)]
    assert sum(p.hidden.values()) == p.weak_figures == len(weak) > 0
    assert p.hidden[HIDDEN_REASONS[0]] == weak["canonical_metric"].isna().sum() > 0  # no recognised metric
    assert list(p.hidden) == [r for r in HIDDEN_REASONS if r in p.hidden] and all(p.hidden.values())
    assert hidden_caption(p.hidden).startswith(f"{len(weak)} less certain figures are left out: ")


UNDATED_PAGES = {
    # No date in the file name, the datelines or the text: the page's year stays unknown.
    "undated1.txt": "本报嘉祥讯（记者 周七）嘉祥县委书记张三主持召开县委常委会议，研究部署秋季农业生产工作。\n\n"
                    "嘉祥县委常委会议召开\n",
    "undated2.txt": "本报嘉祥讯（记者 吴十）嘉祥县委书记张三到马村镇调研秋种工作，察看农机作业情况。\n\n"
                    "张三调研秋种工作\n",
}


def test_an_official_seen_only_on_undated_pages_keeps_his_level(tmp_path):
    """arg_max(level, issue_date) skips rows with no date: the level must come from those rows, not
    fall to 'other' (the network and the tables showed county heads of undated pages as other)."""
    from dash_fixtures import engine_of_pages

    with engine_of_pages(tmp_path, UNDATED_PAGES) as e:
        assert e.scalar("SELECT count(*) FROM articles WHERE issue_date IS NOT NULL") == 0
        for filters in (Filters(), Filters(counties=("嘉祥县",))):  # summed over the parts, then scanned
            top = views.overview(e, filters).top_officials
            assert dict(zip(top["name"], top["level"])).get("张三") == "county", filters


@pytest.mark.parametrize("canonical, metric, kind, label", [
    ("固定资产投资", "固定资产投资增速", "rate", "固定资产投资增速"),  # a card said 固定资产投资 **16%**
    ("地区生产总值", "GDP增速", "rate", "地区生产总值增速"),
    ("出口", "出口额降幅", "rate", "出口降幅"),
    ("产值", "产值占比", "share", "产值占比"),
    ("办结率", "办结率", "share", "办结率"),
    ("开工项目", "集中开工项目", "count", "开工项目"),
])
def test_a_card_says_a_rate_or_share_is_one(canonical, metric, kind, label):
    assert views.figure_label(canonical, metric, kind) == label
