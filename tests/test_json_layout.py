"""The fast indented JSON text is byte for byte the standard library's."""

from __future__ import annotations

import json
from collections import OrderedDict
from enum import IntEnum
from typing import Any

import pytest

from kabar.json_layout import dumps_indented


class Level(IntEnum):
    HIGH = 2


VALUES: list[Any] = [
    {},
    [],
    (),
    "",
    None,
    True,
    False,
    0,
    -17,
    10**30,
    0.1,
    -2.5e-12,
    1e300,
    float("nan"),
    float("inf"),
    float("-inf"),
    "kata \"dia\"\n\ttab \\ \u0001 ñ 日本 \u2028",
    {"a": [], "b": {}, "c": [1, [2, [3, {}]]], "d": {"e": None, "f": (True, False)}},
    {"judul": "Wali Kota", "skor": [0.5, 1.0, 2], "kosong": "", "é": {"x": [{"y": "z"}]}},
    {1: "one", 2.5: "two", None: "n", False: "f"},  # keys the standard library converts
    OrderedDict([("b", 1), ("a", 2)]),
    [Level.HIGH, {"level": Level.HIGH}],
]


@pytest.mark.parametrize("value", VALUES)
def test_text_equals_the_standard_library(value: Any) -> None:
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("value", VALUES)
def test_nested_text_is_the_standard_library_indented_further(value: Any) -> None:
    whole = json.dumps(value, ensure_ascii=False, indent=2)
    assert dumps_indented(value, "    ") == whole.replace("\n", "\n    ")


def test_an_unknown_type_is_refused_as_the_standard_library_refuses_it() -> None:
    with pytest.raises(TypeError):
        dumps_indented({"when": object()})
