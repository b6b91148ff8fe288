"""Boilerplate removal for Indonesian news text: story paragraphs in, everything else out.

The text is read line by line. Every line is either a story paragraph (kept, in order) or
boilerplate removed with a reason (the ``REASON_*`` constants of ``reasons``). Most rules look
at one line alone (``line_reason``, in ``rules``; the shared text tests are in ``lines``).
Position enters in a few places, each built so that cleaning the cleaned body again decides
the same way (cleaning is idempotent):

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
``driver`` module orders all of this. Last, the removed lines that carry metadata are read once
into ``Cleaned.findings`` (``findings``; bylines and source lines in ``credits``, the dateline
in ``datelines``): ``meta`` takes authors, wire sources, dates and outlet clues from there.
"""

from __future__ import annotations

from kabar.clean.credits import byline_names
from kabar.clean.datelines import cut_dateline
from kabar.clean.driver import clean
from kabar.clean.lines import is_headline
from kabar.clean.rules import line_reason

__all__ = ["byline_names", "clean", "cut_dateline", "is_headline", "line_reason"]
