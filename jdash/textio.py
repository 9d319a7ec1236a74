"""Bytes of a page file → clean text: encoding detection and OCR-noise normalisation.

`decode_page` reads UTF-8 (with or without BOM), UTF-16 with a BOM, and GB18030 (a superset of
GBK and GB2312). `normalise_text` makes the text the parser sees the same whatever the file's
encoding, line endings or width of its digits.
"""

from __future__ import annotations

import codecs
import re

from jdash.errors import BinaryFileError, EmptyFileError

# A page whose decoded text has more than this share of control or private-use characters is not
# text: random bytes sometimes decode as GB18030 or UTF-16, but never as clean text.
MAX_CONTROL_SHARE = 0.05

# C0/C1 controls other than the whitespace ones plain text holds, and the private-use area.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff]")
# Anything a reader would see: not whitespace, not zero-width.
_VISIBLE = re.compile("[^\\s\u200b-\u200d\u2060\ufeff]")

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Full-width ASCII digits and letters (U+FF10–FF19, FF21–FF3A, FF41–FF5A) → half-width, and the
# ideographic space → space. Full-width punctuation （）：，；？！ is Chinese typography: kept.
_WIDTH_MAP = {cp: cp - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
              for cp in range(r[0], r[1] + 1)}
# Full-width symbols that only ever stand for their ASCII forms (５０％, １＋１０＋Ｎ, ２．６７) →
# half-width, so numbers and the sentences quoted for them read the same everywhere.
_WIDTH_MAP.update({ord(c): ord(c) - 0xFEE0 for c in "％＋－．～＆＝＜＞＠＃＄＊／＼＾＿｜"})
_WIDTH_MAP[0x3000] = 0x20
# Non-breaking spaces behave as spaces in OCR output.
_WIDTH_MAP.update({0x00A0: 0x20, 0x202F: 0x20, 0x2007: 0x20})
# Zero-width characters and stray BOMs carry nothing the parser could use.
_WIDTH_MAP.update({cp: None for cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)})

# The same map as one pattern and a lookup: `str.translate` looks up every character of a page in
# the map (2 ms a page); the pattern finds the few that change.
_WIDTH_STR = {chr(cp): "" if to is None else chr(to) for cp, to in _WIDTH_MAP.items()}
_WIDTH_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_WIDTH_STR)) + "]")

_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


def decode_page(data: bytes, source: str) -> str:
    """Decode a page file's bytes to text.

    Raises `EmptyFileError` for an empty or whitespace-only file and `BinaryFileError` for bytes
    that are not text in any encoding jdash reads; both name `source` and the reason.
    """
    if not data.strip():
        raise EmptyFileError(source, "empty file")
    text = _decode(data, source)
    if not _VISIBLE.search(text):
        raise EmptyFileError(source, "empty file (whitespace only)")
    share = _control_share(text)
    if share > MAX_CONTROL_SHARE:
        raise BinaryFileError(source, f"binary file ({share:.0%} control characters)")
    return text


def normalise_text(text: str) -> str:
    """LF line ends, half-width digits/letters/spaces, no zero-width characters or trailing spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _WIDTH_RE.sub(_narrow, text)
    return _TRAILING_SPACE.sub("", text)


def _narrow(match: re.Match[str]) -> str:
    return _WIDTH_STR[match.group()]


def _decode(data: bytes, source: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as err:  # its offsets count from after the mark
                raise BinaryFileError(source, f"not valid {encoding.upper()} despite its byte-order mark "
                                              f"({err.reason} at byte {err.start + len(bom)})") from None
    if b"\x00" in data:
        # UTF-16 without a BOM is indistinguishable from binary data: we ask for the BOM.
        raise BinaryFileError(source, "binary file (contains NUL bytes; UTF-16 text needs a byte-order mark)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError as gb_error:
            raise BinaryFileError(source, _undecodable(data, utf8_error, gb_error)) from None


def _undecodable(data: bytes, utf8_error: UnicodeDecodeError, gb_error: UnicodeDecodeError) -> str:
    r"""Why bytes are neither UTF-8 nor GB18030, pointing at the bad byte of the encoding that read
    furthest (the file's encoding, but for that byte): a GBK file's first Chinese character is no
    UTF-8, its bad byte is further on (issue 9 item 10).

    >>> try:
    ...     decode_page("济宁".encode("gb18030") + b"\xff", "a.txt")
    ... except BinaryFileError as err:
    ...     print(err.reason)
    not text in UTF-8, GB18030 or UTF-16 (read as GB18030, byte 0xFF at offset 4 is invalid)
    """
    name, err = max((("UTF-8", utf8_error), ("GB18030", gb_error)), key=lambda pair: pair[1].start)
    return (f"not text in UTF-8, GB18030 or UTF-16 (read as {name}, byte 0x{data[err.start]:02X} at offset "
            f"{err.start} is invalid)")


def _control_share(text: str) -> float:
    # Regex substitution, not a Python loop: a 50 MB page must not take seconds here.
    return (len(text) - len(_CONTROL.sub("", text))) / len(text)
