"""Frozen value objects passed between pipeline stages.

Every stage is a plain function over these types; only ``pipeline.py`` orders the
stages and only ``store/`` persists them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RawDocument:
    """One input article as a reader decoded it, before cleaning.

    ``text`` is the decoded, Unicode-normalised text with one line per paragraph or
    page line (for HTML: the extractor's main text). Fields a structured input
    (JSON, HTML meta tags) supplies directly are kept beside it.
    """

    source: str
    text: str
    format: str  # "text", "html", "json" or "csv" (a CSV or TSV row)
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()  # editors the page credits (JSON-LD), never authors
    site_name: str | None = None
    language: str | None = None
    # Set by the pipeline for a verbatim copy of an article already read from another source.
    id: str | None = None
    # When the input was read (ISO time with zone): a date after it is a typo. None: the
    # moment of analysis; a fixed time makes a run reproducible (``kabar analyze --as-of``).
    read_at: str | None = None


@dataclass(frozen=True)
class Reject:
    """An input that could not be read, and the one-line reason why."""

    source: str
    reason: str


@dataclass(frozen=True)
class Note:
    """Something a reader of the run should know about an input it kept (a date not read)."""

    source: str
    message: str


@dataclass(frozen=True)
class RemovedLine:
    """A line the cleaner dropped, with the rule that dropped it (kept for metadata and audits)."""

    text: str
    reason: str
    position: int  # index of the line in the raw text


@dataclass(frozen=True)
class Credit:
    """A byline or source line the cleaner removed, read: whom and what it credits.

    ``kind`` is the line's reason ("byline", "source" or "contributor"); ``people`` the writers it
    names, ``wires`` the agencies or outlets it names as the text's origin, ``outlet`` the
    publisher a byline ends with ("Rizky - detikNews").
    """

    text: str
    kind: str
    people: tuple[str, ...] = ()
    wires: tuple[str, ...] = ()
    outlet: str | None = None
    editors: tuple[str, ...] = ()  # the people it names as editors (not in ``people``)


@dataclass(frozen=True)
class Dateline:
    """The dateline cut off the first paragraph, read: its place, brand and bracketed credits.

    ``outlet`` is the known outlet its brand names; ``credited_outlet`` also counts a bracketed
    agency ("Jakarta (ANTARA) -"); ``unknown_brand`` is a brand the outlet table lacks, as
    written; ``credits`` are the agencies in brackets; ``place`` is as written (not title-cased).
    """

    prefix: str
    place: str | None = None
    outlet: str | None = None
    credited_outlet: str | None = None
    unknown_brand: str | None = None
    credits: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutletClue:
    """A removed line that names the publisher, and its kind (``meta.outlet`` ranks the kinds)."""

    kind: str
    name: str


@dataclass(frozen=True)
class Findings:
    """What the cleaner found in the lines it removed, read once for ``meta``.

    Each tuple keeps the order of the lines in the text.
    """

    dateline: Dateline | None = None
    credits: tuple[Credit, ...] = ()
    date_lines: tuple[str, ...] = ()  # date, header and byline lines: where a date is printed
    outlet_clues: tuple[OutletClue, ...] = ()
    # The people captions credit for a picture ("(IDN Times/Name)", "Foto: Name"): not writers
    # when a scraper's author list picked them up.
    photo_credits: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cleaned:
    """The cleaner's result: the story paragraphs, the headline, what was removed and found."""

    title: str | None
    paragraphs: tuple[str, ...]
    removed: tuple[RemovedLine, ...] = ()
    # The dateline cut from the first paragraph, e.g. "PYONGYANG, KOMPAS.TV -".
    dateline_prefix: str | None = None
    findings: Findings = Findings()

    @property
    def body(self) -> str:
        """Return the paragraphs joined by a blank line, as the contract's ``body``."""
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Metadata:
    """What the article says about itself."""

    title: str | None
    outlet: str | None
    published: str | None  # ISO date, optionally with THH:MM and offset
    dateline: str | None
    authors: tuple[str, ...] = ()
    wire_sources: tuple[str, ...] = ()
    language: str = "id"
    editors: tuple[str, ...] = ()  # editors credited, never counted as authors
    title_source: str = "given"  # "given" (the text's headline) or "lead" (made from the lead)
    # Where the date was read: "metadata" (the input's own field), "page" (a date or header
    # line, the dateline, the URL) or "body" (the date of the events: a flagged fallback).
    date_source: str | None = None
    # Why the date is missing or what was dropped ("date 2026-01-03 is after ..."), for the run.
    date_notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity in the cleaned body."""

    text: str
    start: int
    end: int
    type: str


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place under its canonical name."""

    name: str
    type: str  # PERSON, ORG, LOC (others may be added)
    aliases: tuple[str, ...] = ()
    count: int = 0
    mentions: tuple[Mention, ...] = ()
    person_id: str | None = None  # the store's person registry id (PERSON entities, once stored)


@dataclass(frozen=True)
class Quote:
    """What someone is reported to have said; offsets index the cleaned body."""

    text: str
    speaker: str | None
    kind: str  # "direct", "partial" or "indirect"
    start: int
    end: int
    groups: tuple[str, ...] = ()
    cue: str | None = None  # the verb or phrase that attributes it ("kata", "ujarnya", "menurut")
    speaker_role: str | None = None  # the role the text gives the speaker ("warga Temon")
    speaker_kind: str | None = None  # "public_figure", "member_of_public" or None (not said)
    person_id: str | None = None  # the speaker's person registry id, once stored
    # How the speaker was found ("after_cue/name", "carried/pronoun", see kabar.quotes.evidence):
    # a trace kept in the store for the benchmarks, not exported, and no part of a quote's
    # identity (two quotes found two ways are the same quote).
    attribution: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Article:
    """A fully described article: the unit the store keeps and the export writes."""

    id: str
    source: str
    title: str | None
    body: str
    outlet: str | None
    published: str | None
    dateline: str | None
    authors: tuple[str, ...] = ()
    wire_sources: tuple[str, ...] = ()
    language: str = "id"
    duplicate_of: str | None = None
    story: str | None = None
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    url: str | None = None
    editors: tuple[str, ...] = ()
    title_source: str = "given"
    date_source: str | None = None  # see Metadata.date_source


@dataclass(frozen=True)
class SummarySentence:
    """One sentence of a story summary and the article it came from."""

    text: str
    article: str


@dataclass(frozen=True)
class StatementRef:
    """A quote inside an article: ``index`` is its position in that article's ``quotes``."""

    article: str
    index: int


@dataclass(frozen=True)
class Statement:
    """The same statement as carried by several articles."""

    id: str
    speaker: str | None
    quotes: tuple[StatementRef, ...] = ()


@dataclass(frozen=True)
class FigureVersion:
    """One outlet's value for a figure, with the sentence that gives it."""

    article: str
    outlet: str | None
    value: str
    context: str
    published: str | None = None


@dataclass(frozen=True)
class Disagreement:
    """A quantity (what it counts, in which unit) that different outlets give differently."""

    unit: str
    versions: tuple[FigureVersion, ...]
    quantity: str = ""


@dataclass(frozen=True)
class Story:
    """Articles about one event, across outlets."""

    id: str
    title: str
    date: str | None
    articles: tuple[str, ...]
    summary: tuple[SummarySentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = field(default_factory=tuple)
    # Derived when the story is described; kept in the store, not (yet) in the export.
    disagreements: tuple[Disagreement, ...] = ()
    # Members whose publication date is unknown: they joined on strong evidence and never
    # count towards the story's date (an added field of the export).
    undated_articles: tuple[str, ...] = ()
    # The storyline this event continues (None when it continues no other story).
    storyline: str | None = None


@dataclass(frozen=True)
class Storyline:
    """Event stories that continue one another (one case, one disaster's days, one negotiation).

    ``stories`` are the event stories' ids in date order; ``people`` the most mentioned
    people of its events, most mentioned first.
    """

    id: str
    title: str
    start: str | None
    end: str | None
    stories: tuple[str, ...]
    people: tuple[str, ...] = ()
    articles: int = 0
