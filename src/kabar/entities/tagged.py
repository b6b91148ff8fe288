"""Keep the tagger's spans: repaired, split at known aliases and headline words, cleaned."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from kabar.entities.areas import areas_after_offices
from kabar.entities.candidates import Found, Resolution
from kabar.entities.cleaning import COMPASS, clean
from kabar.entities.doc import Doc
from kabar.entities.lexicon import Alias
from kabar.entities.namewords import name_word
from kabar.entities.ner import Span
from kabar.entities.repair import repair
from kabar.entities.retype import drop_things, list_siblings, retype
from kabar.entities.widen import widen
from kabar.lexicon import lowered, lowered_for_use

# Marks between the names of a byline or credit line ("Yosefina Damayanti | Dinda Rachmawati").
CREDIT_SEPARATORS = frozenset("| / , & ; dan".split())
# Most tokens of a credit line (four names of three words and their separators).
MAX_CREDIT_TOKENS = 16


def add_tagged(doc: Doc, found: Found, spans: Sequence[Span]) -> None:
    """Keep the cleaned tagger spans."""
    spans = widen(doc, list_siblings(doc, retype(doc, _drop_credit_lines(doc, spans))))
    spans = repair(doc, drop_things(doc, spans))  # again: widening may rebuild "lakon X"
    spans = areas_after_offices(doc, spans)
    words = doc.words
    titles = doc.titles
    person_words: set[str] = set()  # words opening a person name mid-sentence
    for span in spans:
        if span.type != "PERSON":
            continue
        k = span.first
        while k < span.last - 1 and words[k].lower() in titles:
            k += 1
        if not doc.sentence_start(k):
            person_words.add(words[k])
    expanded: list[Span] = []
    for span in spans:
        for piece in _alias_pieces(doc, span) or _alias_then_name(doc, span) or [span]:
            for part in _split_headline_person(doc, piece):
                if (
                    expanded
                    and part.type == "PERSON"
                    and expanded[-1].type == "PERSON"
                    and expanded[-1].last == part.first
                    and not doc.title_case(part.first)
                ):
                    # "Taufik" + "Hidayatullah": one name
                    part = Span(expanded.pop().first, part.last, "PERSON")
                expanded.append(part)
    for span in expanded:
        cand = clean(doc, _with_opening_name_word(doc, span, person_words), person_words)
        if cand is not None and found.free(cand.first, cand.last):
            found.add(cand)


def _with_opening_name_word(doc: Doc, span: Span, person_words: set[str]) -> Span:
    """Give a person span back the sentence-opening word the tagger left out of it when the
    body writes that word opening a person's name mid-sentence: "1. Putri Anindita Salsabila"
    of a numbered list, where "Putri" ("princess") is also a common word."""
    k = span.first - 1
    if (
        span.type == "PERSON"
        and k >= 0
        and doc.sentence_start(k)
        and doc.words[k] in person_words
        and doc.tokens[k][2] < doc.tokens[span.first][1]
        and doc.body[doc.tokens[k][2] : doc.tokens[span.first][1]].isspace()
    ):
        return Span(k, span.last, span.type)
    return span


def _drop_credit_lines(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """Drop the people of a line made only of names ("Yosefina Damayanti | Dinda Rachmawati"):
    a byline or photo credit the cleaner left, not someone the story names.

    Untagged words on the line must be name words too ("Kristina Wulandari | [Hendro ...]")."""
    words = doc.words
    people = [s for s in spans if s.type == "PERSON"]
    if not people:
        return list(spans)
    body = doc.body
    starts = [t[1] for t in doc.tokens]
    drop: set[Span] = set()
    lines: dict[int, list[Span]] = {}
    for span in people:
        line_start = body.rfind("\n", 0, starts[span.first]) + 1
        lines.setdefault(line_start, []).append(span)
    for line_start, inside in lines.items():
        line_end = body.find("\n", doc.tokens[inside[-1].last - 1][2])
        lo = bisect_left(starts, line_start)
        hi = bisect_left(starts, line_end) if line_end >= 0 else len(words)
        if hi - lo > MAX_CREDIT_TOKENS:
            continue  # a paragraph, not a credit line
        covered = {k for s in inside for k in range(s.first, s.last)}
        if all(
            words[k] in CREDIT_SEPARATORS
            or name_word(doc, k, headline=True)
            or (k in covered and not doc.is_common(k))
            for k in range(lo, hi)
        ):  # "Gary Cahill Minta Saran John Terry", a subheading, has common words
            drop.update(inside)
    return [s for s in spans if s not in drop]


def _alias_pieces(doc: Doc, span: Span) -> list[Span] | None:
    """Split a span made only of several known aliases ("Korea Utara Republik ... Korea")."""
    pieces: list[Span] = []
    i = span.first
    while i < span.last:
        for j in range(span.last, i, -1):
            alias = doc.aliases.get(doc.joined(i, j))
            if alias is not None:
                pieces.append(Span(i, j, alias.type))
                i = j
                break
        else:
            return None
    return pieces if len(pieces) > 1 else None


def _alias_then_name(doc: Doc, span: Span) -> list[Span] | None:
    """Split "Gedung Putih Karine Jean-Pierre": a known alias, then a person's name."""
    words = doc.words
    if span.type == "PERSON":
        return None
    if (
        words[span.first].lower() in lowered("company_forms.txt")
        and words[span.last : span.last + 1] == [","]
        and words[span.last + 1 : span.last + 2] != []
        and words[span.last + 1][:1].isupper()
    ):
        return None  # "PT Pertamina Patra Niaga, Benny ...": the company, then its officer
    for j in range(span.last - 2, span.first, -1):
        alias = doc.aliases.get(doc.joined(span.first, j))
        if alias is None and j == span.first + 1 and _office_acronym(doc, span):
            alias = Alias(words[span.first], words[span.first], span.type)
        if alias is None:
            continue
        if _area_name(doc, j, span.last):
            return None  # "BPBD Flores Timur": the office and the area it serves
        if all(
            words[k][:1].isupper() and not doc.is_common(k) and not doc.known_word(words[k])
            for k in range(j, span.last)
        ):
            return [Span(span.first, j, alias.type), Span(j, span.last, "PERSON")]
        return None
    return None


def _office_acronym(doc: Doc, span: Span) -> bool:
    """Tell whether a span opens with an unknown acronym after a title ("Kepala BRPN X")."""
    words = doc.words
    word = words[span.first]
    after = words[span.last] if span.last < len(words) else ""
    return (
        len(word) >= 2
        and word.isupper()
        and word.isalpha()
        and word.lower()
        not in lowered("company_forms.txt")  # "Direktur PT Melanton Pratama": a company
        and span.first > 0
        and words[span.first - 1].lower() in doc.titles
        and not after[:1].isdigit()  # "Kepala SDN Cempaka Putih 03": a numbered school
    )


def _split_headline_person(doc: Doc, span: Span) -> list[Span]:
    """Split a person span of a title-case line at common words and titles inside it; a word
    that names keep inside them ("Daeng" of "Lakeko Daeng Pasau") splits nothing."""
    if span.type != "PERSON" or span.last - span.first < 2 or not doc.title_case(span.last - 1):
        return [span]
    pieces: list[Span] = []
    start = span.first
    for k in range(span.first, span.last):
        word = doc.words[k]
        if k > span.first and (doc.is_common(k) or word.lower() in doc.strip_titles):
            rank = word.lower() in doc.titles and word.lower() not in lowered_for_use(
                "honorifics.tsv", "kinship"
            )
            if k > start and not rank:  # a name never runs into a rank ("Sukamaju AKBP")
                pieces.append(Span(start, k, span.type))
            start = k + 1
    if start < span.last:
        pieces.append(Span(start, span.last, span.type))
    return pieces


def tagged_names(state: Resolution) -> Resolution:
    """Pass: the tagger's spans, repaired, widened and cleaned into names."""
    found = state.working()
    add_tagged(state.doc, found, state.spans)
    return state.adding(found)


def _area_name(doc: Doc, first: int, last: int) -> bool:
    """Tell whether the words after an office's acronym name a place: a known one, or one whose
    last word is a compass point ("Flores Timur", "Sumba Barat"), which ends no person's name."""
    rest = doc.joined(first, last).lower()
    return rest in doc.lex.places or (last - first > 1 and doc.words[last - 1].lower() in COMPASS)
