"""Render the hand-written held-out page sources (src/*.src) into OCR-style pages.

The sources hold the page text in reading order, unwrapped. This script only
does the mechanical part: wrapping at a fixed display width (a CJK character
counts 2, an ASCII character 1; closing punctuation hangs at the line end as in
the seeds), column breaks, line endings and encodings.  The golden JSON files
are written by hand and are not generated from here.

Source markup
  #out NAME            output file name (in ../pages/)
  #width N             characters per line (CJK) for wrapped paragraphs
  #encoding ENC        utf-8 (default) | utf-8-sig | gb18030
  #newline lf|crlf
  blocks are separated by one blank line;
  a block whose lines start with '>' is printed verbatim (headlines, bylines, banners);
  any other block is one paragraph, wrapped; inside it '|' inserts a column break
  (blank line) after the line holding that position, '^' forces a line break.

Usage: python tests/heldout/src/build.py
"""
from __future__ import annotations

import pathlib
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
PAGES = HERE.parent / "pages"

CLOSE = set("，。、；：？！）》”’」』】…·%")
OPEN = set("“‘（《「『【")


def width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WFA" and ord(ch) > 0x2000 else 1


def wrap(text: str, w: int) -> list[str]:
    units = 2 * w
    lines: list[str] = []
    breaks_after: set[int] = set()
    cur = ""
    cw = 0
    for ch in text:
        if ch == "^":
            if cur:
                lines.append(cur.rstrip(" "))
            cur, cw = "", 0
            continue
        if ch == "|":
            breaks_after.add(len(lines))  # the line currently being filled
            continue
        cwid = width(ch)
        if cw + cwid > units and cur:
            if ch in CLOSE:
                cur += ch
                cw += cwid
                continue
            carry = ""
            while cur and cur[-1] in OPEN:
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur.rstrip(" "))
            if ch == " ":
                cur, cw = carry, sum(width(c) for c in carry)
            else:
                cur = carry + ch
                cw = sum(width(c) for c in cur)
            continue
        if ch == " " and not cur:
            continue
        cur += ch
        cw += cwid
    if cur:
        lines.append(cur.rstrip(" "))
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        if i in breaks_after and i != len(lines) - 1:
            out.append("")
    return out


def render(src: pathlib.Path) -> tuple[str, bytes]:
    meta = {"width": "18", "encoding": "utf-8", "newline": "lf"}
    body_lines = []
    for line in src.read_text(encoding="utf-8").split("\n"):
        if line.startswith("#") and not body_lines:
            key, _, val = line[1:].partition(" ")
            meta[key] = val.strip()
            continue
        body_lines.append(line)
    text = "\n".join(body_lines).strip("\n")
    blocks = [b for b in text.split("\n\n") if b.strip()]
    w = int(meta["width"])
    out_blocks = []
    for b in blocks:
        ls = b.split("\n")
        if ls[0].startswith(">"):
            out_blocks.append("\n".join(l[1:] for l in ls))
        else:
            out_blocks.append("\n".join(wrap("".join(ls), w)))
    page = " " + "\n\n".join(out_blocks) + "\n\n\n"
    if meta["newline"] == "crlf":
        page = page.replace("\n", "\r\n")
    data = page.encode(meta["encoding"])
    return meta["out"], data


def main() -> None:
    PAGES.mkdir(parents=True, exist_ok=True)
    for src in sorted(HERE.glob("*.src")):
        name, data = render(src)
        (PAGES / name).write_bytes(data)
        print(f"{src.name} -> pages/{name} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
