"""Names the tagger missed, made people by their context: "bernama X", a title, an age."""

from __future__ import annotations

from kabar.entities.doc import Doc
from kabar.entities.features import cluster_key
from kabar.entities.namewords import abbreviation, age_after, gap, name_word
from kabar.entities.ner import Span, tagged_map
from kabar.lexicon import lowered

# Place-cue words that are also Batak and Malay surnames ("Akbar Tanjung"): one that closes a
# person's name before a comma or a lower-case word is the surname.
PLACE_SURNAMES = frozenset({"tanjung"})
# Words after a noun phrase that close it ("pemain Persija itu", "klub tersebut").
DEMONSTRATIVES = frozenset("itu ini tersebut".split())
# Most words of a player's name read before a match verb.
MAX_PLAYER_WORDS = 4


def add_untagged(doc: Doc, spans: list[Span]) -> list[Span]:
    """Add untagged names that the context makes people: "bernama X", "Pelatih Klub X Y"."""
    words = doc.words
    tagged = tagged_map(spans)
    added: list[Span] = []
    n = len(words)
    end = 0
    for k in [k for k in doc.capitalised if k not in tagged]:
        if k < end or not (name_word(doc, k, headline=True) or _particle_opens(doc, k)):
            continue  # inside the last run, or no name word
        end = k + 1
        while end < n and end not in tagged and not gap(doc, end):
            if name_word(doc, end, headline=True) or (
                words[end].lower() in lowered("name_particles.txt")
                and end + 1 < n
                and (
                    words[end + 1].lower() in lowered("name_particles.txt")
                    or name_word(doc, end + 1)
                )
            ):
                end += 1
            else:
                break
        while words[end - 1].lower() in lowered("name_particles.txt"):
            end -= 1
        first = k
        if (
            doc.sentence_start(k)
            and doc.cases.get(cluster_key(words[k])) != "u"
            and not (end - k == 1 and age_after(doc, end))
            and not (words[k - 1] == "." and abbreviation(doc, k - 2))
        ):
            # "Dialah Marlina Saogo (45)": a capitalised sentence opener; but a lone word
            # with an age is the name itself ("Suparmin (52), petugas", "1. Warsini (54)")
            first = k + 1
        if first < end and _introduced(doc, first, end):
            if _introducer_before(doc, first):
                end = _capitalised_end(doc, end, tagged)  # "almarhum Tan Kok Liong"
            added.append(Span(first, end, "PERSON"))
    added += _players(doc, tagged)
    spans = sorted([*spans, *added], key=lambda s: s.first)
    return _widen_right(doc, spans)


def _players(doc: Doc, tagged: dict[int, Span]) -> list[Span]:
    """Untagged names of two words or more right before a match verb ("sebelum Tegar Wirabumi
    menyamakan skor"): the players of a match report, whatever their words mean alone."""
    words = doc.words
    verbs = lowered("player_verbs.txt")
    if verbs.isdisjoint(words):
        return []
    found: list[Span] = []
    for v in [v for v, w in enumerate(words) if w in verbs]:
        first = v
        while (
            first > 0
            and v - first < MAX_PLAYER_WORDS
            and first - 1 not in tagged
            and words[first - 1][:1].isupper()
            and words[first - 1].isalpha()
            and not words[first - 1].isupper()
            and not gap(doc, first)
            and not doc.sentence_start(first - 1)
        ):
            first -= 1
        run = [w.lower() for w in words[first:v]]
        if (
            len(run) >= 2
            and not any(w in doc.titles or w in doc.lex.places or w in doc.org_heads for w in run)
            and not doc.title_case(first)
        ):
            found.append(Span(first, v, "PERSON"))
    return found


def _particle_opens(doc: Doc, k: int) -> bool:
    """Tell whether a capitalised particle opens a name here ("kata Van der Linden")."""
    words = doc.words
    return (
        words[k].lower() in lowered("name_particles.txt")
        and k + 1 < len(words)
        and (words[k + 1].lower() in lowered("name_particles.txt") or name_word(doc, k + 1))
    )


def _introduced(doc: Doc, first: int, last: int) -> bool:
    """Tell whether an untagged capitalised run is a person by what stands around it."""
    words = doc.words
    if age_after(doc, last):
        return True
    if first == 0 or gap(doc, first):
        return False
    before = words[first - 1].lower()
    if _introducer_before(doc, first):
        return True
    if doc.title_case(first):
        return False  # a title-case line: only an age or "bernama" tells
    if before == "." and first >= 2 and len(words[first - 2]) > 1 and abbreviation(doc, first - 2):
        return True  # "Abd. Kadir Jaelani", "Dr. Sumarni Lubis": a dotted abbreviation opens it
    if last - first < 2:
        return False
    if any(w in lowered("name_particles.txt") for w in words[first + 1 : last]):
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
        return k > 0 and words[k - 1].lower() in doc.titles and not gap(doc, k)
    return False


def _capitalised_end(doc: Doc, end: int, tagged: dict[int, Span]) -> int:
    """Run on over the capitalised words of a name a word like "bernama" introduces, common
    words among them ("Kok" of "Tan Kok Liong"): capitals mid-sentence are the name's."""
    words = doc.words
    while (
        end < len(words)
        and end not in tagged
        and not gap(doc, end)
        and words[end][:1].isupper()
        and words[end].isalpha()
        and words[end].lower() not in doc.titles
    ):
        end += 1
    return end


def _introducer_before(doc: Doc, first: int) -> bool:
    """Tell whether a word that introduces a person's name (``name_introducers.txt``) stands
    before a name, its titles between ("bernama Haji X", "almarhum H. X")."""
    words = doc.words
    introducers = lowered("name_introducers.txt")
    k = first - 1
    while k > 0 and words[k].lower() not in introducers and words[k].lower() in doc.titles:
        if gap(doc, k):
            return False
        k -= 1
    return words[k].lower() in introducers


def _widen_right(doc: Doc, spans: list[Span]) -> list[Span]:
    """Widen a person span over untagged name words before an age ("Yusnidar Sabagalet (47)")."""
    tagged = tagged_map(spans)
    out: list[Span] = []
    for span in spans:
        last = span.last
        if span.type == "PERSON":
            end = last
            while end < len(doc.words) and end not in tagged and name_word(doc, end, headline=True):
                end += 1
            if end > last and (
                age_after(doc, end)
                or (_particle_run(doc, span.first, end) and not doc.title_case(last))
            ):
                last = end
            elif (
                last + 1 < len(doc.words)
                and doc.words[last].lower() in lowered("name_particles.txt")
                and last not in tagged
            ):
                end = last
                while end < len(doc.words) and doc.words[end].lower() in lowered(
                    "name_particles.txt"
                ):
                    end += 1
                if end < len(doc.words) and end not in tagged and name_word(doc, end):
                    last = end + 1  # "Dirk" + "van der Berg"
        out.append(Span(span.first, last, span.type) if last != span.last else span)
    return out


def widen_place_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """Widen a person span over a surname that looks like a place word ("Novia Elvira Tanjung")."""
    words = doc.words
    if not any(
        s.type == "PERSON" and s.last < len(words) and words[s.last].lower() in PLACE_SURNAMES
        for s in spans
    ):
        return spans  # (most articles: skip the token map)
    tagged = tagged_map(spans)
    return [
        Span(s.first, s.last + 1, s.type)
        if s.type == "PERSON" and _place_surname(doc, s.last, tagged)
        else s
        for s in spans
    ]


def _place_surname(doc: Doc, k: int, tagged: dict[int, Span]) -> bool:
    """Tell whether token k, right after a person's name, is a surname like "Tanjung"."""
    words = doc.words
    return (
        k + 1 < len(words)
        and k not in tagged
        and not gap(doc, k)
        and words[k].lower() in PLACE_SURNAMES
        and words[k][:1].isupper()
        and not words[k + 1][:1].isupper()
    )


def _particle_run(doc: Doc, first: int, last: int) -> bool:
    """Tell whether a run holds a name particle ("Van der Berg")."""
    return any(w.lower() in lowered("name_particles.txt") for w in doc.words[first:last])
