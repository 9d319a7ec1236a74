"""One page's bytes → a `PageResult`; finding page files and their `pages.csv` metadata.

`process_page` is pure and picklable: it runs in worker processes, and never raises for one bad
page (what went wrong becomes a `ParseWarning` on the result; a bug in jdash becomes an
internal-error warning, with its traceback logged).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import logging
import os
import re
import stat
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any
from pathlib import Path, PurePosixPath

from jdash.budget import Budget, enforceable, limited
from jdash.errors import InputError, PageTooComplexError
from jdash.model import PageResult, ParseWarning
from jdash.textio import decode_page, normalise_text

log = logging.getLogger(__name__)

PAGES_CSV = "pages.csv"
INTERNAL_ERROR = "internal error"
DEBUG_ENV = "JDASH_DEBUG"
# A newspaper page is about 20 KB of text. A file hundreds of times larger is not one page, and
# parsing it would only make one monstrous "article"; it is refused with a message instead.
MAX_PAGE_BYTES = 8 * 2**20
PAGE_SUFFIX = ".txt"


@dataclass(frozen=True)
class PageMeta:
    """A page's row in `pages.csv`: issue date (ISO: a day, or a year alone), page label and paper name, each optional."""

    date: str | None = None
    page: str | None = None
    paper: str | None = None


@dataclass(frozen=True)
class PageFile:
    """A page file found on disk: where it is, the name records carry, and its metadata.

    `location` is the path as found: a string for the pages of a folder's walk (a `Path` per page was a
    second of CPU at 143,000 pages), a `Path` elsewhere; `path` gives it as a `Path`."""

    location: str | os.PathLike[str]
    source: str
    meta: PageMeta | None = None

    @property
    def path(self) -> Path:
        return Path(self.location)


def oversized_page_reason(size: int) -> str:
    return (f"file is {size / 2**20:.1f} MiB; a page is at most {MAX_PAGE_BYTES // 2**20} MiB "
            "(a newspaper page is about 20 KB): split it into pages")


def read_page_bytes(path: str | os.PathLike[str], source: str, limit: int = MAX_PAGE_BYTES) -> bytes:
    """A page file's bytes, reading at most `limit` + 1 bytes: never a FIFO, a device or a huge file.

    Raises `InputError` naming `source` for a file that is not a regular file or is larger than
    `limit` (told before reading, from its size), and `OSError` when it cannot be read.
    """
    # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused right after, by fstat.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise InputError(source, f"not a regular file ({_file_kind(info.st_mode)}); skipped")
        if info.st_size > limit:
            raise InputError(source, oversized_page_reason(info.st_size))
        data = handle.read(limit + 1)
    if len(data) > limit:  # it grew while we read
        raise InputError(source, oversized_page_reason(len(data)))
    return data


def _file_kind(mode: int) -> str:
    """What a non-regular file is, for a message.

    >>> _file_kind(stat.S_IFIFO)
    'a FIFO'
    """
    kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
             (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))
    return next((name for test, name in kinds if test(mode)), "a special file")


def printable_name(name: str) -> str:
    """A file name that can be shown and stored: bytes that are not UTF-8 shown as \\xNN escapes.

    >>> printable_name(os.fsdecode(b"\\xc4\\xe3.txt"))
    '\\\\xc4\\\\xe3.txt'
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def content_hash(data: bytes) -> str:
    """The page's identity: sha256 of its bytes, hex."""
    return hashlib.sha256(data).hexdigest()


def article_id(page_hash: str, order: int) -> str:
    """A stable article id: the same page bytes always give the same ids."""
    return hashlib.sha1(f"{page_hash}:{order}".encode()).hexdigest()[:16]


def process_page(source: str, data: bytes, meta: PageMeta | None = None, extra_cues: Sequence[Any] = (),
                 budget: Budget | None = None) -> PageResult:
    """Decode, normalise, parse, date and enrich one page (`extra_cues`: more evidence for its year,
    jdash.yearcues.Evidence, such as officials' tenures learned from the corpus), within `budget`
    (jdash.budget: CPU time and memory, enforced in a process's main thread only).

    A page that spends its budget is returned with no articles and one warning saying which limit it
    reached ("too complex to parse in 60 s of CPU time").

    Problems with the page become warnings on the result; a page without articles gets the
    warning "no articles found". An exception inside jdash (a bug) is logged with its traceback
    and the page is returned with no articles and one internal-error warning, never half-enriched
    and never blamed on the file; with the environment variable JDASH_DEBUG=1 it is raised instead.
    """
    if budget is not None and enforceable():
        warm_up()  # one-time loads (dictionaries, models) are not the page's cost, and are never cut short
    try:
        with limited(budget, source):
            return _process_page(source, data, meta, extra_cues)
    except PageTooComplexError as err:
        log.info("%s: %s", source, err.reason)
        return _empty_result(source, data, ParseWarning(source, err.reason))
    except Exception as err:  # noqa: BLE001 - one page's bug must not stop a 30,000-page build
        if debug_enabled():
            raise
        log.exception("internal error while processing page %s", source)
        return _empty_result(source, data, internal_error_warning(source, err))


def _empty_result(source: str, data: bytes, warning: ParseWarning) -> PageResult:
    """A page stored with no articles and one warning (never half-enriched)."""
    return PageResult(source=source, content_hash=content_hash(data), issue_date=None, date_source="unknown",
                      date_confidence=0.0, warnings=[warning])


# An invented page that goes through every stage (a reporter's name for the POS model, a figure, a date).
_WARM_UP_PAGE = ("全市工作会议召开\n\n本报济宁5月7日讯（记者 张三）今天上午，全市工作会议召开。市委副书记、市长李明"
                 "出席会议并讲话。全市地区生产总值同比增长5.1%，完成投资35.9亿元，曲阜市、邹城市分别增长3%和4%。\n")
_warmed: set[int] = set()


def warm_up() -> None:
    """Build once per process what every page needs — the segmenter, the part-of-speech model, the
    data lists and compiled rules — by parsing a small invented page without a budget: they load then,
    never inside a budgeted page (where they would count, and could be cut short). The build's
    forkserver runs this too (through `jdash.warmup`), so each worker forked from it starts warm (its
    own call then costs one small page). Never raises: a page that finds them unbuilt builds them."""
    if os.getpid() in _warmed:
        return
    _warmed.add(os.getpid())
    try:
        from jdash.nlp import engine, pos_model

        engine()
        pos_model()
        _process_page("warm-up.txt", _WARM_UP_PAGE.encode("utf-8"), None)
    except Exception:  # noqa: BLE001 - warming is an optimisation; the parse reports its own errors
        log.debug("warm-up failed", exc_info=True)


def debug_enabled() -> bool:
    """JDASH_DEBUG is set (the CLI's --debug sets it; worker processes inherit it)."""
    return os.environ.get(DEBUG_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def internal_error_warning(source: str, err: BaseException) -> ParseWarning:
    """The warning for a page jdash failed on: says it is jdash's fault, not the file's.

    >>> internal_error_warning("a.txt", KeyError("x")).reason
    "internal error (a bug in jdash, not a problem with the file; traceback in the log): KeyError: 'x'"
    """
    return ParseWarning(source, f"{INTERNAL_ERROR} (a bug in jdash, not a problem with the file; "
                                f"traceback in the log): {_describe(err)}")


def is_internal_error(warning: ParseWarning) -> bool:
    """Whether a warning reports a bug in jdash rather than a bad input file."""
    return warning.reason.startswith(INTERNAL_ERROR)


def _process_page(source: str, data: bytes, meta: PageMeta | None, extra_cues: Sequence[Any] = ()) -> PageResult:
    # Imported here: the parser and entity modules are heavy (jieba) and load once per worker.
    from jdash.dates import date_page
    from jdash.enrich import enrich_articles
    from jdash.parser import parse_page_checked

    digest = content_hash(data)
    result = PageResult(source=source, content_hash=digest, issue_date=None, date_source="unknown",
                        date_confidence=0.0)

    def warn(reason: str) -> PageResult:
        result.warnings.append(ParseWarning(source, reason))
        return result

    if len(data) > MAX_PAGE_BYTES:
        return warn(oversized_page_reason(len(data)))
    # InputError is the file's fault; anything else raised below is jdash's (see process_page).
    try:
        text = normalise_text(decode_page(data, source))
        articles, layout_warnings = parse_page_checked(text, source)
    except InputError as err:
        return warn(err.reason)
    for reason in layout_warnings:  # a page whose layout made the parse doubtful says so
        warn(reason)
    if not articles:
        return warn("no articles found")
    for order, article in enumerate(articles):
        article.id = article_id(digest, order)
        article.source = source
        if meta is not None:
            article.page = meta.page
            article.paper = meta.paper
    dated = date_page(articles, text, source, meta, extra_cues)
    result.issue_date, result.date_source, result.date_confidence = dated.issue_date, dated.source, dated.confidence
    result.issue_year = dated.year
    result.date_evidence = dated.evidence
    result.articles = list(enrich_articles(articles))
    log.debug("%s: %d articles, issue date %s (%s)", source, len(result.articles), result.issue_date,
              result.date_source)
    return result


def _describe(err: BaseException) -> str:
    return f"{type(err).__name__}: {err}" if str(err) else type(err).__name__


def discover_pages(paths: Iterable[str | os.PathLike[str]], real: RealPaths | None = None,
                   csv_rows: CsvRows | None = None) -> tuple[list[PageFile], list[ParseWarning]]:
    """Page files under `paths`, in order: folders are searched recursively for `.txt` files
    (sorted; hidden files and folders skipped), files are taken whatever their name.

    A page's `source` is its path relative to the folder given, or its name for a file given
    directly. Metadata comes from a `pages.csv` in the page's folder or any folder above it
    up to the one given. Missing paths and unreadable `pages.csv` files become warnings.
    `real` (optional) keeps what discovery learnt of the pages' real paths, for the caller's own use;
    `csv_rows` (optional) the `pages.csv` files already read, so that an unchanged one is not read again.
    """
    pages: list[PageFile] = []
    warnings: list[ParseWarning] = []
    parent_metas: dict[Path, dict[str, PageMeta]] = {}
    real = real if real is not None else RealPaths()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, csv_files = _walk(path, real)
            metas, csv_warnings, origins = _folder_metadata(csv_files, real, csv_rows)
            warnings.extend(csv_warnings)
            used: set[str] = set()
            names_utf8 = _is_utf8("\n".join(source for source, _, _ in found))  # one check for the whole walk
            for source, file, plain in found:
                refusal = None if plain and (names_utf8 or _is_utf8(source)) else _refusal(file, source, path)
                if refusal:
                    warnings.append(refusal)
                else:
                    key = real.known.get(file) or real(file)
                    used.add(key)
                    pages.append(PageFile(file, source, metas.get(key)))
            warnings.extend(unused_rows(origins, used))
        elif path.exists() and not path.is_file():
            warnings.append(ParseWarning(printable_name(str(raw)), f"not a regular file "
                                         f"({_file_kind(path.stat().st_mode)}); skipped"))
        elif path.is_file() and not _is_utf8(path.name):
            warnings.append(ParseWarning(printable_name(path.name), bad_name_reason(path.name)))
        elif path.is_file():
            if path.parent not in parent_metas:
                parent_metas[path.parent], csv_warnings = read_pages_csv(path.parent / PAGES_CSV)
                warnings.extend(csv_warnings)
            pages.append(PageFile(path, path.name, parent_metas[path.parent].get(_real(path))))
        else:
            warnings.append(ParseWarning(printable_name(str(raw)), "no such file or folder"))
    return pages, warnings


def bad_name_reason(name: str) -> str:
    """Why a file whose name is not UTF-8 is skipped, with the name as GB18030 reads it when it does
    (a GBK name from a Windows machine: its escaped bytes alone say nothing).

    >>> bad_name_reason(os.fsdecode("济宁日报".encode("gbk") + b".txt"))
    'file name is not UTF-8 (in GB18030 it reads 济宁日报.txt: rename the file); skipped'
    """
    try:
        read = os.fsencode(name).decode("gb18030")
    except UnicodeDecodeError:
        read = ""
    hint = f"in GB18030 it reads {read}: " if read.isprintable() and read else ""
    return f"file name is not UTF-8 ({hint}rename the file); skipped"


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # os.fsdecode keeps undecodable bytes as lone surrogates
        return False
    return True


def _refusal(file: str, source: str, folder: Path) -> ParseWarning | None:
    """Why a file found under `folder` is not read as a page, or None.

    A name that is not UTF-8, a link leading out of the folder, anything but a regular file.
    """
    if not _is_utf8(source):
        return ParseWarning(printable_name(source), bad_name_reason(source))
    try:
        mode = os.lstat(file).st_mode  # a link's own: what it leads to is looked at below
        if stat.S_ISLNK(mode):
            if not Path(_real(file)).is_relative_to(_real(folder)):
                return ParseWarning(source, "symbolic link to a file outside the corpus folder; skipped")
            mode = os.stat(file).st_mode
    except OSError as err:
        return ParseWarning(source, f"cannot read: {err.strerror or 'unreadable'}")
    if not stat.S_ISREG(mode):
        return ParseWarning(source, f"not a regular file ({_file_kind(mode)}); skipped")
    return None


def _walk(folder: Path, real: RealPaths) -> tuple[list[tuple[str, str, bool]], list[Path]]:
    """One walk of `folder` (what `os.walk` finds, hidden folders and links to folders not entered):
    (path relative to `folder` with /, path as `str` of its `Path`, plain) of every page file, in that
    name's order — plain when the folder's listing says it is a regular file and no link (no `lstat` of
    its own; `real` records its real path) —, and the `pages.csv` files found, deeper ones last (folders
    in name order within a depth)."""
    found: list[tuple[str, str, str, bool]] = []
    csv_files: list[Path] = []
    stack = [(str(folder), "")]
    while stack:
        here, prefix = stack.pop()
        for entry in _listing(here):
            name = entry.name
            if _is_folder(entry):
                if not name.startswith(".") and not _is_link(entry):
                    stack.append((_child(here, name), prefix + name + "/"))
                continue
            if name == PAGES_CSV:
                csv_files.append(Path(_child(here, name)))
            if name.lower().endswith(PAGE_SUFFIX) and not name.startswith("."):
                found.append((prefix + name, here, name, _is_plain(entry)))
    found.sort(key=lambda row: row[0])
    csv_files.sort(key=lambda p: (len(p.parts), p.parts))
    return [(source, real.listed(here, name, plain), plain) for source, here, name, plain in found], csv_files


def _child(folder: str, name: str) -> str:
    """`str(Path(folder).joinpath(name))` for a `folder` written as a `Path` writes itself and a file
    `name`, without making the `Path`.

    >>> _child(".", "a.txt"), _child("/", "a.txt"), _child("c/d", "a.txt")
    ('a.txt', '/a.txt', 'c/d/a.txt')
    """
    if folder == ".":
        return name
    return folder + name if folder.endswith("/") else f"{folder}/{name}"


def _listing(folder: str) -> list[os.DirEntry[str]]:
    """The entries of `folder` (none if it cannot be listed, as `os.walk` skips it)."""
    try:
        with os.scandir(folder) as entries:
            return list(entries)
    except OSError:
        return []


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_plain(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def _is_link(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return False


def _folder_metadata(
    csv_files: Sequence[Path], real: RealPaths | None = None, csv_rows: CsvRows | None = None
) -> tuple[dict[str, PageMeta], list[ParseWarning], dict[str, Path]]:
    """The rows of `csv_files` by the real path of the page each names (deeper files come last and
    win), the warnings of reading them, and the pages.csv each row came from."""
    metas: dict[str, PageMeta] = {}
    origins: dict[str, Path] = {}
    warnings: list[ParseWarning] = []
    for csv_path in csv_files:
        found, csv_warnings = read_pages_csv(csv_path, real, csv_rows)
        metas.update(found)
        origins.update(dict.fromkeys(found, csv_path))
        warnings.extend(csv_warnings)
    return metas, warnings, origins


def unused_rows(origins: dict[str, Path], used: set[str]) -> list[ParseWarning]:
    """A warning for each pages.csv row that names no page found (a misspelt or miscased name:
    its date would be lost in silence), naming the csv and the row's file.

    >>> unused_rows({"/c/b.txt": Path("/c/pages.csv")}, {"/c/a.txt"})[0].reason
    'b.txt: no such page beside it; row unused'
    """
    return [ParseWarning(str(csv_path), f"{os.path.relpath(key, real_path(csv_path.parent))}: "
                                        "no such page beside it; row unused")
            for key, csv_path in origins.items() if key not in used]


def _real(path: Path) -> str:
    return os.path.realpath(path)


def real_path(path: str | os.PathLike[str], dirs: dict[str, str] | None = None) -> str:
    """`os.path.realpath(path)`, the real paths of folders kept in `dirs` (one per folder, not one
    look-up per path component of every page: at 143,000 pages that was most of a rebuild's time).
    A path that is itself a link is resolved whole."""
    path = os.fspath(path)
    head, leaf = os.path.split(path)
    if dirs is None or leaf in ("", ".", "..") or os.path.islink(path):
        return os.path.realpath(path)
    if head not in dirs:
        dirs[head] = os.path.realpath(head)
    return os.path.join(dirs[head], leaf)


class RealPaths:
    """`real_path` with what one discovery learnt: its folders' real paths, and those of the files it
    listed that are no links (their folder's and their name: not looked at again by their `pages.csv`
    rows nor by the build's check that no page is inside its store)."""

    def __init__(self) -> None:
        self.dirs: dict[str, str] = {}
        self.known: dict[str, str] = {}  # a listed file's path (str of its Path) → its real path

    def __call__(self, path: str | os.PathLike[str]) -> str:
        path = os.fspath(path)
        known = self.known.get(path)
        return known if known is not None else real_path(path, self.dirs)

    def listed(self, folder: str, name: str, plain: bool) -> str:
        """The path of file `name` listed in `folder` (both as `str` of their `Path`); a `plain` one's real
        path is kept."""
        path = _child(folder, name)
        if plain:
            if folder not in self.dirs:
                self.dirs[folder] = os.path.realpath(folder)
            self.known[path] = os.path.join(self.dirs[folder], name)
        return path


Stamp = tuple[int, int, int, int]  # a file's size, modification and change times (ns) and inode
# A file changed this recently may change again within its times' resolution: what was read of it is not kept.
RACY_NS = 2_000_000_000


def file_stamp(path: str | os.PathLike[str]) -> Stamp | None:
    """A file's stamp (None if it cannot be looked at): writing a file changes its modification and change times."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino


def settled(stamp: Stamp | None) -> bool:
    """Whether a file with this stamp has not changed in the last `RACY_NS`, so what was read of it may be kept."""
    return stamp is not None and max(stamp[1], stamp[2]) < time.time_ns() - RACY_NS


class CsvRows:
    """The rows of `pages.csv` files already read (`parse_pages_csv`'s), by path and stamp: a file whose
    stamp is the one kept is not read and parsed again (a csv of 143,000 rows cost a second and a half of
    CPU on each rebuild). Only a file read without warnings, and not changed in the last `RACY_NS`, is kept.

    `kept` is what an earlier discovery read (the caller keeps it between runs: jdash.store does); after a
    discovery, `used` holds what the files it looked at gave, and `changed` says whether that differs."""

    def __init__(self, kept: Mapping[str, tuple[Stamp, dict[str, PageMeta]]] | None = None) -> None:
        self.kept = dict(kept or {})
        self.used: dict[str, tuple[Stamp, dict[str, PageMeta]]] = {}

    def get(self, path: str) -> tuple[Stamp | None, dict[str, PageMeta] | None]:
        """The file's stamp now, and its rows if they are kept for that stamp (else None)."""
        stamp = file_stamp(path)
        hit = self.kept.get(path)
        if stamp is None or hit is None or hit[0] != stamp:
            return stamp, None
        self.used[path] = hit
        return stamp, hit[1]

    def put(self, path: str, stamp: Stamp | None, rows: dict[str, PageMeta]) -> None:
        """Keep the rows read from the file at `path`, whose stamp was `stamp` before it was read."""
        if settled(stamp):
            self.used[path] = (stamp, rows)

    @property
    def changed(self) -> bool:
        return self.used.keys() != self.kept.keys() or any(self.kept[p][0] != s for p, (s, _) in self.used.items())


# Issue dates a page can have: a newspaper's years, well inside what pandas' timestamps hold
# (1677–2262), so `0202-05-07` is a typo reported on its row, never a crash of the whole build.
MIN_YEAR, MAX_YEAR = 1800, 2200
_DATE = re.compile(r"(\d{4})\s*[-/.年]?\s*(\d{1,2})\s*[-/.月]?\s*(\d{1,2})\s*日?")


_YEAR_ALONE = re.compile(r"(\d{4})\s*年?")


@lru_cache(maxsize=4096)
def parse_iso_date(value: str) -> str | None:
    """An ISO date from `2022-05-08`, `2022/5/8`, `20220508` or `2022年5月8日`, or a year alone from
    `2022` or `2022年` (a year-only date: the day is not known); None if not a date or not between
    MIN_YEAR and MAX_YEAR.

    >>> parse_iso_date("2022年5月8日"), parse_iso_date("0202-05-07"), parse_iso_date("2016年")
    ('2022-05-08', None, '2016')
    """
    if year := _YEAR_ALONE.fullmatch(value.strip()):
        return year.group(1) if MIN_YEAR <= int(year.group(1)) <= MAX_YEAR else None
    match = _DATE.fullmatch(value.strip())
    if not match:
        return None
    try:
        date = dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None
    return date.isoformat() if MIN_YEAR <= date.year <= MAX_YEAR else None


def read_pages_csv(path: Path, real: RealPaths | None = None,
                   csv_rows: CsvRows | None = None) -> tuple[dict[str, PageMeta], list[ParseWarning]]:
    """Metadata rows of a `pages.csv` (columns file, date, page, paper; header required), keyed by
    the real path of the page file they name (relative to the csv's folder); those `csv_rows` keeps
    for the file's stamp if it has them (then the file is not read), else read and kept there.

    A missing file gives nothing; an unreadable file or row gives a warning, never an exception.
    """
    if not path.is_file():
        return {}, []
    stamp, rows = csv_rows.get(str(path)) if csv_rows is not None else (None, None)
    warnings: list[ParseWarning] = []
    if rows is None:
        try:
            data = path.read_bytes()
        except OSError as err:
            return {}, [ParseWarning(str(path), f"pages.csv ignored: {err.strerror or err}")]
        rows, warnings = parse_pages_csv(data, str(path))
        if csv_rows is not None and not warnings:
            csv_rows.put(str(path), stamp, rows)
    metas: dict[str, PageMeta] = {}
    folder = str(path.parent)
    for name, meta in rows.items():
        metas.setdefault(real(os.path.join(folder, name)) if real is not None else _real(path.parent / name), meta)
    return metas, warnings


def parse_pages_csv(data: bytes, source: str) -> tuple[dict[str, PageMeta], list[ParseWarning]]:
    """The rows of a `pages.csv`'s bytes keyed by the `file` cell as written (`a.txt`, `sub/b.txt`).

    >>> parse_pages_csv("file,date\\na.txt,2022年5月8日\\n".encode(), "pages.csv")[0]["a.txt"].date
    '2022-05-08'
    """
    try:
        text = normalise_text(decode_page(data, source))
    except InputError as err:
        return {}, [ParseWarning(source, f"pages.csv ignored: {err.reason}")]
    rows, warnings = _csv_rows(text, source)
    header = [cell.strip().lower() for cell in rows[0][1]] if rows else []
    if "file" not in header:
        return {}, [ParseWarning(source, "pages.csv ignored: no 'file' column in its header")]
    # A row's file, date, page and paper cells by one itemgetter over its cells cut or padded to the
    # header's columns and one more, always empty: the index of a column the header lacks.
    width = len(header)
    pick = itemgetter(*(header.index(name) if name in header else width for name in ("file", "date", "page", "paper")))
    metas: dict[str, PageMeta] = {}
    for line_no, row in rows[1:]:
        cells = list(map(str.strip, row))
        if any(cells):
            cells = cells[:width] + [""] * (width + 1 - min(len(cells), width))
            name, raw_date, page, paper = pick(cells)
            _csv_row(line_no, name or None, raw_date or None, page or None, paper or None, metas, warnings, source)
    return metas, warnings


def _csv_row(line_no: int, name: str | None, raw_date: str | None, page: str | None, paper: str | None,
             metas: dict[str, PageMeta], warnings: list[ParseWarning], source: str) -> None:
    """One row of a pages.csv into `metas` (by file name), or a warning saying why not."""
    if name is None:
        warnings.append(ParseWarning(source, f"line {line_no}: no file name; row ignored"))
        return
    date = parse_iso_date(raw_date) if raw_date else None
    if raw_date and date is None:
        warnings.append(ParseWarning(source, f"line {line_no}: date {raw_date!r} is not a date between "
                                             f"{MIN_YEAR} and {MAX_YEAR}; ignored"))
    key = _posix_name(name)
    if key in metas:
        warnings.append(ParseWarning(source, f"line {line_no}: {name} listed twice; first row kept"))
        return
    metas[key] = _page_meta(date, page, paper)


def _posix_name(name: str) -> str:
    """A `pages.csv` file cell as a POSIX relative path, as `PurePosixPath` writes it (backslashes are
    slashes; repeated slashes and `.` parts dropped); a plain name is taken as it is.

    >>> _posix_name("sub\\\\p1.txt"), _posix_name("./sub//p1.txt"), _posix_name("sub/p1.txt")
    ('sub/p1.txt', 'sub/p1.txt', 'sub/p1.txt')
    """
    if _PLAIN_NAME.fullmatch(name):
        return name
    return PurePosixPath(name.replace("\\", "/")).as_posix()


# A name PurePosixPath leaves as it is: parts of anything but / and \, none of them `.`, joined by single slashes.
_PLAIN_NAME = re.compile(r"(?!\./|\.$)[^/\\]+(?:/(?!\./|\.$)[^/\\]+)*")


@lru_cache(maxsize=4096)
def _page_meta(date: str | None, page: str | None, paper: str | None) -> PageMeta:
    """One frozen PageMeta per distinct row (a corpus repeats its dates, page labels and paper)."""
    return PageMeta(date=date, page=page, paper=paper)


_CSV_SPECIAL = re.compile('["\r]')


def _csv_rows(text: str, source: str) -> tuple[list[tuple[int, list[str]]], list[ParseWarning]]:
    """(line number, cells) of each line of a pages.csv; a line that is not CSV (an unbalanced
    quote) is reported and skipped, never merged with the lines after it.

    >>> _csv_rows('file,date\\na.txt,"2022\\nb.txt,2023', "p.csv")[1][0].reason
    'line 2: unbalanced quote or bad CSV (unexpected end of data); row ignored'
    """
    lines = text.split("\n")
    if not _CSV_SPECIAL.search(text):  # no quotes: a line's cells are its pieces between commas, as csv reads them
        return [(line_no, line.split(",") if line else []) for line_no, line in enumerate(lines, start=1)], []
    rows: list[tuple[int, list[str]]] = []
    warnings: list[ParseWarning] = []
    for line_no, line in enumerate(lines, start=1):
        try:
            cells = next(csv.reader([line], strict=True), [])
        except csv.Error as err:
            warnings.append(ParseWarning(source, f"line {line_no}: unbalanced quote or bad CSV ({err}); row ignored"))
            continue
        rows.append((line_no, cells))
    return rows, warnings
