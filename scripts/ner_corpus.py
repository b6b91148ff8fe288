"""CoNLL-style NER corpora: reading, span extraction and conlleval-style scoring."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

# Corpus label names mapped to kabar's entity types (NERGrit spells them out, idner abbreviates).
TYPE_MAP = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORG",
    "ORGANISATION": "ORG",
    "LOC": "LOC",
    "PLACE": "LOC",
}
TYPES = ("PERSON", "ORG", "LOC")

# Where each corpus keeps its splits, relative to shared/data/ner, and its column separator.
CORPORA = {
    "idner": ("idner-news-2k", {"train": "train.txt", "dev": "dev.txt", "test": "test.txt"}, " "),
    "nergrit": (
        "nergrit-indonlu",
        {
            "train": "train_preprocess.txt",
            "dev": "valid_preprocess.txt",
            "test": "test_preprocess.txt",
        },
        "\t",
    ),
}


@dataclass(frozen=True)
class Sentence:
    """One labelled sentence: tokens and IOB2 tags with kabar's type names."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]


def normalize_tag(tag: str) -> str:
    """Map a corpus IOB2 tag to kabar's type names ("B-PLACE" -> "B-LOC")."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    return f"{prefix}-{TYPE_MAP.get(label, label)}"


def read_conll(path: Path, sep: str) -> list[Sentence]:
    """Read a token-per-line file (last column = tag, blank line = sentence end; CRLF ok)."""
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for raw in handle:
            line = raw.rstrip("\r\n")
            if not line.strip():
                if tokens:
                    sentences.append(Sentence(tuple(tokens), tuple(tags)))
                    tokens, tags = [], []
                continue
            parts = line.split(sep)
            tokens.append(parts[0])
            tags.append(normalize_tag(parts[-1]))
    if tokens:
        sentences.append(Sentence(tuple(tokens), tuple(tags)))
    return sentences


def load_split(ner_dir: Path, corpus: str, split: str) -> list[Sentence]:
    """Load one split ("train", "dev", "test") of one corpus ("idner", "nergrit")."""
    folder, files, sep = CORPORA[corpus]
    return read_conll(ner_dir / folder / files[split], sep)


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """Return (start, end, type) token spans of an IOB2 sequence, conlleval-style."""
    found: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if start >= 0 and (prefix != "I" or label != kind):
            found.add((start, i, kind))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, kind = i, label
    return found


@dataclass(frozen=True)
class Score:
    """Entity-level precision, recall and F1 (exact span and type)."""

    precision: float
    recall: float
    f1: float
    gold: int
    predicted: int
    correct: int


def _score(correct: int, predicted: int, gold: int) -> Score:
    """Build a Score from counts."""
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Score(p, r, f, gold, predicted, correct)


def evaluate(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict[str, Score]:
    """Score predicted against gold tag sequences: per type, "micro" and "macro" (IndoNLU)."""
    counts = {t: [0, 0, 0] for t in TYPES}
    for g, p in zip(gold, predicted, strict=True):
        gs, ps = spans(g), spans(p)
        for span in gs:
            counts.setdefault(span[2], [0, 0, 0])[2] += 1
        for span in ps:
            counts.setdefault(span[2], [0, 0, 0])[1] += 1
            if span in gs:
                counts[span[2]][0] += 1
    result = {t: _score(*c) for t, c in counts.items()}
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    result["micro"] = _score(*total)
    present = [result[t] for t in counts if counts[t][2]]
    macro_p = sum(s.precision for s in present) / len(present)
    macro_r = sum(s.recall for s in present) / len(present)
    macro_f = sum(s.f1 for s in present) / len(present)
    result["macro"] = Score(macro_p, macro_r, macro_f, total[2], total[1], total[0])
    return result
