"""A speaking office holder named right after the office: "Title Office Name", no comma.

Indonesian news names a speaker after the office, with no comma between: "Menteri Koordinator
Bidang Politik, Hukum, dan Keamanan Mahfud MD mengatakan", "Sekretaris Perusahaan PT Bank
Mandiri (Persero) Tbk Rully Setiawan menyatakan", "kata Direktur Perusahaan Daerah Panca
Karya Rusdy Ambon". The name's shape alone reads as an organisation's (initials "MD", a
company form before it) or a place's (a city as its last word); but a name closing a
capitalised office phrase opened by a title, with a speech verb right after the name or right
before the title, is the holder speaking.
"""

from __future__ import annotations

import re
from functools import cache

from kabar.entities.lexicon import lexicon
from kabar.lexicon import lowered_for_use
from kabar.models import Mention

# Most tokens of an office phrase between its title and its holder's name.
MAX_OFFICE_TOKENS = 14
# Characters read before a mention for its office phrase, and after it for a speech verb.
_BEFORE_CHARS = 200
_AFTER_CHARS = 30
# Tokens that may stand inside an office phrase besides capitalised words.
_OFFICE_LINKS = frozenset({",", "/", "(", ")", "dan", "&", "-"})
_TOKEN = re.compile(r"\w[\w’'-]*|[^\w\s]")


def speaking_holder(body: str, mention: Mention) -> bool:
    """Tell whether a mention names the holder of the titled office right before it, speaking."""
    before = _TOKEN.findall(body[max(0, mention.start - _BEFORE_CHARS) : mention.start])
    title = _office_title(before)
    if title is None:
        return False
    after = _TOKEN.findall(body[mention.end : mention.end + _AFTER_CHARS])
    verb_after = bool(after) and after[0].lower() in _verbs_after()
    verb_before = title > 0 and before[title - 1].lower() in _verbs_before()
    return verb_after or verb_before


def _office_title(tokens: list[str]) -> int | None:
    """Return the index of the first title of the office phrase ending the tokens ("Menteri"
    in "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan"), or None."""
    titles = _titles()
    if tokens and tokens[-1].lower() in titles:
        tokens = tokens[:-1]  # the holder's own title or degree: "... Kerja dr Eddy MS"
    if len(tokens) < 2 or not (tokens[-1][:1].isupper() or tokens[-1] == ")"):
        return None
    title = None
    for k in range(len(tokens) - 2, max(-1, len(tokens) - 2 - MAX_OFFICE_TOKENS), -1):
        word = tokens[k]
        if not (word[:1].isupper() or word in _OFFICE_LINKS):
            break
        if word.lower() in titles:
            title = k
    return title


@cache
def _titles() -> frozenset[str]:
    """Titles and offices that open an office phrase ("Menteri", "Direktur", "Sekretaris")."""
    return lexicon().name_titles or lexicon().titles


def _verbs_after() -> frozenset[str]:
    """Speech verbs that follow a speaker's name ("... Rully Setiawan menyatakan")."""
    return lowered_for_use("speech_verbs.tsv", "quote_cues")


def _verbs_before() -> frozenset[str]:
    """Speech verbs that stand before a speaker's title ("kata Menteri ... Mahfud MD")."""
    return lowered_for_use("speech_verbs.tsv", "name_cues")
