"""Entities: the failure classes a blind probe found (issue 3), on sentences written here.

Every name below is fictional; each test names the rule it guards.
"""

from __future__ import annotations

from entity_helpers import holder, people

from kabar.entities import find_entities
from kabar.entities.names import dotted_degree
from kabar.models import Entity

# 1. a given name after a place abbreviation or an acronym -----------------------------------


def test_given_name_after_place_abbreviation_stays() -> None:
    text = (
        "Kepala BPBD Sulbar Ahmad Fadli Rasyid mengatakan sebanyak 86 rumah warga rusak berat "
        "akibat gempa yang terjadi pada dini hari tadi. Tim gabungan masih mendata kerusakan "
        "di tiga kecamatan."
    )
    assert "Ahmad Fadli Rasyid" in people(text)
    assert "Fadli Rasyid" not in people(text)


def test_given_name_after_court_acronym_stays_when_used_alone() -> None:
    text = (
        "Ketua MK Wiryono Bayu Saputro menyatakan permohonan pemohon ditolak untuk seluruhnya. "
        '"Permohonan tidak beralasan menurut hukum," kata Wiryono saat membacakan putusan.'
    )
    found = find_entities(text)
    assert holder(found, "Wiryono").name == "Wiryono Bayu Saputro"
    assert not [e for e in found if e.name == "Wiryono" and e.type == "ORG"]


def test_area_of_an_office_is_not_a_given_name() -> None:
    text = (
        "Bupati Cikarang Selatan tidak hadir. Ketua KPU Margaluyu Rahmat Sunandar mengatakan "
        "logistik pemilu sudah tiba di gudang. KPU Margaluyu menyiapkan 300 kotak suara."
    )
    assert "Rahmat Sunandar" in people(text)
    assert not [p for p in people(text) if p.startswith("Margaluyu")]


def test_given_name_split_from_the_surname_is_joined() -> None:
    text = (
        "Dalam pertimbangannya, hakim konstitusi Endang Pramesti Wulandari mengatakan mahkamah "
        "menemukan pemilih ganda di sejumlah tempat pemungutan suara."
    )
    assert "Endang Pramesti Wulandari" in people(text)


# 2. an organisation glued to the front of a person ------------------------------------------


def test_acronym_glued_to_a_person_is_split_off() -> None:
    text = (
        "Peneliti ICW Sekar Ayuningtyas mengatakan pola korupsi di daerah itu terus berulang "
        "karena pengawasan yang lemah."
    )
    found = find_entities(text)
    assert "Sekar Ayuningtyas" in {e.name for e in found if e.type == "PERSON"}
    assert "ICW" in {e.name for e in found if e.type == "ORG"}
    assert not [e for e in found if "ICW" in e.name and e.type == "PERSON"]


def test_club_before_a_coach_is_the_organisation() -> None:
    text = (
        "Pelatih Persebaya Marcelo Antunes Ribeiro tampak kecewa seusai laga. Pelatih asal "
        "Brasil itu menilai timnya kurang tenang di depan gawang."
    )
    found = find_entities(text)
    assert "Marcelo Antunes Ribeiro" in {e.name for e in found if e.type == "PERSON"}
    assert not [e for e in found if e.type == "PERSON" and "Persebaya" in e.name]


# 3. abbreviated given names with a period ---------------------------------------------------


def test_abbreviated_given_names_keep_their_period() -> None:
    text = (
        "Pasangan calon nomor urut 3, Moh. Rizal Fahmi dan Abd. Kadir Jaelani, hadir dalam "
        "sidang. Kuasa hukum mereka, Muh. Anwar Sidik, menyerahkan bukti tambahan kepada "
        "majelis hakim pada pekan lalu."
    )
    found = people(text)
    assert {"Moh. Rizal Fahmi", "Abd. Kadir Jaelani", "Muh. Anwar Sidik"} <= found
    assert not found & {"Moh", "Abd", "Muh", "Rizal Fahmi", "Kadir Jaelani"}


def test_initial_m_before_a_name() -> None:
    text = "Saksi pertama, M. Yunus Harahap, mengaku melihat terdakwa di lokasi pada malam itu."
    assert "M. Yunus Harahap" in people(text)


# 5. honorifics, titles with periods and corps words are not part of a name ------------------


def test_elder_and_religious_honorifics_are_dropped() -> None:
    text = (
        "Pementasan dibuka oleh Mbah Karso Wiryanto yang sudah menari sejak remaja. Ketua "
        "Baznas setempat, Buya H. Darwis Malin Tanjung, yang hadir di lokasi, menyampaikan "
        'doa. "Tari ini warisan leluhur," tutur Mbah Karso setelah pentas.'
    )
    found = find_entities(text)
    names = {e.name for e in found if e.type == "PERSON"}
    assert {"Karso Wiryanto", "Darwis Malin Tanjung"} <= names
    assert not [n for n in names if n.startswith(("Mbah", "Buya", "H."))]
    assert holder(found, "Karso").name == "Karso Wiryanto"


def test_dotted_titles_before_a_name_are_dropped() -> None:
    text = (
        "Kepala lembaga riset itu, Dr. Laksana Budi Waskito, menyebut capaian ini bukti riset "
        "dalam negeri. Guru besar kampus tersebut, Prof. Dr. Hj. Sumarni Rahayu Lubis, ikut "
        "memberi sambutan di hadapan peserta."
    )
    found = people(text)
    assert {"Laksana Budi Waskito", "Sumarni Rahayu Lubis"} <= found  # "Laksana" is no rank


def test_corps_word_after_a_rank_is_dropped() -> None:
    text = (
        "Komandan Kodim setempat Letkol Inf Bonar Sitorus Manurung memimpin apel pasukan di "
        "lapangan. Sementara itu Mayor Kav Andika Prasetya Utama memeriksa kesiapan kendaraan."
    )
    found = people(text)
    assert {"Bonar Sitorus Manurung", "Andika Prasetya Utama"} <= found
    assert not [p for p in found if p.split()[0] in {"Inf", "Kav"}]


def test_role_word_before_a_name_is_dropped() -> None:
    text = (
        "Manajer Kirana membenarkan konser ditunda karena penyanyi itu sakit. Menurut dia, "
        "tiket yang sudah terjual akan dikembalikan penuh."
    )
    found = people(text)
    assert "Kirana" in found and "Manajer Kirana" not in found


# 6. non-persons typed PERSON ----------------------------------------------------------------


def test_names_of_god_are_not_people() -> None:
    text = (
        '"Insya Allah kami kembalikan semua kerugian negara," ujar terdakwa Bagus Santoso. '
        '"Hanya Tuhan yang tahu niat saya," katanya.'
    )
    found = people(text)
    assert "Bagus Santoso" in found
    assert not found & {"Allah", "Insya Allah", "Tuhan"}


def test_directorate_heads_an_organisation() -> None:
    text = (
        "Data Ditjen Minerba mencatat produksi bijih naik tahun ini. Kepala Dinkes Kota "
        "Sukamaju Ratih Pramudita mengatakan kasus turun."
    )
    found = find_entities(text)
    assert not [e for e in found if e.type == "PERSON" and e.name.startswith(("Ditjen", "Dinkes"))]


def test_academic_degrees_are_no_entities() -> None:
    text = (
        "Kepala Seksi Penyakit Menular, dr. Anisa Kurniawati, M.Epid, mengatakan kasus naik. "
        "Guru besar penyakit dalam, Prof. Dr. dr. Hendra Wijaya, Sp.PD-KPTI, menilai vaksinasi "
        "masih mahal. Ahli hukum Rudi Hartanto, S.H., M.Kes, ikut berbicara."
    )
    found = find_entities(text)
    names = {e.name for e in found}
    assert {"Anisa Kurniawati", "Hendra Wijaya", "Rudi Hartanto"} <= names
    assert not names & {"M.Epid", "Sp.PD-KPTI", "M.Kes", "S.H"}


def test_dotted_degree_shapes() -> None:
    for degree in ("M.Epid", "Sp.PD-KPTI", "M.Kes", "S.Kep", "Sp.OG", "S.I.K"):
        assert dotted_degree(degree), degree
    for word in ("Budi", "S.W", "Dr", "St.Petersburg", "Sik", "H.O.S"):
        assert not dotted_degree(word), word


# 7. names the tagger missed -----------------------------------------------------------------


def test_dutch_particles_join_the_name_and_later_mentions() -> None:
    text = (
        "Pelatih tim nasional, Pieter van der Linden, tak bisa menyembunyikan kegembiraannya. "
        '"Anak-anak bermain dengan hati," kata Van der Linden dalam konferensi pers.'
    )
    found = find_entities(text)
    entity = holder(found, "Van der Linden")
    assert entity.name == "Pieter van der Linden" and entity.type == "PERSON"


def test_bernama_introduces_a_person() -> None:
    text = (
        "Korban tewas adalah seorang ibu rumah tangga bernama Sumiyati (48) yang tinggal tidak "
        "jauh dari lokasi tambang."
    )
    assert "Sumiyati" in people(text)


def test_surname_before_an_age_is_kept() -> None:
    text = (
        "Dialah Marlina Saogo (45), guru honorer di sebuah sekolah dasar di pedalaman pulau. "
        '"Saya bertahan demi murid," ucap Marlina pelan.'
    )
    found = find_entities(text)
    assert holder(found, "Marlina").name == "Marlina Saogo"


# 8. a shorter form with the words of one longer name in order --------------------------------


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


def test_story_merge_joins_a_short_form_in_order() -> None:
    from kabar.entities import merge_entities

    one = Entity(
        "Rosalin Maria Tumbelaka-Rumengan", "PERSON", ("Rosalin Maria Tumbelaka-Rumengan",), 2
    )
    two = Entity("Rosalin Tumbelaka", "PERSON", ("Rosalin Tumbelaka",), 1)
    merged = merge_entities([[one], [two]])
    assert [(e.name, e.count) for e in merged] == [("Rosalin Maria Tumbelaka-Rumengan", 3)]


# 9. two people who share a given name ---------------------------------------------------------


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


def test_street_named_after_a_hero_is_a_place() -> None:
    text = (
        "Posko pengaduan dibuka di lantai dua kantor dinas, Jalan Teuku Umar Syah, setiap "
        "hari kerja pukul 08.00 hingga 15.00 WIB."
    )
    found = find_entities(text)
    assert not [e for e in found if e.type == "PERSON" and "Umar" in e.name]
    assert [e for e in found if e.type == "LOC" and e.name.startswith("Jalan")]


def test_age_makes_a_person_even_in_a_capitalised_sentence() -> None:
    text = (
        "Dialah Yuliana Sababalat (39), Guru Honorer di SD Negeri 7 Siberut Barat. Sudah "
        "belasan tahun ia mengajar di sekolah itu tanpa kepastian status."
    )
    assert "Yuliana Sababalat" in people(text)


def test_capitalised_pronoun_is_nobody() -> None:
    text = (
        '"Anda bisa melapor lewat aplikasi," kata petugas bernama Anda di loket, lalu Kepala '
        "Loket Suryadi Wiranata menambahkan bahwa layanan buka sampai sore."
    )
    assert "Anda" not in people(text)


def test_named_programme_is_nobody_anywhere_in_the_text() -> None:
    text = (
        '"Program Mang Resik sudah berjalan sejak tiga tahun lalu," ujar Hermanto Saleh. Mang '
        'Resik adalah akronim dari "reduksi, pilah, kelola" yang menjadi jargon kota itu.'
    )
    found = people(text)
    assert "Hermanto Saleh" in found
    assert not [p for p in found if "Resik" in p]


def test_company_after_its_legal_form_is_not_a_person() -> None:
    text = (
        "Penyidik menetapkan Direktur PT Sentosa Bahari Lestari sebagai tersangka. Direktur "
        "Pemasaran PT Pertamina Patra Niaga, Benny Susanto Lim, menyebut pasokan aman."
    )
    found = find_entities(text)
    names = {e.name for e in found if e.type == "PERSON"}
    assert "Benny Susanto Lim" in names
    assert not names & {"Sentosa Bahari Lestari", "Patra Niaga"}


def test_reporter_named_after_ditanya() -> None:
    text = (
        "Menteri itu saat ditanya Puspitasari dari sebuah media daring di kompleks parlemen "
        "memastikan tidak ada pemutusan hubungan kerja massal."
    )
    assert "Puspitasari" in people(text)


def test_dotted_initials_inside_a_name() -> None:
    text = (
        "Saksi ahli, Prof. Dr. Eko R.S. Hadiprojo, menjelaskan unsur pidana dalam perkara "
        "tersebut di hadapan majelis hakim yang mengadili perkara itu."
    )
    assert "Eko R.S. Hadiprojo" in people(text)


def test_title_with_period_after_an_office_leaves_the_organisation() -> None:
    text = (
        "Wakil Ketua DPRD Jabar Ir. H. Sudrajat Wiranegara menerima rombongan mahasiswa yang "
        "berunjuk rasa di depan gedung dewan pada Senin siang."
    )
    found = find_entities(text)
    assert "Sudrajat Wiranegara" in {e.name for e in found if e.type == "PERSON"}
    assert not [e for e in found if e.name.endswith(" Ir")]


def test_club_named_after_a_position_is_no_person() -> None:
    text = (
        "Winger Manchester City itu cuma butuh sebelas menit untuk mencetak gol, sementara "
        "Pelatih Sriwijaya Darko Mihajlovic tampak puas di pinggir lapangan."
    )
    found = people(text)
    assert "Manchester City" not in found
    assert "Darko Mihajlovic" in found


def test_a_list_of_degrees_after_a_name_names_nobody() -> None:
    text = (
        "Rektor universitas itu, Prof. Dr. Ir. Rasyidin Yonara, S.E., MPPM, Akt., CA., menyambut "
        "mahasiswa baru di auditorium kampus pada Senin pagi."
    )
    found = people(text)
    assert "Rasyidin Yonara" in found
    assert not found & {"Akt", "MPPM", "CA"}


def test_quoted_nickname_refers_to_the_person_named_before() -> None:
    text = (
        "Gol kemenangan dicetak Bernardus Lumban Tobing pada menit ke-51. Bernardus mengaku gol "
        'itu paling berkesan. Gelandang yang akrab disapa "Si Bona" oleh suporter itu '
        "mendedikasikan golnya untuk ibunya."
    )
    found = find_entities(text)
    assert holder(found, "Si Bona").name == "Bernardus Lumban Tobing"


def test_ministry_short_form_before_its_spokesman() -> None:
    text = (
        "Juru bicara Kemlu Rudi Sasmita Hadi mengatakan dua WNI yang ditahan di negara itu dalam "
        "kondisi baik dan mendapat pendampingan hukum."
    )
    found = find_entities(text)
    assert "Rudi Sasmita Hadi" in {e.name for e in found if e.type == "PERSON"}
    assert "Kementerian Luar Negeri" in {e.name for e in found if e.type == "ORG"}


def test_regent_area_named_elsewhere_leaves_the_name() -> None:
    text = (
        "Gubernur meninjau lokasi bersama Bupati Lamandau Hendrik Sapta Wiguna pada Selasa. "
        "Pemkab Lamandau menyiapkan tenda pengungsian bagi warga yang rumahnya rusak."
    )
    found = find_entities(text)
    names = {e.name for e in found if e.type == "PERSON"}
    assert "Hendrik Sapta Wiguna" in names
    assert not [n for n in names if "Lamandau" in n]


def test_office_and_area_inside_a_person_span_are_split_off() -> None:
    text = (
        "Kepala Seksi Intel Kejari Binjai Noprianto Halomoan Sihombing mengatakan berkas perkara "
        "sudah dilimpahkan ke pengadilan pada pekan lalu."
    )
    names = people(text)
    assert "Noprianto Halomoan Sihombing" in names
    assert not [n for n in names if "Kejari" in n]


def test_nickname_after_an_honorific_joins_the_full_name() -> None:
    text = (
        "Menteri Sosial Syaiful Anwar Yusuf atau Gus Ipung meninjau dapur umum. Gus Ipung "
        "meminta bantuan segera disalurkan. Ipung juga menyapa para pengungsi."
    )
    found = find_entities(text)
    entity = holder(found, "Ipung")
    assert entity.name == "Syaiful Anwar Yusuf" and entity.count == 4
    assert "Gus" not in entity.aliases


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
