"""Atomic file writes: a file is either its old bytes or its new ones, never half of each.

One writer for the store's manifest and status and for the corrections file (jdash.store,
jdash.corrections), so both keep the same discipline: write a temporary file beside the target,
fsync it, rename it into place, fsync the folder.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` by `data` atomically (its folder is made if missing).

    >>> import tempfile; p = Path(tempfile.mkdtemp()) / "a" / "x.txt"; atomic_write(p, b"1"); p.read_bytes()
    b'1'
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".tmp-{uuid.uuid4().hex}-{path.name}")
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    """Make a folder's entries (a rename into it) durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
