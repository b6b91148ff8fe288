"""Credit lines: the people, agencies and outlet a byline or source line names."""

from __future__ import annotations

import pytest

from kabar.clean.credits import byline_names, byline_roles, read_credit


@pytest.mark.parametrize(
    ("line", "writers", "editors"),
    [
        ("Penulis : Rizky L Pratama Editor : Edy-A.-Putra", ["Rizky L Pratama"], ["Edy A. Putra"]),
        ("Reporter: Fadli Ramadhan | Editor: Laras Wulandari", ["Fadli Ramadhan"], ["Laras Wulandari"]),
        ("Oleh: Yohana Siregar dan Gilang Pradipta", ["Yohana Siregar", "Gilang Pradipta"], []),
        ("Laporan Wartawan Wartasolo.com, Gilang Pradipta", ["Gilang Pradipta"], []),
        ("Diadaptasi oleh Levi Saragih dan Tama Aditya", ["Levi Saragih", "Tama Aditya"], []),
        ("Fotografer: Andi Nugraha", [], []),
        ("Penulis: Budi Santoso, S.Sos", ["Budi Santoso"], []),
        ("Penulis Andi Wibowo | Editor Sari Lestari", ["Andi Wibowo"], ["Sari Lestari"]),
        ("Oleh: Rizky Pratama - detikNews", ["Rizky Pratama"], []),
        ("Rizky Adha Mahendra - detikNews", ["Rizky Adha Mahendra"], []),
        ("Rizky Adha Mahendra -detikNews", ["Rizky Adha Mahendra"], []),
        ("Rio Manik, Jurnalis · Kamis 11 Juli 2024 14:05 WIB", ["Rio Manik"], []),
        ("Theofilus Sucipto • 12 Agustus 2024 10:15", ["Theofilus Sucipto"], []),
        ("Market - Rendi Kusuma, CNBC Indonesia", ["Rendi Kusuma"], []),
        ("Penulis: Galih Aprilia | Senin, 12 Agustus 2024 10:15 WIB", ["Galih Aprilia"], []),
        ("Kontributor Malang, Andi Saputra", ["Andi Saputra"], []),
        ("Oleh Rahma Safitri", ["Rahma Safitri"], []),
        ("Penulis: Mei Lestari", ["Mei Lestari"], []),
        ("Reporter: Kezia Nadira | Editor: Johana K.", ["Kezia Nadira"], ["Johana K."]),
        ("Hiskia Andika | Galih Priatmojo", ["Hiskia Andika", "Galih Priatmojo"], []),
        ("tim tvOne - Sigit Pamungkas", ["Sigit Pamungkas"], []),
        ("Nadya Kurnia / WBP", ["Nadya Kurnia"], []),
        ("Sekar Ayuningtyas, Danu Prasetya Wirawan", ["Sekar Ayuningtyas", "Danu Prasetya Wirawan"], []),
        ("(Penulis: Lintang Maharani | Editor: Yosef Baskoro)", ["Lintang Maharani"], ["Yosef Baskoro"]),
        ("Rep: Nadia Puspa Kirana/ Red: Ardian Wicaksono", ["Nadia Puspa Kirana"], ["Ardian Wicaksono"]),
        ("Redaktur : Hamzah Fadillah", [], ["Hamzah Fadillah"]),
        ("Penyunting: Maya Kristanti", [], ["Maya Kristanti"]),
        # the writer unlabelled before a labelled editor
        ("Hendra Wijaya | Editor: Sapto Nugroho", ["Hendra Wijaya"], ["Sapto Nugroho"]),
        ("Rina Kusuma, Dedi Saputra | Editor: Yuda Pratama", ["Rina Kusuma", "Dedi Saputra"],
         ["Yuda Pratama"]),
        ("Diunggah oleh Rina Kusuma", ["Rina Kusuma"], []),  # a verb before the label
        # regional Tribun sites spell their domain with a hyphen
        ("Laporan Wartawan Tribun-Timur.com, Andi Saputra", ["Andi Saputra"], []),
    ],
)
def test_byline_roles(line: str, writers: list[str], editors: list[str]) -> None:
    """Bylines give writers and, apart, editors; photographers are neither."""
    assert byline_roles(line) == (writers, editors)
    assert byline_names(line) == writers


def test_wire_before_a_brand_is_a_source_not_a_writer() -> None:
    """"Antara -detikNews": the agency credited on an outlet's page is no person."""
    credit = read_credit("Antara -detikNews", "byline")
    assert (credit.people, credit.wires, credit.outlet) == ((), ("Antara",), "Detik")


def test_byline_credit_names_people_agencies_and_outlet() -> None:
    """A byline is read into its people, the agencies it credits and the outlet it ends with."""
    credit = read_credit("Reporter: Reuters | Editor: Ahmad Febrian", "byline")
    assert (credit.kind, credit.people, credit.wires, credit.outlet, credit.editors) == (
        "byline",
        (),
        ("Reuters",),
        None,
        ("Ahmad Febrian",),
    )
    credit = read_credit("Wulan Anggraini - detikFinance", "byline")
    assert credit.people == ("Wulan Anggraini",)
    assert credit.outlet == "Detik"


@pytest.mark.parametrize(
    ("line", "wires", "people"),
    [
        ("Sumber: AFP", ("AFP",), ()),
        ("Sumber : Associated Press", ("Associated Press",), ()),
        ("Sumber: BPS", (), ()),
        ("Sumber: Harian Sinar Pagi", ("Harian Sinar Pagi",), ()),
        ("Artikel ini telah tayang di wartapagi.com", ("wartapagi.com",), ()),
        (
            "Artikel ini telah tayang di Kompas.com dengan judul x, Penulis: Rina Sari | Editor: Dedi",
            ("Kompas",),
            ("Rina Sari",),
        ),
        ("Artikel ini bersumber dari pemberitaan di KONTAN dan KOMPAS.com", ("Kontan", "Kompas"), ()),
        ("Sebagian artikel ini telah tayang di Kompas.com dengan judul x", ("Kompas",), ()),
        ("sumber : Antara", ("Antara",), ()),
        ("• Siap.Viva.co.id : Budi/Reuters", ("Reuters",), ()),
        ("Artikel ini telah tayang di Tribun-Timur.com dengan judul x", ("Tribun Timur",), ()),
    ],
)
def test_source_credit_names_its_origin(
    line: str, wires: tuple[str, ...], people: tuple[str, ...]
) -> None:
    """A source line credits known agencies, unknown media, and a syndication's writers."""
    credit = read_credit(line, "source")
    assert credit.kind == "source"
    assert credit.wires == wires
    assert credit.people == people
    assert credit.outlet is None


@pytest.mark.parametrize(
    ("line", "wires"),
    [
        ("Antara berkontribusi dalam penulisan artikel ini.", ("Antara",)),
        ("Reuters turut berkontribusi dalam laporan ini.", ("Reuters",)),
        ("Nadia Kusuma berkontribusi untuk laporan ini.", ()),
    ],
)
def test_an_agency_contributing_is_a_source_a_person_is_not(
    line: str, wires: tuple[str, ...]
) -> None:
    """A contributor line credits an agency as the text's source; a person is neither source
    nor writer."""
    credit = read_credit(line, "contributor")
    assert (credit.wires, credit.people, credit.editors) == (wires, (), ())
