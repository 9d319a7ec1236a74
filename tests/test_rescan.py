"""jdash.rescan: a pattern tried only where its first character stands finds what finditer finds."""

import random
import re

from jdash.figures import periods
from jdash.rescan import Prefiltered, first_class


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
