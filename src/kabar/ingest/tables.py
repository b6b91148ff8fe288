"""Tables: CSV and TSV files with a header row, one article per row.

The header names the fields as JSON records do (title/judul, body/text/isi_berita/content,
url/tautan/link, date/tanggal/published, outlet/source, authors/author), in any letter case. The
csv module reads quoted fields that span lines; each record is named ``FILE:LINE`` after the
line it starts on, so that a reject points at the row.
"""

from __future__ import annotations

import csv
import io

from kabar.errors import InputError
from kabar.ingest.records import BODY_KEYS, DATE_KEYS, document_from_record
from kabar.meta.dates import column_day_first
from kabar.models import RawDocument, Reject

DELIMITERS = {".csv": ",", ".tsv": "\t"}


def read_table(text: str, source: str, delimiter: str) -> list[RawDocument | Reject]:
    """Read a table's rows into documents; a row without a body becomes a Reject."""
    # A body can be longer than the csv module's default field limit (128 kB).
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        first_row = next(reader, None)
        if first_row is None:
            raise InputError("empty table (no header row)")
        header = [name.strip() for name in first_row]
        keys = [_key(name) for name in header]
        body_key = next((k for k in BODY_KEYS if k in keys), None)
        if body_key is None:
            raise InputError(
                f"table has no body column (one of {', '.join(BODY_KEYS)}); "
                f"its header is {', '.join(header)[:120]}"
            )
        rows: list[tuple[int, list[str]]] = []
        start = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as error:
        raise InputError(f"malformed table on line {reader.line_num}: {error}") from error
    date_key = next((k for k in DATE_KEYS if k in keys), None)
    day_first = column_day_first(_column(rows, keys, date_key))
    results: list[RawDocument | Reject] = []
    for line, row in rows:
        where = f"{source}:{line}"
        if len(row) > len(keys):
            results.append(Reject(where, f"row has {len(row)} fields, the header {len(keys)}"))
            continue
        record = dict(zip(keys, row, strict=False))
        if not record.get(body_key, "").strip():
            results.append(Reject(where, f"row has no body (column {body_key!r} is empty)"))
            continue
        try:
            results.append(document_from_record(record, where, day_first=day_first, kind="csv"))
        except InputError as error:
            results.append(Reject(where, str(error)))
    return results


def _key(name: str) -> str:
    """Return a header name as records spell the field ("Judul" -> "judul")."""
    lowered = name.lower()
    return "datePublished" if lowered == "datepublished" else lowered


def _column(rows: list[tuple[int, list[str]]], keys: list[str], key: str | None) -> list[str]:
    if key is None:
        return []
    index = keys.index(key)
    return [row[index] for _, row in rows if index < len(row)]
