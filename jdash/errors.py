"""The exceptions jdash raises. Only the CLI and the dashboard pages turn them into messages."""

from __future__ import annotations


class JdashError(Exception):
    """Base class of every error jdash raises on purpose."""


class InputError(JdashError):
    """A page file that cannot be used. `source` names the file, `reason` says why."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyFileError(InputError):
    """The file has no text."""


class BinaryFileError(InputError):
    """The file is not text in any encoding jdash reads."""


class NoArticlesError(InputError):
    """The file is text but no article could be found in it."""


class PageTooComplexError(InputError):
    """A page whose parse spent its budget of CPU time or memory (jdash.budget): reported and skipped."""


class MetadataError(JdashError):
    """A pages.csv that cannot be read."""


class StoreError(JdashError):
    """The on-disk store is missing, unreadable or locked."""


class WorkerDiedError(StoreError):
    """A process that parsed pages for a build died (killed, or out of memory)."""


class StoreDamagedError(StoreError):
    """A file of the store is damaged (truncated, corrupted, missing): `path` names it, `reason` says how.
    A build discards the part of the store that holds it and parses that part's pages again."""

    def __init__(self, path: str, reason: str):
        self.path, self.reason = path, reason
        super().__init__(f"the store's file {path} is damaged ({reason}): run `jdash build` to repair the store")


class ExportError(JdashError):
    """A chart or table could not be exported (no browser, no CJK font …)."""


class FontNotFoundError(ExportError):
    """No font that draws Chinese glyphs could be found."""


class CorrectionError(JdashError):
    """A correction, or a corrections file, that cannot be used (the message names the file and line)."""
