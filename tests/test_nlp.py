"""jdash.nlp (rjieba) gives the words and tags Python jieba gives, with the same dictionaries."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from jdash import nlp
from jdash.datafiles import data_path, read_table
from jdash.textio import decode_page, normalise_text

from conftest import SEED_PAGES


@lru_cache(maxsize=1)
def _jieba_reference():
    """Python jieba set up the way jdash used to be: its own Tokenizer, the user dictionary, the
    gazetteer's names as `ns`; and posseg over it."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(str(data_path("userdict.txt")))
    for row in read_table("counties.csv"):
        tokenizer.add_word(row["alias"], 3000, "ns")
    return tokenizer, jieba.posseg.POSTokenizer(tokenizer)


def _seed_texts() -> list[str]:
    return [normalise_text(decode_page(p.read_bytes(), p.name)) for p in SEED_PAGES]


def test_cut_gives_jiebas_words_on_the_seeds():
    tokenizer, _ = _jieba_reference()
    for text in _seed_texts():
        assert nlp.cut(text) == tokenizer.lcut(text)


def test_tag_gives_posseg_tags_on_every_seed_clause_and_snippet():
    _, posseg = _jieba_reference()
    clauses = [c for text in _seed_texts() for c in re.split(r"[，。；！？\n]", text) if c]
    # The callers tag short snippets: every 2–8 character window of a sample of clauses too.
    snippets = [c[i:i + n] for c in clauses[::7] for n in (2, 3, 5, 8) for i in range(0, max(1, len(c) - n), 4)]
    # posseg's HMM path through a character it never saw is tie-breaking (周慧喆 → 周/nr 慧/ng 喆/zg);
    # nlp.tag splits the run there instead (test below): such snippets are compared there.
    seen = nlp.pos_model()[1][0]
    comparable = [s for s in clauses + snippets if all(c in seen for c in s if "\u4e00" <= c <= "\u9fd5")]
    differing = [s for s in comparable if list(nlp.tag(s)) != [(p.word, p.flag) for p in posseg.lcut(s)]]
    assert differing == []
    assert len(clauses) > 500 and len(comparable) > 0.95 * len(clauses + snippets)


def test_a_character_the_pos_hmm_never_saw_splits_the_run_instead_of_scrambling_it():
    seen = nlp.pos_model()[1][0]
    assert "喆" not in seen and all(c in seen for c in "周慧")
    assert list(nlp.tag("周慧喆出席")) == [("周慧", "nr"), ("喆", "zg"), ("出席", "v")]
    _, posseg = _jieba_reference()
    assert [(p.word, p.flag) for p in posseg.lcut("周慧喆出席")][:2] == [("周", "nr"), ("慧", "ng")]


def test_a_long_run_of_single_characters_keeps_its_route_tags():
    run = "王" * (nlp.HMM_MAX_RUN + 1)
    assert list(nlp.tag(run)) == [("王", "nr")] * len(run)
    assert list(nlp.tag(run[:8])) != [("王", "nr")] * 8  # a short run still goes through the HMM


@pytest.mark.parametrize("snippet, expected", [
    ("于永", [("于永", "nr")]),  # an unknown name: posseg's HMM, not a dictionary lookup
    ("嘉祥县", [("嘉祥县", "ns")]),  # the gazetteer re-tags a dictionary word
    ("第一书记", [("第一书记", "n")]),  # so does the user dictionary
])
def test_tag_cases(snippet, expected):
    assert list(nlp.tag(snippet)) == expected


@pytest.mark.parametrize("snippet", ["5G基站", "同比增长12.5%", "GDP增长 6.1％", "A股上市", "5G-A井下",
                                     "iPhone15发布", "张三、李四和王五", "No.1工程", "3.5亿元", "abc def"])
def test_tag_equals_posseg_on_digits_latin_and_spaces(snippet):
    _, posseg = _jieba_reference()
    assert list(nlp.tag(snippet)) == [(p.word, p.flag) for p in posseg.lcut(snippet)]


def test_word_freq_reads_jiebas_dictionary_and_the_user_dictionary():
    tokenizer, _ = _jieba_reference()
    for word in ("发展", "市委书记", "助企攀登", "嘉祥县", "调研"):
        assert nlp.word_freq(word) == tokenizer.FREQ[word]
    assert nlp.word_freq("林峰海") == 0


def test_added_names_stay_whole_but_count_as_unknown_words(private_segmenter):
    assert "高天明" not in nlp.cut("副市长高天明出席")  # 高 / 天明 before it is taught
    nlp.add_names(["高天明"])
    assert "高天明" in nlp.cut("副市长高天明出席")
    nlp.add_names(["宫晓琳"])
    assert "宫晓琳" in nlp.cut("副市长宫晓琳出席")
    assert ("宫晓琳", "nr") in nlp.tag("副市长宫晓琳出席")
    assert nlp.word_freq("宫晓琳") == 0
    assert "宫晓琳" not in private_segmenter.names  # the process's shared segmenter did not learn it


@pytest.mark.parametrize("line, parsed", [
    ("第一书记 2000 n\n", ("第一书记", 2000, "n")),
    ("南四湖 ns", ("南四湖", None, "ns")),
    ("放管服", ("放管服", None, None)),
    ("   \n", None),
])
def test_parse_dictionary_line(line, parsed):
    assert nlp.parse_dictionary_line(line) == parsed


def test_viterbi_gives_jiebas_path_and_probability():
    """nlp.viterbi (a state's predecessors looked up, not all states tried) equals jieba.posseg's on random
    runs of characters the HMM knows, never saw (every emission −3.14e100: ties) and punctuation."""
    import random

    jieba_viterbi, tables = nlp.pos_model()
    rnd = random.Random(5)
    chars = sorted(tables[0])[:2000] + ["堃", "a", "１", "。"]
    for _ in range(3000):
        text = "".join(rnd.choice(chars) for _ in range(rnd.randint(1, 8)))
        assert nlp.viterbi(text, *tables) == jieba_viterbi(text, *tables), text
