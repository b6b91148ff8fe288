"""Who a sentence is about: its subject when it is a name, a person pronoun or an unnamed person."""

from __future__ import annotations

import re
from functools import cache

from kabar import lexicon
from kabar.quotes.lexicon import (
    adverbs,
    connectives,
    not_verbs,
    partial_verbs,
    person_pronouns,
    speech_verbs,
    verb_prefixes,
)
from kabar.quotes.memory import Context, Speaker
from kabar.quotes.names import Toks, is_role_lower
from kabar.quotes.reading import Reading
from kabar.quotes.sentences import is_word, verbish
from kabar.quotes.speakers import MAX_APPOSITIVES, pure, speaker_from_run

# Lower-case words read between a role and a name in a subject ("Pemimpin diktator Korut Kim").
MAX_ROLE_NOUNS = 2
# Words of an adverbial phrase between a subject and its speech verb ("dalam kesempatan yang
# sama"); by hand.
MAX_ADVERBIAL_TOKENS = 6
# Sentence openers that make an unnamed person the subject: pronouns after them must not reach
# back past it to a named one; by hand.
UNNAMED_PEOPLE = frozenset({"seorang", "salah", "sumber", "narasumber"})
# A verb clause opening a sentence ("Menutup keterangannya, Pangdam X berharap") starts with a
# word longer than this; by hand.
MIN_PARTICIPLE_LENGTH = 5
# A passive verb ("dirawat", "tertimpa") is longer than this; shorter "di"/"ter" words are not.
MIN_PASSIVE_LENGTH = 4
# Quantifiers that make an unnamed subject when a word of ``human_nouns.txt`` follows them.
_QUANTIFIERS = frozenset("sejumlah beberapa sebagian banyak ratusan puluhan ribuan".split())
# Lower-case words read after such an opener before deciding it has no name ("warga lain").
MAX_UNNAMED_WORDS = 4
# Words read after a subject for a relative clause that withholds its name; by hand.
MAX_WITHHELD_TOKENS = 8
# An appositive between a name and its verb is at most this long ("Kim, pemimpin Korut, ...").
MAX_APPOSITIVE_TOKENS = 16
# An academic degree written with periods after a name (", M.Epid,", ", S.H., M.Kn.,").
DEGREE_AFTER_NAME = re.compile(r"(?:[A-Z][A-Za-z]{0,3}\.\s?[A-Za-z()]{0,6}\.?,?\s?)+")
# Pieces of an academic degree after a name ("Anita Kusuma, Sp.A, mengatakan") are this short.
MAX_DEGREE_CHARS = 3


@cache
@cache
def _human_nouns() -> frozenset[str]:
    """Openers of a subject that is a person or people without a name ("Sejumlah warga")."""
    return lexicon.entries("human_nouns.txt")


def sentence_subject(at: Context, toks: Toks) -> Speaker | None:
    """Return the subject of a sentence when it is a name or a person pronoun."""
    if not toks or not is_word(toks[0]):
        return None
    i = 0
    if toks[0].low in connectives() or _opening_clause(at.reading, toks):
        comma = next((k for k in range(1, min(len(toks), 14)) if toks[k].text == ","), None)
        if comma is not None:
            i = comma + 1
        else:
            i = 1
            while i < len(toks) and is_word(toks[i]) and not toks[i].cap:
                if toks[i].low in person_pronouns() or i > MAX_ADVERBIAL_TOKENS:
                    return None  # "Dalam foto yang ia terima dari petugas ... Jalan X"
                i += 1
    if i >= len(toks):
        return None
    if toks[i].low in UNNAMED_PEOPLE or toks[i].low in _human_nouns() or is_role_lower(toks[i].low):
        apposed = _apposed_name(at.reading, toks, i)
        if apposed is not None:  # "Salah satu murid kelas lima, Maria (11), ingin ..."
            return _doer(toks, *apposed)
    if i == 0 and len(toks) > 2 and toks[0].low in ("kembali", "balik") and toks[1].low == "ke":
        topic, _ = speaker_from_run(at.reading, toks, 2)  # "Kembali ke Nadia.": the topic again
        if topic is not None and topic.name and topic.person:
            return topic
    if _withholds_name(toks, i):
        return Speaker(None, True, toks[i].start)  # "Penerima lain yang meminta namanya ..."
    if toks[i].low in UNNAMED_PEOPLE and any(t.low in speech_verbs() for t in toks[i:]):
        return Speaker(None, True, toks[i].start)  # "Seorang pejabat Kemenhub ... mengakui"
    human = (
        toks[i].low in _human_nouns()
        or toks[i].low == "para"
        or (toks[i].low in _QUANTIFIERS and i + 1 < len(toks) and toks[i + 1].low in _human_nouns())
    )
    speaks = human and any(t.low in speech_verbs() for t in toks[i:])  # asked of people only
    if (speaks or toks[i].low == "seorang") and _unnamed(toks, i):
        # "Sejumlah warga mengaku resah", "Seorang ibu menangis di pengungsian"
        return Speaker(None, True, toks[i].start)
    if toks[i].low in person_pronouns():
        speaker, after = at.pronoun(toks[i].start), i + 1
    else:
        speaker, after = _named_subject(at.reading, toks, i)
        if speaker is None or (speaker.name is None and not speaker.person):
            return None
    if speaker is None:
        return None  # a pronoun with nobody named before it
    return _doer(toks, speaker, after)


def apposed_topic(at: Context, toks: Toks) -> Speaker | None:
    """Return the person a sentence opens with in apposition, whatever its predicate: "Cucu
    Sumiati, Bambang Hadiwijoyo (70), hadir dalam peresmian" and "Salah satu pedagang, Lamria
    (56), hanya bisa menatap kiosnya" are about Bambang and Lamria, so the "Ia" of the next
    sentence is them even though no verb follows the name."""
    if not toks or not toks[0].cap:
        return None
    if toks[0].low in UNNAMED_PEOPLE or toks[0].low in _human_nouns():
        found = _apposed_name(at.reading, toks, 0)
    else:
        speaker, after = speaker_from_run(at.reading, toks, 0)
        found = _relative_named_after(at.reading, toks, 0, speaker, after)
    if found is None or _undergoes(toks, found[1]):
        return None  # "Putri Hendra, Aurelia (7), sempat dirawat ...": a patient, not a speaker
    return found[0]


def _undergoes(toks: Toks, after: int) -> bool:
    """Tell whether the predicate at ``toks[after]`` is passive ("sempat dirawat", "tertimpa")
    before any active verb: what happens to the person, who is then rarely the next to speak."""
    feelings = lexicon.lowered("feeling_states.txt")
    for tok in toks[after : after + MAX_ADVERBIAL_TOKENS]:
        if tok.cap or not is_word(tok) or tok.low.startswith(("me", "ber")) or tok.low in feelings:
            return False  # an active verb, or how the person feels ("masih terpukul")
        if len(tok.low) > MIN_PASSIVE_LENGTH and tok.low.startswith(("di", "ter")):
            return True
    return False


def _named_subject(reading: Reading, toks: Toks, i: int) -> tuple[Speaker | None, int]:
    """Read the name (or the role standing for one) a sentence opens with at ``toks[i]``."""
    speaker, after = speaker_from_run(reading, toks, i)
    relative = _relative_named_after(reading, toks, i, speaker, after)
    if relative is not None and not _undergoes(toks, relative[1]):
        return relative  # "Ibu Rendy, Rosmaida Simarmata, datang": the mother
    unnamed, unnamed_after = speaker, after
    if speaker is not None and speaker.name is None:
        skipped = 0  # "Ketua panitia Lestari Wulandari", "Pemimpin diktator Korut Kim"
        while (
            after < len(toks)
            and is_word(toks[after])
            and not toks[after].cap
            and (is_role_lower(toks[after].text) or skipped < MAX_ROLE_NOUNS)
            and toks[after].low not in not_verbs()
            and not toks[after].low.startswith(("me", "ber"))
        ):
            after += 1
            skipped += 1
        if after < len(toks) and toks[after].cap:
            speaker, after = speaker_from_run(reading, toks, after)
        if speaker is None or speaker.name is None:
            speaker, after = unnamed, unnamed_after  # "Presiden juga mengingatkan"
    if (
        speaker is not None
        and speaker.name is None
        and after + 1 < len(toks)
        and toks[after].text == ","
        and toks[after + 1].cap
    ):  # "Kepala Polsek Mampang, Komisaris Sujarwo, menyampaikan"
        named, named_after = speaker_from_run(reading, toks, after + 1)
        if named is not None and named.name and named.person:
            speaker = named
            after = named_after + _comma_before_verb(reading, toks, named_after)
    elif (
        speaker is not None
        and not pure(toks[i])
        and after + 1 < len(toks)
        and toks[after].text == ","
        and toks[after + 1].cap
        and pure(toks[after + 1])
    ):  # "Fakultas Ekonomika Universitas Gadjah Mada, Rimawan Pradiptyo, menyoroti"
        named, named_after = speaker_from_run(reading, toks, after + 1)
        if named is not None and named.name and named.person:
            speaker, after = named, named_after
            after += _comma_before_verb(reading, toks, after)
    return speaker, after


def _comma_before_verb(reading: Reading, toks: Toks, k: int) -> int:
    """1 when ``toks[k]`` is a comma between a name and its predicate, else 0: not before
    degrees in apposition ("Drs. H. Mas'ud, M.Pd.I, mengapresiasi"), which are skipped with
    their commas where the predicate is looked for."""
    if not (k < len(toks) and toks[k].text == ","):
        return 0
    close = next((j for j in range(k + 1, min(len(toks), k + 12)) if toks[j].text == ","), None)
    if close is None or close == k + 1:
        return 1
    inside = toks[k + 1 : close]
    degree = all(len(t.text) <= MAX_DEGREE_CHARS for t in inside) or (
        DEGREE_AFTER_NAME.fullmatch(reading.body[inside[0].start : inside[-1].end]) is not None
    )
    return 0 if degree and inside[0].cap else 1


def _relative_named_after(
    reading: Reading, toks: Toks, i: int, speaker: Speaker | None, after: int
) -> tuple[Speaker, int] | None:
    """Return Y of a subject "Ibu X, Y Z, ..." or "Istri X, Y Z, ...": a kin of X named in
    apposition is the subject, not X (``relational_roles.txt``); None otherwise."""
    if (
        speaker is None
        or not speaker.name
        or toks[i].low not in lexicon.lowered("relational_roles.txt")
        or not (after + 1 < len(toks) and toks[after].text == "," and toks[after + 1].cap)
    ):
        return None
    named, named_after = speaker_from_run(reading, toks, after + 1)
    if named is None or not named.person or not named.name:
        return None
    if set(named.name.split()) & set(speaker.name.split()):
        return None  # "Ibu Ani, Ani Yudhoyono": one person named twice
    if named_after < len(toks) and toks[named_after].text == "(":
        named_after = _skip_appositive(toks, named_after)  # "Aurelia (7), ..."
    if named_after < len(toks) and toks[named_after].text == ",":
        named_after += 1
    return named, named_after


def _apposed_name(reading: Reading, toks: Toks, i: int) -> tuple[Speaker, int] | None:
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
    named, after = speaker_from_run(reading, toks, comma + 1)
    if named is None or not named.name or not named.person:
        return None
    if after < len(toks) and toks[after].text == "(":
        after = _skip_appositive(toks, after)
    return named, after + _comma_before_verb(reading, toks, after)


def _doer(toks: Toks, speaker: Speaker, after: int) -> Speaker | None:
    """Return ``speaker`` when a verb follows its phrase at ``toks[after]``."""
    after = _skip_appositive(toks, after)
    if after + 1 < len(toks) and toks[after].low in ("di", "dari") and toks[after + 1].cap:
        place = after + 1  # "Widyastuti di Balai Kota X menyatakan", "X dari LBH Y menambahkan"
        while place < len(toks) and toks[place].cap:
            place += 1
        if place < len(toks) and toks[place].low in speech_verbs():
            after = place
    while after < len(toks) and toks[after].low in adverbs():
        after += 1
    if after < len(toks) and verbish(toks[after]):
        return speaker
    for k in range(after, min(len(toks), after + MAX_ADVERBIAL_TOKENS)):
        if toks[k].cap or not is_word(toks[k]):
            break
        if toks[k].low in partial_verbs():  # "Park dalam kesempatan yang sama menyebut"
            return speaker
    return None


def _opening_clause(reading: Reading, toks: Toks) -> bool:
    """Tell whether a sentence opens with a verb clause ("Menanggapi hal itu, Budi ...").

    The first word looks like a verb and is no name of the article, a lower-case word follows
    it, and a comma closes the clause before any speech verb ("Meilinda mengatakan, ..." is
    a name and its verb).
    """
    low = toks[0].low
    if not (
        len(toks) > 2
        and len(low) > MIN_PARTICIPLE_LENGTH
        and low.startswith(verb_prefixes())
        and not is_role_lower(low)
        and toks[0].text not in reading.proper
        and not toks[1].cap
    ):
        return False
    for tok in toks[1 : MAX_ADVERBIAL_TOKENS + 2]:
        if tok.text == ",":
            return True
        if tok.low in speech_verbs() or not is_word(tok):
            return False
    return False


def _withholds_name(toks: Toks, i: int) -> bool:
    """Tell whether a subject opening at ``toks[i]`` with a common noun is someone whose name
    the text withholds: a relative clause after it ("yang meminta namanya tidak ditulis")
    speaks of the name, before the sentence's first speech verb and with no name between."""
    if toks[i].cap and i > 0:
        return False
    words = lexicon.lowered("withheld_name_words.txt")
    verbs = lexicon.lowered("withheld_name_verbs.txt")
    relative = name = verb = False
    for tok in toks[i + 1 : i + 1 + MAX_WITHHELD_TOKENS]:
        if not is_word(tok) or tok.cap or (tok.low in speech_verbs() and not relative):
            break  # a verb inside the clause ("yang meminta namanya") is the clause's
        relative = relative or tok.low == "yang"
        name = name or (relative and tok.low in words)
        verb = verb or (relative and tok.low in verbs)
    return name and verb


def _unnamed(toks: Toks, i: int) -> bool:
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


def _skip_appositive(toks: Toks, k: int) -> int:
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
