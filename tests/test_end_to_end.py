"""The whole pipeline on the five real seed articles: stories, statements, the contract.

The examples' quality floors are a gate: tests/gates/test_examples_gate.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import kabar
from kabar.export import build_export, validate_export

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

@pytest.fixture(scope="module")
def seeds_result() -> kabar.AnalysisResult:
    if not SEEDS.is_dir():  # module-scoped, so it cannot use the seeds_dir fixture
        pytest.fail(f"../shared/seeds is missing at {SEEDS}")
    return kabar.analyze([str(SEEDS)])


def _by_seed(result: kabar.AnalysisResult) -> dict[str, kabar.Article]:
    return {Path(a.source).name[:3]: a for a in result.articles}


def test_seeds_form_the_two_summits(seeds_result: kabar.AnalysisResult) -> None:
    articles = _by_seed(seeds_result)
    groups = {
        frozenset(k for k, a in articles.items() if a.story == s.id) for s in seeds_result.stories
    }
    assert groups == {frozenset({"000", "001", "003", "004"}), frozenset({"002"})}
    dates = {s.date[:7] for s in seeds_result.stories if s.date}
    assert dates == {"2023-09", "2024-06"}
    assert all(a.duplicate_of is None for a in articles.values())
    validate_export(build_export(seeds_result.articles, seeds_result.stories, ()))


def test_seed_statement_is_linked_across_outlets(seeds_result: kabar.AnalysisResult) -> None:
    articles = _by_seed(seeds_result)
    by_id = {a.id: k for k, a in articles.items()}
    summit = next(s for s in seeds_result.stories if len(s.articles) == 4)
    linked = {}
    for statement in summit.statements:
        texts = [articles[by_id[r.article]].quotes[r.index].text for r in statement.quotes]
        linked[statement.speaker, frozenset(by_id[r.article] for r in statement.quotes)] = texts
    # "Itulah sebabnya kami datang ke sini/kemari": Putin, in Viva and Tempo-style 003.
    assert any(speaker == "Vladimir Putin" and {"000", "003"} <= seeds for speaker, seeds in linked)
    # Kim's "we will always support President Putin's decisions", in three wordings.
    assert any(
        speaker == "Kim Jong Un" and {"000", "001", "003"} <= seeds for speaker, seeds in linked
    )
    for article in articles.values():
        for quote in article.quotes:
            assert article.body[quote.start : quote.end] == quote.text
