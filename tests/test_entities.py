"""Entities: recognition and alias resolution on the seeds and on hand-written sentences."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.clean import clean
from kabar.entities import find_entities, merge_entities
from kabar.entities.resolve import canonical_name, name_key
from kabar.ingest import read_file
from kabar.models import Entity, Mention

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
WEEKDAYS_AND_MONTHS = {
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
}


def seed_bodies() -> dict[str, str]:
    """Return the cleaned body of every seed, by file name."""
    return {p.name: clean(read_file(p)[0]).body for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="module")
def seeds() -> dict[str, tuple[str, tuple[Entity, ...]]]:
    """Return each seed's body and entities."""
    return {name: (body, find_entities(body)) for name, body in seed_bodies().items()}


def holders(entities: tuple[Entity, ...], surface: str, kind: str = "PERSON") -> list[Entity]:
    """Return the entities of a type that carry a surface form (by name key) among aliases."""
    key = name_key(surface)
    return [e for e in entities if e.type == kind and key in {name_key(a) for a in e.aliases}]


def by_name(entities: tuple[Entity, ...], name: str) -> Entity:
    """Return the one entity with this canonical name."""
    found = [e for e in entities if e.name == name]
    assert len(found) == 1, (name, [e.name for e in entities])
    return found[0]


# -- seeds -------------------------------------------------------------------------------------

EXPECTED_PEOPLE = {
    "Kim Jong Un": ("000", "001", "002", "003", "004"),
    "Vladimir Putin": ("000", "001", "002", "003", "004"),
    "Kim Yo Jong": ("000",),
    "Kim Myong Sik": ("000",),
    "Adrienne Watson": ("001",),
    "Dmitry Peskov": ("003",),
    "Matthew Miller": ("003",),
}


@pytest.mark.parametrize("person", sorted(EXPECTED_PEOPLE))
def test_seed_people_found_under_one_name(seeds, person: str) -> None:
    """Every expected person is one PERSON entity in each seed that names them."""
    last_word = person.split()[-1]
    for name, (_, entities) in seeds.items():
        if not name.startswith(EXPECTED_PEOPLE[person]):
            continue
        full = holders(entities, person)
        # articles that never spell the full name still hold one entity for the surname
        found = full or holders(entities, last_word if last_word != "Un" else "Kim")
        assert len(found) == 1, (name, person, [(e.name, e.aliases) for e in entities])
        if full:
            assert name_key(found[0].name) == name_key(person)


def test_seed_kim_variants_are_one_person(seeds) -> None:
    """Spaced, hyphenated, glued, typo and bare forms of Kim Jong Un join one entity."""
    _, entities = seeds["003_5cf35b922198673e.txt"]
    kim = holders(entities, "Kim Jong-un")
    assert len(kim) == 1
    assert {"Kim Jong-un", "Kim Jong-n", "Kim"} <= set(kim[0].aliases)
    assert not [e for e in entities if e.name == "Kim Jong-n"]
    _, first = seeds["000_f257479377a8c4ee.txt"]
    kim0 = by_name(first, "Kim Jong Un")
    assert "Kim" in kim0.aliases and kim0.count >= 6


def test_seed_bare_kim_goes_to_the_leader(seeds) -> None:
    """Bare "Kim" after Kim Yo Jong and Kim Myong Sik still means Kim Jong Un (salience)."""
    body, entities = seeds["000_f257479377a8c4ee.txt"]
    leader = by_name(entities, "Kim Jong Un")
    sister = by_name(entities, "Kim Yo Jong")
    admiral = by_name(entities, "Kim Myong Sik")
    assert sister.count == 1 and admiral.count == 1
    handshake = body.index("Kim dan Presiden Putin berjabat")
    assert any(m.start == handshake and m.text == "Kim" for m in leader.mentions)


def test_seed_titles_are_not_names(seeds) -> None:
    """ "Presiden Putin" is Putin; "Laksamana Kim Myong Sik" is Kim Myong Sik."""
    for _, entities in seeds.values():
        for e in entities:
            if e.type == "PERSON":
                for alias in e.aliases:
                    assert alias.split()[0].lower() not in {"presiden", "laksamana", "juru"}, e
    _, entities = seeds["000_f257479377a8c4ee.txt"]
    assert by_name(entities, "Vladimir Putin").count >= 6


def test_seed_pak_as_surname(seeds) -> None:
    """ "Pak Thae Song, ketua komite ..." keeps Pak: the apposition supports a full name."""
    _, entities = seeds["000_f257479377a8c4ee.txt"]
    assert by_name(entities, "Pak Thae Song").type == "PERSON"


def test_seed_no_bogus_people(seeds) -> None:
    """No person named with a typo, from boilerplate (Prabowo) or after a weekday or month."""
    for name, (_, entities) in seeds.items():
        for e in entities:
            if e.type != "PERSON":
                continue
            assert e.name != "Kim Jong-n", name
            assert "Prabowo" not in e.name, name
            assert not set(e.name.lower().split()) & WEEKDAYS_AND_MONTHS, (name, e.name)


def test_seed_north_korea_aliases(seeds) -> None:
    """Korea Utara, Korut, DPRK and the official long name are one place."""
    _, entities = seeds["004_584f42e7cb252a71.txt"]
    korea = holders(entities, "Korut", "LOC")
    assert len(korea) == 1 and korea[0].name == "Korea Utara"
    assert "Korea Utara" in korea[0].aliases
    _, entities = seeds["001_306443942499aacb.txt"]
    korea = holders(entities, "DPRK", "LOC")
    assert len(korea) == 1
    assert {"Korea Utara", "Republik Rakyat Demokratik Korea"} <= set(korea[0].aliases)


def test_seed_defined_acronym(seeds) -> None:
    """NADA, defined in brackets after its long form, is an alias of that organisation."""
    _, entities = seeds["003_5cf35b922198673e.txt"]
    nada = by_name(entities, "Badan Pengembangan Dirgantara Nasional")
    assert nada.type == "ORG" and "NADA" in nada.aliases


def test_seed_mentions_index_the_body(seeds) -> None:
    """Every mention's offsets cut its text out of the body, and counts match mentions."""
    for body, entities in seeds.values():
        for e in entities:
            assert e.count == len(e.mentions)
            for m in e.mentions:
                assert body[m.start : m.end] == m.text
                assert m.type == e.type


def test_seed_story_merge(seeds) -> None:
    """Across the five seeds Kim Jong Un and Putin are one entity each, counts summed."""
    lists = [entities for _, entities in seeds.values()]
    merged = merge_entities(lists)
    kims = [e for e in merged if e.type == "PERSON" and "Kim Jong-un" in e.aliases]
    assert len(kims) == 1 and kims[0].name == "Kim Jong Un"
    total = sum(
        e.count
        for es in lists
        for e in es
        if e.type == "PERSON" and "Kim" in e.aliases and name_key(e.name).startswith("kimjong")
    )
    assert kims[0].count == total
    putins = [e for e in merged if e.type == "PERSON" and "Putin" in e.aliases]
    assert len(putins) == 1 and putins[0].name == "Vladimir Putin"


# -- hand-written sentences (fictional people) -------------------------------------------------


def entity_of(entities: tuple[Entity, ...], surface: str) -> Entity:
    """Return the one entity holding a surface form."""
    found = [e for e in entities if surface in e.aliases]
    assert len(found) == 1, (surface, [(e.name, e.aliases) for e in entities])
    return found[0]


def test_titles_and_bare_surname() -> None:
    """A title is dropped and the bare surname later joins the full name."""
    body = (
        "Gubernur Jawa Tengah Haryanto Wibisono meresmikan jembatan baru di Kabupaten Blora, "
        "Selasa (4/3/2025).\n\nMenurut Haryanto, jembatan itu dibangun dengan dana daerah. "
        '"Warga tidak perlu lagi memutar jauh," kata Gubernur Haryanto.'
    )
    entities = find_entities(body)
    person = entity_of(entities, "Haryanto Wibisono")
    assert person.type == "PERSON" and person.name == "Haryanto Wibisono"
    assert person.count == 3 and "Haryanto" in person.aliases
    assert all(not a.startswith("Gubernur") for a in person.aliases)
    assert not [e for e in entities if e.name in {"Selasa", "Gubernur"}]


def test_military_rank_is_not_part_of_name() -> None:
    """ "Letjen TNI" before a name is a title, not a name."""
    body = (
        "Panglima Komando Daerah Militer itu, Letjen TNI Bagus Santoso, meninjau lokasi banjir. "
        "Bagus Santoso meminta prajurit membantu warga mengungsi."
    )
    entities = find_entities(body)
    person = entity_of(entities, "Bagus Santoso")
    assert person.name == "Bagus Santoso" and person.count == 2
    assert not [a for e in entities for a in e.aliases if a.startswith(("Letjen", "TNI Bagus"))]


def test_hyphen_and_glued_variants_and_typo() -> None:
    """Hyphenated, glued and one-letter-typo spellings of a name join one entity."""
    body = (
        "Pemimpin partai oposisi Korea Selatan, Park Min Jae, mengkritik anggaran pertahanan.\n\n"
        "Park Min-jae menyebut anggaran itu terlalu besar. ParkMinJae juga meminta audit.\n\n"
        "Park Min-je menambahkan bahwa partainya akan menolak rancangan itu."
    )
    entities = find_entities(body)
    park = entity_of(entities, "Park Min-jae")
    assert park.name == "Park Min Jae"
    assert {"Park Min Jae", "ParkMinJae", "Park Min-je"} <= set(park.aliases)
    assert park.count == 4


def test_ambiguous_surname_goes_to_the_salient_person() -> None:
    """Bare "Lee" goes to the person named in the same sentence, else to the most mentioned."""
    body = (
        "Menteri Luar Negeri Lee Sung Ho tiba di Jakarta, Senin. Lee Sung Ho bertemu "
        "Menteri Luar Negeri Indonesia.\n\nIa didampingi istrinya, Lee Hana.\n\n"
        "Lee mengatakan kerja sama kedua negara akan diperluas."
    )
    entities = find_entities(body)
    minister = entity_of(entities, "Lee Sung Ho")
    wife = entity_of(entities, "Lee Hana")
    assert minister.count == 3 and wife.count == 1
    last = body.rindex("Lee mengatakan")
    assert any(m.start == last for m in minister.mentions)


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


def test_honorific_pak_and_bu_are_dropped() -> None:
    """ "Pak" and "Bu" before a name in running text are honorifics."""
    body = (
        "Warga Desa Sukamaju menyambut Bu Ratna Kusuma yang datang membawa bantuan. "
        '"Terima kasih, Pak Darmo," ujar Ratna Kusuma kepada kepala desa Darmo Sutejo.'
    )
    entities = find_entities(body)
    ratna = entity_of(entities, "Ratna Kusuma")
    assert ratna.count == 2
    assert all(not a.startswith("Bu ") for a in ratna.aliases)


def test_empty_body() -> None:
    """An empty body has no entities."""
    assert find_entities("") == ()
    assert find_entities("   \n\n ") == ()


# -- merging and canonical names ---------------------------------------------------------------


def ent(name: str, kind: str, aliases: tuple[str, ...], count: int) -> Entity:
    """Build an entity without mentions."""
    return Entity(name, kind, aliases, count, ())


def test_merge_by_key_and_by_alias() -> None:
    """Same key or name-as-alias merges; counts add; aliases unite; types stay apart."""
    a = [
        ent("Kim Jong-un", "PERSON", ("Kim", "Kim Jong-un"), 4),
        ent("Korut", "LOC", ("Korut",), 1),
    ]
    b = [
        ent("Kim Jong Un", "PERSON", ("Kim Jong Un", "KimJongUn"), 3),
        ent("Korea Utara", "LOC", ("Korea Utara", "Korut"), 5),
    ]
    c = [
        ent("Putin", "PERSON", ("Putin",), 2),
        ent("Vladimir Putin", "PERSON", ("Putin", "Vladimir Putin"), 6),
        ent("Putin", "ORG", ("Putin",), 1),
    ]
    merged = merge_entities([a, b, c])
    kim = entity_of(merged, "KimJongUn")
    assert kim.name == "Kim Jong Un" and kim.count == 7
    assert {"Kim", "Kim Jong-un", "Kim Jong Un"} <= set(kim.aliases)
    korea = entity_of(merged, "Korea Utara")
    assert korea.count == 6 and korea.name == "Korea Utara"
    putin = [e for e in merged if e.type == "PERSON" and "Putin" in e.aliases]
    assert len(putin) == 1 and putin[0].name == "Vladimir Putin" and putin[0].count == 8
    assert [e for e in merged if e.type == "ORG"] == [ent("Putin", "ORG", ("Putin",), 1)]


def test_merge_nothing() -> None:
    """Merging no lists gives no entities."""
    assert merge_entities([]) == ()
    assert merge_entities([[], []]) == ()


def test_canonical_name_rule() -> None:
    """Fullest form, unglued, fewest hyphens, then most used."""
    assert canonical_name(["Kim", "Kim Jong-un", "Kim Jong-un", "Kim Jong Un"]) == "Kim Jong Un"
    assert canonical_name(["KimJongUn", "Kim Jong-un"]) == "Kim Jong-un"
    assert canonical_name(["Putin", "Vladimir Putin", "Putin"]) == "Vladimir Putin"
    assert canonical_name(["Kim Jong-n", "Kim Jong-un", "Kim Jong-un"]) == "Kim Jong-un"


def test_mention_type_is_entity_type() -> None:
    """Mention values carry exact text and offsets."""
    body = "Presiden Ratna Anggraini membuka pameran di Surabaya."
    entities = find_entities(body)
    person = entity_of(entities, "Ratna Anggraini")
    assert person.mentions == (Mention("Ratna Anggraini", 9, 24, "PERSON"),)
    assert entity_of(entities, "Surabaya").type == "LOC"


def test_import_does_not_load_the_model() -> None:
    """Importing kabar and its entities package leaves the CRF unopened."""
    code = (
        "import sys, kabar, kabar.entities, kabar.pipeline, kabar.cli\n"
        "assert 'pycrfsuite' not in sys.modules, 'model loaded at import'\n"
        "assert 'kabar.entities.ner' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_nickname_in_brackets_joins_the_person() -> None:
    """"Joko Santosa (Josan)" makes the nickname an alias of the person, not an organisation."""
    body = (
        "Mantan Wali Kota Surakarta Joko Santosa (Josan) hadir dalam acara itu. "
        "Josan mengatakan dirinya hanya datang sebagai undangan. Menurut Joko Santosa, "
        "acara itu penting bagi warga."
    )
    entities = find_entities(body)
    person = entity_of(entities, "Josan")
    assert person.type == "PERSON" and person.name == "Joko Santosa"
    assert person.count == 4


def test_degree_after_name_is_dropped() -> None:
    """Academic degrees after a name ("SH", "MSi") are not part of it."""
    body = (
        "Kuasa hukum warga, Rahmat Hidayat SH, menyatakan akan menggugat keputusan itu. "
        "Rahmat Hidayat menilai keputusan tersebut cacat prosedur."
    )
    entities = find_entities(body)
    person = entity_of(entities, "Rahmat Hidayat")
    assert person.count == 2 and not [a for a in person.aliases if a.endswith("SH")]


def test_glued_name_alone_is_spaced_in_canonical() -> None:
    """A name seen only glued ("LinaMarlina") is named with spaces."""
    assert canonical_name(["LinaMarlina"]) == "Lina Marlina"
    assert canonical_name(["KPK"]) == "KPK"


WORDS = ["Kim", "Jong-un", "Presiden", "Putin", "Korut", "(", ")", "NADA", "Badan", "Pak",
         "kata", "di", "Jakarta", ",", ".", "\n\n", "Rabu", "AS", "KimJongUn", "Sinta"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_mentions_always_index_the_body(words: list[str]) -> None:
    """Whatever the text, mentions cut their own text out of the body and counts add up."""
    body = " ".join(words)
    for e in find_entities(body):
        assert e.count == len(e.mentions) > 0
        assert e.name in e.aliases
        for m in e.mentions:
            assert body[m.start : m.end] == m.text and m.text in e.aliases


def test_rank_inside_span_and_alias_before_name() -> None:
    """A rank inside a tagged name ends what came before; "Gedung Putih <name>" is two."""
    body = (
        "Kapolda Metro Jaya Irjen Pol Darmawan Sulistyo mengatakan pelaku sudah ditangkap. "
        "\"Pelaku kami tangkap di Bekasi,\" ujar Darmawan.\n\n"
        "Juru bicara Gedung Putih Karen Whitfield menolak berkomentar."
    )
    entities = find_entities(body)
    police = entity_of(entities, "Darmawan Sulistyo")
    assert police.name == "Darmawan Sulistyo" and police.count == 2
    assert not [a for e in entities for a in e.aliases if "Irjen" in a or "Jaya Irjen" in a]
    spokes = [e for e in entities if e.type == "PERSON" and "Whitfield" in e.name]
    assert len(spokes) == 1 and spokes[0].name == "Karen Whitfield"
    assert entity_of(entities, "Gedung Putih").type == "ORG"


def test_nickname_after_atau_joins_the_person() -> None:
    """"Bambang Haryono atau Bahar" and later "Bahar" are one person named Bambang Haryono."""
    body = (
        "Pengusaha kopi asal Temanggung, Bambang Haryono atau Bahar, membuka kedai baru di "
        "Semarang. Bahar mengatakan kedai itu mempekerjakan 20 warga sekitar.\n\n"
        "Kepala desa setempat, Sri Wahyuni yang akrab disapa Yuni, menyambut baik rencana itu. "
        "Menurut Yuni, warga sudah lama menunggu lapangan kerja."
    )
    entities = find_entities(body)
    bahar = entity_of(entities, "Bahar")
    assert bahar.name == "Bambang Haryono" and bahar.type == "PERSON" and bahar.count == 3
    yuni = entity_of(entities, "Yuni")
    assert yuni.name == "Sri Wahyuni" and yuni.count == 3


def test_same_name_takes_the_majority_type() -> None:
    """A name tagged as a place twice and as a person once is one place."""
    body = (
        "Rombongan tiba di Kosmodrom Vostochny pada pagi hari. Kosmodrom Vostochny adalah "
        "pelabuhan antariksa terbaru. Mereka berkeliling Kosmodrom Vostochny selama tiga jam."
    )
    entities = find_entities(body)
    found = [e for e in entities if "Vostochny" in e.name]
    assert len(found) == 1 and found[0].count == 3


def test_weekdays_months_and_titles_are_never_entities() -> None:
    """Dates and bare titles are no entity of any type."""
    body = (
        "Senin (3/2/2025), Menteri Keuangan Wulan Pratiwi hadir di Jakarta. Pada Februari, "
        "Wulan Pratiwi juga berkunjung ke Medan. Rabu pagi, Presiden menerima laporannya."
    )
    entities = find_entities(body)
    names = {e.name.lower() for e in entities}
    assert not names & (WEEKDAYS_AND_MONTHS | {"presiden", "menteri"})
    assert entity_of(entities, "Wulan Pratiwi").count == 2


def test_merge_bare_surname_does_not_chain_two_people() -> None:
    """"Kim" held by two people joins the more mentioned one; the two stay apart."""
    merged = merge_entities([
        [ent("Kim Jong Un", "PERSON", ("Kim", "Kim Jong Un"), 9)],
        [ent("Kim", "PERSON", ("Kim",), 2)],
        [ent("Kim Yo Jong", "PERSON", ("Kim", "Kim Yo Jong"), 3)],
    ])
    people = {e.name: e for e in merged}
    assert set(people) == {"Kim Jong Un", "Kim Yo Jong"}
    assert people["Kim Jong Un"].count == 11 and people["Kim Yo Jong"].count == 3


# -- round 2: ranks, offices, connectives, organisations, datelines, public figures ------------


def persons(body: str) -> dict[str, Entity]:
    """Return the PERSON entities of a body by canonical name."""
    return {e.name: e for e in find_entities(body) if e.type == "PERSON"}


def named(body: str, kind: str) -> dict[str, Entity]:
    """Return the entities of one type by canonical name."""
    return {e.name: e for e in find_entities(body) if e.type == kind}


RANKS_AND_OFFICES = [
    "AKBP",
    "Kombes Pol",
    "Kompol",
    "AKP",
    "Iptu",
    "Ipda",
    "Aiptu",
    "Bripka",
    "Brigjen Pol",
    "Irjen Pol",
    "Komjen Pol",
    "Letjen TNI",
    "Mayjen TNI",
    "Kolonel Inf",
    "Letkol",
    "Kapten",
    "Serka",
    "Laksamana",
    "Marsekal",
    "Mendikbudristek",
    "Menkeu",
    "Menkes",
    "Mendagri",
    "Menlu",
    "Menhan",
    "Wamenlu",
    "Kapolri Jenderal Pol",
    "Kapolda Sukamaju Irjen Pol",
    "Kapolres Metro Sukamaju Kota Kombes Pol",
    "Pangdam",
    "Dandim",
    "Kajati",
    "Kasatreskrim",
    "Plt",
    "Dirut",
    "Sekjen",
    "Kadis",
    "Prof. Dr.",
    "Dr.",
    "Ir.",
    "Drs.",
    "Hj.",
    "Pak",
    "Bu",
]


@pytest.mark.parametrize("prefix", RANKS_AND_OFFICES)
def test_ranks_offices_and_honorifics_are_not_in_names(prefix: str) -> None:
    """ "Kombes Pol Anggoro Tri Lestanto" is the person Anggoro Tri Lestanto."""
    body = (
        f"Dalam keterangan kepada wartawan di Jakarta, {prefix} Anggoro Tri Lestanto mengatakan "
        "bahwa seluruh pihak diminta menahan diri. Anggoro menambahkan, pemeriksaan saksi akan "
        "dilanjutkan pekan depan."
    )
    found = persons(body)
    assert "Anggoro Tri Lestanto" in found, (prefix, list(found))
    assert found["Anggoro Tri Lestanto"].count == 2
    first_words = {alias.split()[0] for e in found.values() for alias in e.aliases}
    assert not first_words & set(prefix.replace(".", "").split()), (prefix, list(found))


def test_split_rank_name_is_one_person() -> None:
    """ "Brigjen Pol Wisnu" + "Aji Pratama" from the tagger is one person, and "Wisnu" joins."""
    body = (
        "Sementara itu, Pelaksana Tugas Deputi Penindakan dan Eksekusi KPK Brigjen Pol Wisnu "
        "Aji Pratama sebelumnya menyebut sebagian konsesi berada di kawasan hutan lindung. "
        "Wisnu menilai kasus ini menunjukkan kerugian yang tidak hanya soal uang negara."
    )
    found = persons(body)
    assert set(found) == {"Wisnu Aji Pratama"}, list(found)
    assert found["Wisnu Aji Pratama"].count == 2


def test_office_then_holder_is_split() -> None:
    """ "Kepala Dinas Kesehatan Sukamaju Wulan Dari": ORG then PERSON, not one name."""
    body = (
        "Kepala Dinas Kesehatan Sukamaju Wulan Dari mengatakan bahwa stok vaksin di seluruh "
        "puskesmas masih mencukupi kebutuhan warga hingga akhir tahun ini."
    )
    entities = find_entities(body)
    kinds = {e.name: e.type for e in entities}
    assert kinds.get("Dinas Kesehatan Sukamaju") == "ORG", kinds
    assert kinds.get("Wulan Dari") == "PERSON", kinds
    assert not [n for n in kinds if "Sukamaju Wulan" in n], kinds


def test_acronym_office_then_holder_is_split() -> None:
    """ "Kemenhub Taufik Hidayatullah" and "Kepala BRPN Lestari ..." give the holder whole."""
    body = (
        "Direktur Jenderal Perkeretaapian Kemenhub Sutrisno Adiwangsa menyatakan bahwa tim survei "
        "gabungan akan menyusuri seluruh koridor utara. Kepala BRPN Lestari Kusumadewi hadir "
        "langsung di sawah bersama para petani penggarap."
    )
    found = persons(body)
    assert {"Sutrisno Adiwangsa", "Lestari Kusumadewi"} <= set(found), list(found)
    orgs = named(body, "ORG")
    assert "Kementerian Perhubungan" in orgs and "Kemenhub" in orgs["Kementerian Perhubungan"].aliases


@pytest.mark.parametrize(
    "connective",
    ["Adapun", "Sementara", "Namun", "Menurut", "Sedangkan", "Bahkan", "Selain", "Kemudian",
     "Saat", "Ketika"],
)
def test_connectives_never_start_a_name(connective: str) -> None:
    """ "Adapun Rusdan" is Rusdan, who is Rusdan Halimi named before."""
    body = (
        "KPK menahan Kepala Dinas Pertambangan Sukamaju Rusdan Halimi selama 20 hari pertama. "
        f"{connective} Rusdan disangkakan menerima suap dari pengusaha tambang setempat."
    )
    found = persons(body)
    assert list(found) == ["Rusdan Halimi"], list(found)
    assert found["Rusdan Halimi"].count == 2


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
    [("Kemenhub", "Kementerian Perhubungan"), ("Kemenkes", "Kementerian Kesehatan"),
     ("Kemenkeu", "Kementerian Keuangan"), ("Kemendagri", "Kementerian Dalam Negeri"),
     ("Kementan", "Kementerian Pertanian"), ("KLHK", "Kementerian Lingkungan Hidup dan Kehutanan"),
     ("BMKG", "Badan Meteorologi, Klimatologi, dan Geofisika"), ("OJK", "Otoritas Jasa Keuangan"),
     ("Basarnas", "Badan Nasional Pencarian dan Pertolongan"), ("PLN", "PT PLN (Persero)")],
)
def test_known_agency_abbreviations(short: str, full: str) -> None:
    """Ministry and agency abbreviations resolve to their full names."""
    body = f"Pejabat {short} menyatakan bahwa bantuan akan tiba di lokasi pada Selasa pagi."
    entity = [e for e in find_entities(body) if short in e.aliases]
    assert entity and entity[0].name == full, [(e.name, e.aliases) for e in find_entities(body)]


def test_dateline_caps_initials_and_sasak_honorific() -> None:
    """ "BEKASI" folds to "Bekasi"; "berinisial AS" is no country; "Inaq Sarmi" is a person."""
    body = (
        "BEKASI - Polisi menangkap seorang pria berinisial AS (34) di Bekasi Utara, Kota Bekasi, "
        "Jawa Barat. Di tempat lain, warga Desa Sekotong Barat, Lombok Barat, Inaq Sarmi, "
        "mengaku harus berjalan dua kilometer untuk mengambil air."
    )
    entities = find_entities(body)
    names = {e.name: e.type for e in entities}
    assert "BEKASI" not in names and not [e for e in entities if e.name.isupper() and len(e.name) > 3]
    assert "Amerika Serikat" not in names, names
    assert "Barat" not in names, names
    sasak = [e for e in entities if "Inaq Sarmi" in e.aliases or e.name == "Sarmi"]
    assert sasak and sasak[0].type == "PERSON", names


def test_only_dateline_caps_is_title_cased() -> None:
    """A place spelled only in the all-caps dateline still gets its usual spelling."""
    body = "BEKASI - Banjir merendam ratusan rumah warga sejak Senin malam."
    assert "Bekasi" in named(body, "LOC") or "Bekasi" in {e.name for e in find_entities(body)}


def test_streets_and_storms_are_not_people() -> None:
    """ "Jalan Ahmad Yani" is a street and "Topan Shanshan" a storm, not persons."""
    body = (
        "Sebanyak 600 pedagang dipindahkan ke lahan parkir Jalan Ahmad Yani. Sementara itu, "
        "pemerintah Jepang mengevakuasi warga menjelang datangnya Topan Shanshan."
    )
    assert persons(body) == {}, list(persons(body))


def test_public_figures_get_their_full_name() -> None:
    """An article that says only "Putin", "Jokowi" or "Kim Jong-un" gets the full names."""
    body = (
        "Presiden Putin menerima kunjungan Kim Jong-un di Vladivostok. Di Jakarta, Presiden "
        "Jokowi meminta para menteri memantau dampak pertemuan itu terhadap kawasan."
    )
    found = persons(body)
    assert {"Vladimir Putin", "Kim Jong Un", "Joko Widodo"} <= set(found), list(found)
    assert "Kim Jong-un" in found["Kim Jong Un"].aliases


def test_public_figure_list_never_overrides_the_text() -> None:
    """A bare surname that another person in the article bears stays with that person."""
    body = (
        "Warga Sukamaju, Diana Putin, melaporkan kehilangan sepeda motor. \"Saya parkir di depan "
        "rumah,\" kata Putin kepada polisi."
    )
    found = persons(body)
    assert "Diana Putin" in found and "Vladimir Putin" not in found, list(found)
    assert found["Diana Putin"].count == 2


def test_seeds_spell_kim_and_putin_the_same(seeds) -> None:
    """Every seed names Kim Jong Un and Vladimir Putin with one spelling, hyphen or not."""
    for name, (_, entities) in seeds.items():
        names = {e.name for e in entities if e.type == "PERSON"}
        assert {"Kim Jong Un", "Vladimir Putin"} <= names, (name, names)


def test_place_after_regional_office_and_name_after_comma() -> None:
    """ "Camat Sukaraja Darmin Ginting" is Darmin Ginting; ", Mitra Sarasvati" keeps "Mitra"."""
    body = (
        "Camat Sukaraja Darmin Ginting mengatakan jembatan itu dibangun tahun lalu. Darmin "
        "menambahkan, warga sudah lama menunggu. \"Mereka sudah berminggu-minggu di laut,\" ujar "
        "juru bicara lembaga itu di Jakarta, Mitra Sarasvati Hanum."
    )
    found = persons(body)
    assert set(found) == {"Darmin Ginting", "Mitra Sarasvati Hanum"}, list(found)
    assert found["Darmin Ginting"].count == 2


def test_street_repeat_and_numbered_school_are_not_people() -> None:
    """ "di Adi Sucipto" after "Jalan Adi Sucipto" is the street; "SDN Melati Putih 03" a school."""
    body = (
        "Pemerintah kota menguji coba hari bebas kendaraan di Jalan Raden Sudarsono mulai Minggu. "
        "\"Kalau warga antusias, kegiatan di Raden Sudarsono akan permanen,\" ujarnya. Kepala SDN "
        "Melati Putih 03, Sri Handayani, mengatakan murid-murid ikut senam pagi."
    )
    found = persons(body)
    assert set(found) == {"Sri Handayani"}, list(found)
    street = named(body, "LOC")["Jalan Raden Sudarsono"]
    assert street.count == 2


def test_merge_company_with_and_without_legal_form() -> None:
    """Across articles, "PT Sinar Laut Abadi" and "Sinar Laut Abadi" merge under the PT form."""
    a = Entity("PT Sinar Laut Abadi", "ORG", ("PT Sinar Laut Abadi",), 2)
    b = Entity("Sinar Laut Abadi", "ORG", ("Sinar Laut Abadi",), 3)
    c = Entity("BEKASI", "LOC", ("BEKASI",), 1)
    d = Entity("Bekasi", "LOC", ("Bekasi",), 1)
    merged = {e.name: e for e in merge_entities([[a, c], [b, d]])}
    assert set(merged) == {"PT Sinar Laut Abadi", "Bekasi"}, list(merged)
    assert merged["PT Sinar Laut Abadi"].count == 5


def test_age_and_speech_verb_make_a_person_and_ranks_leave_units() -> None:
    """ "Sumarni (52)" and "kata Sumarni" are a person; units lose the ranks around them."""
    body = (
        "Seorang pedagang, Sumarni (52), mengatakan harga cabai naik dua kali lipat. \"Biasanya "
        "saya ambil satu kuintal,\" kata Sumarni. Kasat Reskrim Polres Metro Bekasi AKBP Yogi "
        "Harsono mengatakan, gudang itu sudah beroperasi. Kasatlantas Polresta Bandung Kompol "
        "Teguh Wiryawan mengatakan polisi berjaga di setiap simpang."
    )
    entities = {e.name: e for e in find_entities(body)}
    assert entities["Sumarni"].type == "PERSON" and entities["Sumarni"].count == 2
    assert entities["Polres Metro Bekasi"].type == "ORG", list(entities)
    assert entities["Polresta Bandung"].type == "ORG", list(entities)
    people = {n for n, e in entities.items() if e.type == "PERSON"}
    assert people == {"Sumarni", "Yogi Harsono", "Teguh Wiryawan"}, people


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Dosen hukum pidana, Dr. Ratna Wijaya, S.H., M.H., menilai putusan itu keliru.",
         "Ratna Wijaya"),
        ("Ketua panitia Ratna Wijaya S.Kom menilai acara berjalan lancar.", "Ratna Wijaya"),
        ("Prof. Ir. Bambang Wirawan, M.Sc., Ph.D. menjadi pembicara utama.", "Bambang Wirawan"),
        ("Pengasuh pondok pesantren KH Ahmad Fauzi meminta santri tetap tenang.", "Ahmad Fauzi"),
        ("Petugas medis dr. Sinta Maharani menyebut korban mengalami luka ringan.",
         "Sinta Maharani"),
        ("Mbak Sari Lestari, pedagang sayur, mengaku omzetnya turun.", "Sari Lestari"),
        ("Wali Kota Surabaya Erwin Cahyono meninjau lokasi banjir pada Senin pagi.",
         "Erwin Cahyono"),
        ("Plt Kepala Dinas Pendidikan Sukamaju, Joko Pranoto, menyebut sekolah diliburkan.",
         "Joko Pranoto"),
        ("Habib Husein Alattas memimpin doa bersama. Husein meminta jamaah tenang.",
         "Habib Husein Alattas"),
        ("Teuku Mahfud Syah dan Cut Nyak Aisyah hadir di pendopo.", "Teuku Mahfud Syah"),
    ],
)
def test_degrees_and_honorifics_leave_the_name(sentence: str, person: str) -> None:
    """Degrees and honorifics are dropped (Habib, Teuku, Cut stay); degrees are no entities."""
    entities = find_entities(sentence)
    people = {e.name for e in entities if e.type == "PERSON"}
    assert person in people, people
    assert not [e for e in entities if e.type != "PERSON" and "." in e.name], entities


def test_brands_and_exclamations_are_not_people() -> None:
    """Well-known brands are organisations and a quoted "Aduh" is nobody."""
    body = (
        "Microsoft dan Huawei sama-sama menyiapkan laptop baru tahun ini. \"Aduh, mahal sekali,\" "
        "kata Ningsih Rahayu, seorang mahasiswa, saat melihat daftar harga."
    )
    entities = {e.name: e.type for e in find_entities(body)}
    assert entities.get("Microsoft") == "ORG" and entities.get("Huawei") == "ORG", entities
    assert {n for n, k in entities.items() if k == "PERSON"} == {"Ningsih Rahayu"}, entities


def test_names_stop_at_line_breaks_and_lone_commas() -> None:
    """A name never runs across a paragraph break; commas join only a list ending in "dan"."""
    body = (
        "Pelatih Ardiansyah Wirabuana\n\nBantul Jaya menang dua gol tanpa balas. Ketua asosiasi "
        "itu, Gapensi, Gabungan Pengusaha Sepatu Indonesia (GPSI), menolak aturan baru."
    )
    entities = find_entities(body)
    assert not [e for e in entities if "\n" in e.name or "\n" in "".join(e.aliases)], entities
    assert "Ardiansyah Wirabuana" in {e.name for e in entities if e.type == "PERSON"}
    gpsi = [e for e in entities if "GPSI" in e.aliases]
    assert gpsi and gpsi[0].name == "Gabungan Pengusaha Sepatu Indonesia", entities


def test_merge_shorter_full_name_joins_the_one_longer_name() -> None:
    """ "Wisnu Aji" of one article joins "Wisnu Aji Pratama" of another, unless ambiguous."""
    a = Entity("Wisnu Aji Pratama", "PERSON", ("Wisnu", "Wisnu Aji Pratama"), 3)
    b = Entity("Wisnu Aji", "PERSON", ("Wisnu Aji",), 1)
    merged = {e.name: e for e in merge_entities([[a], [b]])}
    assert set(merged) == {"Wisnu Aji Pratama"} and merged["Wisnu Aji Pratama"].count == 4
    c = Entity("Wisnu Aji Santoso", "PERSON", ("Wisnu Aji Santoso",), 2)
    merged = {e.name for e in merge_entities([[a], [b], [c]])}
    assert merged == {"Wisnu Aji Pratama", "Wisnu Aji", "Wisnu Aji Santoso"}


def test_org_tails_group_names_and_countries_are_not_people() -> None:
    """ "Hanbit Rail Systems", "Kelompok Tani Sri Rejeki" and "Burkina Faso" are no persons."""
    body = (
        "Rombongan menteri bertemu direksi Sinar Mandala Systems di Seoul. Ketua Kelompok Tani "
        "Sri Rejeki Desa Sukamulya, Warsito, mengatakan benih sudah dipesan. Krisis pangan juga "
        "melanda Burkina Faso, Chad, dan Niger."
    )
    entities = {e.name: e.type for e in find_entities(body)}
    assert {n for n, k in entities.items() if k == "PERSON"} == {"Warsito"}, entities
    assert entities.get("Burkina Faso") == "LOC" and entities.get("Chad") == "LOC", entities


def test_sasak_lalu_is_part_of_a_name_but_not_then() -> None:
    """ "Gubernur NTB Lalu Samsudin Hakim" keeps Lalu; a sentence-opening "Lalu" means "then"."""
    body = (
        "Gubernur NTB Lalu Samsudin Hakim meminta bantuan air bersih dipercepat. Lalu Samsudin "
        "meninjau sumur warga di Desa Sekotong Tengah."
    )
    found = persons(body)
    assert set(found) == {"Lalu Samsudin Hakim"}, list(found)
    assert found["Lalu Samsudin Hakim"].count == 2


def test_name_prefix_joins_the_tagged_name_and_places_are_not_people() -> None:
    """ "Kombes Raden Prasetyo Adi Wibowo" is one person; a dateline city is a place."""
    body = (
        "Jakarta, CNN Indonesia -- \"Pelaku sudah kami tahan,\" ujar Kabid Humas Polda Metro Jaya "
        "Kombes Raden Prasetyo Adi Wibowo di Mapolda Metro Jaya, Rabu. Adi menambahkan, "
        "penyidik masih memeriksa saksi."
    )
    found = persons(body)
    assert set(found) == {"Raden Prasetyo Adi Wibowo"}, list(found)
    assert found["Raden Prasetyo Adi Wibowo"].count == 2
