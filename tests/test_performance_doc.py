"""docs/PERFORMANCE.md: its status table and analysis are bench/'s hand-kept files, and its links to its
own sections lead somewhere (a heading renamed would leave a status row pointing at nothing)."""

import re
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "PERFORMANCE.md"


def _slug(heading: str) -> str:
    """A heading's anchor as GitHub writes it: lower case, letters, digits, `-` and `_` kept, spaces as `-`."""
    kept = (ch for ch in heading.strip().lower()
            if ch in " -_" or unicodedata.category(ch)[0] in "LN" or unicodedata.category(ch) == "Mn")
    return "".join("-" if ch == " " else ch for ch in kept)


def test_slug_drops_symbols_and_keeps_chinese():
    assert _slug("Build ÷ plain jieba.lcut (target ≤ 0.5×): missed") == "build--plain-jiebalcut-target--05-missed"
    assert _slug("济宁 Counties, 2 workers") == "济宁-counties-2-workers"


def test_the_doc_opens_with_the_status_table_and_ends_with_the_notes():
    text = DOC.read_text(encoding="utf-8")
    status = (REPO / "bench" / "status.md").read_text(encoding="utf-8").strip()
    notes = (REPO / "bench" / "notes.md").read_text(encoding="utf-8").strip()
    assert text.startswith("# Performance\n\n" + status + "\n")
    assert text.rstrip().endswith(notes)


def test_every_link_to_a_section_finds_its_heading():
    text = DOC.read_text(encoding="utf-8")
    anchors: set[str] = set()
    for line in text.splitlines():
        if re.match(r"#{1,6} ", line):
            slug = _slug(line.lstrip("#"))
            anchors.add(slug if slug not in anchors else f"{slug}-{sum(a.startswith(slug) for a in anchors)}")
    links = set(re.findall(r"\]\(#([^)\s]+)\)", text))
    assert links, "the status table links to its sections"
    assert not links - anchors
