"""The story list and the story page: sections, speakers' roles, disagreements from the store."""

from __future__ import annotations

from factories import make_article
from fastapi.testclient import TestClient

from kabar.models import Disagreement, FigureVersion, Story
from kabar.web import pages


def test_story_page_shows_sections_and_escapes(client: TestClient) -> None:
    stories = client.get("/api/stories").json()
    page = client.get(f"/stories/{stories[0]['id']}").text
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
    assert "<h3>Hendra Saputra <span class='meta'>Kepala BPBD Palu</span></h3>" in page


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
    assert "No conflicting figures found." in pages.story(story, articles)
    stored = Disagreement(
        "rumah",
        (
            FigureVersion("a", "Kabar <Timur>", "300", "Banjir merendam 300 rumah."),
            FigureVersion("b", "Warta Palu", "250", "Banjir merendam 250 rumah."),
        ),
    )
    page = pages.story(Story("s1", "Banjir", None, ("a", "b"), disagreements=(stored,)), articles)
    assert "<li>rumah<ul><li><b>300 rumah</b> (Kabar &lt;Timur&gt;)" in page
    assert '<a class="cite" href="#a-b">[2]</a>: Banjir merendam 250 rumah.' in page


def test_index_lists_stories_or_says_there_are_none() -> None:
    assert "No stories yet" in pages.index([])
    page = pages.index([Story("s<1>", "Banjir & longsor", "2024-03-04", ("a", "b"))])
    assert '<a href="/stories/s&lt;1&gt;">Banjir &amp; longsor</a></td><td>2</td>' in page


def test_story_page_marks_an_undated_article_as_such() -> None:
    dated = make_article("a1", published="2025-02-10T09:00+07:00", title="Banjir Sukamaju")
    undated = make_article("a2", title="Banjir Sukamaju, salinan")
    story = Story(id="s1", title="Banjir Sukamaju", date="2025-02-10", articles=("a1", "a2"),
                  undated_articles=("a2",))
    page = pages.story(story, [dated, undated])
    assert "<td>2025-02-10T09:00+07:00</td>" in page
    assert "<td>date unknown</td>" in page
