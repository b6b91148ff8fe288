"""The input schema: what a JSON record (or a table row) may hold in the fields kabar reads.

Each record is checked on its own (jsonschema, Draft 2020-12) before any field is used, so a
wrong type (``"authors": 5``, a list as a title, ``"paragraphs": [5]``) rejects that record
with a reason naming the field, and the rest of the input is read. Fields kabar does not read
may hold anything. Text must be valid Unicode without NUL characters (JSON can spell a lone
surrogate or a NUL as an escape).
"""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator

from kabar.errors import InputError
from kabar.schema_check import compile_schema

_TEXT = {"type": ["string", "null"]}
# JSON-LD writes an author or a publisher as an object with a name.
_NAMED = {"anyOf": [_TEXT, {"type": "object", "properties": {"name": _TEXT, "title": _TEXT}}]}
_DATE = {"type": ["string", "integer", "null"]}
_TOKEN = {"type": ["string", "number"]}
_SENTENCE = {"anyOf": [{"type": "string"}, {"type": "array", "items": _TOKEN}]}
_PARAGRAPH = {"anyOf": [{"type": "string"}, {"type": "array", "items": _SENTENCE}]}

# The names scrapers give each field (news-please: maintext, date_publish, source_domain; feed
# readers: content:encoded or content_text, dc:creator).
BODY_KEYS = (
    "body", "text", "content", "isi_berita", "article", "maintext", "content_text",
    "content_encoded", "content:encoded", "full_text", "fulltext", "article_text", "body_text",
    "isi", "konten",
)
TITLE_KEYS = ("title", "headline", "judul")
URL_KEYS = ("url", "link", "tautan")
DATE_KEYS = (
    "published", "date", "published_at", "datePublished", "tanggal", "date_publish", "pubDate",
    "publish_date", "published_date",
)
OUTLET_KEYS = ("outlet", "publisher", "site", "site_name", "source", "source_domain")
AUTHOR_KEYS = (
    "authors", "author", "byline", "penulis", "creator", "dc_creator", "dc:creator", "writer",
    "reporter", "wartawan",
)

# What each field must be, as the reject says it.
_EXPECTED: dict[str, tuple[dict[str, Any], str]] = {
    **{key: (_TEXT, "text") for key in (*BODY_KEYS, *URL_KEYS, "language")},
    **{key: (_NAMED, "text or an object with a name") for key in (*TITLE_KEYS, *OUTLET_KEYS)},
    **{key: (_DATE, "a date as text (or a number)") for key in DATE_KEYS},
    "authors": (
        {"anyOf": [_NAMED, {"type": "array", "items": _NAMED}]},
        "a name, a list of names or objects with a name",
    ),
    "paragraphs": (
        {"type": "array", "items": _PARAGRAPH},
        "a list of paragraphs (text, or lists of sentences of tokens)",
    ),
}
for _key in AUTHOR_KEYS[1:]:
    _EXPECTED[_key] = _EXPECTED["authors"]
# A title is a headline: a list of titles is not one (an object with a name still is).
_EXPECTED["title"] = (_TEXT, "text")
_EXPECTED["headline"] = (_TEXT, "text")
_EXPECTED["judul"] = (_TEXT, "text")

INPUT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "kabar input record",
    "type": "object",
    "properties": {key: schema for key, (schema, _) in _EXPECTED.items()},
}
_VALIDATOR = Draft202012Validator(INPUT_SCHEMA)
_VALID = compile_schema(INPUT_SCHEMA) or _VALIDATOR.is_valid


def check_record(record: Any) -> None:
    """Raise InputError naming the first field of ``record`` that the schema refuses."""
    if not isinstance(record, dict):
        raise InputError("JSON record is not an object")
    # Tokenised paragraphs hold every word of the article: the validator's walk of them cost
    # 12 ms a record, the schema compiled once a few hundredths of that. The validator still
    # names the fault of a record the compiled check refuses.
    if _VALID(record):
        return
    for error in _VALIDATOR.iter_errors(record):
        field = str(error.path[0]) if error.path else "?"
        expected = _EXPECTED.get(field, (None, "valid"))[1]
        inside = "".join(f"[{step}]" for step in list(error.path)[1:])
        where = f" at {field}{inside}" if inside else ""
        raise InputError(f"field {field!r} must be {expected}, not {_kind(error.instance)}{where}")


def check_text(field: str, value: str | None) -> None:
    """Raise InputError when a field's text is not valid Unicode or holds a NUL character."""
    if value is None:
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        code = ord(value[error.start])
        raise InputError(
            f"field {field!r} holds a lone surrogate (\\u{code:04x}) at {error.start:,}: "
            "not valid Unicode"
        ) from None
    if "\x00" in value:
        raise InputError(f"field {field!r} holds a NUL character at {value.index(chr(0)):,}")


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, int | float):
        return f"{value!r} (a number)" if len(repr(value)) <= 20 else "a number"
    if isinstance(value, list):
        return f"a list of {len(value)}" if value else "an empty list"
    if isinstance(value, dict):
        return "an object"
    return "text"
