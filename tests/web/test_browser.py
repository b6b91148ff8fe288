"""The reader in real headless Chromium over the example store (examples/corpus).

These run in the suite and FAIL when Chromium is missing: CI must install it
(``apt-get install -y chromium``, giving /usr/bin/chromium). Set KABAR_SCREENSHOTS=DIR to
also save one phone-width screenshot per page type there (docs/screenshots/ holds them).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn

from kabar.web import create_app

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")
PHONE = {"width": 390, "height": 844}


@contextmanager
def served(db: Path) -> Iterator[str]:
    """The web application over ``db`` served on a free loopback port while the block runs."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="error")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        if time.monotonic() > deadline:
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        running.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def server(example_db: Path) -> Iterator[str]:
    """The web application served on a free loopback port for the module's tests."""
    with served(example_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install it with 'apt-get install -y chromium'")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport=PHONE, locale="id-ID")  # type: ignore[attr-defined]
    # The original URLs point at outlets on the internet: answer them locally.
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith("http://127.0.0.1")
            else route.fulfill(status=200, content_type="text/html", body="<p>original</p>")
        ),
    )
    opened = context.new_page()
    yield opened
    context.close()


def _shot(page: object, name: str) -> None:
    folder = os.environ.get("KABAR_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"))  # type: ignore[attr-defined]


def test_search_for_a_person_then_follow_them(page: object, server: str) -> None:
    p = page  # type: ignore[assignment]
    p.goto(server + "/")
    p.fill("header input[name=q]", '"Arif Mahendra"')
    p.click("header button")
    p.wait_for_url("**/search?q=*")
    assert p.locator("article.hit").count() > 0
    assert "Arif Mahendra" in p.locator("mark").first.inner_text() + p.inner_text("main")
    _shot(p, "search")
    p.click('.facets a:has-text("Arif Mahendra")')
    p.wait_for_url("**person=arif-mahendra*")
    assert p.locator("article.hit").count() > 0


def test_open_a_story_follow_a_citation_to_the_article_and_its_original(
    page: object, server: str
) -> None:
    p = page  # type: ignore[assignment]
    p.goto(server + "/")
    _shot(p, "index")
    stories = p.locator("main table a[href^='/stories/']")
    for n in range(stories.count()):  # a story citing an article with an original URL
        p.goto(server + "/")
        stories.nth(n).click()
        p.wait_for_url("**/stories/*")
        if p.locator("a.cite:has(+ a.orig)").count():
            break
    assert p.locator("h2").count() >= 5
    _shot(p, "story")
    p.click("a.cite:has(+ a.orig) >> nth=0")
    p.wait_for_url("**/articles/*")
    assert p.locator(".body").count() == 1
    _shot(p, "article")
    original = p.locator("main table a.orig").first
    href = original.get_attribute("href")
    assert href and href.startswith("http")
    original.click()
    p.wait_for_url(href)
    assert "original" in p.inner_text("body")


def test_follow_a_speaker_to_the_person_page(page: object, server: str) -> None:
    p = page  # type: ignore[assignment]
    p.goto(server + "/")
    p.click("main table a[href^='/stories/']")
    p.wait_for_url("**/stories/*")
    speaker = p.locator("h3 a[href^='/people/']").first
    name = speaker.inner_text()
    speaker.click()
    p.wait_for_url("**/people/*")
    assert p.inner_text("h1") == name
    assert p.locator("svg rect").count() > 0
    _shot(p, "person")
    p.click("a[href^='/outlets/'] >> nth=0")
    p.wait_for_url("**/outlets/*")
    _shot(p, "outlet")


def test_page_through_the_index(page: object, server: str) -> None:
    p = page  # type: ignore[assignment]
    p.goto(server + "/?limit=2")
    first = p.locator("main table a").all_inner_texts()
    p.click("a[rel=next]")
    p.wait_for_url("**offset=2*")
    second = p.locator("main table a").all_inner_texts()
    assert len(first) == len(second) == 2 and not set(first) & set(second)
    p.click("a[rel=prev]")
    p.wait_for_url("**offset=0*")
    assert p.locator("main table a").all_inner_texts() == first


def test_no_page_scrolls_sideways_on_a_390px_phone(page: object, server: str) -> None:
    p = page  # type: ignore[assignment]
    p.goto(server + "/")
    story = p.locator("main table a[href^='/stories/']").first.get_attribute("href")
    p.goto(server + story)
    article = p.locator("a.cite").first.get_attribute("href")
    person = p.locator("h3 a[href^='/people/']").first.get_attribute("href")
    outlet = p.locator("a[href^='/outlets/']").first.get_attribute("href")
    for url in ("/", story, article, person, outlet, "/search?q=banjir", "/docs", "/nope"):
        p.goto(server + url)
        width = p.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{url} is {width} px wide"
