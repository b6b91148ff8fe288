"""The one factory for hand-built articles in tests: every field defaulted, any overridden."""

from __future__ import annotations

from typing import Any

from kabar.models import Article


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
