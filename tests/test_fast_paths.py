"""The build's fast paths (issue 11) give exactly what the slower code they replace gave: each is checked
against that code on invented and random text."""
import random
import re

from jdash.parse.text import literal_starts


def test_literal_starts_finds_what_finditer_of_the_escaped_word_finds():
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice("甲乙丙.*") for _ in range(rng.randrange(0, 30)))
        word = "".join(rng.choice("甲乙.*") for _ in range(rng.randrange(1, 4)))
        assert literal_starts(text, word) == [m.start() for m in re.finditer(re.escape(word), text)]
    assert literal_starts("王王王王", "王王") == [0, 2]


def _same_matches(new: re.Pattern, old: str, alphabet: str, n: int = 20000) -> None:
    rng = random.Random(11)
    old_re = re.compile(old)
    for _ in range(n):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 14)))
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == \
            [(m.span(), m.groups()) for m in old_re.finditer(text)], text


def test_numbers_are_read_where_the_expression_opening_with_its_look_behind_read_them():
    from jdash.figure_read import _number_re

    # A Latin unit of units.csv (km, kg, m) may follow a number; any other letter glued to it may not.
    old = r"(?<![A-Za-z0-9.·/:_\-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!(?!(?:km|kg|m)(?![A-Za-z]))[A-Za-z0-9]|\.\d)"
    _same_matches(_number_re(), old, "0123456789,.·/:_-aZkmg年万 \u0663")
    assert [m.group(1) for m in _number_re().finditer("投资1,200.5万元，A3号，v2.0，第3批，长12km")] == ["1,200.5", "3", "12"]


def test_line_wraps_are_undone_where_the_expression_opening_with_its_look_behind_undid_them():
    from jdash.officials import _WRAP, unwrap

    _same_matches(_WRAP, r"(?<=\S)\n(?=\S)", "甲乙 \n\t")
    assert unwrap("市委书记\n李明\n\n讲话") == "市委书记李明\n\n讲话"


def test_national_leaders_are_looked_for_only_in_a_text_holding_one_of_their_phrases():
    from jdash.officials import _leader_phrases, _leaders, national_leaders

    phrases = [p for name, _, ps in national_leaders() for p in ((name,) if "*" in ps else ps)]
    assert all(_leader_phrases().search(f"会上，{p}。") for p in phrases)
    assert _leaders("全县召开工作会议，部署春耕生产。") == []


def test_affixes_find_the_longest_word_a_plain_search_longest_first_finds():
    from jdash.parse.lexicon import Affixes

    rng = random.Random(11)
    for _ in range(300):
        words = ["".join(rng.choice("甲乙丙") for _ in range(rng.randrange(1, 5))) for _ in range(rng.randrange(0, 8))]
        affixes, longest = Affixes(words), sorted(set(words), key=len, reverse=True)
        for _ in range(40):
            text = "".join(rng.choice("甲乙丙丁") for _ in range(rng.randrange(0, 8)))
            start, lo, end = rng.randrange(0, 9), rng.randrange(0, 4), rng.randrange(0, 9)
            assert affixes.prefix(text, start) == next((w for w in longest if text.startswith(w, start)), None)
            window = text[lo:end] if end <= len(text) else None
            if window is not None:
                assert affixes.suffix(text, lo, end) == next((w for w in longest if window.endswith(w)), None)
            assert affixes.suffix(text) == next((w for w in longest if text.endswith(w)), None)
    assert Affixes(["市", "市委"]).prefix("书记市委", 2) == "市委" and Affixes(["县"]).suffix("某县城", 0, 2) == "县"


def test_display_width_counts_what_a_per_character_sum_counts():
    from jdash.parse.titles import display_width

    rng = random.Random(11)
    alphabet = ["a", "1", " ", "\t", "\n", "-", "·", "“", "\u2e7f", "\u2e80", "某", "，", "\uffff", "\U00020000", "\u3000"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        assert display_width(text) == sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text.strip()), text


def test_a_clause_printed_twice_is_read_once_with_the_same_subject(monkeypatch):
    from jdash import figure_subject

    read = []
    real = figure_subject.clause_opening_subject
    monkeypatch.setattr(figure_subject, "clause_opening_subject", lambda clause: read.append(clause) or real(clause))
    t = "园区新增企业3家。园区新增企业3家"
    clauses = figure_subject.ClauseSubjects(t)
    assert clauses.whose(0, 6) == clauses.whose(9, 15) == "园区"
    assert read == ["园区新增企业"]


def test_a_line_with_no_speech_verb_is_no_people_line_as_the_full_reading_found():
    from jdash.parse import titles

    for line in ("李明出席王强主持", "张三讲话李四主持", "张华李强出席", "王立出席并讲话", "全县召开大会", "李明王强", ""):
        assert titles.is_people_and_verbs(line) == _people_and_verbs_read_in_full(titles, line), line


def _people_and_verbs_read_in_full(titles, line: str) -> bool:
    """is_people_and_verbs with its look for a speech verb made to find one always (the full reading)."""
    real = titles.SPEECH_VERB_RE

    class _Always:
        def search(self, text):
            return True

        def match(self, text):
            return real.match(text)

    try:
        titles.SPEECH_VERB_RE = _Always()
        return titles.is_people_and_verbs(line)
    finally:
        titles.SPEECH_VERB_RE = real


def test_a_prefiltered_pattern_matches_where_the_pattern_itself_matches():
    from jdash.figures import _opening_periods, periods
    from jdash.rescan import Prefiltered

    scan, whole = _opening_periods(), Prefiltered(periods())
    rng = random.Random(11)
    pieces = ["今年", "去年", "1至6月", "全年", "2015年", "上半年", "国庆", "假期", "以来", "，", "全县", "十四五", "”", "“", "1", "年内"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 6)))
        pos = rng.randrange(0, len(text) + 1)
        end = rng.randrange(pos, len(text) + 1)
        for fast, slow in ((scan, scan.pattern), (whole, periods())):
            for a, b in ((fast.match(text, pos, end), slow.match(text, pos, end)),
                         (fast.fullmatch(text, pos, end), slow.fullmatch(text, pos, end)), (fast.match(text, pos), slow.match(text, pos))):
                assert (a and a.span()) == (b and b.span()), text


def test_number_tails_are_dropped_where_the_startswith_of_every_head_dropped_them():
    from jdash.topics import _NUMBER_TOKEN, number_tail_heads, without_number_tails

    heads = number_tail_heads()
    words = ["3", "五", "全县", "个", "个村", "小时", "小组", "周年", "日晚", "项目", "", "甲", "3.5"]
    rng = random.Random(11)
    for _ in range(3000):
        line = [rng.choice(words) for _ in range(rng.randrange(0, 12))]
        assert without_number_tails(line) == [w for i, w in enumerate(line) if not (
            i and len(w) > 1 and w.startswith(heads) and _NUMBER_TOKEN.match(line[i - 1]))]
    assert without_number_tails(["3", "小时", "小组", "五", "周年"]) == ["3", "小组", "五"]


def test_a_units_core_drops_the_place_a_test_of_each_place_in_order_found():
    from jdash.figure_subject import _city_names, unit_core
    from jdash.gazetteer import aliases

    places = aliases() + _city_names()

    def by_loop(unit: str) -> str:
        place = next((n for n in places if unit.startswith(n)), "")
        return unit[len(place):] if len(unit) - len(place) >= 3 else unit

    rng = random.Random(11)
    tails = ["", "某某", "产业园", "中区", "高新区", "服务中心", "市"]
    for _ in range(3000):
        unit = rng.choice(places + ("", "某", "济")) + rng.choice(tails) + rng.choice(tails)
        assert unit_core(unit) == by_loop(unit), unit
    assert unit_core("济宁市某某服务中心") == "某某服务中心"


def test_holidays_are_found_where_the_plain_expression_found_them():
    from jdash.figure_period import _holiday_names, holiday_named

    scan = _holiday_names()
    rng = random.Random(11)
    pieces = ["“", "”", "五一", "十一", "中秋", "国庆", "节", "三天", "小长假", "期间", "全县", "第", "届", "2", "春节", "假期"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 8)))
        assert [m.span() for m in scan.finditer(text, 0, len(text))] == [m.span() for m in scan.pattern.finditer(text)], text
    assert holiday_named("“五一”三天小长假期间，十一届") == "五一"


def test_place_markers_numerals_and_exceptions_are_found_where_their_plain_expressions_found_them():
    from jdash.figure_read import _CN_NUMBER, _CN_NUMBER_SCAN
    from jdash.figures import _EXCEPTED, _EXCEPTED_SCAN, _PLACE_MARKERS, _PLACE_MARKERS_SCAN

    rng = random.Random(11)
    pieces = ["全市", "我市", "济宁", "济宁市", "高新", "山东省", "级", "全县", "本区", "三千", "两百", "一", "十", "第", "万", "，", "人",
              "除", "了", "夕", "外", "以外", "\n"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 8)))
        lo = rng.randrange(0, len(text) + 1)
        hi = rng.randrange(lo, len(text) + 1)
        for scan, plain in ((_PLACE_MARKERS_SCAN, _PLACE_MARKERS), (_CN_NUMBER_SCAN, _CN_NUMBER), (_EXCEPTED_SCAN, _EXCEPTED)):
            assert [(m.span(), m.groups()) for m in scan.finditer(text, lo, hi)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text, lo, hi)], text
    assert [m.group() for m in _CN_NUMBER_SCAN.finditer("投资三千万元，第十二届", 0, 11)] == ["三千"]


def test_clauses_printing_no_ending_or_village_get_what_the_full_reading_gave(monkeypatch):
    import jdash.figure_subject as fs

    rng = random.Random(11)
    pieces = ["青禾", "废旧电池", "循环利用", "项目", "合作社", "村", "青石寨", "某镇", "全县", "建设", "由", "承建", "，", "等", "5个",
              "美丽乡", "在", "公司", "景区"]
    clauses = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 7))) for _ in range(1500)]
    guarded = [(fs.named_opening(c), fs.village_opening(c)) for c in clauses]
    monkeypatch.setattr(fs, "_named_endings", lambda: re.compile(""))  # matches every text: the guard lets all through
    monkeypatch.setattr(fs, "_VILLAGE_END", "")
    assert [(fs.named_opening(c), fs.village_opening(c)) for c in clauses] == guarded
    assert any(n for n, _ in guarded) and any(v for _, v in guarded)
def test_the_hmm_over_arrays_gives_the_path_and_probability_of_the_hmm_over_dicts():
    """nlp.viterbi_arrays (each step one array operation) against nlp.viterbi (jieba.posseg's, state by state) on
    random runs of characters the POS HMM knows, a few it has no entry for among them: the same probability, to
    the last bit, and the same path; None only where viterbi takes its fallback."""
    from jdash.nlp import pos_model, viterbi, viterbi_arrays

    tables = pos_model()[1]
    known = sorted(tables[0])
    rng = random.Random(3)
    alphabet = [rng.choice(known) for _ in range(300)] + ["王", "明", "华", "的", "县", "了", "说", "堃", "〇"]
    for _ in range(1500):
        run = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 12)))
        fast = viterbi_arrays(run)
        assert fast is None or fast == viterbi(run, *tables), run
    assert viterbi_arrays("王小明说") == viterbi("王小明说", *tables) == pos_model()[0]("王小明说", *tables)


def test_events_are_named_where_the_scan_without_its_kinds_prefilter_named_them():
    from jdash.figure_period import _event_names, event_named, holiday_named

    def scan(text: str, before: str | None = None) -> str | None:  # event_named before the prefilter
        from jdash.figure_period import _NAME_CUT

        found, joined_at = [], -2
        for m in _event_names().finditer(text):
            name = _NAME_CUT.split(m.group("name"))[-1]
            if m.start() not in (joined_at, joined_at + 1) and len(name) >= 2 and holiday_named(name) is None:
                found.append(name)
            joined_at = m.end() if text.startswith("暨", m.end()) else -2
        return found[-1] if found else before

    rng = random.Random(13)
    pieces = ["梨花", "旅游", "节", "文化", "庙会", "论坛", "大赛", "开幕", "期间", "暨", "第三届", "2019", "春节", "，", "全县", "赛"]
    named = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 9)))
        assert event_named(text, "某节") == scan(text, "某节"), text
        named += event_named(text, "某节") != "某节"
    assert named > 500  # the random texts name events, not only none
    assert event_named("全县接待游客", "读书节") == "读书节"


def test_world_events_are_found_where_every_pattern_scanning_the_page_found_them():
    from jdash.yearcues import _OTHER_EDITION_RE, _world_event_res, world_event_cues

    def scan(flat: str) -> list:  # world_event_cues before the name prefilter
        found = []
        for _, pattern, years, weight in _world_event_res():
            for m in pattern.finditer(flat):
                if not _OTHER_EDITION_RE.search(flat[max(0, m.start() - 3): m.start()]):
                    found.append((years, weight, m.group(), m.start()))
                    break
        return found

    names = [name for name, *_ in _world_event_res()]
    rng = random.Random(17)
    pieces = [*names[:6], "期间", "开幕", "比赛", "上届", "2014年", "篮球", "“", "”", "，", "夜宵店"]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 8)))
        cues = [(c.among, c.weight, c.text, c.at) for c in world_event_cues(text)]
        assert cues == scan(text), text
        found += bool(cues)
    assert found > 100  # the random texts speak of events under way, not only of none


def test_snippets_are_tagged_as_the_split_pieces_tested_one_by_one_tagged_them():
    from jdash import nlp

    def old_tag(snippet: str) -> tuple:  # nlp.tag before it read the split's odd places as the matches
        out = []
        for block, han in nlp._blocks(nlp._HAN_INTERNAL, snippet):
            out.extend(nlp._tag_block(block) if han else nlp._tag_other(block))
        return tuple(out)

    rng = random.Random(19)
    alphabet = "市委书记张王李强在会上说全县完成投资亿元同比增长项目个年月日ABCab12.5%，。、（）“”　 \n堃鑫+#&_"
    for _ in range(3000):
        snippet = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        assert nlp.tag(snippet) == old_tag(snippet), snippet


def _old_route(block: str) -> list:  # nlp._route before it kept what each (word, flag) gives
    from jdash import nlp

    found = nlp.engine()
    words = []
    for word, flag in found.jieba.tag(block, False):
        if word.isascii() and nlp._ASCII_RUN.fullmatch(word) and not found.jieba.has_word(word):
            words.extend((char, nlp._word_tag(char, "")) for char in word)
        elif word in found.tags:
            words.append((word, found.tags[word]))
        elif len(word) == 1 and not found.jieba.has_word(word):
            words.append((word, "x"))
        else:
            words.append((word, flag or "x"))
    return words


def _old_flush(buf: list) -> list:  # nlp._flush before it kept what each run's text gives (nlp._run_detail)
    from jdash import nlp

    if len(buf) <= 1 or len(buf) > nlp.HMM_MAX_RUN:
        return buf
    text = "".join(word for word, _ in buf)
    if nlp.engine().freq.get(text):
        return buf
    seen = nlp.pos_model()[1][0]
    if all(char in seen for char in text if "\u4e00" <= char <= "\u9fd5"):
        return nlp._cut_detail(text)
    out = []
    for piece in nlp._unseen_splits(buf, seen):
        out.extend(_old_flush(piece) if len(piece) > 1 and piece[0][0] in seen else piece)
    return out


def test_route_words_and_runs_kept_per_text_are_tagged_as_read_one_by_one():
    """nlp._route keeps what each route word gives, nlp._flush what each run's text gives: on random blocks (words,
    single characters that are no word, characters the HMM never saw, ASCII runs), twice over so the second reading
    comes from what was kept, the same tags as the word-by-word reading."""
    from jdash import nlp

    rng = random.Random(23)
    alphabet = "市委书记张王李强在会上说全县完成投资亿元同比增长项目个年月日堃鑫喆ab12+#&._"
    blocks = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 16))) for _ in range(2000)]
    for _ in range(2):
        nlp.forget_tags()
        for block in blocks:
            assert nlp._route(block) == _old_route(block), block
            pairs = nlp._route(block)
            assert list(nlp._flush(pairs)) == list(_old_flush(pairs)), block


def test_a_word_added_forgets_what_its_route_gave(private_segmenter):
    from jdash import nlp

    assert ("于", "p") in nlp._route("于浩然在会上")  # 于 read alone, a preposition
    nlp.add_names(["于浩然"])
    assert nlp._route("于浩然在会上")[0] == ("于浩然", "nr")


def test_the_province_is_read_per_clause_opening_as_each_clause_was_read():
    """figures.speaks_of_the_province keeps each clause opening's reading (`_province_opens`): on random sentences
    it answers as the reading of every opening in turn did."""
    from jdash import figures
    from jdash.datafiles import read_words
    from jdash.figure_subject import strip_leads
    from jdash.nlp import tag

    def old(t: str, lo: int, pos: int) -> bool:
        lo = max(lo, pos - figures._PROVINCE_REACH)
        for k in [lo] + [k + 1 for k in range(lo, pos) if t[k] in figures._CLAUSE_OPENERS]:
            clause = strip_leads(t[k : min(pos, k + figures._PROVINCE_OPENING)])
            name = next((n for n in read_words("province_names.txt") if clause.startswith(n)), None)
            tags = tag(clause[len(name) : len(name) + 6]) if name else ()
            if tags and figures._verb_opens(tags):
                return True
        return False

    rng = random.Random(29)
    pieces = ["山东", "全省", "我省", "截至去年底", "其中", "，", "：", "建成", "新增", "青禾集团", "旅游特色村", "示范园区", "30个", "年产纸"]
    found = 0
    for _ in range(1500):
        t = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 9)))
        pos = rng.randrange(0, len(t) + 1)
        assert figures.speaks_of_the_province(t, 0, pos) == old(t, 0, pos), (t, pos)
        found += old(t, 0, pos)
    assert found > 50


def test_a_paragraphs_earlier_sentences_are_read_once_for_the_unit_they_carry(monkeypatch):
    """_Paragraph.unit reads each earlier sentence of a paragraph once, not once for every sentence with figures
    after it, and carries the same unit."""
    from jdash import figures
    from jdash.figure_subject import ClauseSubjects

    read = []
    real = ClauseSubjects.sentence_subject
    monkeypatch.setattr(ClauseSubjects, "sentence_subject", lambda self, lo, hi: read.append(lo) or real(self, lo, hi))
    t = "青石寨村筹资15万元建车间。眼下产品已上市。每年能为村集体增收5万元。年产葡萄900吨。"
    assert [f.metric for f in figures.extract_figures(t)][1:] == ["青石寨村集体增收", "青石寨村年产葡萄"]
    assert sorted(read) == sorted(set(read))


def test_a_title_run_with_no_block_to_read_by_parts_measures_no_column(monkeypatch):
    from jdash.parse import assemble
    from jdash.parse.blocks import Block

    monkeypatch.setattr(assemble, "body_column", lambda *a, **k: (_ for _ in ()).throw(AssertionError("measured")))
    run = [Block("title", "某县开会", lines=("某县开会",)), Block("title", "部署春季植树", lines=("部署", "春季植树"))]
    assert assemble.title_parts_by_column(assemble.Draft(), run) == run


def test_a_sentence_without_figures_is_scanned_for_what_later_sentences_read_as_the_full_scan_found():
    from jdash.figures import _Sentence

    rng = random.Random(31)
    pieces = ["今年以来", "全年", "全县", "全市", "金乡县", "力争", "已", "预计", "，", "济宁至曲阜", "高速", "2020年", "新增", "企业"]
    for _ in range(1000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 9)))
        full, light = _Sentence.scan(t, 0, len(t)), _Sentence.scan(t, 0, len(t), figures=False)
        assert (light.periods, light.mentions, light.markers, light.marker_kinds, light.clause_ends) == \
            (full.periods, full.mentions, full.markers, full.marker_kinds, full.clause_ends), t
        assert full.whole_years == [k for k in range(len(t)) if t.startswith("全年", k)], t
