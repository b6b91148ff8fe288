"""The reader's HTML pages: links, escaping, errors for a browser, language, the report file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

import kabar
from kabar.cli import main
from kabar.web import create_app

HTML = {"accept": "text/html"}
HOSTILE = (
    'Banjir <script>alert("x")</script> di Palu\n\n'
    "Banjir merendam rumah warga <b>Palu</b> pada Selasa. "
    '"Kami <img src=x onerror=alert(1)> mengungsi," kata Hendra Saputra, Kepala BPBD Palu.\n'
)


@pytest.fixture
def hostile(tmp_path: Path) -> TestClient:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "h.txt").write_text(HOSTILE, encoding="utf-8")
    with kabar.open_store(tmp_path / "k.db") as store:  # type: ignore[attr-defined]
        kabar.analyze([str(tmp_path / "in")], store)
    return TestClient(create_app(tmp_path / "k.db"))


def test_article_text_is_escaped_on_every_page(hostile: TestClient) -> None:
    article = hostile.get("/api/v1/articles").json()["items"][0]["id"]
    story = hostile.get("/api/v1/stories").json()["items"][0]["id"]
    pages = [
        "/",
        f"/articles/{article}",
        f"/stories/{story}",
        "/search?q=banjir",
        "/search?q=script",
        "/people/hendra-saputra",
    ]
    for url in pages:
        page = hostile.get(url).text
        assert "<script" not in page and "<img" not in page and "<b>Palu" not in page, url
    assert "&lt;script&gt;" in hostile.get(f"/articles/{article}").text
    assert "<mark>script</mark>" in hostile.get("/search?q=script").text


def test_index_pages_through_stories_and_keeps_filters(reader: TestClient) -> None:
    first = reader.get("/?limit=2").text
    assert 'rel="next" href="/?offset=2&amp;limit=2"' in first
    second = reader.get("/?limit=2&offset=2").text
    assert 'rel="prev"' in second
    links = lambda page: re.findall(r'href="/stories/([^"]+)"', page)  # noqa: E731
    assert not set(links(first)) & set(links(second))
    outlet = reader.get("/api/v1/outlets").json()["items"][0]["name"]
    filtered = reader.get(f"/?outlet={outlet}&limit=1").text
    assert f'<option value="{outlet}" selected>' in filtered
    assert reader.get("/?from=bad", headers=HTML).status_code == 422


def test_story_page_links_citations_quotes_people_and_marks_undated(reader: TestClient) -> None:
    story = reader.get("/api/v1/stories").json()["items"][0]["id"]
    page = reader.get(f"/stories/{story}").text
    members = reader.get(f"/api/v1/articles?story={story}&limit=200").json()["items"]
    for article in members:
        assert f'href="/articles/{article["id"]}"' in page
        if article["url"]:
            assert f'href="{article["url"]}"' in page
    assert re.search(r'href="/articles/[^"#]+#q\d+"', page)  # a quote to its place
    assert re.search(r'<h3><a href="/people/[a-z0-9-]+">', page)  # a speaker to their page
    assert "<h2>Ringkasan</h2>" in page and "<h2>Summary</h2>" not in page


def test_undated_articles_are_marked(reader: TestClient) -> None:
    from factories import make_article

    from kabar.models import Story
    from kabar.web import pages

    page = pages.story(Story("s", "Banjir", None, ("a",)), [make_article("a", "Banjir.")])
    assert '<span class="undated">tanpa tanggal</span>' in page


def test_article_page_marks_quotes_and_links_speakers_and_copies(reader: TestClient) -> None:
    items = reader.get("/api/v1/articles?limit=200").json()["items"]
    copy = next(a for a in items if a["duplicate_of"])
    page = reader.get(f"/articles/{copy['id']}").text
    assert f'href="/articles/{copy["duplicate_of"]}"' in page
    original = reader.get(f"/articles/{copy['duplicate_of']}").text
    assert f'href="/articles/{copy["id"]}"' in original
    quoted = next(a for a in items if reader.get(f"/api/v1/articles/{a['id']}").json()["quotes"])
    page = reader.get(f"/articles/{quoted['id']}").text
    assert '<span class="q" id="q0">' in page or '<span class="q" id="q' in page
    assert re.search(r'<sup>— <a href="/people/[a-z0-9-]+">', page)


def test_person_and_outlet_pages(reader: TestClient) -> None:
    person = reader.get("/api/v1/search?q=banjir").json()["facets"]["people"][0]
    page = reader.get(f"/people/{person['id']}").text
    assert f"<h1>{person['name']}</h1>" in page and "<svg" in page
    assert "statements.csv" in page
    outlet = reader.get("/api/v1/outlets").json()["items"][0]
    page = reader.get(f"/outlets/{outlet['id']}").text
    assert f"<h1>{outlet['name']}</h1>" in page


def test_browser_gets_html_errors_and_the_api_json(reader: TestClient) -> None:
    for url in ("/stories/nope", "/articles/nope", "/people/nope", "/outlets/nope", "/nope"):
        response = reader.get(url, headers=HTML)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("text/html")
        assert "Halaman tidak ditemukan" in response.text
    assert reader.get("/api/v1/stories/nope", headers=HTML).json() == {"detail": "no story nope"}


def test_bad_search_syntax_is_a_message_not_a_500(reader: TestClient) -> None:
    response = reader.get('/search?q="unclosed', headers=HTML)
    assert response.status_code == 200 and 'role="alert"' in response.text


def test_language_is_indonesian_unless_english_is_asked(reader: TestClient) -> None:
    assert "Cerita terbaru" in reader.get("/").text
    english = reader.get("/", headers={"accept-language": "en-US,en;q=0.9"}).text
    assert "Latest stories" in english and 'lang="en"' in english
    asked = reader.get("/?lang=en&limit=2").text
    assert (
        "Latest stories" in asked and "lang=en" in re.search(r'rel="next" href="([^"]+)"', asked)[1]
    )
    assert "Cerita terbaru" in reader.get("/", headers={"accept-language": "id,en;q=0.5"}).text


def test_pages_use_only_assets_served_by_the_package(reader: TestClient) -> None:
    page = reader.get("/").text
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert reader.get("/static/kabar.css").status_code == 200


def test_report_is_one_self_contained_file(example_db: Path, tmp_path: Path) -> None:
    story = TestClient(create_app(example_db)).get("/api/v1/stories").json()["items"][0]["id"]
    out = tmp_path / "r.html"
    result = CliRunner().invoke(
        main, ["report", story, "--db", str(example_db), "--html", str(out)]
    )
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<style>" in page and "<link" not in page and "<script" not in page
    assert not re.search(r'href="/', page)  # no link needs the server
    missing = CliRunner().invoke(
        main, ["report", "nope", "--db", str(example_db), "--html", str(out)]
    )
    assert missing.exit_code != 0 and "no story nope" in missing.output


def test_a_statement_carried_by_several_outlets_is_shown_once_with_each() -> None:
    from factories import make_article

    from kabar.api import Person
    from kabar.models import Quote
    from kabar.web import views
    from kabar.web.render import Ctx

    def carrying(article_id: str, outlet: str, text: str) -> object:
        body = f'"{text}," kata Arif.'
        quote = Quote(text, "Arif", "direct", 1, 1 + len(text))
        return make_article(article_id, body, outlet=outlet, quotes=(quote,))

    said = [
        (carrying("a", "Kabar Timur", "Kami siaga penuh"), 0),
        (carrying("b", "Warta Palu", "Kami  siaga penuh"), 0),
        (carrying("c", "Warta Palu", "Jalan ditutup"), 0),
    ]
    who = Person("arif", [("Arif", 3)], [], 3, 3, [], [])
    page = views.person(Ctx(), who, said)  # type: ignore[arg-type]
    assert page.count("<blockquote>") == 2
    assert page.count("Kami siaga penuh") == 1
    assert "Kabar Timur" in page and page.count('href="/articles/b#q0"') == 1
