"""The event date a news article gives in its lead when its dateline has none."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jdash.parse.blocks import Block

MONTH_DAY_START_RE = re.compile(r"^(?:(?P<year>\d{4})\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")
# A date inside the lead sentence: 为…，3月17日上午，…会议召开。
MONTH_DAY_LEAD_RE = re.compile(r"^[^。！？]{0,60}?(?<![\d年])(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?!起|前|至|到|以来)")


def event_date(start: Block | None, body: str) -> str | None:
    """The event date of a datelined article as ISO 8601's year-less `--MM-DD` (the year is not
    known here: `jdash.dates` resolves it page-wide): the dateline's (`本报济宁5月7日讯`), else
    the one opening the lead (`本报济宁讯（记者 …）3月19日，…`) or inside its first sentence."""
    if start is None or start.kind != "dateline":
        return None
    if start.month and start.day:
        month, day = start.month, start.day
    else:
        m = MONTH_DAY_START_RE.match(body) or MONTH_DAY_LEAD_RE.match(body)
        if not m:
            return None
        month, day = int(m.group("month")), int(m.group("day"))
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"--{month:02d}-{day:02d}"
    return None
