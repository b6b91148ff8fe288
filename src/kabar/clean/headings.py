"""Headings: the title and furniture above the story, and headlines between its paragraphs.

Lines above the first story line are the title, site header, byline or captions; a
title-case line between paragraphs is another article's headline unless it shares words with
the paragraph after it (then it is the article's own sub-heading).
"""

from __future__ import annotations

import re

from kabar import lexicon
from kabar.clean.lines import (
    DATE_LINE_WORDS,
    DOMAIN,
    QUOTE_START,
    TITLE_CASE_SHARE,
    WORD,
    small_words,
    title_case_share,
)
from kabar.clean.reasons import (
    REASON_BYLINE,
    REASON_CAPTION,
    REASON_HEADER,
    REASON_HEADLINE,
    REASON_TITLE,
)
from kabar.clean.rules import TRAILING_INITIALS, TRAILING_SOURCE, is_known_place
from kabar.models import RemovedLine
from kabar.sources import outlet_name
from kabar.text import name_key

# A headline-like line stays as a sub-heading when at least this share of its content words
# (OVERLAP_MIN_CHARS letters or more, compared on their first STEM_CHARS letters) recurs in
# the paragraph after it. Measured: the seeds' injected headlines share 0-0.2 with the next
# paragraph, Detik's sub-headings mostly 0.4 and more (benchmarks/eval_clean.py samples).
SUBHEADING_OVERLAP = 0.3
OVERLAP_MIN_CHARS = 4
STEM_CHARS = 6
# A title above the story has 3 to 35 words: shorter lines are labels and menu crumbs,
# longer ones paragraphs (the 104 titles of `kabar analyze` on examples/corpus, the seeds
# and tests/data/probe run 6 to 16 words).
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 35
# "Home > News > Internasional", "Berita / Nasional": a slash needs spaces around it, so that
# "Rupiah Menguat ke Rp15.600/US$" stays a headline.
_BREADCRUMB = re.compile(r"^[^>»›/|]{1,30}(?:(?:\s*[>»›]\s*|\s+/\s+)[^>»›/|]{1,40})+$")
PERSON_NAME_WORDS = (2, 4)
_NAME_WORD = re.compile(r"^[A-Z][a-z'’]+\.?$|^[A-Z]\.?$")
# A headline that opens with a quotation: the quote, a comma, then who said it.
_QUOTE_HEADLINE = re.compile(r"""^["“][^"”]{3,120}["”]\s*,\s*\w""")
_TITLE_PREFIX = re.compile(r"^(?P<brand>[\w.]+\.(?:com|co\.id|id))\s*:\s+")
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:]\s+(?P<brand>[^|\-–—:]{2,40})$")
# "Nadya Kurnia / WBP": the writer, then the editor's initials (Beritasatu).
EDITOR_INITIALS = re.compile(r"\s*/\s*[A-Z]{2,4}\s*$")
_MONONYM = re.compile(r"^[A-Z][a-z]{3,20}$")


def resolve_headlines(
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
    paragraph = TRAILING_INITIALS.sub("", TRAILING_SOURCE.sub("", paragraph))
    stems = {_stem(w) for w in WORD.findall(paragraph.casefold())}
    content = [
        _stem(w)
        for w in WORD.findall(heading.casefold())
        if len(w) >= OVERLAP_MIN_CHARS and w not in small_words()
    ]
    if not content:
        return 0.0
    return sum(1 for w in content if w in stems) / len(content)


def _stem(word: str) -> str:
    """Return a crude stem: the first letters of a word, enough to match most affixed forms."""
    return word.strip(".,’'‘-")[:STEM_CHARS]


def header_lines(header: list[tuple[int, str]], title: str | None) -> list[RemovedLine]:
    """Classify the lines above the story: title, site header, tagline or caption."""
    picked = title or pick_title(header)
    removed = []
    after_title = False
    next_to_title = False
    shown_title = bool(picked) and any(name_key(line) == name_key(picked) for _, line in header)
    for position, line in header:
        if picked and name_key(line) == name_key(picked):
            reason = REASON_TITLE
            after_title = next_to_title = True
            removed.append(RemovedLine(line, reason, position))
            continue
        # the writer's name over the date line of a text without a headline (Sindonews), or
        # whose given headline the text does not repeat (a scraper's record)
        first_without_title = not shown_title and position == header[0][0]
        if (after_title or first_without_title) and all(
            _is_person_name(part.strip())
            for part in re.split(r"[|,]", EDITOR_INITIALS.sub("", line))
        ):
            # the writer's name under the headline (Sindonews, IDN Times), "writer | editor",
            # or two writers ("Tria Sutrisna, Nawir Arsyad Akbar", Kompas)
            reason = REASON_BYLINE
        elif next_to_title and _is_mononym(line):
            reason = REASON_BYLINE  # "Muhaimin", "Aryodamar": one-word names, right under it
        elif (
            outlet_name(line)
            or "|" in line
            or len(WORD.findall(line)) < TITLE_MIN_WORDS
            or _BREADCRUMB.match(line)
            or _is_section_label(line)
        ):
            reason = REASON_HEADER
        else:
            reason = REASON_CAPTION
        next_to_title = False
        removed.append(RemovedLine(line, reason, position))
    return removed


def _section_words() -> frozenset[str]:
    """Return the section and menu words that make a capitalised line a label, not a name."""
    return lexicon.entries("section_words.txt")


def _is_mononym(line: str) -> bool:
    """Return whether a line is one capitalised word that can be a person's only name."""
    word = line.strip()
    return (
        bool(_MONONYM.match(word))
        and word.casefold() not in _section_words()
        and word.casefold() not in lexicon.entries("not_mononyms.txt")
        and not DATE_LINE_WORDS.fullmatch(word)
        and not outlet_name(word)
        and not is_known_place(word)
    )


def _is_person_name(line: str) -> bool:
    """Return whether a line is just a person's name: two to four capitalised words."""
    words = line.split()
    return (
        PERSON_NAME_WORDS[0] <= len(words) <= PERSON_NAME_WORDS[1]
        and all(_NAME_WORD.match(w) for w in words)
        and not any(w.casefold() in _section_words() for w in words)
        and not outlet_name(line)
    )


def _is_section_label(line: str) -> bool:
    """Return whether a line only names site sections ("Berita Internasional Terkini")."""
    sections, small = _section_words(), small_words()
    return all(w.casefold() in sections or w.casefold() in small for w in line.split())


def opens_as_title(line: str, header: list[tuple[int, str]], given: str | None) -> bool:
    """Return whether a sentence-like line above the story is its headline, not its first line.

    The given title's own line is; otherwise a title-case line of headline length that ends
    in "?", "!" or "..." ("Jaksa Ajukan Banding?") when no headline stands above it.
    """
    if given and name_key(line) == name_key(given):
        return True
    end = line.rstrip(" \"”’')")
    if not end.endswith(("?", "!", "...", "…")) or pick_title(header):
        return False
    words = len(WORD.findall(line))
    return (
        TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS
        and not QUOTE_START.match(line)
        and title_case_share(line) >= TITLE_CASE_SHARE
    )


def pick_title(header: list[tuple[int, str]]) -> str | None:
    """Return the first title-like line above the story, or None when there is none."""
    for _, line in header:
        words = len(WORD.findall(line))
        if not TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS:
            continue
        if QUOTE_START.match(line) and not _QUOTE_HEADLINE.match(line):
            continue  # a quote paragraph, not '"Kami Tidak Takut", Kata Warga Rempang'
        end = line.rstrip(" \"”’')")
        if outlet_name(line) or "|" in line or (end.endswith(".") and not end.endswith("...")):
            continue  # a sentence; a headline may trail off ("Harga Cabai Naik Lagi....")
        if _BREADCRUMB.match(line) or _is_section_label(line):
            continue  # "Home > News > Internasional", "Berita Internasional Terkini"
        return line
    return None


def clean_title(title: str) -> str:
    """Drop a " | Outlet" or " - Outlet" suffix and an "Outlet.com: " prefix from a title."""
    title = " ".join(title.split())
    while match := _TITLE_SUFFIX.search(title):
        brand = match.group("brand").strip()
        if not (
            outlet_name(brand)
            or DOMAIN.match(brand)
            or (len(brand.split()) <= 3 and outlet_name(brand.split()[0]))
        ):
            break  # "Okezone News", "Republika Online", "x.co.id" go; "Prabowo - Gibran" stays
        title = title[: match.start()].rstrip()
    prefix = _TITLE_PREFIX.match(title)
    if prefix and outlet_name(prefix.group("brand")) and len(title) > prefix.end():
        title = title[prefix.end() :]  # "KapanLagi.com: Brandon Salim ..."
    return title
