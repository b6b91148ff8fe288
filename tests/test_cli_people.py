"""The people commands: list the registry, show a person with merges, undo a merge."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from factories import make_article

from kabar.cli import main
from kabar.models import Entity, Mention
from kabar.store import open_store


def _person(name: str, *aliases: str) -> Entity:
    return Entity(name, "PERSON", aliases, 1, (Mention(name, 0, len(name), "PERSON"),))


def test_people_person_and_unmerge(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    with open_store(db) as store:  # type: ignore[attr-defined]
        store.put_articles(
            [
                make_article("a1", "Tito Karnavian hadir.", entities=(_person("Tito Karnavian"),)),
                make_article(
                    "a2",
                    "Muhammad Tito Karnavian hadir.",
                    entities=(_person("Muhammad Tito Karnavian", "Tito Karnavian"),),
                ),
            ]
        )
    runner = CliRunner()
    listed = runner.invoke(main, ["people", "tito", "--db", db])
    assert listed.exit_code == 0, listed.output
    assert listed.output.count("\n") == 1 and "tito-karnavian" in listed.output
    shown = runner.invoke(main, ["person", "tito-karnavian", "--db", db])
    assert "Muhammad Tito Karnavian" in shown.output and "merge 1" in shown.output
    undone = runner.invoke(main, ["unmerge", "1", "--db", db])
    assert undone.exit_code == 0 and "1 articles updated" in undone.output
    listed = runner.invoke(main, ["people", "tito", "--db", db])
    assert listed.output.count("\n") == 2
    again = runner.invoke(main, ["unmerge", "1", "--db", db])
    assert again.exit_code != 0 and "undone already" in again.output
    rebuilt = runner.invoke(main, ["people", "--rebuild", "--db", db])
    assert rebuilt.exit_code == 0 and rebuilt.output.count("\n") == 2  # the split stays
