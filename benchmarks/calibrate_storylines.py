"""Leave-one-sample-out check of storyline linking rules on the keyed Detik samples.

Rules written against the keyed samples have lifted the samples they were written on and
left an unseen sample where it was. This script makes the check cheap and honest: it analyses
the Detik rows (and the hand-written corpora) once, takes every pair of dated event stories
with what a linking rule may look at (centroid cosine, shared people and organisations, how
few stories of the run name the rarest of them, shared specific headline words, days apart, one
speaker on two subjects, service and opinion pieces, retrospectives), and scores a rule by
rebuilding the storylines from the pairs it accepts (union-find, as
``kabar.stories.storylines`` merges them). For each family of candidate rules it picks the
best setting on all samples but one and reports that one (held out), each in turn, and lists
the settings that lift one of them without lowering another.

The rule ``current`` rebuilds the linking of ``kabar.stories.storylines`` from its constants
and must give the figures of ``eval_storylines.py``: when it does not, the pair features no
longer describe the code and the figures here mean nothing. The pair features do not carry
the headline rules (two shared specific headline words with a name word or a name at most
FEW_STORIES stories carry), the two-affairs veto or the names-mentioned-once count, so
``current`` leaves them out: compare its figures with eval_storylines.py before reading a
choice from it.

Run: .venv/bin/python benchmarks/calibrate_storylines.py [--json]
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sparse
from eval_story_events import pairwise, read_corpus
from eval_storylines import DETIK, DETIK_KEYS, EVENTS_STORYLINES, OWN, _read_keys

from kabar import api
from kabar.stories import linking, retrospectives
from kabar.stories import storylines as lines
from kabar.stories.dates import NO_DAY
from kabar.stories.terms import name_word_terms

# Days apart beyond which no pair is kept (no rule tried links further).
MAX_GAP = 200
# Samples a setting is chosen on (each held out in turn, chosen on the others).
DEVELOPMENT = ("first", "second", "third", "fourth", "fifth")
# What a setting must keep on the hand-written corpora to be considered at all.
OWN_FLOOR = {"own": 0.97, "events": 0.89}


@dataclass(frozen=True)
class Pair:
    """Two dated event stories and what a linking rule may look at."""

    a: int
    b: int
    similarity: float  # centroid cosine
    shared: int  # people and organisations of one named by the other (the larger way)
    # the smallest share of the dated stories naming a person or organisation the two share,
    # among those neither has for its main speaker (1.0: none), and among all of them
    rarest_voiceless: float
    rarest: float
    subject_words: int  # specific headline words each story's headlines share with the other's
    gap: int  # days between the stories' dates
    other_subject: bool  # one main speaker, no specific headline word in common
    service: bool  # either is a service piece's story
    opinion: bool  # either is an opinion column's story
    looks_back: bool  # either is a retrospective's (kabar.stories.retrospectives)
    both_service: bool  # both are service pieces' stories


Rule = Callable[[Pair], bool]


@dataclass
class Run:
    """One analysed set: its pairs, each keyed row's story and the keys by sample."""

    pairs: list[Pair]
    story_of: dict[str, int]
    keys: dict[str, dict[str, str]]  # sample -> row id -> gold storyline


def analyse(records: list[dict[str, Any]]) -> tuple[Any, Any]:
    """Analyse records; return the result and the link corpus the storylines were built on."""
    captured: dict[str, Any] = {}
    original = linking._link_storylines

    def capture(corpus: Any, touched: set[int]) -> Any:
        captured["corpus"] = corpus
        return original(corpus, touched)

    linking._link_storylines = capture  # type: ignore[assignment]
    try:
        result = api.analyze_records(records)
    finally:
        linking._link_storylines = original  # type: ignore[assignment]
    return result, captured["corpus"]


def _cosines(index: Any, stories: int) -> np.ndarray:
    """Return the centroid cosine of every two stories (a dense stories x stories matrix)."""
    rows, cols, values = [], [], []
    for story in range(stories):
        ids, weights = lines._centroid(index, story)
        rows += [story] * len(ids)
        cols += ids.tolist()
        values += (weights / max(float(index.norms[story]), 1e-12)).tolist()
    width = max(cols, default=0) + 1
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=(stories, width))
    return np.asarray((matrix @ matrix.T).toarray())


def pair_features(corpus: Any) -> list[Pair]:
    """Return the features of every two dated stories at most MAX_GAP days apart."""
    index = corpus.stories
    live = [s for s in range(len(index))
            if index.sizes[s] > 0 and index.story_days[s] != NO_DAY]
    cosine = _cosines(index, len(index))
    names = {s: lines.linking_entities(corpus.story_entities[s]) for s in live}
    flat = {s: set().union(*names[s]) if names[s] else set() for s in live}
    naming: dict[str, int] = {}
    for s in live:
        for name in flat[s]:
            naming[name] = naming.get(name, 0) + 1
    specific = {s: index.specific(index.subjects[s]) for s in live}
    back = {s: retrospectives.looks_back(corpus.story_titles[s], corpus.story_entities[s])
            for s in live}
    out = []
    for i, a in enumerate(live):
        for b in live[i + 1:]:
            gap = abs(int(index.story_days[a]) - int(index.story_days[b]))
            if gap > MAX_GAP:
                continue
            voices = np.concatenate([index.speakers[a], index.speakers[b]])
            voices = voices[voices >= 0]
            shares = [
                (min(naming[n] for n in entity & flat[b]) / len(live),
                 bool(np.isin(name_word_terms(sorted(entity & flat[b])), voices).any()))
                for entity in names[a] if entity & flat[b]
            ]
            words = min(int(np.isin(index.subjects[b], specific[a]).sum()),
                        int(np.isin(index.subjects[a], specific[b]).sum()))
            out.append(Pair(
                a, b, float(cosine[a, b]),
                max(lines._shared(names[a], names[b]), lines._shared(names[b], names[a])),
                min((x for x, voice in shares if not voice), default=1.0),
                min((x for x, _ in shares), default=1.0), words, gap,
                index.other_subject(a, b) or index.other_subject(b, a),
                lines._service(index, a) or lines._service(index, b),
                lines._opinion(index, a) or lines._opinion(index, b),
                back[a] or back[b],
                lines._service(index, a) and lines._service(index, b),
            ))
    return out


def detik_run() -> Run:
    """Analyse the Detik rows; key each sample's rows."""
    keys = {name: {i: str(r["storyline"]) for i, r in _read_keys(path).items()}
            for name, path in DETIK_KEYS.items()}
    records, row_of = [], {}
    with DETIK.open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            records.append({"title": row["judul"], "text": row["isi_berita"],
                            "url": row["tautan"], "tanggal": row["tanggal"]})
            row_of[row["tautan"]] = row["id"]
    return _run(records, row_of, keys)


def corpus_run(name: str) -> Run:
    """Analyse a hand-written corpus (``own`` or ``events``), keyed at the storyline level."""
    if name == "own":
        records = read_corpus(OWN)
    else:
        records = [{**r, "storyline": EVENTS_STORYLINES.get(r["event"], r["event"])}
                   for r in read_corpus()]
    inputs = [{**r, "url": f"https://example.test/{r['id']}"} for r in records]
    row_of = {f"https://example.test/{r['id']}": str(r["id"]) for r in records}
    return _run(inputs, row_of, {name: {str(r["id"]): str(r["storyline"]) for r in records}})


def _run(records: list[dict[str, Any]], row_of: dict[str, str],
         keys: dict[str, dict[str, str]]) -> Run:
    """Analyse records and return their Run."""
    result, corpus = analyse(records)
    number = {ident: n for n, ident in enumerate(corpus.story_ids)}
    story_of = {row_of[a.url]: number[a.story] for a in result.articles
                if a.url in row_of and a.story is not None}
    return Run(pair_features(corpus), story_of, keys)


def score(runs: list[Run], rule: Rule) -> dict[str, dict[str, float]]:
    """Return each sample's storyline pairwise P/R/F1 when the rule's pairs are linked."""
    out = {}
    for run in runs:
        parent: dict[int, int] = {}
        for pair in run.pairs:
            if rule(pair):
                ra, rb = _root(parent, pair.a), _root(parent, pair.b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
        for name, gold in run.keys.items():
            rows = [i for i in gold if i in run.story_of]
            predicted = {i: str(_root(parent, run.story_of[i])) for i in rows}
            out[name] = pairwise({i: gold[i] for i in rows}, predicted)
    return out


def _root(parent: dict[int, int], x: int) -> int:
    """Return the root of x in a union-find forest."""
    while parent.get(x, x) != x:
        x = parent[x]
    return x


def current(**changed: float) -> Rule:
    """Return the linking rule of ``kabar.stories.storylines``, with some constants changed."""
    c = {"threshold": lines.LINE_THRESHOLD, "strong": lines.LINE_STRONG,
         "weak": lines.LINE_WEAK, "shared": lines.LINE_SHARED, "near": lines.LINE_NEAR_DAYS,
         "opinion": lines.OPINION_WEAK, "window": lines.LINE_WINDOW_DAYS,
         "service": lines.LINE_WEAK, "specific": lines.SPECIFIC_SHARE, "voices": 1.0,
         "looks_back": 1.0, "service_pair": 0.0, "service_named": 1.0, "service_over": 2.0,
         "service_floor": 0.0, "specific_days": lines.LINE_WINDOW_DAYS, **changed}

    def rule(p: Pair) -> bool:
        s, near = p.similarity, p.gap <= c["near"]
        if p.gap > c["window"] or (s < c["strong"] and p.other_subject):
            return False
        if (c["looks_back"] and p.looks_back) or (p.both_service and s < c["service_pair"]):
            return False
        if p.service and s < c["service_floor"]:
            return False
        # a service piece sharing no name fewer than service_named of the stories name, unless
        # as similar as service_over
        if p.service and p.rarest_voiceless > c["service_named"] and s < c["service_over"]:
            return False
        rarest = p.rarest_voiceless if c["voices"] else p.rarest
        return bool(
            s >= c["strong"] or (s >= c["threshold"] and p.shared)
            or (s >= c["weak"] and p.shared >= c["shared"] and near)
            or (s >= c["weak"] and rarest <= c["specific"] and p.gap <= c["specific_days"])
            or (p.service and s >= c["service"] and p.shared and near)
            or (p.opinion and s >= c["opinion"] and p.shared and near)
        )

    return rule


def families() -> Iterator[tuple[str, dict[str, float], Rule]]:
    """Yield candidate rules by family: the present constants moved, and added evidence."""
    steps = {"threshold": (0.35, 0.4, 0.5), "strong": (0.45, 0.55, 0.6),
             "weak": (0.15, 0.25, 0.3), "shared": (2, 4), "near": (5, 20, 45),
             "opinion": (0.1, 0.2, 1.0), "window": (30, 60, 90), "service": (0.3, 0.45, 1.0),
             "looks_back": (0.0,), "specific_days": (10, 20, 30),
             "service_pair": (0.45, 0.5, 0.6, 1.1)}
    yield "current", {}, current()
    for key, values in steps.items():
        for value in values:
            yield "constants", {key: value}, current(**{key: value})
    for share, voices in itertools.product((0.0, 0.01, 0.02, 0.03, 0.05), (0.0, 1.0)):
        yield "specific names", {"specific": share, "voices": voices}, current(
            specific=share, voices=voices)
    for named, over in itertools.product((0.01, 0.03, 0.05, 0.1), (0.5, 0.6, 2.0)):
        yield "service named", {"service_named": named, "service_over": over}, current(
            service_named=named, service_over=over)
    for floor, pair in itertools.product((0.22, 0.25, 0.3), (0.0, 0.45, 0.5)):
        yield "service floor", {"service_floor": floor, "service_pair": pair}, current(
            service_floor=floor, service_pair=pair)
    present = current()
    for weak, words, gap in itertools.product((0.1, 0.15, 0.2, 0.25), (1, 2), (10, 20, 45)):
        def headline_words(p: Pair, w: float = weak, k: int = words, g: int = gap) -> bool:
            return present(p) or (not p.other_subject and p.gap <= g and p.shared > 0
                                  and p.similarity >= w and p.subject_words >= k)
        yield "headline words", {"sim": weak, "words": words, "days": gap}, headline_words


def leave_one_out(runs: list[Run]) -> dict[str, Any]:
    """Score every candidate; per family, choose on two development samples, report the third."""
    base = score(runs, current())
    tried = []
    for family, setting, rule in families():
        result = score(runs, rule)
        if all(result[n]["precision"] >= floor for n, floor in OWN_FLOOR.items()):
            tried.append((family, setting, result))
    report: dict[str, Any] = {"current": base, "held_out": {}, "lifts_without_loss": []}
    for family in dict.fromkeys(f for f, _, _ in tried):
        options = [t for t in tried if t[0] == family]
        for held in DEVELOPMENT:
            train = [n for n in DEVELOPMENT if n != held]
            _, setting, result = max(options, key=lambda t: sum(t[2][n]["f1"] for n in train))
            report["held_out"].setdefault(family, {})[held] = {
                "setting": setting, "f1_before": base[held]["f1"], "f1_after": result[held]["f1"],
            }
        for _, setting, result in options:
            lift = [result[n]["f1"] - base[n]["f1"] for n in DEVELOPMENT]
            if min(lift) >= -0.002 and max(lift) > 0.005:
                report["lifts_without_loss"].append({"family": family, "setting": setting,
                                                     "f1_change": lift})
    return report


def main(argv: list[str] | None = None) -> None:
    """Analyse the sets once and print the leave-one-sample-out report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if not DETIK.exists():
        raise SystemExit(f"calibrate_storylines: {DETIK} is missing")
    report = leave_one_out([detik_run(), corpus_run("own"), corpus_run("events")])
    if args.json:
        print(json.dumps(report))
        return
    for name, s in report["current"].items():
        print(f"current {name}: precision={s['precision']:.3f} recall={s['recall']:.3f} "
              f"f1={s['f1']:.3f}")
    for family, held in report["held_out"].items():
        for name, r in held.items():
            print(f"{family}: held out {name}, chosen {json.dumps(r['setting'])}: F1 "
                  f"{r['f1_before']:.3f} -> {r['f1_after']:.3f}")
    print(f"settings lifting a development sample without lowering another: "
          f"{len(report['lifts_without_loss'])}")
    for entry in report["lifts_without_loss"]:
        print(f"  {entry['family']} {json.dumps(entry['setting'])}: "
              + " ".join(f"{x:+.3f}" for x in entry["f1_change"]))


if __name__ == "__main__":
    main(sys.argv[1:])
