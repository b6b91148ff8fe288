"""Scaling benchmark for duplicates and stories (not run in CI).

Builds synthetic corpora from IndoSum dev sentences (../shared/data/indosum_devfolds):
events are mixtures of sentences from three random source articles, each event is covered by
one to four "outlets" that take most of its sentences in their own order with 8% of the words
replaced, and duplicates are planted: 3% partner copies (own header and footer, one sentence
changed) and 1% exact copies of an earlier article. Each size runs in a fresh subprocess that
links the corpus in runs of --run-size articles, as successive pipeline runs would, and
reports seconds per phase, peak resident memory, state size, planted-copy recall and the
false-duplicate rate. ``--datasketch N`` also times a plain datasketch MinHashLSH loop against
kabar's duplicate stage on the same N bodies.

Wall-clock phase times are inflated on a shared machine; ``link_cpu_seconds`` (process CPU
time of the link calls, single-threaded) is the figure to compare with "one core".

Run: .venv/bin/python benchmarks/bench_scale.py --sizes 10000 100000 --datasketch 10000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections import deque
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from corpora import indosum_records

SEED = 5
# Planted copies per generated article (partner copies with header/footer, exact copies).
SYNDICATED_SHARE = 0.03
EXACT_SHARE = 0.01
# Recent articles a planted copy may copy.
WINDOW = 5000
# Share of words an outlet rewrites when it covers an event in its own words.
REWRITE_SHARE = 0.08
HEADER = "Artikel ini merupakan hasil kerja sama redaksi dengan jaringan media mitra kami"
FOOTER = "Simak berita pilihan lainnya dan ikuti kanal kami untuk kabar terbaru setiap hari"
# Shingles hashed per k-permutation MinHash block (bounds the temporary (shingles x NUM_PERM)
# matrix to about 32 MB of uint64).
_BLOCK_SHINGLES = 32_768


class Generator:
    """Deterministic synthetic news built from IndoSum dev sentences as word-id arrays."""

    def __init__(self, seed: int = SEED) -> None:
        vocabulary: dict[str, int] = {}
        self.articles: list[list[np.ndarray]] = []  # source article -> its sentences
        for record in indosum_records():
            sentences = [
                np.array([vocabulary.setdefault(w, len(vocabulary)) for w in s], dtype=np.int32)
                for p in record["paragraphs"]
                for s in p
                if len(s) >= 5
            ]
            if len(sentences) >= 6:
                self.articles.append(sentences)
        self.words = np.array(sorted(vocabulary, key=vocabulary.__getitem__), dtype=object)
        self.rng = np.random.default_rng(seed)

    def _text(self, sentences: list[np.ndarray]) -> str:
        """Join word-id sentences into paragraphs of three sentences."""
        words = [" ".join(self.words[s].tolist()) for s in sentences]
        return "\n\n".join(" ".join(words[i : i + 3]) for i in range(0, len(words), 3))

    def corpus(self, size: int) -> tuple[list[dict], dict[int, int]]:
        """Return size article records and the planted copies {copy index: original index}."""
        records: list[dict] = []
        planted: dict[int, int] = {}
        for chunk, chunk_planted in self.chunks(size, size):
            records.extend(chunk)
            planted.update(chunk_planted)
        return records, planted

    def chunks(self, size: int, chunk: int) -> Iterator[tuple[list[dict], dict[int, int]]]:
        """Yield size records in chunks, each with its planted copies {index: original index}.

        Copies are made of one of the last WINDOW articles (syndication follows within
        hours), so memory stays flat however large the corpus.
        """
        rng = self.rng
        recent: deque[tuple[int, dict, list[np.ndarray]]] = deque(maxlen=WINDOW)
        start = int(datetime(2024, 1, 1, tzinfo=UTC).timestamp() // 60)
        pool: list[np.ndarray] = []
        minute, versions, made = start, 0, 0
        records: list[dict] = []
        planted: dict[int, int] = {}
        while made < size:
            roll = rng.random()
            if recent and roll < SYNDICATED_SHARE + EXACT_SHARE:
                original, base, sentences = recent[int(rng.integers(len(recent)))]
                sentences = list(sentences)
                if roll < SYNDICATED_SHARE:
                    changed = int(rng.integers(len(sentences)))
                    sentences[changed] = self._rewrite(sentences[changed], 0.5)
                    body = f"{HEADER}.\n\n{self._text(sentences)}\n\n{FOOTER}."
                else:
                    body = base["body"]
                planted[made] = original
                record = {**base, "body": body, "minute": base["minute"] + 90}
            else:
                if versions == 0:  # a new event: sentences of three random source articles
                    sources = rng.integers(len(self.articles), size=3)
                    pool = [s for k in sources for s in self.articles[k][:8]]
                    minute = start + made * 2 + int(rng.integers(60))
                    versions = int(rng.integers(1, 5))
                versions -= 1
                chosen = rng.permutation(len(pool))[: max(6, int(0.7 * len(pool)))]
                sentences = [self._rewrite(pool[i], REWRITE_SHARE) for i in sorted(chosen)]
                title = " ".join(self.words[sentences[0][:10]].tolist())
                record = {"title": title, "body": self._text(sentences),
                          "minute": minute + int(rng.integers(600))}
            recent.append((made, record, sentences))
            records.append(record)
            made += 1
            if len(records) == chunk or made == size:
                yield records, planted
                records, planted = [], {}

    def _rewrite(self, sentence: np.ndarray, share: float) -> np.ndarray:
        """Return a sentence with a share of its words replaced by random vocabulary words."""
        mask = self.rng.random(len(sentence)) < share
        out = sentence.copy()
        out[mask] = self.rng.integers(len(self.words), size=int(mask.sum()))
        return out


def _articles(records: list[dict], offset: int) -> list:
    """Turn generated records into Articles with ids from their position."""
    from kabar.models import Article

    return [
        Article(
            id=f"a{offset + i:08d}", source=f"bench/{offset + i}", title=r["title"],
            body=r["body"], outlet=None, dateline=None,
            published=datetime.fromtimestamp(r["minute"] * 60, tz=UTC).isoformat(
                timespec="minutes"),
        )
        for i, r in enumerate(records)
    ]


def _rss_mb() -> float:
    """Return the current resident memory of this process in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run_one(size: int, run_size: int) -> dict:
    """Generate a corpus of size articles in runs, link each run and return the measurements."""
    from kabar.store import link_state
    from kabar.stories import LinkState, link

    generator = Generator()
    baseline_rss = _rss_mb()
    timings: dict[str, float] = {}
    state: LinkState | None = None
    root = np.arange(size, dtype=np.int64)
    planted: dict[int, int] = {}
    stories: set[str] = set()
    seconds = generate = cpu = 0.0
    blob = b""
    offset = 0
    chunks = generator.chunks(size, run_size)
    while True:
        started = time.perf_counter()
        try:
            records, chunk_planted = next(chunks)
        except StopIteration:
            break
        planted.update(chunk_planted)
        articles = _articles(records, offset)
        generate += time.perf_counter() - started
        started, started_cpu = time.perf_counter(), time.process_time()
        linked = link(articles, state, timings=timings)
        # the store saves the state after each run and reads it back for the next one
        saving = time.perf_counter()
        blob = link_state.to_bytes(linked.state)
        loading = time.perf_counter()
        state = link_state.from_bytes(blob)
        timings["save"] = timings.get("save", 0.0) + loading - saving
        timings["load"] = timings.get("load", 0.0) + time.perf_counter() - loading
        seconds += time.perf_counter() - started
        cpu += time.process_time() - started_cpu
        for article in linked.articles:
            if article.duplicate_of:
                root[int(article.id[1:])] = int(article.duplicate_of[1:])
            stories.add(article.story or "")
        for ident, original, _ in linked.relinked:
            root[int(ident[1:])] = int(original[1:]) if original else int(ident[1:])
        offset += len(records)
        del articles, linked, records
    found = sum(1 for c, o in planted.items() if root[c] == root[o])
    copies = np.zeros(size, dtype=bool)
    copies[list(planted)] = True
    false = int(((root != np.arange(size)) & ~copies).sum())
    return {
        "articles": size,
        "run_size": run_size,
        "link_seconds": round(seconds, 1),
        "link_cpu_seconds": round(cpu, 1),
        "cpu_ms_per_article": round(1000 * cpu / size, 3),
        "generate_seconds": round(generate, 1),
        "phases": {k: round(v, 1) for k, v in timings.items()},
        "duplicates_seconds": round(timings.get("fingerprints", 0) + timings.get("duplicates", 0),
                                    1),
        "stories_seconds": round(timings.get("terms", 0) + timings.get("stories", 0), 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "rss_before_mb": round(baseline_rss),
        "state_mb": round(len(blob) / 2**20, 1),
        "planted_copies": len(planted),
        "planted_recall": round(found / max(1, len(planted)), 4),
        "false_duplicate_rate": round(false / (size - len(planted)), 5),
        "stories": len(stories),
    }


def minhash_many(shingle_sets: list[np.ndarray]) -> np.ndarray:
    """Return classic k-permutation MinHash signatures (NUM_PERM hashes of every shingle).

    The signature kabar replaced by one-permutation hashing, kept here to time both; computed
    in blocks of about _BLOCK_SHINGLES shingles to bound the (shingles x NUM_PERM) matrix.
    """
    from kabar.stories import fingerprints

    perm_a, perm_b = fingerprints._PERM_A, fingerprints._PERM_B
    out = np.full((len(shingle_sets), fingerprints.NUM_PERM), np.iinfo(np.uint32).max,
                  dtype=np.uint32)
    start = 0
    while start < len(shingle_sets):
        stop, total = start, 0
        while stop < len(shingle_sets) and (stop == start or total < _BLOCK_SHINGLES):
            total += len(shingle_sets[stop])
            stop += 1
        block = [s for s in shingle_sets[start:stop] if len(s)]
        rows = [start + i for i, s in enumerate(shingle_sets[start:stop]) if len(s)]
        if block:
            values = np.concatenate(block)
            offsets = np.cumsum([0] + [len(s) for s in block[:-1]])
            hashed = values[:, None] * perm_a[None, :] + perm_b[None, :]
            hashed >>= np.uint64(32)
            out[rows] = np.minimum.reduceat(hashed, offsets, axis=0).astype(np.uint32)
        start = stop
    return out


def compare_datasketch(size: int) -> dict:
    """Time kabar's duplicate stage and a plain datasketch MinHashLSH loop on the same bodies."""
    from datasketch import MinHash, MinHashLSH

    from kabar.config import DEFAULT_SETTINGS
    from kabar.stories import fingerprints as dedup
    from kabar.stories.duplicates import DedupIndex

    shingle_words = DEFAULT_SETTINGS.dedup.shingle_words
    bands, rows = DEFAULT_SETTINGS.dedup.bands, DEFAULT_SETTINGS.dedup.rows

    records, _ = Generator().corpus(size)
    texts = [r["body"] for r in records]
    started = time.perf_counter()
    prints = dedup.fingerprints(texts)
    signature_seconds = time.perf_counter() - started
    shingles = [dedup.shingle_hashes(dedup.normalized_words(t)) for t in texts]
    classic = time.perf_counter()
    minhash_many(shingles)
    classic = time.perf_counter() - classic
    started = time.perf_counter() - signature_seconds
    index = DedupIndex()
    index.add(
        np.stack([p.signature for p in prints]), np.array([p.size for p in prints]),
        np.array([p.exact for p in prints], dtype=np.uint64), lambda r: (r, ""),
    )
    ours = time.perf_counter() - started
    started = time.perf_counter()
    lsh = MinHashLSH(num_perm=dedup.NUM_PERM, params=(bands, rows))
    candidates = 0
    for number, text in enumerate(texts):
        words = dedup.normalized_words(text)
        shingles = {" ".join(words[i : i + shingle_words]).encode()
                    for i in range(max(1, len(words) - shingle_words + 1))}
        minhash = MinHash(num_perm=dedup.NUM_PERM)
        minhash.update_batch(list(shingles))
        candidates += len(lsh.query(minhash))
        lsh.insert(str(number), minhash)
    theirs = time.perf_counter() - started
    return {"articles": size, "kabar_seconds": round(ours, 2),
            "k_permutation_minhash_seconds": round(classic, 2),
            "datasketch_seconds": round(theirs, 2), "speedup": round(theirs / ours, 2),
            "datasketch_candidates": candidates}


def main() -> None:
    """Run each size in a fresh subprocess (so peak memory is per size) and print JSON lines."""
    parser = argparse.ArgumentParser(description="duplicates + stories at scale")
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--run-size", type=int, default=50_000)
    parser.add_argument("--datasketch", type=int, default=0, help="compare on N bodies")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--compare", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.run_size)))
        return
    if args.compare:
        print(json.dumps(compare_datasketch(args.compare)))
        return
    # one core: no BLAS or OpenMP threads in the measured process
    env = {**os.environ, **dict.fromkeys(
        ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"), "1")}
    for size in args.sizes:
        subprocess.run([sys.executable, __file__, "--one", str(size),
                        "--run-size", str(args.run_size)], check=True, env=env)
    if args.datasketch:
        subprocess.run([sys.executable, __file__, "--compare", str(args.datasketch)],
                       check=True, env=env)


if __name__ == "__main__":
    main()
