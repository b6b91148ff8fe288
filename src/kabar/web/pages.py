"""Server-rendered HTML pages: the story list and the story page."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from kabar.models import Article, Story

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#1d1d1f;line-height:1.5}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;
border-bottom:1px solid #ddd}.meta{color:#666;font-size:.9rem}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .5rem;
border-bottom:1px solid #eee;vertical-align:top}blockquote{margin:.4rem 0;padding-left:.8rem;
border-left:3px solid #c33}.cite{font-size:.8rem;vertical-align:super}
.copy{color:#999}.tag{display:inline-block;background:#eef;border-radius:3px;padding:0 .3rem;
margin:0 .2rem .2rem 0;font-size:.85rem}
"""


def _page(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} · kabar</title><style>{_STYLE}</style></head>"
        f'<body><p class="meta"><a href="/">kabar</a></p>{body}</body></html>'
    )


def index(stories: Sequence[Story]) -> str:
    """Render the list of stories, latest first."""
    rows = "".join(
        f'<tr><td>{escape(s.date or "-")}</td><td><a href="/stories/{escape(s.id)}">'
        f"{escape(s.title)}</a></td><td>{len(s.articles)}</td></tr>"
        for s in stories
    )
    table = (
        "<table><tr><th>Tanggal</th><th>Cerita</th><th>Artikel</th></tr>" + rows + "</table>"
        if stories
        else "<p>No stories yet: run <code>kabar analyze PATH</code>.</p>"
    )
    return _page("Stories", f"<h1>Stories</h1>{table}")


def story(story: Story, articles: Sequence[Article]) -> str:
    """Render a story: summary with citations, timeline, sources, statements, disagreements."""
    by_id = {a.id: a for a in articles}
    number = {a.id: n for n, a in enumerate(articles, start=1)}
    outlets = sorted({a.outlet for a in articles if a.outlet})
    parts = [
        f"<h1>{escape(story.title)}</h1>",
        f'<p class="meta">{escape(story.date or "undated")} · {len(articles)} articles from '
        f"{len(outlets)} outlets</p>",
        "<h2>Summary</h2>",
        _summary(story, number),
        "<h2>Timeline</h2>",
        _timeline(articles, number),
        "<h2>Sources and wire agencies</h2>",
        _sources(articles),
        "<h2>Who said what</h2>",
        _statements(story, by_id, number),
        "<h2>Where outlets differ</h2>",
        _disagreements(story, number),
        "<h2>People, organisations, places</h2>",
        "<p>"
        + "".join(
            f'<span class="tag">{escape(e.name)} ({escape(e.type)}, {e.count})</span>'
            for e in sorted(story.entities, key=lambda e: -e.count)[:40]
        )
        + "</p>",
    ]
    return _page(story.title, "".join(parts))


def _cite(article_id: str, number: dict[str, int]) -> str:
    return f'<a class="cite" href="#a-{escape(article_id)}">[{number.get(article_id, "?")}]</a>'


def _summary(story: Story, number: dict[str, int]) -> str:
    if not story.summary:
        return "<p>No summary.</p>"
    items = "".join(f"<li>{escape(s.text)} {_cite(s.article, number)}</li>" for s in story.summary)
    return f"<ul>{items}</ul>"


def _timeline(articles: Sequence[Article], number: dict[str, int]) -> str:
    rows = []
    for article in sorted(articles, key=lambda a: (a.published or "9999", a.id)):
        copy = ' <span class="copy">(copy)</span>' if article.duplicate_of else ""
        wires = ", ".join(article.wire_sources) or "-"
        rows.append(
            f'<tr id="a-{escape(article.id)}"><td>[{number[article.id]}]</td>'
            f"<td>{escape(article.published or 'date unknown')}</td>"
            f"<td>{escape(article.outlet or '-')}</td>"
            f"<td>{escape(article.title or '(untitled)')}{copy}</td><td>{escape(wires)}</td></tr>"
        )
    return (
        "<table><tr><th></th><th>Published</th><th>Outlet</th><th>Title</th><th>Credits</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def _sources(articles: Sequence[Article]) -> str:
    wires: dict[str, set[str]] = {}
    for article in articles:
        for wire in article.wire_sources:
            wires.setdefault(wire, set()).add(article.outlet or "?")
    if not wires:
        return "<p>No article credits a wire agency or original source.</p>"
    rows = "".join(
        f"<tr><td>{escape(w)}</td><td>{escape(', '.join(sorted(o)))}</td></tr>"
        for w, o in sorted(wires.items())
    )
    return f"<table><tr><th>Credited source</th><th>Credited by</th></tr>{rows}</table>"


def _statements(story: Story, by_id: dict[str, Article], number: dict[str, int]) -> str:
    """Who said what: per speaker, each statement once per wording, with every outlet citing it."""
    # (speaker, statement key) -> wording -> articles carrying it, in the order first seen
    said: dict[str, dict[str, dict[str, list[str]]]] = {}
    grouped: set[tuple[str, int]] = set()
    for statement in story.statements:
        for ref in statement.quotes:
            article = by_id.get(ref.article)
            if article is None or ref.index >= len(article.quotes):
                continue
            grouped.add((ref.article, ref.index))
            quote = article.quotes[ref.index]
            speaker = statement.speaker or "unknown speaker"
            wordings = said.setdefault(speaker, {}).setdefault(statement.id, {})
            wordings.setdefault(quote.text, []).append(article.id)
    for article in by_id.values():
        for index, quote in enumerate(article.quotes):
            if quote.kind != "direct" or (article.id, index) in grouped:
                continue
            speaker = quote.speaker or "unknown speaker"
            wordings = said.setdefault(speaker, {}).setdefault(quote.text, {})
            wordings.setdefault(quote.text, []).append(article.id)
    if not said:
        return "<p>No quotes.</p>"
    roles = _speaker_roles(by_id.values())
    blocks = []
    ranked = sorted(said.items(), key=lambda item: (item[0] == "unknown speaker", -len(item[1])))
    for speaker, statements in ranked:
        items = []
        for wordings in statements.values():
            versions = "".join(
                f"<blockquote>{escape(text)} <span class='meta'>— "
                + ", ".join(
                    f"{escape(by_id[a].outlet or '?')} {_cite(a, number)}" for a in articles
                )
                + "</span></blockquote>"
                for text, articles in wordings.items()
            )
            items.append(f"<li>{versions}</li>")
        role = roles.get(speaker)
        about = f" <span class='meta'>{escape(role)}</span>" if role else ""
        blocks.append(f"<h3>{escape(speaker)}{about}</h3><ul>{''.join(items)}</ul>")
    return "".join(blocks)


def _speaker_roles(articles: Iterable[Article]) -> dict[str, str]:
    """Return what the articles say each speaker is: their role, or that they spoke as a citizen."""
    roles: dict[str, str] = {}
    for article in articles:
        for quote in article.quotes:
            if quote.speaker is None or quote.speaker in roles:
                continue
            if quote.speaker_role:
                roles[quote.speaker] = quote.speaker_role
            elif quote.speaker_kind == "member_of_public":
                roles[quote.speaker] = "member of the public"
    return roles


def _disagreements(story: Story, number: dict[str, int]) -> str:
    """The figures the story's outlets report differently, as found when it was described."""
    found = story.disagreements
    if not found:
        return "<p>No conflicting figures found.</p>"
    rows = []
    for disagreement in found:
        versions = "".join(
            f"<li><b>{escape(v.value)} {escape(disagreement.unit)}</b> "
            f"({escape(v.outlet or '?')}) {_cite(v.article, number)}: {escape(v.context)}</li>"
            for v in disagreement.versions
        )
        rows.append(f"<li>{escape(disagreement.unit)}<ul>{versions}</ul></li>")
    return f"<ul>{''.join(rows)}</ul>"
