"""A figure shown to a reader as the paper prints it (issue 14: a card showed 亩均增收 以上1500元): the
approximation word where it stands in the text. Invented sentences."""

import pytest

from jdash.figure_read import printed_figure
from jdash.figures import extract_figures


@pytest.mark.parametrize("text, shown", [
    ("全县亩均增收1500元以上。", "1500元以上"), ("全县新增就业3000人左右。", "3000人左右"),
    ("共吸纳1200余人就业。", "1200余人"), ("农户年收入3万多元。", "3万多元"), ("接待游客100多万人次。", "100多万人次"),
    ("总投资超过10亿元。", "超过10亿元"), ("营业收入增长5%至6%。", "5至6%"), ("营业收入35.9亿元。", "35.9亿元"),
])
def test_a_figure_is_shown_with_its_approximation_word_in_place(text, shown):
    fig = extract_figures(text)[0]
    assert printed_figure(fig.approx, f"{fig.value:g}", fig.unit, fig.sentence) == shown


def test_without_the_sentence_a_between_word_follows_the_number():
    assert printed_figure("余", "3", "万元") == "3余万元" and printed_figure(None, "3", None) == "3"
