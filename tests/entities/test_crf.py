"""The numpy CRF decoder: it tags exactly as python-crfsuite does, place features included."""

from __future__ import annotations

import sys
from pathlib import Path

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
