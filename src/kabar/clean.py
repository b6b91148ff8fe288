"""Boilerplate removal for Indonesian news text: story paragraphs in, everything else out.

The text is read line by line. Every line is either a story paragraph (kept, in order) or
boilerplate removed with a reason: the ``REASON_*`` constants below, which ``meta`` reads
back (bylines give authors, "Sumber:" lines give wire sources, date lines give the date).
Most rules look at one line alone (``line_reason``). Position enters in a few places, each
built so that cleaning the cleaned body again decides the same way (cleaning is idempotent):

- the *header zone*: lines above the first story line, or above an early outlet dateline
  ("PYONGYANG, KOMPAS.TV -"), hold the title, site header, date line, byline and captions;
- the *footer zone*: everything after a "TERBARU" or "Cek Berita ... Google News" marker;
- a bare "Baca Juga" heading takes the headline lines listed under it;
- a title-case line between paragraphs is another article's headline unless it shares
  words with the story line after it (then it is the article's own sub-heading).
- a footer marker ends the story only when no long story sentence follows it: never lose a
  story paragraph to a "Topik:" label inside a list.

The first story line loses its dateline or glued brand prefix (``Cleaned.dateline_prefix``)
and the last loses sign-off initials and agency credits ("(ant/rzk)", "(Reuters)").
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from kabar.models import Cleaned, RawDocument, RemovedLine
from kabar.sources import brand_spellings, name_key, outlet_name, wire_name

REASON_TITLE = "title"
REASON_HEADER = "header"  # site name, tagline, menu crumbs and labels above the story
REASON_DATE = "date"  # "Kompas dunia | 19 Juni 2024, 13:30 WIB"
REASON_SHARE = "share"  # share widgets: "> >", "Bagikan", rows of network names
REASON_CAPTION = "caption"  # photo captions and credits
REASON_RELATED = "related"  # "Baca juga:", "Simak Video ...", "Tonton juga ..."
REASON_HEADLINE = "headline"  # another article's headline injected between paragraphs
REASON_AD = "ad"  # "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"
REASON_FOOTER = "footer"  # "TERBARU", "Copyright", "Google News" and all that follows
REASON_BYLINE = "byline"  # "Penulis : X Editor : Y", "Reporter: X", "Oleh: X"
REASON_SOURCE = "source"  # "Sumber : Associated Press", source boxes and their bullets
REASON_CONTRIBUTOR = "contributor"  # "X berkontribusi untuk laporan ini."
REASON_INITIALS = "initials"  # "(ant/rzk)", "[noe]", "(end)" sign-offs
REASON_NAVIGATION = "navigation"  # "Halaman selanjutnya", pagination

# A byline, source or caption label line is short; longer lines starting with the same word
# are prose ("Sumber daya alam ..."). 160 characters holds the longest seen in the seeds,
# IndoSum and Detik ("Penulis : ... Editor : ..." with two long names).
MAX_LABEL_LINE = 160
# Header-zone lines are story text once they are this long even without a final full stop
# (IndoSum's first paragraphs are sometimes cut mid-sentence); titles stay well below it.
STORY_MIN_WORDS = 25
# An injected headline has at least this many words; shorter title-case lines are the
# article's own sub-headings ("Tetapkan Status Darurat"), which Detik uses and we keep.
HEADLINE_MIN_WORDS = 7
HEADLINE_MAX_WORDS = 30
# A headline-like line stays as a sub-heading when at least this share of its content words
# (OVERLAP_MIN_CHARS letters or more, compared on their first STEM_CHARS letters) recurs in
# the paragraph after it. Measured: the seeds' injected headlines share 0-0.2 with the next
# paragraph, Detik's sub-headings mostly 0.4 and more (benchmarks/eval_clean.py samples).
SUBHEADING_OVERLAP = 0.3
OVERLAP_MIN_CHARS = 4
STEM_CHARS = 6
# Share of content words that start with a capital (or digit) for a line to be title case:
# the seed headlines score 1.0, sentence-case story lines stay under 0.5, and a story line
# heavy with names ("Hal itu diatur dalam Peraturan Presiden Nomor 54 ...") scores 0.8-0.9.
TITLE_CASE_SHARE = 0.95
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 35

_WORD = re.compile(r"[^\W_][\w’'‘.\-/&]*")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_SENTENCE_END = re.compile(r"""[.!?…;:][\s"”’'“‘)\]*]*$|[.!?…]["”’'“‘]?\s*\(\w{1,8}\)$""")
SENTENCE_TAIL_CHARS = 24  # a sentence end with closing quotes and a "(ant)" fits
_QUOTE_START = re.compile(r"""^["“”‘’'«]""")
# Function words Indonesian title case leaves in lower case ("Kim Jong Un di Pyongyang").
_SMALL_WORDS = frozenset(
    "di ke dari dan yang untuk dengan dalam pada atau ini itu soal jadi vs hingga bagi oleh "
    "akan tak tidak pun si sang para serta agar karena kah lah nya sebagai terhadap antara "
    "secara bakal masih sudah telah belum juga usai saat jelang demi via per the of and a an "
    "in on to for at by is".split()
)

AD_LINE_MAX_CHARS = 60  # the longest ad/promo line in _AD_LINES, with room for spacing
_AD_LINES = frozenset(
    name_key(s)
    for s in (
        "ADVERTISEMENT",
        "Advertisment",
        "SCROLL TO CONTINUE WITH CONTENT",
        "Scroll untuk melanjutkan",
        "Gulir untuk melanjutkan",
        "Lanjutkan membaca",
        "Continue reading",
        "Iklan",
        "Ads",
        "Advertorial",
        "Sponsored",
        "Konten Sponsor",
        "Konten Bersponsor",
        "Tutup iklan",
        "Close ad",
        "Loading...",
        "Memuat...",
        "Baca Selengkapnya",
        "Selengkapnya",
        "Read more",
        "Lihat Foto",
        "Lihat Video",
        "Scroll down untuk melanjutkan membaca",
        "Scroll untuk membaca",
        "Geser ke bawah untuk melanjutkan",
        "Scroll untuk lanjut membaca",
        "Scroll ke bawah untuk lanjut membaca",
        "Podcast",
        "Advertisement",
        "Iklan di bawah ini",
        "Baca berita dengan sedikit iklan, klik di sini",
        "Konten dari Pengguna",
        "Ikuti kami",
        "Ikuti kami di",
        "Follow us",
        "Follow us on",
        "Share this article",
        "Bagikan artikel ini",
        "Bagikan berita ini",
        "Tulis komentar",
        "Pilihan untukmu",
        "Pilihan untuk Anda",
        "Bacaan lainnya",
        "Next article",
        "url telah tercopy",
        "Konten berikut adalah iklan",
        "Editorial Team",
        "Tim Redaksi",
    )
)
# A related-article, video or promo line: "Baca juga: ...", "Simak Video '...'", "(Baca: ...)".
_RELATED = re.compile(
    r"""^[(\[]?\s*(?:[\w.]+\.(?:com|id|co\.id)\s*[-–—]\s*)?(?:
        baca(?:\s*juga|_juga)?\s*[:\-–—|]
      | baca\s*juga\b | baca_juga\b
      | (?:lihat|simak|cek|tonton|saksikan)\s+juga\b
      | (?:simak|tonton|lihat|saksikan)\s+(?:juga\s+)?(?:video|live|foto|galeri|infografis)
      | (?:tonton|saksikan)\b
      | (?:berita|artikel)\s+(?:terkait|lainnya|pilihan|menarik|rekomendasi)\b
      | baca\s+(?:berikutnya|selanjutnya)\s*$ | rekomendasi\s+untuk\s+(?:anda|kamu)
      | read\s+(?:also|more)\b | related\s*: | see\s+also\b
      | jangan\s+lewatkan\b
      | klik\s+(?:di\s*sini|(?:link|tautan)\s+(?:berikut|ini|di\s+bawah|di\s+sini))\b
      | dengarkan\s+(?:juga\s+)?(?:podcast|berita)
      | pilihan\s+editor\s*: | baca\s+selengkapnya\b | \[?\s*gambas\s*: | video\s*:
      | simak\s+berita\s+lainnya\b | artikel\s+selanjutnya\s*$ | lihat\s+juga\s*:
      | (?:video|foto)\s+(?:pilihan|terkait|populer|terpopuler|terbaru)(?:\s+hari\s+ini)?\W*$
      | scroll\s+(?:down\s+|ke\s+bawah\s+)?(?:to|untuk)\s+(?:continue|read|melanjutkan|membaca)
      | ayo\s+baca\b | klik\s+untuk\s+baca\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_BERITA_PREFIX = re.compile(r"^BERITA\s+[A-Z0-9]+\s*[-–—]\s")  # Goal: "BERITA MU - ..."
_NAVIGATION = re.compile(
    r"""^(?:(?:baca\s+|lanjut\s+ke\s+)?halaman\s*:?\s*(?:selanjutnya|berikutnya|sebelumnya
      | \d+(?:\s+dari\s+\d+)?)
      | (?:halaman\s*:?\s*)?(?:\d+\s+)+\d+(?:\s+(?:selanjutnya|berikutnya|next))? | halaman
      | selanjutnya | sebelumnya | berikutnya | next | prev(?:ious)? | load\s+more
      | lihat\s+semua | tampilkan\s+semua | show\s+all | kembali\s+ke\s+atas
      | (?:dibaca|dilihat|views?)\s*:?\s*[\d.,]+\s*(?:kali|x)?
      | [A-Za-z][+-]?
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
_FOOTER_MARKER = re.compile(
    r"""^(?:terbaru | terpopuler | populer | berita\s+terkait | artikel\s+terkait
      | berita\s+lainnya | berita\s+terbaru | rekomendasi | pilihan\s+editor | editor['’]?s\s+picks?
      | tags? | topik(?:\s+terkait)? | kata\s+kunci | komentar | most\s+popular | trending
      | (?:tags?|topik|kata\s+kunci)\s*:.*
      | [\w.]+\s+(?:adalah|merupakan)\s+(?:portal|situs|media|platform)\s+(?:berita|informasi)\b.*
      | cek\s+berita\s+dan\s+artikel\s+yang\s+lain\s+di\b.* | google\s+news
      | (?:ikuti|follow)\b.*\b(?:google\s+news|whatsapp\s+channel|saluran\s+whatsapp)\b.*
      | dapatkan\s+update\b.* | copyright\b.* | hak\s+cipta\b.* | ©.*
      | simak\s+breaking\s+news\b.* | (?:ikuti|follow)\s+(?:saluran|kanal|channel|akun)\b.*
      | pedoman\s+media\s+siber | dilarang\s+keras\s+mengambil\s+konten\b.*
      | (?:\*\s*)?fakta\s+atau\s+hoaks\b.* | tulis\s+komentar\s+dengan\b.*
      | dapatkan\s+berita\b.* | (?:tentang\s+kami|redaksi|kontak|karir|info\s+iklan)
      | berlangganan | disclaimer\s*:.*
      | (?:isi|konten)\s+(?:artikel|tulisan|berita)\s+(?:ini\s+)?(?:menjadi\s+)?tanggung\s+jawab\b.*
      | \(c\)\s*\d{4}\b.*
    )[\s:.|]*$""",
    re.IGNORECASE | re.VERBOSE,
)
_SHARE_WORDS = frozenset(
    "bagikan share facebook twitter x whatsapp wa telegram line linkedin email e-mail "
    "salin copy link tautan pinterest instagram tiktok youtube print cetak komentar".split()
)
_BYLINE = re.compile(
    r"""^(?:penulis|editor|reporter|pewarta|penyunting|redaktur(?:\s+pelaksana)?|oleh|rep|red
      | kontributor|wartawan|writer|author|text|teks|alih\s*bahasa|penerjemah|jurnalis
      | fotografer|videografer|editor\s+foto|produser|koresponden|laporan|reporter\s+magang
      | (?:redaktur|reporter|editor|penulis)\s*(?:&|/|dan)\s*(?:redaktur|reporter|editor|penulis))
      \s*:
      | ^laporan\s+(?:wartawan|reporter|koresponden|kontributor|langsung)\b
      | ^(?:laporan|ditulis|dilaporkan)\s+oleh\s+(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\s*$
      | ^(?:kontributor|wartawan|koresponden)\s+(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}),
        \s*(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\s*$
      | ^(?:diadaptasi|dialihbahasakan|diterjemahkan|disadur)\s+oleh\b
      | ^(?:(?:penulis|editor|reporter|pewarta|penyunting|redaktur)\s+(?-i:[A-Z][\w.'-]*
        (?:\s+[A-Z][\w.'-]*){0,4})\s*[|,]?\s*){2,}$
      | ^(?:penulis|reporter|editor|oleh)\s+(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.'-]*){0,4})\s*$
      | ^(?:penulis|reporter)\s+(?:kontributor|wartawan|koresponden)\s+(?-i:[A-Z][\w.'-]*
        (?:\s+[A-Z][\w.'-]*){0,3}),\s*(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})
        \s*(?:[|,]\s*(?:editor|penyunting)\s+(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}))?\s*$
    """,
    re.IGNORECASE | re.VERBOSE,
)
_SOURCE = re.compile(
    r"""^(?:sumber|source|tambahan|referensi)\s*:
      | ^artikel\s+ini\s+(?:telah\s+tayang|pertama\s+kali\s+(?:terbit|tayang|dimuat)
      | merupakan\s+(?:terjemahan|saduran)|sudah\s+tayang|telah\s+terbit|diterjemahkan
      | (?:telah\s+|sudah\s+)?diterbitkan|(?:telah\s+)?dimuat|tayang)\b
      | ^\[\s*[\w.\- ]+\.(?:com|co|net|org|id|tv)\s*\]$
      | ^baca\s+artikel\s+[\w.]+\s*,.{0,200}\bselengkapnya\b
      | ^laporan\s+tambahan\s+(?:oleh|dari)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_SOURCE_BOX = re.compile(r"^(?:sumber|source)\s*:?\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^[•·▪◦●‣*-]\s*")
_CONTRIBUTOR = re.compile(
    r"\b(?:(?:turut\s+)?berkontribusi|contributed)\b.{0,40}\b(?:laporan|report|artikel|berita)\b",
    re.IGNORECASE,
)
_CAPTION_START = re.compile(
    r"""^(?:sumber|keterangan)\s+(?:gambar|foto|video)\s*,|^[(\[]?\s*(?:foto|photo|ilustrasi|gambar|image|dok(?:umentasi)?\.?|tangkapan\s+layar
      | screenshot|infografis|grafis|kredit\s+foto|antara\s+foto|reuters/|ap\s+photo
      | afp/|getty\s+images|istimewa)\s*[:/|]""",
    re.IGNORECASE | re.VERBOSE,
)
# A line that ends in a photo credit in brackets, with no full stop after it.
_CAPTION_END = re.compile(
    r"""[(\[]\s*(?:(?:sumber|foto|photo|dok\.?|dokumentasi|antara\s+foto|ap\s+photo
      | getty(?:\s+images)?|istock(?:photo)?|shutterstock|ist|istimewa|tangkapan\s+layar
      | freepik|unsplash|pexels|pixabay|kredit)\b | (?:reuters|ap|afp|epa|xinhua)\s*/)
      [^()\[\]]*[)\]]$""",
    re.IGNORECASE | re.VERBOSE,
)
# Credits a caption ends with: "(ilustrasi)", "DOK. KEMENHUB", "KOMPAS.COM/ASEP MAULANA YUSUF",
# "TEMPO/Imam Sukamto", "Foto: Moh Rifky Alamsyah/detikSulsel", "(Tribunnews.com/Fandy Ahmad)".
_CAPTION_CREDIT = re.compile(
    r"""(?:\((?:foto\s+)?ilustrasi\) | \bDOK\.\s*[A-Z][A-Z .]+
      | \b[A-Z]{3,}(?:\.[A-Z]{2,3})*/[A-Z][A-Za-z '’-]{1,60} | \bfoto\s*:\s*[^.:]{2,60}
      | ^\(\s*[\w.]+\.(?:com|id|co\.id|net)\s*/\s*[^()]+\))$""",
    re.VERBOSE,
)
# Credits at the end of a caption are shorter than this; rules anchored at the end of a line
# only look at its last CREDIT_TAIL_CHARS characters (cleaning speed: regex search is linear).
CREDIT_TAIL_CHARS = 120
SHARE_ROW_MAX_CHARS = 80  # eight network names
# Captions run to about 40 words (seed 002's is 42); a longer line ending in a credit is a
# story paragraph that names its source ("... 30 November. (Reuters)").
CAPTION_MAX_WORDS = 60
# A photo credit in brackets at the end of a caption: "(ANTARA/Moh Fadli)", "(KOMPAS.com/X)".
_SLASH_CREDIT = re.compile(
    r"[(\[](?P<who>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\s?/\s?[A-Z][^()\[\]/]{1,60}[)\]]$"
)
# "Download Apps Detikcom Sekarang": an app promo names the outlet or pushes a link.
_DOWNLOAD = re.compile(r"^(?:download|unduh)\s+(?:aplikasi|apps?)\b", re.IGNORECASE)
_DOWNLOAD_PROMO = re.compile(
    r"\b(?:sekarang|di\s*sini|gratis|klik|now|https?://)|\w\.(?:com|id)\b", re.IGNORECASE
)
# "2 jam lalu", "5 menit yang lalu": a relative publication time.
_RELATIVE_TIME = re.compile(
    r"^\d{1,2}\s+(?:detik|menit|jam|hari|minggu|pekan|bulan)\s+(?:yang\s+)?lalu$", re.IGNORECASE
)
# "Rizky Adha Mahendra - detikNews": a reporter and the outlet, alone on a line.
_NAME_DASH_BRAND = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}"
    r"(?:\s*(?:,|&|\bdan\b)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})*)"
    r"\s+[-–—|]\s+(?P<brand>[\w.]+)$"
)
_INITIALS_LINE = re.compile(
    r"""^[(\[]\s*(?:[A-Za-z.*]{1,12}(?:\s*/\s*[A-Za-z.*0-9]{1,12})+|[A-Z]?[a-z]{1,5}|\*+
      | (?i:end|red|rls) | [A-Z]{1,2}-\d{1,3} | [A-Z]{2,4})\s*[)\]]$ | ^\*{1,3}$""",
    re.VERBOSE,
)
_TRAILING_INITIALS = re.compile(
    r"""(?<=[.!?"”’'])\s*[(\[]\s*(?:[A-Za-z.*]{1,12}(?:\s*/\s*[A-Za-z.*0-9]{1,12})+
      | [A-Z]?[a-z]{1,5} | \*+ | (?i:end|red|rls) | [A-Z]{1,2}-\d{1,3})\s*[)\]]\s*$""",
    re.VERBOSE,
)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|tv|co)$", re.IGNORECASE)
# Short lines pointing readers to the outlet's Google News or WhatsApp channel.
_CHANNEL_PROMO = re.compile(r"\b(?:google\s+news|whatsapp\s+channel|saluran\s+whatsapp)\b", re.I)
CHANNEL_PROMO_MAX_WORDS = 25  # the longest seen: Kompas's two-sentence WhatsApp promo
_HASHTAGS = re.compile(r"^(?:#\w+[\s,]*)+$")
# Page widgets: BBC's "Lewati Podcast dan lanjutkan membaca" / "Akhir dari Podcast", reading
# times ("waktu baca 2 menit", "5 min read").
_WIDGET = re.compile(
    r"""^(?:lewati\s+[\w ]{1,40}?\s+dan\s+lanjutkan\s+membaca
      | akhir\s+dari\s+(?:podcast|whatsapp|youtube|instagram|twitter|facebook|tiktok|video
        |pos\s+\w+|konten\s+\w+|berita\s+populer|paling\s+banyak\s+dibaca)
      | (?:waktu\s+)?baca\s+\d+\s+menit | \d+\s+menit\s+(?:membaca|baca)
      | \d+\s+min(?:ute)?s?\s+read | reading\s+time\s*:?.*
      | (?:sumber|keterangan)\s+gambar\s*,.*
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A writer's name before the date line ("Dimas Prasetyo, Jurnalis · Selasa 3 September 2024",
# "Fikri Ramadhan - Senin, 12 Agustus 2024 | 10:15 WIB", "Theofilus Sucipto • 12 Agustus 2024").
_WRITER_BEFORE_DATE = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4})"
    r"(?:\s*,\s*(?i:jurnalis|wartawan|reporter|kontributor|penulis))?\s*[-–—•·|,]\s*"
)
# "Market - Rendi Kusuma, CNBC Indonesia", "Tim Redaksi, CNBC Indonesia": rubric, writer, outlet.
NAME_COMMA_BRAND = re.compile(
    r"^(?:[A-Z][\w&]*(?:\s+[A-Z][\w&]*)?\s+[-–—]\s+)?"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
    r"(?:\s*(?:,|&|\bdan\b)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})*)"
    r"\s*,\s+(?P<brand>[\w. ]{2,30})$"
)
# "tim tvOne - Sigit Pamungkas": the outlet's team and the reporter.
TEAM_BRAND_NAME = re.compile(
    r"^(?i:tim)\s+(?P<brand>[\w.]+)\s*[-–—|]\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})$"
)
# Capitalised words that open a date line but are no person: places, days, rubrics.
_NOT_WRITER_WORDS = frozenset(
    "kota kabupaten kab provinsi pulau utara selatan barat timur tengah pusat raya jawa "
    "sumatera kalimantan sulawesi papua bali nusa tenggara update berita news headline "
    "breaking terkini terbaru kompas tempo hasil jadwal klasemen liga league".split()
)
_TRAILING_SOURCE = re.compile(
    r"(?<=[.!?\"”’'])\s*[(\[]\s*[\w.-]+\.(?:com|co\.id|co|id|net|org)\s*[)\]]\s*$"
)
# "... kata dia. (Reuters)", "(Antara/Reuters)": the agencies the text came from.
_TRAILING_WIRE = re.compile(
    r"(?<=[.!?\"”’'])\s*[(\[]\s*(?P<names>[A-Za-z][\w. ]{1,30}(?:\s*/\s*[A-Za-z][\w. ]{1,30})*)"
    r"\s*[)\]]\s*$"
)
_TAGLINE = re.compile(
    r"\b(?:berita|news|portal|terkini|terbaru|terpercaya|hari\s+ini|today|latest|situs)\b",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|"
    r"november|nopember|desember|january|february|march|may|june|july|august|october|"
    r"december|jan|feb|mar|apr|jun|jul|agu|agt|ags|aug|sep|sept|okt|oct|nov|des|dec)"
)
_DATE_IN_LINE = re.compile(
    rf"\b\d{{1,2}}\s+{_MONTHS}\.?\s+\d{{4}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b"
    rf"|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}\b",
    re.IGNORECASE,
)
_DATE_LINE_WORDS = re.compile(
    r"\b(?:wib|wita|wit|diperbarui|dipublikasikan|diterbitkan|terbit|update[d]?|published|"
    r"pukul|jam|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b|\d{1,2}[:.]\d{2}",
    re.IGNORECASE,
)
# Longest-first alternation of every brand spelling, for datelines.
BRANDS = "|".join(re.escape(s) for s in brand_spellings())
_DOMAIN_BRAND = r"[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:com|co\.id|co|id|net|tv|news|or\.id)"
_BRAND = rf"(?i:{BRANDS}|{_DOMAIN_BRAND})"
_PLACE = r"[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*){0,3}"
_DASH = r"(?:[-–—]\s?){1,2}"
_CAPS_PLACE = r"[A-Z][A-Z'’]+(?:[ -][A-Z][A-Z'’]+){0,3}"
DATELINES = (
    # "PYONGYANG, KOMPAS.TV -", "Jakarta, CNN Indonesia --", "GOLD COAST, JUARA.net -"
    re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<brand>{_BRAND})\s*{_DASH}\s*"),
    # "REPUBLIKA.CO.ID, MOSKOW –", "TEMPO.CO, Jakarta -", "Liputan6.com, Jakarta -"
    re.compile(rf"^(?P<brand>{_BRAND})\s*,\s*(?P<place>{_PLACE})\s*{_DASH}\s*"),
    # "Jakarta (ANTARA) -", "Wamena (ANTARA News) -", "Jakarta, 12/3 (ANTARA) -"
    re.compile(
        rf"^(?P<place>{_PLACE})\s*(?:,\s*[\w /]{{1,20}}?\s*)?\(\s*(?P<credit>[^()]{{2,30}}?)\s*\)"
        rf"\s*{_DASH}\s*"
    ),
    # "MATARAM, Lombok Post –", "Jakarta, NU Online -": an outlet the table does not know, after
    # a capitalised or gazetteer place (checked in _cut_once)
    re.compile(
        rf"^(?P<place>{_PLACE})\s*,\s*(?P<brand>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})\s*{_DASH}\s*"
    ),
    # "KONTAN.CO.ID - JAKARTA. ": Kontan's brand, dash, capitalised place and a full stop
    re.compile(rf"^(?P<brand>{_BRAND})\s*{_DASH}\s*(?P<place>{_CAPS_PLACE})\.\s+"),
    # "Suara.com -", "VIVA –", "Rimanews -", "KOMPAS.com -"
    re.compile(rf"^(?P<brand>{_BRAND})\s*(?:{_DASH}|\|)\s*"),  # "suarasurabaya.net| "
    # "Jakarta, 12 Agustus 2024 –" (press releases), "Jakarta, 12/8 -"
    re.compile(
        rf"^(?P<place>{_PLACE})\s*,\s*(?P<date>\d{{1,2}}\s+(?i:{_MONTHS})\.?\s+\d{{4}}"
        rf"|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)\s*{_DASH}\s*"
    ),
    # "Jakarta -" (Detik), "SPANYOL –"
    re.compile(rf"^(?P<place>{_PLACE})(?:\s+{_DASH}\s*|[-–—]{{1,2}}\s+)"),
    # "Jakarta: " (Medcom): only a place in the gazetteer (see _COLON_PLACE_OK)
    re.compile(rf"^(?P<place>{_PLACE}):\s+"),
)
BRANDED_DATELINES = DATELINES[:6]  # the patterns that name an outlet or agency
_UNKNOWN_BRAND = DATELINES[3]
_BARE_PLACE = DATELINES[7]
_COLON_PLACE = DATELINES[8]
# Brand heads that scrapers glue onto the first word: "Siap.Viva.co.id" -> "SiapKim Jong Un".
_GLUED_HEADS = sorted(
    {s.split(".")[0] for s in brand_spellings() if s.count(".") >= 2 and len(s.split(".")[0]) > 2},
    key=len,
    reverse=True,
)
GLUED = re.compile(rf"^(?P<brand>{'|'.join(map(re.escape, _GLUED_HEADS))})(?=[A-Z][a-z])")
# List items, result rows and labelled lines look like headlines but are story content.
_NOT_HEADLINE = re.compile(
    r"^\s*(?:\d{1,3}[.)]|[a-z][.)]\s|[-–•*·])|:|\svs\.?\s|/|\d\s?[-–]\s?\d|\s[-–]\s"
)
_NUMBER_TOKEN = re.compile(r"\S*\d\S*")
MAX_HEADLINE_NUMBERS = 2  # result rows and tables carry three numbers or more
# A bare related-articles heading ("Baca Juga") takes the headline lines under it.
_RELATED_HEADING = re.compile(
    r"^[(\[]?\s*(?:[\w.]+\.(?:com|id|co\.id)\s*[-–—]\s*)?"  # "Suara.com - BERITA ... LAINNYA:"
    r"(?:baca\s*juga|baca_juga|berita\s+terkait|artikel\s+terkait|lihat\s+juga|"
    r"simak\s+juga|berita\s+(?:menarik\s+)?lainnya|rekomendasi|baca\s+juga\s+artikel\s+ini|berita\s+rekomendasi|"
    r"baca\s+berikutnya|rekomendasi\s+untuk\s+(?:anda|kamu)|artikel\s+selanjutnya|"
    r"simak\s+berita\s+lainnya\s+seputar\s+topik\s+artikel\s+ini,?\s+di\s+sini)\W*$",
    re.IGNORECASE,
)
RELATED_LIST_MAX = 6  # Republika and Kompas show three to five related headlines
# A sentence this long (a short story sentence; teasers are cut with "...") after a footer
# marker is story text, so the marker does not end the story.
FOOTER_GUARD_WORDS = 15
DATELINE_WINDOW = 3  # story-like lines searched for a dateline (captions come before it)
# "Home > News > Internasional", "Berita / Nasional": a slash needs spaces around it, so that
# "Rupiah Menguat ke Rp15.600/US$" stays a headline.
_BREADCRUMB = re.compile(r"^[^>»›/|]{1,30}(?:(?:\s*[>»›]\s*|\s+/\s+)[^>»›/|]{1,40})+$")
PERSON_NAME_WORDS = (2, 4)
_NAME_WORD = re.compile(r"^[A-Z][a-z'’]+\.?$|^[A-Z]\.?$")
# Section and menu words that make a capitalised two-word line a label, not a name.
_SECTION_WORDS = frozenset(
    "berita nasional internasional ekonomi bisnis olahraga politik hukum hiburan teknologi "
    "tekno otomotif dunia regional metro megapolitan kesehatan sains travel gaya hidup opini "
    "kolom sepak bola utama terkini terbaru news home beranda video foto indeks daerah "
    "kriminal peristiwa finansial keuangan pendidikan selebriti seleb lifestyle sport".split()
)
_WORD_START = re.compile(r"""^["“‘']?[A-Z]""")
_STORY_START = re.compile(r"""^["“‘'(\[]?[A-Z0-9"“‘']""")
# Places gazetteer shared with the entity recogniser (countries, provinces, large cities).
PLACES_FILE = ("data", "entities", "places.txt")
# A headline that opens with a quotation: the quote, a comma, then who said it.
_QUOTE_HEADLINE = re.compile(r"""^["“][^"”]{3,120}["”]\s*,\s*\w""")
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:]\s+(?P<brand>[^|\-–—:]{2,40})$")


def clean(raw: RawDocument) -> Cleaned:
    """Split the raw text into story paragraphs, dropping boilerplate lines with a reason."""
    lines = [(i, line.strip()) for i, line in enumerate(raw.text.split("\n"))]
    lines = [(i, line) for i, line in lines if line]
    reasons = [line_reason(line) for _, line in lines]
    story_start = _dateline_start(lines, reasons)
    removed: list[RemovedLine] = []
    kept: list[tuple[int, str]] = []
    pending: list[int] = []  # indexes in ``kept`` of headline-like lines inside the story
    header: list[tuple[int, str]] = []
    in_story = False
    in_footer = False
    last_story = _last_long_story_line(lines, reasons)
    in_box = False
    list_left = 0  # headline lines still expected under a bare "Baca Juga" heading
    for (position, line), reason in zip(lines, reasons, strict=True):
        if in_footer:
            # Credits below the footer marker still credit: keep their reason for ``meta``.
            kind = reason if reason in (REASON_BYLINE, REASON_SOURCE) else REASON_FOOTER
            removed.append(RemovedLine(line, kind, position))
            continue
        if in_box and _BULLET.match(line):
            removed.append(RemovedLine(line, REASON_SOURCE, position))
            continue
        in_box = False
        if list_left and reason in (None, REASON_HEADLINE) and not _ends_sentence(line):
            list_left -= 1
            removed.append(RemovedLine(line, REASON_RELATED, position))
            continue
        list_left = 0
        if reason == REASON_HEADLINE:
            if in_story:
                pending.append(len(kept))
                kept.append((position, line))
                continue
            reason = None
        if reason is None and not in_story:
            before_dateline = story_start is not None and position < story_start
            if _is_story_line(line) and not before_dateline:
                in_story = True
            else:
                header.append((position, line))
                continue
        if reason is None:
            kept.append((position, line))
            continue
        if reason == REASON_HEADER and in_story and wire_name(line):
            reason = REASON_SOURCE  # Tempo's bare "ANTARA" under the story credits the agency
        if reason == REASON_FOOTER and in_story and position > last_story:
            in_footer = True  # a marker with story paragraphs after it only goes itself
        if reason == REASON_SOURCE and _SOURCE_BOX.match(line):
            in_box = True
        if reason == REASON_RELATED and _RELATED_HEADING.match(line):
            list_left = RELATED_LIST_MAX
        removed.append(RemovedLine(line, reason, position))
    kept = _resolve_headlines(kept, set(pending), removed)
    title = (_clean_title(raw.title) or None) if raw.title else None
    removed.extend(_header_lines(header, title))
    if title is None:
        picked = _pick_title(header)
        title = _clean_title(picked) if picked else None
    paragraphs = [line for _, line in kept]
    dateline = None
    if paragraphs:
        dateline, paragraphs[0] = cut_dateline(paragraphs[0])
    paragraphs = _strip_initials(paragraphs, removed, kept)
    removed.sort(key=lambda r: r.position)
    return Cleaned(
        title=title,
        paragraphs=tuple(paragraphs),
        removed=tuple(removed),
        dateline_prefix=dateline,
    )


def _last_long_story_line(lines: list[tuple[int, str]], reasons: list[str | None]) -> int:
    """Return the position of the last long, whole sentence no rule removes (-1 if none).

    A footer marker ("Topik: ...", "TERBARU") ends the story only below it: a marker with such a
    line after it stands inside the story (a list item, a one-off label) and goes alone. Teasers
    under real footers are cut short ("...") or are headlines, so they do not count.
    """
    for (position, line), reason in zip(reversed(lines), reversed(reasons), strict=True):
        if (
            reason is None
            and len(_WORD.findall(line)) >= FOOTER_GUARD_WORDS
            and _ends_sentence(line)
            and not line.rstrip().endswith(("...", "…"))
        ):
            return position
    return -1


def _dateline_start(lines: list[tuple[int, str]], reasons: list[str | None]) -> int | None:
    """Return the position of an early line opening with an outlet's dateline, if any.

    Lines above it are page furniture even when they read like sentences (photo captions
    without a credit): the dateline marks where the story begins. When several datelines
    follow closely, the last one counts, so that cleaning the result again finds none.
    """
    found = None
    story_lines = 0  # story lines since the start, or since the dateline found
    for (position, line), reason in zip(lines, reasons, strict=True):
        if reason not in (None, REASON_HEADLINE):
            continue
        if _branded_dateline(line):
            found, story_lines = position, 0
        elif _is_story_line(line):
            story_lines += 1
            if story_lines >= DATELINE_WINDOW:
                break
    return found


def _branded_dateline(paragraph: str) -> bool:
    """Return whether a paragraph opens with a dateline that names an outlet or agency."""
    prefix, _ = cut_dateline(paragraph)
    if not prefix:
        return False
    for pattern in BRANDED_DATELINES:
        if pattern.match(prefix + " X"):
            return True
    return bool(GLUED.match(prefix + "Xx"))


def _resolve_headlines(
    kept: list[tuple[int, str]], pending: set[int], removed: list[RemovedLine]
) -> list[tuple[int, str]]:
    """Keep headline-like lines that head the next paragraph (sub-headings), drop the rest.

    A sub-heading shares words with the paragraph it introduces; another article's headline
    injected between paragraphs does not, and reads as a two-part news headline (a comma, a
    question) where sub-headings are plain phrases. Only lines no rule removes count as "the next
    paragraph", so a second cleaning sees the same neighbour and decides the same way.
    """
    if not pending:
        return kept
    out = []
    listed = False  # inside a run of headline-like lines right after "Berikut daftarnya:"
    for index, (position, line) in enumerate(kept):
        if index not in pending:
            listed = line.rstrip().endswith(":")
        elif listed:
            pass  # a list item ("Universitas Negeri Makassar Fakultas Teknik ..."), kept
        else:
            following = next(
                (text for j, (_, text) in enumerate(kept) if j > index and j not in pending), None
            )
            two_part = "," in line or line.endswith(("?", "!"))  # "Usai X, Putin Tetapkan Y"
            if (
                two_part
                or following is None
                or heading_overlap(line, following) < SUBHEADING_OVERLAP
            ):
                removed.append(RemovedLine(line, REASON_HEADLINE, position))
                continue
        out.append((position, line))
    return out


def heading_overlap(heading: str, paragraph: str) -> float:
    """Return the share of a heading's content words that the paragraph also uses."""
    paragraph = _TRAILING_INITIALS.sub("", _TRAILING_SOURCE.sub("", paragraph))
    stems = {_stem(w) for w in _WORD.findall(paragraph.casefold())}
    content = [
        _stem(w)
        for w in _WORD.findall(heading.casefold())
        if len(w) >= OVERLAP_MIN_CHARS and w not in _SMALL_WORDS
    ]
    if not content:
        return 0.0
    return sum(1 for w in content if w in stems) / len(content)


def _stem(word: str) -> str:
    """Return a crude stem: the first letters of a word, enough to match most affixed forms."""
    return word.strip(".,’'‘-")[:STEM_CHARS]


def line_reason(line: str) -> str | None:
    """Return why a line is boilerplate wherever it stands, or None for a possible story line."""
    if not _LETTER_OR_DIGIT.search(line) or _HASHTAGS.match(line):
        return REASON_SHARE
    if len(line) <= AD_LINE_MAX_CHARS and name_key(line) in _AD_LINES:
        return REASON_AD
    short = len(line) <= MAX_LABEL_LINE
    if _RELATED.match(line) or _BERITA_PREFIX.match(line):
        return REASON_RELATED
    if _DOWNLOAD.match(line) and (_DOWNLOAD_PROMO.search(line) or _names_outlet(line)):
        return REASON_RELATED  # "Download Apps Detikcom Sekarang"; "Unduh aplikasi JMO" is a step
    if _FOOTER_MARKER.match(line):
        return REASON_FOOTER
    lowered = line.casefold()
    promo = "google" in lowered or "whatsapp" in lowered or "saluran" in lowered
    if promo and _CHANNEL_PROMO.search(line) and len(line.split()) <= CHANNEL_PROMO_MAX_WORDS:
        return REASON_RELATED
    if _NAVIGATION.match(line):
        return REASON_NAVIGATION
    if _INITIALS_LINE.match(line):
        return REASON_INITIALS
    if short and _SOURCE.match(line):
        return REASON_SOURCE
    if short and _BYLINE.match(line):
        return REASON_BYLINE
    contributes = "kontribusi" in lowered or "contributed" in lowered
    if short and contributes and _CONTRIBUTOR.search(line):
        return REASON_CONTRIBUTOR
    if short and (match := _NAME_DASH_BRAND.match(line)) and outlet_name(match.group("brand")):
        return REASON_BYLINE
    if short and (match := NAME_COMMA_BRAND.match(line)) and outlet_name(match.group("brand")):
        return REASON_BYLINE
    if short and (match := TEAM_BRAND_NAME.match(line)) and outlet_name(match.group("brand")):
        return REASON_BYLINE
    if len(line) <= AD_LINE_MAX_CHARS and _WIDGET.match(line):
        return REASON_AD
    if _CAPTION_START.match(line):
        return REASON_CAPTION
    tail = line[-CREDIT_TAIL_CHARS:]  # credits end the line: search only its end
    if len(line.split()) <= CAPTION_MAX_WORDS:  # longer: a paragraph ending in "(Reuters)"
        if _CAPTION_END.search(tail) or _CAPTION_CREDIT.search(tail):
            return REASON_CAPTION
        credit = _SLASH_CREDIT.search(tail)
        who = credit.group("who") if credit else ""
        known = credit and (outlet_name(who) or wire_name(who) or _DOMAIN.match(who))
        if known and not trailing_wire_credit(line):  # "(Antara/Reuters)" credits the text
            return REASON_CAPTION  # "... (KOMPAS.com/Gilang Pradipta)", "(ANTARA/Moh Fadli)"
    if len(line) <= SHARE_ROW_MAX_CHARS and _is_share_row(line):
        return REASON_SHARE
    if _RELATIVE_TIME.match(line):
        return REASON_DATE
    if _is_date_line(line):
        return REASON_BYLINE if writer_before_date(line) else REASON_DATE
    if len(line) <= AD_LINE_MAX_CHARS and (
        outlet_name(line) or _outlet_label(line) or site_header_brand(line)
    ):
        return REASON_HEADER  # a bare outlet name ("Media Indonesia") is never story text
    if is_headline(line):
        return REASON_HEADLINE
    return None


def is_headline(line: str) -> bool:
    """Return whether a line reads as a headline: title case, no closing full stop."""
    if _ends_sentence(line) and not line.rstrip().endswith(("?", "!")):
        return False
    if line.rstrip().endswith((":", ";", ",", ")")) or _QUOTE_START.match(line):
        return False
    if _NOT_HEADLINE.search(line) or len(_NUMBER_TOKEN.findall(line)) > MAX_HEADLINE_NUMBERS:
        return False
    words = _WORD.findall(line)
    if not HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS or line.count(",") > 2:
        return False
    return _title_case_share(words) >= TITLE_CASE_SHARE


def cut_dateline(paragraph: str) -> tuple[str | None, str]:
    """Cut a dateline or glued brand prefix off the first paragraph: (prefix, rest).

    Cuts repeat while the rest still opens with one ("REPUBLIKA.CO.ID, JAKARTA -- Jakarta -"),
    so that the cut paragraph never has another: cleaning twice cuts nothing more.
    """
    prefixes = []
    while True:
        prefix, rest = _cut_once(paragraph)
        if prefix is None:
            break
        prefixes.append(prefix)
        paragraph = rest
    return (" ".join(prefixes) if prefixes else None), paragraph


def _cut_once(paragraph: str) -> tuple[str | None, str]:
    """Cut the first dateline or glued brand prefix, if the paragraph opens with one."""
    for pattern in DATELINES:
        match = pattern.match(paragraph)
        if match and "credit" in pattern.groupindex and not _is_credit(match.group("credit")):
            continue
        if match and pattern is _COLON_PLACE and not is_known_place(match.group("place")):
            continue  # "Syarat: ..." is a label; "Jakarta: ..." a dateline
        if match and pattern is _UNKNOWN_BRAND and not _unknown_brand_ok(match):
            continue
        rest = paragraph[match.end() :] if match else ""
        # A bare "Place -" needs a word after it: "Timnas U - 22 bersiap" has no dateline.
        start = _WORD_START if pattern in (_BARE_PLACE, _COLON_PLACE) else _STORY_START
        keeps_story = _is_story_line(rest) or not _is_story_line(paragraph)
        if match and start.match(rest) and keeps_story:
            return match.group(0).strip(), rest
    match = GLUED.match(paragraph)
    if match:
        return match.group("brand"), paragraph[match.end() :]
    return None, paragraph


def _is_credit(text: str) -> bool:
    """Return whether a bracketed dateline credit names outlets or agencies ("ANTARA/Reuters")."""
    return all(
        outlet_name(part) or wire_name(part) or part.isupper() or _DOMAIN.match(part)
        for part in (p.strip() for p in text.split("/"))
    )


def _unknown_brand_ok(match: re.Match[str]) -> bool:
    """Return whether "PLACE, Brand -" reads as a dateline: a real place, a brand not a weekday."""
    place, brand = match.group("place"), match.group("brand")
    if not (place.isupper() or is_known_place(place)) or is_known_place(brand):
        return False
    return not any(_DATE_LINE_WORDS.fullmatch(w) for w in brand.casefold().split())


def trailing_wire_credit(text: str) -> re.Match[str] | None:
    """Return the match of a bracketed agency credit ending a paragraph ("... (Reuters)")."""
    match = _TRAILING_WIRE.search(text)
    if match and all(
        wire_name(name.strip()) or outlet_name(name.strip())
        for name in match.group("names").split("/")
    ):
        return match
    return None


def _ends_sentence(line: str) -> bool:
    """Return whether a line ends like a sentence (full stop, question mark, closing quote)."""
    return bool(_SENTENCE_END.search(line[-SENTENCE_TAIL_CHARS:]))


def _is_story_line(line: str) -> bool:
    """Return whether a line that no rule removed opens the story (a sentence or long text)."""
    return _ends_sentence(line) or len(_WORD.findall(line)) >= STORY_MIN_WORDS


def _title_case_share(words: list[str]) -> float:
    """Return the share of content words that start with a capital letter or a digit."""
    content = [w for w in words if w.casefold() not in _SMALL_WORDS]
    if not content:
        return 0.0
    return sum(1 for w in content if w[0].isupper() or w[0].isdigit()) / len(content)


def _is_share_row(line: str) -> bool:
    """Return whether a line is only share-widget words ("Bagikan Facebook Twitter")."""
    words = [w.casefold().rstrip(":") for w in line.replace("|", " ").split()]
    words = [w for w in words if w]  # "Share :": a lone colon is no word
    return bool(words) and len(words) <= 8 and all(w in _SHARE_WORDS for w in words)


def _is_date_line(line: str) -> bool:
    """Return whether a short line is a date/section line rather than a sentence."""
    if len(line) > 100 or not _DATE_IN_LINE.search(line):
        return False
    rest = _DATE_LINE_WORDS.sub(" ", _DATE_IN_LINE.sub(" ", line))
    return len(_WORD.findall(rest)) <= 4 and not rest.rstrip().endswith(".")


def _header_lines(header: list[tuple[int, str]], title: str | None) -> list[RemovedLine]:
    """Classify the lines above the story: title, site header, tagline or caption."""
    picked = title or _pick_title(header)
    removed = []
    after_title = False
    next_to_title = False
    for position, line in header:
        if picked and name_key(line) == name_key(picked):
            reason = REASON_TITLE
            after_title = next_to_title = True
            removed.append(RemovedLine(line, reason, position))
            continue
        if after_title and all(
            _is_person_name(part.strip()) for part in EDITOR_INITIALS.sub("", line).split("|")
        ):
            # the writer's name under the headline (Sindonews, IDN Times), or "writer | editor"
            reason = REASON_BYLINE
        elif next_to_title and _is_mononym(line):
            reason = REASON_BYLINE  # "Muhaimin", "Aryodamar": one-word names, right under it
        elif (
            outlet_name(line)
            or "|" in line
            or len(_WORD.findall(line)) < TITLE_MIN_WORDS
            or _BREADCRUMB.match(line)
            or _is_section_label(line)
        ):
            reason = REASON_HEADER
        else:
            reason = REASON_CAPTION
        next_to_title = False
        removed.append(RemovedLine(line, reason, position))
    return removed


def _is_mononym(line: str) -> bool:
    """Return whether a line is one capitalised word that can be a person's only name."""
    word = line.strip()
    return (
        bool(_MONONYM.match(word))
        and word.casefold() not in _SECTION_WORDS
        and word.casefold() not in _NOT_MONONYMS
        and not _DATE_LINE_WORDS.fullmatch(word)
        and not outlet_name(word)
        and not is_known_place(word)
    )


# "Nadya Kurnia / WBP": the writer, then the editor's initials (Beritasatu).
EDITOR_INITIALS = re.compile(r"\s*/\s*[A-Z]{2,4}\s*$")
OUTLET_LABEL_MAX_WORDS = 5  # "CNBC INDONESIA RESEARCH", "KOMPAS TV NEWS UPDATE"
SITE_HEADER_MAX_WORDS = 10  # "Kompas.com - Berita Terkini dan Terbaru Indonesia"
_BRAND_THEN_TAGLINE = re.compile(r"^(?P<brand>[\w.]+(?:\s[\w.]+)?)\s*[|:\-–—]\s*\S")
_MONONYM = re.compile(r"^[A-Z][a-z]{3,20}$")
# One-word lines under a headline that are labels, not names.
_NOT_MONONYMS = frozenset(
    "reporter editor penulis oleh jurnalis kontributor wartawan redaktur fotografer foto video "
    "opini kolom editorial tajuk analisis wawancara infografis advertorial update breaking "
    "eksklusif premium headline trending populer terpopuler highlight live sponsored iklan "
    "bagikan share komentar cetak print podcast galeri sorotan pilihan".split()
)


def _is_person_name(line: str) -> bool:
    """Return whether a line is just a person's name: two to four capitalised words."""
    words = line.split()
    return (
        PERSON_NAME_WORDS[0] <= len(words) <= PERSON_NAME_WORDS[1]
        and all(_NAME_WORD.match(w) for w in words)
        and not any(w.casefold() in _SECTION_WORDS for w in words)
        and not outlet_name(line)
    )


def _is_section_label(line: str) -> bool:
    """Return whether a line only names site sections ("Berita Internasional Terkini")."""
    return all(w.casefold() in _SECTION_WORDS or w.casefold() in _SMALL_WORDS for w in line.split())


def _pick_title(header: list[tuple[int, str]]) -> str | None:
    """Return the first title-like line above the story, or None when there is none."""
    for _, line in header:
        words = len(_WORD.findall(line))
        if not TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS:
            continue
        if _QUOTE_START.match(line) and not _QUOTE_HEADLINE.match(line):
            continue  # a quote paragraph, not '"Kami Tidak Takut", Kata Warga Rempang'
        if outlet_name(line) or "|" in line or line.rstrip(" \"”’')").endswith("."):
            continue
        if _BREADCRUMB.match(line) or _is_section_label(line):
            continue  # "Home > News > Internasional", "Berita Internasional Terkini"
        return line
    return None


def _clean_title(title: str) -> str:
    """Drop a " | Outlet" or " - Outlet" suffix from a metadata title."""
    title = " ".join(title.split())
    while match := _TITLE_SUFFIX.search(title):
        brand = match.group("brand").strip()
        if not (outlet_name(brand) or (len(brand.split()) <= 3 and outlet_name(brand.split()[0]))):
            break  # "Okezone News", "Republika Online", "detikNews" go; "Prabowo - Gibran" stays
        title = title[: match.start()].rstrip()
    return title


def _strip_initials(
    paragraphs: list[str], removed: list[RemovedLine], kept: list[tuple[int, str]]
) -> list[str]:
    """Strip "(ant/rzk)"-style sign-offs from the end of the last paragraph, repeatedly."""
    while paragraphs:
        reason = REASON_SOURCE
        match = trailing_wire_credit(paragraphs[-1]) or _TRAILING_SOURCE.search(paragraphs[-1])
        if not match:
            reason = REASON_INITIALS
            match = _TRAILING_INITIALS.search(paragraphs[-1])
        if not match:
            break
        position = kept[len(paragraphs) - 1][0]
        removed.append(RemovedLine(match.group(0).strip(), reason, position))
        rest = paragraphs[-1][: match.start()].rstrip()
        if rest:
            paragraphs[-1] = rest
        else:
            paragraphs.pop()
    return paragraphs


def site_header_brand(line: str) -> str | None:
    """Return the outlet of a site header with a tagline ("OKEZONE.COM | Berita Terkini")."""
    words = line.split()
    if len(words) > SITE_HEADER_MAX_WORDS or not _TAGLINE.search(line) or _ends_sentence(line):
        return None
    match = _BRAND_THEN_TAGLINE.match(line)
    if match and outlet_name(match.group("brand")):
        return outlet_name(match.group("brand"))
    for n in (3, 2, 1):  # "Portal Berita Lombok Post"
        if len(words) > n and outlet_name(" ".join(words[-n:])):
            return outlet_name(" ".join(words[-n:]))
    return None


def _outlet_label(line: str) -> bool:
    """Return whether a short line is an outlet's rubric label ("CNBC INDONESIA RESEARCH")."""
    words = line.split()
    if not 2 <= len(words) <= OUTLET_LABEL_MAX_WORDS or not line.isupper():
        return False
    return any(outlet_name(" ".join(words[:n])) for n in range(1, len(words)))


def _names_outlet(line: str) -> bool:
    """Return whether any word of a short line is a known outlet's name."""
    return any(outlet_name(word) for word in line.split())


def writer_before_date(line: str) -> str | None:
    """Return the writer named before a date line ("Rio Manik - Senin, 12/8/2024"), if any."""
    match = _WRITER_BEFORE_DATE.match(line)
    if not match or not _DATE_IN_LINE.search(line, match.end()):
        return None
    if "(" in line or line.rstrip().endswith(":"):
        return None  # "Hasil Premier League, Selasa (4/4/2017):" heads a results list
    name = match.group("name")
    words = [w.casefold().strip(".,") for w in name.split()]
    if any(w in _NOT_WRITER_WORDS or _DATE_LINE_WORDS.fullmatch(w) for w in words):
        return None
    if outlet_name(name) or is_known_place(name) or is_known_place(words[0]):
        return None
    return name


def is_known_place(name: str) -> bool:
    """Return whether a name is in the places gazetteer (provinces, cities, capitals)."""
    return name.casefold() in _places()


@cache
def _places() -> frozenset[str]:
    """Read the entity module's places gazetteer; no file means no known places."""
    try:
        text = resources.files("kabar").joinpath(*PLACES_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return frozenset()
    return frozenset(
        line.strip().casefold() for line in text.splitlines() if line.strip()[:1] not in ("#", "")
    )
