"""The attribution around a quoted span: the words after it, before it, and the sentences near.

Each reader takes the ``Context`` of the sentence it reads and returns who speaks (and the cue
word); none changes the discourse memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from kabar import lexicon
from kabar.models import Quote
from kabar.quotes.discourse import subject_before, subject_of_verb
from kabar.quotes.lexicon import partial_verbs, passive_cues, short_cues, speech_verbs
from kabar.quotes.memory import Context, Speaker
from kabar.quotes.names import Toks, read_run
from kabar.quotes.reading import name_words
from kabar.quotes.sentences import is_word
from kabar.quotes.speakers import MAX_ROLE_TOKENS, cue_word, phrase, speaker_from_run, speaker_token
from kabar.quotes.subjects import sentence_subject

# Sentences after a quote that name its source ("Hal itu disampaikan Budi.", "Itu yang
# disampaikan Budi kepada wartawan."); by hand.
_OUTRO_OPENERS = frozenset(
    {"hal", "demikian", "begitu", "itu", "itulah", "pernyataan", "ucapan", "kalimat"}
)
# Verbs that introduce a document's words ("Dalam surat itu tertulis, “...”"): a direct quote
# with no person as its speaker; by hand.
DOCUMENT_CUES = frozenset({"tertulis", "berbunyi", "bunyinya", "tercantum", "termuat"})


@dataclass(frozen=True)
class Attribution:
    """What the words beside a quote say: whether they attribute it, to whom, with which cue."""

    found: bool
    speaker: Speaker | None
    cue: str | None
    path: str = ""  # where the words stand and what they are: "after_cue", "before_colon" ...


@cache
@cache
def _speech_nouns() -> frozenset[str]:
    """Nouns for something said, whose sentence announces a bare quote ("dengan kalimat")."""
    return lexicon.entries("speech_nouns.txt")


@cache
@cache
def _narration_verbs() -> frozenset[str]:
    """Verbs that show someone speaking without reporting words ("berbicara", "bertanya")."""
    return lexicon.entries("narration_verbs.txt")


def after_quote(at: Context, toks: Toks) -> Attribution:
    """Read an attribution after a quote: ", kata Budi", "ujarnya", ", Budi menambahkan"."""
    if len(toks) > 1 and toks[0].text in "—–" and toks[1].cap:  # "“...” — Budi Hartono"
        named, nxt = speaker_from_run(at.reading, toks, 1, speech=True)
        if named is not None and named.name and not any(is_word(t) for t in toks[nxt:]):
            return Attribution(True, named, toks[0].text, "after_dash")
    i = 0
    while i < len(toks) and toks[i].text in ",-—–":
        i += 1
    if i >= len(toks) or not is_word(toks[i]):
        return Attribution(False, None, None)
    if toks[i].low in ("demikian", "begitu") and i + 1 < len(toks):
        i += 1
        if not cue_word(toks[i].low):  # "demikian keterangan resmi Kemenpan-RB"
            name_at = next(
                (k for k in range(i, min(len(toks), i + MAX_ROLE_TOKENS)) if toks[k].cap),
                None,
            )
            if name_at is None or any(t.text in ".;" for t in toks[i:name_at]):
                return Attribution(True, None, toks[i - 1].text, "after_demikian")
            return Attribution(True, phrase(at, toks, name_at), toks[i - 1].text, "after_demikian")
    tok = toks[i]
    low = tok.low
    if low.endswith("nya") and (low[:-3] in short_cues() or low == "menurutnya"):
        return Attribution(True, at.pronoun(tok.start), tok.text, "after_cue")
    if low in short_cues():
        return Attribution(True, phrase(at, toks, i + 1), tok.text, "after_cue")
    limit = min(len(toks), i + MAX_ROLE_TOKENS + 8)
    for v in range(i, limit):
        if toks[v].low in speech_verbs() and v > i:
            if all(speaker_token(t) for t in toks[i:v]):
                return Attribution(True, subject_before(at, toks, v), toks[v].text, "after_verb")
            break
    return Attribution(False, None, None)


def before_quote(at: Context, toks: Toks) -> Attribution:
    """Read an introduction before a quote: "Ia mengatakan: “...", "Kim menyatakan “..."."""
    words = [k for k, t in enumerate(toks) if is_word(t)]
    if not words:
        return Attribution(False, None, None)
    colon = toks[-1].text == ":"
    ends = colon or toks[-1].text == ","
    last = toks[words[-1]]
    if last.low in DOCUMENT_CUES and (ends or words[-1] == len(toks) - 1):
        # "Dalam surat itu tertulis, “...”": no person
        return Attribution(True, None, last.text, "document")
    if ends:
        for v in words[-MAX_ROLE_TOKENS:]:
            if toks[v].low in passive_cues():  # "Seperti dikatakan Kepala Desa X, Warsito, “"
                j = v + 1 if v + 1 < len(toks) and toks[v + 1].low != "oleh" else v + 2
                if j < len(toks) and toks[j].cap:
                    return Attribution(True, phrase(at, toks, j), toks[v].text, "before_passive")
    for v in reversed(words[-6:]):
        if toks[v].low in speech_verbs():
            between = toks[v + 1 :]
            if any(t.low == "bahwa" for t in between):
                return Attribution(False, None, None)
            if v == words[-1] or colon or (between and between[-1].text == ","):
                found = subject_before(at, toks, v)
                if found is None:  # "Penyanyi X melalui akun Instagram-nya menulis, “"
                    found = subject_of_verb(at, toks, v)
                return Attribution(True, found, toks[v].text, "before_verb")
            return Attribution(False, None, None)
    if toks[-1].text == "," and toks[0].low == "menurut" and len(toks) > 2:
        # "Menurut Budi, “..."
        return Attribution(True, phrase(at, toks, 1), toks[0].text, "before_menurut")
    if ends and len(words) == 1 and toks[words[0]].low == "menurutnya":
        pronoun = at.pronoun(toks[words[0]].start)
        return Attribution(True, pronoun, toks[words[0]].text, "before_menurut")
    if colon and all(t.cap for t in toks[:-1]):  # "Budi Santoso: “Kami siap.”"
        run, after = read_run(toks, 0)
        person = name_words(at.reading, run.words) if run is not None else ()
        if run is not None and after == len(toks) - 1 and len(person) >= 2:
            start = run.spans[len(run.words) - len(person)][0]
            name, etype = at.reading.resolver.resolve(
                at.reading.body[start : run.end], start, run.end
            )
            if etype in (None, "PERSON"):
                return Attribution(True, Speaker(name, True, start, "name"), None, "before_colon")
    if colon or toks[-1].text == ",":
        for c in reversed(words[-3:]):  # "katanya lagi, “...", "kata Budi: “..."
            low = toks[c].low
            if low.endswith("nya") and low[:-3] in short_cues():
                return Attribution(True, at.pronoun(toks[c].start), toks[c].text, "before_cue")
            if low in short_cues() and c + 1 < len(toks) and toks[c + 1].cap:
                return Attribution(True, phrase(at, toks, c + 1), toks[c].text, "before_cue")
    if colon:
        return Attribution(True, sentence_subject(at, toks), None, "before_colon")
    return Attribution(False, None, None)


def partial_speaker(at: Context, toks: Toks) -> tuple[Speaker | None, str | None]:
    """Return who uses a quoted phrase: the subject of the nearest speech verb before it."""
    for v in range(len(toks) - 1, -1, -1):
        if toks[v].low in partial_verbs():
            found = subject_before(at, toks, v)
            if found is None:
                subject = sentence_subject(at, toks)
                if subject is not None and subject.pos < toks[v].start:
                    found = subject
            return found, toks[v].text
    return None, None


def outro(at: Context) -> tuple[Speaker | None, str | None]:
    """Return who a following "Hal itu disampaikan Budi." names as the source."""
    index, sentences = at.sentence, at.reading.sentences
    if index >= len(sentences):
        return None, None
    toks = sentences[index].toks
    if len(toks) < 3 or toks[0].low not in _OUTRO_OPENERS:
        return None, None
    if toks[0].low in ("begitu", "demikian") and toks[1].low in short_cues():
        return phrase(at, toks, 2), toks[1].text  # "Begitu kata Rudi."
    for k, tok in enumerate(toks[:MAX_ROLE_TOKENS]):
        if tok.low in passive_cues():
            j = k + 1
            if j < len(toks) and toks[j].low == "oleh":
                j += 1
            return phrase(at, toks, j), tok.text
    return None, None


def announced(at: Context) -> Speaker | None:
    """Return the subject of the sentence read when it announces words ("dengan kalimat")."""
    index, sentences = at.sentence, at.reading.sentences
    if index < 0 or sentences[index].paragraph == sentences[index + 1].paragraph:
        return None
    toks = sentences[index].toks
    if not any(t.low in _speech_nouns() for t in toks):
        return None
    found = sentence_subject(at, toks)
    return found if found is not None and found.name else None


def lead_in(at: Context, quotes: Sequence[Quote]) -> Speaker | None:
    """Return who the sentence before a bare quote, in the same paragraph, is about.

    "Faisal mengingatkan bahwa ... . “...”", "Bagi Kurniawati, skema itu belum cukup.
    “...”": a writer who runs the quote on in the paragraph means that person's words.
    """
    index, sentences = at.sentence, at.reading.sentences
    if index < 0 or sentences[index].paragraph != sentences[index + 1].paragraph:
        return None
    sentence = sentences[index]
    quoted = (q for q in quotes if q.kind == "direct")
    if any(sentence.start <= q.start < sentence.end for q in quoted):
        return None  # the sentence is itself a quote: its speaker is handled as such
    toks = sentence.toks
    if len(toks) > 1 and toks[0].low in ("bagi", "menurut") and toks[1].cap:
        found = phrase(at, toks, 1)
    else:
        found = sentence_subject(at, toks)
    return found if found is not None and found.name else None


def narrated(at: Context) -> Speaker | None:
    """Return who the paragraph before a bare quote shows speaking.

    "Lestari menunjukkan surat itu sambil bertanya dengan suara keras." then a paragraph
    that is only a quote: the quote is hers.
    """
    index, sentences = at.sentence, at.reading.sentences
    if index < 0 or sentences[index].paragraph == sentences[index + 1].paragraph:
        return None
    toks = sentences[index].toks
    verbs = [
        k for k, t in enumerate(toks) if t.low in speech_verbs() or t.low in _narration_verbs()
    ]
    if not verbs:
        return None
    found = subject_before(at, toks, verbs[-1])
    if found is None:
        found = subject_of_verb(at, toks, verbs[-1])
    return found if found is not None and found.name else None


def intro(at: Context) -> Speaker | None:
    """Return the speaker the sentence ``at`` reads announces, when it ends in a speech verb."""
    index, sentences = at.sentence, at.reading.sentences
    if index < 0:
        return None
    toks = sentences[index].toks
    words = [k for k, t in enumerate(toks) if is_word(t)]
    if not words:
        return None
    last = toks[words[-1]]
    ends_colon = toks[-1].text == ":"
    if last.low in speech_verbs() or last.low in ("bahwa", "berikut") or ends_colon:
        v = words[-1]
        if last.low in ("bahwa", "berikut"):
            v = next((k for k in reversed(words) if toks[k].low in speech_verbs()), -1)
        found = subject_before(at, toks, v) if v >= 0 else None
        return found or sentence_subject(at, toks)
    return None
