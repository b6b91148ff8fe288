"""The command line: every command has help, exit codes, summary line, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kabar.cli import main
from kabar.export import validate_export

COMMANDS = ["analyze", "export", "articles", "show", "stories"]
ARTICLE = (
    "Pasar Murah Digelar di Alun-Alun\n\n"
    "BANDUNG - Pemkot menggelar pasar murah, Sabtu (6/7/2024).\n"
)


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]])
def test_every_command_has_help(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    if command:
        assert main.commands[command[0]].help  # type: ignore[attr-defined]


def test_analyze_export_articles_show(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db, out = tmp_path / "k.db", tmp_path / "out.json"
    runner = CliRunner()
    result = runner.invoke(
        main, ["analyze", str(tmp_path / "in"), "--db", str(db), "--json", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "1 articles read (1 new, 0 already stored), 0 rejected" in result.output
    document = json.loads(out.read_text("utf-8"))
    validate_export(document)
    (article,) = document["articles"]
    listing = runner.invoke(main, ["articles", "--db", str(db)])
    assert listing.exit_code == 0 and article["id"] in listing.output
    shown = runner.invoke(main, ["show", article["id"], "--db", str(db), "--json"])
    assert json.loads(shown.output)["body"] == article["body"]
    exported = runner.invoke(main, ["export", "--json", "-", "--db", str(db)])
    assert json.loads(exported.output)["articles"][0]["id"] == article["id"]


def test_rejected_input_exits_1_with_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kabar",
            "analyze",
            str(tmp_path),
            "--db",
            str(tmp_path / "k.db"),
            "-q",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert f"kabar: {tmp_path / 'empty.txt'}: empty file\n" in result.stderr
    assert "1 articles read (1 new, 0 already stored), 1 rejected" in result.stderr


def test_stdin_is_read(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kabar",
            "analyze",
            "-",
            "--db",
            str(tmp_path / "k.db"),
            "--json",
            "-",
        ],
        input=ARTICLE,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    assert article["source"] == "-" and "pasar murah" in article["body"]


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["analyze"]).exit_code == 2
    assert runner.invoke(main, ["analyze", "x", "--engine", "spark"]).exit_code == 2
    missing = runner.invoke(main, ["articles", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no store at" in missing.output
    (tmp_path / "junk.db").write_bytes(b"not a database" * 100)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    junk = runner.invoke(
        main, ["analyze", str(tmp_path / "a.txt"), "--db", str(tmp_path / "junk.db")]
    )
    assert junk.exit_code == 2 and "cannot open store" in junk.output


@pytest.mark.parametrize("args", [None, ["--help"], ["analyze", "--help"], ["serve", "--help"]])
def test_cli_and_help_load_no_stage_or_heavy_library(args: list[str] | None) -> None:
    run = "" if args is None else f"\ntry:\n    main({args!r})\nexcept SystemExit:\n    pass"
    code = (
        f"import json, sys\nfrom kabar.cli import main{run}\n"
        "names = ('trafilatura', 'pycrfsuite', 'dask', 'sklearn', 'scipy', 'fastapi',"
        " 'kabar.entities', 'kabar.quotes', 'kabar.clean', 'kabar.meta', 'kabar.pipeline')\n"
        "print(json.dumps([m for m in names if m in sys.modules]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_articles_by_story_and_limit(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    other = (
        "Gempa Guncang Sigi\n\nSIGI - Gempa bermagnitudo 5,2 mengguncang Sigi, Senin (8/7/2024).\n"
    )
    (tmp_path / "in" / "b.txt").write_text(other, encoding="utf-8")
    db = str(tmp_path / "k.db")
    runner = CliRunner()
    assert runner.invoke(main, ["analyze", str(tmp_path / "in"), "--db", db, "-q"]).exit_code == 0
    every = runner.invoke(main, ["articles", "--db", db]).output.splitlines()
    assert len(every) == 2
    assert runner.invoke(main, ["articles", "--db", db, "--limit", "1"]).output.splitlines() == [
        every[0]
    ]
    stories = runner.invoke(main, ["stories", "--db", db]).output.splitlines()
    assert len(stories) == 2
    for line in stories:
        story = line.split()[0]
        (shown,) = runner.invoke(
            main, ["articles", "--db", db, "--story", story]
        ).output.splitlines()
        assert shown in every
    assert runner.invoke(main, ["articles", "--db", db, "--story", "none"]).output == ""


def test_serve_checks_store_and_settings_before_starting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    started: list[object] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **_: started.append(app))
    runner = CliRunner()
    db = str(tmp_path / "k.db")
    assert runner.invoke(main, ["serve", "--db", db]).exit_code == 2  # no store yet
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert runner.invoke(main, ["analyze", str(tmp_path / "a.txt"), "--db", db]).exit_code == 0
    (tmp_path / "bad.toml").write_text("[stories]\nthreshold = 9\n", encoding="utf-8")
    bad = runner.invoke(main, ["serve", "--db", db, "--config", str(tmp_path / "bad.toml")])
    assert bad.exit_code == 2 and "stories.threshold" in bad.output and not started
    assert runner.invoke(main, ["serve", "--db", db]).exit_code == 0
    assert len(started) == 1


@pytest.mark.parametrize(("given", "lowered"), [([], 10), (["--nice", "3"], 3), (["--nice", "0"], 0)])
def test_analyze_lowers_its_priority_by_nice(
    tmp_path: Path, given: list[str], lowered: int
) -> None:
    # In a child process: lowering a priority cannot be undone, and this one runs the tests.
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    script = (
        "import os, sys\n"
        "from click.testing import CliRunner\n"
        "from kabar.cli import main\n"
        "before = os.nice(0)\n"
        f"result = CliRunner().invoke(main, ['analyze', {str(tmp_path / 'a.txt')!r}, "
        f"'--db', {str(tmp_path / 'k.db')!r}, '-q', *{given!r}])\n"
        "print(result.exit_code, before, os.nice(0))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True
    )
    code, before, after = map(int, done.stdout.split())
    assert code == 0 and after == min(before + lowered, 19)  # 19 is the lowest priority
    listed = CliRunner().invoke(main, ["articles", "--db", str(tmp_path / "k.db")])
    assert "Pasar Murah Digelar di Alun-Alun" in listed.output


@pytest.mark.parametrize("value", ["-1", "20", "x"])
def test_analyze_refuses_a_niceness_outside_0_to_19(tmp_path: Path, value: str) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["analyze", str(tmp_path / "a.txt"), "--db", str(tmp_path / "k.db"), "--nice", value]
    )
    assert result.exit_code == 2
    assert not (tmp_path / "k.db").exists()
