"""Collection cycles against the fictional newsroom: every good article analysed once,
every failure reported per source, nothing fetched twice across runs, politeness measured."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from conftest import newsroom_config
from newsroom import T0
from remote import RemoteNewsroom

from kabar.collect import CollectState, SourcesConfig, collect_once, open_state, run_forever
from kabar.collect.report import CycleReport
from kabar.models import RawDocument

GOOD = {
    "warta": ["/berita/101/banjir-semarang", "/berita/102/harga-cabai",
              "/berita/103/gempa-cianjur", "/berita/104/kereta-cepat",
              "/berita/105/imunisasi-campak"],
    "kabar": ["/berita/k1/pelabuhan-dwikora", "/berita/k2/festival-dayak",
              "/berita/k3/titik-panas", "/berita/k4/jalan-rusak", "/berita/k5/listrik-padam"],
    "lintas": ["/berita/201/pameran-umkm", "/berita/202/rekrutmen-kpu",
               "/berita/204/banjir-semarang-warga-mengungsi"],
    "besar": ["/berita/301/pupuk-langka"],
}


class Recorder:
    """An ``analyze`` that keeps what it was given."""

    def __init__(self) -> None:
        self.documents: list[RawDocument] = []
        self.calls = 0

    def __call__(self, documents: list[RawDocument]) -> None:
        self.calls += 1
        self.documents.extend(documents)

    def urls(self) -> list[str]:
        return [d.url or "" for d in self.documents]


def clock_at(hours: float) -> Callable[[], datetime]:
    return lambda: T0 + timedelta(hours=hours)


@dataclass
class FirstRun:
    room: RemoteNewsroom
    config: SourcesConfig
    state: CollectState
    analyze: Recorder
    report: CycleReport
    lines: list[str]


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FirstRun]:
    """One first cycle over the whole newsroom, shared by the tests that only read it."""
    room = RemoteNewsroom()
    folder = tmp_path_factory.mktemp("first")
    config = newsroom_config(room, folder)
    state = open_state(folder / "kabar.db")
    analyze = Recorder()
    lines: list[str] = []
    report = collect_once(config, state, analyze=analyze, clock=clock_at(1),
                          progress=lambda r: lines.append(r.line()))
    try:
        yield FirstRun(room, config, state, analyze, report, lines)
    finally:
        state.close()
        room.stop()


def only(config: SourcesConfig, *names: str) -> SourcesConfig:
    """The config with only some sources (the quick ones, for the mechanics tests), and a
    shorter per-host rate: these tests do not measure spacing."""
    return replace(
        config,
        sources=tuple(s for s in config.sources if s.name in names),
        settings=replace(config.settings, rate=0.01),
    )


QUICK = ("warta-terkini", "warta-nasional", "raksasa-rusak")
QUICK_GOOD = 6  # Warta's five articles and Raksasa's salvaged one


@pytest.fixture
def state(tmp_path: Path) -> Iterator[CollectState]:
    with open_state(tmp_path / "kabar.db") as opened:
        yield opened


def _good_urls(room: RemoteNewsroom) -> set[str]:
    outlets = {"warta": room.warta, "kabar": room.kabar, "lintas": room.lintas,
               "besar": room.besar}
    return {outlets[key].url(path) for key, paths in GOOD.items() for path in paths}


def test_first_run_analyses_every_good_article_once_and_reports_every_failure(
    first: FirstRun,
) -> None:
    newsroom, state, analyze, report, lines = (
        first.room, first.state, first.analyze, first.report, first.lines)
    assert sorted(analyze.urls()) == sorted(_good_urls(newsroom))
    assert len(analyze.urls()) == len(set(analyze.urls()))  # each once
    assert analyze.calls >= 3  # batches of 4
    by_source = {s.name: s for s in report.sources}
    reasons = {s.name: [f.reason for f in s.failures] for s in report.sources}
    assert sorted(reasons["warta-terkini"]) == [
        "HTTP 404 Not Found", "HTTP 410 Gone", "disallowed by robots.txt"]
    assert reasons["warta-nasional"] == []
    assert len(reasons["kabar-sitemap"]) == 1 and "redirect loop" in reasons["kabar-sitemap"][0]
    assert reasons["lintas-nasional"] == ["timed out after 1.2 s"]
    assert len(reasons["raksasa-rusak"]) == 1
    assert reasons["raksasa-rusak"][0].startswith("feed is not well-formed XML")
    assert sorted(reasons["raksasa-utama"]) == [
        "response too large: 52,428,800 bytes (limit 2,000,000)",
        "response too large: more than 2,000,000 bytes"]
    # Duplicates across the two Warta feeds are counted as found but fetched once.
    assert by_source["warta-nasional"].found == 3 and by_source["warta-nasional"].new == 1
    assert report.analyzed == 14 and report.new == 14
    assert len(lines) == 1 and "14 new" in lines[0] and "8 failures" in lines[0]
    # The per-source status is kept for `kabar sources`.
    status = state.source_status("warta-terkini")
    assert status is not None and status.found == 7 and status.new == 4 and status.errors == 3
    assert status.next_run == "2026-12-07T02:10:00+00:00"  # default every = 10 min
    assert len(state.failures("raksasa-utama")) == 2
    # 429 with Retry-After: 1 was waited for; 500 was retried and then succeeded.
    k3 = [t for t, p, _ in newsroom.kabar.log if p == "/berita/k3/titik-panas"]
    k4 = [t for t, p, _ in newsroom.kabar.log if p == "/berita/k4/jalan-rusak"]
    assert len(k3) == 2 and k3[1] - k3[0] >= 1.0
    assert len(k4) == 2


def test_documents_carry_canonical_url_outlet_and_republished_copy_stays_its_outlets(
    first: FirstRun,
) -> None:
    newsroom, state, analyze = first.room, first.state, first.analyze
    by_url = {d.url: d for d in analyze.documents}
    # Tracking parameters are gone; the page's og:url agrees.
    kereta = newsroom.warta.url("/berita/104/kereta-cepat")
    assert kereta in by_url and by_url[kereta].outlet == "Warta Nusantara"
    # The redirect chain 301 -> 302 ends at the article, stored under its own URL.
    assert newsroom.kabar.url("/berita/k5/listrik-padam") in by_url
    assert state.page_url(newsroom.kabar.url("/lama/listrik")) == newsroom.kabar.url(
        "/berita/k5/listrik-padam")
    # Lintas Jawa republished Warta's flood story with a canonical pointing at Warta:
    # it is kept as Lintas Jawa's page, beside Warta's own.
    copy = by_url[newsroom.lintas.url("/berita/204/banjir-semarang-warga-mengungsi")]
    original = by_url[newsroom.warta.url("/berita/101/banjir-semarang")]
    assert copy.outlet == "Lintas Jawa" and original.outlet == "Warta Nusantara"
    assert copy.title == original.title
    assert copy.format == "html" and "Sutrisno" in copy.text


def test_requests_to_one_host_are_spaced_by_the_rate(first: FirstRun) -> None:
    """Measured by the servers (in their own process) over the whole first cycle."""
    rate = first.config.settings.rate
    for outlet in first.room.outlets:
        arrivals = sorted(outlet.arrivals())
        assert len(arrivals) >= 4
        gaps = [b - a for a, b in pairwise(arrivals)]
        # Arrival is the kernel's timestamp of a request's first bytes: the client sends
        # each request at least `rate` after the previous one left. On a loaded machine the
        # sending thread can be paused between taking its turn and writing its bytes, which
        # shortens one gap by that pause; an unlimited client's gaps are a millisecond or two,
        # so the minimum still tells the two apart and the median holds the full rate.
        assert min(gaps) >= 0.5 * rate, (outlet.name, min(gaps))
        assert sorted(gaps)[len(gaps) // 2] >= rate, (outlet.name, gaps)


def test_user_agent_names_kabar_and_the_contact(first: FirstRun) -> None:
    agents = {h.get("user-agent") for _, _, h in first.room.kabar.log}
    assert len(agents) == 1
    agent = agents.pop() or ""
    assert agent.startswith("kabar/") and agent.endswith("(+https://example.org/kabar-test)")


def test_the_50_mb_responses_are_not_read_whole(first: FirstRun) -> None:
    sent = first.room.besar.sent_bytes
    assert set(sent) == {"/berita/302/raksasa", "/berita/303/raksasa-tanpa-panjang"}
    assert all(size < 12_000_000 for size in sent.values()), sent


def test_second_run_fetches_nothing_twice_and_stores_the_live_update_as_a_new_version(
    first: FirstRun,
) -> None:
    # Runs after the other tests of the first run (it changes the sites).
    newsroom, config, state = first.room, first.config, first.state
    before = {o.slug: len(o.requests()) for o in newsroom.outlets}
    newsroom.update_live_article()  # new paragraph; the feed re-dates the item
    newsroom.touch_cabai()  # re-dated in the feed, text unchanged
    analyze = Recorder()
    report = collect_once(config, state, analyze=analyze, clock=clock_at(5))
    live = newsroom.warta.url("/berita/103/gempa-cianjur")
    assert analyze.urls() == [live]
    assert "214 rumah rusak ringan" in analyze.documents[0].text
    terkini = next(s for s in report.sources if s.name == "warta-terkini")
    assert (terkini.new, terkini.updated, terkini.unchanged) == (1, 1, 1)
    assert [p.version for p in state.pages_since("2026-12-01", all_versions=True)
            if p.url == live] == [1, 2]
    # Listings that did not change answered 304; known articles were not requested again,
    # except the two the feed re-dated, asked for conditionally.
    warta_second = newsroom.warta.requests()[before["warta"]:]
    articles = [p for p in warta_second if p.startswith("/berita/10") and p[8:11] < "106"]
    assert sorted(articles) == ["/berita/102/harga-cabai", "/berita/103/gempa-cianjur"]
    conditional = [h for _, p, h in newsroom.warta.log[before["warta"]:]
                   if p == "/berita/102/harga-cabai"]
    assert conditional and "if-none-match" in conditional[0]
    assert newsroom.kabar.requests()[before["kabar"]:] == ["/robots.txt", "/sitemap.xml"]
    assert sorted(newsroom.besar.requests()[before["besar"]:]) == [
        "/robots.txt", "/rss/rusak.xml", "/rss/utama.xml"]
    # The slow page failed transiently: its section is read again and only it is retried.
    assert newsroom.lintas.requests()[before["lintas"]:] == [
        "/robots.txt", "/nasional", "/berita/203/lambat"]
    # A third run with nothing new fetches no article at all.
    third = Recorder()
    collect_once(config, state, analyze=third, clock=clock_at(6))
    assert third.documents == []


def test_a_failing_analysis_keeps_the_pages_for_the_next_cycle(
    newsroom: RemoteNewsroom, config: SourcesConfig, state: CollectState
) -> None:
    config = only(config, *QUICK)

    def broken(documents: list[RawDocument]) -> None:
        raise RuntimeError("model not loaded")

    report = collect_once(config, state, analyze=broken, clock=clock_at(1))
    assert report.analyzed == 0
    assert any("analysis failed: RuntimeError" in f.reason for f in report.failures)
    assert len(state.pending()) == QUICK_GOOD
    analyze = Recorder()
    again = collect_once(config, state, analyze=analyze, clock=clock_at(2))
    assert len(set(analyze.urls())) == QUICK_GOOD == len(analyze.urls())
    assert again.analyzed == QUICK_GOOD and state.pending() == []


def test_stop_keeps_every_page_fetched_and_the_rest_waits(
    newsroom: RemoteNewsroom, config: SourcesConfig, state: CollectState
) -> None:
    config = only(config, *QUICK)
    config = replace(config, settings=replace(config.settings, batch_size=1, workers=1))
    stop = threading.Event()
    analyze = Recorder()

    def analyze_then_stop(documents: list[RawDocument]) -> None:
        analyze(documents)
        stop.set()  # as a SIGTERM handler would, while pages are still being fetched

    report = collect_once(config, state, analyze=analyze_then_stop, clock=clock_at(1), stop=stop)
    assert report.stopped
    stored = {p.url for p in state.pages_since("2026-01-01")}
    assert set(analyze.urls()) == stored  # every page fetched was kept and analysed
    assert 1 <= len(stored) < QUICK_GOOD
    stop.clear()
    rest = Recorder()
    collect_once(config, state, analyze=rest, clock=clock_at(2))
    assert sorted(analyze.urls() + rest.urls()) == sorted(set(analyze.urls() + rest.urls()))
    assert len(analyze.urls() + rest.urls()) == QUICK_GOOD


def test_run_forever_loops_until_the_event_is_set(
    newsroom: RemoteNewsroom, config: SourcesConfig, state: CollectState
) -> None:
    config = only(config, *QUICK)
    stop = threading.Event()
    reports: list[CycleReport] = []

    def progress(report: CycleReport) -> None:
        reports.append(report)
        if len(reports) == 2:
            stop.set()  # as a SIGINT handler would

    # "every" of 0 s: the second cycle starts after the loop's least pause.
    cycles = run_forever(config, state, every=0.0, stop_event=stop, analyze=Recorder(),
                         clock=clock_at(1), progress=progress, least_pause=0.05)
    assert cycles == 2 and [r.new for r in reports] == [QUICK_GOOD, 0]


def test_only_due_sources_run_and_max_per_cycle_caps_new_links(
    newsroom: RemoteNewsroom, config: SourcesConfig, state: CollectState
) -> None:
    capped = replace(only(config, *QUICK), sources=tuple(
        replace(s, max_per_cycle=2) if s.name == "warta-terkini" else s
        for s in only(config, *QUICK).sources))
    first_run = collect_once(capped, state, analyze=Recorder(), clock=clock_at(1))
    terkini = next(s for s in first_run.sources if s.name == "warta-terkini")
    assert terkini.new == 2
    # Five minutes later nothing is due (every = 10 min).
    early = collect_once(capped, state, analyze=Recorder(), clock=clock_at(1.08), due_only=True)
    assert early.sources == ()
    later = Recorder()
    report = collect_once(capped, state, analyze=later, clock=clock_at(1.2), due_only=True)
    assert {s.name for s in report.sources} == set(QUICK)
    assert len(later.urls()) == 2  # the next two of Warta's feed
