"""Word tests shared by the span-widening passes: name words, dotted abbreviations, ages."""

from __future__ import annotations

import re
from collections.abc import Container

from kabar.entities.doc import Doc
from kabar.entities.features import cluster_key
from kabar.entities.lexicon import speech_verbs
from kabar.lexicon import lowered, lowered_for_use

# Initials that open Indonesian names even before a one-word name ("M. Yamin" = Muhammad,
# "A." = Ahmad/Abdul/Andi, "R." = Raden).
GIVEN_INITIALS = frozenset("MAR")
# Dotted initials inside a name, the last period a token of its own ("O.S" of "Eddy O.S.").
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")
# An age in brackets after a name ("Sukarti (52)") makes it a person; bounds of a human age.
MIN_AGE = 1
MAX_AGE = 110
# Case classes (clusters.tsv.gz) of words mostly or often written in lower case.
MIXED_OR_COMMON = frozenset("lm")


def abbreviation(doc: Doc, k: int) -> bool:
    """Tell whether token k is a title or given-name abbreviation followed by its period."""
    words = doc.words
    if k < 0 or k + 1 >= len(words) or words[k + 1] != "." or gap(doc, k + 1):
        return False
    word = words[k]
    lower = word.lower()
    if _INITIALS.fullmatch(word):
        return True  # "Eddy O.S. Hiariej"
    return word.isalpha() and (
        lower in lowered("given_abbreviations.txt")
        or lower in doc.titles
        or lower in lowered("adat_titles.txt")
        or (len(word) == 1 and word.isupper())
    )


def gap(doc: Doc, k: int) -> bool:
    """Tell whether token k is not glued to the line of token k - 1 (a line break between)."""
    return k <= 0 or "\n" in doc.body[doc.tokens[k - 1][2] : doc.tokens[k][1]]


def name_word(doc: Doc, k: int, after_title: bool = False, headline: bool = False) -> bool:
    """Tell whether token k could be a word of a person's name (not a known or common word).

    Words usually capitalised but also seen in lower case ("Besar", "Pusat") count only after
    a dotted title ("Dr. Laksana"); so do common words. In a title-case line (where case says
    little) only when ``headline`` allows it.
    """
    if k < 0 or k >= len(doc.words):
        return False
    word = doc.words[k]
    if not word[:1].isupper():
        return False
    known = doc.name_words.get(word)
    if known is None:
        known = doc.name_words[word] = _word_kind(doc, word)
    plain, usually_capitalised = known
    return plain and (after_title or usually_capitalised) and (headline or not doc.title_case(k))


def _word_kind(doc: Doc, word: str) -> tuple[bool, bool]:
    """Return whether a word may be a name word at all, and whether it is usually capitalised."""
    lower = word.lower()
    plain = (
        word.replace("-", "").isalpha()
        and (word[1:].islower() or "-" in word)  # not "BPBD", not glued "CEOApriliaRacing"
        and lower not in doc.titles
        and lower not in lowered("span_connectives.txt")
        and lower not in speech_verbs()
        and lower not in doc.not_names
        and lower not in lowered("not_person_heads.txt")
        and lower not in doc.org_heads
        and not doc.known_word(word)
    )
    return plain, doc.cases.get(cluster_key(word)) not in MIXED_OR_COMMON


def after_dotted_title(doc: Doc, k: int) -> bool:
    """Tell whether token k follows a dotted title ("Dr. Laksana") or the number opening a
    list item's line ("1. Melati Kusumawardani (24)"): a name even if common, since neither
    period ends a sentence."""
    if k < 2 or doc.words[k - 1] != ".":
        return False
    listed = doc.words[k - 2].isdigit() and gap(doc, k - 2)
    return listed or abbreviation(doc, k - 2)


def age_after(doc: Doc, last: int) -> bool:
    """Tell whether an age in brackets follows token ``last - 1`` ("Rosnah (51)")."""
    age = doc.words[last : last + 3]
    return (
        len(age) == 3
        and age[0] == "("
        and age[2] == ")"
        and age[1].isdigit()
        and MIN_AGE <= int(age[1]) <= MAX_AGE
    )


def regional_office(doc: Doc, k: int) -> bool:
    """Tell whether token k is a regional office ("Bupati", "Wali Kota" in two words)."""
    words = doc.words
    offices = lowered("regional_offices.txt")
    return words[k].lower() in offices or (k > 0 and (words[k - 1] + words[k]).lower() in offices)


def area_office(doc: Doc, k: int, acronyms: bool = True) -> bool:
    """Tell whether token k is an office or body written before the area it serves ("Bupati",
    "Wali Kota", "Kabupaten", with ``acronyms`` also "KPU"): the word after it may be a place,
    not a given name. An acronym only opens the question: a word after one elsewhere may be the
    same person again ("KPK Asep Guntur" twice), so it shows no place."""
    words = doc.words
    lower = words[k].lower()
    if lower in lowered("company_forms.txt"):
        return False  # "PT Sinar Wahyu Kencana": the company's own name
    return (
        regional_office(doc, k)
        or lower in doc.lex.loc_cues
        or lower in doc.org_heads
        or (  # "KPU Banggai"; not a title written in capitals ("KH", "AKBP")
            acronyms
            and words[k].isupper()
            and words[k].isalpha()
            and len(words[k]) > 1
            and lower not in doc.titles
            and lower not in lowered("police_military_ranks.txt")
        )
    )


def given_name_before(doc: Doc, k: int, first: int, tagged: Container[int]) -> bool:
    """Tell whether token k, a capitalised word between a title and a person span, is the
    name's first word: the text writes it alone, capitalised, mid-sentence elsewhere, and
    never as the start of another name ("Persis" of "Persis Solo")."""
    words = doc.words
    if not (
        k > 0
        and k not in tagged
        and words[k - 1].lower() in doc.titles
        and words[k][:1].isupper()
        and words[k].isalpha()
        and not words[k].isupper()
        and words[k].lower() not in doc.titles
        and words[k].lower() not in doc.lex.places
        and not doc.title_case(k)
    ):
        return False
    elsewhere = [j for j in doc.capitalised_at[words[k]] if j != k]
    if any(
        words[j + 1 : j + 2] not in ([words[first]], []) and words[j + 1][:1].isupper()
        for j in elsewhere
    ):
        return False  # "pelatih Persis Bambang ..." beside "atas Persis Solo": another name's
    return any(
        j not in tagged and not doc.sentence_start(j) and not words[j - 1][:1].isupper()
        for j in elsewhere
    )


def apposition(words: list[str], first: int, last: int) -> bool:
    """Tell whether a name of two words or more stands between commas after what it names
    ("Mantan juara tinju, Yopie Latumahina, meninggal"): a person's apposition."""
    return (
        last - first > 1
        and first > 0
        and words[first - 1] == ","
        and words[last : last + 1] in ([","], ["("])
    )


def personal_title(word: str) -> bool:
    """Tell whether a title stands only before a person: a form of address or a rank."""
    return (
        word in lowered("personal_titles.txt")
        or word in lowered("police_military_ranks.txt")
        or word in lowered_for_use("honorifics.tsv", "person")
    )


def name_shaped(doc: Doc, first: int, last: int) -> bool:
    """Tell whether a range could be a person's name: capitalised words, none an acronym, an
    organisation head or a place cue, and not a known place or alias."""
    words = doc.words
    return not (
        doc.joined(first, last) in doc.aliases
        or doc.joined(first, last).lower() in doc.lex.places
        or any(
            w.lower() in doc.lex.org_heads or w.lower() in doc.lex.loc_cues
            for w in words[first:last]
        )
        or not all(w[:1].isupper() and not w.isupper() for w in words[first:last])
    )
