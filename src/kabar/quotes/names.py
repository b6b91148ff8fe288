"""Speaker names: tokens, capitalised runs, and the person's name at the end of a run."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import repeat
from re import Match
from typing import NamedTuple

from kabar import lexicon
from kabar.entities.features import cluster_key
from kabar.entities.lexicon import case_classes
from kabar.quotes.lexicon import company_heads, org_heads, places, role_words, titles
from kabar.text import quote_token_matches

# Role words that are also common surnames ("Lukman Hakim", "Ayu Dewi Ratu"): at the end of a
# run after a name word they are the surname, since a role stands before the name; by hand.
_SURNAME_ROLES = frozenset({"Hakim", "Ratu", "Raja", "Putri", "Putra", "Dewi", "Jaksa"})
# Titles written in lower case inside a run ("Kepala Dinas Kesehatan dr Widji Lestariono").
_LOWER_TITLES = frozenset({"dr", "drg", "ir", "prof", "hj", "h"})
# Abbreviated name parts written with a period inside a name (Minang adat titles); by hand.
_DOTTED_NAME_PARTS = frozenset({"Dt", "St", "Sti"})
# English links inside a capitalised title ("Pilot in Command"): one word after one is the
# title's end, never a person's name; by hand.
_ENGLISH_LINKS = frozenset({"in", "of", "for", "on", "at", "the"})
# Words this long ending in -nya are common nouns ("Tujuannya"), never names; by hand.
MIN_NYA_WORD = 5
# Words a person's name keeps after a company's name ("PT Sinar Pangan Rudi Hartono"); by hand.
NAME_AFTER_COMPANY = 2
# A parenthesised acronym has at most this many words ("(BUMDes LKM)"); by hand.
MAX_ACRONYM_WORDS = 3
# A name may end in an acronym this short ("Mahfud MD"); longer ones are organisations.
MAX_NAME_ACRONYM = 2
# pe-...-an and ke-...-an nouns this long name offices ("Penanganan", "Kesehatan"); shorter
# ones can be names ("Kenan"). By hand, checked against the PERSON spans of PFSA-ID dev.
ORG_NOUN_LENGTH = 8
# Characters after which a capital letter only marks the start of a sentence.
_SENTENCE_START = ".!?“”\"‘'(:\n…"
# The joins between the parts of a hyphenated or apostrophised word.
_WORD_PARTS = re.compile(r"[-'’]")


@cache
def name_links() -> frozenset[str]:
    """Lower-case words allowed inside a person's name ("bin", "van")."""
    return lexicon.for_use("name_links.tsv", "quote_names")


@cache
def org_links() -> frozenset[str]:
    """Lower-case words allowed inside an organisation's name ("dan", "of")."""
    return lexicon.for_use("name_links.tsv", "quote_orgs")


@cache
def degrees() -> frozenset[str]:
    """Academic degrees written after a name ("Rudi Hermawan SH MH")."""
    return lexicon.for_use("degrees.tsv", "quotes")


@cache
@cache
def _title_abbreviations() -> frozenset[str]:
    """Abbreviations whose full stop does not end a sentence before a name ("dr. Anita")."""
    return lexicon.entries("name_title_abbreviations.txt")


@cache
def _run_links() -> frozenset[str]:
    """Return the lower-case words a capitalised run may hold between capitals."""
    return name_links() | org_links()


@cache
@cache
def _role_lower() -> frozenset[str]:
    """Return the role words lower-cased."""
    return frozenset(word.lower() for word in role_words())


@cache
@cache
def _not_name() -> frozenset[str]:
    """Return the words that never belong to a person's name: roles and places."""
    return role_words() | places()


class Tok(NamedTuple):
    """One word or punctuation token with its offsets in the body.

    Read millions of times per corpus, so ``low`` (the lower-cased text) and ``cap`` (whether
    it starts with a capital letter) are worked out once, when it is made (``tok``).
    """

    text: str
    start: int
    end: int
    low: str
    cap: bool


def tok(text: str, start: int, end: int) -> Tok:
    """Return the token of ``text`` at ``start:end``."""
    return Tok(text, start, end, text.lower(), text[:1].isupper())


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    """Split text into word and punctuation tokens with offsets (``kabar.text.quote_tokenize``);
    ``offset`` is added to every offset (the text is a slice of the body starting there).

    Every body makes hundreds of tokens: they are made as tuples in a few passes over the
    matches, without a call per token.
    """
    matches = list(quote_token_matches(text))
    words = list(map(Match.group, matches))
    starts = list(map(Match.start, matches))
    ends = list(map(Match.end, matches))
    if offset:
        starts = [start + offset for start in starts]
        ends = [end + offset for end in ends]
    lows = list(map(str.lower, words))
    caps = [word[:1].isupper() for word in words]
    return list(map(tuple.__new__, repeat(Tok), zip(words, starts, ends, lows, caps, strict=True)))


# The tokens of a sentence or a stretch of one, as the readers take them.
Toks = Sequence[Tok]


@dataclass(frozen=True)
class Run:
    """A run of capitalised tokens (a name, a role, an organisation) and its span."""

    words: tuple[str, ...]
    start: int
    end: int
    acronym: str | None = None  # "(NADA)" right after the run
    spans: tuple[tuple[int, int], ...] = ()  # character span of each word


def _acronym_group(toks: Toks, j: int) -> int:
    """Return the index after "(NADA)" or "(BUMDes LKM)" starting at ``toks[j]``, else ``j``."""
    if j >= len(toks) or toks[j].text != "(":
        return j
    k = j + 1
    while k < len(toks) and k - j <= MAX_ACRONYM_WORDS and toks[k].cap:
        k += 1
    if k > j + 1 and k < len(toks) and toks[k].text == ")":
        return k + 1
    return j


def read_run(toks: Toks, i: int) -> tuple[Run | None, int]:
    # Size: one scan over the tokens; each branch is one shape a name's word can take, and
    # they share the index and the words read so far.
    """Read the capitalised run starting at ``toks[i]``; return it and the index after it.

    A run takes initials ("Teguh P. Nugroho"), numbers inside names ("Daop 1", "Covid - 19")
    and a parenthesised acronym followed by more capitals ("Ketua MCCC (MCCC) Agus"); such
    pieces become words that end a person's name when read backwards.
    """
    if i >= len(toks) or not toks[i].cap:
        return None, i  # only a capital opens a run: every other branch needs words read
    j = i
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    acronym: str | None = None
    links = _run_links()
    while j < len(toks):
        tok = toks[j]
        text = tok.text
        if tok.cap and len(text) > 1 and text[0].isalpha() and text not in _DOTTED_NAME_PARTS:
            words.append(text)  # a plain capitalised word: no other branch below takes it
            spans.append((tok.start, tok.end))
            j += 1
            continue
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        after = toks[j + 2] if j + 2 < len(toks) else None
        if (
            words
            and len(tok.text) == 1
            and tok.text.isupper()
            and nxt is not None
            and nxt.text == "."
            and nxt.start == tok.end
            and after is not None
            and after.cap
        ):
            words.append(tok.text + ".")  # an initial inside a name: "Teguh P. Nugroho"
            spans.append((tok.start, nxt.end))
            j += 2
        elif (
            tok.text in _DOTTED_NAME_PARTS
            and nxt is not None
            and nxt.text == "."
            and nxt.start == tok.end
            and after is not None
            and after.cap
        ):
            words.append(tok.text + ".")  # Minang "Dt." inside a name: "Syafrizal Dt. Bandaro"
            spans.append((tok.start, nxt.end))
            j += 2
        elif words and tok.text in "-–" and nxt is not None and nxt.text[0].isdigit():
            words.append(tok.text + nxt.text)  # "Covid - 19" as PFSA-ID spaces it
            spans.append((tok.start, nxt.end))
            j += 2
        elif words and tok.text[0].isdigit() and nxt is not None and nxt.cap:
            words.append(tok.text)  # "Daop 1 Eva Chairunisa"
            spans.append((tok.start, tok.end))
            j += 1
        elif words and tok.text == "(":
            k = _acronym_group(toks, j)
            if k == j:
                break
            acronym = " ".join(t.text for t in toks[j + 1 : k - 1])
            if k < len(toks) and toks[k].cap and toks[k].text[0].isalpha():
                words.append("(" + acronym + ")")  # the run goes on after the acronym
                spans.append((tok.start, toks[k - 1].end))
                acronym = None
                j = k
                continue
            return Run(tuple(words), toks[i].start, spans[-1][1], acronym, tuple(spans)), k
        elif (tok.cap and tok.text[0].isalpha()) or (
            words
            and (tok.low in links or tok.text in _LOWER_TITLES)
            and nxt is not None
            and nxt.cap
        ):
            words.append(tok.text)
            spans.append((tok.start, tok.end))
            j += 1
        else:
            break
    if not words:
        return None, i
    return Run(tuple(words), toks[i].start, spans[-1][1], acronym, tuple(spans)), j


def org_like(word: str) -> bool:
    """Tell whether a word is an institutional noun (pe-/per-/ke- ... -an: "Penanganan")."""
    low = word.lower()
    return len(low) >= ORG_NOUN_LENGTH and low.endswith("an") and low.startswith(("pe", "ke"))


def _camel(word: str) -> bool:
    """Tell whether a word has capitals inside it ("GoToMalls", "PayPro"): a brand, not a name."""
    if word.isupper():
        return False
    for part in _WORD_PARTS.split(word):
        if part.startswith(("Mc", "Mac", "De", "Le", "La", "Di", "Van")):
            part = part[2:]
        if any(c.isupper() for c in part[1:]):
            return True
    return False


def _acronym(word: str) -> bool:
    """Tell whether a word is an all-capitals abbreviation such as KPK or NATO."""
    return len(word) > 1 and word.isupper() and word.isalpha()


# A body reads the same runs many times over (each sentence by several readers): memoised.
@lru_cache(maxsize=8192)
def person_words(words: tuple[str, ...], places: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Return the person's name at the end of a run, without roles, places or titles.

    ``places`` adds the article's own place names (words it writes after "di", "ke", "dari").
    """
    not_name, companies, links = _not_name(), company_heads(), org_links()
    tail: list[str] = []
    for word in reversed(words):
        if (
            not tail
            and word in _SURNAME_ROLES
            and len(words) > 1
            and words[-2][:1].isupper()
            and words[-2] not in not_name
            and not _acronym(words[-2])
        ):
            tail.append(word)  # "Mohammad Fauzan Hakim"
            continue
        if not tail and _acronym(word) and len(word) <= MAX_NAME_ACRONYM and len(words) > 1:
            previous = words[-2]
            if previous[:1].isupper() and previous not in not_name and not _acronym(previous):
                tail.append(word)  # "Mahfud MD", "dr Eddy MS"
                continue
        if (
            word in not_name
            or word in companies
            or word in places
            or word.lower() in links
            or _acronym(word)
            or org_like(word)
            or not word[0].isalpha()
            or _camel(word)
            or (len(word) > MIN_NYA_WORD and word.endswith("nya"))
        ):
            if len(tail) == 1 and word in _ENGLISH_LINKS:
                return ()  # "Pilot in Command", "Person in Charge": an English title, no name
            break
        tail.append(word)
    tail.reverse()
    return _without_places_and_titles(words, tail)


def _without_places_and_titles(words: tuple[str, ...], tail: list[str]) -> tuple[str, ...]:
    """Cut what a run's name tail still holds of a street, a company, a place or a title."""
    place_heads = lexicon.for_use("place_heads.tsv", "quotes")
    place_takers = lexicon.entries("place_takers.txt")
    companies = company_heads()
    if tail and len(tail) < len(words) and words[-len(tail) - 1] in place_heads:
        tail = []  # "Jalan Abdul Muis" is a street
    if len(tail) == 1 and len(words) == 2 and words[0] in place_takers:
        tail = []  # "Kecamatan Gambir" (but "Kepala Desa Warsito" keeps its name)
    if len(tail) < len(words) and words[-len(tail) - 1] in companies:
        # "PT Angkasa Nusantara" is a company; "PT Sinar Pangan Rudi Hartono" ends with a person.
        tail = tail[-NAME_AFTER_COMPANY:] if len(tail) > NAME_AFTER_COMPANY else []
    if (
        len(tail) >= 3
        and len(tail) < len(words)
        and (words[-len(tail) - 1] in place_takers or _acronym(words[-len(tail) - 1]))
    ):  # "Bupati Sukamaju Irawan Hadi", "Dinas PUPR Sukamaju Darmawan Saleh": a place follows
        tail = tail[1:]
    title_words = titles()
    last_title = max((k for k, word in enumerate(tail) if word in title_words), default=-1)
    if last_title + 1 < len(tail):
        tail = tail[last_title + 1 :]
    else:
        while tail and tail[0] in title_words:
            tail = tail[1:]
    while tail and tail[-1].lower() in name_links():
        tail = tail[:-1]
    return tuple(tail)


def org_words(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return the run as an organisation name when it starts with an institution word."""
    if not words or person_words(words):
        return None
    if words[0] in org_heads() or (len(words) == 1 and _acronym(words[0])):
        return words
    return None


def is_role_lower(word: str) -> bool:
    """Tell whether a lower-case word belongs to a role description ("juru bicara")."""
    return word.lower() in _role_lower()


def at_sentence_start(body: str, start: int) -> bool:
    """Tell whether the token at ``start`` opens a sentence (so its capital says nothing)."""
    i = start - 1
    while i >= 0 and body[i] in " \t":
        i -= 1
    if i > 0 and body[i] == ".":
        j = i
        while j > 0 and body[j - 1].isalpha():
            j -= 1
        if body[j:i].lower() in _title_abbreviations():
            return False  # "dr. Anita Kusuma", "Prof. Hadi"
    return i < 0 or body[i] in _SENTENCE_START


def proper_words(body: str, toks: Sequence[Tok]) -> frozenset[str]:
    """Return the words capitalised somewhere other than at a sentence start (proper nouns)."""
    return frozenset(t.text for t in toks if t.cap and not at_sentence_start(body, t.start))


def common_word(word: str, lower_words: Container[str]) -> bool:
    """Tell whether a word is a common one: written in lower case in this body, or mostly in
    lower case in news at large ("Banyak yang menyebut ..." opens a sentence, names nobody)."""
    low = word.lower()
    return low in lower_words or case_classes().get(cluster_key(low)) == "l"
