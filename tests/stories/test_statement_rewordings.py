"""Statements reworded, shortened or negated in other words, and their hard negatives
(fictional quotes and speakers)."""

from __future__ import annotations

from factories import statements_conflict, statements_linked

from kabar.stories.statement_guards import guarded
from kabar.stories.statement_lexicon import translations
from kabar.stories.statement_match import compatible_speakers, wording


def test_a_name_without_its_middle_words_is_one_speaker() -> None:
    assert compatible_speakers("Bonar Al Rasyid Tampubolon", "Bonar Tampubolon")
    assert compatible_speakers("Kombes Bonar Al Rasyid Tampubolon", "Bonar Rasyid Tampubolon")
    assert not compatible_speakers("Bonar Al Rasyid Tampubolon", "Bonar Simanjuntak")
    assert not compatible_speakers("Bonar Al Rasyid Tampubolon", "Rasyid Bonar")


def test_one_number_cannot_stand_for_two() -> None:
    first = "Terdakwa divonis tujuh tahun penjara dan denda Rp200 juta subsider empat bulan."
    second = "Terdakwa divonis empat tahun penjara dan denda Rp200 juta subsider empat bulan."
    repeated = "Terdakwa divonis tujuh tahun penjara, denda Rp200 juta, subsider empat bulan."
    assert statements_conflict(first, second) == "numbers"
    assert statements_conflict(first, repeated) is None


def test_a_figure_in_words_or_digits_is_one_content_word() -> None:
    words = "Omzet pedagang pasar naik sekitar tujuh persen, di bawah target koperasi."
    digits = "Kenaikan omzet pedagang pasar cuma sekitar 7 persen, di bawah target."
    assert "tujuh" not in wording(words).stems
    assert statements_linked(words, digits)


def test_the_kind_of_a_place_may_be_named_in_other_words() -> None:
    dam = "Debit air di Bendungan Karangsari sudah di atas normal, pintu air kami buka."
    reservoir = "Debit air Waduk Karangsari sudah di atas normal sehingga pintu air dibuka."
    other_dam = "Debit air di Bendungan Sukamaju sudah di atas normal, pintu air kami buka."
    west = "Debit air di Waduk Karangsari Barat sudah di atas normal, pintu air kami buka."
    east = "Debit air di Bendungan Karangsari Timur sudah di atas normal, pintu air kami buka."
    assert statements_conflict(dam, reservoir) is None
    assert statements_conflict(dam, other_dam) == "names"
    assert statements_conflict(west, east) == "names"


def test_a_negation_said_in_one_word_is_the_same_statement() -> None:
    negated = "Tidak tertutup kemungkinan jumlah tersangka kasus pupuk ini bertambah."
    opened = "Penyidik membuka kemungkinan jumlah tersangka kasus pupuk ini bertambah."
    closed = "Penyidik menutup kemungkinan jumlah tersangka kasus pupuk ini bertambah."
    not_allowed = "Sekolah tidak boleh memungut biaya wisuda dari wali murid."
    banned = "Sekolah dilarang memungut biaya wisuda dari wali murid."
    allowed = "Sekolah boleh memungut biaya wisuda dari wali murid."
    assert statements_conflict(negated, opened) is None
    assert statements_conflict(negated, closed) is not None
    assert statements_conflict(not_allowed, banned) is None
    assert statements_conflict(not_allowed, allowed) == "negation"


def test_not_raising_is_not_lowering_and_not_planning_is_not_doing() -> None:
    planned = "Pemerintah tidak berencana menaikkan tarif tol dalam kota tahun depan."
    negated = "Pemerintah tidak akan menaikkan tarif tol dalam kota tahun depan."
    lowered = "Pemerintah akan menurunkan tarif tol dalam kota tahun depan."
    assert statements_conflict(planned, negated) is None
    assert statements_conflict(negated, lowered) is not None


def test_a_negation_closing_its_clause_negates_what_came_first() -> None:
    first = "Saya belum menemukan sentuhan di set awal, tapi setelah itu saya bisa mengatur tempo."
    second = "Di set awal sentuhan saya belum dapat. Setelahnya baru saya bisa mengatur tempo."
    assert statements_conflict(first, second) is None


def test_a_negated_quantity_negates_the_word_after_its_filler() -> None:
    first = "Semua peserta sudah diperbolehkan pulang dan tidak ada yang dirawat lagi."
    second = "Semua peserta sudah pulang; tak satu pun yang menjalani perawatan."
    assert statements_conflict(first, second) is None


def test_no_need_in_other_words_is_one_negation() -> None:
    first = "Warga tidak perlu panik, stok beras di gudang aman."
    second = "Warga tak usah resah, stok beras di gudang aman."
    assert statements_conflict(first, second) is None


def test_a_translation_naming_a_near_name_is_another_person() -> None:
    indonesian = "Penyidik memeriksa saksi Gunadi Pramono selama enam jam soal aliran dana."
    english = "Investigators questioned witness Gunadi Pranoto for six hours about the funds."
    same = "Investigators questioned witness Gunadi Pramono for six hours about the funds."
    assert statements_conflict(indonesian, english) == "names"
    assert statements_conflict(indonesian, same) is None


def test_two_multi_sport_games_are_two_statements_in_either_language() -> None:
    indonesian = "Kami menargetkan tiga medali perak di SEA Games tahun depan."
    english = "We are targeting three silver medals at the Olympics next year."
    asian = "We are targeting three silver medals at the Asian Games next year."
    same = "Kami menargetkan tiga medali perak di Asian Games tahun depan."
    assert statements_conflict(indonesian, english) == "subject"
    assert statements_conflict(same, asian) is None
    assert statements_conflict(indonesian, same) is not None


def test_a_time_with_a_colon_equals_its_indonesian_writing() -> None:
    english = "The hearing will resume on Monday at 2:45 p.m. local time."
    indonesian = "Sidang dilanjutkan Senin pukul 14.45 waktu setempat."
    other_time = "Sidang dilanjutkan Senin pukul 14.54 waktu setempat."
    assert statements_conflict(english, indonesian) is None
    assert statements_conflict(english, other_time) == "numbers"
    assert statements_conflict("Sidang dilanjutkan Senin pukul 14:45 waktu setempat.", indonesian) is None


def test_no_later_than_sets_a_bound_and_denies_nothing() -> None:
    english = "Governors must announce the wage no later than Nov. 20, we will not extend it."
    assert not guarded("Governors must announce the wage no later than Nov. 20.").negated
    assert guarded("The wage will no longer be announced by governors.").negated
    assert guarded(english).head_words == ("extend",)


def test_the_glossary_has_the_words_of_rulings_elections_and_traffic_rules() -> None:
    for english, indonesian in (
        ("revote", "ulang"),
        ("stations", "tps"),
        ("later", "lambat"),
        ("odd", "ganjil"),
        ("even", "genap"),
        ("plate", "pelat"),
        ("enforced", "berlakukan"),
        ("pronounced", "diucapkan"),
        ("lawmakers", "pembentuk"),
    ):
        assert indonesian in translations(english), english


def test_a_place_called_by_its_epithet_is_the_same_place() -> None:
    named = "Harga cabai rawit di Surabaya naik hampir dua kali lipat sejak awal bulan."
    epithet = "Sejak awal bulan, harga cabai rawit di Kota Pahlawan naik nyaris dua kali lipat."
    other_place = "Harga cabai rawit di Malang naik hampir dua kali lipat sejak awal bulan."
    assert statements_conflict(named, epithet) is None
    assert statements_conflict(epithet, other_place) == "names"


def test_a_doer_is_no_subject_of_the_verb_of_its_root() -> None:
    treated = "Kondisi korban sudah membaik, tetapi masih dirawat di ruang isolasi."
    patient = "Pasien masih dirawat di ruang isolasi meski kondisinya sudah membaik."
    nurses = "Kondisi perawat sudah membaik, tetapi masih diisolasi di ruang isolasi."
    assert statements_conflict(treated, patient) is None
    assert statements_conflict(nurses, patient) == "subject"


def test_a_sentence_cut_from_a_longer_quote_is_compared_with_that_sentence() -> None:
    longer = (
        "Fraksi kami belum memutuskan sikap soal anggaran. Semua masih dibahas, dan "
        "keputusan akhir ada di tangan rapat pleno fraksi."
    )
    cut = "Keputusan akhir ada di tangan rapat pleno fraksi."
    assert statements_conflict(longer, cut) is None
    assert statements_linked(longer, cut)


def test_a_javanese_o_written_a_is_one_speaker() -> None:
    assert compatible_speakers("AKBP Sutarno Wiryomo", "Sutarno Wiryama")
    assert compatible_speakers("Hadi Santoso", "Hadi Santosa")
    assert not compatible_speakers("Hadi Santoso", "Hadi Susanto")


def test_a_misspelt_scale_is_the_scale() -> None:
    right = "Belanja modal perusahaan tahun ini mencapai Rp2,4 triliun untuk jaringan."
    misspelt = "Belanja modal perusahaan tahun ini mencapai Rp 2,4 trilun untuk jaringan."
    other = "Belanja modal perusahaan tahun ini mencapai Rp 2,4 miliar untuk jaringan."
    assert statements_conflict(right, misspelt) is None
    assert statements_conflict(right, other) == "numbers"


def test_a_space_before_a_digit_group_splits_no_number() -> None:
    clean = "Sebanyak 2.375 warga mengungsi ke balai desa sejak semalam."
    broken = "Sebanyak 2 .375 warga mengungsi ke balai desa sejak semalam."
    assert statements_conflict(clean, broken) is None
    assert statements_conflict(clean, "Sebanyak 2 .735 warga mengungsi ke balai desa sejak semalam.")
