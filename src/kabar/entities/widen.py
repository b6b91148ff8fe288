"""Widen and split person spans before repair: given names, dotted abbreviations, orgs in front.

Rules (issue 3, probe 2):
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
  before an age in brackets ("Yusnidar Sabagalet (47)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kabar.entities.doc import Doc
from kabar.entities.features import cluster_key
from kabar.entities.ner import Span
from kabar.entities.repair import (
    CONNECTIVES,
    MAX_AGE,
    MIN_AGE,
    NOT_PERSON_HEADS,
    REGIONAL_OFFICES,
    SPEECH_VERBS,
)

# Abbreviated Islamic given names written with a period ("Moh. Farid", "Abd. Rahman"); they
# are part of the name. Compiled by hand from Indonesian newsroom usage (issue 3, probe 2).
GIVEN_ABBREVIATIONS = frozenset("moh muh moch mochd mohd muhd mhd mochamad abd ach achm".split())
# Initials that open Indonesian names even before a one-word name ("M. Yamin" = Muhammad,
# "A." = Ahmad/Abdul/Andi, "R." = Raden).
GIVEN_INITIALS = frozenset("MAR")
# Dotted initials inside a name, the last period a token of its own ("O.S" of "Eddy O.S.").
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")
# Particles inside European names ("Dirk van der Berg", "Ursula von der Leyen").
# Batak "br"/"boru" and Arabic "bin"/"binti" ("Rosmawati br Ginting", "Ahmad bin Salim").
PARTICLES = frozenset("van der den von de ten ter br boru bin binti".split())
# Words that introduce a person's name ("seorang ibu bernama Rosnah").
# "ditanya Meiliana dari ...": asked by a reporter, named right after.
NAME_INTRODUCERS = frozenset("bernama bernamakan ditanya".split())
# Words that join the parts of an office's or organisation's name ("Komunikasi dan Informatika").
NAME_LINKS = frozenset("dan serta untuk & and of".split())
# English words after a capitalised word that make it part of a title ("Academy of ...").
ENGLISH_LINKS = frozenset("of and the for in on at".split())
# Words after a noun phrase that close it ("pemain Persija itu", "klub tersebut").
DEMONSTRATIVES = frozenset("itu ini tersebut".split())
# Heads of works, often followed by their maker ("Album Jonghyun"): no reason to drop a name.
WORKS = frozenset("lagu film album buku novel tari".split())
# Most untagged words read as given names before a person span ("Muhammad Yusran Akbar").
MAX_GIVEN = 3
# Fewest letters of an unknown all-caps word read as an organisation acronym before a name.
MIN_ACRONYM = 3
# Case classes (clusters.tsv.gz) of words mostly or often written in lower case.
MIXED_OR_COMMON = frozenset("lm")


def widen(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """Return the tagger's spans with person names widened, split and added (see module)."""
    out = _split_org_front(doc, _drop_named_things(doc, [_retype(doc, s) for s in spans]))
    out = _add_untagged(doc, out)
    out = _given_names_before(doc, out)
    out = _join_dotted(doc, out)
    return out


def abbreviation(doc: Doc, k: int) -> bool:
    """Tell whether token k is a title or given-name abbreviation followed by its period."""
    words = doc.words
    if k < 0 or k + 1 >= len(words) or words[k + 1] != "." or _gap(doc, k + 1):
        return False
    word = words[k]
    lower = word.lower()
    if _INITIALS.fullmatch(word):
        return True  # "Eddy O.S. Hiariej"
    return word.isalpha() and (
        lower in GIVEN_ABBREVIATIONS or lower in doc.titles or (len(word) == 1 and word.isupper())
    )


def _gap(doc: Doc, k: int) -> bool:
    """Tell whether token k is not glued to the line of token k - 1 (a line break between)."""
    return k <= 0 or "\n" in doc.body[doc.tokens[k - 1][2] : doc.tokens[k][1]]


def _drop_named_things(doc: Doc, spans: list[Span]) -> list[Span]:
    """Drop person spans of words that somewhere follow a programme, vessel or storm word
    ("Program Mang Resik ... Mang Resik adalah")."""
    words = doc.words
    after_head = [
        k + 1
        for k in doc.capitalised
        if words[k].lower() in NOT_PERSON_HEADS and words[k].lower() not in WORKS
    ]
    if not after_head:
        return spans
    names = {tuple(words[s.first : s.last]) for s in spans if s.type == "PERSON"}
    things = {name for name in names for k in after_head if tuple(words[k : k + len(name)]) == name}
    # a name also seen after a title or a speech verb is a person ("Presiden Prabowo")
    things -= {
        tuple(words[s.first : s.last])
        for s in spans
        if s.first > 0
        and (words[s.first - 1].lower() in doc.titles or words[s.first - 1].lower() in SPEECH_VERBS)
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
        and words[0] not in PARTICLES
        and any(w in PARTICLES for w in words[1:-1])
        and all(w in PARTICLES or _name_word(doc, k) for k, w in enumerate(words, span.first))
    ):
        return Span(span.first, span.last, "PERSON")
    return span


def _name_word(doc: Doc, k: int, after_title: bool = False, headline: bool = False) -> bool:
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
    lower = word.lower()
    return (
        word.replace("-", "").isalpha()
        and (word[1:].islower() or "-" in word)  # not "BPBD", not glued "CEOApriliaRacing"
        and lower not in doc.titles
        and lower not in CONNECTIVES
        and lower not in SPEECH_VERBS
        and lower not in doc.lex.not_names
        and lower not in doc.not_names
        and lower not in NOT_PERSON_HEADS
        and lower not in doc.org_heads
        and not doc.known_word(word)
        and (after_title or doc.cases.get(cluster_key(word)) not in MIXED_OR_COMMON)
        and (headline or not doc.title_case(k))
    )


def _after_dotted_title(doc: Doc, k: int) -> bool:
    """Tell whether token k follows a dotted title ("Dr. Laksana"): a name even if common."""
    return k >= 2 and doc.words[k - 1] == "." and abbreviation(doc, k - 2)


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


def _tagged(spans: Sequence[Span]) -> dict[int, Span]:
    """Map every token inside a span to its span."""
    return {k: span for span in spans for k in range(span.first, span.last)}


def _given_names_before(doc: Doc, spans: list[Span]) -> list[Span]:
    """Widen a person span over the untagged name words before it ("Muhammad" Yusran Akbar)."""
    tagged = _tagged(spans)
    drop: set[Span] = set()
    out: list[Span] = []
    for span in spans:
        if span.type != "PERSON":
            out.append(span)
            continue
        first = span.first
        while span.first - first < MAX_GIVEN and not _gap(doc, first):
            k = first - 1
            other = tagged.get(k)
            if other is not None and (
                other.type == "PERSON" or other.last - other.first != 1 or other in drop
            ):
                break  # a person span before is joined by repair; longer spans stay
            if not _name_word(doc, k, _after_dotted_title(doc, k)):
                break
            if not _after_dotted_title(doc, k) and not _given_name(doc, k, span, spans):
                break
            if other is not None:
                drop.add(other)  # "Ketua MK [Haryono] Adi Prasetyo": no organisation
            first = k
        out.append(Span(first, span.last, "PERSON"))
    return [s for s in out if s not in drop]


def _given_name(doc: Doc, k: int, span: Span, spans: Sequence[Span]) -> bool:
    """Tell whether the name-like word at k, right before a person span, is its given name.

    Not when it stands where an office names its area ("Bupati Lebak Rahmat", "KPU Sampang
    Nurul") or is itself tagged, unless it names the person alone elsewhere ("kata Haryono");
    not when it occurs elsewhere in the body apart from this name ("Desa Purabaya"); not
    after another unknown capitalised word ("Spiral Ventures David"); at a sentence start
    only a word mostly written capitalised.
    """
    words = doc.words
    bare = _bare_person(doc, k)
    if (k in _tagged(spans) or _area_slot(doc, k)) and not bare:
        return False
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
        before.lower() in REGIONAL_OFFICES
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
        and words[j - 1].lower() in SPEECH_VERBS
        and not words[j + 1][:1].isupper()
        and words[j + 1].lower() not in ENGLISH_LINKS  # "kata Academy of Motion Picture"
        for j, w in enumerate(words)
        if j != k
    )


def _join_dotted(doc: Doc, spans: list[Span]) -> list[Span]:
    """Open a person span at a dotted abbreviation before it ("Moh." Farid, "Buya H." Syamsul)."""
    words = doc.words
    tagged = _tagged(spans)
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


def _add_untagged(doc: Doc, spans: list[Span]) -> list[Span]:
    """Add untagged names that the context makes people: "bernama X", "Pelatih Klub X Y"."""
    words = doc.words
    tagged = _tagged(spans)
    added: list[Span] = []
    n = len(words)
    end = 0
    for k in [k for k in doc.capitalised if k not in tagged]:
        if k < end or not (_name_word(doc, k, headline=True) or _particle_opens(doc, k)):
            continue  # inside the last run, or no name word
        end = k + 1
        while end < n and end not in tagged and not _gap(doc, end):
            if _name_word(doc, end, headline=True) or (
                words[end].lower() in PARTICLES
                and end + 1 < n
                and (words[end + 1].lower() in PARTICLES or _name_word(doc, end + 1))
            ):
                end += 1
            else:
                break
        while words[end - 1].lower() in PARTICLES:
            end -= 1
        first = k
        if doc.sentence_start(k) and doc.cases.get(cluster_key(words[k])) != "u":
            first = k + 1  # "Dialah Marlina Saogo (45)": a capitalised sentence opener
        if first < end and _introduced(doc, first, end):
            added.append(Span(first, end, "PERSON"))
    spans = sorted([*spans, *added], key=lambda s: s.first)
    return _widen_right(doc, spans)


def _particle_opens(doc: Doc, k: int) -> bool:
    """Tell whether a capitalised particle opens a name here ("kata Van der Linden")."""
    words = doc.words
    return (
        words[k].lower() in PARTICLES
        and k + 1 < len(words)
        and (words[k + 1].lower() in PARTICLES or _name_word(doc, k + 1))
    )


def _introduced(doc: Doc, first: int, last: int) -> bool:
    """Tell whether an untagged capitalised run is a person by what stands around it."""
    words = doc.words
    if _age_after(doc, last):
        return True
    if first == 0 or _gap(doc, first):
        return False
    before = words[first - 1].lower()
    if before in NAME_INTRODUCERS:
        return True
    if doc.title_case(first):
        return False  # a title-case line: only an age or "bernama" tells
    if before == "." and first >= 2 and len(words[first - 2]) > 1 and abbreviation(doc, first - 2):
        return True  # "Abd. Kadir Jaelani", "Dr. Sumarni Lubis": a dotted abbreviation opens it
    if last - first < 2:
        return False
    if any(w in PARTICLES for w in words[first + 1 : last]):
        return True  # "Pieter van der Linden", "kata Van der Linden"
    after = words[last] if last < len(words) else ""
    if (
        not after[:1].islower()
        or after in doc.titles
        or after in DEMONSTRATIVES  # "Winger Manchester City itu": the club, not a name
        or max(len(w) for w in words[first:last]) < 4
    ):
        # "Manajer Manchester United, Jose Mourinho", "Ketua Asian Games Organizing Committee
        # (INASGOC)", "Kasi Dal Ops": a name introduced so runs on into a verb
        return False
    if before in doc.titles:
        return True  # "Pelatih Paulo Henrique": a title, then a name of two words or more
    k = first - 1  # an office's organisation or place between the title and the name
    word = words[k]
    known = doc.aliases.get(word)
    if (
        (known is not None and known.type != "PERSON")
        or (word.isupper() and len(word) >= 2 and word.isalpha())
        or word.lower() in doc.lex.places
    ):
        return k > 0 and words[k - 1].lower() in doc.titles and not _gap(doc, k)
    return False


def _age_after(doc: Doc, last: int) -> bool:
    """Tell whether an age in brackets follows token ``last - 1`` ("Rosnah (51)")."""
    age = doc.words[last : last + 3]
    return (
        len(age) == 3
        and age[0] == "("
        and age[2] == ")"
        and age[1].isdigit()
        and MIN_AGE <= int(age[1]) <= MAX_AGE
    )


def _widen_right(doc: Doc, spans: list[Span]) -> list[Span]:
    """Widen a person span over untagged name words before an age ("Yusnidar Sabagalet (47)")."""
    tagged = _tagged(spans)
    out: list[Span] = []
    for span in spans:
        last = span.last
        if span.type == "PERSON":
            end = last
            while (
                end < len(doc.words) and end not in tagged and _name_word(doc, end, headline=True)
            ):
                end += 1
            if end > last and (
                _age_after(doc, end)
                or (_particle_run(doc, span.first, end) and not doc.title_case(last))
            ):
                last = end
            elif (
                last + 1 < len(doc.words)
                and doc.words[last].lower() in PARTICLES
                and last not in tagged
            ):
                end = last
                while end < len(doc.words) and doc.words[end].lower() in PARTICLES:
                    end += 1
                if end < len(doc.words) and end not in tagged and _name_word(doc, end):
                    last = end + 1  # "Dirk" + "van der Berg"
        out.append(Span(span.first, last, span.type) if last != span.last else span)
    return out


def _particle_run(doc: Doc, first: int, last: int) -> bool:
    """Tell whether a run holds a name particle ("Van der Berg")."""
    return any(w.lower() in PARTICLES for w in doc.words[first:last])
