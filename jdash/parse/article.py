"""Article draft → `Article`: body paragraphs, continuation, reporters, kind, event date."""

from __future__ import annotations

import re

from jdash.model import Article, Reporter
from jdash.parse.assemble import SHORT_LINE_GAP, Draft
from jdash.parse.blocks import NOTICE_RE, Block
from jdash.parse.credits import ROLE_RE, parse_credits, trailing_credits
from jdash.parse.eventdate import event_date
from jdash.parse.titles import display_width, feature_subheadline, interview_line
from jdash.parse.text import (
    CONTINUED_FROM_RE,
    CONTINUED_TO_RE,
    compact,
    ends_sentence,
    original_index,
    tidy_body,
)


def to_article(draft: Draft, source: str, order: int, page_key: str) -> Article:
    """A finished draft → its `Article` (no year yet: `jdash.dates` resolves dates page-wide)."""
    paragraphs, continued_to = split_continuation(body_paragraphs(draft.body))
    trailing = None
    if draft.kind_hint is None:
        paragraphs, trailing = split_trailing_credits(paragraphs)
    body = "\n\n".join(paragraphs)
    reporters, kind = start_credits(draft.start)
    if not reporters and trailing:
        reporters = parse_credits(trailing)
        kind = kind or closing_credits_kind(trailing)
    kind = photo_news(article_kind(draft.kind_hint or kind, draft.subheadline), draft.start, body)
    printed = with_printed_lead(body, draft.body)
    return Article(
        id=f"{page_key}-{order:03d}",
        source=source,
        order=order,
        headline=draft.headline or fallback_headline(kind, body),
        subheadline=draft.subheadline,
        kind=kind,
        body=body,
        dateline_place=draft.start.place if draft.start is not None and draft.start.kind == "dateline" else None,
        reporters=reporters,
        continued_to=continued_to,
        column=draft.column,
        kicker=draft.kicker,
        event_date=event_date(draft.start, printed, (draft.headline, draft.subheadline)),
        lead_end=printed_lead_end(body, printed),
    )


# Marks printed full-width though they are no CJK characters (a curly quote, a dash, an ellipsis).
_WIDE_MARKS = "“”‘’—…·"
LEAD_TAIL_CHARS = 10  # how much of the lead's last line finds where it ends in the body


def printed_width(line: str) -> int:
    """Columns a printed body line takes, its curly quotes, dashes and ellipses full-width as printed.

    >>> printed_width("“某村”的桃"), display_width("“某村”的桃")
    (12, 10)
    """
    return display_width(line) + sum(line.count(mark) for mark in _WIDE_MARKS)


def with_printed_lead(body: str, blocks: list[Block]) -> str:
    r"""The body with its lead paragraph set apart (`\n\n`) where only the printed lines show where it ends: a page
    with no blank line between paragraphs gives the first text block several, and its first line that ends a
    sentence two characters or more narrower than the block's column ends the lead (`…蜂农说。` over `4月7日，…`:
    the date is the second paragraph's). What the event date rules call the lead (`body.split("\n\n")[0]`).

    >>> lines = ("某村的果农忙着摘杏，采摘园里", "游客不断。", "4月7日，副镇长介绍了全镇的林")
    >>> with_printed_lead("".join(lines), [Block("text", "".join(lines), lines=lines)])
    '某村的果农忙着摘杏，采摘园里游客不断。\n\n4月7日，副镇长介绍了全镇的林'
    """
    lines = blocks[0].lines if blocks and blocks[0].kind == "text" else ()
    column = max(map(printed_width, lines), default=0)
    end = next((line for line in lines[:-1] if ends_sentence(line)
                and printed_width(line) + SHORT_LINE_GAP <= column), None)
    lead, _, rest = body.partition("\n\n")
    tail = compact(end or "")[-LEAD_TAIL_CHARS:]
    at = compact(lead).find(tail) if tail else -1
    if at < 0:
        return body
    cut = original_index(lead, at + len(tail))
    return "\n\n".join(part for part in (lead[:cut], lead[cut:].strip(), rest) if part)


def printed_lead_end(body: str, printed: str) -> int | None:
    r"""Where `with_printed_lead` ended the lead, as an index into `body` (None: the body's first paragraph is its lead).

    >>> printed_lead_end("甲乙。丙丁。", "甲乙。\n\n丙丁。"), printed_lead_end("甲乙。\n\n丙丁。", "甲乙。\n\n丙丁。")
    (3, None)
    """
    lead = printed.split("\n\n", 1)[0]
    return len(lead) if lead != body.split("\n\n", 1)[0] else None


def split_continuation(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """`…（下转2版）` closing the body → the body without it, and `2版`; `（上接1版）` opening it
    is dropped."""
    if not paragraphs:
        return paragraphs, None
    paragraphs = list(paragraphs)
    continued_to = None
    m = CONTINUED_TO_RE.search(paragraphs[-1])
    if m:
        continued_to = compact(m.group("to"))
        paragraphs[-1] = (paragraphs[-1][: m.start()] + paragraphs[-1][m.end():]).strip()
    paragraphs[0] = CONTINUED_FROM_RE.sub("", paragraphs[0]).strip()
    return [p for p in paragraphs if p], continued_to


def split_trailing_credits(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """`…参加会议。（记者 张三 通讯员 李四）` or `…开门红。（陈文强）` → the body without the
    credits, and the credits."""
    m = trailing_credits(paragraphs[-1]) if paragraphs else None
    if not m:
        return paragraphs, None
    paragraphs = [*paragraphs[:-1], paragraphs[-1][: m.start()].strip()]
    return [p for p in paragraphs if p], m.group("credits")


def closing_credits_kind(credits: str) -> str | None:
    """An article opened by no dateline or byline whose body closes with reporters' credits (`…。（记者 张三）`,
    `…。记者 张三 整理`) is a news report, as web copies and digests print them; names without a role word
    (`（陈文强）`) say nothing of the kind.

    >>> closing_credits_kind("记者 张三"), closing_credits_kind("陈文强")
    ('news', None)
    """
    return "news" if ROLE_RE.search(credits) else None


def start_credits(start: Block | None) -> tuple[list[Reporter], str | None]:
    """The reporters an article's opening block names, and the kind it implies:
    `本报…讯（记者 张三）` → news, `■本报记者 张三` → feature, `■本报评论员` → editorial,
    `■李明` → commentary by 李明, `■记者 张三 摄` → the photographer."""
    if start is None:
        return [], None
    credits = start.credits or ""
    if start.kind == "dateline":
        return parse_credits(credits), "news"
    if start.kind in ("photo_credit", "photo"):
        return parse_credits(credits, photo=True), None
    if start.byline_kind == "editorial":
        return [], "editorial"
    if start.byline_kind == "signed":
        return [Reporter(compact(credits), "作者")], "commentary"
    return parse_credits(credits), "feature"


# A photo news item's text: a line or two of lead and the caption; a report that prints a photo is longer.
PHOTO_NEWS_MAX_CHARS = 300
# A caption's sentence inside a photo news item's text (…增收渠道。图为某村村民在采摘蓝莓。)
CAPTION_SENTENCE_RE = re.compile(r"(?:^|[。！？”])\s*图为")


def photo_news(kind: str, start: Block | None, body: str) -> str:
    """`本报讯（记者 张三 摄）近年来，某镇……增收渠道。图为某村村民在采摘蓝莓。`: a short datelined item whose only
    credit is a photographer's (closing on 摄) and whose text holds a caption (图为…) is a photo news item, not
    a report.

    >>> start = Block("dateline", "本报讯（记者 张三 摄）", credits="记者 张三 摄")
    >>> photo_news("news", start, "近年来，某镇发展特色种植。图为村民在采摘蓝莓。"), photo_news("news", start, "某镇发展特色种植。")
    ('photo', 'news')
    """
    if kind != "news" or start is None or start.kind != "dateline" or not (start.credits or "").rstrip().endswith("摄"):
        return kind
    flat = compact(body)
    return "photo" if len(flat) <= PHOTO_NEWS_MAX_CHARS and CAPTION_SENTENCE_RE.search(flat) else kind


def article_kind(kind: str | None, subheadline: str | None) -> str:
    """`——访…局长刘东利`, `——专访…` (`titles.interview_line`) or `…访谈` under the headline makes news or a
    feature an interview; a feature's genre at the end of the dash line (`——某县项目建设现场观摩侧记`) makes
    news a feature; an article with no opening block is a feature."""
    sub = compact(subheadline or "")
    if kind in (None, "news", "feature") and (interview_line(sub) or "访谈" in sub):
        return "interview"
    if kind == "news" and feature_subheadline(sub):
        return "feature"
    return kind or "feature"


def fallback_headline(kind: str, body: str) -> str:
    """A photo or notice printed without a title is named by its first sentence; a note opened by its
    label (`编者按：…`, data/notice_labels.txt) has none: the label says what it is, not what about.

    >>> fallback_headline("notice", "编者按：本报今起开设专栏。"), fallback_headline("photo", "春耕忙。")
    ('', '春耕忙')
    """
    if kind == "notice" and NOTICE_RE.match(compact(body)):
        return ""
    if kind in ("photo", "notice"):
        return photo_title(body)
    return ""


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
