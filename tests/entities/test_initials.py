"""Entities, initials: anonymised suspects name nobody unless the article names them in full."""

from __future__ import annotations

from entities.helpers import holder, person_names
from kabar.entities import find_entities


def test_initials_the_article_spells_out_join_the_named_person() -> None:
    text = (
        "Polisi menangkap seorang perempuan berinisial RA (34) yang diduga menjadi bandar "
        "arisan. Kuasa hukum para korban, Dodi Marpaung, menyebut nama tersangka Rara "
        'Anggraini. "Rara harus bertanggung jawab," kata Dodi. Penyidik masih memeriksa RA.'
    )
    found = find_entities(text)
    assert person_names(found) == {"Rara Anggraini", "Dodi Marpaung"}, person_names(found)
    rara = holder(found, "Rara Anggraini")
    assert "RA" in rara.aliases
    assert len([m for m in rara.mentions if m.text == "RA"]) == 2


def test_initials_of_no_named_person_or_of_two_stay_nobody() -> None:
    """ "AW" could be Agus Wibowo or Ani Wulandari: initials join no one on a guess."""
    text = (
        "Dua tersangka berinisial AW (41) dan JT (30) ditahan. Kapolres AKBP Agus Wibowo "
        "menyebut korban, Ani Wulandari, mengalami luka ringan."
    )
    found = find_entities(text)
    assert person_names(found) == {"Agus Wibowo", "Ani Wulandari"}, person_names(found)
    assert all("AW" not in e.aliases for e in found)


def test_capitals_without_a_cue_are_no_one_s_initials() -> None:
    """ "BPK" after "Kepala" is an office, not the initials of Budi Purnomo Kusuma."""
    text = "Kepala BPK Budi Purnomo Kusuma mengatakan audit selesai. BPK akan melapor ke DPR."
    found = find_entities(text)
    assert all("BPK" not in e.aliases for e in found if e.type == "PERSON")
