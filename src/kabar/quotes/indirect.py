"""Reported speech without quotation marks: "Menurut X, ...", "X mengatakan ...", "..., kata X"."""

from __future__ import annotations

from kabar.models import Quote
from kabar.quotes.discourse import DiscourseReader
from kabar.quotes.lexicon import ANONYMOUS_OPENERS, DEMONSTRATIVES, SHORT_CUES, SPEECH_VERBS
from kabar.quotes.names import Tok
from kabar.quotes.sentences import Sentence, is_word, verbish
from kabar.quotes.speakers import MAX_ROLE_TOKENS, Speaker

# Quotation marks as tokens of the masked body.
QUOTE_MARKS = frozenset("“”\"„«»‘’'")
# Speech verbs whose object may be the reported clause itself ("Kim mengatakan Rusia ...").
_CLAUSE_VERBS = frozenset(
    "mengatakan menegaskan menambahkan menuturkan mengaku menilai berkata menyebutkan "
    "menjelaskan menerangkan menyebut mengklaim menyatakan memastikan menduga memperkirakan "
    "mengungkapkan mengakui menuding menuduh beralasan membantah menampik memperingatkan".split()
)
# Verbs that name something: a quote in their object is the point, not reported speech.
_NAMING_VERBS = frozenset({"menyebut", "menyebutkan", "menilai"})
# Words before a quoted term that make it the name the speaker gives something; by hand.
_TERM_CUES = frozenset({"sebagai", "istilah", "dengan", "julukan"})
# A relative clause between a subject and its verb is at most this long; by hand.
MAX_RELATIVE_TOKENS = 8
# Small words that open a reported clause but are not verbs ("mengatakan para pemain ...").
_CLAUSE_OPENERS = frozenset({"para", "sang", "sejumlah", "seluruh", "semua", "setiap"})
# Short cues that are common words too ("jelas", "ingat"): not read as a cue after a comma.
_WEAK_CUES = frozenset({"jelas", "aku", "ingat", "harap", "singkat", "buka", "tutup", "nilai"})
# Minimum words in a reported clause for it to count as indirect speech; by hand.
MIN_INDIRECT_WORDS = 4


class IndirectReader(DiscourseReader):
    """Find reported speech in sentences that carry no direct quote."""

    # -- indirect speech -----------------------------------------------------------------------

    def _indirect(self, sentence: Sentence, index: int) -> str | None:
        """Find reported speech in a sentence without a direct quote; return who reports it."""
        toks = sentence.toks
        words = [k for k, t in enumerate(toks) if is_word(t)]
        if len(words) < MIN_INDIRECT_WORDS + 2:
            return None
        found = self._menurut(toks, index) or self._verb_clause(toks, index)
        found = found or self._trailing_cue(toks, index)
        if found is None:
            return None
        speaker, cue, start, end = found
        start, end = self._trim(start, end)
        # An unnamed person ("Seorang penambang yang enggan disebut namanya mengatakan ...")
        # reports speech too: kept with no speaker.
        if speaker is None or not (speaker.name or speaker.person):
            return None
        self._remember(speaker, start, index)
        if len(self.body[start:end].split()) < MIN_INDIRECT_WORDS:
            return speaker.name
        text = self.body[start:end]
        self.quotes.append(Quote(text, speaker.name, "indirect", start, end, cue=cue))
        return speaker.name

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        """Cut spaces and the final full stop or comma from a reported clause."""
        while start < end and self.body[start] in " \n,:":
            start += 1
        while end > start and self.body[end - 1] in " \n.,;":
            end -= 1
        return start, end

    def _menurut(self, toks: list[Tok], index: int) -> tuple[Speaker | None, str, int, int] | None:
        """Read "Menurut X, CLAUSE." and "Menurutnya, CLAUSE."."""
        first = toks[0]
        if first.low == "menurutnya" and len(toks) > 2:
            return self._pronoun(first.start, index), first.text, toks[1].start, toks[-1].end
        if first.low != "menurut" or len(toks) < 3:
            return None
        comma = next((k for k in range(1, min(len(toks), 20)) if toks[k].text == ","), None)
        if comma is None:
            return None
        speaker = self._phrase(toks, 1, index)
        if speaker is None and toks[1].low in ANONYMOUS_OPENERS:  # "Menurut seorang petugas"
            speaker = Speaker(None, True, toks[1].start)
        return speaker, first.text, toks[comma].end, toks[-1].end

    def _verb_clause(
        self, toks: list[Tok], index: int
    ) -> tuple[Speaker | None, str, int, int] | None:
        """Read "X mengatakan(,| bahwa| kepada ... bahwa) CLAUSE."."""
        for v, tok in enumerate(toks):
            if tok.low not in SPEECH_VERBS or v == 0:
                continue
            k = v + 1
            if k < len(toks) and (toks[k].text in ",:" or toks[k].low == "bahwa"):
                clause = k + 1
            else:
                marker = next(
                    (j for j in range(k, min(len(toks), k + 10)) if toks[j].low == "bahwa"), None
                )
                if marker is not None and all(t.text not in ",.;" for t in toks[k:marker]):
                    clause = marker + 1
                elif (
                    tok.low in _CLAUSE_VERBS
                    and k < len(toks)
                    and is_word(toks[k])
                    and (verbish(toks[k]) or toks[k].cap or toks[k].low in _CLAUSE_OPENERS)
                    and not (tok.low in _NAMING_VERBS and self._names_a_term(toks, k))
                ):
                    clause = k  # but in "menyebut banjir itu sebagai “...”" the quote is the point
                else:
                    continue
            if clause >= len(toks):
                return None
            speaker = self._subject_before(toks, v, index) or self._relative_subject(toks, v, index)
            if speaker is None:  # "Seorang staf yang namanya tidak ingin disebut mengatakan"
                subject = self._subject(toks, index)
                if (
                    subject is not None
                    and subject.pos < tok.start
                    and subject.person
                    and (subject.name is None or self._nobody_between(toks, subject, v))
                ):
                    speaker = subject  # "Hakim ketua Jang Min-seo dalam putusannya menyebut"
            return speaker, tok.text, toks[clause].start, toks[-1].end
        return None

    def _relative_subject(self, toks: list[Tok], v: int, index: int) -> Speaker | None:
        """Return X of "X yang hadir mewakili menteri mengatakan ..." (a relative clause)."""
        for k in range(v - 1, max(0, v - MAX_RELATIVE_TOKENS) - 1, -1):
            if toks[k].text in ",.;" or toks[k].cap:
                return None
            if toks[k].low == "yang":
                found = self._name_ending_at(toks, k - 1, index) if k > 0 else None
                return found if found is not None and found.name and found.person else None
        return None

    @staticmethod
    def _nobody_between(toks: list[Tok], subject: Speaker, v: int) -> bool:
        """Tell whether no other capitalised name stands between a subject and its verb."""
        after = next((k for k, t in enumerate(toks) if t.start > subject.pos and not t.cap), v)
        between = toks[after:v]
        # "Pentolan Oasis itu mengatakan": a description, whose name is not the subject's
        return not any(t.cap or t.low in DEMONSTRATIVES for t in between)

    @staticmethod
    def _names_a_term(toks: list[Tok], k: int) -> bool:
        """Tell whether the object gives a quoted term ("menyebut banjir itu sebagai “...”")."""
        mark = next((j for j in range(k, len(toks)) if toks[j].text in QUOTE_MARKS), None)
        return mark is not None and any(t.low in _TERM_CUES for t in toks[k:mark])

    def _trailing_cue(
        self, toks: list[Tok], index: int
    ) -> tuple[Speaker | None, str, int, int] | None:
        """Read "CLAUSE, kata X." and "CLAUSE, ujarnya." at the end of a sentence."""
        closing: int | None = None  # the comma after a mid-sentence ", kata X,"
        for k in range(len(toks) - 2, 0, -1):
            if toks[k].text != ",":
                continue
            cue = toks[k + 1]
            low = cue.low
            if closing is not None:  # "Jembatan itu, kata Kepala Dinas X, akan selesai ..."
                phrase = toks[k + 2 : closing]
                if (
                    k >= 1
                    and (self._cue_word(low) or low == "menurut")
                    and low not in _WEAK_CUES
                    and len(phrase) <= MAX_ROLE_TOKENS + 2
                    and all(self._speaker_token(t) for t in phrase)
                ):
                    if low in SHORT_CUES or low == "menurut":  # "BI, kata dia, terus ..."
                        speaker = self._phrase(toks, k + 2, index)
                    else:
                        speaker = self._pronoun(cue.start, index)
                    return speaker, cue.text, toks[0].start, toks[-1].end
                return None
            if k <= 2:
                return None
            if low.endswith("nya") and low[:-3] in SHORT_CUES:
                rest = [t for t in toks[k + 2 :] if is_word(t)]
                if len(rest) <= 4:
                    return self._pronoun(cue.start, index), cue.text, toks[0].start, toks[k].start
            if low in SHORT_CUES and low not in _WEAK_CUES:
                speaker = self._phrase(toks, k + 2, index)
                return speaker, cue.text, toks[0].start, toks[k].start
            closing = k
        return None
