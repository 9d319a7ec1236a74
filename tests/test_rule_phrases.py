"""No phrase from an evaluation page sits in a rule (issue 14): a rule tuned to the words of a page it
is scored on would score that page and nothing else.

A rule is a string constant in jdash/ that is not a docstring, or a line of a word list in jdash/data/
that is not a comment (docstrings and comments hold examples: invented ones, see tests' own text).
Any run of six or more Chinese characters in a rule that also stands in an evaluation page
(tests/heldout*/pages, tests/final/pages) must be general knowledge: a name from the gazetteer and
vocabulary lists (places, towns, metrics, titles, campaigns), or one of the few set phrases named below.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "jdash"
EVALUATION_PAGES = [*ROOT.glob("tests/heldout*/pages/*"), *ROOT.glob("tests/final/pages/*")]
# Lists of names anyone can look up: places, towns, measures, titles, campaign and policy terms, the
# events and plans of history (issue 10's year knowledge: national slogans with the year they were put,
# congress terms, leaders and their posts by public record, each row with its source; days kept every year
# since a known first year, Shandong's party congresses).
GENERAL_KNOWLEDGE_LISTS = ("counties.csv", "towns.csv", "metrics.csv", "titles.txt", "userdict.txt", "topics.toml",
                           "anniversaries.csv", "five_year_plans.csv", "party_congresses.csv", "party_plenums.csv",
                           "tenure_posts.txt", "era_phrases.csv", "congress_terms.csv", "leaders.csv",
                           "ordinal_days.csv", "provincial_congresses.csv", "event_editions.csv", "campaign_starts.csv",
                           "body_names.csv", "world_events.csv", "hosted_events.csv")
# Set phrases of the language of official reports and history, judged general knowledge one by one.
GENERAL_PHRASES = {"出席会议并讲话", "主持会议并讲话"}
RUN = re.compile(r"[\u4e00-\u9fff]{6,}")


def rule_strings() -> list[tuple[str, str]]:
    """(where, text) of every rule string: non-docstring constants in jdash/ and data-list lines."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
        found += [(f"{path.relative_to(ROOT)}:{n.lineno}", n.value) for n in ast.walk(tree)
                  if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]
    for path in sorted((PACKAGE / "data").iterdir()):
        if path.name not in GENERAL_KNOWLEDGE_LISTS:
            lines = path.read_text(encoding="utf-8").splitlines()
            found += [(f"{path.relative_to(ROOT)}:{i}", line) for i, line in enumerate(lines, 1)
                      if not line.startswith("#")]
    return found


def general_knowledge() -> str:
    return "\n".join((PACKAGE / "data" / name).read_text(encoding="utf-8") for name in GENERAL_KNOWLEDGE_LISTS)


def test_the_scan_sees_rules_and_pages():
    strings = dict(rule_strings())
    assert len(EVALUATION_PAGES) >= 20
    assert any("出席会议并讲话" in text for text in strings.values())


def test_no_evaluation_phrase_in_a_rule():
    pages = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in EVALUATION_PAGES)
    known = general_knowledge()
    tuned = [(where, run) for where, text in rule_strings() for run in RUN.findall(text)
             if run in pages and run not in known and run not in GENERAL_PHRASES]
    assert tuned == []
