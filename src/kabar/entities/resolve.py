"""Turn tagged spans into entities: clean names, add known aliases, group surface forms.

Rules (issue 3):
- titles and honorifics before a name are dropped ("Presiden Putin" -> "Putin"), except a
  "Pak"/"Bu" that starts a name of two or more words followed by a comma apposition
  ("Pak Thae Song, ketua komite ...") where it is read as a surname;
- curated abbreviations and exonyms ("Korut", "DPRK") and acronyms the text defines
  ("Badan Pengembangan Dirgantara Nasional (NADA)") join their long form;
- person names group by a key that ignores case, spaces and hyphens ("Kim Jong-un" =
  "Kim Jong Un" = "KimJongUn"), with one-edit typos of a longer name merged ("Kim Jong-n");
- a single word ("Putin", "Kim") joins the full name that contains it; when several do, the
  one named in the same sentence before it, else the most mentioned (salience);
- the canonical name is the fullest form (most words); among equally full forms, the one
  without glued words, then with the fewest hyphens ("Kim Jong Un" over "Kim Jong-un" when
  both occur, so articles of one story agree), then the one most mentions spell, then the
  first seen.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from kabar.entities.features import cluster_key
from kabar.entities.lexicon import Alias, Lexicon, case_classes
from kabar.entities.names import (
    COMPANY_FORMS,
    DEGREES,
    canonical_name,
    contains_run,
    dotted_degree,
    name_key,
    name_parts,
    org_key,
    unshout,
    with_company_form,
)
from kabar.entities.ner import Span
from kabar.models import Entity, Mention

Token = tuple[str, int, int]

# Words that may sit inside an organisation or place name between capitalised words.
CONNECTORS = frozenset("dan untuk dari di bagi atas serta & de van der von bin binti".split())
# Longest run of words we accept as the long form of a defined acronym.
MAX_ACRONYM_WORDS = 10
# Ranks after which "TNI", "Polri" or "(Purn)" still belong to the title ("Letjen TNI").
FORCE_WORDS = frozenset({"tni", "polri", "purn", "ad", "al", "au", "pol"})
# Honorifics that can also be a (Korean) surname when the text supports it.
SURNAME_HONORIFICS = frozenset({"pak", "bu"})
# Shortest name key (letters) for which a one-edit difference is read as a typo.
TYPO_MIN_KEY = 8
# Honorifics that also occur inside names or between a name and its bearer's nickname.
KINSHIP = frozenset("pak bu bapak ibu mas mbak bang kak om tante gus h hj haji".split())
# Words that Indonesian usage keeps as part of the name: "Habib", Acehnese "Teuku"/"Cut", Sasak
# "Lalu"/"Baiq", Javanese "Raden" ("Gubernur NTB Lalu Samsul Hadi").
NAME_PREFIXES = frozenset({"habib", "teuku", "cut", "lalu", "raden", "baiq"})
# Share of capitalised words from which a sentence is read as a title-case headline.
HEADLINE_SHARE = 0.6
# Shortest word of a person's name that we look for on its own elsewhere in the text.
MIN_PART = 3

# Sentence connectives and prepositions that the tagger sometimes pulls into a name at the start
# of a sentence ("Adapun Ruslan", "Sementara Hendrawan"); compiled by hand from Indonesian
# news prose (issue 3, round 2).
CONNECTIVES = frozenset(
    "adapun sementara sedangkan namun tetapi tapi menurut bahkan selain kemudian saat "
    "ketika sebelumnya sesudahnya setelah sebelum sejak akhirnya karena oleh kepada bagi "
    "dengan tanpa meski meskipun walau walaupun padahal sehingga agar supaya jika kalau "
    "apabila bila selanjutnya berikutnya kini sekarang semula awalnya mulanya sebab maka "
    "pun juga hingga sampai bersama terhadap tentang atas dalam kata ujar tutur jelas "
    "tambah lanjut sambung imbuh ungkap sebut menurutnya".split()
)
# Exclamations and fillers that open quoted speech and get tagged as a one-word person.
INTERJECTIONS = frozenset(
    "aduh yup wah wow oh nah lho dong andaikata hmm ayo yuk astaga alhamdulillah insyaallah "
    "masyaallah subhanallah waduh halo hai eh".split()
)
# Honorifics that make the name after them a person ("Inaq Mar", "Pak Warsono"); Sasak
# "Inaq"/"Amaq" and Makassar "Daeng" are the regional forms of "Bu"/"Pak".
PERSON_HONORIFICS = frozenset("inaq amaq pak bu bapak ibu mbak mas bang kak daeng".split())
# Words after "Ibu"/"Bapak" that make them part of a place or title ("Ibu Kota").
NOT_AFTER_HONORIFIC = frozenset("kota negara pertiwi kandung bangsa".split())
# Capitalised words that open names of storms, vessels, vehicles and operations, not people.
NOT_PERSON_HEADS = frozenset(
    "topan badai siklon taifun kapal km kmp kri kereta ka bus pesawat operasi festival "
    "program gerakan tari lagu film album buku novel".split()
)
# Offices named after their area ("Camat Sibolangit Darwin Ginting"): the next word is a place.
REGIONAL_OFFICES = frozenset(
    "camat lurah kades bupati wabup walikota wawali gubernur wagub kapolsek kapolres kapolresta "
    "kapolda danramil dandim danrem pangdam kajari kajati kadis".split()
)
# Titles that stay at the head of place and organisation names ("Jalan Sultan ...", "Bandara
# Sultan Hasanuddin", "Universitas Pangeran ...", "Masjid Habib ...").
PLACE_TITLES = frozenset(
    "sultan raja ratu pangeran paus santo gus haji kh kiai kyai habib syekh presiden perdana "
    "jenderal panglima laksamana marsekal kapten mayor kolonel dr prof ir h hj".split()
)
# Police and army units named after their area: organisations, never places.
FORCE_UNITS = frozenset(
    "polda polres polresta polrestabes polsek kodam korem kodim koramil".split()
)
# Last words that make a name an organisation ("Hanbit Rail Systems", "Sinar Group").
ORG_TAILS = frozenset(
    "systems system group corporation corp company co inc ltd llc holdings industries "
    "technologies technology foundation institute university airlines airways motors bank "
    "fc tbk".split()
)
# Speech verbs right before a name make it a person ("kata Sukarti").
SPEECH_VERBS = frozenset("kata ujar tutur ucap tanya jelas imbuh sebut tambah ungkap".split())
# An age in brackets after a name ("Sukarti (52)") makes it a person; bounds of a human age.
MIN_AGE = 1
MAX_AGE = 110
# Words before an initials label: "berinisial AS (34)" is a suspect's initials, not a country.
INITIALS_CUES = frozenset("berinisial inisial inisialnya berinisal".split())
# Compass words that alone are no place unless the text means "the West" etc.
COMPASS = frozenset("barat timur utara selatan tengah tenggara".split())

_APPOSITION = re.compile(r",\s+[a-z]")
# "Joko Santosa atau Josan", "..., yang akrab disapa Josan": a nickname after a full name.
_NICKNAME = re.compile(
    r"\s*,?\s+(?:atau|alias|(?:yang\s+)?(?:akrab|biasa|kerap|lebih\s+dikenal)"
    r"(?:\s+(?:disapa|dipanggil|dikenal(?:\s+dengan\s+nama)?))?)\s+([A-Z][\w'’-]+)\b"
)
# up to 20 letters: "Kemendikbudristek"
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z]{1,19})\s*\)")


@dataclass
class Candidate:
    """A mention being resolved: token range, type, and how it got here."""

    first: int
    last: int
    type: str
    canonical: str | None = None  # set when a lexicon or acronym fixes the entity
    group: int = -1
    parts: list[str] = field(default_factory=list)


def _edit_distance_le1(a: str, b: str) -> bool:
    """Tell whether two strings differ by at most one insertion, deletion or substitution."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


class Resolver:
    """Resolve one body's tagged spans into entities (one instance per article)."""

    def __init__(
        self, body: str, tokens: list[Token], lex: Lexicon, sentence_of: Sequence[int]
    ) -> None:
        """Keep the body, its tokens, the lexicon and each token's sentence number."""
        self.body = body
        self.sentence_of = sentence_of
        self.cases = case_classes()
        self.tokens = tokens
        self.lex = lex
        self.titles = lex.name_titles or lex.titles
        self.strip_titles = self.titles - NAME_PREFIXES
        self.aliases = lex.resolve_aliases or lex.aliases
        self.words = [t[0] for t in tokens]
        self.covered = [False] * len(tokens)
        self.candidates: list[Candidate] = []
        self.person_words: set[str] = set()  # words opening a person name mid-sentence
        self._headline: dict[int, bool] = {}
        self.nicknames: dict[str, str] = {}  # nickname -> the full name it was given after

    # -- helpers -------------------------------------------------------------------------
    def text(self, first: int, last: int) -> str:
        """Return the body text of a token range."""
        return self.body[self.tokens[first][1] : self.tokens[last - 1][2]]

    def joined(self, first: int, last: int) -> str:
        """Return the words of a token range joined by single spaces."""
        return " ".join(self.words[first:last])

    def free(self, first: int, last: int) -> bool:
        """Tell whether no token of the range belongs to a kept mention yet."""
        return not any(self.covered[first:last])

    def add(self, cand: Candidate) -> None:
        """Keep a candidate and mark its tokens."""
        cand.parts = name_parts(self.words[cand.first : cand.last])
        self.candidates.append(cand)
        for i in range(cand.first, cand.last):
            self.covered[i] = True

    # -- cleaning ------------------------------------------------------------------------
    def clean(self, span: Span) -> Candidate | None:
        """Trim punctuation and titles from a tagged span; None when nothing name-like is left."""
        first, last = span.first, span.last
        words = self.words
        while first < last and not words[first][:1].isalnum():
            first += 1
        while last > first and not words[last - 1][:1].isalnum():
            last -= 1
        for k in range(first + 1, last):  # a name never runs across a line break
            if "\n" in self.body[self.tokens[k - 1][2] : self.tokens[k][1]]:
                last = k
                break
        titles = self.strip_titles
        if span.type == "PERSON":
            for k in range(first, last):  # a person name never runs across punctuation
                if not words[k][:1].isalnum():
                    last = k
                    break
            for k in range(first + 1, last):  # "Sri Rejeki Desa Sukamulya": the name ends
                if words[k].lower() in self.lex.loc_cues and words[k][:1].isupper():
                    last = k
                    break
            # a title inside the span ends whatever came before it ("Metro Jaya Irjen Pol X")
            for k in range(last - 2, first, -1):
                word = words[k].lower()
                if word in titles and word not in KINSHIP and len(word) > 1:
                    first = k
                    break
            if first > 0 and self._surname_honorific(first - 1, last):
                first -= 1
            stripped = False
            while first < last and words[first].lower() in titles:
                if self._surname_honorific(first, last):
                    break
                first += 1
                stripped = True
            while stripped and first < last and words[first].lower().strip("()") in FORCE_WORDS:
                first += 1
            # leading common or place words ("Rezim Kim", "Kremlin Dmitry Peskov") and trailing
            # common words from title-case headlines ("Putin Tiba") are not part of the name
            while last - first > 1 and self._not_name_word(first):
                first += 1
            while last - first > 1 and (
                words[last - 1].lower().strip(".") in DEGREES
                or dotted_degree(words[last - 1])
                or (self._is_common(last - 1) and self._title_case(last - 1))
            ):
                last -= 1
            if (
                last - first == 1
                and self._is_common(first)
                and self._sentence_start(first)
                and self.words[first] not in self.person_words
            ):
                return None
            if last - first == 1 and words[first].lower() in INTERJECTIONS:
                return None  # "Aduh", "Yup": a speaker's exclamation
        if first >= last:
            return None
        if self._loose_compass(first, last) or all(
            dotted_degree(w) or not w[:1].isalnum() for w in words[first:last]
        ):
            return None  # "Barat" of "Sekotong Barat"; ", S.H., M.H." after a name
        surface = self.joined(first, last)
        alias = self.aliases.get(surface)
        if alias is not None:
            return Candidate(first, last, alias.type, alias.canonical)
        if span.type == "PERSON" and surface.lower() in self.lex.places:
            return Candidate(first, last, "LOC")  # "Jakarta , CNN Indonesia": a place
        if not words[first][:1].isupper() and not words[first][:1].isdigit():
            return None
        if last - first == 1 and (
            words[first].lower() in self.lex.loc_cues
            or (words[first].lower() in self.lex.org_heads and words[first] not in self.aliases)
        ):
            return None  # a bare "Jalan" or "Kementerian" names nothing
        if all(
            w.lower() in self.lex.not_names or w.lower() in titles or not w[:1].isalpha()
            for w in words[first:last]
        ):
            return None  # weekdays, months, bare titles and numbers are nobody and nowhere
        if span.type == "PERSON" and any(
            not w[:1].isupper() for w in words[first:last] if w[:1].isalpha()
        ):
            # lower-case words inside a person name: the tagger ran into the sentence
            keep = first
            while keep < last and words[keep][:1].isupper():
                keep += 1
            last = keep
            if first >= last:
                return None
        return Candidate(first, last, span.type)

    def _loose_compass(self, first: int, last: int) -> bool:
        """Tell whether a lone "Barat" is the tail of a place name ("Desa Sekotong Barat")."""
        return (
            last - first == 1
            and first > 0
            and self.words[first].lower() in COMPASS
            and self.words[first - 1][:1].isupper()
        )

    def _title_case(self, i: int) -> bool:
        """Tell whether token i sits in a title-case line (a headline), where case says little."""
        sentence = self.sentence_of[i]
        cached = self._headline.get(sentence)
        if cached is None:
            lo = hi = i  # sentences are contiguous token runs
            while lo > 0 and self.sentence_of[lo - 1] == sentence:
                lo -= 1
            while hi + 1 < len(self.words) and self.sentence_of[hi + 1] == sentence:
                hi += 1
            words = [w for w in self.words[lo : hi + 1] if w[:1].isalpha()]
            capitals = sum(1 for w in words if w[:1].isupper())
            cached = len(words) >= 3 and capitals >= HEADLINE_SHARE * len(words)
            self._headline[sentence] = cached
        return cached

    def _split_headline_person(self, span: Span) -> list[Span]:
        """Split a person span of a title-case line at common words and titles inside it."""
        if span.type != "PERSON" or span.last - span.first < 2 or not self._title_case(span.first):
            return [span]
        pieces: list[Span] = []
        start = span.first
        for k in range(span.first, span.last):
            word = self.words[k]
            if k > span.first and (self._is_common(k) or word.lower() in self.titles):
                rank = word.lower() in self.titles and word.lower() not in KINSHIP
                if k > start and not rank:  # a name never runs into a rank ("Sukamaju AKBP")
                    pieces.append(Span(start, k, span.type))
                start = k + 1
        if start < span.last:
            pieces.append(Span(start, span.last, span.type))
        return pieces

    def _is_common(self, i: int) -> bool:
        """Tell whether token i is a word mostly written in lower case."""
        return self.cases.get(cluster_key(self.words[i])) == "l"

    def _sentence_start(self, i: int) -> bool:
        """Tell whether token i opens a sentence."""
        return i == 0 or self.sentence_of[i - 1] != self.sentence_of[i]

    def _not_name_word(self, i: int) -> bool:
        """Tell whether token i opens a person span but is a common, place or org word.

        A common word counts only at a sentence start (where it is capitalised anyway) and
        only when the tagger never put it inside a person's name elsewhere in the sentence.
        """
        word = self.words[i]
        return (
            (self._is_common(i) and self._sentence_start(i) and word not in self.person_words)
            or word in self.aliases
            or word.lower() in self.lex.places
            or word.lower() in self.lex.org_heads
        )

    def _surname_honorific(self, i: int, last: int) -> bool:
        """Tell whether the honorific at token i is a surname ("Pak Thae Song, ketua ...")."""
        if self.words[i].lower() not in SURNAME_HONORIFICS or not self.words[i][:1].isupper():
            return False
        name_words = [w for w in self.words[i + 1 : last] if w[:1].isupper()]
        if len(name_words) < 2:
            return False
        after = self.body[self.tokens[last - 1][2] : self.tokens[last - 1][2] + 4]
        return bool(_APPOSITION.match(after))

    # -- passes --------------------------------------------------------------------------
    def _alias_then_name(self, span: Span) -> list[Span] | None:
        """Split "Gedung Putih Karine Jean-Pierre": a known alias, then a person's name."""
        if span.type == "PERSON":
            return None
        for j in range(span.last - 2, span.first, -1):
            alias = self.aliases.get(self.joined(span.first, j))
            if alias is None and j == span.first + 1 and self._office_acronym(span):
                alias = Alias(self.words[span.first], self.words[span.first], span.type)
            if alias is None:
                continue
            rest = range(j, span.last)
            if all(
                self.words[k][:1].isupper()
                and not self._is_common(k)
                and self.words[k].lower() not in self.lex.org_heads
                and self.words[k].lower() not in self.lex.loc_cues
                and self.words[k].lower() not in self.lex.places
                and self.words[k] not in self.aliases
                for k in rest
            ):
                return [Span(span.first, j, alias.type), Span(j, span.last, "PERSON")]
            return None
        return None

    def _office_acronym(self, span: Span) -> bool:
        """Tell whether a span opens with an unknown acronym after a title ("Kepala BRPN X")."""
        word = self.words[span.first]
        after = self.words[span.last] if span.last < len(self.words) else ""
        return (
            len(word) >= 2
            and word.isupper()
            and word.isalpha()
            and span.first > 0
            and self.words[span.first - 1].lower() in self.titles
            and not after[:1].isdigit()  # "Kepala SDN Cempaka Putih 03": a numbered school
        )

    def _alias_pieces(self, span: Span) -> list[Span] | None:
        """Split a span made only of several known aliases ("Korea Utara Republik ... Korea")."""
        pieces: list[Span] = []
        i = span.first
        while i < span.last:
            for j in range(span.last, i, -1):
                alias = self.aliases.get(self.joined(i, j))
                if alias is not None:
                    pieces.append(Span(i, j, alias.type))
                    i = j
                    break
            else:
                return None
        return pieces if len(pieces) > 1 else None

    def repair(self, spans: Sequence[Span]) -> list[Span]:
        """Fix common tagger slips before cleaning: connectives, split names, titles, honorifics."""
        words = self.words
        tagged = {k for span in spans for k in range(span.first, span.last)}
        fixed: list[Span] = []
        for span in spans:
            first, last, kind = span.first, span.last, span.type
            while last - first > 1 and words[first].lower() in CONNECTIVES:
                first += 1  # "Adapun Ruslan", "Sementara Hendrawan"
            if first > 0 and words[first - 1].lower() in INITIALS_CUES:
                continue  # "berinisial AS (34)": a suspect's initials
            if kind == "PERSON" and words[first].lower() in NOT_PERSON_HEADS:
                continue  # "Topan Shanshan", "Kapal Sinar Bahari": named things, not people
            if (
                kind == "PERSON"
                and first > 0
                and words[first - 1][:1].isupper()
                and words[first - 1].lower().strip(".") in self.lex.loc_cues
            ):
                first, kind = first - 1, "LOC"  # "Jalan Ahmad Yani": a street, not the hero
                if fixed and fixed[-1].first == first and fixed[-1].last == first + 1:
                    fixed.pop()
            if kind != "PERSON":
                while (
                    last - first > 1
                    and words[first].lower() in self.titles
                    and words[first].lower() not in PLACE_TITLES
                ):
                    first += 1  # "Kasatlantas Polresta Bandung"
                while (
                    last - first > 1
                    and words[last - 1].lower() in self.titles
                    and words[last - 1].isupper()
                ):
                    last -= 1  # "Polres Metro Bekasi AKBP" + a name
                if self._person_context(first, last):
                    kind = "PERSON"  # "Sukarti (52)", "kata Sukarti"
                elif words[first].lower() in FORCE_UNITS:
                    kind = "ORG"  # "Polresta Bandung" is the police, not the place
            if kind == "PERSON":
                first = self._person_bounds(first, last, tagged)
                if words[last - 1].lower() in ORG_TAILS:
                    kind = "ORG"  # "Hanbit Rail Systems"
                elif self._inside_org_name(first, tagged):
                    first, kind = first - 1, "ORG"  # "Kelompok" + "Tani Sri Rejeki"
            lower = words[first].lower()
            if (
                lower in PERSON_HONORIFICS
                and last - first > 1
                and words[first + 1].lower() not in NOT_AFTER_HONORIFIC
            ):
                kind = "PERSON"  # "Inaq Mar", "Pak Warsono"
            if (
                kind != "PERSON"
                and first > 0
                and words[first - 1][:1].isupper()
                and words[first - 1].lower() in self.lex.org_heads
                and first - 1 not in tagged
            ):
                first -= 1  # "Kementerian" + "Energi dan Sumber Daya Mineral"
                if fixed and fixed[-1].first == first and fixed[-1].last == first + 1:
                    fixed.pop()
            if (
                fixed
                and kind == "PERSON"
                and fixed[-1].type == "PERSON"
                and fixed[-1].first <= first <= fixed[-1].last
            ):
                prev = fixed.pop()  # "Pol Wisnu" + "Aji Pratama", "Raden" + "Prabowo ...": one
                first = prev.first
            if (
                fixed
                and kind == "PERSON"
                and fixed[-1].type != "PERSON"
                and fixed[-1].last == first
                and self._holder_word(fixed[-1])
            ):
                prev = fixed.pop()  # "Kemenhub Taufik" + "Hidayatullah": the name's first word
                fixed.append(Span(prev.first, prev.last - 1, prev.type))
                first = prev.last - 1
            fixed.append(Span(first, last, kind))
        return self._split_org_holder(fixed)

    def _person_bounds(self, first: int, last: int, tagged: set[int]) -> int:
        """Move a person span's start: "Camat Sibolangit Darwin" -> "Darwin", ", Mitra Salima"."""
        words = self.words
        if last - first >= 3 and first > 0 and words[first - 1].lower() in REGIONAL_OFFICES:
            # the place of the office: a word never used alone, before one that is
            place, given = words[first], words[first + 1]
            alone = Counter(w for k, w in enumerate(words) if not first <= k < last)
            if alone[given] and not alone[place]:
                return first + 1
        k = first - 1
        if (
            k >= 0
            and words[k].lower() in NAME_PREFIXES
            and words[k][:1].isupper()
            and not (words[k].lower() == "lalu" and self._sentence_start(k))
        ):  # "Lalu" = then
            return k  # "Habib" + "Husein Alattas", "Gubernur NTB Lalu" + "Samsul Hadi"
        if (
            k > 0
            and k not in tagged
            and words[k - 1] == ","
            and self._name_like(k)
            and self.sentence_of[k] == self.sentence_of[first]
            and not words[k].isupper()
        ):
            return k  # "juru bicara UNHCR di Jakarta, Mitra Salima Suryono"
        return first

    def _person_context(self, first: int, last: int) -> bool:
        """Tell whether an untyped name is a person by its context: an age or a speech verb."""
        words = self.words
        surface = self.joined(first, last)
        if (
            surface in self.aliases
            or surface.lower() in self.lex.places
            or words[first].lower() in self.lex.org_heads
            or words[first].lower() in self.lex.loc_cues
            or not all(w[:1].isupper() and not w.isupper() for w in words[first:last])
        ):
            return False
        age = words[last : last + 3]
        if (
            len(age) == 3
            and age[0] == "("
            and age[2] == ")"
            and age[1].isdigit()
            and MIN_AGE <= int(age[1]) <= MAX_AGE
        ):
            return True
        return first > 0 and words[first - 1].lower() in SPEECH_VERBS

    def _inside_org_name(self, first: int, tagged: set[int]) -> bool:
        """Tell whether a person span continues a capitalised common word ("Kelompok Tani ...")."""
        k = first - 1
        if k <= 0 or k in tagged or self._sentence_start(k):
            return False
        word = self.words[k]
        lower = word.lower()
        return (
            word[:1].isupper()
            and word.isalpha()
            and not word.isupper()
            and self._is_common(k)
            and lower not in self.titles
            and lower not in PERSON_HONORIFICS
            and lower not in CONNECTIVES
            and lower not in NAME_PREFIXES
            and self.words[k - 1][:1].isalpha()
        )

    def _name_like(self, k: int) -> bool:
        """Tell whether a capitalised word could open a person's name."""
        word = self.words[k]
        lower = word.lower()
        return (
            word[:1].isupper()
            and word.isalpha()
            and lower not in self.titles
            and lower not in CONNECTIVES
            and lower not in self.lex.not_names
            and lower not in self.lex.places
            and lower not in self.lex.org_heads
            and lower not in self.lex.loc_cues
            and word not in self.aliases
            and lower not in NOT_PERSON_HEADS
        )

    def _holder_word(self, span: Span) -> bool:
        """Tell whether an org span's last word opens the person name right after it."""
        if span.last - span.first < 2:
            return False
        head = self.joined(span.first, span.last - 1)
        word = self.words[span.last - 1]
        lower = word.lower()
        return (
            (head in self.aliases or head.isupper())
            and word[:1].isupper()
            and not word.isupper()
            and not self._is_common(span.last - 1)
            and lower not in self.lex.org_heads
            and lower not in self.lex.loc_cues
            and lower not in self.lex.places
            and word not in self.aliases
        )

    def _split_org_holder(self, spans: list[Span]) -> list[Span]:
        """Split "Kepala [Dinas Kesehatan Sukamaju Wulan] Dari": the office, then its holder."""
        words = self.words
        tagged = {k for span in spans for k in range(span.first, span.last)}
        out: list[Span] = []
        for span in spans:
            end = span.last
            if span.type == "ORG":
                while (
                    end < len(words)
                    and words[end][:1].isupper()
                    and words[end][:1].isalpha()
                    and end not in tagged
                    and self.sentence_of[end] == self.sentence_of[span.first]
                ):
                    end += 1
            if (
                span.type == "ORG"
                and end > span.last
                and span.last - span.first >= 3
                and span.first > 0
                and words[span.first - 1].lower() in self.titles
                and words[span.first].lower() in self.lex.org_heads
                and words[span.last - 1] not in self.aliases
            ):
                out.append(Span(span.first, span.last - 1, "ORG"))
                out.append(Span(span.last - 1, end, "PERSON"))
            else:
                out.append(span)
        return out

    def add_tagged(self, spans: Sequence[Span]) -> None:
        """Keep the cleaned tagger spans."""
        spans = self.repair(spans)
        titles = self.titles
        for span in spans:
            if span.type != "PERSON":
                continue
            k = span.first
            while k < span.last - 1 and self.words[k].lower() in titles:
                k += 1
            if not self._sentence_start(k):
                self.person_words.add(self.words[k])
        expanded: list[Span] = []
        for span in spans:
            for piece in self._alias_pieces(span) or self._alias_then_name(span) or [span]:
                for part in self._split_headline_person(piece):
                    if (
                        expanded
                        and part.type == "PERSON"
                        and expanded[-1].type == "PERSON"
                        and expanded[-1].last == part.first
                        and not self._title_case(part.first)
                    ):
                        # "Taufik" + "Hidayatullah": one name
                        part = Span(expanded.pop().first, part.last, "PERSON")
                    expanded.append(part)
        for span in expanded:
            cand = self.clean(span)
            if cand is not None and self.free(cand.first, cand.last):
                self.add(cand)

    def add_lexicon_matches(self) -> None:
        """Add untagged abbreviations, exonyms and gazetteer places (longest match first)."""
        aliases = self.aliases
        places = self.lex.places
        starts = self.lex.resolve_starts
        words = self.words
        n = len(words)
        # only capitalised words that open a lexicon entry can start a match
        heads = [k for k, w in enumerate(words) if w[:1].isupper() and starts.get(w.lower(), 0)]
        i = 0
        for head in heads:
            if head < i:
                continue  # inside the last match
            i = head
            matched = 0
            longest = starts[words[i].lower()]
            if i > 0 and words[i - 1].lower() in INITIALS_CUES:
                longest = 0  # "berinisial AS (34)": a suspect's initials
            if longest and self._loose_compass(i, i + 1):
                longest = 0
            for size in range(min(longest, n - i), 0, -1):
                if not self.free(i, i + size) and (
                    size < 2
                    or self.joined(i, i + size) not in aliases
                    or not self._take(i, i + size)
                ):
                    continue  # a known long name wins over tagger pieces inside it
                surface = self.joined(i, i + size)
                alias = aliases.get(surface)
                if alias is not None:
                    self.add(Candidate(i, i + size, alias.type, alias.canonical))
                    matched = size
                    break
                if surface.lower() in places and all(w[:1].isupper() for w in words[i : i + size]):
                    self.add(Candidate(i, i + size, "LOC"))
                    matched = size
                    break
            i += matched or 1

    def add_acronyms(self) -> None:
        """Join acronyms defined in the text to their long form: "Badan ... Nasional (NADA)"."""
        starts = {t[1]: k for k, t in enumerate(self.tokens)}
        defined: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        for m in _ACRONYM.finditer(self.body):
            acronym = m.group(1)
            open_index = starts.get(m.start())
            if open_index is None or open_index == 0:
                continue
            long_first = self._long_form(open_index, acronym)
            if long_first is None:
                continue
            kinds = Counter(
                cand.type
                for cand in self.candidates
                if cand.first <= long_first < cand.last or long_first <= cand.first < open_index
            )
            kind = kinds.most_common(1)[0][0] if kinds else "ORG"
            self.candidates = [
                c for c in self.candidates if c.last <= long_first or c.first >= open_index
            ]
            for k in range(len(self.covered)):
                self.covered[k] = False
            for c in self.candidates:
                for k in range(c.first, c.last):
                    self.covered[k] = True
            long_name = " ".join(self.text(long_first, open_index).split())
            self.add(Candidate(long_first, open_index, kind, long_name))
            defined[acronym].append((open_index, long_name, kind))
        if not defined:
            return
        for k, word in enumerate(self.words):
            if word in defined:
                # the latest definition before this mention, else the first one
                _, long_name, kind = max(
                    (d for d in defined[word] if d[0] <= k), default=defined[word][0]
                )
                # "PT SKE": the legal form before a company's acronym belongs to the mention
                first = k - 1 if k > 0 and self.words[k - 1].lower() in COMPANY_FORMS else k
                if first < k and self.covered[first]:
                    same = [c for c in self.candidates if c.first == first and c.last == k + 1]
                    if same:
                        same[0].canonical, same[0].type = long_name, kind
                        continue
                    first = k
                if not self.covered[k]:
                    self.add(Candidate(first, k + 1, kind, long_name))
                else:
                    for c in self.candidates:
                        if c.first == k and c.last == k + 1:
                            c.canonical, c.type = long_name, kind
                            if first < k:
                                c.first = first
                                c.parts = name_parts(self.words[c.first : c.last])
                                self.covered[first] = True

    def _long_form(self, end: int, acronym: str) -> int | None:
        """Return the first token of the long form ending before token ``end``, if it fits."""
        words = self.words
        start = end
        while start > 0 and end - start < MAX_ACRONYM_WORDS:
            w = words[start - 1]
            if w[:1].isupper() or (w.lower() in CONNECTORS and start < end):
                start -= 1
            elif w == "," and start < end and start > 1 and words[start - 2][:1].isupper():
                start -= 1  # "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"
            else:
                break
        commas = [k for k in range(start, end) if words[k] == ","]
        if commas and "dan" not in {w.lower() for w in words[commas[-1] : end]}:
            start = commas[-1] + 1  # only a list "A, B, dan C" runs across commas
        while start < end and not words[start][:1].isupper():
            start += 1
        if end - start < 2:
            return None
        letters = acronym.lower()
        for first in range(end - 2, start - 1, -1):
            if not words[first][:1].isupper():
                continue
            initials = "".join(w[0].lower() for w in words[first:end] if w[:1].isupper())
            if initials == letters:
                if first > start and words[first - 1].lower() in self.lex.org_heads:
                    return first - 1  # "Kementerian Energi dan Sumber Daya Mineral (ESDM)"
                return first
        for first in range(start, end - 1):
            if (
                not words[first][:1].isupper()
                or words[first][0].lower() != letters[0]
                or words[first].lower() in self.titles
            ):
                continue
            flat = "".join(words[first:end]).lower()
            it = iter(flat)
            if all(ch in it for ch in letters):
                return first
        # a translated name ("Badan Pengembangan Dirgantara Nasional (NADA)"): accept an
        # all-caps acronym after a run that opens with an organisation word
        if acronym.isupper() and words[start].lower() in self.lex.org_heads:
            return start
        return None

    def add_nicknames(self) -> None:
        """Join nicknames given after a full name ("Joko Santosa atau Josan") to the person."""
        starts = {t[1]: k for k, t in enumerate(self.tokens)}
        nicknames = self.nicknames
        for cand in self.candidates:
            if cand.type != "PERSON" or cand.last - cand.first < 2:
                continue
            m = _NICKNAME.match(self.body, self.tokens[cand.last - 1][2])
            if m is None or m.group(1).lower() in self.lex.not_names:
                continue
            nicknames[m.group(1)] = self.joined(cand.first, cand.last)
            k = starts.get(m.start(1))
            if k is not None and self.words[k] == m.group(1) and not self.covered[k]:
                self.add(Candidate(k, k + 1, "PERSON"))

    def apply_nicknames(self) -> None:
        """Point every one-word mention of a known nickname at its full name."""
        if not self.nicknames:
            return
        for cand in self.candidates:
            if cand.last - cand.first == 1 and cand.canonical is None:
                full = self.nicknames.get(self.words[cand.first])
                if full is not None:
                    cand.type, cand.canonical = "PERSON", full

    def _take(self, first: int, last: int) -> bool:
        """Free a range for a longer known name by dropping shorter mentions inside it."""
        inside = [c for c in self.candidates if c.first < last and first < c.last]
        if any(c.first <= first and c.last >= last for c in inside) or any(
            c.first < first or c.last > last for c in inside
        ):
            return False
        if inside:
            self.candidates = [c for c in self.candidates if c not in inside]
            for k in range(first, last):
                self.covered[k] = False
        return True

    def add_name_repeats(self) -> None:
        """Find untagged repeats of names already found (the tagger misses some)."""
        full: dict[tuple[str, ...], str] = {}
        single: dict[str, str] = {}
        for cand in self.candidates:
            words = tuple(self.words[cand.first : cand.last])
            full.setdefault(words, cand.type)
            if cand.type == "ORG" and len(words) > 2 and words[0].lower() in COMPANY_FORMS:
                full.setdefault(words[1:], "ORG")  # "PT Samudra Kencana Energi" -> without PT
            if cand.type == "PERSON" and len(words) > 1:
                for w in words:
                    if (
                        len(w) >= MIN_PART
                        and w[:1].isupper()
                        and w.lower() not in self.titles
                        and w.lower() not in self.lex.not_names
                        and w.lower() not in NAME_PREFIXES
                    ):
                        single.setdefault(w, "PERSON")
        for words, kind in full.items():
            if len(words) == 1:
                single.setdefault(words[0], kind)
        # first word of a multi-word name -> its longest such name: other words open none
        longest: dict[str, int] = {}
        for words in full:
            if len(words) > 1:
                longest[words[0]] = max(longest.get(words[0], 0), len(words))
        n = len(self.words)
        # only words that open a known name or are a known single name can start a repeat
        heads = [k for k, w in enumerate(self.words) if w in longest or w in single]
        i = 0
        for head in heads:
            if head < i:
                continue  # inside the last repeat
            i = head
            step = 1
            for size in range(min(longest.get(self.words[i], 0), n - i), 1, -1):
                words = tuple(self.words[i : i + size])
                if words in full and self._take(i, i + size):
                    self.add(Candidate(i, i + size, full[words]))
                    step = size
                    break
            else:
                w = self.words[i]
                if w in single and not self.covered[i]:
                    self.add(Candidate(i, i + 1, single[w]))
            i += step

    # -- grouping ------------------------------------------------------------------------
    def group(self, sentence_of: Sequence[int]) -> list[list[Candidate]]:
        """Group candidates into entities."""
        cands = sorted(self.candidates, key=lambda c: c.first)
        groups: list[list[Candidate]] = []
        by_key: dict[tuple[str, str], int] = {}

        def join(cand: Candidate, key: tuple[str, str]) -> None:
            index = by_key.get(key)
            if index is None:
                index = by_key[key] = len(groups)
                groups.append([])
            groups[index].append(cand)
            cand.group = index

        # The same words tagged with different types in one body take the majority type.
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for c in cands:
            if c.canonical is None:
                votes["".join(c.parts)][c.type] += 1
        for c in cands:
            if c.canonical is None:
                tally = votes["".join(c.parts)]
                if len(tally) > 1:
                    c.type = max(tally, key=lambda k: (tally[k], k != "PERSON", k))
        # "di Adi Sucipto" after "Jalan Adi Sucipto": the street again, not a person
        streets = {
            "".join(c.parts[1:]): self.joined(c.first, c.last)
            for c in cands
            if c.type == "LOC"
            and c.last - c.first > 1
            and self.words[c.first].lower().strip(".") in self.lex.loc_cues
        }
        for c in cands:
            if c.type != "ORG" and c.canonical is None and "".join(c.parts) in streets:
                c.type, c.canonical = "LOC", streets["".join(c.parts)]
        # Person words that another person's full name contains: those mentions are people.
        person_parts = {
            p for c in cands if c.type == "PERSON" and len(c.parts) > 1 for p in c.parts
        }
        for c in cands:
            if (
                c.canonical is None
                and c.type != "PERSON"
                and len(c.parts) == 1
                and c.parts[0] in person_parts
            ):
                c.type = "PERSON"
        # 1. fixed canonicals and organisations/places by key ("PT SKE" is "SKE" defined in text)
        acronyms = {
            name_key(self.words[c.first]): org_key(c.canonical)
            for c in cands
            if c.canonical is not None
            and c.last - c.first == 1
            and c.type != "PERSON"
            and self.words[c.first].isupper()
        }
        persons_full: list[Candidate] = []
        persons_single: list[Candidate] = []
        for c in cands:
            if c.canonical is not None:
                if c.type == "PERSON":
                    join(c, ("P", name_key(c.canonical)))
                else:
                    join(c, ("X", org_key(c.canonical)))
            elif c.type != "PERSON":
                key = org_key(self.joined(c.first, c.last))
                join(c, ("X", name_key(acronyms.get(key, key))))
            elif self.last_part_count(c) > 1:
                persons_full.append(c)
            else:
                persons_single.append(c)
        # 2. full person names by key, typos merged into the longer/most frequent key
        keys = Counter("".join(c.parts) for c in persons_full)
        root = {k: k for k in keys}

        def find(k: str) -> str:
            while root[k] != k:
                root[k] = root[root[k]]
                k = root[k]
            return k

        def union(small: str, big: str) -> None:
            a, b = find(small), find(big)
            if a != b:
                root[a] = b

        ordered = sorted(keys, key=lambda k: (-keys[k], -len(k), k))
        for k in ordered:
            if len(k) < TYPO_MIN_KEY:
                continue
            for target in ordered:
                if target != k and keys[target] >= keys[k] and _edit_distance_le1(k, target):
                    union(k, target)
                    break
        # a name contained in a longer one ("Jong Un" in "Kim Jong Un") joins it if unique
        part_lists = {"".join(c.parts): c.parts for c in persons_full}
        for k, parts in part_lists.items():
            hosts = {
                find(h)
                for h, hp in part_lists.items()
                if len(hp) > len(parts) and contains_run(hp, parts)
            }
            if len(hosts) == 1:
                union(k, hosts.pop())
        for c in persons_full:
            join(c, ("P", find("".join(c.parts))))
        # 3. single words join the full name that contains them
        hosts_of: dict[str, list[int]] = defaultdict(list)
        for c in persons_full:
            for p in set(c.parts):
                if c.group not in hosts_of[p]:
                    hosts_of[p].append(c.group)
        salience = {g: len(groups[g]) for g in {c.group for c in persons_full}}
        for c in persons_single:
            part = "".join(c.parts)
            if len(c.parts) > 1:  # "Jong-un": joins the names containing all its parts in order
                hosts = [
                    g for g in salience if any(contains_run(o.parts, c.parts) for o in groups[g])
                ]
            else:
                hosts = hosts_of.get(part, [])
            if not hosts:
                join(c, ("P", part))
                continue
            chosen = hosts[0]
            if len(hosts) > 1:
                chosen = self._closest(c, hosts, groups, sentence_of, salience)
            groups[chosen].append(c)
            c.group = chosen
            salience[chosen] = salience.get(chosen, 0) + 1
        return [g for g in groups if g]

    def last_part_count(self, cand: Candidate) -> int:
        """Return how many words (split at spaces and glue, not hyphens) a mention has."""
        return cand.last - cand.first

    def _closest(
        self,
        cand: Candidate,
        hosts: list[int],
        groups: list[list[Candidate]],
        sentence_of: Sequence[int],
        salience: dict[int, int],
    ) -> int:
        """Pick among several full names: named earlier in the same sentence, else most salient."""
        sentence = sentence_of[cand.first]
        best: tuple[int, int] | None = None
        for g in hosts:
            for other in groups[g]:
                if (
                    other.last <= cand.first
                    and sentence_of[other.first] == sentence
                    and (best is None or other.first > best[0])
                ):
                    best = (other.first, g)
        if best is not None:
            return best[1]
        first_seen = {g: min(o.first for o in groups[g]) for g in hosts}
        return max(hosts, key=lambda g: (salience.get(g, 0), -first_seen[g]))

    # -- output --------------------------------------------------------------------------
    def _public_figure(self, name: str) -> str:
        """Complete a well-known figure's short name ("Putin" -> "Vladimir Putin").

        Grouping has already joined a short name to any fuller name in the text that holds
        it, so a short name still alone here has no other bearer in this article.
        """
        return self.lex.figures.get(name_key(name), name)

    def entities(self, groups: list[list[Candidate]]) -> tuple[Entity, ...]:
        """Build Entity values, ordered by first mention."""
        result = []
        for members in sorted(groups, key=lambda g: min(c.first for c in g)):
            members.sort(key=lambda c: c.first)
            kinds = Counter(c.type for c in members)
            kind = max(kinds, key=lambda k: (kinds[k], k == members[0].type))
            mentions = tuple(
                Mention(
                    self.text(c.first, c.last),
                    self.tokens[c.first][1],
                    self.tokens[c.last - 1][2],
                    kind,
                )
                for c in members
            )
            fixed = [c.canonical for c in members if c.canonical is not None]
            free = [m.text for c, m in zip(members, mentions, strict=True) if c.canonical is None]
            if kind == "PERSON" and free:
                name = canonical_name(free)  # a nickname's full name is among the mentions
            else:
                name = fixed[0] if fixed else canonical_name([m.text for m in mentions])
                if kind != "PERSON":
                    name = with_company_form(name, [*fixed, *(m.text for m in mentions)])
            if kind != "ORG":
                name = unshout(name, self.lex.places)
            if kind == "PERSON":
                name = self._public_figure(name)
            aliases = tuple(sorted({m.text for m in mentions} | {name}))
            result.append(Entity(name, kind, aliases, len(mentions), mentions))
        return tuple(result)


def resolve(
    body: str, tokens: list[Token], spans: Sequence[Span], lex: Lexicon, sentence_of: Sequence[int]
) -> tuple[Entity, ...]:
    """Resolve tagged spans of one body into entities with exact mention offsets."""
    resolver = Resolver(body, tokens, lex, sentence_of)
    resolver.add_tagged(spans)
    resolver.add_lexicon_matches()
    resolver.add_acronyms()
    resolver.add_nicknames()
    resolver.add_name_repeats()
    resolver.apply_nicknames()
    return resolver.entities(resolver.group(sentence_of))
