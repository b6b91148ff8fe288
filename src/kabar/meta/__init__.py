"""Article metadata: title, outlet, date, dateline, authors, wire sources and language.

``describe`` reads the cleaner's findings (``Cleaned.findings``: the dateline, bylines and
source lines read into credits, the date lines above the story, the lines that name the
outlet) together with the story paragraphs and whatever the reader took from structured input
(HTML meta tags, JSON fields), which wins when present. One module per field: ``outlet``
(evidence ranked by a table), ``dates``, ``dateline``, ``authors`` (and editors), ``wires``,
``language``, ``title`` (the cleaner's headline, or one made from the lead).
"""

from __future__ import annotations

from kabar.ingest.fields import strip_bidi
from kabar.meta.authors import find_authors, find_editors
from kabar.meta.dateline import find_dateline
from kabar.meta.dates import find_published, parse_date, read_moment, read_published
from kabar.meta.language import find_language
from kabar.meta.outlet import find_outlet
from kabar.meta.title import find_title
from kabar.meta.wires import find_wires
from kabar.models import Cleaned, Metadata, RawDocument

__all__ = [
    "describe",
    "find_authors",
    "find_dateline",
    "find_editors",
    "find_language",
    "find_outlet",
    "find_published",
    "find_title",
    "find_wires",
    "parse_date",
]


def describe(raw: RawDocument, cleaned: Cleaned) -> Metadata:
    """Read the article's metadata from the cleaner's findings, its text and structured fields."""
    outlet = find_outlet(raw, cleaned)
    title, title_source = find_title(cleaned.title, cleaned.paragraphs)
    date = read_published(raw, cleaned, now=read_moment(raw.read_at))
    # A title, outlet or name read from the text is shown on one line as well: no bidi
    # controls there (display spoofing), as for the fields a record gives.
    return Metadata(
        title=strip_bidi(title),
        title_source=title_source,
        outlet=strip_bidi(outlet),
        published=date.published,
        date_source=date.source,
        date_notes=date.notes,
        dateline=find_dateline(cleaned),
        authors=_one_line(find_authors(raw, cleaned)),
        editors=_one_line(find_editors(cleaned, raw)),
        wire_sources=find_wires(cleaned, outlet),
        language=find_language(cleaned.body, raw.language),
    )


def _one_line(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name for name in map(strip_bidi, names) if name)
