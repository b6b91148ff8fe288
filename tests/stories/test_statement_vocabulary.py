"""The general vocabulary of statement linking: Indonesian roots, news synonyms, the
English-Indonesian glossary and blended abbreviations (fictional quotes)."""

from __future__ import annotations

from factories import statements_conflict, statements_linked

from kabar.stories.name_spelling import name_found
from kabar.stories.statement_lexicon import content_stem, stem, translations
from kabar.stories.statement_match import aligned_similarity, wording


def test_a_root_that_looks_affixed_stays_whole_and_meets_its_affixed_forms() -> None:
    assert stem("korban") == stem("korbannya") == stem("pengorbanan") == "korban"
    assert stem("selesai") == stem("diselesaikan") == stem("menyelesaikan")
    assert stem("kurang") == stem("berkurang") == stem("pengurangan")
    assert stem("periode") == "periode" and stem("persen") == "persen"


def test_two_prefixes_and_a_nasal_k_reach_the_root() -> None:
    assert stem("diperkirakan") == stem("memperkirakan") == stem("perkiraan") == "kira"
    assert stem("memperketat") == stem("diperketat") == stem("ketat")
    assert stem("mengontrol") == stem("kontrol") and stem("pengiriman") == stem("kirim")
    assert stem("mengeluarkan") == stem("dikeluarkan") == stem("keluar")
    assert stem("menahan") == stem("bertahan") == stem("tahan")
    assert stem("pemadaman") == stem("dipadamkan") == "padam"
    # a root in a vowel keeps it when no root in k is listed ("mengambil" is "ambil")
    assert stem("mengambil") == stem("diambil")


def test_a_paraphrase_in_other_affixes_has_the_same_content_words() -> None:
    first = "Pengiriman logistik selesai, pintu gudang kami kontrol."
    second = "Kami menyelesaikan pengiriman logistik dan mengontrol pintu gudang."
    assert wording(first).stems == wording(second).stems
    assert aligned_similarity(wording(first), wording(second)) == 1.0


def test_news_synonyms_are_one_content_word() -> None:
    assert content_stem("mengimbau") == content_stem("menganjurkan")
    assert content_stem("sering") == content_stem("kerap")
    assert content_stem("khawatir") == content_stem("cemas")
    assert content_stem("menunda") == content_stem("menangguhkan")
    assert content_stem("rakyat") == content_stem("masyarakat")
    # groups that share no word stay apart
    assert content_stem("mengimbau") != content_stem("menunda")


def test_a_reworded_warning_links_through_synonyms() -> None:
    first = "Kami mengimbau masyarakat tidak cemas karena stok beras kerap diperiksa."
    second = "Kami menganjurkan rakyat tidak khawatir karena stok beras sering diperiksa."
    assert statements_linked(first, second)
    assert wording(first).stems == wording(second).stems


def test_the_glossary_has_the_common_words_of_statements() -> None:
    assert "pihak" in translations("parties")
    assert "sipil" in translations("civilians")
    assert "dalam" in translations("inside")
    assert "bawah" in translations("below")
    assert "meja" in translations("table")


def test_a_translation_with_common_words_links() -> None:
    english = "We urge all parties to keep civilians inside, below ground, until the shelling stops."
    indonesian = (
        "Kami mendesak semua pihak menjaga warga sipil tetap di dalam, di bawah tanah, sampai "
        "penembakan berhenti."
    )
    assert statements_linked(english, indonesian)
    english = "The talks will resume at the negotiating table once all parties return."
    indonesian = "Perundingan akan dilanjutkan di meja perundingan begitu semua pihak kembali."
    assert statements_linked(english, indonesian)


def test_granted_and_rejected_are_two_statements() -> None:
    granted = "Permohonan banding jaksa dikabulkan majelis hakim pekan lalu."
    rejected = "Permohonan banding jaksa ditolak majelis hakim pekan lalu."
    assert statements_conflict(granted, rejected) == "negation"


def test_a_blend_of_a_name_and_the_common_words_after_it_is_that_name() -> None:
    full = "Pemadaman bergilir di Sumatera bagian selatan berakhir Jumat."
    blend = "Pemadaman bergilir di Sumbagsel berakhir Jumat."
    assert statements_conflict(full, blend) is None
    assert name_found("Sumbagsel", frozenset(), (), (("sumatera", "bagian", "selatan"),))
    # a short name does not blend with two words by chance
    assert not name_found("Rina", frozenset(), (), (("rizal", "naik"),))


def test_a_translation_denying_through_a_light_verb_what_the_other_affirms_is_another() -> None:
    english = "The health office has confirmed the spread of measles among pupils in Kampung Hilir."
    indonesian = "Dinas kesehatan belum menemukan penularan campak di antara murid di Kampung Hilir."
    assert statements_conflict(english, indonesian) == "negation"
    assert not statements_linked(english, indonesian)


def test_national_and_provincial_are_two_statements() -> None:
    english = "The damaged school will be repaired next year using money from the national budget."
    indonesian = "Sekolah yang rusak akan diperbaiki tahun depan menggunakan dana APBD provinsi."
    assert statements_conflict(english, indonesian) == "negation"


def test_an_english_subject_is_read_in_either_word_order() -> None:
    indonesian = "Di kejuaraan Asia kami menargetkan dua gelar, dari ganda putra dan ganda campuran."
    english = (
        "At the Asian championships we are targeting two titles, from the men's doubles "
        "and the women's doubles."
    )
    assert statements_conflict(indonesian, english) == "subject"
    same = "At the Asian championships we are targeting two titles, from the men's doubles."
    assert statements_conflict("Di kejuaraan Asia kami menargetkan dua gelar dari ganda putra.", same) is None


def test_a_short_quote_of_unknown_language_reads_a_thousands_group_both_ways() -> None:
    # too few words to tell the language: "4,600" may be English thousands
    assert statements_conflict("Around 4,600 hectares burned.", "Sekitar 4.600 hektare terbakar.") is None
    assert statements_conflict("Nearly 2,000 people", "Hampir dua ribu orang") is None
    assert statements_conflict("Around 4,600 hectares burned.", "Sekitar 5.600 hektare terbakar.") == "numbers"


def test_english_fractions_equal_their_indonesian_writing() -> None:
    english = "Two-thirds of the village budget has already been spent on the new bridge."
    indonesian = "Dua pertiga anggaran desa sudah terserap untuk jembatan baru."
    assert statements_conflict(english, indonesian) is None
    other = "Sepertiga anggaran desa sudah terserap untuk jembatan baru."
    assert statements_conflict(english, other) == "numbers"


def test_two_english_wordings_align_through_their_translations() -> None:
    first = "The ministry said it has kept subsidised fuel below 10,000 rupiah a litre this year."
    second = "We will keep the cost of subsidised petrol under 10,000 rupiah per litre."
    assert statements_linked(first, second)
    other = "We will keep the cost of subsidised petrol under 12,000 rupiah per litre."
    assert not statements_linked(first, other)


def test_be_and_te_are_cut_only_before_a_listed_root() -> None:
    assert stem("bekerja") == stem("pekerja") == stem("kerja")
    assert stem("terasa") == stem("merasa") == stem("rasa")
    # a word that merely starts so stays whole
    assert stem("berita") == "berita" and stem("beras") == "beras"


def test_a_translation_naming_another_place_is_another_statement() -> None:
    indonesian = "Titik api terbanyak pekan ini terdeteksi di Kabupaten Lembayung."
    other_place = "Most of the hotspots this week were detected in Karang Selo regency."
    same_place = "Most of the hotspots this week were detected in Lembayung regency."
    assert statements_conflict(indonesian, other_place) == "names"
    assert statements_conflict(indonesian, same_place) is None


def test_filing_a_request_is_the_verb_and_its_negation_is_another_statement() -> None:
    """"file" in news English is mostly the verb (file a lawsuit, a request): "have not filed"
    denies what "sudah mengajukan" says."""
    indonesian = "Kami sudah mengajukan gugatan terhadap pengembang perumahan itu ke pengadilan."
    english = "We have not filed a lawsuit against the housing developer in court."
    assert statements_conflict(english, indonesian) == "negation"
    assert not statements_linked(english, indonesian)
