"""Jining's counties and zones (data/counties.csv): find them in text, and decide an article's primary one."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jdash.datafiles import alternation_of, read_table, read_words, words_longest_first
from jdash.parse.lexicon import longest_first

CITY_WIDE = "全市"
CITY_CODE = "370800"  # GB/T 2260 code of 济宁市: the code of what is said of the whole city (全市)

# Characters that may stand right before a bare alias (高新区, 市中区) without making it part of
# another place's name: prepositions and verbs of motion, enumeration marks, 全/本/该/各.
# Names of Jining itself that may stand before a bare alias (济宁市高新区, 我市高新区).
_OWN_CITY = ("济宁市", "济宁", "我市", "本市", "全市")
_GLUE_BEFORE = set("在来到赴至于与和及同跟对向从把将为是的了全本该各、，。；：,;:“”\"'（）()《》 \n\t—-")
# Markers that an article is about the city as a whole.
_CITY_MARKERS = ("我市", "全市", "济宁市", "市委", "市政府", "济宁")
# Markers of an article written from inside one county or zone (全区, 县委 …) without naming it.
_LOCAL_MARKERS = ("全区", "全县", "区党工委", "区委", "区政府", "管委会", "区领导", "县委", "县政府", "县领导", "该区", "该县")
# A heading that frames a datelined story as the whole city's.
_CITY_HEADING = ("全市", "我市")
# The paper's own voice (本报评论员, a signed commentary): about the city, also when it names a county.
_PAPER_VOICE = ("editorial", "commentary")
_DATELINE = re.compile(r"本报([\u4e00-\u9fff]{2,8}?)(?:\s*\d{1,2}月\d{1,2}日)?讯")
_LEAD_CHARS = 100
_CITY_NAME = re.compile("济宁市|济宁|我市|全市")
# Words with which a lead frames its story as the whole city's (我市…, 全市…, 济宁市…).
_CITY_FRAMES = ("我市", "全市", "济宁市")


@dataclass(frozen=True)
class Place:
    """One surface form of a county or zone."""

    alias: str
    canonical: str
    type: str
    form: str  # full | short | old | bare


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """Every alias in counties.csv, longest first (so 济宁高新区 wins over 高新区)."""
    rows = read_table("counties.csv")
    out = [Place(r["alias"], r["canonical"], r["type"], r["form"]) for r in rows]
    return tuple(sorted(out, key=lambda p: -len(p.alias)))


@lru_cache(maxsize=1)
def aliases() -> tuple[str, ...]:
    """Every county or zone alias of counties.csv, once each, longest first (`places`' order): a text's opening
    alias is the first of them it starts with."""
    return tuple(dict.fromkeys(p.alias for p in places()))


@lru_cache(maxsize=1)
def own_place_names() -> tuple[str, ...]:
    """Every printed form of the city (data/city_names.txt: 济宁市, 济宁), its counties and zones (`aliases`),
    longest first."""
    return tuple(sorted({*read_words("city_names.txt"), *aliases()}, key=len, reverse=True))


@lru_cache(maxsize=1)
def canonical_of_alias() -> dict[str, str]:
    """Alias → canonical name as jdash reports it (金乡 → 金乡县, 高新区 → 济宁高新区)."""
    out: dict[str, str] = {}
    for p in places():  # sorted by length only (a stable sort): an alias's rows keep their file order, the first wins
        out.setdefault(p.alias, p.canonical)
    return out


@lru_cache(maxsize=1)
def canonical_names() -> tuple[str, ...]:
    """The canonical county and zone names, in file order."""
    seen: dict[str, None] = {}
    for r in read_table("counties.csv"):
        seen.setdefault(r["canonical"], None)
    return tuple(seen)


@lru_cache(maxsize=1)
def county_codes() -> dict[str, str]:
    """Canonical name → GB/T 2260 code of each county-level unit, and 全市 → 370800 (the city). Zones,
    which are no administrative division, have none.

    >>> county_codes()["任城区"], county_codes()["全市"], "济宁高新区" in county_codes()
    ('370811', '370800', False)
    """
    codes = {r["canonical"]: r["code"] for r in read_table("counties.csv") if r.get("code")}
    return {**codes, CITY_WIDE: CITY_CODE}


@lru_cache(maxsize=1)
def towns() -> tuple[Place, ...]:
    """Jining's townships and streets (data/towns.csv) as places of their county: 小安山镇 → 梁山县."""
    return tuple(Place(r["town"], r["county"], "town", "town") for r in read_table("towns.csv"))


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, Place]]:
    every = sorted((*places(), *towns()), key=lambda p: -len(p.alias))
    by_alias = {p.alias: p for p in every}
    return re.compile(longest_first(by_alias)), by_alias  # the longest alias at a point, as in longest-first order


def foreign_bare(text: str, start: int) -> bool:
    """Whether a bare alias (高新区, 市中区) at `start` is glued to another city's name: 江阴高新区,
    济南市中区 yes; 济宁市高新区, 我市高新区, 落户高新区, 在高新区 no."""
    if start == 0 or text[start - 1] in _GLUE_BEFORE:
        return False
    before = text[max(0, start - 6) : start]
    if before.endswith(_OWN_CITY):
        return False
    from jdash.nlp import tag

    tags = tag(before[-4:])
    return bool(tags) and (tags[-1][1] == "ns" or tags[-1][0][-1] in "市县省州")


_WORD_AROUND_FREQ = 5  # 钓鱼台 (96), 吕梁山 (30): a dictionary word this common holds the short form


def ends_a_word(text: str, start: int, end: int) -> bool:
    """某镇钓鱼台村: a county's short form (鱼台) whose character before it makes a dictionary word with it (钓鱼台)
    ends that word, a village's or a mountain's name, and names no county; 在鱼台 or 水泊梁山 (泊梁山 is no word) do.

    >>> ends_a_word("某镇钓鱼台村", 3, 5), ends_a_word("来到鱼台县", 2, 4), ends_a_word("水泊梁山", 2, 4)
    (True, False, False)
    """
    from jdash.nlp import word_freq

    return start > 0 and word_freq(text[start - 1 : end]) >= _WORD_AROUND_FREQ


def county_mentions(text: str) -> list[tuple[int, str]]:
    """(position, canonical name) of every county or zone mention, a town counting for its county, in
    text order. A bare alias (高新区) glued to another city's name, or after a level (省级高新区: data/level_words.txt,
    a class of zones), names none of Jining's."""
    pattern, by_alias = _pattern()
    out: list[tuple[int, str]] = []
    last_end = -1
    own_zone: re.Match[str] | None | bool = False  # looked for at the first bare zone alias (False: not yet)
    for m in pattern.finditer(text or ""):
        place = by_alias[m.group()]
        if place.form == "bare" and (foreign_bare(text, m.start()) or text.endswith(read_words("level_words.txt"), 0, m.start())):
            continue  # 江阴高新区, 济南市中区: another city's unit; 获批省级高新区: a class of zones
        if place.form == "bare" and place.type == "zone" and own_zone is False:
            own_zone = _county_zone_re().search(text)
        if place.form == "bare" and place.type == "zone" and own_zone and own_zone.end() <= m.start():
            continue  # 邹城经济开发区 … 对经开区的建设成就给予评价: the county's own zone named again
        if place.form == "short" and ends_a_word(text, m.start(), m.end()):
            continue  # 钓鱼台村, 吕梁山: a short form ending a longer word is that word's, no county
        if place.form == "town" and m.start() == last_end and out:
            continue  # 兖州区颜店镇: one place, named once; 某县王庄镇: a namesake inside the county named before it
        out.append((m.start(), place.canonical))
        last_end = m.end()
    return out


@lru_cache(maxsize=1)
def _county_zone_re() -> re.Pattern[str]:
    """A county's own development zone: a county's alias and a kind of zone (邹城经济开发区, 兖州高新区, 梁山开发区:
    data/county_zone_kinds.txt). After it, a bare zone alias (经开区, 高新区) names that zone again, not Jining's."""
    counties = [p.alias for p in places() if p.type != "zone"]
    return re.compile(f"(?:{longest_first(counties)})(?:{longest_first(read_words('county_zone_kinds.txt'))})")


def find_counties(text: str) -> list[str]:
    """Canonical names of the counties and zones mentioned in `text`, in order of first mention."""
    seen: dict[str, None] = {}
    for _, name in county_mentions(text):
        seen.setdefault(name, None)
    return list(seen)


def canonical_county(name: str | None) -> str | None:
    """The canonical county for a place name such as a dateline (泗水 → 泗水县), or None."""
    if not name:
        return None
    found = find_counties(name)
    return found[0] if found else None


def dateline_place(article: Any) -> str | None:
    """The dateline place of an article (本报泗水讯 → 泗水), from the parser or the body's first line."""
    place = getattr(article, "dateline_place", None)
    if place:
        return place
    body = getattr(article, "body", "") or ""
    m = _DATELINE.search(body[:60])
    return m.group(1) if m else None


@dataclass(frozen=True)
class _Evidence:
    """What an article says about where it is: dateline place, heading, body, kind."""

    place: str | None
    dateline: str | None  # the dateline's canonical county
    head: str
    in_head: tuple[str, ...]
    body: str
    kind: str | None
    leaders: tuple[str, ...] = ()  # names of the article's city-level (or higher) officials
    headline: str | None = None  # the headline alone (the heading without its kicker and subheadline), when known


_ZONE_KIND_CHARS = 3  # 示范区, 高新区: the last characters of a zone's name say what kind of zone it is


def _by_dateline(e: _Evidence) -> str | None:
    """本报泗水讯 → 泗水县; 本报曲阜讯 … 曲阜文化建设示范区签约: a zone inside the dateline's county is closer, also
    when the heading calls it by its kind alone (示范区元旦假期接待游客…) and the lead names it.

    >>> _by_dateline(_Evidence("曲阜", "曲阜市", "示范区接待游客12万人次", (), "记者从曲阜文化建设示范区获悉，…", "news"))
    '曲阜文化建设示范区'
    """
    if not e.dateline:
        return None
    inner = [c for c in e.in_head if c != e.dateline and e.place and c.startswith(e.place) and _is_zone(c)]
    lead = [c for _, c in county_mentions(e.body[:_LEAD_CHARS])]
    inner += [c for c in dict.fromkeys(lead) if c != e.dateline and e.place and c.startswith(e.place) and _is_zone(c)
              and c[-_ZONE_KIND_CHARS:] in e.head]
    return inner[0] if inner else e.dateline


def _by_city_leader(e: _Evidence) -> str | None:
    """本报曲阜讯 梅某某会见某某调研组 → 全市: a heading opened by one of the city's leaders receiving visitors
    (their name, then 会见/会晤/接见…: data/receiving_verbs.txt) and naming no county is the city's affairs,
    wherever they took place; an inspection (某某调研…) stays with its dateline.

    >>> _by_city_leader(_Evidence("曲阜", "曲阜市", "王某会见调研组", (), "", "news", ("王某",)))
    '全市'
    """
    if e.in_head or _host_in_story(e):
        return None
    verbs = read_words("receiving_verbs.txt")
    return CITY_WIDE if any(e.head.startswith(name) and e.head.startswith(verbs, len(name)) for name in e.leaders) else None


HOST_IN_STORY_MENTIONS = 2  # the venue is named once; a county named again is a party to the meeting


def _host_in_story(e: _Evidence) -> bool:
    """Whether the county of the dateline is part of the story, not only where it took place: the body
    names it again and again (`济宁、某县两地…`, `某县的旅游`), outside officials' titles. Then a city leader
    receiving visitors there is the county's story (its dateline's).

    >>> _host_in_story(_Evidence("曲阜", "曲阜市", "", (), "王某在曲阜接待客人。他请客人多关注曲阜。", "news"))
    True
    """
    return bool(e.dateline) and sum(c == e.dateline for _, c in _story_mentions(e.body)) >= HOST_IN_STORY_MENTIONS


def _by_city_visit(e: _Evidence) -> str | None:
    """本报济宁讯 某市党政代表团来济参观考察 → 全市: under a city dateline, a heading that says the visitors
    come to the city (data/city_visit_words.txt) is about the city, whichever of its counties they see;
    not 来济宁高新区 (a county's name that starts with the city's).

    >>> _by_city_visit(_Evidence("济宁", None, "某市代表团来济考察", (), "", "news"))
    '全市'
    """
    if not e.place or e.dateline:
        return None
    starts = {pos for pos, _ in county_mentions(e.head)}
    for word in read_words("city_visit_words.txt"):
        k = e.head.find(word)
        if k >= 0 and k + len(word) - 1 not in starts and k + len(word) - 2 not in starts:
            return CITY_WIDE
    return None


def _by_tour(e: _Evidence) -> str | None:
    """本报济宁讯 某某到北湖新区济宁高新区等地调研 → 全市: under a city dateline, or a bare 本报讯 (the paper is the
    city's), a heading that names two or more counties or zones, or places ending in 等地, is a tour of the
    city's parts, or news they share (某某铁路开工 某县、某县将通高铁).

    >>> _by_tour(_Evidence("济宁", None, "某某到任城区泗水县调研", ("任城区", "泗水县"), "", "news"))
    '全市'
    >>> _by_tour(_Evidence(None, None, "某某铁路开工 汶上、梁山将通高铁", ("汶上县", "梁山县"), "", "news"))
    '全市'

    A headline that names one unit is that unit's story, though its subheadline or kicker tells of another's:
    >>> _by_tour(_Evidence("济宁", None, "曲阜市入选示范区 微山县某景区获评第一", ("曲阜市", "微山县"), "", "news", (), "曲阜市入选示范区"))
    """
    if e.dateline or not e.in_head:
        return None
    if e.headline is not None and len(find_counties(e.headline)) == 1 and "等地" not in e.head:
        return None  # 某县入选…, with a subheadline of another unit's news: the headline's unit is the story
    return CITY_WIDE if len(e.in_head) >= 2 or "等地" in e.head else None


# An event named with its host in brackets: 中国（某县）国际书画节, 第三届中国（某县）农机博览会.
_HOSTED_EVENT_MAX_START = 8  # the event opens the lead when no more than a year and a few characters precede it
_EVENT_TAIL_MIN_CHARS = 4  # the heading names the event by at least the last four characters of its name (书画艺术节)


@lru_cache(maxsize=1)
def _hosted_event_re() -> re.Pattern[str]:
    ends = alternation_of(read_words("named_event_words.txt"))
    return re.compile(rf"[（(](?P<host>[\u4e00-\u9fff]{{2,6}})[）)](?P<name>[\u4e00-\u9fff]{{0,12}}?(?:{ends}))")


def _by_hosted_event(e: _Evidence) -> str | None:
    """本报济宁讯 书画艺术节筹备就绪, about the 中国（曲阜）国际书画艺术节 → 曲阜市: a story about an
    event whose name carries its host county in brackets (data/named_event_words.txt ends the name) is the
    host's, when the heading names the event (by its name's last four characters or more) or the event
    opens the lead. Under a county's own dateline the dateline decides first; a host that is no county
    (中国（济宁）…, （长三角）) gives nothing.

    >>> _by_hosted_event(_Evidence("济宁", None, "书画艺术节将开幕", (), "会议宣读了《中国（曲阜）国际书画艺术节方案》。", "news"))
    '曲阜市'
    """
    if e.dateline:
        return None
    for m in _hosted_event_re().finditer(e.body):
        host, name = canonical_county(m.group("host")), m.group("name")
        named = any(name[k:] in e.head for k in range(len(name) - _EVENT_TAIL_MIN_CHARS + 1))
        if host and (named or m.start() <= _HOSTED_EVENT_MAX_START):
            return host
    return None


def _by_paper_voice(e: _Evidence) -> str | None:
    """An editorial (本报评论员) or a signed commentary is the city paper speaking to the whole city, also
    when it takes one county as its example (让乡村干净起来 … 梁山县的做法) → 全市; not one whose heading is
    labelled with one unit (邹城：工业强市…), which is about that unit (`_by_heading`).

    >>> _by_paper_voice(_Evidence(None, None, "让乡村干净起来", (), "", "commentary"))
    '全市'
    >>> _by_paper_voice(_Evidence(None, None, "邹城：工业强市再提速", ("邹城市",), "", "commentary"))
    """
    if e.kind not in _PAPER_VOICE or _unit_label(e.head):
        return None
    return CITY_WIDE


def _unit_label(head: str) -> str | None:
    """The county or zone a heading opens with as its label (邹城：…, 济宁高新区：…), or None.

    >>> _unit_label("邹城：工业提速"), _unit_label("邹城市：工业提速"), _unit_label("济宁：新材料提速"), _unit_label("走进邹城：见闻")
    ('邹城市', '邹城市', None, None)
    """
    pattern, by_alias = _pattern()
    m = pattern.match(head)
    return by_alias[m.group()].canonical if m and head[m.end() : m.end() + 1] in tuple(_LABEL_MARKS) else None


_LABEL_MARKS = "：:"  # 济宁：… — a place printed before a colon opening the heading labels where the news is from
_LABEL_MAX_START = 2  # 山东济宁：… — at most a province's short name before the city's


def _by_labelled_unit(e: _Evidence) -> str | None:
    """济宁：专为一家企业开了一场发布会, whose lead says the firm's product came off the line 在济宁高新区 and whose
    body names no other county or zone: a heading that only labels the news as the city's (济宁：, 山东济宁：)
    leaves the subject to the body; one unit named in the lead, and no other anywhere, is that unit's story.

    >>> _by_labelled_unit(_Evidence("济宁", None, "济宁：一家企业的新产品下线", (), "近日，某公司新产品在高新区下线。", "news"))
    '济宁高新区'
    """
    m = _CITY_NAME.search(e.head)
    if e.dateline or e.in_head or not m or m.start() > _LABEL_MAX_START or e.head[m.end() : m.end() + 1] not in tuple(_LABEL_MARKS):
        return None
    if _CITY_NAME.search(e.head, m.end()):
        return None  # 济宁：全市新能源汽车突破10万辆 — the heading itself is about the city
    mentions = _story_mentions(e.body)
    units = {name for _, name in mentions}
    return mentions[0][1] if len(units) == 1 and mentions[0][0] < _LEAD_CHARS else None


def _by_city_subject(e: _Evidence) -> str | None:
    """本报济宁讯 济宁上半年空气质量改善 高新区最佳 → 全市: under a city dateline (or a bare 本报讯, or none: the
    paper is the city's), a heading that names the
    city itself (济宁, 我市, 全市 — not as part of a county's name, 济宁高新区, nor right before one,
    济宁市某区, nor opening the name of a place or a firm, 济宁某某商务区, 济宁某某集团, nor an official's title
    when a county follows, 济宁市政协主席某某到某区调研) before any county is about the city; a county named after it is
    a part singled out. A city official's heading that names no county (济宁市委书记某某：建设某某) is the city's.

    >>> _by_city_subject(_Evidence("济宁", None, "济宁空气质量改善 高新区最佳", ("济宁高新区",), "", "news"))
    '全市'
    """
    if e.dateline:
        return None
    return CITY_WIDE if _city_heads_the_heading(e.head) else None


def _by_city_subject_over_county(e: _Evidence) -> str | None:
    """本报兖州讯 … 纺织企业恳谈会在兖州举行 / 山东济宁举行恳谈会 推动纺织企业转型 → 全市: under a county's
    dateline, a headline that opens on the city as its subject (济宁, 济宁市, 山东济宁, 我市: `_CITY_SUBJECT_RE`) and
    names no county is a city affair held in that county, unless the body keeps naming the county
    (`_host_in_story`: then it is the county's). The city named later (某某节济宁会场开幕) is no subject.

    >>> _by_city_subject_over_county(_Evidence("兖州", "兖州区", "", (), "恳谈会在兖州举行。", "news", (), "济宁举行纺织企业恳谈会"))
    '全市'
    """
    if not e.dateline or e.in_head or not e.headline or not _CITY_SUBJECT_RE.match(e.headline) or _host_in_story(e):
        return None  # (the headline's opening is read before the body's mentions)
    return CITY_WIDE if _city_heads_the_heading(e.headline) else None


# A headline opening on the city as its subject: 济宁…, 济宁市…, 山东济宁…, 山东省济宁市…, 我市…
_CITY_SUBJECT_RE = re.compile(r"(?:山东省?)?(?:济宁市?|我市)")


def _city_heads_the_heading(head: str) -> bool:
    """Whether a heading names the city itself (济宁, 我市, 全市) before any county, not as part of a place's,
    a firm's or an official's name (see `_by_city_subject`), nor as the address run into a county's name
    (济宁市中区…: 济宁 + 市中区, the 市 shared).

    >>> _city_heads_the_heading("济宁市中区都市农业提质增效"), _city_heads_the_heading("济宁空气质量改善 高新区最佳")
    (False, True)
    """
    from jdash.figures import names_a_place_in_the_city

    county_at = county_mentions(head)
    first_county = county_at[0][0] if county_at else len(head)
    starts = {pos for pos, _ in county_at}
    return any(m.end() <= first_county and m.start() not in starts and m.end() not in starts
               and not head[:m.start()].endswith(("（", "("))  # 某某集团（济宁）物流园: part of a name
               and not names_a_place_in_the_city(head, m.start(), m.end(), 0)
               and not (county_at and _in_title(head, m.start(), len(m.group())))
               for m in _CITY_NAME.finditer(head))


@lru_cache(maxsize=1)
def _route_ends_re() -> re.Pattern[str]:
    """济宁至曲阜城际公交, 兖州—邹城高速: a route named by its two ends (data/route_words.txt)."""
    kinds = longest_first(read_words("route_words.txt"))
    return re.compile(rf"([\u4e00-\u9fff]{{2,5}}?)(?:至|到|—|－|-)([\u4e00-\u9fff]{{2,5}}?)(?:{kinds})")


def _by_route(e: _Evidence) -> str | None:
    """本报济宁讯 济宁至曲阜城际公交开通 → 全市: a heading about a route between the city and a county, or between two
    units, is the city's story, not its ends'; so is a heading about a line (data/line_words.txt: 铁路, 高铁) that
    names no county, when the lead names such a route or the body names two units or more along it. Under a
    county's dateline it is the county's.

    >>> _by_route(_Evidence("济宁", None, "济宁至曲阜城际公交开通", ("曲阜市",), "", "news"))
    '全市'
    >>> _by_route(_Evidence("济宁", None, "某某高铁开通", (), "线路经过曲阜市、邹城市，曲阜东站客流增加。", "news"))
    '全市'
    """
    if e.dateline:
        return None
    line = not e.in_head and any(w in e.head for w in read_words("line_words.txt"))
    m = _route_ends_re().search(e.head) or (_route_ends_re().search(re.split("[。！？]", e.body, maxsplit=1)[0]) if line else None)
    if m:
        ends = [CITY_WIDE if _CITY_NAME.match(end) else canonical_county(end) for end in m.groups()]
        return CITY_WIDE if CITY_WIDE in ends or len({c for c in ends if c}) >= 2 else None
    return CITY_WIDE if line and len({name for _, name in _story_mentions(e.body)}) >= 2 else None


def _by_heading(e: _Evidence) -> str | None:
    """嘉祥：开工那些事变为一件事 → 嘉祥县: a county named in the kicker, headline or subheadline."""
    return e.in_head[0] if e.in_head else None


_LABEL_OPENING = re.compile(r"([\u4e00-\u9fff]{2,9})[：:]")


def _by_unit_label(e: _Evidence) -> str | None:
    """高质量发展在济宁 / 泗水县：某某农业项目 → 泗水县: under the city's dateline (or none), a headline that opens with
    one county's or zone's name and a colon labels the story as that unit's, whatever a series kicker says of
    the city.

    >>> _by_unit_label(_Evidence("济宁", None, "高质量发展在济宁 泗水县：某某项目", ("泗水县",), "", "news", (), "泗水县：某某项目"))
    '泗水县'
    >>> _by_unit_label(_Evidence("济宁", None, "曲阜：某某项目", ("曲阜市",), "", "news", (), "曲阜：某某项目"))
    '曲阜市'
    """
    m = _LABEL_OPENING.match(e.headline or "")
    return canonical_of_alias().get(m.group(1)) if m and not e.dateline else None


_HEADING_TOWN = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:镇|乡|街道)(?=[：:，\s])")  # 马集镇：… opens the heading
_TOWN_WORD_FREQ = 1000  # 小镇, 家乡: a town whose last two characters are this common a word is no proper name
_UNIT_NAME_MAX = 9  # 济宁经济技术开发区: the longest unit name that may stand right before a town


def _by_heading_town(e: _Evidence) -> str | None:
    """马集镇：文旅融合走上快车道, whose body says 某某经开区马集镇…: a heading about a township or street that the
    gazetteer does not list, printed in the body right after its county's or zone's name, is that unit's.

    >>> _by_heading_town(_Evidence(None, None, "某集镇：文旅融合", (), "近年来，济宁高新区某集镇以文旅为引领。", "news"))
    '济宁高新区'
    """
    from jdash.nlp import word_freq

    m = _HEADING_TOWN.match(e.head)
    if e.in_head or not m or word_freq(m.group()[-2:]) >= _TOWN_WORD_FREQ:
        return None
    for pos, county in county_mentions(e.body):
        k = e.body.find(m.group(), pos, pos + _UNIT_NAME_MAX + len(m.group()))
        if k > pos and any(p.alias == e.body[pos:k] and p.canonical == county for p in places()):
            return county  # the unit's own name, right before the town's
    return None


def _by_city_heading(e: _Evidence) -> str | None:
    """本报济宁讯 全市人居环境整治现场会召开 (held in 泗水县): the city's own event, whichever county hosts it."""
    return CITY_WIDE if e.place and any(m in e.head for m in _CITY_HEADING) else None


def _by_city_event_venue(e: _Evidence) -> str | None:
    """本报济宁讯 3月5日，全市重点项目观摩活动在嘉祥县举行。 → 全市: under a city dateline, a lead sentence
    whose subject is the city's (全市, 我市, 济宁 before the county) and which names the county after 在 as
    where the event is held (data/venue_words.txt) is the city's event, whichever county hosts it.

    >>> _by_city_event_venue(_Evidence("济宁", None, "观摩活动举行", (), "今天，全市观摩活动在嘉祥县举行。嘉祥县…", "news"))
    '全市'
    """
    if not e.place or e.dateline:
        return None
    lead = re.split(r"[。！？]", e.body, maxsplit=1)[0]
    mentions = county_mentions(lead)
    if not mentions:
        return None
    pos = mentions[0][0]
    clause = re.split(r"[，；,;]", lead[pos:], maxsplit=1)[0]
    held = lead[:pos].endswith("在") and any(w in clause for w in read_words("venue_words.txt"))
    return CITY_WIDE if held and _CITY_NAME.search(lead[:pos]) else None


def _by_leader_visit(e: _Evidence) -> str | None:
    """本报济宁讯 市委书记某某到高新区调研企业，… → 济宁高新区: a lead sentence in which one of the article's
    leaders (their name, 一行, 先后 …: data/visit_party_words.txt) goes (data/visit_verbs.txt) to one county or
    zone, or inspects in one (在某区调研: data/inspection_words.txt), naming no other, is that place's story
    whatever the level of the visitor; not when the visit is to a city-wide event (全市…).

    >>> _by_leader_visit(_Evidence("济宁", None, "", (), "市委书记王某一行到高新区调研。他要求学习任城区经验。", "news", ("王某",)))
    '济宁高新区'
    """
    if e.dateline or not e.leaders:
        return None
    lead = re.split(r"[。！？]", e.body, maxsplit=1)[0]
    mentions = _story_mentions(lead)
    if len({name for _, name in mentions}) != 1 or any(m in lead for m in ("全市", "我市")):
        return None
    pos, county = mentions[0]
    before = lead[:pos]
    inspects = before.endswith("在") and _inspection_follows(lead, pos)
    verbs = words_longest_first("visit_verbs.txt")  # 来到 before 到
    verb = "在" if inspects else next((v for v in verbs if before.endswith(v)), None)
    return county if verb and _visitor_ends(before[: -len(verb)], e.leaders) else None


_INSPECTION_REACH = 12  # how far after the place an inspection word may stand (在任城区某某公司调研)


def _inspection_follows(lead: str, pos: int) -> bool:
    """Whether an inspection word (调研, 考察 …) follows the place at `pos` within its clause."""
    clause = re.split(r"[，；,;]", lead[pos : pos + _INSPECTION_REACH + 6], maxsplit=1)[0]
    return any(w in clause for w in read_words("inspection_words.txt"))


def _visitor_ends(text: str, leaders: tuple[str, ...]) -> bool:
    """Whether `text` ends with one of `leaders`, followed only by words of a visiting party (一行, 先后)."""
    party = words_longest_first("visit_party_words.txt")
    while (word := next((w for w in party if text.endswith(w)), None)) is not None:
        text = text[: -len(word)]
    return text.endswith(leaders)


_TITLE_WINDOW = 10  # how far after a place an official's title head may end for the place to be in the title


def _story_mentions(body: str) -> list[tuple[int, str]]:
    """The county mentions of a body that say where the story is: not those inside an official's title
    (市委常委、济宁高新区党工委书记某某陪同 says who accompanied, not where), unless every mention is.

    >>> _story_mentions("代表团来到太白湖新区考察。市委常委、济宁高新区党工委书记韩某陪同。")
    [(5, '太白湖新区')]
    """
    from jdash.officials import heads, title_head_pattern

    mentions = county_mentions(body)
    out = [(pos, name) for pos, name in mentions if not _in_title(body, pos, len(name)) and not _in_attendance(body, pos)]
    return out or mentions


@lru_cache(maxsize=1)
def _attendance_re() -> re.Pattern[str]:
    who, verbs = longest_first(read_words("attendee_words.txt")), longest_first(read_words("attendance_verbs.txt"))
    return re.compile(rf"[^。！？；;，,：:]*?{who}等?{verbs}")


def _in_attendance(text: str, start: int) -> bool:
    """Whether the place printed at `start` is among a meeting's attendees: the rest of its clause says that its
    people attend (某县、某区的负责同志参加: data/attendee_words.txt, then an attendance verb); not a place visited
    in a clause before the one that names who came along (到某县调研，县直部门负责人陪同).

    >>> _in_attendance("市直部门和泗水县的负责同志等参加了仪式。", 6), _in_attendance("泗水县举行仪式。", 0)
    (True, False)
    """
    return _attendance_re().match(text, start) is not None


def _in_title(text: str, start: int, length: int) -> bool:
    """Whether the place printed at `start` (a name of about `length` characters) opens an official's title:
    an official's head (主席, 书记) follows within a few characters, with no mark between (济宁市政协主席某某,
    济宁高新区党工委书记某某).

    >>> _in_title("济宁市政协主席某某到新区调研", 0, 3), _in_title("济宁上半年空气改善", 0, 2)
    (True, False)
    """
    from jdash.officials import heads, title_head_pattern

    window = re.split(r"[，。、；：！？,;:\s]", text[start : start + length + _TITLE_WINDOW], maxsplit=1)[0]
    head = title_head_pattern().search(window, 1)
    return head is not None and heads()[head.group()].kind == "official"


CITY_BREADTH = 5  # a third of the city's 15 units: a story naming this many is a tour of the city, not one unit's


def _by_breadth(e: _Evidence) -> str | None:
    """本报济宁讯 某线路全线贯通 (我市设6座车站 … 曲阜东站 … 兖州、鱼台、金乡、嘉祥、汶上等县至车站的公交): a story
    that frames itself as the city's in its lead (我市, 全市, 济宁市) and names five or more of the city's counties
    and zones (outside officials' titles and attendance lists) is about the city, however often one of them
    comes back; under a county's dateline the dateline decided first.

    >>> _by_breadth(_Evidence("济宁", None, "", (), "线路在我市设车站。曲阜、曲阜、兖州、鱼台、金乡、嘉祥有公交。", "news"))
    '全市'
    """
    if e.dateline or not any(m in e.body[:_LEAD_CHARS] for m in _CITY_FRAMES):
        return None
    return CITY_WIDE if len({name for _, name in _story_mentions(e.body)}) >= CITY_BREADTH else None


_UNITS_COUNT = r"(?P<n>\d{1,2}|[两二三四五六七八九十]{1,2})个(?:县市区|县（市、区）|县市|区县)"


@lru_cache(maxsize=1)
def _units_counted_re() -> re.Pattern[str]:
    verbs = alternation_of(read_words("crossing_verbs.txt"))
    return re.compile(rf"(?:{verbs})[^。！？；]{{0,12}}?{_UNITS_COUNT}")


def _by_units_counted(e: _Evidence) -> str | None:
    """本报济宁讯 某环湖公路全线贯通。该公路串联沿线5个县市区… → 全市: under no county's dateline, a lead that says what it
    reports spans two or more of the city's units, counted (data/crossing_verbs.txt: 连接, 途经, 覆盖 …), is the city's
    story, however often the unit where it starts comes back.

    >>> _by_units_counted(_Evidence("济宁", None, "某环湖公路全线贯通", (), "某环湖公路全线贯通。该公路串联沿线5个县市区。起点位于某县。", "news"))
    '全市'
    >>> _by_units_counted(_Evidence("泗水", "泗水县", "某环湖公路全线贯通", (), "该公路串联沿线5个县市区。", "news"))
    """
    from jdash.yearcues import chinese_number  # (digits or Chinese numerals; yearcues imports the gazetteer)

    if e.dateline:
        return None
    m = _units_counted_re().search(e.body[: 2 * _LEAD_CHARS])
    return CITY_WIDE if m and (chinese_number(m.group("n")) or 0) >= 2 else None


_TOWN_VOICE = "镇"


@lru_cache(maxsize=1)
def _voice_words() -> dict[str, tuple[str, ...]]:
    """data/unit_voice_words.csv: the last character of a unit's name (县, 区, 市; 镇 for towns) → its words."""
    return {r["kind"]: tuple(r["words"].split()) for r in read_table("unit_voice_words.csv")}


def _by_own_voice(e: _Evidence) -> str | None:
    """本报济宁讯 近年来，泗水县坚持产业兴村，全县新建大棚…，产品销往曲阜、邹城 → 泗水县: a story (under no county's
    dateline) whose lead names one unit first, not after the city's frame (我市…, 全市…; 我市泗水县 is the unit's
    own), and that speaks from inside that unit (全县, 该县, 县委, a town's 全镇: data/unit_voice_words.csv) is that
    unit's, however many others it names once (markets, examples), when none is named more often.

    >>> _by_own_voice(_Evidence("济宁", None, "", (), "近年来，泗水县新建大棚。全县增收，产品销往曲阜、邹城。", "news"))
    '泗水县'
    >>> _by_own_voice(_Evidence("济宁", None, "", (), "我市推进秋收。泗水县全县进度80%，曲阜市、邹城市过半。", "news"))
    """
    mentions = _story_mentions(e.body)
    if e.dateline or not mentions or mentions[0][0] >= _LEAD_CHARS:
        return None
    pos, unit = mentions[0]
    frame = e.body[:pos]
    if any(m in frame for m in _CITY_FRAMES) and not frame.endswith(_OWN_CITY):
        return None
    counts = Counter(name for _, name in mentions)
    second = max((n for name, n in counts.items() if name != unit), default=0)
    if second > 1 and second >= counts[unit]:
        return None  # 泗水县…曲阜市…: two units told of alike (each named once is only passing: markets, examples)
    words = _voice_words()
    voice = words.get(unit[-1], ()) + words.get(_TOWN_VOICE, ())
    return unit if any(w in e.body for w in voice) else None


def _by_body(e: _Evidence) -> str | None:
    """One county dominating the body (and the lead not framing the story as 我市's) → that county;
    several without dominance → 全市. Places inside officials' titles are not counted (`_story_mentions`)."""
    mentions = _story_mentions(e.body)
    counts = Counter(name for _, name in mentions)
    if not counts:
        return None
    (top, n_top), *rest = counts.most_common()
    n_second = rest[0][1] if rest else 0
    city_framed = any(m in e.body[:_LEAD_CHARS] for m in _CITY_FRAMES)
    top_in_lead = any(pos < _LEAD_CHARS and name == top for pos, name in mentions)
    if n_top == 1 and _city_before(e.body, min(pos for pos, name in mentions if name == top)):
        return CITY_WIDE
    if (len(counts) == 1 or (n_top >= 2 and n_top >= 2 * n_second)) and (top_in_lead or not city_framed):
        return top
    return CITY_WIDE


def _city_before(body: str, pos: int) -> bool:
    """济宁市迎来寒潮，济宁市各部门…；某县车务段启动预案: a lead that frames the story as the city's (我市, 全市,
    济宁市) before the one mention of a county names that county as a part of the city's story, not its subject.

    >>> _city_before("济宁市迎来寒潮，各部门应对；某县车务段启动预案。", 14), _city_before("某县迎来寒潮。", 0)
    (True, False)

    The city's name printed as the county's address (山东省济宁市某县某镇) frames nothing:

    >>> _city_before("在山东省济宁市泗水县某镇开店的李某说", 7)
    False
    """
    # The first mention of a frame is the one to test: one ending right at the county is its address, and no other
    # mention of the same frame can stand before it.
    return pos < _LEAD_CHARS and any(0 <= (i := body.find(m)) < pos and i + len(m) != pos for m in _CITY_FRAMES)


def _by_city_voice(e: _Evidence) -> str | None:
    """A city dateline, or 我市/市委 … anywhere → 全市."""
    if e.place or any(m in e.head + e.body for m in _CITY_MARKERS):
        return CITY_WIDE
    return None


# The order of evidence: the first rule that answers decides.
_PRIMARY_RULES = (_by_city_leader, _by_city_subject_over_county, _by_dateline, _by_paper_voice, _by_hosted_event, _by_labelled_unit,
                  _by_unit_label, _by_city_subject, _by_tour, _by_route, _by_heading,
                  _by_heading_town, _by_city_visit, _by_city_heading, _by_city_event_venue, _by_leader_visit, _by_breadth, _by_units_counted,
                  _by_own_voice, _by_body, _by_city_voice)


def primary_county(article: Any, leaders: tuple[str, ...] = ()) -> str | None:
    """The county or zone an article is about; "全市" when it is city-wide; None when it is not about Jining.

    Order of evidence (`_PRIMARY_RULES`): the dateline (本报泗水讯); the paper's own voice (editorials and
    commentaries are the city's); under a city dateline, a heading whose subject is the city; the
    headline, kicker and subheadline; a city dateline (本报济宁讯) under a heading about 全市/我市; a
    city's event held in a county (全市…在嘉祥县举行); then the body, where one county must dominate and the lead must not frame the story as the whole
    city's (我市 …). `leaders`: the names of the article's city-level (or higher) officials, whose
    affairs are the city's.
    """
    place = dateline_place(article)
    head = " ".join(s for s in (getattr(article, a, None) for a in ("kicker", "headline", "subheadline")) if s)
    e = _Evidence(place, canonical_county(place), head, tuple(find_counties(head)),
                  getattr(article, "body", "") or "", getattr(article, "kind", None), leaders, getattr(article, "headline", None))
    return next((c for rule in _PRIMARY_RULES if (c := rule(e))), None)


def _is_zone(name: str) -> bool:
    return any(p.canonical == name and p.type == "zone" for p in places())


def is_zone(name: str | None) -> bool:
    """Whether a canonical name is one of the city's zones (济宁高新区, 太白湖新区 …), not a county.

    >>> is_zone("济宁高新区"), is_zone("泗水县"), is_zone(None)
    (True, False, False)
    """
    return bool(name) and _is_zone(name)


# Words of a zone's own voice: its working committee and administrative committee, 全区 (a zone is a 区).
_ZONE_MARKERS = ("全区", "区党工委", "党工委", "管委会", "区领导")


def speaks_as_zone(text: str) -> bool:
    """Whether a text speaks from inside a zone (全区, 区党工委, 管委会 …).

    >>> speaks_as_zone("全区稳就业会议召开。区党工委委员出席。"), speaks_as_zone("全县会议召开。")
    (True, False)
    """
    return any(m in text for m in _ZONE_MARKERS)


def has_local_markers(text: str) -> bool:
    """Whether a text speaks from inside a county or zone (全区, 县委 …) without necessarily naming it."""
    return any(m in text for m in _LOCAL_MARKERS)


def speaks_as_city(county: str | None, text: str) -> bool:
    """Whether 全市 in an article about `county` means that county itself: it is a county-level city
    (曲阜市, 邹城市), or the text calls it by its city-era name (兖州市 before 2013)."""
    if not county:
        return False
    for p in places():
        if p.canonical == county and p.alias.endswith("市") and (p.type == "city" or (p.form == "old" and p.alias in text)):
            return True
    return False
