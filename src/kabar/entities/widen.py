"""Widen and split person spans before repair: given names, dotted abbreviations, orgs in front.

Rules:
- an organisation acronym or known club glued to the front of a person span is split off and
  kept as the organisation ("Peneliti ICW Laras Kinanti", "Pelatih Persija Yudha Permana");
- untagged capitalised name words right before a person span belong to it ("Kepala BPBD
  Sulbar Muhammad Yusran Akbar", "hakim Endang Sulastri Widjaja"), as does a one-word
  organisation or place span there that is no known name ("Ketua MK Haryono Adi Prasetyo");
- an abbreviated given name or title with its period opens the name ("Moh. Farid Hasyim",
  "Buya H. Syamsul Bahri", "Dr. Laksana Tri Hardjono"); cleaning later drops the titles;
- Dutch and German particles join a name ("Dirk van der Berg", later "Van der Berg");
- an untagged name becomes a person after "bernama", after a title (with the office's
  organisation or place between them: "Pelatih Persebaya Paulo Henrique Meneses"), or
  before an age in brackets ("Yusnidar Sabagalet (47)") (``untagged.py``), as does a
  Chinese-Indonesian name set off by commas ("Tan Mei Ling") (``chinese_names.py``);
- "Ditjen Minerba", "Pemkab Gowa" are organisations, "Jalan Teuku Cik Ditiro" a place, and a
  name that follows a programme or vessel word anywhere ("Program Kang Pisman") nobody.

The word tests the passes share live in ``namewords.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from kabar.entities.chinese_names import add_chinese_names
from kabar.entities.doc import Doc
from kabar.entities.features import cluster_key
from kabar.entities.joins import join_pieces
from kabar.entities.lexicon import speech_verbs
from kabar.entities.namewords import (
    GIVEN_INITIALS,
    abbreviation,
    after_dotted_title,
    apposition,
    gap,
    name_word,
)
from kabar.entities.ner import Span, tagged_map
from kabar.entities.untagged import add_untagged, widen_place_surnames
from kabar.lexicon import lowered

# Words that join the parts of an office's or organisation's name ("Komunikasi dan Informatika").
NAME_LINKS = frozenset("dan serta untuk & and of".split())
# English words after a capitalised word that make it part of a title ("Academy of ...").
ENGLISH_LINKS = frozenset("of and the for in on at".split())
# Heads of works, often followed by their maker ("Album Jonghyun"): no reason to drop a name.
WORKS = frozenset("lagu film album buku novel tari".split())
# Most untagged words read as given names before a person span ("Muhammad Yusran Akbar").
MAX_GIVEN = 3
# Fewest letters of an unknown all-caps word read as an organisation acronym before a name.
MIN_ACRONYM = 3


def widen(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """Return the tagger's spans with person names widened, split and added (see module)."""
    out = _split_org_front(doc, _drop_named_things(doc, [_retype(doc, s) for s in spans]))
    out = add_chinese_names(doc, add_untagged(doc, out))
    out = _given_names_before(doc, out)
    out = _join_dotted(doc, out)
    return widen_place_surnames(doc, join_pieces(doc, out))


def _drop_named_things(doc: Doc, spans: list[Span]) -> list[Span]:
    """Drop person spans of words that somewhere follow a programme, vessel or storm word
    ("Program Mang Resik ... Mang Resik adalah")."""
    words = doc.words
    after_head = [
        k + 1
        for k in doc.capitalised
        if words[k].lower() in lowered("not_person_heads.txt") and words[k].lower() not in WORKS
    ]
    if not after_head:
        return spans
    names = {tuple(words[s.first : s.last]) for s in spans if s.type == "PERSON"}
    things = {name for name in names for k in after_head if tuple(words[k : k + len(name)]) == name}
    # a name also seen after a title or a speech verb, or as an apposition, is a person
    # ("Presiden Prabowo", "Mantan juara tinju, Yopie Latumahina, meninggal")
    things -= {
        tuple(words[s.first : s.last])
        for s in spans
        if s.first > 0
        and (
            words[s.first - 1].lower() in doc.titles
            or words[s.first - 1].lower() in speech_verbs()
            or apposition(words, s.first, s.last)
        )
    }
    if not things:
        return spans
    return [s for s in spans if s.type != "PERSON" or tuple(words[s.first : s.last]) not in things]


def _retype(doc: Doc, span: Span) -> Span:
    """Retype "Ditjen Minerba" (an office head opens it) and "Dirk van der Berg" (particles)."""
    words = doc.words[span.first : span.last]
    if span.type == "PERSON" and (
        words[0].lower() in doc.lex.extra_org_heads
        or (len(words) == 2 and words[0].lower() in doc.lex.org_heads)  # "Pemkab Gowa"
    ):
        return Span(span.first, span.last, "ORG")
    if span.type == "PERSON" and len(words) > 1 and words[0].lower() in doc.lex.loc_cues:
        return Span(span.first, span.last, "LOC")  # "Jalan Teuku Cik Ditiro": a street
    if (
        span.type == "ORG"
        and len(words) >= 3
        and words[0] not in lowered("name_particles.txt")
        and any(w in lowered("name_particles.txt") for w in words[1:-1])
        and all(
            w in lowered("name_particles.txt") or name_word(doc, k)
            for k, w in enumerate(words, span.first)
        )
    ):
        return Span(span.first, span.last, "PERSON")
    return span


def _split_org_front(doc: Doc, spans: list[Span]) -> list[Span]:
    """Split "ICW Laras Kinanti", "Persija Yudha Permana": the organisation, then the person."""
    words = doc.words
    out: list[Span] = []
    for span in spans:
        if span.type != "PERSON" or span.last - span.first < 2:
            out.append(span)
            continue
        cut = 0
        kind = "ORG"
        for j in range(span.last - 1, span.first, -1):
            alias = doc.aliases.get(doc.joined(span.first, j))
            if alias is not None and alias.type != "PERSON":
                cut, kind = j, alias.type
                break
        heads = [
            k for k in range(span.first + 1, span.last - 3) if words[k].lower() in doc.org_heads
        ]
        if not cut and heads and words[heads[0]][:1].isupper():
            # "Intel Kejari Binjai Noprianto Sihombing": an office, its area, then the name
            out.append(Span(heads[0], heads[0] + 2, "ORG"))
            out.append(Span(heads[0] + 2, span.last, "PERSON"))
            continue
        if not cut:
            word = words[span.first]
            before = words[span.first - 1].lower() if span.first > 0 else ""
            if (
                word.isupper()
                and word.isalpha()
                and len(word) >= 2
                and (len(word) >= MIN_ACRONYM or before in doc.titles)
                and word.lower() not in doc.titles
            ):
                cut = span.first + 1
        if cut and all(w[:1].isupper() and not w.isupper() for w in words[cut : span.last]):
            out.append(Span(span.first, cut, kind))
            # "KEK Tanjung Lesung": the rest is a place when a place cue opens it
            rest = "LOC" if words[cut].lower() in doc.lex.loc_cues else "PERSON"
            out.append(Span(cut, span.last, rest))
        else:
            out.append(span)
    return out


def _given_names_before(doc: Doc, spans: list[Span]) -> list[Span]:
    """Widen a person span over the untagged name words before it ("Muhammad" Yusran Akbar)."""
    tagged = tagged_map(spans)
    drop: set[Span] = set()
    shrunk: dict[Span, Span | None] = {}
    out: list[Span] = []
    for span in spans:
        if span.type != "PERSON":
            out.append(span)
            continue
        first = span.first
        while span.first - first < MAX_GIVEN and not gap(doc, first):
            k = first - 1
            other = tagged.get(k)
            if other is not None and other.type == "ORG" and _office_tail(doc, k, other):
                # "Menteri [Keuangan Purnomo] Hadi Sasongko" beside "kata Purnomo": the
                # portfolio ends the office, the given name opens the person
                rest = Span(other.first, k, "ORG")
                shrunk[other] = None if _office_word(doc, other.first) else rest
                first = k
                break
            if other is not None and (
                other.type == "PERSON" or other.last - other.first != 1 or other in drop
            ):
                break  # a person span before is joined by repair; longer spans stay
            # a word also named alone after a speech verb ("tegas Rinaldi") is a name even
            # when the word statistics call it mixed
            dotted = after_dotted_title(doc, k)  # a list item's line may look title-cased
            if not name_word(doc, k, dotted, headline=dotted) and not (
                name_word(doc, k, True) and _bare_person(doc, k)
            ):
                break
            if not dotted and not _given_name(doc, k, span, spans):
                break
            if other is not None:
                drop.add(other)  # "Ketua MK [Haryono] Adi Prasetyo": no organisation
            first = k
        out.append(Span(first, span.last, "PERSON"))
    kept = [shrunk.get(s, s) for s in out if s not in drop]
    return [s for s in kept if s is not None]


def _office_tail(doc: Doc, k: int, org: Span) -> bool:
    """Tell whether the last word of an organisation span before a person span is the
    person's given name: the person is named by it alone after a speech verb elsewhere."""
    return (
        org.last == k + 1
        and org.last - org.first >= 2
        and _bare_person(doc, k)
        and name_word(doc, k)
        and doc.words[k].lower() not in doc.org_heads
    )


def _office_word(doc: Doc, k: int) -> bool:
    """Tell whether a one-word rest of an office span names a portfolio after a title
    ("Menteri Keuangan"): part of the title, no organisation of its own."""
    return k > 0 and doc.words[k - 1].lower() in doc.titles


def _given_name(doc: Doc, k: int, span: Span, spans: Sequence[Span]) -> bool:
    """Tell whether the name-like word at k, right before a person span, is its given name.

    Always when it names the person alone after a speech verb elsewhere ("kata Haryono"). Not
    when it stands where an office names its area ("Bupati Lebak Rahmat", "KPU Sampang Nurul")
    or is itself tagged;
    not when it occurs elsewhere in the body apart from this name ("Desa Purabaya"); not
    after another unknown capitalised word ("Spiral Ventures David"); at a sentence start
    only a word mostly written capitalised.
    """
    words = doc.words
    bare = _bare_person(doc, k)
    tagged = any(s.first <= k < s.last for s in spans)  # without a map of every span's tokens
    if (tagged or _area_slot(doc, k)) and not bare:
        return False
    if bare:
        return True  # named alone elsewhere ("kata Purwanto"): whatever stands before it
    if doc.sentence_start(k):
        return doc.cases.get(cluster_key(words[k])) == "u"
    left = words[k - 1]
    if left.lower() in NAME_LINKS and k >= 2 and words[k - 2][:1].isupper():
        return False  # "Menteri Komunikasi dan Informatika Tifatul": the office's name
    if (
        left[:1].isupper()
        and left.isalpha()
        and left[1:].islower()
        and left.lower() not in doc.titles
        and not doc.known_word(left)
    ):
        return False
    head = words[span.first]
    return bare or not any(
        w == words[k] and j != k and (j + 1 >= len(words) or words[j + 1] != head)
        for j, w in enumerate(words)
    )


def _area_slot(doc: Doc, k: int) -> bool:
    """Tell whether token k stands where an office names its area ("KPU Sampang", "Bupati X")."""
    if k == 0:
        return False
    before = doc.words[k - 1]
    alias = doc.aliases.get(before)
    return (
        before.lower() in lowered("regional_offices.txt")
        or before.lower() in doc.titles
        or before.lower() in doc.org_heads
        or (alias is not None and alias.type == "ORG")
        or (before.isupper() and before.isalpha() and len(before) >= 2)
    )


def _bare_person(doc: Doc, k: int) -> bool:
    """Tell whether the word at k names a person alone after a speech verb ("kata Haryono")."""
    words = doc.words
    word = words[k]
    return any(
        w == word
        and 0 < j < len(words) - 1
        and words[j - 1].lower() in speech_verbs()
        and not words[j + 1][:1].isupper()
        and words[j + 1].lower() not in ENGLISH_LINKS  # "kata Academy of Motion Picture"
        for j, w in enumerate(words)
        if j != k
    )


def _join_dotted(doc: Doc, spans: list[Span]) -> list[Span]:
    """Open a person span at a dotted abbreviation before it ("Moh." Farid, "Buya H." Syamsul)."""
    words = doc.words
    tagged = tagged_map(spans)
    drop: set[Span] = set()
    out: list[Span] = []
    for span in spans:
        if span.type != "PERSON":
            out.append(span)
            continue
        first = span.first
        while first >= 2 and words[first - 1] == "." and abbreviation(doc, first - 2):
            k = first - 2
            other = tagged.get(k)
            before = tagged.get(k - 1)
            if len(words[k]) == 1 and not (
                words[k] in GIVEN_INITIALS
                or (other is not None and other.type == "PERSON")
                or (before is not None and before.type == "PERSON" and before.last == k)
                or span.last - span.first >= 2
            ):
                break  # "platform X. Trump", "Logitech G.": a letter, not an initial
            if other is not None and other is not span:
                if other.last != k + 1 or (other.type != "PERSON" and other.first != k):
                    break
                drop.add(other)  # "Moh" + "Farid Hasyim", "Buya H" + "Syamsul Bahri"
                k = other.first
            first = k
        out.append(Span(first, span.last, "PERSON") if first != span.first else span)
    return sorted((s for s in out if s not in drop), key=lambda s: s.first)
