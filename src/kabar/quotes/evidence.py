"""How a direct quote's speaker was found, and abstaining where that way is unreliable.

Each attributed quote carries ``Quote.attribution``, "path/how": ``path`` is where the words
that name the speaker stand and what they are (``after_cue`` "“...,” kata Budi" or "ujarnya",
``after_verb`` "“...,” Budi menambahkan", ``after_dash``, ``after_demikian``, ``before_verb``
"Budi mengatakan, “...”", ``before_cue`` "kata Budi: “...”", ``before_menurut``,
``before_passive`` "Seperti dikatakan Budi, “...”", ``before_colon`` "Budi: “...”" or a
sentence's subject before a colon, ``intro`` the sentence before ends in a speech verb or a
colon, ``carried`` the quote just before is the same speaker's, ``outro`` "Hal itu disampaikan
Budi.", ``lead_in`` / ``announced`` / ``narrated`` the sentence before a bare quote is about
them, ``partial`` / ``partial_intro`` for a partial quote); ``how`` is what kind of reference
gave the name (``name`` two words or more, ``short_name`` one word, ``namesake`` one word two
people share, ``pronoun`` "ia", "-nya" back to someone named or pointed at in this sentence or
the one before, ``pronoun_far`` further back, either with ``_crossed`` when another person is
named in between and ``_spoken`` when a sentence in between has someone unread speaking,
``described`` "pelatih itu", ``role`` a bare role to its holder, ``apposition`` the name after
a role's appositives, ``agent`` "kuasa hukum X, Y", ``nickname`` "yang akrab disapa X",
``entity`` an entity the run ends with, ``org`` an organisation).

The kinds listed in ``attribution_abstain.txt`` lose their speaker (a direct quote's only): a
kind goes on the list when ``benchmarks/eval_attribution.py`` shows, leaving each keyed set out
in turn, that dropping its speakers lowers the held-out sets' wrong speakers by more than it
costs them right ones. None has yet (the list says why).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from kabar import lexicon
from kabar.models import Quote

_abstaining = [True]  # off only inside ``raw``, to measure the evidence as found


def abstains(attribution: str | None) -> bool:
    """Tell whether a speaker found this way is too unreliable to give."""
    if not attribution or not _abstaining[0]:
        return False
    path, _, how = attribution.partition("/")
    listed = abstained_kinds()
    return attribution in listed or f"{path}/*" in listed or f"*/{how}" in listed


def abstained_kinds() -> frozenset[str]:
    """The evidence kinds the stage gives no speaker (``attribution_abstain.txt``)."""
    return lexicon.entries("attribution_abstain.txt")


def abstain(quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """Return the quotes with the speakers of unreliable direct attributions left out."""
    return tuple(
        replace(q, speaker=None) if q.kind == "direct" and abstains(q.attribution) else q
        for q in quotes
    )


@contextmanager
def raw() -> Iterator[None]:
    """Within it, no speaker is left out (a benchmark measures the evidence as found)."""
    _abstaining[0] = False
    try:
        yield
    finally:
        _abstaining[0] = True
