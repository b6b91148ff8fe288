"""Entities, recognition: the tagger is loaded on first use only."""

from __future__ import annotations

import subprocess
import sys


def test_import_does_not_load_the_model() -> None:
    """Importing kabar and its entities package leaves the CRF unopened."""
    code = (
        "import sys, kabar, kabar.entities, kabar.pipeline, kabar.cli\n"
        "assert 'pycrfsuite' not in sys.modules, 'model loaded at import'\n"
        "assert 'kabar.entities.ner' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
