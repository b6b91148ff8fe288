"""Score ``extract_quotes`` on PFSA-ID (Kompas, token-labelled statements and speakers).

Usage: ``python benchmarks/eval_quotes.py [PFSA_FILE] [--errors N] [--json] [--no-entities]``
(default file: ``../shared/data/pfsa_id/test-data.txt``).

The quotes are found as the product finds them: with the entity stage's output
(``find_entities`` first). The speaker figures of a run without entities follow as a second
number (``plain_speaker_accuracy``, ``plain_speaker_wrong``); ``--no-entities`` scores that run
alone.

With ``--json`` the figures are printed to stdout as one JSON object (the report goes to
stderr).

Protocol (ours; the PFSA-ID papers report entity-level F1 over all labels, 81-82 %, which is not
the same measure):

* Articles: a new article starts at every sentence holding an ISSUE span (the dateline sentence).
* Body: the article's tokens detokenised into one paragraph (sentences joined by a space), with
  a token -> character map. Quotation marks ” " are told apart as opening or closing by parity
  within the article, so that spacing follows Kompas's (``”Kami ...,” kata Budi``).
* Gold statements: STATEMENT spans; the quotation-mark tokens at their ends are dropped. A
  statement whose first or last token is a quotation mark is *direct*; the few others are
  *indirect* (PFSA-ID annotates only quoted statements in practice).
* Predictions: quotes of kind "direct" (partial and indirect quotes have no gold labels here).
  A predicted quote covers every token its character span overlaps.
* Matching: one-to-one, greedy by overlap. *Exact*: same token set. *Overlap*: shared tokens
  >= 50 % of the larger span.
* Gold speaker: the PERSON span in the statement's closing sentence after the statement, else
  the PERSON span before it in its opening sentence; a PERSONCOREF is replaced by the latest
  PERSON span before it that contains its last word (a pronoun PERSONCOREF, "dia", by the latest
  PERSON span; a role, "Presiden", by the PERSON span that follows the latest ROLE span holding
  that word); a CUECOREF alone ("katanya") takes the
  latest PERSON/PERSONCOREF before the statement. Statements with no gold speaker are left out
  of speaker accuracy.
* Speaker match: after dropping titles, ranks and offices, the words of one name all occur in
  the other (so "Roland Manurung" matches "Ajun Komisaris Roland Manurung", and "M Fadil Imran"
  matches a gold span that reads only "Irjen Fadil"). A word also matches a longer word it
  begins, both of four letters or more: the short forms Indonesian news calls people by ("Risma"
  for Tri Rismaharini, "Yuri" for Achmad Yurianto, "Jokowi" for Joko Widodo), which the entity
  stage resolves to the full name the article gives. A missing (None) speaker counts as not
  correct; "wrong" counts only named, incorrect speakers.
* Doubtful gold: a wrong speaker is also counted apart when the gold label is likely the
  rule's slip, not the stage's (``doubtful_gold``: a gold naming nobody, "Presiden"; or a bare
  cue's fallback reaching past a person the text names, unlabelled, before the statement);
  ``speaker_wrong_clear`` is the rest. The headline figures count both.
* Scope: PFSA-ID labels statements of *public figures* only; quotes of ordinary people (a
  driver, a victim's relative) are in the text but unlabelled, so raw precision counts correct
  quotes as errors. The stage marks each named speaker's standing from the text
  (``Quote.speaker_kind``: an office, rank or institution beside the name makes a public figure;
  only an age or an everyday role, "warga", "pedagang", a member of the public). "Public-figure
  statements" scores the same predictions without those the stage marked ``member_of_public``:
  the task PFSA-ID annotates. It uses no gold label to choose what to leave out; a gold statement
  whose quote was marked member_of_public counts as missed. Unattributed quotes always count.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kabar.entities import find_entities
from kabar.entities.lexicon import lexicon
from kabar.models import Quote
from kabar.quotes import extract_quotes
from kabar.quotes.lexicon import titles

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "pfsa_id" / "test-data.txt"
_MARKS = {"”", "“", '"', "″"}
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "…"}
_NO_SPACE_AFTER = {"(", "["}
_PRONOUNS = {"ia", "dia", "beliau", "nya"}
# Tokens between a ROLE span and its PERSON span ("Kepala [AFFILIATION ...] Budi").
ROLE_GAP = 12
# Overlap needed for a fuzzy match: shared tokens / tokens of the larger span.
OVERLAP = 0.5


@dataclass
class Span:
    """A labelled span of article tokens (end exclusive)."""

    label: str
    start: int
    end: int


@dataclass
class Article:
    """One PFSA-ID article: tokens, sentence index per token, labelled spans, body."""

    tokens: list[str] = field(default_factory=list)
    sentence: list[int] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    body: str = ""
    offsets: list[tuple[int, int]] = field(default_factory=list)


def read_sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Yield the sentences of a CoNLL file as (token, label) lists."""
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        sentence.append((parts[0], parts[-1]))
    if sentence:
        yield sentence


def read_articles(path: Path) -> list[Article]:
    """Group sentences into articles and collect BILOU spans across sentence breaks."""
    articles: list[Article] = []
    current = Article()
    open_spans: dict[str, int] = {}
    for n, sentence in enumerate(read_sentences(path)):
        if any(label.endswith("-ISSUE") and label[0] in "BU" for _, label in sentence):
            if current.tokens:
                articles.append(current)
            current, open_spans = Article(), {}
        for token, label in sentence:
            index = len(current.tokens)
            current.tokens.append(token)
            current.sentence.append(n)
            if label == "O":
                continue
            tag, kind = label.split("-", 1)
            if tag == "U":
                current.spans.append(Span(kind, index, index + 1))
            elif tag == "B":
                open_spans[kind] = index
            elif tag == "L" and kind in open_spans:
                current.spans.append(Span(kind, open_spans.pop(kind), index + 1))
    if current.tokens:
        articles.append(current)
    for article in articles:
        detokenize(article)
    return articles


def detokenize(article: Article) -> None:
    """Build the article body and the character span of each token."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    quote_open = False
    glue_next = True
    for token in article.tokens:
        if token in _MARKS:
            opening = token == "“" or not quote_open
            quote_open = opening
            space = not glue_next and opening
            glue_after = opening
        else:
            space = not glue_next and token not in _NO_SPACE_BEFORE
            glue_after = token in _NO_SPACE_AFTER
        if space:
            parts.append(" ")
            length += 1
        offsets.append((length, length + len(token)))
        parts.append(token)
        length += len(token)
        glue_next = glue_after
    article.body = "".join(parts)
    article.offsets = offsets



def best_match(
    predicted: Sequence[tuple[object, set[int]]], used: set[int], gold_tokens: set[int]
) -> int | None:
    """Return the index of the unused prediction that overlaps the gold span most, if its share
    of the larger span reaches ``OVERLAP``."""
    best, best_share = None, 0.0
    for n, (_, tokens) in enumerate(predicted):
        if n in used or not tokens:
            continue
        share = len(tokens & gold_tokens) / max(len(tokens), len(gold_tokens))
        if share > best_share:
            best, best_share = n, share
    return best if best is not None and best_share >= OVERLAP else None

def inner(article: Article, span: Span) -> set[int]:
    """Return the token indices of a statement without its quotation marks.

    A comma ending the statement is left out too: it leads into the attribution, and
    ``extract_quotes`` leaves it out of a quote's text.
    """
    kept = [i for i in range(span.start, span.end) if article.tokens[i] not in _MARKS]
    if len(kept) > 1 and article.tokens[kept[-1]] == ",":
        kept.pop()
    return set(kept)


def covered(article: Article, start: int, end: int) -> set[int]:
    """Return the tokens a character span overlaps."""
    return {
        i
        for i, (a, b) in enumerate(article.offsets)
        if a < end and start < b and article.tokens[i] not in _MARKS
    }


def _words(name: str) -> list[str]:
    """Lower-case name words without titles, ranks and offices ("Presiden Jokowi", "Mensos
    Risma", "Wali Kota Risma": gold PERSON spans sometimes hold the office)."""
    dropped = {t.lower() for t in titles()} | lexicon().name_titles
    words = [w for w in re.split(r"[\W_]+", name.lower()) if w]
    return [
        w
        for n, w in enumerate(words)
        if w not in dropped and not (w == "kota" and n and words[n - 1] == "wali")
    ]


# Least letters of both words for a word to match a longer one it begins ("Risma").
SHORT_FORM = 4


def _word_match(a: str, b: str) -> bool:
    """Tell whether two name words are the same, or one is the other's short form."""
    if a == b:
        return True
    short, full = sorted((a, b), key=len)
    return len(short) >= SHORT_FORM and full.startswith(short)


def _within(words: set[str], others: set[str]) -> bool:
    """Tell whether every word matches some word of the other name."""
    return all(any(_word_match(w, o) for o in others) for w in words)


def same_person(predicted: str | None, gold: str | None) -> bool:
    """Tell whether a predicted speaker names the gold person (see the module docstring)."""
    if predicted is None or gold is None:
        return False
    words, gold_words = set(_words(predicted)), set(_words(gold))
    if not words or not gold_words:
        return False
    return _within(words, gold_words) or _within(gold_words, words)


def gold_speaker(article: Article, statement: Span) -> str | None:
    """Return the gold speaker of a statement (see the module docstring)."""
    people = sorted(
        (s for s in article.spans if s.label in ("PERSON", "PERSONCOREF")), key=lambda s: s.start
    )
    last_sentence = article.sentence[statement.end - 1]
    first_sentence = article.sentence[statement.start]
    after = [
        s for s in people if s.start >= statement.end and article.sentence[s.start] == last_sentence
    ]
    before = [
        s
        for s in people
        if s.end <= statement.start and article.sentence[s.start] == first_sentence
    ]
    chosen = after[0] if after else (before[-1] if before else None)
    if chosen is None:
        cues = [
            s
            for s in article.spans
            if s.label == "CUECOREF"
            and s.start >= statement.end
            and article.sentence[s.start] == last_sentence
        ]
        if not cues:
            return None
        earlier = [s for s in people if s.end <= statement.start]
        if not earlier:
            return None
        chosen = earlier[-1]
    return _antecedent(article, chosen, people)


def _antecedent(article: Article, span: Span, people: list[Span]) -> str:
    """Return the full PERSON name a PERSONCOREF points back to (or the span's own text)."""
    text = " ".join(article.tokens[span.start : span.end])
    if span.label == "PERSON":
        return text
    last = article.tokens[span.end - 1].lower()
    earlier = [s for s in people if s.label == "PERSON" and s.end <= span.start]
    if last in _PRONOUNS:
        return " ".join(article.tokens[earlier[-1].start : earlier[-1].end]) if earlier else text
    for other in reversed(earlier):
        if last in (t.lower() for t in article.tokens[other.start : other.end]):
            return " ".join(article.tokens[other.start : other.end])
    roles = [s for s in article.spans if s.label == "ROLE" and s.end <= span.start]
    for role in reversed(roles):  # "Presiden" -> the PERSON after the ROLE span "Presiden"
        if last in (t.lower() for t in article.tokens[role.start : role.end]):
            named = [p for p in earlier if role.end <= p.start <= role.end + ROLE_GAP]
            if named:
                return " ".join(article.tokens[named[0].start : named[0].end])
    return text


def doubtful_gold(article: Article, statement: Span, gold: str, predicted: str) -> bool:
    """Tell whether a wrong speaker is likely a slip of the gold rule, not of the stage.

    Two kinds: the gold names nobody (a bare role or a description, "Presiden", "politisi senior
    Partai Golkar": no capitalised word is left once titles and offices are dropped); or the
    gold came from the fallback of a bare cue ("ujarnya") to the latest *labelled* PERSON while
    the predicted speaker is written between that PERSON and the statement (PFSA-ID leaves many
    mentions unlabelled, so the fallback reaches past the person the text last named).
    """
    kept = set(_words(gold))
    if not any(w[:1].isupper() for w in gold.split() if w.lower() in kept):
        return True
    people = [s for s in article.spans if s.label in ("PERSON", "PERSONCOREF")]
    first, last = article.sentence[statement.start], article.sentence[statement.end - 1]
    if any(article.sentence[s.start] in (first, last) for s in people):
        return False  # the gold speaker stands in the statement's own sentences
    earlier = [s for s in people if s.end <= statement.start]
    if not earlier:
        return False
    start = article.offsets[max(s.end for s in earlier) - 1][1]
    between = article.body[start : article.offsets[statement.start][0]].lower()
    words = [w for w in _words(predicted) if len(w) >= SHORT_FORM]
    return any(re.search(rf"\b{re.escape(w)}\b", between) for w in words)


@dataclass
class Tally:
    """Counts for one kind of statement."""

    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0
    speaker_known: int = 0
    speaker_right: int = 0
    speaker_wrong: int = 0
    speaker_missing: int = 0
    speaker_wrong_doubtful: int = 0  # wrong by a gold label the rule above likely misread
    errors: list[str] = field(default_factory=list)


def predict(articles: list[Article], *, entities: bool = True) -> list[tuple[Quote, ...]]:
    """Return each article's direct quotes as the quote stage finds them."""
    predictions = []
    for article in articles:
        found = find_entities(article.body) if entities else ()
        quotes = extract_quotes(article.body, found)
        predictions.append(tuple(q for q in quotes if q.kind == "direct"))
    return predictions


def public_figures_only(quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """Leave out the quotes the stage marked as said by members of the public."""
    return tuple(q for q in quotes if q.speaker_kind != "member_of_public")


def score(
    articles: list[Article], predictions: list[tuple[Quote, ...]], *, errors: int = 0
) -> tuple[Tally, Tally]:
    """Compare predictions with gold over all articles; return (direct, indirect) tallies."""
    direct, indirect = Tally(), Tally()
    for article, quotes in zip(articles, predictions, strict=True):
        predicted = [(q, covered(article, q.start, q.end)) for q in quotes]
        statements = [s for s in article.spans if s.label == "STATEMENT"]
        used: set[int] = set()
        for statement in statements:
            is_direct = article.tokens[statement.start] in _MARKS or (
                article.tokens[statement.end - 1] in _MARKS
            )
            tally = direct if is_direct else indirect
            tally.gold += 1
            gold_tokens = inner(article, statement)
            best = best_match(predicted, used, gold_tokens)
            if best is None:
                if errors and len(tally.errors) < errors:
                    tally.errors.append("MISSED " + _show(article, statement.start, statement.end))
                continue
            used.add(best)
            quote, tokens = predicted[best]
            tally.overlap += 1
            tally.exact += tokens == gold_tokens
            speaker = gold_speaker(article, statement)
            if speaker is None:
                continue
            tally.speaker_known += 1
            if same_person(quote.speaker, speaker):
                tally.speaker_right += 1
            elif quote.speaker is None:
                tally.speaker_missing += 1
            else:
                tally.speaker_wrong += 1
                doubtful = doubtful_gold(article, statement, speaker, quote.speaker)
                tally.speaker_wrong_doubtful += doubtful
                if errors and len(tally.errors) < errors:
                    context = article.body[max(0, quote.start - 150) : quote.end + 150]
                    mark = " (gold doubtful)" if doubtful else ""
                    tally.errors.append(
                        f"SPEAKER{mark} {quote.speaker!r} != {speaker!r}: {context}"
                    )
        direct.predicted += len(predicted)
        for n, (quote, _) in enumerate(predicted):
            if n not in used and errors and len(direct.errors) < errors:
                direct.errors.append(f"EXTRA ({quote.speaker}, {quote.speaker_kind}) {quote.text}")
    return direct, indirect


def _show(article: Article, start: int, end: int) -> str:
    """Return a statement's tokens with a little context after it."""
    return " ".join(article.tokens[start : end + 4])


def ratio(a: int, b: int) -> float:
    """Return a / b, or 0 for an empty denominator."""
    return a / b if b else 0.0


def f1(p: float, r: float) -> float:
    """Return the harmonic mean of precision and recall."""
    return 2 * p * r / (p + r) if p + r else 0.0


def report(tally: Tally, name: str) -> dict[str, float]:
    """Print and return the figures of one tally."""
    figures: dict[str, float] = {}
    for match in ("exact", "overlap"):
        hits = getattr(tally, match)
        p, r = ratio(hits, tally.predicted), ratio(hits, tally.gold)
        figures[f"{match}_p"], figures[f"{match}_r"], figures[f"{match}_f1"] = p, r, f1(p, r)
    figures["speaker_accuracy"] = ratio(tally.speaker_right, tally.speaker_known)
    figures["speaker_wrong"] = ratio(tally.speaker_wrong, tally.speaker_known)
    figures["speaker_missing"] = ratio(tally.speaker_missing, tally.speaker_known)
    clear = tally.speaker_wrong - tally.speaker_wrong_doubtful
    figures["speaker_wrong_clear"] = ratio(clear, tally.speaker_known)
    print(f"{name}: gold {tally.gold}, predicted {tally.predicted}")
    for match in ("exact", "overlap"):
        print(
            f"  {match:8} P {figures[f'{match}_p']:.3f}  R {figures[f'{match}_r']:.3f}  "
            f"F1 {figures[f'{match}_f1']:.3f}"
        )
    print(
        f"  speaker  accuracy {figures['speaker_accuracy']:.3f} on {tally.speaker_known} matched"
        f" (wrong {figures['speaker_wrong']:.3f}, missing {figures['speaker_missing']:.3f})"
    )
    print(
        f"  wrong speakers {tally.speaker_wrong}: {tally.speaker_wrong_doubtful} against a gold"
        f" label the rule likely misread (see doubtful_gold), {clear} clear"
        f" ({figures['speaker_wrong_clear']:.3f})"
    )
    return figures


def evaluate(
    path: Path, *, errors: int = 0, entities: bool = True, limit: int | None = None
) -> dict[str, float]:
    """Score one PFSA-ID file (its first ``limit`` articles); return the direct figures.

    The figures of the public-figure statements carry the prefix ``public_``; with entities,
    the speaker figures of the run without them follow with the prefix ``plain_``.
    """
    articles = read_articles(path)[:limit]
    started = time.perf_counter()
    predictions = predict(articles, entities=entities)
    seconds = time.perf_counter() - started
    print(f"{path.name}: {len(articles)} articles, quotes found in {seconds:.2f} s")
    direct, indirect = score(articles, predictions, errors=errors)
    figures = report(direct, "all direct quotes (quoted STATEMENT)")
    public, _ = score(articles, [public_figures_only(q) for q in predictions])
    for name, value in report(public, "public-figure statements (the PFSA-ID task)").items():
        figures[f"public_{name}"] = value
    if indirect.gold:
        print(f"indirect (unquoted STATEMENT): {indirect.gold} gold spans, not predicted as direct")
    if entities:
        plain, _ = score(articles, predict(articles, entities=False))
        figures["plain_speaker_accuracy"] = ratio(plain.speaker_right, plain.speaker_known)
        figures["plain_speaker_wrong"] = ratio(plain.speaker_wrong, plain.speaker_known)
        print(
            f"without the entity stage: speaker accuracy {figures['plain_speaker_accuracy']:.3f}"
            f" (wrong {figures['plain_speaker_wrong']:.3f})"
        )
    for line in direct.errors + indirect.errors:
        print("   ", line)
    return figures


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind")
    parser.add_argument(
        "--no-entities",
        dest="entities",
        action="store_false",
        help="run extract_quotes without the entity stage's output (the product always gives it)",
    )
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument(
        "--json", action="store_true", help="print the figures as JSON (the report on stderr)"
    )
    args = parser.parse_args(argv)
    if not args.path.is_file():
        parser.error(f"{args.path} is missing (../shared must lie beside the repository)")
    report_to = sys.stderr if args.json else sys.stdout
    with contextlib.redirect_stdout(report_to):
        figures = evaluate(args.path, errors=args.errors, entities=args.entities, limit=args.limit)
    if args.json:
        print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
