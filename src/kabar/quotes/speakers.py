"""Who a name stands for: read names, roles and acronyms, and remember who was last named.

``SpeakerReader`` holds what one body says about its people (proper words, full names, roles
written before names, acronyms) and the discourse memory a pronoun is resolved against.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kabar.models import Entity, Quote
from kabar.quotes.lexicon import (
    ADVERBS,
    ANONYMOUS_OPENERS,
    CONNECTIVES,
    DEMONSTRATIVES,
    ORG_HEADS,
    PERSON_PRONOUNS,
    PLACES,
    ROLE_WORDS,
    SHORT_CUES,
    TITLES,
)
from kabar.quotes.marks import find_quoted_spans
from kabar.quotes.names import (
    COMPANY_HEADS,
    DEGREES,
    NameResolver,
    Run,
    Tok,
    at_sentence_start,
    is_role_lower,
    org_like,
    org_words,
    person_words,
    proper_words,
    read_run,
    tokenize,
)
from kabar.quotes.sentences import NOT_VERB, is_word, mask_quotes, split_sentences

# A pronoun points back at most this many sentences (tuned on PFSA-ID dev: Kompas keeps one
# speaker for a handful of sentences of indirect speech before "katanya").
MAX_PRONOUN_SENTENCES = 6
# Role words read after a cue before the name ("kata juru bicara Polri Budi"); by hand.
MAX_ROLE_TOKENS = 8
# Roles that stand for a person when written without a name ("Presiden mengatakan"); by hand.
PERSON_ROLES = frozenset(
    "Presiden Wapres Menteri Gubernur Wagub Bupati Wabup Wali Walkot Ketua Kepala Direktur Juru "
    "Jubir Kapolri Kapolda Kapolres Kapolresta Kapolsek Panglima Komandan Sekretaris Sekjen Camat "
    "Lurah Rektor Dekan Pemimpin Perdana Kanselir Paus Jaksa Hakim Pelatih Dubes Duta Wakil "
    "Dirut Kasat Kabid Pangdam Danrem Dandim Mensos Menkeu Menkes Mendagri Menlu Menhan Menag "
    "Menaker Mentan Menhub Menko Mendikbud Menpora Menkominfo".split()
)
# Short forms of offices, read as their long form when matching "Mensos" to an earlier
# "Menteri Sosial Juliari P Batubara"; by hand.
ROLE_ABBREVIATIONS = {
    "Mensos": ("Menteri", "Sosial"),
    "Menkeu": ("Menteri", "Keuangan"),
    "Menkes": ("Menteri", "Kesehatan"),
    "Mendagri": ("Menteri", "Dalam", "Negeri"),
    "Menlu": ("Menteri", "Luar", "Negeri"),
    "Menhan": ("Menteri", "Pertahanan"),
    "Mentan": ("Menteri", "Pertanian"),
    "Menag": ("Menteri", "Agama"),
    "Menaker": ("Menteri", "Ketenagakerjaan"),
    "Menhub": ("Menteri", "Perhubungan"),
    "Kapolri": ("Kepala", "Polri"),
    "Kapolda": ("Kepala", "Polda"),
    "Kapolres": ("Kepala", "Polres"),
    "Kapolsek": ("Kepala", "Polsek"),
    "Wapres": ("Wakil", "Presiden"),
    "Gubernur": ("Gubernur",),
}
# Entity types an organisation speaker maps to.
_ORG_TYPES = frozenset({"PERSON", "ORG"})
_NOT_PERSON_TYPES = frozenset({"ORG", "LOC"})
# Lower-case titles that open a name ("dokter Adam Prabata"); by hand.
LOWER_TITLE_WORDS = frozenset({"dokter", "dr", "drg", "ustaz", "ustazah", "kiai", "romo", "suster"})
# Words that introduce the name an unnamed speaker goes by ("pria yang akrab disapa Emil").
_CALLED = frozenset({"disapa", "dipanggil", "bernama"})
# Appositives read after a speaker's role ("kata Kepala Dusun X, Kelurahan Y, Budi"); by hand.
MAX_APPOSITIVES = 4
# Words that end a role description after a cue ("kata pengamat yang ..."); by hand.
_PHRASE_STOPS = frozenset("yang saat ketika seusai usai sambil sembari seraya dalam".split())
# A person's name after a company's is at most this many words; by hand.
MAX_NAME_WORDS = 4
# A line with at least this share of capitalised words is a headline, whose capitals say nothing
# about proper nouns (by hand).
HEADLINE_CAPS = 0.8


# Characters read back for the head noun of a description ("ajudannya" before "ajudan itu").
UNNAMED_REFERENT_REACH = 400
# A description that points back ("pemain asal Papua tersebut") is at most this long; by hand.
MAX_DESCRIPTION_TOKENS = 8
_NICKNAME_THEN_DEMONSTRATIVE = re.compile(r"\s*[\"“”][^\"“”\n]{1,40}[\"”]\s+(?:itu|tersebut)\b")
_QUOTE_MARKS = frozenset("\"“”‘’'")
# Words after which a capitalised run is where someone lives or comes from, not who they are
# ("Seorang warga Wonomulyo mengatakan", "kata wisatawan asal Jepang"); by hand.
RESIDENT_OF = frozenset({"warga", "penduduk", "asal", "kelahiran"})


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: canonical name, whether it is a person, and where it was named."""

    name: str | None
    person: bool
    pos: int


class SpeakerReader:
    """One body's people: the names it writes and who the discourse was last about."""

    def __init__(self, body: str, entities: tuple[Entity, ...]) -> None:
        """Find the quoted spans, mask them and split the body into sentences."""
        self.body = body
        self.spans = find_quoted_spans(body)
        self.masked = mask_quotes(body, self.spans)
        self.toks = tokenize(self.masked)
        self.sentences = split_sentences(self.masked, self.toks)
        self.proper = self._proper() | {
            word for e in entities for alias in (e.name, *e.aliases) for word in alias.split()
        }
        self.short_refs = self._short_refs()
        self.lower_words = frozenset(t.text for t in self.toks if t.text.islower())
        self.places = frozenset(
            b.text
            for a, b in zip(self.toks, self.toks[1:], strict=False)
            if a.low == "di" and b.cap
        )
        self.role_runs: list[tuple[tuple[str, ...], int, int]] = []
        self.acronyms: dict[str, str] = {}
        self.role_acronyms: dict[str, str] = {}  # "JPU" after "Jaksa Penuntut Umum (JPU) X"
        self.resolver = NameResolver(body, entities, self._full_names())
        self.has_entities = bool(entities)
        self.events: list[tuple[int, int, Speaker]] = []  # (position, sentence, person)
        self.quotes: list[Quote] = []

    # -- names ---------------------------------------------------------------------------------

    def _name_words(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """Return the person's name in a run, cut after words the article uses for orgs.

        A long tail such as "Tangsel Deden Deni" starts at the first word the article also
        uses alone as a short reference ("kata Deden"), so organisation words unknown to the
        word lists fall away.
        """
        tail = person_words(words, self.places)
        tail = self._after_company(words, tail)
        if len(words) == 2 and len(tail) == 1 and words[0].isupper() and words[0] not in TITLES:
            return ()  # "LBH Sukamaju", "RIT Batusari": one word after an acronym is a place
        if (
            len(tail) == 1
            and len(words) > 1
            and words[0] in ORG_HEADS
            and tail[0] not in self.short_refs
        ):
            return ()  # "Satgas Kampung Tangguh": one unknown word after an office
        if len(tail) >= 3 or (len(tail) == 2 and len(tail) < len(words)):
            for k, word in enumerate(tail):
                if word in self.short_refs:
                    return tail[min(k, len(tail) - 2) :]  # a surname keeps its given name
        return tail

    def _after_company(self, words: tuple[str, ...], tail: tuple[str, ...]) -> tuple[str, ...]:
        """Return the whole person's name after a company the article also names alone.

        "Direktur Perumda Dharma Jaya Raditya Endra Budiman": "Perumda Dharma Jaya" written
        elsewhere in the body ends the company, so the name is the three words after it.
        """
        heads = [k for k, w in enumerate(words) if w in COMPANY_HEADS]
        if not heads or not tail:
            return tail
        head = heads[-1]
        first = len(words) - len(tail)
        for cut in range(head + 2, first):
            company = " ".join(words[head:cut])
            if self.body.count(company + " ") > self.body.count(" ".join(words[head : cut + 1])):
                return tuple(words[cut:]) if len(words) - cut <= MAX_NAME_WORDS else tail
        return tail

    def _short_refs(self) -> frozenset[str]:
        """Return words written alone as a one-word capitalised run inside a sentence."""
        found: set[str] = set()
        for sentence in self.sentences:
            toks = sentence.toks
            for k, tok in enumerate(toks):
                if not tok.cap or not tok.text[0].isalpha() or k == 0:
                    continue
                if toks[k - 1].cap or (k + 1 < len(toks) and toks[k + 1].cap):
                    continue
                if at_sentence_start(self.masked, tok.start):
                    continue
                found.add(tok.text)
        return frozenset(found - ROLE_WORDS - TITLES)

    def _proper(self) -> frozenset[str]:
        """Return the words capitalised inside sentences (not in headline-like lines)."""
        toks: list[Tok] = []
        for sentence in self.sentences:
            words = [t for t in sentence.toks if len(t.text) > 3 and t.text[0].isalpha()]
            ends = self.masked[sentence.start : sentence.end].rstrip()[-1:] in (".", "!", "?")
            if words and (ends or sum(t.cap for t in words) / len(words) < HEADLINE_CAPS):
                toks.extend(sentence.toks)  # a headline has capitals everywhere and no full stop
        return proper_words(self.masked, toks)

    def _full_names(self) -> list[str]:
        """Return the multi-word person names written in the body, shortest first."""
        names: dict[str, int] = {}
        quoted = [  # names inside quotes count too ("... ketegasan Presiden Prabowo Subianto")
            [
                Tok(t.text, t.start + q.start, t.end + q.start)
                for t in tokenize(self.body[q.start : q.end])
            ]
            for q in self.spans
            if not q.single
        ]
        groups = [(s.toks, False) for s in self.sentences] + [(q, True) for q in quoted]
        for toks, in_quote in groups:
            i = 0
            while i < len(toks):
                run, nxt = read_run(toks, i)
                if run is None:
                    i += 1
                    continue
                trimmed = self._trim_sentence_start(run, toks, i)
                if run.acronym and run.acronym.isalpha():
                    self._define(run)
                if trimmed is not None and "dan" in trimmed.words:
                    cut = trimmed.words.index("dan")  # "Gubernur X Y dan Wakil Gubernur Z W"
                    first = self._name_words(trimmed.words[:cut])
                    if len(first) >= 2 and all(w in self.proper for w in first):
                        names.setdefault(" ".join(first), len(names))
                words = self._name_words(trimmed.words) if trimmed else ()
                if len(words) >= 2 and (in_quote or all(w in self.proper for w in words)):
                    names.setdefault(" ".join(words), len(names))
                if trimmed is not None and len(words) >= 2:
                    cut = len(trimmed.words) - len(words)
                    if cut and re.fullmatch(r"\([A-Z]{2,6}\)", trimmed.words[cut - 1]):
                        self._define_role(trimmed.words[: cut - 1], trimmed.words[cut - 1], words)
                if words and trimmed is not None and len(words) < len(trimmed.words):
                    cut = len(trimmed.words) - len(words)
                    start, end = trimmed.spans[cut][0], trimmed.spans[-1][1]
                    self.role_runs.append((trimmed.words[:cut], start, end))
                if trimmed is not None and not words and trimmed.words[0] in ROLE_WORDS:
                    self._apposed_role(trimmed.words, toks, nxt)
                i = max(nxt, i + 1)
        return sorted(names, key=lambda n: (len(n.split()), names[n]))

    def _apposed_role(self, role: tuple[str, ...], toks: list[Tok], k: int) -> None:
        """Record "Gubernur NTB, Dr. H. Zainul," so that a later "kata Gubernur" names him."""
        if k >= len(toks) or toks[k].text != ",":
            return
        j = k + 1
        while j + 1 < len(toks) and (
            toks[j].text in TITLES or toks[j].low in LOWER_TITLE_WORDS
        ) and toks[j + 1].text == ".":
            j += 2
        run, _ = read_run(toks, j) if j < len(toks) else (None, j)
        if run is None:
            return
        words = self._name_words(run.words)
        if len(words) >= 2 and len(words) == len(run.words):
            self.role_runs.append((role, run.start, run.end))

    def _define_role(self, before: tuple[str, ...], mark: str, name: tuple[str, ...]) -> None:
        """Record "Jaksa Penuntut Umum (JPU) Ratna Dewi" so that a later "ujar JPU" names her.

        Only a role spelled out by the acronym's initials counts ("Badan ... (BMKG) X" is an
        organisation, and "BMKG menyatakan" stays the organisation).
        """
        acronym = mark[1:-1]
        long = before[-len(acronym) :]
        if (
            len(long) == len(acronym)
            and "".join(w[0] for w in long) == acronym
            and long[0] in PERSON_ROLES
        ):
            self.role_acronyms.setdefault(acronym, " ".join(name))

    def _define(self, run: Run) -> None:
        """Record "Program Pangan Dunia (WFP)" so that a later "kata WFP" names the long form."""
        k = 0
        while k < len(run.words) - 1 and (
            run.words[k] in PERSON_ROLES
            or run.words[k] in TITLES
            or (run.words[k] in ROLE_WORDS and run.words[k] not in ORG_HEADS)
        ):
            k += 1  # "Kepala Badan Riset Pangan Nasional (BRPN)" defines the agency
        if run.acronym is not None and not person_words(run.words[k:], self.places):
            self.acronyms.setdefault(run.acronym, self.body[run.spans[k][0] : run.spans[-1][1]])

    def _speaker_from_run(
        self, toks: list[Tok], i: int, speech: bool = False
    ) -> tuple[Speaker | None, int]:
        """Read a name at ``toks[i]``; return the speaker it names and the index after it."""
        while (
            i + 2 < len(toks)
            and toks[i].text in TITLES
            and toks[i + 1].text == "."
            and toks[i + 2].cap
        ):
            i += 2  # "Hj. Nur Aini", "Dr. H. Amir": a title written with a period
        run, nxt = read_run(toks, i)
        if run is None:
            return None, i
        run = self._trim_sentence_start(run, toks, i, speech)
        if run is None:
            return None, nxt
        cut = len(run.words)
        while cut > 2 and run.words[cut - 1] in DEGREES:
            cut -= 1  # "Rudi Hermawan SH MH"
        if cut < len(run.words):
            run = Run(run.words[:cut], run.start, run.spans[cut - 1][1], None, run.spans[:cut])
        if len(run.words) == 1 and run.words[0] in self.role_acronyms:  # "ujar JPU"
            surface = self.role_acronyms[run.words[0]]
            return Speaker(self.resolver.resolve(surface, -1, -1)[0], True, run.start), nxt
        if self._two_people(run.words):  # "Bupati Hendra Gunawan dan Ketua DPRD Siti Aminah"
            return Speaker(None, True, run.start), nxt
        if run.words[-1] in self.acronyms:  # "peneliti Centropolis" after "... (Centropolis)"
            long = self.acronyms[run.words[-1]]
            known = self.resolver.alias(long, _ORG_TYPES)
            return Speaker(known.name if known else long, False, run.start), nxt
        words = self._name_words(run.words)
        if words:
            start, end = run.spans[len(run.words) - len(words)][0], run.spans[-1][1]
            surface = self.body[start:end]
            name, etype = self.resolver.resolve(surface, start, end)
            # Common nouns ("Kartu Prakerja") also appear in lower case in the body; the entity
            # stage is trusted for initials ("AHY") but not against that evidence.
            common = any(w.lower() in self.lower_words for w in words)
            if etype:
                person = etype == "PERSON" and not common
            elif (
                self.resolver.alias(name, _NOT_PERSON_TYPES)
                or self.resolver.alias(surface, _NOT_PERSON_TYPES)
                or self.resolver.entity_at(start, end, self.body, _NOT_PERSON_TYPES)
            ):  # "Arema" of "Arema FC", "Undaan" of "Puskesmas Undaan": a club, a place's name
                person = False
            else:
                person = not self._acronym_only(words) and not common
            return Speaker(name, person, start), nxt
        org = org_words(run.words)
        if org:
            surface = self.body[run.start : run.end]
            name, _ = self.resolver.resolve(surface, run.start, run.end, _ORG_TYPES)
            return Speaker(name, False, run.start), nxt
        if run.words[0] in PERSON_ROLES:
            return self._role_person(run.words, run.start), nxt
        head = run.spans[-1]  # an entity the run ends with: "kata Badan X (BX)"
        known = run.words[-1] in PLACES or run.words[-1] in ROLE_WORDS
        entity = None if known else self.resolver.entity_at(head[0], head[1], self.body, _ORG_TYPES)
        if entity is not None and entity.type in ("PERSON", "ORG"):
            return Speaker(entity.name, entity.type == "PERSON", run.start), nxt
        return Speaker(None, False, run.start), nxt

    def _two_people(self, words: tuple[str, ...]) -> bool:
        """Tell whether a run names two people joined by "dan" (so neither is "the" speaker)."""
        if "dan" not in words:
            return False
        cut = words.index("dan")
        left = person_words(words[:cut], self.places)
        right = person_words(words[cut + 1 :], self.places)
        if not left or not right:
            return False
        if len(left) >= 2 and len(right) >= 2:
            return True
        if len(words) != 3:
            return False
        # "kata Hadi dan Rina": one-word names, unless they are common words of the article
        # ("Kementerian Pemuda dan Olahraga").
        return not any(w.lower() in self.lower_words or org_like(w) for w in left + right)

    def _role_person(self, words: tuple[str, ...], pos: int) -> Speaker:
        """Return the person an earlier "Presiden Joko Widodo" names for a bare "Presiden".

        Without one the role still stands for an unnamed person, who blocks pronouns from
        reaching back past it.
        """
        wanted = tuple(w for word in words for w in ROLE_ABBREVIATIONS.get(word, (word,)))
        for prefix, start, end in reversed(self.role_runs):
            full = tuple(w for word in prefix for w in ROLE_ABBREVIATIONS.get(word, (word,)))
            if start < pos and full[: len(wanted)] == wanted:
                name, _ = self.resolver.resolve(self.body[start:end], start, end)
                return Speaker(name, True, pos)
        return Speaker(None, True, pos)

    def _described(self, toks: list[Tok], j: int) -> bool:
        """Tell whether the words at ``toks[j]`` describe someone already named.

        A role or description closed by a demonstrative ("pelatih asal Salatiga itu", "pemain
        Persija tersebut") points back like a pronoun.
        """
        if j >= len(toks) or not is_word(toks[j]) or toks[j].low in PERSON_PRONOUNS:
            return False
        if toks[j].low in ANONYMOUS_OPENERS:
            return False  # "ujar sumber yang mengetahui penanganan pasien tersebut"
        if toks[j].cap and toks[j].text not in ROLE_WORDS:
            return False
        for k in range(j + 1, min(len(toks), j + MAX_DESCRIPTION_TOKENS)):
            if toks[k].text in _QUOTE_MARKS:
                continue  # a quoted nickname: "pelatih yang akrab disapa “Kancil” itu"
            if not is_word(toks[k]):
                return False
            if toks[k].low in _CALLED and k + 1 < len(toks) and toks[k + 1].cap:
                return False  # "pria yang akrab disapa Kang Darma itu" names him
            if toks[k].low in _CALLED and k + 1 == len(toks):  # the nickname is a quote
                return bool(_NICKNAME_THEN_DEMONSTRATIVE.match(self.masked, toks[k].end))
            if toks[k].low in DEMONSTRATIVES:
                return k + 1 == len(toks) or not is_word(toks[k + 1])
        return False

    def _unnamed_referent(self, head: Tok) -> bool:
        """Tell whether a description's head noun points back at someone never named.

        "Melalui ajudannya, ia ..." then "kata ajudan tersebut": the aide, not the man whose aide
        he is; likewise "seorang petugas ..." then "ujar petugas itu".
        """
        before = self.masked[max(0, head.start - UNNAMED_REFERENT_REACH) : head.start].lower()
        word = re.escape(head.low)
        pattern = rf"\b{word}nya\b|\b(?:seorang|salah satu|sejumlah) {word}\b"
        return re.search(pattern, before) is not None

    def _pure(self, tok: Tok) -> bool:
        """Tell whether a run starting at ``tok`` starts with a name, not a role or an office."""
        return tok.text not in ROLE_WORDS and tok.text not in PLACES and not org_like(tok.text)

    @staticmethod
    def _acronym_only(words: tuple[str, ...]) -> bool:
        """Tell whether a name is only capitals (initials such as RCD are not reliable)."""
        return all(w.isupper() for w in words)

    def _trim_sentence_start(
        self, run: Run, toks: list[Tok], i: int, speech: bool = False
    ) -> Run | None:
        """Drop a sentence-initial common word from a run ("Rezim Putin" is not a name)."""
        first = run.words[0]
        if (
            first.lower() in CONNECTIVES
            and len(run.words) > 1
            and at_sentence_start(self.masked, toks[i].start)
        ):  # "Lalu Budi pergi" opens a sentence; "ujar Lalu Zulkarnain" is a Sasak name
            return Run(run.words[1:], run.spans[1][0], run.end, run.acronym, run.spans[1:])
        if first in self.proper or not at_sentence_start(self.masked, toks[i].start):
            return run
        if first in ROLE_WORDS or first in TITLES:
            return run
        rest = run.words[1:]
        if not rest and speech and first.lower() not in self.lower_words:
            return run  # "Dedi menambahkan, ...": a one-word name before a speech verb
        if not rest or rest[0] not in self.proper:
            return None
        if first.lower() in self.lower_words or (
            rest[0] in self.short_refs and first not in self.short_refs
        ):  # "Praktis Bima hanya ...": a common word before a name used alone elsewhere
            return Run(rest, run.spans[1][0], run.end, run.acronym, run.spans[1:])
        return run  # "Ronald Tumbelaka hadir": the second word shows it is a name

    # -- discourse memory ----------------------------------------------------------------------

    def _pronoun(self, pos: int, sentence: int) -> Speaker | None:
        """Resolve ia/dia/beliau/-nya at ``pos`` to the most recent person in the discourse."""
        for event_pos, event_sentence, speaker in reversed(self.events):
            if event_pos >= pos:
                continue
            if sentence - event_sentence > MAX_PRONOUN_SENTENCES:
                return None
            return speaker
        return None

    def _remember(self, speaker: Speaker | None, pos: int, sentence: int) -> None:
        """Record a person as the latest one the discourse is about."""
        if speaker is not None and speaker.person:
            self.events.append((pos, sentence, speaker))
            self.events.sort(key=lambda e: e[0])

    # -- the speaker after a cue ---------------------------------------------------------------

    @staticmethod
    def _cue_word(low: str) -> bool:
        """Tell whether a lower-cased word is a short cue, bare or with -nya."""
        return low in SHORT_CUES or (low.endswith("nya") and low[:-3] in SHORT_CUES)

    @staticmethod
    def _speaker_token(tok: Tok) -> bool:
        """Tell whether a token can belong to a speaker phrase before its verb."""
        return (
            tok.cap
            or tok.text in "(),"
            or is_role_lower(tok.text)
            or tok.low in ADVERBS
            or tok.low in PERSON_PRONOUNS
        )

    def _phrase(self, toks: list[Tok], j: int, sentence: int) -> Speaker | None:
        """Read the speaker after a short cue: pronoun, role words, name or organisation."""
        if j < len(toks) and toks[j].low == "sang":
            j += 1  # "kata sang kapten, Rendi Saputra"
        if self._described(toks, j):  # "kata pelatih asal Salatiga itu": the one just named
            if self._unnamed_referent(toks[j]):
                return None  # "Melalui ajudannya, ia ... ," kata ajudan tersebut: someone else
            return self._pronoun(toks[j].start, sentence)
        k = j
        while (
            k < len(toks)
            and k - j < MAX_ROLE_TOKENS
            and is_word(toks[k])
            and not toks[k].cap
            and (
                is_role_lower(toks[k].text)
                or (k > j and toks[k].low not in NOT_VERB and toks[k].low not in _PHRASE_STOPS)
            )
        ):
            k += 1  # "juru bicara", "pengamat ekonomi": a role before the name
        title = k
        if k > j and k + 1 < len(toks) and toks[k].text == ",":
            title = k + 1
        while title < len(toks) and (
            toks[title].low in LOWER_TITLE_WORDS or (title > k and toks[title].text == ".")
        ):
            title += 1  # "kata dr. Anita Kusuma", "kata Kepala Dinas, dr. Anita"
        if title > k + 1 or (title == k + 1 and toks[k].text != ","):
            k = title
        if k > j and k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].cap:
            k += 1  # "kata pengamat politik, Budi Santoso"
        if k >= len(toks):
            return None
        if toks[k].low in PERSON_PRONOUNS and k == j:
            return self._pronoun(toks[k].start, sentence)
        if not toks[k].cap:
            for c in range(k, min(len(toks) - 1, k + MAX_ROLE_TOKENS)):
                if toks[c].low in _CALLED and toks[c + 1].cap:  # "pria yang akrab disapa Emil"
                    return self._speaker_from_run(toks, c + 1)[0]
                if toks[c].text in ".;,":
                    break
            return None
        speaker, nxt = self._speaker_from_run(toks, k)
        if k > j and toks[k - 1].low in RESIDENT_OF:
            speaker = Speaker(None, True, toks[k].start)  # "kata warga Wonomulyo": a place
        one_word_org = (
            nxt + 1 < len(toks) and nxt == k + 1 and toks[nxt].low in ("untuk", "dari")
        )  # "perwakilan Solidaritas untuk Warga Wadas, Heronimus Heron"
        if (
            speaker is not None
            and speaker.person
            and speaker.name
            and self._pure(toks[k])
            and not one_word_org
        ):
            return speaker
        # An appositive chain: "kata Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo".
        cur = nxt
        latest: Speaker | None = None
        for _ in range(MAX_APPOSITIVES):
            if (
                cur + 1 < len(toks)
                and toks[cur].low in ("dari", "di", "untuk")
                and toks[cur + 1].cap
            ):  # "Tim Peneliti dari UGM, Dian", "Direktur WFP untuk Afrika Barat Margaret O"
                found, cur = self._speaker_from_run(toks, cur + 1)
                if found is not None and found.person and found.name:
                    latest = found
                continue
            if cur + 2 < len(toks) and toks[cur].text == "," and toks[cur + 1].low == "dan":
                cur += 1  # "Bidang Politik, Hukum, dan Keamanan Mahfud MD"
            if not (cur + 1 < len(toks) and toks[cur].text in ",dan" and toks[cur + 1].cap):
                break
            first = cur + 1
            other, cur = self._speaker_from_run(toks, first)
            if other is None:
                break
            if other.person and other.name:
                if self._pure(toks[first]):
                    return other
                latest = other  # "Kepala Pusat Data, Informasi, dan Komunikasi BNPB Abdul M"
        if latest is not None:
            return latest
        return speaker if speaker is not None and speaker.name else None
