"""The story page: summary with citations, timeline, sources, who said what, disagreements.

Every citation, timeline row and quote links to the article's page and to its original URL;
people link to their pages, organisations and places to a search for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from urllib.parse import quote as url_quote

from kabar.models import Article, Story, Storyline
from kabar.web.render import (
    Ctx,
    article_link,
    date_or_undated,
    esc,
    original_link,
    outlet_link,
    page,
    person_link,
)
from kabar.web.storylines import story_block

PLAIN = Ctx()


def story(
    story: Story,
    articles: Sequence[Article],
    ctx: Ctx = PLAIN,
    storyline: Storyline | None = None,
) -> str:
    """Render a story: summary with citations, timeline, sources, statements, disagreements.

    ``storyline``, when given, is the storyline the story belongs to (linked under the title).
    """
    t = ctx.t
    by_id = {a.id: a for a in articles}
    number = {a.id: n for n, a in enumerate(articles, start=1)}
    outlets = sorted({a.outlet for a in articles if a.outlet})
    downloads = (
        f'<p class="meta">{esc(t("Unduh"))} {esc(t("kutipan"))}: '
        f'<a href="/api/v1/stories/{esc(url_quote(story.id))}/quotes.csv">CSV</a> · '
        f'<a href="/api/v1/stories/{esc(url_quote(story.id))}/quotes.json">JSON</a></p>'
    )
    parts = [
        f"<h1>{esc(story.title)}</h1>",
        f'<p class="meta">{date_or_undated(ctx, story.date)} · {len(articles)} '
        f"{esc(t('artikel'))} {esc(t('dari'))} {len(outlets)} {esc(t('media'))}</p>",
        "" if ctx.standalone else downloads + story_block(ctx, storyline),
        f"<h2>{esc(t('Ringkasan'))}</h2>",
        _summary(ctx, story, by_id, number),
        f"<h2>{esc(t('Linimasa'))}</h2>",
        _timeline(ctx, articles, number),
        f"<h2>{esc(t('Sumber dan kantor berita'))}</h2>",
        _sources(ctx, articles),
        f"<h2>{esc(t('Siapa berkata apa'))}</h2>",
        _statements(ctx, story, by_id, number),
        f"<h2>{esc(t('Perbedaan antarmedia'))}</h2>",
        _disagreements(ctx, story, by_id, number),
        f"<h2>{esc(t('Tokoh, organisasi, tempat'))}</h2>",
        "<p>"
        + "".join(
            f'<span class="tag">{_entity_link(ctx, e.name, e.type)} ({esc(e.type)}, '
            f"{e.count})</span>"
            for e in sorted(story.entities, key=lambda e: -e.count)[:40]
        )
        + "</p>",
    ]
    return page(ctx, story.title, "".join(parts))


def _entity_link(ctx: Ctx, name: str, kind: str) -> str:
    if kind == "PERSON":
        return person_link(ctx, name)
    return f'<a href="{ctx.url("/search", q=chr(34) + name + chr(34))}">{esc(name)}</a>'


def _cite(ctx: Ctx, article_id: str, by_id: dict[str, Article], number: dict[str, int]) -> str:
    """[n] linking to the article page, then ↗ to where it was published."""
    article = by_id.get(article_id)
    cite = f'<a class="cite" href="{ctx.url("/articles/" + url_quote(article_id))}">' + (
        f"[{number.get(article_id, '?')}]</a>"
    )
    return cite + (original_link(article.url) if article else "")


def _summary(ctx: Ctx, story: Story, by_id: dict[str, Article], number: dict[str, int]) -> str:
    if not story.summary:
        return f"<p>{esc(ctx.t('Tidak ada ringkasan.'))}</p>"
    items = "".join(
        f"<li>{esc(s.text)} {_cite(ctx, s.article, by_id, number)}</li>" for s in story.summary
    )
    return f"<ul>{items}</ul>"


def _timeline(ctx: Ctx, articles: Sequence[Article], number: dict[str, int]) -> str:
    t = ctx.t
    rows = []
    for article in sorted(articles, key=lambda a: (a.published or "9999", a.id)):
        copy = f' <span class="copy">({esc(t("salinan"))})</span>' if article.duplicate_of else ""
        wires = ", ".join(article.wire_sources) or "-"
        title = article.title or f"({t('tanpa judul')})"
        rows.append(
            f'<tr id="a-{esc(article.id)}"><td class="n">[{number[article.id]}]</td>'
            f'<td class="d">{date_or_undated(ctx, article.published)}</td>'
            f"<td>{outlet_link(ctx, article.outlet)}</td>"
            f"<td>{article_link(ctx, article.id, title)}{copy} {original_link(article.url)}</td>"
            f"<td>{esc(wires)}</td></tr>"
        )
    return (
        f'<table><tr><th class="n"></th><th class="d">{esc(t("Terbit"))}</th>'
        f"<th>{esc(t('Media'))}</th><th>{esc(t('Judul'))}</th><th>{esc(t('Kredit'))}</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def _sources(ctx: Ctx, articles: Sequence[Article]) -> str:
    t = ctx.t
    wires: dict[str, set[str]] = {}
    for article in articles:
        for wire in article.wire_sources:
            wires.setdefault(wire, set()).add(article.outlet or "?")
    if not wires:
        return f"<p>{esc(t('Tidak ada artikel yang mengutip kantor berita atau sumber asli.'))}</p>"
    rows = "".join(
        f"<tr><td>{esc(w)}</td><td>{esc(', '.join(sorted(o)))}</td></tr>"
        for w, o in sorted(wires.items())
    )
    head = f"<tr><th>{esc(t('Sumber'))}</th><th>{esc(t('Dikutip oleh'))}</th></tr>"
    return f"<table>{head}{rows}</table>"


def _statements(ctx: Ctx, story: Story, by_id: dict[str, Article], number: dict[str, int]) -> str:
    """Who said what: per speaker, each statement once per wording, with every outlet citing it."""
    unknown = ""  # the speaker key of unattributed quotes
    # speaker -> statement key -> wording -> (article, quote index) carrying it, first seen first
    said: dict[str, dict[str, dict[str, list[tuple[str, int]]]]] = {}
    grouped: set[tuple[str, int]] = set()
    for statement in story.statements:
        for ref in statement.quotes:
            article = by_id.get(ref.article)
            if article is None or ref.index >= len(article.quotes):
                continue
            grouped.add((ref.article, ref.index))
            quote = article.quotes[ref.index]
            wordings = said.setdefault(statement.speaker or unknown, {}).setdefault(
                statement.id, {}
            )
            wordings.setdefault(quote.text, []).append((article.id, ref.index))
    for article in by_id.values():
        for index, quote in enumerate(article.quotes):
            if quote.kind != "direct" or (article.id, index) in grouped:
                continue
            wordings = said.setdefault(quote.speaker or unknown, {}).setdefault(quote.text, {})
            wordings.setdefault(quote.text, []).append((article.id, index))
    if not said:
        return f"<p>{esc(ctx.t('Tidak ada kutipan.'))}</p>"
    roles = _speaker_roles(ctx, by_id.values())
    blocks = []
    ranked = sorted(said.items(), key=lambda item: (item[0] == unknown, -len(item[1])))
    for speaker, statements in ranked:
        items = []
        for wordings in statements.values():
            versions = "".join(
                f"<blockquote>{esc(text)} <span class='meta'>— "
                + ", ".join(
                    f"{esc(by_id[a].outlet or '?')} {_quote_cite(ctx, a, i, by_id, number)}"
                    for a, i in carried
                )
                + "</span></blockquote>"
                for text, carried in wordings.items()
            )
            items.append(f"<li>{versions}</li>")
        role = roles.get(speaker)
        about = f" <span class='meta'>{esc(role)}</span>" if role else ""
        name = person_link(ctx, speaker) if speaker else esc(ctx.t("pembicara tak dikenal"))
        blocks.append(f"<h3>{name}{about}</h3><ul>{''.join(items)}</ul>")
    return "".join(blocks)


def _quote_cite(
    ctx: Ctx, article_id: str, index: int, by_id: dict[str, Article], number: dict[str, int]
) -> str:
    href = ctx.url("/articles/" + url_quote(article_id))
    href += "" if ctx.standalone else f"#q{index}"
    article = by_id[article_id]
    return f'<a class="cite" href="{href}">[{number.get(article_id, "?")}]</a>' + original_link(
        article.url
    )


def _speaker_roles(ctx: Ctx, articles: Iterable[Article]) -> dict[str, str]:
    """Return what the articles say each speaker is: their role, or that they spoke as a citizen."""
    roles: dict[str, str] = {}
    for article in articles:
        for quote in article.quotes:
            if quote.speaker is None or quote.speaker in roles:
                continue
            if quote.speaker_role:
                roles[quote.speaker] = quote.speaker_role
            elif quote.speaker_kind == "member_of_public":
                roles[quote.speaker] = ctx.t("warga")
    return roles


def _disagreements(
    ctx: Ctx, story: Story, by_id: dict[str, Article], number: dict[str, int]
) -> str:
    """The quantities different outlets give differently, as stored when the story was described:
    each outlet's value with the one sentence that gives it."""
    found = story.disagreements
    if not found:
        return f"<p>{esc(ctx.t('Tidak ada angka yang berbeda.'))}</p>"
    rows = []
    for disagreement in found:
        versions = "".join(
            f"<li><b>{esc(v.value)} {esc(disagreement.unit)}</b> "
            f"({esc(v.outlet or '?')}{', ' + esc(v.published[:10]) if v.published else ''}) "
            f"{_cite(ctx, v.article, by_id, number)}: <q>{esc(v.context)}</q></li>"
            for v in disagreement.versions
        )
        what = disagreement.quantity or disagreement.unit
        rows.append(f"<li>{esc(what)} ({esc(disagreement.unit)})<ul>{versions}</ul></li>")
    return f"<ul>{''.join(rows)}</ul>"


def report(story: Story, articles: Sequence[Article], lang: str = "id") -> str:
    """The story as one self-contained HTML file (inline CSS, no script, no server links)."""
    from kabar.web.i18n import translator

    return render_story(story, articles, Ctx(lang, False, translator(lang), True))


render_story = story
