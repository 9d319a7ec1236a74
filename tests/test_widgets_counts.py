"""Counts in the pages' sentences agree with their number ("1 files", "1 articles are …" were said)."""
import doctest

from ui import widgets


def test_a_count_of_one_takes_the_singular_noun_and_verb():
    assert f"{widgets.count(1, 'article')} {widgets.verb(1, 'is', 'are')}" == "1 article is"
    assert f"{widgets.count(0, 'article')} {widgets.verb(0, 'is', 'are')}" == "0 articles are"
    assert f"{widgets.count(12, 'county', 'counties')} {widgets.verb(12, 'has', 'have')}" == "12 counties have"


def test_the_widgets_examples_hold():
    result = doctest.testmod(widgets, report=True)
    assert result.attempted >= 2 and result.failed == 0
