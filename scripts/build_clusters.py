"""Learn word clusters without labels from the Indonesian text in ../shared/data.

Method: count left/right neighbour co-occurrences, weight them by positive PMI, reduce with
a seeded truncated SVD, and run k-means at several granularities. Writes
``src/kabar/data/entities/clusters.tsv.gz`` (word, case class, then one cluster id per granularity).
    .venv/bin/python scripts/build_clusters.py
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from ner_corpus import CORPORA, read_conll
from scipy import sparse
from sklearn.cluster import MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import normalize

from kabar.entities.features import cluster_key
from kabar.entities.lexicon import MODEL_DIR
from kabar.text import tokenize

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SEED = 13
# Vocabulary: words seen at least this often get a cluster (rarer ones carry too little context).
MIN_COUNT = 3
# Context words: the most frequent ones, on each side.
CONTEXT_SIZE = 8000
DIMENSIONS = 100
GRANULARITIES = (32, 128, 512, 2048)
# Context definitions, one clustering each: the immediate left and right neighbours. Adding
# a second clustering over two words each side did not help (NERGrit dev macro F1 0.695 vs
# 0.712), so the shipped table has one.
CONTEXTS: tuple[tuple[int, ...], ...] = ((-1, 1),)
# A word is "mostly lower case" (or capitalised) when this share of its non-initial uses is.
CASE_SHARE = 0.9
CASE_MIN_COUNT = 5


def sentences() -> Iterator[list[str]]:
    """Yield tokenised sentences of every unlabelled Indonesian text we may learn from."""
    for fold in sorted((DATA / "indosum_devfolds").glob("dev.*.jsonl.gz")):
        with gzip.open(fold, "rt", encoding="utf-8") as handle:
            for line in handle:
                for paragraph in json.loads(line)["paragraphs"]:
                    yield from paragraph
    csv.field_size_limit(sys.maxsize)
    with (DATA / "detik_entity_aspect_summ" / "data_berita.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for line in row["isi_berita"].splitlines():
                yield [t for t, _, _ in tokenize(line)]
    # Only the training and dev texts of the NER corpora (their labels are not used here).
    for folder, files, sep in CORPORA.values():
        for split in ("train", "dev"):
            for s in read_conll(DATA / "ner" / folder / files[split], sep):
                yield list(s.tokens)
    tokens: list[str] = []
    with (DATA / "pfsa_id" / "dev.txt").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                tokens.append(line.split("\t")[0])
            elif tokens:
                yield tokens
                tokens = []


def embed(
    corpus: list[list[str]],
    index: dict[str, int],
    ctx_index: dict[str, int],
    offsets: tuple[int, ...],
) -> np.ndarray:
    """Return unit-length SVD vectors of the PPMI matrix of words by (offset, context word)."""
    width = len(ctx_index)
    rows: list[int] = []
    cols: list[int] = []
    reach = max(abs(o) for o in offsets)
    for s in corpus:
        padded = ["<s>"] * reach + s + ["<s>"] * reach
        for i in range(reach, len(padded) - reach):
            row = index.get(padded[i])
            if row is None:
                continue
            for block, offset in enumerate(offsets):
                col = ctx_index.get(padded[i + offset])
                if col is not None:
                    rows.append(row)
                    cols.append(block * width + col)
    matrix = sparse.coo_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)),
        shape=(len(index), len(offsets) * width),
    ).tocsr()
    matrix.sum_duplicates()
    total = matrix.sum()
    row_sum = np.asarray(matrix.sum(axis=1)).ravel()
    col_sum = np.asarray(matrix.sum(axis=0)).ravel() ** 0.75  # context smoothing (Levy et al.)
    col_sum *= total / col_sum.sum()
    coo = matrix.tocoo()
    pmi = np.log(coo.data * total / (row_sum[coo.row] * col_sum[coo.col] + 1e-12))
    keep = pmi > 0
    ppmi = sparse.csr_matrix(
        (pmi[keep], (coo.row[keep], coo.col[keep])), shape=matrix.shape, dtype=np.float32
    )
    return normalize(TruncatedSVD(DIMENSIONS, random_state=SEED).fit_transform(ppmi))


def case_class(lower: int, cased: int) -> str:
    """Return "l" for words mostly written lower case, "u" mostly capitalised, else "m"."""
    total = lower + cased
    if total < CASE_MIN_COUNT:
        return "-"
    if lower >= CASE_SHARE * total:
        return "l"
    if cased >= CASE_SHARE * total:
        return "u"
    return "m"


def main() -> None:
    """Count, reduce, cluster and write the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=MODEL_DIR / "clusters.tsv.gz")
    args = parser.parse_args()
    raw = list(sentences())
    corpus = [[cluster_key(t) for t in s] for s in raw]
    counts = Counter(t for s in corpus for t in s)
    # How a word is usually written away from the sentence start: mostly lower case words
    # are rarely names, mostly capitalised ones usually are.
    lower_counts: Counter[str] = Counter()
    cased_counts: Counter[str] = Counter()
    for s in raw:
        for t in s[1:]:
            if t[:1].isalpha():
                (lower_counts if t[:1].islower() else cased_counts)[cluster_key(t)] += 1
    print(f"{len(corpus)} sentences, {sum(counts.values())} tokens, {len(counts)} types")
    vocab = sorted(
        (w for w, c in counts.items() if c >= MIN_COUNT and w.isprintable() and " " not in w),
        key=lambda w: (-counts[w], w),
    )
    index = {w: i for i, w in enumerate(vocab)}
    ctx_index = {w: i for i, w in enumerate(vocab[:CONTEXT_SIZE])}
    ctx_index["<s>"] = len(ctx_index)
    labels = []
    for offsets in CONTEXTS:
        vectors = embed(corpus, index, ctx_index, offsets)
        for k in GRANULARITIES:
            km = MiniBatchKMeans(k, random_state=SEED, batch_size=4096, n_init=3)
            labels.append(km.fit_predict(vectors))
            print(f"contexts {offsets} k={k} done")
    with (
        open(args.out, "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9, filename="") as gz,
    ):
        for i, word in enumerate(vocab):
            ids = "\t".join(str(int(lab[i])) for lab in labels)
            gz.write(
                f"{word}\t{case_class(lower_counts[word], cased_counts[word])}\t{ids}\n".encode()
            )
    print(f"{len(vocab)} words -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
