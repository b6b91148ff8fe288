"""Properties over the readers and every per-article stage, for any Unicode and any JSON.

No input makes a reader or a stage raise anything but the errors that become a Reject;
offsets stay inside the body; ids depend only on the text; cleaning is idempotent. The
example counts are small so that the file runs in seconds.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kabar.clean import clean
from kabar.errors import InputError
from kabar.ingest import read_bytes
from kabar.ingest.records import document_from_record, read_json
from kabar.models import Article, RawDocument, Reject
from kabar.pipeline import article_id, process_or_reject

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Every code point, lone surrogates included (JSON can spell them as escapes).
ANY_CHAR = st.characters(exclude_categories=())
WORDS = st.sampled_from(
    "Menteri Sri Wahyuni mengatakan , . “ ” \" kata ujarnya Jakarta Senin ( ) - \n "
    "KOMPAS.com Baca juga : 12/3/2024 Polri DPR RI 10.000 ' ‘ ’ … ! ? Pak Bu".split(" ")
)
PROSE = st.lists(WORDS, max_size=120).map(" ".join)
# Indonesian-looking prose mixed with any character at all.
TEXT = st.one_of(PROSE, st.text(ANY_CHAR, max_size=200), st.tuples(PROSE, st.text()).map("".join))
JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(ANY_CHAR, max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
FIELDS = st.sampled_from(
    ["title", "body", "text", "url", "published", "outlet", "authors", "author", "paragraphs",
     "language", "source", "headline", "publisher", "date"]
)
RECORD = st.dictionaries(FIELDS, JSON_VALUE | TEXT, max_size=6)


@FAST
@given(st.binary(max_size=400), st.sampled_from(["a.txt", "a.json", "a.csv", "a.html", "a.gz", "-"]))
def test_any_bytes_read_to_documents_or_an_input_error(data: bytes, name: str) -> None:
    try:
        results = read_bytes(data, name)
    except InputError:
        return
    assert all(isinstance(r, RawDocument | Reject) for r in results)


@FAST
@given(st.one_of(RECORD, JSON_VALUE))
def test_any_json_record_is_a_document_or_a_reject(record: Any) -> None:
    try:
        document = document_from_record(record, "x.json")
    except InputError as error:
        assert "\n" not in str(error)
        return
    for field in (document.text, document.title, document.outlet, *document.authors):
        if field is not None:
            field.encode("utf-8")  # storable: no lone surrogates got through
            assert "\x00" not in field


@FAST
@given(st.lists(st.one_of(RECORD, JSON_VALUE), max_size=4))
def test_any_json_lines_read_record_by_record(records: list[Any]) -> None:
    text = "\n".join(json.dumps(r) for r in records)
    try:
        results = read_json(text, "x.jsonl")
    except InputError:
        assert len(records) <= 1  # only a single record is judged as a whole
        return
    if len(records) >= 2 or (records and isinstance(records[0], dict)):
        assert len(results) == len(records)  # one outcome per line, a reject for a bad one


def _stages(title: str | None, text: str) -> Article | Reject:
    return process_or_reject(RawDocument(source="x.txt", text=text, format="text", title=title))


@FAST
@given(st.none() | PROSE, TEXT)
def test_every_stage_takes_any_text_and_keeps_offsets_inside_the_body(
    title: str | None, text: str
) -> None:
    text = text.encode("utf-8", "replace").decode("utf-8")  # readers never pass surrogates on
    outcome = _stages(title, text)
    if isinstance(outcome, Reject):
        return
    body = outcome.body
    for entity in outcome.entities:
        for mention in entity.mentions:
            assert 0 <= mention.start < mention.end <= len(body)
    for quote in outcome.quotes:
        assert 0 <= quote.start <= quote.end <= len(body)


@FAST
@given(st.none() | PROSE, PROSE, st.sampled_from(["a.txt", "b/c.json#3"]))
def test_ids_depend_only_on_title_and_text(title: str | None, text: str, source: str) -> None:
    raw = RawDocument(source=source, text=text, format="text", title=title)
    moved = RawDocument(source="elsewhere.txt", text=text, format="json", title=title)
    assert article_id(raw) == article_id(moved) == article_id(raw)
    first, again = _stages(title, text), _stages(title, text)
    assert first == again


@FAST
@given(TEXT)
def test_cleaning_is_idempotent(text: str) -> None:
    text = text.encode("utf-8", "replace").decode("utf-8")  # readers never pass surrogates on
    once = clean(RawDocument(source="x.txt", text=text, format="text")).body
    twice = clean(RawDocument(source="x.txt", text=once, format="text")).body
    assert twice == once


STORY_RECORD = st.fixed_dictionaries(
    {"title": PROSE, "body": PROSE, "published": st.sampled_from(["2026-03-01", "2026-03-02", ""])}
)


@FAST
@given(st.lists(STORY_RECORD, min_size=1, max_size=4))
def test_linking_puts_every_article_in_one_story_and_copies_point_back(
    records: list[dict[str, str]],
) -> None:
    from kabar.api import analyze_records

    result = analyze_records(records)
    ids = [a.id for a in result.articles]
    members = [m for story in result.stories for m in story.articles]
    assert sorted(members) == sorted(set(members)) == sorted(set(ids))  # each in exactly one
    for article in result.articles:
        assert article.story is not None
        if article.duplicate_of is not None:
            assert article.duplicate_of in ids and article.duplicate_of != article.id
