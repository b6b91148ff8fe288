"""The ``clean`` driver: walk the lines once, sorting each into story or boilerplate by zone."""

from __future__ import annotations

import re

from kabar.clean.captions import trailing_wire_credit
from kabar.clean.credits import join_lone_labels
from kabar.clean.datelines import cut_dateline, dateline_start, outlet_label
from kabar.clean.findings import read_findings
from kabar.clean.glue import unglue
from kabar.clean.headings import (
    clean_title,
    header_lines,
    opens_as_title,
    pick_title,
    resolve_headlines,
)
from kabar.clean.lines import WORD, ends_sentence, is_story_line
from kabar.clean.reasons import (
    REASON_BYLINE,
    REASON_CAPTION,
    REASON_FOOTER,
    REASON_HEADER,
    REASON_HEADLINE,
    REASON_INITIALS,
    REASON_RELATED,
    REASON_REPEAT,
    REASON_SOURCE,
)
from kabar.clean.rules import TRAILING_INITIALS, TRAILING_SOURCE, line_reason
from kabar.models import Cleaned, RawDocument, RemovedLine
from kabar.sources import wire_name

_SOURCE_BOX = re.compile(r"^(?:sumber|source)\s*:?\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^[•·▪◦●‣*-]\s*")
# A bare related-articles heading ("Baca Juga") takes the headline lines under it.
_RELATED_HEADING = re.compile(
    r"^[(\[]?\s*(?:[\w.]+\.(?:com|id|co\.id)\s*[-–—]\s*)?"  # "Suara.com - BERITA ... LAINNYA:"
    r"(?:baca\s*juga|baca_juga|berita\s+terkait|artikel\s+terkait|lihat\s+juga|"
    r"simak\s+juga|berita\s+(?:menarik\s+)?lainnya|rekomendasi|baca\s+juga\s+artikel\s+ini|berita\s+rekomendasi|"
    r"baca\s+berikutnya|rekomendasi\s+untuk\s+(?:anda|kamu)|artikel\s+selanjutnya|"
    r"simak\s+berita\s+lainnya\s+seputar\s+topik\s+artikel\s+ini,?\s+di\s+sini)\W*$",
    re.IGNORECASE,
)
# A chart's or table's title over its data credit: "Ekspor Batu Bara Indonesia" then "Sumber:
# BPS". Titles are short and end in no punctuation; a story sentence ending in ":" leads in.
_DATA_CREDIT = re.compile(r"^(?:sumber|source)\s*(?:data\s*)?:", re.IGNORECASE)
CHART_TITLE_MAX_WORDS = 12
RELATED_LIST_MAX = 6  # Republika and Kompas show three to five related headlines
# A sentence this long (a short story sentence; teasers are cut with "...") after a footer
# marker is story text, so the marker does not end the story.
FOOTER_GUARD_WORDS = 15


def clean(raw: RawDocument) -> Cleaned:
    """Split the raw text into story paragraphs, dropping boilerplate lines with a reason."""
    text_lines = join_lone_labels(_split_glued_links(raw.text))
    lines = [(i, line.strip()) for i, line in enumerate(text_lines)]
    lines = [(i, line) for i, line in lines if line]
    reasons = [line_reason(line) for _, line in lines]
    repeats = _repeats(lines, reasons)
    lines = [line for line, reason in zip(lines, reasons, strict=True) if reason != REASON_REPEAT]
    reasons = [reason for reason in reasons if reason != REASON_REPEAT]
    kept, pending, header, removed = _walk(lines, reasons, raw.title)
    removed.extend(repeats)
    kept = resolve_headlines(kept, set(pending), removed)
    kept = _drop_chart_titles(kept, removed)
    title = (clean_title(raw.title) or None) if raw.title else None
    removed.extend(header_lines(header, title))
    if title is None:
        picked = pick_title(header)
        title = clean_title(picked) if picked else None
    paragraphs = [line for _, line in kept]
    dateline = None
    if paragraphs:
        dateline, paragraphs[0] = cut_dateline(paragraphs[0])
    paragraphs = _strip_initials(paragraphs, removed, kept)
    paragraphs = _drop_uncovered_repeat(paragraphs, removed, kept)
    paragraphs = unglue(paragraphs, title or "")
    removed.sort(key=lambda r: r.position)
    return Cleaned(
        title=title,
        paragraphs=tuple(paragraphs),
        removed=tuple(removed),
        dateline_prefix=dateline,
        findings=read_findings(tuple(removed), dateline),
    )


_Lines = list[tuple[int, str]]
# A related-article link a scraper glued to the sentence before it, with no space:
# "... dimodifikasi.Baca juga: Harga Elpiji ...". The link runs to the end of the line.
_GLUED_LINK = re.compile(r"(?<=[.!?\"”’])(?=(?:Baca|BACA)\s+(?:[Jj]uga|JUGA)\s*:)")


def _split_glued_links(text: str) -> list[str]:
    """Return the text's lines, a glued related-article link put on a line of its own."""
    if "aca" not in text and "ACA" not in text:
        return text.split("\n")
    return [part for line in text.split("\n") for part in _GLUED_LINK.split(line)]


def _walk(
    lines: _Lines, reasons: list[str | None], given_title: str | None = None
) -> tuple[_Lines, list[int], _Lines, list[RemovedLine]]:
    """Walk the lines once, sorting each by zone: (kept, pending, header, removed).

    ``pending`` holds the indexes in ``kept`` of headline-like lines inside the story, decided
    later by ``resolve_headlines``; ``header`` the lines above the story.
    """
    story_start = dateline_start(lines, reasons)
    last_story = _last_long_story_line(lines, reasons)
    removed: list[RemovedLine] = []
    kept: _Lines = []
    pending: list[int] = []
    header: _Lines = []
    in_story = in_footer = in_box = False
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
        if list_left and reason in (None, REASON_HEADLINE) and not ends_sentence(line):
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
            headline = opens_as_title(line, header, given_title)
            if is_story_line(line) and not before_dateline and not headline:
                in_story = True
            else:
                header.append((position, line))
                continue
        if reason is None and (is_story_line(line) or not outlet_label(line.strip("()[] "))):
            kept.append((position, line))
            continue
        reason = _in_story_reason(line, reason or REASON_HEADER, in_story)
        in_footer = reason == REASON_FOOTER and in_story and position > last_story
        in_box = reason == REASON_SOURCE and bool(_SOURCE_BOX.match(line))
        if reason == REASON_RELATED and _RELATED_HEADING.match(line):
            list_left = RELATED_LIST_MAX
        removed.append(RemovedLine(line, reason, position))
    return kept, pending, header, removed


def _drop_chart_titles(kept: _Lines, removed: list[RemovedLine]) -> _Lines:
    """Remove as captions the short unpunctuated lines standing right over a data credit."""
    credits = [
        r.position for r in removed if r.reason == REASON_SOURCE and _DATA_CREDIT.match(r.text)
    ]
    if not credits:
        return kept
    taken = sorted([p for p, _ in kept] + [r.position for r in removed])
    above = {taken[taken.index(p) - 1] for p in credits if taken.index(p) > 0}
    titles = {
        position
        for position, line in kept
        if position in above
        and len(WORD.findall(line)) <= CHART_TITLE_MAX_WORDS
        and not ends_sentence(line)
        and not line.rstrip().endswith((":", ","))
    }
    removed.extend(RemovedLine(line, REASON_CAPTION, p) for p, line in kept if p in titles)
    return [(p, line) for p, line in kept if p not in titles]


def _in_story_reason(line: str, reason: str, in_story: bool) -> str:
    """Return a removed line's reason, given whether the story has begun."""
    if reason == REASON_HEADER and in_story and wire_name(line):
        return REASON_SOURCE  # Tempo's bare "ANTARA" under the story credits the agency
    return reason


def _repeats(lines: _Lines, reasons: list[str | None]) -> list[RemovedLine]:
    """Mark every later copy of a possible story line as a repeat (in ``reasons``); return them.

    A body never repeats a paragraph: scrapers that read a page's text nodes more than once
    repeat every paragraph two to six times, and the copies would count each quote and each
    ad line again. Lines are compared alone, before any zone is decided, so that a second
    cleaning decides the same way.
    """
    seen: set[str] = set()
    repeats = []
    for index, ((position, line), reason) in enumerate(zip(lines, reasons, strict=True)):
        if reason not in (None, REASON_HEADLINE):
            continue
        key = " ".join(cut_dateline(line)[1].split()).casefold()  # the first copy loses it
        if key in seen:
            reasons[index] = REASON_REPEAT
            repeats.append(RemovedLine(line, REASON_REPEAT, position))
        seen.add(key)
    return repeats


def _drop_uncovered_repeat(
    paragraphs: list[str], removed: list[RemovedLine], kept: list[tuple[int, str]]
) -> list[str]:
    """Drop a last paragraph that a stripped sign-off turned into a copy of an earlier one.

    ``_repeats`` compares lines before the sign-offs go; a copy that differed only by its
    "(ant/rzk)" would otherwise survive once and be removed by a second cleaning.
    """
    if len(paragraphs) < 2:
        return paragraphs
    key = " ".join(paragraphs[-1].split()).casefold()
    earlier = {" ".join(cut_dateline(p)[1].split()).casefold() for p in paragraphs[:-1]}
    if key not in earlier:
        return paragraphs
    removed.append(RemovedLine(paragraphs[-1], REASON_REPEAT, kept[len(paragraphs) - 1][0]))
    return paragraphs[:-1]


def _last_long_story_line(lines: list[tuple[int, str]], reasons: list[str | None]) -> int:
    """Return the position of the last long, whole sentence no rule removes (-1 if none).

    A footer marker ("Topik: ...", "TERBARU") ends the story only below it: a marker with such a
    line after it stands inside the story (a list item, a one-off label) and goes alone. Teasers
    under real footers are cut short ("...") or are headlines, so they do not count.
    """
    for (position, line), reason in zip(reversed(lines), reversed(reasons), strict=True):
        if (
            reason is None
            and len(WORD.findall(line)) >= FOOTER_GUARD_WORDS
            and ends_sentence(line)
            and not line.rstrip().endswith(("...", "…"))
        ):
            return position
    return -1


def _strip_initials(
    paragraphs: list[str], removed: list[RemovedLine], kept: list[tuple[int, str]]
) -> list[str]:
    """Strip "(ant/rzk)"-style sign-offs from the end of the last paragraph, repeatedly."""
    while paragraphs:
        reason = REASON_SOURCE
        match = trailing_wire_credit(paragraphs[-1]) or TRAILING_SOURCE.search(paragraphs[-1])
        if not match:
            reason = REASON_INITIALS
            match = TRAILING_INITIALS.search(paragraphs[-1])
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
