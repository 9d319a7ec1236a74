"""Title shapes: what a headline, kicker, subheadline (people line), label or banner looks like."""

from __future__ import annotations

import re
from functools import lru_cache

from jdash.datafiles import alternation_of, read_table, read_words
from jdash.parse.lexicon import alternation
from jdash.parse.names import common_names, surnames
from jdash.parse.text import (
    CONTINUED_FROM_RE,
    CONTINUED_TO_RE,
    INNER_DASH_RE,
    TERMINAL,
    compact,
    original_index,
    undouble,
)

MAX_TITLE_CHARS = 50
MAX_SUBTITLE_CHARS = 70
KICKER_MAX_CHARS = 9
# A slogan kicker is at most this long; the title line under it at least FULL_TITLE_MIN_CHARS.
SLOGAN_MAX_CHARS = 12
FULL_TITLE_MIN_CHARS = 8
SLOGAN_PART_RE = re.compile(r"[\w“”‘’·]+")
LABEL_MAX_CHARS = 12
# No page is wrapped narrower than this: a shorter first line in a block was broken on purpose.
MIN_WRAP_WIDTH = 10

# What people did, in a people line under a headline: 林红玉讲话 于永生主持 霍媛媛李兴伟出席.
SPEECH_VERB_RE = re.compile(f"(?:{alternation('speech_verbs.txt')})")
ATTEND_END_RE = re.compile(f"(?:{alternation('attendance_verbs.txt')})$")
EVENT_END_RE = re.compile(f"(?:{alternation('event_verbs.txt')})$")
# A title line that opens with a verb needs the place above it as its subject
# (嘉祥县 / 签约9个文旅项目), so that place is not a kicker.
OPENS_WITH_PREDICATE_RE = re.compile(f"^(?:{alternation('title_opening_verbs.txt')})")
# A first line ending in a verb wants its object on the next line: 于永生会见 / 白俄罗斯驻华大使.
TRAILING_VERB_RE = re.compile(f"(?:{alternation('object_verbs.txt')})$")


def looks_like_title(text: str) -> bool:
    """Title-shaped: short, no sentence-final punctuation, at most one inner separator once a
    topic head (`济宁：`), an exclaimed head (`总投资93.8亿元！`), a closing `！` and parallel
    phrases (`强产业、优服务、惠民生`) are set aside.

    >>> looks_like_title("济宁：新开工项目212个，夯实发展支撑"), looks_like_title("今天，会议召开。")
    (True, False)
    """
    flat = compact(text)
    if len(flat) < 2:
        return False
    if flat.startswith("—"):
        return len(flat) <= MAX_SUBTITLE_CHARS
    if len(flat) > MAX_TITLE_CHARS or CONTINUED_TO_RE.search(flat) or CONTINUED_FROM_RE.match(flat):
        return False
    if flat[0] in "（(" and flat[-1] in "）)":
        return False  # a parenthesis: （记者 张三 摄）, （完）
    core = title_core(flat)
    if not core or any(ch in core for ch in TERMINAL) or core[-1] in "，、；：,;:":
        return False
    return separator_count(core) <= 1


# A short head set off by a colon: 济宁：… / 兖州：… / a speaker's office and title, 某市某某局局长：…
TOPIC_HEAD_RE = re.compile(r"^[^，、；：,;:。！？!?“”]{1,12}[：:](?=.{4})")
# A short head set off by an exclamation or question mark: 总投资93.8亿元！… / “挖呀挖”太上头！…
EXCLAIMED_HEAD_RE = re.compile(r"^(?P<head>[^，、；：,;:。！？!?]{2,20})[！？!?](?=[^！？!?。]{4,}$)")
# A column name set off by a vertical bar: 重大项目巡礼丨…
COLUMN_PREFIX_RE = re.compile(r"^[^，、；：,;:。！？!?“”丨|｜]{2,10}[丨|｜](?=.{4})")


# A head trailing off in an ellipsis before the title proper: 产业强、生态美……某县：…
ELLIPSIS_HEAD_RE = re.compile(r"^(?P<head>[^。！？!?…]{2,20})(?:…{1,2}|\.{3,6})(?=[^。！？!?…]{4,}$)")
# A web copy's label in square brackets before the title: 【奋进新征程】某县…
BRACKET_LABEL_RE = re.compile(r"^【(?P<label>[^【】]{1,12})】(?=.{4})")


@lru_cache(maxsize=1)
def _media_mark_re() -> re.Pattern[str]:
    marks = alternation("title_media_marks.txt")
    return re.compile(rf"\s*[（(【\[]\s*(?:{marks})\s*[）)】\]]\s*$")


def has_media_mark(text: str) -> bool:
    """Whether a title line ends in a web copy's media mark: `某县项目开工（组图）` yes, `（记者 张三）` no."""
    return bool(_media_mark_re().search(text))


def split_web_marks(title: str) -> tuple[str, str | None]:
    """A web copy's title → the title without its media mark (`（组图）`) and its bracketed label
    (`【奋进新征程】`), and that label.

    >>> split_web_marks("【奋进新征程】某县18个项目集中开工（组图）")
    ('某县18个项目集中开工', '奋进新征程')
    """
    title = _media_mark_re().sub("", title)
    m = BRACKET_LABEL_RE.match(title)
    return (title[m.end():].strip(), m.group("label").strip()) if m else (title, None)


def strip_web_marks(flat: str) -> str:
    """`【奋进新征程】某县18个项目集中开工（组图）` → `某县18个项目集中开工`."""
    return split_web_marks(flat)[0]


def strip_ellipsis_head(flat: str) -> str:
    """`产业强、生态美……某县：奋力谱写新篇章` → `某县：奋力谱写新篇章`: a teaser trailing off before a topic head
    (a body sentence broken off, `帽子、鞋套……这就是`, has none)."""
    m = ELLIPSIS_HEAD_RE.match(flat)
    rest = flat[m.end():] if m else ""
    return rest if m and _quotes_balanced(m.group("head")) and TOPIC_HEAD_RE.match(rest) else flat


def _quotes_balanced(text: str) -> bool:
    return text.count("“") == text.count("”")


def strip_column_prefix(flat: str) -> str:
    """`重大项目巡礼丨济宁：新开工项目212个` → `济宁：新开工项目212个`."""
    return COLUMN_PREFIX_RE.sub("", flat, count=1)


def strip_closing_mark(flat: str) -> str:
    """`奋进新时代！`, `人才从哪里来？` → without the mark; an unbalanced quote before it is speech."""
    if flat[-1] in "！!？?" and len(flat) <= 25 and _quotes_balanced(flat):
        return flat[:-1]
    return flat


TRAILING_ELLIPSIS_RE = re.compile(r"^(?P<head>[^，、；,;。！？!?…“”\"]{4,20})(?:…{1,2}|\.{3,6})$")


def strip_trailing_ellipsis(flat: str) -> str:
    """`某县：有路以后……` → `某县：有路以后`: a short title trailing off in an ellipsis (no comma, quote or
    sentence before it: `他说：“我们的目标是……”` is speech, `比如，……` a sentence).

    >>> strip_trailing_ellipsis("某县：有路以后……"), strip_trailing_ellipsis("原因有很多，比如……")
    ('某县：有路以后', '原因有很多，比如……')
    """
    m = TRAILING_ELLIPSIS_RE.match(flat)
    return m.group("head") if m else flat


# A head of two or three short clauses, each with a figure, set off by an exclamation: 13.5万亩，产值20亿！…
FIGURES_HEAD_RE = re.compile(r"^(?P<head>[^，、；：,;:。！？!?]{2,10}(?:，[^，、；：,;:。！？!?]{2,10}){1,2})[！!](?=[^！？!?。]{4,}$)")


def strip_exclaimed_head(flat: str) -> str:
    """`总投资93.8亿元！某县27个项目集中开工` → `某县27个项目集中开工`; a head of short clauses that each give a
    figure is one too (`figures_head`).

    >>> strip_exclaimed_head("总投资93.8亿元！某县27个项目集中开工"), strip_exclaimed_head("真好，太美了！某县花海引客来")
    ('某县27个项目集中开工', '真好，太美了！某县花海引客来')
    """
    m = EXCLAIMED_HEAD_RE.match(flat) or figures_head(flat)
    return flat[m.end():] if m and _quotes_balanced(m.group("head")) else flat


def figures_head(flat: str) -> re.Match[str] | None:
    """`13.5万亩，产值20亿！某县龙虾成大产业`: the head of short clauses before the `！`, when each clause gives a
    figure (a sentence of the body, `真好，太美了！`, gives none).

    >>> figures_head("13.5万亩，产值20亿！某县龙虾成大产业").group("head"), figures_head("真好，太美了！某县花海引客来")
    ('13.5万亩，产值20亿', None)
    """
    m = FIGURES_HEAD_RE.match(flat)
    return m if m and all(re.search(r"\d", clause) for clause in m.group("head").split("，")) else None


def strip_topic_head(flat: str) -> str:
    """`济宁：新开工项目212个，夯实发展支撑` → `新开工项目212个，夯实发展支撑`."""
    return TOPIC_HEAD_RE.sub("", flat, count=1)


TITLE_PUNCTUATION_RULES = (strip_web_marks, strip_column_prefix, strip_closing_mark, strip_trailing_ellipsis,
                           strip_exclaimed_head, strip_ellipsis_head, strip_topic_head)


def title_core(flat: str) -> str:
    """What is left of a title once the punctuation titles may carry is set aside, by the title
    punctuation rules in order.

    >>> title_core("总投资93.8亿元！某县27个项目集中开工"), title_core("“挖呀挖”太上头！济宁申请出战！")
    ('某县27个项目集中开工', '济宁申请出战')
    """
    for rule in TITLE_PUNCTUATION_RULES:
        if flat:
            flat = rule(flat)
    return flat


def separator_count(flat: str) -> int:
    """Inner separators that make text read as a sentence; the 、 between parallel phrases of
    (nearly) one length (`稳粮扩油、提质增效`) does not count.

    >>> separator_count("强产业、优服务、惠民生"), separator_count("破解土地、资金、用工等难题")
    (0, 2)
    """
    count = 0
    for segment in re.split(r"[，；：,;:]", flat):
        count += 1
        parts = segment.split("、")
        lengths = [len(part) for part in parts]
        if len(parts) > 1 and not (min(lengths) >= 2 and max(lengths) <= 6 and max(lengths) - min(lengths) <= 1):
            count += len(parts) - 1
    return count - 1


def split_trailing_subheadline(text: str) -> tuple[str, str | None]:
    """`全市助企攀登工作会议召开林红玉讲话 于永生主持 霍媛媛李兴伟出席` → headline and the
    subheadline of people and what they did: at least two `name(s)+verb` segments at the end.
    Spaces are ignored and names are found by their surnames, so the split does not depend on
    where lines were wrapped or which spaces the wrap ate."""
    flat = compact(text)
    for start in range(4, len(flat) - 4):
        if is_people_and_verbs(flat[start:]):
            cut = original_index(text, start)
            return text[:cut].strip(), text[cut:].strip()
    return text, None


PERSON_AT_EVENT_RE = re.compile(
    f"^(?P<name>[\u4e00-\u9fff]{{2,3}})(?:出席|参加)(?P<event>[\u4e00-\u9fff]{{2,8}}?(?:{alternation('attended_event_ends.txt')}))$")


def person_at_event(text: str) -> bool:
    """`王立出席推介会`, `李华参加开工仪式`: one name with a common surname attending an event named after the
    verb (its last word in data/attended_event_ends.txt) is a people line; `全市出席代表大会` is not.

    >>> person_at_event("王立出席推介会"), person_at_event("全市出席代表大会"), person_at_event("王立出席")
    (True, False, False)
    """
    m = PERSON_AT_EVENT_RE.match(compact(text))
    return bool(m) and common_names(m.group("name"))


def is_people_and_verbs(tail: str) -> bool:
    if person_at_event(tail):
        return True
    if not SPEECH_VERB_RE.search(tail):
        return False  # every name read below is closed by a speech verb: with none printed, none is read
    single, double = surnames()

    def names_then_verb(rest: str, names_seen: int) -> int | None:
        """Length of the shortest `name(、name)* verb` at the start of rest, or None: `李明出席王强主持` is
        `李明出席` then `王强主持`, not the names 李明出 and 席王强 before 主持."""
        if names_seen:
            verb = SPEECH_VERB_RE.match(rest)
            if verb:
                return verb.end()
        found = []
        for length in ((4, 3, 2) if rest[:2] in double else (3, 2)):
            name = rest[:length]
            if len(name) == length and (name[0] in single or name[:2] in double) and not common_noun_name(name):
                after = rest[length:]
                skip = 1 if after.startswith("、") else 0
                inner = names_then_verb(after[skip:], names_seen + 1)
                if inner is not None:
                    found.append(length + skip + inner)
        return min(found, default=None)

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
    if segments and lone_speaker(segments[0]):
        return True
    # One attendance by several people (张华李强出席), or by one who also spoke (王立出席并
    # 讲话), every name with a common surname, so that 一行来高新区考察调研 is not read as people.
    verb = ATTEND_END_RE.search(segments[0]) if segments else None
    if not verb:
        return False
    people = segments[0][: verb.start()].replace("、", "")
    fewest = 2 if "并" in verb.group() else 4
    return fewest <= len(people) <= 12 and common_names(people)


NOUN_NAME_FREQ = 1000  # 项目 (13257), 金融: a word this common, read as no name, is no person in a people line


def common_noun_name(name: str) -> bool:
    """`…签约一批项目石光亮出席并致辞`: a two-character would-be name that is a common word the tagger reads as no
    person's or place's name (项目, 金融, 任务) is that word, so a people line does not start there; 高峰, 文明
    (read as names) stay names.

    >>> common_noun_name("项目"), common_noun_name("高峰"), common_noun_name("石光")
    (True, False, False)
    """
    from jdash.nlp import tag, word_freq  # jieba, loaded only when a people line is read

    if len(name) != 2 or word_freq(name) < NOUN_NAME_FREQ:
        return False
    tags = tag(name)
    return len(tags) == 1 and not tags[0][1].startswith(("nr", "ns"))


LONE_SPEAKER_RE = re.compile(f"^(?P<name>[\u4e00-\u9fff]{{2,3}})(?:{alternation('lone_speaker_verbs.txt')})$")


def lone_speaker(text: str) -> bool:
    """`高文博讲话`: one name with a common surname and what an official alone does at a meeting
    (data/lone_speaker_verbs.txt) is a people line; `重要讲话` (no common surname) is not.

    >>> lone_speaker("高文博讲话"), lone_speaker("王立主持"), lone_speaker("重要讲话")
    (True, True, False)
    """
    m = LONE_SPEAKER_RE.match(compact(text))
    return bool(m) and common_names(m.group("name"))


def is_kicker_line(first: str, second: str) -> bool:
    """Inside one block, is the first line a kicker over the headline on the second line (True),
    or the first half of a wrapped headline (任城夜经济 / 点亮城市“烟火气”)? A line introducing what
    someone said (`speaker_line`), naming the occasion (`occasion_line`) or a series' part about a place
    (`series_place_line`) is one over any words; otherwise
    the second line must read on its own, and the in-block kicker rules are asked in order. A deck (`deck_line`)
    or a genre line (`genre_line`) is no headline under a kicker: the line over it is the headline (`deck_under`)."""
    if _sentence_line(first) or deck_line(second) or genre_line(second):
        return False  # a genre line (…侧记) is the subheadline under the headline above it
    if speaker_line(first, second) or occasion_line(first, second) or series_place_line(first, second):
        return True
    return stands_alone(second) and any(rule(first, second) for rule in IN_BLOCK_KICKER_RULES)


_SENTENCE_MARK_RE = re.compile("[，。；！？]")


def _sentence_line(first: str) -> bool:
    """A first line as wide as a wrap (`MIN_WRAP_WIDTH`) holding a comma or a sentence's end: the first
    line of a wrapped body paragraph, which no in-block kicker rule takes (each wants a plain phrase, a
    place, or a line narrower than any wrap). Tried first, as most paragraphs are body text.

    >>> _sentence_line("今天上午，全市工作会议在市会议中心召开"), _sentence_line("太白湖新区")
    (True, False)
    """
    return len(first) >= MIN_WRAP_WIDTH and bool(_SENTENCE_MARK_RE.search(first)) and len(compact(first)) >= MIN_WRAP_WIDTH


def place_line(first: str, second: str) -> bool:
    """`太白湖新区` / `“一站式”服务让群众办事更省心`: a line that is exactly a place name, or a run of
    place names (`东湖新区老城区西城区` / `某市推动“三区联动”发展`)."""
    return is_place_name(first) or place_run(first)


KICKER_PHRASE_MAX_CHARS = 5


def kicker_phrases(text: str) -> bool:
    """`走在前 勇争先`, `项目建设 攻坚突破年`: a slogan printed as a kicker is of phrases of five characters at
    most; `港口通航提速 公铁水网成型` (a phrase of six) is a headline of two halves, over its subheadline.

    >>> kicker_phrases("项目建设 攻坚突破年"), kicker_phrases("港口通航提速 公铁水网成型")
    (True, False)
    """
    return all(len(p) <= KICKER_PHRASE_MAX_CHARS for p in re.split(r"[、\s]+", text.strip()) if p)


def halves_over_line(first: str, second: str) -> bool:
    """`港口通航提速 公铁水网成型` / `某县物流枢纽的位置越来越重要`: a headline of spaced halves too long for a
    kicker's phrases (`kicker_phrases`) over a full title line that does not go on with its phrases: the
    headline, then its subheadline.

    >>> halves_over_line("港口通航提速 公铁水网成型", "某县物流枢纽的位置越来越重要")
    True
    >>> halves_over_line("项目建设 攻坚突破年", "某区18个重大项目集中开工")
    False

    A line ending a sentence is no subheadline (`县委副书记、县长` / `某某在会上讲话。` is a sentence the wrap broke
    after a title chain).

    >>> halves_over_line("某县委副书记、某县长", "张某在会议上做重要讲话。")
    False
    """
    return (slogan(first) and not kicker_phrases(first) and len(compact(second)) >= FULL_TITLE_MIN_CHARS
            and looks_like_title(second)
            and display_width(first) + 2 <= display_width(second)
            and not parallel_phrases(f"{first.strip()} {second.strip()}"))


def title_over_clauses(first: str, second: str) -> bool:
    """`某县冬小麦播种面积达60万亩` / `农业生产形势向好，为全年丰收打下基础`: a full title line with no comma over a
    wider line that carries clauses of its own (an inner comma) are two title lines, not one headline wrapped
    (a wrap fills its first line, and a printer's break inside a headline leaves no clause on its own line).
    A first line ending in a dash, an opening quote or bracket goes on into the second.

    >>> title_over_clauses("某县冬小麦播种面积达60万亩", "农业生产形势向好，为全年丰收打下坚实基础")
    True
    >>> title_over_clauses("某县召开重点项目建设调度会议强调", "抓项目，促发展")
    False
    """
    head, tail = compact(first), compact(second)
    return (len(head) >= FULL_TITLE_MIN_CHARS and not re.search(r"[，、；：,;:]|[—―─－\-“‘（(《]$", head)
            and looks_like_title(first)
            and "，" in tail[1:-1] and not any(ch in tail for ch in TERMINAL) and tail[-1] not in "，、；："
            and (display_width(first) + 2 <= display_width(second) or clauses_of_their_own(first, second)))


def clauses_over_title(first: str, second: str) -> bool:
    """`成立专班、挂图作战，某区狠抓重点区域管控` / `全力打赢污染防治攻坚战`: at a title's place, a line of clauses (an
    inner comma, no sentence end) over a narrower full title line with no separator of its own is a kicker
    over its headline (the mirror of `title_over_clauses`: the clean line is the headline).

    >>> clauses_over_title("成立专班、挂图作战，某区狠抓重点区域管控", "全力打赢污染防治攻坚战")
    True
    >>> clauses_over_title("上半年，某市接待游客300余万人次", "实现旅游收入近30亿元，人均900元")
    False

    A space between phrases is a separator too: `暴雨夜，有群勇敢的人守护村庄安宁` / `他们逆行而来 送您一份安心` is a
    headline over its subheadline of spaced halves.

    >>> clauses_over_title("暴雨夜，有群勇敢的人守护村庄安宁", "他们逆行而来 送您一份安心")
    False
    """
    head, tail = compact(first), compact(second)
    return ("，" in head[1:-1] and not any(ch in head for ch in TERMINAL) and head[-1] not in "，、；："
            and len(tail) >= FULL_TITLE_MIN_CHARS and looks_like_title(second) and len(second.split()) == 1
            and not re.search(r"[，、；：,;:]", tail) and display_width(second) < display_width(first)
            and not EVENT_END_RE.search(tail))


def short_line_over_clauses(first: str, second: str) -> bool:
    """`乡村振兴看泗水` / `小茶叶撬动大产业，山区群众鼓起钱袋子`: a plain line of a few words, shorter than a full title
    line (`FULL_TITLE_MIN_CHARS`) and narrower than the line under it, over a title line of clauses (an inner
    comma, no sentence end) is a kicker over its headline: a headline wrapped fills its first line, and a printer
    breaks one between its clauses, never a few words into the first (the mirror of `title_over_clauses`, whose
    full first line is the headline). A line ending in a verb that wants an object goes on into the next.

    >>> short_line_over_clauses("乡村振兴看泗水", "小茶叶撬动大产业，山区群众鼓起钱袋子")
    True
    >>> short_line_over_clauses("全力推进", "重点项目建设，跑出发展加速度"), short_line_over_clauses("某县冬小麦播种面积达60万亩", "农业生产形势向好，丰收在望")
    (False, False)
    """
    head, tail = compact(first), compact(second)
    return (4 <= len(head) < FULL_TITLE_MIN_CHARS and len(first.split()) == 1 and _plain_phrase(first)
            and "、" not in head and not TRAILING_VERB_RE.search(head)
            and "，" in tail[1:-1] and not any(ch in tail for ch in TERMINAL) and tail[-1] not in "，、；："
            and display_width(first) + 2 <= display_width(second))


HALF_MIN_CHARS = 4


def clauses_over_halves(first: str, second: str) -> bool:
    """`暴雨夜，有群勇敢的人守护村庄安宁` / `他们逆行而来 送您一份安心`: a title line of clauses over a line of two spaced
    phrases (four characters or more each) is a headline over its subheadline: the spaced pair reads on its
    own, so it finishes no wrapped line, and the clauses line is no kicker (`clauses_over_title` wants a
    headline with no separator).

    >>> clauses_over_halves("暴雨夜，有群勇敢的人守护村庄安宁", "他们逆行而来 送您一份安心")
    True
    >>> clauses_over_halves("暴雨夜，有群勇敢的人守护村庄安宁", "他们逆行而来送您一份安心")
    False
    """
    head, parts = compact(first), second.split()
    return ("，" in head[1:-1] and not any(ch in head for ch in TERMINAL) and head[-1] not in "，、；："
            and len(parts) == 2 and all(len(p) >= HALF_MIN_CHARS and _plain_phrase(p) for p in parts)
            and not is_people_and_verbs(compact(second)))


def clauses_over_couplet(first: str, second: str) -> bool:
    """`夜市开张后，摊主们把日子过红火了` / `烟火聚人气 小摊富乡亲`: a line of clauses over a couplet (two spaced phrases
    of one length, `HALF_MIN_CHARS` or more each: `clauses_over_halves`) that reads on its own is a kicker over its
    headline: the couplet is the headline, the clauses lead into it. A couplet opening with a word that points back
    (`他们逆行而来 送您一份安心`: data/back_pointers.txt) goes on from the line above: the subheadline of that headline.

    >>> clauses_over_couplet("夜市开张后，摊主们把日子过红火了", "烟火聚人气 小摊富乡亲")
    True
    >>> clauses_over_couplet("暴雨夜，有群勇敢的人守护村庄安宁", "他们逆行而来 送您一份安心")
    False
    """
    from jdash.parse.lexicon import words

    parts = second.split()
    return (clauses_over_halves(first, second) and len({len(p) for p in parts}) == 1
            and not compact(second).startswith(words("back_pointers.txt")))


CLAUSE_MIN_CHARS = 4


def clauses_of_their_own(first: str, second: str) -> bool:
    """`某市24个示范点入选省级示范` / `游完这个馆，看遍某县文化风貌`: under a full title line that leaves nothing to say
    (it ends in no verb wanting an object or introducing speech), a line of clauses of four characters or more
    each is a subheadline, however narrow: a headline wrapped does not break before a whole pair of clauses.
    `某县召开调度会议强调` / `抓项目，促发展` is a speaker's line over what was said, and a line holding a dash
    (`某某发展——访` / `某局局长，某某`) goes on into the next.

    >>> clauses_of_their_own("某市24个示范点入选省级示范", "游完这个馆，看遍某县文化风貌")
    True
    >>> clauses_of_their_own("某市24个示范点入选省级示范", "抓项目，促发展"), clauses_of_their_own("某县召开调度会议强调", "抓好项目建设，推动高质量发展")
    (False, False)
    """
    head = compact(first)
    return (all(len(clause) >= CLAUSE_MIN_CHARS for clause in compact(second).split("，"))
            and not TRAILING_VERB_RE.search(head) and not SPEAKER_END_RE.search(head) and not INNER_DASH_RE.search(head))


def slogan_line(first: str, second: str) -> bool:
    """`项目建设 攻坚突破年` / `某区18个重大项目集中开工`: a slogan (see `slogan`) over a full title
    line, one of eight characters or more that does not go on with the slogan's phrases
    (`助企纾困 稳岗留工` / `根治欠薪` is one headline). The slogan line is narrower than the title
    line, so the break is the printer's: a wrap fills its first line (`厚植民生福祉 擦亮为` /
    `民底色——…` is a wrapped headline). A kicker's phrases are short (`kicker_phrases`)."""
    return (slogan(first) and kicker_phrases(first) and len(compact(second)) >= FULL_TITLE_MIN_CHARS
            and display_width(first) + 2 <= display_width(second)
            and not parallel_phrases(f"{first.strip()} {second.strip()}"))


def slogan_over_figures(first: str, second: str) -> bool:
    """`开春抓项目 聚力谱新篇章` / `东湖县156个重大项目集中开工`: a slogan (`slogan`: short spaced phrases, no
    figure) over a full title line that gives a figure and no space is a kicker over its headline, however wide
    each line: a headline that goes on from a slogan's phrases goes on in phrases (`助企纾困 稳岗留工` / `根治欠薪`).

    >>> slogan_over_figures("开春抓项目 聚力谱新篇章", "东湖县156个重大项目集中开工")
    True
    >>> slogan_over_figures("开春抓项目 聚力谱新篇章", "重大项目集中开工"), slogan_over_figures("助企纾困 稳岗留工", "根治欠薪")
    (False, False)
    """
    flat = compact(second)
    return (slogan(first) and len(first.split()) >= 2 and not re.search(r"\d", first)
            and len(second.split()) == 1 and len(flat) >= FULL_TITLE_MIN_CHARS and bool(re.search(r"\d", flat))
            and looks_like_title(second))


SERIES_PLACE_RE = re.compile(r"(?P<series>[\w“”‘’·]{4,})之(?P<place>[\w]{2,7})")


def series_place_line(first: str, second: str) -> bool:
    """`乡村振兴的探索之泗水县` / `做强特色产业 带动群众增收`: a line naming a series and, after 之, the place this
    part is about (a county, zone or town of the gazetteer, or a name ending in a unit: data/place_units.csv)
    is a kicker over a full title line (`FULL_TITLE_MIN_CHARS`), even one opening with a verb: the place closes the
    series' name, so the line goes on into nothing.

    >>> series_place_line("乡村振兴的探索之泗水县", "做强特色产业 带动群众增收")
    True
    >>> series_place_line("文旅融合的齐鲁探索之济宁曲阜", "做强特色产业 带动群众增收")
    True
    >>> series_place_line("中国书法之乡", "某县书法产业年产值过亿"), series_place_line("全省最大的交易集散地之一", "某县物流园")
    (False, False)
    """
    m = SERIES_PLACE_RE.fullmatch(compact(first))
    if m is None or not _plain_phrase(first) or len(compact(second)) < FULL_TITLE_MIN_CHARS \
            or compact(second).startswith("—"):
        return False
    return named_place(m.group("place"))


# A part number closing a series' name: a circled numeral, a bracketed one, or 之 and a Chinese numeral.
SERIES_PART_RE = re.compile(r"(?:[\u2460-\u2473]|[（(][一二三四五六七八九十\d]{1,3}[)）]|之[一二三四五六七八九十]{1,3})")


def numbered_series_line(first: str, second: str) -> bool:
    """`“某某”媒体看某县③` / `做强特色产业 带动群众增收`: a line closing in a part number (a circled numeral, `（三）`,
    `之三`) names a series of reports, so it is a kicker over a full title line; a headline never ends counting.

    >>> numbered_series_line("“振兴”记者看某县③", "做强特色产业，带动群众增收")
    True
    >>> numbered_series_line("某县推进十大工程（三）", "某县"), numbered_series_line("两会特别报道", "做强特色产业 带动群众增收")
    (False, False)
    """
    flat, tail = compact(first), compact(second)
    m = SERIES_PART_RE.search(flat)
    return (m is not None and m.end() == len(flat) and m.start() >= 4 and len(flat) <= KICKER_MAX_CHARS + 6
            and len(tail) >= FULL_TITLE_MIN_CHARS and not tail.startswith("—"))


def named_place(place: str) -> bool:
    """A county, zone or town of the gazetteer or a name ending in a unit (data/place_units.csv), also printed after
    the city's name (`济宁兖州`: data/city_names.txt).

    >>> named_place("泗水县"), named_place("济宁兖州"), named_place("济宁")
    (True, True, False)
    """
    from jdash.parse.lexicon import words

    city = next((name for name in words("city_names.txt") if place.startswith(name) and len(place) > len(name)), "")
    place = place[len(city):]
    return is_place_name(place) or any(pattern.fullmatch(place) for pattern in _place_patterns())


def clauses_over_clauses(first: str, second: str) -> bool:
    """`两周腾退80亩用地，某镇全力服务项目落地` / `镇村干部上门，听取群众意见建议`: two title lines, each of whole
    clauses (an inner comma, every clause four characters or more, no sentence end), the second narrower and the
    first narrower than a page's title line (`TITLE_WRAP_WIDTH`), are a headline over its subheadline: a headline
    wrapped fills its first line, so its break never falls between two lines that each read whole. A verb wanting
    an object ends the first line only as a whole clause's predicate (`某街道全力保障项目推进`, not `全力推进`).

    >>> clauses_over_clauses("两周腾退80亩用地，某镇全力服务项目落地", "镇村干部上门，听取群众意见建议")
    True
    >>> clauses_over_clauses("稳字当头，进字为先，某县经济运行持续", "向好，发展质效稳步提升")
    False
    >>> clauses_over_clauses("某县聚焦主导产业，全力推进", "重点项目建设，跑出加速度")
    False
    """
    lines = (compact(first), compact(second))
    return (all("，" in line[1:-1] and not any(ch in line for ch in TERMINAL + "；：—")
                and all(len(clause) >= CLAUSE_MIN_CHARS for clause in line.split("，")) for line in lines)
            and display_width(second) + 2 <= display_width(first) < TITLE_WRAP_WIDTH
            and not SPEAKER_END_RE.search(lines[0])
            and not (TRAILING_VERB_RE.search(lines[0]) and len(lines[0].split("，")[-1]) < FULL_TITLE_MIN_CHARS))


# A title line this wide (in display columns: 28 characters) is as wide as a page prints one: when a short
# rest follows it, the line was wrapped.
TITLE_WRAP_WIDTH = 56


def wrapped_title_line(first: str, second: str) -> bool:
    """`全省最大的某某加工产业集聚区和某某产品交易集散地之` / `一`: a title line as wide as a page prints one
    (`TITLE_WRAP_WIDTH`) over a rest less than half as wide is one printed line wrapped, whatever it is (a
    kicker, a headline).

    >>> wrapped_title_line("全省最大的某某加工产业集聚区和某某产品交易集散地之一的某某", "一"), wrapped_title_line("某县文旅市场回暖", "一")
    (True, False)
    """
    return display_width(first) >= TITLE_WRAP_WIDTH and 2 * display_width(second) < display_width(first)


def display_width(text: str) -> int:
    """Columns a line takes: a Chinese character two, a digit, letter, space or dash one.

    >>> display_width("某区18个项目")
    12
    """
    line = text.strip()
    return 2 * len(line) - sum(map(len, _NARROW_RUN.findall(line)))


_NARROW_RUN = re.compile("[\x00-\u2e7f]+")  # characters one column wide (the rest take two), a run at a time


def short_phrase_line(first: str, second: str) -> bool:
    """`惠民服务季` / `金乡县上半年家电销售额超8亿元`: a very short phrase over a headline at
    least twice its length, not ending in a verb that wants the next line as object."""
    head, tail = compact(first), compact(second)
    return (2 <= len(head) <= 6 and len(tail) >= 2 * len(head) and not TRAILING_VERB_RE.search(head)
            and not any(ch in head for ch in TERMINAL + "，、；："))


def subject_title_line(first: str, second: str) -> bool:
    """`重大项目建设进行时` / `某县18个重大项目集中开工`: a short plain line (as short as a title
    run's short kicker, `KICKER_MAX_CHARS`; no punctuation, not ending in a verb that wants an
    object) over a full title line that opens with its own subject (a county or zone, 全市, 我市,
    全县 …) and is wider than the short line, so the break is the printer's: the short line labels
    the title, it is not its first half. As in a title run, a longer line (`强力抓好各项集中整治活动`)
    is the headline's first half, and an event line (`…动员大会召开`) under a short title is its
    subheadline."""
    head = compact(first)
    return (4 <= len(head) <= KICKER_MAX_CHARS and len(compact(second)) >= FULL_TITLE_MIN_CHARS
            and _plain_phrase(first) and "、" not in head and not TRAILING_VERB_RE.search(head)
            and display_width(first) + 2 <= display_width(second) and opens_with_subject(second)
            and not EVENT_END_RE.search(compact(second)))


# Subjects a headline opens with when it names no county: the city or county as a whole.
OWN_SUBJECT_RE = re.compile(r"^(?:全市|我市|本市|全县|我县|全区|我区|全省|我省|济宁)")


def opens_with_subject(title: str) -> bool:
    """`某县18个项目集中开工` opens with a place: a county or zone of the gazetteer, or the city or
    county as a whole (全市, 我市, 全县 …).

    >>> opens_with_subject("嘉祥县18个项目集中开工"), opens_with_subject("全市经济稳中向好"), opens_with_subject("点亮小城烟火气")
    (True, True, False)
    """
    from jdash.gazetteer import county_mentions

    flat = compact(title)
    if OWN_SUBJECT_RE.match(flat):
        return True
    mentions = county_mentions(flat)
    return bool(mentions) and mentions[0][0] == 0


def kicker_form_line(first: str, second: str) -> bool:
    """`稳粮扩油、提质增效` / `春耕备耕正当时`, `记者走进水泊梁山` / `春到景区游人旺`: a first line
    of a kicker's own form (see `kicker_form`), shorter than any page's wrap width (so the break
    is the printer's, not the OCR's), a reporter's visit or a deck of any width (`deck_line`), unless the
    second line goes on with the same parallel phrases (`助企纾困 稳岗留工` / `根治欠薪` is one headline)."""
    if len(compact(first)) >= MIN_WRAP_WIDTH:
        return reporter_visit(first) or (deck_line(first) and not parallel_phrases(f"{first.strip()} {second.strip()}"))
    return reporter_visit(first) or (parallel_phrases(first)
                                     and not parallel_phrases(f"{first.strip()} {second.strip()}"))


TOPIC_KICKER_MAX_CHARS = 24


def before_topic_head(first: str, second: str) -> bool:
    """`撤市设区一周年` / `兖州：融入中心城区 跑出发展加速度`: a headline opening with a short head
    and a colon starts its own line, so the line above it is a kicker: a line narrower than any wrap, or a
    longer plain phrase (`打造某某高质量发展新增长极` / `某市某局：统筹发展和保护`) that does not end in a verb
    wanting the next line as its object (a wrap never leaves a topic head at the start of a line)."""
    head = compact(first)
    if not TOPIC_HEAD_RE.match(compact(second)) or len(head) < 2:
        return False
    return len(head) < MIN_WRAP_WIDTH or (len(head) <= TOPIC_KICKER_MAX_CHARS and _plain_phrase(first)
                                         and not re.search(r"[、\s]", first.strip())
                                         and not TRAILING_VERB_RE.search(head))


SPEAKER_END_RE = re.compile(f"(?:{alternation('speech_kicker_verbs.txt')})$")
SPEAKER_MAX_CHARS = 24


def speaker_line(first: str, second: str) -> bool:
    """`王建华在某县调研时强调` / `做强特色产业 壮大县域经济`: a plain line that ends in a verb introducing
    speech (data/speech_kicker_verbs.txt) after a subject of its own is a kicker; the headline under it
    is what was said.

    >>> speaker_line("王建华在某县调研时强调", "做强特色产业"), speaker_line("强调", "做强特色产业")
    (True, False)
    """
    head = compact(first)
    m = SPEAKER_END_RE.search(head)
    return bool(m) and 4 <= m.start() and len(head) <= SPEAKER_MAX_CHARS and _plain_phrase(first) \
        and "、" not in head and len(compact(second)) >= 4


def slogan_over_narrower(first: str, second: str) -> bool:
    """`回眸过去 展望未来` / `某岛渔家乐`: a slogan of two or more phrases of one length, each short enough for a
    kicker (`kicker_phrases`), over a narrower title line that does not go on with its phrases. A wrapped
    headline leaves a shorter rest too, but its first line seldom ends on the second of two phrases of one
    length; when the rest goes on with them (`助企纾困 稳岗留工` / `根治欠薪`) it is one headline.

    >>> slogan_over_narrower("回眸过去 展望未来", "某岛渔家乐"), slogan_over_narrower("助企纾困 稳岗留工", "根治欠薪")
    (True, False)
    """
    return (parallel_phrases(first) and kicker_phrases(first) and " " in first.strip()
            and not is_people_and_verbs(compact(first))
            and display_width(second) < display_width(first)
            and not parallel_phrases(f"{first.strip()} {second.strip()}"))


def column_label(text: str) -> bool:
    """`新春走基层`, `新春走基层·蹲点日记`: the name of a reporting campaign or standing column
    (data/column_labels.txt), or several joined by a middle dot. (A web copy's label in square brackets is
    `split_web_marks`'.)

    >>> column_label("新春走基层·蹲点日记"), column_label("走基层"), column_label("新春走访慰问")
    (True, True, False)
    """
    from jdash.parse.lexicon import words

    flat = compact(text)
    labels = set(words("column_labels.txt"))
    return bool(flat) and all(part in labels for part in re.split(r"[·•]", flat))


def column_label_line(first: str, second: str) -> bool:
    """`新春走基层` / `某湖上的年味`: a campaign or column name (`column_label`) over a title line labels it,
    however short the title (a short line over another may otherwise be a headline's printed first half)."""
    return column_label(first) and len(compact(second)) >= 4


LONG_KICKER_MIN_CHARS = 16


def long_line_over_pair(first: str, second: str) -> bool:
    """`全省最大的某某加工基地和某某交易集散地` / `湖畔金黄 稻谷飘香`: a long plain descriptive line (no comma nor
    any other punctuation) over a headline of two spaced phrases at most half its length: the headline's
    spaced halves read on their own, so the long line above is a kicker, not the headline's first half
    (which a pair of spaced phrases never finishes).

    >>> long_line_over_pair("全省最大的某某加工基地和某某交易集散地", "湖畔金黄 稻谷飘香")
    True
    >>> long_line_over_pair("某县召开会议", "稳中求进 开拓创新")
    False
    """
    head, tail = compact(first), compact(second)
    return (len(head) >= max(LONG_KICKER_MIN_CHARS, 2 * len(tail)) and _plain_phrase(first)
            and not re.search(r"[、，；：,;:“”\s]", first.strip()) and " " in second.strip()
            and (parallel_phrases(second) or slogan(second)) and not is_people_and_verbs(tail))


PAIR_PHRASE_MIN_CHARS = 8  # a phrase longer than any slogan's (`slogan`: 2–7 characters each)


def line_over_long_pair(first: str, second: str) -> bool:
    """`某县产业变迁` / `专用汽车集约发展 出版印刷从乱到治`: a plain line (no punctuation, no space) over a headline of
    two spaced phrases each too long for a slogan or deck (`PAIR_PHRASE_MIN_CHARS`): as in `long_line_over_pair`,
    the halves read on their own and a pair of spaced phrases never finishes a wrapped headline's first half, so
    the line above is a kicker, however short. A pair of short phrases (`稳中求进 开拓创新`) may be a deck under
    the headline, and is not read here.

    >>> line_over_long_pair("某县产业变迁", "专用汽车集约发展 出版印刷从乱到治"), line_over_long_pair("某县召开会议", "稳中求进 开拓创新")
    (True, False)
    """
    parts = second.split()
    return (len(compact(first)) >= 4 and _plain_phrase(first) and not re.search(r"[、，；：,;:“”\s]", first.strip())
            and len(parts) == 2 and all(len(p) >= PAIR_PHRASE_MIN_CHARS and _plain_phrase(p) for p in parts)
            and not TRAILING_VERB_RE.search(compact(first)) and not is_people_and_verbs(compact(second)))


OCCASION_RE = re.compile(f"^(?:{alternation('occasion_adverbs.txt')})?(?:{alternation('occasion_words.txt')})")
OCCASION_MAX_CHARS = 30
# An adverbial frame: 在某某思想指引下, 在建党百年之际 (its last words in data/frame_ends.txt).
FRAME_RE = re.compile(f"^在.{{2,}}(?:{alternation('frame_ends.txt')})$")


def occasion_line(first: str, second: str) -> bool:
    """`庆祝某某成立70周年` / `某市各景区推出国庆活动`: a plain line naming the occasion (it opens with a word of
    celebration or remembrance: data/occasion_words.txt, or it is a frame `在…指引下`: data/frame_ends.txt) over a
    full title line that is no event line (`庆祝建党100周年文艺汇演` / `在某县举行` is one headline wrapped).

    >>> occasion_line("庆祝某某成立70周年", "某市各景区推出国庆活动"), occasion_line("庆祝建党百年文艺汇演", "在某县文化中心隆重举行")
    (True, False)
    >>> occasion_line("在某某思想指引下", "某县乡村振兴跑出加速度"), occasion_line("在某县调研时强调", "做强特色产业")
    (True, False)
    """
    head, tail = compact(first), compact(second)
    return ((bool(OCCASION_RE.match(head)) or bool(FRAME_RE.match(head)))
            and 4 <= len(head) <= OCCASION_MAX_CHARS and _plain_phrase(first)
            and "、" not in head and len(tail) >= FULL_TITLE_MIN_CHARS and not EVENT_END_RE.search(tail)
            and not TRAILING_VERB_RE.search(head))


CALL_MIN_CHARS, CALL_MAX_CHARS = 4, 9
# A call opens with a verb, a verbal noun used as one (冲刺…, 攻坚…: the tagger's `vn`), or is a set phrase
# of four characters (真抓实干: the tagger's idiom `i` and fixed expression `l`).
CALL_TAGS = ("v", "vn", "i", "l")


def calls_line(text: str) -> bool:
    """`守千年古城底色 绘宜居新城画卷`: two or more spaced phrases (4–9 characters each), each opening with a verb
    (`CALL_TAGS`): calls to act, printed as a slogan, of one length or not (`担当作为 推动产业提质增效`). `港口通航提速 公铁水网成型` (each opening with its subject) says what happened, as a
    headline does.

    >>> calls_line("守千年古城底色 绘宜居新城画卷"), calls_line("港口通航提速 公铁水网成型"), calls_line("守底色")
    (True, False, False)
    """
    from jdash.nlp import tag  # jieba, loaded only when such a line is read

    parts = text.split()
    return (len(parts) >= 2 and all(CALL_MIN_CHARS <= len(p) <= CALL_MAX_CHARS for p in parts)
            and _plain_phrase(text) and all(tag(p)[0][1] in CALL_TAGS for p in parts))


def calls_over_title(first: str, second: str) -> bool:
    """`守千年古城底色 绘宜居新城画卷` / `某县老城更新让二十条老街换了新颜`: a line of calls (`calls_line`) over a full title
    line that reads on its own (not opening with a verb: `stands_alone`; no spaced phrases unless after a topic head,
    `某园区：强化要素支撑 建设产业高地`) is a kicker over its headline: a slogan calls, a headline tells. However wide
    the calls line, a wrap never ends a line on a whole call and starts the next with the headline's subject.

    >>> calls_over_title("守千年古城底色 绘宜居新城画卷", "某县老城更新让二十条老街换了新颜")
    True
    >>> calls_over_title("加大项目招引力度 加快产业转型升级", "某县经济开发区打好招商“主动仗”")
    True
    >>> calls_over_title("守千年古城底色 绘宜居新城画卷", "推动文旅融合")
    False
    """
    tail = compact(second)
    return (calls_line(first) and (len(second.split()) == 1 or bool(TOPIC_HEAD_RE.match(tail)))
            and len(tail) >= FULL_TITLE_MIN_CHARS and stands_alone(second) and looks_like_title(second))


ENDING_DASH_RE = re.compile(r"[—―─－-]{2,3}\s*$")


def ending_dash(line: str) -> bool:
    """`助企发展——`: a line that ends in a dash, which opens the line under it (or closes a kicker: `dash_kicker`).

    >>> ending_dash("助企发展——"), ending_dash("——访某局局长")
    (True, False)
    """
    return bool(ENDING_DASH_RE.search(line)) and bool(compact(ENDING_DASH_RE.sub("", line)))


def dash_kicker(first: str, second: str) -> bool:
    """`河北某县——` / `大棚蔬菜上市忙`: a short line (`KICKER_MAX_CHARS` at most, no punctuation) that ends in a
    dash names the place or the frame of the headline under it, so it is a kicker; a full title line ending in a
    dash (`某县推动技能人才培养为制造强市提供支撑——`) or one over an interview's or a feature's line (`访…`,
    `…侧记`: the dash is theirs) goes on into its subheadline.

    >>> dash_kicker("河北某县——", "大棚蔬菜上市忙"), dash_kicker("某县推动技能人才培养为制造强市提供支撑——", "访某局局长")
    (True, False)
    >>> dash_kicker("助企发展——", "访某区党工委书记李明"), dash_kicker("河北某县", "大棚蔬菜上市忙")
    (False, False)
    """
    m = ENDING_DASH_RE.search(first)
    head = compact(first[: m.start()]) if m else ""
    dash_line = "——" + second.strip()
    return (0 < len(head) <= KICKER_MAX_CHARS and not _SENTENCE_MARK_RE.search(head) and not INNER_DASH_RE.search(head)
            and not interview_line(dash_line) and not feature_subheadline(dash_line))


IN_BLOCK_KICKER_RULES = (place_line, short_phrase_line, kicker_form_line, slogan_line, before_topic_head,
                         subject_title_line, slogan_over_narrower, column_label_line, long_line_over_pair,
                         line_over_long_pair, short_line_over_clauses, slogan_over_figures, calls_over_title)


def kicker_form(text: str) -> bool:
    """Forms only kickers take: parallel phrases of one length (`稳粮扩油、提质增效`,
    `多维聚焦 精准发力`), or a reporter's visit (`记者走进水泊梁山`) that names nobody.

    >>> kicker_form("强产业、优服务、惠民生"), kicker_form("记者走进水泊梁山"), kicker_form("记者 张三")
    (True, True, False)
    """
    return reporter_visit(text) or parallel_phrases(text)


def _plain_phrase(text: str) -> bool:
    from jdash.parse.credits import names_only

    return not names_only(text) and not any(ch in compact(text) for ch in TERMINAL + "，；：■")


def reporter_visit(text: str) -> bool:
    """`记者走进水泊梁山`: a line that opens with 记者 and names nobody."""
    flat = compact(text)
    return flat.startswith("记者") and 6 <= len(flat) <= 16 and _plain_phrase(text)


def parallel_phrases(text: str) -> bool:
    """`稳粮扩油、提质增效`, `多维聚焦 精准发力`: two or more phrases of one length (2–6 characters),
    set apart by 、 or spaces. (A wrapped line cut out of a longer title, `我市召开中央、省生态环保`,
    seldom has parts of one length.)"""
    parts = [p for p in re.split(r"[、\s]+", text.strip()) if p]
    return len(parts) >= 2 and len({len(p) for p in parts}) == 1 and 2 <= len(parts[0]) <= 6 and _plain_phrase(text)


DECK_MIN_PHRASES = 3


def deck_line(text: str) -> bool:
    """`稳字当头 进字为先 干字为要 实字托底`, `强产业、优服务、惠民生`: three or more parallel phrases of one length
    (`parallel_phrases`) on a line of their own are a deck, a slogan printed over or under a headline, whatever
    the line's width; a headline's wrapped half seldom falls into three phrases of one length.

    >>> deck_line("稳字当头 进字为先 干字为要"), deck_line("港口通航提速 公铁水网成型")
    (True, False)
    """
    parts = [p for p in re.split(r"[、\s]+", text.strip()) if p]
    return len(parts) >= DECK_MIN_PHRASES and parallel_phrases(text)


def deck_under(first: str, second: str) -> bool:
    """`某县项目建设跑出“加速度”` / `稳字当头 进字为先 干字为要 实字托底`: a headline that is no deck itself over
    a deck (`deck_line`) that it does not go on with: the headline, then the deck as its subheadline.

    >>> deck_under("某县项目建设跑出“加速度”", "稳字当头 进字为先 干字为要"), deck_under("助企纾困", "稳岗留工 根治欠薪 护航发展")
    (True, False)
    """
    return (deck_line(second) and not deck_line(first) and not parallel_phrases(f"{first.strip()} {second.strip()}")
            and looks_like_title(first) and len(compact(first)) >= 4)


# Words a wrapped title line goes on with: the line under a verb that opens them is its object or its tail.
_GOES_ON_RE = re.compile(r"^[的了和与及等并暨]")


def event_over_line(first: str, second: str) -> bool:
    """`第五届某某论坛26日在某市开幕` / `某省将加快筹建某某大学、某某研究院`: a full title line closing on the verb of
    an event (…开幕, …召开: data/event_verbs.txt, the event named before it) over a full title line that reads on its
    own: a headline and its subheadline, not one headline wrapped (a wrap would leave the verb its object).

    >>> event_over_line("第五届某某论坛26日在某市开幕", "某省将加快筹建某某大学、某某研究院")
    True
    >>> event_over_line("某县召开", "全县经济工作会议"), event_over_line("某某论坛在某市开幕", "的消息传来")
    (False, False)
    """
    head, tail = compact(first), compact(second)
    return (len(head) >= FULL_TITLE_MIN_CHARS and bool(EVENT_END_RE.search(head)) and len(tail) >= FULL_TITLE_MIN_CHARS
            and looks_like_title(second) and not OPENS_WITH_PREDICATE_RE.match(tail) and not _GOES_ON_RE.match(tail))


def slogan(text: str) -> bool:
    """`干在实处 走在前列`, `项目建设 攻坚突破年`: two or more short phrases (2–7 characters, not
    necessarily of one length) set apart by spaces or 、, 12 characters at most, no sentence
    punctuation or dashes (`稳外贸 扩外资——` opens a wrapped title and its subheadline), no
    people and what they did (`张伟讲话 李明主持`).

    >>> slogan("项目建设 攻坚突破年"), slogan("张伟讲话 李明主持"), slogan("某区18个重大项目集中开工")
    (True, False, False)
    """
    parts = [p for p in re.split(r"[、\s]+", text.strip()) if p]
    return (len(parts) >= 2 and all(2 <= len(p) <= 7 and SLOGAN_PART_RE.fullmatch(p) for p in parts)
            and len(compact(text)) <= SLOGAN_MAX_CHARS
            and _plain_phrase(text) and not is_people_and_verbs(compact(text)))


def place_run(text: str) -> bool:
    """`东湖新区老城区西城区`, `任城区、兖州区`: two or more place names of one level and nothing else,
    each a county, zone or town of the gazetteer or a name ending in a unit of that level
    (data/place_units.csv) after a stem of two to five characters. A place inside another
    (`某区某片区`, `某县某镇`) is one place, not a list.

    >>> place_run("东湖新区老城区西城区"), place_run("任城区、兖州区"), place_run("全市城区"), place_run("东湖区老城片区")
    (True, True, False, False)

    Places joined by a conjunction (data/list_conjunctions.txt) are partners, the subject of what the next line
    says (`某县经济开发区与某市经济开发区` / `建立结对共建关系`), not a run of places labelling a headline.

    >>> place_run("某县经济开发区与某市经济开发区")
    False
    """
    flat = text.strip()
    return any(pattern.fullmatch(flat) and not unit_in_common_word(flat, piece) and not _joined_by_conjunction(flat, piece)
               for pattern, piece in zip(_place_run_patterns(), _place_patterns()))


def _joined_by_conjunction(flat: str, piece: re.Pattern[str]) -> bool:
    """Whether a place after the first of a run opens with a conjunction (`…开发区` + `与某市经济开发区`).

    >>> any(_joined_by_conjunction("某县经济开发区与某市经济开发区", piece) for piece in _place_patterns())
    True
    """
    joins = tuple(read_words("list_conjunctions.txt"))
    return any(m.start() > 0 and m.group(0).startswith(joins) for m in piece.finditer(flat))


def unit_in_common_word(flat: str, piece: re.Pattern[str]) -> bool:
    """`泗水春茶集中上市` (泗水 + 春茶集中上市): a run's place whose unit's character (市, 区, 镇 …:
    data/place_units.csv) ends a common word of the segmenter's (`NOUN_NAME_FREQ`: `上市`, `城市`, `社区`) begun
    inside the place's stem, and no name of the gazetteer, is no place: the line is a clause about a place, not a run of
    places, and so no kicker. `piece` is one place of the run's level; the run is read place by place.

    >>> county = _place_patterns()[0]
    >>> unit_in_common_word("泗水春茶集中上市", county), unit_in_common_word("东湖新区老城区西城区", county)
    (True, False)
    """
    from jdash.gazetteer import county_mentions
    from jdash.nlp import cut, word_freq  # jieba, loaded only when a place run is read

    units = sorted({row["unit"] for row in read_table("place_units.csv")}, key=len, reverse=True)
    pos = 0
    while pos < len(flat):
        m = piece.match(flat, pos)
        if m is None:
            return False  # read otherwise than place by place: left to the run's pattern
        words = cut(m.group(0))
        unit = next((u for u in units if words[-1].endswith(u)), None)
        if (len(words) > 1 and unit and len(words[-1]) > len(unit) and word_freq(words[-1]) >= NOUN_NAME_FREQ
                and not county_mentions(words[-1])):
            return True
        pos = m.end() + len(re.match(r"[、\s]*", flat[m.end():]).group(0))
    return False


@lru_cache(maxsize=1)
def _place_run_patterns() -> tuple[re.Pattern[str], ...]:
    """One pattern per level: a run of two or more units of that level."""
    return tuple(re.compile(rf"{unit.pattern}(?:[、\s]*{unit.pattern})+") for unit in _place_patterns())


@lru_cache(maxsize=1)
def _place_patterns() -> tuple[re.Pattern[str], ...]:
    """One pattern per level (data/place_units.csv: county, town, zone): one place of that level."""
    from jdash.gazetteer import places, towns

    known = {"county": [p.alias for p in places()], "town": [p.alias for p in towns()], "zone": []}
    units: dict[str, list[str]] = {}
    for row in read_table("place_units.csv"):
        units.setdefault(row["level"], []).append(row["unit"])
    every = [u for endings in units.values() for u in endings]
    unit_ends = "".join(sorted({u[-1] for u in every}))  # a stem holds no unit's last character
    patterns = []
    for level, endings in units.items():
        aliases = f"{alternation_of(known[level])}|" if known.get(level) else ""
        ends = "|".join(_unit_of_level(u, every, endings) for u in sorted(endings, key=len, reverse=True))
        patterns.append(re.compile(rf"(?:{aliases}[^{unit_ends}\W\d_]{{2,5}}?(?:{ends}))"))
    return tuple(patterns)


def _unit_of_level(unit: str, every: list[str], same_level: list[str]) -> str:
    """`区` not preceded by `片` or `园`: 片区 and 园区 are units of another level."""
    guards = "".join(f"(?<!{re.escape(v[: -len(unit)])})" for v in every
                     if v.endswith(unit) and v != unit and v not in same_level)
    return guards + re.escape(unit)


def stands_alone(title: str) -> bool:
    flat = compact(title)
    return len(flat) >= 4 and not flat.startswith("—") and not OPENS_WITH_PREDICATE_RE.match(flat)


def is_place_name(text: str) -> bool:
    from jdash.gazetteer import (
        county_mentions,  # the gazetteer's data file names the places
    )

    flat = compact(text)
    mentions = county_mentions(flat)
    return len(mentions) == 1 and mentions[0][0] == 0 and place_alias_length(flat) == len(flat)


def place_alias_length(flat: str) -> int:
    from jdash.gazetteer import _pattern

    m = _pattern()[0].match(flat)
    return m.end() if m else 0


def kicker_like(text: str) -> bool:
    """A line that labels the headline under it: a place (济宁高新区), a few characters, or a
    slogan of short parallel phrases (多维聚焦 精准发力)."""
    flat = compact(text)
    if len(flat) <= 6 or is_place_name(flat) or kicker_form(text):
        return True
    parts = text.split()
    return len(parts) >= 2 and all(2 <= len(p) <= 6 for p in parts) and len(flat) <= 13


def label_like(text: str) -> bool:
    flat = compact(text)
    return (len(flat) <= LABEL_MAX_CHARS or "·" in flat) and not SPEECH_VERB_RE.search(flat) and not flat.startswith("—")


def is_banner(text: str) -> bool:
    """Column-banner marks: a middle dot between parts, or OCR's doubled characters."""
    return "·" in text or undouble(text) != text


# A feature's dash subheadline ends in a genre word, perhaps with a part number: …纪实之一, …见闻（上）
FEATURE_SUBHEADLINE_RE = re.compile(
    f"(?:{alternation('feature_words.txt')})(?:之[一二三四五六七八九十]+|[（(][一二三四五六七八九十上中下\\d]+[）)])?$")


def feature_subheadline(text: str) -> bool:
    """`——某县项目建设现场观摩侧记`, `——某县乡村振兴工作纪实`: a dash line that names a feature's
    genre (data/feature_words.txt) at its end; `——访…` is an interview's, not a feature's.

    >>> feature_subheadline("——某县项目建设现场观摩侧记"), feature_subheadline("——访县委书记李明")
    (True, False)
    """
    flat = compact(text).rstrip("”’」』")
    return flat.startswith("—") and not interview_line(flat) and bool(FEATURE_SUBHEADLINE_RE.search(flat))


INTERVIEW_LINE_RE = re.compile(f"^[—―─－\\-]+(?:{alternation('interview_marks.txt')})")


def interview_line(text: str) -> bool:
    """`——访县委书记李明`, `——专访某局局长王强`, `——对话某企业负责人`: a dash line naming the person interviewed
    (its opening word in data/interview_marks.txt).

    >>> interview_line("——专访某局局长王强"), interview_line("——某县项目建设观摩侧记")
    (True, False)
    """
    return bool(INTERVIEW_LINE_RE.match(compact(text)))


def is_subheadline(text: str) -> bool:
    flat = compact(text)
    return flat.startswith("—") or is_people_and_verbs(flat) or series_line(flat) or genre_line(flat)


GENRE_LINE_MIN_CHARS = 8
GENRE_LINE_RE = re.compile(f"(?:{alternation('undashed_genre_words.txt')})$")


def genre_line(text: str) -> bool:
    """`某市赴沪举办招商推介活动侧记`: a line naming a feature's genre at its end (data/undashed_genre_words.txt)
    is the subheadline under the feature's headline even when printed without a dash; never a kicker or a headline.

    >>> genre_line("某市赴沪举办招商推介活动侧记"), genre_line("某县召开项目推进会")
    (True, False)
    """
    flat = compact(text)
    return len(flat) >= GENRE_LINE_MIN_CHARS and bool(GENRE_LINE_RE.search(flat)) and not any(ch in flat for ch in TERMINAL)


# A numbered part of a series closing a line: …系列新闻发布会第八场, …大讲堂第3期, …系列报道之三
SERIES_END_RE = re.compile(r"(?:第[一二三四五六七八九十百\d]{1,4}[场期站讲篇]|之[一二三四五六七八九十]{1,3})$")
SERIES_LINE_MIN_CHARS = 8


def series_line(text: str) -> bool:
    """`“某某”系列新闻发布会第八场`, `某某大讲堂第3期`: a line naming a numbered part of a series (an event or a run of
    reports) says where the headline above it comes from: a subheadline, never a headline's wrapped half (which
    ends in what happened) nor a kicker.

    >>> series_line("“推动高质量发展”系列新闻发布会第八场"), series_line("某县召开项目推进会")
    (True, False)
    """
    flat = compact(text)
    return len(flat) >= SERIES_LINE_MIN_CHARS and bool(SERIES_END_RE.search(flat)) and not any(ch in flat for ch in TERMINAL)
