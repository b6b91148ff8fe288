"""Speaker names: capitalised runs, role stripping and mapping a surface name to an entity."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kabar.models import Entity
from kabar.quotes.lexicon import ORG_HEADS, PLACES, ROLE_WORDS, TITLES

_TOKEN = re.compile(r"[^\W\d_][\w]*(?:[-'’][\w]+)*|\d+(?:[.,/:]\d+)*|[^\w\s]")
# Lower-case words allowed inside a name or an organisation name.
_NAME_LINKS = frozenset({"bin", "binti", "van", "der", "den", "de", "von", "al", "el", "da", "dos"})
_ORG_LINKS = frozenset({"dan", "&", "of", "at", "for", "on", "and", "the", "in"})
# Role words that are also common surnames ("Lukman Hakim", "Ayu Dewi Ratu"): at the end of a
# run after a name word they are the surname, since a role stands before the name; by hand.
_SURNAME_ROLES = frozenset({"Hakim", "Ratu", "Raja", "Putri", "Putra", "Dewi", "Jaksa"})
# Titles written in lower case inside a run ("Kepala Dinas Kesehatan dr Widji Lestariono").
_LOWER_TITLES = frozenset({"dr", "drg", "ir", "prof", "hj", "h"})
# Role words that also open Sasak names ("Satlantas ... Lalu Lintas" vs "Lalu Ahmad").
_SASAK_OPENERS = frozenset({"Lalu"})
# Abbreviated name parts written with a period inside a name (Minang adat titles); by hand.
_DOTTED_NAME_PARTS = frozenset({"Dt", "St", "Sti"})
_ROLE_LOWER = frozenset(word.lower() for word in ROLE_WORDS)
_NOT_NAME = ROLE_WORDS | PLACES
# Roles and offices that are followed by a place name ("Wali Kota Sukamaju"); by hand.
PLACE_TAKERS = frozenset(
    "Kota Kabupaten Provinsi Desa Kecamatan Kelurahan Polres Polresta Polrestabes Polsek Polda "
    "Kapolres Kapolresta Kapolsek Kapolda Bupati Wabup Gubernur Wagub Camat Lurah Kodim Dandim "
    "Kejari Kejati Pemkot Pemkab Pemprov DPRD RSUD Kades Walkot Sekda".split()
)
# Words this long ending in -nya are common nouns ("Tujuannya"), never names; by hand.
MIN_NYA_WORD = 5
# Words that open a company's name ("PT Sinar Pangan"): the words after them are the company's
# until the name of a person takes over; by hand.
COMPANY_HEADS = frozenset({"PT", "CV", "UD", "Perum", "Perumda", "PD", "Partai"})
# Academic degrees written after a name ("Rudi Hermawan SH MH"); by hand.
DEGREES = frozenset(
    "SH MH MM MSi MSc MA MBA MT ST SE SPd MPd SKom SIP SSos MKes SKM SKed SpA SpPD SpOG PhD "
    "Ak CPA".split()
)
# Words that name a place by the name after them ("Jalan Abdul Muis", "Kepulauan Aru"): that
# name is the place's, not a person's; by hand.
PLACE_HEADS = frozenset(
    "Jalan Jl Gang Gg Kepulauan Pulau Gunung Teluk Selat Laut Sungai Danau Bandara Stasiun "
    "Pelabuhan Terminal Taman Pasar Masjid Gereja Lapangan Stadion Gedung Hotel Tol Simpang "
    "Bundaran Tugu Pantai".split()
)
# Words a person's name keeps after a company's name ("PT Sinar Pangan Rudi Hartono"); by hand.
NAME_AFTER_COMPANY = 2
# A parenthesised acronym has at most this many words ("(BUMDes LKM)"); by hand.
MAX_ACRONYM_WORDS = 3
# A name may end in an acronym this short ("Mahfud MD"); longer ones are organisations.
MAX_NAME_ACRONYM = 2
# pe-...-an and ke-...-an nouns this long name offices ("Penanganan", "Kesehatan"); shorter
# ones can be names ("Kenan"). By hand, checked against the PERSON spans of PFSA-ID dev.
ORG_NOUN_LENGTH = 8
# Entity types a speaker may be mapped to: persons, or persons and organisations.
PERSON_TYPE = frozenset({"PERSON"})
ANY_TYPE = frozenset({"PERSON", "ORG", "LOC", "MISC", "GPE", "NORP", "EVENT"})
# Characters after which a capital letter only marks the start of a sentence.
# Abbreviations whose full stop does not end a sentence ("dr. Anita"); by hand.
_ABBREVIATIONS = frozenset("dr drg drs dra ir prof h hj st sdr bpk ny tn mr mrs ms".split())
_SENTENCE_START = ".!?“”\"‘'(:\n…"


@dataclass(frozen=True)
class Tok:
    """One word or punctuation token with its offsets in the body."""

    text: str
    start: int
    end: int
    # Read millions of times per corpus, so computed once: the lower-cased text, and whether
    # the token starts with a capital letter.
    low: str = field(init=False, repr=False, compare=False)
    cap: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Fill in the derived fields."""
        object.__setattr__(self, "low", self.text.lower())
        object.__setattr__(self, "cap", self.text[:1].isupper())


def tokenize(text: str) -> list[Tok]:
    """Split text into word and punctuation tokens with offsets."""
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@dataclass(frozen=True)
class Run:
    """A run of capitalised tokens (a name, a role, an organisation) and its span."""

    words: tuple[str, ...]
    start: int
    end: int
    acronym: str | None = None  # "(NADA)" right after the run
    spans: tuple[tuple[int, int], ...] = ()  # character span of each word


def _acronym_group(toks: list[Tok], j: int) -> int:
    """Return the index after "(NADA)" or "(BUMDes LKM)" starting at ``toks[j]``, else ``j``."""
    if j >= len(toks) or toks[j].text != "(":
        return j
    k = j + 1
    while k < len(toks) and k - j <= MAX_ACRONYM_WORDS and toks[k].cap:
        k += 1
    if k > j + 1 and k < len(toks) and toks[k].text == ")":
        return k + 1
    return j


def read_run(toks: list[Tok], i: int) -> tuple[Run | None, int]:
    """Read the capitalised run starting at ``toks[i]``; return it and the index after it.

    A run takes initials ("Teguh P. Nugroho"), numbers inside names ("Daop 1", "Covid - 19")
    and a parenthesised acronym followed by more capitals ("Ketua MCCC (MCCC) Agus"); such
    pieces become words that end a person's name when read backwards.
    """
    j = i
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    acronym: str | None = None
    while j < len(toks):
        tok = toks[j]
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        after = toks[j + 2] if j + 2 < len(toks) else None
        if (
            words
            and len(tok.text) == 1
            and tok.text.isupper()
            and nxt is not None
            and nxt.text == "."
            and nxt.start == tok.end
            and after is not None
            and after.cap
        ):
            words.append(tok.text + ".")  # an initial inside a name: "Teguh P. Nugroho"
            spans.append((tok.start, nxt.end))
            j += 2
        elif (
            tok.text in _DOTTED_NAME_PARTS
            and nxt is not None
            and nxt.text == "."
            and nxt.start == tok.end
            and after is not None
            and after.cap
        ):
            words.append(tok.text + ".")  # Minang "Dt." inside a name: "Syafrizal Dt. Bandaro"
            spans.append((tok.start, nxt.end))
            j += 2
        elif words and tok.text in "-–" and nxt is not None and nxt.text[0].isdigit():
            words.append(tok.text + nxt.text)  # "Covid - 19" as PFSA-ID spaces it
            spans.append((tok.start, nxt.end))
            j += 2
        elif words and tok.text[0].isdigit() and nxt is not None and nxt.cap:
            words.append(tok.text)  # "Daop 1 Eva Chairunisa"
            spans.append((tok.start, tok.end))
            j += 1
        elif words and tok.text == "(":
            k = _acronym_group(toks, j)
            if k == j:
                break
            acronym = " ".join(t.text for t in toks[j + 1 : k - 1])
            if k < len(toks) and toks[k].cap and toks[k].text[0].isalpha():
                words.append("(" + acronym + ")")  # the run goes on after the acronym
                spans.append((tok.start, toks[k - 1].end))
                acronym = None
                j = k
                continue
            return Run(tuple(words), toks[i].start, spans[-1][1], acronym, tuple(spans)), k
        elif (tok.cap and tok.text[0].isalpha()) or (
            words
            and (tok.low in _NAME_LINKS or tok.low in _ORG_LINKS or tok.text in _LOWER_TITLES)
            and nxt is not None
            and nxt.cap
        ):
            words.append(tok.text)
            spans.append((tok.start, tok.end))
            j += 1
        else:
            break
    if not words:
        return None, i
    return Run(tuple(words), toks[i].start, spans[-1][1], acronym, tuple(spans)), j


def org_like(word: str) -> bool:
    """Tell whether a word is an institutional noun (pe-/per-/ke- ... -an: "Penanganan")."""
    low = word.lower()
    return len(low) >= ORG_NOUN_LENGTH and low.endswith("an") and low.startswith(("pe", "ke"))


def _camel(word: str) -> bool:
    """Tell whether a word has capitals inside it ("GoToMalls", "PayPro"): a brand, not a name."""
    if word.isupper():
        return False
    for part in re.split(r"[-'’]", word):
        if part.startswith(("Mc", "Mac", "De", "Le", "La", "Di", "Van")):
            part = part[2:]
        if any(c.isupper() for c in part[1:]):
            return True
    return False


def _acronym(word: str) -> bool:
    """Tell whether a word is an all-capitals abbreviation such as KPK or NATO."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def person_words(words: tuple[str, ...], places: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Return the person's name at the end of a run, without roles, places or titles.

    ``places`` adds the article's own place names (words it writes after "di", "ke", "dari").
    """
    tail: list[str] = []
    for word in reversed(words):
        if (
            not tail
            and word in _SURNAME_ROLES
            and len(words) > 1
            and words[-2][:1].isupper()
            and words[-2] not in _NOT_NAME
            and not _acronym(words[-2])
        ):
            tail.append(word)  # "Mohammad Fauzan Hakim"
            continue
        if not tail and _acronym(word) and len(word) <= MAX_NAME_ACRONYM and len(words) > 1:
            previous = words[-2]
            if previous[:1].isupper() and previous not in _NOT_NAME and not _acronym(previous):
                tail.append(word)  # "Mahfud MD", "dr Eddy MS"
                continue
        if (
            word in _NOT_NAME
            or word in COMPANY_HEADS
            or word in places
            or word.lower() in _ORG_LINKS
            or _acronym(word)
            or org_like(word)
            or not word[0].isalpha()
            or _camel(word)
            or (len(word) > MIN_NYA_WORD and word.endswith("nya"))
        ):
            break
        tail.append(word)
    tail.reverse()
    if tail and len(tail) < len(words) and words[-len(tail) - 1] in PLACE_HEADS:
        tail = []  # "Jalan Abdul Muis" is a street
    if len(tail) == 1 and len(words) == 2 and words[0] in PLACE_TAKERS:
        tail = []  # "Kecamatan Gambir" (but "Kepala Desa Warsito" keeps its name)
    if len(tail) < len(words) and words[-len(tail) - 1] in COMPANY_HEADS:
        # "PT Angkasa Nusantara" is a company; "PT Sinar Pangan Rudi Hartono" ends with a person.
        tail = tail[-NAME_AFTER_COMPANY:] if len(tail) > NAME_AFTER_COMPANY else []
    if (
        len(tail) >= 3
        and len(tail) < len(words)
        and (words[-len(tail) - 1] in PLACE_TAKERS or _acronym(words[-len(tail) - 1]))
    ):  # "Bupati Sukamaju Irawan Hadi", "Dinas PUPR Sukamaju Darmawan Saleh": a place follows
        tail = tail[1:]
    last_title = max((k for k, word in enumerate(tail) if word in TITLES), default=-1)
    if last_title + 1 < len(tail):
        tail = tail[last_title + 1 :]
    else:
        while tail and tail[0] in TITLES:
            tail = tail[1:]
    while tail and tail[-1].lower() in _NAME_LINKS:
        tail = tail[:-1]
    return tuple(tail)


def _without_role(name: str) -> str:
    """Drop ranks and offices an entity's name still starts with ("Pol Darmawan Saputro")."""
    words = name.split()
    while len(words) > 2 and (words[0] in TITLES or words[0] in ROLE_WORDS):
        if words[0] in _SASAK_OPENERS and words[1] != "Lintas":
            break  # "Lalu Ahmad ..." is a Sasak name; "Lalu Lintas" is traffic
        words = words[1:]
    return " ".join(words)


def org_words(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return the run as an organisation name when it starts with an institution word."""
    if not words or person_words(words):
        return None
    if words[0] in ORG_HEADS or (len(words) == 1 and _acronym(words[0])):
        return words
    return None


def is_role_lower(word: str) -> bool:
    """Tell whether a lower-case word belongs to a role description ("juru bicara")."""
    return word.lower() in _ROLE_LOWER


def at_sentence_start(body: str, start: int) -> bool:
    """Tell whether the token at ``start`` opens a sentence (so its capital says nothing)."""
    i = start - 1
    while i >= 0 and body[i] in " \t":
        i -= 1
    if i > 0 and body[i] == ".":
        j = i
        while j > 0 and body[j - 1].isalpha():
            j -= 1
        if body[j:i].lower() in _ABBREVIATIONS:
            return False  # "dr. Anita Kusuma", "Prof. Hadi"
    return i < 0 or body[i] in _SENTENCE_START


def proper_words(body: str, toks: list[Tok]) -> frozenset[str]:
    """Return the words capitalised somewhere other than at a sentence start (proper nouns)."""
    return frozenset(t.text for t in toks if t.cap and not at_sentence_start(body, t.start))


class NameResolver:
    """Map a speaker's surface name to a canonical name, through the article's entities."""

    def __init__(self, body: str, entities: tuple[Entity, ...], full_names: list[str]) -> None:
        """Index the entities' names, aliases and mentions, and the body's full names."""
        self.body = body
        self.entities = entities
        self.full_names = full_names  # multi-word person names in body order
        self.by_alias: dict[str, list[Entity]] = {}
        for entity in entities:
            for alias in {entity.name, *entity.aliases, *(m.text for m in entity.mentions)}:
                self.by_alias.setdefault(alias.lower(), []).append(entity)

    def alias(self, text: str, types: frozenset[str]) -> Entity | None:
        """Return the first entity of one of ``types`` known under ``text``."""
        return next((e for e in self.by_alias.get(text.lower(), ()) if e.type in types), None)

    def entity_at(
        self, start: int, end: int, body: str | None = None, types: frozenset[str] = ANY_TYPE
    ) -> Entity | None:
        """Return the entity with a mention overlapping ``start:end`` (PERSON first, latest).

        With ``body`` the mention must also share a word with ``body[start:end]``, so that a
        sloppy mention ("Muna Rusman Emba") does not capture a neighbouring name.
        """
        words = set(body[start:end].lower().split()) if body is not None else None
        best: tuple[int, int, Entity] | None = None
        for entity in self.entities:
            if entity.type not in types:
                continue
            for mention in entity.mentions:
                if not (mention.start < end and start < mention.end):
                    continue
                if words is not None and not words & set(mention.text.lower().split()):
                    continue
                key = (int(entity.type == "PERSON"), mention.end, entity)
                if best is None or key[:2] > best[:2]:
                    best = key
        return best[2] if best else None

    def expand(self, surface: str) -> str:
        """Return the full name in the body that contains the surface name's words.

        A name that starts with them wins ("Wisnu" -> "Wisnu Yuas" before "Jepara Wisnu"),
        then the shortest, then the first written.
        """
        words = surface.split()
        best: tuple[int, int, int, str] | None = None
        for order, name in enumerate(self.full_names):
            parts = name.split()
            for k in range(len(parts) - len(words) + 1):
                if parts[k : k + len(words)] == words:
                    key = (k != 0, len(parts), order, name)
                    if best is None or key < best:
                        best = key
                    break
        return best[3] if best else surface

    def resolve(
        self, surface: str, start: int, end: int, types: frozenset[str] = PERSON_TYPE
    ) -> tuple[str, str | None]:
        """Return (canonical name, entity type or None) for a surface name found at start:end.

        Only entities of ``types`` are considered: a name the stage reads as a person is not
        handed to a place the entity stage found around it ("Balikpapan Abdulloh", LOC).
        """
        # The entity stage's own decision for this very mention comes first: with two people
        # called Dadang, it knows which one a bare "Dadang" at this offset is.
        at = self.entity_at(start, end, self.body, types) if start >= 0 else None
        if (
            at is not None
            and at.type == "PERSON"
            and set(surface.split()) < set(at.name.split())
        ):  # "Dadang" of Dadang Suryadi, "Ahmad Zulkarnain" of "Lalu Ahmad Zulkarnain"
            return _without_role(at.name), at.type
        entity = self.alias(surface, types)
        expanded = self.expand(surface)
        # Two people may share a first name: keep the body's own full name when the entity
        # found by alias does not contain it.
        if (
            entity is not None
            and expanded != surface
            and not set(expanded.lower().split()) <= set(entity.name.lower().split())
        ):
            entity = self.alias(expanded, types)
            if entity is None:
                return expanded, None
        if entity is None:
            entity = self.entity_at(start, end, self.body, types)
        if entity is None:
            entity = self.alias(expanded, types)
        if entity is None and "PERSON" in types:
            entity = self._by_surname(surface)
        if entity is not None:
            extra = [w for w in expanded.split() if w not in entity.name.split()]
            if set(entity.name.split()) < set(expanded.split()) and not self._names_other(extra):
                return expanded, entity.type  # the entity stage cut the name short
            if entity.type == "PERSON":
                return _without_role(entity.name), entity.type
            return entity.name, entity.type
        return expanded, None

    def _names_other(self, words: list[str]) -> bool:
        """Tell whether words belong to an organisation or place the article names."""
        return any(
            e.type != "PERSON" and w.lower() in name.lower().split()
            for w in words
            for e in self.entities
            for name in (e.name, *e.aliases)
        )

    def _by_surname(self, surface: str) -> Entity | None:
        """Return the one PERSON entity whose name ends or starts with the surface's last word."""
        last = surface.split()[-1].lower()
        found = [
            e
            for e in self.entities
            if e.type == "PERSON"
            and any(
                last in (parts[-1], parts[0])
                for parts in (n.lower().split() for n in (e.name, *e.aliases))
            )
        ]
        return found[0] if len(found) == 1 else None
