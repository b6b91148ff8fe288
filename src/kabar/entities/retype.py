"""Retype tagger spans by what stands around them, before widening.

Rules:
- a name ending in a street word or a foreign region's word is a place ("Volzhsky Prospekt",
  "Baker Street", "Northern Territory"), unless a personal title opens it ("dr. Maria Lake");
- a name right after an organisation noun ("Kelompok lingkungan Ekologiya Kaspiya", "klub
  Persekam"), not a passive verb ("perusahaan didirikan X"), is an organisation, as is a name
  opened by a "Pers..." club word ("Persekam Mandalika", "Persib Bandung");
- a name between an area office and a comma before its holder is the office's area
  ("Kapolsek Pabean Cantikan, Kompol Dwi ..."), as is one after a village word ("Nagari Tuo
  Pariangan");
- a rank inside a place or organisation span opens a person ("Sintuwu Maroso Letkol Inf Gede
  Arya Baskara");
- plain name words tagged as an organisation right after "Title Org," are the holder
  ("Direktur Keuangan NIKA, Kwee Hong Liang, membantah"), as are plain name words followed by
  the nickname people call them by ("Kepala Suku, Nicolaas Lokbere, yang akrab disapa Bapa
  Niko");
- a suspect's initials with an age or an initials cue ("RH (34)", "berinisial HW") after a
  suspect word in the sentence ("tersangka") are a person's span, never the country "AS" (the
  group is dropped later unless the article names that person in full: ``initials.py``);
- a name after a work, dance, theme or event cue (``thing_cues.txt``) is no person ("lakon
  Wahyu Makutharama", "memerankan Nyai Rukmini", "bertajuk Elang Khatulistiwa", "tari Legong
  Keraton").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kabar.entities.doc import Doc
from kabar.entities.lexicon import speech_verbs
from kabar.entities.namewords import age_after, apposition, name_word
from kabar.entities.ner import Span, tagged_map
from kabar.entities.nickname_cues import CALLED, NICKNAME
from kabar.entities.settle import PLACE_PREPOSITIONS
from kabar.lexicon import lowered, lowered_for_use

_PASSIVE = re.compile(r"di[a-z]{3,}(?:kan|i)")  # "didirikan X", "dimiliki X": X is the doer
# Words a cue may stand before its name ("dilansir dari ...").
_CUE_LINKS = frozenset("dari dalam laman situs".split())
# A club name of the "Persatuan Sepak bola ..." family ("Persib", "Persebaya", "Persekam").
_CLUB = re.compile(r"Pers[aeiou][a-z]{1,8}")
# Opening quotes that may stand between a cue and the name ("bertajuk “Elang ...”").
_QUOTES = frozenset("\"“‘'")
# Most letters of a suspect's initials ("HW", "RHS").
MAX_INITIALS = 3
# What stands between the items of a list, and the items read each way from one.
_LIST_MARKS = ([","], ["dan"], ["atau"], ["serta"], [",", "dan"], [",", "serta"], [",", "atau"])
MAX_LISTED = 4
MIN_LISTED_ORGS = 1
# Most capitalised words of a name after a work or product cue ("Es Teh Pak Darmo").
MAX_THING_WORDS = 6
# Most words of a "person" read as an item of a list of organisations or places.
MAX_LISTED_NAME_WORDS = 2
# Words at a sentence's start that may name the kind of place listed ("Tiga kelurahan ...").
PLACE_SUBJECT_WORDS = 3


def retype(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """Return the tagger's spans retyped, split and completed by their context (see module)."""
    out: list[Span] = []
    for span in spans:
        out.extend(_one(doc, span, out))
    out = _slash_partners(doc, _initials(doc, out))
    return drop_things(doc, out)


def _slash_partners(doc: Doc, spans: list[Span]) -> list[Span]:
    """Make a person of plain name words written against a person with a slash: the partner
    of a doubles pair or a duo ("Febriana Dwi Lestari/Anisa Putri Rahayu")."""
    words = doc.words
    if "/" not in words:
        return spans
    out = list(spans)
    for i, span in enumerate(out):
        if span.type == "PERSON":
            continue
        partner = any(
            other.type == "PERSON"
            and (other.last + 1 == span.first or span.last + 1 == other.first)
            and words[min(other.last, span.last)] == "/"
            and _glued(doc, min(other.last, span.last))
            for other in out[max(0, i - 1) : i + 2]
        )
        if partner and all(name_word(doc, k, True) for k in range(span.first, span.last)):
            out[i] = Span(span.first, span.last, "PERSON")
    return out


def _after_personal_title(doc: Doc, span: Span) -> bool:
    """Tell whether a person span stands right after a personal title or honorific ("dr.
    Maria Goreti Lake", "Pak Yoseph Bay"): a surname that is also a foreign landform word
    ("Lake", "Bay") closes a person's name there, never a place's."""
    k = span.first - 1
    if k > 0 and doc.words[k] == ".":
        k -= 1
    titles = (
        lowered_for_use("honorifics.tsv", "person")
        | lowered("personal_titles.txt")
        | lowered("name_title_abbreviations.txt")
    )
    return span.type == "PERSON" and k >= 0 and doc.words[k].lower() in titles


def _glued(doc: Doc, k: int) -> bool:
    """Tell whether token k touches the tokens on both sides of it (no spaces)."""
    tokens = doc.tokens
    return tokens[k - 1][2] == tokens[k][1] and tokens[k][2] == tokens[k + 1][1]


def _one(doc: Doc, span: Span, before: list[Span]) -> list[Span]:
    """Retype or split one span."""
    words = doc.words
    first, last = span.first, span.last
    tail = words[last - 1].lower()
    tails = lowered("street_tails.txt") | lowered("area_tails.txt")
    if last - first > 1 and tail in tails and not _after_personal_title(doc, span):
        return [Span(first, last, "LOC")]  # "Baker Street", "Northern Territory"
    if span.type == "PERSON":
        if _CLUB.fullmatch(words[first]) and doc.cases.get(words[first].lower()) != "l":
            return [Span(first, last, "ORG")]
        if _after_org_noun(doc, first):
            return [Span(first, last, "ORG")]
        if first > 0 and words[first - 1].lower() in lowered("village_words.txt"):
            return [Span(first, last, "LOC")]
        if _office_area(doc, first, last):
            return [Span(first, last, "LOC")]
        if last - first > 1 and _office_area(doc, first + 1, last):
            return [Span(first + 1, last, "LOC")]  # "[Kapolsek Pabean Cantikan], Kompol ..."
        return [span]
    for k in range(first + 1, last - 1):
        lower = words[k].lower()
        if (
            lower in lowered("police_military_ranks.txt")
            and words[k][:1].isupper()
            and words[k - 1].lower() not in doc.org_heads  # "Direktorat Jenderal X"
            and words[k - 1].lower() not in doc.lex.loc_cues  # "Jalan Jenderal Sudirman"
            and all(name_word(doc, j, True) or j < last - 1 for j in range(k + 1, last))
            and all(w[:1].isupper() for w in words[k + 1 : last])
        ):
            return [Span(first, k, span.type), Span(k, last, "PERSON")]  # "... Letkol Inf X"
    if (
        _holder_after_comma(doc, first, last, before)
        or _nicknamed(doc, first, last)
        or _addressed(doc, first, last)
    ):
        return [Span(first, last, "PERSON")]
    return [span]


def _addressed(doc: Doc, first: int, last: int) -> bool:
    """Tell whether plain name words follow a person's honorific that opens a phrase ("sinden
    Nyi Sekar Kinanthi dan Nyi Lestari Handayani Putri"): only a person is so addressed. An
    honorific inside a capitalised name ("Toko Mas Sinar Jaya") is no such opener."""
    words = doc.words
    honorifics = lowered_for_use("honorifics.tsv", "person") | lowered_for_use(
        "honorifics.tsv", "alias"
    )
    opener = first if words[first].lower() in honorifics else first - 1
    if opener < 0 or last - opener < 3 or not words[opener][:1].isupper():
        return False
    if words[opener].lower() not in honorifics:
        return False
    if opener > 0 and not (words[opener - 1][:1].islower() or words[opener - 1] in ",;:"):
        return False
    return all(name_word(doc, k, True) for k in range(opener + 1, last))


def _nicknamed(doc: Doc, first: int, last: int) -> bool:
    """Tell whether plain name words are followed by the nickname people call them by
    ("Nicolaas Lokbere, yang akrab disapa Bapa Niko"): only a person is "disapa"."""
    if last - first < 2:
        return False
    cue = NICKNAME.match(doc.body, doc.tokens[last - 1][2])
    return (
        cue is not None
        and CALLED.search(cue.group()) is not None
        and all(name_word(doc, k, True) for k in range(first, last))
    )


def _after_org_noun(doc: Doc, first: int) -> bool:
    """Tell whether an organisation noun stands before token ``first`` ("klub X")."""
    words = doc.words
    k = first - 1
    if k >= 0 and words[k].islower() and words[k] not in lowered("org_nouns.txt"):
        if words[k] in lowered("not_org_modifiers.txt") or _PASSIVE.fullmatch(words[k]):
            return False  # "perusahaan milik X", "perusahaan didirikan X": its owner
        k -= 1  # one lower-case modifier: "kelompok lingkungan"
    if k < 0 or words[k].lower() not in lowered("org_nouns.txt"):
        return False
    if not (words[k].islower() or doc.sentence_start(k)):
        return False  # "Lembaga X", "Amerika Serikat X": part of another name
    return k == 0 or words[k - 1].lower() not in doc.titles  # "presiden klub X" is its head


def _office_area(doc: Doc, first: int, last: int) -> bool:
    """Tell whether a name sits between an area office and its holder ("Kapolsek X, Kompol")."""
    words = doc.words
    if first == 0 or words[first - 1].lower() not in lowered("regional_offices.txt"):
        return False
    if words[last : last + 1] != [","] or last + 1 >= len(words):
        return False
    after = words[last + 1].lower()
    return after in doc.titles and after not in lowered("regional_offices.txt") and after != "wakil"


def _holder_after_comma(doc: Doc, first: int, last: int, before: list[Span]) -> bool:
    """Tell whether plain name words after "Title Org," are the office's holder."""
    words = doc.words
    if first < 3 or words[first - 1] != "," or last - first < 2:
        return False
    if not all(name_word(doc, k, True) for k in range(first, last)):
        return False
    if words[last : last + 1] not in ([","], ["("]):
        return False
    org = next((s for s in before if s.last == first - 1), None)
    acronym = words[first - 2]
    if org is not None and org.type == "ORG":
        start = org.first
    elif org is None and acronym.isupper() and acronym.isalpha() and len(acronym) > 1:
        start = first - 2  # an untagged ticker or acronym
    else:
        return False  # "Direktur Keuangan [NIKA] , Kwee Hong Liang": an organisation first
    window = [w.lower() for w in words[max(0, start - 3) : start]]
    return any(w in doc.titles for w in window)


def suspect_initials(doc: Doc, k: int) -> bool:
    """Tell whether token k is a suspect's initials: with an age or after an initials cue."""
    words = doc.words
    word = words[k]
    if not (2 <= len(word) <= MAX_INITIALS and word.isupper() and word.isalpha()):
        return False
    if not (
        (k > 0 and words[k - 1].lower() in lowered("initials_cues.txt")) or age_after(doc, k + 1)
    ):
        return False
    sentence = doc.sentence_of[k]
    j = k - 1
    while j >= 0 and doc.sentence_of[j] == sentence:
        if words[j].lower() in lowered("suspect_words.txt"):
            return True
        j -= 1
    return False


def _initials(doc: Doc, spans: list[Span]) -> list[Span]:
    """Make a suspect's initials with an age or an initials cue a person's span ("RH (34)")."""
    words = doc.words
    taken = tagged_map(spans)
    out = list(spans)
    short = [k for k in doc.capitalised if len(words[k]) <= MAX_INITIALS and words[k].isupper()]
    for k in short:
        if not suspect_initials(doc, k):
            continue
        other = taken.get(k)
        if other is not None:
            if other.last - other.first != 1:
                continue
            out.remove(other)
        out.append(Span(k, k + 1, "PERSON"))
    return sorted(out, key=lambda s: s.first)


def drop_things(doc: Doc, spans: list[Span]) -> list[Span]:
    """Drop person spans inside the capitalised run after a work, product or event cue
    ("merek Es Teh Pak Darmo", "mobil Toyota Alphard", "memerankan Nyai Ratmi"), and their
    repeats anywhere in the body, unless a title or speech verb also introduces the name
    outside such a run ("konser bertajuk 'Yockie Suryo Prayogo'" beside "Musisi senior
    Yockie Suryo Prayogo"). A capitalised cue counts only opening a sentence ("Dilansir
    Healthline"): inside a name it is part of it ("Ketua Komite Tari DKJ Hartati")."""
    words = doc.words
    cues = lowered("thing_cues.txt")
    if cues.isdisjoint(doc.lowered):
        return spans
    runs = [
        _thing_run(doc, k)
        for k, w in enumerate(doc.lowered)
        if w in cues and (words[k].islower() or doc.sentence_start(k))
    ]
    inside = {k for first, last in runs for k in range(first, last)}
    people = [s for s in spans if s.type == "PERSON"]
    things = {
        name
        for name in {tuple(words[s.first : s.last]) for s in people}
        for first, last in runs
        if any(tuple(words[k : k + len(name)]) == name for k in range(first, last - len(name) + 1))
    }
    if not things:
        return spans
    things -= {
        tuple(words[s.first : s.last])
        for s in people
        if s.first > 0
        and s.first not in inside
        and (
            words[s.first - 1].lower() in doc.titles
            or words[s.first - 1] in speech_verbs()
            or apposition(words, s.first, s.last)
        )
    }
    return [s for s in spans if s.type != "PERSON" or tuple(words[s.first : s.last]) not in things]


def _thing_run(doc: Doc, cue: int) -> tuple[int, int]:
    """The tokens of the name after a cue: quotes and links skipped, then its capitalised
    words, up to MAX_THING_WORDS."""
    words = doc.words
    first = cue + 1
    while first < len(words) and (words[first] in _QUOTES or words[first] in _CUE_LINKS):
        first += 1
    last = first
    while last < len(words) and last - first < MAX_THING_WORDS and words[last][:1].isupper():
        last += 1
    return first, last


def list_siblings(doc: Doc, spans: list[Span]) -> list[Span]:
    """A "person" of one or two words listed among organisations or places ("Apple, Tesla, dan
    Volkswagen", "TNI, Polri, Manggala Agni, dan Masyarakat Peduli Api", "di Arafah,
    Muzdalifah, dan Mina") is one of them: retyped when the list is closed by a conjunction,
    holds no person, and enough listed neighbours are of one kind (one for a one-word name,
    two for a two-word one). A neighbour after a title is an office before its holder
    ("Hakim PN Jaksel, Kusno, dan ..."): no list."""
    ordered = sorted(spans, key=lambda s: s.first)
    lone = [
        i
        for i, s in enumerate(ordered)
        if s.type == "PERSON" and s.last - s.first <= MAX_LISTED_NAME_WORDS
    ]
    if not lone:
        return spans
    out = list(ordered)
    for i in lone:
        before, closed_before = _listed(doc, ordered, i, -1)
        after, closed_after = _listed(doc, ordered, i, 1)
        kinds = before + after
        closed = closed_before or closed_after or _closed_after(doc, ordered[i].last)
        if not closed or "PERSON" in kinds or None in kinds:
            continue
        need = MIN_LISTED_ORGS + ordered[i].last - ordered[i].first - 1
        if need > MIN_LISTED_ORGS and not (after or _closed_after(doc, ordered[i].last)):
            continue  # "..., Red Sails Investment, dan Eddy Chan": a person may end a list
        if kinds.count("ORG") >= need:
            out[i] = Span(ordered[i].first, ordered[i].last, "ORG")
        elif kinds.count("LOC") >= need and _after_place_word(doc, ordered[i - len(before)]):
            # "di Arafah, Muzdalifah, dan Mina"; "Suwito dan Ngatini" (a tagger's place) is no
            # list of places
            out[i] = Span(ordered[i].first, ordered[i].last, "LOC")
    return out


def _after_place_word(doc: Doc, span: Span) -> bool:
    """Whether a place preposition stands before a span ("di Arafah"), or the list is what a
    sentence about a kind of place names ("Kelurahan dengan kasus tertinggi adalah Oesapa,
    Liliba, dan Oebufu": the place's head opens the sentence, a listing word the list)."""
    words = doc.words
    if span.first == 0 or words[span.first - 1].lower() in PLACE_PREPOSITIONS:
        return span.first > 0
    start = span.first - 1
    while start > 0 and (words[start] == "," or words[start][:1].isupper()):
        start -= 1  # items the tagger left untyped ("adalah Oesapa, Liliba, dan ...")
    if words[start].lower() not in lowered("list_openers.txt"):
        return False
    while start > 0 and not doc.sentence_start(start):
        start -= 1
    opening = [w.lower() for w in words[start : min(start + PLACE_SUBJECT_WORDS, span.first)]]
    return any(w in doc.lex.loc_cues for w in opening) and not any(
        w in PLACE_PREPOSITIONS for w in opening
    )


def _closed_after(doc: Doc, last: int) -> bool:
    """Whether a conjunction and a word follow token ``last - 1`` ("..., dan Mina", "..., dan
    relawan"): the list goes on to an item the tagger left untyped."""
    words = doc.words
    for marks in _LIST_MARKS:
        end = last + len(marks)
        if marks[-1] != "," and [w.lower() for w in words[last:end]] == marks:
            return end < len(words) and words[end][:1].isalpha()
    return False


def _listed(doc: Doc, spans: list[Span], i: int, step: int) -> tuple[list[str | None], bool]:
    """The types of the spans listed next to span i, one way, up to MAX_LISTED, and whether
    a conjunction stands between two of them."""
    kinds: list[str | None] = []
    closed = False
    while len(kinds) < MAX_LISTED and 0 <= i + step < len(spans):
        a, b = (spans[i + step], spans[i]) if step < 0 else (spans[i], spans[i + step])
        between = [w.lower() for w in doc.words[a.last : b.first]]
        if between not in _LIST_MARKS or doc.sentence_of[a.first] != doc.sentence_of[b.first]:
            break
        closed = closed or between[-1] != ","
        i += step
        titled = spans[i].first > 0 and doc.words[spans[i].first - 1].lower() in doc.titles
        kinds.append(None if titled else spans[i].type)
    return kinds, closed
