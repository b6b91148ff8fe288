"""The ``kabar.analysis/1`` export: model objects to contract dicts and back, and validation.

The contract is a view of the models for readers outside kabar; the store keeps its own rows
(``kabar.store.rows``), so the two can change apart.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from typing import Any

from kabar.models import (
    Article,
    Disagreement,
    Entity,
    FigureVersion,
    Mention,
    Quote,
    Reject,
    Statement,
    StatementRef,
    Story,
    Storyline,
    SummarySentence,
)

SCHEMA_NAME = "kabar.analysis/1"


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    """Return the contract form of an entity (its mentions stay in the store)."""
    return {
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "count": entity.count,
        "person_id": entity.person_id,
    }


def entity_from_dict(data: dict[str, Any]) -> Entity:
    """Rebuild an entity from its exported form."""
    return Entity(
        name=data["name"],
        type=data["type"],
        aliases=tuple(data.get("aliases", ())),
        count=int(data.get("count", 0)),
        mentions=tuple(Mention(*m) for m in data.get("mentions", ())),
        person_id=data.get("person_id"),
    )


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    """Return the contract form of a quote."""
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "kind": quote.kind,
        "start": quote.start,
        "end": quote.end,
        "groups": list(quote.groups),
        "cue": quote.cue,
        "speaker_role": quote.speaker_role,
        "speaker_kind": quote.speaker_kind,
        "person_id": quote.person_id,
    }


def quote_from_dict(data: dict[str, Any]) -> Quote:
    """Rebuild a quote from its exported form."""
    return Quote(
        text=data["text"],
        speaker=data.get("speaker"),
        kind=data["kind"],
        start=int(data["start"]),
        end=int(data["end"]),
        groups=tuple(data.get("groups", ())),
        cue=data.get("cue"),
        speaker_role=data.get("speaker_role"),
        speaker_kind=data.get("speaker_kind"),
        person_id=data.get("person_id"),
    )


def article_to_dict(article: Article) -> dict[str, Any]:
    """Return the contract form of an article."""
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "body": article.body,
        "outlet": article.outlet,
        "published": article.published,
        "dateline": article.dateline,
        "authors": list(article.authors),
        "wire_sources": list(article.wire_sources),
        "language": article.language,
        "duplicate_of": article.duplicate_of,
        "story": article.story,
        "entities": [entity_to_dict(e) for e in article.entities],
        "quotes": [quote_to_dict(q) for q in article.quotes],
        "url": article.url,
        "editors": list(article.editors),
        "title_source": article.title_source,
        "date_source": article.date_source,
    }


def article_from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an article from its exported form."""
    return Article(
        id=data["id"],
        source=data["source"],
        title=data.get("title"),
        body=data["body"],
        outlet=data.get("outlet"),
        published=data.get("published"),
        dateline=data.get("dateline"),
        authors=tuple(data.get("authors", ())),
        wire_sources=tuple(data.get("wire_sources", ())),
        language=data.get("language", "id"),
        duplicate_of=data.get("duplicate_of"),
        story=data.get("story"),
        entities=tuple(entity_from_dict(e) for e in data.get("entities", ())),
        quotes=tuple(quote_from_dict(q) for q in data.get("quotes", ())),
        url=data.get("url"),
        editors=tuple(data.get("editors", ())),
        title_source=data.get("title_source", "given"),
        date_source=data.get("date_source"),
    )


def story_to_dict(story: Story) -> dict[str, Any]:
    """Return the contract form of a story (``undated_articles`` and ``disagreements``, added
    fields, when any)."""
    data: dict[str, Any] = {
        "id": story.id,
        "title": story.title,
        "date": story.date,
        "articles": list(story.articles),
        "summary": [{"text": s.text, "article": s.article} for s in story.summary],
        "entities": [entity_to_dict(e) for e in story.entities],
        "statements": [
            {
                "id": st.id,
                "speaker": st.speaker,
                "quotes": [{"article": q.article, "index": q.index} for q in st.quotes],
            }
            for st in story.statements
        ],
    }
    if story.undated_articles:
        data["undated_articles"] = list(story.undated_articles)
    if story.disagreements:
        data["disagreements"] = [
            {
                "quantity": d.quantity,
                "unit": d.unit,
                "versions": [
                    {
                        "article": v.article,
                        "outlet": v.outlet,
                        "value": v.value,
                        "context": v.context,
                        "published": v.published,
                    }
                    for v in d.versions
                ],
            }
            for d in story.disagreements
        ]
    data["storyline"] = story.storyline
    return data


def storyline_to_dict(line: Storyline) -> dict[str, Any]:
    """Return the exported form of a storyline (an added part of the contract)."""
    return {
        "id": line.id,
        "title": line.title,
        "start": line.start,
        "end": line.end,
        "stories": list(line.stories),
        "people": list(line.people),
        "articles": line.articles,
    }


def story_from_dict(data: dict[str, Any]) -> Story:
    """Rebuild a story from its exported form."""
    return Story(
        id=data["id"],
        title=data["title"],
        date=data.get("date"),
        articles=tuple(data["articles"]),
        summary=tuple(SummarySentence(s["text"], s["article"]) for s in data.get("summary", ())),
        entities=tuple(entity_from_dict(e) for e in data.get("entities", ())),
        statements=tuple(
            Statement(
                id=st["id"],
                speaker=st.get("speaker"),
                quotes=tuple(StatementRef(q["article"], int(q["index"])) for q in st["quotes"]),
            )
            for st in data.get("statements", ())
        ),
        undated_articles=tuple(data.get("undated_articles", ())),
        disagreements=tuple(
            Disagreement(
                d["unit"],
                tuple(
                    FigureVersion(
                        v["article"], v.get("outlet"), v["value"], v["context"], v.get("published")
                    )
                    for v in d["versions"]
                ),
                d.get("quantity", ""),
            )
            for d in data.get("disagreements", ())
        ),
        storyline=data.get("storyline"),
    )


def build_export(
    articles: Iterable[Article],
    stories: Iterable[Story],
    rejected: Iterable[Reject],
    storylines: Iterable[Storyline] = (),
) -> dict[str, Any]:
    """Assemble the whole ``kabar.analysis/1`` document (``storylines``: an added field)."""
    return {
        "schema": SCHEMA_NAME,
        "generated": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "articles": [article_to_dict(a) for a in articles],
        "stories": [story_to_dict(s) for s in stories],
        "storylines": [storyline_to_dict(line) for line in storylines],
        "rejected": [{"source": r.source, "reason": r.reason} for r in rejected],
    }


@cache
def contract_schema() -> dict[str, Any]:
    """Return the packaged JSON Schema of the contract."""
    text = resources.files("kabar").joinpath("data/analysis.schema.json").read_text("utf-8")
    return dict(json.loads(text))


def validate_export(document: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when the document breaks the contract."""
    import jsonschema

    jsonschema.validate(document, contract_schema())
