"""Readers: files, folders and stdin to RawDocuments; anything unreadable becomes a Reject.

Plain text, HTML (main text and metadata through trafilatura), JSON and JSON Lines, each
optionally gzip-compressed. Encodings other than UTF-8 (cp1252, latin-1, ...) are detected.
"""

from __future__ import annotations

import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kabar.config import DEFAULT_SETTINGS
from kabar.errors import InputError
from kabar.models import RawDocument, Reject
from kabar.text import normalize_text

# The default size limit (10 MB): the setting ingest.max_bytes, see kabar/data/defaults.toml.
DEFAULT_MAX_BYTES = DEFAULT_SETTINGS.ingest.max_bytes
# Share of control characters above which decoded text is judged binary; real text has ~0.
_MAX_CONTROL_SHARE = 0.01
_SNIFF_BYTES = 8192
_TEXT_SUFFIXES = {".txt", ".text", ""}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
_KNOWN_SUFFIXES = _TEXT_SUFFIXES | _HTML_SUFFIXES | _JSON_SUFFIXES
# Store files (kabar's own, often in the folder being analysed) are not articles.
_SKIPPED_IN_FOLDERS = (".db", ".db-wal", ".db-shm", ".db-journal", ".sqlite", ".sqlite3")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# C1 controls never occur in properly decoded text: they betray a wrong legacy decoding.
_C1_CONTROL = re.compile(r"[\x80-\x9f]")
_BODY_KEYS = ("body", "text", "content", "isi_berita", "article")
_TITLE_KEYS = ("title", "headline", "judul")
_URL_KEYS = ("url", "link", "tautan")
_DATE_KEYS = ("published", "date", "published_at", "datePublished", "tanggal")
_OUTLET_KEYS = ("outlet", "publisher", "site", "site_name", "source")
_AUTHOR_KEYS = ("authors", "author")
_META_PUBLISHED = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|datePublished|"
    r"pubdate|publishdate|dtm)[\"'][^>]*content=[\"']([^\"']+)[\"']",
    re.IGNORECASE,
)
_META_URL = re.compile(
    r"<(?:meta[^>]+property=[\"']og:url[\"']|link[^>]+rel=[\"']canonical[\"'])[^>]*"
    r"(?:content|href)=[\"']([^\"']+)[\"']",
    re.IGNORECASE,
)


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
        return list(_read_json(text, source))
    return [RawDocument(source=source, text=normalize_text(text), format="text")]


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8, else as the detected encoding; reject binary data."""
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise InputError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
        legacy = False
    except UnicodeDecodeError:
        text = _decode_legacy(data)
        legacy = True
    sample = text[:_SNIFF_BYTES]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > _MAX_CONTROL_SHARE:
        raise InputError("binary file (control characters), not text")
    # In valid UTF-8 a stray C1 character is scraper debris (normalize_text drops it); after a
    # legacy decoding it means no encoding fitted.
    if legacy and _C1_CONTROL.search(text):
        raise InputError("undecodable text: not UTF-8 and no known encoding fits")
    return text


def read_html(page: str | bytes, source: str) -> RawDocument:
    """Extract the main text and metadata of an HTML page through trafilatura."""
    import trafilatura  # heavy import, only needed for HTML
    from trafilatura.settings import Document

    if isinstance(page, bytes):
        page = decode(page)
    extracted = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False
    )
    # Without as_dict=True the extractor returns a Document, or None when it finds no article.
    if not isinstance(extracted, Document) or not (extracted.text or "").strip():
        raise InputError("HTML page has no extractable article text")
    lines = [line for line in normalize_text(extracted.text or "").split("\n")]
    title = _clean_field(extracted.title)
    if title and lines and lines[0].strip() == title:
        lines = lines[1:]  # trafilatura repeats the <h1> headline as the first line
    published_match = _META_PUBLISHED.search(page)
    url_match = _META_URL.search(page)
    linked = _json_ld_article(page)
    authors = tuple(a.strip() for a in re.split(r";|,| dan ", extracted.author or "") if a.strip())
    if linked.get("authors"):
        authors = tuple(dict.fromkeys(linked["authors"]))
    published = linked.get("published") or (
        published_match.group(1).strip() if published_match else extracted.date
    )
    return RawDocument(
        source=source,
        text="\n".join(lines).strip(),
        format="html",
        title=title,
        url=_clean_field(extracted.url) or (url_match.group(1) if url_match else None),
        published=published,
        authors=authors,
        site_name=_clean_field(extracted.sitename) or linked.get("publisher"),
        language=_clean_field(extracted.language),
    )


_JSON_LD = re.compile(
    r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL
)
_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle"}


def _json_ld_article(page: str) -> dict[str, Any]:
    """Read writers, editors, publication time and publisher from a JSON-LD NewsArticle.

    trafilatura keeps only one author string and drops editors, which Indonesian outlets
    often list only here.
    """
    for block in _JSON_LD.findall(page):
        try:
            data = json.loads(block)
        except json.JSONDecodeError:
            continue
        candidates = data if isinstance(data, list) else data.get("@graph", [data])
        for item in candidates if isinstance(candidates, list) else []:
            if not isinstance(item, dict):
                continue
            kind = item.get("@type")
            kinds = set(kind) if isinstance(kind, list) else {kind}
            if not kinds & _ARTICLE_TYPES:
                continue
            names = [*_person_names(item.get("author")), *_person_names(item.get("editor"))]
            published = item.get("datePublished")
            return {
                "authors": [n for n in names if n],
                "published": published.strip() if isinstance(published, str) else None,
                "publisher": _as_text(item.get("publisher")),
            }
    return {}


def _person_names(value: Any) -> list[str]:
    """Return the names in a JSON-LD author/editor value (a string, object or list)."""
    if isinstance(value, list):
        return [name for entry in value for name in _person_names(entry)]
    name = _as_text(value)
    if not name or (isinstance(value, dict) and value.get("@type") == "Organization"):
        return []
    return [normalize_text(name).strip()]


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


def _decode_legacy(data: bytes) -> str:
    """Decode non-UTF-8 bytes: the detector's best guess, cp1252 as the fallback."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 64 * 1024]).best()
    encoding = best.encoding if best is not None else "cp1252"
    # Indonesian news is Latin script; detectors sometimes guess an exotic code page for
    # short samples. cp1252 covers latin-1 and the typographic quotes Windows tools emit.
    if encoding not in {"utf_8", "cp1252", "latin_1", "iso8859_15", "cp1250", "utf_16"}:
        encoding = "cp1252"
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise InputError(f"undecodable text (not UTF-8, not cp1252: {error.reason})") from error


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


def _read_json(text: str, source: str) -> Iterator[RawDocument | Reject]:
    """Read a JSON document (object or list) or JSON Lines; a bad line becomes a Reject."""
    stripped = text.strip()
    try:
        whole: Any = json.loads(stripped)
    except json.JSONDecodeError:
        whole = None
        if "\n" not in stripped:
            raise InputError("malformed JSON (truncated or invalid)") from None
    if whole is not None:
        records = whole.get("articles", [whole]) if isinstance(whole, dict) else whole
        if not isinstance(records, list):
            raise InputError("JSON holds no article objects")
        many = len(records) > 1
        for index, record in enumerate(records, start=1):
            where = f"{source}#{index}" if many else source
            yield _record_or_reject(record, where)
        return
    # Only "\n" ends a JSON Lines record: str.splitlines would also split inside strings that
    # hold U+2028 or NEL, which json.dumps(ensure_ascii=False) writes raw.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Reject(where, f"malformed JSON on line {number}: {error.msg}")
            continue
        yield _record_or_reject(record, where)


def _record_or_reject(record: Any, source: str) -> RawDocument | Reject:
    try:
        return document_from_record(record, source)
    except InputError as error:
        return Reject(source, str(error))


def document_from_record(record: Any, source: str) -> RawDocument:
    """Build a RawDocument from a JSON object with title/body/url/published/outlet fields."""
    if not isinstance(record, dict):
        raise InputError("JSON record is not an object")
    body = _first(record, _BODY_KEYS)
    if body is None and isinstance(record.get("paragraphs"), list):
        body = "\n".join(_paragraph_text(p) for p in record["paragraphs"])
    if not isinstance(body, str) or not body.strip():
        raise InputError("JSON record has no 'body' or 'text'")
    authors = record.get("authors", record.get("author"))
    if isinstance(authors, str):
        authors = [authors]
    published = _first(record, _DATE_KEYS)
    return RawDocument(
        source=source,
        text=normalize_text(body).strip(),
        format="json",
        title=_clean_field(_as_text(_first(record, _TITLE_KEYS))),
        url=_clean_field(_as_text(_first(record, _URL_KEYS))),
        published=_clean_field(str(published)) if published is not None else None,
        outlet=_clean_field(_as_text(_first(record, _OUTLET_KEYS))),
        authors=tuple(str(a).strip() for a in authors or () if str(a).strip()),
        language=_clean_field(_as_text(record.get("language"))),
    )


def _paragraph_text(paragraph: Any) -> str:
    """Join a tokenised paragraph (list of sentences of tokens) back into text."""
    if isinstance(paragraph, str):
        return paragraph
    sentences = [" ".join(s) if isinstance(s, list) else str(s) for s in paragraph]
    return " ".join(sentences)


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    return str(value) if value is not None else None


def _clean_field(value: str | None) -> str | None:
    if value is None:
        return None
    value = normalize_text(value).strip()
    return value or None
