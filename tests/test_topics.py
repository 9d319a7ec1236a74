from jdash.topics import add_names, keywords, score_topics, stopwords, taxonomy, tokens

from conftest import SEED_PAGES


def test_taxonomy_has_at_least_twelve_topics():
    assert len(taxonomy()) >= 12


def test_multi_label_scores():
    scores = dict(score_topics("全市助企攀登工作会议召开", "推动制造强市建设，加快技改项目建设和招商引资。"))
    assert "制造强市/助企攀登" in scores
    best = score_topics("全市助企攀登工作会议召开", "推动制造强市建设")[0][0]
    assert best == "制造强市/助企攀登"
    assert all(0 < s <= 1 for s in scores.values())


def test_column_banner_is_evidence():
    plain = dict(score_topics("一把手谈人才", "加快发展"))
    with_banner = dict(score_topics("一把手谈人才", "加快发展", column="攻坚制造强市建设·助企攀登"))
    assert with_banner.get("制造强市/助企攀登", 0) > plain.get("制造强市/助企攀登", 0)


def test_no_evidence_no_topic():
    assert score_topics("", "") == []


def test_keywords_drop_boilerplate_and_keep_campaign_phrases():
    text = "本报济宁讯（记者 宋仪凯）今天下午，全市助企攀登工作会议召开。会议要求，大力培育专精特新企业，助企攀登走深走实。"
    kws = keywords(text, k=10)
    assert "助企攀登" in kws and "专精特新" in kws
    assert not set(kws) & {"本报", "记者", "今天", "会议", "，", "。"}
    assert all(len(k) >= 2 for k in kws)


def test_names_stay_whole():
    text = "霍媛媛出席会议。霍媛媛强调，要抓好落实。"
    assert "霍媛媛" in keywords(text, names=["霍媛媛"])
    assert "霍媛媛" in tokens(text, names=["霍媛媛"])


def test_add_names_teaches_the_tokenizer(private_segmenter):
    assert "高天明" not in tokens("副市长高天明出席")
    add_names(["高天明"])
    assert "高天明" in tokens("副市长高天明出席")


def test_stopwords_include_newspaper_boilerplate():
    assert {"本报", "记者", "通讯员", "今天", "会议"} <= stopwords()


def test_keyword_ties_keep_the_order_of_first_mention():
    # 戊己 and 庚辛 are not in the IDF table (median IDF) and printed once each: a tie.
    assert keywords("戊己。庚辛。") == ["戊己", "庚辛"]
    assert keywords("庚辛。戊己。") == ["庚辛", "戊己"]
    assert keywords("南四湖 南四湖", k=3) == keywords("南四湖南四湖", k=3) == ["南四湖"]  # spaces are no words


def test_printed_cues_are_exactly_the_cues_in_the_text():
    from jdash.topics import _cue_index, printed_cues

    cues = _cue_index()[1]
    texts = [path.read_text(encoding="utf-8") for path in SEED_PAGES] + ["全市招商引资", "", "招商"]
    for text in texts:
        assert printed_cues(text) == [i for i, (_, cue, _) in enumerate(cues) if cue in text]
    assert printed_cues(texts[0])  # the seeds print cues


def test_keywords_leave_out_what_names_no_subject():
    # Invented: a county, its posts and bodies, the press, a leader's visit and units cut from their figures.
    text = ("大众网讯 南湖县委书记张三到微山县马庄镇调研湿地保护。张三指出，微山县要把湿地保护好。"
            "县长李四陪同。县政协主席王五参加。全县完成投资12亿元，种植荷花3万亩，游客达到5万人次。")
    kws = keywords(text, k=20, names=["张三", "李四", "王五"])
    assert {"湿地", "荷花", "游客"} <= set(kws)  # what the article is about, and whom (游客 is a role, no post)
    left_out = {"大众网", "微山县", "微山", "县委书记", "书记", "县长", "政协主席", "县政协", "调研", "陪同",
                "亿元", "万亩", "万人次", "全县"}
    assert not set(kws) & left_out


def test_keyword_rules_read_their_data_files():
    from jdash.topics import media_outlets, official_titles, own_places, unit_words

    assert "济宁高新区" in own_places() and "曲阜" in own_places()  # every form in counties.csv
    assert "新华社" in media_outlets()  # wire_agencies.txt is read too
    assert "常务副市长" in official_titles() and "村民" not in official_titles()
    assert "十万亩" in unit_words() and "万亩" in unit_words() and "亩产" not in unit_words()


def test_a_cue_inside_a_longer_cue_of_its_topic_counts_once():
    # Invented: one passing mention of an epidemic's control in a review of the economy.
    once = dict(score_topics("某市经济回升向好", "三年新冠疫情防控转段后，全市经济恢复发展，地区生产总值增长6%。"))
    twice = dict(score_topics("某市经济回升向好", "疫情防控有力。新冠疫情得到控制，防控措施落实。"))
    assert once["疫情防控"] < 0.65 < twice["疫情防控"]  # 疫情 and 防控 inside 疫情防控 add nothing (they added 0.16)


def test_numbers_in_chinese_numerals_are_no_keywords():
    # Invented: a session's ordinal and counts in numerals; the plan and the congress keep their names.
    text = "市政协第十届五次会议召开。会议审议九个报告。十四五规划纲要贯彻二十大精神，五年来新建九个产业园。"
    kws = keywords(text, k=20)
    assert {"十四五", "二十大", "产业园"} <= set(kws)
    assert not set(kws) & {"第十届", "五次", "九个", "五年"}


def test_printed_cues_equal_looking_for_every_cue():
    """printed_cues (a cue looked for only when the text holds its characters) gives the cues printed, in taxonomy
    order, as looking for every cue does, on random texts made of cues and other characters."""
    import random

    from jdash.topics import _cue_index, printed_cues

    cues = [cue for _, cue, _ in _cue_index()[1]]
    rng = random.Random(4)
    for _ in range(500):
        text = "".join(rng.choice(cues) if rng.random() < 0.3 else rng.choice("的了全市县，。工作发展") for _ in range(rng.randint(0, 30)))
        assert printed_cues(text) == [n for n, cue in enumerate(cues) if cue in text]


def test_a_numbers_tail_cut_off_by_the_segmenter_is_no_keyword_and_approximations_are_none():
    from jdash.topics import keywords, without_number_tails

    words = keywords("5月28日晚，某县举办建县五十周年文艺晚会，演出持续3小时左右，30个村的村民约2万余人次观看。")
    assert not {"日晚", "五十周年", "小时", "左右", "个村", "万余人次"} & set(words)
    assert {"文艺晚会", "村民"} <= set(words)
    assert without_number_tails(["3", "个", "项目", "个村"]) == ["3", "个", "项目", "个村"]  # no number before them


def test_words_of_when_and_vague_counts_are_no_keywords():
    # Invented: a festival told with when-words and vague counts around what it is about.
    text = ("今年以来，某县多日举办荷花节。节会期间，游客连日观赏荷花，数月来民宿预订火爆。"
            "近年来，当地早日谋划，如期开园，当天接待游客。荷花节前夕，村民采摘莲蓬。")
    words = set(keywords(text, k=30))
    assert {"荷花", "游客", "民宿", "莲蓬", "开园"} <= words
    assert not words & {"期间", "多日", "连日", "数月", "今年以来", "近年来", "早日", "如期", "当天", "前夕"}
