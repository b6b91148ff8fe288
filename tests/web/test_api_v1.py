"""/api/v1 over the example store: every route, its pagination and filters, and bad parameters."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from kabar.api import article_to_dict


def _json(client: TestClient, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, (url, response.text)
    return response.json()


def test_stories_are_paginated_with_a_total_and_pages_do_not_overlap(reader: TestClient) -> None:
    everything = _json(reader, "/api/v1/stories?limit=200")
    assert everything["total"] == len(everything["items"]) >= 4
    first = _json(reader, "/api/v1/stories?limit=2")
    second = _json(reader, "/api/v1/stories?limit=2&offset=2")
    assert first["total"] == everything["total"]
    assert [s["id"] for s in first["items"] + second["items"]] == [
        s["id"] for s in everything["items"][:4]
    ]
    dates = [s["date"] for s in everything["items"] if s["date"]]
    assert dates == sorted(dates, reverse=True)


def test_story_filters_narrow_to_the_outlet_person_and_dates(reader: TestClient) -> None:
    outlets = _json(reader, "/api/v1/outlets")["items"]
    name = outlets[0]["name"]
    by_outlet = _json(reader, f"/api/v1/stories?outlet={name}&limit=200")
    assert 0 < by_outlet["total"] < _json(reader, "/api/v1/stories")["total"]
    for item in by_outlet["items"]:
        members = _json(reader, f"/api/v1/articles?story={item['id']}&limit=200")["items"]
        assert name in {a["outlet"] for a in members}
    nobody = _json(reader, "/api/v1/stories?person=nobody-at-all")
    assert nobody == {"total": 0, "limit": 20, "offset": 0, "items": []}
    future = _json(reader, "/api/v1/stories?date_from=2099-01-01")
    assert future["total"] == 0
    past = _json(reader, "/api/v1/stories?date_to=2000-01-01")
    assert past["total"] == 0


@pytest.mark.parametrize(
    ("url", "where"),
    [
        ("/api/v1/stories?offset=-5", "offset"),
        ("/api/v1/stories?limit=0", "limit"),
        ("/api/v1/stories?limit=100000", "limit"),
        ("/api/v1/stories?bogus=1", "bogus"),
        ("/api/v1/stories?date_from=yesterday", "date_from"),
        ("/api/v1/articles?offset=-1", "offset"),
        ("/api/v1/articles?storyy=x", "storyy"),
        ("/api/v1/search", "q"),
        ("/api/v1/search?q=banjir&sort=new", "sort"),
        ("/api/v1/search?q=%22unclosed", "q"),
        ("/api/v1/outlets?limit=5", "limit"),
        ("/api/v1/outlets/antara?offset=-2", "offset"),
        ("/api/v1/people/x/statements?limit=-1", "limit"),
    ],
)
def test_bad_parameters_are_422_naming_the_parameter(
    reader: TestClient, url: str, where: str
) -> None:
    body = _json(reader, url, 422)
    assert [d["loc"][-1] for d in body["detail"]] == [where]
    assert all(d["msg"] for d in body["detail"])


def test_articles_and_stories_come_in_the_contracts_shapes(reader: TestClient) -> None:
    page = _json(reader, "/api/v1/articles?limit=3")
    assert page["total"] >= 20 and len(page["items"]) == 3
    article = _json(reader, f"/api/v1/articles/{page['items'][0]['id']}")
    assert set(article) - {"copies"} == set(article_to_dict(_any_article()).keys())
    story_id = _json(reader, "/api/v1/stories")["items"][0]["id"]
    story = _json(reader, f"/api/v1/stories/{story_id}")
    assert story["id"] == story_id and story["articles"]
    assert _json(reader, "/api/v1/articles/nope", 404) == {"detail": "no article nope"}
    assert _json(reader, "/api/v1/stories/nope", 404) == {"detail": "no story nope"}
    # the older routes stay as aliases
    assert _json(reader, f"/api/stories/{story_id}") == story
    assert isinstance(_json(reader, "/api/stories"), list)
    assert isinstance(_json(reader, "/api/articles?limit=2"), list)


def _any_article() -> Any:
    from factories import make_article

    return make_article("x", "Teks.")


def test_copies_are_listed_on_the_original(reader: TestClient) -> None:
    items = _json(reader, "/api/v1/articles?limit=200")["items"]
    copies = [a for a in items if a["duplicate_of"]]
    assert copies, "the example corpus holds copied articles"
    original = _json(reader, f"/api/v1/articles/{copies[0]['duplicate_of']}")
    assert copies[0]["id"] in original["copies"]


def test_search_finds_phrases_and_prefixes_with_facets(reader: TestClient) -> None:
    words = _json(reader, "/api/v1/search?q=banjir")
    assert words["total"] > 0
    assert all("<mark>" in h["title_html"] + h["snippet_html"] for h in words["items"])
    prefix = _json(reader, "/api/v1/search?q=banj*")
    assert prefix["total"] >= words["total"]
    phrase = _json(reader, "/api/v1/search?q=%22banjir%20bandang%22")
    assert 0 < phrase["total"] <= words["total"]
    outlets = words["facets"]["outlets"]
    assert sum(o["articles"] for o in outlets) == words["total"]
    narrowed = _json(reader, f"/api/v1/search?q=banjir&outlet={outlets[0]['name']}")
    assert narrowed["total"] == outlets[0]["articles"]
    person = words["facets"]["people"][0]
    by_person = _json(reader, f"/api/v1/search?q=banjir&person={person['id']}")
    assert by_person["total"] == person["articles"]


def test_people_have_names_statements_and_co_mentions(reader: TestClient) -> None:
    person = _json(reader, "/api/v1/search?q=banjir")["facets"]["people"][0]
    who = _json(reader, f"/api/v1/people/{person['id']}")
    assert who["names"][0]["name"] == person["name"] and who["articles"] >= person["articles"]
    assert who["co_mentioned"] and who["mentions_per_day"]
    said = _json(reader, f"/api/v1/people/{person['id']}/statements?limit=200")
    assert said["total"] == len(said["items"]) and said["total"] > 0
    assert all(s["speaker"] for s in said["items"])
    dates = [s["published"] for s in said["items"] if s["published"]]
    assert dates == sorted(dates, reverse=True)
    assert _json(reader, "/api/v1/people/nobody", 404)["detail"] == "no person nobody"


def test_outlets_show_coverage_sources_exclusives_and_misses(reader: TestClient) -> None:
    outlets = _json(reader, "/api/v1/outlets")["items"]
    assert sum(o["articles"] for o in outlets) <= _json(reader, "/api/v1/articles")["total"]
    one = _json(reader, f"/api/v1/outlets/{outlets[0]['id']}?limit=2")
    assert one["name"] == outlets[0]["name"] and one["total"] == outlets[0]["articles"]
    assert len(one["items"]) == 2
    for key in ("wire_sources", "alone", "missed"):
        assert isinstance(one[key], list)
    for outlet in outlets:
        info = _json(reader, f"/api/v1/outlets/{outlet['id']}?limit=200")
        covered = {a["story"] for a in info["items"]}
        # the example corpus has one story a day, which each outlet of that day covered
        assert not covered & {m["story"] for m in info["missed"]}
        for alone in info["alone"]:
            members = _json(reader, f"/api/v1/articles?story={alone['story']}&limit=200")
            assert {a["outlet"] for a in members["items"]} == {outlet["name"]}
    _json(reader, "/api/v1/outlets/nope", 404)


def test_downloads_are_csv_and_json(reader: TestClient) -> None:
    story_id = _json(reader, "/api/v1/stories")["items"][0]["id"]
    quotes = _json(reader, f"/api/v1/stories/{story_id}/quotes.json")
    csv = reader.get(f"/api/v1/stories/{story_id}/quotes.csv")
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.lstrip("\ufeff").count("\n") >= len(quotes) + 1
    assert "attachment" in csv.headers["content-disposition"]
    found = _json(reader, "/api/v1/search.json?q=banjir")
    assert len(found) == _json(reader, "/api/v1/search?q=banjir")["total"]
    assert reader.get("/api/v1/search.csv?q=banjir").text.startswith("\ufeffid,title")
    person = _json(reader, "/api/v1/search?q=banjir")["facets"]["people"][0]["id"]
    assert isinstance(_json(reader, f"/api/v1/people/{person}/statements.json"), list)
    assert reader.get(f"/api/v1/stories/{story_id}/quotes.xml").status_code == 404


def test_openapi_and_docs_work_offline(reader: TestClient) -> None:
    schema = _json(reader, "/openapi.json")
    for path in ("/api/v1/stories", "/api/v1/search", "/api/v1/people/{person_id}"):
        assert path in schema["paths"]
    for url in ("/docs", "/redoc"):
        page = reader.get(url).text
        assert "/api/v1/search" in page
        assert "<script" not in page and "cdn" not in page.lower()


def test_people_are_listed_from_the_registry_and_a_name_slug_redirects(reader: TestClient) -> None:
    listed = _json(reader, "/api/v1/people?limit=5")["items"]
    assert listed and listed[0]["articles"] >= listed[-1]["articles"]
    top = listed[0]
    who = _json(reader, f"/api/v1/people/{top['id']}")
    assert who["id"] == top["id"] and who["name"] == top["name"]
    assert top["name"] in who["aliases"] and isinstance(who["merges"], list)
    found = _json(reader, "/api/v1/people?q=" + top["name"].split()[0])["items"]
    assert top["id"] in [p["id"] for p in found]
    page = reader.get(f"/people/{top['id']}")
    assert page.status_code == 200 and top["name"] in page.text
