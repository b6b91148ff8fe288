"""Balinese names: the gender marker and birth-order names that open them, the caste openers.

"I Ketut Sudarsana", "Ni Luh Putu Ayu", "Ida Bagus Gede", "Anak Agung Ngurah": the whole is
the name, though the tagger often starts it later.
"""

from __future__ import annotations

from kabar.entities.doc import Doc
from kabar.lexicon import lowered

# Gender markers opening a Balinese name before a birth-order name ("I Made", "Ni Luh").
BALINESE_MARKERS = frozenset({"I", "Ni"})
# Balinese caste openers of two words that are part of a name ("Ida Bagus Dharma", "Anak
# Agung Ngurah"); the second word is often a common word ("bagus", "agung"). From Balinese
# naming conventions.
BALINESE_OPENERS = frozenset(
    {
        ("ida", "bagus"),
        ("ida", "ayu"),
        ("anak", "agung"),
        ("gusti", "ngurah"),
        ("gusti", "ayu"),
        ("gusti", "agung"),
        ("dewa", "ayu"),
    }
)


def balinese_marker(doc: Doc, first: int) -> int | None:
    """Return where a Balinese name opens before ``first``: at the gender marker "I" or "Ni"
    followed by birth-order names ("I" "Komang" + "Adi Wirawan"), else None."""
    words = doc.words
    order = lowered("balinese_birth_names.txt")
    k = first
    while k > 0 and words[k - 1].lower() in order and words[k - 1][:1].isupper():
        k -= 1
    if words[k].lower() not in order or k == 0 or words[k - 1] not in BALINESE_MARKERS:
        return None
    return k - 1
