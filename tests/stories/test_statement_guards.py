"""Statement guards and words across wordings: translations, polarity, subjects, numbers
written differently, speakers named differently (fictional quotes)."""

from __future__ import annotations

from factories import statements_conflict, statements_linked

from kabar.stories.numbers import find_numbers
from kabar.stories.statement_lexicon import content_stem, stem, translations
from kabar.stories.statement_match import compatible_speakers


def test_an_english_translation_links_with_its_numbers_read_the_english_way() -> None:
    indonesian = (
        "Sebanyak 2.750 warga Desa Lembah Hijau mengungsi setelah banjir merendam 600 rumah."
    )
    english = (
        "A total of 2,750 residents of Lembah Hijau village fled after floods inundated 600 homes."
    )
    other_figure = (
        "A total of 2,570 residents of Lembah Hijau village fled after floods inundated 600 homes."
    )
    assert statements_linked(indonesian, english)
    assert statements_conflict(indonesian, other_figure) == "numbers"
    assert not statements_linked(indonesian, other_figure)


def test_english_scales_and_decimals_equal_their_indonesian_writing() -> None:
    indonesian = "Pemerintah menyalurkan bantuan Rp 1,5 triliun kepada 3,2 juta petani tahun ini."
    english = "The government distributed Rp 1.5 trillion in aid to 3.2 million farmers this year."
    assert statements_conflict(indonesian, english) is None
    assert statements_linked(indonesian, english)


def test_an_english_negation_against_an_indonesian_affirmation_is_another_statement() -> None:
    indonesian = "Pemerintah akan mengimpor gula dari Thailand bulan depan."
    english = "The government will not import sugar from Thailand next month."
    assert statements_conflict(indonesian, english) == "negation"


def test_a_translation_negates_where_its_language_puts_the_negation() -> None:
    # "n't" is a negation; each language negates the same thing in its own place
    assert statements_conflict(
        "Kami belum punya cukup waktu untuk menyiapkan pemain muda.",
        "We don't have enough time to prepare the young players.",
    ) is None
    assert statements_conflict(
        "Tim SAR masih mencari empat nelayan yang belum ditemukan sejak Selasa.",
        "Rescuers are still searching for four fishermen who remain missing since Tuesday.",
    ) is None
    assert statements_conflict(
        "Kami datang ke Manila bukan untuk sekadar menjadi penggembira.",
        "We did not come to Manila just to make up the numbers.",
    ) is None
    # what one negates, the other says plainly: two statements
    assert statements_conflict(
        "Pemerintah tidak akan melarang ekspor rotan mentah tahun depan.",
        "The government will ban raw rattan exports next year.",
    ) == "negation"
    assert statements_conflict(
        "Warga tidak perlu mengungsi karena status gunung masih Waspada.",
        "Residents need to evacuate because the volcano's status is still Alert.",
    ) == "negation"


def test_a_translation_naming_another_person_is_another_statement() -> None:
    assert statements_conflict(
        "Presiden menunjuk Laksamana (Purn) Hendrikus Sapulete sebagai duta besar di Kanada.",
        "The President has appointed former banker Miranti Susanto as ambassador to Canada.",
    ) == "names"
    # one capitalised word the glossary lacks is no person ("Strait" / "Selat")
    assert statements_conflict(
        "Semua kapal di Selat Lombok wajib memakai tiket elektronik mulai Juni.",
        "All ships in the Lombok Strait must use electronic tickets from June.",
    ) is None


def test_a_time_after_noon_equals_its_24_hour_writing() -> None:
    assert statements_conflict(
        "Hingga pukul 19.00 WIB, 31 rumah rusak berat akibat angin puting beliung.",
        "As of 7 p.m. local time, 31 houses had been badly damaged by the whirlwind.",
    ) is None
    assert statements_conflict(
        "Hingga pukul 19.00 WIB, 31 rumah rusak berat akibat angin puting beliung.",
        "As of 5 p.m. local time, 31 houses had been badly damaged by the whirlwind.",
    ) == "numbers"


def test_a_demand_and_a_verdict_or_exports_and_imports_are_two_statements() -> None:
    assert statements_conflict(
        "Jaksa menuntut terdakwa tujuh tahun penjara dalam perkara suap perizinan.",
        "The court sentenced the defendant to seven years in prison in the permit bribery case.",
    ) == "negation"
    assert statements_conflict(
        "Kebijakan ini membuat ekspor kopi ke Jepang naik 20 persen.",
        "This policy raised coffee imports from Japan by 20 percent.",
    ) == "negation"


def test_words_of_opposite_polarity_part_two_statements() -> None:
    base = "Tersangka {} telah menerima hadiah dari rekanan dinas tersebut."
    assert statements_conflict(base.format("mengakui"), base.format("menyangkal")) == "negation"
    swab = "Hasil tes menunjukkan pengemudi bus itu {} alkohol."
    assert statements_conflict(swab.format("positif"), swab.format("negatif")) == "negation"
    # the same word on both sides is no conflict
    assert statements_conflict(base.format("mengakui"), base.format("mengakui")) is None


def test_a_negation_of_what_the_other_does_not_say_is_another_wording() -> None:
    said = "Penjaga gawang kami mengalami patah jari dan dipastikan absen di laga final."
    reported = (
        "Penjaga gawang mengalami patah jari sehingga dipastikan tidak bermain di laga final."
    )
    negated = "Penjaga gawang kami mengalami patah jari dan dipastikan tidak absen di laga final."
    assert statements_conflict(said, reported) is None
    assert statements_conflict(said, negated) == "negation"


def test_a_negation_through_a_light_verb_denies_its_object() -> None:
    affirmed = "Hasil visum menunjukkan korban sempat dipukuli sebelum ditemukan di sungai."
    denied = "Hasil visum tidak menemukan tanda-tanda pemukulan pada tubuh korban."
    assert statements_conflict(affirmed, denied) == "negation"


def test_or_not_is_a_choice_not_a_denial() -> None:
    first = "Siapa pun yang terlibat akan kami proses, pejabat atau bukan, tanpa pandang bulu."
    second = "Kami akan memproses siapa pun yang terlibat, pejabat ataupun bukan."
    assert statements_conflict(first, second) is None


def test_one_consonant_for_another_names_another_person() -> None:
    first = "Korban meninggal bernama Sutarjo, 61 tahun, warga Dusun Krajan."
    assert statements_conflict(first, "Korban meninggal bernama Sukarjo, 61 tahun, warga Dusun Krajan.") == "names"
    # old and new spelling of one name
    assert statements_conflict("Pelatih Jusuf Rahardi memanggil 25 pemain untuk pemusatan latihan.",
                "Pelatih Yusuf Rahardi memanggil 25 pemain untuk pemusatan latihan.") is None


def test_a_negation_is_compared_past_its_modal() -> None:
    will = "Bank sentral akan melakukan operasi pasar untuk menjaga kurs."
    need_not = "Bank sentral belum perlu melakukan operasi pasar untuk menjaga kurs."
    assert statements_conflict(will, need_not) == "negation"


def test_an_english_quote_names_its_subject_through_the_glossary() -> None:
    indonesian = "Kasus campak di provinsi ini turun separuh dibanding tahun lalu."
    assert statements_conflict(indonesian, "Measles cases in the province fell by half from last year.") is None
    assert statements_conflict(indonesian, "Malaria cases in the province fell by half from last year.") == (
        "subject"
    )


def test_each_naming_another_subject_is_two_statements() -> None:
    first = "Dinas kesehatan menargetkan kasus campak turun separuh pada akhir tahun."
    second = "Dinas kesehatan menargetkan kasus difteri turun separuh pada akhir tahun."
    assert statements_conflict(first, second) == "subject"
    # a subject's other name is the same subject
    dengue = "Kasus demam berdarah di kota ini turun separuh dibanding tahun lalu."
    dbd = "Kasus DBD di kota ini turun separuh dibanding tahun lalu."
    assert statements_conflict(dengue, dbd) is None


def test_numbers_in_another_unit_or_with_a_money_abbreviation_are_equal() -> None:
    weeks = "Posko darurat dibuka dua pekan ke depan bagi warga terdampak."
    days = "Posko darurat dibuka 14 hari ke depan bagi warga terdampak."
    assert statements_conflict(weeks, days) is None
    assert statements_conflict(weeks, "Posko darurat dibuka 10 hari ke depan bagi warga terdampak.") == "numbers"
    half = "Separuh anggaran desa dipakai untuk perbaikan jalan."
    percent = "Sebanyak 50 persen anggaran desa dipakai untuk perbaikan jalan."
    assert statements_conflict(half, percent) is None
    assert statements_conflict(half, percent.replace("50", "30")) == "numbers"
    assert [n.value for n in find_numbers("dana Rp7 T dan Rp 3,5 M")] == [7e12, 3.5e9]
    assert [n.value for n in find_numbers("beras 7 t")] == [7.0]


def test_blends_and_apostrophes_are_spellings_of_one_name() -> None:
    full = "Angka kemiskinan Sulawesi Selatan turun menjadi 8,1 persen pada Maret."
    blend = "Angka kemiskinan Sulsel turun menjadi 8,1 persen pada Maret."
    assert statements_conflict(full, blend) is None
    assert statements_conflict(full, "Angka kemiskinan Sumatra Barat turun menjadi 8,1 persen pada Maret.")


def test_stems_and_synonyms() -> None:
    assert stem("kenaikan") == stem("naik") and stem("penolakan") == stem("tolak")
    assert stem("pertumbuhan") == stem("tumbuh")
    assert content_stem("penghujung") == content_stem("akhir")
    assert content_stem("kuartal") == content_stem("triwulan")
    assert content_stem("banjir") != content_stem("longsor")


def test_meny_and_peny_stand_for_a_root_in_s_even_a_short_one() -> None:
    # "men" + "yiap" is no Indonesian form: the root of "menyiapkan" is "siap"
    assert stem("menyiapkan") == stem("siap") == stem("disiapkan")
    assert stem("menyapu") == stem("sapu")
    # pe- before a root in m stays so: "pemain" is "main", not "pain"
    assert stem("pemain") == stem("bermain")


def test_english_words_are_translated_without_their_inflection() -> None:
    assert "tangkap" in translations("arrested")
    assert "desa" in translations("villages")
    assert translations("qwertyed") == ()


def test_speakers_named_with_titles_ranks_or_surname_only_are_one_person() -> None:
    assert compatible_speakers("Prof. Dr. Maria Tanoto, M.Sc", "Maria Tanoto")
    assert compatible_speakers("Brigjen Yosef Lerek", "Brig. Gen. Yosef Lerek")
    assert compatible_speakers("Lerek", "Yosef Lerek")
    assert not compatible_speakers("Yosef Lerek", "Yosef Laka")
    assert not compatible_speakers("Lerek", "Yosef Laka")


def test_a_name_shortened_by_its_first_or_last_words_is_one_speaker() -> None:
    assert compatible_speakers("Asep Mulyana Sukma", "Asep Mulyana")
    assert compatible_speakers("I Wayan Darsana Putra", "Wayan Darsana Putra")
    assert compatible_speakers("Kombes Pol. Yusran Hakim Lubis", "Yusran Hakim Lubis")
    # the words must be in order, each spelt alike (without middle words: see
    # test_statement_rewordings)
    assert not compatible_speakers("Mulyana Asep", "Asep Mulyana Sukma")
    assert not compatible_speakers("Budi Santosa", "Budi Hartono Sentani")


def test_two_people_given_each_other_part_are_two_statements() -> None:
    first = "Pelaku utama berinisial DK, sementara MT berperan sebagai perekrut korban."
    swapped = "Pelaku utama berinisial MT, sedangkan DK berperan sebagai perekrut korban."
    reworded = "DK adalah pelaku utama, sementara MT bertugas merekrut korban."
    assert statements_conflict(first, swapped) == "roles"
    assert statements_conflict(first, reworded) is None
    ranked = "Di Kalimantan Barat, suara Rudi Hartawan tertinggi, disusul Sinta Lubis."
    reranked = "Di Kalimantan Barat, suara Sinta Lubis tertinggi, disusul Rudi Hartawan."
    assert statements_conflict(ranked, reranked) == "roles"
    together = "Rudi Hartawan dan Sinta Lubis sama-sama unggul di Kalimantan Barat."
    turned = "Sinta Lubis dan Rudi Hartawan unggul di Kalimantan Barat."
    assert statements_conflict(together, turned) is None
