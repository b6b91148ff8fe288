"""Names that Indonesian news writes like a person's and that name no one: the characters of a
story told or performed, a club's nickname or its supporters, a vehicle, a scripture's chapter.

Read by ``nonpersons.judged`` on each PERSON cluster:

- a wayang, masked-dance or folk-tale character ("Petruk", "Dewa Ruci", "Panji") in an article
  about a performance or a tale (a word of ``story_cues.txt`` in its body) is no person, unless
  a speech verb, an honorific or an age marks one of its mentions as someone ("Panji (12)");
- a club's nickname or its supporters' name ("Mahesa Jenar", "Bonek") is an organisation;
- a name after a train's or a ship's word at every mention ("KA Argo Parahyangan", "kapal MV
  Santa Lucia Express", "KLM Sinar Bahari") is the vehicle's;
- a name opened by a book's or a chapter's word ("Surah Yasin", "Serat Centhini", "Hikayat
  Hang Tuah") is the text's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kabar.lexicon import lowered
from kabar.models import Mention

# A train's or ship's word right before a name, one capitalised word between allowed ("MV
# Santa Lucia Express"); the abbreviations only as written.
_VEHICLE = re.compile(
    r"(?:\b(?:KA|KRL|KM|KMP|KLM|KRI|MV|MT)\.?|\b[Kk]ereta(?:\s+[Aa]pi)?"
    r"|\b[Kk]apal(?:\s+(?:feri|motor|pesiar|tanker|kargo|layar))?)"
    r"\s+(?:[A-Z][a-z]+\s+)?[\"“‘']?$"
)
# An age in brackets right after a mention ("Panji (12)"): a person.
_AGE = re.compile(r"\s*\(\d{1,3}\)")


def story_character(lower: list[str], body: str) -> bool:
    """Whether a name is a story's character and the article is about a story or performance
    (the caller rules out mentions marked as a person's: spoken, titled, aged)."""
    if len(lower) > 2 or " ".join(lower) not in lowered("story_characters.txt"):
        return False
    words = set(re.findall(r"[a-z]+", body.lower()))
    return bool(words & lowered("story_cues.txt"))


def aged(body: str, mentions: Sequence[Mention]) -> bool:
    """Whether an age in brackets follows any mention."""
    return any(_AGE.match(body, m.end) for m in mentions)


def club_nickname(lower: list[str]) -> bool:
    """Whether a name is a club's nickname or its supporters' name."""
    return " ".join(lower) in lowered("club_nicknames.txt")


def vehicle(body: str, mentions: Sequence[Mention]) -> bool:
    """Whether a train's or ship's word stands before every mention."""
    return bool(mentions) and all(
        _VEHICLE.search(body[max(0, m.start - 40) : m.start]) for m in mentions
    )


def named_text(lower: list[str]) -> bool:
    """Whether a name of two or more words opens with a book's or chapter's word."""
    return len(lower) >= 2 and lower[0] in lowered("text_heads.txt")


def story_kind(
    lower: list[str],
    body: str,
    mentions: Sequence[Mention],
    spoken: Callable[[str, Mention], bool],
) -> str | None:
    """What a name is when it is one of these: "ORG" for a club or its supporters, "NONE" for
    a story's character (no mention spoken or aged), a vehicle or a text; else None."""
    if club_nickname(lower):
        return "ORG"  # "Mahesa Jenar", "Bonek"
    if story_character(lower, body) and not (
        aged(body, mentions) or any(spoken(body, m) for m in mentions)
    ):
        return "NONE"  # "lakon Dewa Ruci", "Petruk"
    if vehicle(body, mentions) or named_text(lower):
        return "NONE"  # "KA Argo Parahyangan", "Surah Yasin"
    return None
