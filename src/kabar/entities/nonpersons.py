"""Person clusters that name no person, told by the name's shape and its mentions' context.

Run on each resolved PERSON entity (``resolve._entities``). The shape of the name and company
forms are read first, save for a name closing a titled office phrase with a speech verb
beside it ("Menteri ... Keamanan Mahfud MD mengatakan", ``office_holders.py``); then a person's
honorific right before a mention ("Pak Darmo") keeps the name a person against the context
cues. Each rule below is a kind of non-person seen on
real text (Detik, IndoSum, scraped pages):

- a word mixing letters and digits is a product's model ("Redmi 5A", "Galaxy S8"), or digits
  glued to a name ("Sutrisno2") that leave it;
- an all-caps acronym after the first word ("Korwil BGN", "Pendayagunaan Baznas RI", "Alumni
  PTKI") makes the name an organisation's; a ruler's roman numeral ("Hamengku Buwono X") and
  dotted initials are no acronym;
- a news agency's name ("kantor berita Kyodo", wires.tsv) is the agency's, unless said;
- a known city or regency as the last word ("Soedarso Pontianak", "Darmo Surabaya") names an
  institution or district after a person and its place, never the person; a one-word name
  that is a known place ("Kejari Jember") is the place;
- "cap" before every mention ("beras Cap Mbok Sarni") names a brand;
- a compass word as the last word ("Meurah Timu", "Jatiluwih Kelod") closes a place's name;
- a known place as the first of three or more words ("budayawan Magelang Sutanto Mendut") is
  the place before the name: it leaves the name;
- a company form before a mention ("PT Sri Rejeki Isman"), or a company's name before a short
  form in brackets ("PT Sri Rejeki Isman (Sritex)"), makes it a company;
- a cue before every mention says what the name is: a role played ("berperan sebagai Alex
  Russo", "pemeran Jon Snow"), a storm or a climate phenomenon ("Topan Haiyan", "fenomena
  La Nina"), a news agency ("kantor berita Ryukyo"), a web page or outlet ("dikutip laman
  News Scientist"), a party to a matter ("pihak Sritex", one-word names only), a product or
  programme ("aplikasi", "program");
- a name once written as a role played ("memerankan Nyai Ratmi", a title between allowed; "X
  diperankan Y", "peran X dibawakan Y") is a character wherever else it stands, unless a
  speech verb introduces it;
- a character is named with the actor in brackets after it ("Cersei Lannister (Lena Heady)");
- a name whose words after the first are common English words of products, events and
  outlets ("Owl Labs", "Danone Gives Back", "Split Screen") is no person unless a speech verb
  stands before it;
- a name of two or more words only ever written as a whole quoted phrase ("film 'Satria
  Bambu Kuning'") is the title of a work; a quoted nickname joins its person before this;
- a photo credit ("(Moehammad Bakrie/detikTravel)") names the photographer of a picture, not
  someone in the story;
- a name opened by an ethnic group's ("Dayak Kanayatn", "Batak Toba") names a people;
- a name after where someone comes from ("asal Wonokromo") or right after a lower-case noun
  of a place ("daerah pemilihan Hokkaido", ``placed.py``) is the place;
- a relational noun and the name of whom it relates to, an apposition naming the relative
  after it ("Adik Lukas, Vivian Susanto"), and a term glossed after "atau" ("Sangadi atau
  kepala desa") name nobody (``relatives.py``);
- a religious exclamation or a filler ("Innalillahi ...", "Hm") is no name;
- one word that is a confixed noun text writes in lower case ("Kabid Pembinaan", "Kasubag
  Keuangan") is the field of an office, no name;
- a story's character, a club's nickname, a vehicle or a book (``story_names.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kabar.entities.features import cluster_key
from kabar.entities.lexicon import case_classes, speech_verbs
from kabar.entities.office_holders import speaking_holder
from kabar.entities.placed import named_as_place
from kabar.entities.relatives import explained
from kabar.entities.story_names import story_kind
from kabar.lexicon import lowered, lowered_for_use
from kabar.models import Mention
from kabar.sources import wire_spellings

# Lower-case cues right before a name that say it is no person (see module). "pihak" only
# counts before a one-word name ("pihak Sritex"; "pihak keluarga Budi Santoso" is a person's).
_CUES = re.compile(
    r"(?:berperan\s+(?:sebagai|menjadi)|memerankan\s+(?:tokoh\s+)?|pemeran|perannya\s+sebagai"
    r"|karakter|tokoh\s+fiksi|topan|badai|siklon|taifun|fenomena|laman|situs|portal"
    r"|kantor\s+berita"
    r"|dikutip\s+(?:dari\s+)?|aplikasi|program|produk|merek|brand)"
    r"\s+[\"“‘']?$",
    re.IGNORECASE,
)
# A role played, one title word allowed before the name ("memerankan Nyai Ratmi"): the name
# is a character wherever else it stands, unless a speech verb introduces it.
_PLAYED = re.compile(
    r"\b(?:berperan\s+(?:sebagai|menjadi)|memerankan|perannya\s+sebagai)\s+(?:tokoh\s+)?"
    r"(?:[A-Z][a-z]+\s+)?[\"“‘']?$"
)
# A role said to be played by someone after it ("Antasena diperankan Galih", "Peran Arjuna
# dibawakan Dimas"): "diperankan" only ever follows a role; "dibawakan"/"dimainkan" follow a
# role when "peran" or "lakon" stands before the name.
_PLAYED_BY = re.compile(r"^\s+(?:[Dd]iperankan)\b")
_ROLE_BEFORE = re.compile(r"\b(?:[Pp]eran|[Ll]akon)\s+$")
_PERFORMED_BY = re.compile(r"^\s+(?:dibawakan|dimainkan)\b")
# A brand named after someone ("beras Cap Mbok Sarni", "kecap cap Bango"): "cap" and at most
# one capitalised word (an honorific) before every mention.
_BRAND = re.compile(r"\b[Cc]ap\s+(?:[A-Z][a-z]+\s+)?$")
_ONE_WORD_CUES = re.compile(r"\b(?:pihak|manajemen)\s+$", re.IGNORECASE)
# A nickname given to a pair ("Pasangan yang akrab disapa NaRa itu"): a doubles pair, a duo.
_PAIR_NICKNAME = re.compile(
    r"\b(?:pasangan|ganda|duo|duet)\s+(?:yang\s+)?(?:(?:akrab|biasa|kerap)\s+)?"
    r"(?:disapa|dipanggil|dijuluki|berjuluk|berjulukan)\s+[\"“]?$",
    re.IGNORECASE,
)
# A company form right before a name ("PT Sri Rejeki Isman"): a company named like a person.
# Not the forms written after a company's name ("PT X Tbk Budi Santoso": its officer).
_COMPANY = re.compile(r"\b(?:PT|CV)\.?\s+$")
# A company's short form in brackets after its name ("PT Sri Rejeki Isman (Sritex)").
_COMPANY_BEFORE = re.compile(r"\b(?:PT|CV)\.?\s+(?:[A-Z][\w.&'’-]*\s+){0,5}[A-Z][\w.&'’-]*\s*\($")
# An actor in brackets after a character's name: two or more capitalised words.
_ACTOR = re.compile(r"\s*\((?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+\)")
# A photo credit: the name, a slash and the outlet, in brackets.
_CREDIT_AFTER = re.compile(r"\s*/\s*[A-Za-z]")
_CREDIT_BEFORE = re.compile(r"\([\w.-]+/\s*(?:[A-Z]\w*\s+){0,2}$")
# Arabic religious exclamations and fillers, in the spellings Indonesian news uses, that the
# tagger reads as a name opening a quote; by hand.
EXCLAMATIONS = frozenset(
    "innalillahi inalillahi inallilahi innalilahi wainnailaihi wainailaihi rojiun rajiun"
    " raji'un masyaallah masya subhanallah astagfirullah astaghfirullah allahu bismillah"
    " insyaallah hm hmm eh wah".split()
)
_OPENING = frozenset("\"“‘'")
_CLOSING = frozenset("\"”’'")
# A word mixing letters and digits: a model code ("5A", "S8", "R150") or digits glued to a name.
_MODEL = re.compile(r"(?=\w*\d)(?=\w*[A-Za-z])[\w-]+")
_GLUED_DIGITS = re.compile(r"([A-Z][a-z]{2,})\d+")
_ROMAN = re.compile(r"[IVXLC]+")
# A noun confix: pe-/ke-/per- ... -an ("pembinaan", "keuangan", "perhubungan").
_CONFIX = re.compile(r"(?:pe|ke)[a-z]{3,}an")
# Fewest letters of an all-caps word read as an acronym.
MIN_ACRONYM = 2


# Words of the place lists that also end or make people's names ("Hotman Paris", "Denzel
# Washington", "Asia", "Sudan"), or only complete a place's name ("Jakarta Selatan", "Kota
# Baru"): no evidence on their own.
NOT_PLACE_ALONE = frozenset(
    "selatan utara timur barat tengah tenggara raya baru metro batu bone pati kudus ri as"
    " hong kong nusa deli arab paris sydney georgia washington london roma madrid india asia"
    " kenya solo malang padang medan jawa cina sudan peru kuba amerika".split()
)


@cache
def known_places() -> frozenset[str]:
    """Place names as either stage knows them (the entity gazetteer and the quote stage's)."""
    known = (
        lowered_for_use("places.tsv", "entities")
        | lowered_for_use("places.tsv", "quotes")
        | lowered("places_extra.txt")
    )
    return known - NOT_PLACE_ALONE


def judged(name: str, body: str, mentions: Sequence[Mention]) -> tuple[str, str] | None:
    """Return the (name, type) a PERSON cluster keeps, or None when it names nothing to keep.

    The type is "PERSON" for a person (the name possibly without a place before it), "ORG" or
    "LOC" for an organisation or place named like a person.
    """
    words = name.split()
    lower = [w.lower().strip(".,") for w in words]
    if _nobody(lower) or explained(lower, body, mentions, _address_words()):
        return None  # "Adik Lukas, Vivian ...", "Sangadi atau kepala desa" (``relatives.py``)
    if not _common_noun(lower[0]) and any(speaking_holder(body, m) for m in mentions):
        return name, "PERSON"  # "Menteri ... Keamanan Mahfud MD mengatakan" (office_holders)
    if any(_acronym(w) for w in words[1:]):
        return name, "ORG"
    if _named_after(lower):
        return name, "ORG"  # "Sate Komoh Pak Dullah", "Warung Makan Bu Tini"
    coded = [w for w in words if _MODEL.fullmatch(w)]
    if coded:
        glued = _GLUED_DIGITS.fullmatch(words[-1])
        if coded == [words[-1]] and glued is not None:
            return " ".join([*words[:-1], glued.group(1)]), "PERSON"  # "Sutrisno2"
        return name, "ORG"  # "Redmi 5A", "Galaxy S8": a product
    places = known_places()
    if _place_named_last(lower, places):
        return name, "LOC"
    if len(words) >= 2 and lower[-1] in lowered("compass_tails.txt"):
        return name, "LOC"  # "Meurah Timu", "Jatiluwih Kelod": a district, a village
    if any(_company(body, m) for m in mentions):
        return name, "ORG"
    if any(_before(body, m, _PLAYED) or _played_by(body, m) for m in mentions) and not any(
        _spoken(body, m) for m in mentions
    ):
        return None  # "memerankan Nyai Ratmi": a role, even where a title stands before it
    if mentions and all(_before(body, m, _BRAND) for m in mentions):
        return name, "ORG"  # "Cap Mbok Sarni": a brand, even where an honorific stands
    if any(_titled(body, m) for m in mentions):
        return name, "PERSON"  # "kata Pak Sunan": a person's honorific
    if (kind := story_kind(lower, body, mentions, _spoken)) is not None:
        return (name, kind) if kind == "ORG" else None  # a club; a character, vehicle, book
    if len(words) == 1 and lower[0] in places:
        return name, "LOC"
    if (name in wire_spellings() and not any(_spoken(body, m) for m in mentions)) or (
        mentions and all(_cued(body, m, len(words)) for m in mentions)
    ):
        return name, "ORG"  # "kantor berita Kyodo", "dilansir Xinhua": a news agency
    if _english_thing(lower) and not any(_spoken(body, m) for m in mentions):
        return name, "ORG"
    if mentions and all(_credit(body, m) or _credit_line(body, m) for m in mentions):
        return None
    if any(_before(body, m, _PAIR_NICKNAME) for m in mentions):
        return None  # the pair's nickname wherever it stands ("membuat RaBa belajar")
    if _outlet_at_work(lower, body, mentions):
        return name, "ORG"  # "Tirto telah menghubungi kementerian": the outlet reporting
    if named_as_place(body, mentions):
        return name, "LOC"  # "asal Wonokromo", "daerah pemilihan Hokkaido" (``placed.py``)
    if len(words) >= 2 and mentions and all(_quoted(body, m) for m in mentions):
        return None  # "film 'Satria Bambu Kuning'": the title of a work
    if len(words) >= 3 and lower[0] in places and lower[1] not in places:
        return " ".join(words[1:]), "PERSON"
    return name, "PERSON"


def _place_named_last(lower: list[str], places: frozenset[str]) -> bool:
    """Whether a known place ends a name after other name words ("Soedarso Pontianak"), not
    after forms of address only ("Pak Haji Oman" is a person)."""
    return (
        len(lower) >= 2
        and lower[-1] in places
        and lower[0] not in places
        and not all(w in _address_words() for w in lower[:-1])
    )


def _nobody(lower: list[str]) -> bool:
    """Whether a name's words name nobody: an exclamation, an office's field, a title with an
    office ("Jero Bendesa", "Pak Kades"), or a people ("Dayak Kanayatn")."""
    if lower[0] in EXCLAMATIONS or (len(lower) == 1 and lower[0] in lowered("interjections.txt")):
        return True
    if len(lower) == 1 and _common_noun(lower[0]):
        return True  # "Kabid Pembinaan": the field of an office
    return all(w in _address_words() for w in lower) or lower[0] in lowered("ethnic_groups.txt")


def _outlet_at_work(lower: list[str], body: str, mentions: Sequence[Mention]) -> bool:
    """Whether a one-word name is a news outlet's and a mention of it stands beside what an
    outlet does in its report ("Tirto telah menghubungi ...", "kata Budi kepada Kontan"),
    never after a speech verb or an honorific ("Tirto" is also a given name)."""
    if len(lower) != 1 or lower[0] not in _outlet_names():
        return False
    cues = lowered("newsroom_cues.txt")
    fillers = lowered("verb_adverbs.txt")
    for m in mentions:
        if _spoken(body, m) or _titled(body, m):
            return False
    for m in mentions:
        before = body[max(0, m.start - 24) : m.start].split()
        after = [w.lower().strip(".,") for w in body[m.end : m.end + 60].split()]
        after = [w for w in after if w not in fillers]
        if (before and before[-1].lower() in cues) or (after and after[0] in cues):
            return True
    return False


@cache
def _outlet_names() -> frozenset[str]:
    """The one-word names of news outlets, lower case ("tirto", "kompas", "detik")."""
    from kabar.sources import outlets

    return frozenset(
        spelling.lower()
        for outlet in outlets()
        for spelling in (outlet.name, *outlet.spellings)
        if spelling.isalpha()
    )


def _named_after(lower: list[str]) -> bool:
    """Whether a name holds an honorific after a word that is no title ("Sate Komoh Pak
    Dullah"): the words before it name a dish, shop or place, the words after its namesake."""
    inner = lowered("inner_honorifics.txt")
    return any(
        w in inner and not any(v.rstrip(".") in _address_words() for v in lower[:k])
        for k, w in enumerate(lower)
        if 0 < k < len(lower) - 1
    )


@cache
def _address_words() -> frozenset[str]:
    """Titles, ranks, offices and honorifics: words that address or describe, never a name."""
    from kabar.entities.lexicon import lexicon

    return (
        lexicon().name_titles
        | lowered("regional_offices.txt")
        | lowered_for_use("honorifics.tsv", "person")
        | lowered_for_use("honorifics.tsv", "alias")
        | lowered("police_military_ranks.txt")  # "Ajun" left of "Ajun Komisaris Besar X"
    )


@cache
def _honorifics() -> frozenset[str]:
    return lowered_for_use("honorifics.tsv", "person")


def _titled(body: str, mention: Mention) -> bool:
    """Whether a person's honorific stands right before a mention ("Pak Darmo")."""
    before = body[max(0, mention.start - 24) : mention.start].split()
    return bool(before) and before[-1].lower().strip(".,") in _honorifics()


def _english_thing(lower: list[str]) -> bool:
    """Whether every word after the first is a common English word of products, events and
    outlets ("Owl Labs", "Danone Gives Back", "Redding Record Searchlight")."""
    return len(lower) >= 2 and all(w in lowered("english_name_words.txt") for w in lower[1:])


def _spoken(body: str, mention: Mention) -> bool:
    """Whether a speech verb stands right before a mention ("kata X"): someone speaking."""
    before = body[max(0, mention.start - 24) : mention.start].split()
    return bool(before) and before[-1].lower() in speech_verbs()


def _common_noun(word: str) -> bool:
    """Whether a word is a noun made with a pe-/ke-/per- ... -an confix ("pembinaan",
    "keuangan") that text writes in lower case as often as not: a field, never a name."""
    return _CONFIX.fullmatch(word) is not None and case_classes().get(cluster_key(word)) in {
        "l",
        "m",
    }


def _acronym(word: str) -> bool:
    return (
        len(word) >= MIN_ACRONYM
        and word.lower() not in lowered_for_use("degrees.tsv", "entities")
        and word.isalpha()
        and word.isupper()
        and _ROMAN.fullmatch(word) is None
    )


def _cued(body: str, mention: Mention, words: int) -> bool:
    before = body[max(0, mention.start - 40) : mention.start]
    if _CUES.search(before) or (words == 1 and _ONE_WORD_CUES.search(before)):
        return True
    return _ACTOR.match(body, mention.end) is not None


def _company(body: str, mention: Mention) -> bool:
    before = body[max(0, mention.start - 80) : mention.start]
    if _COMPANY.search(before[-8:]):
        return True
    return body[mention.end : mention.end + 1] == ")" and _COMPANY_BEFORE.search(before) is not None


def _quoted(body: str, mention: Mention) -> bool:
    """Whether a mention is all of a quoted phrase ("'Satria Bambu Kuning'")."""
    if mention.start == 0 or body[mention.start - 1] not in _OPENING:
        return False
    return body[mention.end : mention.end + 2].lstrip(".,")[:1] in _CLOSING


def _credit(body: str, mention: Mention) -> bool:
    opened = body.rfind("(", max(0, mention.start - 2), mention.start + 1)
    if opened >= 0 and _CREDIT_AFTER.match(body, mention.end) is not None:
        return True  # "(Moehammad Bakrie/detikTravel)"
    return _CREDIT_BEFORE.search(body, max(0, mention.start - 40), mention.start) is not None and (
        body[mention.end : mention.end + 1] == ")"
    )  # "(Tribun-Bali.com/Komang Adi Sudarsana)"


def _played_by(body: str, mention: Mention) -> bool:
    """Whether a mention is a role someone is said to play after it ("X diperankan Y")."""
    after = body[mention.end : mention.end + 16]
    return _PLAYED_BY.match(after) is not None or (
        _PERFORMED_BY.match(after) is not None and _before(body, mention, _ROLE_BEFORE)
    )


def _before(body: str, mention: Mention, cue: re.Pattern[str]) -> bool:
    """Whether a cue ends right before a mention."""
    return cue.search(body[max(0, mention.start - 48) : mention.start]) is not None


def _credit_line(body: str, mention: Mention) -> bool:
    """Whether a mention is all of a bracketed line ("(Hendra Kusumah )"): a writer's credit."""
    start = body.rfind("\n", 0, mention.start) + 1
    end = body.find("\n", mention.end)
    line = body[start : end if end >= 0 else len(body)].strip()
    inner = line[1:-1].strip() if line[:1] == "(" and line[-1:] == ")" else None
    return inner == mention.text
