"""What an article says around its people, for the person registry to match names by.

The context of a name is the words just before its mentions (its role: "Menteri Keuangan",
"pelatih"), the role the quotes give it, the organisations the article names and the people
already resolved in it. Terms are prefixed by kind (``r:`` role word, ``o:`` organisation,
``p:`` person id) so that one indexed table holds them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from kabar.lexicon import lowered, lowered_for_use
from kabar.models import Article, Quote
from kabar.text import content_words, name_key

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Characters read before a mention for its role, and role words kept from them.
_BEFORE = 48
_ROLE_WORDS = 3
# Subjects the quote stage may name that are no one's name (a pronoun list holds the rest).
_COMMON_SUBJECTS = frozenset("mereka anda kami kita pemerintah masyarakat warga pihak".split())
# Organisations of an article kept as context, most mentioned first.
_ORGS = 8


def name_words(name: str) -> list[str]:
    """The words of a name (initials included, punctuation dropped)."""
    return _WORD.findall(name)


def day_gap(first: str | None, second: str | None) -> int | None:
    """Days between two ISO dates (or date-times), or None when either is missing or unread."""
    try:
        if not first or not second:
            return None
        return abs((date.fromisoformat(first[:10]) - date.fromisoformat(second[:10])).days)
    except ValueError:
        return None


@dataclass(frozen=True)
class Context:
    orgs: frozenset[str]
    roles: dict[str, frozenset[str]]
    people: frozenset[str] = frozenset()
    terms: frozenset[str] = field(default_factory=frozenset)

    def terms_of(self, name: str) -> frozenset[str]:
        """The terms kept for a person named so in this article."""
        return self.orgs | self.roles.get(name, frozenset())

    def focus(self, name: str, people: set[str] | frozenset[str] = frozenset()) -> Context:
        """The context to match one name by: its terms and the people resolved beside it."""
        mates = frozenset(people)
        return replace(self, people=mates, terms=self.terms_of(name) | {f"p:{p}" for p in mates})


def article_context(article: Article) -> Context:
    """Read the organisations and each person's role words from an article."""
    orgs = sorted(
        (e for e in article.entities if e.type == "ORG"), key=lambda e: (-e.count, e.name)
    )
    roles: dict[str, set[str]] = {}
    for entity in article.entities:
        if entity.type != "PERSON":
            continue
        words = roles.setdefault(entity.name, set())
        for mention in entity.mentions[:3]:
            before = content_words(article.body[max(mention.start - _BEFORE, 0) : mention.start])
            words.update(f"r:{w}" for w in before[-_ROLE_WORDS:] if w.isalpha())
    for quote in article.quotes:
        if quote.speaker and quote.speaker_role:
            words = roles.setdefault(quote.speaker, set())
            words.update(f"r:{w}" for w in content_words(quote.speaker_role)[:4] if w.isalpha())
    return Context(
        frozenset(f"o:{name_key(e.name)}" for e in orgs[:_ORGS]),
        {name: frozenset(words) for name, words in roles.items()},
    )


def namelike(name: str) -> bool:
    """Whether a name may join another as one person's: no word of it opens or closes an
    organisation's or a thing's name ("Kementerian", "Team", "Award"), and a bare word is
    capitalised and no acronym. The entity stage lets a few such names through as people;
    joining them would spread the error to every article naming them."""
    words = name_words(name)
    if len(words) == 1 and (not name[:1].isupper() or (len(name) > 1 and name.isupper())):
        return False
    return not {w.lower() for w in words} & _not_person_words()


def speaker_is_named(speaker: str) -> bool:
    """Whether a speaker the quote stage named outside the entities reads as a person's name:
    capitalised words, none a pronoun, a plain noun for people or an organisation word."""
    words = name_words(speaker)
    lower = {w.lower() for w in words}
    plain = lowered("person_pronouns.txt") | lowered("human_nouns.txt") | _COMMON_SUBJECTS
    return (
        bool(words)
        and all(w[:1].isupper() for w in words)
        and not lower & plain
        and (namelike(speaker))
    )


@cache
def nickname_titles() -> frozenset[str]:
    """Titles that go with a nickname ("Gus Ipul", "Cak Imin", "Mbah Wahid"), not "Pak"."""
    return lowered_for_use("honorifics.tsv", "alias") | {"gus"}


@cache
def _not_person_words() -> frozenset[str]:
    return (
        lowered("org_tails.txt")
        | lowered_for_use("org_heads.tsv", "entities")
        | lowered("not_person_heads.txt")
        | lowered("thing_tails.txt")
    )


def with_ids(article: Article, ids: dict[str, str]) -> Article:
    """Return the article with the person ids of its PERSON entities and quotes set."""
    by_alias = {
        a: ids[e.name] for e in article.entities if e.name in ids for a in (e.name, *e.aliases)
    }
    entities = tuple(
        replace(e, person_id=ids.get(e.name))
        if e.type == "PERSON" and e.person_id != ids.get(e.name)
        else e
        for e in article.entities
    )
    quotes = tuple(_quote_id(q, ids, by_alias) for q in article.quotes)
    same = all(a is b for a, b in zip(entities, article.entities, strict=True)) and all(
        a is b for a, b in zip(quotes, article.quotes, strict=True)
    )
    return article if same else replace(article, entities=entities, quotes=quotes)


def _quote_id(quote: Quote, ids: dict[str, str], by_alias: dict[str, str]) -> Quote:
    pid = (ids.get(quote.speaker) or by_alias.get(quote.speaker)) if quote.speaker else None
    return quote if pid == quote.person_id else replace(quote, person_id=pid)
