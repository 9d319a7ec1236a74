"""The build's fast paths (issue 11) give exactly what the slower code they replace gave: each is checked
against that code on invented and random text."""
import random
import re

from jdash.parse.text import literal_starts


def test_literal_starts_finds_what_finditer_of_the_escaped_word_finds():
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice("甲乙丙.*") for _ in range(rng.randrange(0, 30)))
        word = "".join(rng.choice("甲乙.*") for _ in range(rng.randrange(1, 4)))
        assert literal_starts(text, word) == [m.start() for m in re.finditer(re.escape(word), text)]
    assert literal_starts("王王王王", "王王") == [0, 2]
