"""jdash.datafiles: the one loader of jdash/data/ and the one way a word list becomes a regex alternation."""
import re

from jdash.datafiles import alternation_of, read_keyed_words, read_words


def test_alternation_of_matches_the_longest_word_printed():
    pattern = re.compile(alternation_of(["市长", "副市长", "市委副书记", "市委"]))
    assert pattern.findall("副市长张明和市委副书记李华") == ["副市长", "市委副书记"]


def test_alternation_of_escapes_each_word():
    pattern = re.compile(alternation_of(["1+1", "(试点)"]))
    assert pattern.findall("11 1+1 (试点) 试点") == ["1+1", "(试点)"]


def test_alternation_of_keeps_a_repeated_word_once():
    assert alternation_of(["县", "县长", "县"]).split("|") == ["县长", "县"]


def test_alternation_of_a_data_list_finds_its_words():
    words = read_words("attendance_verbs.txt")
    pattern = re.compile(f"(?:{alternation_of(words)})$")
    assert all(pattern.search("某某" + w) and pattern.search("某某" + w).group(0) == w for w in words)


def test_read_keyed_words_reads_each_key_and_its_words():
    table = read_keyed_words("bare_units.txt")
    assert table["园区"][0] == "园区" and "产业园" in table["园区"]
    assert all(key and ":" not in key and words for key, words in table.items())
