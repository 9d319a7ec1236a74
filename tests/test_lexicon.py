"""`Affixes`: the longest word a text opens or ends with, by set look-ups, equal to trying the words longest first."""

import random

from jdash.parse.lexicon import Affixes


def _by_scan(words, text, start=0):
    return next((w for w in sorted(words, key=len, reverse=True) if text.startswith(w, start)), None)


def _by_scan_end(words, text, lo, end):
    return next((w for w in sorted(words, key=len, reverse=True) if text.endswith(w, lo, end)), None)


def test_affixes_equal_a_longest_first_scan_on_random_text():
    rng = random.Random(11)
    alphabet = "市县委区镇村"
    for _ in range(300):
        words = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 8))}
        affixes = Affixes(words)
        for _ in range(20):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7)))
            start = rng.randint(0, len(text))
            lo, end = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
            assert affixes.prefix(text, start) == _by_scan(words, text, start)
            assert affixes.suffix(text, lo, end) == _by_scan_end(words, text, lo, end)
            assert affixes.suffix(text) == _by_scan_end(words, text, 0, len(text))


def test_affixes_leave_out_the_empty_word():
    assert Affixes(["", "县"]).prefix("市") is None
    assert Affixes(["", "县"]).suffix("泗水县") == "县"
