"""The right speaker or none: a lawyer speaking for a client, answers in a hearing, negated
speech (fictional text)."""

from __future__ import annotations

from kabar.entities import find_entities
from kabar.models import Entity
from kabar.quotes.resolver import NameResolver
from quotes.helpers import entity, only, quotes_of


def _direct(body: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_role) for q in only(body, "direct", find_entities(body))]


def test_the_named_apposition_after_a_role_held_for_someone_is_the_speaker() -> None:
    """ "kata kuasa hukum Darsono Wiryo, Hartono Siregar": the lawyer speaks, not the client."""
    body = (
        'Sidang perkara korupsi digelar di Pengadilan Tipikor Bandung, Senin. "Klien kami tidak '
        'pernah menerima uang itu," kata kuasa hukum Darsono Wiryo, Hartono Siregar.'
    )
    [(speaker, role)] = _direct(body)
    assert speaker == "Hartono Siregar"
    assert role is not None and "kuasa hukum" in role


def test_a_spokesperson_for_someone_is_the_speaker() -> None:
    body = (
        'Keluarga korban meminta polisi mengusut kasus itu. "Kami hanya ingin keadilan," kata '
        "juru bicara Wening Pratiwi, Suharyo Wibowo."
    )
    assert _direct(body)[0][0] == "Suharyo Wibowo"


def test_a_role_before_the_speakers_own_name_keeps_the_speaker() -> None:
    """ "kata pengacara Yosef Tambunan, di Jakarta": no second name, Yosef is the speaker."""
    body = '"Kami akan banding," kata pengacara Yosef Tambunan, di Jakarta, Senin.'
    assert _direct(body)[0][0] == "Yosef Tambunan"


def test_the_answer_after_a_question_is_not_the_askers() -> None:
    """In a hearing the answer after "..., tanya Anton" is the witness's, never the judge's."""
    body = (
        'Hakim ketua Anton Subagyo bertanya kepada terdakwa Sigit Purwanto. "Apakah Anda '
        'menerima transfer itu?" tanya Anton. "Tidak pernah, Yang Mulia."'
    )
    speakers = [s for s, _ in _direct(body)]
    assert speakers[0] == "Anton Subagyo"
    assert speakers[1] != "Anton Subagyo"


def test_an_attributed_answer_keeps_its_speaker() -> None:
    body = (
        'Jaksa Fitri Handayani menanyai saksi Joko Lelono. "Siapa yang menyerahkan uang itu?" '
        'tanya Fitri. "Kepala dinas sendiri, Bu," jawab Joko.'
    )
    assert [s for s, _ in _direct(body)] == ["Fitri Handayani", "Joko Lelono"]


def test_more_words_of_the_same_speaker_still_carry_over() -> None:
    """Without a question, an unattributed quote right after a quote is the same speaker's."""
    body = (
        'Bupati Rudi Hartawan meninjau lokasi banjir. "Kami kirim bantuan hari ini," kata Rudi. '
        '"Semua warga harus dievakuasi sebelum malam."'
    )
    assert [s for s, _ in _direct(body)] == ["Rudi Hartawan", "Rudi Hartawan"]


def test_negated_speech_is_no_statement() -> None:
    """ "tak membantah", "tidak pernah mengatakan": nothing is reported."""
    body = (
        "Bupati Garut Rudi Hartawan tak membantah adanya pertemuan dengan pengusaha itu. Ia juga "
        "tidak pernah mengatakan bahwa pertemuan itu membahas proyek jalan."
    )
    assert only(body, "indirect", find_entities(body)) == []


def test_plain_speech_is_still_a_statement() -> None:
    body = "Bupati Garut Rudi Hartawan membantah adanya pertemuan dengan pengusaha itu kemarin."
    found = only(body, "indirect", find_entities(body))
    assert [q.speaker for q in found] == ["Rudi Hartawan"]
    assert quotes_of(body, find_entities(body))


def _all(body: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.kind, q.speaker, q.speaker_role) for q in quotes_of(body, find_entities(body))]


def test_a_lawyer_whose_surname_is_also_a_place_is_the_speaker() -> None:
    """ "kata kuasa hukum Rudianto, Benny Paris": the word lists read "Paris" as a place, the
    entity stage read one person; the lawyer speaks, not the client."""
    body = (
        "Mantan kepala dinas Rudianto Wibisono kembali diperiksa penyidik, Senin. "
        '"Klien kami kooperatif," kata kuasa hukum Rudianto, Benny Paris, di gedung kejaksaan.'
    )
    [(speaker, role)] = _direct(body)
    assert speaker == "Benny Paris"
    assert role is not None and role.startswith("kuasa hukum")


def test_the_client_does_not_take_the_role_of_the_one_speaking_for_him() -> None:
    """The client's own words keep no "kuasa hukum" role: that role belongs to the lawyer."""
    body = (
        '"Klien kami kooperatif," kata kuasa hukum Rudianto, Benny Paris. "Saya sudah '
        'menjelaskan semuanya," ujar Rudianto Wibisono usai diperiksa.'
    )
    client = [role for speaker, role in _direct(body) if speaker == "Rudianto Wibisono"]
    assert client and all(role is None or "hukum" not in role for role in client)


def test_a_pronoun_after_a_question_is_not_the_asker() -> None:
    """ "“...?” tanya Yosua. “Tidak pernah,” ujarnya.": the witness answers, unnamed here."""
    body = (
        "Jaksa Yosua Manurung menghadirkan saksi Gilang Pramudya dalam sidang, Kamis.\n\n"
        '"Apakah saudara menerima uang itu?" tanya Yosua.\n\n'
        '"Tidak pernah, Pak," ujarnya.\n\n'
        'Yosua lalu bertanya soal rekening. "Rekening itu milik istri saya," kata dia.'
    )
    speakers = [s for s, _ in _direct(body)]
    assert speakers[0] == "Yosua Manurung"
    assert "Yosua Manurung" not in speakers[1:]


def test_the_asker_of_a_quoted_question_keeps_it() -> None:
    body = (
        'Ketua DPRD Sari Wulandari bertanya kepada wali kota. "Kapan jalan itu selesai?" ujarnya.'
    )
    assert _direct(body)[0][0] == "Sari Wulandari"


def test_a_role_with_a_demonstrative_points_back_at_its_named_holder() -> None:
    """ "Pemimpin Negeri Awan tersebut menyatakan bahwa ...": the leader named before."""
    body = (
        "Pemimpin Republik Sentosa Park Min Ho menghadiri uji coba di ibu kota. Pemimpin "
        "Republik Sentosa tersebut menyatakan bahwa negaranya siap menghadapi segala ancaman."
    )
    assert ("indirect", "Park Min Ho") in [(k, s) for k, s, _ in _all(body)]


def test_a_description_no_named_person_held_gives_no_speaker() -> None:
    body = (
        "Vokalis band rock Danu Prasetya ikut hadir. Pentolan Langit Senja itu mengatakan bahwa "
        "konser akan digelar tahun depan."
    )
    assert all(s != "Danu Prasetya" for k, s, _ in _all(body) if k == "indirect")


def test_ministries_of_two_countries_stay_apart() -> None:
    body = (
        "Latihan militer itu memicu reaksi. Kementerian Luar Negeri Andalasia mengatakan latihan "
        'itu bersifat defensif. "Ini langkah berbahaya," ujar juru bicara Kementerian Luar Negeri '
        "Borealia, dilansir kantor berita."
    )
    speakers = {s for _, s, _ in _all(body)}
    assert "Kementerian Luar Negeri" not in speakers
    assert speakers & {"Kementerian Luar Negeri Andalasia", "Kementerian Luar Negeri Borealia"}


def test_the_body_an_envoy_is_sent_to_does_not_speak() -> None:
    """ "wakil duta besar X untuk PBB mengatakan": the envoy speaks, never the PBB."""
    body = (
        "Sebelumnya, wakil duta besar Negeri Awan untuk PBB mengatakan kepada Sekretaris Jenderal "
        "PBB bahwa program itu tidak akan pernah dinegosiasikan."
    )
    assert all("PBB" not in (s or "") and "Bangsa" not in (s or "") for _, s, _ in _all(body))


def test_a_place_after_an_office_is_not_the_speaker() -> None:
    """ "Darmaji Sutan, Hakim Distrik di Wakanda, Rabu, menyatakan": never a person named
    "Wakanda", even when the entity stage also put that word in someone's name."""
    body = (
        "Darmaji Sutan, Hakim Distrik di Wakanda, Rabu (29/3), menyatakan telah mengubah "
        "larangan itu. Putusan itu disambut Jaksa Agung Wakanda Doni Cahyo, kata pengamat."
    )
    assert all(s is None or "Wakanda" not in s for _, s, _ in _all(body))


def test_role_phrases_are_noun_phrases_not_clause_fragments() -> None:
    body = (
        "Rumah itu digeledah kepolisian setelah Rudi Hartono ditangkap. Menurut Rudi, Pemerintah "
        "Provinsi seharusnya tak hanya melihat aturan. \"Kami kooperatif,\" kata Rudi."
    )
    roles = {r for _, s, r in _all(body) if s == "Rudi Hartono"}
    assert roles == {None}


def test_an_english_office_keeps_its_first_word() -> None:
    body = (
        '"Kami masih menyelidiki penyebabnya," kata Vice President Corporate Communication PT '
        "Angkasa Raya Rina Kusmawati."
    )
    [(speaker, role)] = _direct(body)
    assert speaker == "Rina Kusmawati"
    assert role is not None and role.startswith("Vice President")


def test_a_shared_short_name_is_the_one_just_seen_speaking() -> None:
    """Two Hendros: "ujar Hendro" is the director who spoke, not the brother named since."""
    body = (
        "Direktur utama PT Kain Sejahtera Hendro Kurniawan Salim menyatakan perusahaan tetap "
        "beroperasi. Kakaknya, Hendro Setiawan Salim, telah ditahan sejak Mei dalam kasus kredit "
        'macet. "Kami tidak akan melakukan PHK massal," ujar Hendro di Solo, Senin.'
    )
    [(speaker, role)] = _direct(body)
    assert speaker == "Hendro Kurniawan Salim"
    assert role is not None and role.startswith("Direktur")


def test_a_namesake_does_not_lend_his_role_to_the_other() -> None:
    body = (
        "Direktur utama PT Kain Sejahtera Hendro Kurniawan Salim menyatakan perusahaan tetap "
        'beroperasi. Kakaknya, Hendro Setiawan Salim, telah ditahan. "Saya pasrah," kata '
        "Hendro Setiawan."
    )
    assert _direct(body) == [("Hendro Setiawan Salim", None)]


def test_an_english_title_gives_no_speaker_from_its_last_word() -> None:
    """ "kata Pilot in Command pesawat itu": no person called "Command"."""
    for body in (
        '"Kami sudah berusaha mendarat darurat," kata Pilot in Command pesawat itu.',
        '"Kami siap," ujar Person in Charge acara tersebut.',
    ):
        assert [s for s, _ in _direct(body)] == [None]


def test_negated_speech_after_a_connective_is_no_statement() -> None:
    body = (
        "Bupati Garut Rudi Hartawan diperiksa jaksa. Namun dia tak membantah bahwa pertemuan itu "
        "ada. Ia pun tak pernah menyebut bahwa uang itu diterimanya."
    )
    assert only(body, "indirect", find_entities(body)) == []


def test_a_lawyer_for_someone_named_before_is_unnamed() -> None:
    """ "kata kuasa hukum Rudianto" after Rudianto was introduced: his lawyer, never him."""
    body = (
        "Mantan kepala dinas Rudianto Wibisono kembali diperiksa penyidik, Senin. "
        '"Klien kami kooperatif," kata kuasa hukum Rudianto di gedung kejaksaan.'
    )
    assert [s for s, _ in _direct(body)] == [None]


def test_a_lawyer_introduced_as_a_lawyer_keeps_his_words() -> None:
    body = (
        "Pengacara kondang Benny Paris ikut hadir di gedung kejaksaan. "
        '"Saya hanya menemani," kata pengacara Benny Paris.'
    )
    assert [s for s, _ in _direct(body)] == ["Benny Paris"]


def test_an_organisation_after_an_office_word_is_not_the_speaker() -> None:
    """ "Irfan Hadi selaku manajer produk Sentosa Elektronik Indonesia, mengatakan ...": the
    official speaks (or nobody named), never the company."""
    body = (
        "Peluncuran ponsel baru digelar di Jakarta. Irfan Hadi selaku manajer produk Sentosa "
        "Elektronik Indonesia, mengatakan bahwa ponsel itu cocok bagi kaum muda."
    )
    assert all("Sentosa" not in (s or "") for _, s, _ in _all(body))


def test_an_honorific_before_a_short_name_keeps_the_full_identity() -> None:
    """ "tutur Mang Wardi" of Wardi (45), "yang biasa disapa Mang Wardi": the person Wardi,
    never a second speaker "Mang Wardi"."""
    body = (
        "Seorang pedagang, Wardi (45), yang biasa disapa Mang Wardi, melihat kejadian itu. Wardi "
        'menuturkan pelaku datang berdua. "Saya langsung lari ke pos ronda," tutur Mang Wardi.'
    )
    assert _direct(body)[0][0] == "Wardi"


def test_a_short_name_with_no_mention_of_its_own_goes_to_the_one_full_name_holding_it() -> None:
    """A speaker "Ma'shum" the entity stage gave no mention (it was read after "Kiai") is the
    one person whose name holds it, not the shorter run "Ma'shum Zaini" of the body."""
    person = Entity("Abdul Ma'shum Zaini", "PERSON", ("Abdul Ma'shum Zaini",), 1, ())
    resolver = NameResolver.build("", (person,), ("Ma'shum Zaini",))
    assert resolver.resolve("Ma'shum", -1, -1) == ("Abdul Ma'shum Zaini", "PERSON")


def test_a_regional_title_is_no_part_of_the_speakers_name() -> None:
    """Dayak "Damang", Banten "Jaro", Papuan "Mama": forms of address, not names."""
    body = (
        "Pemangku adat Kecamatan Tumbang, Damang Ruslan Tingang Jaya, menemui warga. "
        '"Tanah ini punya sejarah," kata Damang Ruslan. Kepala Desa Sukamaju, Jaro Karta '
        'Wiguna, mengaku kaget. "Kami juga kaget," ujar Jaro Karta.'
    )
    assert [s for s, _ in _direct(body)] == ["Ruslan Tingang Jaya", "Karta Wiguna"]


def test_titles_alone_name_the_one_person_who_holds_them() -> None:
    """ "ucap Jro Mangku" after "Jro Mangku Wayan Sukerta": the priest, not nobody."""
    body = (
        "Pemangku pura setempat, Jro Mangku Wayan Sukerta, menyebut upacara akan digelar Rabu. "
        '"Dia sudah minta maaf. Kita harus bisa memaafkan," ucap Jro Mangku.'
    )
    assert [s for s, _ in _direct(body)] == ["Wayan Sukerta"]


def test_an_office_holder_the_tagger_typed_an_organisation_still_takes_his_pronoun() -> None:
    """ "Kepala Dinas X, Sutardi Harjo Wibisono" is a person whatever the tagger said; the
    "katanya" after "Sutardi, yang mengenakan rompi oranye, ..." is his, not the spokesman's."""
    body = (
        "Polisi menetapkan Kepala Dinas Perhubungan Kota Tegal, Sutardi Harjo Wibisono, "
        "sebagai tersangka. Juru bicara polisi, Fransiska Lumbantoruan, mengatakan penyidik "
        'menemukan bukti. "Uang itu diserahkan di sebuah warung," ujar Fransiska. Menurut '
        "Fransiska, Sutardi juga mengatur lelang. Sutardi, yang mengenakan rompi oranye, tidak "
        'banyak bicara. Ia hanya mengatakan akan mengikuti proses hukum. "Saya hormati '
        'prosesnya," katanya singkat.'
    )
    entities = (
        entity("Fransiska Lumbantoruan", body, aliases=("Fransiska",)),
        entity("Sutardi Harjo Wibisono", body, "ORG"),
        entity("Sutardi", body, "ORG"),
    )
    speakers = [q.speaker for q in only(body, "direct", entities)]
    assert speakers == ["Fransiska Lumbantoruan", "Sutardi Harjo Wibisono"]


def test_a_pronoun_inserted_after_a_name_is_not_that_name() -> None:
    """ "Lanny, kata dia, sudah lama ...": "dia" is the lawyer who spoke before, not Lanny."""
    body = (
        "Kuasa hukum Hendarto, Wulan Kartikasari Wongso, membantah tudingan tersebut. Wulan "
        "juga menyebut kliennya menjalankan usaha itu sendiri. Lestiani, kata dia, sudah lama "
        "menetap di Singapura dan jarang pulang."
    )
    [quote] = [q for q in only(body, "indirect", find_entities(body)) if "Singapura" in q.text]
    assert quote.speaker == "Wulan Kartikasari Wongso"


def test_a_passive_agent_does_not_take_the_subjects_pronoun() -> None:
    """ "Tigor menjelaskan ... ditangkap Propam ... Ia menyebut": Ia is still Tigor."""
    body = (
        "Kapolda Sumatera Utara Tigor Halomoan menjelaskan ketiga anggota tersebut ditangkap "
        "Propam bersama Ditresnarkoba pada akhir November. Ia menyebut polisi menyita empat "
        "kilogram sabu dan uang tunai."
    )
    speakers = {q.speaker for q in only(body, "indirect", find_entities(body))}
    assert speakers == {"Tigor Halomoan"}


def test_a_kin_named_in_apposition_is_the_subject() -> None:
    """ "Ibu Rendy, Rosmaida Simarmata, datang ... Ia mengaku": the mother, not her son."""
    body = (
        "Rendy Saputra tiba di Bandara Kualanamu. Ibu Rendy, Rosmaida Simarmata, datang "
        "menjemput bersama adik Rendy. Ia mengaku sempat kehilangan kontak dengan anaknya "
        "selama tiga bulan."
    )
    speakers = [q.speaker for q in only(body, "indirect", find_entities(body))]
    assert speakers == ["Rosmaida Simarmata"]


def test_a_short_name_is_not_given_to_a_namesake_introduced_only_later() -> None:
    """ "kata Kiai Mujib" after "KH Abdul Mujib Ridwan" is the father, even though his son
    "Ahmad Nabil Mujib", introduced afterwards, ends in the same word."""
    body = (
        "Pengasuh pesantren, KH Abdul Mujib Ridwan, mengatakan gagasan itu muncul tahun lalu. "
        '"Kebersihan itu sebagian dari iman," kata Kiai Mujib.\n\nProgram tersebut digagas '
        "putra sang kiai, Ahmad Nabil Mujib, yang akrab disapa Gus Nabil."
    )
    entities = (
        entity("Abdul Mujib Ridwan", body),
        entity("Ahmad Nabil Mujib", body, aliases=("Mujib", "Nabil")),
    )
    assert [q.speaker for q in only(body, "direct", entities)] == ["Abdul Mujib Ridwan"]


def test_a_name_inside_a_description_in_apposition_is_not_the_speaker() -> None:
    """ "Marlina (52), ibu dari Fikri Ramadhan (24), salah satu ..., mengatakan": the mother."""
    body = (
        "Di Cianjur, keluarga korban menyambut kabar itu dengan haru. Marlina (52), ibu dari "
        "Fikri Ramadhan (24), salah satu pekerja yang dipulangkan, mengatakan sudah empat bulan "
        "tidak bisa menghubungi anaknya."
    )
    speakers = [q.speaker for q in only(body, "indirect", find_entities(body))]
    assert speakers == ["Marlina"]


def test_a_person_in_apposition_opening_a_sentence_takes_the_next_pronoun() -> None:
    """ "Salah satu pedagang, Lamria (56), hanya bisa menatap ..." and "Cucu Sumiati, Bambang
    (70), hadir ...": no verb follows the name, but the next "Ia" is them, not the official
    named before."""
    body = (
        "Kepala Dinas Damkar, Tigor Parulian Simanjuntak, mengatakan api berasal dari kios. "
        "Salah satu pedagang pakaian, Lamria br Sitorus (56), hanya bisa menatap kiosnya yang "
        "tinggal puing. Ia mengaku baru saja menambah stok baju Natal dengan uang pinjaman.\n\n"
        "Wali Kota Retno Ambarwati Hapsari meresmikan jalan itu. Cucu Sumiati, Bambang "
        "Hadiwijoyo (70), hadir dalam peresmian. Ia mengaku terharu karena neneknya tidak "
        "pernah meminta penghargaan apa pun."
    )
    speakers = [q.speaker for q in only(body, "indirect", find_entities(body))]
    assert speakers == ["Tigor Parulian Simanjuntak", "Lamria br Sitorus", "Bambang Hadiwijoyo"]


def test_a_kin_who_undergoes_something_does_not_take_the_next_quote() -> None:
    """ "Putri Hendra, Aurelia (7), sempat dirawat ...": the girl is cared for; the father who
    spoke before keeps the "ujarnya" of the quote after."""
    body = (
        "Salah satu orangtua pasien, Hendra Gunawan Tjandra (38), mengaku nyaris terlambat.\n\n"
        '"Untung istri saya langsung ajak ke IGD," kata Hendra.\n\nPutri Hendra, Aurelia (7), '
        "sempat dirawat di ruang intensif selama dua hari.\n\n"
        '"Sekarang saya jadi rajin cek bak mandi," ujarnya.'
    )
    speakers = [q.speaker for q in only(body, "direct", find_entities(body))]
    assert speakers[-1] != "Aurelia"


def test_a_common_word_opening_a_sentence_is_no_speaker() -> None:
    """ "Banyak yang menyebut ...": the capital is the sentence's; nobody is named."""
    body = (
        "Warganet ramai memuji aksi sopir itu. Banyak yang menyebut Pak Warto sebagai pahlawan "
        'jalanan. Namun, ia justru merendah. "Saya cuma sopir biasa," ucapnya.'
    )
    speakers = {q.speaker for q in quotes_of(body, find_entities(body))}
    assert "Banyak" not in speakers


def test_a_sentence_after_the_quote_opening_with_itu_names_its_speaker() -> None:
    """ "“...” Itu yang disampaikan Rendra kepada wartawan": the next sentence says who spoke."""
    body = (
        "Putra korban, Rendra Wijaya (30), hadir dalam konferensi pers tersebut.\n\n"
        '"Bapak saya orang jujur. Tidak pernah menipu siapa pun." Itu yang disampaikan Rendra '
        "kepada wartawan seusai konferensi pers."
    )
    assert _direct(body)[0][0] == "Rendra Wijaya"
