"""Entities, dropping one-word people the text never names."""

from __future__ import annotations

from entities.helpers import (
    person_names,
    resolve_tagged,
)


def test_word_written_lower_case_elsewhere_is_no_person_at_a_sentence_start() -> None:
    text = (
        "Warga menggelar sangkep di balai banjar. Keputusan sangkep itu bulat. "
        "Sangkep ditutup dengan doa bersama."
    )
    found = resolve_tagged(text, [(". [Sangkep] ditutup", "PERSON")])
    assert person_names(found) == set()


def test_word_only_inside_quotes_is_no_person() -> None:
    text = (
        "\"Ini buat Emak. Kemarin beliau bilang, 'Emak nonton, jangan kalah!'\" ujar Rizal "
        'Ananda sambil tersenyum. "Nuwun sewu, saya terharu," katanya.'
    )
    found = resolve_tagged(
        text,
        [("Emak", "PERSON"), ("Emak", "PERSON"), ("Rizal Ananda", "PERSON"), ("Nuwun", "PERSON")],
    )
    assert person_names(found) == {"Rizal Ananda"}


def test_name_mid_sentence_inside_quotes_stays() -> None:
    text = '"Alexis bermain untuk kami, jadi Darmawan bilang dia bertahan," ujar Rudi Hartono.'
    found = resolve_tagged(text, [("Darmawan", "PERSON"), ("Rudi Hartono", "PERSON")])
    assert person_names(found) == {"Darmawan", "Rudi Hartono"}


def test_name_inside_quotes_after_an_honorific_stays() -> None:
    text = '"Bu Ratih sabar sekali mengajar kami," kata Dimas Saputra (11).'
    found = resolve_tagged(text, [("Ratih", "PERSON"), ("Dimas Saputra", "PERSON")])
    assert person_names(found) == {"Ratih", "Dimas Saputra"}
