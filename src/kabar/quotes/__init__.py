"""Direct, partial and indirect quotes with their speakers.

``extract_quotes`` is the stage: it pairs the quotation marks of a cleaned body (“ ”, " ", ‘ ’,
mismatched pairs, Kompas's ” on both sides, quotes running over paragraphs, dropped closing
marks), decides whether each quoted span is a direct quote or a partial (scare) quote, finds
reported speech without marks, and attributes each to a speaker by reading the body in order.

Offsets: ``body[q.start:q.end] == q.text`` always. The text of a direct quote excludes the marks
and the spaces inside them, and a single trailing comma, which leads into the attribution
(“Kami siap,” kata Budi gives "Kami siap"); a final . ! ? or … is the speaker's and stays. A
quote that runs over several paragraphs is one ``Quote`` whose text spans the paragraph break
verbatim, including the blank line and the opening mark that re-opens the next paragraph.

Each named speaker also gets the role the text gives them and whether they speak as a public
figure or as a member of the public (``standing``).

The modules, in the order the reading uses them (each a set of functions over frozen values):
``marks`` (quoted spans) -> ``reading`` (the frozen per-body ``Reading``: masked body, tokens,
sentences, the body's names; ``names`` and ``resolver`` read runs and map them to entities) ->
``speakers`` (the ``Speaker`` a name at a point stands for; ``referents`` for a short name two
people share, a whole name the word lists would cut, a role closed by "tersebut") ->
``subjects`` and ``discourse``
(who does a verb; pronouns and "ujarnya" through the ``Memory`` of ``memory``) -> ``indirect``
(reported speech) -> ``attributions`` and ``attribute`` (the walk over the sentences) ->
``standing`` (roles). Word lists: ``lexicon`` (files in ``kabar/data/words``).
"""

from __future__ import annotations

from kabar.models import Entity, Quote
from kabar.quotes.attribute import attribute
from kabar.quotes.standing import describe_speakers


def extract_quotes(body: str, entities: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
    """Find what people are reported to have said in a cleaned body, with resolved speakers."""
    return describe_speakers(body, attribute(body, entities), entities)


__all__ = ["extract_quotes"]
