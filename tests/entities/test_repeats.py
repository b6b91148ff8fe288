"""Entities, nicknames and untagged repeats of names found."""

from __future__ import annotations

from entities.helpers import (
    entity_of,
    holder,
    person_names,
    resolve_tagged,
)
from kabar.entities import find_entities


def test_nickname_in_brackets_joins_the_person() -> None:
    """ "Joko Santosa (Josan)" makes the nickname an alias of the person, not an organisation."""
    body = (
        "Mantan Wali Kota Surakarta Joko Santosa (Josan) hadir dalam acara itu. "
        "Josan mengatakan dirinya hanya datang sebagai undangan. Menurut Joko Santosa, "
        "acara itu penting bagi warga."
    )
    entities = find_entities(body)
    person = entity_of(entities, "Josan")
    assert person.type == "PERSON" and person.name == "Joko Santosa"
    assert person.count == 4


def test_nickname_after_atau_joins_the_person() -> None:
    """ "Bambang Haryono atau Bahar" and later "Bahar" are one person named Bambang Haryono."""
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


def test_quoted_nickname_refers_to_the_person_named_before() -> None:
    text = (
        "Gol kemenangan dicetak Bernardus Lumban Tobing pada menit ke-51. Bernardus mengaku gol "
        'itu paling berkesan. Gelandang yang akrab disapa "Si Bona" oleh suporter itu '
        "mendedikasikan golnya untuk ibunya."
    )
    found = find_entities(text)
    assert holder(found, "Si Bona").name == "Bernardus Lumban Tobing"


def test_nickname_after_an_honorific_joins_the_full_name() -> None:
    text = (
        "Menteri Sosial Syaiful Anwar Yusuf atau Gus Ipung meninjau dapur umum. Gus Ipung "
        "meminta bantuan segera disalurkan. Ipung juga menyapa para pengungsi."
    )
    found = find_entities(text)
    entity = holder(found, "Ipung")
    assert entity.name == "Syaiful Anwar Yusuf" and entity.count == 4
    assert "Gus" not in entity.aliases


def test_later_known_name_joins_the_founder() -> None:
    text = (
        "Toko itu didirikan oleh Oei Tjeng Swan, yang kemudian dikenal dengan nama Indonesia "
        "Hartono Setiadi. Kini usahanya dikelola cucunya."
    )
    found = resolve_tagged(text, [("Oei Tjeng Swan", "PERSON"), ("Hartono Setiadi", "PERSON")])
    assert person_names(found) == {"Oei Tjeng Swan"}
    assert "Hartono Setiadi" in holder(found, "Oei Tjeng Swan").aliases


def test_quoted_nickname_refers_to_the_name_right_before_it() -> None:
    text = (
        'Film "Laut Pulang" karya sutradara Gregorius Wisnu Harjanto menang. Harjanto, yang '
        'akrab disapa "Mas Greg" oleh para kru, tampak terharu. "Terima kasih Mas Greg," '
        "kata pemeran utamanya, Dewi Anggraini."
    )
    found = find_entities(text)
    assert holder(found, "Greg").name == "Gregorius Wisnu Harjanto"
    assert "Mas Greg" not in person_names(found)


def test_quoted_nickname_inside_a_full_name_is_left_out_of_it() -> None:
    text = (
        'Pelatih Persemal, Yohanes "Coach Yo" Rumengan, memuji anak asuhnya. '
        '"Mereka sabar," kata Rumengan dalam konferensi pers.'
    )
    found = find_entities(text)
    assert holder(found, "Rumengan").name == "Yohanes Rumengan"


def test_a_quoted_nickname_inside_a_name_is_an_alias_of_the_person() -> None:
    """'Fransiskus "Frengky" Leto' ... 'kata Frengky': one person, Fransiskus Leto."""
    text = (
        'Produser film, Fransiskus "Frengky" Leto, mengatakan syuting berlangsung sebulan. '
        '"Kami syuting di kampung," kata Frengky. Menurut Frengky, film tayang tahun depan.'
    )
    found = resolve_tagged(
        text,
        [
            ("Fransiskus", "PERSON"),
            ("Leto", "PERSON"),
            ("kata [Frengky]", "PERSON"),
            ("Menurut [Frengky]", "PERSON"),
        ],
    )
    persons = [e for e in found if e.type == "PERSON"]
    assert [e.name for e in persons] == ["Fransiskus Leto"]
    assert "Frengky" in persons[0].aliases


def test_a_two_word_name_given_after_akrab_disapa_joins_the_full_name() -> None:
    """'Tan Sioe Lim atau yang akrab disapa Hartono Tan' ... 'Hartono Tan menilai': one person."""
    text = (
        "Direktur Utama PT Sinar Abadi Tan Sioe Lim atau yang akrab disapa Hartono Tan "
        "mengatakan penjualan naik. Hartono Tan menilai daya beli mulai pulih."
    )
    found = resolve_tagged(
        text,
        [("Tan Sioe Lim", "PERSON"), ("Hartono Tan", "PERSON"), ("Hartono Tan", "PERSON")],
    )
    persons = [e for e in found if e.type == "PERSON"]
    assert [e.name for e in persons] == ["Tan Sioe Lim"]
    assert persons[0].count == 3


def test_a_name_after_dikenal_sebagai_joins_the_person_but_no_place_or_title() -> None:
    """'dikenal sebagai Hartono Tan' names the person before; 'dikenal sebagai Kota Pahlawan'
    and 'dikenal sebagai Jakarta kedua' name nobody."""
    text = (
        "Presiden Direktur PT Sinar Abadi, Tan Sioe Lim, yang di kalangan pedagang dikenal "
        "sebagai Hartono Tan, mengatakan penjualan naik. Hartono Tan menilai daya beli pulih. "
        "Surabaya dikenal sebagai Kota Pahlawan, kata Budi Santoso. Kota itu juga dikenal "
        "sebagai Jakarta kedua."
    )
    found = resolve_tagged(
        text,
        [
            ("Tan Sioe Lim", "PERSON"),
            ("Hartono Tan", "PERSON"),
            ("Hartono Tan", "PERSON"),
            ("Surabaya", "LOC"),
            ("Budi Santoso", "PERSON"),
            ("Jakarta", "LOC"),
        ],
    )
    persons = {e.name: e for e in found if e.type == "PERSON"}
    assert set(persons) == {"Tan Sioe Lim", "Budi Santoso"}
    assert persons["Tan Sioe Lim"].count == 3
    assert {e.name: e.type for e in found}["Jakarta"] == "LOC"


def test_a_referred_nickname_goes_to_the_name_that_holds_its_word() -> None:
    """ "yang akrab disapa Gus Mahendra" after a quoted theme ("Sarwa Sangkara") belongs to the
    mayor whose name holds "Mahendra", not to the last name-like run before it."""
    body = (
        "Wali Kota Denpasar Ngurah Bagus Mahendra saat membuka festival mengatakan festival "
        'tahun ini mengusung tema "Sarwa Sangkara" yang bermakna segala sesuatu tumbuh dari '
        'akar budaya.\n\n"Festival ini ruang bagi anak muda," kata Wali Kota yang akrab '
        "disapa Gus Mahendra itu."
    )
    entities = find_entities(body)
    assert holder(entities, "Mahendra").name.endswith("Bagus Mahendra")
    assert "Sarwa Sangkara" not in person_names(entities)


def test_a_name_others_call_the_person_by_joins_the_person() -> None:
    """ "biasa memanggil Sumarno dengan sebutan Pak Marno" makes "Pak Marno" Sumarno Hadi."""
    body = (
        "Sopir bus, Sumarno Hadi Wiyono (52), menyelamatkan belasan penumpang. Rekan-rekannya "
        "di pool biasa memanggil Sumarno dengan sebutan Pak Noy. Pak Noy sudah 11 tahun "
        "menjadi pramudi."
    )
    assert holder(find_entities(body), "Noy").name == "Sumarno Hadi Wiyono"
