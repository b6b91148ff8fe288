"""Runs on one store: a second run waits for the first, and a store whose links broke is repaired.

The race is hit deterministically: the first run is the CLI with ``kabar.stories.link`` wrapped
to announce that linking started and to hold there until the test lets it go, and the second
run starts inside that window.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kabar.store import SQLiteStore

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"
A_FILES = [
    "antara-banjir-palu.txt",
    "kompastv-banjir-palu.txt",
    "antara-brpn-padi.txt",
    "kompas-brpn-padi.txt.gz",
]
SMALL_FILES = ["detik-banjir-palu.html", "liputan6-harga-cabai.txt"]

# The first run, held at the start of linking until the file "go" appears.
PAUSED_RUN = """
import sys, time
from pathlib import Path
import kabar.link_run as link_run

signals = Path(sys.argv.pop(1))
real_link = link_run.link_features

def paused_link(*args, **kwargs):
    (signals / "linking").touch()
    deadline = time.monotonic() + 120
    while not (signals / "go").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return real_link(*args, **kwargs)

link_run.link_features = paused_link
from kabar.cli import main
main()
"""


def folder(tmp_path: Path, name: str, files: list[str]) -> Path:
    target = tmp_path / name
    target.mkdir()
    for file in files:
        shutil.copy(CORPUS / file, target / file)
    return target


def kabar(*args: str) -> list[str]:
    return [sys.executable, "-m", "kabar", *args]


def env() -> dict[str, str]:
    source = str(Path(__file__).resolve().parents[1] / "src")
    return {**os.environ, "PYTHONPATH": source + os.pathsep + os.environ.get("PYTHONPATH", "")}


def wait_for(path: Path, process: subprocess.Popen[str], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, f"{path.name} never appeared"
        time.sleep(0.05)


def assert_every_article_linked(db: Path, expected: int) -> None:
    with SQLiteStore(db) as store:
        articles = list(store.iter_articles())
        state = store.get_state()
        story_ids = {s.id for s in store.iter_stories()}
        assert store.broken_links() == 0
    assert len(articles) == expected
    assert all(a.story for a in articles), [a.id for a in articles if not a.story]
    assert {a.story for a in articles} == story_ids
    assert state is not None and set(state.ids) == {a.id for a in articles}


@pytest.mark.parametrize("second_files", ["other", "same"])
def test_second_run_waits_for_the_first_and_every_article_keeps_its_story(
    tmp_path: Path, second_files: str
) -> None:
    first_in = folder(tmp_path, "A", A_FILES)
    # The same inputs a second time: the waiting run finds them stored and does no work.
    second_in = first_in if second_files == "same" else folder(tmp_path, "small", SMALL_FILES)
    db, signals = tmp_path / "r.db", tmp_path / "signals"
    signals.mkdir()
    script = tmp_path / "paused_run.py"
    script.write_text(PAUSED_RUN, encoding="utf-8")
    command = [sys.executable, str(script), str(signals), "analyze", str(first_in)]
    first = subprocess.Popen(
        [*command, "--db", str(db), "-q"], stderr=subprocess.PIPE, text=True, env=env()
    )
    second: subprocess.Popen[str] | None = None
    try:
        wait_for(signals / "linking", first)  # A's rows are stored, A is linking
        second = subprocess.Popen(
            kabar("analyze", str(second_in), "--db", str(db), "-q"),
            stderr=subprocess.PIPE,
            text=True,
            env=env(),
        )
        assert second.stderr is not None
        line = second.stderr.readline()
        assert line == f"kabar: {db} is in use by another run (pid {first.pid}); waiting…\n"
        (signals / "go").touch()
        _, first_err = first.communicate(timeout=300)
        _, second_err = second.communicate(timeout=300)
    finally:
        (signals / "go").touch()
        for process in (first, second):
            if process is not None and process.poll() is None:
                process.kill()
    assert first.returncode == 0, first_err
    assert second.returncode == 0, second_err
    assert "4 articles read (4 new" in first_err
    if second_files == "same":
        assert "4 articles read (0 new, 4 already stored)" in second_err
        assert_every_article_linked(db, expected=4)
    else:
        assert "2 articles read (2 new" in second_err
        assert_every_article_linked(db, expected=6)


def test_reading_commands_do_not_wait_for_the_lock(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    subprocess.run(
        kabar("analyze", str(folder(tmp_path, "small", SMALL_FILES)), "--db", str(db), "-q"),
        check=True,
        capture_output=True,
        env=env(),
    )
    from kabar.store.lock import RunLock

    with RunLock(db):
        listed = subprocess.run(
            kabar("articles", "--db", str(db)),
            capture_output=True,
            text=True,
            env=env(),
            timeout=60,
        )
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 2
    assert "waiting" not in listed.stderr


def break_links(db: Path) -> int:
    """Leave the state concurrent runs left: articles linked, with no story or original."""
    with sqlite3.connect(db) as connection:
        changed = connection.execute(
            "UPDATE articles SET story = NULL, duplicate_of = NULL WHERE rowid % 2 = 0"
        ).rowcount
    return int(changed)


def stories_of(db: Path) -> list[tuple[str, ...]]:
    with SQLiteStore(db) as store:
        return sorted(tuple(sorted(s.articles)) for s in store.iter_stories())


@pytest.fixture(scope="module")
def linked_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of six articles linked by one clean run."""
    tmp_path = tmp_path_factory.mktemp("clean")
    db = tmp_path / "clean.db"
    inputs = folder(tmp_path, "in", A_FILES + SMALL_FILES)
    done = subprocess.run(
        kabar("analyze", str(inputs), "--db", str(db), "-q"), capture_output=True, env=env()
    )
    assert done.returncode == 0, done.stderr
    return db


@pytest.mark.parametrize("command", ["repair", "analyze"])
def test_broken_links_are_repaired(linked_store: Path, tmp_path: Path, command: str) -> None:
    db = tmp_path / "r.db"
    shutil.copy(linked_store, db)
    broken = break_links(db)
    assert broken >= 2
    with SQLiteStore(db) as store:
        assert store.broken_links() == broken
    # "analyze" with nothing new to read still finds the broken rows and links them again.
    args = ["repair"] if command == "repair" else ["analyze", str(folder(tmp_path, "new", []))]
    done = subprocess.run(kabar(*args, "--db", str(db)), capture_output=True, text=True, env=env())
    if command == "repair":
        assert done.returncode == 0, done.stderr
    else:  # an empty input folder is said, and is a reject (exit 1): the relinking still runs
        assert done.returncode == 1 and "no files to read in this folder" in done.stderr
    if command == "repair":
        assert f"{broken} articles were linked with no story; all 6 linked again" in done.stderr
    assert_every_article_linked(db, expected=6)
    assert stories_of(db) == stories_of(linked_store)


def test_repair_on_a_sound_store_changes_nothing(linked_store: Path, tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    shutil.copy(linked_store, db)
    done = subprocess.run(
        kabar("repair", "--db", str(db)), capture_output=True, text=True, env=env()
    )
    assert done.returncode == 0 and "nothing to repair" in done.stderr
    assert stories_of(db) == stories_of(linked_store)
