"""The numpy CRF decoder: it tags exactly as python-crfsuite does, place features included."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pycrfsuite

from kabar.entities.crf import LinearCRF
from kabar.entities.features import Featurizer
from kabar.entities.ner import MODEL_PATH, tag_sentences

# The CoNLL reader is a training helper kept beside the training script.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from ner_corpus import load_split


def test_fast_decoder_equals_crfsuite(shared_dir: Path) -> None:
    """The numpy decoder tags exactly as python-crfsuite's own tagger does."""
    ner_dir = shared_dir / "data" / "ner"
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    featurizer = Featurizer()
    for corpus in ("idner", "nergrit"):
        sentences = [list(s.tokens) for s in load_split(ner_dir, corpus, "dev")[:150]]
        expected = [tagger.tag(featurizer.sequence(words, corpus)) for words in sentences]
        assert tag_sentences(sentences, corpus) == expected
    assert tag_sentences([]) == []


def test_place_features_only_in_their_domains(shared_dir: Path, tmp_path: Path) -> None:
    """Place and topic features go to the configured corpora, and the fast decoder adds them."""
    ner_dir = shared_dir / "data" / "ner"
    places = frozenset({"nergrit"})
    featurizer = Featurizer(place_domains=places)
    words = ["Grup", "band", "itu", "lahir", "di", "Kuala", "Lumpur", "."]
    assert any(f.startswith("nergrit|gx=") for f in featurizer.sequence(words, "nergrit")[5])
    assert not any("gx=" in f for f in featurizer.sequence(words, "idner")[5])
    assert not any("st=" in f for f in Featurizer().sequence(words, "nergrit")[0])
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in load_split(ner_dir, "nergrit", "train")[:200]:
        trainer.append(featurizer.sequence(s.tokens, "nergrit"), list(s.tags))
    trainer.set_params({"c1": 0.05, "c2": 0.05, "max_iterations": 30})
    model = tmp_path / "places.crfsuite"
    trainer.train(str(model))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    sentences = [list(s.tokens) for s in load_split(ner_dir, "nergrit", "dev")[:100]]
    expected = [tagger.tag(featurizer.sequence(w, "nergrit")) for w in sentences]
    assert LinearCRF(model, featurizer, "nergrit").tag(sentences) == expected
    assert any(a.startswith(("gx=", "st=")) for a in LinearCRF(model, featurizer, "nergrit").index)


def test_score_blocks_built_in_one_batch_equal_feature_sums_bit_for_bit() -> None:
    """New word types are scored together: each block row must equal the plain in-order sum of
    its features' weights, or near-tied Viterbi paths could flip between runs."""
    from kabar.entities.features import sentence_start
    from kabar.entities.ner import _model

    model = _model()
    words = ["Sukamaju", "berkata", "KPK", "Rudi", "1.000", "ber-main", "Xqzvw", ",", "”"]
    blocks = model._blocks(words)
    f = model.featurizer
    for word, block in zip(words, blocks, strict=True):
        rows = [f.own(word), *f.context(word), sentence_start(word)]
        expected = np.array([model.vector(feats) for feats in rows])
        assert np.array_equal(block, expected), word
    fresh = ["Qwzzkx", "Vvbnrtq"]
    assert not any(w in model._rows for w in fresh)
    before = len(model._rows)
    model.tag([[fresh[0], fresh[1], fresh[0]], [fresh[1]]])  # each new word gets one row
    assert len(model._rows) == before + 2
    for word in fresh:
        assert np.array_equal(model._table[model._rows[word]], model._blocks([word])[0])
