"""The publisher: every piece of evidence gathered once, the best kind wins (``RANKS``).

Evidence, strongest first: the JSON/meta field, the URL's domain, the dateline brand, a site
header, a date line or source box naming the outlet's domain, the outlet's own "Follow Berita
X di Google News" promo, a byline's brand ("Nama - detikFinance"), a photo credited to the
outlet alone ("(Foto: Okezone)"); then an unknown field or site as written or by its domain,
an agency's bracketed dateline credit ("Jakarta (ANTARA) -": other outlets print it too, so it
comes late), a dateline brand the table lacks ("MATARAM, Lombok Post -"), chrome only one
outlet prints (BBC's "Sumber gambar,"), the outlet a source spoke to ("kata X kepada BBC News
Indonesia"), and last a short capitalised name above the title, as written. Among evidence of
one kind the first in the text wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kabar.clean import findings as clues
from kabar.models import Cleaned, RawDocument
from kabar.sources import (
    brand_alternation,
    outlet_from_url,
    outlet_name,
    outlet_with_suffix,
    registered_domain,
)

FIELD = "field"  # raw.outlet or raw.site_name, known to the table
URL = "url"
DATELINE = "dateline"
FIELD_AS_WRITTEN = "field_as_written"  # a field the table does not know
DOMAIN = "domain"  # a URL the table does not know, by its registered domain
DATELINE_CREDIT = "dateline_credit"
DATELINE_UNKNOWN = "dateline_unknown"
ASKED = "asked"  # "kata X kepada BBC News Indonesia"

# Evidence kind -> rank (lower wins).
RANKS = {
    kind: rank
    for rank, kind in enumerate(
        (
            FIELD,
            URL,
            DATELINE,
            clues.CLUE_SITE_HEADER,
            clues.CLUE_DATED_OR_BOXED,
            clues.CLUE_PROMO,
            clues.CLUE_BYLINE,
            clues.CLUE_OWN_PHOTO,
            FIELD_AS_WRITTEN,
            DOMAIN,
            DATELINE_CREDIT,
            DATELINE_UNKNOWN,
            clues.CLUE_PAGE_SIGNATURE,
            ASKED,
            clues.CLUE_NAME_ABOVE_TITLE,
        )
    )
}

_ASKED_CUE = re.compile(r"\b(?:kepada|dihubungi|ditemui|diwawancarai|wawancara)\s", re.IGNORECASE)


@cache
def _asked_by() -> re.Pattern[str]:
    """Return the pattern of an outlet named as the one a source spoke to."""
    return re.compile(
        r"\b(?:kepada|dihubungi|ditemui|diwawancarai|wawancara\s+dengan)\s+(?:wartawan\s+|tim\s+)?"
        rf"(?P<brand>{brand_alternation()})(?![\w])",
        re.IGNORECASE,
    )


def find_outlet(raw: RawDocument, cleaned: Cleaned) -> str | None:
    """Return the publisher named by the best-ranked evidence, or None when nothing names it."""
    best = min(evidence(raw, cleaned), key=lambda found: RANKS[found[0]], default=None)
    return best[1] if best else None


def evidence(raw: RawDocument, cleaned: Cleaned) -> Iterator[tuple[str, str]]:
    """Yield every (kind, outlet) the article gives, in text order within each kind."""
    given = [name for name in (raw.outlet, raw.site_name) if name]
    for name in given:
        if known := outlet_name(name) or outlet_with_suffix(name):
            yield FIELD, known  # "ANTARA News Agency" is Antara
    if from_url := outlet_from_url(raw.url):
        yield URL, from_url
    dateline = cleaned.findings.dateline
    if dateline and dateline.outlet:
        yield DATELINE, dateline.outlet
    for clue in cleaned.findings.outlet_clues:
        yield clue.kind, clue.name
    for credit in cleaned.findings.credits:
        if credit.outlet:
            yield clues.CLUE_BYLINE, credit.outlet
    for name in given:
        if name.strip():
            yield FIELD_AS_WRITTEN, name.strip()
    if domain := registered_domain(raw.url):
        yield DOMAIN, domain
    if dateline and dateline.credited_outlet:
        yield DATELINE_CREDIT, dateline.credited_outlet  # "Jakarta (ANTARA) -": Antara's page
    if dateline and dateline.unknown_brand:
        yield DATELINE_UNKNOWN, dateline.unknown_brand  # "MATARAM, Lombok Post -"
    for paragraph in cleaned.paragraphs:
        # "kata X kepada BBC News Indonesia", "saat dihubungi detikcom": the outlet that asked
        asked = _asked_by().search(paragraph) if _ASKED_CUE.search(paragraph) else None
        if asked and (known := outlet_name(asked.group("brand"))):
            yield ASKED, known
