"""The compiled schema check agrees with jsonschema on every value, valid or broken."""

from __future__ import annotations

import copy
import io
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from factories import make_article

from kabar.export import article_to_dict, contract_schema, story_to_dict
from kabar.export_writer import export_pieces
from kabar.ingest.schema import INPUT_SCHEMA
from kabar.models import Entity, Quote, Statement, StatementRef, Story, SummarySentence
from kabar.schema_check import compile_schema

# Values put in place of each part of a valid document: every JSON type, edge cases of the
# contract's keywords (empty text, a negative number, a float that is an integer, a boolean
# where a number goes, a date that is no date).
_PROBES: tuple[Any, ...] = (
    None,
    True,
    False,
    0,
    -1,
    3.0,
    2.5,
    "",
    "x",
    "2024-03-05",
    "direct",
    [],
    ["x"],
    [1],
    [None],
    {},
    {"name": "Budi"},
)


def _article() -> dict[str, Any]:
    budi = Entity("Budi Santoso", "PERSON", aliases=("Budi",), count=2)
    quote = Quote("Kami siap.", "Budi Santoso", "direct", 10, 20, groups=("s1",))
    article = make_article(
        "a1",
        published="2024-03-05",
        title="Warga Menanam Pohon",
        authors=("Rina",),
        wire_sources=("Antara",),
        entities=(budi, Entity("Sukamaju", "LOC", count=1)),
        quotes=(quote,),
        story="s-1",
    )
    return article_to_dict(article)


def _story() -> dict[str, Any]:
    story = Story(
        "s-1",
        "Warga Menanam Pohon",
        "2024-03-05",
        ("a1", "a2"),
        summary=(SummarySentence("Warga menanam pohon.", "a1"),),
        entities=(Entity("Budi Santoso", "PERSON", count=3),),
        statements=(Statement("st1", "Budi Santoso", (StatementRef("a1", 0),)),),
    )
    return story_to_dict(story)


def _mutations(value: Any) -> Iterator[Any]:
    """Yield copies of ``value`` with one part replaced by each probe, or one key dropped."""
    yield value
    yield from _PROBES
    if isinstance(value, dict):
        for key in value:
            dropped = {k: v for k, v in value.items() if k != key}
            yield dropped
            for changed in _mutations(value[key]):
                yield {**value, key: changed}
    elif isinstance(value, list):
        for index, item in enumerate(value):
            for changed in _mutations(item):
                yield [*value[:index], changed, *value[index + 1 :]]


def _agree(schema: dict[str, Any], document: Any) -> tuple[int, int]:
    fast = compile_schema(schema)
    assert fast is not None
    validator = jsonschema.validators.validator_for(schema)(schema)
    checked = refused = 0
    for mutated in _mutations(copy.deepcopy(document)):
        expected = validator.is_valid(mutated)
        assert fast(mutated) is expected, mutated
        checked += 1
        refused += not expected
    return checked, refused


@pytest.mark.parametrize("part", ["article", "story"])
def test_contract_parts_agree_with_jsonschema(part: str) -> None:
    schema = contract_schema()
    item = {"$ref": f"#/$defs/{part}", "$defs": schema["$defs"]}
    checked, refused = _agree(item, _article() if part == "article" else _story())
    # The probes must break the document in many ways, or the agreement says little.
    assert checked > 500 and refused > checked // 4


def test_whole_contract_agrees_with_jsonschema() -> None:
    # The parts are probed above; here the document's own keys and lists.
    document = {
        "schema": "kabar.analysis/1",
        "generated": "2024-03-05T10:00:00Z",
        "articles": [{"id": "a1"}],
        "stories": [],
        "rejected": [{"source": "b.txt", "reason": "kosong"}],
    }
    checked, refused = _agree(contract_schema(), document)
    assert checked > 100 and refused > checked // 4


def test_input_schema_agrees_with_jsonschema() -> None:
    record = {
        "title": "Warga Menanam Pohon",
        "author": {"name": "Rina"},
        "authors": ["Rina", {"name": "Dodi", "title": None}],
        "published": 1709600000,
        "paragraphs": ["Satu.", [["Dua", "kata", 3], "Tiga."]],
        "url": "https://contoh.id/a",
        "extra": {"anything": [1, 2]},
    }
    checked, refused = _agree(INPUT_SCHEMA, record)
    assert checked > 300 and refused > checked // 10


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "object", "additionalProperties": False},
        {"type": "string", "format": "date"},
        {"enum": [1, 2]},
        {"$ref": "https://example.org/other.json"},
        {"items": [{"type": "string"}]},
    ],
)
def test_keywords_not_compiled_give_none(schema: dict[str, Any]) -> None:
    # The caller then validates with jsonschema: nothing is checked less.
    assert compile_schema(schema) is None


def test_a_recursive_definition_compiles() -> None:
    schema = {
        "$ref": "#/$defs/node",
        "$defs": {
            "node": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "kids": {"items": {"$ref": "#/$defs/node"}}},
            }
        },
    }
    fast = compile_schema(schema)
    assert fast is not None
    assert fast({"name": "a", "kids": [{"name": "b", "kids": [{"name": "c"}]}]})
    assert not fast({"name": "a", "kids": [{"name": "b", "kids": [{"nama": "c"}]}]})


def test_export_refuses_a_broken_article_with_the_validators_message() -> None:
    broken = make_article("a1", published="5 Maret 2024")
    out = io.StringIO()
    with pytest.raises(jsonschema.ValidationError) as raised:
        for piece in export_pieces([broken], [], []):
            out.write(piece)
    assert "does not match" in raised.value.message and "5 Maret 2024" in raised.value.message
