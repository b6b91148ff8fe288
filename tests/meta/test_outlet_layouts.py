"""Each outlet's current layout, in both forms a user gives it: a scraper's text record (byline,
date line and credit lines left in the text) and the saved page (head metas, JSON-LD,
navigation, captions, related links, footer). Both go through ``kabar.analyze``; every field
the layout gives must come out right: outlet, title, day (WIB), writers, editors, dateline,
wire sources, the story kept whole and the furniture gone.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from outlet_layouts import LAYOUTS, STORY, STORY_EN, Layout

import kabar

TITLE = "Banjir Rendam 320 Rumah, Warga Mengungsi ke Balai Kelurahan"
TITLE_EN = "Floods inundate 320 houses, residents move to shelters"
FORMS = ("record", "page")


def _story(layout: Layout) -> list[str]:
    story = list(STORY_EN if layout.english else STORY)
    story[0] = layout.dateline + story[0]
    story[-1] += layout.signoff
    return [*story[:2], *layout.inside, *story[2:]]


def _record(layout: Layout) -> dict[str, object]:
    text = "\n".join([*layout.above, *_story(layout), *layout.below])
    record: dict[str, object] = {"title": _title(layout), "url": layout.url, "text": text}
    if layout.record_date is not None:
        date = layout.record_date
        record["date"] = int(date) if date.isdigit() else date
    if layout.author_field is not None:
        record["author"] = (
            list(layout.author_field) if isinstance(layout.author_field, tuple) else layout.author_field
        )
    return record


def _title(layout: Layout) -> str:
    return TITLE_EN if layout.english else TITLE


def _page(layout: Layout) -> str:
    """A saved article page of the outlet's kind: metadata in the head, the story among the
    site's navigation, credits, a captioned photo, related links and footer."""
    site = layout.url.split("/")[2].removeprefix("www.")
    linked = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": _title(layout),
        "datePublished": f"{layout.day}T14:05:00+07:00",
        "author": [{"@type": "Person", "name": n} for n in layout.ld_authors or layout.authors],
        "publisher": {"@type": "Organization", "name": layout.outlet},
    }
    metas = "".join(
        f'<meta name="{k}" content="{html.escape(v)}">' for k, v in layout.metas.items()
    )
    shown = "".join(f'<div class="credit">{html.escape(line)}</div>' for line in layout.above)
    paragraphs = "".join(
        f"<p>{html.escape(p)}</p>" for line in _story(layout) for p in line.split("\n")
    )
    below = "".join(f"<p>{html.escape(line)}</p>" for line in layout.below)
    return (
        f'<!DOCTYPE html><html lang="{"en" if layout.english else "id"}"><head>'
        f'<meta charset="utf-8"><title>{html.escape(_title(layout))} - {site}</title>'
        f'<meta property="og:title" content="{html.escape(_title(layout))}">'
        f'<meta property="og:site_name" content="{site}">'
        f'<meta property="og:url" content="{layout.url}"><link rel="canonical" href="{layout.url}">'
        f'<meta property="article:published_time" content="{layout.day}T14:05:00+07:00">{metas}'
        f'<script type="application/ld+json">{json.dumps(linked)}</script></head><body>'
        '<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/ekonomi">Ekonomi'
        '</a> <a href="/olahraga">Olahraga</a></nav></header><main><article>'
        f'<h1 class="detail__title">{html.escape(_title(layout))}</h1>{shown}'
        '<figure><img src="/foto/banjir.jpg" alt="banjir"><figcaption>Warga melintasi '
        "genangan air di permukiman. (ANTARA FOTO/Rizal Hidayat)</figcaption></figure>"
        f'<div class="detail__body">{paragraphs}{below}</div></article>'
        '<aside class="related"><h3>Berita Terkait</h3><ul><li><a href="/a">Harga Cabai Naik '
        'Jelang Natal</a></li><li><a href="/b">Timnas Menang Tipis atas Vietnam</a></li></ul>'
        "</aside></main><footer><p>Copyright © 2025 "
        f'{site}. All rights reserved.</p><a href="/redaksi">Redaksi</a> <a href="/pedoman">'
        "Pedoman Media Siber</a></footer></body></html>"
    )


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, kabar.Article]:
    """Analyse every layout in both forms at once; return the articles by (form, name)."""
    folder = tmp_path_factory.mktemp("layouts")
    records = folder / "records.jsonl"
    records.write_text(
        "\n".join(json.dumps(_record(layout), ensure_ascii=False) for layout in LAYOUTS) + "\n",
        encoding="utf-8",
    )
    pages = []
    for layout in LAYOUTS:
        page = folder / f"{layout.name}.html"
        page.write_text(_page(layout), encoding="utf-8")
        pages.append(page)
    with kabar.open_store(":memory:") as store:
        result = kabar.analyze([str(records), *map(str, pages)], store)
    found = {}
    for article in result.articles:
        source = Path(article.source.split("#")[0]).name
        if source == "records.jsonl":
            found[f"record/{LAYOUTS[int(article.source.split('#')[1]) - 1].name}"] = article
        else:
            found[f"page/{source.removesuffix('.html')}"] = article
    return found


def _wrong_fields(layout: Layout, article: kabar.Article) -> dict[str, object]:
    """Return every field the article got wrong: name -> what it got."""
    got: dict[str, object] = {
        "outlet": article.outlet, "title": article.title, "dateline": article.dateline,
        "authors": article.authors, "editors": article.editors,
        "day": (article.published or "")[:10], "wires": article.wire_sources,
    }
    want: dict[str, object] = {
        "outlet": layout.outlet, "title": _title(layout), "dateline": layout.place,
        "authors": layout.authors, "editors": layout.editors, "day": layout.day,
        "wires": layout.wires,
    }
    wrong = {key: value for key, value in got.items() if value != want[key]}
    story = STORY_EN if layout.english else STORY
    if not article.body.startswith(story[0][:40]) or story[-1][:40] not in article.body:
        wrong["body"] = article.body[:80]
    lines = (*layout.above, *layout.inside, *layout.below)
    furniture = [part for line in lines for part in line.split("\n")]
    left = [line for line in furniture if len(line) > 3 and line in article.body]
    if left or (layout.signoff.strip() and layout.signoff.strip() in article.body):
        wrong["boilerplate"] = left or layout.signoff
    return wrong


@pytest.mark.slow
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_outlet_layout_fields(analysed: dict[str, kabar.Article], layout: Layout, form: str) -> None:
    article = analysed.get(f"{form}/{layout.name}")
    assert article is not None, "rejected"
    assert _wrong_fields(layout, article) == {}
