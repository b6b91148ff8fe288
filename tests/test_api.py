"""The public API the faces call: cheap to import, one function per job."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import kabar
from kabar import api, pipeline
from kabar.store import open_store

ONE = """Banjir Rendam 300 Rumah di Palu Barat

PALU, KABARTIMUR - Banjir bandang merendam 300 rumah warga di Kecamatan Palu Barat, Senin (4/3/2024).
“Kami sudah mengevakuasi warga lanjut usia ke masjid terdekat,” kata Kepala BPBD Palu, Hendra Saputra.
"""
TWO = """Ratusan Rumah Terendam Banjir Bandang di Palu

PALU - Banjir bandang merendam 250 rumah warga di Kecamatan Palu Barat pada Senin (4/3/2024) malam.
“Kami sudah mengevakuasi warga lanjut usia ke masjid terdekat,” ujar Hendra Saputra.
"""
HEAVY = ("trafilatura", "dask", "sklearn", "pycrfsuite", "kabar.entities", "kabar.quotes")


def _loaded_after(code: str) -> list[str]:
    probe = (
        f"{code}\nimport json, sys\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    return list(json.loads(result.stdout.strip().splitlines()[-1]))


def test_importing_kabar_and_the_api_loads_no_stage() -> None:
    assert _loaded_after("import kabar") == []
    assert _loaded_after("import kabar.api") == []


def test_kabar_names_load_on_first_use() -> None:
    assert kabar.analyze is api.analyze and kabar.open_store is api.open_store
    assert kabar.AnalysisResult is pipeline.AnalysisResult
    assert set(kabar.__all__) <= set(dir(kabar))
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        kabar.nothing  # noqa: B018


def _write(folder: Path, **texts: str) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def test_export_run_holds_the_run_and_every_article_of_its_stories(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.db") as store:  # type: ignore[attr-defined]
        api.analyze([str(_write(tmp_path / "first", one=ONE))], store)
        second = api.analyze([str(_write(tmp_path / "second", two=TWO))], store)
        document = api.export_run(second, store)
        (story,) = second.stories
        assert len(story.articles) == 2
        assert {a["id"] for a in document["articles"]} == set(story.articles)
        assert [s["id"] for s in document["stories"]] == [story.id]
        assert document["schema"] == "kabar.analysis/1" and document["rejected"] == []
        whole = api.export(store)
        assert [a["id"] for a in whole["articles"]] == [a.id for a in store.iter_articles()]


def test_story_articles_follow_the_story_order(tmp_path: Path) -> None:
    with open_store(":memory:") as store:  # type: ignore[attr-defined]
        result = api.analyze([str(_write(tmp_path / "in", one=ONE, two=TWO))], store)
        (story,) = result.stories
        assert [a.id for a in api.story_articles(store, story)] == list(story.articles)


def test_analyze_records_links_rejects_and_stores_nothing() -> None:
    records = [
        {"title": ONE.split("\n\n")[0], "body": ONE.split("\n\n", 1)[1], "url": "https://a/1"},
        {"title": "Tanpa isi"},
        {"title": TWO.split("\n\n")[0], "body": TWO.split("\n\n", 1)[1], "outlet": "Warta Palu"},
        "not an object",
    ]
    result = api.analyze_records(records)
    assert [a.source for a in result.articles] == ["https://a/1", "request#3"]
    (story,) = result.stories
    assert all(a.story == story.id for a in result.articles)
    assert [(r.source, r.reason) for r in result.rejected] == [
        ("request#2", "JSON record has no 'body' or 'text'"),
        ("request#4", "JSON record is not an object"),
    ]
    assert story.disagreements and story.disagreements[0].unit == "rumah"


def test_analyze_records_reads_numeric_dates_in_the_order_their_values_settle() -> None:
    # a month-first feed: "10/17/2025" settles the order, so "6/12/2025" is June 12
    records = [
        {"body": "Banjir merendam Palu.", "tanggal": "6/12/2025 12:54", "url": "https://a/1"},
        {"body": "Gempa mengguncang Sigi.", "tanggal": "10/17/2025 17:00", "url": "https://a/2"},
    ]
    result = api.analyze_records(records)
    published = {a.source: (a.published or "")[:10] for a in result.articles}
    assert published == {"https://a/1": "2025-06-12", "https://a/2": "2025-10-17"}


def test_analyze_records_runs_locally_whatever_the_settings_say(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "dask.toml").write_text('[pipeline]\nengine = "dask"\n', encoding="utf-8")
    settings = api.load_settings(tmp_path / "dask.toml")

    def no_cluster(*_: object, **__: object) -> None:
        raise AssertionError("a posted batch started the Dask engine")

    monkeypatch.setattr(pipeline, "_process_dask", no_cluster)
    result = api.analyze_records([{"body": "Banjir merendam Palu."}], settings=settings)
    assert len(result.articles) == 1


def test_person_statement_history_links_a_statement_said_again(tmp_path: Path) -> None:
    with open_store(":memory:") as store:  # type: ignore[attr-defined]
        api.analyze([str(_write(tmp_path / "in", one=ONE, two=TWO))], store)
        history = api.person_statement_history(store, api.person_id("Hendra Saputra"))
    # both outlets carry the evacuation quote: one statement, its earliest article first
    (statement,) = history
    assert len(statement) == 2
    assert statement[0][0].published <= statement[1][0].published
    assert "mengevakuasi" in statement[0][0].quotes[statement[0][1]].text
