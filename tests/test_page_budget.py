"""The per-page budget (issue 9 item 1): a page that needs more CPU time or memory than the budget is
reported by name and skipped, every other page stored, in builds, in worker processes and in uploads
made from a thread that is not the main one (the dashboard's).

No timed assertions: the budgets are set far below what the slow page costs (a legitimate page of
2 MB, about 7 s of CPU time and some 40 MB when parsed whole) and far above what a seed page costs
(about 0.05 s and 1 MB once the models are loaded); only outcomes are asserted.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdash.budget import Budget, limited, memory_reason, time_reason
from jdash.cli import main
from jdash.errors import PageTooComplexError
from jdash.settings import load_settings
from jdash.store import build, ingest_uploads, load_corpus

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
PARA = ("今天上午，全市工作会议召开。会议指出，全市地区生产总值增长5.1%，完成投资35.9亿元。"
        "副市长王强出席会议并讲话，要求各县市区抓好落实。\n\n")
SLOW = "slow.txt"


def _slow_page(size: int = 2 * 2**20) -> bytes:
    return ("全市工作会议召开\n\n本报济宁5月7日讯（记者 张三）" + PARA * (size // len(PARA.encode()))).encode()


@pytest.fixture
def corpus(corpus_dir) -> Path:
    """The seed pages (conftest's corpus_dir) and one slow page."""
    (corpus_dir / SLOW).write_bytes(_slow_page())
    return corpus_dir


def _stored_sources(store: Path) -> set[str]:
    return set(load_corpus(store).articles["source"])


def test_a_busy_loop_is_stopped_at_its_cpu_budget_even_if_it_swallows_the_first_stop():
    with pytest.raises(PageTooComplexError) as caught, limited(Budget(seconds=0.2), "loop.txt"):
        give_up = time.process_time() + 30  # without a budget the loop ends, and the test fails
        for _swallowed in range(2):  # a parse that catches the stop is stopped again
            try:
                while time.process_time() < give_up:
                    pass
            except PageTooComplexError:
                pass
        while time.process_time() < give_up:
            pass
    assert caught.value.source == "loop.txt" and caught.value.reason == time_reason(Budget(seconds=0.2))


def test_a_block_that_grows_past_its_memory_budget_is_stopped():
    hoard = []
    with pytest.raises(PageTooComplexError) as caught, limited(Budget(seconds=60, megabytes=32), "big.txt"):
        while len(hoard) < 4096:  # up to 4 GiB, far past the budget
            hoard.append(bytearray(2**20))
    assert caught.value.reason == memory_reason(Budget(seconds=60, megabytes=32))
    assert len(hoard) < 4096


def test_the_cli_reports_the_page_over_its_time_budget_by_name_and_stores_the_others(corpus, tmp_path):
    store = tmp_path / "store"
    done = CliRunner().invoke(main, ["build", str(corpus), "--store", str(store), "--page-seconds", "0.5"])
    assert done.exit_code == 0, done.output
    assert f"warning: {SLOW}: too complex to parse in 0.5 s of CPU time; skipped" in done.output
    assert _stored_sources(store) == {seed.name for seed in SEEDS}
    assert f"{len(SEEDS) + 1} pages" in done.output


def test_a_page_over_budget_is_parsed_again_only_when_the_budget_changes(corpus, tmp_path):
    store = tmp_path / "store"
    first = build([corpus], store, budget=Budget(seconds=0.5))
    same = build([corpus], store, budget=Budget(seconds=0.5))
    other = build([corpus], store, budget=Budget(seconds=0.6))
    assert (first.parsed, same.parsed, other.parsed) == (len(SEEDS) + 1, 0, 1)
    assert [w.reason for w in other.warnings if w.source == SLOW] == [time_reason(Budget(seconds=0.6))]


def test_a_page_over_its_memory_budget_is_reported_and_the_others_stored(corpus, tmp_path):
    store = tmp_path / "store"
    report = build([corpus], store, budget=Budget(seconds=60, megabytes=8))
    assert [(w.source, w.reason) for w in report.warnings] == [(SLOW, memory_reason(Budget(60, 8)))]
    assert _stored_sources(store) == {seed.name for seed in SEEDS}


def test_worker_processes_parse_within_the_budget(corpus, tmp_path):
    for copy in range(3):  # enough pages for two workers to be started
        for seed in SEEDS:
            (corpus / f"copy{copy}-{seed.name}").write_bytes(seed.read_bytes() + f"\n第{copy}份\n".encode())
    report = build([corpus], tmp_path / "store", workers=2, budget=Budget(seconds=0.5))
    assert [w.source for w in report.warnings] == [SLOW]
    assert report.pages == 4 * len(SEEDS) + 1 and SLOW not in _stored_sources(tmp_path / "store")


def test_an_upload_from_a_server_thread_gets_the_same_budget(tmp_path):
    settings = dataclasses.replace(load_settings(), page_seconds=0.5)
    outcome: dict = {}

    def upload() -> None:  # as Streamlit does: not the main thread, where no timer can stop a parse
        outcome["report"] = ingest_uploads([(SLOW, _slow_page()), (SEEDS[0].name, SEEDS[0].read_bytes())],
                                           tmp_path / "store", settings=settings)

    thread = threading.Thread(target=upload)
    thread.start()
    thread.join()
    report = outcome["report"]
    assert [(w.source, w.reason) for w in report.warnings] == [(SLOW, time_reason(Budget(seconds=0.5)))]
    assert _stored_sources(tmp_path / "store") == {SEEDS[0].name}
