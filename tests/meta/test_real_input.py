"""Real scraped input, by kind of failure: bylines, editors, glued datelines, titles, credits,
repeated scrapes, scraper author lists and outlet names. All text is fictional."""

from __future__ import annotations

from factories import describe_text

STORY = (
    "Pemerintah Kota Rembang menambah dua puluh armada angkutan sampah untuk melayani "
    "permukiman padat di pesisir utara."
)
STORY_2 = (
    "Kepala Dinas Lingkungan Hidup setempat, Wiradana Kusnadi, mengatakan armada baru itu "
    "mulai beroperasi pekan depan."
)
STORY_3 = "Warga diminta memilah sampah organik sebelum petugas datang mengangkutnya."


def test_detik_byline_without_a_space_after_the_dash() -> None:
    """"Name -detikNews": the writer, and the outlet Detik; the byline leaves the body."""
    meta, body = describe_text(
        "Armada Sampah Rembang Bertambah Dua Puluh Unit\nLaras Kinanti -detikNews\n"
        f"Rembang - {STORY}\n{STORY_2}"
    )
    assert meta.authors == ("Laras Kinanti",)
    assert meta.outlet == "Detik"
    assert "detikNews" not in body


def test_agency_before_the_brand_is_a_wire_not_an_author() -> None:
    """"Antara -detikNews" credits the agency: no author, Antara among the wire sources."""
    meta, body = describe_text(
        f"Armada Sampah Rembang Bertambah Dua Puluh Unit\nAntara -detikNews\n{STORY}\n{STORY_2}"
    )
    assert meta.authors == ()
    assert "Antara" in meta.wire_sources
    assert "Antara" not in body


def test_two_writers_under_a_title_ending_in_dots() -> None:
    """A Kompas two-writer byline gives both; a headline ending "...." stays the title."""
    meta, body = describe_text(
        "Sampah Menumpuk di Pesisir, Warga Rembang Mengeluh....\n"
        "Sekar Ayuningtyas, Danu Prasetya Wirawan\n"
        f"REMBANG, KOMPAS.com - {STORY}\n{STORY_2}"
    )
    assert meta.title == "Sampah Menumpuk di Pesisir, Warga Rembang Mengeluh...."
    assert meta.authors == ("Sekar Ayuningtyas", "Danu Prasetya Wirawan")
    assert "Sekar" not in body


def test_headline_ending_in_a_question_mark_is_the_title() -> None:
    """A "?" or "!" headline above the story is the title, and the byline under it goes."""
    meta, body = describe_text(
        "Armada Sampah Baru Rembang, Cukupkah untuk Pesisir?\nPenulis: Ilham Ardiansyah\n"
        f"{STORY}\n{STORY_2}"
    )
    assert meta.title == "Armada Sampah Baru Rembang, Cukupkah untuk Pesisir?"
    assert meta.title_source == "given"
    assert meta.authors == ("Ilham Ardiansyah",)
    assert body.startswith("Pemerintah Kota Rembang")
    meta, _ = describe_text(f"Rembang Bebas Sampah Tahun Depan!\n{STORY}\n{STORY_2}")
    assert meta.title == "Rembang Bebas Sampah Tahun Depan!"


def test_the_given_titles_line_never_opens_the_body() -> None:
    """A record's title printed again as the first line is the title, not a story line."""
    title = "Warga Rembang Bertanya: Kapan Sampah Diangkut?"
    _, body = describe_text(f"{title}\n{STORY}\n{STORY_2}", title=title)
    assert body.startswith("Pemerintah Kota Rembang")


def test_text_without_a_headline_gets_a_title_from_its_lead() -> None:
    """No headline: the lead's first sentence, trimmed, marked as made from the lead."""
    meta, _ = describe_text(f"{STORY} {STORY_2}\n{STORY_3}")
    assert meta.title_source == "lead"
    assert meta.title is not None
    assert meta.title.startswith("Pemerintah Kota Rembang menambah dua puluh armada")
    assert len(meta.title.split()) <= 15


def test_editors_are_not_authors() -> None:
    """"Penulis | Editor", "Rep / Red", "Redaktur :" and "(Penulis: | Editor:)" lines: writers
    are authors, editors are editors, and none of the lines stays in the body."""
    cases = [
        ("Penulis: Galuh Pramesti | Editor: Benny Sutanto", "Galuh Pramesti", "Benny Sutanto"),
        ("Rep: Galuh Pramesti/ Red: Benny Sutanto", "Galuh Pramesti", "Benny Sutanto"),
        ("(Penulis: Galuh Pramesti | Editor: Benny Sutanto)", "Galuh Pramesti", "Benny Sutanto"),
    ]
    for line, writer, editor in cases:
        meta, body = describe_text(f"Armada Sampah Rembang Bertambah\n{STORY}\n{STORY_2}\n{line}")
        assert meta.authors == (writer,), line
        assert meta.editors == (editor,), line
        assert "Benny" not in body and "Penulis" not in body, line
    meta, body = describe_text(
        f"Armada Sampah Rembang Bertambah\n{STORY}\n{STORY_2}\n"
        "Redaktur : Benny Sutanto\nReporter : Galuh Pramesti"
    )
    assert (meta.authors, meta.editors) == (("Galuh Pramesti",), ("Benny Sutanto",))


def test_glued_brand_and_place_prefix() -> None:
    """"Liputan6.com, SemarangPemerintah": outlet, dateline and a body starting at the story."""
    meta, body = describe_text(f"Armada Sampah Rembang Bertambah\nLiputan6.com, Semarang{STORY}")
    assert meta.outlet == "Liputan6"
    assert meta.dateline == "Semarang"
    assert body.startswith("Pemerintah Kota Rembang")


def test_glue_after_an_unknown_word_is_left_alone() -> None:
    """Only a known place is split off: "Liputan6.com, McKinseyMenyebut" stays as it is."""
    _, body = describe_text(f"Liputan6.com, McKinseyMenyebut {STORY[0].lower()}{STORY[1:]}")
    assert "McKinseyMenyebut" in body


def test_prose_credits_are_sources_and_leave_the_body() -> None:
    """"Artikel ini bersumber dari ...", "Sebagian artikel ini telah tayang di ...", and
    "sumber : Antara" under a channel prompt name the origins and leave the body."""
    meta, body = describe_text(
        f"Armada Sampah Rembang Bertambah\n{STORY}\n{STORY_2}\n"
        "Artikel ini bersumber dari pemberitaan di KONTAN dan KOMPAS.com"
    )
    assert set(meta.wire_sources) >= {"Kontan", "Kompas"}
    assert "bersumber" not in body
    meta, body = describe_text(
        f"Armada Sampah Rembang Bertambah\n{STORY}\n{STORY_2}\n"
        'Sebagian artikel ini telah tayang di Kompas.com dengan judul "Sampah Rembang"'
    )
    assert "Kompas" in meta.wire_sources and "tayang" not in body
    meta, body = describe_text(
        f"Armada Sampah Rembang Bertambah\n{STORY}\n{STORY_2}\n"
        "Ikuti saluran WhatsApp kami untuk berita terbaru\nsumber : Antara"
    )
    assert "Antara" in meta.wire_sources and "sumber" not in body


def test_a_body_never_repeats_a_paragraph() -> None:
    """A scrape that repeats every paragraph keeps the first copy of each, in order."""
    text = "\n".join(["Armada Sampah Rembang Bertambah"] + [STORY, STORY_2, STORY_3] * 4)
    _, body = describe_text(text)
    assert body.split("\n\n") == [STORY, STORY_2, STORY_3]
    # the copy of the first paragraph still carrying its dateline is a repeat too
    _, body = describe_text(f"REMBANG, KOMPAS.com - {STORY}\n{STORY}\n{STORY_2}")
    assert body.split("\n\n") == [STORY, STORY_2]


def test_scraper_author_lists_give_only_the_journalists() -> None:
    """Link pieces, outlet names and photo credits in a scraped author list are no authors."""
    raw_lists = [
        (["Wening Kartika", "Https", "Www.Facebook.Com Detikfinance",
          "Wening Kartika - Detikfinance"], ("Wening Kartika",)),
        (["Kompas Cyber Media", "Shutterstock Lintangmedia", "Arum Setyaningsih"],
         ("Arum Setyaningsih",)),
        (["Kompas Cyber Media", "Kompas.Com Bagas Wicaksana"], ()),
        (["Feb", "Danar Prakoso"], ("Danar Prakoso",)),
    ]
    for authors, expected in raw_lists:
        meta, _ = describe_text(f"{STORY}\n{STORY_2}", authors=tuple(authors))
        assert meta.authors == expected, authors


def test_outlet_is_the_usual_name_wherever_it_came_from() -> None:
    """A site name with company words, or a section's domain, gives the outlet's usual name."""
    meta, _ = describe_text(f"{STORY}\n{STORY_2}", site_name="ANTARA News Agency")
    assert meta.outlet == "Antara"
    meta, _ = describe_text(f"{STORY}\n{STORY_2}", url="https://regional.kompas.com/read/2025/x")
    assert meta.outlet == "Kompas"
    meta, _ = describe_text(f"{STORY}\n{STORY_2}", site_name="Kompas Cyber Media")
    assert meta.outlet == "Kompas"


def test_page_chrome_lines_leave_the_body() -> None:
    """"Baca artikel X ... selengkapnya", a caption ending "Foto: X/outlet" and "Trending Now"
    are chrome, however long the link."""
    link = "https://www.cnnindonesia.com/nasional/20250101000000-20-1000000/" + "x" * 120
    _, body = describe_text(
        f"Armada Sampah Rembang Bertambah\n{STORY}\n"
        "Petugas memuat sampah ke truk baru di Rembang. Foto: Tirta Wening/kumparan\n"
        f"{STORY_2}\n"
        f'Baca artikel CNN Indonesia "Armada Sampah Rembang" selengkapnya di sini: {link}\n'
        "Trending Now\nHarga Cabai Turun di Pasar Induk"
    )
    assert body.split("\n\n") == [STORY, STORY_2]


def test_a_sign_off_crediting_an_agency_is_a_wire_source() -> None:
    """"(Antara)" on its own line and "(Ant/P-2)" (house abbreviation and editor's code) after
    the story credit Antara; "(ant/rzk)" in lower case stays a journalist's initials."""
    text = f"Armada Sampah Rembang Bertambah\nRembang - {STORY}\n{STORY_2}\n{STORY_3}"
    for ending, wires in (("\n(Antara)", ("Antara",)), (" (Ant/P-2)", ("Antara",)),
                          (" (ant/rzk)", ())):
        meta, body = describe_text(text + ending)
        assert meta.wire_sources == wires, ending
        assert body.endswith("mengangkutnya."), ending


def test_scraped_author_entries_with_labels_are_read_as_a_byline() -> None:
    """"Penulis: A", "Editor: B" in a scraper's author list: A writes, B edits."""
    meta, _ = describe_text(
        f"Armada Sampah Rembang Bertambah\nRembang - {STORY}\n{STORY_2}",
        authors=("Penulis: Laras Kinanti", "Reporter: Dimas Arya | Editor: Wulan Sekar"),
    )
    assert meta.authors == ("Laras Kinanti", "Dimas Arya")
    assert meta.editors == ("Wulan Sekar",)


def test_an_outlet_and_section_line_inside_the_story_is_page_furniture() -> None:
    """"tirto.id - Pendidikan" between paragraphs is a label: the story before it stays."""
    _, body = describe_text(
        f"Armada Sampah Rembang Bertambah\ntirto.id - {STORY}\n{STORY_2}\ntirto.id - Nasional\n"
        f"{STORY_3}"
    )
    assert body.startswith("Pemerintah Kota Rembang")
    assert "Nasional" not in body and body.endswith("mengangkutnya.")


def test_a_related_link_glued_to_a_sentence_leaves_the_body() -> None:
    _, body = describe_text(
        f"Armada Sampah Rembang Bertambah\nRembang - {STORY}\n"
        f"{STORY_2}Baca juga: Truk Sampah Baru Tiba di Rembang\n{STORY_3}"
    )
    assert "Baca juga" not in body and "Truk Sampah Baru" not in body
    assert STORY_2 in body


def test_a_caption_ending_in_a_copyright_leaves_the_body() -> None:
    _, body = describe_text(
        f"Armada Sampah Rembang Bertambah\nRembang - {STORY}\n"
        f"Ilustrasi truk sampah. ©2025 Merdeka.com\n{STORY_2}"
    )
    assert "Ilustrasi" not in body and STORY_2 in body
