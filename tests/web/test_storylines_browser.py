"""A storyline page in real headless Chromium at phone width (see test_browser.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_browser import _shot, browser, page, served  # noqa: F401  (the fixtures, shared)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(storyline_db: Path) -> Iterator[str]:
    """The web application over the storyline store on a free loopback port."""
    with served(storyline_db) as url:
        yield url


def test_open_a_storyline_from_the_index_and_follow_an_event(
    page: object,  # noqa: F811
    server: str,
) -> None:
    p = page  # type: ignore[assignment]
    p.goto(server + "/")
    p.click("main a[href^='/storylines/l-']")
    p.wait_for_url("**/storylines/l-*")
    assert p.locator("main table a[href^='/stories/']").count() == 3
    chart = p.locator("svg.chart")
    assert chart.is_visible() and p.locator("svg.chart rect").count() >= 3
    # readable on a phone: nothing wider than the screen
    width = p.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width
    assert chart.bounding_box()["width"] <= 390
    _shot(p, "storyline")
    title = p.inner_text("h1")
    p.click("main table a[href^='/stories/'] >> nth=1")
    p.wait_for_url("**/stories/*")
    back = p.locator("main a[href^='/storylines/']").first
    assert back.inner_text() == title
    back.click()
    p.wait_for_url("**/storylines/l-*")
