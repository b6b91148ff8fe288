"""The person registry: one stable id per person across the whole store.

Every PERSON entity (and every quote's speaker) of a stored article is resolved to a person:

- a full name (two words or more) seen before is that person; a full name that contains a
  known full name or lies within one ("Tito Karnavian" / "Muhammad Tito Karnavian"), or an
  alias the entity stage read beside it ("Saifullah Yusuf (Gus Ipul)"), joins the one known
  person it fits;
- a bare name ("Purbaya", "Iwan") joins a known person only when exactly one person carrying
  that word fits the article's context: the words before the name (its role), the
  organisations and people named beside it, and the time since the person was last seen.
  Otherwise it stays a person of its own, keyed by the bare name.

Each join of a new name to a person is a *merge*, stored with its evidence (the rule, the
known name it matched, the context shared) and undone by ``unmerge``: the name's mentions go
back to a person of their own and the pair is blocked from joining again.

A person's id is the slug of the first name it was stored under, so links written before the
registry (the slug of a name) still land on the person; ids of names merged into someone else
resolve to that person. Every lookup is by an indexed key, so resolving an article costs the
same in a store of a thousand articles as in one of a million.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from kabar.models import Article, Entity
from kabar.store.context import (
    Context,
    article_context,
    name_words,
    namelike,
    nickname_titles,
    speaker_is_named,
    with_ids,
)
from kabar.store.fit import best_fit
from kabar.store.persons import (
    absorb,
    add_name,
    blocked,
    holders,
    live,
    merge_of,
    new_person,
)
from kabar.text import name_key

# A full name inside a longer one needs WITHIN_SCORE (see kabar.store.fit); a bare name that
# is only a middle word of the person's names needs INNER more.
WITHIN_SCORE = 2
INNER = 2
# Bearers of a word read per look-up; a bare name borne by more people is too common to join.
_BEARERS = 500
_BARE_BEARERS = 20
# A surname shared by more people than this is too common to join a name by its tail alone.
_TAIL_BEARERS = 3
# Context terms kept per person and article (the role words and names beside a mention).
_TERMS_PER_ARTICLE = 24
# One-word aliases whose nickname-title names are kept made (a run meets a few thousand).
TITLED_CACHE = 8192


@dataclass(frozen=True)
class Merge:
    """A name joined to a person, with the evidence that joined it."""

    id: int
    person: str
    name: str
    article: str
    evidence: dict[str, object]
    undone: bool


@dataclass(frozen=True)
class Match:
    person: str
    merge: int | None


def assign(db: sqlite3.Connection, articles: Sequence[Article]) -> list[Article]:
    """Resolve every person of these articles (inside the caller's transaction)."""
    return [_assign(db, article) for article in articles]


def _names(article: Article) -> list[str]:
    """The article's people: its PERSON entities, then speakers named otherwise, unless the
    article names them as an organisation or place ("kata Komisi Pemberantasan Korupsi") or
    they are a pronoun or a plain noun ("Mereka", "Pemerintah")."""
    names = [e.name for e in article.entities if e.type == "PERSON"]
    known = {n for e in article.entities for n in (e.name, *e.aliases)}
    names += sorted(
        {
            q.speaker
            for q in article.quotes
            if q.speaker and q.speaker not in known and speaker_is_named(q.speaker)
        }
    )
    return names


def _assign(db: sqlite3.Connection, article: Article) -> Article:
    names = _names(article)
    stored = dict(
        db.execute("SELECT name, person FROM person_mentions WHERE article = ?", (article.id,))
    )
    if set(stored) != set(names):
        _forget(db, article.id, stored)
        stored = _resolve_all(db, article, names)
    return with_ids(article, stored)


def _forget(db: sqlite3.Connection, article_id: str, stored: dict[str, str]) -> None:
    for pid in set(stored.values()):
        db.execute("UPDATE people SET articles = MAX(articles - 1, 0) WHERE id = ?", (pid,))
    db.executemany(
        "UPDATE person_names SET n = MAX(n - 1, 0) WHERE key = ? AND person = ?",
        [(name_key(name), pid) for name, pid in stored.items()],
    )
    db.execute("DELETE FROM person_mentions WHERE article = ?", (article_id,))


def _resolve_all(db: sqlite3.Connection, article: Article, names: list[str]) -> dict[str, str]:
    """Full names first (they give the bare names their context), then bare names."""
    ctx = article_context(article)
    entities = {e.name: e for e in article.entities if e.type == "PERSON"}
    found: dict[str, Match] = {}
    for name in sorted(names, key=lambda n: (len(name_words(n)) < 2, names.index(n))):
        entity = entities.get(name) or Entity(name, "PERSON")
        focus = ctx.focus(name, {m.person for m in found.values()})
        if len(name_words(name)) >= 2:
            found[name] = _full(db, entity, focus, article)
        else:
            found[name] = _bare(db, name, focus, article)
    _record(db, article, ctx, found, entities)
    return {name: match.person for name, match in found.items()}


def _full(db: sqlite3.Connection, entity: Entity, ctx: Context, article: Article) -> Match:
    key = name_key(entity.name)
    known_by = holders(db, key)
    if known_by:
        pid = best_fit(db, known_by, ctx, article)[0] if len(known_by) > 1 else known_by[0]
        return Match(pid, merge_of(db, pid, key))
    if not namelike(entity.name):
        return Match(new_person(db, entity.name), None)
    for alias in entity.aliases:
        if len(name_words(alias)) < 2 or not namelike(alias):
            continue
        known = [p for p in holders(db, name_key(alias)) if not blocked(db, p, key)]
        if len(known) == 1:
            seen = {"rule": "alias", "known": alias, "seen_with": entity.name}
            return _join(db, known[0], entity.name, article, seen, ctx)
    titled = _titled_nickname(db, entity.name, ctx, article)
    if titled:
        return titled
    within = _within(db, entity.name, key)
    if within:
        chosen, shared, clear = best_fit(db, list(within), ctx, article, WITHIN_SCORE)
        if clear:
            evidence: dict[str, object] = {
                "rule": "name-within",
                "known": within[chosen],
                "shared": shared,
                "candidates": len(within),
            }
            return _join(db, chosen, entity.name, article, evidence, ctx)
        tail = _tail_of(db, entity.name, within)
        if tail:
            evidence = {"rule": "name-tail", "known": within[tail], "candidates": 1}
            return _join(db, tail, entity.name, article, evidence, ctx)
    return Match(new_person(db, entity.name), None)


def _tail_of(db: sqlite3.Connection, name: str, within: dict[str, str]) -> str | None:
    """ "Tito Karnavian" / "Muhammad Tito Karnavian": the one known person whose full name
    ends with this name or is the end of it (two words or more), when no other known person
    fits and the shared surname is rare in the store (a common "Budi Santoso" ending many
    people's names is no evidence)."""
    if len(within) != 1:
        return None
    pid, known = next(iter(within.items()))
    words = [w.lower() for w in name_words(name)]
    other = [w.lower() for w in name_words(known)]
    short, long = (words, other) if len(words) < len(other) else (other, words)
    if len(short) < 2 or long[-len(short) :] != short:
        return None
    bearers = db.execute(
        "SELECT COUNT(*) FROM (SELECT 1 FROM person_words WHERE word = ? LIMIT ?)",
        (short[-1], _TAIL_BEARERS + 1),
    ).fetchone()[0]
    return pid if bearers <= _TAIL_BEARERS else None


def _within(db: sqlite3.Connection, name: str, key: str) -> dict[str, str]:
    """Known people with a full name inside this one or holding it (two words or more)."""
    words = [w.lower() for w in name_words(name)]
    # Each word's bearers, read up to a bound: a common word ("Muhammad") may be cut short,
    # but a person sharing two words is still found through the rarer one.
    counts: dict[str, int] = {}
    for word in dict.fromkeys(words):
        for (pid,) in db.execute(
            "SELECT person FROM person_words WHERE word = ? LIMIT ?", (word, _BEARERS)
        ):
            counts[pid] = counts.get(pid, 0) + 1
    found: dict[str, str] = {}
    for pid in live(db, [p for p, n in counts.items() if n >= 2][:50]):
        if blocked(db, pid, key):
            continue
        for (known,) in db.execute("SELECT name FROM person_names WHERE person = ?", (pid,)):
            other = [w.lower() for w in name_words(known)]
            inside = _run_in(other, words) or _run_in(words, other)
            if len(other) >= 2 and inside and namelike(known):
                found[pid] = known
                break
    return found


def _titled_nickname(
    db: sqlite3.Connection, name: str, ctx: Context, article: Article
) -> Match | None:
    """ "Gus Ipul", "Cak Imin": a nickname title and one word, joined to the one person whose
    names hold the word and whose context fits (as a bare name would be)."""
    words = name_words(name)
    if len(words) != 2 or words[0].lower() not in nickname_titles():
        return None
    rows = db.execute(
        "SELECT person FROM person_words WHERE word = ? LIMIT ?", (words[1].lower(), _BARE_BEARERS)
    ).fetchall()
    key = name_key(name)
    candidates = [p for p in live(db, [r[0] for r in rows]) if not blocked(db, p, key)]
    if not candidates or len(rows) >= _BARE_BEARERS:
        return None
    chosen, shared, clear = best_fit(db, candidates, ctx, article)
    if not clear:
        return None
    evidence = {"rule": "titled-nickname", "word": words[1], "shared": shared}
    return _join(db, chosen, name, article, evidence, ctx)


def _take_titled(
    db: sqlite3.Connection, pid: str, name: str, alias: str, ctx: Context, article: Article
) -> None:
    """A full name read with a one-word alias ("Saifullah Yusuf (Gus Ipul)" gives "Ipul"): a
    person stored alone as that alias under a nickname title ("Gus Ipul") whose context fits
    this article is the same person."""
    keys = _titled_names(alias)
    marks = ", ".join("?" * len(keys))
    rows = db.execute(
        f"SELECT key, person FROM person_names WHERE key IN ({marks}) AND merge IS NULL"
        " AND person != ?",
        [*keys, pid],
    ).fetchall()
    for key, other in rows:
        if blocked(db, pid, key) or not best_fit(db, [other], ctx, article)[2]:
            continue
        evidence = {"rule": "titled-nickname", "word": alias, "seen_with": name}
        _join(db, pid, keys[key], article, evidence, ctx)


@lru_cache(maxsize=TITLED_CACHE)
def _titled_names(alias: str) -> Mapping[str, str]:
    """Return the key of each nickname title with a one-word alias -> that name ("Gus Ipul"):
    the same for every article that gives the alias, so made once."""
    names = {name_key(f"{t} {alias}"): f"{t.title()} {alias}" for t in nickname_titles()}
    return MappingProxyType(names)


def _run_in(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is a contiguous run of ``long`` at its start or its end."""
    n = len(short)
    return n < len(long) and (long[:n] == short or long[-n:] == short)


def _bare(db: sqlite3.Connection, name: str, ctx: Context, article: Article) -> Match:
    key = name_key(name)
    rows = db.execute(
        "SELECT person FROM person_words WHERE word = ? LIMIT ?", (name.lower(), _BARE_BEARERS)
    ).fetchall()
    own = holders(db, key)
    candidates = [
        p for p in live(db, [r[0] for r in rows]) if p not in own and not blocked(db, p, key)
    ]
    if candidates and namelike(name) and len(rows) < _BARE_BEARERS:
        # A bare name is a first or a last name far more often than a middle one ("Saefullah"
        # of Jakarta is not "Eep Saefullah Fatah"): a middle word needs INNER more evidence.
        handicap = {p: INNER for p in candidates if _inner(db, p, name.lower())}
        chosen, shared, clear = best_fit(db, candidates, ctx, article, handicap=handicap)
        if clear:
            evidence: dict[str, object] = {
                "rule": "bare-name-context",
                "shared": shared,
                "candidates": len(candidates),
            }
            return _join(db, chosen, name, article, evidence, ctx)
    if own:
        return Match(own[0], merge_of(db, own[0], key))
    return Match(new_person(db, name), None)


def _inner(db: sqlite3.Connection, pid: str, word: str) -> bool:
    """Whether a word stands only inside the person's names, never first or last."""
    for (known,) in db.execute("SELECT name FROM person_names WHERE person = ? LIMIT 20", (pid,)):
        words = [w.lower() for w in name_words(known)]
        if words and word in (words[0], words[-1]):
            return False
    return True


def _join(
    db: sqlite3.Connection,
    pid: str,
    name: str,
    article: Article,
    evidence: Mapping[str, object],
    ctx: Context,
) -> Match:
    """Join a name to a person: the pair's merge row (made once, with its first evidence)."""
    key = name_key(name)
    row = db.execute(
        "SELECT id, undone FROM person_merges WHERE person = ? AND key = ?", (pid, key)
    ).fetchone()
    if row is None:
        cursor = db.execute(
            "INSERT INTO person_merges (person, key, name, article, evidence)"
            " VALUES (?, ?, ?, ?, ?)",
            (pid, key, name, article.id, json.dumps(evidence, ensure_ascii=False)),
        )
        merge = int(cursor.lastrowid or 0)
        if len(name_words(name)) >= 2:
            absorb(db, pid, key, merge)
    else:
        merge = int(row[0])
    if len(name_words(name)) >= 2:
        add_name(db, pid, name, merge)
    return Match(pid, merge)


def _record(
    db: sqlite3.Connection,
    article: Article,
    ctx: Context,
    found: dict[str, Match],
    entities: dict[str, Entity],
) -> None:
    """Store the article's mentions, the people's new aliases, context, roles and dates."""
    db.executemany(
        "INSERT OR REPLACE INTO person_mentions (article, name, person, merge, published)"
        " VALUES (?, ?, ?, ?, ?)",
        [(article.id, n, m.person, m.merge, article.published) for n, m in found.items()],
    )
    db.executemany(
        "UPDATE person_names SET n = n + 1 WHERE key = ? AND person = ?",
        [(name_key(n), m.person) for n, m in found.items()],
    )
    people = {m.person for m in found.values()}
    for pid in people:
        db.execute(
            "UPDATE people SET articles = articles + 1,"
            " last = MAX(COALESCE(last, ''), COALESCE(?, '')) WHERE id = ?",
            (article.published, pid),
        )
    for name, match in found.items():
        entity = entities.get(name)
        for alias in entity.aliases if entity else ():
            if len(name_words(alias)) >= 2 and name_key(alias) != name_key(name):
                if not (namelike(alias) and namelike(name)):
                    continue
                evidence = {"rule": "alias-in-article", "known": name, "alias": alias}
                if not blocked(db, match.person, name_key(alias)):
                    _join(db, match.person, alias, article, evidence, ctx)
            elif len(name_words(alias)) == 1 < len(name_words(name)) and namelike(alias):
                db.execute(
                    "INSERT OR IGNORE INTO person_words (word, person) VALUES (?, ?)",
                    (alias.lower(), match.person),
                )
                _take_titled(db, match.person, name, alias, ctx.focus(name, people), article)
        terms = ctx.terms_of(name) | {f"p:{p}" for p in people if p != match.person}
        db.executemany(
            "INSERT INTO person_context (person, term, n) VALUES (?, ?, 1)"
            " ON CONFLICT (person, term) DO UPDATE SET n = n + 1",
            [(match.person, t) for t in sorted(terms)[:_TERMS_PER_ARTICLE]],
        )
    for quote in article.quotes:
        speaker = found.get(quote.speaker or "")
        if speaker and quote.speaker_role:
            db.execute(
                "INSERT INTO person_roles (person, role, first, last, n) VALUES (?, ?, ?, ?, 1)"
                " ON CONFLICT (person, role) DO UPDATE SET n = n + 1,"
                " first = MIN(COALESCE(first, excluded.first), COALESCE(excluded.first, first)),"
                " last = MAX(COALESCE(last, ''), COALESCE(excluded.last, ''))",
                (speaker.person, quote.speaker_role, article.published, article.published),
            )
