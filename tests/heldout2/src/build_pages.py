"""Typeset the hand-written page sources (src/hqNN.src) into OCR-style pages.

Not a test and not part of jdash: it only reproduces pages/hqNN.txt from the
sources, so a later edit of a page's text can be re-typeset the same way.

Source format: sections separated by blank lines.
  * a section whose first line is ``#raw`` is printed verbatim (headlines,
    bylines, banners, captions' credit lines, section headings);
  * any other section is one paragraph: its lines are joined and wrapped at
    the page's column width (first line two characters shorter, the indent
    the OCR dropped), mid-word and mid-number, with closing punctuation hung
    at a line end and opening punctuation carried to the next line;
  * in a paragraph, ``¦`` asks for a blank line (a column break) after the
    line it falls in, ``⏎`` forces a line break, and ``⟪…⟫`` at the start is a
    prefix glued before the first line outside the width (a crumb).
Header lines: ``@width N`` and ``@encoding utf-8|utf-8-crlf|gb18030|utf-16``.
"""
from __future__ import annotations

import pathlib
import sys

NOSTART = set("，。、；：？！）》”’%％…·")
NOEND = set("“‘（《")


def char_width(ch: str) -> float:
    if ch == " ":
        return 0.5
    if ord(ch) < 128:
        return 0.6
    return 1.0


def wrap(text: str, width: int) -> list[str]:
    prefix = ""
    if text.startswith("⟪"):
        end = text.index("⟫")
        prefix, text = text[1:end], text[end + 1:]
    out: list[str] = []
    cur = ""
    cur_w = 0.0
    cap = width - 2
    pending_blank = False
    hung = 0

    def flush(carry: str = "") -> None:
        nonlocal cur, cur_w, cap, pending_blank, hung
        out.append(cur.rstrip(" "))  # the wrap eats a space at the line end
        if pending_blank:
            out.append("")
            pending_blank = False
        cur = carry
        cur_w = sum(char_width(c) for c in carry)
        cap = width
        hung = 0

    for ch in text:
        if ch == "¦":
            pending_blank = True
            continue
        if ch == "⏎":
            flush()
            continue
        w = char_width(ch)
        if cur and cur_w + w > cap + 1e-9:
            if ch in NOSTART and hung < 2:
                cur += ch
                hung += 1
                continue
            carry = ""
            while cur and cur[-1] in NOEND:
                carry = cur[-1] + carry
                cur = cur[:-1]
            flush(carry)
        cur += ch
        cur_w += w
    if cur:
        out.append(cur)
    if out:
        out[0] = prefix + out[0]
    return out


def build(src: pathlib.Path, dest_dir: pathlib.Path) -> pathlib.Path:
    raw = src.read_text(encoding="utf-8")
    width, encoding = 20, "utf-8"
    body_lines = []
    for line in raw.split("\n"):
        if line.startswith("@width "):
            width = int(line.split()[1])
        elif line.startswith("@encoding "):
            encoding = line.split()[1]
        else:
            body_lines.append(line)
    sections: list[list[str]] = []
    cur: list[str] = []
    for line in body_lines:
        if line.strip() == "":
            if cur:
                sections.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        sections.append(cur)
    blocks: list[str] = []
    for sec in sections:
        if sec[0] == "#raw":
            blocks.append("\n".join(sec[1:]))
        else:
            blocks.append("\n".join(wrap("".join(s.strip() for s in sec), width)))
    text = " " + "\n\n".join(blocks) + "\n\n"
    dest = dest_dir / (src.stem + ".txt")
    if encoding == "utf-8":
        data = text.encode("utf-8")
    elif encoding == "utf-8-crlf":
        data = text.replace("\n", "\r\n").encode("utf-8")
    elif encoding == "gb18030":
        data = text.encode("gb18030")
    elif encoding == "utf-16":
        data = text.encode("utf-16")  # BOM + native (little-endian here)
    else:
        raise SystemExit(f"unknown encoding {encoding}")
    dest.write_bytes(data)
    return dest


if __name__ == "__main__":
    here = pathlib.Path(__file__).resolve().parent
    dest_dir = here.parent / "pages"
    dest_dir.mkdir(exist_ok=True)
    names = sys.argv[1:] or sorted(p.name for p in here.glob("hq*.src"))
    for name in names:
        p = build(here / name, dest_dir)
        print(p.name, p.stat().st_size)
