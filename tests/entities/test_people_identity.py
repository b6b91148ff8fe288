"""One identity per person: unquoted nicknames, an age before a nickname, shared given names,
and places named after people (fictional text)."""

from __future__ import annotations

from entities.helpers import entity_of, person_names, resolve_tagged
from kabar.entities import find_entities
from kabar.entities.orgwords import with_org_short_names
from kabar.entities.pairs import split_pairs
from kabar.models import Entity, Mention


def _person_of(body: str, surface: str) -> str:
    entity = entity_of(find_entities(body), surface)
    assert entity.type == "PERSON", entity
    return entity.name


def test_an_age_between_name_and_nickname_keeps_one_person() -> None:
    """ "Darto Wibisono (41), yang akrab disapa Cemong": the nickname is Darto's."""
    body = (
        "Seorang nelayan, Darto Wibisono (41), yang akrab disapa Cemong, menemukan perahu itu "
        'pada Senin pagi. "Saya lihat dari jauh sudah terbalik," kata Cemong.'
    )
    assert _person_of(body, "Cemong") == "Darto Wibisono"


def test_a_one_word_name_with_an_age_takes_the_nickname_others_use() -> None:
    """ "Sarnubi (52), yang oleh tetangganya dipanggil Mang Ubi": one person, Sarnubi."""
    body = (
        "Pemilik kios, Sarnubi (52), yang oleh tetangganya dipanggil Mang Ubi, mengaku rugi. "
        '"Semua dagangan basah," ujar Mang Ubi.'
    )
    assert _person_of(body, "Mang Ubi") == "Sarnubi"


def test_an_unquoted_nickname_after_a_title_refers_to_the_person_named_before() -> None:
    """ "Wali Kota ... Hendarto Sukmajaya ... Wali Kota yang akrab disapa Kang Hen itu"."""
    body = (
        "Wali Kota Cirebon Hendarto Sukmajaya meninjau pasar pada Selasa. Wali Kota yang akrab "
        'disapa Kang Hen itu meminta pedagang tetap berjualan. "Pasar ini aman," kata Kang Hen.'
    )
    assert _person_of(body, "Kang Hen") == "Hendarto Sukmajaya"


def test_an_unquoted_nickname_after_pria_refers_to_the_person_named_before() -> None:
    body = (
        "Sekretaris daerah Lestanto Widagdo menanggapi isu mutasi pejabat. Pria yang akrab "
        "disapa Mas Les itu menegaskan belum ada keputusan."
    )
    assert _person_of(body, "Mas Les") == "Lestanto Widagdo"


def test_a_summoned_person_is_not_a_nickname() -> None:
    """ "yang dipanggil Kejaksaan" (summoned): no nickname without "akrab"/"oleh X"."""
    body = (
        "Saksi Broto Sumitro (60), yang dipanggil Kejaksaan pekan lalu, tidak hadir. Kejaksaan "
        "akan memanggil ulang."
    )
    for entity in find_entities(body):
        assert "Kejaksaan" not in entity.aliases or entity.type != "PERSON", entity


def test_the_bare_shared_given_name_is_not_the_one_with_a_nickname() -> None:
    """Two Wahyus: the one the text calls "Bewok" is not the one it calls "Wahyu"."""
    body = (
        "Toko itu milik Wahyu Hartanto (40). Menurut Wahyu, api muncul dari dapur. Tetangganya, "
        'Wahyu Saputro (25), yang akrab disapa Bewok, ikut memadamkan api. "Saya siram pakai '
        'ember," kata Bewok. Wahyu Hartanto berterima kasih. "Saya berutang budi," kata Wahyu.'
    )
    entities = find_entities(body)
    hartanto = entity_of(entities, "Wahyu Hartanto")
    assert hartanto.count >= 3, hartanto
    assert entity_of(entities, "Bewok").name == "Wahyu Saputro"


def test_places_named_after_people_are_not_persons() -> None:
    """Stadium, hospital and street names hold a person's name but are no person mention."""
    body = (
        "Laga digelar di Stadion Moch. Sudarmadji, Kota Blitar. Korban dibawa ke RSUD dr. "
        "Kartono Wirjo. Jalan Ratmini Hadisoewarno ditutup sementara, kata Kapolsek Bambang "
        "Irawan."
    )
    names = {e.name for e in find_entities(body) if e.type == "PERSON"}
    assert names == {"Bambang Irawan"}, names


def test_a_name_after_a_company_form_is_the_company() -> None:
    """ "PT Sinar Wahyu Kencana" tagged as a person (a tagger slip seen on real text) is the
    company."""
    body = (
        "Jaksa menghadirkan Direktur PT Sinar Wahyu Kencana, Gregorius Tamba, sebagai saksi. "
        "Kontrak PT Sinar Wahyu Kencana senilai Rp 40 miliar diperiksa."
    )
    tagged = [
        ("PT [Sinar Wahyu Kencana]", "PERSON"),
        ("Gregorius Tamba", "PERSON"),
        ("PT [Sinar Wahyu Kencana]", "PERSON"),
    ]
    entities = resolve_tagged(body, tagged)
    assert person_names(entities) == {"Gregorius Tamba"}, entities
    assert any(e.type == "ORG" and "Sinar Wahyu Kencana" in e.name for e in entities), entities


def test_bare_initials_name_nobody_even_with_an_age() -> None:
    """ "satu RT", "KW" and the suspect "DM (29)" name no person the reader can tell apart from
    every other "DM" in the store."""
    body = (
        "Korban berangkat bersama tetangga satu RT ke Cirebon. Polisi juga memeriksa KW dan "
        "operator DM (29), kata Kapolres Bogor AKBP Wisnu Aji."
    )
    tagged = [("RT", "PERSON"), ("KW", "PERSON"), ("DM", "PERSON"), ("Wisnu Aji", "PERSON")]
    assert person_names(resolve_tagged(body, tagged)) == {"Wisnu Aji"}


def test_initials_a_curated_figure_spells_out_stay_a_person() -> None:
    body = "Mantan presiden SBY hadir dalam acara itu bersama Budi Santoso."
    tagged = [("SBY", "PERSON"), ("Budi Santoso", "PERSON")]
    assert "Susilo Bambang Yudhoyono" in person_names(resolve_tagged(body, tagged))


def test_an_office_before_a_nickname_keeps_the_same_person() -> None:
    """ "Seskab Les" after "Pria yang akrab disapa Mas Les": one person, not a second one."""
    body = (
        "Sekretaris Kabinet Lestanto Widagdo menanggapi isu mutasi. Pria yang akrab disapa Mas "
        "Les itu menegaskan belum ada keputusan. Seskab Les juga meminta menteri tetap bekerja."
    )
    # the office abbreviation is the role's, so the mention is the nickname alone
    people = [e for e in find_entities(body) if e.type == "PERSON"]
    assert [e.name for e in people] == ["Lestanto Widagdo"]
    assert body.rindex("Les ") in [m.start for m in people[0].mentions]


def test_a_clipped_name_after_a_familiar_honorific_is_the_full_name() -> None:
    """ "Pak Karto" of Sukarto Wiryodiningrat: Javanese names clip their first syllable."""
    body = (
        "Warung itu didirikan Sukarto Wiryodiningrat pada 1979. Kini pelanggan masih mengenang "
        "Pak Karto sebagai pedagang yang ramah, kata pengelola warung Tuti Andayani."
    )
    entities = find_entities(body)
    assert entity_of(entities, "Karto").name == "Sukarto Wiryodiningrat"


def test_a_clipped_word_without_an_honorific_is_left_alone() -> None:
    """Without "Pak"/"Bang" before it, a word that ends a longer name is not read as it."""
    body = (
        "Warung itu didirikan Sukarto Wiryodiningrat pada 1979. Karto Sumarjo, pedagang di "
        "sebelahnya, ikut hadir."
    )
    names = {e.name for e in find_entities(body) if e.type == "PERSON"}
    assert "Karto Sumarjo" in names, names


def test_a_nickname_given_after_a_bare_short_name_belongs_to_the_full_name_holding_it() -> None:
    """ "Raditya Yoga Pamungkas ... Raditya, yang akrab disapa Mas Radit": one person."""
    body = (
        "Relawan posko, Raditya Yoga Pamungkas, membantu penumpang lansia. Raditya, yang akrab "
        'disapa Mas Radit oleh rekan-rekannya, sudah tiga tahun ikut. "Saya senang," kata Radit.'
    )
    assert _person_of(body, "Radit") == "Raditya Yoga Pamungkas"


def test_a_nickname_the_neighbours_know_someone_by_is_his() -> None:
    """ "Syamsudin (50), yang dikenal warga sebagai Uda Syam": one person, Syamsudin."""
    body = (
        "Salah seorang penyintas, Syamsudin (50), yang dikenal warga sebagai Uda Syam, selamat "
        'setelah memanjat pohon. "Saya kira itu suara truk," ujar Uda Syam.'
    )
    assert _person_of(body, "Uda Syam") == "Syamsudin"


def test_a_nickname_after_a_one_word_name_without_an_age_is_the_full_names() -> None:
    """ "Penyanyi Wulan Kencana ... Wulan, yang akrab disapa Ulan oleh penggemarnya"."""
    body = (
        "Penyanyi Wulan Kencana melapor ke polisi, Senin. Wulan, yang akrab disapa Ulan oleh "
        'penggemarnya, tampak tegar. "Saya harus belajar berani," ujar Ulan.'
    )
    assert _person_of(body, "Ulan") == "Wulan Kencana"


def test_a_balinese_gender_marker_and_birth_order_name_open_the_name() -> None:
    """ "Bendesa Adat Kuta I Wayan Suparta": the whole name, "I" and "Wayan" with it."""
    body = (
        "Bendesa Adat Kuta I Wayan Suparta mengatakan sampah datang lebih awal. Ia datang "
        "bersama adiknya, I Nyoman Adi Santika, yang biasa disapa Bli Nyoman. Suparta meminta "
        "bantuan truk."
    )
    names = person_names(find_entities(body))
    assert "I Wayan Suparta" in names
    assert "I Nyoman Adi Santika" in names


def test_a_caste_name_after_an_office_leaves_the_office_its_own_words() -> None:
    """ "Kepala Dinas Pariwisata Badung Ida Bagus Made Arsana": the person keeps "Ida"."""
    body = (
        "Kepala Dinas Pariwisata Badung Ida Bagus Made Arsana mengatakan okupansi hotel masih "
        'tinggi. "Wisatawan tetap datang," kata Arsana.'
    )
    assert "Ida Bagus Made Arsana" in person_names(find_entities(body))


def test_the_area_of_an_office_acronym_stays_out_of_the_holders_name() -> None:
    """ "Kabupaten Agam ... BPBD Agam Afrizal Syamsi": the holder is "Afrizal Syamsi"."""
    body = (
        "Banjir bandang menerjang Nagari Salareh, Kecamatan Palembayan, Kabupaten Agam, "
        "Sumatera Barat. Kepala Pelaksana BPBD Agam Afrizal Syamsi mengatakan, banjir "
        'datang tiba-tiba. "Material kayu turun dari hulu," kata Afrizal.'
    )
    assert "Afrizal Syamsi" in person_names(find_entities(body))


def test_a_given_name_said_alone_after_a_speech_verb_opens_the_name_before_the_surname() -> None:
    """ "Bupati Agam Rinaldi Sutan Mudo ... tegas Rinaldi": the whole name, given name first."""
    body = (
        "Bupati Agam Rinaldi Sutan Mudo menetapkan status tanggap darurat. Ia meminta rumah "
        'sakit melayani korban. "Jangan ada warga yang ditolak berobat," tegas Rinaldi.'
    )
    assert "Rinaldi Sutan Mudo" in person_names(find_entities(body))


def test_wali_kota_is_an_office_before_its_holder_not_a_city_named_after_him() -> None:
    """ "Wali Kota Pematangsiantar Hotman Situmorang": a person, without the city."""
    body = (
        "Kebakaran melanda Pasar Horas, Kota Pematangsiantar. Wali Kota Pematangsiantar Hotman "
        'Situmorang meninjau lokasi. "Tenda segera berdiri," tegas Hotman.'
    )
    assert "Hotman Situmorang" in person_names(find_entities(body))


def test_batak_br_joins_a_given_name_the_tagger_read_as_a_place() -> None:
    """ "Lamria br Sitorus (56)": one person even when "Lamria" was read as a place."""
    body = (
        "Salah satu pedagang pakaian, Lamria br Sitorus (56), hanya bisa menatap kiosnya. "
        '"Habis semua, Amang," ucap Lamria sambil terisak.'
    )
    assert "Lamria br Sitorus" in person_names(find_entities(body))


def test_a_priest_named_with_his_order_and_addressed_by_a_clipped_name_is_one_person() -> None:
    """ "Pastor Paroki Waibalun, Romo Benediktus Wolo SVD ... Romo Ben": one person, no
    parish among the people."""
    body = (
        "Pastor Paroki Waibalun, Romo Benediktus Wolo SVD, menyebut aula paroki dibuka untuk "
        'pengungsi. "Kami butuh selimut," tutur Romo Ben.'
    )
    people = find_entities(body)
    assert _person_of(body, "Ben") == "Benediktus Wolo"
    assert "Paroki Waibalun" not in person_names(people)


def test_a_stage_name_and_the_real_name_the_text_gives_are_one_person_the_real_one() -> None:
    """ "Penyanyi Kirana Senja ... artis bernama asli Dewi Kirana Lestari itu ... ujar Kiki"."""
    body = (
        "Penyanyi Kirana Senja melaporkan mantan manajernya ke polisi. Artis bernama asli Dewi "
        "Kirana Lestari itu didampingi pengacaranya. Kirana, yang akrab disapa Kiki oleh "
        'penggemarnya, tampak tegar. "Saya harus berani," ujar Kiki.'
    )
    people = [e for e in find_entities(body) if e.type == "PERSON"]
    assert [e.name for e in people] == ["Dewi Kirana Lestari"]
    assert {"Kirana Senja", "Kiki"} <= set(people[0].aliases)


def test_ibunda_before_a_name_is_the_mother_of_that_person_not_a_person_named_so() -> None:
    body = (
        "Aktris Kirana Senja hadir di Polda Metro Jaya. Ibunda Kirana, Hajah Marlina, yang turut "
        "mendampingi, tidak banyak bicara."
    )
    assert "Ibunda Kirana" not in person_names(find_entities(body))


def test_an_election_ticket_written_with_a_hyphen_is_two_people() -> None:
    """ "pasangan Darmin Lasabuda-Yuliana Pontoh": two candidates, each with their mentions."""
    body = (
        "Pasangan calon nomor urut 02, Darmin Lasabuda-Yuliana Pontoh, menggugat hasil "
        'pemilihan ke MK. "Kami menuntut pemilihan yang jujur," tutur Darmin.'
    )
    people = {e.name: e for e in find_entities(body) if e.type == "PERSON"}
    assert {"Darmin Lasabuda", "Yuliana Pontoh"} <= set(people)
    assert "Darmin" in people["Darmin Lasabuda"].aliases
    assert not any("-" in name for name in people)


def test_a_hyphen_inside_one_name_is_kept() -> None:
    body = 'Utusan khusus Kim Sung-ho tiba di Jakarta. "Kami datang untuk berdialog," kata Kim.'
    assert "Kim Sung-ho" in person_names(find_entities(body))


def test_the_area_of_an_election_body_stays_out_of_its_heads_name() -> None:
    """ "Ketua KPU Banggai Samsul Bahri Lasama" beside "Bupati Banggai": "Samsul Bahri Lasama"."""
    body = (
        "Pemilihan ulang Bupati Banggai digugat ke MK. Ketua KPU Banggai Samsul Bahri Lasama "
        "menyatakan pihaknya siap. Samsul menolak berkomentar soal video itu."
    )
    assert "Samsul Bahri Lasama" in person_names(find_entities(body))


def test_a_company_its_management_and_its_app_are_not_people() -> None:
    body = (
        "Sehari-hari ia mengantar penumpang menggunakan aplikasi Gocar. Manajemen Gocar "
        "dalam keterangan tertulis menyampaikan apresiasi kepada Supriyadi."
    )
    assert "Gocar" not in person_names(find_entities(body))


def test_where_someone_comes_from_is_a_place() -> None:
    body = (
        "Rizky, pemuda asal Wonokromo, kini resmi menyandang sebutan Cak Rizky. Ia mengaku bangga."
    )
    assert "Wonokromo" not in person_names(find_entities(body))


def test_a_doubles_pairs_nickname_is_no_person() -> None:
    body = (
        "Ganda putri Nabila Azzahra/Ratu Kinanti kalah di laga pertama. Pasangan yang akrab "
        "disapa NaKi itu kalah dua gim langsung."
    )
    names = person_names(find_entities(body))
    assert not any(n.replace(" ", "") == "NaKi" for n in names), names


def test_a_writers_name_alone_in_brackets_closing_the_article_is_no_person() -> None:
    body = (
        'Rapat berlangsung hingga malam. "Kami akan mengawal," kata Wening Pratiwi.\n\n'
        "(Hendra Kusumadi )"
    )
    assert "Hendra Kusumadi" not in person_names(find_entities(body))


def test_a_clipped_name_after_an_honorific_is_the_one_word_name_it_clips() -> None:
    """ "Pak Sugi" of Sugiyanto, a driver named by one word: one person."""
    body = (
        "Pengemudi itu bernama Sugiyanto (48). Sugiyanto menolak imbalan dari pemilik dompet. "
        '"Orang seperti Pak Sugi harus diapresiasi," ucap Yolanda.'
    )
    people = {e.name: e for e in find_entities(body) if e.type == "PERSON"}
    assert "Sugi" not in people
    assert "Sugi" in people["Sugiyanto"].aliases


def test_a_town_after_a_preposition_is_a_place_though_a_hospital_name_ends_with_it() -> None:
    """ "RSUD dr. Hendrikus Fernandez Larantuka ... dari Larantuka": no person "Larantuka"."""
    body = (
        "Seluruh korban dirawat di RSUD dr. Hendrikus Fernandez Larantuka. Bupati meminta BNPB "
        "mengirim bantuan logistik melalui jalur laut dari Larantuka."
    )
    assert "Larantuka" not in person_names(find_entities(body))


def test_a_company_called_by_the_first_word_of_its_name_is_the_company() -> None:
    """ "Hanbit Cell Solution ... Hanbit menggandeng ...": no person "Hanbit", unless a speech
    verb or an honorific marks the word as someone's."""
    org = Entity(
        "Hanbit Cell Solution",
        "ORG",
        ("Hanbit Cell Solution",),
        1,
        (Mention("Hanbit Cell Solution", 0, 20, "ORG"),),
    )

    def word_in(body: str) -> Entity:
        at = body.index("Hanbit men")
        return Entity(
            "Hanbit", "PERSON", ("Hanbit",), 1, (Mention("Hanbit", at, at + 6, "PERSON"),)
        )

    body = "Hanbit Cell Solution memulai pembangunan pabrik. Hanbit menggandeng pemasok katoda."
    [joined] = with_org_short_names((org, word_in(body)), body)
    assert joined.type == "ORG" and "Hanbit" in joined.aliases and joined.count == 2
    spoken = body.replace("pabrik. Hanbit", "pabrik, kata Hanbit")
    assert len(with_org_short_names((org, word_in(spoken)), spoken)) == 2


def test_a_reduplicated_word_is_no_pair_of_names() -> None:
    entity = Entity(
        "Surat Undang-Undang Kasultanan",
        "PERSON",
        ("Surat Undang-Undang Kasultanan",),
        1,
        (Mention("Surat Undang-Undang Kasultanan", 0, 30, "PERSON"),),
    )
    assert split_pairs((entity,)) == (entity,)


def test_a_name_read_as_an_organisation_is_the_person_named_alone_elsewhere() -> None:
    """ "Pelatih Persija, [Carlos Pena]" tagged as an organisation, "Pena mengatakan": one
    person, Carlos Pena."""
    body = (
        "Pelatih Persija, Carlos Pena, mengaku kecewa. Pena mengatakan timnya kehilangan "
        "konsentrasi.\n\nPelatih: Carlos Pena"
    )
    tagged = [
        ("Persija", "ORG"),
        ("Carlos Pena", "ORG"),
        ("Pena", "PERSON"),
        ("Carlos Pena", "ORG"),
    ]
    entities = resolve_tagged(body, tagged)
    assert person_names(entities) == {"Carlos Pena"}, entities


def test_tanjung_inside_a_name_is_a_middle_name_not_a_place() -> None:
    body = "Persija Jakarta: Andri Tanjung Wibisono; Hendra Sitompul, Rio Fadillah Anwar"
    tagged = [("Persija Jakarta", "ORG"), ("Andri Tanjung Wibisono", "PERSON")]
    assert "Andri Tanjung Wibisono" in person_names(resolve_tagged(body, tagged))


def test_a_real_name_far_from_any_person_named_before_is_nobodys_stage_name() -> None:
    """The real name joins only a person named close before it, never someone paragraphs away."""
    body = (
        "Kapolres Jakarta Pusat Kombes Hendra Wijaya memimpin razia itu. Razia berlangsung "
        "hingga pagi. Petugas memeriksa 40 kendaraan. Sebanyak 12 pengendara ditilang. Dua "
        "motor disita. Musisi Bonbon ikut terjaring. Pemilik nama asli Fajar Ardiansyah Putra "
        "itu dinyatakan positif."
    )
    people = [e.name for e in find_entities(body) if e.type == "PERSON"]
    assert "Hendra Wijaya" in people


def test_a_nickname_after_an_untagged_repeat_of_a_given_name_is_the_full_names() -> None:
    """ "Wali Kota Bitung Maximilian Lumenta ... Maximilian, yang akrab disapa Max": one."""
    body = (
        "KPK menetapkan Wali Kota Bitung Maximilian Lumenta sebagai tersangka. Penyidik "
        "menggeledah rumahnya.\n\nMaximilian, yang akrab disapa Max, keluar mengenakan rompi "
        "oranye. Kuasa hukumnya menyebut Max tidak pernah bertemu penyuap."
    )
    assert _person_of(body, "Max") == "Maximilian Lumenta"


def test_a_real_name_after_a_bare_word_and_yang_is_not_the_last_named_persons() -> None:
    """ "Sinta, yang bernama asli ..." opening a sentence after her manager is named: the real
    name is not the manager's."""
    body = (
        "Penyanyi Sinta Pelangi menggugat label rekamannya. Manajer Sinta, Robert Halim, "
        'meminta audit. "Kami minta dibuka datanya," kata Robert. Sinta, yang bernama asli Siti '
        "Nurjanah, datang pagi. Robert memastikan jadwal manggung tetap berjalan."
    )
    people = find_entities(body)
    assert _person_of(body, "Robert") == "Robert Halim"
    assert "Siti Nurjanah" not in entity_of(people, "Robert Halim").aliases
