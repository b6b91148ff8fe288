"""Records: JSON documents, JSON Lines and single records (title, body, url, date, ...).

The numeric dates of one input's records are read in one order, settled from their values
(``kabar.meta.dates.column_day_first``): a feed that writes "10/17/2025" writes "10/5/2025"
month-first too.
"""

from __future__ import annotations

import json
from typing import Any

from kabar.errors import InputError
from kabar.ingest.fields import as_text, clean_field, first
from kabar.meta.dates import column_day_first, order_numeric
from kabar.models import RawDocument, Reject
from kabar.text import detokenize, normalize_text

BODY_KEYS = ("body", "text", "content", "isi_berita", "article")
_TITLE_KEYS = ("title", "headline", "judul")
_URL_KEYS = ("url", "link", "tautan")
DATE_KEYS = ("published", "date", "published_at", "datePublished", "tanggal")
_OUTLET_KEYS = ("outlet", "publisher", "site", "site_name", "source")


def read_json(text: str, source: str) -> list[RawDocument | Reject]:
    """Read a JSON document (object or list) or JSON Lines; a bad line becomes a Reject."""
    stripped = text.strip()
    try:
        whole: Any = json.loads(stripped)
    except json.JSONDecodeError:
        whole = None
        if "\n" not in stripped:
            raise InputError("malformed JSON (truncated or invalid)") from None
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
                located.append((f"{source}#{number}", json.loads(line)))
            except json.JSONDecodeError as error:
                located.append(
                    (
                        f"{source}#{number}",
                        InputError(f"malformed JSON on line {number}: {error.msg}"),
                    )
                )
    day_first = column_day_first(
        str(first(r, DATE_KEYS)) for _, r in located if isinstance(r, dict)
    )
    return [_record_or_reject(record, where, day_first) for where, record in located]


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
    if not isinstance(record, dict):
        raise InputError("JSON record is not an object")
    body = first(record, BODY_KEYS)
    if body is None and isinstance(record.get("paragraphs"), list):
        body = "\n".join(_paragraph_text(p) for p in record["paragraphs"])
    if not isinstance(body, str) or not body.strip():
        raise InputError("JSON record has no 'body' or 'text'")
    authors = record.get("authors", record.get("author"))
    if isinstance(authors, str):
        authors = [authors]
    published = first(record, DATE_KEYS)
    if published is not None:
        published = order_numeric(str(published), day_first=day_first)
    return RawDocument(
        source=source,
        text=normalize_text(body).strip(),
        format=kind,
        title=clean_field(as_text(first(record, _TITLE_KEYS))),
        url=clean_field(as_text(first(record, _URL_KEYS))),
        published=clean_field(str(published)) if published is not None else None,
        outlet=clean_field(as_text(first(record, _OUTLET_KEYS))),
        authors=tuple(str(a).strip() for a in authors or () if str(a).strip()),
        language=clean_field(as_text(record.get("language"))),
    )


def _paragraph_text(paragraph: Any) -> str:
    """Join a tokenised paragraph (IndoSum: a list of sentences of tokens) back into text."""
    if isinstance(paragraph, str):
        return paragraph
    if all(isinstance(s, list) for s in paragraph):
        # One run of tokens: a quotation often spans sentences, and pairs only across them.
        return detokenize([str(token) for sentence in paragraph for token in sentence])
    return " ".join(detokenize(s) if isinstance(s, list) else str(s) for s in paragraph)
