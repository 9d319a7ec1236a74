"""Accuracy of the entity stage against hand-checked golden annotations (see tests/entity_eval.py).

Targets from issue 3: officials precision and recall ≥ 95 %, article counties ≥ 90 %, key figures ≥ 90 %.
"""

import pytest

from entity_eval import HELDOUT, evaluate_heldout, evaluate_seeds


def check(score, label):
    print(f"\n{label}: {score.summary()}")
    for miss in score.misses:
        print("   ", miss)
    assert score.precision >= 0.95
    assert score.recall >= 0.95
    assert score.level_accuracy >= 0.90
    assert score.county_accuracy >= 0.90
    assert score.figure_accuracy >= 0.90


def test_seed_pages():
    check(evaluate_seeds(), "seeds")


@pytest.mark.skipif(not (HELDOUT / "golden").is_dir(), reason="held-out pages not present")
def test_heldout_pages():
    check(evaluate_heldout(), "held-out")
