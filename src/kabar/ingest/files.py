"""Listing inputs: folders walked in sorted order, every file that cannot be read named.

A folder yields its regular files but its own notes (README, LICENSE); anything else in it
(a FIFO that would block forever, a socket, a device) is skipped with a reason, as are names
that are not valid UTF-8 and folders that cannot be listed. A folder with nothing to read says so.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from kabar.models import Reject

# Store files (kabar's own, often in the folder being analysed) are not articles.
_SKIPPED_IN_FOLDERS = (".db", ".db-wal", ".db-shm", ".db-journal", ".sqlite", ".sqlite3")
# Nor are the notes a data set's folder carries about itself (README.md, UPSTREAM_README.txt,
# LICENSE): read as text they became articles. Matched on the name before its suffixes.
_FOLDER_NOTES = ("readme", "license", "licence", "copying", "notice", "changelog")
_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def printable_name(name: str) -> str:
    """Return a file name fit for one line: undecodable bytes and control characters escaped.

    A name read from the file system holds its non-UTF-8 bytes as lone surrogates; they
    become ``\\xNN``, and newlines, escape sequences, bidi controls and other unprintable
    characters their escapes too, so that no name can forge or recolour a line.
    """
    try:
        text = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        text = name.encode("utf-8", "backslashreplace").decode("utf-8")
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def iter_sources(paths: Iterable[str]) -> Iterator[str | Reject]:
    """Expand the given paths: folders recursively in sorted order, ``-`` for stdin.

    A path given by name is read whatever it is (``<(zcat a.gz)`` is a pipe on purpose);
    inside a folder only regular files are, and every skip is a Reject naming the reason.
    """
    for given in paths:
        if given != "-" and Path(given).is_dir():
            yield from _walk(given)
        else:
            yield given


def _walk(folder: str) -> Iterator[str | Reject]:
    problems: list[OSError] = []
    found = 0
    for root, dirs, files in os.walk(folder, onerror=problems.append):
        yield from _unlistable(problems)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.endswith(_SKIPPED_IN_FOLDERS) or _is_note(name):
                continue
            path = str(Path(root) / name)
            skip = _skip_reason(path)
            if skip:
                yield Reject(printable_name(path), skip)
            else:
                found += 1
                yield path
    yield from _unlistable(problems)
    if not found:
        yield Reject(printable_name(folder), "no files to read in this folder")


def _is_note(name: str) -> bool:
    """Whether a file in a folder is the folder's own note (``README.md``, ``LICENSE``)."""
    stem = name.split(".", 1)[0].lower()
    return stem in _FOLDER_NOTES or stem.endswith(("_readme", "-readme"))


def _unlistable(problems: list[OSError]) -> Iterator[Reject]:
    while problems:
        error = problems.pop(0)
        where = printable_name(str(error.filename))
        yield Reject(where, f"cannot list this folder: {error.strerror or error}")


def _skip_reason(path: str) -> str | None:
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not valid UTF-8: rename the file"
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        return f"cannot read: {error.strerror or error}"
    for test, kind in _KINDS:
        if test(mode):
            return f"not a regular file ({kind}): skipped"
    return None
