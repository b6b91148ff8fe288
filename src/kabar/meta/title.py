"""The title: the cleaner's headline, or one made from the lead when the text has none.

A text without a headline (a bare scraped body) would show as "(untitled)"; its first sentence,
trimmed to a headline's length, names it instead, and ``title_source`` says so ("lead"), so
that nobody takes it for the outlet's own headline.
"""

from __future__ import annotations

import re

TITLE_GIVEN = "given"
TITLE_FROM_LEAD = "lead"
# Headlines of Indonesian outlets run 6 to 16 words; a lead sentence longer than this is cut.
LEAD_TITLE_MAX_WORDS = 14
LEAD_SENTENCE_MIN_WORDS = 4  # "Dr. Rina" is no sentence: a full stop this early is an abbreviation
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z0-9])")


def find_title(title: str | None, paragraphs: tuple[str, ...]) -> tuple[str | None, str]:
    """Return (title, source): the given headline, or the lead's first sentence trimmed."""
    if title:
        return title, TITLE_GIVEN
    lead = next((p for p in paragraphs if p.strip()), None)
    if lead is None:
        return None, TITLE_GIVEN
    return lead_title(lead), TITLE_FROM_LEAD


def lead_title(lead: str) -> str:
    """Return a lead's first sentence as a headline: without its full stop, cut to length."""
    sentence = lead.strip()
    for match in _SENTENCE_BREAK.finditer(sentence):
        if len(sentence[: match.start()].split()) >= LEAD_SENTENCE_MIN_WORDS:
            sentence = sentence[: match.start()]
            break
    words = sentence.split()
    if len(words) > LEAD_TITLE_MAX_WORDS:
        return " ".join(words[:LEAD_TITLE_MAX_WORDS]).rstrip(",;:") + " …"
    return sentence.rstrip(" .")
