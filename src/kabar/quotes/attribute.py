"""Who said it: read the body in order, classify each quoted span and attribute it.

The reading runs in steps, each a module of functions over the frozen ``Reading`` of the body:
``marks`` pairs the quotation marks, ``reading`` masks them and reads the body's names,
``speakers`` reads a name at a point, ``subjects`` and ``discourse`` find who does a verb and
who a pronoun points back at, ``attributions`` reads the words around a quote, ``indirect``
finds reported speech without marks. This module walks the sentences, carrying the discourse
``Memory`` from one to the next as a value.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from kabar import lexicon
from kabar.models import Entity, Quote
from kabar.quotes.attributions import (
    Attribution,
    after_quote,
    announced,
    before_quote,
    intro,
    lead_in,
    narrated,
    outro,
    partial_speaker,
)
from kabar.quotes.discourse import mentions
from kabar.quotes.evidence import abstain
from kabar.quotes.indirect import indirect
from kabar.quotes.lexicon import short_cues
from kabar.quotes.marks import QuotedSpan
from kabar.quotes.memory import Context, Memory, Speaker
from kabar.quotes.names import Tok
from kabar.quotes.reading import read_body
from kabar.quotes.sentences import Sentence, drop_trailing_group, is_word
from kabar.quotes.subjects import apposed_topic, sentence_subject

# A nickname quoted inside a name ("Hendrikus \"Hengky\" Bhoko") is at most this long.
MAX_NICKNAME_WORDS = 3
# A title-case quoted phrase this short is a title or a name, not a quote; by hand.
MAX_TITLE_WORDS = 12
# Sentences read back for the hearing a question is put in; by hand (a paragraph or two).
_HEARING_REACH = 6
# The words before a quote are read back to the start of its sentence, but no further than
# this many tokens: a sentence that long is no prose (a page of quotation marks, a table), and
# reading all of it again for each of its quotes would cost time quadratic in its length.
MAX_LEFT_TOKENS = 300
# Nor across more than this many earlier quotes of the sentence: a sentence of many quotes (a
# list of titles, a page of quotation marks) would otherwise have each of them read the
# same run of marks again, up to MAX_LEFT_TOKENS each. With it, each token of a sentence is
# read as the left context of at most this many quotes plus one, whatever the text.
MAX_LEFT_QUOTES = 8


@dataclass(frozen=True)
class LastDirect:
    """The latest direct quote: its sentence and its speaker, for a bare quote right after."""

    sentence: int
    speaker: Speaker | None


@dataclass(frozen=True)
class Read:
    """What reading one quoted span gives: the quote (None for a title or a nickname) and the
    memory with its speaker."""

    quote: Quote | None
    memory: Memory


@cache
@cache
def _title_cues() -> frozenset[str]:
    """Words before a quoted phrase that make it a title or a nickname ("film", "lagu")."""
    return lexicon.entries("title_cues.txt")


def attribute(body: str, entities: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
    """Find and attribute every quote in a body (see ``kabar.quotes.extract_quotes``)."""
    reading = read_body(body, entities)
    # Sorted by start so that each sentence finds its spans by bisection, not by a scan of all.
    spans = sorted((s for s in reading.spans if not s.single), key=_start_of)
    singles = sorted((s for s in reading.spans if s.single), key=_start_of)
    span_starts, single_starts = [s.start for s in spans], [s.start for s in singles]
    memory = Memory()
    quotes: list[Quote] = []
    last_direct: LastDirect | None = None
    for index, sentence in enumerate(reading.sentences):
        at = Context(reading, memory, index)
        subject = sentence_subject(at, sentence.toks) or apposed_topic(at, sentence.toks)
        if subject is not None:
            at = at.remember(subject, subject.pos)
        at = Context(reading, mentions(at, sentence.toks), index)
        inside = _within(spans, span_starts, sentence) + _within(singles, single_starts, sentence)
        inside.sort(key=lambda s: s.open)
        starts = [t.start for t in sentence.toks]
        direct_here = False
        for n, span in enumerate(inside):
            nxt_open = inside[n + 1].open if n + 1 < len(inside) else sentence.end
            back = inside[n - MAX_LEFT_QUOTES].open if n >= MAX_LEFT_QUOTES else sentence.start
            bounds = (back, nxt_open)
            read = _read_span(at, (sentence, starts), span, bounds, last_direct, quotes)
            at = Context(reading, read.memory, index)
            if read.quote is None:
                continue
            quotes.append(read.quote)
            if read.quote.kind == "direct":
                direct_here = True
                name, how = read.quote.speaker, _how(read.quote.attribution)
                last_direct = LastDirect(
                    index, Speaker(name, True, span.end, how) if name else None
                )
        if not direct_here:
            found = indirect(at, sentence)
            at = Context(reading, found.memory, index)
            if found.quote is not None:
                quotes.append(found.quote)
            if found.reporter is not None:  # "Menurut Wisnu, ... sebagai “biaya koordinasi”."
                quotes = _with_reporter(quotes, sentence, found.reporter)
        memory = at.memory
    quotes.sort(key=lambda q: q.start)
    return abstain(tuple(quotes))


def _start_of(span: QuotedSpan) -> int:
    return span.start


def _within(spans: list[QuotedSpan], starts: list[int], sentence: Sentence) -> list[QuotedSpan]:
    """Return the spans (sorted by start) that start inside a sentence."""
    return spans[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]


def _with_reporter(quotes: list[Quote], sentence: Sentence, reporter: str) -> list[Quote]:
    """Give the unattributed partial quotes of a sentence to the person reporting it."""
    # The quotes are appended sentence by sentence: this sentence's are the tail of the list.
    first = len(quotes)
    while first and quotes[first - 1].start >= sentence.start:
        first -= 1
    return quotes[:first] + [
        replace(q, speaker=reporter)
        if q.kind == "partial" and q.speaker is None and sentence.start <= q.start < sentence.end
        else q
        for q in quotes[first:]
    ]


def _read_span(
    at: Context,
    located: tuple[Sentence, list[int]],
    span: QuotedSpan,
    bounds: tuple[int, int],
    last_direct: LastDirect | None,
    quotes: Sequence[Quote],
) -> Read:
    """Read one quoted span of a sentence with the words around it, from ``bounds[0]`` (the
    sentence's start, or an earlier quote's mark) to ``bounds[1]`` (the next quote's mark)."""
    # What comes before a span is read from the sentence's start, across earlier quotes in
    # it (MAX_LEFT_QUOTES at most); what comes after stops at the next quote.
    # The sentence's tokens are in body order: the contexts are slices found by bisection
    # (``starts`` are the tokens' starts), so that a sentence of many quotes stays linear.
    sentence, starts = located
    back, nxt_open = bounds
    toks = sentence.toks
    first = bisect_left(starts, max(sentence.start, back))
    left = list(toks[first : max(first, bisect_left(starts, span.open))][-MAX_LEFT_TOKENS:])
    after_mark = (span.close + 1) if span.close is not None else span.end
    right = list(toks[bisect_left(starts, after_mark) : bisect_left(starts, nxt_open)])
    return _quote(at, span, left, right, last_direct, quotes)


def _kind(
    at: Context, span: QuotedSpan, left: list[Tok], right: list[Tok]
) -> tuple[str, Attribution]:
    """Decide whether a span is a direct or a partial quote, with the attribution beside it."""
    left_words = [t for t in left if is_word(t)]
    right_words = [t for t in drop_trailing_group(right) if is_word(t)]
    if span.single and not left_words and right_words and right_words[0].low in short_cues():
        span_kind = "direct"
    elif span.single:
        span_kind = "partial"
    else:
        span_kind = ""
    attribution = after_quote(at, right)
    if not attribution.found:
        attribution = before_quote(at, left)
    standalone = not left_words and not right_words
    if span_kind == "partial":
        kind = "partial"
    elif attribution.found or standalone:
        kind = "direct"
    else:
        kind = "partial"
    return kind, attribution


def _quote(
    at: Context,
    span: QuotedSpan,
    left: list[Tok],
    right: list[Tok],
    last_direct: LastDirect | None,
    quotes: Sequence[Quote],
) -> Read:
    """Classify one quoted span and attribute it."""
    body = at.reading.body
    text = body[span.start : span.end]
    kind, attribution = _kind(at, span, left, right)
    if _nickname(text, left, right):
        return Read(None, at.memory)  # Joko "Jokowi" Widodo, 'Hendrikus "Hengky" Bhoko, ...'
    if (kind == "partial" or not attribution.found) and _is_title(text, left):
        return Read(None, at.memory)
    if any(t.low in _title_cues() for t in left[-1:]) and _title_case(text):
        return Read(None, at.memory)  # 'serial "Kos-kosan Bu Ratmi" itu mengaku ...': a title
    if kind == "direct":
        standalone = not any(is_word(t) for t in left) and not any(
            is_word(t) for t in drop_trailing_group(right)
        )
        speaker, cue, path = _direct_speaker(at, attribution, standalone, last_direct, quotes)
        if (
            speaker is not None
            and speaker.pos < span.start
            and speaker.name is not None
            and not text.rstrip().endswith("?")
            and speaker.name == _asker(at, last_direct, quotes)
        ):
            speaker = None  # "“...?” tanya Ronny. “Tidak,” ujarnya.": the witness answers
    else:
        speaker, cue = partial_speaker(at, left)
        path = "partial"
        if speaker is None and not any(is_word(t) for t in left):
            speaker, path = intro(at.at_sentence(at.sentence - 1)), "partial_intro"
    if speaker is not None and not speaker.name:
        speaker = None
    memory = at.remember(speaker, span.end).memory
    end = span.end
    if text.endswith(",") and len(text) > 1:  # the attribution's comma, not the speaker's
        end -= 1
        while end > span.start and body[end - 1].isspace():
            end -= 1
    quote = Quote(
        text=body[span.start : end],
        speaker=speaker.name if speaker else None,
        kind=kind,
        start=span.start,
        end=end,
        cue=cue,
        attribution=f"{path}/{speaker.how or 'other'}" if speaker else None,
    )
    return Read(quote, memory)


def _direct_speaker(
    at: Context,
    attribution: Attribution,
    standalone: bool,
    last_direct: LastDirect | None,
    quotes: Sequence[Quote],
) -> tuple[Speaker | None, str | None, str]:
    """Return who says a direct quote, with its cue and where it was found (the path of
    ``Quote.attribution``): its attribution, else the sentences around it."""
    if attribution.found:
        return attribution.speaker, attribution.cue, attribution.path
    index = at.sentence
    before = at.at_sentence(index - 1)
    announcer = intro(before)
    if announcer is not None:
        return announcer, None, "intro"
    asked = _answers_a_question(quotes)
    if last_direct is not None and index - last_direct.sentence <= 1 and not asked:
        return last_direct.speaker, None, "carried"
    speaker, cue = outro(at.at_sentence(index + 1))
    if speaker is not None or not standalone or asked:
        return speaker, cue, "outro"
    found = lead_in(before, quotes)
    if found is not None:
        return found, None, "lead_in"
    found = announced(before)
    if found is not None:
        return found, None, "announced"
    return narrated(before), None, "narrated"


def _how(attribution: str | None) -> str:
    """The kind of name an attribution ended in ("pronoun" of "after_cue/pronoun")."""
    return attribution.rpartition("/")[2] if attribution else ""


def _answers_a_question(quotes: Sequence[Quote]) -> bool:
    """Tell whether the last direct quote was a question put to someone ("..., tanya hakim"):
    an unattributed quote right after it is the answer, never the asker's (in a hearing the
    witness answers), so it is not carried over from the asker."""
    last = next((q for q in reversed(quotes) if q.kind == "direct"), None)
    return (
        last is not None
        and last.cue is not None
        and last.cue.lower() in lexicon.lowered("question_cues.txt")
    )


def _asker(at: Context, last_direct: LastDirect | None, quotes: Sequence[Quote]) -> str | None:
    """Return who put the question just before the sentence read, if anyone did.

    A question quoted in the sentence before ("“...?” tanya Ronny") or narrated there ("Ronny
    lalu bertanya soal rekening."), in a hearing: a pronoun after it ("ujarnya", "kata dia")
    is the one who answers, whom the text has not named, never the asker.
    """
    cues = lexicon.lowered("question_cues.txt")
    if not _in_a_hearing(at):
        return None
    if last_direct is not None and at.sentence - last_direct.sentence <= 1:
        if _answers_a_question(quotes) and last_direct.speaker is not None:
            return last_direct.speaker.name
        return None
    if at.sentence < 1:
        return None
    before = at.at_sentence(at.sentence - 1)
    toks = at.reading.sentences[at.sentence - 1].toks
    if not any(t.low in cues for t in toks):
        return None
    subject = sentence_subject(before, toks)
    return subject.name if subject is not None else None


def _in_a_hearing(at: Context) -> bool:
    """Tell whether the sentence read or the few before it are set in a hearing ("saksi")."""
    words = lexicon.lowered("hearing_words.txt")
    sentences = at.reading.sentences[max(0, at.sentence - _HEARING_REACH) : at.sentence + 1]
    return any(t.low in words for sentence in sentences for t in sentence.toks)


def _title_case(text: str, least: int = 1) -> bool:
    """Tell whether a phrase is written as a title: at least ``least`` main words, all
    capitalised, and no longer than a title."""
    words = text.split()
    small = lexicon.for_use("title_small_words.tsv", "quotes")
    letters = [w for w in words if w[:1].isalpha() and w.lower() not in small]
    return (
        len(letters) >= least
        and len(words) <= MAX_TITLE_WORDS
        and all(w[0].isupper() for w in letters)
    )


def _nickname(text: str, left: list[Tok], right: list[Tok]) -> bool:
    """Tell whether a short quoted phrase sits between two words of a name."""
    return bool(
        left and right and left[-1].cap and right[0].cap and len(text.split()) <= MAX_NICKNAME_WORDS
    )


def _is_title(text: str, left: list[Tok]) -> bool:
    """Tell whether a quoted phrase is a title of a work, not a quote.

    A nickname inside a name (Joko "Jokowi" Widodo) is left out before this is asked.
    """
    if any(t.low in _title_cues() for t in left[-2:]):
        return True  # "film “...”", "Tonton juga “...”"
    return _title_case(text, least=2)
