"""Credits: datelines (本报济宁5月7日讯（记者 宋仪凯）), bylines (■本报记者 …), trailing credits
(（记者 张三）) and the reporters they name."""

from __future__ import annotations

import re
from functools import lru_cache

from jdash.datafiles import alternation_of, read_table
from jdash.model import Reporter
from jdash.parse.lexicon import (
    agencies,
    alternation,
    role_of_word,
    roles_alternation,
    words,
)
from jdash.parse.names import common_names, split_glued_names, surnames
from jdash.parse.text import compact

BULLETS = "■□▇█▉◆◼"
BULLET_RE = re.compile(f"[{BULLETS}]")
_AGENCIES = "|".join(re.escape(a) for a in agencies())

# 本报济宁5月7日讯（记者 宋仪凯） / 本报讯 / 新华社北京5月7日电（记者 …）
# Other media print datelines too: 济宁新闻网讯（记者 …）, 某某客户端讯 …
# with a sub-brand after a middle dot: 济宁新闻网·更济宁讯
_MEDIA = r"[\u4e00-\u9fff]{2,8}?(?:新闻网|网|客户端|日报|晚报|报|电视台)(?:·[\u4e00-\u9fff]{2,6})?"
DATELINE_RE = re.compile(
    rf"^据?(?P<agency>本报|{_AGENCIES}|{_MEDIA})"
    r"(?P<place>[\u4e00-\u9fff]{0,8}?)"
    r"(?:\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日)?"  # 本报泗水 11月20日讯: a space may come first
    r"\s*(?:讯|电)(?!员)"
    r"\s*(?:[（(](?P<credits>[^）)]{0,80})[）)])?"
)
STARTS_ARTICLE_RE = re.compile(
    rf"^(?:[{BULLETS}]|(?:\d{{1,2}}版[>》»]+)?据?本报[\u4e00-\u9fff]{{0,8}}?(?:\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)?\s*[讯电](?!员))"
)
# Credits printed without brackets after the dateline: 本报讯 记者 张三 通讯员 李四 今天，…
BARE_CREDIT_TOKEN_RE = re.compile(r"^(?:(?:本报)?(?:记者|通讯员|实习生))?[\u4e00-\u9fff]{0,4}$")
# Credits in brackets closing the body: …参加会议。（记者 张三 通讯员 李四）; or bare names: …实现全年目标。（王立新）
TRAILING_CREDITS_RE, TRAILING_NAMES_RE = (
    re.compile(r"[（(]\s*(?P<credits>(?:本报)?(?:记者|通讯员)[^（）()]{1,40})[）)]\s*$"),
    re.compile(r"(?<=[。！？”])\s*[（(]\s*(?P<credits>[\u4e00-\u9fff]{2,12}(?:\s+[\u4e00-\u9fff]{2,4}){0,3})\s*[）)]\s*$"),
)
# A plain-text byline paragraph: 本报记者 张三 李四
PLAIN_BYLINE_RE = re.compile(r"^(?:文/图|文图|文)?\s*(?:本报)?(?:记者|通讯员)[\s\u4e00-\u9fff]{2,40}$")
ROLE_RE = re.compile(f"({roles_alternation()})")
PHOTO_CREDIT_END_RE = re.compile(rf"(?:{alternation('photo_credit_marks.txt')})\s*$")
WIRE_RE = re.compile(rf"^(?:{alternation('wire_agencies.txt')})")
NAME_CHARS_RE = re.compile(r"^[\u4e00-\u9fff·]+$")
GIVEN_NAME_FREQ = 20  # a given name printed alone is a word jieba's dictionary barely knows
UNKNOWN_WORD_FREQ = 5  # … or hardly knows at all, whatever the tagger makes of it (志超, a pen name 欣闻)


def parse_credits(text: str, photo: bool = False) -> list[Reporter]:
    """`记者 曹俐 通讯员 段亚洲` → reporters with roles. Names glued by a lost wrap space
    (`李超张培龙`) are split at surnames."""
    text = re.sub(r"[（）()]", " ", text)
    role_default = "摄影" if photo else "记者"
    if photo:
        if re.search(r"(?:编辑)?整理\s*$", compact(text)):
            role_default = "编辑"
        text = PHOTO_CREDIT_END_RE.sub("", text.strip())
        text = re.sub(r"(?:编辑)\s*$", "", text.strip())
    reporters: list[Reporter] = []
    role = role_default
    for part in ROLE_RE.split(text):
        if ROLE_RE.fullmatch(part):
            role = "摄影" if photo else role_name(part)
            continue
        reporters.extend(Reporter(name, role) for name in credit_names(part))
    if photo and role_default == "编辑":
        reporters = [Reporter(r.name, "编辑") for r in reporters]
    return reporters


WORD_NOT_NAME_FREQ = 50  # a token the dictionary knows this well is a word (黄河, 王府), not a reporter's name


def person_names(credits: str) -> list[str]:
    """Credits in a dateline's brackets with no role word (`本报济宁讯（张明 李华）12月1日，…`) → the words that are
    persons' names of 2–3 characters (spaces or 、 between them). A place or an organisation (`（梁山县）`, `（黄河）`,
    a station before its reporter's name: `邹城台 张明`: a word the dictionary knows, or tags or ends as a place,
    data/not_name_end_chars.txt), `（图）` or `（以下简称…）` names no one.

    >>> person_names("张明、李华"), person_names("梁山县"), person_names("邹城台 张明")
    (['张明', '李华'], [], ['张明'])
    """
    tokens = spaced_names(re.split(r"[\s、]+", credits.strip()))
    return [name for token in tokens if token and token not in words("credit_words.txt")
            and credit_names(token) == split_glued_names(token) for name in split_glued_names(token)
            if not _word_or_place(name)]


def _word_or_place(name: str) -> bool:
    """A token shaped like a name that is a word the dictionary knows well (`黄河`, `王府`) or a place (tagged
    as one, or ending like one: `高新区`, `任城` + `台`), not a person.

    >>> _word_or_place("黄河"), _word_or_place("邹城台"), _word_or_place("张明")
    (True, True, False)
    """
    from jdash.nlp import tag, word_freq

    return (name[-1] in words("not_name_end_chars.txt") or word_freq(name) >= WORD_NOT_NAME_FREQ
            or any(flag.startswith("ns") for _, flag in tag(name)))


def credit_names(part: str) -> list[str]:
    """The names in a stretch of credits between role words: glued names split at surnames;
    words that are no names (`报道`, `大众日报客户端`) are left out.

    >>> credit_names(" 李超张培龙 "), credit_names("大众日报客户端")
    (['李超', '张培龙'], [])
    """
    single, double = surnames()
    names = []
    for token in spaced_names(re.split(r"[\s、,，/]+", part)):
        token = strip_credit_word(token)
        if not token or not NAME_CHARS_RE.match(token) or token in words("credit_words.txt"):
            continue
        pieces = split_glued_names(token)
        if all(2 <= len(p) <= 4 and (p[0] in single or p[:2] in double) for p in pieces) or given_name_alone(token):
            names.extend(pieces)
    return names


def spaced_names(tokens: list[str]) -> list[str]:
    """`王 磊`: a two-character name printed with a space between surname and given name (to align it
    with three-character names) is one name: a one-character surname, then one character.

    >>> spaced_names(["赵冰冰", "王", "磊"]), spaced_names(["文", "图"])
    (['赵冰冰', '王磊'], ['文', '图'])
    """
    single, _ = surnames()
    out: list[str] = []
    for token in tokens:
        if (len(token) == 1 and out and len(out[-1]) == 1 and out[-1] in single and NAME_CHARS_RE.match(token)
                and out[-1] not in words("credit_words.txt") and token not in words("credit_words.txt")):
            out[-1] += token
        else:
            out.append(token)
    return out


def given_name_alone(token: str) -> bool:
    """`通讯员 晓梅 孙强`, `通讯员 荀莉`: a correspondent printed by given name only, or with a surname
    missing from the list — two characters that the tagger reads as a name and the dictionary barely
    knows. A word (`新闻`, `首席`, `供稿`) is none.

    >>> given_name_alone("晓梅"), given_name_alone("新闻")
    (True, False)

    Two characters the dictionary hardly knows at all are a name in credits whatever the tagger reads in them (a
    given name it splits, 志超; a pen name, 欣闻).

    >>> given_name_alone("志超"), given_name_alone("供稿")
    (True, False)
    """
    from jdash.nlp import tag, word_freq

    if len(token) != 2:
        return False
    freq = word_freq(token)
    return freq < UNKNOWN_WORD_FREQ or (freq < GIVEN_NAME_FREQ and all(t.startswith("nr") for _, t in tag(token)))


def strip_credit_word(token: str) -> str:
    """`魏然报道` → `魏然`: a credit word of two or more characters glued after a name (the wrap
    ate the space); one-character ones (文, 图) also end names (郭学文).

    >>> strip_credit_word("魏然报道"), strip_credit_word("报道"), strip_credit_word("郭学文")
    ('魏然', '报道', '郭学文')
    """
    for word in _credit_words_longest_first():
        if len(word) >= 2 and token.endswith(word) and len(token) - len(word) >= 2:
            return token[: -len(word)]
    return token


@lru_cache(maxsize=1)
def _credit_words_longest_first() -> tuple[str, ...]:
    return tuple(sorted(words("credit_words.txt"), key=len, reverse=True))


def role_name(role_word: str) -> str:
    """The role a credit word gives: `本报见习记者` → `记者` (from reporter_roles.csv)."""
    return role_of_word().get(role_word, "记者")


def bare_credits(text: str) -> tuple[str | None, str]:
    """`记者 张三 通讯员 李四 今天，…` → (`记者 张三 通讯员 李四`, `今天，…`): credits printed
    without brackets are space-separated role words and names; the body starts at the first
    token that is neither, or at the figure a role and name are glued to (`_credit_before_figure`)."""
    if not re.match(r"(?:本报)?(?:记者|通讯员|实习生)", text):
        return None, text
    tokens = text.split(" ")
    taken: list[str] = []
    for k, token in enumerate(tokens):
        if token and not BARE_CREDIT_TOKEN_RE.match(token):
            head = _credit_before_figure(token)
            if head:  # 通讯员李华5月6日，… : the lead opens with a figure glued to the last name
                tokens[k:k + 1] = [head, token[len(head):]]
                taken.append(head)
            break
        taken.append(token)
    if not taken or len(taken) == len(tokens):
        return None, text
    return " ".join(taken).strip(), " ".join(tokens[len(taken):]).strip()


def _credit_before_figure(token: str) -> str | None:
    """`通讯员李华5月6日，…` → `通讯员李华`: a role and a name glued to a lead that opens with a figure (a date);
    a name never holds a digit, so the credit ends there.

    >>> _credit_before_figure("通讯员李华5月6日，某村…"), _credit_before_figure("通讯员李华近日，某村…")
    ('通讯员李华', None)
    """
    m = re.match(r"\D+?(?=\d)", token)
    return m.group(0) if m and ROLE_RE.match(m.group(0)) and BARE_CREDIT_TOKEN_RE.match(m.group(0)) else None


@lru_cache(maxsize=1)
def _web_label_re() -> re.Pattern[str]:
    """Any label of a web copy's credits line: an author label (author_labels.csv) or an apparatus
    label (来源, 编辑: apparatus_labels.txt), then a colon."""
    labels = [row["label"] for row in read_table("author_labels.csv")] + list(words("apparatus_labels.txt"))
    alternatives = alternation_of(labels)
    return re.compile(rf"(?P<label>{alternatives})\s*[：:]\s*")


WEB_CREDIT_VALUE_MAX = 30


@lru_cache(maxsize=1)
def credit_hint_re() -> re.Pattern[str]:
    """Any word a credits line must hold (a label of web_credit_line, a role word of byline_credits): a line
    without one is no credits line, whatever else it holds (a cheap first test for every body line)."""
    labels = [row["label"] for row in read_table("author_labels.csv")] + list(words("apparatus_labels.txt"))
    every = set(labels) | set(role_of_word())
    return re.compile(alternation_of(every))


def web_credit_line(line: str) -> str | None:
    """A web copy's credits line → its authors as credits (`记者 张明 李华`; "" when it names only a source or
    an editor), or None when the line is no such line: labels with colons, each followed by a short value,
    author labels by names only (`记者：您认为…？` in an interview is a question, not a credit).

    >>> web_credit_line("来源：某市新闻网 作者：张明 李华 编辑：赵六"), web_credit_line("（通讯员：王 磊）")
    ('记者 张明 李华', '通讯员 王磊')
    >>> web_credit_line("记者：您认为今年的重点是什么？") is None
    True
    """
    flat = line.strip().lstrip("（(").rstrip("）)").strip()
    if not _web_label_re().match(flat):
        return None  # no label opens the line (most lines: asked before looking for every label in it)
    marks = list(_web_label_re().finditer(flat))
    roles = {row["label"]: row["role"] for row in read_table("author_labels.csv")}
    credits = []
    for mark, nxt in zip(marks, [*marks[1:], None]):
        value = flat[mark.end() : nxt.start() if nxt else len(flat)].strip()
        if not value or len(value) > WEB_CREDIT_VALUE_MAX or re.search(r"[，。；！？]", value):
            return None
        if mark.group("label") in roles:
            if not names_only(value):
                return None
            if roles[mark.group("label")] != PHOTOGRAPHER:  # a photographer is no reporter of the article
                credits.append(f"{roles[mark.group('label')]} {' '.join(credit_names(value))}")
    return " ".join(credits)


# What a byline line may carry around its role words and names: another medium's brand before them
# (齐鲁晚报·齐鲁壹点, 大众网·海报新闻), 文/ or 文/图 before them, brackets around them, and the place it is
# reported from before 报道 after them (济宁报道).
_BYLINE_MEDIUM_RE = re.compile(rf"^{_MEDIA}(?:·[\u4e00-\u9fff]{{2,6}})?\s*(?=(?:{roles_alternation()}))")
# What the credited made, before the role words: 文/本报记者 张明, 文/图 本报记者 张明, 图文：记者 张明
_BYLINE_WORK_RE = re.compile(r"^(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文图|图文|文|图)(?:\s*[/／：:]\s*|\s+)")
_BYLINE_PLACE_RE = re.compile(r"\s+[\u4e00-\u9fff]{2,4}报道$")


PHOTOGRAPHER = "摄影"


def byline_credits(line: str) -> str | None:
    """A byline printed as a line of its own, as web copies and other papers print it → its role words and
    names, or None: `大众网·海报新闻记者 张明 济宁报道` → `记者 张明`; `文/本报记者 张明`, `（记者 张明 通讯员 李华）`.

    >>> byline_credits("大众网·海报新闻记者 张明 济宁报道"), byline_credits("记者走进水泊梁山")
    ('记者 张明', None)
    >>> byline_credits("文/图 本报记者 张明"), byline_credits("图文：记者 张明 李华")
    ('本报记者 张明', '记者 张明 李华')

    The writers named after 文/ with no role word are the article's reporters:
    >>> byline_credits("文/张明远 李华"), byline_credits("文/化自信")
    ('记者 张明远 李华', None)
    """
    text = line.strip()
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1].strip()
    text = _BYLINE_MEDIUM_RE.sub("", text, count=1)
    work = _BYLINE_WORK_RE.match(text)
    text = text[work.end():] if work else text
    text = _BYLINE_PLACE_RE.sub("", text)
    if work and "文" in work.group() and not ROLE_RE.match(text):
        text = _writers_credited(text) or text
    if not PLAIN_BYLINE_RE.match(text) or re.search(r"[，。、：；！？]", text) or PHOTO_CREDIT_END_RE.search(text) \
            or not names_only(text):
        return None  # 记者 张三 摄: a photo credit
    return text


_WRITERS_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3}$")


def _writers_credited(names: str) -> str | None:
    """`张明远 李华` after 文/ with no role word: the writers, credited as 记者 (data/author_labels.csv gives 文 that
    role); None unless the line is names and spaces only, each of a common surname (`文/化自信` is a word)."""
    if not _WRITERS_RE.match(names) or not all(common_names(n) for n in names.split()):
        return None
    return f"记者 {names}"


# A photo credit's closing word printed after the names: 本报记者 张明 摄, 李华摄影, 王强 供图.
_PHOTO_MARK_RE = re.compile(r"\s*(?:摄影|摄|供图)$")
PLAIN_PHOTO_CREDIT_MAX_CHARS = 30


def plain_photo_credit(line: str) -> str | None:
    """A photo credit printed as a line of its own without a bullet → its credits, or None: a wire agency's
    name (data/wire_agencies.txt: 新华社记者 …, dropped from the credits) and role words (both optional) and
    names, then 摄/摄影/供图.

    >>> plain_photo_credit("本报记者 张明 摄"), plain_photo_credit("李华 摄"), plain_photo_credit("航拍摄")
    ('本报记者 张明 摄', '李华 摄', None)
    >>> plain_photo_credit("新华社记者 张明 摄")
    '记者 张明 摄'
    """
    text = line.strip()
    m = _PHOTO_MARK_RE.search(text)
    if not m or len(text) > PLAIN_PHOTO_CREDIT_MAX_CHARS or re.search(r"[，。、：；！？]", text):
        return None
    agency = WIRE_RE.match(text)
    start = agency.end() if agency and ROLE_RE.match(text, agency.end()) else 0
    names = text[start: m.start()].strip()
    return text[start:] if names and names_only(names) else None


_COMPILED_MARK_RE = re.compile(r"\s*(?:编辑)?整理$")


def closing_credit_line(line: str) -> str | None:
    """A line of credits that closes a body, as digests print them (`记者 张明 整理`, `本报记者 张明`) →
    its role words and names, or None. A name alone is no credit here (it could be a title's word).

    >>> closing_credit_line("记者 张明 整理"), closing_credit_line("记者走进水泊梁山")
    ('记者 张明', None)
    """
    text = _COMPILED_MARK_RE.sub("", line.strip())
    return byline_credits(text) if ROLE_RE.search(text) else None


def names_only(text: str) -> bool:
    """Credits that hold nothing but role words and names (`本报记者 赵六 孙七`, glued names
    split at surnames); `记者走进水泊梁山` is a title line that opens with 记者, not a byline.

    >>> names_only("本报记者 赵六 孙七"), names_only("记者走进水泊梁山")
    (True, False)
    """
    single, double = surnames()
    tokens = [tok for part in ROLE_RE.split(text) if part and not ROLE_RE.fullmatch(part)
              for tok in spaced_names(re.split(r"[\s、,，/]+", part)) if tok and tok not in words("credit_words.txt")]
    if not tokens:
        return False
    for token in tokens:
        if not NAME_CHARS_RE.match(token):
            return False
        for name in split_glued_names(token):
            if not 2 <= len(name) <= 4 or not (name[0] in single or name[:2] in double):
                return False
    return True


def trailing_credits(paragraph: str) -> re.Match | None:
    """The credits closing a body: `（记者 张三 通讯员 李四）`, or bare names whose every piece
    starts with a common surname (`（陈文强）`, `（王海波 李强）` also when the wrap ate the space
    between them, not `（待续）`).

    >>> trailing_credits("项目开工。（陈文强）").group("credits"), trailing_credits("（未完待续）")
    ('陈文强', None)
    >>> trailing_credits("护航平安。记者 张明 整理").group("credits")
    '记者 张明'

    """
    m = TRAILING_CREDITS_RE.search(paragraph)
    if m:
        return m
    m = TRAILING_NAMES_RE.search(paragraph)
    if m and all(common_names(token) for token in m.group("credits").split()):
        return m
    m = TRAILING_COMPILER_RE.search(paragraph)
    return m if m and names_only(m.group("credits")) else None


# Credits after the last sentence printed without brackets, as a digest's compiler is: …护航平安。记者 张明 整理
TRAILING_COMPILER_RE = re.compile(
    r"(?<=[。！？”])\s*(?P<credits>(?:本报)?(?:记者|通讯员)[\s\u4e00-\u9fff]{2,30}?)\s*(?:(?:编辑)?整理)?\s*$")


# ---------------------------------------------------------------- a caption and its credit in one paragraph
# Each rule takes a paragraph's joined text and returns (caption, credits) when the paragraph closes with a
# photo credit, or None; `caption_and_credit` asks them in order.

# A bracketed credit: （张明 摄）, （记者 张明 摄）, （摄影 张明）, （张明/摄）
BRACKETED_PHOTO_CREDIT_RE = re.compile(r"[（(](?P<credits>[^（）()]{2,30}?摄影?|摄影[：:\s]*[^（）()]{2,20})[）)]\s*$")
_CAPTION_SPLIT_RE = re.compile(r"[\s\u3000]+|(?<=[。！!])")
_PHOTO_NAME_MAX_CHARS = 4


def bracketed_photo_credit(text: str) -> tuple[str, str] | None:
    """`市民在新建的广场休闲。（张明 摄）` → (`市民在新建的广场休闲。`, `张明 摄`): role words (optional) and names
    with 摄/摄影 in brackets, or 摄影 before the names.

    >>> bracketed_photo_credit("市民在新建的广场休闲（记者 张明 摄）"), bracketed_photo_credit("会议召开。（完）")
    (('市民在新建的广场休闲', '记者 张明 摄'), None)
    """
    m = BRACKETED_PHOTO_CREDIT_RE.search(text)
    if not m:
        return None
    credits = re.sub(r"[：:/／]", " ", m.group("credits")).strip()
    names = _PHOTO_MARK_RE.sub("", re.sub(r"^摄影", "", credits)).strip()
    return (text[: m.start()].strip(), credits) if names and names_only(names) else None


def spaced_photo_credit(text: str) -> tuple[str, str] | None:
    """`某县新建的文化广场 张明摄`, `市民在广场休闲。本报记者 张明 摄影` → the caption, and the credit after the last
    space or sentence end before it (`plain_photo_credit`): the longest such tail that is a credit.

    >>> spaced_photo_credit("某县新建的文化广场 记者 张明 摄"), spaced_photo_credit("全市项目 集中开工")
    (('某县新建的文化广场', '记者 张明 摄'), None)
    """
    if not _PHOTO_MARK_RE.search(text):
        return None
    for m in _CAPTION_SPLIT_RE.finditer(text):
        caption, tail = text[: m.start()].strip(), text[m.end():].strip()
        if caption and tail and len(tail) <= PLAIN_PHOTO_CREDIT_MAX_CHARS and plain_photo_credit(tail):
            return caption, tail
    return None


def glued_photo_credit(text: str) -> tuple[str, str] | None:
    """`某县新建的文化广场张明摄` → (`某县新建的文化广场`, `张明摄`): a name glued to the caption before 摄/摄影, found
    by the part-of-speech tagger (a personal name, `nr`, opening the last word or two before the mark).

    >>> glued_photo_credit("某县新建的文化广场张明摄"), glued_photo_credit("某县开展短视频拍摄")
    (('某县新建的文化广场', '张明摄'), None)
    """
    from jdash.nlp import tag

    mark = _PHOTO_MARK_RE.search(text)
    if not mark or mark.group(0).strip() == "供图":
        return None
    words_ = tag(text[: mark.start()][-8:])
    name = ""
    for word, flag in reversed(words_):
        if len(name) + len(word) > _PHOTO_NAME_MAX_CHARS:
            break
        name = word + name
        if flag == "nr" and 2 <= len(name) and names_only(name):
            caption = text[: mark.start()][: -len(name)].strip()
            return (caption, name + mark.group(0).strip()) if caption else None
    return None


# A photo supplied by an organisation: （图片由某县宣传部提供）, 某县融媒体中心供图 after a space or a sentence end
SUPPLIED_PHOTO_RE = re.compile(r"(?:[（(]\s*(?:(?:图片|照片|图)由?[^（）()，。]{2,20}?提供|[^（）()，。]{2,20}?供图)\s*[）)]"
                               r"|(?<=[\s。！])[^\s，。、（）()]{2,20}?供图)\s*$")


def supplied_photo_credit(text: str) -> tuple[str, str] | None:
    """`市民在广场休闲。（图片由某县宣传部提供）`, `… 某县融媒体中心供图` → the caption, and no credits (an
    organisation is no photographer).

    >>> supplied_photo_credit("市民在广场休闲。（图片由某县宣传部提供）"), supplied_photo_credit("（经费由县财政提供）")
    (('市民在广场休闲。', ''), None)
    """
    m = SUPPLIED_PHOTO_RE.search(text)
    return (text[: m.start()].strip(), "") if m else None


CAPTION_CREDIT_RULES = (bracketed_photo_credit, spaced_photo_credit, glued_photo_credit, supplied_photo_credit)
CAPTION_MAX_CHARS = 120  # a caption is a sentence or two; a longer paragraph closed by a photo credit is a body's


def caption_and_credit(text: str) -> tuple[str, str] | None:
    """A paragraph that is a photo's caption closed by its credit → (caption, credits), or None: the caption
    rules asked in order; the caption is short and holds Chinese text (a credit alone is no caption).

    >>> caption_and_credit("梁山新建的文化广场 张明摄")
    ('梁山新建的文化广场', '张明摄')
    """
    text = text.strip()
    if not text.endswith(("摄", "摄影", "供图", "）", ")")) or plain_photo_credit(text):
        return None  # a credit alone has no caption
    for rule in CAPTION_CREDIT_RULES:
        found = rule(text)
        if found is not None:
            caption = found[0]
            if 0 < len(compact(caption)) <= CAPTION_MAX_CHARS and re.search(r"[\u4e00-\u9fff]", caption):
                return found
            return None
    return None
