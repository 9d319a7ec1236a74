"""Near-duplicate pages (jdash.neardup) on invented text."""

import random

import pyarrow as pa

from jdash import neardup


def _page(n: int, word: str = "全市") -> str:
    return "\n".join(f"第{i}项：{word}重点工作扎实推进，各县市区按照部署抓好落实。" for i in range(n))


def test_sentences_are_cut_and_short_ones_left_out():
    assert neardup.sentences("短句。\n一个足够长的句子在这里。另 一 个 足够长的句子！") == {"一个足够长的句子在这里", "另一个足够长的句子"}


def test_a_page_with_a_few_fixes_nearly_repeats_the_older_one():
    old = _page(20)
    new = old.replace("第3项：全市", "第3项：仝市").replace("第9项", "第9顼")
    [pair] = neardup.find([("old.txt", old), ("other.txt", _page(20, "泗水县")), ("new.txt", new)])
    assert (pair.source, pair.older, pair.shared) == ("new.txt", "old.txt", 18) and pair.similarity == 0.9


def test_pages_sharing_a_slogan_or_a_few_sentences_are_not_duplicates():
    a = _page(20)
    b = "\n".join(_page(20).split("\n")[:2] + [f"别的第{i}件事情在另一个地方进行。" for i in range(20)])
    assert neardup.find([("a", a), ("b", b)]) == []  # 2 shared sentences: fewer than MIN_SHARED
    c = "\n".join(_page(20).split("\n")[:5] + [f"别的第{i}件事情在另一个地方进行。" for i in range(20)])
    assert neardup.find([("a", a), ("c", c)]) == []  # 5 of 25: a quarter, under THRESHOLD


def test_boilerplate_on_many_pages_is_ignored():
    masthead = "\n".join(f"本报地址电话邮编第{i}行信息说明。" for i in range(5))
    pages = [(f"p{i}", masthead + "\n" + "\n".join(f"第{i}版第{j}条独有的新闻内容在这里。" for j in range(10)))
             for i in range(neardup.COMMON_PAGES + 2)]
    assert neardup.find(pages) == []


def test_pairs_from_signatures_equal_pairs_from_text_on_random_pages():
    """`find_signed` (sentence hashes counted with arrays) gives `find`'s pairs (sentence text) on random
    pages drawn from pools of sentences shared by a few, many and more than COMMON_PAGES pages."""
    rnd = random.Random(7)
    masthead = [f"本报地址电话邮编第{i}行信息说明。" for i in range(3)]  # on every page: ignored
    pool = [f"第{i}条常见的句子在这里出现了。" for i in range(30)]  # each on about 10-40 pages
    pages = []
    for family in range(60):
        text = [f"第{family}组第{j}个句子的内容在这里。" for j in range(rnd.randint(3, 15))]
        for copy in range(rnd.randint(1, 4)):  # copies with a few sentences changed, some identical (ties)
            edited = [t.replace("内容", f"内容{copy}") if rnd.random() < 0.15 else t for t in text]
            pages.append(masthead + rnd.sample(pool, rnd.randint(0, 4)) + edited)
    for n in (neardup.COMMON_PAGES, neardup.COMMON_PAGES + 1):  # slogans on just few enough pages, and one more
        slogans = [f"口号{n}第{i}句话写在这个地方。" for i in range(3)]
        pages += [slogans + [f"口号页{n}第{i}篇自己的句子。"] for i in range(n)]
    rnd.shuffle(pages)
    pages = [(f"p{i:03d}", "\n".join(lines)) for i, lines in enumerate(pages)]
    signed = pa.Table.from_pylist(
        [{neardup.KEY: s, "source": s, "hashes": sorted({neardup.sentence_hash(x) for x in neardup.sentences(t)})}
         for s, t in pages], schema=neardup.SIGNATURE_SCHEMA)
    expected = neardup.find(pages)
    assert len(expected) > 20
    assert neardup.find_signed(signed) == expected


def _random_signatures(rnd: random.Random) -> list[tuple[str, list[int]]]:
    """Pages as (source, sentence hashes): families of near copies, a pool of sentences on some pages,
    slogans on exactly COMMON_PAGES pages and on one more, a masthead on every page."""
    pool = list(range(10_000, 10_030))
    pages = []
    for family in range(50):
        text = [family * 100 + j for j in range(rnd.randint(3, 12))]
        for copy in range(rnd.randint(1, 4)):
            edited = [t + 50_000 * (copy + 1) if rnd.random() < 0.15 else t for t in text]
            pages.append(rnd.sample(pool, rnd.randint(0, 4)) + edited)
    for n in (neardup.COMMON_PAGES, neardup.COMMON_PAGES + 1):
        pages += [[900_000 + n * 10 + s for s in range(3)] + [800_000 + n * 100 + i] for i in range(n)]
    rnd.shuffle(pages)
    return [(f"p{i:03d}", sorted(set(h) | MASTHEAD)) for i, h in enumerate(pages)]


MASTHEAD = {990_001, 990_002}


def test_pairs_found_again_for_the_changed_pages_only_equal_pairs_found_from_scratch():
    """`find_signed_since` (the pairs of the pages holding a changed page's old or new sentences counted again,
    the others kept) equals `find_signed` over the new pages: pages edited into or out of a family, removed,
    added between others, left with sentences too common to count only, a slogan's page count moved across
    COMMON_PAGES."""
    rnd = random.Random(11)
    for _ in range(40):
        old = _random_signatures(rnd)
        new = list(old)
        changed: list[tuple[str, list[int]]] = []
        for _ in range(rnd.randint(1, 4)):
            i = rnd.randrange(len(new))
            source, hashes = new[i]
            action = rnd.choice(("edit", "copy", "remove", "add", "boilerplate"))
            if action == "edit":  # a few sentences changed
                new[i] = (source, sorted({h + 7_000_000 if rnd.random() < 0.3 else h for h in hashes}))
            elif action == "copy":  # now a near copy of another page
                new[i] = (source, sorted(set(new[rnd.randrange(len(new))][1]) | {rnd.randrange(10**9)}))
            elif action == "boilerplate":  # now only sentences too common to count
                new[i] = (source, sorted(MASTHEAD))
            elif action == "remove":
                del new[i]
            else:
                new.insert(i, (f"added{rnd.randrange(10**9)}", sorted(set(new[rnd.randrange(len(new))][1][:-1]))))
            changed += [(source, hashes)] if action == "remove" else [(source, hashes), new[i]]
        expected = neardup.find_signed(neardup._signed(new))
        got = neardup.find_signed_since(neardup._signed(new), changed, neardup.find_signed(neardup._signed(old)))
        assert got == expected
    assert any(neardup.find_signed(neardup._signed(_random_signatures(random.Random(s)))) for s in range(3))
