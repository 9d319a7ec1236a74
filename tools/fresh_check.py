"""Is a candidate real-text article unseen? Count its 12-character passages (whitespace removed) that occur
anywhere in this repository's text (code, tests, docs, data): a hit means an earlier session quoted it, so the
article was used before and is no first-contact evidence. Collectors run it on every candidate before they lay it
out (docs/EVALUATION_SOURCES.md); a stock slogan may hit, an article's own sentence must not.

usage: python tools/fresh_check.py FILE [FILE ...]   (UTF-8 or GB18030 text)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOW = 12
SUFFIXES = (".py", ".md", ".txt", ".csv", ".json", ".toml", ".src")


def repository_text(root: Path = ROOT) -> str:
    """Every text file of the repository, whitespace removed, joined."""
    return "".join(re.sub(r"\s", "", p.read_text(encoding="utf-8", errors="ignore"))
                   for p in root.rglob("*") if p.is_file() and ".git" not in p.parts and p.suffix in SUFFIXES)


def read_candidate(path: Path) -> str:
    """A candidate file's text, whitespace removed."""
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return re.sub(r"\s", "", raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise SystemExit(f"{path}: neither UTF-8 nor GB18030")


def seen_passages(text: str, known: str, step: int = 4) -> list[str]:
    """The passages of `text` (every `step` characters) already in `known`.

    >>> seen_passages("甲乙丙丁戊己庚辛壬癸子丑寅卯", "……甲乙丙丁戊己庚辛壬癸子丑……")
    ['甲乙丙丁戊己庚辛壬癸子丑']
    """
    return [text[i:i + WINDOW] for i in range(0, max(0, len(text) - WINDOW + 1), step) if text[i:i + WINDOW] in known]


def main(argv: list[str]) -> int:
    known = repository_text()
    for name in argv:
        hits = seen_passages(read_candidate(Path(name)), known)
        print(f"{name}: {len(hits)} passages already in the repository {hits[:5]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
