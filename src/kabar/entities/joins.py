"""Join the pieces of one name the tagger split: patronymics, Batak "br", Minang adat titles.

Rules:
- Arabic "bin"/"binti" and Batak "br"/"boru" link a given name to the father's or clan name:
  "Abdurrahman bin Salim Baraja", "Siti Maemunah binti Dulkarim", "Desi Natalia br Manurung"
  are one person each, whether the tagger found both halves or only one;
- a Minang adat title ("Dt." = Datuak/Datuk) inside a name is part of it: "Syafrizal Dt.
  Bandaro Putiah" is one person, not "Syafrizal Dt" and "Bandaro Putiah";
- an untagged run of name words opened or closed by a word the tagger calls a person alone
  after a speech verb or title elsewhere is that person's full name ("Wakil Menteri Kesehatan
  Cornelia Manuputty ... kata Cornelia");
- capitalised words before a nickname cue ("Tjoa Kian Bing atau yang akrab disapa Koh Bing")
  or after a speech verb and ending in a word of a person found elsewhere ("ujar Kian Bing")
  are a person, even when a word is also a common word ("kian"); so is one untagged name
  word after a speech verb ("ujar Laras,");
- a place or organisation span of plain name words right before a person span in an
  apposition opens that person's name (", Gusti Muhammad" + "Yasin Noor");
- the untagged partner of a doubles pair ("Zhao Yunpeng/Mei Haoran") and a Korean name of a
  one-syllable surname ("Oh Tae-gyun") are people.
"""

from __future__ import annotations

import re

from kabar.entities.doc import Doc
from kabar.entities.lexicon import speech_verbs
from kabar.entities.namewords import gap, name_word
from kabar.entities.ner import Span, tagged_map
from kabar.lexicon import for_use, lowered

# Most words of a name whose opening words the tagger read as a place ("Gusti Muhammad Yasin
# Noor"); longer runs are menus and titles of works.
MAX_OPENED_NAME = 4
# Words that link a given name to a father's (Arabic) or clan (Batak) name.
LINKS = frozenset("bin binti bt br boru".split())
# Most untagged name words taken on either side of a link.
MAX_SIDE = 3
# Most words of a name read before a nickname cue or after a speech verb.
MAX_RUN = 4
# Shortest word read as the short form of a longer name word ("Laras" of "Larasati").
MIN_SHORT = 4
# Words that open a nickname cue; a cheap test before the pattern.
CUE_WORDS = frozenset("atau alias yang akrab biasa kerap".split())
# Korean names: a one-syllable surname ("Oh", "Yeom", "Ha") and a hyphenated two-syllable
# given name with a lower-case second syllable ("Tae-gyun", "Seon-mi").
_KOREAN_SURNAME = re.compile(r"[A-Z][a-z]{0,3}")
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,5}")
# A nickname introduced right after a full name ("..., atau yang akrab disapa Koh Bing").
_NICKNAME_CUE = re.compile(
    r"\s*,?\s+(?:alias|(?:atau\s+)?(?:yang\s+)?(?:akrab|biasa|kerap)\s+"
    r"(?:disapa|dipanggil))\s+[A-Z\"“]"
)


def join_pieces(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return the spans with the pieces of linked names joined (see module)."""
    spans = _known_given_runs(doc, _partners(doc, _cued_runs(doc, _opened_names(doc, spans))))
    spans = sorted(spans, key=lambda s: s.first)
    out: list[Span] = []
    starts = {s.first: s for s in spans}
    for span in spans:
        if out and out[-1].type == "PERSON" and out[-1].last > span.first:
            if span.last > out[-1].last:  # a piece the joined name already took part of
                out[-1] = Span(out[-1].first, span.last, "PERSON")
            continue
        if span.type != "PERSON":
            out.append(span)
            continue
        first = _left(doc, span.first, out)
        if first < span.first and out and out[-1].last > first:
            out.pop()  # "Siti Maemunah" + "binti" + this span: one person
        out.append(Span(first, _right(doc, span.last, starts), "PERSON"))
    return out


def _opened_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Join a place or organisation span of name words to the person span right after it,
    in an apposition: "Kepala Dinas ..., [Gusti Muhammad] [Yasin Noor], mengatakan" is one
    name whose opening words the tagger read as a place."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.first):
        prev = out[-1] if out else None
        if (
            prev is not None
            and span.type == "PERSON"
            and prev.type != "PERSON"
            and prev.last == span.first
            and prev.first > 0
            and doc.words[prev.first - 1] == ","
            and _apposition_closed(doc, span.last)
            and span.last - prev.first <= MAX_OPENED_NAME
            and all(_opening_word(doc, k) for k in range(prev.first, prev.last))
        ):
            out[-1] = Span(prev.first, span.last, "PERSON")
            continue
        out.append(span)
    return out


def _apposition_closed(doc: Doc, end: int) -> bool:
    """Tell whether a comma and a lower-case word follow token ``end`` (", mengatakan"): the
    apposition closes on its verb, where an item of a list runs on into the next name."""
    after = doc.words[end : end + 2]
    return len(after) == 2 and after[0] == "," and after[1][:1].islower()


def _opening_word(doc: Doc, k: int) -> bool:
    """Tell whether token k may open a person's name read as a place: a capitalised word, no
    title, common, place or organisation word ("Gusti", the Banjar noble's, is one)."""
    word = doc.words[k]
    return (
        word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and word.lower() not in doc.titles
        and not doc.is_common(k)
        and not doc.known_word(word)
    )


def _link_at(doc: Doc, k: int) -> int:
    """Return how many tokens a link at token k takes (0 when none): "bin", "Dt", "Dt ."."""
    words = doc.words
    if k <= 0 or k >= len(words) or gap(doc, k):
        return 0
    lower = words[k].lower()
    if lower in LINKS and words[k][:1].islower():
        return 1
    if lower in lowered("adat_titles.txt") and words[k][:1].isupper():
        return 2 if words[k + 1 : k + 2] == ["."] else 1
    return 0


def _right(doc: Doc, last: int, starts: dict[int, Span]) -> int:
    """Return where a person name ending at ``last`` ends once links after it are followed."""
    words = doc.words
    while True:
        size = _link_at(doc, last)
        if not size and last > 0 and words[last - 1].lower() in lowered("adat_titles.txt"):
            size = 1 if words[last : last + 1] == ["."] else 0  # "Syafrizal Dt" + "." + name
        if not size:
            return last
        k = last + size
        other = starts.get(k)
        if other is not None and other.type in ("PERSON", "ORG", "LOC") and not gap(doc, k):
            if other.type != "PERSON" and not all(
                name_word(doc, j, True) for j in range(other.first, other.last)
            ):
                return last
            last = other.last
            continue
        end = k
        while end - k < MAX_SIDE and end not in starts and name_word(doc, end):
            end += 1
        if end == k:
            return last
        last = end


def _left(doc: Doc, first: int, before: list[Span]) -> int:
    """Return where a person name starting at ``first`` starts once a link before it is
    followed ("Abdurrahman" + "bin" + "Salim Baraja")."""
    words = doc.words
    k = first - 1
    if k <= 0 or words[k].lower() not in LINKS or not words[k][:1].islower() or gap(doc, first):
        return first
    prev = before[-1] if before else None
    if prev is not None and prev.last == k:
        if prev.type == "PERSON" or all(
            name_word(doc, j, True) for j in range(prev.first, prev.last)
        ):
            return prev.first  # "Lamria" (read as a place) + "br" + "Sitorus": one person
        return first
    start = k
    while (
        start > 0
        and k - start < MAX_SIDE
        and not gap(doc, start)
        and name_word(doc, start - 1)  # not "Putra Mahkota" of "... Mohammed bin Salman"
    ):
        start -= 1
    return start


def _known_given_runs(doc: Doc, spans: list[Span]) -> list[Span]:
    """Add untagged runs of name words opened ("Cornelia Manuputty") or closed ("Ramadhan
    Tuasikal") by a word tagged alone as a person elsewhere."""
    words = doc.words
    # words tagged alone as a person where the text says so: after a speech verb or a title
    alone = {
        words[s.first]
        for s in spans
        if s.type == "PERSON"
        and s.last - s.first == 1
        and s.first > 0
        and (words[s.first - 1] in speech_verbs() or words[s.first - 1].lower() in doc.titles)
    }
    if not alone:
        return spans
    tagged = tagged_map(spans)
    added: list[Span] = []
    taken = -1
    for k in doc.capitalised:
        if k <= taken or words[k] not in alone or k in tagged or doc.title_case(k):
            continue
        end = k + 1
        while end < len(words) and end not in tagged and not gap(doc, end) and name_word(doc, end):
            end += 1
        start = k
        if end == k + 1:
            while (
                start > 0
                and k - start < MAX_SIDE
                and start - 1 not in tagged
                and not gap(doc, start)
                and name_word(doc, start - 1)
            ):
                start -= 1
        if 2 <= end - start <= MAX_SIDE + 1 and start > taken:
            added.append(Span(start, end, "PERSON"))
            taken = end - 1
    return [*spans, *added] if added else spans


def _partners(doc: Doc, spans: list[Span]) -> list[Span]:
    """Add the untagged partner of a doubles pair ("Zhao Yunpeng/Mei Haoran") and Korean
    names of a one-syllable surname and a hyphenated given name ("Oh Tae-gyun")."""
    words = doc.words
    tagged = tagged_map(spans)
    added: list[Span] = []
    for span in spans:
        k = span.last + 1
        if (
            span.type == "PERSON"
            and words[span.last : span.last + 1] == ["/"]
            and k + 1 < len(words)
            and k not in tagged
            and words[k][:1].isupper()
            and words[k].isalpha()
            and name_word(doc, k + 1)
            and k + 1 not in tagged
        ):
            added.append(Span(k, k + 2, "PERSON"))  # "Mei" is a month, "Mei Haoran" a player
    hyphenated = [k for k in doc.capitalised if k > 0 and "-" in words[k]]
    for k in (j - 1 for j in hyphenated):
        if (
            k not in tagged
            and k + 1 not in tagged
            and _KOREAN_SURNAME.fullmatch(words[k])
            and _KOREAN_GIVEN.fullmatch(words[k + 1])
        ):
            added.append(Span(k, k + 2, "PERSON"))
    return sorted([*spans, *added], key=lambda s: s.first) if added else spans


def _plain_capitalised(doc: Doc, k: int) -> bool:
    """Tell whether token k is a capitalised plain word that may be part of a name."""
    word = doc.words[k]
    lower = word.lower()
    return (
        word[:1].isupper()
        and word.isalpha()
        and word[1:].islower()
        and lower not in doc.titles
        and lower not in lowered("span_connectives.txt")
        and lower not in doc.not_names
        and not doc.known_word(word)
    )


def _cued_runs(doc: Doc, spans: list[Span]) -> list[Span]:
    """Add untagged names before a nickname cue or after a speech verb (see module)."""
    words = doc.words
    tagged = tagged_map(spans)
    person_words = {
        w for s in spans if s.type == "PERSON" for w in words[s.first : s.last] if len(w) > 1
    }
    added: list[Span] = []
    cues = [] if CUE_WORDS.isdisjoint(words) else [k for k, w in enumerate(words) if w in CUE_WORDS]
    for cue in cues:
        last = cue - 2 if cue >= 2 and words[cue - 1] == "," else cue - 1
        if last < 0 or not _NICKNAME_CUE.match(doc.body, doc.tokens[last][2]):
            continue
        first = last + 1
        while (
            first > 0
            and last + 1 - first < MAX_RUN
            and first - 1 not in tagged
            and not gap(doc, first)
            and _plain_capitalised(doc, first - 1)
        ):
            first -= 1
        if last + 1 - first >= 2 and not doc.title_case(last):
            added.append(Span(first, last + 1, "PERSON"))
    verbs = (
        []
        if speech_verbs().isdisjoint(words)
        else [k for k, w in enumerate(words) if w in speech_verbs()]
    )  # lower case: "kata"
    for k in verbs:
        word = words[k]
        if k + 1 in tagged:
            continue
        end = k + 1
        while end < len(words) and end - k <= MAX_RUN and end not in tagged:
            if not _plain_capitalised(doc, end) or gap(doc, end):
                break
            end += 1
        if end - k - 1 >= 2 and words[end - 1] in person_words:
            added.append(Span(k + 1, end, "PERSON"))  # "ujar Kian Bing sambil tertawa"
        elif (
            end == k + 2
            # only the plain speech verbs, not those that are also common adverbs ("jelas",
            # "tambah", "sebut"), make one untagged name word after them a person
            and word in for_use("speech_verbs.tsv", "plain_name_cues")
            and not words[end][:1].isupper()  # "kata Seketaris MUI": an office
            and not doc.title_case(k + 1)
            and (name_word(doc, k + 1) or _shortens(words[k + 1], person_words))
        ):
            added.append(Span(k + 1, end, "PERSON"))  # "ujar Laras, sapaan akrabnya"
    return sorted([*spans, *added], key=lambda s: s.first) if added else spans


def _shortens(word: str, person_words: set[str]) -> bool:
    """Tell whether a word opens a longer word of a person's name ("Laras" of "Larasati")."""
    return len(word) >= MIN_SHORT and any(
        len(w) > len(word) and w.startswith(word) for w in person_words
    )
