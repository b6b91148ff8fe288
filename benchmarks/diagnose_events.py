"""Print the event pairs a keyed story corpus gets wrong, with the evidence behind each verdict.

For every pair of articles whose predicted story disagrees with its event key, one block:
"joined" (one story, keyed as two events) or "split" (keyed one event, two stories), both
articles' headlines, publication days, the day each reads as its event's ("event"), the day its
lead dates its event by ("named", none when it names none) and the days it names as the start
of what still goes on ("since"), its main speaker, principal person and headline actor, and the
words of the pair's two texts in common. Read it to sort the misses into kinds before changing a
rule (the Detik keys: benchmarks/diagnose_storylines.py --level events).

Run: .venv/bin/python benchmarks/diagnose_events.py [--sets blind1,blind2,long,own,events]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from datetime import date, timedelta
from itertools import combinations
from typing import Any

from eval_story_events import CORPUS, read_corpus
from eval_storylines import BLIND, LONG, OWN

from kabar import api
from kabar.stories.assignment import EVENT_SCAN_CHARS, event_clues, event_day_of
from kabar.stories.dates import NO_DAY, day_mentions
from kabar.stories.terms import _term_id

SETS = {**BLIND, "long": LONG, "own": OWN, "events": CORPUS}
_WORD = re.compile(r"[^\W\d_]{3,}")


def _day(day: int) -> str:
    return "none" if day == NO_DAY else (date(1970, 1, 1) + timedelta(days=day)).isoformat()


def _words(terms: Any, article: Any) -> str:
    """Return the words of an article's text whose term ids are in ``terms`` ('-' for none)."""
    if terms is None or not len(terms):
        return "-"
    wanted = set(terms.tolist())
    text = f"{article.title} {article.body[:EVENT_SCAN_CHARS]}".lower()
    found = sorted({w for w in _WORD.findall(text) if _term_id(w) in wanted})
    return ",".join(found) or f"<{len(wanted)} terms>"


def _lines(article: Any) -> list[str]:
    clues = event_clues(article)
    text = f"{article.title or ''}\n{article.body[:EVENT_SCAN_CHARS]}"
    mentions = day_mentions(article.published, text)
    since = ",".join(_day(d) for d in sorted(mentions.referenced)) or "-"
    return [
        f"  [{(article.published or 'undated')[:10]}] {article.title}  story={article.story}",
        f"     event={_day(event_day_of(article))} named={_day(mentions.named)} since={since}"
        f" speaker={_words(clues.speaker, article)} principal={_words(clues.principal, article)}"
        f" actor={_words(clues.actor, article)}",
    ]


def _common(a: Any, b: Any) -> str:
    wa = set(_WORD.findall(f"{a.title} {a.body}".lower()))
    wb = set(_WORD.findall(f"{b.title} {b.body}".lower()))
    ta = set(_WORD.findall((a.title or "").lower()))
    tb = set(_WORD.findall((b.title or "").lower()))
    shared = f"{len(wa & wb)}/{min(len(wa), len(wb))}"
    return f"  common title words: {sorted(ta & tb)}; body words shared {shared}"


def diagnose(name: str, records: list[dict[str, Any]]) -> None:
    inputs = [{**r, "url": f"https://example.test/{r['id']}"} for r in records]
    result = api.analyze_records(inputs)
    gold = {f"https://example.test/{r['id']}": r["event"] for r in records}
    articles = sorted((a for a in result.articles if a.url in gold), key=lambda a: a.url or "")
    print(f"# {name}")
    for a, b in combinations(articles, 2):
        together, keyed = a.story == b.story, gold[a.url or ""] == gold[b.url or ""]
        if together != keyed:
            kind = "joined" if together else "split"
            print(f"## {kind} {gold[a.url or '']} / {gold[b.url or '']}")
            print("\n".join([*_lines(a), *_lines(b), _common(a, b)]))


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="blind1,blind2,long,own,events", help="corpora to read")
    args = parser.parse_args(list(argv) if argv is not None else None)
    for name in args.sets.split(","):
        diagnose(name, read_corpus(SETS[name]))


if __name__ == "__main__":
    main(sys.argv[1:])
