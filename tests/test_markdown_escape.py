"""Page text shown in a tooltip is Markdown-escaped (issue 9 item 9): a Markdown link printed in a
figure's sentence stays text on the Counties page's headline cards, never a live link."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from dash_fixtures import ROOT, dashboard_on
from jdash.store import build, load_corpus

LINK = "[点我](http://evil.example)"
PAGE = ("泗水县经济运行良好\n\n本报泗水5月7日讯（记者 张三）今年以来，泗水县实现地区生产总值120亿元，"
        f"同比增长5.1%，{LINK}。\n")


def test_a_markdown_link_in_a_figure_sentence_is_escaped_in_the_tooltip(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "p.txt").write_text(PAGE, encoding="utf-8")
    store = tmp_path / "store"
    build([corpus], store)
    assert any(LINK in s for s in load_corpus(store).figures["sentence"])
    with dashboard_on(monkeypatch, store, corpus):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
        at.switch_page("pages/counties.py").run()
        assert not at.exception, [e.message for e in at.exception]
        helps = [m.proto.help for m in at.markdown if m.proto.help]
        assert helps and any("点我" in h for h in helps), helps
        assert not [h for h in helps if LINK in h]  # the raw link would render live
        assert any(r"\[点我\]\(http" in h for h in helps), helps
