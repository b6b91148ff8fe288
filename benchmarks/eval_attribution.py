"""How each speaker was found, and how often that way is right, on every keyed set.

Usage: python benchmarks/eval_attribution.py [SET ...] [--json] [--no-pfsa] [--raw]

Every direct quote the stage attributes carries ``Quote.attribution``: where the words naming
its speaker stand (``after_cue`` "“...,” kata Budi", ``before_verb`` "Budi mengatakan, “...”",
``carried`` from the quote before, ``intro`` a sentence ending in a speech verb or a colon, ...)
and what kind of name they are (``name``, ``short_name``, ``pronoun``, ``pronoun_far``,
``role``, ``org``, ...), as "path/how". Quotes left without a speaker count under ``none``;
a speaker without its evidence would count under ``untraced`` (the attribution gate keeps it
empty).

For each keyed set (``eval_people.py``'s sets: the people probes, the older probes, the seeds)
and PFSA-ID (``eval_quotes.py``'s protocol, with the entity stage's output, and the gold
speaker known), each keyed direct quote found is scored right, wrong (a named speaker the key
does not accept) or missing. The report tabulates, per evidence kind, count / right / wrong,
pooled and per set; then checks the stage's abstention policy, and candidate policies,
leave-one-set-out: a policy "abstain on every kind whose pooled precision (right / named) is
under T, with at least W wrong" is chosen on all sets but one and scored on the one left out.
``--raw`` scores the evidence as found, before the stage's own abstention
(``kabar.quotes.evidence``), so that candidate policies are chosen from the raw table.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any

import eval_quotes
from eval_people import DATA, SEED_KEY, SEEDS, SETS
from eval_probe import _find_quote, _norm, run

from kabar.entities import find_entities
from kabar.models import Quote
from kabar.quotes import evidence, extract_quotes

# Candidate thresholds of pooled precision under which a kind is abstained on, and the least
# number of pooled wrong speakers a kind needs for it (one wrong is no evidence of a kind).
THRESHOLDS = (0.5, 0.67, 0.8, 0.9)
LEAST_WRONG = (2, 3)
PFSA = "pfsa"
PFSA_DEV = "pfsa_dev"


@dataclass(frozen=True)
class Outcome:
    """One keyed direct quote found: its set, its evidence kind, and how its speaker scored."""

    group: str
    kind: str
    right: bool
    wrong: bool
    null_ok: bool  # the key accepts no speaker for it
    ref: str = ""  # the article and the quote's place in its key ("a.txt#3")

    def scored(self, abstain: frozenset[str]) -> tuple[bool, bool]:
        """(right, wrong) once the kinds in ``abstain`` lose their speaker."""
        if self.kind in abstain:
            return self.null_ok, False
        return self.right, self.wrong


def _kind(quote: Quote) -> str:
    """The quote's evidence kind; "abstained ..." when the stage left its speaker out,
    "untraced" for a speaker found no traced way (a gap in ``Quote.attribution``)."""
    if not quote.attribution:
        return "untraced" if quote.speaker else "none"
    return quote.attribution if quote.speaker else f"abstained {quote.attribution}"


def keyed_outcomes(label: str) -> list[Outcome]:
    """Score the speakers of one keyed set's direct quotes (``eval_people.py``'s protocol)."""
    if label == "seeds":
        folder, key_path = SEEDS, SEED_KEY
    else:
        folder, key_path = DATA / label, DATA / label / "expected.json"
    key = json.loads(key_path.read_text(encoding="utf-8"))
    articles = run(folder)
    found: list[Outcome] = []
    for name, want in sorted(key.items()):
        if name.startswith("_") or "persons" not in want:
            continue
        for n, quote_key in enumerate(want.get("quotes", ())):
            quote = _find_quote(articles[name], quote_key)
            if quote_key["kind"] != "direct" or quote is None:
                continue
            wanted = quote_key.get("speakers", [quote_key.get("speaker")])
            right = _norm(quote.speaker) in {_norm(s) for s in wanted}
            null_ok = None in wanted
            wrong = not right and quote.speaker is not None and not null_ok
            found.append(Outcome(label, _kind(quote), right, wrong, null_ok, f"{name}#{n}"))
    return found


def pfsa_outcomes(entities: bool, split: str = PFSA) -> list[Outcome]:
    """Score PFSA-ID's direct statements with a gold speaker (``eval_quotes.py``'s protocol)
    in its test file (``pfsa``) or its dev file (``pfsa_dev``)."""
    path = eval_quotes.DEFAULT if split == PFSA else eval_quotes.DEFAULT.with_name("dev.txt")
    articles = eval_quotes.read_articles(path)
    found: list[Outcome] = []
    for article in articles:
        people = find_entities(article.body) if entities else ()
        quotes = [q for q in extract_quotes(article.body, people) if q.kind == "direct"]
        predicted = [(q, eval_quotes.covered(article, q.start, q.end)) for q in quotes]
        used: set[int] = set()
        for statement in (s for s in article.spans if s.label == "STATEMENT"):
            marks = eval_quotes._MARKS
            if article.tokens[statement.start] not in marks and (
                article.tokens[statement.end - 1] not in marks
            ):
                continue
            gold_tokens = eval_quotes.inner(article, statement)
            best = eval_quotes.best_match(predicted, used, gold_tokens)
            if best is None:
                continue
            used.add(best)
            quote = predicted[best][0]
            gold = eval_quotes.gold_speaker(article, statement)
            if gold is None:
                continue
            right = eval_quotes.same_person(quote.speaker, gold)
            wrong = not right and quote.speaker is not None
            found.append(Outcome(split, _kind(quote), right, wrong, False))
    return found


def figures(outcomes: Iterable[Outcome], abstain: frozenset[str]) -> tuple[float, float, int]:
    """Speaker accuracy, wrong-speaker rate and count of outcomes under a policy."""
    scored = [o.scored(abstain) for o in outcomes]
    n = len(scored)
    return (
        sum(r for r, _ in scored) / n if n else 0.0,
        sum(w for _, w in scored) / n if n else 0.0,
        n,
    )


def choose(outcomes: Iterable[Outcome], threshold: float, least_wrong: int) -> frozenset[str]:
    """The kinds whose pooled precision (right / named) is under ``threshold``, with at least
    ``least_wrong`` wrong speakers among them."""
    right: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for o in outcomes:
        right[o.kind] += o.right and not o.null_ok
        wrong[o.kind] += o.wrong
    return frozenset(
        k
        for k in wrong
        if k != "none" and wrong[k] >= least_wrong and right[k] / (right[k] + wrong[k]) < threshold
    )


def table(outcomes: list[Outcome]) -> dict[str, dict[str, list[int]]]:
    """Per kind, per set (and "all"): [count, right, wrong]."""
    cells: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for o in outcomes:
        for group in (o.group, "all"):
            cell = cells[o.kind][group]
            cell[0] += 1
            cell[1] += o.right
            cell[2] += o.wrong
    return {k: dict(v) for k, v in cells.items()}


def leave_one_out(
    outcomes: list[Outcome], groups: list[str], threshold: float, least_wrong: int
) -> dict[str, dict[str, Any]]:
    """Per held-out set: the policy chosen without it, and its figures before and after."""
    held: dict[str, dict[str, Any]] = {}
    for group in groups:
        train = [o for o in outcomes if o.group != group]
        test = [o for o in outcomes if o.group == group]
        policy = choose(train, threshold, least_wrong)
        held[group] = {
            "abstain": sorted(policy),
            "before": figures(test, frozenset()),
            "after": figures(test, policy),
        }
    return held


def _print_table(cells: dict[str, dict[str, list[int]]], groups: list[str]) -> None:
    print(f"{'kind':34s} {'all n/right/wrong':>18s}  per set (n/right/wrong)")
    for kind in sorted(cells, key=lambda k: (-cells[k]["all"][2], -cells[k]["all"][0])):
        n, r, w = cells[kind]["all"]
        per = "  ".join(
            f"{g.removeprefix('probe_people')}:{'/'.join(map(str, cells[kind][g]))}"
            for g in groups
            if g in cells[kind]
        )
        print(f"{kind:34s} {n:6d}/{r:5d}/{w:4d}  {per}")


def _print_loso(name: str, held: dict[str, dict[str, Any]]) -> None:
    print(name)
    sums = [0.0, 0.0, 0.0, 0.0]
    for group, got in held.items():
        (a0, w0, n), (a1, w1, _) = got["before"], got["after"]
        sums = [sums[0] + a0, sums[1] + w0, sums[2] + a1, sums[3] + w1]
        print(f"  {group:16s} n {n:4d}  acc {a0:.3f} -> {a1:.3f}  wrong {w0:.3f} -> {w1:.3f}")
    k = len(held) or 1
    print(
        f"  {'mean':16s}         acc {sums[0] / k:.3f} -> {sums[2] / k:.3f}"
        f"  wrong {sums[1] / k:.3f} -> {sums[3] / k:.3f}"
    )


def collect(labels: list[str], with_pfsa: bool) -> list[Outcome]:
    """Score every set named, and PFSA-ID (with entities) unless left out."""
    outcomes = [o for label in labels for o in keyed_outcomes(label)]
    if with_pfsa:
        outcomes += pfsa_outcomes(entities=True) + pfsa_outcomes(True, PFSA_DEV)
    return outcomes


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("sets", nargs="*", default=[s for s in SETS if s != "probe"])
    parser.add_argument("--no-pfsa", action="store_true", help="leave PFSA-ID out")
    parser.add_argument("--raw", action="store_true", help="score before the stage abstains")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    raw: Callable[[], AbstractContextManager[Any]] = evidence.raw if args.raw else nullcontext
    with contextlib.redirect_stdout(sys.stderr if args.json else sys.stdout), raw():
        outcomes = collect(args.sets, not args.no_pfsa)
        groups = list(dict.fromkeys(o.group for o in outcomes))
        cells = table(outcomes)
        _print_table(cells, groups)
        results: dict[str, Any] = {"table": cells, "loso": {}}
        for threshold in THRESHOLDS:
            for least in LEAST_WRONG:
                name = f"precision<{threshold} wrong>={least}"
                held = leave_one_out(outcomes, groups, threshold, least)
                results["loso"][name] = held
                _print_loso(f"leave one set out, abstain where {name}", held)
    if args.json:
        print(json.dumps(results, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
