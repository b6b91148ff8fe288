"""Line rules: why a line is boilerplate wherever it stands, and the regex tables behind them.

``line_reason`` looks at one line alone and returns one of the ``REASON_*`` constants (which
``meta`` reads back) or None for a possible story line. The small text tests the other
cleaning modules share (sentence ends, story lines, date words, the places gazetteer) live
here too, so that every module decides them the same way.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from kabar.sources import name_key, outlet_name, wire_name

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
# Share of content words that start with a capital (or digit) for a line to be title case:
# the seed headlines score 1.0, sentence-case story lines stay under 0.5, and a story line
# heavy with names ("Hal itu diatur dalam Peraturan Presiden Nomor 54 ...") scores 0.8-0.9.
TITLE_CASE_SHARE = 0.95

WORD = re.compile(r"[^\W_][\w’'‘.\-/&]*")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_SENTENCE_END = re.compile(r"""[.!?…;:][\s"”’'“‘)\]*]*$|[.!?…]["”’'“‘]?\s*\(\w{1,8}\)$""")
SENTENCE_TAIL_CHARS = 24  # a sentence end with closing quotes and a "(ant)" fits
QUOTE_START = re.compile(r"""^["“”‘’'«]""")
# Function words Indonesian title case leaves in lower case ("Kim Jong Un di Pyongyang").
SMALL_WORDS = frozenset(
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
# Sign-offs in brackets: "(ant/rzk)", "[noe]", "(***)", "(end)", "(A-12)".
_SIGN_OFF = r"""[A-Za-z.*]{1,12}(?:\s*/\s*[A-Za-z.*0-9]{1,12})+ | [A-Z]?[a-z]{1,5} | \*+
    | (?i:end|red|rls) | [A-Z]{1,2}-\d{1,3}"""
# A sign-off alone on a line may also be two to four capitals ("(AFP)", "[WBP]"), or a row
# of asterisks.
_INITIALS_LINE = re.compile(
    rf"""^[(\[]\s*(?:{_SIGN_OFF} | [A-Z]{{2,4}})\s*[)\]]$ | ^\*{{1,3}}$""", re.VERBOSE
)
# A sign-off ending the last paragraph, right after its sentence end: "... kata dia. (ant/rzk)".
TRAILING_INITIALS = re.compile(
    rf"""(?<=[.!?"”’'])\s*[(\[]\s*(?:{_SIGN_OFF})\s*[)\]]\s*$""", re.VERBOSE
)
DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|tv|co)$", re.IGNORECASE)
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
# A reporter and the outlet alone on a line, in the three layouts outlets use.
_NAME_AND_OUTLET = (_NAME_DASH_BRAND, NAME_COMMA_BRAND, TEAM_BRAND_NAME)
# Capitalised words that open a date line but are no person: places, days, rubrics.
_NOT_WRITER_WORDS = frozenset(
    "kota kabupaten kab provinsi pulau utara selatan barat timur tengah pusat raya jawa "
    "sumatera kalimantan sulawesi papua bali nusa tenggara update berita news headline "
    "breaking terkini terbaru kompas tempo hasil jadwal klasemen liga league".split()
)
TRAILING_SOURCE = re.compile(
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
MONTHS = (
    r"(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|"
    r"november|nopember|desember|january|february|march|may|june|july|august|october|"
    r"december|jan|feb|mar|apr|jun|jul|agu|agt|ags|aug|sep|sept|okt|oct|nov|des|dec)"
)
_DATE_IN_LINE = re.compile(
    rf"\b\d{{1,2}}\s+{MONTHS}\.?\s+\d{{4}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b"
    rf"|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b{MONTHS}\s+\d{{1,2}},?\s+\d{{4}}\b",
    re.IGNORECASE,
)
DATE_LINE_WORDS = re.compile(
    r"\b(?:wib|wita|wit|diperbarui|dipublikasikan|diterbitkan|terbit|update[d]?|published|"
    r"pukul|jam|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b|\d{1,2}[:.]\d{2}",
    re.IGNORECASE,
)
# List items, result rows and labelled lines look like headlines but are story content.
_NOT_HEADLINE = re.compile(
    r"^\s*(?:\d{1,3}[.)]|[a-z][.)]\s|[-–•*·])|:|\svs\.?\s|/|\d\s?[-–]\s?\d|\s[-–]\s"
)
_NUMBER_TOKEN = re.compile(r"\S*\d\S*")
MAX_HEADLINE_NUMBERS = 2  # result rows and tables carry three numbers or more
# Places gazetteer shared with the entity recogniser (countries, provinces, large cities).
PLACES_FILE = ("data", "words", "places.txt")
OUTLET_LABEL_MAX_WORDS = 5  # "CNBC INDONESIA RESEARCH", "KOMPAS TV NEWS UPDATE"
SITE_HEADER_MAX_WORDS = 10  # "Kompas.com - Berita Terkini dan Terbaru Indonesia"
_BRAND_THEN_TAGLINE = re.compile(r"^(?P<brand>[\w.]+(?:\s[\w.]+)?)\s*[|:\-–—]\s*\S")


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
    if short and any(
        (match := pattern.match(line)) and outlet_name(match.group("brand"))
        for pattern in _NAME_AND_OUTLET
    ):
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
        known = credit and (outlet_name(who) or wire_name(who) or DOMAIN.match(who))
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
    if ends_sentence(line) and not line.rstrip().endswith(("?", "!")):
        return False
    if line.rstrip().endswith((":", ";", ",", ")")) or QUOTE_START.match(line):
        return False
    if _NOT_HEADLINE.search(line) or len(_NUMBER_TOKEN.findall(line)) > MAX_HEADLINE_NUMBERS:
        return False
    words = WORD.findall(line)
    if not HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS or line.count(",") > 2:
        return False
    return _title_case_share(words) >= TITLE_CASE_SHARE


def trailing_wire_credit(text: str) -> re.Match[str] | None:
    """Return the match of a bracketed agency credit ending a paragraph ("... (Reuters)")."""
    match = _TRAILING_WIRE.search(text)
    if match and all(
        wire_name(name.strip()) or outlet_name(name.strip())
        for name in match.group("names").split("/")
    ):
        return match
    return None


def ends_sentence(line: str) -> bool:
    """Return whether a line ends like a sentence (full stop, question mark, closing quote)."""
    return bool(_SENTENCE_END.search(line[-SENTENCE_TAIL_CHARS:]))


def is_story_line(line: str) -> bool:
    """Return whether a line that no rule removed opens the story (a sentence or long text)."""
    return ends_sentence(line) or len(WORD.findall(line)) >= STORY_MIN_WORDS


def _title_case_share(words: list[str]) -> float:
    """Return the share of content words that start with a capital letter or a digit."""
    content = [w for w in words if w.casefold() not in SMALL_WORDS]
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
    rest = DATE_LINE_WORDS.sub(" ", _DATE_IN_LINE.sub(" ", line))
    return len(WORD.findall(rest)) <= 4 and not rest.rstrip().endswith(".")


def site_header_brand(line: str) -> str | None:
    """Return the outlet of a site header with a tagline ("OKEZONE.COM | Berita Terkini")."""
    words = line.split()
    if len(words) > SITE_HEADER_MAX_WORDS or not _TAGLINE.search(line) or ends_sentence(line):
        return None
    match = _BRAND_THEN_TAGLINE.match(line)
    if match and (outlet := outlet_name(match.group("brand"))):
        return outlet
    for n in (3, 2, 1):  # "Portal Berita Lombok Post"
        if len(words) > n and (outlet := outlet_name(" ".join(words[-n:]))):
            return outlet
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
    if any(w in _NOT_WRITER_WORDS or DATE_LINE_WORDS.fullmatch(w) for w in words):
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
    except OSError:
        return frozenset()
    return frozenset(
        line.strip().casefold() for line in text.splitlines() if line.strip()[:1] not in ("#", "")
    )
