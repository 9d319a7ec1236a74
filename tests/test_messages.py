"""Messages that misled (issue 9 item 10): a build whose worker died says what it kept (never "kept"
when nothing was); a build waiting for another one's lock says which process it waits for; an
unreadable store is said once on every dashboard page. (The GB18030 offset: tests/test_textio.py; the
unbalanced quote in pages.csv: tests/test_hostile_files.py.)"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.hostile import processes_with, wait_for
from jdash.cli import main

PAGE = ("全市工作会议召开\n\n本报济宁5月7日讯（记者 张{i}）今天上午，全市工作会议召开。"
        "会议指出，要做好今年各项工作，全市地区生产总值增长5.1%。\n")
# The build in its own process: segments flushed every `segment` pages, the CLI's message on stderr.
_BUILD = textwrap.dedent("""
    import sys
    import jdash.store as store
    from jdash.cli import main
    store.SEGMENT_PAGES = int(sys.argv[1])
    main(["build", sys.argv[2], "--store", sys.argv[3], "--workers", "2"])
""")



def _segments(store: Path) -> int:
    try:
        return len(json.loads((store / "manifest.json").read_text())["segments"])
    except (OSError, ValueError, KeyError):
        return 0



@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("segment", [4, 100_000])
def test_a_build_whose_worker_died_says_what_it_kept(tmp_path, segment):
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    corpus.mkdir()
    for i in range(60):
        (corpus / f"p{i:02d}.txt").write_bytes((PAGE.format(i=i) * 300).encode())
    marker = f"JDASH_WORKER_TEST={uuid.uuid4().hex}"
    env = {**os.environ, marker.split("=")[0]: marker.split("=")[1]}
    build = subprocess.Popen([sys.executable, "-c", _BUILD, str(segment), str(corpus), str(store)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        # The build, the forkserver, the resource tracker and two workers; with small segments, one flushed.
        assert wait_for(lambda: len(processes_with(marker)) >= 5, 120)
        assert segment > 60 or wait_for(lambda: _segments(store) >= 1, 300)
        for pid in processes_with(marker):
            if pid != build.pid:
                os.kill(pid, signal.SIGKILL)
        _, stderr = build.communicate(timeout=120)
    finally:
        for pid in processes_with(marker):
            os.kill(pid, signal.SIGKILL)
    assert build.returncode == 1 and "a worker process died while parsing" in stderr, stderr
    if segment > 60:
        assert "no page of this run had been saved yet: the next build parses them all" in stderr
        assert "kept" not in stderr
    else:
        saved = _segments(store) * segment
        assert f"the {saved} pages parsed before were saved, and the next build does not parse them again" in stderr


# A pool worker that dies while it sends its result: the pool's own thread is left reading the rest of the
# message for ever (CPython 3.11), so neither a result nor BrokenProcessPool ever comes. The worker
# writes the head of a 1 MB result into the pool's result pipe, then kills itself.
_MID_SEND = textwrap.dedent("""
    import os, signal, struct, sys

    def die_mid_send(task):
        frame = sys._getframe(1)
        while "result_queue" not in frame.f_locals:
            frame = frame.f_back
        os.write(frame.f_locals["result_queue"]._writer.fileno(), struct.pack("!i", 1_000_000) + b"x" * 10)
        os.kill(os.getpid(), signal.SIGKILL)
""")
_RUN_MID_SEND = textwrap.dedent("""
    from jdash.errors import WorkerDiedError
    from jdash.store import _run_pool
    from midsend import die_mid_send

    if __name__ == "__main__":
        try:
            list(_run_pool(die_mid_send, [1], 2))
        except WorkerDiedError as err:
            print(err)
""")


@pytest.mark.skipif(sys.platform != "linux", reason="forkserver workers and SIGKILL")
def test_a_worker_that_dies_while_sending_its_result_never_hangs_the_build(tmp_path):
    (tmp_path / "midsend.py").write_text(_MID_SEND)
    (tmp_path / "run.py").write_text(_RUN_MID_SEND)
    root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), root, os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run([sys.executable, str(tmp_path / "run.py")], env=env, capture_output=True, text=True,
                         timeout=120)  # a hang fails here; before the fix it never ended
    assert run.returncode == 0, run.stderr
    assert "a worker process died while parsing (pid " in run.stdout
    assert "killed by SIGKILL" in run.stdout


def test_a_second_build_says_which_process_it_waits_for(tmp_path):
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(PAGE.format(i=1).encode())
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time
        from pathlib import Path
        from jdash.store import _locked
        with _locked(Path({str(store)!r})):
            print("held", flush=True)
            time.sleep(2)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        done = CliRunner().invoke(main, ["build", str(corpus), "--store", str(store)])
    finally:
        holder.wait(timeout=60)
    assert done.exit_code == 0, done.output
    assert (f"the store at {store} is in use by another build or upload (pid {holder.pid}): waiting for it to "
            "finish") in done.output
    assert "1 pages (1 parsed" in done.output


PAGES = sorted(p.name for p in (Path(__file__).resolve().parent.parent / "pages").glob("*.py"))


@pytest.mark.parametrize("page", PAGES)
def test_an_unreadable_store_is_said_once_on_every_page(tmp_path, monkeypatch, page):
    import shutil

    from streamlit.testing.v1 import AppTest

    from dash_fixtures import ROOT, dashboard_on, seeds_store_dir

    store = tmp_path / "store"
    shutil.copytree(seeds_store_dir(), store)
    (store / "manifest.json").write_text("{not json", encoding="utf-8")
    with dashboard_on(monkeypatch, store):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
        at.switch_page(f"pages/{page}").run()
        assert not at.exception, [e.message for e in at.exception]
        errors = [e.value for e in at.error]
        assert len(errors) == 1 and "manifest" in errors[0], errors
