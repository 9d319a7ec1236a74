"""A generator of realistic, distinct 济宁日报 pages for benchmarks, made from the seed pages.

The seeds' articles are parsed once (`jdash.pipeline.process_page`), then every generated page
draws 5–9 of them and changes them:

- dates: each page belongs to an issue (eight pages a day, consecutive days from a start date
  that depends on the seed); datelines say the day before the issue, body dates that repeated the
  old dateline follow it, and years written in the text (`2021年度`) move by as many years as the
  issue moved from the seed's own year. `pages.csv` gives every page's issue date and page label;
- numbers: every figure that is not a date or a page reference is scaled by a factor per article;
- names: officials keep an invented name per three-year term (so the same post has the same
  holder across a term), other people and reporters get a fresh invented name per page;
- layout: the seeds' OCR layout — the article's start (dateline with its credits, or a ■ byline),
  its body, then its title block — re-wrapped at a width between 10 and 30 characters per page;
  a few pages are GB18030 or UTF-8 with a BOM and CRLF line ends, as real page dumps are.

Page `i` depends only on the seed and `i`: the 300-page corpus is the first 300 pages of the
3,000-page one. Run `python -m bench.corpus --pages 300 --out DIR` to write a corpus.

With `fresh=True` (`--fresh`) the words change too, so the text does not repeat: every seed text is
tagged once (plain jieba.posseg, its own dictionary), and each generated article replaces about
`FRESH_SHARE` of its content words of two or more characters (nouns, verbs, adjectives, places,
idioms) by a word of the same part of speech drawn from the seeds' own words — places also from
jdash/data's counties and towns. Numbers, measure words, function words, punctuation, the names the
name map changes and the words next to a number stay, so a figure keeps its metric and unit. The
seeds' pages come back as new sentences: caches keyed by text (`nlp.tag`'s snippets) hit about as
often as on real pages, not 26 times for each fresh snippet as on the plain corpus (docs/PERFORMANCE.md).
A fresh corpus's page `i` is not the plain corpus's page `i` with other words: it is its own corpus.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import random
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
PAGES_PER_ISSUE = 8
PAPER = "济宁日报"
MIN_WIDTH, MAX_WIDTH = 10, 30
MIN_ARTICLES, MAX_ARTICLES = 5, 9
TERM_YEARS = 3  # officials keep their invented name this long
FIGURE_WEIGHT = 0.25  # with fresh=True, an article's weight is 1 + this × its figures
FRESH_SHARE = 0.5  # with fresh=True, the share of replaceable words that are replaced
# Parts of speech (jieba's flags) whose words of two or more characters may be replaced by another
# word with the same flag: content words only, so the sentence keeps its shape.
FRESH_FLAGS = frozenset({"n", "nz", "nt", "ns", "nl", "ng", "vn", "v", "vd", "a", "ad", "an", "l", "i", "j", "s"})

# Figures: numbers not followed by a date or page unit, and not glued to Latin letters (N95).
_NUMBER_RE = re.compile(r"(?<![\d.A-Za-z])(\d+(?:\.\d+)?)(?![\d.])(?!\s*(?:年|月|日|版|时|号|届|期|周年|点|分|秒|:|：))")
_YEAR_RE = re.compile(r"(?<![\d.])(20\d{2})(?=\s*(?:年|[-—－~～至到]\s*20\d{2}\s*年))")
# Five-year plans (“十四五”, 十三五规划): moved with the year, so a page keeps naming its own plan.
_PLAN_RE = re.compile(r"(?<=“)十([一二三四六]?)五(?=”)|十([一二三四六]?)五(?=规划|时期|期间)")
_PLAN_NUMERALS = {8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二", 13: "十三", 14: "十四", 15: "十五", 16: "十六"}
_DIGITS = {"": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_ROLE_ORDER = ("记者", "通讯员", "作者", "摄影", "编辑")

_GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "兰", "萍", "红", "鹏", "飞", "宇", "浩", "凯", "晨", "阳", "琳", "雪", "梅", "颖", "婷", "波", "斌", "辉", "宁", "峰", "帆", "欣", "瑶", "璐", "博", "文", "晓", "建", "志", "海", "永", "国", "俊", "立", "东", "春", "新", "振", "德", "泽", "子", "昊", "思", "嘉", "怡", "然", "睿", "航", "锦", "卓", "珂", "岚", "骁", "翔", "铭", "钧", "远", "昕", "悦", "蕾", "茜", "楠", "彤", "薇", "琦", "瑜", "韬", "逸", "煜", "皓"]
_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤"]


@dataclass(frozen=True)
class SeedArticle:
    """One seed article, as the generator needs it."""

    kind: str
    headline: str
    subheadline: str | None
    kicker: str | None
    place: str | None  # dateline place, when the article opens with 本报X讯
    month_day: tuple[int, int] | None  # the dateline's month and day
    reporters: tuple[tuple[str, str], ...]  # (name, role)
    continued_to: str | None
    paragraphs: tuple[str, ...]
    year: int  # the seed page's year
    officials: tuple[str, ...]  # local officials named in the text
    persons: tuple[str, ...]  # other people named in the text
    figures: int = 0  # figures jdash reads in it


@dataclass(frozen=True)
class Page:
    """A generated page: where it goes, its issue date and label, its bytes."""

    name: str  # relative path, e.g. 2017/20170304-05.txt
    date: dt.date
    page: str
    data: bytes
    articles: int  # articles composed onto it
    headlines: tuple[str, ...]


@lru_cache(maxsize=4)
def seed_articles(seed_dir: str = str(SEEDS)) -> tuple[SeedArticle, ...]:
    """The seeds' articles (parsed and enriched once per process)."""
    from jdash.dates import infer_year
    from jdash.pipeline import process_page
    from jdash.textio import decode_page, normalise_text

    out: list[SeedArticle] = []
    for path in sorted(Path(seed_dir).glob("*.txt")):
        data = path.read_bytes()
        year = infer_year(normalise_text(decode_page(data, path.name)))[0] or 2022
        for a in process_page(path.name, data).articles:
            month_day = None
            if a.event_date and re.fullmatch(r"--\d{2}-\d{2}", a.event_date):
                month_day = (int(a.event_date[2:4]), int(a.event_date[5:7]))
            paragraphs = tuple(p for p in a.body.split("\n\n") if p.strip())
            if not paragraphs:
                continue
            out.append(SeedArticle(
                kind=a.kind, headline=a.headline, subheadline=a.subheadline, kicker=a.kicker,
                place=a.dateline_place, month_day=month_day,
                reporters=tuple((r.name, r.role) for r in a.reporters),
                continued_to=a.continued_to, paragraphs=paragraphs, year=year,
                officials=tuple(o.name for o in a.officials if o.level != "national" and len(o.name) >= 2),
                persons=tuple(p.name for p in a.persons if len(p.name) >= 2),
                figures=len(a.figures),
            ))
    if not out:
        raise ValueError(f"no seed articles under {seed_dir}")
    return tuple(out)


class Rewording:
    """The seeds' texts tagged once, and the words each part of speech may be replaced by."""

    def __init__(self, articles: tuple[SeedArticle, ...]):
        import jieba
        import jieba.posseg

        jieba.setLogLevel(60)
        tagger = jieba.posseg.POSTokenizer(jieba.Tokenizer())  # its own dictionary: no user words
        texts = {t for a in articles for t in (a.headline, a.subheadline, a.kicker, *a.paragraphs) if t}
        self.tokens = {t: tuple((w.word, w.flag) for w in tagger.cut(t)) for t in sorted(texts)}
        pools: dict[str, set[str]] = {}
        for tokens in self.tokens.values():
            for word, flag in tokens:
                if flag in FRESH_FLAGS and len(word) >= 2 and not any(c.isdigit() for c in word):
                    pools.setdefault(flag, set()).add(word)
        pools.setdefault("ns", set()).update(_jining_places())
        self.pools = {flag: tuple(sorted(words)) for flag, words in pools.items()}

    def reword(self, text: str, keep: frozenset[str], rng: random.Random) -> str:
        """`text` (a seed text) with about FRESH_SHARE of its replaceable words replaced."""
        tokens = self.tokens.get(text)
        if tokens is None:
            return text
        out = []
        for i, (word, flag) in enumerate(tokens):
            if (flag in FRESH_FLAGS and len(word) >= 2 and word not in keep and not _near_number(tokens, i)
                    and rng.random() < FRESH_SHARE):
                word = rng.choice(self.pools[flag])
            out.append(word)
        return "".join(out)


def _figure_weighted(articles: tuple[SeedArticle, ...], count: int, rng: random.Random) -> list[SeedArticle]:
    """`count` articles drawn without replacement, each with weight 1 + FIGURE_WEIGHT × its figures
    (keys u^(1/w), Efraimidis–Spirakis): a fresh page is as dense in figures as the real sample pages."""
    keyed = sorted(((rng.random() ** (1 / (1 + FIGURE_WEIGHT * a.figures)), i) for i, a in enumerate(articles)),
                   reverse=True)
    return [articles[i] for _, i in keyed[:count]]


def _near_number(tokens: tuple[tuple[str, str], ...], i: int) -> bool:
    """Whether the token before or after token i holds a digit (a figure's metric and unit stay)."""
    return any(0 <= j < len(tokens) and any(c.isdigit() for c in tokens[j][0]) for j in (i - 1, i + 1))


def _jining_places() -> set[str]:
    from jdash.datafiles import read_table

    return {r["alias"] for r in read_table("counties.csv") if r["form"] == "full"} | {
        r["town"] for r in read_table("towns.csv")}


@lru_cache(maxsize=4)
def rewording(seed_dir: str = str(SEEDS)) -> Rewording:
    """The seeds' rewording tables (tagged once per process)."""
    return Rewording(seed_articles(seed_dir))


def _name_pool(seed: int, salt: str, n: int) -> list[str]:
    rng = random.Random(f"{seed}:{salt}")
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < n:
        name = rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2))))
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


class Generator:
    """Makes page `i` of a corpus for a given seed; `pages(n)` yields the first n."""

    def __init__(self, seed: int = 1, seed_dir: str | Path = SEEDS, fresh: bool = False):
        self.seed = seed
        self.articles = seed_articles(str(seed_dir))
        self.rewording = rewording(str(seed_dir)) if fresh else None
        self.officials_pool = _name_pool(seed, "officials", 400)
        self.people_pool = _name_pool(seed, "people", 600)
        self.reporters_pool = _name_pool(seed, "reporters", 150)
        start = random.Random(f"{seed}:start")
        self.start = dt.date(2014, 1, 1) + dt.timedelta(days=start.randrange(0, 3 * 365))

    def date_of(self, i: int) -> tuple[dt.date, str]:
        return self.start + dt.timedelta(days=i // PAGES_PER_ISSUE), f"{i % PAGES_PER_ISSUE + 1:02d}"

    def page(self, i: int, variant: int = 0) -> Page:
        rng = random.Random(f"{self.seed}:{'fresh:' if self.rewording else ''}page:{i}:{variant}")
        date, label = self.date_of(i)
        width = rng.randint(MIN_WIDTH, MAX_WIDTH)
        count = rng.randint(MIN_ARTICLES, min(MAX_ARTICLES, len(self.articles)))
        chosen = _figure_weighted(self.articles, count, rng) if self.rewording else rng.sample(self.articles, count)
        paragraphs: list[str] = []
        headlines: list[str] = []
        for article in chosen:
            paras, headline = self._article(article, date, width, rng)
            paragraphs.extend(paras)
            headlines.append(headline)
        text = "\n\n".join(paragraphs) + "\n"
        roll = rng.random()
        if roll < 0.08:
            data = text.encode("gb18030")
        elif roll < 0.15:
            data = b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
        else:
            data = text.encode("utf-8")
        name = f"{date:%Y}/{date:%Y%m%d}-{label}.txt"
        return Page(name, date, label, data, len(chosen), tuple(headlines))

    def pages(self, n: int) -> Iterator[Page]:
        for i in range(n):
            yield self.page(i)

    # ------------------------------------------------------------------ one article

    def _article(self, a: SeedArticle, date: dt.date, width: int, rng: random.Random) -> tuple[list[str], str]:
        names = self._name_map(a, date, rng)
        factor = rng.choice((0.5, 0.6, 0.75, 0.8, 1.25, 1.5, 2.0, 2.5, 3.0)) * rng.uniform(0.9, 1.1)
        shift = date.year - a.year
        dateline = date - dt.timedelta(days=rng.choice((1, 1, 1, 0)))
        keep = frozenset((*names, a.place or ""))

        def change(text: str | None) -> str | None:
            if text is None:
                return None
            if self.rewording:
                text = self.rewording.reword(text, keep, rng)
            text = _replace_names(text, names)
            if a.month_day:
                text = text.replace(f"{a.month_day[0]}月{a.month_day[1]}日", f"{dateline.month}月{dateline.day}日")
            text = _YEAR_RE.sub(lambda m: str(int(m.group(1)) + shift), text)
            text = _PLAN_RE.sub(lambda m: _plan(m, a.year, date.year), text)
            return _NUMBER_RE.sub(lambda m: _scale(m.group(1), factor), text)

        body = [change(p) for p in a.paragraphs]
        headline = change(a.headline) or ""
        subheadline = change(a.subheadline)
        kicker = change(a.kicker)
        reporters = [(names.get(n, n), role) for n, role in a.reporters]
        if a.continued_to:
            body[-1] += f"（下转{a.continued_to}）"

        out: list[str] = []
        if a.kind == "notice":
            return [_wrap(p, width) for p in body], headline
        if a.place and a.kind != "photo":
            when = f"{dateline.month}月{dateline.day}日" if a.month_day else ""
            credits = _credits(reporters)
            body[0] = f"本报{a.place}{when}讯" + (f"（{credits}）" if credits else "") + body[0]
        elif a.kind == "editorial" and not reporters:
            out.append("■本报评论员")
        elif a.kind != "photo" and reporters:
            out.append("■" + _credits(reporters, byline=True))
        out.extend(_wrap(p, width) for p in body)
        if a.kind == "photo":
            shooters = " ".join(n for n, _ in reporters) or rng.choice(self.reporters_pool)
            out.append(f"■记者 {shooters} 摄")
            return out, headline
        title = [kicker] if kicker else []
        out.extend(title)
        out.append("\n".join(x for x in (headline, subheadline) if x))
        return out, headline

    def _name_map(self, a: SeedArticle, date: dt.date, rng: random.Random) -> dict[str, str]:
        term = (date.year - 2000) // TERM_YEARS
        names: dict[str, str] = {}
        for name in a.officials:
            h = int(hashlib.sha1(f"{self.seed}:{term}:{name}".encode()).hexdigest(), 16)
            names[name] = self.officials_pool[h % len(self.officials_pool)]
        for name in a.persons:
            names.setdefault(name, rng.choice(self.people_pool))
        for name, _ in a.reporters:
            names.setdefault(name, rng.choice(self.reporters_pool))
        return names


def _replace_names(text: str, names: dict[str, str]) -> str:
    if not names:
        return text
    pattern = _names_pattern(tuple(sorted(names, key=len, reverse=True)))
    return pattern.sub(lambda m: names[m.group(0)], text)


@lru_cache(maxsize=512)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(n) for n in names))


def _plan_number(year: int) -> int:
    return 10 + (year - 2001) // 5


def _plan(match: re.Match[str], old_year: int, new_year: int) -> str:
    number = 10 + _DIGITS[match.group(1) if match.group(1) is not None else match.group(2)]
    number += _plan_number(new_year) - _plan_number(old_year)
    return f"{_PLAN_NUMERALS.get(number, '十四')}五" if number != 10 else "十五"


def _scale(number: str, factor: float) -> str:
    if "." in number:
        decimals = len(number.split(".")[1])
        return f"{float(number) * factor:.{decimals}f}"
    value = int(number)
    if value == 0:
        return number
    return str(max(1, round(value * factor)))


def _credits(reporters: list[tuple[str, str]], byline: bool = False) -> str:
    groups: dict[str, list[str]] = {}
    for name, role in reporters:
        groups.setdefault(role if role in _ROLE_ORDER else "记者", []).append(name)
    parts = []
    for role in _ROLE_ORDER:
        if role not in groups:
            continue
        people = " ".join(groups[role])
        if role in ("记者", "通讯员"):
            parts.append(f"{'本报' if byline else ''}{role} {people}")
        else:
            parts.append(people)
    return " ".join(parts)


_NO_LINE_START = set("，。、；：！？）》”’」』…·,.;:!?)")


def _wrap(paragraph: str, width: int) -> str:
    """Lines of `width` characters; punctuation that may not open a line stays on the line before."""
    lines: list[str] = []
    i = 0
    while i < len(paragraph):
        j = min(i + width, len(paragraph))
        while j < len(paragraph) and paragraph[j] in _NO_LINE_START:
            j += 1
        lines.append(paragraph[i:j])
        i = j
    return "\n".join(lines)


def write_corpus(n: int, out: str | Path, seed: int = 1, fresh: bool = False) -> list[Page]:
    """Write pages 0..n-1 and a `pages.csv` under `out`; returns the pages without their bytes."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    gen = Generator(seed, fresh=fresh)
    written: list[Page] = []
    with open(out / "pages.csv", "w", newline="", encoding="utf-8") as fh:
        rows = csv.writer(fh)
        rows.writerow(["file", "date", "page", "paper"])
        for page in gen.pages(n):
            path = out / page.name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(page.data)
            rows.writerow([page.name, page.date.isoformat(), page.page, PAPER])
            written.append(Page(page.name, page.date, page.page, b"", page.articles, page.headlines))
    return written


def change_page(path: str | Path) -> bytes:
    """Change one figure in a page file, as an editor fixing a typo would; returns the old bytes."""
    path = Path(path)
    old = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = old.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    match = _NUMBER_RE.search(text)
    if match:
        text = text[:match.start()] + str(int(float(match.group(1))) + 1) + text[match.end():]
    else:
        text += "\n"
    path.write_bytes(text.encode(encoding if encoding == "gb18030" else "utf-8"))
    return old


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fresh", action="store_true", help="new sentences: replace content words (see above)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    pages = write_corpus(args.pages, args.out, args.seed, args.fresh)
    print(f"{len(pages)} pages, {sum(p.articles for p in pages)} articles in {args.out} "
          f"({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
