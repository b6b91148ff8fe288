"""Names that look like a person's but name a title, a pair, an outlet, a dish or a place
(fictional text). A wrong program lists each as a person."""

from __future__ import annotations

import re

from entities.helpers import people
from kabar.entities import find_entities
from kabar.entities.nonpersons import judged
from kabar.models import Mention


def _mentions(body: str, name: str) -> list[Mention]:
    return [Mention(name, m.start(), m.end(), "PERSON") for m in re.finditer(name, body)]


def _judged(body: str, name: str) -> tuple[str, str] | None:
    return judged(name, body, _mentions(body, name))


def test_a_title_and_an_office_alone_name_nobody() -> None:
    """ "Jero Bendesa": a Balinese honorific and the office of a customary village head."""
    body = "Ia menyebut Jero Bendesa sudah menyanggupi memimpin paruman pekan depan."
    assert _judged(body, "Jero Bendesa") is None


def test_a_pairs_nickname_is_nobody_wherever_it_stands() -> None:
    body = (
        "Pasangan berjuluk DoRe itu menundukkan wakil tuan rumah di final. Pelatih menilai "
        "kekalahan sebelumnya membuat DoRe belajar mengatur tenaga."
    )
    assert _judged(body, "DoRe") is None


def test_an_outlet_at_work_is_the_outlet_not_a_person() -> None:
    body = "Kontan telah menghubungi direksi perseroan, tetapi belum mendapat jawaban."
    assert _judged(body, "Kontan") == ("Kontan", "ORG")


def test_a_person_named_like_an_outlet_stays_a_person() -> None:
    """ "Tirto" is also a given name: after a speech verb, the person speaking."""
    body = '"Air sudah setinggi lutut," kata Tirto. Tirto menghubungi ketua RT malam itu.'
    assert _judged(body, "Tirto") == ("Tirto", "PERSON")


def test_an_honorific_inside_a_name_marks_a_dish_or_shop_named_after_someone() -> None:
    body = "Warung itu juga menjual Bakso Urat Pak Karsim, menu andalan sejak 1990."
    assert _judged(body, "Bakso Urat Pak Karsim") == ("Bakso Urat Pak Karsim", "ORG")


def test_an_honorific_after_a_title_keeps_the_person() -> None:
    body = "Haji Pak Darsono membuka pengajian itu."
    assert _judged(body, "Haji Pak Darsono") == ("Haji Pak Darsono", "PERSON")


def test_a_places_short_name_without_its_article_is_the_place() -> None:
    """ "memadati Si Jalak Wiratama" after "Stadion Si Jalak Wiratama": the stadium again."""
    text = (
        "Persib Bandung menang di Stadion Si Jalak Wiratama, Kabupaten Bandung. Sekitar 21.400 "
        "penonton memadati Si Jalak Wiratama pada laga tersebut."
    )
    assert "Jalak Wiratama" not in people(text)


def test_a_building_named_after_someone_with_a_title_and_two_names() -> None:
    """ "Gedung Serbaguna H. Oman Suparta": the hall, not a person (the dot of the title and
    a given name that is also a country do not hide the head)."""
    text = (
        "Camat itu membuka posko pengungsian di Gedung Serbaguna H. Oman Suparta. Gedung milik "
        "kecamatan itu dinamai sesuai nama camat pertama."
    )
    found = people(text)
    assert "Suparta" not in found and "Oman Suparta" not in found


def _named_place(body: str, name: str) -> bool:
    from kabar.entities.candidates import Candidate
    from kabar.entities.doc import Doc
    from kabar.entities.lexicon import lexicon
    from kabar.entities.namesakes import named_place
    from kabar.entities.ner import tokenize

    tokens = tokenize(body)
    doc = Doc(body, tokens, lexicon(), [0] * len(tokens))
    first = next(k for k, t in enumerate(tokens) if t[1] == body.index(name))
    return named_place(doc, Candidate(first, first + len(name.split()), "PERSON"))


def test_a_title_s_dot_inside_a_building_s_name_keeps_the_head() -> None:
    assert _named_place("Posko dibuka di Gedung Serbaguna H. Oman Suparta.", "Suparta")


def test_a_sentence_end_does_not_join_a_building_to_the_next_sentences_name() -> None:
    """ "di gedung KPK. OTT Wamenaker Noel ...": the dot ends a sentence; Noel is a person."""
    assert not _named_place("Mereka diperiksa di gedung KPK. OTT Wamenaker Noel ini", "Noel")


def test_a_news_agency_is_the_agency_not_a_person() -> None:
    """ "kantor berita Ryukyo" is invented; "Kyodo" is a wire the lists know."""
    body = (
        "Seorang pejabat mengatakan kepada kantor berita Kyodo bahwa rapat kabinet digelar "
        "pekan depan."
    )
    assert _judged(body, "Kyodo") == ("Kyodo", "ORG")


def test_a_nickname_does_not_refer_back_to_a_place_the_tagger_read_as_a_name() -> None:
    """ "... Imogiri, Bantul. Perempuan yang akrab disapa Mbok Sarmi itu": the nickname is the
    woman's named before the place list, not the regency's."""
    text = (
        "Kerajinan Tenun Desa\n\nJari-jari Sarminah (70) masih lincah menenun di teras rumahnya "
        "di Dusun Karangasri, Wukirsari, Imogiri, Bantul. Perempuan yang akrab disapa Mbok Sarmi "
        "itu sudah menenun sejak kecil."
    )
    people = {e.name: set(e.aliases) for e in find_entities(text) if e.type == "PERSON"}
    assert "Bantul" not in people
    assert any("Mbok Sarmi" in aliases for aliases in people.values())


def test_a_rank_alone_is_nobody() -> None:
    """ "Ajun" left over from "Ajun Komisaris Besar Hendrik Manopo" names nobody."""
    body = "Kapolres Marisa, Ajun Komisaris Besar Hendrik Manopo, mengatakan olah TKP selesai."
    assert _judged(body, "Ajun") is None


def test_a_titled_person_named_like_a_country_stays_a_person() -> None:
    """ "Pak Haji Oman": honorifics before a word that is also a country's name."""
    body = "Pak Haji Oman, begitu ia dipanggil warga, mengaku sudah tiga kali menyewa bus."
    assert _judged(body, "Pak Haji Oman") == ("Pak Haji Oman", "PERSON")


def test_a_climate_phenomenon_is_no_person() -> None:
    body = "Menurut dia, hujan lebat kali ini dipengaruhi fenomena La Nina yang menguat."
    assert _judged(body, "La Nina") == ("La Nina", "ORG")


def test_an_agency_the_lists_do_not_know_is_no_person_after_kantor_berita() -> None:
    body = "Pejabat itu berbicara kepada kantor berita Ryukyo Shimpo, Senin."
    assert _judged(body, "Ryukyo Shimpo") == ("Ryukyo Shimpo", "ORG")
