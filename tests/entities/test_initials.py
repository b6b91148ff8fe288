"""Entities, initials: anonymised suspects name nobody unless the article names them in full."""

from __future__ import annotations

from pathlib import Path

from entities.helpers import holder, person_names
from kabar.api import analyze, people
from kabar.entities import find_entities
from kabar.store import open_store


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


def test_initials_never_join_the_official_who_speaks_of_the_suspect() -> None:
    text = (
        "Kapolres AKBP Andi Saputra mengatakan tersangka berinisial AS (24) ditangkap di rumahnya. "
        '"AS sudah kami tahan," kata Andi Saputra.'
    )
    found = find_entities(text)
    assert person_names(found) == {"Andi Saputra"}, person_names(found)
    assert "AS" not in holder(found, "Andi Saputra").aliases


def test_capitals_without_a_cue_are_no_one_s_initials() -> None:
    """ "BPK" after "Kepala" is an office, not the initials of Budi Purnomo Kusuma."""
    text = "Kepala BPK Budi Purnomo Kusuma mengatakan audit selesai. BPK akan melapor ke DPR."
    found = find_entities(text)
    assert all("BPK" not in e.aliases for e in found if e.type == "PERSON")


def test_a_suspect_quoted_by_initials_keeps_the_words_but_gets_no_person(tmp_path: Path) -> None:
    """The quote keeps "DW" as its speaker text; no person in the article or the registry."""
    text = (
        "Polisi Tangkap Kurir Sabu di Bekasi\n\nBekasi - Polisi menangkap seorang kurir "
        "berinisial DW (29). Kasat Resnarkoba AKP Yoga Pratama mengatakan DW berperan sebagai "
        'kurir.\n\n"Saya cuma disuruh antar barang," kata DW saat konferensi pers.\n\n'
        '"DW mengaku dibayar Rp 2 juta," ujar Yoga.\n'
    )
    path = tmp_path / "kurir.txt"
    path.write_text(text, encoding="utf-8")
    with open_store(tmp_path / "k.db") as store:
        (article,) = analyze([str(path)], store).articles
        ids = {e.name: e.person_id for e in article.entities if e.type == "PERSON"}
        assert list(ids) == ["Yoga Pratama"] and ids["Yoga Pratama"]
        by_start = {q.text[:12]: q for q in article.quotes}
        suspect = by_start["Saya cuma di"]
        assert suspect.speaker == "DW" and suspect.person_id is None
        assert by_start["DW mengaku d"].speaker == "Yoga Pratama"
        assert [p.name for p in people(store)] == ["Yoga Pratama"]
