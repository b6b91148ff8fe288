"""A page of the whole store's articles is the same slice of ``iter_articles`` order, read from
the published index (dated first, then undated) rather than by sorting every article."""

from __future__ import annotations

import pytest
from factories import make_article

from kabar.store import open_store


@pytest.mark.parametrize("limit", [None, 1, 7, 20, 100])
def test_pages_are_slices_of_the_store_order(limit: int | None) -> None:
    store = open_store(":memory:")
    store.put_articles(
        [
            make_article(
                f"a{(n * 37) % 101:03d}",
                published=None if n % 7 == 0 else f"2024-0{1 + n % 3}-1{n % 5}T10:00:00+07:00",
            )
            for n in range(101)
        ],
        linked=True,
    )
    order = [a.id for a in store.iter_articles()]
    assert len(order) == 101
    for offset in (0, 3, 40, 85, 86, 100, 150):
        page = [a.id for a in store.list_articles(limit=limit, offset=offset)]
        assert page == order[offset : None if limit is None else offset + limit]

