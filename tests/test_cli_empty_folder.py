"""A folder given to `jdash build` or `jdash export` that holds no page is named in a warning (it was
read in silence: '0 pages … 0 warnings'). A folder named like a page, `x.txt`, is one of them."""

from __future__ import annotations

from click.testing import CliRunner

from jdash.cli import main


def test_a_folder_without_pages_is_named_in_a_warning(tmp_path):
    (tmp_path / "dir.txt").mkdir()
    (tmp_path / "dir.txt" / "notes.md").write_text("not a page", "utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "dir.txt"), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert f"warning: {tmp_path / 'dir.txt'}: a folder with no .txt pages in it" in result.stderr

    result = CliRunner().invoke(main, ["export", "articles", str(tmp_path / "dir.txt"), "--format", "csv"])
    assert "dir.txt: a folder with no .txt pages in it" in result.stderr


def test_a_folder_with_a_page_below_gets_no_such_warning(tmp_path):
    (tmp_path / "corpus" / "deep").mkdir(parents=True)
    (tmp_path / "corpus" / "deep" / "a.txt").write_text("本报济宁讯 今天，全市会议召开。\n", "utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "corpus"), "--store", str(tmp_path / "store")])
    assert "no .txt pages" not in result.stderr
