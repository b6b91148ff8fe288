"""Statement guards across languages and wordings: numbers counted in units, digit groups of
a quote that tells its language, negations and opposites (fictional quotes)."""

from __future__ import annotations

from factories import statements_conflict, statements_linked

from kabar.stories.statement_match import compatible_speakers, wording


def test_a_count_of_weeks_is_not_the_same_count_of_days() -> None:
    indonesian = "Gelombang tinggi diperkirakan masih terjadi hingga dua pekan ke depan."
    days = "High waves are expected to continue for the next two days."
    weeks = "High waves are expected to continue for the next two weeks."
    fortnight = "Gelombang tinggi diperkirakan masih terjadi hingga 14 hari ke depan."
    assert statements_conflict(indonesian, days) == "numbers"
    assert statements_conflict(indonesian, weeks) is None
    assert statements_conflict(indonesian, fortnight) is None


def test_calendar_units_meet_within_a_margin_and_a_bare_number_meets_any_unit() -> None:
    months = "Proyek jalan tol itu ditargetkan selesai dalam 12 bulan sejak groundbreaking."
    year = "Proyek jalan tol itu ditargetkan selesai dalam 1 tahun sejak groundbreaking."
    bare = "The toll road project is targeted for completion in a 12-month span."
    assert statements_conflict(months, year) is None
    assert statements_conflict(months, bare) is None


def test_a_scale_is_not_read_the_other_languages_way_when_the_quote_tells_its_language() -> None:
    indonesian = (
        "Nilai ekspor kopi hingga akhir Juni mencapai Rp1.240 triliun, naik dari tahun lalu."
    )
    billions = (
        "Coffee exports through the end of June reached 1,240 billion rupiah, up from last year."
    )
    trillions = (
        "Coffee exports through the end of June reached 1,240 trillion rupiah, up from last year."
    )
    assert statements_conflict(indonesian, billions) == "numbers"
    assert statements_conflict(indonesian, trillions) is None
    assert statements_linked(indonesian, trillions)


def test_an_english_none_negates_what_the_indonesian_affirms() -> None:
    indonesian = "Kami sudah menetapkan dua tersangka dan keduanya sudah ditahan di rutan polda."
    none = "We have named two suspects, but none of them has been detained yet."
    assert statements_conflict(indonesian, none) == "negation"


def test_a_level_is_no_rise_and_a_lower_figure_no_fall() -> None:
    # "tingkat" (a level) is the bare root of "meningkat" (a rise); "lower" no opposite of it
    indonesian = (
        "Tingkat kehadiran siswa di sekolah itu hanya 64 persen, lebih rendah dari semester lalu."
    )
    english = "Student attendance at the school was only 64 percent, lower than last semester."
    assert statements_conflict(indonesian, english) is None
    paraphrase = "Kehadiran siswa turun menjadi 64 persen, terendah sejak sekolah itu dibuka."
    other = "Tingkat kehadiran siswa tercatat 64 persen, angka paling rendah sejak sekolah dibuka."
    assert statements_conflict(paraphrase, other) is None
    rise = "Kehadiran siswa meningkat menjadi 64 persen, tertinggi sejak sekolah itu dibuka."
    assert statements_conflict(paraphrase, rise) == "negation"


def test_a_negation_passes_through_a_verb_of_having_to_what_is_had() -> None:
    indonesian = (
        "Truk itu kami tahan karena tidak memiliki surat izin angkut dan membawa 12 ton pupuk."
    )
    english = "We held the truck because it had no transport permit and was carrying 12 tonnes of fertiliser."
    assert statements_conflict(indonesian, english) is None


def test_a_speaker_with_a_middle_name_cut_to_its_initial_is_one_person() -> None:
    assert compatible_speakers("Bayu Kertanegara Wiratama", "Bayu K. Wiratama")
    assert not compatible_speakers("Bayu Kertanegara Wiratama", "Bayu S. Wiratama")


def test_a_negation_mistyped_by_a_letter_is_still_the_negation() -> None:
    written = "Banjir ini tidak merendam permukiman, tetapi warga diminta tetap waspada."
    mistyped = "Banjir ini tdak merendam permukiman, tetapi warga diminta tetap waspada."
    affirmed = "Banjir ini merendam permukiman, tetapi warga diminta tetap waspada."
    assert statements_conflict(written, mistyped) is None
    assert statements_conflict(affirmed, mistyped) == "negation"
    # "buka" is a word, not a mistyped "bukan"
    assert (
        statements_conflict(
            "Pasar itu buka lagi mulai besok pagi.", "Pasar itu buka lagi besok pagi."
        )
        is None
    )


def test_two_negations_of_one_thing_said_of_it_in_other_places_are_one_statement() -> None:
    direct = "Kami akan menegur sekolah yang tidak bisa menyalurkan beasiswa minimal 80 persen."
    reported = "ia akan menegur sekolah yang penyaluran beasiswanya tidak mencapai 80 persen"
    assert statements_conflict(direct, reported) is None
    other = "Kami datang ke Surabaya bukan untuk bertahan."
    assert statements_conflict(other, "Kami datang ke Surabaya bukan untuk menang.") == "negation"


def test_a_negation_ends_at_the_word_joining_its_clause_to_the_next() -> None:
    recovered = "Kondisi pasien sudah membaik dan tidak lagi dirawat di ruang isolasi."
    still_ill = "Kondisi pasien belum membaik dan masih dirawat di ruang isolasi."
    assert statements_conflict(recovered, still_ill) == "negation"
    none_left = "Semua pasien sudah pulang dan tidak ada yang dirawat lagi."
    no_one = "Semua pasien telah pulang; tak satu pun yang masih menjalani perawatan."
    assert statements_conflict(none_left, no_one) is None
    # a join right after the negation is what it negates
    reason = "Harga naik karena cuaca buruk, bukan karena stok kurang."
    assert statements_conflict(reason, "bukan karena stok kurang") is None


def test_a_search_extended_is_not_a_search_stopped_and_absent_is_not_playing() -> None:
    stopped = "Operasi pencarian dua pendaki yang hilang kami hentikan hari ini."
    extended = "The search for the two missing climbers has been extended by two days."
    assert statements_conflict(stopped, extended) == "negation"
    absent = "Rudi Hartanto dipastikan absen di laga melawan Thailand karena cedera."
    playing = "Rudi Hartanto sudah pulih dari cedera dan dipastikan bisa main melawan Thailand."
    assert statements_conflict(absent, playing) == "negation"


def test_a_negation_said_in_one_word_by_the_translation_is_one_statement() -> None:
    indonesian = "Pelaku marah karena korban tidak mau mengembalikan uang Rp15 juta."
    english = "The suspect was angry because the victim refused to return 15 million rupiah."
    assert statements_conflict(indonesian, english) is None
    willing = "The suspect was angry because the victim agreed to return 15 million rupiah."
    assert statements_conflict(indonesian, willing) == "negation"


def test_an_indonesian_outlet_carrying_one_sentence_of_an_english_quote_links() -> None:
    english = (
        "Bridge repairs are 60 percent complete. The remaining work will be finished by the end "
        "of the month, and the road reopens to trucks next week."
    )
    indonesian = "Perbaikan jembatan sudah mencapai 60 persen."
    assert statements_linked(english, indonesian)
    other = "Pembangunan pasar baru sudah mencapai 60 persen."
    assert not statements_linked(english, other)


def test_a_translation_with_news_words_of_labour_and_blame_links() -> None:
    indonesian = "Kalau pabrik garmen ini dibiarkan merugi, 3 ribu pekerja tekstil bisa dirumahkan."
    english = (
        "If this garment factory is left making losses, 3,000 textile workers could be laid off."
    )
    assert statements_linked(indonesian, english)


def test_news_synonyms_of_workers_and_of_interfering_align() -> None:
    first = "Pemerintah pusat tidak akan ikut campur dalam sengketa buruh pabrik itu."
    second = "Pemerintah pusat tidak akan mengintervensi sengketa pekerja pabrik itu."
    assert statements_conflict(first, second) is None
    assert statements_linked(first, second)


def test_another_part_of_a_period_is_another_time() -> None:
    indonesian = "Kami minta tarif tol baru ditunda setidaknya sampai akhir tahun ini."
    middle = "We ask that the new toll rates be delayed at least until the middle of this year."
    end = "We ask that the new toll rates be delayed at least until the end of this year."
    assert statements_conflict(indonesian, middle) == "time"
    assert statements_conflict(indonesian, end) is None
    peak = "Puncak musim hujan diperkirakan jatuh pada Januari."
    assert statements_conflict(peak, "The rainy season is expected to end in January.") == "time"
    # a part's word before no period is no time: "tengah" of an ongoing case, "terakhir"
    ongoing = "Kasus yang tengah berjalan itu mencatat 40 saksi dalam sebulan terakhir."
    assert statements_conflict(ongoing, "Kasus yang sedang berjalan itu mencatat 40 saksi.") is None


def test_an_english_word_the_indonesian_contradicts_without_translating_it() -> None:
    indonesian = (
        "Kunjungan wisatawan mancanegara ke Lombok kami targetkan 2 juta, dan sampai Juni "
        "sudah tercapai 1,1 juta."
    )
    domestic = (
        "We are targeting 2 million foreign tourist arrivals to Lombok, and 1.1 million "
        "domestic tourists had visited by June."
    )
    foreign = (
        "We are targeting 2 million foreign tourist arrivals to Lombok, and 1.1 million "
        "had arrived by June."
    )
    assert statements_conflict(indonesian, domestic) == "negation"
    assert statements_conflict(indonesian, foreign) is None


def test_an_english_negation_placed_on_the_verb_meets_the_indonesian_one_on_its_aim() -> None:
    indonesian = "Kami datang ke Medan bukan untuk bertahan."
    english = "We did not come to Medan to defend."
    assert statements_conflict(indonesian, english) is None


def test_an_english_quote_with_few_common_function_words_is_still_english() -> None:
    indonesian = "Terdakwa menerima suap senilai Rp3,4 miliar selama dua tahun."
    english = "The defendant received bribes worth 3.4 billion rupiah over two years."
    assert statements_linked(indonesian, english)


def test_a_number_is_one_content_word_however_it_is_written() -> None:
    digits = wording("Sekitar 12.000 buruh kena PHK setelah 18 pabrik garmen tutup.")
    words = wording("Sekitar 12 ribu pekerja kena PHK setelah 18 pabrik garmen tutup.")
    assert "#12000" in digits.stems & words.stems
    assert not any(stem in ("000", "ribu") for stem in digits.stems | words.stems)


def test_opposites_said_of_one_party_by_swapped_clauses_are_two_statements() -> None:
    indonesian = (
        "Tersangka berinisial HW sudah kami tangkap di Jambi, sementara tiga rekannya masih buron."
    )
    swapped = (
        "The suspect identified as HW is still a fugitive, while three of his accomplices "
        "were arrested in Jambi."
    )
    same = (
        "The suspect identified as HW was arrested in Jambi, while three of his accomplices "
        "are still fugitives."
    )
    assert statements_conflict(indonesian, swapped) == "negation"
    assert statements_conflict(indonesian, same) is None


def test_another_day_month_or_relative_time_across_languages_is_another_statement() -> None:
    indonesian = "Sidang putusan kasus suap itu akan digelar pada Rabu pekan depan."
    assert (
        statements_conflict(indonesian, "The verdict hearing will be held on Thursday next week.")
        == "time"
    )
    assert (
        statements_conflict(indonesian, "The verdict hearing will be held on Wednesday next week.")
        is None
    )
    july = "Pembangunan waduk ditargetkan rampung pada Juli tahun ini."
    assert (
        statements_conflict(
            july, "Construction of the reservoir is set to finish in September this year."
        )
        == "time"
    )
    assert (
        statements_conflict(
            july, "Construction of the reservoir is set to finish in July this year."
        )
        is None
    )
    assert (
        statements_conflict(
            july, "Construction of the reservoir is set to finish in July next year."
        )
        == "time"
    )


def test_a_quantity_with_no_one_value_meets_only_numbers_in_its_range() -> None:
    tens = "Puluhan kios terbakar dalam kebakaran pasar semalam."
    assert (
        statements_conflict(tens, "Dozens of stalls burned in the market fire last night.") is None
    )
    assert (
        statements_conflict(tens, "Sebanyak 37 kios terbakar dalam kebakaran pasar semalam.")
        is None
    )
    hundreds = "Hundreds of stalls burned in the market fire last night."
    assert statements_conflict(tens, hundreds) == "numbers"
    many = "Puluhan ribu warga mengungsi akibat banjir bandang."
    assert (
        statements_conflict(many, "Tens of thousands of residents fled the flash floods.") is None
    )
    assert statements_conflict(many, "Thousands of residents fled the flash floods.") == "numbers"


def test_one_named_person_or_place_for_another_across_languages() -> None:
    indonesian = "Pelatih meminta Rizky tampil sejak menit pertama melawan Malaysia."
    other = "The coach asked Dimas to start from the first minute against Malaysia."
    same = "The coach asked Rizky to start from the first minute against Malaysia."
    assert statements_conflict(indonesian, other) == "names"
    assert statements_conflict(indonesian, same) is None
    initials = "Tersangka berinisial AS sudah kami tahan di Polda Riau."
    assert (
        statements_conflict(initials, "The suspect, with the initials RN, is detained in Riau.")
        == "names"
    )
    # a holiday or a month named in each language is no person
    holiday = "Tarif kereta tidak akan naik selama libur Natal pada Desember."
    assert (
        statements_conflict(
            holiday, "Train fares will not rise during the Christmas holiday in Dec."
        )
        is None
    )


def test_a_negation_run_into_the_next_word_is_still_the_negation() -> None:
    written = "Stok beras cukup sampai Lebaran, jadi warga tidak perlu panik."
    run_in = "Stok beras cukup sampai Lebaran, jadi warga tidakperlu panik."
    assert statements_conflict(written, run_in) is None
    # the negation with a particle is one word
    asked = "Bukankah stok beras cukup sampai Lebaran? Warga tidak perlu panik."
    assert (
        statements_conflict(asked, "Stok beras cukup sampai Lebaran. Warga tidak perlu panik.")
        is None
    )


def test_a_negation_passes_through_a_light_verb_to_what_it_denies() -> None:
    refused = "Kami tidak akan mengajukan banding atas vonis pengadilan negeri itu."
    assert statements_conflict(refused, "We will appeal the district court's sentence.") == (
        "negation"
    )
    assert statements_conflict(refused, "We will not appeal the district court's sentence.") is None
    held = "Polisi belum melakukan penahanan terhadap pengemudi truk itu."
    assert statements_conflict(held, "Police have detained the truck driver.") == "negation"
    assert statements_conflict(held, "Police have not yet detained the truck driver.") is None


def test_another_cause_of_harm_is_another_statement() -> None:
    bruise = "Hasil visum menunjukkan korban luka akibat pukulan benda tumpul di bagian punggung."
    stab = "The post-mortem shows the victim was hurt by a stab wound to the back."
    blow = "The examination shows the victim was hurt by a blow from a blunt object to the back."
    assert statements_conflict(bruise, stab) == "subject"
    assert statements_conflict(bruise, blow) is None
    smoke = "Kabut di kota ini terutama berasal dari asap pembakaran sampah di lahan kosong."
    exhaust = "The haze in the city comes mainly from vehicle emissions."
    burning = "The haze in the city comes mainly from smoke of garbage burned on empty land."
    assert statements_conflict(smoke, exhaust) == "subject"
    assert statements_conflict(smoke, burning) is None
