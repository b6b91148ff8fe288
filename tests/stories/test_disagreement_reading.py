"""How a figure's quantity, time and subject are read, each kind with a fictional pair of outlets.

Kinds a blind keyed set showed the finder missing (the word that says what a count counts
further from its unit, a count named only by its own noun, a source's name, a span of months,
a race time, swapped digits) and the near misses that must stay apart (a next-day update, one
of many, a judge's name, a target beside a result).
"""

from __future__ import annotations

from factories import make_article

from kabar.models import Entity
from kabar.stories import find_disagreements
from kabar.stories.disagreements import article_figures, disagreeing_pairs
from kabar.stories.numbers import elapsed_times, find_numbers


def _pairs(*articles) -> set[tuple[str, str, str, str, str]]:
    return {
        (a.article, b.article, d.quantity, a.value, b.value)
        for d in find_disagreements(list(articles))
        for a, b in disagreeing_pairs(d)
    }


def _art(article_id: str, body: str, outlet: str, **fields):
    return make_article(article_id, body, outlet=outlet, title="Banjir Sukamaju", **fields)


def test_words_between_a_count_and_what_it_counts_are_skipped() -> None:
    found = _pairs(
        _art("a", "Hingga Sabtu sore, 9 orang masih dinyatakan hilang.", "A"),
        _art("b", "Tim SAR gabungan mencatat 7 orang hilang.", "B"),
    )
    assert found == {("a", "b", "hilang", "9", "7")}


def test_a_count_named_only_by_its_own_noun_is_that_quantity() -> None:
    assert _pairs(
        _art("a", "Sebanyak 2.500 personel gabungan dikerahkan ke lokasi.", "A"),
        _art("b", "Polisi mengerahkan 1.800 personel untuk mengamankan aksi.", "B"),
    ) == {("a", "b", "personel", "2.500", "1.800")}
    # spectators and supporters are one crowd
    assert _pairs(
        _art("a", "Laga itu disaksikan 40.000 penonton.", "A"),
        _art("b", "Sebanyak 30.000 suporter memadati stadion.", "B"),
    ) == {("a", "b", "penonton", "40.000", "30.000")}


def test_a_count_before_a_conjunction_keeps_its_own_words() -> None:
    found = _pairs(
        _art("a", "Sebanyak 80 kios terbakar dan kerugian ditaksir Rp4 miliar.", "A"),
        _art("b", "Kerugian akibat kebakaran mencapai Rp6 miliar.", "B"),
    )
    assert found == {("a", "b", "kerugian", "4.000.000.000", "6.000.000.000")}


def test_one_of_many_is_no_count() -> None:
    figures = article_figures(_art("a", "Api berasal dari salah satu kios pakaian.", "A"))
    assert figures == []


def test_the_heaviest_describing_word_before_a_figure_names_it() -> None:
    (fine,) = article_figures(_art("a", "Darto dihukum membayar denda Rp200 juta.", "A"))
    assert fine.quantity == "denda"
    (verdict,) = article_figures(
        _art("a", "Darto mengajukan banding atas vonis 15 tahun penjara.", "A")
    )
    assert verdict.quantity == "hukuman"


def test_a_target_is_read_in_its_own_clause() -> None:
    target, budget = article_figures(
        _art(
            "a", "Pemprov menargetkan pendapatan Rp70 triliun, bagian dari APBD Rp93 triliun.", "A"
        )
    )
    assert (target.quantity, target.modes) == ("pendapatan", frozenset({"target"}))
    assert (budget.quantity, budget.modes) == ("anggaran", frozenset())


def test_a_next_day_change_a_timeline_explains_is_no_disagreement() -> None:
    first = _art("a", "Banjir menewaskan 7 orang.", "A", published="2026-02-01")
    update = _art(
        "b", "Korban tewas banjir bertambah menjadi 6 orang.", "B", published="2026-02-02"
    )
    higher = _art("c", "Banjir itu menewaskan 9 orang.", "C", published="2026-02-02")
    lower = _art("d", "Banjir itu menewaskan 5 orang.", "D", published="2026-02-02")
    assert _pairs(first, update) == set()  # stated as an update
    assert _pairs(first, higher) == set()  # a toll grows
    assert _pairs(first, lower) == {("a", "d", "meninggal", "7", "5")}  # but never shrinks
    # evacuees come and go: a day apart, any change is a timeline
    assert (
        _pairs(
            _art("a", "Sebanyak 1.240 warga mengungsi.", "A", published="2026-02-01"),
            _art("b", "Sebanyak 1.020 warga mengungsi.", "B", published="2026-02-02"),
        )
        == set()
    )
    # a crowd at a match is one fact, reported the next day too
    assert _pairs(
        _art("a", "Laga itu disaksikan 52.000 penonton.", "A", published="2026-02-01"),
        _art("b", "Laga itu disaksikan 62.000 penonton.", "B", published="2026-02-02"),
    ) == {("a", "b", "penonton", "52.000", "62.000")}


def test_a_day_in_brackets_and_a_span_of_months_are_not_two_periods() -> None:
    assert _pairs(
        _art("a", "DPRD mengesahkan APBD 2027 sebesar Rp50 triliun, Kamis (26/11/2026).", "A"),
        _art("b", "APBD 2027 disahkan dengan nilai Rp52 triliun.", "B"),
    ) == {("a", "b", "anggaran", "50.000.000.000.000", "52.000.000.000.000")}
    assert _pairs(
        _art("a", "Sejak Januari hingga Maret 2026, 14 pasien meninggal dunia.", "A"),
        _art("b", "Sebanyak 19 warga meninggal dunia sejak Januari 2026.", "B"),
    ) == {("a", "b", "meninggal", "14", "19")}


def test_who_reports_a_figure_does_not_set_it_apart() -> None:
    found = _pairs(
        _art("a", "Kepala Pelaksana BPBD Andi Wirawan menyebut 300 warga mengungsi.", "A"),
        _art("b", "Sebanyak 450 warga Sukamaju mengungsi ke masjid.", "B"),
    )
    assert found == {("a", "b", "mengungsi", "300", "450")}
    # two places named are still two things
    assert (
        _pairs(
            _art("a", "Warga di Sukamaju yang mengungsi mencapai 300 orang.", "A"),
            _art("b", "Warga di Cibaru yang mengungsi mencapai 450 orang.", "B"),
        )
        == set()
    )


def test_swapped_digits_are_one_quantity_misreported() -> None:
    people = (Entity("Rahmad Lubis", "PERSON"),)
    kurir = _art("a", "Rahmad menyelundupkan 25 kilogram sabu.", "A", entities=people)
    swapped = _art("b", "Kurir sabu 52 kilogram, Rahmad Lubis, divonis.", "B", entities=people)
    apart = _art("c", "Kurir sabu 60 kilogram, Rahmad Lubis, divonis.", "C", entities=people)
    assert _pairs(kurir, swapped) == {("a", "b", "berat", "25", "52")}
    assert _pairs(kurir, apart) == set()


def test_a_race_time_is_one_number() -> None:
    for text in ("dengan waktu 2 jam 12 menit 40 detik.", "dengan catatan waktu 2:12:40."):
        (time,) = elapsed_times(text, find_numbers(text))
        assert (time.value, time.unit) == (7960.0, "detik")
    people = (Entity("Elias Rono", "PERSON"),)
    assert _pairs(
        _art("a", "Elias Rono juara dengan waktu 2 jam 12 menit 40 detik.", "A", entities=people),
        _art("b", "Elias Rono menang dengan catatan waktu 2:14:20.", "B", entities=people),
    ) == {("a", "b", "waktu", "2:12:40", "2:14:20")}


def test_a_judge_named_by_title_is_not_whose_penalty_it_is() -> None:
    people = (Entity("Sutrisno Widagdo", "PERSON"), Entity("Lilik Hariyanti", "PERSON"))
    verdict = _art("a", "Sutrisno dihukum membayar denda Rp200 juta.", "A", entities=people)
    judged = _art(
        "b",
        "Putusan dibacakan hakim ketua Lilik Hariyanti. "
        "Hakim mewajibkan terdakwa membayar denda Rp300 juta.",
        "B",
        entities=people,
    )
    assert _pairs(verdict, judged) == {("a", "b", "denda", "200.000.000", "300.000.000")}


def test_names_of_a_contrasted_part_are_not_the_figures_of_the_other() -> None:
    people = (Entity("Arief Nugraha", "PERSON"), Entity("Darmawan Yusuf", "PERSON"))
    first = _art("a", "Dalam hitung cepat, Arief Nugraha meraup 52,3 persen suara.", "A")
    second = _art(
        "b",
        "Pasangan Arief Nugraha unggul. Mereka meraup 53,2 persen suara, sementara rivalnya, "
        "Darmawan Yusuf, mendapat 46,8 persen.",
        "B",
        entities=people,
    )
    first = _art("a", first.body, "A", entities=people)
    assert _pairs(first, second) == {("a", "b", "suara", "52,3", "53,2")}


def test_a_capacity_is_not_a_crowd() -> None:
    assert (
        _pairs(
            _art("a", "Stadion berkapasitas 38.000 penonton itu penuh.", "A"),
            _art("b", "Laga itu disaksikan 31.000 penonton.", "B"),
        )
        == set()
    )


def test_counts_as_of_two_times_of_day_are_updates() -> None:
    morning = _art("a", "Hingga pukul 08.00 WIB, 1.240 warga mengungsi.", "A")
    evening = _art("b", "Per pukul 18.00 WIB, 1.900 warga mengungsi.", "B")
    later = _art("c", "Hingga pukul 08.00 WIB, sebanyak 1.600 warga mengungsi.", "C")
    assert _pairs(morning, evening) == set()
    assert _pairs(morning, later) == {("a", "c", "mengungsi", "1.240", "1.600")}


def test_a_place_named_between_a_count_and_its_verb_is_skipped() -> None:
    poisoned = _art(
        "a",
        "Sebanyak 150 siswa di Kecamatan Sukajaya, Cibaru, Jawa Barat, mengalami keracunan.",
        "A",
    )
    reported = _art("b", "Dinas Kesehatan mencatat 105 siswa diduga keracunan.", "B")
    enrolled = _art("c", "Sekolah di Sukajaya itu memiliki 120 siswa.", "C")
    assert _pairs(poisoned, reported) == {("a", "b", "keracunan", "150", "105")}
    assert _pairs(enrolled, reported) == set()


def test_two_kinds_of_one_good_are_two_goods() -> None:
    cayenne = _art("a", "Harga cabai rawit di Pasar Induk Rp80.000 per kilogram.", "A")
    curly = _art("b", "Harga cabai merah keriting di Pasar Induk Rp60.000 per kilogram.", "B")
    chili = _art("c", "Harga cabai di Pasar Induk mencapai Rp60.000 per kilogram.", "C")
    assert _pairs(cayenne, curly) == set()
    assert _pairs(cayenne, chili) == {("a", "c", "harga", "80.000", "60.000")}


def test_two_shares_making_a_whole_are_two_shares() -> None:
    winner = _art("a", "Pasangan Budi unggul dengan 55 persen suara.", "A")
    loser = _art("b", "Pasangan nomor urut dua meraih 45 persen suara.", "B")
    other_count = _art("c", "Dalam hitung cepat, pasangan Budi meraih 52 persen suara.", "C")
    assert _pairs(winner, loser) == set()
    assert _pairs(winner, other_count) == {("a", "c", "suara", "55", "52")}


def test_counts_for_two_purposes_or_two_times_are_two_quantities() -> None:
    search = _art("a", "Sebanyak 300 personel dikerahkan untuk pencarian korban.", "A")
    security = _art("b", "Polisi menyiagakan 500 personel untuk pengamanan arus mudik.", "B")
    search_too = _art("c", "Tim gabungan mengerahkan 450 personel untuk pencarian.", "C")
    assert _pairs(search, security) == set()
    assert _pairs(search, search_too) == {("a", "c", "personel", "300", "450")}
    last_season = _art("d", "Musim lalu laga itu disaksikan 26.000 penonton.", "D")
    tonight = _art("e", "Laga itu disaksikan 31.000 penonton.", "E")
    assert _pairs(last_season, tonight) == set()


def test_a_rounded_figure_and_a_figure_in_words_agree_with_the_full_one() -> None:
    full = _art("a", "Pada H-3, sebanyak 41.250 pemudik menyeberang.", "A")
    rounded = _art("b", "Pada H-3, sebanyak 41 ribu pemudik menyeberang.", "B")
    assert _pairs(full, rounded) == set()
    digits = _art("c", "Nilai ekspor CPO mencapai US$2,3 miliar.", "C")
    words = _art("d", "Nilai ekspor CPO mencapai dua koma tiga miliar dolar AS.", "D")
    more = _art("e", "Nilai ekspor CPO mencapai US$2,9 miliar.", "E")
    assert _pairs(digits, words) == set()
    assert _pairs(words, more) == {("d", "e", "ekspor", "2.300.000.000", "2.900.000.000")}


def test_common_ways_of_stating_a_price_a_crowd_and_a_case_count() -> None:
    assert _pairs(
        _art("a", "Harga Pertamax di Jakarta naik menjadi Rp12.500 per liter.", "A"),
        _art("b", "Pertamax kini dijual Rp12.900 per liter di Jakarta.", "B"),
    ) == {("a", "b", "harga", "12.500", "12.900")}
    assert _pairs(
        _art("a", "Sekitar 52 ribu suporter memadati stadion.", "A"),
        _art("b", "Pertandingan itu ditonton 62.000 orang.", "B"),
    ) == {("a", "b", "penonton", "52.000", "62.000")}
    assert _pairs(
        _art("a", "Dinkes mencatat 1.432 kasus DBD sejak Januari.", "A"),
        _art("b", "Kasus DBD sejak Januari mencapai 1.800 kasus.", "B"),
    ) == {("a", "b", "kasus", "1.432", "1.800")}


def test_near_misses_found_over_real_pairs_of_articles() -> None:
    # a range in words and a law's number are no counts
    assert article_figures(_art("a", "Setiap kamar diisi dua hingga empat mahasiswa.", "A")) == []
    assert article_figures(_art("a", "Perppu nomor 2 tahun 2017 dibahas.", "A")) == []
    # a speech verb after a figure leaves the figure's place its own
    assert (
        _pairs(
            _art("a", "Banjir menewaskan tiga warga Padangsari, ia menjelaskan.", "A"),
            _art("b", "Lima orang tewas di Kelurahan Mabar.", "B"),
        )
        == set()
    )
    # times are compared only between figures of one person named
    assert (
        _pairs(
            _art("a", "Ia mencatat waktu 1 menit 48 detik.", "A"),
            _art("b", "Marquez mencatat waktu 1 menit 42 detik.", "B"),
        )
        == set()
    )
    # several parties' seats in one sentence are several quantities of it, not one each
    assert (
        _pairs(
            _art("a", "PPP memiliki 8 kursi, sedangkan Golkar memiliki 10 kursi.", "A"),
            _art("b", "Golkar punya 17 kursi di DPRD Jabar.", "B"),
        )
        == set()
    )


def test_a_count_of_another_occurrence_is_another_quantity() -> None:
    first = _art("a", "Densus menangkap empat orang terduga teroris di Sumbar.", "A")
    again = _art("b", "Densus kembali menangkap tiga orang terduga teroris.", "B")
    assert _pairs(first, again) == set()
