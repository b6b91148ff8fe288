"""POST /api/analyze: closed by default; opened, it needs the token and stays bounded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from flood_articles import ONE, TWO

import kabar
from kabar.web import create_app
from kabar.web.ingest import MAX_POSTED_ARTICLES, Ingest

TOKEN = "rahasia-uji-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _posted(*texts: str) -> list[dict[str, str]]:
    return [
        {"title": t.split("\n\n", 1)[0], "body": t.split("\n\n", 1)[1], "url": f"https://{i}.ex/1"}
        for i, t in enumerate(texts)
    ]


@pytest.fixture
def open_client(client: TestClient) -> TestClient:
    """The conftest's store served with ingest open."""
    db = client.app.state.stores.db  # type: ignore[attr-defined]
    return TestClient(create_app(db, ingest=Ingest(TOKEN, max_body=200_000, budget=60)))


def test_ingest_is_off_by_default(client: TestClient) -> None:
    response = client.post("/api/analyze", json=_posted(ONE), headers=AUTH)
    assert response.status_code == 403 and "--allow-ingest" in response.json()["detail"]


@pytest.mark.parametrize(
    "headers", [{}, {"Authorization": "Bearer salah"}, {"Authorization": f"Basic {TOKEN}"}]
)
def test_ingest_needs_the_token(open_client: TestClient, headers: dict[str, str]) -> None:
    response = open_client.post("/api/analyze", json=_posted(ONE), headers=headers)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"


def test_the_token_is_compared_in_constant_time(
    open_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hmac

    import kabar.web.ingest as ingest

    compared: list[tuple[bytes, bytes]] = []
    constant_time = hmac.compare_digest

    def recording(given: bytes, expected: bytes) -> bool:
        compared.append((given, expected))
        return constant_time(given, expected)

    monkeypatch.setattr(ingest.hmac, "compare_digest", recording)
    wrong = open_client.post("/api/analyze", json=_posted(ONE), headers={"Authorization": "Bearer x"})
    assert wrong.status_code == 401
    assert compared == [(b"x", TOKEN.encode())]  # the only comparison made: no early "=="


def test_ingest_analyses_and_returns_rejects_as_data(open_client: TestClient) -> None:
    posted = [*_posted(ONE, ONE), {"title": "Tanpa isi"}, {"body": "isi", "authors": 5}]
    posted[1]["url"] = "https://salinan.ex/1"
    response = open_client.post("/api/analyze", json=posted, headers=AUTH)
    assert response.status_code == 200
    payload = response.json()
    original, copy = payload["articles"]
    assert copy["duplicate_of"] == original["id"]
    assert original["story"] == copy["story"] == payload["stories"][0]["id"]
    reasons = [r["reason"] for r in payload["rejected"]]
    assert reasons[0] == "JSON record has no 'body' or 'text'"
    assert reasons[1].startswith("field 'authors' must be")
    assert len(open_client.get("/api/articles").json()) == 2  # the store is untouched


def test_ingest_uses_the_settings_given(tmp_path: Path, open_client: TestClient) -> None:
    (tmp_path / "apart.toml").write_text("[stories]\nthreshold = 1.0\n", encoding="utf-8")
    settings = kabar.load_settings(tmp_path / "apart.toml")
    db = open_client.app.state.stores.db  # type: ignore[attr-defined]
    apart = TestClient(create_app(db, settings=settings, ingest=Ingest(TOKEN)))
    posted = _posted(ONE, TWO)
    assert len(open_client.post("/api/analyze", json=posted, headers=AUTH).json()["stories"]) == 1
    assert len(apart.post("/api/analyze", json=posted, headers=AUTH).json()["stories"]) == 2


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        (b"{bukan json", 400, "body is not JSON"),
        (b"[" * 5000 + b"]" * 5000, 400, "nested too deep"),
        (b'[{"body": "x", "n": ' + b"9" * 5000 + b"}]", 400, "4300 digits"),
        (b"\xff\xfe", 400, "not UTF-8"),
        (b'{"title": "x"}', 422, "JSON list of article objects"),
        (json.dumps([{"title": "x"}, {"body": 5}]).encode(), 422, None),
    ],
)
def test_bad_bodies_are_4xx_never_500(
    open_client: TestClient, body: bytes, status: int, detail: str | None
) -> None:
    response = open_client.post(
        "/api/analyze", content=body, headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code == status, response.text
    if detail:
        assert detail in response.json()["detail"]
    else:
        assert len(response.json()["rejected"]) == 2 and response.json()["articles"] == []


def test_body_over_the_limit_is_refused_as_declared_and_as_streamed(
    open_client: TestClient,
) -> None:
    big = json.dumps([{"title": "x", "body": "kata " * 50_000}]).encode()
    assert open_client.post("/api/analyze", content=big, headers=AUTH).status_code == 413

    def chunks() -> object:
        for _ in range(100):
            yield b" " * 10_000  # no Content-Length: counted as it streams

    response = open_client.post("/api/analyze", content=chunks(), headers=AUTH)  # type: ignore[arg-type]
    assert response.status_code == 413 and "200,000-byte limit" in response.json()["detail"]


def test_batch_over_the_count_is_refused(open_client: TestClient) -> None:
    records = [{"body": "x"}] * (MAX_POSTED_ARTICLES + 1)
    assert open_client.post("/api/analyze", json=records, headers=AUTH).status_code == 413


def test_analysis_over_its_budget_is_stopped(client: TestClient) -> None:
    db = client.app.state.stores.db  # type: ignore[attr-defined]
    hurried = TestClient(create_app(db, ingest=Ingest(TOKEN, budget=0.05)))
    response = hurried.post("/api/analyze", json=_posted(ONE, TWO) * 20, headers=AUTH)
    assert response.status_code == 503 and "budget" in response.json()["detail"]
    # the next request is served: nothing was left holding the analysis slot
    assert hurried.get("/api/articles").status_code == 200
