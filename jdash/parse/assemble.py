"""Blocks → article drafts: each article's body comes first, then its title block; datelines and
bylines open the next article."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jdash.parse.blocks import Block
from jdash.parse.text import compact, tidy_title, undouble
from jdash.parse.titles import (
    EVENT_END_RE,
    KICKER_MAX_CHARS,
    is_banner,
    is_place_name,
    is_subheadline,
    kicker_like,
    label_like,
    looks_like_title,
    split_trailing_subheadline,
    stands_alone,
)


@dataclass
class Draft:
    start: Block | None = None
    body: list[Block] = field(default_factory=list)
    column: str | None = None
    kind_hint: str | None = None
    kicker: str | None = None
    headline: str = ""
    subheadline: str | None = None

    @property
    def has_content(self) -> bool:
        return self.start is not None or bool(self.body)


def assemble(blocks: list[Block]) -> list[Draft]:
    done: list[Draft] = []
    open_: Draft | None = None
    pending_column: str | None = None
    i, n = 0, len(blocks)

    def close(draft: Draft | None) -> None:
        if draft is not None and draft.has_content:
            if not draft.headline and draft.kind_hint is None:
                take_glued_title(draft)
            done.append(draft)

    while i < n:
        block = blocks[i]
        if block.kind == "title":
            j = i
            while j < n and blocks[j].kind == "title":
                j += 1
            run = blocks[i:j]
            following = blocks[j] if j < n else None
            if open_ is None or not open_.has_content:
                # Nothing to close: banners, or labels for the article that follows. At the
                # top of the page they are the page's banner, not one article's column.
                labels = [undouble(tidy_title(b.text)) for b in run]
                page_top = not done and open_ is None
                if not page_top and following is not None and following.kind in ("dateline", "byline", "text"):
                    pending_column = labels[-1] if label_like(run[-1].text) else None
                i = j
                continue
            if len(run) == 1 and "，" in run[0].text and following is not None and following.kind == "text":
                # `针对此次的签约项目，高新区各部` then `门将明确…`: a sentence cut by a column
                # break, not a title.
                open_.body.append(Block("text", run[0].text))
            elif is_closing(run, blocks, j, open_):
                column_for_next = apply_title_run(open_, run, following)
                close(open_)
                open_ = None
                pending_column = column_for_next
            else:
                open_.body.append(Block("section", tidy_title(run[0].text)))
                for extra in run[1:]:
                    open_.body.append(Block("section", tidy_title(extra.text)))
            i = j
            continue

        if block.kind in ("dateline", "byline"):
            close(open_)
            open_ = Draft(start=block, column=pending_column)
            pending_column = None
            if block.kind == "dateline" and block.text:
                open_.body.append(Block("text", block.text))
        elif block.kind == "text":
            if open_ is None:
                open_ = Draft(column=pending_column)
                pending_column = None
            open_.body.append(block)
        elif block.kind == "photo_credit":
            if open_ is not None and open_.start is None and open_.body:
                open_.kind_hint = "photo"
                open_.start = block
                close(open_)
                open_ = None
            elif open_ is not None and open_.body and open_.body[-1].kind == "text":
                # A captioned photo inside an open article: its caption is the last paragraph.
                caption = open_.body.pop()
                done.append(Draft(start=block, body=[caption], kind_hint="photo"))
        elif block.kind == "photo":
            done.append(Draft(start=block, body=[Block("text", block.caption or "")], kind_hint="photo"))
        elif block.kind == "notice":
            close(open_)
            open_ = None
            done.append(Draft(body=[block], kind_hint="notice"))
        # crumbs and wire labels are not articles
        i += 1
    close(open_)
    return done


def take_glued_title(draft: Draft) -> None:
    """An article about to close without a title: when its last paragraph ends with a complete
    sentence followed by a title-shaped tail (`…参加会议。全市工作会议召开`), the tail is the
    headline printed without a blank line before it."""
    if not draft.body or draft.body[-1].kind != "text":
        return
    last = draft.body[-1].text
    ends = [m.end() for m in re.finditer(r"[。！？][”’」』]?", last)]
    if not ends or ends[-1] >= len(last):
        return
    tail = last[ends[-1]:].strip()
    if 4 <= len(compact(tail)) and looks_like_title(tail):
        draft.body[-1] = Block("text", last[: ends[-1]])
        head, sub = split_trailing_subheadline(tail)
        draft.headline, draft.subheadline = tidy_title(head), sub


def is_closing(run: list[Block], blocks: list[Block], j: int, open_: Draft) -> bool:
    """Is this run of title-shaped paragraphs the title of the open article (True), or a
    section heading inside its body (False)?"""
    following = blocks[j] if j < len(blocks) else None
    if following is None or following.kind != "text":
        return True
    if len(run) > 1 or compact(run[0].text).startswith("—"):
        return True
    # Datelined news has no section headings (features and reviews do): a title-shaped line in
    # it closes it, and the text after it is an article printed without dateline or byline.
    if open_.start is not None and open_.start.kind == "dateline":
        return True
    # Title followed by plain text: a headline only if that text is a photo caption.
    k = j
    while k < len(blocks) and blocks[k].kind == "text":
        k += 1
    return k < len(blocks) and blocks[k].kind == "photo_credit"


def apply_title_run(draft: Draft, run: list[Block], following: Block | None) -> str | None:
    """Split a closing title run into kicker / headline / subheadline, and a trailing label
    that belongs to the next article. Returns that label."""
    texts = [tidy_title(b.text) for b in run]
    head_index = 0
    if len(texts) > 1:
        first, second = compact(texts[0]), compact(texts[1])
        second_is_title = len(second) >= 4 and not is_subheadline(texts[1]) and not is_banner(texts[1])
        if run[0].kicker or (second_is_title and is_place_name(texts[0]) and stands_alone(texts[1])):
            head_index = 1  # 济宁经济技术开发区 / 10个项目集中开工
        elif second_is_title and len(second) > len(first) and kicker_like(texts[0]):
            head_index = 1
        elif second_is_title and len(first) <= KICKER_MAX_CHARS and len(second) > len(first) \
                and not EVENT_END_RE.search(second):
            # 实体经济稳中求进 / 兖州工业经济稳中有升: a short line over a longer headline is its
            # kicker; but a long event line under a short title (…推进会召开) is the subheadline.
            head_index = 1
    if head_index:
        draft.kicker = texts[0]
    draft.headline = texts[head_index]
    rest = texts[head_index + 1:]
    column_for_next = None
    next_is_article = following is not None and following.kind in ("dateline", "byline", "text")
    if rest and label_like(rest[-1]) and not is_subheadline(rest[-1]):
        if next_is_article:
            column_for_next = undouble(rest.pop())
        elif is_banner(rest[-1]):
            rest.pop()  # a page banner after the last article, not this article's subheadline
    draft.subheadline = " ".join(rest) if rest else None
    return column_for_next
