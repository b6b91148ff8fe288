"""The article, person and outlet pages."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote as url_quote

import kabar.api as api
from kabar.models import Article
from kabar.web.render import (
    Ctx,
    article_link,
    bar_chart,
    date_or_undated,
    esc,
    original_link,
    outlet_link,
    page,
    pager,
    person_link,
)


def article(
    ctx: Ctx,
    item: Article,
    original: Article | None,
    copies: Sequence[tuple[str, str | None]],
) -> str:
    """The cleaned text with its quotes marked and speakers linked, metadata, copies, URL."""
    t = ctx.t
    none = esc(t("tidak ada"))
    meta = [
        (t("Media"), outlet_link(ctx, item.outlet)),
        (
            t("Terbit"),
            date_or_undated(ctx, item.published)
            + (
                f" {esc(item.published[10:])}"
                if item.published and len(item.published) > 10
                else ""
            ),
        ),
        (t("Tempat"), esc(item.dateline or "-")),
        (t("Penulis"), esc(", ".join(item.authors)) or none),
        (t("Kredit"), esc(", ".join(item.wire_sources)) or none),
        (t("Tautan asli"), original_link(item.url, item.url or "") or none),
    ]
    if item.story:
        meta.append(
            (
                t("Cerita"),
                f'<a href="{ctx.url("/stories/" + url_quote(item.story))}">{esc(item.story)}</a>',
            )
        )
    rows = "".join(f'<tr><th class="d">{esc(k)}</th><td>{v}</td></tr>' for k, v in meta)
    dupes = []
    if original is not None:
        dupes.append(
            f"<li>{esc(t('Salinan dari'))}: "
            f"{article_link(ctx, original.id, original.title or original.id)} "
            f"({esc(original.outlet or '?')})</li>"
        )
    dupes.extend(
        f"<li>{esc(t('Disalin oleh'))}: {article_link(ctx, cid, outlet or cid)}</li>"
        for cid, outlet in copies
    )
    body = (
        f"<h1>{esc(item.title or t('tanpa judul'))}</h1>"
        f"<h2>{esc(t('Metadata'))}</h2><table>{rows}</table>"
        f'<h2>{esc(t("Artikel"))}</h2><div class="body" style="white-space:pre-wrap">'
        f"{_marked_body(ctx, item)}</div>"
        f"<h2>{esc(t('Salinan dan asli'))}</h2>"
        + (f"<ul>{''.join(dupes)}</ul>" if dupes else f"<p>{esc(t('Tidak ada salinan.'))}</p>")
    )
    return page(ctx, item.title or item.id, body)


def _marked_body(ctx: Ctx, item: Article) -> str:
    """The body escaped, each quote wrapped in a mark with its speaker linked after it."""
    body, out, at = item.body, [], 0
    spans = sorted(
        (q.start, q.end, i, q.speaker)
        for i, q in enumerate(item.quotes)
        if 0 <= q.start < q.end <= len(item.body)
    )
    for start, end, index, speaker in spans:
        if start < at:
            continue  # overlapping attributions: the first one is marked
        who = f" <sup>— {person_link(ctx, speaker)}</sup>" if speaker else ""
        out.append(esc(body[at:start]))
        out.append(f'<span class="q" id="q{index}">{esc(body[start:end])}</span>{who}')
        at = end
    out.append(esc(body[at:]))
    return "".join(out)


def person(ctx: Ctx, who: api.Person, said: Sequence[tuple[Article, int]]) -> str:
    """Names, roles, every statement newest first, co-mentioned people, mentions per day."""
    t = ctx.t
    name = who.name or who.names[0][0]
    names = ", ".join(f"{esc(n)} ({c})" for n, c in who.names)
    merges = "".join(
        f"<li>{esc(m.name)} <span class='meta'>#{m.id} {esc(str(m.evidence.get('rule', '')))}"
        f" · {article_link(ctx, m.article, m.article)}</span></li>"
        for m in who.merges
        if not m.undone
    )
    roles = ", ".join(f"{esc(r)} ({c})" for r, c in who.roles) or esc(t("tidak ada"))
    statements = "".join(_statement(ctx, carried) for carried in _grouped(said))
    co = " ".join(
        f'<span class="tag">{person_link(ctx, n, i)} ({c})</span>' for i, n, c in who.co_mentioned
    )
    base = f"/api/v1/people/{esc(who.id)}/statements"
    body = (
        f"<h1>{esc(name)}</h1>"
        f'<p class="meta">{who.articles} {esc(t("artikel menyebut"))} · {who.statements} '
        f"{esc(t('kutipan'))}</p>"
        f"<p><b>{esc(t('Nama'))}:</b> {names}</p><p><b>{esc(t('Peran'))}:</b> {roles}</p>"
        f"<h2>{esc(t('Disebut per hari'))}</h2>"
        + bar_chart(who.per_day, t("Disebut per hari"))
        + f"<h2>{esc(t('Pernyataan'))}</h2>"
        f'<p class="meta">{esc(t("Unduh"))}: <a href="{base}.csv">CSV</a> · '
        f'<a href="{base}.json">JSON</a></p>'
        + (f"<ul>{statements}</ul>" if statements else f"<p>{esc(t('Tidak ada kutipan.'))}</p>")
        + f"<h2>{esc(t('Disebut bersama'))}</h2><p>{co or esc(t('tidak ada'))}</p>"
        + (f"<h2>{esc(t('Digabung dari'))}</h2><ul>{merges}</ul>" if merges else "")
    )
    return page(ctx, name, body)


def outlet(ctx: Ctx, info: api.Outlet, limit: int, offset: int) -> str:
    """An outlet's latest articles, credited sources, exclusives and misses."""
    t = ctx.t
    latest = "".join(
        f'<tr><td class="d">{date_or_undated(ctx, published)}</td>'
        f"<td>{article_link(ctx, aid, title or aid)}</td></tr>"
        for aid, title, published, _ in info.latest
    )
    wires = " ".join(f'<span class="tag">{esc(w)} ({n})</span>' for w, n in info.wires)
    alone = "".join(
        f'<li><a href="{ctx.url("/stories/" + url_quote(sid))}">{esc(title)}</a> ({n})</li>'
        for sid, title, n in info.alone
    )
    missed = "".join(
        f'<li>{esc(day)}: <a href="{ctx.url("/stories/" + url_quote(sid))}">{esc(title)}</a>'
        f" ({n})</li>"
        for day, sid, title, n in info.missed
    )
    nothing = f"<p>{esc(t('Tidak ada.'))}</p>"
    body = (
        f"<h1>{esc(info.name)}</h1><p class='meta'>{info.articles} {esc(t('artikel'))}</p>"
        f"<h2>{esc(t('Liputan terbaru'))}</h2><table>{latest}</table>"
        + pager(ctx, f"/outlets/{info.id}", info.articles, limit, offset)
        + f"<h2>{esc(t('Sumber dan kantor berita'))}</h2><p>{wires or esc(t('tidak ada'))}</p>"
        f"<h2>{esc(t('Hanya diliput media ini'))}</h2>"
        + (f"<ul>{alone}</ul>" if alone else nothing)
        + f"<h2>{esc(t('Cerita besar yang terlewat'))}</h2>"
        + (f"<ul>{missed}</ul>" if missed else nothing)
    )
    return page(ctx, info.name, body)


def _grouped(said: Sequence[tuple[Article, int]]) -> list[list[tuple[Article, int]]]:
    """The same words carried by several outlets, once, in the order first seen (newest)."""
    groups: dict[str, list[tuple[Article, int]]] = {}
    for article, index in said:
        key = " ".join(article.quotes[index].text.lower().split())
        groups.setdefault(key, []).append((article, index))
    return list(groups.values())


def _statement(ctx: Ctx, carried: list[tuple[Article, int]]) -> str:
    sources = "<br>".join(
        f"{date_or_undated(ctx, a.published)} · {outlet_link(ctx, a.outlet)} · "
        f'<a href="{ctx.url("/articles/" + url_quote(a.id))}#q{i}">'
        f"{esc(a.title or a.id)}</a> {original_link(a.url)}"
        for a, i in carried
    )
    first, index = carried[0]
    return (
        f"<li><blockquote>{esc(first.quotes[index].text)}</blockquote>"
        f"<p class='meta'>{sources}</p></li>"
    )


def latest(ctx: Ctx, statuses: Sequence[object], collected: Sequence[object]) -> str:
    """The collection view: one freshness line per outlet and source, then the newest pages."""
    t = ctx.t
    if not statuses and not collected:
        body = f"<h1>{esc(t('Terbaru'))}</h1><p>{esc(t('Belum ada yang dikumpulkan.'))}</p>"
        return page(ctx, t("Terbaru"), body)
    lines = "".join(
        f"<li><b>{esc(getattr(s, 'name', ''))}</b>: {esc(t('terakhir diambil'))} "
        f"{esc(getattr(s, 'last_fetch', None) or '-')}, {esc(getattr(s, 'new', 0))} "
        f"{esc(t('baru'))}, {esc(getattr(s, 'errors', 0))} {esc(t('gagal'))}, "
        f"{esc(t('berikutnya'))} {esc(getattr(s, 'next_run', None) or '-')}</li>"
        for s in statuses
    )
    rows = "".join(
        f"<tr><td>{esc(getattr(p, 'fetched_at', ''))}</td>"
        f"<td>{outlet_link(ctx, getattr(p, 'outlet', None))}</td>"
        f"<td>{original_link(getattr(p, 'url', None), getattr(p, 'url', ''))}"
        f"{' (v' + esc(getattr(p, 'version', 1)) + ')' if getattr(p, 'version', 1) > 1 else ''}"
        f"</td></tr>"
        for p in collected
    )
    body = (
        f"<h1>{esc(t('Terbaru'))}</h1><h2>{esc(t('Kesegaran sumber'))}</h2><ul>{lines}</ul>"
        f"<h2>{esc(t('Halaman terbaru'))}</h2><div class=\"scroll\"><table>{rows}</table></div>"
    )
    return page(ctx, t("Terbaru"), body)
