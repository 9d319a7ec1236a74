"""The entity stage: fill counties, primary county, officials, persons, figures, topics and keywords.

Pure (new Article objects; the inputs are not changed) and safe in worker processes: the only shared
state is the lazily built jieba tokenizer, which this stage never alters.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from jdash.figures import extract_figures
from jdash.gazetteer import (CITY_WIDE, canonical_county, dateline_place, find_counties, has_local_markers, is_zone,
                             primary_county, speaks_as_zone)
from jdash.model import Article, OfficialMention
from jdash.officials import extract_officials, read_people
from jdash.topics import keywords, score_topics

_PAGE_MAJORITY = 2  # articles naming the same county before a page counts as that county's page


def _text(article: Article) -> str:
    parts = (article.kicker, article.headline, article.subheadline, article.body)
    return "\n\n".join(p for p in parts if p)


def article_counties(article: Article, text: str) -> list[str]:
    """Every county and zone an article names, in order of first mention, the dateline's first: 本报兖州讯
    names 兖州区 even when the body says only 我区.

    >>> article_counties(Article(id="a", source="p", order=0, headline="我县项目开工", subheadline=None,
    ...                          kind="news", body="我县8个项目开工。", dateline_place="嘉祥"), "我县8个项目开工。")
    ['嘉祥县']
    """
    return list(dict.fromkeys(find_counties(dateline_place(article) or "") + find_counties(text)))


def _heading(article: Article) -> str:
    return " ".join(p for p in (article.kicker, article.headline, article.subheadline) if p)


def _city_leaders(officials: list[OfficialMention]) -> tuple[str, ...]:
    """The names of the city-level (or higher) officials among `officials`."""
    return tuple(m.name for m in officials if m.level in ("city", "province", "national"))


def _primary_counties(articles: list[Article], leaders: list[tuple[str, ...]]) -> list[str | None]:
    """Each article's primary county (`leaders`: each article's city leaders). Articles that speak from
    inside a county (全区, 区领导 …) without naming it take the county most articles of the page are
    about (a county's own page)."""
    primary = [primary_county(a, names) for a, names in zip(articles, leaders)]
    named = Counter(c for c in primary if c and c != CITY_WIDE)
    if not named:
        return primary
    page_county, n = named.most_common(1)[0]
    if n < _PAGE_MAJORITY:
        return primary
    return [page_county if _of_the_page_county(article, county) or _of_the_page_zone(article, county, page_county)
            else county for article, county in zip(articles, primary)]


def _of_the_page_county(article: Article, county: str | None) -> bool:
    """全区稳就业工作会议召开 on a county's page, with no dateline and no county named: the article speaks from
    inside the page's county (全区, 县委 …). One datelined 本报济宁讯, or naming a county of its own (泗水县委、
    县政府), is not the page county's.

    >>> _of_the_page_county(Article(id="a", source="p", order=0, headline="全区会议召开", subheadline=None, kind="news", body="全区会议召开。"), "全市")
    True
    """
    if county not in (None, CITY_WIDE) or dateline_place(article):
        return False
    text = _text(article)
    return has_local_markers(text) and not find_counties(text)


def _of_the_page_zone(article: Article, county: str | None, page_county: str) -> bool:
    """本报济宁讯 全区稳就业工作会议召开。区党工委委员… on a zone's page (济宁高新区, 太白湖新区): a zone has no
    dateline of its own, so its stories carry the city's; one that speaks from inside a zone (全区, 区党工委:
    `speaks_as_zone`), names no county and does not speak for the city (全市, 我市) is the page zone's.

    >>> a = Article(id="a", source="p", order=0, headline="全区会议召开", subheadline=None, kind="news", body="全区会议召开。", dateline_place="济宁")
    >>> _of_the_page_zone(a, "全市", "济宁高新区"), _of_the_page_zone(a, "全市", "泗水县")
    (True, False)
    """
    place = dateline_place(article)
    if county not in (None, CITY_WIDE) or not is_zone(page_county) or (place and canonical_county(place)):
        return False
    text = _text(article)
    return speaks_as_zone(text) and not find_counties(text) and not any(m in text for m in ("全市", "我市"))


def _city_event(officials: list[OfficialMention]) -> bool:
    """Whether Jining's own leaders take part: then 全市 in the article is Jining, even when the event is
    held in (and datelined from) a county-level city such as 曲阜."""
    return any(m.level == "city" for m in officials)


_NO_PEOPLE = ("notice",)


def _people_text(article: Article, text: str) -> str:
    """The text whose people are the article's: none for an editor's note (编者按, kind notice), which
    reports no event (深入学习贯彻某某重要批示精神 in a series' foreword names no official of its own).

    >>> _people_text(Article(id="a", source="p", order=0, headline="编者按", subheadline=None, kind="notice", body="…"), "…")
    ''
    """
    return "" if article.kind in _NO_PEOPLE else text


def enrich_articles(articles: list[Article]) -> list[Article]:
    """The articles of one page (or any batch) with their entity fields filled."""
    texts = [_text(a) for a in articles]
    reporters = [{r.name for r in a.reporters} for a in articles]
    # Each article's text is scanned once; the second reading (with the names the page's other
    # articles gave) only adds bare mentions to that scan.
    people = [read_people(_people_text(a, t), exclude=r, home=dateline_place(a)) for t, r, a in zip(texts, reporters, articles)]
    first = [extract_officials(t, people=p) for t, p in zip(texts, people)]
    primary = _primary_counties(articles, [_city_leaders(officials) for officials, _ in first])
    known: dict[str, OfficialMention] = {}
    for officials, _ in first:
        for m in officials:
            if m.level != "national":
                known.setdefault(m.name, m)
    out: list[Article] = []
    for article, text, scanned, county, found in zip(articles, texts, people, primary, first):
        officials, persons = extract_officials(text, known=known, people=scanned) if known else found
        names = [m.name for m in officials] + [p.name for p in persons]
        out.append(
            replace(
                article,
                counties=article_counties(article, text),
                primary_county=county,
                officials=officials,
                persons=persons,
                figures=extract_figures(article.body or "", county, city_event=_city_event(officials),
                                        heading=_heading(article), year=article.issue_year),
                topics=[
                    {"topic": name, "score": score}
                    for name, score in score_topics(_heading(article), article.body or "", article.column)
                ],
                keywords=keywords(f"{_heading(article)}\n{article.body or ''}", k=20, names=names),
            )
        )
    return out
