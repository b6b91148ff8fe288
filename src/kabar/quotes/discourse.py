"""Who does the verb: sentence subjects, names before a verb, and sources named in passing."""

from __future__ import annotations

import re

from kabar.quotes.lexicon import (
    ADVERBS,
    ANONYMOUS_OPENERS,
    CONNECTIVES,
    DEMONSTRATIVES,
    PARTIAL_VERBS,
    PERSON_PRONOUNS,
    ROLE_WORDS,
    SHORT_CUES,
    SPEECH_VERBS,
    VERB_PREFIXES,
)
from kabar.quotes.names import PERSON_TYPE, Tok, is_role_lower
from kabar.quotes.sentences import NOT_VERB, is_word, verbish
from kabar.quotes.speakers import (
    LOWER_TITLE_WORDS,
    MAX_APPOSITIVES,
    RESIDENT_OF,
    Speaker,
    SpeakerReader,
)

# Lower-case words read between a role and a name in a subject ("Pemimpin diktator Korut Kim").
MAX_ROLE_NOUNS = 2
# A passive verb (di-...) is longer than this ("dihadiri", not "di" or "dia"); by hand.
MIN_PASSIVE_LENGTH = 4
# Words of an adverbial phrase between a subject and its speech verb ("dalam kesempatan yang
# sama"); by hand.
MAX_ADVERBIAL_TOKENS = 6
# Sentence openers that make an unnamed person the subject: pronouns after them must not reach
# back past it to a named one; by hand.
UNNAMED_PEOPLE = frozenset({"seorang", "salah", "sumber", "narasumber"})
# A verb clause opening a sentence ("Menutup keterangannya, Pangdam X berharap") starts with a
# word longer than this; by hand.
MIN_PARTICIPLE_LENGTH = 5
# Verbs before a subject that follows them ("tampak Mbah Paiman yang datang"); by hand.
_APPEARS = frozenset({"tampak", "terlihat", "hadir", "muncul"})
# Openers of a subject that is a person or people without a name ("Sejumlah warga mengaku
# resah", "Para pedagang mengeluh"): a later "katanya" must not reach back past them; by hand.
HUMAN_NOUNS = frozenset(
    "warga pedagang pria wanita perempuan lelaki petani nelayan korban saksi pengunjung "
    "penumpang siswa mahasiswa buruh pekerja karyawan sopir pengemudi penduduk pengungsi "
    "tetangga remaja orang ibu-ibu bapak-bapak pemudik pembeli peserta petugas relawan "
    "anggota".split()
)
# Quantifiers that make an unnamed subject when a word of HUMAN_NOUNS follows them.
_QUANTIFIERS = frozenset("sejumlah beberapa sebagian banyak ratusan puluhan ribuan".split())
# Lower-case words read after such an opener before deciding it has no name ("warga lain").
MAX_UNNAMED_WORDS = 4
# An appositive between a name and its verb is at most this long ("Kim, pemimpin Korut, ...").
MAX_APPOSITIVE_TOKENS = 16
# Passive speech verbs whose agent is the source ("disampaikan Budi"); by hand.
PASSIVE_CUES = frozenset(
    "disampaikan dikatakan diungkapkan ditegaskan dijelaskan diutarakan dituturkan "
    "disebutkan diucapkan dikemukakan".split()
)
# Words after which a subject carries over to a second verb ("Putin memuji ... dan menegaskan").
_COORDINATORS = frozenset({"dan", "serta", "lalu", "kemudian", "sembari", "sambil", "sekaligus"})
# Words before a name that make it the interviewer or the addressee, never the speaker
# ("warga yang ditemui Kabar Nusantara mengatakan", "Teuku, kepada wartawan, mengatakan"); by hand.
ADDRESSEE_CUES = frozenset(
    "kepada pada ditemui dihubungi dikonfirmasi diwawancarai ditanya ditanyai dijumpai "
    "disambangi ditelepon dikutip dilansir diberitakan dilaporkan".split()
)
# An academic degree written with periods after a name (", M.Epid,", ", S.H., M.Kn.,").
_DEGREE = re.compile(r"(?:[A-Z][A-Za-z]{0,3}\.\s?[A-Za-z()]{0,6}\.?,?\s?)+")
# Pieces of an academic degree after a name ("Anita Kusuma, Sp.A, mengatakan") are this short.
MAX_DEGREE_CHARS = 3


class DiscourseReader(SpeakerReader):
    """Find the subject of a sentence or a verb, and the sources a sentence names."""

    # -- subjects ------------------------------------------------------------------------------

    def _subject(self, toks: list[Tok], sentence: int) -> Speaker | None:
        """Return the subject of a sentence when it is a name or a person pronoun."""
        if not toks or not is_word(toks[0]):
            return None
        i = 0
        if toks[0].low in CONNECTIVES or self._opening_clause(toks):
            comma = next((k for k in range(1, min(len(toks), 14)) if toks[k].text == ","), None)
            if comma is not None:
                i = comma + 1
            else:
                i = 1
                while i < len(toks) and is_word(toks[i]) and not toks[i].cap:
                    if toks[i].low in PERSON_PRONOUNS or i > MAX_ADVERBIAL_TOKENS:
                        return None  # "Dalam foto yang ia terima dari petugas ... Jalan X"
                    i += 1
        if i >= len(toks):
            return None
        if (
            toks[i].low in UNNAMED_PEOPLE
            or toks[i].low in HUMAN_NOUNS
            or is_role_lower(toks[i].low)
        ):
            named = self._apposed_name(toks, i)
            if named is not None:  # "Salah satu murid kelas lima, Maria (11), ingin ..."
                return self._doer(toks, *named)
        if i == 0 and len(toks) > 2 and toks[0].low in ("kembali", "balik") and toks[1].low == "ke":
            named, _ = self._speaker_from_run(toks, 2)  # "Kembali ke Nadia.": the topic again
            if named is not None and named.name and named.person:
                return named
        if toks[i].low in UNNAMED_PEOPLE and any(t.low in SPEECH_VERBS for t in toks[i:]):
            return Speaker(None, True, toks[i].start)  # "Seorang pejabat Kemenhub ... mengakui"
        human = (
            toks[i].low in HUMAN_NOUNS
            or toks[i].low == "para"
            or (
                toks[i].low in _QUANTIFIERS and i + 1 < len(toks) and toks[i + 1].low in HUMAN_NOUNS
            )
        )
        speaks = any(t.low in SPEECH_VERBS for t in toks[i:])
        if ((human and speaks) or toks[i].low == "seorang") and self._unnamed(toks, i):
            # "Sejumlah warga mengaku resah", "Seorang ibu menangis di pengungsian"
            return Speaker(None, True, toks[i].start)
        if toks[i].low in PERSON_PRONOUNS:
            after = i + 1
            speaker = self._pronoun(toks[i].start, sentence)
        else:
            speaker, after = self._speaker_from_run(toks, i)
            unnamed, unnamed_after = speaker, after
            if speaker is not None and speaker.name is None:
                skipped = 0  # "Ketua panitia Lestari Wulandari", "Pemimpin diktator Korut Kim"
                while (
                    after < len(toks)
                    and is_word(toks[after])
                    and not toks[after].cap
                    and (is_role_lower(toks[after].text) or skipped < MAX_ROLE_NOUNS)
                    and toks[after].low not in NOT_VERB
                    and not toks[after].low.startswith(("me", "ber"))
                ):
                    after += 1
                    skipped += 1
                if after < len(toks) and toks[after].cap:
                    speaker, after = self._speaker_from_run(toks, after)
                if speaker is None or speaker.name is None:
                    speaker, after = unnamed, unnamed_after  # "Presiden juga mengingatkan"
            if (
                speaker is not None
                and speaker.name is None
                and after + 1 < len(toks)
                and toks[after].text == ","
                and toks[after + 1].cap
            ):  # "Kepala Polsek Mampang, Komisaris Sujarwo, menyampaikan"
                named, named_after = self._speaker_from_run(toks, after + 1)
                if named is not None and named.name and named.person:
                    speaker = named
                    after = named_after + (
                        1 if named_after < len(toks) and toks[named_after].text == "," else 0
                    )
            elif (
                speaker is not None
                and not self._pure(toks[i])
                and after + 1 < len(toks)
                and toks[after].text == ","
                and toks[after + 1].cap
                and self._pure(toks[after + 1])
            ):  # "Fakultas Ekonomika Universitas Gadjah Mada, Rimawan Pradiptyo, menyoroti"
                named, named_after = self._speaker_from_run(toks, after + 1)
                if named is not None and named.name and named.person:
                    speaker, after = named, named_after
                    if after < len(toks) and toks[after].text == ",":
                        after += 1
            if speaker is None or (speaker.name is None and not speaker.person):
                return None
        return self._doer(toks, speaker, after)

    def _apposed_name(self, toks: list[Tok], i: int) -> tuple[Speaker, int] | None:
        """Return the person an unnamed opener names in apposition, and the index after it.

        "Salah satu murid kelas lima, Maria (11), ..." and "Seorang warga, Budi, ..." have
        the named person as their subject.
        """
        limit = min(len(toks) - 1, i + MAX_UNNAMED_WORDS + 4)
        comma = next((k for k in range(i + 1, limit) if toks[k].text == ","), None)
        if comma is None or not toks[comma + 1].cap:
            return None
        if any(not is_word(t) for t in toks[i + 1 : comma]):
            return None  # "Seorang pemuda Bugbug, Komang (24), ..." may name a place first
        named, after = self._speaker_from_run(toks, comma + 1)
        if named is None or not named.name or not named.person:
            return None
        if after < len(toks) and toks[after].text == "(":
            after = self._skip_appositive(toks, after)
        if after < len(toks) and toks[after].text == ",":
            after += 1
        return named, after

    def _doer(self, toks: list[Tok], speaker: Speaker, after: int) -> Speaker | None:
        """Return ``speaker`` when a verb follows its phrase at ``toks[after]``."""
        after = self._skip_appositive(toks, after)
        if after + 1 < len(toks) and toks[after].low in ("di", "dari") and toks[after + 1].cap:
            place = after + 1  # "Widyastuti di Balai Kota X menyatakan", "X dari LBH Y menambahkan"
            while place < len(toks) and toks[place].cap:
                place += 1
            if place < len(toks) and toks[place].low in SPEECH_VERBS:
                after = place
        while after < len(toks) and toks[after].low in ADVERBS:
            after += 1
        if after < len(toks) and verbish(toks[after]):
            return speaker
        for k in range(after, min(len(toks), after + MAX_ADVERBIAL_TOKENS)):
            if toks[k].cap or not is_word(toks[k]):
                break
            if toks[k].low in PARTIAL_VERBS:  # "Park dalam kesempatan yang sama menyebut"
                return speaker
        return None

    def _opening_clause(self, toks: list[Tok]) -> bool:
        """Tell whether a sentence opens with a verb clause ("Menanggapi hal itu, Budi ...").

        The first word looks like a verb and is no name of the article, a lower-case word follows
        it, and a comma closes the clause before any speech verb ("Meilinda mengatakan, ..." is
        a name and its verb).
        """
        low = toks[0].low
        if not (
            len(toks) > 2
            and len(low) > MIN_PARTICIPLE_LENGTH
            and low.startswith(VERB_PREFIXES)
            and not is_role_lower(low)
            and toks[0].text not in self.proper
            and not toks[1].cap
        ):
            return False
        for tok in toks[1:MAX_ADVERBIAL_TOKENS + 2]:
            if tok.text == ",":
                return True
            if tok.low in SPEECH_VERBS or not is_word(tok):
                return False
        return False

    @staticmethod
    def _unnamed(toks: list[Tok], i: int) -> bool:
        """Tell whether the noun phrase opening at ``toks[i]`` names nobody ("warga lain itu")."""
        j = i + 1
        while j < len(toks) and j - i <= MAX_UNNAMED_WORDS:
            tok = toks[j]
            if tok.low == "yang":
                return True  # "Sejumlah warga yang ditemui BBC"
            if tok.cap or tok.text in ",(":
                return False  # "Warga lain, Sutrisno (45), mengaku", "Ibu Sumiati"
            if not is_word(tok):
                return False
            if verbish(tok) and tok.low.startswith(("me", "ber", "ter", "di")):
                return True
            j += 1
        return True

    @staticmethod
    def _skip_appositive(toks: list[Tok], k: int) -> int:
        """Skip "(39)" and ", pemimpin Korea Utara," after a name; return the next index."""
        if k < len(toks) and toks[k].text == "(":
            close = next((j for j in range(k, min(len(toks), k + 6)) if toks[j].text == ")"), None)
            if close is not None:
                k = close + 1
        start = k
        for _ in range(MAX_APPOSITIVES):  # "Marullah Matali, Wali Kota X, yang dihubungi, juga"
            if not (k < len(toks) and toks[k].text == ","):
                break
            limit = min(len(toks), k + MAX_APPOSITIVE_TOKENS)
            close = next((j for j in range(k + 1, limit) if toks[j].text == ","), None)
            if close is None:
                break
            if close + 1 < len(toks) and verbish(toks[close + 1]):
                return close + 1
            k = close
        return start

    def _subject_before(self, toks: list[Tok], v: int, sentence: int) -> Speaker | None:
        """Return who does the verb at ``toks[v]``: the name or pronoun right before it."""
        k = v - 1
        while k >= 0 and toks[k].low in ADVERBS:
            if toks[k].low in DEMONSTRATIVES and k > 0 and toks[k - 1].cap:
                return None  # "Pentolan Oasis itu mengatakan": a description, not a name
            k -= 1
        if k < 0:
            return None
        k = self._skip_addressee(toks, k)
        if k < 0:
            return None
        k = self._skip_origin(toks, k)
        if toks[k].low in PERSON_PRONOUNS:
            return self._pronoun(toks[k].start, sentence)
        if toks[k].text == ",":
            comma = next(
                (
                    j
                    for j in range(k - 1, max(-1, k - MAX_APPOSITIVE_TOKENS), -1)
                    if toks[j].text == ","
                ),
                None,
            )
            segment = toks[comma + 1] if comma is not None and comma + 1 < k else None
            appositive = segment is not None and (
                (not segment.cap and segment.low not in LOWER_TITLE_WORDS)
                or segment.text in ROLE_WORDS
                or all(len(t.text) <= MAX_DEGREE_CHARS for t in toks[comma + 1 : k])
                or _DEGREE.fullmatch(self.body[segment.start : toks[k - 1].end]) is not None
            )  # ", sekretaris tim kampanye,", ", Kapolsek Tambun,", ", Sp.A," (not ", dokter X,")
            if appositive and segment is not None and segment.text in ROLE_WORDS:
                named = self._named_in_apposition(toks, comma, sentence)
                if named is not None:  # "Petugas Puskesmas X, Bidan Siti Khoiriyah, mengatakan"
                    return named
            if not appositive:
                found = self._name_ending_at(toks, k - 1, sentence)
                if found is not None:
                    return found
            if comma is None:
                return None
            k = comma - 1  # "Decky Senduk, sekretaris tim kampanye, mengaku"
        found = self._name_ending_at(toks, k, sentence)
        if found is not None:
            return found
        if toks[k].low in _COORDINATORS or toks[k].text == ",":
            return self._subject(toks, sentence)
        return None

    def _named_in_apposition(self, toks: list[Tok], comma: int, sentence: int) -> Speaker | None:
        """Return the known person a role apposition after ``toks[comma]`` names.

        Not in "Rasgianto, Ketua KUD X, mengatakan", where the apposition describes the person
        named before it.
        """
        before = self._name_ending_at(toks, comma - 1, sentence) if comma > 0 else None
        if before is not None and before.person:
            return None
        named, _ = self._speaker_from_run(toks, comma + 1)
        if named is None or not named.name or not named.person:
            return None
        return named if self.resolver.alias(named.name, PERSON_TYPE) is not None else None

    @staticmethod
    def _skip_addressee(toks: list[Tok], k: int) -> int:
        """Step back over "kepada Kabar Nusantara" ending at ``toks[k]``; -1 if no subject is left.

        The name after "kepada", "ditemui", "dihubungi" ... is the addressee or the interviewer.
        In "warga yang ditemui BBC mengatakan" the speaker is the unnamed "warga" (-1).
        """
        s = k
        while s >= 0 and (toks[s].cap or toks[s].low in ("news", "tv", "com")):
            s -= 1
        if s == k or s < 0 or toks[s].low not in ADDRESSEE_CUES:
            return k
        s -= 1
        while s >= 0 and toks[s].low in ADVERBS:
            s -= 1
        if s < 0 or toks[s].low == "yang":
            return -1
        return s

    @staticmethod
    def _skip_origin(toks: list[Tok], k: int) -> int:
        """Step back over "dari LBH Sukamaju" ending at ``toks[k]`` when a name precedes it."""
        s = k
        while s >= 0 and toks[s].cap:
            s -= 1
        if s < 1 or s == k or toks[s].low not in ("dari", "di") or not toks[s - 1].cap:
            return k
        return s - 1

    def _name_ending_at(self, toks: list[Tok], k: int, sentence: int) -> Speaker | None:
        """Return the speaker named by the capitalised run (or pronoun) ending at ``toks[k]``."""
        if k >= 0 and toks[k].text == ")":
            opening = next((j for j in range(k, max(-1, k - 6), -1) if toks[j].text == "("), None)
            if opening is not None and not toks[opening + 1].text.isupper():
                k = opening - 1
        if k < 0:
            return None
        if toks[k].low in PERSON_PRONOUNS:
            return self._pronoun(toks[k].start, sentence)
        s = k
        if toks[s].text == ")" and s >= 3 and toks[s - 2].text == "(":
            s -= 3
        while s >= 0 and (toks[s].cap and toks[s].text[0].isalpha()):
            s -= 1
        s += 1
        if s > k or not toks[s].cap:
            return None
        if s > 0 and toks[s - 1].low in RESIDENT_OF:
            return Speaker(None, True, toks[s].start)  # an unnamed resident of a place
        speaker, _ = self._speaker_from_run(toks, s, speech=True)
        if speaker is None or speaker.name is None:
            return None
        return speaker

    def _mentions(self, toks: list[Tok], sentence: int) -> None:
        """Remember people a sentence names as sources outside its subject.

        "menurut Andre", ", kata Budi," and passive agents ("disampaikan Rizki Rifai",
        "dihadiri William Wongso") make the person the one a later "katanya" points at.
        """
        for k in range(len(toks) - 1):
            tok, nxt = toks[k], toks[k + 1]
            if tok.low in PASSIVE_CUES and not nxt.cap:
                # "Hal senada diungkapkan tetangganya, Siti Zubaidah."
                comma = next(
                    (
                        j
                        for j in range(k + 1, min(len(toks) - 1, k + MAX_UNNAMED_WORDS + 2))
                        if toks[j].text == ","
                    ),
                    None,
                )
                if comma is not None and all(is_word(t) for t in toks[k + 1 : comma]):
                    named, _ = self._speaker_from_run(toks, comma + 1)
                    if named is not None and named.name:
                        self._remember(named, toks[comma + 1].start, sentence)
                continue
            if tok.low == "menurut" and nxt.low in ANONYMOUS_OPENERS:
                # "Menurut seorang petugas yang enggan disebut namanya, ...": someone unnamed
                self._remember(Speaker(None, True, nxt.start), nxt.start, sentence)
                continue
            if not nxt.cap:
                continue
            if tok.low in _APPEARS and not tok.cap:  # "tampak Mbah Paiman (78) yang datang"
                speaker, _ = self._speaker_from_run(toks, k + 1)
                self._remember(speaker, nxt.start, sentence)
                continue
            if tok.low in ("menurut", "bagi") or (
                k and tok.low in SHORT_CUES and toks[k - 1].text == ","
            ):
                speaker = self._phrase(toks, k + 1, sentence)
            elif tok.low == "adalah" or (
                tok.low.startswith("di")
                and len(tok.low) > MIN_PASSIVE_LENGTH
                and not tok.cap
                and tok.low not in ADDRESSEE_CUES
            ):
                speaker, after = self._speaker_from_run(toks, k + 1)
                if after == k + 3 and toks[k + 1].text.isupper():
                    continue  # "disusul RIT Batusari": one word after an acronym names a place
            else:
                continue
            self._remember(speaker, nxt.start, sentence)
        for v, tok in enumerate(toks):  # "..., Bima Adiwangsa, mengingatkan agar ..."
            if v and tok.low in SPEECH_VERBS:
                speaker = self._subject_before(toks, v, sentence)
                if speaker is not None:
                    self._remember(speaker, speaker.pos, sentence)

    def _subject_of_verb(self, toks: list[Tok], v: int, sentence: int) -> Speaker | None:
        """Return the sentence's subject as the doer of ``toks[v]`` when nothing between says
        otherwise (no relative clause, pronoun or addressee before the verb)."""
        subject = self._subject(toks, sentence)
        if subject is None or subject.pos >= toks[v].start:
            return None
        between = [t for t in toks[:v] if t.start > subject.pos]
        if any(t.low in ("yang", "dan", "serta") or t.low in PERSON_PRONOUNS for t in between):
            return None
        if any(t.low in ADDRESSEE_CUES for t in between):
            return None
        return subject
