"""Authors and editors: the page's author metadata, then the people the credit findings name.

Contributors ("X berkontribusi untuk laporan ini") and sign-off initials ("(ant/rzk)") are not
authors (the cleaner gives them other reasons); neither are organisations ("CNN Indonesia") or
role words ("Kontributor"), which the credit reader drops. Editors ("Editor: X", "Red: X",
"Redaktur: X") are credited apart and never count as authors, even when a page's metadata
lists them among its authors.

Scrapers that collect every credit-like string on a page give author lists such as
``["Name", "Https", "Www.Facebook.Com Detikfinance", "Name - Detikfinance"]`` or
``["Kompas Cyber Media", "Shutterstock X"]``: link fragments, outlet names and photo credits
are dropped, so only the journalists stay.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kabar import lexicon
from kabar.clean.credits import byline_roles, credited_names, is_labelled
from kabar.meta.names import unique
from kabar.models import Cleaned, RawDocument
from kabar.sources import name_key, outlet_name

# A link or a piece of one, as scrapers split "https://www.facebook.com/detikfinance" on "/".
_LINK_PIECE = re.compile(r"^(?:https?|www)\b|\.(?:com|co\.id|id|net|org)\b", re.IGNORECASE)


def find_authors(raw: RawDocument, cleaned: Cleaned) -> tuple[str, ...]:
    """Return the writers: the page's author metadata, then the bylines; editors left out."""
    credited = [name for credit in cleaned.findings.credits for name in credit.people]
    # A credit line naming one person in both roles ("Redaktur & Reporter : X") keeps the
    # writer; an editor the scraper's author list adds is no writer.
    writers = {name_key(name) for name in credited}
    editors = {name_key(name) for name in find_editors(cleaned, raw)} - writers
    listed = [
        n
        for author in raw.authors
        if _is_credit(author)
        for n in _entry_roles(author)[0]
        if name_key(n) not in editors
    ]
    # A listed name the captions credit for a picture is its photographer, dropped while the
    # list names someone else ("Indah", "Prayugo" with "(IDN Times/Prayugo)" under the photo).
    photographers = {name_key(name) for name in cleaned.findings.photo_credits} - writers
    kept = [name for name in listed if name_key(name) not in photographers]
    names = [*(kept or listed), *credited]
    return unique(name for name in names if name_key(name) not in editors)


def find_editors(cleaned: Cleaned, raw: RawDocument | None = None) -> tuple[str, ...]:
    """Return the editors the page's metadata and the credit lines name ("Editor: X", "Red: X")."""
    named = [*(raw.editors if raw is not None else ())]
    if raw is not None:
        named.extend(n for author in raw.authors for n in _entry_roles(author)[1])
    named.extend(name for credit in cleaned.findings.credits for name in credit.editors)
    # JSON-LD "editor": {"@type": "Person", "name": "Liputan6.com"}: the outlet, not an editor
    return unique(name for name in named if not outlet_name(name))


@lru_cache(maxsize=4096)
def _entry_roles(entry: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return (writers, editors) of a scraped author entry: a labelled one is read as a byline
    ("Penulis: A", "Reporter: A | Editor: B"), any other as names. Kept: the writers and the
    editors of an article are found from the same entries."""
    if is_labelled(entry):
        writers, editors = byline_roles(entry)
        return tuple(writers), tuple(editors)
    return tuple(credited_names(entry)), ()


def _is_credit(entry: str) -> bool:
    """Return whether a scraped author entry can name a journalist (no link, photo or outlet)."""
    entry = entry.strip()
    first = entry.split()[0].casefold() if entry.split() else ""
    if _LINK_PIECE.search(entry.split(" - ")[0]):
        return False
    if first in lexicon.lowered("photo_credit_words.txt"):
        return False
    # "Kompas.Com Andreas Lukas Altobeli": the outlet's photo credit, "KOMPAS.com/Andreas ..."
    return not (len(entry.split()) > 1 and outlet_name(entry.split()[0]))
