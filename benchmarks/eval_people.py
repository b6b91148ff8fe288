"""Score people on every keyed set: who is a person, one identity each, who said each quote.

Usage: python benchmarks/eval_people.py [SET ...] [--verbose] [--json] [--no-pfsa]

SET names a folder under ``tests/data`` (default: every set below) or ``seeds``. With
``--json`` the figures are printed to stdout as one JSON object, by set (the report goes to
stderr).

Figures per set (a set scores what its key holds):

* ``persons_p`` / ``persons_r``: PERSON entities against the key's persons by canonical name
  (case, hyphens and spacing ignored), as ``eval_probe.py`` counts them.
* ``non_person_rate``: person clusters that are not persons / all person clusters. A cluster is
  a person when its name or one of its aliases is a keyed person's name or alias, or when all
  the words of its name are words of one keyed person's name ("Muhammad Firdaus" of "Abang
  Muhammad Firdaus": the right person under a short name). In ``probe`` (keyed for metadata
  only) a cluster is a non-person when its name is a credited writer of the article.
* ``alias_merged``: keyed alias groups whose forms all land in exactly one PERSON entity (a form
  lands in an entity when it is the entity's name or one of its aliases, or is one once the
  titles and honorifics before it are dropped: "Kapolda Nanang" lands in the entity holding
  "Nanang", since the stage keeps names without their titles). ``alias_merged_strict`` counts
  only exact forms (the figure of ``probe_people11/FIRST_SCORE.txt``);
  ``alias_merged_registry`` counts groups whose forms land in entities the person registry
  gave one ``person_id`` (the identity a reader follows across the store).
* ``speaker_accuracy`` / ``speaker_wrong``: on the keyed direct quotes found, the share whose
  speaker is the keyed one (null must be null), and the share given a named, wrong speaker.
* ``pfsa``: PFSA-ID speaker accuracy and wrong-speaker rate, from ``eval_quotes.py --json``
  run as a subprocess: quotes found with the entity stage's output, as the product finds them
  (``speaker_wrong_clear``: wrong against a gold label read soundly; ``plain_speaker_accuracy``:
  the run without the entity stage).

``seeds`` are the five real articles in ``../shared/seeds``, keyed in
``tests/data/seeds_people.json`` (persons, alias groups and the speakers of direct quotes,
where a speaker may be one of several acceptable names, null among them). The script fails
loudly when ../shared is missing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

from eval_probe import _find_quote, _norm, run

from kabar.models import Article, Entity

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SEEDS = ROOT.parent / "shared" / "seeds"
SEED_KEY = DATA / "seeds_people.json"
SETS = (
    "probe_people11",
    "probe_people12",
    "probe_people13",
    "probe_people14",
    "probe_people15",
    "probe_people16",
    "probe_people17",
    "probe_people18",
    "probe_people19",
    "probe_people20",
    "probe_people21",
    "probe_people22",
    "probe2",
    "probe3",
    "probe4",
    "probe",
    "seeds",
)


def ratio(a: float, b: float) -> float:
    """Return a / b, or 0 for an empty denominator."""
    return a / b if b else 0.0


def _forms(entity: Entity) -> set[str]:
    """The normalised name and aliases of an entity."""
    return {_norm(entity.name), *(_norm(a) for a in entity.aliases)}


def _is_person(entity: Entity, keyed_forms: set[str], keyed_names: list[set[str]]) -> bool:
    """Whether a PERSON cluster is one of the key's persons (under any of its forms)."""
    if _forms(entity) & keyed_forms:
        return True
    words = set(_norm(entity.name).split())
    return any(words <= name for name in keyed_names)


def _landing(form: str, people: list[Entity], untitled: bool = False) -> list[int]:
    """Indexes of the PERSON entities a keyed form lands in (see ``alias_merged``)."""
    wanted = _norm(form)
    exact = [i for i, e in enumerate(people) if wanted in _forms(e)]
    if exact or not untitled:
        return exact
    bare = _norm(_bare(form))
    return [i for i, e in enumerate(people) if bare in _forms(e)]


def _bare(form: str) -> str:
    """A form without the titles before it and the degrees after its comma. Given the form as
    written, the degrees are read as written ("S.Th.", "Sp.BTKV"), as the entity stage reads
    them."""
    name, _, tail = form.partition(",")
    if not _degrees_only(tail):
        name = form
    words = name.split()
    while len(words) > 1 and words[0].rstrip(".").lower() in _titles():
        words = words[1:]
    return " ".join(words)


def _degrees_only(tail: str) -> bool:
    """Whether the part of a form after its comma is degrees ("M.Pd.", "S.H., M.H."): the
    entity stage drops them after a name as it drops titles before one."""
    from kabar.entities.names import dotted_degree
    from kabar.lexicon import lowered_for_use

    degrees = lowered_for_use("degrees.tsv", "entities")
    words = tail.replace(",", " ").split()
    return bool(words) and all(
        w.replace(".", "").lower() in degrees or dotted_degree(w) for w in words
    )


@cache
def _titles() -> frozenset[str]:
    """Titles, ranks and honorifics the entity stage drops before a name (lower case)."""
    from kabar.entities.lexicon import lexicon

    lex = lexicon()
    return frozenset(t.rstrip(".") for t in (lex.name_titles or lex.titles))


def score_people(
    articles: dict[str, Article], key: dict[str, Any], verbose: bool
) -> dict[str, float]:
    """Score persons, non-persons, alias merges and direct-quote speakers against a key."""
    # Size: one pass over the key with a tally per figure reads better than five passes.
    t = dict.fromkeys(
        "gold found right clusters nonpersons groups merged merged_strict merged_registry quotes "
        "speaker_right speaker_wrong".split(),
        0,
    )
    keyed_people = False
    for name, want in sorted(key.items()):
        if name.startswith("_"):
            continue
        article = articles.get(name)
        if article is None:
            raise SystemExit(f"{name}: in the key but not analysed")
        people = [e for e in article.entities if e.type == "PERSON"]
        t["clusters"] += len(people)
        if "persons" not in want:
            writers = {_norm(a) for a in want.get("authors", ())}
            for e in people:
                if _norm(e.name) in writers:
                    t["nonpersons"] += 1
                    if verbose:
                        print(f"{name}: WRITER AS PERSON {e.name}")
            continue
        keyed_people = True
        gold = {_norm(p) for p in want["persons"]}
        names = {_norm(e.name) for e in people}
        t["gold"] += len(gold)
        t["found"] += len(names)
        t["right"] += len(gold & names)
        groups = [list(g) for g in want.get("aliases", ())]
        forms = gold | {_norm(f) for g in groups for f in g}
        # a cluster named by a keyed form without its title ("Wardi" of "Pak Wardi") is that
        # person split off, counted under aliases, not a non-person
        forms |= {_bare(f) for f in forms} | {_norm(_bare(f)) for g in groups for f in g}
        full_names = [set(p.split()) for p in gold]
        for e in people:
            if not _is_person(e, forms, full_names):
                t["nonpersons"] += 1
                if verbose:
                    print(f"{name}: NON-PERSON {e.name} {list(e.aliases)}")
        for group in groups:
            t["groups"] += 1
            t["merged_strict"] += _one_entity([_landing(f, people) for f in group])
            landed = [_landing(f, people, untitled=True) for f in group]
            t["merged_registry"] += _one_person(landed, people)
            if _one_entity(landed):
                t["merged"] += 1
            elif verbose:
                print(f"{name}: ALIASES APART {group} -> {landed}")
        _score_speakers(name, article, want.get("quotes", ()), t, verbose)
    figures: dict[str, float] = {}
    if keyed_people:
        figures["persons_p"] = ratio(t["right"], t["found"])
        figures["persons_r"] = ratio(t["right"], t["gold"])
        if t["groups"]:
            figures["alias_merged"] = ratio(t["merged"], t["groups"])
            figures["alias_merged_strict"] = ratio(t["merged_strict"], t["groups"])
            figures["alias_merged_registry"] = ratio(t["merged_registry"], t["groups"])
        figures["speaker_accuracy"] = ratio(t["speaker_right"], t["quotes"])
        figures["speaker_wrong"] = ratio(t["speaker_wrong"], t["quotes"])
    figures["non_person_rate"] = ratio(t["nonpersons"], t["clusters"])
    figures["person_clusters"] = float(t["clusters"])
    return figures


def _one_entity(landed: list[list[int]]) -> bool:
    """Whether every form landed in exactly one entity, the same for all."""
    return all(len(x) == 1 for x in landed) and len({x[0] for x in landed}) == 1


def _one_person(landed: list[list[int]], people: list[Entity]) -> bool:
    """Whether every form landed in entities that the person registry gave one id."""
    ids = {people[i].person_id for x in landed for i in x}
    return all(landed) and len(ids) == 1 and None not in ids


def _score_speakers(
    name: str, article: Article, quotes: Any, t: dict[str, int], verbose: bool
) -> None:
    """Add the speakers of the keyed direct quotes found to the tally."""
    for quote_key in quotes:
        if quote_key["kind"] != "direct":
            continue
        quote = _find_quote(article, quote_key)
        if quote is None:
            continue
        t["quotes"] += 1
        wanted = quote_key.get("speakers", [quote_key.get("speaker")])
        if _norm(quote.speaker) in {_norm(s) for s in wanted}:
            t["speaker_right"] += 1
            continue
        t["speaker_wrong"] += quote.speaker is not None and None not in wanted
        if verbose:
            print(f"{name}: SPEAKER {quote.speaker!r} != {wanted} on {quote_key['start']!r}")


def evaluate_set(label: str, verbose: bool) -> dict[str, float]:
    """Analyse one keyed set and score it."""
    if label == "seeds":
        if not SEEDS.is_dir():
            raise SystemExit(f"{SEEDS}: the seed articles are missing (../shared/seeds)")
        folder, key_path = SEEDS, SEED_KEY
    else:
        folder = DATA / label
        key_path = folder / "expected.json"
    key = json.loads(key_path.read_text(encoding="utf-8"))
    return score_people(run(folder), key, verbose)


def pfsa() -> dict[str, float]:
    """PFSA-ID speaker accuracy and wrong-speaker rate, from eval_quotes.py in a subprocess."""
    paths = [str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "eval_quotes.py"), "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"eval_quotes.py failed: {done.stderr[-2000:]}")
    figures = json.loads(done.stdout)
    names = ("speaker_accuracy", "speaker_wrong", "speaker_wrong_clear", "plain_speaker_accuracy")
    return {name: figures[name] for name in names}


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("sets", nargs="*", default=list(SETS))
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    parser.add_argument("--no-pfsa", action="store_true", help="leave PFSA-ID out")
    parser.add_argument(
        "--json", action="store_true", help="print the figures as JSON (the report on stderr)"
    )
    args = parser.parse_args(argv)
    results: dict[str, dict[str, float]] = {}
    with contextlib.redirect_stdout(sys.stderr if args.json else sys.stdout):
        for label in args.sets:
            results[label] = evaluate_set(label, args.verbose)
        if not args.no_pfsa:
            results["pfsa"] = pfsa()
        for label, figures in results.items():
            print(label)
            for figure, value in figures.items():
                print(f"  {figure:20s} {value:.3f}")
    if args.json:
        print(json.dumps(results, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
