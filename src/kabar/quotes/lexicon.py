"""Word lists the quote stage reads, loaded once from ``kabar/data/quotes``."""

from __future__ import annotations

from importlib import resources


def _load(name: str) -> frozenset[str]:
    """Read one word list: a word per line, ``#`` starts a comment."""
    text = resources.files("kabar").joinpath("data", "quotes", name).read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(word for word in words if word)


def _load_words(name: str) -> frozenset[str]:
    """Read a word list written many words to a line, ``#`` starts a comment."""
    return frozenset(word for line in _load(name) for word in line.split())


SHORT_CUES = _load("short_cues.txt")
SPEECH_VERBS = _load("speech_verbs.txt")
PARTIAL_VERBS = _load("partial_verbs.txt") | SPEECH_VERBS
TITLES = _load("titles.txt")
ORG_HEADS = _load("org_heads.txt")
ROLE_WORDS = _load("role_words.txt") | ORG_HEADS
PLACES = _load("places.txt")
PUBLIC_ROLES = _load_words("public_roles.txt")
CITIZEN_ROLES = _load_words("citizen_roles.txt")

# Demonstratives that close a noun phrase ("pelatih asal Salatiga itu", "Pentolan Oasis itu").
DEMONSTRATIVES = frozenset({"itu", "ini", "tersebut"})
# Prefixes of Indonesian verbs ("menutup", "berharap", "disebut", "terlihat"); a word with one
# may be a verb, never the start of a role or a name.
VERB_PREFIXES = ("me", "ber", "di", "ter")
# Heads of a phrase about someone the article does not name ("seorang petugas", "sumber itu").
ANONYMOUS_OPENERS = frozenset({"seorang", "salah", "sumber", "seseorang", "narasumber"})

# Pronouns that stand for a person in attributions ("kata dia", "Ia mengatakan").
PERSON_PRONOUNS = frozenset({"ia", "dia", "beliau"})
# Words between a subject and its speech verb that do not break the link
# ("Kim juga secara terbuka menyatakan"). Compiled by hand.
ADVERBS = frozenset(
    "juga pun pula turut ikut lalu kemudian sebelumnya sesudahnya kembali lagi secara terbuka "
    "tegas khusus resmi langsung singkat terpisah tertulis sendiri hanya memang sempat telah "
    "sudah akan masih bahkan justru tak tidak belum pernah saat itu ini dalam keterangannya "
    "kesempatan sama "
    "menanggapi hal tersebut terkait".split()
)
# Sentence openers that are not subjects ("Sementara itu Putin ..."). Compiled by hand.
CONNECTIVES = frozenset(
    "sementara itu namun tetapi tapi selain dalam pada saat ketika kepada menurut sebelumnya "
    "kemudian lalu adapun bahkan padahal hal di dari untuk dengan oleh setelah sesudah usai "
    "seusai sejak meski meskipun walaupun jika apabila karena sebab akibat terkait soal atas "
    "bagi sedangkan selanjutnya akhirnya ternyata selama menjelang jelang berdasarkan sebagai "
    "seperti tak tidak belum secara sembari sambil".split()
)
