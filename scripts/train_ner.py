"""Train kabar's CRF entity tagger from ../shared/data/ner and report dev/test scores.

Reproduce the shipped model (deterministic: L-BFGS has no randomness; the seed is fixed anyway):
    .venv/bin/python scripts/train_ner.py
Explore (one corpus, fewer iterations, score on dev):
    .venv/bin/python scripts/train_ner.py --corpora idner --iterations 60 --out /tmp/m.crfsuite
Candidate with the place gazetteer and topic words (train on train, score on dev; see NOTES.md):
    .venv/bin/python scripts/train_ner.py --splits train --eval dev \
        --place-domains idner,nergrit --out /tmp/places.crfsuite
The place gazetteer is rebuilt by scripts/build_gazetteer.py.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import pycrfsuite
from ner_corpus import Sentence, evaluate, load_split

from kabar.entities.features import PLACE_DOMAINS, Featurizer
from kabar.entities.lexicon import MODEL_DIR

NER_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "ner"
MODEL_PATH = MODEL_DIR / "ner.crfsuite"
SEED = 13
# Regularisation and iteration count picked on the dev splits (see NOTES.md for the sweep).
C1 = 0.05
C2 = 0.05
ITERATIONS = 150


def train(
    data: dict[str, list[Sentence]],
    out: Path,
    *,
    c1: float,
    c2: float,
    iterations: int,
    domains: bool,
    place_domains: frozenset[str] = PLACE_DOMAINS,
) -> None:
    """Train one CRF on the given corpora and write it to ``out``."""
    random.seed(SEED)
    featurizer = Featurizer(place_domains=place_domains)
    trainer = pycrfsuite.Trainer(verbose=False)
    for corpus, sentences in data.items():
        for s in sentences:
            xseq = featurizer.sequence(s.tokens, corpus if domains else None)
            trainer.append(xseq, list(s.tags))
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": 1,
        }
    )
    trainer.train(str(out))


def score(
    model: Path,
    corpus: str,
    split: str,
    *,
    domains: bool,
    place_domains: frozenset[str] = PLACE_DOMAINS,
) -> dict:
    """Tag one split with a model and return its scores."""
    featurizer = Featurizer(place_domains=place_domains)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    sentences = load_split(NER_DIR, corpus, split)
    domain = corpus if domains else None
    predicted = [tagger.tag(featurizer.sequence(s.tokens, domain)) for s in sentences]
    return evaluate([s.tags for s in sentences], predicted)


def main() -> None:
    """Parse arguments, train, and print scores."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpora", default="idner,nergrit")
    parser.add_argument("--splits", default="train,dev", help="splits to train on")
    parser.add_argument("--eval", default="test", help="split to score on")
    parser.add_argument("--c1", type=float, default=C1)
    parser.add_argument("--c2", type=float, default=C2)
    parser.add_argument("--iterations", type=int, default=ITERATIONS)
    parser.add_argument(
        "--no-domains",
        dest="domains",
        action="store_false",
        help="drop the corpus-conjoined feature copies (on by default)",
    )
    parser.add_argument(
        "--place-domains",
        default=",".join(sorted(PLACE_DOMAINS)),
        help="corpora that get place-gazetteer and topic features, e.g. idner,nergrit "
        "(default: features.PLACE_DOMAINS, what the shipped model uses)",
    )
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    places = frozenset(d for d in args.place_domains.split(",") if d)
    corpora = args.corpora.split(",")
    data = {
        c: [s for split in args.splits.split(",") for s in load_split(NER_DIR, c, split)]
        for c in corpora
    }
    started = time.perf_counter()
    train(
        data,
        args.out,
        c1=args.c1,
        c2=args.c2,
        iterations=args.iterations,
        domains=args.domains,
        place_domains=places,
    )
    print(
        f"trained in {time.perf_counter() - started:.1f}s -> {args.out} "
        f"({args.out.stat().st_size / 1e6:.1f} MB)"
    )
    for corpus in ("idner", "nergrit"):
        result = score(
            args.out,
            corpus,
            args.eval,
            domains=args.domains and corpus in corpora,
            place_domains=places,
        )
        micro, macro = result["micro"], result["macro"]
        per_type = " ".join(f"{t} {result[t].f1:.3f}" for t in ("PERSON", "ORG", "LOC"))
        print(
            f"{corpus:8s} {args.eval}: micro P {micro.precision:.3f} R {micro.recall:.3f} "
            f"F1 {micro.f1:.3f} | macro F1 {macro.f1:.3f} | {per_type}"
        )


if __name__ == "__main__":
    main()
