"""One person under every form of address: regional and foreign titles before a name, adat
titles inside it, clipped names; and the places, peoples, firms, degrees and roles that are
nobody (all people and places here are fictional)."""

from __future__ import annotations

import pytest

from kabar.entities import find_entities
from kabar.entities.names import canonical_name
from kabar.entities.nonpersons import judged
from kabar.models import Mention
from tests.entities.helpers import holder, holders, persons, resolve_tagged


@pytest.mark.parametrize(
    ("text", "person", "titled"),
    [
        (
            "Di pengungsian, Oma Grietje Pangemanan (81) duduk di dekat pintu. "
            '"Oma sudah terbiasa," kata Oma Grietje.',
            "Grietje Pangemanan",
            "Oma Grietje Pangemanan",
        ),
        (
            "Tokoh Tionghoa Singkawang, Apak Lim Kiong Fat, sudah menyiapkan altar. "
            '"Persiapan sudah selesai," kata Apak Lim Kiong Fat.',
            "Lim Kiong Fat",
            "Apak Lim Kiong Fat",
        ),
        (
            "Penari senior Raden Ayu Laksmi Pramesthi melatih para penari muda. "
            '"Mereka berbakat," kata Raden Ayu Laksmi Pramesthi.',
            "Laksmi Pramesthi",
            "Raden Ayu Laksmi Pramesthi",
        ),
        (
            "Seorang pedagang ikan, Rusmilah (58), bertahan di rumahnya. "
            '"Kada kawa pindah," ujar Acil Rusmilah.',
            "Rusmilah",
            "Acil Rusmilah",
        ),
    ],
)
def test_regional_forms_of_address_leave_the_name(text: str, person: str, titled: str) -> None:
    found = persons(text)
    assert person in found, found
    assert titled in found[person].aliases
    assert len(found) == 1, found


def test_a_village_head_title_is_no_part_of_the_name() -> None:
    text = (
        "Kuwu Sarmadi Wiryaatmaja mengatakan belasan warga masih dirawat di puskesmas. "
        '"Kami terus memantau," kata Kuwu Sarmadi.'
    )
    assert set(persons(text)) == {"Sarmadi Wiryaatmaja"}


def test_a_foreign_rank_opens_a_person_not_an_organisation() -> None:
    text = (
        "Juru bicara Pasukan Penjaga Pantai Selatan, Commander Douglas Ian Wetherby, menyebut "
        'kapal itu melanggar batas. "Kami menegakkan hukum," katanya.'
    )
    found = persons(text)
    assert "Douglas Ian Wetherby" in found, found


def test_a_bugis_daeng_abbreviation_stays_inside_the_name() -> None:
    text = (
        "Pembina tim, Drs. Hasanuddin Rahim Dg. Naba, mengatakan timnya berlatih tiga bulan. "
        '"Kami bangga," kata Hasanuddin.'
    )
    found = persons(text)
    assert "Hasanuddin Rahim Dg. Naba" in found, found
    assert not any(name.endswith("Dg") for name in found), found


def test_a_daeng_inside_a_name_after_a_dotted_haji_stays_in_it() -> None:
    text = (
        "Pembuatan perahu dipimpin kepala tukang, H. Saharuddin Daeng Tompo (63). Di kalangan "
        "perajin, ia akrab disapa Puang Haru."
    )
    found = resolve_tagged(text, [("Saharuddin Daeng Tompo", "PERSON")])
    assert holder(found, "Saharuddin Daeng Tompo").name == "Saharuddin Daeng Tompo"


def test_a_minang_tuanku_title_stays_inside_the_name() -> None:
    text = (
        "Ketua MUI setempat, Buya Syafruddin Tuanku Bagindo Sati, mengimbau warga. "
        '"Jauhi judi," kata Buya Syafruddin.'
    )
    found = persons(text)
    assert any(name.startswith("Syafruddin Tuanku") for name in found), found


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            'Kepala Dusun Karangsari, Sukardiman, mengatakan warga sudah dievakuasi. "Semua '
            'aman," kata Sukardiman. Seorang warga, Wartini (50), mengaku khawatir. "Pak '
            'Kardi sudah menyuruh kami mengungsi sejak kemarin," ujar Wartini.',
            "Sukardiman",
            "Kardi",
        ),
        (
            "Dalang senior Ki Sutrisno Hadiwijoyo menonton dari deretan depan. Menurut "
            'Bayu Pratama (20), "Pak Tris selalu bilang panggung itu rumah kedua," ujarnya.',
            "Sutrisno Hadiwijoyo",
            "Tris",
        ),
    ],
)
def test_a_clipped_name_after_a_title_is_its_bearer(text: str, full: str, short: str) -> None:
    entities = find_entities(text)
    carriers = holders(entities, short)
    assert [e.name for e in carriers] == [full], [(e.name, e.aliases) for e in entities]


def test_a_one_word_name_clipped_from_another_yields_the_canonical_name() -> None:
    assert canonical_name(["Sukinem", "Kinem", "Kinem", "Kinem"]) == "Sukinem"
    assert canonical_name(["Ahmad Yani", "Ahmad", "Ahmad"]) == "Ahmad Yani"


@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        (
            "Luapan Krueng Meureubo merendam sawah warga. Sebagian warga mengungsi ke Meunasah "
            "Blang Rheue.",
            {"Krueng Meureubo", "Meunasah Blang Rheue"},
        ),
        (
            "Nelayan itu ditangkap di dekat Scott Reef pada Sabtu.",
            {"Scott Reef"},
        ),
        (
            "Pekerja itu sudah tiga tahun bekerja di Hashimoto Seiki, pemasok suku cadang mesin "
            "di Nagoya, menurut Isao Hashimoto.",
            {"Hashimoto Seiki"},
        ),
        (
            "Pengawas madrasah, Drs. H. Mahfud Ridwan, M.Pd.I, menilai program itu berhasil.",
            {"M.Pd.I"},
        ),
        (
            "Gedung wayang orang itu menggelar lakon baru. Antasena diperankan Galih Saputra "
            "(19), mahasiswa seni tari.",
            {"Antasena"},
        ),
    ],
)
def test_places_firms_degrees_peoples_and_roles_are_nobody(text: str, nobody: set[str]) -> None:
    found = persons(text)
    assert not nobody & set(found), found


def test_a_name_opened_by_a_people_is_nobody() -> None:
    body = "Tokoh adat Dayak Kanayatn, Paulus Ajun, mengatakan tatung ikut pawai."
    start = body.index("Dayak")
    mention = Mention("Dayak Kanayatn", start, start + len("Dayak Kanayatn"), "PERSON")
    assert judged("Dayak Kanayatn", body, [mention]) is None
    start = body.index("Paulus")
    mention = Mention("Paulus Ajun", start, start + len("Paulus Ajun"), "PERSON")
    assert judged("Paulus Ajun", body, [mention]) == ("Paulus Ajun", "PERSON")


def test_a_word_of_a_full_name_read_as_a_place_still_takes_its_nickname() -> None:
    text = (
        "Pelatih memuji Yohanes Elia Simanjuntak. Pasangannya, Yohanes, yang biasa dipanggil "
        'Hanes di asrama, tampil tenang. "Kami siap," kata Hanes.'
    )
    entities = resolve_tagged(
        text,
        [("Yohanes Elia Simanjuntak", "PERSON"), ("Yohanes", "LOC"), ("Hanes", "PERSON")],
    )
    assert [e.name for e in holders(entities, "Hanes")] == ["Yohanes Elia Simanjuntak"]


def test_a_nickname_blended_from_two_words_of_a_name_is_its_bearer() -> None:
    text = (
        'Ketua tim, Rizki Maulana, dan rekannya Dimas Pratama memimpin robot itu. "Kami '
        'bangga," kata Rizmaul.'
    )
    assert [e.name for e in holders(find_entities(text), "Rizmaul")] == ["Rizki Maulana"]


def test_a_blend_two_names_could_make_is_left_alone() -> None:
    text = (
        "Ketua tim, Rizki Maulana, dan rekannya Rizal Maulidi memimpin robot itu. "
        '"Kami bangga," kata Rizmaul.'
    )
    assert "Rizmaul" in persons(text)


def test_a_holder_read_as_a_place_after_an_office_is_the_person_named_alone_later() -> None:
    text = (
        "Kuasa hukum warga dari LBH Papua Barat, Yosefina Kambuaya, bertanya kepada saksi. "
        '"Kapan warga diundang rapat?" tanya dia.\n\nYosefina menyebut jawaban itu tidak '
        "meyakinkan."
    )
    entities = resolve_tagged(
        text,
        [
            ("LBH", "ORG"),
            ("Papua Barat", "LOC"),
            ("Yosefina Kambuaya", "LOC"),
            ("Yosefina", "PERSON"),
        ],
    )
    assert [e.name for e in holders(entities, "Yosefina")] == ["Yosefina Kambuaya"]


def test_a_clipped_name_fitting_one_given_name_and_another_surname_is_the_given_names() -> None:
    text = (
        "Pengasuh pondok, KH Ahmad Fathurrahman Thoyib, membuka pengajian. Putrinya, Nabila "
        'Fathurrahman, ikut hadir. "Santri harus mandiri," kata Kiai Fathur.'
    )
    entities = find_entities(text)
    assert [e.name for e in holders(entities, "Fathur")] == ["Ahmad Fathurrahman Thoyib"]


def test_a_nickname_goes_to_the_one_person_whose_name_holds_it_under_long_and_short_forms() -> None:
    text = (
        "Donatur masjid, H. Abdul Hamid Sulaiman, meresmikan perpustakaan. Abdul Hamid "
        "mengaku meneruskan cita-cita almarhum ayahnya, H. Sulaiman Rais. "
        '"Beliau suka membaca," tutur pria yang akrab disapa Abah Hamid itu.'
    )
    entities = find_entities(text)
    assert [e.name for e in holders(entities, "Abah Hamid")] == ["Abdul Hamid Sulaiman"]


def test_a_real_name_goes_to_the_stage_name_it_shares_a_word_with() -> None:
    text = (
        "Konser penyanyi Kirana Larasati dan suaminya, produser Bima Aditya Wardhana, batal "
        "digelar.\n\nKirana, yang bernama asli Siti Kirana Maharani, sedang sakit.\n\nBima "
        "meminta maaf kepada penonton."
    )
    entities = resolve_tagged(
        text,
        [("Kirana Larasati", "PERSON"), ("Bima Aditya Wardhana", "PERSON"), ("Bima", "PERSON")],
    )
    husband = holders(entities, "Bima Aditya Wardhana")
    assert [e.name for e in husband] == ["Bima Aditya Wardhana"]
    assert "Siti Kirana Maharani" not in husband[0].aliases


def test_a_name_closed_by_a_regional_compass_word_is_a_place() -> None:
    text = "Sawah di Kecamatan Bandar Baru, Jangka dan Meurah Timu terendam sejak Senin."
    assert "Meurah Timu" not in persons(text)


def test_an_office_s_one_word_area_before_its_holder_in_apposition_is_nobody() -> None:
    text = "Panewu Sanden, Wardoyo, yang membuka acara, mengatakan festival itu digelar tiap tahun."
    assert set(persons(text)) == {"Wardoyo"}


def test_a_brand_named_after_someone_is_nobody() -> None:
    text = (
        "Pedagang menyebut beras Cap Mbok Sarni dan Cap Tiga Bintang paling dicari menjelang "
        "Lebaran."
    )
    assert not persons(text)


def test_an_untagged_clipped_name_after_a_title_in_a_quote_is_its_bearer() -> None:
    text = (
        "Imam gampong, Tgk. Zainuddin Ibrahim (62), memimpin doa bersama. Keuchik setempat, "
        'Ridwan Abdullah, ikut hadir. "Teungku Zain selalu datang paling awal," ujar '
        "Ridwan."
    )
    entities = resolve_tagged(
        text,
        [("Zainuddin Ibrahim", "PERSON"), ("Ridwan Abdullah", "PERSON"), ("Ridwan", "PERSON")],
    )
    assert [e.name for e in holders(entities, "Zain")] == ["Zainuddin Ibrahim"]


def test_an_office_addressed_without_a_name_is_the_one_person_holding_it() -> None:
    text = (
        "Hajatan itu digelar keluarga Kuwu Desa Sukamulya, Haji Mukhtar Hasyim. Kuwu Mukhtar "
        'mengaku berduka. "Kami akan menanggung biaya perawatan," kata Pak Kuwu.'
    )
    entities = find_entities(text)
    assert [e.name for e in holders(entities, "Pak Kuwu")] == ["Mukhtar Hasyim"]


def test_an_office_two_people_hold_is_nobody_s_address() -> None:
    text = (
        "Kuwu Sukamulya, Mukhtar Hasyim, dan Kuwu Sindangsari, Darsono Wiryo, bertemu. "
        '"Kami sepakat," kata Pak Kuwu.'
    )
    assert not holders(find_entities(text), "Pak Kuwu")


def test_hajjah_is_a_title_before_the_name_not_part_of_it() -> None:
    text = (
        "Festival Film\n\nTokoh nenek diperankan oleh Hajjah Sitti Daeng Caya, warga Galesong "
        "berusia 70 tahun. Sitti Daeng Caya mengaku tidak menyangka filmnya menang."
    )
    names = {e.name for e in find_entities(text) if e.type == "PERSON"}
    assert "Sitti Daeng Caya" in names
    assert not any(n.startswith("Hajjah") for n in names)


def test_a_foreign_surname_spelled_like_an_office_ends_a_full_name() -> None:
    """ "Mendes" is also the short form of Menteri Desa; after two plain name words it is a
    surname, and the given name alone ("kata Joao") is the same person."""
    text = (
        "Liga Satu\n\nPelatih Persikab, Joao Carvalho Mendes, menurunkan formasi 4-3-3.\n\n"
        '"Kami bermain dengan hati," kata Joao melalui penerjemah.'
    )
    people = {e.name: set(e.aliases) for e in find_entities(text) if e.type == "PERSON"}
    assert "Joao" in people.get("Joao Carvalho Mendes", set()), people
