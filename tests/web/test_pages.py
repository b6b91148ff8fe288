"""The story list and the story page: sections, speakers' roles, disagreements from the store."""

from __future__ import annotations

from factories import make_article
from fastapi.testclient import TestClient

from kabar.api import StoryFilter
from kabar.models import Disagreement, FigureVersion, Story
from kabar.web import pages, reader
from kabar.web.i18n import translator
from kabar.web.render import Ctx

EN = Ctx("en", False, translator("en"))


def test_story_page_shows_sections_and_escapes(client: TestClient) -> None:
    stories = client.get("/api/stories").json()
    page = client.get(f"/stories/{stories[0]['id']}?lang=en").text
    for section in (
        "Summary",
        "Timeline",
        "Sources and wire agencies",
        "Who said what",
        "Where outlets differ",
    ):
        assert f"<h2>{section}</h2>" in page
    assert client.get("/").status_code == 200
    assert client.get("/stories/missing").status_code == 404


def test_story_page_gives_each_speaker_the_role_the_text_gives(client: TestClient) -> None:
    stories = client.get("/api/stories").json()
    page = client.get(f"/stories/{stories[0]['id']}").text
    assert (
        '<h3><a href="/people/hendra-saputra">Hendra Saputra</a>'
        " <span class='meta'>Kepala BPBD Palu</span></h3>" in page
    )


def test_story_page_shows_the_disagreements_found_when_the_story_was_described(
    client: TestClient,
) -> None:
    stories = client.get("/api/stories").json()
    page = client.get(f"/stories/{stories[0]['id']}").text
    # 300 houses in one outlet, 250 in the other (tests/web/flood_articles.py)
    assert "<b>300 rumah</b>" in page and "<b>250 rumah</b>" in page


def test_disagreements_are_drawn_from_the_story_not_recomputed() -> None:
    articles = [
        make_article("a", "Banjir merendam 300 rumah.", outlet="Kabar <Timur>"),
        make_article("b", "Banjir merendam 250 rumah.", outlet="Warta Palu"),
    ]
    story = Story("s1", "Banjir", None, ("a", "b"))
    assert "No conflicting figures found." in pages.story(story, articles, EN)
    stored = Disagreement(
        "rumah",
        (
            FigureVersion("a", "Kabar <Timur>", "300", "Banjir merendam 300 rumah."),
            FigureVersion("b", "Warta Palu", "250", "Banjir merendam 250 rumah.", "2024-03-04"),
        ),
        "terendam",
    )
    page = pages.story(Story("s1", "Banjir", None, ("a", "b"), disagreements=(stored,)), articles)
    assert "<li>terendam (rumah)<ul><li><b>300 rumah</b> (Kabar &lt;Timur&gt;)" in page
    # each outlet's value with its date and the one sentence that gives it
    assert (
        '(Warta Palu, 2024-03-04) <a class="cite" href="/articles/b">[2]</a>: '
        "<q>Banjir merendam 250 rumah.</q>" in page
    )


def test_index_lists_stories_or_says_there_are_none() -> None:
    assert "No stories yet" in reader.index(EN, 0, [], StoryFilter(), [], 20, 0)
    stories = [Story("s<1>", "Banjir & longsor", "2024-03-04", ("a", "b"))]
    page = reader.index(EN, 1, stories, StoryFilter(), [], 20, 0)
    assert '<a href="/stories/s%3C1%3E">Banjir &amp; longsor</a></td><td class="n">2</td>' in page
