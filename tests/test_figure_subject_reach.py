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


def _one_off(t: str, lo: int, hi: int) -> str | None:
    """clause_subject as it read before ClauseSubjects: every character from lo scanned for a clause mark."""
    from jdash.figure_subject import _CLAUSE_MARK, opening_phrase, subject_of

    if hi - lo > SUBJECT_REACH:
        mark = _CLAUSE_MARK.search(t, hi - SUBJECT_REACH, hi)
        if mark is None:
            return None
        lo = mark.start() + 1
    found, start = None, lo
    for k in range(lo, hi + 1):
        if k == hi or _CLAUSE_MARK.match(t[k]):
            got = subject_of(opening_phrase(t[start:k]))
            found = got if got is not None else found
            start = k + 1
    return found


def test_a_pages_clause_subjects_read_once_are_the_one_off_reading_at_every_span():
    from jdash.figure_subject import ClauseSubjects

    t = ("1至7月，园区新增企业3家，完成投资140亿元；全县实现营业收入5亿元。其中，某某景区接待游客2万人次，"
         "同比增长5%：该公司实现利税1亿元\n" + "，".join(["工作有序推进"] * 80) + "，港区吞吐量3万吨。")
    clauses = ClauseSubjects(t)
    spans = [(lo, hi) for lo in range(0, len(t), 7) for hi in range(lo, len(t) + 1, 5)]
    assert all(clauses.subject(lo, hi) == _one_off(t, lo, hi) for lo, hi in spans)
    assert {clauses.subject(lo, hi) for lo, hi in spans} >= {"园区", "", None}
