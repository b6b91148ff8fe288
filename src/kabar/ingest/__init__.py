"""Readers: files, folders and stdin to RawDocuments; anything unreadable becomes a Reject.

Plain text, HTML (main text and metadata through trafilatura: ``html``), JSON and JSON Lines
(``records``), CSV and TSV with a header row (``tables``), each optionally gzip-compressed.
Encodings other than UTF-8 (cp1252, latin-1, ...) are detected (``decoding``). Every reader
is linear in the size of its input.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from kabar.config import DEFAULT_SETTINGS
from kabar.errors import InputError
from kabar.ingest.decoding import decode
from kabar.ingest.fields import strip_bidi
from kabar.ingest.files import iter_sources, printable_name
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
    "printable_name",
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
_MB = 1024 * 1024


def read_paths(
    paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, read_at: str | None = None
) -> Iterator[RawDocument | Reject]:
    """Read every article under the given paths; unreadable inputs become Rejects. ``read_at``
    (an ISO time) stamps the documents with the moment they count as read."""
    for source in iter_sources(paths):
        if isinstance(source, Reject):
            yield source
            continue
        for item in read_source(source, max_bytes=max_bytes):
            if read_at is not None and isinstance(item, RawDocument):
                item = dataclasses.replace(item, read_at=read_at)
            yield item


def read_source(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[RawDocument | Reject]:
    """Read one file (or ``-``) into documents, or a Reject naming the reason."""
    try:
        source.encode("utf-8")
    except UnicodeEncodeError:
        return [Reject(printable_name(source), "file name is not valid UTF-8: rename the file")]
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
    return [_tidy(item) for item in _read_bytes(data, source, max_bytes)]


def _tidy(item: RawDocument | Reject) -> RawDocument | Reject:
    """Drop bidi controls from the fields shown as one line (display spoofing)."""
    if isinstance(item, Reject):
        return item
    return dataclasses.replace(
        item,
        title=strip_bidi(item.title),
        outlet=strip_bidi(item.outlet),
        site_name=strip_bidi(item.site_name),
        authors=tuple(a for a in map(strip_bidi, item.authors) if a),
        editors=tuple(e for e in map(strip_bidi, item.editors) if e),
    )


def _read_bytes(data: bytes, source: str, max_bytes: int) -> list[RawDocument | Reject]:
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
    if not text.strip():
        raise InputError("empty file")
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
    return f"file is {size:,} bytes, over the {_size(max_bytes)} limit"


def _size(count: int) -> str:
    """A size as the README and --max-size give it: MB of 1,048,576 bytes, else bytes."""
    if count < _MB:
        return f"{count:,} bytes"
    return f"{count / _MB:.1f}".removesuffix(".0") + " MB"


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress every member of gzip data, refusing damage, trailing junk and bombs."""
    parts: list[bytes] = []
    size = 0
    rest = data
    while rest:
        decompressor = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
        try:
            out = decompressor.decompress(rest, max_bytes + 1 - size)
        except zlib.error as error:
            raise InputError(f"corrupt gzip data ({error})") from error
        size += len(out)
        if size > max_bytes or decompressor.unconsumed_tail:
            raise InputError(f"decompressed size is over the {_size(max_bytes)} limit")
        if not decompressor.eof:
            raise InputError("truncated gzip file (stream ends early)")
        parts.append(out)
        rest = decompressor.unused_data
        # gzip(1) ignores zero padding after the last member; anything else is not ours.
        if rest and not rest.startswith(b"\x1f\x8b"):
            if rest.strip(b"\x00"):
                offset = len(data) - len(rest)
                raise InputError(f"trailing data after the gzip stream (at byte {offset:,})")
            break
    return b"".join(parts)


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
