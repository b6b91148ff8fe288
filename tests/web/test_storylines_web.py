"""Storyline pages and the /api/v1/storylines routes over a store of one case (three events)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kabar.models import Story, Storyline
from kabar.web import create_app, storylines
from kabar.web.render import Ctx


@pytest.fixture(scope="module")
def client(storyline_db: Path) -> TestClient:
    return TestClient(create_app(storyline_db))


def _the_storyline(client: TestClient) -> dict[str, object]:
    listing = client.get("/api/v1/storylines").json()
    assert listing["total"] == 1 and listing["limit"] == 20 and listing["offset"] == 0
    (item,) = listing["items"]
    return dict(item)


def test_api_lists_and_gives_a_storyline(client: TestClient) -> None:
    item = _the_storyline(client)
    one = client.get(f"/api/v1/storylines/{item['id']}").json()
    assert [e["id"] for e in one["events"]] == item["stories"]
    dates = [e["date"] for e in one["events"]]
    assert dates == sorted(dates) and len(dates) == 3
    assert sum(c["articles"] for c in one["coverage"]) == item["articles"] == 9
    assert client.get("/api/v1/storylines", params={"offset": 1}).json()["items"] == []


@pytest.mark.parametrize(
    "params", [{"offset": -5}, {"limit": 0}, {"limit": "x"}, {"colour": "red"}]
)
def test_api_bad_parameters_are_422(client: TestClient, params: dict[str, object]) -> None:
    response = client.get("/api/v1/storylines", params=params)
    assert response.status_code == 422, response.text


def test_api_unknown_storyline_is_404_json(client: TestClient) -> None:
    response = client.get("/api/v1/storylines/l-nothing")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/json")


def test_storyline_page_lists_events_in_order_with_a_chart(client: TestClient) -> None:
    item = _the_storyline(client)
    html = client.get(f"/storylines/{item['id']}").text
    positions = [html.index(f'/stories/{s}"') for s in item["stories"]]  # type: ignore[attr-defined]
    assert positions == sorted(positions)
    assert html.count("<rect") >= 3 and "<script" not in html
    assert "Warta Priangan" in html  # the chart's legend names the outlets
    missing = client.get("/storylines/l-nothing", headers={"accept": "text/html"})
    assert missing.status_code == 404 and "<html" in missing.text


def test_story_page_and_index_link_the_storyline(client: TestClient) -> None:
    item = _the_storyline(client)
    first = item["stories"][0]  # type: ignore[index]
    story = client.get(f"/stories/{first}").text
    assert f'href="/storylines/{item["id"]}"' in story
    index = client.get("/").text
    assert f'href="/storylines/{item["id"]}"' in index
    listing = client.get("/storylines?lang=en").text
    assert "Latest storylines" in listing and f'/storylines/{item["id"]}' in listing


def test_storyline_text_is_escaped() -> None:
    line = Storyline("l-x", "<b>Judul</b>", "2025-01-01", "2025-01-02", ("s-<1>",), ("<i>A</i>",))
    stories = [Story("s-<1>", "<script>x</script>", "2025-01-01", ("a",))]
    html = storylines.storyline(Ctx(), line, stories, [("2025-01-01", "<Outlet>", 2)])
    assert "<b>Judul" not in html and "<script>x" not in html and "<Outlet>" not in html
    assert "&lt;b&gt;Judul&lt;/b&gt;" in html and "&lt;Outlet&gt;" in html


def test_chart_shows_quiet_days_and_draws_long_storylines_by_week() -> None:
    days = [("2025-01-01", "A", 2), ("2025-01-05", "B", 1)]
    chart = storylines.coverage_chart(days, "coverage")
    assert chart.count("<rect") == 2 + 2  # two bars, two legend swatches
    # five day columns: the bars sit at the first and the fifth
    assert 'x="24.0"' in chart and f'x="{24 + 4 * (600 - 48) / 5:.1f}"' in chart
    year = [(f"2025-{m:02d}-01", "A", 1) for m in range(1, 13)]
    weekly = storylines.coverage_chart(year, "coverage")
    assert weekly.count("<rect") == 12 + 1 and "2024-12-30" in weekly  # the first Monday
