"""Page text → paragraphs → classified blocks (dateline, byline, title, text, photo credit, crumb,
wire label, notice). Every decision is made on joined text, so it does not depend on the line width."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

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
    CAPTION_MAX_CHARS,
    byline_credits,
    caption_and_credit,
    credit_hint_re,
    names_only,
    person_names,
    plain_photo_credit,
    web_credit_line,
)
from jdash.parse.lexicon import alternation, words
from jdash.parse.text import INNER_DASH_RE, TERMINAL, compact, ends_sentence, join_lines, opening_dash
from jdash.parse.titles import (
    MAX_TITLE_CHARS,
    clauses_over_clauses,
    clauses_over_halves,
    dash_kicker,
    display_width,
    deck_under,
    event_over_line,
    halves_over_line,
    is_kicker_line,
    looks_like_title,
    reporter_visit,
    genre_line,
    series_line,
    split_trailing_subheadline,
    title_over_clauses,
    wrapped_title_line,
)

# Navigation crumbs: "2版>>" glued before a dateline; a crumb word (今日导读) or a page number alone.
CRUMB_PREFIX_RE = re.compile(r"^\s*(?:第?\s*\d{1,2}\s*版\s*[>》»]+|[>》»]{2,})\s*")
PAGE_CRUMB_RE = re.compile(r"^\d{1,2}\s*版\s*[>》»]*$")
NOTICE_RE = re.compile(f"^(?:{alternation('notice_labels.txt')})(?:[：:]|$)")
# Punctuation that shows a bullet paragraph runs on into body text after its first line.
_RUN_ON_RE = re.compile(r"[，。、：；！？,.:;!?]")
_SENTENCE_PUNCT_RE = re.compile(r"[，。、：；！？]")


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
    lines: tuple[str, ...] = ()  # text, dateline: the paragraph's printed lines (its text ends with them)


def split_paragraphs(text: str) -> list[list[str]]:
    """Split page text into paragraphs: blank lines separate them, and so does a line that
    starts with whitespace (OCR marks a new text region that way), or a line that opens an
    article (a dateline or a ■ byline) even when no blank line precedes it. An indented line inside
    an open bracket (`本报某县讯（记者 张三 通讯员` / ` 李四）今天，…`) goes on with it: a bracket
    never spans two text regions; so does one under a line that a wrap filled mid-sentence (`wrapped_on`)."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for raw in text.split("\n"):
        if not raw.strip():
            if current:
                paragraphs.append(current)
                current = []
            continue
        line = raw.strip()
        indented = raw[:1] in (" ", "\t", "\u3000") and not bracket_open(current) and not wrapped_on(current) \
            and not role_open(current)
        if current and (indented or STARTS_ARTICLE_RE.match(line)):
            paragraphs.append(current)
            current = []
        current.append(line)
    if current:
        paragraphs.append(current)
    return paragraphs


WRAPPED_MIN_LINES = 3


def wrapped_on(lines: list[str]) -> bool:
    """Whether the last line of a paragraph of three lines or more was filled by a wrap mid-sentence (as wide
    as the paragraph's lines, no sentence end): a line under it that starts with a space is the sentence going
    on, the wrap having broken at a space (`…总投资 908` / ` 亿元、…`), not a new text region.

    >>> wrapped_on(["今年以来，全县新开工项目", "30个，其中产业项目20个，总", "投资达到了某某某某某 908"]), wrapped_on(["某县项目建设", "跑出加速度"])
    (True, False)
    """
    if len(lines) < WRAPPED_MIN_LINES or ends_sentence(lines[-1]):
        return False
    widths = sorted(display_width(line) for line in lines)
    return display_width(lines[-1]) >= widths[len(widths) // 2] - 2


def role_open(lines: list[str]) -> bool:
    """Whether the last line is a bulleted credit ending in a role word whose names are still to come
    (`■记者 张三 通讯员` / ` 李四 摄`: the wrap broke at the space before them).

    >>> role_open(["■记者 张三 通讯员"]), role_open(["■记者 张三 摄"]), role_open(["今年以来，全县新招通讯员"])
    (True, False, False)
    """
    last = lines[-1].strip() if lines else ""
    return bool(BULLET_RE.match(last)) and bool(re.search(f"(?:{ROLE_RE.pattern})$", last))


def bracket_open(lines: list[str]) -> bool:
    """Whether the last line leaves a bracket open (`…讯（记者 张三 通讯员`).

    >>> bracket_open(["本报某县讯（记者 张三 通讯员"]), bracket_open(["本报某县讯（记者 张三）今天，"])
    (True, False)
    """
    last = lines[-1] if lines else ""
    return last.rfind("（") > last.rfind("）") or last.rfind("(") > last.rfind(")")


def is_crumb(flat: str) -> bool:
    """A navigation crumb: a page number (`3版>>`) or a crumb word, also with its characters
    scrambled by OCR.

    >>> is_crumb("日导读今"), is_crumb("导读今日"), is_crumb("今日要闻")
    (True, True, False)
    """
    if PAGE_CRUMB_RE.match(flat):
        return True
    letters = _crumb_letters()
    return len(flat) in letters and "".join(sorted(flat)) in letters[len(flat)]


@lru_cache(maxsize=1)
def _crumb_letters() -> dict[int, frozenset[str]]:
    """Each crumb word's characters, sorted, by length: the same letters in any order are that crumb
    (a long paragraph is never sorted)."""
    by_length: dict[int, set[str]] = {}
    for word in words("crumbs.txt"):
        by_length.setdefault(len(word), set()).add("".join(sorted(word)))
    return {n: frozenset(letters) for n, letters in by_length.items()}


# ---------------------------------------------------------------- paragraph rules
# Each takes the paragraph's lines and their joined text and returns its blocks, or None when it
# does not apply; `classify_paragraph` tries them in order and falls back to `classify_text`.

ParagraphRule = Callable[[list[str], str], "list[Block] | None"]


def crumb_paragraph(lines: list[str], text: str) -> list[Block] | None:
    """`今日导读` on its own → a crumb."""
    return [Block("crumb", text)] if is_crumb(compact(text)) else None


# A kicker, a headline wrapped over a few lines and a glued byline: a title block is never longer (a longer
# run of kicker-like lines is text, and is not read one line deeper at a time).
KICKER_BLOCK_MAX_LINES = 6


def kicker_over_title(lines: list[str], text: str) -> list[Block] | None:
    """`太白湖新区` / `“一站式”服务让群众办事更省心` in one block → kicker, then the title: a short
    line over a much longer one is a kicker, not the first half of a wrapped headline (those fill
    their first line). A kicker too wide for the page wraps (`titles.wrapped_title_line`): its first two lines
    are then read as its one line. A short line ending in a dash (`河北某县——`: `titles.dash_kicker`) is a kicker
    over whatever title follows it."""
    if not 2 <= len(lines) <= KICKER_BLOCK_MAX_LINES or "".join(lines).strip() != text or BULLET_RE.match(text):
        return None
    k = 2 if len(lines) > 2 and wrapped_title_line(lines[0], lines[1]) else 1
    first = join_lines(lines[:k]).strip()
    if not (dash_kicker(first, join_lines(lines[k:])) or is_kicker_line(first, lines[k])):
        return None
    rest = classify_paragraph(lines[k:])  # the rest may carry a glued byline
    if rest and rest[0].kind == "title":
        return [Block("title", first, kicker=True)] + rest
    return None


def halves_over_subheadline(lines: list[str], text: str) -> list[Block] | None:
    """`港口通航提速 公铁水网成型` / `某县物流枢纽的位置越来越重要` (`titles.halves_over_line`) → one title block
    that keeps its two lines, read as headline and subheadline when the article takes it."""
    if len(lines) != 2 or not halves_over_line(lines[0], lines[1]):
        return None
    return [Block("title", text, lines=tuple(line.strip() for line in lines))]


def title_over_deck(lines: list[str], text: str) -> list[Block] | None:
    """`某县项目建设跑出“加速度”` / `稳字当头 进字为先 干字为要 实字托底` (`titles.deck_under`) → one title block
    that keeps its headline and its deck apart, read as headline and subheadline when the article takes it
    (a deck glued onto the headline's text is no headline)."""
    if not 2 <= len(lines) <= KICKER_BLOCK_MAX_LINES or BULLET_RE.search(text):
        return None
    head = join_lines(lines[:-1])
    if not deck_under(head, lines[-1]):
        return None
    return [Block("title", text, lines=(head, lines[-1].strip()))]


def _two_titles(lines: list[str]) -> list[Block]:
    """Two lines as two title blocks: a headline and the line printed under it."""
    return [Block("title", lines[0].strip()), Block("title", lines[1].strip())]


def _split_pair(lines: list[str], text: str, pair: Callable[[str, str], bool]) -> list[Block] | None:
    """Two unbulleted lines that `pair` (a test of titles.py) tells apart → `_two_titles`; None otherwise."""
    if len(lines) != 2 or BULLET_RE.search(text) or not pair(lines[0], lines[1]):
        return None
    return _two_titles(lines)


def clauses_under_title(lines: list[str], text: str) -> list[Block] | None:
    """`某县冬小麦播种面积达60万亩` / `农业生产形势向好，为全年丰收打下基础` (`titles.title_over_clauses`) → two title
    blocks, read as the title run of separate lines is (a kicker and its headline, or a headline and its
    subheadline), not one headline glued from both."""
    return _split_pair(lines, text, title_over_clauses)


def halves_under_clauses(lines: list[str], text: str) -> list[Block] | None:
    """`暴雨夜，有群勇敢的人守护村庄安宁` / `他们逆行而来 送您一份安心` (`titles.clauses_over_halves`) → two title blocks,
    the headline and its subheadline, not one headline glued from both."""
    return _split_pair(lines, text, clauses_over_halves)


def subheadline_of_clauses(lines: list[str], text: str) -> list[Block] | None:
    """`两周腾退80亩用地，某镇全力服务项目落地` / `镇村干部上门，听取群众意见建议` (`titles.clauses_over_clauses`) → one
    title block that keeps its two lines, read as headline and subheadline when the article takes it (as a title
    block glued under the body is: `assemble.clause_lines`), not one headline glued from both."""
    if len(lines) != 2 or BULLET_RE.search(text) or not clauses_over_clauses(lines[0], lines[1]):
        return None
    return [Block("title", text, lines=tuple(line.strip() for line in lines))]


def event_over_subheadline(lines: list[str], text: str) -> list[Block] | None:
    """`第五届某某论坛26日在某市开幕` / `某省将加快筹建某某大学、某某研究院` (`titles.event_over_line`) → one title block
    that keeps its two lines, read as headline and subheadline when the article takes it
    (`assemble.headline_over_subheadline`), not one headline glued from both."""
    if len(lines) != 2 or BULLET_RE.search(text) or not event_over_line(lines[0], lines[1]):
        return None
    return [Block("title", text, lines=tuple(line.strip() for line in lines))]


def title_over_visit(lines: list[str], text: str) -> list[Block] | None:
    """`登上某山看巨变` / `记者走进某某山`: a title line over a reporter's visit (`titles.reporter_visit`, a form
    no headline takes) → two title blocks, the headline and its subheadline."""
    if len(lines) != 2 or not reporter_visit(lines[1]) or not looks_like_title(lines[0]) or reporter_visit(lines[0]):
        return None
    return _two_titles(lines)


def title_over_series(lines: list[str], text: str) -> list[Block] | None:
    """`某镇奋力谱写高质量发展新篇章` / `“某某”系列新闻发布会第八场`: a title line over a line naming a numbered part of a
    series (`titles.series_line`) → two title blocks, the headline and its subheadline."""
    if len(lines) != 2 or not series_line(lines[1]) or not looks_like_title(lines[0]) or series_line(lines[0]) \
            or BULLET_RE.search(text):
        return None
    return _two_titles(lines)


def title_over_genre(lines: list[str], text: str) -> list[Block] | None:
    """`某县迎来八方宾朋` / `某市赴沪举办招商推介活动侧记`: a title line over a line naming a feature's genre without a dash
    (`titles.genre_line`) → two title blocks, the headline and its subheadline. A dash in the line above opens the
    subheadline there (`某某 某某——某市推进某某工作` / `综述`: one headline and dash line, wrapped), so the genre line goes on
    from it."""
    if len(lines) != 2 or not genre_line(lines[1]) or not looks_like_title(lines[0]) or genre_line(lines[0]) \
            or "—" in lines[0] or BULLET_RE.search(text):
        return None
    return _two_titles(lines)


def bullet_inside(lines: list[str], text: str) -> list[Block] | None:
    """`梁山着力做强物流产业 ■本报通讯员 张三` → the title, then the byline glued after it; a
    caption with its photo credit (`图为… ■记者 张三 摄`) → one photo block."""
    bullet = BULLET_RE.search(text)
    if not bullet or bullet.start() == 0:
        return None
    before, after = text[: bullet.start()].strip(), text[bullet.start():]
    credit = classify_bullet(after)
    if credit.kind == "photo_credit" and before and not looks_like_title(before):
        credit.kind, credit.caption = "photo", before
        return [credit]
    return classify_text(before) + classify_paragraph([after])


def bullet_first(lines: list[str], text: str) -> list[Block] | None:
    """`■本报记者 张三` → a byline (or photo credit, wire label); when the paragraph runs on into
    sentences, only its first line is the credit and the rest is body text."""
    if not BULLET_RE.match(text):
        return None
    credit_text, rest = text, ""
    photo_lines = credit_lines(lines)
    if photo_lines:
        credit_text = join_lines(lines[:photo_lines]).strip()
        rest = text[len(credit_text):] if text.startswith(credit_text) else join_lines(lines[photo_lines:])
    elif _RUN_ON_RE.search(text[1:]) or len(compact(text)) > 60:
        k = 1 + credit_wrapped_on(lines)
        credit_text = " ".join(line.strip() for line in lines[:k]) if lines else text
        rest = join_lines(lines[k:]) if lines else ""
    return [classify_bullet(credit_text)] + classify_text(rest.strip())


_CUT_NAME_RE = re.compile(r"\s[\u4e00-\u9fff]$")  # a credit line ending in one character after a space: 通讯员 蒋
_NAMES_LINE_RE = re.compile(r"[\u4e00-\u9fff]{1,4}(?:\s+[\u4e00-\u9fff]{1,4})*")


def credit_wrapped_on(lines: list[str]) -> int:
    """`■某报记者 王芳 通讯员 蒋` / `琰 李长山` / `春风送暖，…`: a credit line the column cut inside a name (it ends in one
    character after a space) goes on in the line under it when that line is only spaced names (1 line), else 0.

    >>> credit_wrapped_on(["■某报记者 王芳 通讯员 蒋", "琰 李长山", "春风送暖，万物复苏，"]), credit_wrapped_on(["■记者 王芳", "春风送暖"])
    (1, 0)
    """
    return int(len(lines) > 1 and bool(_CUT_NAME_RE.search(lines[0].rstrip())) and bool(_NAMES_LINE_RE.fullmatch(lines[1].strip())))


def credit_lines(lines: list[str]) -> int:
    """`■记者 张三 通讯员 李` / `四 摄` / `某某大桥建成通车`: a photo credit ends with its mark (摄, 供图), so the first
    lines that make a whole photo credit (one or a few: the column may wrap it) end the credit there, and the lines
    under it (the photo's title, printed under its credit as titles are under bodies) are read on their own, not
    as more credits. How many lines the credit takes; 0 when no such credit opens the paragraph with lines after it.

    >>> credit_lines(["■记者 张三 通讯员 李四 摄", "某某大桥建成通车"]), credit_lines(["■记者 张三 通讯员 李", "四 摄", "某某大桥建成通车"])
    (1, 2)
    >>> credit_lines(["■本报记者 张三", "李四"])
    0
    """
    for k in range(1, min(len(lines), CREDIT_WRAP_MAX_LINES + 1)):
        if classify_bullet(join_lines(lines[:k])).kind == "photo_credit":
            return k
    return 0


NOTICE_TITLE_MAX_CHARS = 12
NOTICE_END_RE = re.compile(f"(?:{alternation('notice_labels.txt')})$")
APPARATUS_BOX_MAX_CHARS = 40


def titled_notice(lines: list[str], text: str) -> list[Block] | None:
    """`遗失声明` / `某某公司遗失公章一枚，声明作废。`, `招聘启事` / …: a short first line ending in a notice's
    label (data/notice_labels.txt) over sentences is a classified notice, not an article nor a title."""
    first = compact(lines[0]) if lines else ""
    if len(lines) < 2 or not 2 <= len(first) <= NOTICE_TITLE_MAX_CHARS or not NOTICE_END_RE.search(first) \
            or any(ch in first for ch in "，。：；！？"):
        return None
    return [Block("notice", text)] if re.search(r"[。！]", text) else None


def apparatus_box(lines: list[str], text: str) -> list[Block] | None:
    """`今日天气` / `多云转晴` / `12℃～25℃`: a box whose first line is an apparatus label alone
    (data/apparatus_labels.txt) and which holds a few words → the page's apparatus (a crumb)."""
    first = compact(lines[0]) if lines else ""
    if len(lines) < 2 or not APPARATUS_RE.fullmatch(first) or len(compact(text)) > APPARATUS_BOX_MAX_CHARS:
        return None
    return [Block("crumb", text)]


def web_credits(lines: list[str], text: str) -> list[Block] | None:
    """`作者：张明` / `通讯员 赵 磊 孙丽` / `来源：某市新闻网 编辑：李华` as lines of a paragraph (one credit may wrap
    over two or three lines), opening it or after a line that ends a sentence: a web copy's credits.
    Opening the paragraph, authors are a byline (the article starts there); after body text, they are its
    closing credits (`（记者 张明）`); a source or an editor alone is apparatus. The lines between credits
    are read as paragraphs of their own (by the other rules: one pass over the lines)."""
    runs = _credit_runs(lines)
    if not runs or (len(lines) == 1 and not runs[0][2]):
        return None  # one apparatus line alone: the apparatus rule's
    found: list[Block] = []
    pos = 0
    for start, end, credits in runs:
        if start > pos:
            found += classify_paragraph(lines[pos:start], OTHER_PARAGRAPH_RULES)
        shown = join_lines(lines[start:end])
        if not credits:
            found.append(Block("crumb", shown))
        elif all(b.kind in ("crumb", "byline") for b in found):  # nothing of an article before it here
            found.append(Block("byline", shown, credits=credits, byline_kind="reporter"))
        else:
            closing = f"（{credits}）"
            found.append(Block("text", closing, lines=(closing,)))
        pos = end
    return found + (classify_paragraph(lines[pos:], OTHER_PARAGRAPH_RULES) if pos < len(lines) else [])


CARD_WRAP_MAX_CHARS = 6  # the rest of a card line the column wrapped (时间：某年1月10日（农历腊月十 / 六）)


def card_then_credits(lines: list[str], text: str) -> list[Block] | None:
    """`时间：某年1月10日` / `地点：某火车站` / `见习记者：张明` / `春节临近，…`: a paragraph opening with the card a
    reported feature prints instead of a dateline (lines labelled by data/card_labels.txt), then a credits
    line → the byline (the card is its apparatus, no body text), then the rest of the paragraph."""
    k = 0
    while k < len(lines) and (CARD_LINE_RE.match(compact(lines[k])) or (
            k and len(compact(lines[k])) <= CARD_WRAP_MAX_CHARS and not credit_hint_re().search(lines[k]))):
        k += 1
    run = _credit_run(lines, k) if k else None
    if run is None or not run[2]:
        return None
    byline = Block("byline", join_lines(lines[:run[1]]), credits=run[2], byline_kind="reporter")
    return [byline] + (classify_paragraph(lines[run[1]:], OTHER_PARAGRAPH_RULES) if run[1] < len(lines) else [])


def _credit_runs(lines: list[str]) -> list[tuple[int, int, str]]:
    """Every run of credit lines in a paragraph, in order: (start, end, authors' credits)."""
    runs, i = [], 0
    while i < len(lines):
        run = _credit_run(lines, i) if i == 0 or ends_sentence(lines[i - 1]) else None
        if run:
            runs.append(run)
        i = run[1] if run else i + 1
    return runs


CREDIT_WRAP_MAX_LINES = 3


def _credit_run(lines: list[str], start: int) -> tuple[int, int, str] | None:
    """(start, end, authors' credits) of the credit lines from `start`: each credit is the fewest lines
    (at most three) that read as one when joined (`来源：某市新闻网 作者：` / `张明`); None when none does."""
    end, credits = start, []
    while end < len(lines) and credit_hint_re().search(lines[end]):  # a credit's label opens its first line
        step = next(((k, c) for k in range(end + 1, min(end + CREDIT_WRAP_MAX_LINES, len(lines)) + 1)
                     if (c := _credit_line(join_lines(lines[end:k]))) is not None), None)
        if step is None:
            break
        step = _with_remnant(lines, end, *step)
        end, credits = step[0], credits + ([step[1]] if step[1] else [])
    return (start, end, " ".join(credits)) if end > start else None


CREDIT_REMNANT_MAX_CHARS = 3  # the tail of a name wrapped onto a line of its own (编辑：赵 / 六)


def _with_remnant(lines: list[str], start: int, end: int, credits: str) -> tuple[int, str]:
    """A credit whose last name the column wrapped (`编辑：赵` / `六`, `作者：张明 李华 王` / `强`): a short line
    after it with no label of its own goes with it when the credit still reads as one."""
    if end >= len(lines) or len(lines[end].strip()) > CREDIT_REMNANT_MAX_CHARS or credit_hint_re().search(lines[end]):
        return end, credits
    longer = _credit_line(join_lines(lines[start : end + 1]))
    return (end + 1, longer) if longer is not None else (end, credits)


def dateline_credits_line(lines: list[str], text: str) -> list[Block] | None:
    """`本报某县讯 通讯员 赵磊 孙丽` / `前三季度，…`: credits printed without brackets after a dateline end
    with its line, also when the wrap glued the next line's first word to the last name. Every word of the
    line's credits is a name (`…李强 今天上` / `午，…` is a lead whose first word the line cut), and the line does
    not end with a role word whose names are on the next line."""
    first = lines[0].strip() if len(lines) > 1 else ""
    m = DATELINE_RE.match(first)
    if not m or m.group("credits") is not None:
        return None
    rest = first[m.end():].strip()
    credits, after = bare_credits(rest + " 。")
    if not credits or after != "。" or not names_only(credits) or ROLE_RE.search(credits.split()[-1]):
        return None  # the line ends inside the lead's first word (…李强 今天上 / 午，…) or before a role's
        # names (…张明 通讯员 / 李强 今天…): read the joined text
    found = dateline(first[: m.end()] + "（" + credits + "）" + join_lines(lines[1:]))
    if found:
        found[0].lines = tuple(line.strip() for line in lines[1:])
    return found


LEADING_CREDITS_RE = re.compile(r"^[（(](?P<credits>\s*(?:本报)?(?:记者|通讯员)[^（）()]{1,40})[）)]")


def bracketed_credits_first(lines: list[str], text: str) -> list[Block] | None:
    """`（记者 张明）3月5日，…`: a web copy whose dateline was cut off opens with its credits in brackets →
    the byline, then the rest of the paragraph. The brackets may wrap over a few lines (`（记者 张明 通讯员` /
    `李华）3月5日，…`)."""
    if not lines or lines[0].strip()[:1] not in "（(":
        return None
    k = next((k for k in range(1, min(len(lines), CREDIT_WRAP_MAX_LINES) + 1)
              if LEADING_CREDITS_RE.match(join_lines(lines[:k]).strip())), None)
    m = LEADING_CREDITS_RE.match(join_lines(lines[:k]).strip()) if k else None
    if not m or not names_only(m.group("credits")):
        return None
    rest = [join_lines(lines[:k]).strip()[m.end():], *lines[k:]]
    rest = [line for line in rest if line.strip()]
    byline = Block("byline", m.group(0), credits=m.group("credits").strip(), byline_kind="reporter")
    return [byline] + (classify_paragraph(rest) if rest else [])


def _credit_line(line: str) -> str | None:
    """A web credits line's authors (see `credits.web_credit_line`), also a byline line of role words and
    names printed without a colon (`通讯员 赵 磊 孙丽`, `大众网·海报新闻记者 张明 济宁报道`: `credits.byline_credits`)."""
    if not credit_hint_re().search(line):
        return None
    found = web_credit_line(line)
    return byline_credits(line) if found is None else found


CAPTION_MAX_LINES = 4  # a caption is a line or a few; a longer paragraph closed by a photo credit is a body's


def plain_photo_caption(lines: list[str], text: str) -> list[Block] | None:
    """`某村的“渔家水街”。` / `本报记者 张明 摄`: a paragraph whose last line is a photo credit printed without
    a bullet (`credits.plain_photo_credit`) → a photo: its other lines are the caption (or nothing, when the
    credit stands alone). A photo is no article and its photographer no reporter of the article under it.
    The credit may also close the caption's own line (`某县新建的文化广场 张明摄`, `…休闲。（记者 张明 摄）`:
    `credits.caption_and_credit`)."""
    if not lines or BULLET_RE.match(text) or DATELINE_RE.match(text):
        return None
    credits = plain_photo_credit(lines[-1]) if len(lines) <= CAPTION_MAX_LINES else None
    if credits is None:  # caption_and_credit bounds the caption by its characters, whatever the wrap
        found = caption_and_credit(text)
        return [Block("photo", found[1], credits=found[1], caption=found[0])] if found else None
    caption = join_lines(lines[:-1]).strip()
    if not caption:
        return [Block("photo_credit", credits, credits=credits)]
    return [Block("photo", credits, credits=credits, caption=caption)]


# A photo caption's opening words: 图为…, 上图：…, 图片为…, a numbered picture (图①：…, 图1 …), 组图：…
CAPTION_START_RE = re.compile(r"^(?:图为|上图|下图|左图|右图|图片为|图[：:]|组图[：:]?|图[①-⑳]|图\d{1,2}(?!\d|[年月日个万亿元%]))")
# A caption's mark (▲ 市民在广场休闲): a caption when it is one phrase or sentence, not a list item of a body
CAPTION_MARK_RE = re.compile(r"^[▲△]")
MARKED_CAPTION_MAX_CHARS = 60


def opened_caption(lines: list[str], text: str) -> list[Block] | None:
    """`图为市民在新建的文化广场休闲` (a sentence end or not), `图①：…；图②：…`, `▲市民在广场休闲`: a short paragraph
    opened by a caption's words (or a caption's mark, on one phrase or sentence) is a photo's caption, never a
    title nor an article's text (its credit, when printed on a line of its own after it, joins it:
    `assemble.credited_captions`)."""
    flat = compact(text)
    if len(flat) > CAPTION_MAX_CHARS or BULLET_RE.search(text):
        return None
    marked = CAPTION_MARK_RE.match(flat) and len(flat) <= MARKED_CAPTION_MAX_CHARS \
        and not re.search(r"[。！？]", flat[:-1])
    return [Block("photo", "", caption=text)] if CAPTION_START_RE.match(flat) or marked else None


PARAGRAPH_RULES: tuple[ParagraphRule, ...] = (crumb_paragraph, titled_notice, apparatus_box, dateline_credits_line,
                                              bracketed_credits_first, card_then_credits, web_credits,
                                              kicker_over_title, halves_over_subheadline, title_over_deck,
                                              clauses_under_title, halves_under_clauses, subheadline_of_clauses,
                                              event_over_subheadline,
                                              title_over_visit,
                                              title_over_series, title_over_genre, bullet_inside,
                                              bullet_first, plain_photo_caption, opened_caption)
# The rules for the lines between a paragraph's web credits (web_credits has found them all).
OTHER_PARAGRAPH_RULES = tuple(rule for rule in PARAGRAPH_RULES if rule is not web_credits)


def classify_paragraph(lines: list[str], rules: tuple[ParagraphRule, ...] | None = None) -> list[Block]:
    """Classify one paragraph; a paragraph can hold several blocks (a byline glued onto a
    headline, a crumb glued before a dateline, a photo credit glued after its caption). `rules`: the
    paragraph rules to try (all of them by default)."""
    lines = [opening_dash(line) for line in lines]
    text = join_lines(lines)
    blocks: list[Block] = []
    crumb = CRUMB_PREFIX_RE.match(text)
    if crumb:
        text = text[crumb.end():]
        blocks.append(Block("crumb", crumb.group(0).strip()))
    text = text.strip()
    if not text:
        return blocks
    for rule in PARAGRAPH_RULES if rules is None else rules:
        found = rule(lines, text)
        if found is not None:
            return blocks + keep_lines(found, lines)
    return blocks + keep_lines(classify_text(text), lines)


def keep_lines(found: list[Block], lines: list[str]) -> list[Block]:
    """A paragraph ending in text keeps its printed lines on that block, so that a title printed
    under the body without a blank line can be told apart by its lines (see
    `assemble.glued_title_lines`); so does a photo closing it, whose caption may sit under a title block
    (`assemble.title_over_caption`); so does a paragraph of three lines or more that is one title block, whose
    lines may show the parts of a title block wrapped at the body's column (`assemble.title_parts_by_column`)."""
    printed = tuple(line.strip() for line in lines if line.strip())
    if found and found[-1].kind in ("text", "dateline", "photo") and not found[-1].lines:
        found[-1].lines = printed
    elif len(found) == 1 and found[0].kind == "title" and not found[0].lines and len(printed) >= PARTS_MIN_LINES:
        found[0].lines = printed
    return found


PARTS_MIN_LINES = 3  # a wrapped line, the short line ending its part, and a line of another part


# ---------------------------------------------------------------- bullet rules
# Each takes the credit text (bullet included) and its compact body after the bullet.

BulletRule = Callable[[str, str], "Block | None"]


def photo_credit(text: str, flat: str) -> Block | None:
    """`■记者 张三 摄` → a photo credit."""
    if PHOTO_CREDIT_END_RE.search(flat) and (ROLE_RE.search(flat) or len(flat) <= 14):
        return Block("photo_credit", text, credits=_after_bullet(text))
    return None


def reported_by(text: str, flat: str) -> Block | None:
    """`□王亚楠 张素华 报道` → a reporters' byline without a role word: names, then 报道."""
    if flat.endswith("报道") and names_only(_after_bullet(text)):
        return Block("byline", text, credits=_after_bullet(text), byline_kind="reporter")
    return None


def wire_label(text: str, flat: str) -> Block | None:
    """`■新华视点` → a wire label (an agency's name, no reporter in it)."""
    if WIRE_RE.match(flat) and not re.search(r"记者|通讯员", flat):
        return Block("wire", text)
    return None


def editorial_byline(text: str, flat: str) -> Block | None:
    """`■本报评论员` → the byline of an editorial."""
    if re.fullmatch(r"(?:本报)?(?:特约)?评论员(?:文章)?", flat):
        return Block("byline", text, credits=_after_bullet(text), byline_kind="editorial")
    return None


def reporter_byline(text: str, flat: str) -> Block | None:
    """`■本报记者 张三 本报通讯员 李四` → a reporters' byline."""
    if ROLE_RE.search(flat):
        return Block("byline", text, credits=_after_bullet(text), byline_kind="reporter")
    return None


def co_signed_byline(text: str, flat: str) -> Block | None:
    """`■郑某某 李某某` → the byline of a piece two or more writers signed with no role word: a report, whose
    writers are its reporters (a commentary is signed by one).

    >>> co_signed_byline("■郑某某 李某某", "■郑某某李某某").credits, co_signed_byline("■李明", "■李明")
    ('记者 郑某某 李某某', None)
    """
    names = _after_bullet(text).split()
    if len(names) < 2 or not all(NAME_CHARS_RE.match(n) and 2 <= len(n) <= 4 for n in names) \
            or not names_only(" ".join(names)):
        return None
    return Block("byline", text, credits="记者 " + " ".join(names), byline_kind="reporter")


def signed_byline(text: str, flat: str) -> Block | None:
    """`■李明` → a commentary signed by its author."""
    if NAME_CHARS_RE.match(flat) and 2 <= len(flat) <= 4:
        return Block("byline", text, credits=_after_bullet(text), byline_kind="signed")
    return None


BULLET_RULES: tuple[BulletRule, ...] = (photo_credit, reported_by, wire_label, editorial_byline, reporter_byline, co_signed_byline,
                                        signed_byline)


def _after_bullet(text: str) -> str:
    return BULLET_RE.sub("", text, count=1).strip()


def classify_bullet(text: str) -> Block:
    """A paragraph opened by a bullet; anything no rule claims is a label (■新华全媒头条 style)."""
    flat = compact(_after_bullet(text))
    for rule in BULLET_RULES:
        block = rule(text, flat)
        if block is not None:
            return block
    return Block("wire", text)


# ---------------------------------------------------------------- text rules
# Each takes a paragraph's joined text (no bullet) and returns its blocks, or None.

TextRule = Callable[[str], "list[Block] | None"]


def dateline(text: str) -> list[Block] | None:
    """`本报济宁5月7日讯（记者 宋仪凯）今天，…` → a dateline block holding the credits and the
    lead as its text."""
    m = DATELINE_RE.match(text)
    if not m or not (m.group("credits") is not None or m.group("agency") == "本报" or m.group("month")):
        return None
    rest, credits = text[m.end():].strip(), m.group("credits")
    if credits is not None and not ROLE_RE.search(credits):
        credits = " ".join(person_names(credits))  # （梁山县）, （图）: a bracket after the dateline naming no one
    if credits is None:
        credits, rest = bare_credits(rest)
    month, day = m.group("month"), m.group("day")
    return [Block("dateline", rest, credits=credits, place=m.group("place") or None,
                  month=int(month) if month else None, day=int(day) if day else None, agency=m.group("agency"))]


def notice(text: str) -> list[Block] | None:
    """`编者按：…` → an editor's note; `编者按` alone on its line too (its text follows: `assemble.Assembly.on_notice`)."""
    return [Block("notice", text)] if NOTICE_RE.match(compact(text)) else None


def plain_byline(text: str) -> list[Block] | None:
    """`本报记者 赵六 孙七` → a byline printed without a bullet: role words and names only
    (`记者走进水泊梁山` is a kicker)."""
    if PLAIN_BYLINE_RE.match(text.strip()) and not _SENTENCE_PUNCT_RE.search(text) and names_only(text):
        return [Block("byline", text, credits=text, byline_kind="reporter")]
    return None


def title_then_interview_line(text: str) -> list[Block] | None:
    """`打造文旅强县——访县委书记李明远` in one line → the headline, then the interview line (or a
    feature's dash line: `跨越发展谱新篇――某县观摩侧记`, whatever dash it is typed with)."""
    dash = INNER_DASH_RE.search(text)
    if dash is None or dash.start() == 0 or dash_kicker(*(text.split("\n", 1) + [""])[:2]):
        return None  # `河北某县——` / `大棚蔬菜上市忙`: a kicker ending in a dash, read by `title`
    before, after = text[: dash.start()].strip(), "——" + text[dash.end():].strip()
    if looks_like_title(before) and looks_like_title(after):
        return classify_text(before) + [Block("title", after)]
    return None


def title(text: str) -> list[Block] | None:
    """`全县工作会议召开 张伟讲话 李明出席` → a title, split from the people line glued under it."""
    if not looks_like_title(text):
        return None
    head, sub = split_trailing_subheadline(text)
    return [Block("title", head), Block("title", sub)] if sub else [Block("title", text)]


def long_title_with_people_line(text: str) -> list[Block] | None:
    """A headline too long for `title` with its people line: `全市…动员大会召开张建国讲话 李明主持`."""
    if len(compact(text)) > MAX_TITLE_CHARS + 40 or any(ch in text for ch in TERMINAL):
        return None
    head, sub = split_trailing_subheadline(text)
    if sub and looks_like_title(head):
        return [Block("title", head), Block("title", sub)]
    return None


CARD_LINE_RE = re.compile(f"^(?:{alternation('card_labels.txt')})[：:]")
APPARATUS_RE = re.compile(f"^(?:{alternation('apparatus_labels.txt')})(?:[：:]|\\s|$)")
# A date or time alone on a line: 2023-02-15 15:00:52, 2024年02月26日17:24
DATE_LINE_RE = re.compile(r"^\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$")


# A pointer to another page on a line of its own: 相关新闻见第5版, （详见第3版）, 更多报道见2版
PAGE_REFERENCE_RE = re.compile(r"^[（(]?[\u4e00-\u9fff]{0,8}见第?[\d一二三四五六七八九十]{1,2}版[）)]?$")


def apparatus(text: str) -> list[Block] | None:
    """`来源：济宁新闻网`, `责任编辑：张三`, `本版责任编辑 张三 校对 李四`, `今日天气：晴`, `扫描二维码 观看视频`,
    `2023-02-15 15:00:52`, `相关新闻见第5版` on a line of their own: the page's apparatus, neither body
    text nor a title (kept as a crumb, which no article takes). A label is followed by a colon, a space
    or nothing."""
    flat = compact(text)
    labelled = any(APPARATUS_RE.match(form) for form in (flat, text.strip()))
    if (labelled and len(flat) <= 30) or DATE_LINE_RE.match(text.strip()) or PAGE_REFERENCE_RE.match(flat):
        return [Block("crumb", text)]
    return None


TEXT_RULES: tuple[TextRule, ...] = (dateline, notice, apparatus, plain_byline, title_then_interview_line, title,
                                    long_title_with_people_line)


def classify_text(text: str) -> list[Block]:
    """Classify a paragraph's text by the first text rule that applies; otherwise it is body text."""
    if not text:
        return []
    for rule in TEXT_RULES:
        found = rule(text)
        if found is not None:
            return found
    return [Block("text", text)]
