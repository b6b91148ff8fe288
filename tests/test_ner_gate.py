"""Quality gate: the shipped NER model against the gold test splits of both corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from kabar.entities.corpus import evaluate, load_split
from kabar.entities.ner import tag_sentences

NER_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "ner"
# Floors a little under what benchmarks/eval_ner.py measured for the shipped model
# (idner test micro F1 90.8; NERGrit test macro F1 68.1, IndoNLU metric).
FLOORS = {"idner": ("micro", 0.90), "nergrit": ("macro", 0.67)}


@pytest.mark.slow
@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_ner_test_split_floor(corpus: str) -> None:
    """The shipped model keeps its measured F1 on the corpus's test split."""
    sentences = load_split(NER_DIR, corpus, "test")
    predicted = tag_sentences([list(s.tokens) for s in sentences], corpus)
    scores = evaluate([s.tags for s in sentences], predicted)
    average, floor = FLOORS[corpus]
    assert scores[average].f1 >= floor, scores[average]
    for kind in ("PERSON", "ORG", "LOC"):
        assert scores[kind].f1 > 0.5, (kind, scores[kind])


def test_span_scoring() -> None:
    """Exact span and type: a shifted boundary or a wrong type is an error."""
    gold = [["B-PERSON", "I-PERSON", "O", "B-LOC"]]
    assert evaluate(gold, gold)["micro"].f1 == 1.0
    shifted = evaluate(gold, [["B-PERSON", "O", "O", "B-LOC"]])["micro"]
    assert (shifted.correct, shifted.predicted, shifted.gold) == (1, 2, 2)
    wrong_type = evaluate(gold, [["B-PERSON", "I-PERSON", "O", "B-ORG"]])
    assert wrong_type["LOC"].f1 == 0.0 and wrong_type["PERSON"].f1 == 1.0
    assert wrong_type["macro"].f1 == pytest.approx((1.0 + 0.0 + 0.0) / 2)


def test_fast_decoder_equals_crfsuite() -> None:
    """The numpy decoder tags exactly as python-crfsuite's own tagger does."""
    import pycrfsuite

    from kabar.entities.features import Featurizer
    from kabar.entities.ner import MODEL_PATH

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    featurizer = Featurizer()
    for corpus in ("idner", "nergrit"):
        sentences = [list(s.tokens) for s in load_split(NER_DIR, corpus, "dev")[:150]]
        expected = [tagger.tag(featurizer.sequence(words, corpus)) for words in sentences]
        assert tag_sentences(sentences, corpus) == expected
    assert tag_sentences([]) == []


def test_place_marks_and_triggers() -> None:
    """Known places are marked longest first and only when capitalised; topic words are found."""
    from kabar.entities.features import Featurizer

    featurizer = Featurizer()
    tokens = ["Band", "itu", "tampil", "di", "Kuala", "Lumpur", "dan", "bandung", "."]
    marks = featurizer.place_marks(tokens)
    assert "gx=B-world_city" in marks[4] and "gx=multi" in marks[4]
    assert "gx=I-world_city" in marks[5]
    assert marks[7] == [] and marks[0] == [] and marks[1] == []
    assert "gx=B-id_adm" in featurizer.place_marks(["Kabupaten", "Sleman"])[1]
    assert featurizer.sentence_triggers(tokens) == ["band"]


def test_place_features_only_in_their_domains(tmp_path: Path) -> None:
    """Place and topic features go to the configured corpora, and the fast decoder adds them."""
    import pycrfsuite

    from kabar.entities.crf import LinearCRF
    from kabar.entities.features import Featurizer

    places = frozenset({"nergrit"})
    featurizer = Featurizer(place_domains=places)
    words = ["Grup", "band", "itu", "lahir", "di", "Kuala", "Lumpur", "."]
    assert any(f.startswith("nergrit|gx=") for f in featurizer.sequence(words, "nergrit")[5])
    assert not any("gx=" in f for f in featurizer.sequence(words, "idner")[5])
    assert not any("st=" in f for f in Featurizer().sequence(words, "nergrit")[0])
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in load_split(NER_DIR, "nergrit", "train")[:200]:
        trainer.append(featurizer.sequence(s.tokens, "nergrit"), list(s.tags))
    trainer.set_params({"c1": 0.05, "c2": 0.05, "max_iterations": 30})
    model = tmp_path / "places.crfsuite"
    trainer.train(str(model))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    sentences = [list(s.tokens) for s in load_split(NER_DIR, "nergrit", "dev")[:100]]
    expected = [tagger.tag(featurizer.sequence(w, "nergrit")) for w in sentences]
    assert LinearCRF(model, featurizer, "nergrit").tag(sentences) == expected
    assert any(a.startswith(("gx=", "st=")) for a in LinearCRF(model, featurizer, "nergrit").index)
