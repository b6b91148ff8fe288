"""Storyline pages: the events of one storyline in order and a chart of its coverage.

The chart is SVG drawn here (no script, no asset from elsewhere): one column per day, one
stacked colour per outlet, scaled to the page's width so that it reads on a 390 px phone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from urllib.parse import quote as url_quote

from kabar.models import Story, Storyline
from kabar.web.render import Ctx, date_or_undated, esc, page, pager, person_link

# Outlets drawn in their own colour; the rest share the last, grey one.
PALETTE = ("#c33", "#36c", "#393", "#c90", "#939", "#099", "#666")
# Days drawn as columns of their own; a longer storyline is drawn by week.
MAX_DAY_COLUMNS = 120
# Label strings (translated by i18n.EN).
TITLE = "Alur cerita"


def storyline_link(ctx: Ctx, line: Storyline) -> str:
    """A link to a storyline's page, labelled with its title."""
    return f'<a href="{ctx.url("/storylines/" + url_quote(line.id))}">{esc(line.title)}</a>'


def span(ctx: Ctx, line: Storyline) -> str:
    """The storyline's dates, first to last."""
    if line.start == line.end:
        return date_or_undated(ctx, line.start)
    return f"{date_or_undated(ctx, line.start)} – {date_or_undated(ctx, line.end)}"


def storyline(
    ctx: Ctx,
    line: Storyline,
    stories: Sequence[Story],
    coverage: Sequence[tuple[str, str, int]],
) -> str:
    """Render a storyline: dates, people, its events in order, coverage per day and outlet."""
    t = ctx.t
    rows = "".join(
        f'<tr><td class="d">{date_or_undated(ctx, s.date)}</td><td><a href="'
        f'{ctx.url("/stories/" + url_quote(s.id))}">{esc(s.title)}</a></td>'
        f'<td class="n">{len(s.articles)}</td></tr>'
        for s in stories
    )
    people = ", ".join(person_link(ctx, name) for name in line.people) or esc(t("tidak ada"))
    body = (
        f"<h1>{esc(line.title)}</h1>"
        f'<p class="meta">{esc(t(TITLE))} · {span(ctx, line)} · {len(line.stories)} '
        f"{esc(t('peristiwa'))} · {line.articles} {esc(t('artikel'))}</p>"
        f"<p>{esc(t('Tokoh'))}: {people}</p>"
        f"<h2>{esc(t('Peristiwa berurutan'))}</h2>"
        f'<table><tr><th class="d">{esc(t("Tanggal"))}</th><th>{esc(t("Cerita"))}</th>'
        f'<th class="n">{esc(t("Artikel"))}</th></tr>{rows}</table>'
        f"<h2>{esc(t('Liputan per hari dan media'))}</h2>"
        + coverage_chart(coverage, t("Liputan per hari dan media"))
    )
    return page(ctx, line.title, body)


def listing(ctx: Ctx, total: int, lines: Sequence[Storyline], limit: int, offset: int) -> str:
    """The storylines, newest first, with a pager."""
    t = ctx.t
    rows = "".join(
        f'<tr><td class="d">{span(ctx, line)}</td><td>{storyline_link(ctx, line)}</td>'
        f'<td class="n">{len(line.stories)}</td></tr>'
        for line in lines
    )
    table = (
        f'<table><tr><th class="d">{esc(t("Tanggal"))}</th><th>{esc(t(TITLE))}</th>'
        f'<th class="n">{esc(t("Peristiwa"))}</th></tr>{rows}</table>'
        if lines
        else f"<p>{esc(t('Belum ada alur cerita.'))}</p>"
    )
    body = (
        f"<h1>{esc(t('Alur cerita terbaru'))}</h1>"
        f'<p class="meta">{total} {esc(t(TITLE).lower())}</p>'
        + table
        + pager(ctx, "/storylines", total, limit, offset)
    )
    return page(ctx, t("Alur cerita terbaru"), body)


def latest_block(ctx: Ctx, lines: Sequence[Storyline], total: int) -> str:
    """The newest storylines as a short list for the front page."""
    if not lines:
        return ""
    t = ctx.t
    items = "".join(
        f"<li>{storyline_link(ctx, line)} <span class='meta'>{span(ctx, line)} · "
        f"{len(line.stories)} {esc(t('peristiwa'))}</span></li>"
        for line in lines
    )
    more = f'<a href="{ctx.url("/storylines")}">{esc(t("Semua alur cerita"))} ({total})</a>'
    return f"<h2>{esc(t('Alur cerita terbaru'))}</h2><ul>{items}</ul><p>{more}</p>"


def story_block(ctx: Ctx, line: Storyline | None) -> str:
    """The line a story page shows about the storyline it belongs to."""
    if line is None:
        return ""
    return (
        f'<p class="meta">{esc(ctx.t("Bagian dari alur cerita"))}: {storyline_link(ctx, line)} '
        f"({span(ctx, line)}, {len(line.stories)} {esc(ctx.t('peristiwa'))})</p>"
    )


def coverage_chart(coverage: Sequence[tuple[str, str, int]], label: str) -> str:
    """An SVG of articles per day stacked by outlet, with a legend of the outlets' colours."""
    if not coverage:
        return ""
    totals: dict[str, int] = {}
    for _, outlet, n in coverage:
        totals[outlet] = totals.get(outlet, 0) + n
    ranked = sorted(totals, key=lambda o: (-totals[o], o))
    colour = {o: PALETTE[min(i, len(PALETTE) - 1)] for i, o in enumerate(ranked)}
    ordered = sorted(coverage)
    weekly = _weekly(ordered)
    coverage = _binned(ordered, weekly)
    days = _columns(coverage, 7 if weekly else 1)
    per_day: dict[str, int] = {}
    for day, _, n in coverage:
        per_day[day] = per_day.get(day, 0) + n
    width, height, pad = 600, 200, 24
    step = (width - 2 * pad) / len(days)
    scale = (height - 2 * pad) / max(per_day.values())
    column = {d: i for i, d in enumerate(days)}
    filled = dict.fromkeys(days, 0.0)
    bars = []
    for day, outlet, n in sorted(coverage, key=lambda c: (c[0], ranked.index(c[1]))):
        h = n * scale
        x = pad + column[day] * step
        y = height - pad - filled[day] - h
        filled[day] += h
        bars.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(step - 1, 1):.1f}" height="{h:.1f}" '
            f'fill="{colour[outlet]}"><title>{esc(day)} {esc(outlet or "?")}: {n}</title></rect>'
        )
    axis = (
        f'<text x="{pad}" y="{height - 4}" font-size="18">{esc(days[0])}</text>'
        f'<text x="{width - pad}" y="{height - 4}" font-size="18" text-anchor="end">'
        f"{esc(days[-1])}</text>"
        f'<text x="{pad}" y="18" font-size="18">max {max(per_day.values())}</text>'
    )
    legend = "".join(
        f'<li><svg width="10" height="10" aria-hidden="true"><rect width="10" height="10" '
        f'fill="{colour[o]}"/></svg> {esc(o or "?")}</li>'
        for o in ranked
    )
    return (
        f'<svg class="chart" role="img" aria-label="{esc(label)}" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg">{"".join(bars)}{axis}</svg>'
        f'<ul class="legend">{legend}</ul>'
    )


def _columns(coverage: Sequence[tuple[str, str, int]], step: int) -> list[str]:
    """Every day (or week) from the first to the last, empty ones included: gaps show."""
    day, end = date.fromisoformat(coverage[0][0]), date.fromisoformat(coverage[-1][0])
    out = []
    while day <= end:
        out.append(day.isoformat())
        day += timedelta(days=step)
    return out


def _weekly(coverage: Sequence[tuple[str, str, int]]) -> bool:
    """Whether sorted coverage spans too many days for a column each."""
    first, last = date.fromisoformat(coverage[0][0]), date.fromisoformat(coverage[-1][0])
    return (last - first).days > MAX_DAY_COLUMNS


def _binned(
    ordered: Sequence[tuple[str, str, int]], weekly: bool
) -> list[tuple[str, str, int]]:
    """The sorted coverage by day, or by week (its Monday) when ``weekly``."""
    if not weekly:
        return list(ordered)
    weeks: dict[tuple[str, str], int] = {}
    for day, outlet, n in ordered:
        moment = date.fromisoformat(day)
        monday = (moment - timedelta(days=moment.weekday())).isoformat()
        weeks[(monday, outlet)] = weeks.get((monday, outlet), 0) + n
    return sorted((d, o, n) for (d, o), n in weeks.items())
