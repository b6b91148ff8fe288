"""What every page shares: the shell, links that keep the language, marks, pager, SVG chart.

Every text from an article passes through ``esc`` (html.escape) before it reaches a page;
``marked`` escapes first and only then turns the store's match marks into <mark>.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from urllib.parse import quote, urlencode

import kabar.api as api

STATIC = Path(__file__).parent / "static"
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
# Items per page when the request does not say (links leave it out).
DEFAULT_LIMIT = 20


def esc(text: object) -> str:
    return escape(str(text), quote=True)


@dataclass(frozen=True)
class Ctx:
    """The request's language and whether links must carry it (it came from ``?lang=``)."""

    lang: str = "id"
    sticky: bool = False
    t: Callable[[str], str] = field(default=lambda label: label)
    # A standalone report (one file, no server): inline CSS, links to pages become anchors.
    standalone: bool = False

    def url(self, path: str, **params: object) -> str:
        """Return a link to ``path`` with the non-empty ``params`` (and ?lang= when sticky)."""
        if self.standalone:
            return (
                esc("#a-" + path.removeprefix("/articles/"))
                if path.startswith("/articles/")
                else "#"
            )
        kept = {k: v for k, v in params.items() if v not in (None, "")}
        if self.sticky:
            kept["lang"] = self.lang
        return esc(path + ("?" + urlencode(kept) if kept else ""))


def page(ctx: Ctx, title: str, body: str, *, query: str = "") -> str:
    """Return a whole HTML page: header with the search box, then ``body``."""
    t = ctx.t
    if ctx.standalone:
        css = (STATIC / "kabar.css").read_text(encoding="utf-8")
        return (
            f'<!DOCTYPE html><html lang="{esc(ctx.lang)}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)} · kabar</title><style>{css}</style></head>"
            f"<body><main>{body}</main></body></html>"
        )
    else:
        style = '<link rel="stylesheet" href="/static/kabar.css">'
    lang_field = f'<input type="hidden" name="lang" value="{esc(ctx.lang)}">' if ctx.sticky else ""
    return (
        f'<!DOCTYPE html><html lang="{esc(ctx.lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} · kabar</title>{style}</head><body><header>"
        f'<a class="brand" href="{ctx.url("/")}">kabar</a>'
        f'<form action="/search" method="get" role="search"><input type="search" name="q" '
        f'value="{esc(query)}" aria-label="{esc(t("Cari"))}" placeholder="{esc(t("Cari"))}…">'
        f"{lang_field}<button>{esc(t('Cari'))}</button></form></header>"
        f"<main>{body}</main></body></html>"
    )


def marked(text: str) -> str:
    """Escape a text holding the store's match marks, then mark the matches."""
    return esc(text).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")


def article_link(ctx: Ctx, article_id: str, text: str) -> str:
    return f'<a href="{ctx.url("/articles/" + quote(article_id))}">{esc(text)}</a>'


def person_link(ctx: Ctx, name: str, pid: str | None = None) -> str:
    """A link to a person's page: by registry id when known, else by the name's slug (the
    page redirects a slug to the person holding that name)."""
    pid = pid or api.person_id(name)
    return f'<a href="{ctx.url("/people/" + pid)}">{esc(name)}</a>'


def outlet_link(ctx: Ctx, name: str | None) -> str:
    if not name:
        return "-"
    return f'<a href="{ctx.url("/outlets/" + api.person_id(name))}">{esc(name)}</a>'


def original_link(url: str | None, label: str = "↗") -> str:
    """A link to the article where it was published (http and https only)."""
    if not url or not url.startswith(("http://", "https://")):
        return ""
    return f'<a class="orig" rel="noopener noreferrer" href="{esc(url)}">{esc(label)}</a>'


def date_or_undated(ctx: Ctx, published: str | None) -> str:
    if published:
        return esc(published[:10])
    return f'<span class="undated">{esc(ctx.t("tanpa tanggal"))}</span>'


def pager(ctx: Ctx, path: str, total: int, limit: int, offset: int, **params: object) -> str:
    """Previous / next links over an offset-paginated list."""
    t = ctx.t
    links = []
    if limit != DEFAULT_LIMIT:
        params = {**params, "limit": limit}
    if offset > 0:
        back = max(offset - limit, 0)
        links.append(
            f'<a rel="prev" href="{ctx.url(path, offset=back, **params)}">← '
            f"{esc(t('Sebelumnya'))}</a>"
        )
    page_no = offset // max(limit, 1) + 1
    pages = max((total + limit - 1) // max(limit, 1), 1)
    links.append(f'<span class="meta">{esc(t("halaman"))} {page_no} / {pages}</span>')
    if offset + limit < total:
        links.append(
            f'<a rel="next" href="{ctx.url(path, offset=offset + limit, **params)}">'
            f"{esc(t('Berikutnya'))} →</a>"
        )
    return f'<nav class="pager">{"".join(links)}</nav>'


def bar_chart(points: Sequence[tuple[str, int]], label: str) -> str:
    """A server-drawn SVG bar chart of counts per day (per month when over 120 days)."""
    if len(points) > 120:
        months: dict[str, int] = {}
        for day, n in points:
            months[day[:7]] = months.get(day[:7], 0) + n
        points = sorted(months.items())
    if not points:
        return ""
    width, height, pad = 600, 160, 20
    step = (width - 2 * pad) / len(points)
    top = max(n for _, n in points)
    bars = []
    for i, (day, n) in enumerate(points):
        h = (height - 2 * pad) * n / top
        x, y = pad + i * step, height - pad - h
        bars.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(step - 1, 1):.1f}" height="{h:.1f}" '
            f'fill="#c33"><title>{esc(day)}: {n}</title></rect>'
        )
    axis = (
        f'<text x="{pad}" y="{height - 4}" font-size="11">{esc(points[0][0])}</text>'
        f'<text x="{width - pad}" y="{height - 4}" font-size="11" text-anchor="end">'
        f"{esc(points[-1][0])}</text>"
        f'<text x="{pad}" y="12" font-size="11">max {top}</text>'
    )
    return (
        f'<svg role="img" aria-label="{esc(label)}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
        f"{''.join(bars)}{axis}</svg>"
    )
