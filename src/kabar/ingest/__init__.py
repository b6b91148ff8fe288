"""Readers: files, folders and stdin to RawDocuments; anything unreadable becomes a Reject.

Plain text, HTML (main text and metadata through trafilatura: ``html``), JSON and JSON Lines
(``records``), CSV and TSV with a header row (``tables``), each optionally gzip-compressed.
Encodings other than UTF-8 (cp1252, latin-1, ...) are detected (``decoding``). Every reader
is linear in the size of its input.
"""

from __future__ import annotations

import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from kabar.config import DEFAULT_SETTINGS
from kabar.errors import InputError
from kabar.ingest.decoding import decode
from kabar.ingest.html import read_html
from kabar.ingest.records import document_from_record, read_json
from kabar.ingest.tables import DELIMITERS, read_table
from kabar.models import RawDocument, Reject
from kabar.text import normalize_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "decode",
    "document_from_record",
    "iter_sources",
    "read_bytes",
    "read_file",
    "read_html",
    "read_paths",
    "read_source",
]

# The default size limit (10 MB): the setting ingest.max_bytes, see kabar/data/defaults.toml.
DEFAULT_MAX_BYTES = DEFAULT_SETTINGS.ingest.max_bytes
_TEXT_SUFFIXES = {".txt", ".text", ""}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
_KNOWN_SUFFIXES = _TEXT_SUFFIXES | _HTML_SUFFIXES | _JSON_SUFFIXES | set(DELIMITERS)
# Store files (kabar's own, often in the folder being analysed) are not articles.
_SKIPPED_IN_FOLDERS = (".db", ".db-wal", ".db-shm", ".db-journal", ".sqlite", ".sqlite3")


def iter_sources(paths: Iterable[str]) -> Iterator[str]:
    """Expand the given paths: folders recursively in sorted order, ``-`` for stdin."""
    for given in paths:
        if given == "-":
            yield given
            continue
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and not name.endswith(_SKIPPED_IN_FOLDERS):
                        yield str(Path(root) / name)
        else:
            yield given


def read_paths(
    paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument | Reject]:
    """Read every article under the given paths; unreadable inputs become Rejects."""
    for source in iter_sources(paths):
        yield from read_source(source, max_bytes=max_bytes)


def read_source(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[RawDocument | Reject]:
    """Read one file (or ``-``) into documents, or a Reject naming the reason."""
    try:
        data = _read_limited(source, max_bytes)
        return read_bytes(data, source, max_bytes=max_bytes)
    except InputError as error:
        return [Reject(source, str(error))]


def read_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[RawDocument]:
    """Read one file into documents, raising InputError when it cannot be read at all."""
    results = read_source(str(path), max_bytes=max_bytes)
    documents = [r for r in results if isinstance(r, RawDocument)]
    if not documents and results:
        first = results[0]
        raise InputError(first.reason if isinstance(first, Reject) else "no article")
    return documents


def read_bytes(
    data: bytes, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[RawDocument | Reject]:
    """Decode one input's bytes, whatever its format, into documents and per-record Rejects."""
    name = source.lower()
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, max_bytes)
        name = name.removesuffix(".gz")
    elif name.endswith(".gz"):
        raise InputError("not a gzip file despite the .gz name")
    if not data.strip():
        raise InputError("empty file")
    suffix = Path(name).suffix if source != "-" else ""
    if suffix not in _KNOWN_SUFFIXES:
        suffix = ""  # unknown extension: sniff the content like stdin
    text = decode(data)
    kind = _sniff(text) if suffix in _TEXT_SUFFIXES else suffix
    if kind in _HTML_SUFFIXES:
        return [read_html(text, source)]
    if kind in _JSON_SUFFIXES:
        return read_json(text, source)
    if kind in DELIMITERS:
        return read_table(text, source, DELIMITERS[kind])
    return [RawDocument(source=source, text=normalize_text(text), format="text")]


def _read_limited(source: str, max_bytes: int) -> bytes:
    """Read at most max_bytes + 1 bytes so that an oversized input is never loaded whole."""
    try:
        if source == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            size = os.path.getsize(source)
            if size > max_bytes:
                raise InputError(_too_large(size, max_bytes))
            with open(source, "rb") as handle:
                data = handle.read(max_bytes + 1)
    except FileNotFoundError as error:
        raise InputError("no such file") from error
    except IsADirectoryError as error:
        raise InputError("is a directory") from error
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from error
    if len(data) > max_bytes:
        raise InputError(_too_large(len(data), max_bytes))
    return data


def _too_large(size: int, max_bytes: int) -> str:
    return f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit"


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip data, refusing truncated streams and decompression bombs."""
    decompressor = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        out = decompressor.decompress(data, max_bytes + 1)
    except zlib.error as error:
        raise InputError(f"corrupt gzip data ({error})") from error
    if len(out) > max_bytes:
        raise InputError(f"decompressed size is over the {max_bytes / 1e6:.1f} MB limit")
    if not decompressor.eof:
        raise InputError("truncated gzip file (stream ends early)")
    return out


def _sniff(text: str) -> str:
    """Guess the format of content without a telling file name."""
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or (
        head.startswith("<") and ("<body" in text[:20000].lower() or "<p" in head)
    ):
        return ".html"
    if head.startswith(("{", "[")):
        return ".jsonl"
    return ".txt"
