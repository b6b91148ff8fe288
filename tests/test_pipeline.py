"""The pipeline: stable ids, idempotent and resumable runs, stage errors, the export contract."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kabar
from kabar import pipeline
from kabar.export import build_export, contract_schema, validate_export
from kabar.models import RawDocument
from kabar.pipeline import article_id
from kabar.store import open_store

STORY = "Jembatan Baru Dibuka di Kota Lama\n\nKOTA LAMA - Jembatan sepanjang 120 meter dibuka {}.\n"


def _corpus(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"{number:02d}.txt"
        path.write_text(STORY.format(f"pada hari ke-{number}"), encoding="utf-8")
        paths.append(path)
    return paths


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=300), st.sampled_from([" ", "\n", "  \n", "\t"]))
def test_article_id_is_stable_under_whitespace(text: str, space: str) -> None:
    one = RawDocument(source="a", text=text, format="text")
    two = RawDocument(source="b", text=f"{space}{text.replace(' ', space)}{space}", format="text")
    assert article_id(one) == article_id(two)
    assert article_id(one) == article_id(RawDocument(source="c", text=text, format="html"))


def test_article_id_differs_for_different_text() -> None:
    one = RawDocument(source="a", text="Harga beras naik.", format="text")
    two = RawDocument(source="a", text="Harga beras turun.", format="text")
    assert article_id(one) != article_id(two)


def test_analyzing_twice_stores_once(tmp_path: Path) -> None:
    _corpus(tmp_path / "in", 3)
    with open_store(tmp_path / "k.db") as store:  # type: ignore[attr-defined]
        first = kabar.analyze([str(tmp_path / "in")], store)
        second = kabar.analyze([str(tmp_path / "in")], store)
        assert (first.stats.new, second.stats.new, second.stats.known) == (3, 0, 3)
        assert store.count_articles() == 3
        assert {a.id for a in first.articles} == {a.id for a in second.articles}


def test_killed_run_resumes_without_loss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _corpus(tmp_path / "in", 450)
    real = pipeline.process_document
    calls = {"n": 0}

    def dying(raw: RawDocument, *args: Any) -> kabar.Article:
        calls["n"] += 1
        if calls["n"] > 300:
            raise KeyboardInterrupt  # the run is killed mid-way
        return real(raw, *args)

    monkeypatch.setattr(pipeline, "process_document", dying)
    with open_store(tmp_path / "k.db") as store:  # type: ignore[attr-defined]
        with pytest.raises(KeyboardInterrupt):
            kabar.analyze([str(tmp_path / "in")], store)
        saved = store.count_articles()
        assert 0 < saved <= 300  # whole batches survived the kill
    monkeypatch.setattr(pipeline, "process_document", real)
    with open_store(tmp_path / "k.db") as store:  # type: ignore[attr-defined]
        result = kabar.analyze([str(tmp_path / "in")], store)
        assert store.count_articles() == 450
        assert result.stats.known == saved and result.stats.new == 450 - saved
        assert store.unlinked_articles() == []


def test_failing_stage_rejects_one_article_and_names_the_stage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _corpus(tmp_path / "in", 3)

    def broken_quotes(
        body: str, entities: tuple[kabar.Entity, ...] = ()
    ) -> tuple[kabar.Quote, ...]:
        if "ke-1" in body:
            raise ValueError("kaboom")
        return ()

    monkeypatch.setattr(pipeline, "extract_quotes", broken_quotes)
    result = kabar.analyze([str(tmp_path / "in")])
    assert len(result.articles) == 2
    (reject,) = result.rejected
    assert reject.source.endswith("01.txt")
    assert reject.reason == "stage quotes failed: ValueError: kaboom"


def test_packaged_schema_is_the_contract(shared_dir: Path) -> None:
    shared = json.loads((shared_dir / "contract" / "analysis.schema.json").read_text("utf-8"))
    assert contract_schema() == shared


def test_seeds_export_validates(seeds_dir: Path) -> None:
    result = kabar.analyze([str(seeds_dir)])
    document = build_export(result.articles, result.stories, result.rejected)
    validate_export(document)
    assert len(document["articles"]) == 5 and document["rejected"] == []
    broken = dict(document, articles=[dict(document["articles"][0], published="13/9/2023")])
    with pytest.raises(jsonschema.ValidationError):
        validate_export(broken)


def test_exact_copy_under_another_name_is_kept_as_a_duplicate(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "mirror").mkdir(parents=True)
    text = STORY.format("pada Senin (4/3/2024) oleh Wali Kota Lama, Hendra Wijaya")
    (folder / "asli.txt").write_text(text, encoding="utf-8")
    (folder / "mirror" / "salinan.txt").write_text(text, encoding="utf-8")
    with open_store(tmp_path / "k.db") as store:  # type: ignore[attr-defined]
        result = kabar.analyze([str(folder)], store)
        original, copy = result.articles
        assert original.source.endswith("asli.txt") and copy.source.endswith("salinan.txt")
        assert original.id != copy.id and copy.duplicate_of == original.id
        again = kabar.analyze([str(folder / "mirror" / ".." / "asli.txt"), str(folder)], store)
        assert again.stats.new == 0 and store.count_articles() == 2


def test_article_of_only_boilerplate_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "chrome.txt").write_text(
        "Baca juga: Harga Cabai Naik Lagi\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\n",
        encoding="utf-8",
    )
    result = kabar.analyze([str(tmp_path)])
    assert result.articles == ()
    assert [r.reason for r in result.rejected] == ["no story text left after removing boilerplate"]


def test_a_described_story_keeps_the_figures_its_outlets_disagree_on(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for name, houses, outlet in (("one", "300", "KOMPAS.com"), ("two", "250", "Tribunnews.com")):
        (tmp_path / "in" / f"{name}.txt").write_text(
            f"Banjir Rendam Rumah di Palu Barat\n\nPALU, {outlet} - Banjir bandang merendam {houses} rumah "
            "warga di Kecamatan Palu Barat, Senin (4/3/2024). Warga mengungsi ke masjid.\n",
            encoding="utf-8",
        )
    with open_store(tmp_path / "k.db") as store:  # type: ignore[attr-defined]
        result = kabar.analyze([str(tmp_path / "in")], store)
        (story,) = result.stories
        (rumah,) = story.disagreements
        assert (rumah.quantity, rumah.unit) == ("terendam", "rumah")
        assert sorted(v.value for v in rumah.versions) == ["250", "300"]
        assert store.get_story(story.id) == story
    document = build_export(result.articles, result.stories, result.rejected)
    (exported,) = document["stories"][0]["disagreements"]  # an added field of the story
    assert sorted(v["value"] for v in exported["versions"]) == ["250", "300"]


def test_a_run_reads_the_window_of_the_link_state_never_the_whole(tmp_path: Path) -> None:
    _corpus(tmp_path / "in", 2)
    asked: list[list[str]] = []
    with open_store(":memory:") as store:  # type: ignore[attr-defined]
        real = store.link_window

        def link_window(articles: Any, *rest: Any) -> Any:
            asked.append([a.id for a in articles])
            return real(articles, *rest)

        def get_state(*key: str) -> None:
            raise AssertionError("a run read the whole link state")

        store.link_window = link_window
        store.get_state = get_state
        result = kabar.analyze([str(tmp_path / "in")], store)
    assert asked == [[a.id for a in result.articles]]
