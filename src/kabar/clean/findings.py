"""What the removed lines say about the article, read once: credits, date lines, outlet clues.

The cleaner knows why it removed each line; here it reads the lines that carry metadata into
a ``Findings`` value (``Cleaned.findings``), so that ``meta`` never parses removed lines again.
Outlet clues are named by kind; ``meta.outlet`` ranks the kinds.
"""

from __future__ import annotations

import re

from kabar.clean.captions import photo_credit_names
from kabar.clean.credits import read_credit
from kabar.clean.datelines import read_dateline
from kabar.clean.reasons import (
    REASON_BYLINE,
    REASON_CAPTION,
    REASON_CONTRIBUTOR,
    REASON_DATE,
    REASON_FOOTER,
    REASON_HEADER,
    REASON_RELATED,
    REASON_SOURCE,
    REASON_TITLE,
)
from kabar.clean.rules import site_header_brand
from kabar.models import Findings, OutletClue, RemovedLine
from kabar.sources import outlet_name

# Kinds of outlet clue in removed lines (``meta.outlet`` ranks them with the other evidence).
CLUE_SITE_HEADER = "site_header"  # "Kompas.com - Berita Terkini", "Media Indonesia"
CLUE_DATED_OR_BOXED = "dated_or_boxed"  # "Kompas.com - 11/10/2023", "• Siap.Viva.co.id : ..."
CLUE_PROMO = "promo"  # "Follow Berita Okezone di Google News"
CLUE_BYLINE = "byline"  # "Wulan Anggraini - detikFinance"
CLUE_OWN_PHOTO = "own_photo"  # "(Foto: Okezone)"
CLUE_PAGE_SIGNATURE = "page_signature"  # chrome only one outlet prints
CLUE_NAME_ABOVE_TITLE = "name_above_title"  # "Warta Desa" above the title, as written

_BOX_LINE = re.compile(r"^(?:[•·▪◦●‣*-]|sumber\b)", re.IGNORECASE)
_LINE_PARTS = re.compile(r"[\s:|•]+")
# "Follow Berita Okezone di Google News", "Ikuti saluran Tribunnews.com di WhatsApp": the
# outlet promoting its own channels.
_PROMO_OUTLET = re.compile(
    r"\b(?i:berita|dari|saluran|kanal|channel|akun|update)\s+(?P<name>[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)"
)
# A photo credited to the outlet alone: "(Foto: Okezone)", "Foto: Dok. kumparan".
_OWN_PHOTO = re.compile(
    r"\b(?i:foto|photo)\s*[:/]\s*(?i:dok\.?\s*|dokumentasi\s+)?(?P<name>[\w.]+)"
    r"(?:\s*/\s*[^()/]{1,40})?\s*\)?\s*$"
)
# Chrome only one outlet prints: BBC's caption labels and podcast widget.
_PAGE_SIGNATURES = (
    (
        re.compile(
            r"^(?:sumber\s+gambar|keterangan\s+gambar)\s*,|^lewati\s.+\slanjutkan\smembaca", re.I
        ),
        "BBC News Indonesia",
    ),
)
_DATED = (REASON_DATE, REASON_HEADER, REASON_BYLINE)  # lines that may print the date
NAME_ABOVE_TITLE_WORDS = (1, 3)


def read_findings(removed: tuple[RemovedLine, ...], dateline_prefix: str | None) -> Findings:
    """Read the removed lines (in text order) and the cut dateline into findings."""
    return Findings(
        dateline=read_dateline(dateline_prefix),
        credits=tuple(
            read_credit(line.text, line.reason)
            for line in removed
            if line.reason in (REASON_BYLINE, REASON_SOURCE, REASON_CONTRIBUTOR)
        ),
        date_lines=tuple(line.text for line in removed if line.reason in _DATED),
        outlet_clues=tuple(_outlet_clues(removed)),
        photo_credits=tuple(
            name
            for line in removed
            if line.reason == REASON_CAPTION
            for name in photo_credit_names(line.text)
        ),
    )


def _outlet_clues(removed: tuple[RemovedLine, ...]) -> list[OutletClue]:
    """Return every outlet clue of the removed lines, in text order."""
    title_at = next((r.position for r in removed if r.reason == REASON_TITLE), 0)
    clues = []
    for line in removed:
        for kind, name in _line_clues(line, title_at):
            clues.append(OutletClue(kind, name))
    return clues


def _line_clues(line: RemovedLine, title_at: int) -> list[tuple[str, str]]:
    """Return the outlet clues of one removed line: (kind, name), at most one of each kind."""
    text, reason = line.text, line.reason
    clues: list[tuple[str, str | None]] = []
    if reason == REASON_HEADER:
        clues.append((CLUE_SITE_HEADER, outlet_name(text) or site_header_brand(text)))
        if line.position < title_at and _looks_like_a_name(text):
            clues.append((CLUE_NAME_ABOVE_TITLE, text))
    if reason == REASON_DATE or (reason == REASON_SOURCE and _BOX_LINE.match(text)):
        parts = (outlet_name(p) for p in _LINE_PARTS.split(text) if "." in p)
        clues.append((CLUE_DATED_OR_BOXED, next((n for n in parts if n), None)))
    if reason in (REASON_FOOTER, REASON_RELATED):
        names = (outlet_name(m.group("name")) for m in _PROMO_OUTLET.finditer(text))
        clues.append((CLUE_PROMO, next((n for n in names if n), None)))
    if reason == REASON_CAPTION:
        match = _OWN_PHOTO.search(text)
        clues.append((CLUE_OWN_PHOTO, outlet_name(match.group("name")) if match else None))
    signed = (name for pattern, name in _PAGE_SIGNATURES if pattern.match(text))
    clues.append((CLUE_PAGE_SIGNATURE, next(signed, None)))
    return [(kind, name) for kind, name in clues if name]


def _looks_like_a_name(text: str) -> bool:
    """Return whether a header line is one to three capitalised words (an outlet's name)."""
    words = text.split()
    return (
        NAME_ABOVE_TITLE_WORDS[0] <= len(words) <= NAME_ABOVE_TITLE_WORDS[1]
        and all(w[0].isupper() for w in words)
        and "|" not in text
    )
