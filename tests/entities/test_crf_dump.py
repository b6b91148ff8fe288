"""The model's weights read from its dump by splitting lines equal python-crfsuite's own parse."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite
import pytest

from kabar.entities.crf_dump import read_weights
from kabar.entities.ner import MODEL_PATH


def test_weights_equal_the_tagger_info_of_the_shipped_model() -> None:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    state, transitions = read_weights(tagger)
    info = tagger.info()
    # the same items in the same order: rows of the decoder's weight table follow it
    assert list(state.items()) == list(info.state_features.items())
    assert list(transitions.items()) == list(info.transitions.items())


@pytest.fixture()
def small_model(tmp_path: Path) -> Path:
    """A tiny model whose feature names hold the dump's own separators."""
    trainer = pycrfsuite.Trainer(verbose=False)
    words = [["w=a: b", "p=x --> y"], ["w=c", "s=) ("]]
    trainer.append(words, ["B-PERSON", "O"])
    trainer.append([["w=c"], ["w=a: b"]], ["O", "B-PERSON"])
    trainer.set_params({"max_iterations": 5})
    path = tmp_path / "small.crfsuite"
    trainer.train(str(path))
    return path


def test_feature_names_holding_separators_are_read_whole(small_model: Path) -> None:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(small_model))
    state, transitions = read_weights(tagger)
    info = tagger.info()
    assert list(state.items()) == list(info.state_features.items())
    assert list(transitions.items()) == list(info.transitions.items())
    assert {attr for attr, _ in state} >= {"w=a: b", "p=x --> y"}
