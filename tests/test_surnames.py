"""Rare surnames (data/surnames.txt, after the common ones): names that open with one are still names in
credits, also glued to the next one, and the surname ranks as rare."""

from jdash.parse import credits
from jdash.parse.names import split_glued_names, surname_ranks


def test_credited_names_with_rare_surnames_are_kept():
    got = [r.name for r in credits.parse_credits("记者 户明亮 通讯员 绪文 李强")]
    assert got == ["户明亮", "绪文", "李强"]


def test_a_rare_surname_ranks_after_the_common_ones():
    ranks = surname_ranks()
    assert ranks["户"] > ranks["王"] and ranks["户"] >= 200


def test_glued_names_split_at_a_rare_surname():
    assert split_glued_names("户明亮李强") == ["户明亮", "李强"]
