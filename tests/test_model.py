"""The records' serialisation: `Article.to_dict` is what `dataclasses.asdict` gives, tuples made lists."""

from __future__ import annotations

import dataclasses
import json

from jdash.model import Article, Figure, OfficialMention, PersonMention, Reporter
from jdash.pipeline import process_page

from conftest import SEED_PAGES


def _reference(value):
    """The former implementation: asdict, then tuples to lists."""
    if isinstance(value, dict):
        return {k: _reference(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_reference(v) for v in value]
    return value


def test_to_dict_equals_asdict_on_the_seed_articles():
    articles = [a for path in SEED_PAGES for a in process_page(path.name, path.read_bytes()).articles]
    assert any(a.figures and a.officials for a in articles)
    for article in articles:
        assert article.to_dict() == _reference(dataclasses.asdict(article))


def test_to_dict_makes_nested_records_plain_json():
    article = Article("a1", "p.txt", 0, "标题", None, "news", "正文", reporters=[Reporter("张三", "记者")],
                      officials=[OfficialMention("李四", ("市长",), "city")], persons=[PersonMention("王五")],
                      figures=[Figure(3.0, "亿元", 3e8, "元", "营收", "营业收入", "amount", None, None, None, None,
                                      "营收3亿元")],
                      topics=[{"topic": "经济", "score": 0.5}])
    record = article.to_dict()
    assert record["officials"][0]["titles"] == ["市长"]
    assert record["reporters"] == [{"name": "张三", "role": "记者"}]
    assert record["figures"][0]["unit"] == "亿元" and record["topics"] == [{"topic": "经济", "score": 0.5}]
    assert json.loads(json.dumps(record, ensure_ascii=False)) == record
