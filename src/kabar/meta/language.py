"""Language: English or Indonesian, by counting frequent function words of each."""

from __future__ import annotations

import re

from kabar import lexicon

# English when English stop words outnumber Indonesian ones by this factor and make at least
# EN_MIN_HITS tokens (a cheap test; Indonesian text quotes English phrases).
EN_FACTOR = 2.0
EN_MIN_HITS = 5
LANGUAGE_SAMPLE_CHARS = 1500  # the first paragraphs are enough to tell the language
_TOKEN = re.compile(r"[a-z]+")


def find_language(body: str, given: str | None = None) -> str:
    """Return "en" when the body is clearly English, else the given code or "id"."""
    tokens = _TOKEN.findall(body[:LANGUAGE_SAMPLE_CHARS].casefold())
    english_words = lexicon.entries("language_en_words.txt")
    indonesian_words = lexicon.entries("language_id_words.txt")
    english = sum(1 for t in tokens if t in english_words)
    indonesian = sum(1 for t in tokens if t in indonesian_words)
    if english >= EN_MIN_HITS and english > EN_FACTOR * indonesian:
        return "en"
    if indonesian >= EN_MIN_HITS:
        return "id"
    return (given or "id").split("-")[0].casefold() or "id"
