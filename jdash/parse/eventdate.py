"""The event date a news article gives in its lead when its dateline has none."""

from __future__ import annotations

import re

MONTH_DAY_START_RE = re.compile(r"^(?:(?P<year>\d{4})\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")


# A date inside the lead sentence: 为…，3月17日上午，…会议召开。
MONTH_DAY_LEAD_RE = re.compile(r"^[^。！？]{0,60}?(?<![\d年])(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?!起|前|至|到|以来)")
