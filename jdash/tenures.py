"""Who held which post in which years, learned from the corpus itself, and used to date pages.

Pages whose date is known (file name, pages.csv, the user, or an inferred year held with
confidence) name officials with their titles: `市委书记林某` on pages of 2019 and 2021 says 林某
was 市委书记 in those years. `learn` gathers those spans from the officials and pages tables (a
registry a researcher can read on its own); `cues` turns the officials named on an undated page
into year evidence (`in` the span held, both ends only years seen in office, since the pages seen need not
show the tenure's first and last years).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any
from functools import lru_cache

import pandas as pd

from jdash.datafiles import read_table, read_words
from jdash.yearcues import FORMER_CHAIN_RE, Evidence, leaders

GIVEN_SOURCES = ("filename", "pages.csv", "user")
MIN_PAGE_CONFIDENCE = 0.8  # an inferred page date this sure teaches tenures too
MIN_OFFICIAL_CONFIDENCE = 0.6
TENURE_WEIGHT = 0.7
COLUMNS = ["post", "name", "first_year", "last_year", "pages"]
POST_PATTERN = "(?:委书记|长|人大常委会主任|政协主席)"  # what every post's title contains (a cheap pre-filter)
TENURE_MARK = "on dated pages"  # in a tenure cue's text: a page dated by tenures teaches none (no circle)


_PRINTED_YEAR_RE = re.compile(r"((?:19|20)\d{2})年")
_PAST_POST_RE = re.compile(r"时任|曾任|原任|历任|前任")
_PAST_TITLE_RE = re.compile(r"时任|曾任|原任|历任|前任|原(?!子)")  # a title said of the past: 时任…, 原市长
PAST_POST_REACH = 12  # how far before a name `时任…` still speaks of it
# After a name, words that tell of a post held before: `周某任县委书记期间`, `周某曾任市长`.
_PAST_AFTER_RE = re.compile(r"^(?:同志)?(?:曾任|曾担任|原任|在任期间|(?:担任|任)[^，。；！？]{1,14}?(?:期间|时))")
NEVER = 0  # told_until of a mention every sentence of which speaks of the past: it teaches no year


@lru_cache(maxsize=4096)
def post_of(title: str, level: str | None) -> str | None:
    """The post a printed title names, when one person holds it at a time; else None (a deputy's, or
    one held before: `时任泗水县委书记`, `原市长`).

    >>> post_of("市委书记", "city"), post_of("泗水县委书记", "county"), post_of("副市长", "city"), post_of("县长", "county")
    ('市委书记', '泗水县委书记', None, None)
    """
    if "副" in title or _PAST_TITLE_RE.match(title) or not any(title.endswith(post) for post in read_words("tenure_posts.txt")):
        return None
    bare = title in read_words("tenure_posts.txt")
    return title if not bare or (level == "city" and title.startswith("市")) else None


def told_until(body: str, name: str) -> int | None:
    """The latest page year of which `body`'s sentences naming `name` can speak as the present: None
    when one of them prints no year (any page year), else the largest of the earliest year each
    prints; NEVER when every one tells of a post held before (`时任…周某`, `周某任县委书记期间`). A
    photo caption or a history sentence (`1984年…，某县县长张三致辞`) shows who held a post then, not
    in the page's year. A name found in no sentence (a headline's) is taken as present (None).

    >>> told_until("1984 年 9 月 22 日，开幕式举行，某县县长张三致辞。", "张三"), told_until("县长张三出席。", "张三")
    (1984, None)
    """
    flat = re.sub(r"\s+", "", body)
    latest: int | None = NEVER
    sentences = [s for s in re.split(r"[。！？]", flat) if name in s]
    for sentence in sentences:
        at = sentence.find(name)
        if (_PAST_POST_RE.search(sentence[max(0, at - PAST_POST_REACH): at]) or FORMER_CHAIN_RE.search(sentence[:at])
                or _PAST_AFTER_RE.match(sentence[at + len(name):])):
            continue
        years = [int(y) for y in _PRINTED_YEAR_RE.findall(sentence)]
        if not years:
            return None
        latest = max(latest, min(years))
    return latest if sentences else None


def about_the_present(body: str, name: str, year: int) -> bool:
    """Whether `body` names `name` in a sentence about its page's `year` (`told_until`).

    >>> about_the_present("1984 年 9 月 22 日，开幕式举行，某县县长张三致辞。", "张三", 2022)
    False
    """
    until = told_until(body, name)
    return until is None or year <= until


def mention_rows(article: Any) -> list[dict[str, Any]]:
    """The store's `tenure_mentions` rows of one article (jdash.model.Article): each official named
    with a post (`post_of`) sure enough to teach, with `told_until` read from the body; a mention only
    of the past is left out. The build learns tenures from these rows, never from the bodies again."""
    rows = []
    for mention in article.officials:
        if mention.confidence < MIN_OFFICIAL_CONFIDENCE:
            continue
        posts = sorted({post_of(t, mention.level) for t in mention.titles} - {None})
        until = told_until(article.body or "", mention.name) if posts else NEVER
        if until == NEVER:
            continue
        rows += [{"article_id": article.id, "source": article.source, "name": mention.name, "post": post,
                  "told_until": until} for post in posts]
    return rows


def learn(officials: pd.DataFrame, pages: pd.DataFrame, bodies: Mapping[str, str] | None = None) -> pd.DataFrame:
    """post, name, first_year, last_year, pages: each post's holders over the years the corpus's
    dated pages show (`officials`: name, titles, level, source, confidence, article_id; `pages`:
    source, issue_date, date_source, date_confidence). With `bodies` (article id → body), only
    mentions in a sentence about the page's year teach (`about_the_present`)."""
    sure = officials.loc[officials["confidence"].fillna(0) >= MIN_OFFICIAL_CONFIDENCE].explode("titles")
    sure = sure.assign(post=[post_of(t, lv) if isinstance(t, str) else None for t, lv in zip(sure["titles"], sure["level"])])
    sure = sure.loc[sure["post"].notna()]
    if bodies is not None and "article_id" in sure:
        until = [told_until(bodies.get(a) or "", n) for a, n in zip(sure["article_id"], sure["name"])]
    else:
        until = [None] * len(sure)
    mentions = sure.assign(told_until=pd.array(until, dtype="Int64"))
    return learn_from(mentions.loc[mentions["told_until"].fillna(1) != NEVER], pages)


def learn_from(mentions: pd.DataFrame, pages: pd.DataFrame) -> pd.DataFrame:
    """`learn` from the store's `tenure_mentions` rows (source, name, post, told_until: `mention_rows`):
    a mention teaches its page's year when the page is dated (given, or inferred with confidence, not
    by tenures) and the year is no later than its told_until."""
    pages = pages.assign(_year=_page_years(pages))
    trusted = pages.loc[pages["_year"].notna() & (pages["date_source"].isin(GIVEN_SOURCES)
                                                  | (pages["date_confidence"] >= MIN_PAGE_CONFIDENCE))]
    if "date_evidence" in trusted:
        by_tenure = [any(TENURE_MARK in line for line in (lines if lines is not None else ()))
                     for lines in trusted["date_evidence"]]
        trusted = trusted.loc[~pd.Series(by_tenure, index=trusted.index, dtype=bool) | trusted["date_source"].isin(GIVEN_SOURCES)]
    year_of = dict(zip(trusted["source"], trusted["_year"].astype(int)))
    seen = mentions.loc[mentions["source"].isin(set(year_of))]
    seen = seen.assign(year=seen["source"].map(year_of))
    until = (seen["told_until"] if "told_until" in seen else pd.Series(pd.NA, index=seen.index)).astype("Int64")
    seen = seen.loc[(until.isna() | (seen["year"].astype("Int64") <= until)).fillna(False).astype(bool)]
    if seen.empty:
        return pd.DataFrame(columns=COLUMNS)
    table = seen.groupby(["post", "name"]).agg(first_year=("year", "min"), last_year=("year", "max"),
                                               pages=("source", "nunique")).reset_index()
    return table[COLUMNS].sort_values(["post", "first_year", "name"], ignore_index=True)


# term_bounds_known: whether first_year and last_year are when the term began and ended (public record
# that gives both); False where they are only years the person was seen in office (every row the corpus
# teaches, and public-record years marked `2015?`). Exports before it was named so said `years_exact`,
# True for corpus rows: read an old export's column as term_bounds_known only for public-record rows.
REGISTRY_COLUMNS = [*COLUMNS, "source", "term_bounds_known", "url"]
LEARNED_SOURCE = "corpus (dated pages)"


def public_record() -> pd.DataFrame:
    """The leaders public record gives (jdash/data/leaders.csv) in `REGISTRY_COLUMNS`: source
    `public record (…)` with the file's source codes; term_bounds_known False where a year is only one
    the person was seen in office (`2015?`); last_year empty while still in office; pages empty; url
    the page the years are read from.

    >>> public_record().iloc[0][["post", "source"]].tolist()
    ['省委书记', 'public record (P Y)']
    """
    rows = read_table("leaders.csv")

    def year(value: str) -> int | None:  # `2015`, `2015?`, `2015-09`
        return int(value.rstrip("?").split("-")[0]) if value else None

    table = pd.DataFrame({
        "post": [r["post"] for r in rows], "name": [r["name"] for r in rows],
        "first_year": pd.array([year(r["first_year"]) for r in rows], dtype="Int64"),
        "last_year": pd.array([year(r["last_year"]) for r in rows], dtype="Int64"),
        "pages": pd.array([None] * len(rows), dtype="Int64"),
        "source": [f"public record ({r['source']})" for r in rows],
        "term_bounds_known": [not (r["first_year"].endswith("?") or r["last_year"].endswith("?")) for r in rows],
        "url": [r.get("url", "") for r in rows]})
    return table[REGISTRY_COLUMNS]


def registry(officials: pd.DataFrame, pages: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every tenure jdash knows: those the corpus's dated pages teach (`learn`, source `corpus (dated
    pages)`; with `articles` (id, body), only from sentences about the page's year) and those of
    public record (`public_record`), by post, first year and name."""
    bodies = dict(zip(articles["id"], articles["body"])) if articles is not None else None
    learned = learn(officials, pages, bodies)
    learned = learned.assign(first_year=learned["first_year"].astype("Int64"), last_year=learned["last_year"].astype("Int64"),
                             pages=learned["pages"].astype("Int64"), source=LEARNED_SOURCE, term_bounds_known=False, url="")
    both = pd.concat([df for df in (learned[REGISTRY_COLUMNS], public_record()) if len(df)], ignore_index=True)
    if both.empty:
        return pd.DataFrame(columns=REGISTRY_COLUMNS)
    return both.sort_values(["post", "first_year", "name", "source"], ignore_index=True, na_position="last")


@lru_cache(maxsize=1)
def _public_record() -> frozenset[tuple[str, str]]:
    """(post, name) of the leaders public record gives (jdash.yearcues.leader_cues reads them from
    the page already: a learned tenure would count the same fact twice)."""
    return frozenset((lead.post, lead.name) for lead in leaders())


def _page_years(pages: pd.DataFrame) -> pd.Series:
    """Each page's year: `issue_year` (a year-only date included), else its issue date's."""
    from_dates = pd.to_datetime(pages["issue_date"]).dt.year.astype("Int64")
    return pages["issue_year"].astype("Int64").fillna(from_dates) if "issue_year" in pages else from_dates


def cues(named: Iterable[tuple[str, Iterable[str], str | None]], table: pd.DataFrame) -> list[Evidence]:
    """Year evidence from the officials a page names (name, titles, level) that `table` knows.

    >>> t = pd.DataFrame([["市长", "周七", 2016, 2018, 3]], columns=COLUMNS)
    >>> [c.describe() for c in cues([("周七", ["市委副书记", "市长"], "city")], t)]
    ['市长周七 (held 2016–2018 on dated pages) (2016–2018, years seen in office)']
    """
    spans: Mapping[tuple[str, str], tuple[int, int]] = {
        (r.post, r.name): (int(r.first_year), int(r.last_year)) for r in table.itertuples()}
    found: dict[tuple[str, str], Evidence] = {}
    for name, titles, level in named:
        for post in {post_of(t, level) for t in titles} - {None}:
            if (post, name) in spans and (post, name) not in found and (post, name) not in _public_record():
                first, last = spans[(post, name)]
                text = f"{post}{name} (held {first}–{last} {TENURE_MARK})"
                found[(post, name)] = Evidence("in", first, TENURE_WEIGHT, text, "tenure", profile="seen<>", until=last)
    return list(found.values())
