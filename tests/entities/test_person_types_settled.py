"""Mentions of one name the tagger typed apart settle on a person when the text shows one: an
honorific before a mention, a holder named in apposition after an office and alone later
(fictional text)."""

from __future__ import annotations

from kabar.entities.candidates import Candidate
from kabar.entities.doc import Doc
from kabar.entities.lexicon import lexicon
from kabar.entities.names import name_parts
from kabar.entities.ner import tokenize
from kabar.entities.settle import settle_types


def _settled(body: str, spans: list[tuple[str, int, str]]) -> list[str]:
    """Settle candidates given as (text, occurrence, type); return their types."""
    tokens = tokenize(body)
    doc = Doc(body, tokens, lexicon(), [0] * len(tokens))
    cands = []
    for text, nth, kind in spans:
        start = -1
        for _ in range(nth + 1):
            start = body.index(text, start + 1)
        first = next(k for k, t in enumerate(tokens) if t[1] == start)
        parts = name_parts(text.split())
        cands.append(Candidate(first, first + len(text.split()), kind, None, parts))
    return [c.type for c in settle_types(doc, cands)]


def test_an_honorific_before_a_mention_breaks_a_tie_for_a_person() -> None:
    """ "Pawang gajah, Karsidi," (tagged a place) and "ujar Pak Karsidi": one person."""
    body = (
        'Pawang gajah, Karsidi, menggiring kawanan itu. "Gajah jinak lebih sabar," '
        "ujar Pak Karsidi."
    )
    types = _settled(body, [("Karsidi", 0, "LOC"), ("Karsidi", 1, "PERSON")])
    assert types == ["PERSON", "PERSON"]


def test_a_holder_in_apposition_after_an_office_is_the_person_named_alone_later() -> None:
    body = (
        "Kepala Suku Dinas Perhubungan Kota Sukamaju, Bernadus Simbolon, mengatakan penertiban "
        'dimulai pekan depan. "Kami tertibkan semua titik," ujar Bernadus.'
    )
    types = _settled(body, [("Bernadus Simbolon", 0, "ORG"), ("Bernadus", 1, "PERSON")])
    assert types == ["PERSON", "PERSON"]


def test_a_company_in_apposition_after_an_org_noun_stays_a_company() -> None:
    body = (
        "Perusahaan baterai asal Korea, Hanbit Energy Solution, membangun pabrik. Pemerintah "
        "memberi insentif kepada Hanbit."
    )
    types = _settled(body, [("Hanbit Energy Solution", 0, "ORG"), ("Hanbit", 1, "PERSON")])
    assert types[0] == "ORG"


def test_a_name_after_an_honorific_opening_a_phrase_is_a_person() -> None:
    """ "Nyi Ratna Sari Dewanti" after "dan": tagged an organisation, addressed as a person."""
    from kabar.entities.ner import Span
    from kabar.entities.retype import retype

    body = "Pergelaran menampilkan sinden Nyi Sekar Wulan dan Nyi Ratna Sari Dewanti malam itu."
    tokens = tokenize(body)
    doc = Doc(body, tokens, lexicon(), [0] * len(tokens))
    first = next(k for k, t in enumerate(tokens) if t[1] == body.index("Nyi Ratna"))
    [span] = retype(doc, [Span(first, first + 4, "ORG")])
    assert span.type == "PERSON"


def test_an_honorific_inside_a_shop_name_does_not_make_a_person() -> None:
    from kabar.entities.ner import Span
    from kabar.entities.retype import retype

    body = "Perhiasan itu dibeli di Toko Mas Sinar Jaya pekan lalu."
    tokens = tokenize(body)
    doc = Doc(body, tokens, lexicon(), [0] * len(tokens))
    first = next(k for k, t in enumerate(tokens) if t[1] == body.index("Sinar"))
    [span] = retype(doc, [Span(first, first + 2, "ORG")])
    assert span.type == "ORG"


def test_hakim_inside_a_name_is_a_word_of_the_name() -> None:
    """ "Lukman Hakim Saifuddin" is one person, not "Lukman" and "Saifuddin"; a judge's title
    before a name stays a title."""
    from kabar.entities import find_entities

    body = (
        "Wali Kota Tanjungsari, Ridwan Hakim Pratama, meninjau pasar. Ridwan mengatakan pasar "
        "akan direnovasi. Ketua Majelis Hakim Eko Prasetyo membacakan putusan."
    )
    people = {e.name for e in find_entities(body) if e.type == "PERSON"}
    assert "Ridwan Hakim Pratama" in people
    assert "Eko Prasetyo" in people
