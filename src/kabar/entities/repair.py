"""Fix common tagger slips in its spans before cleaning them into names."""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Mapping, Sequence

from kabar.entities.balinese import BALINESE_OPENERS, balinese_marker
from kabar.entities.doc import Doc
from kabar.entities.lexicon import speech_verbs
from kabar.entities.namewords import (
    MAX_AGE,
    MIN_AGE,
    age_after,
    area_office,
    given_name_before,
    name_shaped,
    personal_title,
    regional_office,
)
from kabar.entities.ner import Span, tagged_map
from kabar.lexicon import entries, lowered, lowered_for_use

# Words after "Ibu"/"Bapak" that make them part of a place or title ("Ibu Kota").
NOT_AFTER_HONORIFIC = frozenset("kota negara pertiwi kandung bangsa".split())


def repair(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """Fix common tagger slips before cleaning: connectives, split names, titles, honorifics."""
    tagged = tagged_map(spans)
    fixed: list[Span] = []
    trimmed: set[Span] = set()  # one-word spans left when a rank was cut off ("AKBP Fitri")
    for span in spans:
        first = _after_connectives(doc, span)
        if _named_thing(doc, first, span.last, span.type):
            continue
        first, kind = _street(doc, first, span.type, fixed)
        first, last, kind = _retyped(doc, first, span.last, kind, tagged, trimmed)
        first = _with_org_head(doc, first, kind, tagged, fixed)
        first = _joined_to_previous(doc, first, kind, fixed, trimmed)
        fixed.append(Span(first, last, kind))
    return _split_org_holder(doc, fixed)


def _after_connectives(doc: Doc, span: Span) -> int:
    """Return a span's first word after connectives ("Adapun Ruslan", "Sementara Hendrawan")."""
    first = span.first
    while span.last - first > 1 and doc.words[first].lower() in lowered("span_connectives.txt"):
        first += 1
    return first


def _named_thing(doc: Doc, first: int, last: int, kind: str) -> bool:
    """Tell whether a span names a suspect's initials or a thing named like a person."""
    words = doc.words
    if first > 0 and words[first - 1].lower() in lowered("initials_cues.txt") and kind != "PERSON":
        return True  # "berinisial AS (34)": a suspect's initials, no place
    if (
        kind == "PERSON"
        and words[first].lower() in lowered("not_person_heads.txt")
        and not age_after(doc, last)
    ):
        return True  # "Topan Shanshan", "Kapal Sinar Bahari" (not "Maulid Ali (20)"): things
    # "Kim Ji-seok Award", "Bupati Cup Magelang": a prize or an event named after a person
    return (
        kind == "PERSON"
        and last - first > 1
        and not lowered("thing_tails.txt").isdisjoint(w.lower() for w in words[first:last])
    )


def _street(doc: Doc, first: int, kind: str, fixed: list[Span]) -> tuple[int, str]:
    """Read a person after a place cue as a street ("Jalan Ahmad Yani"), taking in the cue."""
    words = doc.words
    if (
        kind == "PERSON"
        and first > 0
        and words[first - 1][:1].isupper()
        and words[first - 1].lower().strip(".") in doc.lex.loc_cues
        and not (first > 1 and words[first - 2].lower() in doc.titles)  # "Wali Kota", an office
    ):
        first, kind = first - 1, "LOC"  # "Jalan Ahmad Yani": a street, not the hero
        if fixed and fixed[-1].first == first and fixed[-1].last == first + 1:
            fixed.pop()
    return first, kind


def _retyped(
    doc: Doc, first: int, last: int, kind: str, tagged: Mapping[int, Span], trimmed: set[Span]
) -> tuple[int, int, str]:
    """Trim offices off other spans and move person bounds; retype by tails and honorifics."""
    words = doc.words
    if kind != "PERSON":
        start = first
        first, last, kind = _trim_office(doc, first, last, kind)
        if (
            first > start
            and last - first == 1
            and kind != "PERSON"
            and words[first - 1].lower()
            in lowered("police_military_ranks.txt") | lowered_for_use("honorifics.tsv", "person")
        ):
            trimmed.add(Span(first, last, kind))  # "AKBP Fitri", not "CEO UnionSpace"
    if kind == "PERSON":
        first = _person_bounds(doc, first, last, tagged)
        if last - first >= 3 and first and words[first].lower() in lowered("org_tails.txt"):
            first += 1  # "Bali" + "United Iwan Santika Putra": the club's last word
        if words[last - 1].lower() in lowered("org_tails.txt"):
            kind = "ORG"  # "Hanbit Rail Systems"
        elif _inside_org_name(doc, first, tagged):
            first, kind = first - 1, "ORG"  # "Kelompok" + "Tani Sri Rejeki"
    if (
        words[first].lower() in lowered_for_use("honorifics.tsv", "person")
        and last - first > 1
        and words[first + 1].lower() not in NOT_AFTER_HONORIFIC
    ):
        kind = "PERSON"  # "Inaq Mar", "Pak Warsono"
    return first, last, kind


def _with_org_head(
    doc: Doc, first: int, kind: str, tagged: Container[int], fixed: list[Span]
) -> int:
    """Take an untagged organisation word in front into the span ("Kementerian" + ...)."""
    words = doc.words
    if (
        kind != "PERSON"
        and first > 0
        and words[first - 1][:1].isupper()
        and words[first - 1].lower() in doc.lex.org_heads
        and first - 1 not in tagged
    ):
        first -= 1  # "Kementerian" + "Energi dan Sumber Daya Mineral"
        if fixed and fixed[-1].first == first and fixed[-1].last == first + 1:
            fixed.pop()
    return first


def _joined_to_previous(
    doc: Doc, first: int, kind: str, fixed: list[Span], trimmed: set[Span]
) -> int:
    """Join a person span to the piece of its name the span before it holds."""
    words = doc.words
    if (
        fixed
        and kind == "PERSON"
        and fixed[-1].type == "PERSON"
        and fixed[-1].first <= first <= fixed[-1].last
    ):
        prev = fixed.pop()  # "Pol Wisnu" + "Aji Pratama", "Raden" + "Prabowo ...": one
        first = prev.first
    if (
        fixed
        and kind == "PERSON"
        and fixed[-1].type != "PERSON"
        and fixed[-1].last == first
        and _holder_word(doc, fixed[-1])
    ):
        prev = fixed.pop()  # "Kemenhub Taufik" + "Hidayatullah": the name's first word
        fixed.append(Span(prev.first, prev.last - 1, prev.type))
        first = prev.last - 1
    if (
        fixed
        and kind == "PERSON"
        and fixed[-1] in trimmed
        and fixed[-1].last == first
        and _name_like(doc, fixed[-1].first)
        and not words[fixed[-1].first].isupper()
    ):
        first = fixed.pop().first  # "AKBP Fitri" + "Handayani Rangkuti": one name
    if fixed and kind == "PERSON" and fixed[-1].type != "PERSON" and first < fixed[-1].last:
        # "Dinas Pariwisata Badung [Ida" + "Bagus ...]", "[I Nyoman]" + "Adi ...": the words
        # the name opened with are the name's
        prev = fixed.pop()
        if prev.first < first:
            fixed.append(Span(prev.first, first, prev.type))
    return first


def _trim_office(doc: Doc, first: int, last: int, kind: str) -> tuple[int, int, str]:
    """Drop titles and ranks around an organisation or place span; retype it by its context."""
    words = doc.words
    personal = False
    while (
        last - first > 1
        and words[first].lower() in doc.titles
        and words[first].lower() not in lowered("place_titles.txt")
    ):
        personal = personal or personal_title(words[first].lower())
        first += 1  # "Kasatlantas Polresta Bandung"
    while (
        last - first > 1
        and words[last - 1].lower() in doc.titles
        and (words[last - 1].isupper() or words[last : last + 1] == ["."])
    ):
        last -= 1  # "Polres Metro Bekasi AKBP" + a name, "DPRD Jabar Ir." + a name
    if _person_context(doc, first, last) or (
        personal and last - first > 1 and name_shaped(doc, first, last)
    ):
        kind = "PERSON"  # "Sukarti (52)", "kata Sukarti", "Commander Douglas Wetherby"
    elif words[first].lower() in lowered("force_units.txt"):
        kind = "ORG"  # "Polresta Bandung" is the police, not the place
    return first, last, kind


def _person_bounds(doc: Doc, first: int, last: int, tagged: Mapping[int, Span]) -> int:
    """Move a person span's start: "Camat Sibolangit Darwin" -> "Darwin", ", Mitra Salima"."""
    words = doc.words
    if last - first >= 3 and first > 0 and area_office(doc, first - 1):
        # the place of the office: a word never used alone, before one that is
        place, given = words[first], words[first + 1]
        alone = Counter(w for k, w in enumerate(words) if not first <= k < last)
        if alone[given] and not alone[place] and regional_office(doc, first - 1):
            return first + 1
        if any(
            w == place and k > 0 and not first <= k < last
            and area_office(doc, k - 1, acronyms=False)
            for k, w in enumerate(words)
        ):
            return first + 1  # "Bupati Gowa Adnan ..." beside "Kabupaten Gowa": the area
        if alone[given] and _tagged_place(words, place, tagged, range(first, last)):
            return first + 1  # "Bupati Samosir Parlindungan ..." beside "di Samosir": the area
    k = first - 1
    marker = balinese_marker(doc, first)
    if marker is not None:
        return marker  # "Bendesa Adat Kuta I" + "Ketut Sudarsana": the gender marker opens it
    if (
        k > 0
        and (words[k - 1].lower(), words[k].lower()) in BALINESE_OPENERS
        and words[k - 1][:1].isupper()
        and words[k][:1].isupper()
    ):
        return k - 1  # "AKBP Ida Bagus" + "Dharma Wirawan": the caste name opens the name
    if (
        k >= 0
        and (words[k].lower(), words[first].lower()) in BALINESE_OPENERS
        and words[k][:1].isupper()
    ):
        return k  # "Anak" + "Agung Ngurah Sastrawan"
    if (
        k >= 0
        and words[k].lower() in lowered("name_prefixes.txt")
        and words[k][:1].isupper()
        and not (words[k].lower() == "lalu" and doc.sentence_start(k))
    ):  # "Lalu" = then
        while (
            k > 0
            and doc.words[k - 1].lower() in lowered("name_prefixes.txt")
            and words[k - 1][:1].isupper()
        ):
            k -= 1  # "La" + "Ode" + "Haerun Saleh": a prefix of two words
        return k  # "Habib" + "Husein Alattas", "Gubernur NTB Lalu" + "Samsul Hadi"
    if given_name_before(doc, k, first, tagged):
        return k  # "Penyanyi Laras" + "Ayu Pramesti" beside "Kuasa hukum Laras"
    if (
        k > 0
        and k not in tagged
        and words[k - 1] == ","
        and _name_like(doc, k)
        and doc.sentence_of[k] == doc.sentence_of[first]
        and not words[k].isupper()
    ):
        return k  # "juru bicara UNHCR di Jakarta, Mitra Salima Suryono"
    return first


def _tagged_place(words: list[str], place: str, tagged: Mapping[int, Span], span: range) -> bool:
    """Tell whether a word is tagged as a place on its own outside a span ("di Samosir")."""
    return any(
        w == place and k in tagged and tagged[k].type == "LOC" and k not in span
        for k, w in enumerate(words)
    )


def _person_context(doc: Doc, first: int, last: int) -> bool:
    """Tell whether an untyped name is a person by its context: an age or a speech verb."""
    words = doc.words
    surface = doc.joined(first, last)
    if (
        surface in doc.aliases
        or surface.lower() in doc.lex.places
        or words[first].lower() in doc.lex.org_heads
        or words[first].lower() in doc.lex.loc_cues
        or not all(w[:1].isupper() and not w.isupper() for w in words[first:last])
    ):
        return False
    age = words[last : last + 3]
    if (
        len(age) == 3
        and age[0] == "("
        and age[2] == ")"
        and age[1].isdigit()
        and MIN_AGE <= int(age[1]) <= MAX_AGE
    ):
        return True
    return first > 0 and words[first - 1].lower() in speech_verbs()


def _inside_org_name(doc: Doc, first: int, tagged: Container[int]) -> bool:
    """Tell whether a person span continues a capitalised common word ("Kelompok Tani ...")."""
    k = first - 1
    if k <= 0 or k in tagged or doc.sentence_start(k):
        return False
    word = doc.words[k]
    lower = word.lower()
    if doc.words[k - 1].lower() in doc.titles and any(
        w == word and j != k and not doc.sentence_start(j) for j, w in enumerate(doc.words)
    ):
        # "pelatih Persis Bambang ..." beside "atas Persis Solo": the title's club, named
        # capitalised elsewhere too
        return False
    return (
        word[:1].isupper()
        and word.isalpha()
        and not word.isupper()
        and doc.is_common(k)
        and lower not in doc.titles
        and lower not in lowered_for_use("honorifics.tsv", "person")
        and lower not in lowered("span_connectives.txt")
        and lower not in lowered("name_prefixes.txt")
        and doc.words[k - 1][:1].isalpha()
    )


def _name_like(doc: Doc, k: int) -> bool:
    """Tell whether a capitalised word could open a person's name."""
    word = doc.words[k]
    lower = word.lower()
    return (
        word[:1].isupper()
        and word.isalpha()
        and lower not in doc.titles
        and lower not in lowered("span_connectives.txt")
        and lower not in doc.lex.not_names
        and lower not in lowered("not_person_heads.txt")
        and not doc.known_word(word)
    )


def _holder_word(doc: Doc, span: Span) -> bool:
    """Tell whether an org span's last word opens the person name right after it."""
    if span.last - span.first < 2:
        return False
    head = doc.joined(span.first, span.last - 1)
    words = doc.words
    word = words[span.last - 1]
    last_head = words[span.last - 2]
    return (
        (
            head in doc.aliases or head.isupper() or last_head in entries("roman_numerals.txt")
        )  # "Komisi IX Ratna"
        and word[:1].isupper()
        and not word.isupper()
        and not doc.is_common(span.last - 1)
        and not doc.known_word(word)
        # "KPU Margaluyu" again elsewhere, or "Kabupaten Agam" beside "BPBD Agam": the
        # office's area, not the holder's first name
        and not any(
            w == word
            and (
                (words[j - 1] == last_head and len(last_head) > 1)  # Balinese "I"
                or words[j - 1].lower() in doc.lex.loc_cues
            )
            for j, w in enumerate(words)
            if j != span.last - 1 and j > 0
        )
    )


def _split_org_holder(doc: Doc, spans: list[Span]) -> list[Span]:
    """Split "Kepala [Dinas Kesehatan Sukamaju Wulan] Dari": the office, then its holder."""
    words = doc.words
    tagged = tagged_map(spans)
    out: list[Span] = []
    for span in spans:
        end = span.last
        if span.type == "ORG":
            while (
                end < len(words)
                and words[end][:1].isupper()
                and words[end][:1].isalpha()
                and end not in tagged
                and doc.sentence_of[end] == doc.sentence_of[span.first]
            ):
                end += 1
        if (
            span.type == "ORG"
            and end > span.last
            and span.last - span.first >= 3
            and span.first > 0
            and words[span.first - 1].lower() in doc.titles
            and words[span.first].lower() in doc.lex.org_heads
            and words[span.last - 1] not in doc.aliases
            and not words[span.last - 1].isupper()  # "Lakpesdam PWNU" + "DKI Jakarta", "IV"
        ):
            out.append(Span(span.first, span.last - 1, "ORG"))
            out.append(Span(span.last - 1, end, "PERSON"))
        else:
            out.append(span)
    return out
