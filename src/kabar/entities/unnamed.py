"""Drop one-word "people" the text never names as anyone (issue 3, probe 3).

Rules, for a person entity whose every mention is one word with no fixed canonical name and
that no title, honorific or speech verb introduces:
- a word the body also writes in lower case, capitalised only at a sentence start
  ("Paruman ditutup ..." beside "seusai paruman"), is a common word;
- a word seen only inside quoted speech ("Jan sampai anak cucu ...", "Matur nuwun", "Ini buat
  Mamah") is dialect, a greeting or a kinship word, not a person the story names.
"""

from __future__ import annotations

from kabar.entities.candidates import Candidate
from kabar.entities.doc import Doc
from kabar.entities.repair import SPEECH_VERBS

# Quotation marks that open and close speech; straight ones toggle.
OPENING = frozenset("“")
CLOSING = frozenset("”")
STRAIGHT = frozenset('"')


def drop_unnamed(doc: Doc, groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Return the groups without one-word people the text never names (see module)."""
    quoted: list[bool] | None = None
    lower_words: set[str] | None = None
    out: list[list[Candidate]] = []
    for members in groups:
        if not _bare_person(doc, members):
            out.append(members)
            continue
        if lower_words is None:
            lower_words = {w for w in doc.words if w.islower()}
        word = doc.words[members[0].first]
        if word.lower() in lower_words and all(doc.sentence_start(c.first) for c in members):
            continue  # "Paruman ditutup" beside "paruman"
        if quoted is None:
            quoted = _quoted(doc)
        if all(quoted[c.first] for c in members):
            continue  # "Jan sampai ...", "Matur nuwun" inside quotes only
        out.append(members)
    return out


def _bare_person(doc: Doc, members: list[Candidate]) -> bool:
    """Tell whether a group is a person named only by one bare word, never introduced."""
    words = doc.words
    if not members or any(c.type != "PERSON" for c in members):
        return False
    for c in members:
        if c.last - c.first != 1 or c.canonical is not None:
            return False
        before = words[c.first - 1].lower() if c.first > 0 else ""
        if before in doc.titles or before in SPEECH_VERBS:
            return False
        after = words[c.last].lower() if c.last < len(words) else ""
        if after == "(":
            return False  # "Sukarti (52)": an age names a person
    return True


def _quoted(doc: Doc) -> list[bool]:
    """Mark the tokens that sit inside quotation marks of their paragraph."""
    inside = False
    marks: list[bool] = []
    for k, word in enumerate(doc.words):
        if k > 0 and "\n\n" in doc.body[doc.tokens[k - 1][2] : doc.tokens[k][1]]:
            inside = False  # a paragraph break closes any open quote
        if word in OPENING:
            inside = True
        elif word in CLOSING:
            inside = False
        elif word in STRAIGHT:
            inside = not inside
        marks.append(inside and word not in OPENING and word not in STRAIGHT)
    return marks
