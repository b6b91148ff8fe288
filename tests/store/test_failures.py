"""Store and output failures: one line naming the file and the cause, exit 2, the store consistent.

A full disk (SQLite's page limit stands in for it), an export path that cannot be written,
damaged pages, a dropped table, a row whose JSON no longer parses and a link state holding
pickled objects.
"""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner, Result
from factories import make_article

from kabar.cli import main
from kabar.errors import StoreError
from kabar.store import SQLiteStore
from kabar.store.schema import MIGRATIONS, _link_state_to_tables

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
FILES = ["antara-banjir-palu.txt", "kompastv-banjir-palu.txt", "liputan6-harga-cabai.txt"]


def inputs(tmp_path: Path, files: list[str] = FILES, name: str = "in") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for file in files:
        shutil.copy(CORPUS / file, folder / file)
    return folder


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def one_error_line(result: Result) -> str:
    """Return the single line a failing command printed, checking exit 2 and no traceback."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "Traceback" not in result.output
    return lines[0]


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of three linked articles."""
    tmp_path = tmp_path_factory.mktemp("analysed")
    db = tmp_path / "k.db"
    result = run("analyze", str(inputs(tmp_path)), "--db", str(db), "-q")
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture
def db(analysed: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "k.db"
    shutil.copy(analysed, copy)
    return copy


def page_limit(store: SQLiteStore, spare_pages: int) -> None:
    """Let the database grow by only a few pages, as a nearly full disk would."""
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def test_full_disk_is_the_reported_cause_and_nothing_is_half_written(tmp_path: Path) -> None:
    path = tmp_path / "full.db"
    with SQLiteStore(path) as store:
        store.put_articles([make_article("a0")])
        page_limit(store, spare_pages=2)
        big = [make_article(f"a{i}", body="Banjir merendam rumah. " * 2000) for i in range(1, 9)]
        with pytest.raises(StoreError) as raised:
            store.put_articles(big)
        assert str(raised.value) == f"{path}: database or disk is full"
        assert not store._db.in_transaction
        assert [a.id for a in store.iter_articles()] == ["a0"]
        store._db.execute("PRAGMA max_page_count = 1073741823")
        store.put_articles(big)  # the store is still usable once there is room
        assert store.count_articles() == 9


def test_full_disk_during_a_run_is_one_line_and_the_next_run_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, folder = tmp_path / "full.db", inputs(tmp_path)
    opened = SQLiteStore.__init__

    def nearly_full(self: SQLiteStore, where: str | Path) -> None:
        opened(self, where)
        # room for the articles (16 pages), not for the link state (18 pages fit it since the
        # two Palu flood reports are one story)
        page_limit(self, spare_pages=17)

    monkeypatch.setattr(SQLiteStore, "__init__", nearly_full)
    line = one_error_line(run("analyze", str(folder), "--db", str(path), "-q"))
    assert line == f"kabar: {path}: database or disk is full"
    monkeypatch.undo()
    with SQLiteStore(path) as store:
        assert store.broken_links() == 0  # stored articles wait, unlinked, for the next run
        stored = store.count_articles()
        assert stored == 3  # the link state is what did not fit
    assert run("analyze", str(folder), "--db", str(path), "-q").exit_code == 0
    with SQLiteStore(path) as store:
        assert store.count_articles() == 3 >= stored
        assert all(a.story for a in store.iter_articles())


def test_json_into_a_missing_folder_fails_before_the_run(tmp_path: Path) -> None:
    path, out = tmp_path / "k.db", tmp_path / "missing" / "out.json"
    line = one_error_line(
        run("analyze", str(inputs(tmp_path)), "--db", str(path), "--json", str(out))
    )
    assert line == f"kabar: {out}: cannot write the export: No such file or directory"
    assert not path.exists()  # nothing was analysed or stored
    assert one_error_line(run("export", "--db", str(path), "--json", str(out))) == line


def test_json_into_a_full_device_is_one_line_and_the_store_is_whole(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    path = tmp_path / "k.db"
    result = run("analyze", str(inputs(tmp_path)), "--db", str(path), "-q", "--json", "/dev/full")
    line = one_error_line(result)
    assert line == "kabar: /dev/full: cannot write the export: No space left on device"
    with SQLiteStore(path) as store:
        assert store.count_articles() == 3
        assert all(a.story for a in store.iter_articles())


def test_a_missing_export_file_is_not_left_behind_by_the_check(
    analysed: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.json"
    assert run("export", "--db", str(analysed), "--json", str(out)).exit_code == 0
    assert out.stat().st_size > 0


def test_damaged_pages(db: Path) -> None:
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 3 * page
    data[2 * page :] = b"\xde\xad\xbe\xef" * ((len(data) - 2 * page) // 4)
    db.write_bytes(bytes(data))
    for command in (["articles"], ["stories"], ["export", "--json", "-"]):
        line = one_error_line(run(*command, "--db", str(db)))
        assert line.startswith(f"kabar: {db}: ")
        assert "malformed" in line or "not a database" in line


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    path.write_bytes(b"garbage, not SQLite\n" * 500)
    line = one_error_line(run("articles", "--db", str(path)))
    assert line == f"kabar: {path}: cannot open store: file is not a database"


def test_a_dropped_table(db: Path) -> None:
    with sqlite3.connect(db) as connection:
        connection.execute("DROP TABLE stories")
    line = one_error_line(run("stories", "--db", str(db)))
    assert line == f"kabar: {db}: the store is damaged: table 'stories' is missing"
    assert one_error_line(run("analyze", str(CORPUS / FILES[0]), "--db", str(db))) == line


def test_a_row_with_broken_json(db: Path) -> None:
    with sqlite3.connect(db) as connection:
        connection.execute(
            'UPDATE articles SET data = \'{"id": "x", \' WHERE rowid = (SELECT MIN(rowid) FROM articles)'
        )
    for command in (["articles"], ["export", "--json", "-"]):
        line = one_error_line(run(*command, "--db", str(db)))
        assert line.startswith(f"kabar: {db}: a stored row cannot be read (JSONDecodeError: ")


def test_a_row_of_the_wrong_shape(db: Path) -> None:
    with sqlite3.connect(db) as connection:
        connection.execute(
            'UPDATE articles SET data = \'{"id": "x"}\' WHERE rowid = (SELECT MIN(rowid) FROM articles)'
        )
    line = one_error_line(run("articles", "--db", str(db)))
    assert line == f"kabar: {db}: a stored row cannot be read (KeyError: 'source')"


def test_a_link_state_holding_pickled_objects(db: Path, tmp_path: Path) -> None:
    # a store from before the link tables keeps its state as one blob, moved when it opens
    blob = io.BytesIO()
    np.savez(blob, text=np.array([{"exec": "os.system"}], dtype=object), allow_pickle=True)
    with sqlite3.connect(db) as connection:
        connection.execute("INSERT INTO state (key, value) VALUES ('link', ?)", (blob.getvalue(),))
        connection.execute(f"PRAGMA user_version = {MIGRATIONS.index(_link_state_to_tables)}")
    new = inputs(tmp_path, ["detik-banjir-palu.html"], name="new")
    line = one_error_line(run("analyze", str(new), "--db", str(db), "-q"))
    assert line.startswith(f"kabar: {db}: the saved link state cannot be read: ")
    assert "allow_pickle=False" in line
    with sqlite3.connect(db) as connection:  # nothing was half moved
        assert connection.execute("PRAGMA user_version").fetchone()[0] == MIGRATIONS.index(
            _link_state_to_tables
        )
        assert connection.execute("SELECT COUNT(*) FROM state").fetchone()[0] == 1
