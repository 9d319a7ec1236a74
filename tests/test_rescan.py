"""jdash.rescan: a pattern tried only where its first character stands finds what finditer finds."""

import random
import re

from jdash.figures import periods
from jdash.rescan import Prefiltered, first_class, first_pairs


def test_prefiltered_periods_equal_finditer_on_random_sentences():
    """The figures' periods (data-built, with look-behinds, optional quotes and digits) on random mixes of their
    own words and other characters: the same matches as the pattern's own finditer, bounds included."""
    pattern = periods()
    scan = Prefiltered(pattern)
    assert scan.first is not None
    rng = random.Random(7)
    pieces = ["今年", "去年", "1至6月", "前三季度", "“国庆”", "假期", "长假期间", "首日", "十年内", "年内", "2016年", "以来", "截至",
              "目前", "近三年来", "“十三五”", "全市", "完成", "，", "1", "月份", "上半年", "春节", "第二天", "十"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        assert [m.span() for m in scan.finditer(text, lo, hi)] == [m.span() for m in pattern.finditer(text, lo, hi)], text


def test_first_class_refuses_what_it_cannot_read():
    assert first_class(r"a*") is None  # may match nothing
    assert first_class(r"[^a]b") is None  # a negated class
    assert first_class(r"(?i:a)b") is None  # scoped flags
    assert Prefiltered(re.compile(r"[^a]b")).first is None
    assert [m.group() for m in Prefiltered(re.compile(r"[^a]b")).finditer("abxb", 0, 4)] == ["xb"]


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    """A small random expression of what first_pairs reads: literals, classes, \\d, groups, alternations, repeats,
    look-arounds and anchors."""
    atoms = ["a", "b", "c", "[ab]", r"\d", "[c-e]"]
    if depth < 2:
        atoms += [f"(?:{_random_pattern(rng, depth + 1)}|{_random_pattern(rng, depth + 1)})", f"({_random_pattern(rng, depth + 1)})"]
    out = rng.choice(["", "", "", "(?<!b)", "^", r"\b", "(?=[ab])", "(?:^|(?<=c))"])
    for _ in range(rng.randint(1, 3)):
        out += rng.choice(atoms) + rng.choice(["", "", "?", "*", "+", "{1,2}", "{2}", "{2,}"])
        out += rng.choice(["", "", "", "", "(?!a)", "$"])
    return out


def test_a_pattern_prefiltered_by_its_first_two_characters_finds_what_finditer_finds():
    rng = random.Random(11)
    narrowed = 0
    for _ in range(400):
        pattern = re.compile(_random_pattern(rng))
        scan = Prefiltered(pattern)
        narrowed += first_pairs(pattern.pattern) is not None
        for _ in range(30):
            text = "".join(rng.choice("abcde1x") for _ in range(rng.randint(0, 10)))
            lo = rng.randint(0, len(text))
            hi = rng.randint(lo, len(text))
            assert [m.span() for m in scan.finditer(text, lo, hi)] == [m.span() for m in pattern.finditer(text, lo, hi)], \
                (pattern.pattern, text, lo, hi)
            assert (scan.match(text, lo, hi) or re.match("", "")).span() == (pattern.match(text, lo, hi) or re.match("", "")).span()
    assert narrowed > 100  # the second character narrowed many of them


def test_the_periods_are_tried_only_where_their_first_two_characters_stand():
    scan = Prefiltered(periods())
    assert first_pairs(periods().pattern) == scan.first.pattern
    assert scan.first.search("建设中心") is None and scan.first.search("建成以来").start() == 0


def test_the_match_from_each_point_is_what_match_finds_at_every_point():
    """matches_from_each_point (figure_metric.metric_before's overlapping phrases) tries fewer points than a match at
    every point, and finds the same matches, in order: on random patterns and on the metric phrases themselves."""
    from jdash.figure_metric import _metric_pattern

    def every_point(pattern, text, lo, hi):
        return [m.span() for m in (pattern.match(text, pos, hi) for pos in range(lo, hi)) if m]

    rng = random.Random(13)
    for _ in range(400):
        pattern = re.compile(_random_pattern(rng))
        scan = Prefiltered(pattern)
        for _ in range(30):
            text = "".join(rng.choice("abcde1x") for _ in range(rng.randint(0, 10)))
            lo = rng.randint(0, len(text))
            hi = rng.randint(lo, len(text))
            assert [m.span() for m in scan.matches_from_each_point(text, lo, hi)] == every_point(pattern, text, lo, hi), \
                (pattern.pattern, text, lo, hi)
    metrics = _metric_pattern()
    scan = Prefiltered(metrics)
    assert scan.first is not None
    pieces = ["临时救助金", "营业收入", "收入", "完成", "投资", "出口", "额", "，", "1", "亿元", "救助", "总", "产值", "增长"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        assert [m.span() for m in scan.matches_from_each_point(text, lo, hi)] == every_point(metrics, text, lo, hi), text
