"""The store's row format: the JSON stores have always been written with, loaded back whole."""

from __future__ import annotations

import json
from dataclasses import replace

from factories import make_article

from kabar.models import (
    Disagreement,
    Entity,
    FigureVersion,
    Mention,
    Quote,
    Statement,
    StatementRef,
    Story,
    SummarySentence,
)
from kabar.store.rows import article_from_row, article_to_row, story_from_row, story_to_row

# Rows as earlier versions of kabar wrote them: they must keep loading, and writing the same
# objects must give the same text.
ARTICLE_ROW = (
    '{"id": "a1", "source": "a1.txt", "title": "Banjir di Palu", "body": "Kata Siti.", '
    '"outlet": "Kompas", "published": "2024-03-02", "dateline": "Palu", '
    '"authors": ["Budi"], "wire_sources": ["Antara"], "language": "id", '
    '"duplicate_of": null, "story": "s1", "entities": [{"name": "Siti", "type": "PERSON", '
    '"aliases": ["Siti"], "count": 1, "mentions": [["Siti", 5, 9, "PERSON"]]}], '
    '"quotes": [{"text": "Kata", "speaker": "Siti", "kind": "direct", "start": 0, "end": 4, '
    '"groups": ["g1"], "cue": "kata", "speaker_role": null, "speaker_kind": null}], '
    '"url": null}'
)
STORY_ROW = (
    '{"id": "s1", "title": "Banjir di Palu", "date": "2024-03-02", "articles": ["a1"], '
    '"summary": [{"text": "Banjir.", "article": "a1"}], "entities": [{"name": "Siti", '
    '"type": "PERSON", "aliases": ["Siti"], "count": 1}], "statements": [{"id": "g1", '
    '"speaker": "Siti", "quotes": [{"article": "a1", "index": 0}]}]}'
)


def _article() -> object:
    return make_article(
        "a1",
        body="Kata Siti.",
        title="Banjir di Palu",
        outlet="Kompas",
        published="2024-03-02",
        dateline="Palu",
        authors=("Budi",),
        wire_sources=("Antara",),
        story="s1",
        entities=(Entity("Siti", "PERSON", ("Siti",), 1, (Mention("Siti", 5, 9, "PERSON"),)),),
        quotes=(Quote("Kata", "Siti", "direct", 0, 4, ("g1",), "kata"),),
    )


def _story(**changes: object) -> Story:
    fields: dict[str, object] = {
        "id": "s1",
        "title": "Banjir di Palu",
        "date": "2024-03-02",
        "articles": ("a1",),
        "summary": (SummarySentence("Banjir.", "a1"),),
        "entities": (Entity("Siti", "PERSON", ("Siti",), 1),),
        "statements": (Statement("g1", "Siti", (StatementRef("a1", 0),)),),
    }
    fields.update(changes)
    return Story(**fields)  # type: ignore[arg-type]


def test_an_article_row_is_written_and_read_as_stores_always_held_it() -> None:
    assert article_from_row(ARTICLE_ROW) == _article()
    # Rows written before an article said where its date came from load unchanged; new rows
    # add the key at the end.
    written = ARTICLE_ROW.removesuffix("}") + ', "date_source": null}'
    assert article_to_row(_article()) == written  # type: ignore[arg-type]
    assert article_from_row(written.replace('"date_source": null', '"date_source": "body"')) == (
        replace(_article(), date_source="body")  # type: ignore[arg-type]
    )


def test_editors_and_a_lead_title_are_stored_and_read_back() -> None:
    """The added fields round-trip; an old row without them reads as no editors, given title."""
    article = make_article("a2", body="Kata Siti.", editors=("Rina",), title_source="lead")
    row = article_to_row(article)
    assert json.loads(row)["editors"] == ["Rina"]
    assert article_from_row(row) == article
    old = article_from_row(ARTICLE_ROW)
    assert (old.editors, old.title_source) == ((), "given")


def test_a_story_row_without_disagreements_is_unchanged() -> None:
    assert story_from_row(STORY_ROW) == _story()
    assert story_to_row(_story()) == STORY_ROW


def test_disagreements_are_added_to_the_story_row() -> None:
    story = _story(
        disagreements=(
            Disagreement("rumah", (FigureVersion("a1", None, "300", "Merendam 300 rumah."),)),
        )
    )
    row = story_to_row(story)
    assert row.startswith(STORY_ROW[:-1])
    assert json.loads(row)["disagreements"] == [
        {
            "unit": "rumah",
            "quantity": "",
            "versions": [["a1", None, "300", "Merendam 300 rumah.", None]],
        }
    ]
    assert story_from_row(row) == story
