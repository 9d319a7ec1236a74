"""Pages whose text lost its layout: all on one line, or one paragraph with no blank or indented lines.

The parser reads paragraphs and printed lines; a page without them parses badly. Each layout rule says
whether a page has its problem (the warning the page gets, in words a reader can act on) and restores
what breaks it can: the first rule that finds a problem answers."""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass

from jdash.parse.credits import BULLET_RE, BULLETS, bare_credits
from jdash.parse.lexicon import words
from jdash.parse.text import compact, ends_sentence
from jdash.parse.titles import looks_like_title

ONE_LINE_MIN_CHARS = 200  # a shorter page on one line is a brief: nothing to split
ONE_LINE_MAX_LINES = 2  # a title and its text on two lines is still one line of text
ONE_PARAGRAPH_MIN_LINES = 8
ONE_PARAGRAPH_MIN_CHARS = 150
NARROW_SHARE = 0.8  # a title line printed on its own is narrower than the text's lines (a wrap fills its line)

# Where an article starts inside a line: 本报某县讯, 本报济宁5月7日讯 (not 本报记者从…), or a byline's bullet.
INNER_START_RE = re.compile(rf"本报[\u4e00-\u9fff]{{0,6}}?(?:\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)?\s*讯|[{BULLETS}]")
# A sentence's end, with its closing quote or bracket, and the spaces after it.
SENTENCE_END_RE = re.compile(r"[。！？!?][”’」』）)]*[ \t\u3000]*")


@dataclass(frozen=True)
class LayoutFix:
    """A page's layout problem: the warning it gets and its text with the breaks restored."""

    warning: str
    text: str


LayoutRule = Callable[[str, list[list[str]]], "LayoutFix | None"]


def one_line_page(text: str, paragraphs: list[list[str]]) -> LayoutFix | None:
    """`本报济宁讯…讲话。全市工作会议召开本报某县讯…` on one line: each article start (a dateline, a bullet)
    opens a paragraph and each sentence a line of it, so that a headline left between a body's last sentence
    and the next dateline is read as that body's title."""
    lines = [line for line in text.split("\n") if line.strip()]
    size = len(compact(text))
    if len(lines) > ONE_LINE_MAX_LINES or size < ONE_LINE_MIN_CHARS:
        return None
    restored = "\n".join(_sentence_lines(piece) for line in lines for part in _article_parts(line)
                         for piece in _credit_apart(part))
    return LayoutFix(f"no line breaks: the page's {size} characters are on {len(lines)} line(s), so its articles "
                     "were split at datelines and bylines and their headlines guessed from sentence ends; "
                     "check them", restored)


def _article_parts(line: str) -> list[str]:
    """A line cut before every article start inside it.

    >>> _article_parts("今天，会议召开。全市会议召开本报某县讯近日，某县…")
    ['今天，会议召开。全市会议召开', '本报某县讯近日，某县…']
    """
    cuts = [m.start() for m in INNER_START_RE.finditer(line) if m.start() > 0]
    return [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)]) if line[a:b].strip()]


def _credit_apart(part: str) -> list[str]:
    """A part opened by a bullet's byline → the byline and the text after it, where spaces set the names
    apart (`credits.bare_credits`): `■本报记者 张明 初春时节，…` → `■本报记者 张明`, `初春时节，…`.

    >>> _credit_apart("■本报记者 张明 初春时节，景区游客络绎不绝。")
    ['■本报记者 张明', '初春时节，景区游客络绎不绝。']
    """
    if not BULLET_RE.match(part):
        return [part]
    credits, rest = bare_credits(part[1:].strip())
    return [part[0] + credits, rest] if credits and rest else [part]


def _sentence_lines(part: str) -> str:
    """A run of sentences → one sentence a line (a title after the last one stays on a line of its own).

    >>> _sentence_lines("今天，会议召开。 会议要求，抓好落实。全市会议召开")
    '今天，会议召开。\\n会议要求，抓好落实。\\n全市会议召开'
    """
    return "\n".join(piece.strip() for piece in re.split(r"(?<=\n)", SENTENCE_END_RE.sub(_line_end, part))
                     if piece.strip())


def _line_end(m: re.Match[str]) -> str:
    return m.group(0).rstrip(" \t\u3000") + "\n"


def one_paragraph_page(text: str, paragraphs: list[list[str]]) -> LayoutFix | None:
    """A page of many lines with no blank or indented line and no dateline or byline opening a line: one
    paragraph. A title-shaped line narrower than the text's lines, after a line that ends a sentence and
    before text that opens like a news lead (`opens_lead`), ends an article (the paper prints the title under
    its body); otherwise it is a section heading of the article going on. A page with no such line is one
    article, and no problem."""
    if len(paragraphs) != 1 or len(paragraphs[0]) < ONE_PARAGRAPH_MIN_LINES \
            or len(compact(text)) < ONE_PARAGRAPH_MIN_CHARS:
        return None
    lines = paragraphs[0]
    width = statistics.median(len(compact(line)) for line in lines)

    def title_line(k: int) -> bool:
        return len(compact(lines[k])) < NARROW_SHARE * width and not ends_sentence(lines[k]) \
            and looks_like_title(lines[k])

    last_end = max((k for k, line in enumerate(lines) if ends_sentence(line)), default=-1)
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        opens_title = 0 < i and ends_sentence(lines[i - 1]) and title_line(i)
        while opens_title and j + 1 < len(lines) and title_line(j + 1):
            j += 1  # a title wrapped over two lines, or a kicker over it
        out.extend(lines[i : j + 1])
        if opens_title and last_end > j and j + 1 < len(lines) and opens_lead(lines[j + 1]):  # an article under it
            out.append("")
        i = j + 1
    if len(out) == len(lines):
        return None  # no title inside: one article printed without blank lines, which parses as it is
    return LayoutFix(f"one paragraph: the page's {len(lines)} lines have no blank or indented line between "
                     "articles, so its articles were split at title-shaped lines; check them", "\n".join(out))


LEAD_DATE_RE = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日")


def opens_lead(line: str) -> bool:
    """`近日，某县新建的文化广场…`, `5月7日，…`: a line opening like a news lead (a date, or a word of
    data/lead_openers.txt); `深层次挖掘升级。` under a section heading does not.

    >>> opens_lead("近日，某县新建的文化广场投入使用"), opens_lead("5月7日上午，某县…"), opens_lead("深层次挖掘升级。")
    (True, True, False)
    """
    flat = compact(line)
    return bool(LEAD_DATE_RE.match(flat)) or flat.startswith(tuple(words("lead_openers.txt")))


LAYOUT_RULES: tuple[LayoutRule, ...] = (one_line_page, one_paragraph_page)


def layout_fix(text: str, paragraphs: list[list[str]]) -> LayoutFix | None:
    """The page's layout problem and its text with breaks restored, or None for a page laid out in lines
    and paragraphs (`paragraphs`: the page's paragraphs as `blocks.split_paragraphs` finds them)."""
    for rule in LAYOUT_RULES:
        fix = rule(text, paragraphs)
        if fix is not None:
            return fix
    return None
