"""Score jdash's entity stage against hand-checked golden annotations.

Two golden sets: tests/golden/entities/*.json (the seed pages, read by hand: officials per page, article
counties and key figures keyed by a headline fragment) and tests/heldout/golden/*.json (hand-written
pages jdash was never tuned on; officials, counties and key figures per article).
Run `python tests/entity_eval.py` to print the numbers the tests assert.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from jdash.enrich import enrich_articles
from jdash.evaluate import norm  # one notion of "same title" for both scorers
from jdash.figures import _canonical
from jdash.model import Article
from jdash.parser import parse_page
from jdash.textio import decode_page, normalise_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_GOLDEN = ROOT / "tests" / "golden" / "entities"
HELDOUT = ROOT / "tests" / "heldout"


@dataclass
class Score:
    """Counts behind the accuracy figures."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    level_ok: int = 0
    counties_ok: int = 0
    counties_n: int = 0
    figures_ok: int = 0
    figures_n: int = 0
    periods_ok: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def level_accuracy(self) -> float:
        return self.level_ok / self.tp if self.tp else 1.0

    @property
    def county_accuracy(self) -> float:
        return self.counties_ok / self.counties_n if self.counties_n else 1.0

    @property
    def figure_accuracy(self) -> float:
        return self.figures_ok / self.figures_n if self.figures_n else 1.0

    def summary(self) -> str:
        return (
            f"officials P={self.precision:.1%} R={self.recall:.1%} (tp {self.tp}, fp {self.fp}, fn {self.fn}), "
            f"levels {self.level_accuracy:.1%}; counties {self.county_accuracy:.1%} ({self.counties_ok}/{self.counties_n}); "
            f"key figures {self.figure_accuracy:.1%} ({self.figures_ok}/{self.figures_n}), "
            f"periods {self.periods_ok}/{self.figures_n}"
        )


def enriched(path: Path) -> list[Article]:
    """Parse and enrich one page file."""
    text = normalise_text(decode_page(path.read_bytes(), path.name))
    return enrich_articles(parse_page(text, path.name))


def find_article(articles: list[Article], fragment: str) -> Article | None:
    key = norm(fragment)
    for a in articles:
        if key and key in norm(" ".join(x for x in (a.kicker, a.headline, a.subheadline) if x)):
            return a
    return None


# How jdash names a rate after the amount it qualifies (地区生产总值增速, 平均浓度降幅, 出口额占比).
RATE_SUFFIXES = ("增速", "降幅", "占比", "比重")


def metric_ok(golden: str, metric: str | None, canonical: str | None, golden_kind: str | None = None) -> bool:
    """The golden metric and the extracted one name the same measure: equal, one ends the other
    (临时救助金 / 救助金: the head noun agrees), or both map to one canonical metric.

    `golden_kind`: the heldout golden names a rate by its amount and says what it is in `kind`
    (metric 地区生产总值, kind growth); jdash names the rate itself (地区生产总值增速). With such a kind the
    rate word jdash appended is set aside before comparing. Goldens that name rates in the metric
    (heldout2: 地区生产总值增速) carry no kind and are compared as printed. A bracketed aside in the golden
    metric (研学基地（营地）) may be left out."""
    aside = re.sub(r"[（(][^（）()]*[）)]", "", golden)
    if aside != golden and metric_ok(aside, metric, canonical, golden_kind):
        return True  # 研学基地（营地）: the printed aside is optional (heldout2 writes the same phrase 研学基地)
    if golden_kind in ("growth", "decline", "share") and metric and metric.endswith(RATE_SUFFIXES):
        bare = metric[:-2]
        if bare and metric_ok(golden, bare, canonical):
            return True
    g = norm(golden)
    for c in (norm(metric), norm(canonical)):
        if c and (c == g or g.endswith(c) or c.endswith(g)):
            return True
    gm = _canonical(golden)
    return bool(gm and canonical and gm.canonical == canonical)


def same_place(found: str | None, golden: str | None) -> bool:
    """A county as jdash names it against a golden's spelling, which may be another printed form of it
    (济宁经开区 for 济宁经济技术开发区, as one tuning pool spells it); 全市 and the like compare as they are.

    >>> same_place("济宁经济技术开发区", "济宁经开区"), same_place("全市", "全市"), same_place("泗水县", "曲阜市")
    (True, True, False)
    """
    if found == golden:
        return True
    from jdash.gazetteer import canonical_county

    return golden is not None and found is not None and canonical_county(golden) == found


def _metric_agrees(golden: str, f, kind: str | None) -> bool:
    """metric_ok, or metric_ok of the measure after the named unit jdash writes before a sub-unit's figure
    (figure_subject.opening_unit: 某某物流中心运营能力): a golden that leaves the unit out (近期运营能力), or prints
    its own words between the unit and the measure (某某村土地流转), is compared with the measure."""
    if metric_ok(golden, f.metric, f.canonical_metric, kind):
        return True
    from jdash.figure_subject import opening_unit

    unit = opening_unit(f.metric or "")
    if unit is None:
        return False
    rest = f.metric[len(unit):]
    measure = _canonical(rest)  # the measure's own canonical name: a unit's figure keeps none (never on a card)
    return metric_ok(golden[len(unit):] if golden.startswith(unit) else golden, rest, measure and measure.canonical, kind)


def score_figures(article: Article | None, wanted: list[dict], score: Score, label: str) -> None:
    for k in wanted:
        score.figures_n += 1
        hit = None
        for f in article.figures if article else []:
            if (abs(f.value - float(k["value"])) < 1e-9 and f.unit == k["unit"] and same_place(f.county, k["county"])
                    and _metric_agrees(k["metric"], f, k.get("kind"))):
                hit = f
                break
        if hit:
            score.figures_ok += 1
            score.periods_ok += int((hit.period or None) == (k.get("period") or None))
        else:
            score.misses.append(f"figure {label}: {k}")


def score_officials(predicted: dict[str, str], golden: dict[str, str], score: Score, label: str) -> None:
    for name, level in predicted.items():
        if name in golden:
            score.tp += 1
            if golden[name] == level:
                score.level_ok += 1
            else:
                score.misses.append(f"level {label}: {name} {level} != {golden[name]}")
        else:
            score.fp += 1
            score.misses.append(f"false official {label}: {name}")
    for name in golden:
        if name not in predicted:
            score.fn += 1
            score.misses.append(f"missed official {label}: {name}")


def _officials(articles: list[Article]) -> dict[str, str]:
    out: dict[str, str] = {}
    for a in articles:
        for m in a.officials:
            out.setdefault(m.name, m.level)
    return out


def evaluate_seeds() -> Score:
    """Score the seed pages against tests/golden/entities."""
    score = Score()
    for path in sorted(SEED_GOLDEN.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        articles = enriched(SEEDS / gold["source"])
        score_officials(_officials(articles), {o["name"]: o["level"] for o in gold["officials"]}, score, gold["source"])
        for fragment, county in gold["counties"].items():
            a = find_article(articles, fragment)
            score.counties_n += 1
            if a is not None and same_place(a.primary_county, county):
                score.counties_ok += 1
            else:
                score.misses.append(f"county {gold['source']} {fragment}: {a and a.primary_county} != {county}")
        for k in gold["figures"]:
            score_figures(find_article(articles, k["headline"]), [k], score, f"{gold['source']} {k['headline']}")
    return score


def evaluate_heldout(directory: Path = HELDOUT) -> Score:
    """Score held-out pages against their golden files (articles keyed by headline)."""
    score = Score()
    for path in sorted((directory / "golden").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        articles = enriched(directory / "pages" / gold["source"])
        golden_officials: dict[str, str] = {}
        for ga in gold["articles"]:
            for o in ga.get("officials") or []:
                golden_officials.setdefault(o["name"], o["level"])
            headline = ga.get("headline")
            if not headline:
                continue
            a = find_article(articles, headline)
            if ga.get("primary_county") is not None:
                score.counties_n += 1
                if a is not None and same_place(a.primary_county, ga["primary_county"]):
                    score.counties_ok += 1
                else:
                    score.misses.append(f"county {gold['source']} {headline}: {a and a.primary_county} != {ga['primary_county']}")
            score_figures(a, ga.get("key_figures") or [], score, f"{gold['source']} {headline}")
        score_officials(_officials(articles), golden_officials, score, gold["source"])
    return score


if __name__ == "__main__":
    runs = [("seeds", evaluate_seeds)] + [
        (d.name, lambda d=d: evaluate_heldout(d))
        for d in sorted([*(ROOT / "tests").glob("heldout*"), ROOT / "tests" / "final"]) if (d / "golden").is_dir()
    ]
    for name, fn in runs:
        s = fn()
        print(f"{name}: {s.summary()}")
        if "-v" in sys.argv:
            for m in s.misses:
                print("   ", m)
