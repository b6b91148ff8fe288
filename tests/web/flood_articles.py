"""Two hand-written articles of one story (a flood in Palu) in two outlets, as plain text."""

ONE = """Banjir Rendam 300 Rumah di Palu Barat

PALU, KABARTIMUR - Banjir bandang merendam 300 rumah warga di Kecamatan Palu Barat, Senin (4/3/2024).
“Kami sudah mengevakuasi warga lanjut usia ke masjid terdekat,” kata Kepala BPBD Palu, Hendra Saputra.
"""
TWO = """Ratusan Rumah Terendam Banjir Bandang di Palu

PALU, WARTAPALU - Banjir bandang merendam 250 rumah warga di Kecamatan Palu Barat pada Senin (4/3/2024) malam.
“Kami sudah mengevakuasi warga lanjut usia ke masjid terdekat,” ujar Hendra Saputra.
"""
