"""Reading a crfsuite model's weights from its text dump, by splitting lines.

python-crfsuite's ``Tagger.info()`` parses the same dump with four regular expressions per
line (~140k lines for the shipped model: about a second of every process's start). The dump's
weight lines have one fixed shape, ``(k) ATTRIBUTE --> LABEL: WEIGHT``, so splitting them at
their last ``: `` and then their last `` --> `` gives the same attributes, labels and weights in
the same order (``tests/entities/test_crf_dump.py`` compares the two on the shipped model).
"""

from __future__ import annotations

import os
import tempfile
from typing import Any

# The sections of the dump whose lines are weights, by their opening line.
_STATE = "STATE_FEATURES = {"
_TRANSITIONS = "TRANSITIONS = {"


def read_weights(
    tagger: Any,
) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], float]]:
    """Return an opened tagger's state weights ``{(attribute, label): weight}`` and transition
    weights ``{(from, to): weight}``, in the order of its dump."""
    handle, name = tempfile.mkstemp()
    try:
        tagger.dump(name)
        with open(name, "rb") as dump:
            lines = dump.read().decode("utf8").split("\n")
    finally:
        os.close(handle)
        os.unlink(name)
    state: dict[tuple[str, str], float] = {}
    transitions: dict[tuple[str, str], float] = {}
    section: dict[tuple[str, str], float] | None = None
    for raw in lines:
        line = raw.lstrip().rstrip("\r")
        if not line:
            continue
        if line == _STATE:
            section = state
        elif line == _TRANSITIONS:
            section = transitions
        elif line == "}" or line.endswith(" = {"):
            section = None
        elif section is not None:
            pair, _, weight = line.partition(") ")[2].rpartition(": ")
            source, _, target = pair.rpartition(" --> ")
            section[(source, target)] = float(weight)
    return state, transitions
