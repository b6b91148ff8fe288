"""Trim a tagged span to the name it holds: punctuation, titles, degrees and stray words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kabar.entities.candidates import Candidate
from kabar.entities.doc import Doc
from kabar.entities.lexicon import case_classes
from kabar.entities.names import dotted_degree
from kabar.entities.namewords import abbreviation, after_dotted_title, name_word
from kabar.entities.ner import Span
from kabar.entities.retype import suspect_initials
from kabar.lexicon import lowered, lowered_for_use, table
from kabar.lexicon import words as list_words

# Ranks after which "TNI", "Polri" or "(Purn)" still belong to the title ("Letjen TNI"), as do
# the TNI corps (tni_corps.txt).
FORCE_WORDS = frozenset({"tni", "polri", "purn", "ad", "al", "au", "pol", "kes", "mar"})
# Words that finish a spelled-out rank ("Komisaris Besar Polisi", "Inspektur Jenderal",
# "Laksamana Muda", "Marsekal Pertama"); after a rank they are no name.
RANK_TAILS = frozenset("besar polisi utama muda madya pertama jenderal".split())
# Honorifics that can also be a (Korean) surname when the text supports it.
SURNAME_HONORIFICS = frozenset({"pak", "bu"})
# Javanese noble titles that follow "Raden" ("Raden Mas Haryo", "Raden Ayu Sekar"): with one
# of them, or before a name of two words or more anywhere but after a rank or an office
# ("aktor gaek Raden Soewandi", "Ayah Rangga, Raden Asep Adiwinata", "2. Raden Rangga
# Adiwinata"), "Raden" is a title, not a name word; after a rank or an office ("Kombes Raden
# Prasetyo") it stays, as the name the text gives.
NOBLE_SECONDS = frozenset("mas ayu roro rara ajeng ngabehi".split())
# Balinese and Sasak words that open a name ("Desak Made Sari", "Baiq Nurhasanah", "Lalu
# Sahnan") but alone are a title, a verb ("desak" = urge) or "then": never a person alone
# .
OPENERS_NEVER_ALONE = frozenset("desak baiq lalu".split())
# Fewest letters of an all-caps word inside a person span read as an organisation before the
# name ("Imam Besar FPI Habib Rizieq"); two-letter caps may be initials ("AA Gatot").
MIN_ORG_ACRONYM = 3
# Role words that are also common surnames ("Abdul Rahman Hakim", "Duta Pratama").
ROLE_SURNAMES = frozenset("hakim jaksa duta satria".split())
# Compass words that alone are no place unless the text means "the West" etc.
COMPASS = frozenset("barat timur utara selatan tengah tenggara".split())

# A comma and a lower-case word right after a name: an apposition ("Pak Thae Song, ketua ...").
_APPOSITION = re.compile(r",\s+[a-z]")


def clean(doc: Doc, span: Span, person_words: set[str]) -> Candidate | None:
    """Trim punctuation and titles from a tagged span; None when nothing name-like is left.

    ``person_words`` are the words that open a tagged person's name mid-sentence somewhere
    in the body: such a word is a name even where it opens a sentence.
    """
    words = doc.words
    bounds = _name_bounds(doc, span, person_words)
    if bounds is None:
        return None
    first, last = bounds
    surface = doc.joined(first, last)
    alias = doc.aliases.get(surface)
    if span.type == "PERSON" and last - first == 1 and suspect_initials(doc, first):
        alias = None  # "AS (29)": a suspect, not Amerika Serikat
    if alias is not None:
        return Candidate(first, last, alias.type, alias.canonical)
    lex = doc.lex
    if span.type == "PERSON" and surface.lower() in lex.extra_places:
        return Candidate(first, last, "LOC")  # "Jakarta , CNN Indonesia": a place
    if span.type == "PERSON" and _joined_places(lex.extra_places, surface):
        return None  # "konflik Rusia-Ukraina": two places, nobody
    if _names_nothing(doc, first, last):
        return None
    if span.type == "PERSON" and any(
        not w[:1].isupper()
        for w in words[first:last]
        if w[:1].isalpha() and w not in lowered("name_particles.txt")
    ):
        # lower-case words inside a person name: the tagger ran into the sentence
        keep = first
        while keep < last and (
            words[keep][:1].isupper()
            or (words[keep] in lowered("name_particles.txt") and keep + 1 < last)
        ):
            keep += 1
        last = keep
        if first >= last:
            return None
    titled = None
    if span.type == "PERSON":
        k = first
        while k > span.first and (
            words[k - 1].lower() in lowered_for_use("honorifics.tsv", "alias")
            or (words[k - 1].lower() in NOBLE_SECONDS and words[k - 2].lower() == "raden")
        ):
            k -= 1
        if k < first:
            titled = k  # "Ki Cermo", "Jro Mangku Sukerta": kept as an alias
    return Candidate(first, last, span.type, titled=titled)


def _name_bounds(doc: Doc, span: Span, person_words: set[str]) -> tuple[int, int] | None:
    """Return a span's bounds without punctuation, line breaks and a person's titles; None when
    no name is left or it is a stray compass word or a degree."""
    first, last = span.first, span.last
    words = doc.words
    while first < last and not words[first][:1].isalnum():
        first += 1
    while last > first and not words[last - 1][:1].isalnum():
        last -= 1
    for k in range(first + 1, last):  # a name never runs across a line break
        if "\n" in doc.body[doc.tokens[k - 1][2] : doc.tokens[k][1]]:
            last = k
            break
    if span.type == "PERSON":
        bounds = _trim_person(doc, first, last, person_words)
        if bounds is None:
            return None
        first, last = bounds
    if first >= last:
        return None
    if loose_compass(doc, first, last) or all(
        dotted_degree(w) or not w[:1].isalnum() for w in words[first:last]
    ):
        return None  # "Barat" of "Sekotong Barat"; ", S.H., M.H." after a name
    if (
        last - first == 1
        and words[first].lower() in lowered_for_use("degrees.tsv", "entities")
        and words[first - 1 : first] == [","]
        and words[last : last + 1] in ([","], ["."])
    ):
        return None  # ", MPPM, Akt., CA" in a list of degrees after a name
    return first, last


def _names_nothing(doc: Doc, first: int, last: int) -> bool:
    """Tell whether a range is lower case, a bare cue, or only non-names, titles and numbers."""
    words = doc.words
    lex = doc.lex
    if not words[first][:1].isupper() and not words[first][:1].isdigit():
        return True
    if last - first == 1 and (
        words[first].lower() in lex.loc_cues
        or (words[first].lower() in lex.org_heads and words[first] not in doc.aliases)
    ):
        return True  # a bare "Jalan" or "Kementerian" names nothing
    titles = doc.strip_titles
    # weekdays, months, bare titles and numbers are nobody and nowhere
    return all(
        w.lower() in doc.not_names or w.lower() in titles or not w[:1].isalpha()
        for w in words[first:last]
    )


def _trim_person(doc: Doc, first: int, last: int, person_words: set[str]) -> tuple[int, int] | None:
    """Trim a person span to its name; None when it is a lone common word or exclamation."""
    words = doc.words
    titles = doc.strip_titles
    first, last = _inner_bounds(doc, first, last)
    if first > 0 and _surname_honorific(doc, first - 1, last):
        first -= 1
    if (
        last - first >= 3
        and words[first].lower() == "raden"
        and (
            words[first + 1].lower() in NOBLE_SECONDS
            or first == 0
            or words[first - 1].lower() not in doc.strip_titles
        )
    ):
        first += 1  # "Raden Mas Haryo Kusumobroto": the titles go, as "Pak" does
        if last - first >= 3 and words[first].lower() in NOBLE_SECONDS:
            first += 1  # "Raden Ayu Laksmi Pramesthi": "Ayu" is the title's, not the name's
    # a rank just before the span still owns a corps word that opens it ("Letkol" "Inf Rudi")
    outside = first > 0 and words[first - 1].lower() in titles
    stripped = False
    while first < last and (words[first].lower() in titles or (stripped and words[first] == ".")):
        if _surname_honorific(doc, first, last):
            break
        first += 1  # "Prof. Dr. dr. Bambang": titles and their periods
        stripped = True
    while first < last - 1 and (
        (stripped and _force_word(words[first].lower().strip("()")))
        or (outside and words[first].lower() in lowered("tni_corps.txt"))
        or ((outside or stripped) and words[first].lower() in RANK_TAILS)
    ):
        first += 1  # "Komisaris" + "Besar Polisi Argo Yuwono"
    # a role or office word before a full name ("Seskab Teddy Indra Wijaya") is the role's
    while last - first >= 3 and _role_word(words[first]):
        first += 1
    if _office_inside(words[first:last]):
        return None  # "Intel Kodim", "Pemko Binjai", "Regional Sumbagsel": an office
    # leading common or place words ("Rezim Kim", "Kremlin Dmitry Peskov") and trailing
    # common words from title-case headlines ("Putin Tiba") are not part of the name
    while last - first > 1 and _not_name_word(doc, first, person_words):
        first += 1
    while last - first > 1 and (
        words[last - 1].lower().strip(".") in lowered_for_use("degrees.tsv", "entities")
        or dotted_degree(words[last - 1])
        or (doc.is_common(last - 1) and doc.title_case(last - 1))
    ):
        last -= 1
    if (
        last - first == 1
        and doc.is_common(first)
        and doc.sentence_start(first)
        and words[first] not in person_words
    ):
        return None
    if last - first == 1 and words[first].lower() in lowered(
        "interjections.txt"
    ) | OPENERS_NEVER_ALONE | lowered("energy_units.txt"):
        return None  # "Aduh", "Yup": a speaker's exclamation; "Serikat Desak Audit"
    return first, last


def _office_inside(words: Sequence[str]) -> bool:
    """Whether an office word stands after a name's first word ("Intel Kodim"); a full name of
    three or more words that are only ever written capitalised may end in one ("Joao Carvalho
    Mendes", not "Menteri Desa"; "Karo Penmas Divisi Humas" stays an office)."""
    cases = case_classes()
    plain = (
        len(words) >= 3
        and words[-1].lower() not in lowered("english_name_words.txt")  # "Convention Center"
        and all(cases.get(w.lower(), "u") == "u" and not _role_word(w) for w in words[:-1])
    )
    return any(_role_word(w) and _office_word(w) for w in words[1 : len(words) - plain])


def _role_word(word: str) -> bool:
    """A capitalised role or office word ("Menpar", "Seskab", "Dirut"), never a name opener
    ("Lalu Muhammad Iqbal")."""
    return word[:1].isupper() and word.lower() in _role_words()


def _office_word(word: str) -> bool:
    """A role word that is no surname too ("Kodim", "Regional"; not "Hakim", "Al"), nor a
    month, which is also a given-name syllable ("Tan Mei Ling")."""
    lower = word.lower()
    return (
        len(word) > 2
        and word in _offices_as_written()
        and lower not in ROLE_SURNAMES
        and lower not in _months()
    )


@cache
def _months() -> frozenset[str]:
    return frozenset(name.lower() for name, _ in table("month_names.txt"))


@cache
def _offices_as_written() -> frozenset[str]:
    """Role words as written ("NATO", "Kodim"): "Norman Nato" is a name."""
    return list_words("role_words.txt") | {w.title() for w in lowered("offices.txt")}


@cache
def _role_words() -> frozenset[str]:
    keep = OPENERS_NEVER_ALONE | lowered("name_prefixes.txt")
    return (lowered("role_words.txt") | lowered("offices.txt")) - keep


def _joined_places(places: frozenset[str], surface: str) -> bool:
    """Tell whether a hyphenated word joins known places ("Rusia-Ukraina", "Jakarta-Bandung")."""
    return "-" in surface and all(p in places for p in surface.lower().split("-"))


def loose_compass(doc: Doc, first: int, last: int) -> bool:
    """Tell whether a lone "Barat" is the tail of a place name ("Desa Sekotong Barat")."""
    return (
        last - first == 1
        and first > 0
        and doc.words[first].lower() in COMPASS
        and doc.words[first - 1][:1].isupper()
    )


def _not_name_word(doc: Doc, i: int, person_words: set[str]) -> bool:
    """Tell whether token i opens a person span but is a common, place or org word (a place's
    word right after a personal honorific is a given name: "Haji Oman Suherman").

    A common word counts only at a sentence start (where it is capitalised anyway) and
    only when the tagger never put it inside a person's name elsewhere in the sentence.
    """
    word = doc.words[i]
    # "Ir. Bagus Tri Wardhana": a dotted title's period opens no sentence, nor does a list
    # item's number opening its line ("1. Melati Kusumawardani (24)")
    dotted = after_dotted_title(doc, i)
    return (
        (doc.is_common(i) and doc.sentence_start(i) and word not in person_words and not dotted)
        or word in doc.aliases
        or (word.lower() in doc.lex.places and not _place_named_after_honorific(doc, i))
        or word.lower() in doc.lex.org_heads
    )


def _place_named_after_honorific(doc: Doc, i: int) -> bool:
    """Tell whether token i is a place's word right after a personal honorific ("Haji Oman
    Suherman", "Bu Jakarta"): a given name, where after an office it is the office's place
    ("Presiden Rusia Vladimir Putin")."""
    return (
        i > 0
        and doc.words[i].lower() in doc.lex.places
        and doc.words[i - 1].lower() in lowered_for_use("honorifics.tsv", "kinship")
    )


def _surname_honorific(doc: Doc, i: int, last: int) -> bool:
    """Tell whether the honorific at token i is a surname ("Pak Thae Song, ketua ...")."""
    words = doc.words
    if words[i].lower() not in SURNAME_HONORIFICS or not words[i][:1].isupper():
        return False
    # "Pak Haji Oman, begitu ...": a further honorific makes "Pak" one too, not a surname
    name_words = [
        w for w in words[i + 1 : last] if w[:1].isupper() and w.lower() not in doc.strip_titles
    ]
    if len(name_words) < 2:
        return False
    end = doc.tokens[last - 1][2]
    return bool(_APPOSITION.match(doc.body[end : end + 4]))


def _name_like_title(doc: Doc, first: int, k: int) -> bool:
    """Tell whether the title at ``k`` is a word of the name it stands in: one that names
    often hold ("Hakim" of "Lukman Hakim Saifuddin"), after name words only."""
    return doc.words[k].lower() in lowered("name_like_titles.txt") and all(
        name_word(doc, j) and doc.words[j].lower() not in doc.strip_titles for j in range(first, k)
    )


def _force_word(word: str) -> bool:
    """Tell whether a word after a rank still belongs to the title ("TNI", "Inf", "Purn")."""
    return word in FORCE_WORDS or word in lowered("tni_corps.txt")


def _inner_bounds(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Cut a person span at punctuation, a place cue, a title or an organisation inside it."""
    words = doc.words
    titles = doc.strip_titles
    for k in range(first, last):  # a person name never runs across punctuation
        if not words[k][:1].isalnum() and not (words[k] == "." and abbreviation(doc, k - 1)):
            last = k
            break
    for k in range(first + 1, last - 1):  # "Sri Rejeki Desa Sukamulya": the name ends
        # (a place cue that ends the span is a surname: "Syamsul Bahri Tanjung")
        if (
            words[k].lower() in doc.lex.loc_cues
            and words[k][:1].isupper()
            and words[k].lower() not in lowered("place_cue_surnames.txt")
        ):
            last = k
            break
    # a title inside the span ends whatever came before it ("Metro Jaya Irjen Pol X")
    for k in range(last - 2, first, -1):
        word = words[k].lower()
        if (
            word in titles
            and word not in lowered_for_use("honorifics.tsv", "kinship")
            and len(word) > 1
            and not _name_like_title(doc, first, k)
        ):
            first = k
            break
    for k in range(last - 2, first, -1):  # "Imam Besar FPI Habib Rizieq": after the org
        word = words[k]
        if (
            word.isupper()
            and word.isalpha()
            and len(word) >= MIN_ORG_ACRONYM
            and not any(name_word(doc, j) for j in range(first, k))
        ):  # (not "Marc Marquez ESP Repsol Honda": a name before the caps)
            first = k + 1
            break
    return first, last
