"""Whether an official is one of Jining's, from their organisation or titles as printed (issue 14).

An official whose organisation or title opens with a named place that is not Jining's (银川市委,
宁津县委, 江苏省徐州市政协, a visiting delegation's leaders) is of another place; one with a bare
level (市委书记, 县长) or a Jining place (邹城市委, 济宁高新区党工委, 山东省委) is Jining's own. The
test is one regular expression pair, the same in Python (`elsewhere`) and in the engine's SQL
(`ELSEWHERE_SQL`), so the views decide it at query time from the stored columns.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from jdash.datafiles import alternation_of, read_table, read_words

# Jining's own names beyond counties.csv: the city and its province (a province's body is not "elsewhere").
_OWN_PLACES = ("济宁市", "济宁", "山东省", "山东")
# Kinds of zone, printed alone (开发区管委会) or after a Jining place (邹城经济开发区): Jining's own; after another
# place's name (聊城经济开发区) they are that place's.
_ZONE_KINDS = ("经济技术开发区", "高新技术产业开发区", "高新技术开发区", "经济开发区", "开发区", "高新区", "经开区", "新区",
               "工业园区", "产业园区", "旅游度假区", "度假区", "示范区", "综合保税区", "保税区", "工业区", "试验区")
# The bodies and heads that follow a place's name in an official's organisation or title (银川市委,
# 徐州市政协, 银川市市长, 银川市副市长).
_BODIES = ("人民政府", "政府", "人大", "政协", "党工委", "管委会", "党委", "委", "省长", "市长", "州长", "县长", "区长", "副")
# A named place: two to seven characters before its level (江苏省, 银川市, 宁津县, 宁夏回族自治区);
# 区 not after the characters of a place inside a county or town (社区, 园区, 景区, 小区, 校区, 营区).
_PLACE = r"[一-鿿]{1,7}?(?:自治区|省|市|州|盟|县|旗|[^社园景小校营、]区)"


@lru_cache(maxsize=1)
def own_prefix() -> str:
    """The regular expression of what an organisation may open with and still be Jining's: party and
    mass organisations (中共), Jining's place names and kinds of zone, longest first, any number of them.

    >>> bool(re.fullmatch(own_prefix(), "中共济宁市任城区"))
    True
    """
    names = {r["alias"] for r in read_table("counties.csv")} | set(_OWN_PLACES) | set(_ZONE_KINDS)
    return "^(?:" + alternation_of(sorted(set(read_words("org_prefixes.txt")) | names)) + ")*"


# After `own_prefix` is taken off: another place and its body, or the place alone (银川市市长 → 银川市).
ELSEWHERE_REST = f"^{_PLACE}(?:{'|'.join(_BODIES)}|$)"


def elsewhere(text: str | None) -> bool:
    """Whether an organisation or title names another place than Jining (or its province) first.

    >>> elsewhere("银川市委书记"), elsewhere("市委书记"), elsewhere("邹城市委"), elsewhere("某某社区党委")
    (True, False, False, False)
    """
    if not text:
        return False
    return re.match(ELSEWHERE_REST, re.sub(own_prefix(), "", text)) is not None


def elsewhere_sql(column: str) -> str:
    """`elsewhere` of a VARCHAR column as a SQL boolean (NULL → false)."""
    return (f"coalesce(regexp_matches(regexp_replace({column}, '{own_prefix()}', ''), '{ELSEWHERE_REST}'), false)")


def local_sql(alias: str = "o") -> str:
    """SQL of an officials row (alias `alias`) of Jining's own: its organisation (its title when it has
    none: the organisation is read from the titles) names no other place."""
    return f"NOT {elsewhere_sql(f'coalesce({alias}.organisation, {alias}.title)')}"


def is_local(organisation: str | None, title: str | None) -> bool:
    """`local_sql` of one row in Python.

    >>> is_local("银川市委", "银川市委书记"), is_local(None, "市长")
    (False, True)
    """
    return not elsewhere(organisation if organisation is not None else title)


def local_rows(officials: pd.DataFrame) -> pd.Series:
    """`is_local` of each officials row (its organisation and title columns; a missing one counts as empty)."""
    n = len(officials)
    orgs = officials["organisation"] if "organisation" in officials else pd.Series([None] * n, index=officials.index)
    titles = officials["title"] if "title" in officials else pd.Series([None] * n, index=officials.index)
    return pd.Series([is_local(o if isinstance(o, str) else None, t if isinstance(t, str) else None)
                      for o, t in zip(orgs, titles)], index=officials.index, dtype=bool)
