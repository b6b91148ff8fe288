"""The one factory for hand-built articles in tests (every field defaulted, any overridden) and
the helpers several test modules share."""

from __future__ import annotations

from typing import Any

from kabar.clean import clean
from kabar.meta import describe
from kabar.models import Article, Metadata, RawDocument
from kabar.stories.statement_match import conflict, same_statement, wording


def make_article(article_id: str = "a1", body: str = "Banjir merendam ratusan rumah.", **fields: Any) -> Article:
    """Build an article with plain defaults; keyword arguments replace any field."""
    values: dict[str, Any] = {
        "id": article_id,
        "source": f"{article_id}.txt",
        "title": None,
        "body": body,
        "outlet": None,
        "published": None,
        "dateline": None,
    }
    values.update(fields)
    return Article(**values)


def describe_text(text: str, **fields: object) -> tuple[Metadata, str]:
    """Clean and describe a text as a user's plain-text input; return the metadata and the body."""
    raw = RawDocument(source="x.txt", text=text, format="text", **fields)  # type: ignore[arg-type]
    cleaned = clean(raw)
    return describe(raw, cleaned), cleaned.body


def statements_linked(first: str, second: str) -> bool:
    """Whether two quotes' wordings are one statement (``kabar.stories.statement_match``)."""
    return same_statement(wording(first), wording(second))


def statements_conflict(first: str, second: str) -> str | None:
    """Why two quotes' wordings are not one statement, or None."""
    return conflict(wording(first), wording(second))
