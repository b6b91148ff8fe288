"""Entities, grouping mentions into entities: keys, typos, short forms, nearness, salience."""

from __future__ import annotations

from entities.helpers import (
    entity_of,
    holder,
    person_names,
    resolve_tagged,
)
from kabar.entities import find_entities

BALI = (
    "Bendesa Adat Tenganan, I Made Gede Suarjana, mengatakan keputusan itu bulat. "
    '"Bukit itu tempat suci," ujar Made Suarjana. Perwakilan investor, Anak Agung Ngurah '
    'Bagus Wirapati, mengaku kecewa. "Kami ikuti prosedur," kata Gung Wirapati. Anggota DPRD, '
    'I Gusti Ayu Komang Sriwahyuni, meminta pemkab bijak. "Saya bawa aspirasi ini," ujar '
    "Gusti Ayu Sriwahyuni. Seorang pemuda, Komang Adi Saputra (24), mengaku lega. "
    '"Kami butuh pekerjaan," ucap Komang.'
)


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


def test_short_form_joins_the_one_longer_name_holding_its_words_in_order() -> None:
    text = (
        "Sekretaris Umum asosiasi, Rosalin Maria Tumbelaka-Rumengan, mengatakan pasokan bijih "
        'berkurang. "Kami terpaksa impor," kata Rosalin Tumbelaka kepada wartawan.'
    )
    found = find_entities(text)
    entity = holder(found, "Rosalin Tumbelaka")
    assert entity.name == "Rosalin Maria Tumbelaka-Rumengan"
    assert entity.count == 2


def test_short_form_with_two_possible_hosts_stays_apart() -> None:
    text = (
        "Rapat dihadiri Rosalin Maria Tumbelaka dan Rosalin Dewi Tumbelaka dari dinas yang "
        'sama. "Kami siap," kata Rosalin Tumbelaka.'
    )
    found = find_entities(text)
    assert holder(found, "Rosalin Tumbelaka").name == "Rosalin Tumbelaka"


def test_bare_given_name_goes_to_the_bearer_named_before_it() -> None:
    text = (
        "Wali Kota Sukamaju, Hendra Wiratmaja Saputra, mengatakan kuota sampah dipangkas "
        "menjadi 700 ton per hari.\n\n"
        '"Sampah harus selesai di sumbernya," kata Hendra di balai kota, Kamis.\n\n'
        "Kepala Dinas Lingkungan Hidup Sukamaju, Hendra Kusnadi, menjelaskan pemkot "
        "menyiapkan 900 komposter. Hendra Kusnadi juga membagikan bibit pohon. Hendra "
        "Kusnadi menyebut program itu berjalan sejak 2019."
    )
    found = find_entities(text)
    mayor = holder(found, "Hendra Wiratmaja Saputra")
    bare = text.index("Hendra di balai")
    assert any(m.start == bare and m.text == "Hendra" for m in mayor.mentions)


def test_bare_surname_skips_the_bearer_called_by_his_given_name() -> None:
    text = (
        "Jaksa menuntut mantan kepala dinas, Andi Rahmat Siregar, dengan hukuman delapan tahun "
        "penjara. Jaksa Budiman Siregar menyatakan terdakwa terbukti bersalah. Menurut Budiman, "
        "kerugian negara mencapai Rp 12 miliar. Budiman juga meminta hakim menolak pembelaan.\n\n"
        '"Saya serahkan kepada majelis," kata Siregar sambil berjalan ke mobil tahanan.'
    )
    found = find_entities(text)
    defendant = holder(found, "Andi Rahmat Siregar")
    last = text.rindex("Siregar")
    assert any(m.start == last for m in defendant.mentions)


def test_balinese_short_forms_join_the_full_name() -> None:
    found = find_entities(BALI)
    assert holder(found, "Made Suarjana").name == "I Made Gede Suarjana"
    assert holder(found, "Gung Wirapati").name == "Anak Agung Ngurah Bagus Wirapati"
    assert holder(found, "Gusti Ayu Sriwahyuni").name == "I Gusti Ayu Komang Sriwahyuni"


def test_birth_order_name_goes_to_the_person_it_opens() -> None:
    found = find_entities(BALI)
    assert "Komang" in holder(found, "Komang Adi Saputra").aliases
    assert "Komang" not in holder(found, "I Gusti Ayu Komang Sriwahyuni").aliases


def test_role_word_before_a_bare_name_picks_the_one_introduced_with_it() -> None:
    text = (
        "Terdakwa Park Min Ho divonis lima tahun penjara. Jaksa penuntut Park Eun-ji "
        "mengatakan kantornya akan mempelajari putusan itu. Park Min Ho tertunduk. "
        '"Kami menghormati putusan," ujar jaksa Park kepada wartawan.'
    )
    found = find_entities(text)
    assert holder(found, "Park Eun-ji").count == 2


def test_short_given_name_joins_the_one_longer_name() -> None:
    text = (
        "Salah satunya Bonifasius Kaka (12), yang bercita-cita menjadi dokter. "
        '"Saya mau obati mama saya," kata Bonif polos.'
    )
    assert holder(find_entities(text), "Bonif").name == "Bonifasius Kaka"


def test_a_tie_of_types_goes_to_person_after_a_speech_verb() -> None:
    text = (
        'Petugas pintu air, Sukiman, mengatakan air mulai naik. "Kiriman dari hulu terus," '
        "ujar Sukiman."
    )
    found = resolve_tagged(text, [(", [Sukiman] ,", "ORG"), ("ujar [Sukiman]", "PERSON")])
    assert person_names(found) == {"Sukiman"}


def test_one_letter_spelling_variant_joins_the_longer_name() -> None:
    text = (
        "Menteri Sumber Daya Alam Rusia Mikhail Vorontsov membantah tuduhan itu. "
        '"Tim kami tiba dalam 14 jam," ujar Vorontzov. Vorontsov juga menyalahkan cuaca.'
    )
    found = find_entities(text)
    assert person_names(found) == {"Mikhail Vorontsov"}, person_names(found)


def test_one_word_short_form_after_a_speech_verb_joins_the_full_name() -> None:
    text = (
        "Piala aktris terbaik jatuh kepada Dewi Ayu Kinanthi. "
        '"Saya masih tidak percaya," ujar Kinan, sapaan akrabnya, sambil memeluk piala.'
    )
    found = resolve_tagged(text, [("Dewi Ayu Kinanthi", "PERSON")])
    assert holder(found, "Kinan").name == "Dewi Ayu Kinanthi"


def test_a_bare_word_is_not_the_surname_of_one_already_called_by_his_given_name() -> None:
    text = (
        "Korban meninggal:\n\n1. Darmo Santoso (70)\n\n2. Wagiyem (61)\n\n"
        'Warga menyebut "Mbah Darmo" tinggal sendirian. Kepala Pos SAR Wonosari, Santoso '
        "Budi Raharjo, memimpin pencarian. "
        '"Kami menyisir dari rumah Mbah Darmo ke hilir," ujar Santoso.'
    )
    found = find_entities(text)
    assert holder(found, "Santoso").name == "Santoso Budi Raharjo"
