"""A short multi-source summary of a story, every sentence citing its article."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from kabar.config import DEFAULT_SETTINGS, SummarySettings
from kabar.models import Article, SummarySentence
from kabar.text import split_sentences, statement_words

# The summary length and thresholds are settings: see SummarySettings and
# kabar/data/defaults.toml for where each value comes from.
_QUOTE_START = re.compile(r"^[\"“‘']")


def summarize(
    articles: Sequence[Article],
    *,
    sentences: int | None = None,
    settings: SummarySettings = DEFAULT_SETTINGS.summaries,
) -> tuple[SummarySentence, ...]:
    """Pick the story's most central sentences across outlets, each with its article.

    ``sentences`` overrides ``settings.sentences``, the length of the summary.
    """
    if sentences is None:
        sentences = settings.sentences
    decay, max_overlap = settings.position_decay, settings.max_overlap
    candidates: list[tuple[str, str, frozenset[str], int]] = []
    for article in articles:
        if article.duplicate_of:
            continue
        position = 0
        for paragraph in article.body.split("\n\n"):
            for start, end in split_sentences(paragraph):
                text = paragraph[start:end].strip()
                bag = statement_words(text)
                if len(bag) >= settings.min_content_words and not _QUOTE_START.match(text):
                    candidates.append((text, article.id, bag, position))
                position += 1
    if not candidates:
        return ()
    frequency = Counter(word for _, _, bag, _ in candidates for word in bag)
    outlets = max(1, len({c[1] for c in candidates}))

    def score(candidate: tuple[str, str, frozenset[str], int]) -> float:
        _, _, bag, position = candidate
        centrality = sum(min(frequency[w], outlets) for w in bag) / math.sqrt(len(bag))
        return centrality * math.exp(-decay * position)

    chosen: list[tuple[str, str, frozenset[str], int]] = []
    for candidate in sorted(candidates, key=score, reverse=True):
        bag = candidate[2]
        if any(len(bag & c[2]) / min(len(bag), len(c[2])) > max_overlap for c in chosen):
            continue
        chosen.append(candidate)
        if len(chosen) == sentences:
            break
    return tuple(SummarySentence(text, article) for text, article, _, _ in chosen)
