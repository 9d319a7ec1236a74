"""Blocks → article drafts: each article's body comes first, then its title block; datelines and
bylines open the next article."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from jdash.parse.blocks import CAPTION_START_RE, PARTS_MIN_LINES, Block, classify_paragraph
from jdash.parse.credits import BRACKETED_PHOTO_CREDIT_RE, CAPTION_MAX_CHARS, closing_credit_line, spaced_photo_credit
from jdash.parse.lexicon import words
from jdash.parse.text import (
    CLOSERS,
    CONTINUED_FROM_RE,
    CONTINUED_TO_RE,
    TERMINAL,
    compact,
    ends_sentence,
    join_lines,
    tidy_title,
    undouble,
)
from jdash.parse.titles import (
    ENDING_DASH_RE,
    EVENT_END_RE,
    EXCLAIMED_HEAD_RE,
    FULL_TITLE_MIN_CHARS,
    KICKER_MAX_CHARS,
    before_topic_head,
    calls_over_title,
    clauses_over_couplet,
    clauses_over_halves,
    clauses_over_title,
    column_label,
    column_label_line,
    dash_kicker,
    deck_under,
    numbered_series_line,
    ending_dash,
    display_width,
    event_over_line,
    halves_over_line,
    has_media_mark,
    is_banner,
    is_people_and_verbs,
    is_place_name,
    is_subheadline,
    kicker_form,
    kicker_like,
    label_like,
    looks_like_title,
    occasion_line,
    place_run,
    reporter_visit,
    separator_count,
    series_place_line,
    short_line_over_clauses,
    slogan,
    speaker_line,
    split_trailing_subheadline,
    split_web_marks,
    stands_alone,
    title_core,
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
    title_run: list[Block] | None = None  # the title run that closed it, as read

    @property
    def has_content(self) -> bool:
        return self.start is not None or bool(self.body)


TITLE_FOLLOWERS = ("dateline", "byline", "text")  # blocks that can follow a title run and start an article


@dataclass
class Assembly:
    """Walks the page's blocks once, keeping the article open so far; a title run closes it."""

    blocks: list[Block]
    done: list[Draft] = field(default_factory=list)
    open_: Draft | None = None
    pending_column: str | None = None
    top_title: tuple[Block, list[Block]] | None = None  # a title run over the page's first start, and that start

    def run(self) -> list[Draft]:
        i = 0
        while i < len(self.blocks):
            block = self.blocks[i]
            if block.kind == "title":
                j = i
                while j < len(self.blocks) and self.blocks[j].kind == "title":
                    j += 1
                self.on_title_run(self.blocks[i:j], j)
                i = j
                continue
            handler = _HANDLERS.get(block.kind)  # crumbs and wire labels are not articles
            if handler is not None:
                handler(self, block)
            i += 1
        self.close()
        titles_over_bodies(self.done, self.top_title)
        return self.done

    def close(self) -> None:
        draft, self.open_ = self.open_, None
        if draft is not None and draft.has_content:
            # A titleless draft is a credited caption, or else may take a title glued under it or over the page.
            if not draft.headline and draft.kind_hint is None and not mark_credited_caption(draft):
                take_glued_title(draft)
                self.title_from_top(draft)
                mark_caption(draft)
            if not is_fragment(draft):
                self.done.append(draft)

    def open_new(self, start: Block | None = None) -> Draft:
        self.close()
        self.open_ = Draft(start=start, column=self.pending_column)
        self.pending_column = None
        return self.open_

    # ------------------------------------------------------------ title runs

    def on_title_run(self, run: list[Block], j: int) -> None:
        following = self.blocks[j] if j < len(self.blocks) else None
        draft = self.open_
        if draft is None or not draft.has_content:
            self.on_labels(run, following)
        elif is_doubled_banner(run):
            return  # page furniture printed inside a column: the article goes on under it
        elif is_cut_sentence(run, following) and is_cut_sentence(run, following, body_column(draft)):
            # (the body's column measured only for a run shaped as a cut sentence: without it, the shape alone is tested)
            draft.body.append(Block("text", run[0].text))
        elif label_after_glued_title(draft, run):
            self.close()  # its title is the one under its last paragraph
            self.on_labels(run, following)
        elif is_closing(run, self.blocks, j, draft):
            draft.title_run = glued_title_over(draft, run)
            column_for_next = apply_title_run(draft, draft.title_run, following)
            self.close()
            self.pending_column = column_for_next
        else:
            draft.body.extend(Block("section", tidy_title(b.text)) for b in run)

    def on_labels(self, run: list[Block], following: Block | None) -> None:
        """Title lines with nothing to close: banners, or a column label for the article that
        follows. At the top of the page they are the page's banner, not one article's column."""
        page_top = not self.done and self.open_ is None
        if page_top and following is not None and title_over_start(run, following):
            self.top_title = (following, run)
        if self.open_ is None and title_under_credit(self.done[-1] if self.done else None, run):
            self.done[-1].headline = tidy_title(run[0].text)
            return
        if not page_top and following is not None and following.kind in TITLE_FOLLOWERS:
            self.pending_column = undouble(tidy_title(run[-1].text)) if label_like(run[-1].text) else None

    def title_from_top(self, draft: Draft) -> None:
        """`某县樱桃节开幕` / `本报某县讯 今天，…` / (the page ends, or the next start): a title run at the page's top
        over the first article's dateline or byline is that article's headline when the article closes with no
        title of its own under it (`title_over_start`); an article that has one leaves the run the page's banner."""
        if not draft.headline and self.top_title is not None and draft.start is self.top_title[0]:
            apply_title_run(draft, self.top_title[1], None)

    # ------------------------------------------------------------ other blocks

    def on_start(self, block: Block) -> None:
        """A dateline or byline opens the next article; a byline right before a dateline
        (`□记者 魏然 报道` / `本报济南10月16日讯 …`) is that article's credit line."""
        if credit_line_before(self.open_, block):
            block.credits = block.credits or self.open_.start.credits
            self.open_ = None
        elif bullet_heading(self.open_, block):
            self.open_.body.append(Block("section", block.credits or ""))
            return
        draft = self.open_new(block)
        if block.kind == "dateline" and block.text:
            draft.body.append(Block("text", block.text, lines=block.lines))

    def on_text(self, block: Block) -> None:
        if self.open_ is not None and titled_news_ends(self.open_, block):
            self.close()  # the glued title closes it; this text opens an article without dateline or byline
        (self.open_ or self.open_new()).body.append(block)

    def on_photo_credit(self, block: Block) -> None:
        """A photo credit closes a caption-only article, or splits off the caption (the last
        paragraph, when short: `CAPTION_MAX_CHARS`) of the open one. After an article whose title is printed
        under its last paragraph it is a photo's credit with no caption: the article closes, whole."""
        draft = self.open_
        if draft is None or not draft.body:
            return
        if titled_news_ends(draft, block):
            self.close()
        elif draft.start is None and len(draft.body) == 1:
            draft.kind_hint, draft.start = "photo", block
            self.close()
        elif draft.body[-1].kind == "text" and len(compact(draft.body[-1].text)) <= CAPTION_MAX_CHARS:
            caption = draft.body.pop()
            if draft.body and title_over_caption(draft, caption):
                self.close()
            self.done.append(Draft(start=block, body=[Block("text", caption.caption or caption.text)],
                                   kind_hint="photo"))

    def on_photo(self, block: Block) -> None:
        """A caption with its credit: a photo of its own. Inside an open article it stays put (the article
        goes on under it), unless the article's title is already printed under its last paragraph, or printed
        over the caption with no blank line between (`title_over_caption`)."""
        if self.open_ is not None and titled_news_ends(self.open_, block):
            self.close()
        elif self.open_ is not None and title_over_caption(self.open_, block):
            self.close()
        self.done.append(Draft(start=block, body=[Block("text", block.caption or "")], kind_hint="photo"))

    def on_notice(self, block: Block) -> None:
        """A notice or editor's note is no article. Its label alone on a line (`编者按`, `notice_label_alone`) heads the
        note's paragraphs under it: they stay open as the note until the title printed under them closes it
        (`note_has_no_sections`)."""
        self.close()
        if notice_label_alone(block):
            self.open_ = Draft(body=[block], kind_hint="notice")
        else:
            self.done.append(Draft(body=[block], kind_hint="notice"))


_HANDLERS = {
    "dateline": Assembly.on_start,
    "byline": Assembly.on_start,
    "text": Assembly.on_text,
    "photo_credit": Assembly.on_photo_credit,
    "photo": Assembly.on_photo,
    "notice": Assembly.on_notice,
}


def assemble(blocks: list[Block]) -> list[Draft]:
    """Blocks in page order → article drafts in page order."""
    return Assembly(credited_captions(closing_bylines(blocks))).run()


def title_over_start(run: list[Block], following: Block) -> bool:
    """A title run right over a dateline or byline that could be its article's headline: no page furniture (a
    banner's middle dot or doubled characters, `is_banner`; a slogan of short spaced phrases, `slogan`; a column's
    name, `column_label`).

    >>> start = Block("dateline", "今天，某县樱桃节开幕。")
    >>> title_over_start([Block("title", "某县樱桃节开幕")], start), title_over_start([Block("title", "县区·文旅")], start)
    (True, False)
    """
    return following.kind in ("dateline", "byline") and not any(
        is_banner(b.text) or slogan(b.text) or column_label(b.text) for b in run)


def titles_over_bodies(done: list[Draft], top: tuple[Block, list[Block]] | None) -> None:
    """A page printed title first (`某县樱桃节开幕` / `本报某县讯 …樱桃…` / `某镇举办运动会` / `本报某县讯 …运动会…`, the
    page's end): the title run at the page's top heads the first article's start (`title_over_start`), the last
    article closes with no title under it, and every title under an article shares more of its words with the
    article under it than with its own (none fewer): each title run is the headline of the article after it.

    >>> top = (Block("dateline", ""), [Block("title", "某县樱桃节开幕")])
    >>> first = Draft(start=top[0], body=[Block("text", "某县樱桃节今天开幕。")], headline="某镇举办运动会",
    ...               title_run=[Block("title", "某镇举办运动会")])
    >>> last = Draft(start=Block("dateline", ""), body=[Block("text", "某镇运动会今天举办。")])
    >>> titles_over_bodies([first, last], top); first.headline, last.headline
    ('某县樱桃节开幕', '某镇举办运动会')
    """
    articles = [d for d in done if d.kind_hint is None]
    if top is None or len(articles) < 2 or articles[0].start is not top[0] or articles[-1].headline:
        return
    runs = [d.title_run for d in articles[:-1]]
    if any(run is None for run in runs):
        return
    shared = [_words_shared(" ".join(b.text for b in run), below.body, above.body)
              for run, above, below in zip(runs, articles, articles[1:])]
    if any(below < above for below, above in shared) or sum(b for b, _ in shared) <= sum(a for _, a in shared):
        return
    for draft, run in zip(articles, [top[1], *runs]):
        draft.kicker, draft.headline, draft.subheadline = None, "", None
        apply_title_run(draft, run, None)


def notice_label_alone(block: Block) -> bool:
    """`编者按` on a line of its own, no colon and no text after it (data/notice_labels.txt).

    >>> notice_label_alone(Block("notice", "编者按")), notice_label_alone(Block("notice", "编者按：本报今起开设专栏。"))
    (True, False)
    """
    return compact(block.text) in words("notice_labels.txt")


def glued_title_over(draft: Draft, run: list[Block]) -> list[Block]:
    """`…增长明显。` / `某县打造文旅融合新高地` (no blank line) / (blank) / `——某县推进全域旅游纪实`: a closing run that opens with
    a subheadline's line (a dash line, people and what they did, a series' part: `titles.is_subheadline`, never a
    headline) under a body whose last paragraph ends in title lines glued under its last sentence: those lines are
    the headline over it, so the run is read with them in front (and the body loses them). Any other run is left
    as it is.

    >>> lines = ("全县游客增长明显。", "某县打造文旅融合新高地")
    >>> draft = Draft(start=Block("dateline", ""), body=[Block("text", "".join(lines), lines=lines)])
    >>> [b.text for b in glued_title_over(draft, [Block("title", "——某县推进全域旅游纪实")])], draft.body[-1].text
    (['某县打造文旅融合新高地', '——某县推进全域旅游纪实'], '全县游客增长明显。')
    """
    if draft.headline or not draft.body or draft.body[-1].kind != "text" or not is_subheadline(run[0].text):
        return run
    found = glued_title_lines(draft.body[-1])
    if found is None or _cut_phrase(found[1]) or any(is_subheadline(b.text) for b in found[1]):
        return run
    draft.body[-1] = Block("text", found[0])
    return found[1] + run


def title_under_credit(last: Draft | None, run: list[Block]) -> bool:
    """`某某大桥建成通车。` / `■记者 张三 摄` / `某某大桥建成通车`: one title line right under a photo that its credit
    closed is that photo's title, printed under it as an article's is under its body; a column's name or a
    banner (`图片新闻`, `走在前 勇争先`) is not.

    >>> photo = Draft(start=Block("photo_credit", "■记者 张三 摄", credits="记者 张三 摄"), body=[Block("text", "大桥通车。")],
    ...               kind_hint="photo")
    >>> title_under_credit(photo, [Block("title", "某某大桥建成通车")]), title_under_credit(photo, [Block("title", "走在前 勇争先")])
    (True, False)
    """
    if last is None or last.kind_hint != "photo" or last.headline or last.start is None \
            or last.start.kind != "photo_credit" or len(run) != 1:
        return False
    line = run[0].text
    return len(compact(line)) >= FULL_TITLE_MIN_CHARS and not (slogan(line) or is_banner(line) or column_label(line))


def title_over_caption(draft: Draft, caption: Block) -> bool:
    """`…带动800多户群众增收。` / `走进茶乡` / `小茶叶撬动大产业，山区群众鼓起钱袋子` / `图为茶农在采茶。` / `新华社记者 某某 摄`: the
    title block of an open article with no title, printed over a photo's caption with no blank line between, is
    that article's title, not the caption's first words: the earliest printed lines that read as a title block
    (`read_title_lines`) and that a wrap did not fill (the next line, the caption's first, is wider, or opens
    with a caption's words: 图为…). The caption keeps the lines after them (`caption.caption` for a photo block,
    else its text), none when a title block of two parts or more (kicker, headline, subheadline: never a caption's
    shape) is all there is over the credit; the draft takes the title. A caption alone under a body is left whole.

    >>> draft = Draft(start=Block("byline", "■本报记者 王明"), body=[Block("text", "全镇茶园达到3000亩。")])
    >>> lines = ("走进茶乡", "小茶叶撬动大产业，山区群众鼓起钱袋子", "图为茶农在采茶。")
    >>> caption = Block("photo", "李某 摄", caption="".join(lines), lines=lines + ("新华社记者 李某 摄",))
    >>> title_over_caption(draft, caption), draft.kicker, draft.headline, caption.caption
    (True, '走进茶乡', '小茶叶撬动大产业，山区群众鼓起钱袋子', '图为茶农在采茶。')
    """
    lines = list(caption.lines)
    if draft.headline or not draft.has_content or not any(b.kind == "text" for b in draft.body) or len(lines) < 2:
        return False
    text = caption.caption if caption.kind == "photo" else caption.text
    for k in range(1, min(len(lines) - 1, GLUED_TITLE_MAX_LINES) + 1):
        head = join_lines(lines[:k])
        if not (text or "").startswith(head) or not _title_block_ends(lines[:k], lines[k]):
            continue
        run, rest = read_title_lines(lines[:k]), text[len(head):].strip()
        if run is not None and (rest or len(run) > 1) and any(len(compact(b.text)) >= FULL_TITLE_MIN_CHARS for b in run):
            apply_title_run(draft, run, None)
            caption.caption, caption.text = (rest, caption.text) if caption.kind == "photo" else (None, rest)
            return True
    return False


WRAP_WORD_FREQ = 100  # two characters this common a word, across a line break, show a wrap inside a sentence


def _title_block_ends(title: list[str], next_line: str) -> bool:
    """Whether a title block's printed lines end over `next_line` (a caption's first): it opens with a caption's
    words (图为…) or is wider than the last title line by two characters or more (`SHORT_LINE_GAP`: no wrap
    filled that), or the last title line is a dash subheadline (`——某镇见闻`) narrower than the lines above it (a
    dash line wrapped fills its first line); never where a word runs across the break (`…茶园里采` / `摘春茶。`: a
    wrapped sentence whose first line is narrower only by its digits).

    >>> _title_block_ends(["走进茶乡", "小茶叶撬动大产业，山区群众鼓起钱袋子", "——某镇见闻"], "茶农采茶。")
    True
    >>> _title_block_ends(["4月10日，某镇茶农在茶园里采"], "摘春茶。当地依托优势发展茶产业，")
    False
    """
    from jdash.nlp import word_freq

    last = title[-1].strip()
    if not last or not next_line.strip() or word_freq(last[-1] + next_line.strip()[0]) >= WRAP_WORD_FREQ:
        return False
    return bool(CAPTION_START_RE.match(compact(next_line))) \
        or display_width(last) + SHORT_LINE_GAP <= display_width(next_line) \
        or (compact(last).startswith("—") and len(title) > 1
            and display_width(last) < max(display_width(line) for line in title[:-1]))


def credited_captions(blocks: list[Block]) -> list[Block]:
    """`图为工人在分拣大蒜。` / `■记者 张三 摄`: a caption known by its opening words (a photo block with no
    credit), or one supplied by an organisation (`（图片由某中心提供）`: no photographer), and the photo credit
    printed right after it are one photo.

    >>> [(b.kind, b.caption, b.credits) for b in credited_captions([Block("photo", "", caption="图为工人。"),
    ...                                                              Block("photo_credit", "■记者 张三 摄", credits="记者 张三 摄")])]
    [('photo', '图为工人。', '记者 张三 摄')]
    """
    out: list[Block] = []
    for block in blocks:
        if block.kind == "photo_credit" and out and out[-1].kind == "photo" and not out[-1].credits:
            out[-1] = Block("photo", block.text, credits=block.credits, caption=out[-1].caption)
        else:
            out.append(block)
    return out


def closing_bylines(blocks: list[Block]) -> list[Block]:
    """`…增长明显。` / `作者：张明` / `某县文旅市场持续回暖`: a reporters' byline between a body's last sentence
    and a title opens no article (nothing would be in it): it is that body's closing credits (`（记者 张明）`).
    Crumbs (来源：…, 编辑：…) around it are looked past. One pass each way: linear in the page's blocks."""
    out = list(blocks)
    after: list[Block | None] = [None] * len(out)  # the next block that is no crumb, for each position
    following = None
    for i in range(len(out) - 1, -1, -1):
        after[i] = following
        following = out[i] if out[i].kind != "crumb" else following
    before = None
    for i, block in enumerate(blocks):
        if (block.kind == "byline" and block.byline_kind == "reporter" and block.credits and before is not None
                and before.kind == "text" and ends_sentence(before.text) and after[i] is not None
                and after[i].kind == "title"):
            closing = f"（{block.credits}）"
            out[i] = Block("text", closing, lines=(closing,))
        before = out[i] if block.kind != "crumb" else before
    return out


FRAGMENT_MAX_CHARS = 40


def is_fragment(draft: Draft) -> bool:
    """A draft with no dateline or byline whose whole body is a few words without a sentence
    end (`产业发展`, `图片新闻`) is a stray piece of a title block or banner, not an article.

    >>> is_fragment(Draft(body=[Block("text", "奋力谱写新篇章")]))
    True
    """
    if draft.start is not None or draft.kind_hint is not None:
        return False
    text = "".join(compact(b.text) for b in draft.body)
    return len(text) < FRAGMENT_MAX_CHARS and not any(ch in text for ch in "。！？!?")


# A photo caption's bracketed credit: 图为…。（记者 张三 摄）, …。（摄影 张三）
CAPTION_CREDIT_RE = BRACKETED_PHOTO_CREDIT_RE


LONE_CAPTION_MAX_CHARS = 40


def lone_caption(text: str) -> bool:
    """`某湖渔村的“水上街巷”。` printed alone with no title: one short sentence of one clause is a photo's
    caption (whose credit was not printed), not an article; `今年以来，全县新增企业12家。` (two clauses) is a brief.

    >>> lone_caption("新建成的某县文化广场。"), lone_caption("今年以来，全县新增企业12家。")
    (True, False)
    """
    flat = compact(text).rstrip("”’」』")
    return (0 < len(flat) <= LONE_CAPTION_MAX_CHARS and flat[-1] in "。！"
            and not re.search("[。！？!?，；：,;:]", flat[:-1]))


def mark_caption(draft: Draft) -> None:
    """A titleless draft with no dateline or byline whose one paragraph is a photo caption
    (`图为某镇项目开工现场。（记者 张三 摄）`, or one short sentence alone: `lone_caption`) is a photo,
    credited by its bracketed credit."""
    if draft.start is not None or len(draft.body) != 1 or draft.body[0].kind != "text":
        return
    text = draft.body[0].text
    credit = CAPTION_CREDIT_RE.search(text)
    if not credit and not CAPTION_START_RE.match(compact(text)) and not lone_caption(text):
        return
    draft.kind_hint = "photo"
    if credit:
        draft.start = Block("photo_credit", credit.group(0), credits=re.sub(r"[：:]", " ", credit.group("credits")))
        draft.body[0] = Block("text", text[: credit.start()].strip())


def mark_credited_caption(draft: Draft) -> bool:
    """`9月20日，在某县某村，农机手驾驶玉米收获机作业。……秋收将全面展开。新华社记者 王某 摄` printed alone with no title and no
    dateline: one paragraph closed by a spaced photo credit is a photo's caption, however long (wire captions run to
    several sentences); its credit is never read as a title glued under a body. Says whether it marked one.

    >>> d = Draft(body=[Block("text", "9月20日，玉米收获机在田间作业。当日，秋收现场会召开。新华社记者 王某 摄")])
    >>> mark_credited_caption(d), d.kind_hint, d.start.credits, d.body[0].text
    (True, 'photo', '新华社记者 王某 摄', '9月20日，玉米收获机在田间作业。当日，秋收现场会召开。')
    """
    if draft.start is not None or len(draft.body) != 1 or draft.body[0].kind != "text":
        return False
    found = spaced_photo_credit(draft.body[0].text)
    if found is None or not ends_sentence(found[0]):
        return False
    draft.kind_hint = "photo"
    draft.start = Block("photo_credit", found[1], credits=found[1])
    draft.body[0] = Block("text", found[0])
    return True


def credit_line_before(draft: Draft | None, block: Block) -> bool:
    """Is the open draft only a reporters' byline, with nothing under it, and the block a
    dateline? Then the byline credits the datelined article (Dazhong Daily's layout)."""
    return (draft is not None and not draft.body and draft.start is not None and draft.start.kind == "byline"
            and draft.start.byline_kind == "reporter" and block.kind == "dateline")


def bullet_heading(draft: Draft | None, block: Block) -> bool:
    """`■提质增效` in the middle of an open article's body is a section heading printed with a
    bullet, not the signature opening a commentary: an author's byline follows a closed article, or one
    whose title is printed under its last paragraph (`…确保供应充足。` / `守护好群众的菜篮子` / `■李明`)."""
    return (draft is not None and block.kind == "byline" and block.byline_kind == "signed"
            and any(b.kind == "text" for b in draft.body) and not draft.headline
            and not (draft.body[-1].kind == "text" and glued_title_lines(draft.body[-1]) is not None))


def is_doubled_banner(run: list[Block]) -> bool:
    """`勇争先勇争先 创一流创一流`: every line is mostly OCR's banner doubling (undoubled, a third of it or more
    goes), so it is a banner, never a headline or section heading; a word repeated inside a headline
    (`“跳呀跳呀跳”乐翻天！某村广场舞大赛开赛！`) is the headline's own.

    >>> is_doubled_banner([Block("title", "勇争先勇争先 创一流创一流")]), is_doubled_banner([Block("title", "一企一策")])
    (True, False)
    >>> is_doubled_banner([Block("title", "“跳呀跳呀跳”乐翻天！某村广场舞大赛开赛！")])
    False
    """
    return all(3 * len(compact(undouble(b.text))) <= 2 * len(compact(b.text)) for b in run)


def is_cut_sentence(run: list[Block], following: Block | None, column: int | None = None) -> bool:
    """`针对此次的签约项目，高新区各部` then text `门将明确…`: a sentence cut by a column break,
    not a title. A block of lines the printer broke (`printed_lines`, against the body's `column`) is no cut text."""
    return len(run) == 1 and "，" in run[0].text and following is not None and following.kind == "text" \
        and not printed_lines(run[0], column)


def printed_lines(block: Block, column: int | None) -> bool:
    """`今年新建公园12个，市民家门口添绿` / `有了新去处，咱们随时逛` over the body's 26-character column: a block of two lines
    or more where a line above the last leaves room in the column (`SHORT_LINE_GAP`) was broken by the printer,
    as title lines are; text wrapped at the column fills every line but its last.

    >>> lines = ("今年新建公园12个，市民家门口添绿", "有了新去处，咱们随时逛")
    >>> printed_lines(Block("title", "".join(lines), lines=lines), 52), printed_lines(Block("title", "".join(lines), lines=lines), 30)
    (True, False)
    """
    lines = block.lines or ()
    return column is not None and len(lines) >= 2 \
        and any(display_width(line) + SHORT_LINE_GAP <= column for line in lines[:-1])


def label_after_glued_title(draft: Draft, run: list[Block]) -> bool:
    """`…全力抓好项目建设。` / `某县18个重大项目集中开工` (a headline under the body, no blank line), then a
    slogan or label of its own (`奋进新征程 建功新时代`, a column's name: `简讯`): the article already has its title; the slogan is page
    furniture or the next article's label, not this article's headline."""
    if draft.headline or not draft.body or draft.body[-1].kind != "text" or len(run) != 1 \
            or not (slogan(run[0].text) or is_banner(run[0].text) or kicker_form(run[0].text)
                    or column_label(run[0].text)):
        return False
    found = glued_title_lines(draft.body[-1])
    return (found is not None and not _cut_phrase(found[1])
            and any(len(compact(b.text)) >= FULL_TITLE_MIN_CHARS and not kicker_like(b.text) for b in found[1]))


def take_glued_title(draft: Draft) -> None:
    """An article about to close without a title: its headline may be printed under its last
    paragraph without a blank line; the glued-title rules are asked in order, the first that
    finds one sets it."""
    if not draft.body or draft.body[-1].kind != "text":
        return
    for rule in GLUED_TITLE_RULES:
        if rule(draft):
            return


def titled_news_ends(draft: Draft, following: Block) -> bool:
    """`本报某县讯 …增长明显。` / `某县文旅市场持续回暖` (title lines under the body, no blank line), then
    a paragraph of plain text: datelined news has no section headings (see `datelined_news`), nor has
    an article printed without dateline or byline, so the title printed under its last paragraph
    closes it and the text opens the next article. (Features, opened by a byline, keep their
    sections.) A line with a comma going on into the text is a sentence cut by a column break."""
    if not ((draft.start is None or draft.start.kind == "dateline") and not draft.headline
            and draft.body and draft.body[-1].kind == "text"):
        return False
    found = glued_title_lines(draft.body[-1])
    return found is not None and not is_cut_sentence(found[1], following) and not _cut_phrase(found[1])


def _cut_phrase(run: list[Block]) -> bool:
    """`活动聚焦“大抓产业、大抓先进制` / `要围`: an open quote or a line of a few characters under a sentence is
    the start of a sentence cut by a column break (the text after it goes on), not a title."""
    flat = compact("".join(b.text for b in run))
    return len(flat) < MIN_GLUED_TITLE_CHARS or flat.count("“") != flat.count("”")


MIN_GLUED_TITLE_CHARS = 5


def title_lines_under_body(draft: Draft) -> bool:
    """`…增长明显。` / `433.7亿元！前8个月全市技改投资` / `占工业投资比重过半`: the lines after the
    line that ends the body's last sentence are the title block, read like any title block
    (kicker, headline, subheadline), so a `！` or a kicker inside it stays in the title."""
    found = glued_title_lines(draft.body[-1])
    if found is None:
        return False
    body_text, run = found
    draft.body[-1] = Block("text", body_text)
    apply_title_run(draft, run, None)
    return True


def title_after_last_sentence(draft: Draft) -> bool:
    """`…参加会议。全市工作会议召开` (no line breaks to go by): the title-shaped tail after the last
    complete sentence; a short exclaimed head before it (`…。总投资93.8亿元！某县27个项目集中开工`)
    belongs to the title, not to the body."""
    last = draft.body[-1].text
    ends = [m.end() for m in BODY_END_RE.finditer(last)]
    if not ends or ends[-1] >= len(last):
        return False
    start = ends[-1]
    before = ends[-2] if len(ends) > 1 else 0
    if last[start - 1] in "！？!?" and EXCLAIMED_HEAD_RE.match(compact(last[before:])):
        start = before  # the last "sentence" is the title's exclaimed head
    tail = last[start:].strip()
    if len(compact(tail)) < 4 or not (looks_like_title(tail) or title_at_its_place(tail)):
        return False
    if start == 0:
        if len(draft.body) < 2:
            return False  # a paragraph alone is no article under a title
        draft.body.pop()
    else:
        draft.body[-1] = Block("text", last[:start])
    _set_title_text(draft, tail)
    return True


def paragraph_title(draft: Draft) -> bool:
    """`稳字当头，进字为先，经济运行持续向好` as the last paragraph, with no sentence end at all: a
    headline with more commas than `looks_like_title` allows, at a headline's place."""
    last = draft.body[-1].text
    if re.search(r"[。！？]", last) or len(draft.body) < 2 or not title_at_its_place(last):
        return False
    draft.body.pop()
    _set_title_text(draft, last)
    return True


LIST_ITEM_MAX_CHARS = 20
QUESTION_TITLE_MAX_CHARS = 24


def question_after_list(draft: Draft) -> bool:
    """`…名单出炉。` / `某镇文旅小镇` / `某村文旅小镇` / `某地文旅小镇名单公布` / `您去过几个？`: a list of short lines
    (no punctuation, too many for `glued_title_lines` to look past) ending in a question is closed by the
    headline, the question line, with the line above it when the question speaks to the reader
    (`reader_question`: the headline's second half). A list item never ends in a question mark.

    >>> lines = ("名单如下。", "东镇文旅小镇", "西镇文旅小镇", "南镇文旅小镇", "北镇文旅小镇", "某地文旅小镇名单公布", "您去过几个？")
    >>> draft = Draft(body=[Block("text", "".join(lines), lines=lines)])
    >>> question_after_list(draft), draft.headline, draft.body[-1].text[-6:]
    (True, '某地文旅小镇名单公布 您去过几个？', '北镇文旅小镇')
    """
    lines = [line.strip() for line in draft.body[-1].lines]
    last = lines[-1] if lines else ""
    if len(lines) < 4 or not _question_line(last):
        return False
    take = 2 if reader_question(last) and looks_like_title(lines[-2]) else 1
    if _listed(lines[:-take]) < 2 or not draft.body[-1].text.endswith(join_lines(lines[-take:])):
        return False
    _cut_tail(draft, join_lines(lines[-take:]))
    _set_title_text(draft, " ".join(lines[-take:]))
    return True


def title_after_list(draft: Draft) -> bool:
    """`…名单出炉。` / `东镇文旅小镇` / `西镇文旅小镇` / `南镇文旅小镇` / `某地文旅小镇名单公布`: under a list of short lines
    that end alike (`_shared_end`), the last line, ending otherwise, is the title (with the line above it when
    that one ends otherwise too: a kicker), read like any title block.

    >>> lines = ("名单如下。", "东镇文旅小镇", "西镇文旅小镇", "南镇文旅小镇", "某地文旅小镇名单公布")
    >>> draft = Draft(body=[Block("text", "".join(lines), lines=lines)])
    >>> title_after_list(draft), draft.headline, draft.body[-1].text[-6:]
    (True, '某地文旅小镇名单公布', '南镇文旅小镇')
    """
    lines = [line.strip() for line in draft.body[-1].lines]
    if len(lines) < 4 or not all(_list_item(line) for line in lines[-4:]):
        return False
    take = 2 if not _shared_end(lines[-3], lines[-2]) else 1
    end = _shared_end(*lines[-take - 2:-take])
    if not end or any(line.endswith(end) for line in lines[-take:]) or _listed(lines[:-take]) < 2:
        return False
    run = read_title_lines(lines[-take:])
    tail = join_lines(lines[-take:])
    if run is None or not draft.body[-1].text.endswith(tail) or len(compact(tail)) < FULL_TITLE_MIN_CHARS:
        return False
    _cut_tail(draft, tail)
    apply_title_run(draft, run, None)
    return True


def _shared_end(first: str, second: str) -> str:
    """The last characters two list lines share (`东镇文旅小镇`, `西镇文旅小镇` → `文旅小镇`), or ""."""
    n = 0
    while n < min(len(first), len(second)) and first[-1 - n] == second[-1 - n]:
        n += 1
    return first[len(first) - n:] if n else ""


def _list_lines(lines: list[str] | tuple[str, ...]) -> bool:
    """Three lines in a row ending alike in two characters or more (`东镇文旅小镇` / `西镇文旅小镇` / `南镇文旅小镇`):
    a list, which no title block holds.

    >>> _list_lines(["名单如下：", "东镇文旅小镇", "西镇文旅小镇", "南镇文旅小镇"]), _list_lines(["喜迎新春", "某县新春走基层"])
    (True, False)
    """
    ends = [_shared_end(a.strip(), b.strip()) for a, b in zip(lines, lines[1:])]
    return any(len(x) >= 2 and len(y) >= 2 and (x.endswith(y) or y.endswith(x)) for x, y in zip(ends, ends[1:]))


def _listed(lines: list[str]) -> int:
    """How many list lines (`_list_item`) close these lines."""
    return next((k for k, line in enumerate(reversed(lines)) if not _list_item(line)), len(lines))


def _cut_tail(draft: Draft, tail: str) -> None:
    text = draft.body[-1].text
    draft.body[-1] = Block("text", text[: len(text) - len(tail)].strip())


def _question_line(line: str) -> bool:
    flat = compact(line)
    return (4 <= len(flat) <= QUESTION_TITLE_MAX_CHARS and flat[-1] in "？?" and flat.count("“") == flat.count("”")
            and not re.search(r"[。！？!?，；：,;:]", flat[:-1]))


def _list_item(line: str) -> bool:
    """A list's line: a few words with no punctuation at all (`某镇文旅小镇`)."""
    flat = compact(line)
    return 2 <= len(flat) <= LIST_ITEM_MAX_CHARS and not re.search(r"[，。、；：！？,.;:!?“”（）()]", flat)


def reader_question(line: str) -> bool:
    """`您都去过哪几个？`, `你准备好了吗？`: a question that opens with a word for the reader
    (data/reader_pronouns.txt).

    >>> reader_question("您都去过哪几个？"), reader_question("人才从哪里来？")
    (True, False)
    """
    return compact(line).startswith(tuple(words("reader_pronouns.txt"))) and compact(line)[-1] in "？?"


COLUMN_MIN_LINES = 3  # full lines that show a paragraph's column width
SHORT_LINE_GAP = 4  # a paragraph's last line leaves at least two characters (four columns) of its column empty


def title_wider_than_column(draft: Draft) -> bool:
    """`…符合政协工作的政治需求` (its period lost) / `出席某某会议的委员分组审议` / `某某工作报告、提案工作报告和协商工作报告`:
    a paragraph's short last line (two characters or more narrower than its column: a wrap fills its lines), then
    lines of which one is wider than the column itself: those cannot be the body wrapped at that width, so they
    are the title printed under it, read like any title block, though no sentence end closes the body.

    >>> lines = ("会议认为，报告实事求是、", "数据详实，符合工作需要", "的政治需求", "某某会议的委员分组审议", "某某工作报告、提案工作报告和协商工作报告")
    >>> draft = Draft(body=[Block("text", "".join(lines), lines=lines)])
    >>> title_wider_than_column(draft), draft.headline, draft.body[-1].text
    (True, '某某会议的委员分组审议某某工作报告、提案工作报告和协商工作报告', '会议认为，报告实事求是、数据详实，符合工作需要的政治需求')
    """
    lines = [line.strip() for line in draft.body[-1].lines]
    for k in range(max(COLUMN_MIN_LINES - 1, len(lines) - 1 - GLUED_TITLE_MAX_LINES), len(lines) - 1):
        width = max(display_width(line) for line in lines[:k])
        full = sum(display_width(line) >= width - 2 for line in lines[:k])
        tail = lines[k + 1:]
        if (full < COLUMN_MIN_LINES - 1 or display_width(lines[k]) > width - SHORT_LINE_GAP
                or not any(_wider_than(line, width) for line in tail)):
            continue
        joined = join_lines(tail)
        run = read_title_lines(tail) if draft.body[-1].text.endswith(joined) else None
        if run is not None:
            draft.body[-1] = Block("text", draft.body[-1].text[: len(draft.body[-1].text) - len(joined)].strip())
            apply_title_run(draft, run, None)
            return True
    return False


def sentence_lines_wider_than_column(draft: Draft) -> bool:
    """`…工作取得明显成效。` / (blank) / `5月8日某县入选省级文明城市提名名单，再获殊荣！` / `5月20日某镇荣获省级卫生乡镇称号。`:
    a last paragraph of one to three printed lines, every one wider than the column the body above it is wrapped to
    (`COLUMN_MIN_LINES` full lines show it), cannot be the body wrapped at that width: it is the title block, printed
    unwrapped, though its lines end as sentences do: the first line the headline, the others its subheadline.

    >>> body = Block("text", "", lines=("今天，某市召开大会，", "会议部署了全年工作，", "强调要抓好落实。"))
    >>> draft = Draft(body=[body, Block("text", "", lines=("5月8日某县入选省级文明城市提名名单，再获殊荣！", "5月20日某镇荣获省级卫生乡镇称号。"))])
    >>> sentence_lines_wider_than_column(draft), draft.headline, draft.subheadline
    (True, '5月8日某县入选省级文明城市提名名单，再获殊荣！', '5月20日某镇荣获省级卫生乡镇称号。')
    """
    last = [line.strip() for line in draft.body[-1].lines]
    column = [line for b in draft.body[:-1] if b.kind == "text" for line in b.lines]
    if not 1 <= len(last) <= 3 or len(column) < COLUMN_MIN_LINES:
        return False
    width = max(display_width(line) for line in column)
    if sum(display_width(line) >= width - 2 for line in column) < COLUMN_MIN_LINES - 1:
        return False
    if not all(_wider_than(line, width) and len(compact(line)) <= PLACED_TITLE_MAX_CHARS and not _bracket_end(line)
               for line in last):
        return False
    draft.body.pop()
    draft.headline, draft.subheadline = last[0], " ".join(last[1:]) or None
    return True


def body_column(draft: Draft, skip_last: bool = False) -> int | None:
    """The display width the body's column is wrapped to: the median width of the lines a wrap filled (every printed
    line of a text block but its last), when the body has `COLUMN_MIN_LINES` of them or more; None otherwise.
    `skip_last`: leave out the body's last block (the title block being read).

    >>> body_column(Draft(body=[Block("text", "", lines=("昨天，某县召开大会，", "部署了春季植树工作，", "要求各地", "抓好落实。"))]))
    20
    """
    blocks = draft.body[:-1] if skip_last else draft.body
    widths = sorted(w for b in blocks if b.kind == "text" for w in _filled_widths(tuple(b.lines)))
    return widths[len(widths) // 2] if len(widths) >= COLUMN_MIN_LINES else None


@lru_cache(maxsize=1 << 12)
def _filled_widths(lines: tuple[str, ...]) -> tuple[int, ...]:
    """The display widths of a text block's lines a wrap filled (all but its last), measured once per block: body_column
    is asked again at each title run of the page, over every body line before it."""
    return tuple(display_width(line) for line in lines[:-1])


def printed_parts(lines: list[str] | tuple[str, ...], column: int) -> list[list[str]] | None:
    """A title block's printed lines in the parts a printer set apart, read against the body's column (its display
    width): a line as wide as the column (within a character either way) with a line under it was filled by a wrap,
    so the title is printed at that width; then a line that leaves room in the column (`SHORT_LINE_GAP`) and is not
    the last ends its part, as a wrap fills every line of a part but its last, and the lines under it are another
    part. None when no line shows a wrap or the lines make one part; a title printed wider than the body's column
    (across columns) was not wrapped at it, and its short lines are the printer's breaks.

    >>> printed_parts(["五天搬迁120户居民，某社区旧城改", "造全面提速", "志愿者上门，帮老人打包"], 32)
    [['五天搬迁120户居民，某社区旧城改', '造全面提速'], ['志愿者上门，帮老人打包']]
    >>> printed_parts(["某县开会", "部署春季植树造林"], 32), printed_parts(["五天搬迁120户居民，某社区旧城改", "造全面提速"], 32)
    (None, None)
    >>> printed_parts(["某县春季林业生态建设工作调度会议", "在某镇", "隆重召开"], 24)  # wider than the column
    """
    parts: list[list[str]] = [[]]
    wrapped = False
    for k, line in enumerate(lines):
        parts[-1].append(line.strip())
        if k == len(lines) - 1:
            break
        wrapped = wrapped or abs(display_width(line) - column) <= 2
        if display_width(line) + SHORT_LINE_GAP <= column:
            parts.append([])
    return parts if wrapped and len(parts) > 1 else None


def part_texts(lines: list[str] | tuple[str, ...], column: int) -> list[str] | None:
    """The texts of a title block's printed parts (`printed_parts`), when there are two or more and each reads as a
    title at its place; None otherwise, and for a block ending in people and what they did (`李明讲话` / `王强主持`:
    `split_trailing_subheadline` reads those whatever their lines).

    >>> part_texts(["五天搬迁120户居民，某社区旧城改", "造全面提速", "志愿者上门，帮老人打包"], 32)
    ['五天搬迁120户居民，某社区旧城改造全面提速', '志愿者上门，帮老人打包']
    >>> part_texts(["某县春季植树造林工作动员会召开", "李明讲话", "王强主持"], 32) is None
    True
    """
    parts = printed_parts(lines, column)
    texts = [join_lines(part) for part in parts] if parts else []
    if not texts or split_trailing_subheadline(join_lines(list(lines)))[1] is not None:
        return None
    return texts if all(title_at_its_place(text) for text in texts) else None


def title_parts_by_column(draft: Draft, run: list[Block]) -> list[Block]:
    """`前三季度某县外贸进出口总额86.42` / `亿元` / `有冷链专列把蔬菜运到南方` (one title block, wrapped at the body's column): a title
    block whose printed lines fall into parts (`printed_parts`) is read as a title run of those parts — a headline
    and its subheadline, or a kicker and its headline — not as one headline glued from them. Blocks of one part,
    or whose parts do not each read as a title at its place, stay as they are.

    >>> body = Block("text", "", lines=("昨天，某县召开外贸形势分析会，", "会议通报了前三季度进出口情况，", "要求各地稳住外贸基本盘，", "推动发展。"))
    >>> lines = ("前三季度某县外贸进出口总额86.42", "亿元", "有冷链专列把蔬菜运到南方")
    >>> [b.text for b in title_parts_by_column(Draft(body=[body]), [Block("title", "".join(lines), lines=lines)])]
    ['前三季度某县外贸进出口总额86.42亿元', '有冷链专列把蔬菜运到南方']
    """
    if not any(block.kind == "title" and len(block.lines) > 2 for block in run):
        return run  # no block to read by parts: the body's column is not measured
    column = body_column(draft)
    if column is None:
        return run
    out: list[Block] = []
    for block in run:
        texts = part_texts(block.lines, column) if block.kind == "title" and len(block.lines) > 2 else None
        out.extend([Block("title", text) for text in texts] if texts else [block])
    return out


def title_parts_under_body(draft: Draft) -> bool:
    """`…离不开居民的支持。` / (blank) / `五天搬迁120户居民，某社区旧城改` / `造全面提速` / `志愿者上门，帮老人打包`: a
    last paragraph with no sentence end whose printed lines fall into parts at the body's column
    (`printed_parts`) is the title block, read part by part (headline and subheadline, or kicker and headline),
    not one headline of every line.

    >>> body = Block("text", "", lines=("昨天，某社区召开旧城改造动员会，", "会议部署了老街区的居民搬迁事宜，", "要求各网格员逐户上门说明政策，",
    ...                                 "推动发展。"))
    >>> lines = ("五天搬迁120户居民，某社区旧城改", "造全面提速", "志愿者上门，帮老人打包")
    >>> draft = Draft(body=[body, Block("text", "".join(lines), lines=lines)])
    >>> title_parts_under_body(draft), draft.headline, draft.subheadline
    (True, '五天搬迁120户居民，某社区旧城改造全面提速', '志愿者上门，帮老人打包')
    """
    last = draft.body[-1]
    column = body_column(draft, skip_last=True)
    if column is None or len(last.lines) < 3 or re.search(r"[。！？!?]", last.text):
        return False
    texts = part_texts(last.lines, column)
    if not texts:
        return False
    draft.body.pop()
    apply_title_run(draft, [Block("title", text) for text in texts], None)
    return True


GLUED_TITLE_RULES = (title_lines_under_body, title_wider_than_column, question_after_list, title_after_list,
                     title_after_last_sentence, title_parts_under_body, paragraph_title,
                     sentence_lines_wider_than_column)


def _set_title_text(draft: Draft, title: str) -> None:
    head, sub = split_trailing_subheadline(title)
    draft.headline, label = split_web_marks(tidy_title(head))
    draft.subheadline, draft.kicker = sub, draft.kicker or label


def _wider_than(line: str, width: int) -> bool:
    """A line wider than its column: by more than a character, or by one that is no punctuation hanging at a wrapped
    line's end (`…的政治需求。` may stick out by its `。`)."""
    shown = display_width(line)
    return shown > width + 2 or (shown > width and line.rstrip()[-1:] not in CLOSERS + TERMINAL + "，、；：")


GLUED_TITLE_MAX_LINES = 6


def glued_title_lines(block: Block) -> tuple[str, list[Block]] | None:
    """A paragraph's body and the title lines printed under it without a blank line: the earliest
    of its last lines that ends a sentence with the lines after it reading as a title block.

    >>> lines = ("今天，会议召开。", "干在实处 走在前列", "某区18个重大项目集中开工")
    >>> body, run = glued_title_lines(Block("text", "".join(lines), lines=lines))
    >>> body, [(b.text, b.kicker) for b in run]
    ('今天，会议召开。', [('干在实处 走在前列', True), ('某区18个重大项目集中开工', False)])
    """
    lines = block.lines
    for k in range(max(0, len(lines) - 1 - GLUED_TITLE_MAX_LINES), len(lines) - 1):
        if not _ends_body(lines[k]) and not issuer_line(join_lines(list(lines[max(0, k - 1) : k + 1]))):
            continue
        tail = join_lines(list(lines[k + 1:]))
        if not block.text.endswith(tail) or no_title_lines(lines[k + 1:]):
            continue
        run = read_title_lines(list(lines[k + 1:]))
        if run is not None:
            return block.text[: len(block.text) - len(tail)].strip(), run
    return None


def no_title_lines(tail: list[str] | tuple[str, ...]) -> bool:
    """Lines under a body's last sentence that cannot be its title block, whatever they read as: a bracket closes
    a body (credits, （完）), never a title line; a list is no title block; nor is the body's last sentence
    repeated as the title (`last_sentence_repeated`), nor lines holding the issuer that signs a notice
    (`issuer_line`, after the first line: `…÷总票数观摩会秘` / `书组` / the title)."""
    return (any(_bracket_end(line) for line in tail) or _list_lines(tail) or last_sentence_repeated(tail)
            or any(issuer_line(join_lines(list(tail[j - 1 : j + 1]))) for j in range(1, len(tail) - 1)))


def last_sentence_repeated(lines: list[str] | tuple[str, ...]) -> bool:
    """`某县明天将更加辉煌！` / `某县明天将更加辉煌`: a line ending a sentence that the lines under it repeat word for
    word (a title made of the body's last sentence) is that sentence, not the title's exclaimed head.

    >>> last_sentence_repeated(["某县明天将更加辉煌！", "某县明天将更加辉煌"]), last_sentence_repeated(["总投资9亿元！", "某县8个项目开工"])
    (True, False)
    """
    first = compact(lines[0]).rstrip(CLOSERS + TERMINAL) if lines else ""
    return len(lines) > 1 and _ends_body(lines[0]) and bool(first) and first == compact(join_lines(list(lines[1:])))


def _ends_body(line: str) -> bool:
    """A line a body may end with: a sentence end, a bracket closing it (`…。（记者 张三）`, `（完）`), or a
    digest's closing credit line (`记者 张三 整理`: `credits.closing_credit_line`)."""
    if _bracket_end(line) or closing_credit_line(line):
        return True
    stripped = line.rstrip(CLOSERS + " ")
    return bool(stripped) and stripped[-1] in TERMINAL


def issuer_line(line: str) -> bool:
    """`…÷总票数观摩` / `会秘书组`: a notice's body ends with its issuer, a body's name (`秘书组`, `办公室`,
    `指挥部`: data/issuer_ends.txt) closing the line with no mark after it (`glued_title_lines` asks it of a
    line joined with the one above, as the column may wrap the name: `…观摩会秘书` / `组`). A title never holds
    its issuer: lines holding one are no title block.

    >>> issuer_line("会秘书组"), issuer_line("项目建设指挥部"), issuer_line("全市重点项目")
    (True, True, False)
    """
    flat = compact(line)
    return len(flat) >= 2 and flat.endswith(tuple(words("issuer_ends.txt")))


BRACKET_END_RE = re.compile(r"[（(][^（）()]{1,40}[）)]\s*$")


def _bracket_end(line: str) -> bool:
    """A line ending in a bracket that closes a body (credits, （完）); a web title's media mark (`…开工（图）`)
    closes none."""
    return bool(BRACKET_END_RE.search(line)) and not has_media_mark(line)
# Where a body may end inside a paragraph: a sentence end, or a bracket (credits, （完）) after one.
BODY_END_RE = re.compile(r"[。！？!?][”’」』]?(?:\s*[（(][^（）()]{1,40}[）)])?")


def read_title_lines(lines: list[str]) -> list[Block] | None:
    """Lines at a title's place → their title blocks, or None: a line of clauses over a clean title line
    (`titles.clauses_over_title`: kicker and headline), what the block rules read as titles, or one paragraph that is a headline at its place (`前三季度，全市接待游客2000余万人次` /
    `实现旅游收入近200亿元，人均900元`: commas and figures are a headline's too). A line of credits
    (`记者 张三 整理`) is no title line. A paragraph of three lines or more keeps them, as its lines may show the parts
    of a title block wrapped at the body's column (`title_parts_by_column`)."""
    if any(closing_credit_line(line) for line in lines):
        return None
    k = subheadline_line(lines)
    if k is not None:
        head = read_title_lines(lines[:k])
        return head + [Block("title", join_lines(lines[k:]))] if head else None
    if len(lines) == 2 and (clauses_over_title(lines[0], lines[1]) or clauses_over_halves(lines[0], lines[1])):
        return [Block("title", lines[0].strip()), Block("title", lines[1].strip())]
    found = classify_paragraph(lines)
    if found and all(b.kind == "title" for b in found):
        return found
    text = join_lines(lines)
    if len(found) != 1 or found[0].kind != "text" or not title_at_its_place(text):
        return None
    if clause_lines(lines):  # one block, so that a sentence cut by a column break stays one (is_cut_sentence)
        return [Block("title", text, lines=tuple(line.strip() for line in lines))]
    head, sub = split_trailing_subheadline(text)
    if sub is None and len(lines) >= PARTS_MIN_LINES:  # its lines may show parts (`title_parts_by_column`)
        return [Block("title", text, lines=tuple(line.strip() for line in lines))]
    return [Block("title", head)] + ([Block("title", sub)] if sub else [])


def subheadline_line(lines: list[str]) -> int | None:
    """Where a title block's printed lines turn to its subheadline, whatever the headline above wraps into:
    a line opening with a dash (`——某县项目建设观摩侧记`, it and the lines after it), or a last line of people
    and what they did (`李明讲话 王强主持`); None when no line does.

    >>> subheadline_line(["总投资9亿元！某县8个项目开工，涵盖先进制造、", "现代物流等领域", "——某县观摩侧记"])
    2
    >>> subheadline_line(["某县项目开工活动举行 共有28个项目开工总投资达156亿", "元", "李明讲话 王强主持"])
    2
    """
    for k, line in enumerate(lines[1:], start=1):
        if compact(line).startswith("—"):
            return k
    return len(lines) - 1 if people_line_last(lines) else None


def people_line_last(lines: list[str]) -> bool:
    """The last printed line is the people line, and the people read from the joined text would take the end
    of the line above with it (`…总投资达156亿` / `元` / `李明讲话 王强主持`: 元李明 is no name here); when the
    line above ends with people of its own (`…大会 李明讲话` / `王强主持`), the joined text is read as usual.

    >>> people_line_last(["某县项目开工总投资达156亿", "元", "李明讲话 王强主持"]), people_line_last(["某县大会 李明讲话", "王强主持"])
    (True, False)
    """
    last = compact(lines[-1])
    if len(lines) < 2 or not is_people_and_verbs(last):
        return False
    sub = compact(split_trailing_subheadline(join_lines(lines))[1] or "")
    spill = sub[: -len(last)] if sub.endswith(last) else ""
    return not sub or (bool(spill) and not is_people_and_verbs(spill))


def headline_over_subheadline(lines: list[str]) -> bool:
    """One title block printed as a headline over its subheadline: two lines of clauses (`clause_lines`), a
    headline of spaced halves over a full line (`titles.halves_over_line`), or a headline over a deck
    (`titles.deck_under`), or a line closing on an event's verb over a full line (`titles.event_over_line`)."""
    return clause_lines(lines) or (len(lines) == 2 and (halves_over_line(lines[0], lines[1])
                                                        or deck_under(lines[0], lines[1])
                                                        or event_over_line(lines[0], lines[1])))


def clause_lines(lines: list[str]) -> bool:
    """`上半年，某市接待游客300余万人次` / `实现旅游收入近30亿元，人均900元`: two title lines that each carry
    their own clauses (an inner comma) are a headline and its subheadline (主题 and 副题), not one
    headline wrapped.

    >>> clause_lines(["上半年，某市接待游客300余万人次", "实现旅游收入近30亿元，人均900元"])
    True
    """
    return len(lines) == 2 and all("，" in compact(line)[1:] and title_at_its_place(line) for line in lines)


# Web-era headlines run longer than print ones; at a headline's place up to this many characters.
PLACED_TITLE_MAX_CHARS = 64


def title_at_its_place(text: str) -> bool:
    """A paragraph where a headline belongs (closing a body, before the next article's start)
    can be a headline with up to three inner separators and up to 64 characters.

    >>> title_at_its_place("稳字当头，进字为先，某市经济运行持续向好"), title_at_its_place("今天，会议召开。")
    (True, False)
    """
    flat = compact(text)
    if not 4 <= len(flat) <= PLACED_TITLE_MAX_CHARS or CONTINUED_TO_RE.search(flat) or CONTINUED_FROM_RE.match(flat):
        return False
    if flat[0] in "（(" and flat[-1] in "）)":
        return False  # a parenthesis: （记者 张三 摄）, （完）
    core = title_core(flat)
    return bool(core) and not any(ch in core for ch in TERMINAL) and core[-1] not in "，、；：,;:" \
        and separator_count(core) <= 3


def is_closing(run: list[Block], blocks: list[Block], j: int, open_: Draft) -> bool:
    """Is this run of title-shaped paragraphs the title of the open article (True), or a
    section heading inside its body (False)? The closing rules are asked in order; the first
    with an opinion decides, and a run none of them closes is a section heading."""
    for rule in CLOSING_RULES:
        verdict = rule(run, blocks, j, open_)
        if verdict is not None:
            return verdict
    return False


def _text_run_end(blocks: list[Block], j: int) -> int:
    while j < len(blocks) and blocks[j].kind == "text":
        j += 1
    return j


def nothing_follows(run: list[Block], blocks: list[Block], j: int, open_: Draft) -> bool | None:
    """A title run followed by a dateline, a byline or the page's end closes the open article."""
    return True if j >= len(blocks) or blocks[j].kind != "text" else None


def note_has_no_sections(run: list[Block], blocks: list[Block], j: int, open_: Draft) -> bool | None:
    """`编者按` / `…农户收益几何？请看本报调查。` / `在山药之乡，看山药经济`: an editor's note opened by its label alone has no
    section headings: a title line under its paragraphs closes it (the text after that title is another article's)."""
    return True if open_.kind_hint == "notice" else None


def dash_line(run: list[Block], blocks: list[Block], j: int, open_: Draft) -> bool | None:
    """`——访县文旅局局长周明` opening the run: a title block's subheadline, never a section."""
    return True if compact(run[0].text).startswith("—") else None


def datelined_news(run: list[Block], blocks: list[Block], j: int, open_: Draft) -> bool | None:
    """Datelined news has no section headings (features and reviews do): a title-shaped line in
    it closes it, and the text after it is an article printed without dateline or byline."""
    return True if open_.start is not None and open_.start.kind == "dateline" else None


def caption_follows(run: list[Block], blocks: list[Block], j: int, open_: Draft) -> bool | None:
    """A title followed by text that a photo credit closes: the text is the next photo's caption."""
    k = _text_run_end(blocks, j)
    return True if k < len(blocks) and blocks[k].kind == "photo_credit" else None


def section_pair(run: list[Block], blocks: list[Block], j: int, open_: Draft) -> bool | None:
    """`提质增效` / `产业发展转型升级` followed by text inside a feature: a two-line section heading,
    when the feature already had a section heading or the next title run is one too (features
    print their sections in series); any other run of several lines is a title."""
    if len(run) == 1:
        return None
    if len(run) != 2 or not all(_section_line(b.text) for b in run):
        return True
    if any(b.kind == "section" for b in open_.body):
        return False
    k = _text_run_end(blocks, j)
    m = k
    while m < len(blocks) and blocks[m].kind == "title":
        m += 1
    next_is_section = m - k == 2 and m < len(blocks) and blocks[m].kind == "text"
    return False if next_is_section and all(_section_line(b.text) for b in blocks[k:m]) else True


def _section_line(text: str) -> bool:
    flat = compact(text)
    return 2 <= len(flat) <= 16 and not is_subheadline(text) and not is_banner(text)


# 一、 / （一） / 1. / 一是 / 第一， opening a line
ENUMERATED_RE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、是要]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十]{1,3}[，、])")


def enumerated_heading(run: list[Block], blocks: list[Block], j: int, open_: Draft) -> bool | None:
    """`一、聚焦重点项目` followed by text: a numbered section heading, in news too."""
    return False if len(run) == 1 and ENUMERATED_RE.match(compact(run[0].text)) else None


CROSSHEAD_MIN_SHARED = 2


def crosshead_of_text_below(run: list[Block], blocks: list[Block], j: int, open_: Draft) -> bool | None:
    """`本报某县讯 …这就是“社区议事员”。` / `老旧小区停车位增加了` / `停车难一直是老旧小区居民最头疼的事。…`: one title line
    whose words (two characters or more, not data/stopwords.txt) are none of the body above it, while two or more
    are in the text right under it, heads that text: a section heading (crosshead) of the open article, not the
    title that closes it. A headline sums up the body printed over it; a crosshead announces what follows.

    >>> news = Draft(start=Block("dateline", ""), body=[Block("text", "今天，某街道成立社区议事会。")])
    >>> series = [Block("title", "老旧小区停车位增加了"), Block("text", "停车难一直是老旧小区居民最头疼的事。")]
    >>> crosshead_of_text_below(series[:1], series, 1, news)
    False
    """
    if len(run) != 1:
        return None
    shared_below, shared_above = _words_shared(run[0].text, blocks[j:_text_run_end(blocks, j)], open_.body)
    return False if shared_below >= CROSSHEAD_MIN_SHARED and not shared_above else None


def crosshead_in_datelined_story(run: list[Block], blocks: list[Block], j: int, open_: Draft) -> bool | None:
    """`本报某县讯 …老旧小区改造…` / `老旧小区停车难题破解` / `停车难…` / `某县老旧小区改造惠及8000余户`: one title line
    inside a datelined story that shares more words with the text under it than with the body above (two or more),
    where that text runs on to a closing title of its own which sums up the body above (two words or more of it),
    heads a section of the story: the closing title under the text is the story's. Two articles (body, title, body,
    title) differ: the first title sums up the body above it, the second the body under the first.

    >>> news = Draft(start=Block("dateline", ""), body=[Block("text", "某县把老旧小区改造作为民生实事，惠及居民。")])
    >>> story = [Block("title", "老旧小区停车难题破解"), Block("text", "老旧小区停车难，今年新增停车位。"),
    ...          Block("title", "某县老旧小区改造惠及居民")]
    >>> crosshead_in_datelined_story(story[:1], story, 1, news)
    False
    """
    k = _heads_text_below(run, blocks, j, open_)
    if k is None:
        return None
    sums_up_above = _words_shared(blocks[k].text, [], open_.body)[1] >= CROSSHEAD_MIN_SHARED
    return False if sums_up_above else None


def crosshead_of_the_same_place(run: list[Block], blocks: list[Block], j: int, open_: Draft) -> bool | None:
    """`本报某县讯 走进某县，处处是工地…` / `园区厂房提速增效` / `作为工业大县，某县园区…` / `新城崛起正当时`: one short line (a
    section's length, `_section_line`) inside a datelined story that shares more words with the text under it than
    with the body above (two or more), where that text opens no article of its own (no dateline, no byline), goes on
    about the place the dateline names and runs on to a closing title, heads a section of the story: an article
    printed with no credit at all is rare, one going on about the story's own place under a section's line is the
    story.

    >>> news = Draft(start=Block("dateline", "", place="某县"), body=[Block("text", "走进某县，新厂房拔地而起。")])
    >>> story = [Block("title", "园区厂房提速增效"), Block("text", "作为工业大县，某县园区提速增效明显。"),
    ...          Block("title", "新城崛起正当时")]
    >>> crosshead_of_the_same_place(story[:1], story, 1, news)
    False
    """
    k = _heads_text_below(run, blocks, j, open_)
    if k is None or not _section_line(run[0].text) or not open_.start.place:
        return None
    return False if any(open_.start.place in compact(b.text) for b in blocks[j:k]) else None


SUMMING_UP_MIN_WORDS = 3  # a closing title that sums up a lead repeats at least this many of its words …
SUMMING_UP_SHARE = 0.75  # … and nearly all of its own


def closing_title_repeats_the_lead(run: list[Block], blocks: list[Block], j: int, open_: Draft) -> bool | None:
    """`本报济宁讯 …济宁将推动新老产业“两翼齐飞”。` / `新老产业“两翼齐飞”` / `在某县…` / `济宁新老产业“两翼齐飞”`: one
    section-length line under a datelined story's lone lead paragraph, over text that opens no article and runs to a
    closing title that repeats the lead (three of its words or more, three quarters of them), heads a section of the
    story: the closing title is the whole story's, for it sums up the lead printed above the line. An article of its
    own under that line would have a title of its own words.

    >>> news = Draft(start=Block("dateline", ""), body=[Block("text", "济宁将推动新老产业“两翼齐飞”，建设工业强市。")])
    >>> story = [Block("title", "新老产业“两翼齐飞”"), Block("text", "在某县，新厂房拔地而起。"),
    ...          Block("title", "济宁新老产业“两翼齐飞”")]
    >>> closing_title_repeats_the_lead(story[:1], story, 1, news)
    False
    """
    k = _text_run_end(blocks, j)
    if (len(run) != 1 or not _section_line(run[0].text) or open_.start is None or open_.start.kind != "dateline"
            or len(open_.body) != 1 or k == j or k >= len(blocks) or blocks[k].kind != "title"):
        return None
    words = _content_words(blocks[k].text)
    lead = compact(open_.body[0].text)
    shared = sum(w in lead for w in words)
    return False if shared >= SUMMING_UP_MIN_WORDS and shared >= SUMMING_UP_SHARE * len(words) else None


def _heads_text_below(run: list[Block], blocks: list[Block], j: int, open_: Draft) -> int | None:
    """Where the text under a datelined story's one title line ends at the next title (its index), when the line
    shares more of its words with that text than with the body above (two or more); else None."""
    k = _text_run_end(blocks, j)
    if (len(run) != 1 or open_.start is None or open_.start.kind != "dateline" or k == j or k >= len(blocks)
            or blocks[k].kind != "title"):
        return None
    shared_below, shared_above = _words_shared(run[0].text, blocks[j:k], open_.body)
    return k if shared_below >= CROSSHEAD_MIN_SHARED and shared_below > shared_above else None


def _words_shared(title: str, below: list[Block], above: list[Block]) -> tuple[int, int]:
    """How many of a title line's words (`_content_words`) the blocks under it and the body above it print."""
    words = _content_words(title)
    under, over = ("".join(compact(b.text) for b in blocks) for blocks in (below, above))
    return sum(w in under for w in words), sum(w in over for w in words)


def _content_words(text: str) -> list[str]:
    """The words of a title line a body would repeat: two characters or more, no stopword."""
    from jdash.nlp import cut  # jieba, loaded only when a title line inside a body is read
    from jdash.topics import stopwords

    return [w for w in dict.fromkeys(cut(compact(text))) if len(w) >= 2 and w not in stopwords()
            and not re.search(r"[\W\d]", w)]


CLOSING_RULES = (nothing_follows, note_has_no_sections, dash_line, enumerated_heading, caption_follows,
                 crosshead_of_text_below, crosshead_in_datelined_story, crosshead_of_the_same_place,
                 closing_title_repeats_the_lead, datelined_news,
                 section_pair)


def apply_title_run(draft: Draft, run: list[Block], following: Block | None) -> str | None:
    """Split a closing title run into kicker / headline / subheadline, and a trailing label
    that belongs to the next article. Returns that label. A title block wrapped at the body's column is read by
    its printed parts first (`title_parts_by_column`); its last part is its own, never the next article's label (a
    column's label is printed on a line of its own, not wrapped into a title block's paragraph)."""
    parts = title_parts_by_column(draft, run)
    own_lines, run = len(parts) > len(run), parts
    texts = [tidy_title(b.text) for b in run]
    head_index = 1 if len(texts) > 1 and first_line_is_kicker(run[0], texts[0], texts[1]) else 0
    if head_index:
        draft.kicker = texts[0]
    draft.headline, label = split_web_marks(texts[head_index])
    draft.kicker = draft.kicker or label
    after = texts[head_index + 1:]
    if after and ending_dash(draft.headline):
        draft.headline, after = dash_opens_next(draft.headline, after)
    if len(run) == 1 and headline_over_subheadline(list(run[0].lines)):
        draft.headline, after = run[0].lines[0], [run[0].lines[1]]
    rest, column_for_next = (after, None) if own_lines else split_trailing_label(after, following)
    draft.subheadline = " ".join(rest) if rest else None
    return column_for_next


def dash_opens_next(headline: str, after: list[str]) -> tuple[str, list[str]]:
    """`助企发展——` / `访某区党工委书记李明` in title blocks of their own: the dash ending the headline's line opens
    the line under it, its subheadline (`——访…`).

    >>> dash_opens_next("助企发展——", ["访某区党工委书记李明"])
    ('助企发展', ['——访某区党工委书记李明'])
    """
    head = ENDING_DASH_RE.sub("", headline).rstrip()
    return head, ["——" + after[0].strip()] + after[1:]


# ---------------------------------------------------------------- kicker rules
# Each takes the first two lines of a title run (the first already tidied) and says whether the
# first is a kicker over the headline; `first_line_is_kicker` asks them in order.

def _second_is_title(second: str) -> bool:
    """A line that can be the headline under a kicker: not a subheadline, a banner or a reporter's visit
    (`记者走进某某山` is a kicker over a headline, or a subheadline under one)."""
    return len(compact(second)) >= 4 and not is_subheadline(second) and not is_banner(second) \
        and not reporter_visit(second)


def marked_kicker(block: Block, first: str, second: str) -> bool:
    """A line the block classifier already knew to be a kicker from the layout (`太白湖新区` over
    its headline inside one block)."""
    return block.kicker


def place_kicker(block: Block, first: str, second: str) -> bool:
    """`梁山县` / `8个项目集中开工`, `东湖新区老城区西城区` / `某市推动“三区联动”发展`: a place name,
    or a run of them, over a headline that reads on its own."""
    return _second_is_title(second) and (is_place_name(first) or place_run(first)) and stands_alone(second)


def label_kicker(block: Block, first: str, second: str) -> bool:
    """`多维聚焦 精准发力` / `梁山着力做强物流产业`: a label-like line over a longer headline."""
    return _second_is_title(second) and len(compact(second)) > len(compact(first)) and kicker_like(first)


def short_line_kicker(block: Block, first: str, second: str) -> bool:
    """`民营经济量质齐升` / `嘉祥县外贸进出口逆势上扬`: a short line over a longer headline; but a long
    event line under a short title (…推进会召开) is the subheadline."""
    head, tail = compact(first), compact(second)
    return (_second_is_title(second) and len(head) <= KICKER_MAX_CHARS and len(tail) > len(head)
            and not EVENT_END_RE.search(tail))


def form_kicker(block: Block, first: str, second: str) -> bool:
    """`强产业、优服务、惠民生` / `某镇大棚铺就致富路`, `记者走进水泊梁山` / `春到景区游人旺`: a line in a
    form only kickers take (parallel phrases, a reporter's visit), whatever the lengths."""
    return _second_is_title(second) and kicker_form(first)


def speaker_kicker(block: Block, first: str, second: str) -> bool:
    """`王建华在某县调研时强调` / `做强特色产业 壮大县域经济`: a line that introduces what someone said
    (see `titles.speaker_line`) over the headline that says it."""
    return _second_is_title(second) and speaker_line(first, second)


def column_kicker(block: Block, first: str, second: str) -> bool:
    """`新春走基层` / `湖上的年味`: a campaign's or column's name (see `titles.column_label`) over a headline,
    however short the headline."""
    return _second_is_title(second) and column_label_line(first, second)


def occasion_kicker(block: Block, first: str, second: str) -> bool:
    """`庆祝某某成立70周年` / `某市各景区推出国庆活动`: a line naming the occasion over a full title line (see
    `titles.occasion_line`)."""
    return _second_is_title(second) and occasion_line(first, second)


def topic_kicker(block: Block, first: str, second: str) -> bool:
    """`打造某某发展新增长极` / `某市某局：统筹发展和保护`: a line over a headline that opens with a topic head
    (see `titles.before_topic_head`)."""
    return _second_is_title(second) and before_topic_head(first, second)


def clauses_kicker(block: Block, first: str, second: str) -> bool:
    """`成立专班、挂图作战，某区狠抓重点区域管控` / `全力打赢污染防治攻坚战`: a line of clauses over a narrower clean
    title line (see `titles.clauses_over_title`)."""
    return _second_is_title(second) and clauses_over_title(first, second)


def short_kicker_over_clauses(block: Block, first: str, second: str) -> bool:
    """`乡村振兴看泗水` / `小茶叶撬动大产业，山区群众鼓起钱袋子`: a few plain words over a headline of clauses (see
    `titles.short_line_over_clauses`)."""
    return _second_is_title(second) and short_line_over_clauses(first, second)


def couplet_kicker(block: Block, first: str, second: str) -> bool:
    """`夜市开张后，摊主们把日子过红火了` / `烟火聚人气 小摊富乡亲`: a line of clauses over a couplet that reads on its own (see
    `titles.clauses_over_couplet`)."""
    return clauses_over_couplet(first, second)


def calls_kicker(block: Block, first: str, second: str) -> bool:
    """`守千年古城底色 绘宜居新城画卷` / `某县老城更新让二十条老街换了新颜`: a line of calls over a wider title line that tells
    (see `titles.calls_over_title`)."""
    return _second_is_title(second) and calls_over_title(first, second)


def series_kicker(block: Block, first: str, second: str) -> bool:
    """`乡村振兴的齐鲁样板之济宁泗水` / `做强林果产业 带动山村增收`: a series' name and the place this part is about, over a
    full title line, in a block of its own as inside one (see `titles.series_place_line`)."""
    return _second_is_title(second) and series_place_line(first, second)


def dash_kicker_over(block: Block, first: str, second: str) -> bool:
    """`河北某县——` / `大棚蔬菜上市忙`: a short line ending in a dash (see `titles.dash_kicker`) over a headline,
    however short the headline, in a block of its own as inside one."""
    return _second_is_title(second) and dash_kicker(first, second)


def numbered_series_kicker(block: Block, first: str, second: str) -> bool:
    """`“某某”媒体看某县③` / `做强特色产业，带动群众增收`: a series' name closing in a part number over a full title line
    (see `titles.numbered_series_line`)."""
    return _second_is_title(second) and numbered_series_line(first, second)


KICKER_RULES = (marked_kicker, dash_kicker_over, place_kicker, label_kicker, short_line_kicker, form_kicker, speaker_kicker,
                column_kicker, occasion_kicker, topic_kicker, clauses_kicker, short_kicker_over_clauses,
                couplet_kicker, calls_kicker, series_kicker, numbered_series_kicker)


def first_line_is_kicker(block: Block, first: str, second: str) -> bool:
    """The kicker rules asked in order; a deck second (`titles.deck_under`) makes the first line the headline."""
    if deck_under(first, second) or (ending_dash(first) and not dash_kicker(first, second)):
        return False  # a deck is no headline; a title line ending in a dash goes on into the next
    return any(rule(block, first, second) for rule in KICKER_RULES)


def split_trailing_label(rest: list[str], following: Block | None) -> tuple[list[str], str | None]:
    """Title lines after the headline: a label-like last line is the next article's column label
    (when an article follows) or a page banner (when none does); the others are the subheadline. A
    reporter's visit (`记者走进某某山`) under a headline is its subheadline, never a label."""
    rest = list(rest)
    if not rest or not label_like(rest[-1]) or is_subheadline(rest[-1]) or reporter_visit(rest[-1]):
        return rest, None
    if following is not None and following.kind in TITLE_FOLLOWERS:
        return rest[:-1], undouble(rest[-1])
    if is_banner(rest[-1]):
        return rest[:-1], None  # a page banner after the last article, not this article's subheadline
    return rest, None
