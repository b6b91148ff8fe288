"""The compiled-copy builder: which modules it compiles and how it tells a stale build."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from build_compiled import compiled_modules, source_digests, stale_files


def _package(root: Path) -> Path:
    package = root / "kabar"
    for name in ("__init__.py", "models.py", "text.py", "quotes/__init__.py", "quotes/marks.py",
                 "stories/linking.py", "entities/crf.py"):
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"# {name}\n", encoding="utf-8")
    return package


def test_compiles_the_stage_modules_only(tmp_path: Path) -> None:
    """Stage rule modules and kabar.text; not the package inits, the models or other stages."""
    names = [str(p) for p in compiled_modules(_package(tmp_path))]
    assert names == ["kabar/entities/crf.py", "kabar/quotes/marks.py", "kabar/text.py"]


def test_an_edited_added_or_removed_source_makes_the_build_stale(tmp_path: Path) -> None:
    """A build is current only while every source has the digest it was built from."""
    package = _package(tmp_path)
    recorded = source_digests(package)
    assert stale_files(recorded, source_digests(package)) == []
    (package / "quotes" / "marks.py").write_text("# edited\n", encoding="utf-8")
    (package / "quotes" / "new.py").write_text("# new\n", encoding="utf-8")
    (package / "models.py").unlink()
    assert stale_files(recorded, source_digests(package)) == [
        "kabar/models.py", "kabar/quotes/marks.py", "kabar/quotes/new.py",
    ]
