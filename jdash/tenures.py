"""Who held which post in which years, learned from the corpus itself, and used to date pages.

Pages whose date is known (file name, pages.csv, the user, or an inferred year held with
confidence) name officials with their titles: `市委书记林某` on pages of 2019 and 2021 says 林某
was 市委书记 in those years. `learn` gathers those spans from the officials and pages tables (a
registry a researcher can read on its own); `cues` turns the officials named on an undated page
into year evidence (`in` a held span widened by a year either side, since the pages seen need not
show the tenure's first and last years).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

import pandas as pd

from jdash.datafiles import read_table, read_words
from jdash.yearcues import Evidence, leaders

GIVEN_SOURCES = ("filename", "pages.csv", "user")
MIN_PAGE_CONFIDENCE = 0.8  # an inferred page date this sure teaches tenures too
MIN_OFFICIAL_CONFIDENCE = 0.6
TENURE_WEIGHT = 0.7
COLUMNS = ["post", "name", "first_year", "last_year", "pages"]
POST_PATTERN = "(?:委书记|长|人大常委会主任|政协主席)"  # what every post's title contains (a cheap pre-filter)
TENURE_MARK = "on dated pages"  # in a tenure cue's text: a page dated by tenures teaches none (no circle)


@lru_cache(maxsize=4096)
def post_of(title: str, level: str | None) -> str | None:
    """The post a printed title names, when one person holds it at a time; else None.

    >>> post_of("市委书记", "city"), post_of("泗水县委书记", "county"), post_of("副市长", "city"), post_of("县长", "county")
    ('市委书记', '泗水县委书记', None, None)
    """
    if "副" in title or not any(title.endswith(post) for post in read_words("tenure_posts.txt")):
        return None
    bare = title in read_words("tenure_posts.txt")
    return title if not bare or (level == "city" and title.startswith("市")) else None


def learn(officials: pd.DataFrame, pages: pd.DataFrame) -> pd.DataFrame:
    """post, name, first_year, last_year, pages: each post's holders over the years the corpus's
    dated pages show (`officials`: name, titles, level, source, confidence; `pages`: source,
    issue_date, date_source, date_confidence)."""
    pages = pages.assign(_year=_page_years(pages))
    trusted = pages.loc[pages["_year"].notna() & (pages["date_source"].isin(GIVEN_SOURCES)
                                                  | (pages["date_confidence"] >= MIN_PAGE_CONFIDENCE))]
    if "date_evidence" in trusted:
        by_tenure = [any(TENURE_MARK in line for line in (lines if lines is not None else ()))
                     for lines in trusted["date_evidence"]]
        trusted = trusted.loc[~pd.Series(by_tenure, index=trusted.index, dtype=bool) | trusted["date_source"].isin(GIVEN_SOURCES)]
    year_of = dict(zip(trusted["source"], trusted["_year"].astype(int)))
    sure = officials.loc[officials["source"].isin(set(year_of))
                         & (officials["confidence"].fillna(0) >= MIN_OFFICIAL_CONFIDENCE)]
    seen = sure.assign(year=sure["source"].map(year_of)).explode("titles")
    seen = seen.assign(post=[post_of(t, lv) if isinstance(t, str) else None for t, lv in zip(seen["titles"], seen["level"])])
    seen = seen.loc[seen["post"].notna()]
    if seen.empty:
        return pd.DataFrame(columns=COLUMNS)
    table = seen.groupby(["post", "name"]).agg(first_year=("year", "min"), last_year=("year", "max"),
                                               pages=("source", "nunique")).reset_index()
    return table[COLUMNS].sort_values(["post", "first_year", "name"], ignore_index=True)


REGISTRY_COLUMNS = [*COLUMNS, "source", "years_exact", "url"]
LEARNED_SOURCE = "corpus (dated pages)"


def public_record() -> pd.DataFrame:
    """The leaders public record gives (jdash/data/leaders.csv) in `REGISTRY_COLUMNS`: source
    `public record (…)` with the file's source codes; years_exact False where a year is only one the
    person was seen in office (`2015?`); last_year empty while still in office; pages empty; url the
    page the years are read from.

    >>> public_record().iloc[0][["post", "source"]].tolist()
    ['省委书记', 'public record (P Y)']
    """
    rows = read_table("leaders.csv")

    def year(value: str) -> int | None:
        return int(value.rstrip("?")) if value else None

    table = pd.DataFrame({
        "post": [r["post"] for r in rows], "name": [r["name"] for r in rows],
        "first_year": pd.array([year(r["first_year"]) for r in rows], dtype="Int64"),
        "last_year": pd.array([year(r["last_year"]) for r in rows], dtype="Int64"),
        "pages": pd.array([None] * len(rows), dtype="Int64"),
        "source": [f"public record ({r['source']})" for r in rows],
        "years_exact": [not (r["first_year"].endswith("?") or r["last_year"].endswith("?")) for r in rows],
        "url": [r.get("url", "") for r in rows]})
    return table[REGISTRY_COLUMNS]


def registry(officials: pd.DataFrame, pages: pd.DataFrame) -> pd.DataFrame:
    """Every tenure jdash knows: those the corpus's dated pages teach (`learn`, source `corpus (dated
    pages)`) and those of public record (`public_record`), by post, first year and name."""
    learned = learn(officials, pages)
    learned = learned.assign(first_year=learned["first_year"].astype("Int64"), last_year=learned["last_year"].astype("Int64"),
                             pages=learned["pages"].astype("Int64"), source=LEARNED_SOURCE, years_exact=True, url="")
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
    ['市长周七 (held 2016–2018 on dated pages) (2015–2019)']
    """
    spans: Mapping[tuple[str, str], tuple[int, int]] = {
        (r.post, r.name): (int(r.first_year), int(r.last_year)) for r in table.itertuples()}
    found: dict[tuple[str, str], Evidence] = {}
    for name, titles, level in named:
        for post in {post_of(t, level) for t in titles} - {None}:
            if (post, name) in spans and (post, name) not in found and (post, name) not in _public_record():
                first, last = spans[(post, name)]
                text = f"{post}{name} (held {first}–{last} {TENURE_MARK})"
                found[(post, name)] = Evidence("in", first - 1, TENURE_WEIGHT, text, "tenure", until=last + 1)
    return list(found.values())
