"""Who said it: classify quoted spans and attribute them, reading the body in order."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kabar.models import Entity, Quote
from kabar.quotes.lexicon import (
    ADVERBS,
    CONNECTIVES,
    ORG_HEADS,
    PARTIAL_VERBS,
    PERSON_PRONOUNS,
    PLACES,
    ROLE_WORDS,
    SHORT_CUES,
    SPEECH_VERBS,
    TITLES,
)
from kabar.quotes.marks import QuotedSpan, find_quoted_spans
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
from kabar.quotes.sentences import (
    NOT_VERB,
    Sentence,
    drop_trailing_group,
    is_word,
    mask_quotes,
    split_sentences,
    verbish,
)

# A pronoun points back at most this many sentences (tuned on PFSA-ID dev: Kompas keeps one
# speaker for a handful of sentences of indirect speech before "katanya").
MAX_PRONOUN_SENTENCES = 6
# Role words read after a cue before the name ("kata juru bicara Polri Budi"); by hand.
MAX_ROLE_TOKENS = 8
# Lower-case words read between a role and a name in a subject ("Pemimpin diktator Korut Kim").
MAX_ROLE_NOUNS = 2
# Roles that stand for a person when written without a name ("Presiden mengatakan"); by hand.
PERSON_ROLES = frozenset(
    "Presiden Wapres Menteri Gubernur Wagub Bupati Wabup Wali Walkot Ketua Kepala Direktur Juru "
    "Jubir Kapolri Kapolda Kapolres Kapolresta Kapolsek Panglima Komandan Sekretaris Sekjen Camat "
    "Lurah Rektor Dekan Pemimpin Perdana Kanselir Paus Jaksa Hakim Pelatih Dubes Duta Wakil "
    "Dirut Kasat Kabid Pangdam Danrem Dandim Mensos Menkeu Menkes Mendagri Menlu Menhan Menag "
    "Menaker Mentan Menhub Menko Mendikbud Menpora Menkominfo".split()
)
# A passive verb (di-...) is longer than this ("dihadiri", not "di" or "dia"); by hand.
MIN_PASSIVE_LENGTH = 4
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
# Words of an adverbial phrase between a subject and its speech verb ("dalam kesempatan yang
# sama"); by hand.
MAX_ADVERBIAL_TOKENS = 6
# Lower-case titles that open a name ("dokter Adam Prabata"); by hand.
_LOWER_TITLE_WORDS = frozenset(
    {"dokter", "dr", "drg", "ustaz", "ustazah", "kiai", "romo", "suster"}
)
# Words that introduce the name an unnamed speaker goes by ("pria yang akrab disapa Emil").
_CALLED = frozenset({"disapa", "dipanggil", "bernama"})
# Quotation marks as tokens of the masked body.
QUOTE_MARKS = frozenset("“”\"„«»‘’'")
# Sentence openers that make an unnamed person the subject: pronouns after them must not reach
# back past it to a named one; by hand.
UNNAMED_PEOPLE = frozenset({"seorang", "salah"})
# Openers of a subject that is a person or people without a name ("Sejumlah warga mengaku
# resah", "Para pedagang mengeluh"): a later "katanya" must not reach back past them; by hand.
HUMAN_NOUNS = frozenset(
    "warga pedagang pria wanita perempuan lelaki petani nelayan korban saksi pengunjung "
    "penumpang siswa mahasiswa buruh pekerja karyawan sopir pengemudi penduduk pengungsi "
    "tetangga remaja orang ibu-ibu bapak-bapak pemudik pembeli peserta".split()
)
# Quantifiers that make an unnamed subject when a word of HUMAN_NOUNS follows them.
_QUANTIFIERS = frozenset("sejumlah beberapa sebagian banyak ratusan puluhan ribuan".split())
# Lower-case words read after such an opener before deciding it has no name ("warga lain").
MAX_UNNAMED_WORDS = 4
# Nouns for something said, whose sentence announces a bare quote that follows ("Ia menutup
# percakapan dengan kalimat ..."); by hand.
SPEECH_NOUNS = frozenset(
    "kalimat ucapan pesan pernyataan seruan jawaban kata-kata pertanyaan sambutan".split()
)
# Appositives read after a speaker's role ("kata Kepala Dusun X, Kelurahan Y, Budi"); by hand.
MAX_APPOSITIVES = 4
# An appositive between a name and its verb is at most this long ("Kim, pemimpin Korut, ...").
MAX_APPOSITIVE_TOKENS = 16
# Words before a quoted phrase that make it a title or a nickname, not a quote; by hand.
TITLE_CUES = frozenset(
    "film lagu buku novel album judul berjudul bertajuk bertema bernama bernama julukan dijuluki "
    "alias sebutan tagar program acara slogan semboyan tema majalah koran harian sinetron serial "
    "drama lakon kolom rubrik festival kampanye gerakan istilah kata akronim singkatan "
    "tajuk tonton simak baca lihat".split()
)
# Small words a title keeps in lower case ("Halal atau Haram?"); by hand.
_TITLE_LINKS = frozenset("dan atau di ke dari yang untuk dengan pada dalam of the and".split())
# A title-case quoted phrase this short is a title or a name, not a quote; by hand.
MAX_TITLE_WORDS = 12
# Words that make the name before them part of a description ("Pentolan Oasis itu").
_DEMONSTRATIVES = frozenset({"itu", "ini", "tersebut"})
# Sentences after a quote that name its source ("Hal itu disampaikan Budi."); by hand.
_OUTRO_OPENERS = frozenset({"hal", "demikian", "begitu", "pernyataan", "ucapan", "kalimat"})
_PASSIVE_CUES = frozenset(
    "disampaikan dikatakan diungkapkan ditegaskan dijelaskan diutarakan dituturkan "
    "disebutkan diucapkan dikemukakan".split()
)
# Words that end a role description after a cue ("kata pengamat yang ..."); by hand.
_PHRASE_STOPS = frozenset("yang saat ketika seusai usai sambil sembari seraya dalam".split())
# Speech verbs whose object may be the reported clause itself ("Kim mengatakan Rusia ...").
_CLAUSE_VERBS = frozenset(
    "mengatakan menegaskan menambahkan menuturkan mengaku menilai berkata menyebutkan "
    "menjelaskan menerangkan menyebut mengklaim menyatakan memastikan".split()
)
# Words after which a subject carries over to a second verb ("Putin memuji ... dan menegaskan").
_COORDINATORS = frozenset({"dan", "serta", "lalu", "kemudian", "sembari", "sambil", "sekaligus"})
# Words before a name that make it the interviewer or the addressee, never the speaker
# ("warga yang ditemui Kabar Nusantara mengatakan", "Teuku, kepada wartawan, mengatakan"); by hand.
ADDRESSEE_CUES = frozenset(
    "kepada pada ditemui dihubungi dikonfirmasi diwawancarai ditanya ditanyai dijumpai "
    "disambangi ditelepon dikutip dilansir diberitakan dilaporkan".split()
)
# Verbs that introduce a document's words ("Dalam surat itu tertulis, “...”"): a direct quote
# with no person as its speaker; by hand.
DOCUMENT_CUES = frozenset({"tertulis", "berbunyi", "bunyinya", "tercantum", "termuat"})
# Short cues that are common words too ("jelas", "ingat"): not read as a cue after a comma.
_WEAK_CUES = frozenset({"jelas", "aku", "ingat", "harap", "singkat", "buka", "tutup", "nilai"})
# A person's name after a company's is at most this many words; by hand.
MAX_NAME_WORDS = 4
# Pieces of an academic degree after a name ("Anita Kusuma, Sp.A, mengatakan") are this short.
MAX_DEGREE_CHARS = 3
# Minimum words in a reported clause for it to count as indirect speech; by hand.
MIN_INDIRECT_WORDS = 4
# A line with at least this share of capitalised words is a headline, whose capitals say nothing
# about proper nouns (by hand).
HEADLINE_CAPS = 0.8


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: canonical name, whether it is a person, and where it was named."""

    name: str | None
    person: bool
    pos: int


class _Reader:
    """One pass over one body: sentences, discourse state and the quotes found so far."""

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
            if self.body.count(company + " ") > self.body.count(" ".join(words[head:cut + 1])):
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
                i = max(nxt, i + 1)
        return sorted(names, key=lambda n: (len(n.split()), names[n]))

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
        if first.lower() in CONNECTIVES and len(run.words) > 1:
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

    # -- subjects ------------------------------------------------------------------------------

    def _subject(self, toks: list[Tok], sentence: int) -> Speaker | None:
        """Return the subject of a sentence when it is a name or a person pronoun."""
        if not toks or not is_word(toks[0]):
            return None
        i = 0
        if toks[0].low in CONNECTIVES:
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
        if toks[i].low in UNNAMED_PEOPLE and any(t.low in SPEECH_VERBS for t in toks[i:]):
            return Speaker(None, True, toks[i].start)  # "Seorang pejabat Kemenhub ... mengakui"
        human = toks[i].low in HUMAN_NOUNS or toks[i].low == "para" or (
            toks[i].low in _QUANTIFIERS and i + 1 < len(toks) and toks[i + 1].low in HUMAN_NOUNS
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
            if toks[k].low in _DEMONSTRATIVES and k > 0 and toks[k - 1].cap:
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
                (not segment.cap and segment.low not in _LOWER_TITLE_WORDS)
                or segment.text in ROLE_WORDS
                or all(len(t.text) <= MAX_DEGREE_CHARS for t in toks[comma + 1 : k])
            )  # ", sekretaris tim kampanye,", ", Kapolsek Tambun,", ", Sp.A," (not ", dokter X,")
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
        if s > 0 and is_role_lower(toks[s - 1].text) and not toks[s - 1].cap:
            pass  # "juru bicara Kremlin Dmitry Peskov": the role words sit before the run
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
            if tok.low in _PASSIVE_CUES and not nxt.cap:
                # "Hal senada diungkapkan tetangganya, Siti Zubaidah."
                comma = next(
                    (j for j in range(k + 1, min(len(toks) - 1, k + MAX_UNNAMED_WORDS + 2))
                     if toks[j].text == ","),
                    None,
                )
                if comma is not None and all(is_word(t) for t in toks[k + 1 : comma]):
                    named, _ = self._speaker_from_run(toks, comma + 1)
                    if named is not None and named.name:
                        self._remember(named, toks[comma + 1].start, sentence)
                continue
            if not nxt.cap:
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
            toks[title].low in _LOWER_TITLE_WORDS or (title > k and toks[title].text == ".")
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
                if toks[v].low in _PASSIVE_CUES:  # "Seperti dikatakan Kepala Desa X, Warsito, “"
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
            if tok.low in _PASSIVE_CUES:
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
                prev_end = inside[n - 1].end if n else sentence.start
                nxt_open = inside[n + 1].open if n + 1 < len(inside) else sentence.end
                left = [t for t in sentence.toks if prev_end <= t.start < span.open]
                if n:
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
        if (kind == "partial" or unattributed) and self._is_title(text, left, right):
            return None
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
                        speaker = self._announced(index - 1)
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

    def _is_title(self, text: str, left: list[Tok], right: list[Tok]) -> bool:
        """Tell whether a quoted phrase is a title of a work or a nickname, not a quote."""
        words = text.split()
        if any(t.low in TITLE_CUES for t in left[-2:]):
            return True  # "film “...”", "Tonton juga “...”"
        if left and right and left[-1].cap and right[0].cap and len(words) <= 3:
            return True  # Joko "Jokowi" Widodo
        letters = [w for w in words if w[:1].isalpha() and w.lower() not in _TITLE_LINKS]
        return (
            len(letters) >= 2
            and all(w[0].isupper() for w in letters)
            and len(words) <= MAX_TITLE_WORDS
        )

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
        if speaker is None or not speaker.name:
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
                    and (verbish(toks[k]) or toks[k].cap)
                    and not any(t.text in QUOTE_MARKS for t in toks[k:])
                ):
                    clause = k  # but in "menyebut banjir itu sebagai “...”" the quote is the point
                else:
                    continue
            if clause >= len(toks):
                return None
            speaker = self._subject_before(toks, v, index)
            return speaker, tok.text, toks[clause].start, toks[-1].end
        return None

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
                    k >= 2
                    and self._cue_word(low)
                    and low not in _WEAK_CUES
                    and len(phrase) <= MAX_ROLE_TOKENS + 2
                    and all(self._speaker_token(t) for t in phrase)
                ):
                    if low in SHORT_CUES:
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


def attribute(body: str, entities: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
    """Find and attribute every quote in a body (see ``kabar.quotes.extract_quotes``)."""
    return _Reader(body, entities).read()
