"""A figure's subject is read from the clauses just before it (figure_subject.SUBJECT_REACH), so one
sentence of thousands of figures costs each figure a bounded read (invented text)."""

from __future__ import annotations

from jdash.figure_subject import SUBJECT_REACH, clause_subject


def test_a_subject_within_reach_is_found_past_a_long_sentence_start():
    head = "，".join(["全年工作有序推进"] * 100) + "，"  # far more than SUBJECT_REACH characters of clauses
    t = head + "园区新增企业3家，完成投资140亿元"
    assert len(head) > SUBJECT_REACH
    assert clause_subject(t, 0, len(head) + 9) == "园区"


def test_a_clause_longer_than_the_reach_gives_no_subject():
    t = "园区" + "1.1%、" * 200 + "完成投资140亿元"
    assert clause_subject(t, 0, len(t) - 9) is None
