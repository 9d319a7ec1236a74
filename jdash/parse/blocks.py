"""Page text → paragraphs → classified blocks (dateline, byline, title, text, photo credit, crumb,
wire label, notice). Every decision is made on joined text, so it does not depend on the line width."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jdash.parse.credits import (
    BULLET_RE,
    DATELINE_RE,
    NAME_CHARS_RE,
    PHOTO_CREDIT_END_RE,
    PLAIN_BYLINE_RE,
    ROLE_RE,
    STARTS_ARTICLE_RE,
    WIRE_RE,
    bare_credits,
)
from jdash.parse.text import TERMINAL, compact, join_lines
from jdash.parse.titles import (
    MAX_TITLE_CHARS,
    is_kicker_line,
    looks_like_title,
    split_trailing_subheadline,
)

# Navigation crumbs: "2版>>" glued before a dateline, "今日导读" (OCR reads it reversed too).
CRUMB_PREFIX_RE = re.compile(r"^\s*(?:第?\s*\d{1,2}\s*版\s*[>》»]+|[>》»]{2,})\s*")


CRUMB_RE = re.compile(r"^(?:今日导读|日导读今|导读|今日看点|要闻导读|\d{1,2}\s*版\s*[>》»]*)$")


NOTICE_RE = re.compile(r"^(?:编者按|编者的话|启事|公告|声明|更正)[：:]")


@dataclass
class Block:
    """One paragraph of the page, classified."""

    kind: str  # dateline | byline | text | title | photo_credit | photo | wire | crumb | notice
    text: str  # joined text, spaces kept
    credits: str | None = None  # dateline or byline credit text
    place: str | None = None
    month: int | None = None
    day: int | None = None
    agency: str | None = None
    byline_kind: str | None = None  # reporter | editorial | signed
    kicker: bool = False  # a title line known, from the layout, to be a kicker
    caption: str | None = None  # photo: caption text glued before the credit


def split_paragraphs(text: str) -> list[list[str]]:
    """Split page text into paragraphs: blank lines separate them, and so does a line that
    starts with whitespace (OCR marks a new text region that way), or a line that opens an
    article (a dateline or a ■ byline) even when no blank line precedes it."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for raw in text.split("\n"):
        if not raw.strip():
            if current:
                paragraphs.append(current)
                current = []
            continue
        line = raw.strip()
        if current and (raw[:1] in (" ", "\t", "\u3000") or STARTS_ARTICLE_RE.match(line)):
            paragraphs.append(current)
            current = []
        current.append(line)
    if current:
        paragraphs.append(current)
    return paragraphs


def classify_paragraph(lines: list[str]) -> list[Block]:
    """Classify one paragraph; a paragraph can hold several blocks (a byline glued onto a
    headline, a crumb glued before a dateline, a photo credit glued after its caption)."""
    text = join_lines(lines)
    blocks: list[Block] = []
    crumb = CRUMB_PREFIX_RE.match(text)
    if crumb:
        text = text[crumb.end():]
        blocks.append(Block("crumb", crumb.group(0).strip()))
    text = text.strip()
    if not text:
        return blocks
    if CRUMB_RE.match(compact(text)):
        return blocks + [Block("crumb", text)]

    if len(lines) >= 2 and "".join(lines).strip() == text and is_kicker_line(lines[0], lines[1]):
        # 太白湖新区 / “智慧社区”让居民生活更便捷: a short line over a much longer one is a
        # kicker, not the first half of a wrapped headline (those fill their first line).
        rest = classify_paragraph(lines[1:])  # the rest may carry a glued byline
        if rest and rest[0].kind == "title":
            return blocks + [Block("title", lines[0].strip(), kicker=True)] + rest
    bullet = BULLET_RE.search(text)
    if bullet and bullet.start() > 0:
        before, after = text[: bullet.start()].strip(), text[bullet.start():]
        credit = classify_bullet(after)
        if credit.kind == "photo_credit" and before and not looks_like_title(before):
            credit.kind, credit.caption = "photo", before
            return blocks + [credit]
        return blocks + classify_text(before) + classify_paragraph([after])
    if bullet:
        first_line_end = len(lines[0].strip()) if lines else len(text)
        credit_text = text
        rest = ""
        if re.search(r"[，。、：；！？,.:;!?]", text[1:]) or len(compact(text)) > 60:
            # Only the first line is the byline; the rest is body glued to it.
            credit_text, rest = text[:first_line_end], text[first_line_end:]
        block = classify_bullet(credit_text)
        blocks.append(block)
        if rest.strip():
            blocks.extend(classify_text(rest.strip()))
        return blocks
    return blocks + classify_text(text)


def classify_bullet(text: str) -> Block:
    body = BULLET_RE.sub("", text, count=1).strip()
    flat = compact(body)
    if PHOTO_CREDIT_END_RE.search(flat) and (ROLE_RE.search(flat) or len(flat) <= 14):
        return Block("photo_credit", text, credits=body)
    if WIRE_RE.match(flat) and not re.search(r"记者|通讯员", flat):
        return Block("wire", text)
    if re.fullmatch(r"(?:本报)?(?:特约)?评论员(?:文章)?", flat):
        return Block("byline", text, credits=body, byline_kind="editorial")
    if ROLE_RE.search(flat):
        return Block("byline", text, credits=body, byline_kind="reporter")
    if NAME_CHARS_RE.match(flat) and 2 <= len(flat) <= 4:
        return Block("byline", text, credits=body, byline_kind="signed")
    # Anything else after a bullet is a label (■新华全媒头条 style).
    return Block("wire", text)


def classify_text(text: str) -> list[Block]:
    if not text:
        return []
    m = DATELINE_RE.match(text)
    if m and (m.group("credits") is not None or m.group("agency") == "本报" or m.group("month")):
        rest, credits = text[m.end():].strip(), m.group("credits")
        if credits is None:
            credits, rest = bare_credits(rest)
        return [
            Block(
                "dateline",
                rest,
                credits=credits,
                place=m.group("place") or None,
                month=int(m.group("month")) if m.group("month") else None,
                day=int(m.group("day")) if m.group("day") else None,
                agency=m.group("agency"),
            )
        ]
    if NOTICE_RE.match(compact(text)):
        return [Block("notice", text)]
    if PLAIN_BYLINE_RE.match(text.strip()) and not re.search(r"[，。、：；！？]", text):
        return [Block("byline", text, credits=text, byline_kind="reporter")]
    dash = text.find("——")
    if dash > 0:
        # 标题——访…局长刘东利 printed without a blank line: headline, then the interview line.
        before, after = text[:dash].strip(), text[dash:].strip()
        if looks_like_title(before) and looks_like_title(after):
            return classify_text(before) + [Block("title", after)]
    if looks_like_title(text):
        head, sub = split_trailing_subheadline(text)
        if sub:
            return [Block("title", head), Block("title", sub)]
        return [Block("title", text)]
    if len(compact(text)) <= MAX_TITLE_CHARS + 40 and not any(ch in text for ch in TERMINAL):
        # A long headline with its people line under it: 全市…动员大会召开 / 覃思远讲话 贺广田主持
        head, sub = split_trailing_subheadline(text)
        if sub and looks_like_title(head):
            return [Block("title", head), Block("title", sub)]
    return [Block("text", text)]
