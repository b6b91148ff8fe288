"""Who said it: classify quoted spans and attribute them, reading the body in order.

The reading is layered: ``speakers`` finds names, ``discourse`` finds the subject of a verb,
``indirect`` finds reported speech without marks, and this module reads the attribution around
each quoted span, decides what kind of quote it is and walks the body.
"""

from __future__ import annotations

from dataclasses import replace

from kabar.models import Entity, Quote
from kabar.quotes.discourse import PASSIVE_CUES
from kabar.quotes.indirect import IndirectReader
from kabar.quotes.lexicon import PARTIAL_VERBS, SHORT_CUES, SPEECH_VERBS
from kabar.quotes.marks import QuotedSpan
from kabar.quotes.names import Tok, read_run
from kabar.quotes.sentences import drop_trailing_group, is_word
from kabar.quotes.speakers import MAX_ROLE_TOKENS, Speaker

# Nouns for something said, whose sentence announces a bare quote that follows ("Ia menutup
# percakapan dengan kalimat ..."); by hand.
SPEECH_NOUNS = frozenset(
    "kalimat ucapan pesan pernyataan seruan jawaban kata-kata pertanyaan sambutan".split()
)
# Words before a quoted phrase that make it a title or a nickname, not a quote; by hand.
TITLE_CUES = frozenset(
    "film lagu buku novel album judul berjudul bertajuk bertema bernama julukan dijuluki "
    "alias sebutan tagar program acara slogan semboyan tema majalah koran harian sinetron serial "
    "drama lakon kolom rubrik festival kampanye gerakan istilah kata akronim singkatan "
    "tajuk tonton simak baca lihat".split()
)
# A nickname quoted inside a name ("Hendrikus \"Hengky\" Bhoko") is at most this long.
MAX_NICKNAME_WORDS = 3
# Small words a title keeps in lower case ("Halal atau Haram?"); by hand.
_TITLE_LINKS = frozenset("dan atau di ke dari yang untuk dengan pada dalam of the and".split())
# A title-case quoted phrase this short is a title or a name, not a quote; by hand.
MAX_TITLE_WORDS = 12
# Sentences after a quote that name its source ("Hal itu disampaikan Budi."); by hand.
_OUTRO_OPENERS = frozenset({"hal", "demikian", "begitu", "pernyataan", "ucapan", "kalimat"})
# Verbs that show someone speaking without reporting words ("ia berbicara panjang mengenai ...");
# a paragraph that is only a quote after them is theirs; by hand.
NARRATION_VERBS = frozenset(
    "berbicara bercerita berkisah mengeluh bergumam berteriak berseru menjawab bertanya "
    "berpidato berorasi curhat".split()
)
# Verbs that introduce a document's words ("Dalam surat itu tertulis, “...”"): a direct quote
# with no person as its speaker; by hand.
DOCUMENT_CUES = frozenset({"tertulis", "berbunyi", "bunyinya", "tercantum", "termuat"})


class QuoteReader(IndirectReader):
    """One pass over one body: sentences, discourse state and the quotes found so far."""

    # -- attributions --------------------------------------------------------------------------

    def _after(self, toks: list[Tok], sentence: int) -> tuple[bool, Speaker | None, str | None]:
        """Read an attribution after a quote: ", kata Budi", "ujarnya", ", Budi menambahkan"."""
        if len(toks) > 1 and toks[0].text in "—–" and toks[1].cap:  # "“...” — Budi Hartono"
            named, nxt = self._speaker_from_run(toks, 1, speech=True)
            if named is not None and named.name and not any(is_word(t) for t in toks[nxt:]):
                return True, named, toks[0].text
        i = 0
        while i < len(toks) and toks[i].text in ",-—–":
            i += 1
        if i >= len(toks) or not is_word(toks[i]):
            return False, None, None
        if toks[i].low in ("demikian", "begitu") and i + 1 < len(toks):
            i += 1
            if not self._cue_word(toks[i].low):  # "demikian keterangan resmi Kemenpan-RB"
                named = next(
                    (k for k in range(i, min(len(toks), i + MAX_ROLE_TOKENS)) if toks[k].cap),
                    None,
                )
                if named is None or any(t.text in ".;" for t in toks[i:named]):
                    return True, None, toks[i - 1].text
                return True, self._phrase(toks, named, sentence), toks[i - 1].text
        tok = toks[i]
        low = tok.low
        if low.endswith("nya") and (low[:-3] in SHORT_CUES or low == "menurutnya"):
            return True, self._pronoun(tok.start, sentence), tok.text
        if low in SHORT_CUES:
            return True, self._phrase(toks, i + 1, sentence), tok.text
        limit = min(len(toks), i + MAX_ROLE_TOKENS + 8)
        for v in range(i, limit):
            if toks[v].low in SPEECH_VERBS and v > i:
                if all(self._speaker_token(t) for t in toks[i:v]):
                    return True, self._subject_before(toks, v, sentence), toks[v].text
                break
        return False, None, None

    def _before(self, toks: list[Tok], sentence: int) -> tuple[bool, Speaker | None, str | None]:
        """Read an introduction before a quote: "Ia mengatakan: “...", "Kim menyatakan “..."."""
        words = [k for k, t in enumerate(toks) if is_word(t)]
        if not words:
            return False, None, None
        colon = toks[-1].text == ":"
        ends = colon or toks[-1].text == ","
        last = toks[words[-1]]
        if last.low in DOCUMENT_CUES and (ends or words[-1] == len(toks) - 1):
            return True, None, last.text  # "Dalam surat itu tertulis, “...”": no person speaks
        if ends:
            for v in words[-MAX_ROLE_TOKENS:]:
                if toks[v].low in PASSIVE_CUES:  # "Seperti dikatakan Kepala Desa X, Warsito, “"
                    j = v + 1 if v + 1 < len(toks) and toks[v + 1].low != "oleh" else v + 2
                    if j < len(toks) and toks[j].cap:
                        return True, self._phrase(toks, j, sentence), toks[v].text
        for v in reversed(words[-6:]):
            if toks[v].low in SPEECH_VERBS:
                between = toks[v + 1 :]
                if any(t.low == "bahwa" for t in between):
                    return False, None, None
                if v == words[-1] or colon or (between and between[-1].text == ","):
                    found = self._subject_before(toks, v, sentence)
                    if found is None:  # "Penyanyi X melalui akun Instagram-nya menulis, “"
                        found = self._subject_of_verb(toks, v, sentence)
                    return True, found, toks[v].text
                return False, None, None
        if toks[-1].text == "," and toks[0].low == "menurut" and len(toks) > 2:
            return True, self._phrase(toks, 1, sentence), toks[0].text  # "Menurut Budi, “..."
        if ends and len(words) == 1 and toks[words[0]].low == "menurutnya":
            return True, self._pronoun(toks[words[0]].start, sentence), toks[words[0]].text
        if colon and all(t.cap for t in toks[:-1]):  # "Budi Santoso: “Kami siap.”"
            run, after = read_run(toks, 0)
            name_words = self._name_words(run.words) if run is not None else ()
            if run is not None and after == len(toks) - 1 and len(name_words) >= 2:
                start = run.spans[len(run.words) - len(name_words)][0]
                name, etype = self.resolver.resolve(self.body[start : run.end], start, run.end)
                if etype in (None, "PERSON"):
                    return True, Speaker(name, True, start), None
        if colon or toks[-1].text == ",":
            for c in reversed(words[-3:]):  # "katanya lagi, “...", "kata Budi: “..."
                low = toks[c].low
                if low.endswith("nya") and low[:-3] in SHORT_CUES:
                    return True, self._pronoun(toks[c].start, sentence), toks[c].text
                if low in SHORT_CUES and c + 1 < len(toks) and toks[c + 1].cap:
                    return True, self._phrase(toks, c + 1, sentence), toks[c].text
        if colon:
            return True, self._subject(toks, sentence), None
        return False, None, None

    def _partial_speaker(self, toks: list[Tok], sentence: int) -> tuple[Speaker | None, str | None]:
        """Return who uses a quoted phrase: the subject of the nearest speech verb before it."""
        for v in range(len(toks) - 1, -1, -1):
            if toks[v].low in PARTIAL_VERBS:
                found = self._subject_before(toks, v, sentence)
                if found is None:
                    subject = self._subject(toks, sentence)
                    if subject is not None and subject.pos < toks[v].start:
                        found = subject
                return found, toks[v].text
        return None, None

    def _outro(self, index: int) -> tuple[Speaker | None, str | None]:
        """Return who a following "Hal itu disampaikan Budi." names as the source."""
        if index >= len(self.sentences):
            return None, None
        toks = self.sentences[index].toks
        if len(toks) < 3 or toks[0].low not in _OUTRO_OPENERS:
            return None, None
        if toks[0].low in ("begitu", "demikian") and toks[1].low in SHORT_CUES:
            return self._phrase(toks, 2, index), toks[1].text  # "Begitu kata Rudi."
        for k, tok in enumerate(toks[:MAX_ROLE_TOKENS]):
            if tok.low in PASSIVE_CUES:
                j = k + 1
                if j < len(toks) and toks[j].low == "oleh":
                    j += 1
                return self._phrase(toks, j, index), tok.text
        return None, None

    def _announced(self, index: int) -> Speaker | None:
        """Return the subject of sentence ``index`` when it announces words ("dengan kalimat")."""
        if index < 0 or self.sentences[index].paragraph == self.sentences[index + 1].paragraph:
            return None
        toks = self.sentences[index].toks
        if not any(t.low in SPEECH_NOUNS for t in toks):
            return None
        found = self._subject(toks, index)
        return found if found is not None and found.name else None

    def _lead_in(self, index: int) -> Speaker | None:
        """Return who the sentence before a bare quote, in the same paragraph, is about.

        "Faisal mengingatkan bahwa ... . “...”", "Bagi Kurniawati, skema itu belum cukup.
        “...”": a writer who runs the quote on in the paragraph means that person's words.
        """
        if index < 0 or self.sentences[index].paragraph != self.sentences[index + 1].paragraph:
            return None
        sentence = self.sentences[index]
        quoted = (q for q in self.quotes if q.kind == "direct")
        if any(sentence.start <= q.start < sentence.end for q in quoted):
            return None  # the sentence is itself a quote: its speaker is handled as such
        toks = sentence.toks
        if len(toks) > 1 and toks[0].low in ("bagi", "menurut") and toks[1].cap:
            found = self._phrase(toks, 1, index)
        else:
            found = self._subject(toks, index)
        return found if found is not None and found.name else None

    def _narrated(self, index: int) -> Speaker | None:
        """Return who the paragraph before a bare quote shows speaking.

        "Lestari menunjukkan surat itu sambil bertanya dengan suara keras." then a paragraph
        that is only a quote: the quote is hers.
        """
        if index < 0 or self.sentences[index].paragraph == self.sentences[index + 1].paragraph:
            return None
        toks = self.sentences[index].toks
        verbs = [k for k, t in enumerate(toks) if t.low in SPEECH_VERBS or t.low in NARRATION_VERBS]
        if not verbs:
            return None
        found = self._subject_before(toks, verbs[-1], index)
        if found is None:
            found = self._subject_of_verb(toks, verbs[-1], index)
        return found if found is not None and found.name else None

    def _intro(self, index: int) -> Speaker | None:
        """Return the speaker announced by sentence ``index`` when it ends in a speech verb."""
        if index < 0:
            return None
        toks = self.sentences[index].toks
        words = [k for k, t in enumerate(toks) if is_word(t)]
        if not words:
            return None
        last = toks[words[-1]]
        ends_colon = toks[-1].text == ":"
        if last.low in SPEECH_VERBS or last.low in ("bahwa", "berikut") or ends_colon:
            v = words[-1]
            if last.low in ("bahwa", "berikut"):
                v = next((k for k in reversed(words) if toks[k].low in SPEECH_VERBS), -1)
            found = self._subject_before(toks, v, index) if v >= 0 else None
            return found or self._subject(toks, index)
        return None

    # -- the pass ------------------------------------------------------------------------------

    def read(self) -> tuple[Quote, ...]:
        """Walk the sentences in order and return every quote found, in body order."""
        spans = [s for s in self.spans if not s.single]
        singles = [s for s in self.spans if s.single]
        last_direct: tuple[int, Speaker | None] | None = None
        for index, sentence in enumerate(self.sentences):
            subject = self._subject(sentence.toks, index)
            if subject is not None:
                self._remember(subject, subject.pos, index)
            self._mentions(sentence.toks, index)
            inside = [s for s in spans if sentence.start <= s.start < sentence.end]
            inside += [s for s in singles if sentence.start <= s.start < sentence.end]
            inside.sort(key=lambda s: s.open)
            direct_here = False
            for n, span in enumerate(inside):
                nxt_open = inside[n + 1].open if n + 1 < len(inside) else sentence.end
                # What comes before a span is read from the sentence's start, across any
                # earlier quote in it; what comes after stops at the next quote.
                left = [t for t in sentence.toks if sentence.start <= t.start < span.open]
                after_mark = (span.close + 1) if span.close is not None else span.end
                right = [t for t in sentence.toks if after_mark <= t.start < nxt_open]
                quote = self._quote(span, left, right, index, last_direct)
                if quote is None:
                    continue
                self.quotes.append(quote)
                if quote.kind == "direct":
                    direct_here = True
                    speaker = Speaker(quote.speaker, True, span.end) if quote.speaker else None
                    last_direct = (index, speaker)
            if not direct_here:
                reporter = self._indirect(sentence, index)
                if reporter is not None:  # "Menurut Wisnu, ... sebagai “biaya koordinasi”."
                    self.quotes = [
                        replace(q, speaker=reporter)
                        if q.kind == "partial"
                        and q.speaker is None
                        and sentence.start <= q.start < sentence.end
                        else q
                        for q in self.quotes
                    ]
        self.quotes.sort(key=lambda q: q.start)
        return tuple(self.quotes)

    def _quote(
        self,
        span: QuotedSpan,
        left: list[Tok],
        right: list[Tok],
        index: int,
        last_direct: tuple[int, Speaker | None] | None,
    ) -> Quote | None:
        """Classify one quoted span and attribute it."""
        text = self.body[span.start : span.end]
        left_words = [t for t in left if is_word(t)]
        right_words = [t for t in drop_trailing_group(right) if is_word(t)]
        if span.single and not left_words and right_words and right_words[0].low in SHORT_CUES:
            span_kind = "direct"
        elif span.single:
            span_kind = "partial"
        else:
            span_kind = ""
        found_after, after, cue_after = self._after(right, index)
        found_before, before, cue_before = (False, None, None)
        if not found_after:
            found_before, before, cue_before = self._before(left, index)
        standalone = not left_words and not right_words
        if span_kind == "partial":
            kind = "partial"
        elif found_after or found_before or standalone:
            kind = "direct"
        else:
            kind = "partial"
        unattributed = not (found_after or found_before)
        if self._nickname(text, left, right):
            return None  # Joko "Jokowi" Widodo, 'Hendrikus "Hengky" Bhoko, mengungkapkan'
        if (kind == "partial" or unattributed) and self._is_title(text, left):
            return None
        if any(t.low in TITLE_CUES for t in left[-1:]) and self._title_case(text):
            return None  # 'serial "Kos-kosan Bu Ratmi" itu mengaku ...': a title, then a verb
        speaker: Speaker | None = None
        cue: str | None = None
        if kind == "direct":
            if found_after:
                speaker, cue = after, cue_after
            elif found_before:
                speaker, cue = before, cue_before
            if speaker is None and not found_after and not found_before:
                intro = self._intro(index - 1)
                if intro is not None:
                    speaker, cue = intro, None
                elif last_direct is not None and index - last_direct[0] <= 1:
                    speaker = last_direct[1]
                else:
                    speaker, cue = self._outro(index + 1)
                    if speaker is None and standalone:
                        speaker = (
                            self._lead_in(index - 1)
                            or self._announced(index - 1)
                            or self._narrated(index - 1)
                        )
        else:
            speaker, cue = self._partial_speaker(left, index)
            if speaker is None and not left_words:
                speaker = self._intro(index - 1)
        if speaker is not None and not speaker.name:
            speaker = None
        self._remember(speaker, span.end, index)
        end = span.end
        if text.endswith(",") and len(text) > 1:  # the attribution's comma, not the speaker's
            end -= 1
            while end > span.start and self.body[end - 1].isspace():
                end -= 1
        return Quote(
            text=self.body[span.start : end],
            speaker=speaker.name if speaker else None,
            kind=kind,
            start=span.start,
            end=end,
            cue=cue,
        )

    @staticmethod
    def _title_case(text: str, least: int = 1) -> bool:
        """Tell whether a phrase is written as a title: at least ``least`` main words, all
        capitalised, and no longer than a title."""
        words = text.split()
        letters = [w for w in words if w[:1].isalpha() and w.lower() not in _TITLE_LINKS]
        return (
            len(letters) >= least
            and len(words) <= MAX_TITLE_WORDS
            and all(w[0].isupper() for w in letters)
        )

    @staticmethod
    def _nickname(text: str, left: list[Tok], right: list[Tok]) -> bool:
        """Tell whether a short quoted phrase sits between two words of a name."""
        return bool(
            left
            and right
            and left[-1].cap
            and right[0].cap
            and len(text.split()) <= MAX_NICKNAME_WORDS
        )

    def _is_title(self, text: str, left: list[Tok]) -> bool:
        """Tell whether a quoted phrase is a title of a work, not a quote.

        A nickname inside a name (Joko "Jokowi" Widodo) is left out before this is asked.
        """
        if any(t.low in TITLE_CUES for t in left[-2:]):
            return True  # "film “...”", "Tonton juga “...”"
        return self._title_case(text, least=2)


def attribute(body: str, entities: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
    """Find and attribute every quote in a body (see ``kabar.quotes.extract_quotes``)."""
    return QuoteReader(body, entities).read()
