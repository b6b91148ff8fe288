"""Records: JSON documents, JSON Lines and single records (title, body, url, date, ...).

The numeric dates of one input's records are read in one order, settled from their values
(``kabar.meta.dates.column_day_first``): a feed that writes "10/17/2025" writes "10/5/2025"
month-first too.
"""

from __future__ import annotations

import json
from typing import Any

from kabar.errors import InputError
from kabar.ingest.fields import as_text, clean_field, first, strip_bidi
from kabar.ingest.schema import AUTHOR_KEYS, BODY_KEYS, DATE_KEYS, check_record, check_text
from kabar.ingest.schema import OUTLET_KEYS as _OUTLET_KEYS
from kabar.ingest.schema import TITLE_KEYS as _TITLE_KEYS
from kabar.ingest.schema import URL_KEYS as _URL_KEYS
from kabar.meta.dates import column_day_first, epoch_date, order_numeric
from kabar.models import RawDocument, Reject
from kabar.text import detokenize, normalize_text

__all__ = ["BODY_KEYS", "DATE_KEYS", "document_from_record", "loads", "read_json"]


def read_json(text: str, source: str) -> list[RawDocument | Reject]:
    """Read a JSON document (object or list) or JSON Lines; a bad line becomes a Reject."""
    stripped = text.strip()
    try:
        whole: Any = loads(stripped)
    except InputError:
        whole = None
        if "\n" not in stripped:
            raise
    located: list[tuple[str, Any]] = []
    if whole is not None:
        records = whole.get("articles", [whole]) if isinstance(whole, dict) else whole
        if not isinstance(records, list):
            raise InputError("JSON holds no article objects")
        many = len(records) > 1
        for index, record in enumerate(records, start=1):
            located.append((f"{source}#{index}" if many else source, record))
    else:
        # Only "\n" ends a JSON Lines record: str.splitlines would also split inside strings
        # that hold U+2028 or NEL, which json.dumps(ensure_ascii=False) writes raw.
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                located.append((f"{source}#{number}", loads(line, f"on line {number}")))
            except InputError as error:
                located.append((f"{source}#{number}", error))
    day_first = column_day_first(
        str(first(r, DATE_KEYS)) for _, r in located if isinstance(r, dict)
    )
    return [_record_or_reject(record, where, day_first) for where, record in located]


def loads(text: str, where: str = "") -> Any:
    """Parse JSON, turning every way it can fail (nesting, huge numbers) into InputError.

    ``where`` ("on line 3") goes into the reason.
    """
    at = f" {where}" if where else ""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"malformed JSON{at}: {error.msg} (column {error.colno})") from None
    except RecursionError:
        raise InputError(f"JSON nested too deep{at}") from None
    except ValueError as error:  # an integer over Python's 4,300-digit conversion limit
        raise InputError(f"JSON value refused{at}: {str(error).split(':')[0]}") from None


def _record_or_reject(record: Any, source: str, day_first: bool) -> RawDocument | Reject:
    try:
        if isinstance(record, InputError):
            raise record
        return document_from_record(record, source, day_first=day_first)
    except InputError as error:
        return Reject(source, str(error))


def document_from_record(
    record: Any, source: str, *, day_first: bool = True, kind: str = "json"
) -> RawDocument:
    """Build a RawDocument from a JSON object with title/body/url/published/outlet fields."""
    check_record(record)
    body = first(record, BODY_KEYS)
    if body is None and isinstance(record.get("paragraphs"), list):
        body = "\n".join(_paragraph_text(p) for p in record["paragraphs"])
    if not isinstance(body, str) or not body.strip():
        raise InputError("JSON record has no 'body' or 'text'")
    authors = first(record, AUTHOR_KEYS)
    if not isinstance(authors, list):
        authors = [authors]
    published = first(record, DATE_KEYS)
    if published is not None:
        published = epoch_date(published) or order_numeric(str(published), day_first=day_first)
    document = RawDocument(
        source=source,
        text=normalize_text(body).strip(),
        format=kind,
        title=strip_bidi(clean_field(as_text(first(record, _TITLE_KEYS)))),
        url=clean_field(as_text(first(record, _URL_KEYS))),
        published=clean_field(str(published)) if published is not None else None,
        outlet=strip_bidi(clean_field(as_text(first(record, _OUTLET_KEYS)))),
        authors=tuple(a for a in (strip_bidi(clean_field(as_text(a))) for a in authors) if a),
        language=clean_field(as_text(record.get("language"))),
    )
    for field in ("text", "title", "url", "published", "outlet", "language"):
        check_text("body" if field == "text" else field, getattr(document, field))
    for author in document.authors:
        check_text("authors", author)
    return document


def _paragraph_text(paragraph: Any) -> str:
    """Join a tokenised paragraph (IndoSum: a list of sentences of tokens) back into text."""
    if isinstance(paragraph, str):
        return paragraph
    if all(isinstance(s, list) for s in paragraph):
        # One run of tokens: a quotation often spans sentences, and pairs only across them.
        return detokenize([str(token) for sentence in paragraph for token in sentence])
    return " ".join(detokenize(s) if isinstance(s, list) else str(s) for s in paragraph)
