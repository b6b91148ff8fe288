"""Entities, curated abbreviations and exonyms, and acronyms the text defines."""

from __future__ import annotations

import pytest

from entities.helpers import (
    entity_of,
    named,
)
from kabar.entities import find_entities


def test_defined_acronym_and_lexicon_abbreviations() -> None:
    """A bracketed acronym joins its long form; Korut and AS join their full names."""
    body = (
        "Lembaga Riset Kelautan Nusantara (LRKN) merilis data baru tentang suhu laut. "
        "Kepala LRKN, Sinta Maharani, mengatakan data itu dikumpulkan bersama peneliti AS.\n\n"
        "Menurut Sinta, Amerika Serikat dan Korut sama-sama tertarik pada data tersebut, "
        "sementara Korea Utara belum memberi tanggapan."
    )
    entities = find_entities(body)
    lrkn = entity_of(entities, "LRKN")
    assert lrkn.name == "Lembaga Riset Kelautan Nusantara" and lrkn.count == 3
    assert entity_of(entities, "AS").name == "Amerika Serikat"
    korea = entity_of(entities, "Korut")
    assert korea.name == "Korea Utara" and korea.count == 2 and korea.type == "LOC"
    assert entity_of(entities, "Sinta").name == "Sinta Maharani"


def test_company_forms_join_one_organisation() -> None:
    """ "PT Samudra ...", "Samudra ..." and "PT SKE" are one ORG named with its PT."""
    body = (
        "KPK menahan Direktur Utama PT Samudra Kencana Energi (SKE) Hendro Wasesa. Penyidik juga "
        "menggeledah kantor pusat PT SKE di Jakarta. Menurut penyidik, Samudra Kencana Energi "
        "sudah tiga kali mengurus izin yang sama."
    )
    orgs = named(body, "ORG")
    assert "PT Samudra Kencana Energi" in orgs, list(orgs)
    company = orgs["PT Samudra Kencana Energi"]
    assert {"SKE", "PT SKE", "Samudra Kencana Energi"} <= set(company.aliases)
    assert company.count == 4
    assert not [n for n in orgs if n in {"Samudra Kencana Energi", "PT SKE", "SKE"}]


def test_ministry_long_forms_and_comma_lists() -> None:
    """The ministry word belongs to the name, and a comma list before an acronym is one ORG."""
    body = (
        "Kementerian Energi dan Sumber Daya Mineral (ESDM) mencabut izin tambang itu. Di tempat "
        "lain, Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi (Kemendikbudristek) "
        "meminta sekolah menunda kegiatan. Kemendikbudristek juga menyiapkan bantuan."
    )
    orgs = named(body, "ORG")
    assert "ESDM" in orgs["Kementerian Energi dan Sumber Daya Mineral"].aliases, list(orgs)
    long_name = "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"
    assert orgs[long_name].count == 3 and "Kemendikbudristek" in orgs[long_name].aliases
    assert "Energi dan Sumber Daya Mineral" not in orgs and "Kementerian Pendidikan" not in orgs


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Kemenhub", "Kementerian Perhubungan"),
        ("Kemenkes", "Kementerian Kesehatan"),
        ("Kemenkeu", "Kementerian Keuangan"),
        ("Kemendagri", "Kementerian Dalam Negeri"),
        ("Kementan", "Kementerian Pertanian"),
        ("KLHK", "Kementerian Lingkungan Hidup dan Kehutanan"),
        ("BMKG", "Badan Meteorologi, Klimatologi, dan Geofisika"),
        ("OJK", "Otoritas Jasa Keuangan"),
        ("Basarnas", "Badan Nasional Pencarian dan Pertolongan"),
        ("PLN", "PT PLN (Persero)"),
    ],
)
def test_known_agency_abbreviations(short: str, full: str) -> None:
    """Ministry and agency abbreviations resolve to their full names."""
    body = f"Pejabat {short} menyatakan bahwa bantuan akan tiba di lokasi pada Selasa pagi."
    entity = [e for e in find_entities(body) if short in e.aliases]
    assert entity and entity[0].name == full, [(e.name, e.aliases) for e in find_entities(body)]


def test_directorate_heads_an_organisation() -> None:
    text = (
        "Data Ditjen Minerba mencatat produksi bijih naik tahun ini. Kepala Dinkes Kota "
        "Sukamaju Ratih Pramudita mengatakan kasus turun."
    )
    found = find_entities(text)
    assert not [e for e in found if e.type == "PERSON" and e.name.startswith(("Ditjen", "Dinkes"))]


def test_ministry_short_form_before_its_spokesman() -> None:
    text = (
        "Juru bicara Kemlu Rudi Sasmita Hadi mengatakan dua WNI yang ditahan di negara itu dalam "
        "kondisi baik dan mendapat pendampingan hukum."
    )
    found = find_entities(text)
    assert "Rudi Sasmita Hadi" in {e.name for e in found if e.type == "PERSON"}
    assert "Kementerian Luar Negeri" in {e.name for e in found if e.type == "ORG"}
