"""One story, one event: time window, named event day, principal person, undated articles.

Bodies come from the hand-written keyed corpus tests/data/stories_events (fictional).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from factories import make_article

from kabar.export import story_from_dict, story_to_dict
from kabar.models import Article, Entity, Story
from kabar.store.rows import story_from_row, story_to_row
from kabar.stories import dates, link

CORPUS = Path(__file__).resolve().parents[1] / "data" / "stories_events" / "events.jsonl"


def _corpus() -> dict[str, dict]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return {r["id"]: r for r in map(json.loads, lines)}


def _article(ident: str, **fields: object) -> Article:
    r = _corpus()[ident]
    values = {"title": r["title"], "outlet": r["outlet"], "published": r["published"]}
    values.update(fields)
    return make_article(ident, r["body"], **values)


def _groups(articles: list[Article]) -> list[list[str]]:
    linked = link(articles, None)
    groups: dict[str, list[str]] = {}
    for a in linked.articles:
        groups.setdefault(a.story or a.id, []).append(a.id)
    return sorted(sorted(g) for g in groups.values())


def test_day_mentions_resolve_dates_day_names_and_yesterday() -> None:
    tuesday = dates.day_number("2025-02-11")
    found = dates.day_mentions(
        "2025-02-11T16:00+07:00", "Rupiah ditutup pada Selasa (11/2). Banjir sejak Minggu, kemarin."
    )
    assert found.named == tuesday
    # only the day a lasting event started counts: not the named day, not "kemarin" recalled
    assert found.referenced == {tuesday - 2}
    recalled = dates.day_mentions("2025-02-11", "Gempa yang mengguncang Minggu (9/2) dini hari.")
    assert recalled.referenced == frozenset()
    started = dates.day_mentions("2025-02-11", "Pengungsi bertahan sejak Minggu (9/2/2025).")
    assert started.referenced == {tuesday - 2}
    # lower-case "minggu" is a week, not Sunday; an undated article names no day
    assert dates.day_mentions("2025-02-11", "dua minggu lalu").referenced == frozenset()
    assert dates.day_mentions(None, "Selasa (11/2/2025)") == dates.DayMentions()
    # a January report naming a December day without a year
    assert dates.day_mentions("2025-01-02", "pada Selasa (31/12)").named == dates.day_number(
        "2024-12-31"
    )


def test_daily_reports_on_consecutive_days_are_separate_stories() -> None:
    reports = [_article(f"rupiah-{d}-{n}") for d in (10, 11, 12) for n in (1, 2, 3)]
    assert _groups(reports) == [
        [f"rupiah-{d}-{n}" for n in (1, 2, 3)] for d in (10, 11, 12)
    ]


def test_a_next_step_that_names_its_own_day_is_another_event() -> None:
    # the third and fourth reports name Wednesday (the regent brought in, named a suspect) and
    # recall Tuesday night's raid as background: the next step of a case, another event
    raid = [_article(f"ott-lembah-{n}") for n in (1, 2, 3, 4)]
    assert _groups(raid) == [["ott-lembah-1", "ott-lembah-2"], ["ott-lembah-3", "ott-lembah-4"]]


def test_a_report_of_a_lasting_event_joins_the_story_of_the_day_it_started() -> None:
    first = _article("banjir-sukamaju-1")
    body = (
        "Pada Selasa (11/3/2025), banjir yang merendam Kabupaten Sukamaju sejak Minggu (9/3/2025) "
        "malam belum surut. Sebanyak 1.200 rumah di empat kecamatan masih terendam.\n\n"
        "BPBD Sukamaju mencatat 3.400 warga masih mengungsi di enam posko."
    )
    lasting = replace(first, id="lasting", published="2025-03-11T09:00+07:00", body=body)
    assert _groups([first, lasting]) == [["banjir-sukamaju-1", "lasting"]]
    recalled = replace(lasting, id="recalled", body=body.replace("sejak Minggu", "pada Minggu"))
    assert _groups([first, recalled]) == [["banjir-sukamaju-1"], ["recalled"]]


def test_the_same_kind_of_event_a_week_later_is_another_story() -> None:
    raids = [_article(f"ott-lembah-{n}") for n in (1, 2)] + [
        _article(f"ott-tanjung-{n}") for n in (1, 2)
    ]
    assert _groups(raids) == [["ott-lembah-1", "ott-lembah-2"], ["ott-tanjung-1", "ott-tanjung-2"]]


def test_an_article_past_the_event_window_opens_a_story() -> None:
    # another outlet's report of the flood, and the same report with its dates a week later:
    # only the window keeps the second out
    first = _article("banjir-sukamaju-1")
    other = _article("banjir-sukamaju-2")
    later = replace(other, id="later", published="2025-03-17T09:00+07:00",
                    body=other.body.replace("(9/3/2025)", "(16/3/2025)"))
    assert _groups([first, other]) == [["banjir-sukamaju-1", "banjir-sukamaju-2"]]
    assert _groups([first, later]) == [["banjir-sukamaju-1"], ["later"]]


def _verdict(ident: str, defendant: str, judge: str = "Slamet Riyadi") -> Article:
    people = (Entity(defendant, "PERSON", count=4), Entity(judge, "PERSON", count=1))
    return _article(ident, entities=people)


def test_verdicts_of_two_defendants_in_one_court_on_one_day_are_two_stories() -> None:
    articles = [_verdict(f"vonis-hartono-{n}", "Hartono Wibisono") for n in (1, 2, 4)] + [
        _verdict(f"vonis-sulastri-{n}", "Sulastri Ningsih") for n in (1, 2)
    ]
    assert _groups(articles) == [
        ["vonis-hartono-1", "vonis-hartono-2", "vonis-hartono-4"],
        ["vonis-sulastri-1", "vonis-sulastri-2"],
    ]


def test_a_person_not_in_the_headline_is_no_principal() -> None:
    # a resident quoted at length is not what the report is about
    first = _article("banjir-sukamaju-1")
    second = _article(
        "banjir-sukamaju-2", entities=(Entity("Marlina Sari", "PERSON", count=5),)
    )
    assert _groups([first, second]) == [["banjir-sukamaju-1", "banjir-sukamaju-2"]]


def test_an_undated_article_needs_strong_evidence_and_is_listed_as_undated() -> None:
    dated = [_article(f"ott-tanjung-{n}") for n in (1, 2)]
    background = _article("latar-kpk-1")  # an undated explainer on the same agency's raids
    copy = replace(_article("ott-tanjung-1"), id="copy", published=None, outlet="Portal Kota")
    linked = link([*dated, background, copy], None)
    story = {a.id: a.story for a in linked.articles}
    assert story["ott-tanjung-1"] == story["ott-tanjung-2"] == story["copy"]
    assert story["latar-kpk-1"] != story["ott-tanjung-1"]
    raid = next(s for s in linked.stories if s.id == story["copy"])
    assert raid.undated_articles == ("copy",)
    assert raid.date == "2025-01-21"


def test_undated_articles_never_join_two_dated_events_months_apart() -> None:
    # other outlets' wordings (not copies, which join their original's story)
    first = _article("banjir-sukamaju-1")
    second = _article("banjir-sukamaju-2")
    months_later = replace(
        second, id="months-later", published="2025-09-10T09:00+07:00",
        body=second.body.replace("(9/3/2025)", "(9/9/2025)"),
    )
    undated = [
        replace(_article(f"banjir-sukamaju-{n}"), id=f"undated-{n}", published=None)
        for n in (3, 4)
    ]
    linked = link([first, months_later, *undated], None)
    story = {a.id: a.story for a in linked.articles}
    assert story["banjir-sukamaju-1"] != story["months-later"]
    for s in linked.stories:
        members = set(s.articles)
        assert not {"banjir-sukamaju-1", "months-later"} <= members
        # a story's date comes from its dated members only
        if members <= {"undated-3", "undated-4"}:
            assert s.date is None


def test_undated_articles_of_a_story_survive_the_export_and_the_store() -> None:
    story = Story(id="s1", title="t", date="2025-01-21", articles=("a", "b"),
                  undated_articles=("b",))
    assert story_from_dict(story_to_dict(story)).undated_articles == ("b",)
    assert story_from_row(story_to_row(story)).undated_articles == ("b",)
    plain = replace(story, undated_articles=())
    assert "undated_articles" not in story_to_dict(plain)
    assert "undated_articles" not in story_to_row(plain)


def test_a_day_report_read_after_the_next_days_report_stays_its_own_event() -> None:
    # one report a day, each naming its own day: the earlier day's report, given a second
    # chance once the later story exists, must not join it as a next-morning report would
    reports = [_article("rupiah-10-1"), _article("rupiah-11-1")]
    assert _groups(reports) == [["rupiah-10-1"], ["rupiah-11-1"]]


def test_a_report_dating_its_event_and_the_next_day_joins_the_next_days_story() -> None:
    night = (
        "Polisi menangkap pendiri koperasi simpan pinjam Makmur Jaya, Rudi Hartawan, di "
        "Denpasar pada Minggu malam, 20 Juli 2025. Rudi ditetapkan sebagai tersangka penipuan "
        "ratusan anggota koperasi dengan kerugian Rp 40 miliar, kata juru bicara polisi kepada "
        "wartawan, Senin, 21 Juli 2025."
    )
    press = (
        "Polisi menetapkan pendiri koperasi simpan pinjam Makmur Jaya, Rudi Hartawan, sebagai "
        "tersangka penipuan ratusan anggota koperasi dengan kerugian Rp 40 miliar, Senin "
        "(21/7/2025). Rudi ditangkap di Denpasar setelah buron dua pekan."
    )
    first = make_article("press", press, title="Pendiri Koperasi Makmur Jaya Jadi Tersangka",
                         published="2025-07-21T10:00+07:00")
    second = make_article("night", night, title="Pendiri Koperasi Makmur Jaya Ditangkap",
                          published="2025-07-21T18:00+07:00")
    assert _groups([first, second]) == [["night", "press"]]
    # the same report dating only the night of the arrest is the day before's event
    alone = replace(second, id="alone", body=night.split(" Rudi ditetapkan")[0] + ".")
    assert _groups([first, alone]) == [["alone"], ["press"]]
