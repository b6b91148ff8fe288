"""Entities, the body as resolution reads it: title-case headlines."""

from __future__ import annotations

from entities.helpers import (
    holder,
    named,
    people,
)
from kabar.entities import find_entities


def test_only_dateline_caps_is_title_cased() -> None:
    """A place spelled only in the all-caps dateline still gets its usual spelling."""
    body = "BEKASI - Banjir merendam ratusan rumah warga sejak Senin malam."
    assert "Bekasi" in named(body, "LOC") or "Bekasi" in {e.name for e in find_entities(body)}


def test_long_office_sentence_is_prose_not_a_headline() -> None:
    text = (
        "Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Sumba Barat, Yohanes Bili Ratu, "
        "mengatakan pihaknya sudah mengusulkan 200 formasi baru. Yohanes menyebut usulan itu wajar."
    )
    assert "Yohanes Bili Ratu" in people(text)
    assert holder(find_entities(text), "Yohanes").name == "Yohanes Bili Ratu"


def test_shared_token_views_match_the_tokens() -> None:
    """The views several passes share are built from the tokens: a wrong offset map would pin
    acronyms and nicknames on the wrong words."""
    from kabar.entities.doc import Doc
    from kabar.entities.lexicon import lexicon
    from kabar.entities.ner import tokenize

    body = "Kepala Badan Riset Sukamaju (BRS) Rudi Hartono tiba. RUDI menyapa warga."
    tokens = tokenize(body)
    doc = Doc(body, tokens, lexicon(), [0] * len(tokens))
    assert doc.lowered == [w.lower() for w, _, _ in tokens]
    assert all(doc.tokens[k][1] == start for start, k in doc.token_starts.items())
    assert all(doc.tokens[k][2] == end for end, k in doc.token_ends.items())
    assert len(doc.token_starts) == len(doc.token_ends) == len(tokens)
