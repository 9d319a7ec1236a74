"""OCR'd page text → articles.

The pages are column text read top to bottom: each article's body comes first, then its title
block (optional kicker, headline, optional subheadline or ——访 line), then the next article's
start (a dateline 本报X讯, a byline ■本报记者 …, or plain text). Column banners, navigation crumbs
and wire labels sit between articles or at the page's edges.

The parser works on paragraphs (blank-line separated blocks, wrapping undone), so it does not
depend on the page's line width: every decision is made on joined text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from jdash.model import Article, Reporter

BULLETS = "■□▇█▉◆◼"
_BULLET_RE = re.compile(f"[{BULLETS}]")
_TERMINAL = "。！？!?…"
_CLOSERS = "”’」』）)》\"'"

# 本报济宁5月7日讯（记者 宋仪凯） / 本报讯 / 新华社北京5月7日电（记者 …）
_DATELINE_RE = re.compile(
    r"^据?(?P<agency>本报|新华社|中新社|大众日报|人民日报|大众网)"
    r"(?P<place>[\u4e00-\u9fff]{0,8}?)"
    r"(?:(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日)?"
    r"\s*(?:讯|电)(?!员)"
    r"\s*(?:[（(](?P<credits>[^）)]{0,80})[）)])?"
)
_STARTS_ARTICLE_RE = re.compile(
    rf"^(?:[{BULLETS}]|(?:\d{{1,2}}版[>》»]+)?据?本报[\u4e00-\u9fff]{{0,8}}?(?:\d{{1,2}}月\d{{1,2}}日)?[讯电](?!员))"
)
# Credits printed without brackets after the dateline: 本报讯 记者 张三 通讯员 李四 今天，…
_BARE_CREDIT_TOKEN_RE = re.compile(r"^(?:(?:本报)?(?:记者|通讯员|实习生))?[\u4e00-\u9fff]{0,4}$")
# Credits in brackets closing the body: …参加会议。（记者 张三 通讯员 李四）
_TRAILING_CREDITS_RE = re.compile(r"[（(]\s*(?P<credits>(?:本报)?(?:记者|通讯员)[^（）()]{1,40})[）)]\s*$")
# A plain-text byline paragraph: 本报记者 张三 李四
_PLAIN_BYLINE_RE = re.compile(r"^(?:文/图|文图|文)?\s*(?:本报)?(?:记者|通讯员)[\s\u4e00-\u9fff]{2,40}$")
# Navigation crumbs: "2版>>" glued before a dateline, "今日导读" (OCR reads it reversed too).
_CRUMB_PREFIX_RE = re.compile(r"^\s*(?:第?\s*\d{1,2}\s*版\s*[>》»]+|[>》»]{2,})\s*")
_CRUMB_RE = re.compile(r"^(?:今日导读|日导读今|导读|今日看点|要闻导读|\d{1,2}\s*版\s*[>》»]*)$")
_CONTINUED_TO_RE = re.compile(r"[（(]\s*(?:下转|转)\s*(?:第)?\s*(?P<to>[\dA-Za-z一二三四五六七八九十]+\s*版\s*[A-Za-z]?)\s*[）)]")
_CONTINUED_FROM_RE = re.compile(r"^[（(]\s*上接\s*(?:第)?\s*[\dA-Za-z一二三四五六七八九十]+\s*版\s*[A-Za-z]?\s*[）)]")
_ROLE_RE = re.compile(r"(本报特约记者|本报见习记者|本报实习生|本报记者|本报通讯员|特约记者|见习记者|实习生|记者|通讯员|摄影|评论员)")
_PHOTO_CREDIT_END_RE = re.compile(r"(?:摄影?|编辑整理|整理|供图|图)\s*$")
_WIRE_RE = re.compile(r"^(?:新华|全媒|中新|央视|人民日报|大众日报|中国大市场|新华社|央广)")
_NOTICE_RE = re.compile(r"^(?:编者按|编者的话|启事|公告|声明|更正)[：:]")
# A subheadline that lists people and what they did: 林红玉讲话 于永生主持 霍媛媛李兴伟出席.
_SUB_VERBS_RE = re.compile(r"(?:讲话|主持|出席|致辞|会见|参加|调研|督导|强调|讲课|宣讲|作报告|陪同|见证|签约)")
_NAME_CHARS_RE = re.compile(r"^[\u4e00-\u9fff·]+$")
_MONTH_DAY_START_RE = re.compile(r"^(?:(?P<year>\d{4})\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")
# A date inside the lead sentence: 为…，3月17日上午，…会议召开。
_MONTH_DAY_LEAD_RE = re.compile(r"^[^。！？]{0,60}?(?<![\d年])(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?!起|前|至|到|以来)")
_SPACE_NEAR_CJK_RE = re.compile(r"(?<=[^\x00-\x7f])[ \t\u3000]+|[ \t\u3000]+(?=[^\x00-\x7f])")

MAX_TITLE_CHARS = 50
MAX_SUBTITLE_CHARS = 70
KICKER_MAX_CHARS = 9
LABEL_MAX_CHARS = 12


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


@dataclass
class _Draft:
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


# ---------------------------------------------------------------- paragraphs


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
        if current and (raw[:1] in (" ", "\t", "\u3000") or _STARTS_ARTICLE_RE.match(line)):
            paragraphs.append(current)
            current = []
        current.append(line)
    if current:
        paragraphs.append(current)
    return paragraphs


def join_lines(lines: list[str]) -> str:
    """Undo wrapping: lines are glued without a separator (Chinese has none), except between
    two Latin letters, where the wrap must have eaten a space."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out and out[-1].isascii() and out[-1].isalpha() and line[0].isascii() and line[0].isalpha():
            out += " "
        out += line
    return out


def tidy_body(text: str) -> str:
    """Body text as a reader wants it: no stray spaces next to Chinese characters
    (OCR puts them inside numbers: `9 个批次 337.143 亩`)."""
    return _SPACE_NEAR_CJK_RE.sub("", text).strip()


def tidy_title(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def compact(text: str) -> str:
    """Text with all whitespace removed: what wrap-independent decisions look at."""
    return re.sub(r"\s+", "", text)


def undouble(text: str) -> str:
    """Undo OCR doubling in banners: `专题访谈专题访谈` → `专题访谈`, `··` → `·`.

    Applied only to text that shows doubling, so ordinary repeats (一企一策) are untouched."""
    if not re.search(r"(.{2,})\1|([·“”\"'])\2", text):
        return text
    previous = None
    while previous != text:
        previous = text
        text = re.sub(r"(.{2,}?)\1", r"\1", text)
        text = re.sub(r"([·“”\"'《》（）])\1", r"\1", text)
    return text


# ---------------------------------------------------------------- paragraph → blocks


def classify_paragraph(lines: list[str]) -> list[Block]:
    """Classify one paragraph; a paragraph can hold several blocks (a byline glued onto a
    headline, a crumb glued before a dateline, a photo credit glued after its caption)."""
    text = join_lines(lines)
    blocks: list[Block] = []
    crumb = _CRUMB_PREFIX_RE.match(text)
    if crumb:
        text = text[crumb.end():]
        blocks.append(Block("crumb", crumb.group(0).strip()))
    text = text.strip()
    if not text:
        return blocks
    if _CRUMB_RE.match(compact(text)):
        return blocks + [Block("crumb", text)]

    if len(lines) >= 2 and "".join(lines).strip() == text and _is_kicker_line(lines[0], lines[1]):
        # 太白湖新区 / “智慧社区”让居民生活更便捷: a short line over a much longer one is a
        # kicker, not the first half of a wrapped headline (those fill their first line).
        rest = classify_paragraph(lines[1:])  # the rest may carry a glued byline
        if rest and rest[0].kind == "title":
            return blocks + [Block("title", lines[0].strip(), kicker=True)] + rest
    bullet = _BULLET_RE.search(text)
    if bullet and bullet.start() > 0:
        before, after = text[: bullet.start()].strip(), text[bullet.start():]
        credit = _classify_bullet(after)
        if credit.kind == "photo_credit" and before and not _looks_like_title(before):
            credit.kind, credit.caption = "photo", before
            return blocks + [credit]
        return blocks + _classify_text(before) + classify_paragraph([after])
    if bullet:
        first_line_end = len(lines[0].strip()) if lines else len(text)
        credit_text = text
        rest = ""
        if re.search(r"[，。、：；！？,.:;!?]", text[1:]) or len(compact(text)) > 60:
            # Only the first line is the byline; the rest is body glued to it.
            credit_text, rest = text[:first_line_end], text[first_line_end:]
        block = _classify_bullet(credit_text)
        blocks.append(block)
        if rest.strip():
            blocks.extend(_classify_text(rest.strip()))
        return blocks
    return blocks + _classify_text(text)


def _is_kicker_line(first: str, second: str) -> bool:
    """Inside one block, a line that is exactly a place name (太白湖新区 over its headline), or a
    very short phrase over a headline at least twice its length that reads on its own (消费提振年
    over 任城区一季度以旧换新销售额超12亿元), is a kicker. Other short first lines are the first half
    of a wrapped headline (任城夜经济 / 点亮城市“烟火气”)."""
    if not _stands_alone(second):
        return False
    if _is_place_name(first):
        return True
    head, tail = compact(first), compact(second)
    return (2 <= len(head) <= 6 and len(tail) >= 2 * len(head) and not _TRAILING_VERB_RE.search(head)
            and not any(ch in head for ch in _TERMINAL + "，、；："))


# A title line that opens with a verb needs the place above it as its subject
# (曲阜文化建设示范区 / 签约12个文旅项目), so that place is not a kicker.
_OPENS_WITH_PREDICATE_RE = re.compile(
    r"^(?:签约|召开|举行|举办|开展|实施|推进|推动|打造|启动|建成|获评|入选|出台|发布|开工|新增|实现|成立|完成|"
    r"加快|全力|着力|聚力|深化|持续|积极|扎实|强化|落实|迎来|再添|首次|率先|荣获|跻身|喜获|入围|上榜|建设|创建)"
)


# A first line ending in a verb wants its object on the next line: 于永生会见 / 白俄罗斯驻华大使.
_TRAILING_VERB_RE = re.compile(r"(?:会见|看望|慰问|调研|考察|会见了|走访|召开|举行|推进|打造|实施|建设|开展|做好|抓好|提升|促进|助力|迎接)$")


def _stands_alone(title: str) -> bool:
    flat = compact(title)
    return len(flat) >= 4 and not flat.startswith("—") and not _OPENS_WITH_PREDICATE_RE.match(flat)


def _is_place_name(text: str) -> bool:
    from jdash.gazetteer import county_mentions  # the gazetteer's data file names the places

    flat = compact(text)
    mentions = county_mentions(flat)
    return len(mentions) == 1 and mentions[0][0] == 0 and _place_alias_length(flat) == len(flat)


def _place_alias_length(flat: str) -> int:
    from jdash.gazetteer import _pattern

    m = _pattern()[0].match(flat)
    return m.end() if m else 0


def _kicker_like(text: str) -> bool:
    """A line that labels the headline under it: a place (济宁高新区), a few characters, or a
    slogan of short parallel phrases (多维聚焦 精准发力)."""
    flat = compact(text)
    if len(flat) <= 6 or _is_place_name(flat):
        return True
    parts = text.split()
    return len(parts) >= 2 and all(2 <= len(p) <= 6 for p in parts) and len(flat) <= 13


def _classify_bullet(text: str) -> Block:
    body = _BULLET_RE.sub("", text, count=1).strip()
    flat = compact(body)
    if _PHOTO_CREDIT_END_RE.search(flat) and (_ROLE_RE.search(flat) or len(flat) <= 14):
        return Block("photo_credit", text, credits=body)
    if _WIRE_RE.match(flat) and not re.search(r"记者|通讯员", flat):
        return Block("wire", text)
    if re.fullmatch(r"(?:本报)?(?:特约)?评论员(?:文章)?", flat):
        return Block("byline", text, credits=body, byline_kind="editorial")
    if _ROLE_RE.search(flat):
        return Block("byline", text, credits=body, byline_kind="reporter")
    if _NAME_CHARS_RE.match(flat) and 2 <= len(flat) <= 4:
        return Block("byline", text, credits=body, byline_kind="signed")
    # Anything else after a bullet is a label (■新华全媒头条 style).
    return Block("wire", text)


def _classify_text(text: str) -> list[Block]:
    if not text:
        return []
    m = _DATELINE_RE.match(text)
    if m and (m.group("credits") is not None or m.group("agency") == "本报" or m.group("month")):
        rest, credits = text[m.end():].strip(), m.group("credits")
        if credits is None:
            credits, rest = _bare_credits(rest)
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
    if _NOTICE_RE.match(compact(text)):
        return [Block("notice", text)]
    if _PLAIN_BYLINE_RE.match(text.strip()) and not re.search(r"[，。、：；！？]", text):
        return [Block("byline", text, credits=text, byline_kind="reporter")]
    dash = text.find("——")
    if dash > 0:
        # 标题——访…局长刘东利 printed without a blank line: headline, then the interview line.
        before, after = text[:dash].strip(), text[dash:].strip()
        if _looks_like_title(before) and _looks_like_title(after):
            return _classify_text(before) + [Block("title", after)]
    if _looks_like_title(text):
        head, sub = split_trailing_subheadline(text)
        if sub:
            return [Block("title", head), Block("title", sub)]
        return [Block("title", text)]
    if len(compact(text)) <= MAX_TITLE_CHARS + 40 and not any(ch in text for ch in _TERMINAL):
        # A long headline with its people line under it: 全市…动员大会召开 / 覃思远讲话 贺广田主持
        head, sub = split_trailing_subheadline(text)
        if sub and _looks_like_title(head):
            return [Block("title", head), Block("title", sub)]
    return [Block("text", text)]


_SUB_VERBS = ("出席并讲话|出席并致辞|出席并作重要讲话|出席并宣布开工|宣布开工|宣布|讲话|主持|出席|致辞|会见|调研|"
              "陪同|参加|讲课|宣讲|作报告|督导|揭牌|颁奖|授课|发言|见证签约")
_SUB_VERB_START_RE = re.compile(rf"(?:{_SUB_VERBS})")
_SUB_VERB_END_RE = re.compile(rf"(?:{_SUB_VERBS})$")
_ATTEND_END_RE = re.compile(r"(?:出席并讲话|出席并致辞|出席并作重要讲话|出席|参加|陪同|致辞)$")
_EVENT_END_RE = re.compile(r"(?:召开|举行|开幕|闭幕|启动|开工|签约|揭牌|成立|举办|落幕|开班|发布)$")
COMMON_SURNAMES = 200  # how many of surnames.txt (most common first) count as common


def split_trailing_subheadline(text: str) -> tuple[str, str | None]:
    """`全市助企攀登工作会议召开林红玉讲话 于永生主持 霍媛媛李兴伟出席` → headline and the
    subheadline of people and what they did: at least two `name(s)+verb` segments at the end.
    Spaces are ignored and names are found by their surnames, so the split does not depend on
    where lines were wrapped or which spaces the wrap ate."""
    flat = compact(text)
    for start in range(4, len(flat) - 4):
        if _is_people_and_verbs(flat[start:]):
            cut = _original_index(text, start)
            return text[:cut].strip(), text[cut:].strip()
    return text, None


def _is_people_and_verbs(tail: str) -> bool:
    single, double = _surnames()

    def names_then_verb(rest: str, names_seen: int) -> int | None:
        """Length of `name(、name)* verb` at the start of rest, or None."""
        if names_seen:
            verb = _SUB_VERB_START_RE.match(rest)
            if verb:
                return verb.end()
        for length in ((4, 3, 2) if rest[:2] in double else (3, 2)):
            name = rest[:length]
            if len(name) == length and (name[0] in single or name[:2] in double):
                after = rest[length:]
                skip = 1 if after.startswith("、") else 0
                inner = names_then_verb(after[skip:], names_seen + 1)
                if inner is not None:
                    return length + skip + inner
        return None

    segments = []
    rest = tail
    while rest:
        consumed = names_then_verb(rest, 0)
        if consumed is None:
            return False
        segments.append(rest[:consumed])
        rest = rest[consumed:]
    if len(segments) >= 2:
        return True  # two actions: 张三讲话 李四主持
    # One attendance by several people (顾承志江岩出席), or by one who also spoke (司马林出席并
    # 讲话), every name with a common surname, so that 一行来高新区考察调研 is not read as people.
    verb = _ATTEND_END_RE.search(segments[0]) if segments else None
    if not verb:
        return False
    people = segments[0][: verb.start()].replace("、", "")
    fewest = 2 if "并" in verb.group() else 4
    return fewest <= len(people) <= 12 and _common_names(people)


def _common_names(run: str) -> bool:
    """Can `run` be cut into 2–3-character names that all start with a common surname?"""
    ranks = _surname_ranks()
    if not run:
        return True
    for length in (4, 3, 2):
        head = run[:length]
        if len(head) != length:
            continue
        if head[:2] in ranks and len(head[:2]) == 2:
            ok = length >= 3  # a listed two-character surname (司马, 欧阳) is common enough
        else:
            rank = ranks.get(head[0])
            ok = length <= 3 and rank is not None and rank < COMMON_SURNAMES
        if ok and _common_names(run[length:]):
            return True
    return False


def _original_index(text: str, compact_index: int) -> int:
    """Position in text of the compact_index-th non-space character."""
    seen = 0
    for position, char in enumerate(text):
        if char.isspace():
            continue
        if seen == compact_index:
            return position
        seen += 1
    return len(text)


def _bare_credits(text: str) -> tuple[str | None, str]:
    """`记者 张三 通讯员 李四 今天，…` → (`记者 张三 通讯员 李四`, `今天，…`): credits printed
    without brackets are space-separated role words and names; the body starts at the first
    token that is neither."""
    if not re.match(r"(?:本报)?(?:记者|通讯员|实习生)", text):
        return None, text
    tokens = text.split(" ")
    taken: list[str] = []
    for token in tokens:
        if token and not _BARE_CREDIT_TOKEN_RE.match(token):
            break
        taken.append(token)
    if not taken or len(taken) == len(tokens):
        return None, text
    return " ".join(taken).strip(), " ".join(tokens[len(taken):]).strip()


def _looks_like_title(text: str) -> bool:
    """Title-shaped: short, no sentence-final punctuation, at most one inner comma."""
    flat = compact(text)
    if not flat or len(flat) < 2:
        return False
    if flat.startswith("——") or flat.startswith("—"):
        return len(flat) <= MAX_SUBTITLE_CHARS
    if len(flat) > MAX_TITLE_CHARS:
        return False
    if flat[-1] in "！!" and len(flat) <= 25 and not flat.startswith("“"):
        flat = flat[:-1]  # 奋进新时代！ is a title; a quoted exclamation is speech
    if any(ch in flat for ch in _TERMINAL):
        return False
    if flat[-1] in "，、；：,;:":
        return False
    if sum(flat.count(ch) for ch in "，、；：,;") > 1:
        return False
    if _CONTINUED_TO_RE.search(flat) or _CONTINUED_FROM_RE.match(flat):
        return False
    return True


# ---------------------------------------------------------------- blocks → articles


def parse_page(text: str, source: str) -> list[Article]:
    """Parse one page's normalised text into its articles, in page order.

    Dates carry only what the page says (event month/day via `jdash.dates`); issue dates and
    entities are filled by later stages."""
    blocks: list[Block] = []
    for lines in split_paragraphs(text):
        blocks.extend(classify_paragraph(lines))
    drafts = _assemble(blocks)
    page_key = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    articles = []
    for order, draft in enumerate(drafts):
        articles.append(_to_article(draft, source, order, page_key))
    return articles


def _assemble(blocks: list[Block]) -> list[_Draft]:
    done: list[_Draft] = []
    open_: _Draft | None = None
    pending_column: str | None = None
    i, n = 0, len(blocks)

    def close(draft: _Draft | None) -> None:
        if draft is not None and draft.has_content:
            if not draft.headline and draft.kind_hint is None:
                _take_glued_title(draft)
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
                    pending_column = labels[-1] if _label_like(run[-1].text) else None
                i = j
                continue
            if len(run) == 1 and "，" in run[0].text and following is not None and following.kind == "text":
                # `针对此次的签约项目，高新区各部` then `门将明确…`: a sentence cut by a column
                # break, not a title.
                open_.body.append(Block("text", run[0].text))
            elif _is_closing(run, blocks, j, open_):
                column_for_next = _apply_title_run(open_, run, following)
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
            open_ = _Draft(start=block, column=pending_column)
            pending_column = None
            if block.kind == "dateline" and block.text:
                open_.body.append(Block("text", block.text))
        elif block.kind == "text":
            if open_ is None:
                open_ = _Draft(column=pending_column)
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
                done.append(_Draft(start=block, body=[caption], kind_hint="photo"))
        elif block.kind == "photo":
            done.append(_Draft(start=block, body=[Block("text", block.caption or "")], kind_hint="photo"))
        elif block.kind == "notice":
            close(open_)
            open_ = None
            done.append(_Draft(body=[block], kind_hint="notice"))
        # crumbs and wire labels are not articles
        i += 1
    close(open_)
    return done


def _take_glued_title(draft: _Draft) -> None:
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
    if 4 <= len(compact(tail)) and _looks_like_title(tail):
        draft.body[-1] = Block("text", last[: ends[-1]])
        head, sub = split_trailing_subheadline(tail)
        draft.headline, draft.subheadline = tidy_title(head), sub


def _is_closing(run: list[Block], blocks: list[Block], j: int, open_: _Draft) -> bool:
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


def _label_like(text: str) -> bool:
    flat = compact(text)
    return (len(flat) <= LABEL_MAX_CHARS or "·" in flat) and not _SUB_VERBS_RE.search(flat) and not flat.startswith("—")


def _is_banner(text: str) -> bool:
    """Column-banner marks: a middle dot between parts, or OCR's doubled characters."""
    return "·" in text or undouble(text) != text


def _is_subheadline(text: str) -> bool:
    flat = compact(text)
    return flat.startswith("—") or _is_people_and_verbs(flat)


def _apply_title_run(draft: _Draft, run: list[Block], following: Block | None) -> str | None:
    """Split a closing title run into kicker / headline / subheadline, and a trailing label
    that belongs to the next article. Returns that label."""
    texts = [tidy_title(b.text) for b in run]
    head_index = 0
    if len(texts) > 1:
        first, second = compact(texts[0]), compact(texts[1])
        second_is_title = len(second) >= 4 and not _is_subheadline(texts[1]) and not _is_banner(texts[1])
        if run[0].kicker or (second_is_title and _is_place_name(texts[0]) and _stands_alone(texts[1])):
            head_index = 1  # 济宁经济技术开发区 / 10个项目集中开工
        elif second_is_title and len(second) > len(first) and _kicker_like(texts[0]):
            head_index = 1
        elif second_is_title and len(first) <= KICKER_MAX_CHARS and len(second) > len(first) \
                and not _EVENT_END_RE.search(second):
            # 实体经济稳中求进 / 兖州工业经济稳中有升: a short line over a longer headline is its
            # kicker; but a long event line under a short title (…推进会召开) is the subheadline.
            head_index = 1
    if head_index:
        draft.kicker = texts[0]
    draft.headline = texts[head_index]
    rest = texts[head_index + 1:]
    column_for_next = None
    next_is_article = following is not None and following.kind in ("dateline", "byline", "text")
    if rest and _label_like(rest[-1]) and not _is_subheadline(rest[-1]):
        if next_is_article:
            column_for_next = undouble(rest.pop())
        elif _is_banner(rest[-1]):
            rest.pop()  # a page banner after the last article, not this article's subheadline
    draft.subheadline = " ".join(rest) if rest else None
    return column_for_next


# ---------------------------------------------------------------- draft → Article


def _to_article(draft: _Draft, source: str, order: int, page_key: str) -> Article:
    start = draft.start
    paragraphs = _body_paragraphs(draft.body)
    continued_to = None
    if paragraphs:
        m = _CONTINUED_TO_RE.search(paragraphs[-1])
        if m:
            continued_to = compact(m.group("to"))
            paragraphs[-1] = (paragraphs[-1][: m.start()] + paragraphs[-1][m.end():]).strip()
        paragraphs[0] = _CONTINUED_FROM_RE.sub("", paragraphs[0]).strip()
        paragraphs = [p for p in paragraphs if p]
    body = "\n\n".join(paragraphs)

    reporters: list[Reporter] = []
    trailing_credits = None
    if paragraphs and draft.kind_hint is None:
        m = _TRAILING_CREDITS_RE.search(paragraphs[-1])
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
                m = _MONTH_DAY_START_RE.match(body) or _MONTH_DAY_LEAD_RE.match(body)
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
        headline = _photo_title(body)
    if kind == "notice" and not headline:
        headline = compact(body)[:3] if compact(body).startswith("编者按") else _photo_title(body)

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


def _body_paragraphs(blocks: list[Block]) -> list[str]:
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
        carry = block.kind == "text" and not _ends_sentence(text)
    return paragraphs


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS + " ")
    if _CONTINUED_TO_RE.search(text[-12:]):
        return True
    return bool(stripped) and stripped[-1] in _TERMINAL + "：:"


def _photo_title(body: str) -> str:
    first = re.split(r"[。！？]", body, maxsplit=1)[0]
    return first if len(first) <= 30 else first[:30] + "…"


# ---------------------------------------------------------------- credits → reporters


def parse_credits(text: str, photo: bool = False) -> list[Reporter]:
    """`记者 曹俐 通讯员 段亚洲` → reporters with roles. Names glued by a lost wrap space
    (`李超张培龙`) are split at surnames."""
    text = re.sub(r"[（）()]", " ", text)
    role_default = "摄影" if photo else "记者"
    if photo:
        if re.search(r"(?:编辑)?整理\s*$", compact(text)):
            role_default = "编辑"
        text = _PHOTO_CREDIT_END_RE.sub("", text.strip())
        text = re.sub(r"(?:编辑)\s*$", "", text.strip())
    parts = _ROLE_RE.split(text)
    reporters: list[Reporter] = []
    role = role_default
    for part in parts:
        if not part or not part.strip():
            continue
        if _ROLE_RE.fullmatch(part):
            role = "摄影" if photo else _role_name(part)
            continue
        for token in re.split(r"[\s、,，/]+", part):
            token = token.strip()
            if not token or not _NAME_CHARS_RE.match(token):
                continue
            for name in split_glued_names(token):
                reporters.append(Reporter(name, role))
    if photo and role_default == "编辑":
        reporters = [Reporter(r.name, "编辑") for r in reporters]
    return reporters


def _role_name(role_word: str) -> str:
    if "通讯员" in role_word:
        return "通讯员"
    if "实习生" in role_word:
        return "实习生"
    if "评论员" in role_word:
        return "评论员"
    if "摄影" in role_word:
        return "摄影"
    return "记者"


@lru_cache(maxsize=1)
def _surname_ranks() -> dict[str, int]:
    """Surname → rank (0 = most common), from the data file, which lists them by frequency."""
    try:
        raw = resources.files("jdash.data").joinpath("surnames.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return {}
    ranks: dict[str, int] = {}
    for line in raw.splitlines():
        for item in line.split("#", 1)[0].split():
            if 1 <= len(item) <= 2:
                ranks.setdefault(item, len(ranks))
    return ranks


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    ranks = _surname_ranks()
    return (frozenset(k for k in ranks if len(k) == 1), frozenset(k for k in ranks if len(k) == 2))


def split_glued_names(token: str) -> list[str]:
    """Split `李超张培龙` into names of 2–3 characters that each start with a surname.
    Tokens of up to 3 characters (4 with a two-character surname) are one name."""
    single, double = _surnames()
    limit = 4 if token[:2] in double else 3
    if len(token) <= limit or not single:
        return [token]
    ranks = _surname_ranks()
    best: list[str] | None = None
    best_score = float("-inf")

    def rarity(name: str) -> float:
        if name[:2] in ranks and len(name) >= 3:
            return 0.3  # a two-character surname: listed on purpose, neither common nor rare
        rank = ranks.get(name[0], len(ranks))
        return rank / (len(ranks) + 1)

    def walk(rest: str, acc: list[str]) -> None:
        nonlocal best, best_score
        if not rest:
            # Few names, with common surnames: a rare surname (玉 in 徐杰刘玉孔琳) costs more than
            # one more name, so 徐杰 刘玉 孔琳 beats 徐杰刘 玉孔琳.
            score = -len(acc) - 10.0 * sum(rarity(name) for name in acc)
            if score > best_score:
                best, best_score = list(acc), score
            return
        lengths = (3, 2, 4) if rest[:2] in double else (3, 2)
        for length in lengths:
            piece = rest[:length]
            if len(piece) < length:
                continue
            head_ok = piece[:2] in double if length == 4 else (piece[0] in single or piece[:2] in double)
            if head_ok:
                walk(rest[length:], acc + [piece])

    walk(token, [])
    return best if best else [token]
