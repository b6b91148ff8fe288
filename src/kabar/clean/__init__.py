"""Boilerplate removal for Indonesian news text: story paragraphs in, everything else out.

The text is read line by line. Every line is either a story paragraph (kept, in order) or
boilerplate removed with a reason: the ``REASON_*`` constants, which ``meta`` reads back
(bylines give authors, "Sumber:" lines give wire sources, date lines give the date). Most rules
look at one line alone (``line_reason``, in ``rules``). Position enters in a few places, each
built so that cleaning the cleaned body again decides the same way (cleaning is idempotent):

- the *header zone*: lines above the first story line, or above an early outlet dateline
  ("PYONGYANG, KOMPAS.TV -"), hold the title, site header, date line, byline and captions
  (``headings``; the dateline in ``datelines``);
- the *footer zone*: everything after a "TERBARU" or "Cek Berita ... Google News" marker;
- a bare "Baca Juga" heading takes the headline lines listed under it;
- a title-case line between paragraphs is another article's headline unless it shares
  words with the story line after it (then it is the article's own sub-heading).
- a footer marker ends the story only when no long story sentence follows it: never lose a
  story paragraph to a "Topik:" label inside a list.

The first story line loses its dateline or glued brand prefix (``Cleaned.dateline_prefix``)
and the last loses sign-off initials and agency credits ("(ant/rzk)", "(Reuters)"); the
``driver`` module orders all of this. This package re-exports what other modules use.
"""

from __future__ import annotations

from kabar.clean.datelines import BRANDED_DATELINES, BRANDS, DATELINES, GLUED, cut_dateline
from kabar.clean.driver import clean
from kabar.clean.headings import EDITOR_INITIALS, heading_overlap
from kabar.clean.rules import (
    NAME_COMMA_BRAND,
    REASON_AD,
    REASON_BYLINE,
    REASON_CAPTION,
    REASON_CONTRIBUTOR,
    REASON_DATE,
    REASON_FOOTER,
    REASON_HEADER,
    REASON_HEADLINE,
    REASON_INITIALS,
    REASON_NAVIGATION,
    REASON_RELATED,
    REASON_SHARE,
    REASON_SOURCE,
    REASON_TITLE,
    TEAM_BRAND_NAME,
    is_headline,
    is_known_place,
    line_reason,
    site_header_brand,
    trailing_wire_credit,
    writer_before_date,
)

__all__ = [
    "BRANDED_DATELINES",
    "BRANDS",
    "DATELINES",
    "EDITOR_INITIALS",
    "GLUED",
    "NAME_COMMA_BRAND",
    "REASON_AD",
    "REASON_BYLINE",
    "REASON_CAPTION",
    "REASON_CONTRIBUTOR",
    "REASON_DATE",
    "REASON_FOOTER",
    "REASON_HEADER",
    "REASON_HEADLINE",
    "REASON_INITIALS",
    "REASON_NAVIGATION",
    "REASON_RELATED",
    "REASON_SHARE",
    "REASON_SOURCE",
    "REASON_TITLE",
    "TEAM_BRAND_NAME",
    "clean",
    "cut_dateline",
    "heading_overlap",
    "is_headline",
    "is_known_place",
    "line_reason",
    "site_header_brand",
    "trailing_wire_credit",
    "writer_before_date",
]
