"""Line rules: why a line is boilerplate wherever it stands, and the regex tables behind them.

``line_reason`` looks at one line alone and returns one of the ``REASON_*`` constants (in
``reasons``) or None for a possible story line. The places gazetteer lives here too; the other
small text tests the cleaning modules share are in ``lines``.
"""

from __future__ import annotations

import re
from functools import cache

from kabar import lexicon
from kabar.clean.captions import is_caption, wire_credit_line
from kabar.clean.lines import (
    DATE_IN_LINE,
    DATE_LINE_WORDS,
    WORD,
    ends_sentence,
    is_headline,
)
from kabar.clean.reasons import (
    REASON_AD,
    REASON_BYLINE,
    REASON_CAPTION,
    REASON_CONTRIBUTOR,
    REASON_DATE,
    REASON_FOOTER,
    REASON_HEADER,
    REASON_HEADLINE,
    REASON_INITIALS,
    REASON_NAVIGATION,
    REASON_RELATED,
    REASON_SHARE,
    REASON_SOURCE,
)
from kabar.sources import outlet_name
from kabar.text import name_key

# A byline, source or caption label line is short; longer lines starting with the same word
# are prose ("Sumber daya alam ..."). 160 characters holds the longest seen in the seeds,
# IndoSum and Detik ("Penulis : ... Editor : ..." with two long names).
MAX_LABEL_LINE = 160

_LETTER_OR_DIGIT = re.compile(r"[^\W_]")

AD_LINE_MAX_CHARS = 60  # the longest line of ad_lines.txt, with room for spacing
# A page's ad slot can hold several of them, read as one line ("ADVERTISEMENT SCROLL TO
# CONTINUE WITH CONTENT"): up to three.
AD_LINES_MAX_CHARS = 3 * AD_LINE_MAX_CHARS
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
      | (?:pilihan\s+editor|editor['’]?s\s+(?:choice|picks?))\s*:
      | baca\s+selengkapnya\b | \[?\s*gambas\s*: | video\s*:
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
      | tags? | topik(?:\s+terkait)? | kata\s+kunci | komentar | most\s+popular
      | trending(?:\s+now|\s+topics?)?
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
_BYLINE = re.compile(
    r"""^[(\[]?(?:penulis|editor|reporter|pewarta|penyunting|redaktur(?:\s+pelaksana)?|oleh|rep|red
      | kontributor|wartawan|writer|author|text|teks|alih\s*bahasa|penerjemah|jurnalis
      | fotografer|videografer|editor\s+foto|produser|koresponden|laporan|reporter\s+magang
      | (?:redaktur|reporter|editor|penulis)\s*(?:&|/|dan)\s*(?:redaktur|reporter|editor|penulis))
      \s*:
      | ^laporan\s+(?:wartawan|reporter|koresponden|kontributor|langsung)\b
      | ^(?:laporan|ditulis|dilaporkan)\s+oleh\s+(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\s*$
      | ^(?:kontributor|wartawan|koresponden)\s+(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}),
        \s*(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\s*$
      | ^(?:diadaptasi|dialihbahasakan|diterjemahkan|disadur)\s+oleh\b
      | ^by\s+(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})
        (?:\s*(?:,|\band\b|&)\s*(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}))*\s*$
      | ^(?:(?:penulis|editor|reporter|pewarta|penyunting|redaktur)\s+(?-i:[A-Z][\w.'-]*
        (?:\s+[A-Z][\w.'-]*){0,4})\s*[|,]?\s*){2,}$
      | ^(?:penulis|reporter|editor|oleh)\s+(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.'-]*){0,4})\s*$
      | ^(?:penulis|reporter)\s+(?:kontributor|wartawan|koresponden)\s+(?-i:[A-Z][\w.'-]*
        (?:\s+[A-Z][\w.'-]*){0,3}),\s*(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})
        \s*(?:[|,]\s*(?:editor|penyunting)\s+(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}))?\s*$
    """,
    re.IGNORECASE | re.VERBOSE,
)
_WEB_ADDRESS = re.compile(r"\bhttps?://\S+")
_SOURCE = re.compile(
    r"""^(?:sumber|source|tambahan|referensi)\s*:
      | ^(?:sebagian\s+(?:isi\s+)?)?artikel\s+ini\s+(?:telah\s+tayang
      | pertama\s+kali\s+(?:terbit|tayang|dimuat)
      | merupakan\s+(?:terjemahan|saduran)|sudah\s+tayang|telah\s+terbit|diterjemahkan
      | (?:telah\s+|sudah\s+)?diterbitkan|(?:telah\s+)?dimuat|tayang|bersumber\s+dari)\b
      | ^\[\s*[\w.\- ]+\.(?:com|co|net|org|id|tv)\s*\]$
      | ^baca\s+artikel\s+[^"“,]{2,40}?\s*,?\s*["“].{0,400}\bselengkapnya\b
      | ^laporan\s+tambahan\s+(?:oleh|dari)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_CONTRIBUTOR = re.compile(
    r"\b(?:(?:turut\s+)?berkontribusi|contributed)\b.{0,40}\b(?:laporan|report|artikel|berita)\b",
    re.IGNORECASE,
)
SHARE_ROW_MAX_CHARS = 80  # eight network names
# "Download Apps Detikcom Sekarang": an app promo names the outlet or pushes a link.
_DOWNLOAD = re.compile(r"^(?:download|unduh)\s+(?:aplikasi|apps?)\b", re.IGNORECASE)
_DOWNLOAD_PROMO = re.compile(
    r"\b(?:sekarang|di\s*sini|gratis|klik|now|https?://)|\w\.(?:com|id)\b", re.IGNORECASE
)
# "2 jam lalu", "Diperbarui 5 menit yang lalu", "Kemarin, 14:05 WIB", "3 hours ago": a
# publication time relative to the moment the page was read.
RELATIVE_TIME = re.compile(
    r"^(?:(?:diperbarui|dipublikasikan|diterbitkan|diunggah|terbit|tayang|updated?|published)"
    r"\s*:?\s*)?(?:\d{1,2}\s+(?:detik|menit|jam|hari|minggu|pekan|bulan)\s+(?:yang\s+)?lalu"
    r"|(?:kemarin|hari\s+ini|yesterday|today)(?:\s*,?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}"
    r"(?:\s*(?:WIB|WITA|WIT))?)?"
    r"|\d{1,2}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+ago)$",
    re.IGNORECASE,
)
# "Rizky Adha Mahendra - detikNews": a reporter and the outlet, alone on a line (detik's own
# pages print "Rizky Adha Mahendra -detikNews", no space after the dash).
_NAME_DASH_BRAND = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}"
    r"(?:\s*(?:,|&|\bdan\b)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})*)"
    r"\s+[-–—|]\s*(?P<brand>[\w.]+(?:\s[A-Z][\w.]*){0,2})$"  # "X - Pikiran Rakyat"
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
      | [-•]?\s*(?:like|dislike|suka|credits?|shares?|komentar|comments?)\s*\(\d+\)
      | (?:redaksi|hubungi|kontak|iklan)\s*:\s*\S+\[at\]\S+
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A list's headline after its rank and time: "02Kamis, 05/11/2015 09:32 WIB Judul".
_DATED_TEASER = re.compile(
    r"^\d{0,2}(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu),\s*\d{1,2}/\d{1,2}/\d{4}"
    r"\s+\d{1,2}[:.]\d{2}\s+(?:wib|wita|wit)\s+\S",
    re.IGNORECASE,
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
# "Yvette Tanamal (The Jakarta Post)": the reporter and the outlet in brackets.
NAME_BRACKET_BRAND = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
    r"(?:\s*(?:,|&|\band\b|\bdan\b)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})*)"
    r"\s*\((?P<brand>[\w. ]{2,30})\)$"
)
# The newsroom credited as a team, naming nobody: "Tim detikcom - detikNews", "Tim VIVA",
# "Tim Redaksi Kompas.com".
TEAM_CREDIT = re.compile(
    r"^(?i:tim(?:\s+redaksi)?|redaksi)\s+(?P<brand>[\w.]+(?:\s[A-Z][\w.]*)?)"
    r"(?:\s*[-–—|]\s*(?P<channel>[\w.]+))?$"
)
# A reporter and the outlet alone on a line, in the layouts outlets use.
_NAME_AND_OUTLET = (_NAME_DASH_BRAND, NAME_COMMA_BRAND, TEAM_BRAND_NAME, NAME_BRACKET_BRAND)
TRAILING_SOURCE = re.compile(
    r"(?<=[.!?\"”’'])\s*[(\[]\s*[\w.-]+\.(?:com|co\.id|co|id|net|org)\s*[)\]]\s*$"
)
_TAGLINE = re.compile(
    r"\b(?:berita|news|portal|terkini|terbaru|terpercaya|hari\s+ini|today|latest|situs)\b",
    re.IGNORECASE,
)
OUTLET_LABEL_MAX_WORDS = 5  # "CNBC INDONESIA RESEARCH", "KOMPAS TV NEWS UPDATE"
SITE_HEADER_MAX_WORDS = 10  # "Kompas.com - Berita Terkini dan Terbaru Indonesia"
_BRAND_THEN_TAGLINE = re.compile(r"^(?P<brand>[\w.]+(?:\s[\w.]+)?)\s*[|:\-–—]\s*\S")


def line_reason(line: str) -> str | None:
    """Return why a line is boilerplate wherever it stands, or None for a possible story line."""
    if not _LETTER_OR_DIGIT.search(line) or _HASHTAGS.match(line):
        return REASON_SHARE
    if len(line) <= AD_LINES_MAX_CHARS and _ad_lines_only(line):
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
    if wire_credit_line(line):
        return REASON_SOURCE  # "(Antara)" after the story credits the text, not a person
    if _INITIALS_LINE.match(line):
        return REASON_INITIALS
    # a syndication note ends with the first page's headline and address: its length is theirs
    bare = len(_WEB_ADDRESS.sub("", line)) <= MAX_LABEL_LINE
    if (bare or lowered.startswith("baca artikel")) and _SOURCE.match(line):
        return REASON_SOURCE  # "Baca artikel X "..." selengkapnya di sini: URL" runs long
    if short and _BYLINE.match(line):
        return REASON_BYLINE
    contributes = "kontribusi" in lowered or "contributed" in lowered
    if short and contributes and _CONTRIBUTOR.search(line):
        return REASON_CONTRIBUTOR
    if short and any(
        (match := pattern.match(line)) and outlet_name(match.group("brand"))
        for pattern in (*_NAME_AND_OUTLET, TEAM_CREDIT)
    ):
        return REASON_BYLINE
    if len(line) <= AD_LINE_MAX_CHARS and _WIDGET.match(line):
        return REASON_AD
    if is_caption(line):
        return REASON_CAPTION
    if len(line) <= SHARE_ROW_MAX_CHARS and _is_share_row(line):
        return REASON_SHARE
    if RELATIVE_TIME.match(line):
        return REASON_DATE
    if _DATED_TEASER.match(line) and not line.rstrip().endswith("."):
        return REASON_RELATED  # "02Kamis, 05/11/2015 09:32 WIB Penerus iPhone 5C bakal Metal"
    if _is_date_line(line):
        return REASON_BYLINE if writer_before_date(line) else REASON_DATE
    if len(line) <= AD_LINE_MAX_CHARS and (
        outlet_name(line) or _outlet_label(line) or site_header_brand(line)
    ):
        return REASON_HEADER  # a bare outlet name ("Media Indonesia") is never story text
    if is_headline(line):
        return REASON_HEADLINE
    return None


def _is_share_row(line: str) -> bool:
    """Return whether a line is only share-widget words ("Bagikan Facebook Twitter")."""
    words = [w.casefold().rstrip(":") for w in line.replace("|", " ").split()]
    words = [w for w in words if w]  # "Share :": a lone colon is no word
    share_words = lexicon.entries("share_words.txt")
    return bool(words) and len(words) <= 8 and all(w in share_words for w in words)


def _is_date_line(line: str) -> bool:
    """Return whether a short line is a date/section line rather than a sentence."""
    if len(line) > 100 or not DATE_IN_LINE.search(line):
        return False
    rest = DATE_LINE_WORDS.sub(" ", DATE_IN_LINE.sub(" ", line))
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
    if not match or not DATE_IN_LINE.search(line, match.end()):
        return None
    if "(" in line or line.rstrip().endswith(":"):
        return None  # "Hasil Premier League, Selasa (4/4/2017):" heads a results list
    name = match.group("name")
    words = [w.casefold().strip(".,") for w in name.split()]
    not_writers = lexicon.entries("not_writer_words.txt")
    if any(w in not_writers or DATE_LINE_WORDS.fullmatch(w) for w in words):
        return None
    if outlet_name(name) or is_known_place(name) or is_known_place(words[0]):
        return None
    return name


def _ad_lines_only(line: str) -> bool:
    """Tell whether a line is one ad line or several run together, even glued where the page
    set them in separate elements ("ADVERTISEMENTSCROLL TO CONTINUE WITH CONTENT")."""
    key = name_key(line)
    ads = _ad_lines()
    if key in ads:
        return True
    reached = {0}
    todo = [0]
    while todo:
        at = todo.pop()
        for ad in ads:
            if key.startswith(ad, at) and (after := at + len(ad)) not in reached:
                if after == len(key):
                    return True
                reached.add(after)
                todo.append(after)
    return False


@cache
def _ad_lines() -> frozenset[str]:
    """Return the comparison keys of whole lines that are ads, promos or reading widgets."""
    return frozenset(name_key(line) for line in lexicon.lines("ad_lines.txt"))


def is_known_place(name: str) -> bool:
    """Return whether a name is in the places gazetteer (provinces, cities, capitals)."""
    return name.casefold() in _places()


@cache
def _places() -> frozenset[str]:
    """The places gazetteer the entity recogniser reads (its ``entities`` use), case-folded."""
    return frozenset(place.casefold() for place in lexicon.for_use("places.tsv", "entities"))
