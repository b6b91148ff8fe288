"""Turn tagged spans into entities: clean names, add known aliases, group surface forms.

Rules:
- titles and honorifics before a name are dropped ("Presiden Putin" -> "Putin"), except a
  "Pak"/"Bu" that starts a name of two or more words followed by a comma apposition
  ("Pak Thae Song, ketua komite ...") where it is read as a surname;
- curated abbreviations and exonyms ("Korut", "DPRK") and acronyms the text defines
  ("Badan Pengembangan Dirgantara Nasional (NADA)") join their long form;
- person names group by a key that ignores case, spaces and hyphens ("Kim Jong-un" =
  "Kim Jong Un" = "KimJongUn"), with one-edit typos of a longer name merged ("Kim Jong-n");
- a single word ("Putin", "Kim") joins the full name that contains it; when several do, the
  one named in the same sentence before it, else the most mentioned (salience);
- a person cluster that names no person by its shape or context ("Pendayagunaan Baznas RI",
  "RSUD Soedarso Pontianak", "PT Sri Rejeki Isman", a role played, a photo credit) is retyped or
  dropped (``nonpersons.judged``);
- the canonical name is the fullest form (most words); among equally full forms, the one
  without glued words, then with the fewest hyphens ("Kim Jong Un" over "Kim Jong-un" when
  both occur, so articles of one story agree), then the one most mentions spell, then the
  first seen.

The passes are listed once, in order, in ``PASSES``: each reads the ``Resolution`` state of one
body (``candidates.py``) and returns a new one with what it adds. ``names`` holds the string
keys and the canonical spelling, ``doc`` the body as the passes read it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from kabar.entities.addressed import addressed_offices
from kabar.entities.aliases import defined_acronyms, lexicon_names
from kabar.entities.candidates import Pass, Resolution
from kabar.entities.doc import Doc, Token
from kabar.entities.grouping import grouped
from kabar.entities.initials import initials_of_named
from kabar.entities.lexicon import Lexicon
from kabar.entities.names import canonical_name, unshout, with_company_form
from kabar.entities.namesakes import without_namesakes
from kabar.entities.ner import Span
from kabar.entities.nonpersons import judged
from kabar.entities.orgwords import with_org_short_names
from kabar.entities.pairs import split_pairs
from kabar.entities.realnames import real_names
from kabar.entities.repeats import (
    given_nicknames,
    inner_nicknames,
    name_repeats,
    nickname_mentions,
    referred_nicknames,
)
from kabar.entities.tagged import tagged_names
from kabar.entities.unnamed import named_only
from kabar.models import Entity, Mention
from kabar.text import name_key

# The resolution passes, in the order they run.
PASSES: tuple[Pass, ...] = (
    inner_nicknames,  # "Jonathan "Coach Jo" Lumenta": one person, "Coach Jo" his nickname
    tagged_names,  # the tagger's spans, repaired, widened and cleaned into names
    lexicon_names,  # untagged abbreviations, exonyms and places ("Korut", "Abu Dhabi")
    defined_acronyms,  # "Badan ... Nasional (NADA)": the acronym and its long form
    given_nicknames,  # "Joko Santosa atau Josan"
    referred_nicknames,  # "... yang akrab disapa "El Rafa"": the person named before
    real_names,  # "Tiara Bening ... bernama asli Siti Mutiara Rahmawati": one, the real name
    name_repeats,  # untagged repeats of the names found so far
    addressed_offices,  # "kata Pak Kuwu": the one person the text names with that office
    nickname_mentions,  # every mention of a nickname points at its full name
    initials_of_named,  # "berinisial RA (34)" beside "Rara Anggraini": one person
    grouped,  # mentions grouped into entities by key, typo, containment and nearness
    without_namesakes,  # "Stadion Moch. Soebroto": a place, not the person
    named_only,  # without one-word "people" the text never names
)


def resolve(
    body: str, tokens: list[Token], spans: Sequence[Span], lex: Lexicon, sentence_of: Sequence[int]
) -> tuple[Entity, ...]:
    """Resolve tagged spans of one body into entities with exact mention offsets."""
    state = Resolution(Doc(body, tokens, lex, sentence_of), tuple(spans))
    for step in PASSES:
        state = step(state)
    return with_org_short_names(split_pairs(_entities(state)), body)


def _entities(state: Resolution) -> tuple[Entity, ...]:
    """Build Entity values, ordered by first mention."""
    doc = state.doc
    result: list[Entity] = []
    for group in sorted(state.groups, key=lambda g: min(c.first for c in g)):
        members = sorted(group, key=lambda c: c.first)
        kind = members[0].type
        if any(c.type != kind for c in members):  # most groups hold one type: no count needed
            kinds = Counter(c.type for c in members)
            kind = max(kinds, key=lambda k: (kinds[k], k == members[0].type))
        mentions = tuple(
            Mention(
                doc.text(c.first, c.last), doc.tokens[c.first][1], doc.tokens[c.last - 1][2], kind
            )
            for c in members
        )
        fixed = [c.canonical for c in members if c.canonical is not None]
        free = [m.text for c, m in zip(members, mentions, strict=True) if c.canonical is None]
        if kind == "PERSON" and free:
            # a nickname's full name is among the mentions; a fixed full name ("Jonathan
            # Lumenta" of "Jonathan "Coach Jo" Lumenta") may be the fullest form
            name = canonical_name([*free, *fixed])
        else:
            name = fixed[0] if fixed else canonical_name([m.text for m in mentions])
            if kind != "PERSON":
                name = with_company_form(name, [*fixed, *(m.text for m in mentions)])
        if kind != "ORG":
            name = unshout(name, doc.lex.places)
        if kind == "PERSON" and _place_name(name, doc.lex):
            kind = "LOC"  # "Labuan Bajo", a route "Jakarta-Labuan Bajo": tagged as a person
        if kind == "PERSON":
            kept = judged(name, doc.body, mentions)
            if kept is None:
                continue  # an exclamation or a photo credit: nothing to keep
            name, kind = kept
            if kind != "PERSON":  # retyped: the mentions carry the new type
                mentions = tuple(Mention(m.text, m.start, m.end, kind) for m in mentions)
        if kind == "PERSON":
            # Grouping has already joined a short name to any fuller name in the text that
            # holds it, so a well-known figure's short name still alone here ("Putin") has no
            # other bearer in this article: complete it ("Vladimir Putin").
            name = doc.lex.figures.get(name_key(name), name)
        titled = {doc.text(c.titled, c.last) for c in members if c.titled is not None}
        aliases = tuple(sorted({m.text for m in mentions} | {name} | titled))
        result.append(Entity(name, kind, aliases, len(mentions), mentions))
    return tuple(result)


def _place_name(name: str, lex: Lexicon) -> bool:
    """Whether a name is a known place, or a route between places ("Jakarta-Labuan Bajo")."""
    parts = [p.strip().lower() for p in name.split("-")]
    if len(parts) == 1:
        return parts[0] in lex.extra_places
    return parts[0] in lex.extra_places and parts[-1] in lex.extra_places
