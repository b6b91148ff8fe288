"""Recognise entity spans in a body with the shipped CRF (loaded lazily, once per process)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from kabar import text
from kabar.entities.crf import LinearCRF
from kabar.entities.features import Featurizer, cluster_key
from kabar.entities.lexicon import MODEL_DIR, clusters

MODEL_PATH = MODEL_DIR / "ner.crfsuite"
# The shipped model was trained on both corpora with corpus-conjoined feature copies; news
# text is tagged as the idner-news-2k (online news) domain.
DOMAIN = "idner"

# Glued capitalised words from scraped pages ("KimJongUn", "SiapKim"); split only when the
# whole word is unknown to the cluster vocabulary (so "YouTube", "WhatsApp" stay whole).
_GLUED = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")  # opening with a capital: scanned fast
_GLUED_PART = re.compile(r"[A-Z][a-z]+")
# Two capitalised words glued by a sentence's full stop ("kata Erick.Infantino menambahkan"):
# web addresses ("Kompas.com", "Detik.Com") and initials ("S.H.") stay whole. The capital comes
# before the look back at what precedes it, so that a search skips to the capitals.
_DOT_GLUED = re.compile(
    r"([A-Z](?<![\w.].)[a-z]{2,})\.(?!(?:Com|Net|Org|Info|News|Online|Web)\b)([A-Z][a-z]{2,})(?![\w.])"
)
# Longest sentence handed to the CRF at once, in tokens (bounds the Viterbi cost of run-ons).
MAX_SENTENCE = 120


@dataclass(frozen=True)
class Span:
    """A tagged span of tokens: token indices [first, last) and type."""

    first: int
    last: int
    type: str


def tagged_map(spans: Sequence[Span]) -> dict[int, Span]:
    """Map every token inside a span to its span."""
    return {k: span for span in spans for k in range(span.first, span.last)}


@cache
def _featurizer() -> Featurizer:
    """Build the featurizer once (it caches per word type)."""
    return Featurizer()


@cache
def _model(domain: str | None = DOMAIN) -> LinearCRF:
    """Load the CRF decoder for one corpus domain (first call only)."""
    return LinearCRF(MODEL_PATH, _featurizer(), domain)


def tokenize(body: str) -> list[tuple[str, int, int]]:
    """Split a body into tokens with offsets, un-gluing camel-case runs of unknown words."""
    whole = text.tokenize(body)
    if _DOT_GLUED.search(body) is not None:
        whole = _unglue_dots(whole)
    if _GLUED.search(body) is None:  # no glued run anywhere: every token stays whole
        return whole
    table = clusters()
    tokens: list[tuple[str, int, int]] = []
    for word, start, end in whole:
        # a glued run opens with a capital: most tokens are not matched at all
        if word[:1].isupper() and _GLUED.fullmatch(word) and cluster_key(word) not in table:
            for part in _GLUED_PART.finditer(word):
                tokens.append((part.group(), start + part.start(), start + part.end()))
        else:
            tokens.append((word, start, end))
    return tokens


def _unglue_dots(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Split "Erick.Infantino" into the two words and the full stop between them."""
    out: list[tuple[str, int, int]] = []
    for word, start, end in tokens:
        glued = _DOT_GLUED.fullmatch(word)
        if glued is None:
            out.append((word, start, end))
            continue
        dot = start + glued.end(1)
        out += [(glued.group(1), start, dot), (".", dot, dot + 1), (glued.group(2), dot + 1, end)]
    return out


def recognise(body: str) -> tuple[list[tuple[str, int, int]], list[Span], list[int]]:
    """Return the body's tokens, the entity spans the CRF finds, and each token's sentence."""
    tokens = tokenize(body)
    found: list[Span] = []
    sentence_of = [0] * len(tokens)
    groups = text.token_sentences(body, tokens, MAX_SENTENCE)
    for number, group in enumerate(groups):
        for i in group:
            sentence_of[i] = number
    tagged = _model().tag([[tokens[i][0] for i in group] for group in groups])
    for group, tags in zip(groups, tagged, strict=True):
        start = -1
        kind = ""
        for j, tag in enumerate([*tags, "O"]):
            if tag == "O" and start < 0:
                continue  # outside any span, nothing to close or open
            prefix, _, label = tag.partition("-")
            if start >= 0 and (prefix != "I" or label != kind):
                found.append(Span(group[start], group[j - 1] + 1, kind))
                start = -1
            if prefix == "B" or (prefix == "I" and start < 0):
                start, kind = j, label
    return tokens, found, sentence_of


def tag_sentences(sentences: list[list[str]], domain: str = DOMAIN) -> list[list[str]]:
    """Return the shipped model's IOB2 tags for tokenised sentences, as corpus ``domain``."""
    return _model(domain).tag(sentences)
