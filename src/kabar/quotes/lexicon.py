"""The word lists the quote stage reads, each from ``kabar/data/words`` through ``kabar.lexicon``.

Every accessor reads its file on first use and is cached (``kabar.lexicon``): importing the stage
reads nothing. Lists are kept as written (case matters: the quote stage's titles hold "Bapak").
"""

from __future__ import annotations

from functools import cache

from kabar import lexicon


@cache
def short_cues() -> frozenset[str]:
    """Short cue words before a speaker: “...,” kata Budi (each may take -nya)."""
    return lexicon.entries("short_cues.txt")


@cache
def speech_verbs() -> frozenset[str]:
    """Full speech verbs: Budi mengatakan “...”."""
    return lexicon.for_use("speech_verbs.tsv", "quote_cues")


@cache
@cache
def partial_verbs() -> frozenset[str]:
    """Verbs after which a quoted phrase is the subject's wording; speech verbs included."""
    return lexicon.entries("partial_verbs.txt") | speech_verbs()


@cache
def titles() -> frozenset[str]:
    """Honorifics, academic titles and ranks written before a name."""
    return lexicon.for_use("titles.tsv", "quotes")


@cache
def org_heads() -> frozenset[str]:
    """Words that open an organisation's name ("Kementerian", "Badan")."""
    return lexicon.for_use("org_heads.tsv", "quotes")


@cache
@cache
def role_words() -> frozenset[str]:
    """Capitalised words of a role, office or organisation, organisation heads included."""
    return lexicon.entries("role_words.txt") | org_heads()


@cache
def places() -> frozenset[str]:
    """Place names that end an organisation or role phrase and are never a speaker's name."""
    return lexicon.for_use("places.tsv", "quotes")


@cache
def public_roles() -> frozenset[str]:
    """Lower-case words of a role phrase that make a speaker a public figure."""
    return lexicon.words("public_roles.txt")


@cache
def citizen_roles() -> frozenset[str]:
    """Lower-case words of a role phrase that make a speaker a member of the public."""
    return lexicon.words("citizen_roles.txt")


@cache
def demonstratives() -> frozenset[str]:
    """Demonstratives that close a noun phrase ("pelatih asal Salatiga itu")."""
    return lexicon.entries("demonstratives.txt")


@cache
@cache
def verb_prefixes() -> tuple[str, ...]:
    """Prefixes of Indonesian verbs ("me", "ber", "di", "ter"), for ``str.startswith``."""
    return lexicon.lines("verb_prefixes.txt")


@cache
def anonymous_openers() -> frozenset[str]:
    """Heads of a phrase about someone the article does not name ("seorang petugas")."""
    return lexicon.entries("anonymous_openers.txt")


@cache
def person_pronouns() -> frozenset[str]:
    """Pronouns that stand for a person in attributions ("kata dia")."""
    return lexicon.entries("person_pronouns.txt")


@cache
def adverbs() -> frozenset[str]:
    """Words between a subject and its speech verb that do not break the link."""
    return lexicon.entries("verb_adverbs.txt")


@cache
def connectives() -> frozenset[str]:
    """Sentence openers that are not subjects ("Sementara itu Putin ...")."""
    return lexicon.entries("sentence_connectives.txt")


@cache
def not_verbs() -> frozenset[str]:
    """Lower-case words that cannot follow a subject as its verb."""
    return lexicon.entries("not_verbs.txt")


@cache
def passive_cues() -> frozenset[str]:
    """Passive speech verbs whose agent is the source ("disampaikan Budi")."""
    return lexicon.entries("passive_speech_verbs.txt")


@cache
def lower_titles() -> frozenset[str]:
    """Lower-case titles that open a name ("dokter Adam Prabata")."""
    return lexicon.entries("lower_titles.txt")


@cache
def resident_cues() -> frozenset[str]:
    """Words after which a capitalised run is a place someone lives in ("warga Wonomulyo")."""
    return lexicon.entries("resident_cues.txt")


@cache
def addressee_cues() -> frozenset[str]:
    """Words before a name that make it the interviewer or the addressee ("ditemui", "kepada")."""
    return lexicon.entries("addressee_cues.txt")


@cache
def company_heads() -> frozenset[str]:
    """Words that open a company's name ("PT", "CV", "Perumda")."""
    return lexicon.entries("company_heads.txt")


@cache
def person_roles() -> frozenset[str]:
    """Roles that stand for a person when written without a name ("Presiden mengatakan")."""
    return lexicon.entries("person_roles.txt")


@cache
@cache
def role_abbreviations() -> dict[str, tuple[str, ...]]:
    """Short forms of offices and their long form ("Mensos" -> Menteri Sosial)."""
    return {short: tuple(long.split()) for short, long in lexicon.table("role_abbreviations.txt")}
