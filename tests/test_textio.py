"""Decoding page bytes in every supported encoding, and normalising OCR text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from jdash.errors import BinaryFileError, EmptyFileError
from jdash.textio import decode_page, normalise_text

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))

ENCODERS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "gb18030": lambda text: text.encode("gb18030"),
    "utf-16-le-bom": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16-be-bom": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
}


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seed_pages_decode_the_same_in_every_encoding(path, encoding):
    text = path.read_text(encoding="utf-8")
    assert decode_page(ENCODERS[encoding](text), path.name) == text


def test_gbk_bytes_decode():
    assert decode_page("本报济宁讯（记者 宋仪凯）".encode("gbk"), "p.txt") == "本报济宁讯（记者 宋仪凯）"


# Text a page can hold: no control characters (a NUL makes bytes binary), no surrogates or
# private-use characters, which are not text.
page_chars = st.characters(
    blacklist_categories=("Cc", "Cs", "Co", "Cn"), whitelist_characters="\n\r\t"
)


@settings(max_examples=300, deadline=None)
@given(text=st.text(page_chars, min_size=1, max_size=200), encoding=st.sampled_from(sorted(ENCODERS)))
def test_any_text_round_trips_through_every_encoding(text, encoding):
    assume(normalise_text(text).strip())
    data = ENCODERS[encoding](text)
    if encoding == "gb18030":
        # Bytes that are valid UTF-8 and valid GB18030 are read as UTF-8: such a short text is
        # genuinely ambiguous (a real page never is), so it is no counter-example.
        try:
            data.decode("utf-8")
            assume(text.isascii())
        except UnicodeDecodeError:
            pass
    assert normalise_text(decode_page(data, "p.txt")) == normalise_text(text)


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t", codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                                  "\u3000\u00a0\u200b\n".encode("utf-8")])
def test_empty_or_blank_file_is_an_empty_file_error(data):
    with pytest.raises(EmptyFileError) as err:
        decode_page(data, "blank.txt")
    assert err.value.source == "blank.txt"
    assert str(err.value).startswith("blank.txt: empty file")


@pytest.mark.parametrize("data, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "contains NUL bytes"),
    ("本报济宁5月7日讯\n".encode("utf-16-le"), "contains NUL bytes"),  # UTF-16 without its BOM
    (b"\x01\x02\x03\x04\x05\x06 some text", "control characters"),
    (codecs.BOM_UTF16_LE + b"\x01\x00" * 100, "control characters"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8" * 10, "not valid UTF-16-LE despite its byte-order mark"),
    (bytes([0x81, 0x20]) * 50, "not text in UTF-8, GB18030 or UTF-16"),
], ids=["png", "utf16-no-bom", "controls", "utf16-controls", "utf16-surrogates", "invalid-gb18030"])
def test_binary_data_is_a_binary_file_error(data, reason):
    with pytest.raises(BinaryFileError) as err:
        decode_page(data, "image.txt")
    assert err.value.source == "image.txt"
    assert reason in str(err.value)
    assert str(err.value).startswith("image.txt: ")


def test_normalise_line_ends_widths_and_invisible_characters():
    raw = "\ufeff本报济宁５月７日讯\r\nＡＢＣ　ｘｙｚ  \r第２版\u00a0 \n\u200b（下转２版Ｃ）：，。；\n"
    assert normalise_text(raw) == "本报济宁5月7日讯\nABC xyz\n第2版\n（下转2版C）：，。；\n"


def test_normalise_keeps_clean_text_as_is():
    text = SEEDS[0].read_text(encoding="utf-8")
    assert normalise_text(text) == "\n".join(line.rstrip(" \t") for line in text.split("\n"))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalise_is_idempotent(text):
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert "\r" not in once


def test_full_width_symbols_become_ascii_but_chinese_punctuation_stays():
    assert normalise_text("增长５０％，形成“１＋１０＋Ｎ”框架：２．６７亿元！") == "增长50%，形成“1+10+N”框架：2.67亿元！"


def test_normalise_text_maps_each_character_as_the_width_table_says():
    from jdash.textio import _WIDTH_MAP

    for code, to in _WIDTH_MAP.items():
        narrowed = "" if to is None else chr(to)
        assert normalise_text(f"济{chr(code)}宁{chr(code)}") == f"济{narrowed}宁{narrowed}".rstrip(" ")
    assert normalise_text("（１２）：济宁") == "（12）：济宁"  # full-width punctuation is kept


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_an_undecodable_byte_is_named_at_its_own_offset(encoding):
    """Issue 9 item 10: the offset was UTF-8's first failure, the first Chinese character of a GBK file."""
    text = "济宁日报全市工作会议召开，会议指出要做好各项工作。" * 10
    data = text.encode(encoding)
    offset = len(text[:100].encode(encoding))
    with pytest.raises(BinaryFileError) as caught:
        decode_page(data[:offset] + b"\xff" + data[offset:], "bad.txt")
    name = {"utf-8": "UTF-8", "gb18030": "GB18030"}[encoding]
    assert caught.value.reason.endswith(f"(read as {name}, byte 0xFF at offset {offset} is invalid)")


def test_an_undecodable_byte_after_a_byte_order_mark_is_counted_from_the_start_of_the_file():
    data = codecs.BOM_UTF8 + "济宁日报".encode() + b"\xff"
    with pytest.raises(BinaryFileError, match=f"at byte {len(data) - 1}\\)"):
        decode_page(data, "bom.txt")
