"""Article draft → `Article`: body paragraphs, continuation, reporters, kind, event date."""

from __future__ import annotations

import re

from jdash.model import Article, Reporter
from jdash.parse.assemble import Draft
from jdash.parse.blocks import Block
from jdash.parse.credits import TRAILING_CREDITS_RE, parse_credits
from jdash.parse.eventdate import MONTH_DAY_LEAD_RE, MONTH_DAY_START_RE
from jdash.parse.text import (
    CONTINUED_FROM_RE,
    CONTINUED_TO_RE,
    compact,
    ends_sentence,
    tidy_body,
)


def to_article(draft: Draft, source: str, order: int, page_key: str) -> Article:
    start = draft.start
    paragraphs = body_paragraphs(draft.body)
    continued_to = None
    if paragraphs:
        m = CONTINUED_TO_RE.search(paragraphs[-1])
        if m:
            continued_to = compact(m.group("to"))
            paragraphs[-1] = (paragraphs[-1][: m.start()] + paragraphs[-1][m.end():]).strip()
        paragraphs[0] = CONTINUED_FROM_RE.sub("", paragraphs[0]).strip()
        paragraphs = [p for p in paragraphs if p]
    body = "\n\n".join(paragraphs)

    reporters: list[Reporter] = []
    trailing_credits = None
    if paragraphs and draft.kind_hint is None:
        m = TRAILING_CREDITS_RE.search(paragraphs[-1])
        if m:
            trailing_credits = m.group("credits")
            paragraphs[-1] = paragraphs[-1][: m.start()].strip()
            paragraphs = [p for p in paragraphs if p]
            body = "\n\n".join(paragraphs)
    place = None
    event_month_day = None
    kind = draft.kind_hint
    if start is not None:
        if start.kind == "dateline":
            place = start.place or None
            reporters = parse_credits(start.credits or "")
            if start.month and start.day:
                event_month_day = (start.month, start.day)
            else:
                # 本报济宁讯（记者 …）3月19日，… : the date opens the body.
                m = MONTH_DAY_START_RE.match(body) or MONTH_DAY_LEAD_RE.match(body)
                if m:
                    event_month_day = (int(m.group("month")), int(m.group("day")))
            kind = kind or "news"
        elif start.kind == "byline":
            if start.byline_kind == "editorial":
                kind = kind or "editorial"
            elif start.byline_kind == "signed":
                reporters = [Reporter(compact(start.credits or ""), "作者")]
                kind = kind or "commentary"
            else:
                reporters = parse_credits(start.credits or "")
                kind = kind or "feature"
        elif start.kind in ("photo_credit", "photo"):
            reporters = parse_credits(start.credits or "", photo=True)
    if not reporters and trailing_credits:
        reporters = parse_credits(trailing_credits)
    sub = draft.subheadline or ""
    if kind in (None, "news", "feature") and (compact(sub).startswith("——访") or "访谈" in compact(sub)):
        kind = "interview"
    kind = kind or "feature"

    headline = draft.headline
    if kind == "photo" and not headline:
        headline = photo_title(body)
    if kind == "notice" and not headline:
        headline = compact(body)[:3] if compact(body).startswith("编者按") else photo_title(body)

    article = Article(
        id=f"{page_key}-{order:03d}",
        source=source,
        order=order,
        headline=headline,
        subheadline=draft.subheadline,
        kind=kind,
        body=body,
        dateline_place=place,
        reporters=reporters,
        continued_to=continued_to,
        column=draft.column,
        kicker=draft.kicker,
    )
    if event_month_day:
        month, day = event_month_day
        if 1 <= month <= 12 and 1 <= day <= 31:
            # The year is not known here: jdash.dates resolves it page-wide. Until then the
            # event date is ISO 8601's year-less form --MM-DD.
            article.event_date = f"--{month:02d}-{day:02d}"
    return article


def body_paragraphs(blocks: list[Block]) -> list[str]:
    """Join blocks into paragraphs; a block that stops mid-sentence (a column break) continues
    into the next one."""
    paragraphs: list[str] = []
    carry = False
    for block in blocks:
        text = tidy_body(block.text) if block.kind != "section" else block.text
        if not text:
            continue
        if carry and paragraphs and block.kind == "text":
            paragraphs[-1] += text
        else:
            paragraphs.append(text)
        carry = block.kind == "text" and not ends_sentence(text)
    return paragraphs


def photo_title(body: str) -> str:
    first = re.split(r"[。！？]", body, maxsplit=1)[0]
    return first if len(first) <= 30 else first[:30] + "…"
