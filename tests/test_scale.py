"""Running at scale: any number of jobs gives the same output, results and exports stream
from the store, and a very long body is read in parts with offsets into the whole body."""

from __future__ import annotations

import itertools
import json
import threading
from pathlib import Path

import pytest

import kabar.api as api
from kabar import pipeline
from kabar.models import RawDocument
from kabar.parts import cut, extract_quotes_in_parts, find_entities_in_parts

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "corpus"

PARAGRAPH = (
    "Pemerintah Kabupaten Sukamaju menyalurkan bantuan kepada {n} keluarga pada Senin. "
    '"Kami ingin bantuan tahap {n} sampai tepat waktu," kata Bupati Sukamaju Budi Santoso. '
    "Menurut Budi, warga diminta mendaftar di kantor kelurahan."
)


def _without_stamp(text: str) -> str:
    document = json.loads(text)
    document.pop("generated")
    return json.dumps(document, ensure_ascii=False, sort_keys=True)


def _run(tmp_path: Path, name: str, jobs: int) -> tuple[str, str]:
    """Analyse the examples corpus with ``jobs`` processes; return its run and store exports."""
    run_json, store_json = tmp_path / f"{name}-run.json", tmp_path / f"{name}-store.json"
    with api.open_store(tmp_path / f"{name}.db") as store:
        result = api.analyze([str(EXAMPLES)], store, jobs=jobs, hold=False)
        api.write_run_json(result, store, run_json)
        api.write_store_json(store, store_json)
        held = api.export_run(result.holding(), store)
        assert _without_stamp(run_json.read_text("utf-8")) == _without_stamp(
            json.dumps(held, ensure_ascii=False)
        )
    return run_json.read_text("utf-8"), store_json.read_text("utf-8")


def test_two_jobs_give_the_output_of_one_and_the_export_streams_byte_for_byte(
    tmp_path: Path,
) -> None:
    one_run, one_store = _run(tmp_path, "one", 1)
    two_run, two_store = _run(tmp_path, "two", 2)
    assert _without_stamp(one_run) == _without_stamp(two_run)
    assert _without_stamp(one_store) == _without_stamp(two_store)
    # The streamed file has the whole document's layout (what json.dumps(indent=2) writes).
    document = json.loads(two_store)
    assert json.loads(one_store)["articles"]
    assert two_store == json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def test_a_process_with_another_thread_running_is_not_forked() -> None:
    from kabar import local_engine

    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not local_engine._can_fork()
    finally:
        release.set()
        other.join()


def test_a_result_not_held_reads_its_articles_from_the_store(tmp_path: Path) -> None:
    with api.open_store(tmp_path / "lazy.db") as store:
        lazy = api.analyze([str(EXAMPLES)], store, hold=False)
        assert lazy.held is None
        held = lazy.holding()
        assert [a.id for a in lazy.articles] == [a.id for a in held.articles]
        assert {s.id for s in lazy.stories} == {s.id for s in held.stories}
        assert len(lazy.article_ids) >= len(held.articles) > 0
    eager = pipeline.analyze([str(EXAMPLES)])  # its own store, closed: the result holds
    assert eager.held is not None and len(eager.articles) == len(held.articles)


def test_a_long_body_is_cut_at_paragraph_breaks_into_bounded_parts() -> None:
    body = "\n\n".join(PARAGRAPH.format(n=n) for n in range(60))
    parts = cut(body, 2_000)
    assert parts[0][0] == 0 and parts[-1][1] == len(body)
    assert all(end - start <= 2_000 for start, end in parts)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(parts))
    assert all(body[end - 1] == "\n" for _, end in parts[:-1])
    one_word = "a" * 5_000
    assert [end - start for start, end in cut(one_word, 2_000)] == [2_000, 2_000, 1_000]


def test_entities_and_quotes_read_in_parts_index_the_whole_body() -> None:
    from kabar.entities import find_entities
    from kabar.quotes import extract_quotes

    body = "\n\n".join(PARAGRAPH.format(n=n) for n in range(40))
    entities, parts = find_entities_in_parts(body, find_entities, size=3_000)
    assert len(parts) > 3
    quotes = extract_quotes_in_parts(body, parts, extract_quotes)
    budi = next(e for e in entities if e.name == "Budi Santoso")
    assert budi.count == sum(
        e.count for _, _, found in parts for e in found if e.name == "Budi Santoso"
    )
    assert len({(e.name, e.type) for e in entities}) == len(entities)  # merged across parts
    assert all(body[m.start : m.end] == m.text for e in entities for m in e.mentions)
    assert len(quotes) >= 40
    assert all(body[q.start : q.end] == q.text for q in quotes)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    assert sum(q.speaker == "Budi Santoso" for q in quotes) >= 40


def test_an_article_read_in_parts_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "PART_CHARS", 3_000)
    body = "\n\n".join(PARAGRAPH.format(n=n) for n in range(30))
    notes: list = []
    article = pipeline.process_document(
        RawDocument(source="panjang.txt", text=body, format="text", title="Bantuan"),
        notes=notes,
    )
    assert any("read in parts" in note.message for note in notes)
    assert all(article.body[q.start : q.end] == q.text for q in article.quotes)
