"""Why the cleaner removed a line: one word per kind of boilerplate, on each ``RemovedLine``."""

from __future__ import annotations

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
REASON_REPEAT = "repeat"  # a story paragraph the scrape repeats: only its first copy stays
