"""CSV and JSON downloads: a search's articles, a story's quotes, a person's statements."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from fastapi import HTTPException
from fastapi.responses import Response

from kabar.models import Article


def quote_row(article: Article, index: int) -> dict[str, Any]:
    quote = article.quotes[index]
    return {
        "article": article.id,
        "story": article.story,
        "outlet": article.outlet,
        "published": article.published,
        "speaker": quote.speaker,
        "speaker_role": quote.speaker_role,
        "kind": quote.kind,
        "text": quote.text,
        "url": article.url,
    }


def respond(rows: list[dict[str, Any]], kind: str, name: str) -> Response:
    """Rows as a downloadable csv (UTF-8 with BOM, for spreadsheets) or json file."""
    disposition = {"Content-Disposition": f'attachment; filename="{name}.{kind}"'}
    if kind == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=1)
        return Response(text, media_type="application/json", headers=disposition)
    if kind == "csv":
        out = io.StringIO()
        fields = list(rows[0]) if rows else ["id"]
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
        return Response(
            "\ufeff" + out.getvalue(), media_type="text/csv; charset=utf-8", headers=disposition
        )
    raise HTTPException(404, f"no download format {kind!r}: csv or json")
