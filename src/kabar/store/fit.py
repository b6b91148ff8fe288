"""How well a known person fits an article: the score a registry merge needs.

Each person named beside both counts 2, each shared organisation or role word 1, the person
named in full in the same article SAME_ARTICLE; a person last seen within RECENT_DAYS gets
half a point, which only breaks ties. Read through the indexed ``person_context`` table.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from kabar.models import Article
from kabar.store.context import Context, day_gap

# A bare name joins a person whose context scores at least MIN_SCORE, MARGIN ahead of the
# next: each person named beside both counts 2, each shared organisation or role word 1, the
# person named in full in the same article SAME_ARTICLE. On the IndoSum and Detik stores one
# shared organisation alone ("DPR", "Instagram") joined the wrong people; a shared co-mentioned
# person rarely did.
MIN_SCORE = 3
SAME_ARTICLE = 4
MARGIN = 2
RECENT_DAYS = 120


def best_fit(
    db: sqlite3.Connection,
    candidates: list[str],
    ctx: Context,
    article: Article,
    needed: float = MIN_SCORE,
    handicap: Mapping[str, float] | None = None,
) -> tuple[str, list[str], bool]:
    """The candidate whose stored context fits the article best, what it shares, and whether
    it fits clearly (score at least ``needed`` and MARGIN ahead of the next)."""
    scored = []
    terms = sorted(ctx.terms)
    marks = ", ".join("?" * len(terms))
    for pid in candidates[:20]:
        shared = (
            [
                t
                for (t,) in db.execute(
                    f"SELECT term FROM person_context WHERE person = ? AND term IN ({marks})",
                    [pid, *terms],
                )
            ]
            if terms
            else []
        )
        here = pid in ctx.people
        if here:
            shared.append("same-article")
        score = float(sum(2 if t.startswith("p:") else 1 for t in shared))
        score += SAME_ARTICLE if here else 0
        last = db.execute("SELECT last FROM people WHERE id = ?", (pid,)).fetchone()
        gap = day_gap(last[0] if last else None, article.published)
        # Recency only breaks ties: a bare name is not someone merely for being recent.
        score += 0.5 if gap is not None and gap <= RECENT_DAYS else 0
        score -= (handicap or {}).get(pid, 0)
        scored.append((score, pid, shared))
    scored.sort(key=lambda s: -s[0])
    top = scored[0]
    second = scored[1][0] if len(scored) > 1 else 0
    clear = top[0] >= needed and top[0] - second >= MARGIN
    return top[1], top[2], clear
