"""The store's own row format: model objects to the JSON kept in the ``data`` columns and back.

The format belongs to the store, not to the ``kabar.analysis/1`` contract: it keeps what the
contract leaves out (entity mentions, a story's disagreements), and the contract may change
without touching stored rows. Its keys and their order are those stores have always been
written with, so existing stores load unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from kabar.models import (
    Article,
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


def article_to_row(article: Article) -> str:
    """Return the JSON text an article is stored as."""
    data = {
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
        "entities": [_entity(e, with_mentions=True) for e in article.entities],
        "quotes": [_quote(q) for q in article.quotes],
        "url": article.url,
        "date_source": article.date_source,
    }
    # Added fields are written only when set, so that rows of articles without them stay
    # exactly as earlier versions wrote them.
    if article.editors:
        data["editors"] = list(article.editors)
    if article.title_source != "given":
        data["title_source"] = article.title_source
    return json.dumps(data, ensure_ascii=False)


def article_from_row(text: str) -> Article:
    """Rebuild an article from its stored JSON text."""
    data = json.loads(text)
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
        entities=tuple(_entity_from(e) for e in data.get("entities", ())),
        quotes=tuple(_quote_from(q) for q in data.get("quotes", ())),
        url=data.get("url"),
        editors=tuple(data.get("editors", ())),
        title_source=data.get("title_source", "given"),
        date_source=data.get("date_source"),
    )


def story_to_row(story: Story) -> str:
    """Return the JSON text a story is stored as."""
    data: dict[str, Any] = {
        "id": story.id,
        "title": story.title,
        "date": story.date,
        "articles": list(story.articles),
        "summary": [{"text": s.text, "article": s.article} for s in story.summary],
        "entities": [_entity(e, with_mentions=False) for e in story.entities],
        "statements": [
            {
                "id": st.id,
                "speaker": st.speaker,
                "quotes": [{"article": q.article, "index": q.index} for q in st.quotes],
            }
            for st in story.statements
        ],
    }
    # Written only when there are some, so a story without them keeps its old row.
    if story.undated_articles:
        data["undated_articles"] = list(story.undated_articles)
    if story.disagreements:
        data["disagreements"] = [
            {
                "unit": d.unit,
                "quantity": d.quantity,
                "versions": [
                    [v.article, v.outlet, v.value, v.context, v.published] for v in d.versions
                ],
            }
            for d in story.disagreements
        ]
    return json.dumps(data, ensure_ascii=False)


def story_from_row(text: str) -> Story:
    """Rebuild a story from its stored JSON text."""
    data = json.loads(text)
    return Story(
        id=data["id"],
        title=data["title"],
        date=data.get("date"),
        articles=tuple(data["articles"]),
        summary=tuple(SummarySentence(s["text"], s["article"]) for s in data.get("summary", ())),
        entities=tuple(_entity_from(e) for e in data.get("entities", ())),
        statements=tuple(
            Statement(
                id=st["id"],
                speaker=st.get("speaker"),
                quotes=tuple(StatementRef(q["article"], int(q["index"])) for q in st["quotes"]),
            )
            for st in data.get("statements", ())
        ),
        disagreements=tuple(
            Disagreement(
                d["unit"], tuple(FigureVersion(*v) for v in d["versions"]), d.get("quantity", "")
            )
            for d in data.get("disagreements", ())
        ),
        undated_articles=tuple(data.get("undated_articles", ())),
    )


def _entity(entity: Entity, *, with_mentions: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "count": entity.count,
    }
    if entity.person_id:
        data["person_id"] = entity.person_id
    if with_mentions:
        data["mentions"] = [[m.text, m.start, m.end, m.type] for m in entity.mentions]
    return data


def _entity_from(data: dict[str, Any]) -> Entity:
    return Entity(
        name=data["name"],
        type=data["type"],
        aliases=tuple(data.get("aliases", ())),
        count=int(data.get("count", 0)),
        mentions=tuple(Mention(*m) for m in data.get("mentions", ())),
        person_id=data.get("person_id"),
    )


def _quote(quote: Quote) -> dict[str, Any]:
    data: dict[str, Any] = {
        "text": quote.text,
        "speaker": quote.speaker,
        "kind": quote.kind,
        "start": quote.start,
        "end": quote.end,
        "groups": list(quote.groups),
        "cue": quote.cue,
        "speaker_role": quote.speaker_role,
        "speaker_kind": quote.speaker_kind,
    }
    if quote.person_id:
        data["person_id"] = quote.person_id
    if quote.attribution:  # kept for the benchmarks, not exported
        data["attribution"] = quote.attribution
    return data


def _quote_from(data: dict[str, Any]) -> Quote:
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
        attribution=data.get("attribution"),
    )
