"""The front page (latest stories, filtered and paginated) and the search page."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote as url_quote

import kabar.api as api
from kabar.models import Story
from kabar.web.render import (
    Ctx,
    date_or_undated,
    esc,
    marked,
    original_link,
    outlet_link,
    page,
    pager,
)

SEARCH_HELP = (
    'Pencarian ini tidak bisa dibaca: tulis kata, "frasa" dalam tanda kutip ganda, '
    "atau awalan seperti banjir*"
)


def index(
    ctx: Ctx,
    total: int,
    stories: Sequence[Story],
    where: api.StoryFilter,
    outlets: Sequence[tuple[str, int]],
    limit: int,
    offset: int,
    storylines: str = "",
) -> str:
    """The latest stories with the filter form and a pager (then ``storylines``, HTML)."""
    t = ctx.t
    rows = "".join(
        f'<tr><td class="d">{date_or_undated(ctx, s.date)}</td><td><a href="'
        f'{ctx.url("/stories/" + url_quote(s.id))}">{esc(s.title)}</a></td>'
        f'<td class="n">{len(s.articles)}</td></tr>'
        for s in stories
    )
    table = (
        f'<table><tr><th class="d">{esc(t("Tanggal"))}</th><th>{esc(t("Cerita"))}</th>'
        f'<th class="n">{esc(t("Artikel"))}</th></tr>{rows}</table>'
        if stories
        else f"<p>{esc(t('Belum ada cerita: jalankan'))} <code>kabar analyze PATH</code>.</p>"
    )
    params = {
        "from": where.date_from,
        "to": where.date_to,
        "outlet": where.outlet,
        "person": where.person,
    }
    body = (
        f"<h1>{esc(t('Cerita terbaru'))}</h1>"
        + _filters(ctx, where, outlets)
        + f'<p class="meta">{total} {esc(t("Cerita").lower())}</p>'
        + table
        + pager(ctx, "/", total, limit, offset, **params)
        + storylines
    )
    return page(ctx, t("Cerita terbaru"), body)


def _filters(ctx: Ctx, where: api.StoryFilter, outlets: Sequence[tuple[str, int]]) -> str:
    t = ctx.t
    options = f'<option value="">{esc(t("Semua media"))}</option>' + "".join(
        f'<option value="{esc(name)}"{" selected" if name == where.outlet else ""}>'
        f"{esc(name)} ({n})</option>"
        for name, n in outlets
    )
    lang = f'<input type="hidden" name="lang" value="{esc(ctx.lang)}">' if ctx.sticky else ""
    return (
        '<form class="filters" method="get" action="/">'
        f'<label>{esc(t("Dari tanggal"))}<input type="date" name="from" '
        f'value="{esc(where.date_from or "")}"></label>'
        f'<label>{esc(t("Sampai tanggal"))}<input type="date" name="to" '
        f'value="{esc(where.date_to or "")}"></label>'
        f'<label>{esc(t("Media"))}<select name="outlet">{options}</select></label>'
        f'<label>{esc(t("Tokoh"))}<input name="person" size="12" '
        f'value="{esc(where.person or "")}"></label>'
        f"{lang}<button>{esc(t('Saring'))}</button></form>"
    )


def search(
    ctx: Ctx,
    query: str,
    result: api.SearchResult | None,
    error: str | None,
    outlet: str | None,
    person: str | None,
    limit: int,
    offset: int,
) -> str:
    """Search results with marked titles and snippets, facets by outlet and person."""
    t = ctx.t
    parts = [f"<h1>{esc(t('Hasil pencarian'))}</h1>"]
    if error:
        parts.append(f'<p class="error" role="alert">{esc(t(SEARCH_HELP))}</p>')
    elif result is not None:
        params = {"q": query, "outlet": outlet, "person": person}
        downloads = "".join(
            f' <a href="/api/v1/search.{kind}?q={esc(url_quote(query))}">{kind.upper()}</a>'
            for kind in ("csv", "json")
        )
        parts.append(
            f'<p class="meta">{result.total}{"+" if result.capped else ""} {esc(t("hasil"))}'
            f" · {esc(t('Unduh'))}:{downloads}</p>"
        )
        parts.append(_facets(ctx, result, params))
        if not result.hits:
            parts.append(f"<p>{esc(t('Tidak ada hasil.'))}</p>")
        for hit in result.hits:
            parts.append(
                f'<article class="hit"><h3><a href="{ctx.url("/articles/" + url_quote(hit.id))}">'
                f"{marked(hit.marked_title) or esc(t('tanpa judul'))}</a> "
                f"{original_link(hit.url)}</h3>"
                f'<p class="meta">{date_or_undated(ctx, hit.published)} · '
                f"{outlet_link(ctx, hit.outlet)}</p><p>{marked(hit.snippet)}</p></article>"
            )
        parts.append(pager(ctx, "/search", result.total, limit, offset, **params))
    return page(ctx, t("Cari"), "".join(parts), query=query)


def _facets(ctx: Ctx, result: api.SearchResult, params: dict[str, str | None]) -> str:
    t = ctx.t
    outlets = " ".join(
        f'<a class="tag" href="{ctx.url("/search", **{**params, "outlet": name})}">'
        f"{esc(name)} ({n})</a>"
        for name, n in result.outlets
    )
    people = " ".join(
        f'<a class="tag" href="{ctx.url("/search", **{**params, "person": pid})}">'
        f"{esc(name)} ({n})</a>"
        for pid, name, n in result.people
    )
    return (
        f'<div class="facets"><p><b>{esc(t("Media"))}:</b> {outlets or "-"}</p>'
        f"<p><b>{esc(t('Tokoh'))}:</b> {people or '-'}</p></div>"
    )
