"""Storylines: which event stories continue one another, how storylines merge, and their records."""

from __future__ import annotations

import numpy as np

from kabar.models import Entity
from kabar.stories.actors import OPINION, READER
from kabar.stories.clustering import StoryIndex, Vector
from kabar.stories.dates import NO_DAY
from kabar.stories.storyline_records import storyline_records
from kabar.stories.storylines import (
    HEADLINE_WINDOW_DAYS,
    LINE_NEAR_DAYS,
    LINE_STRONG,
    LINE_THRESHOLD,
    LINE_WEAK,
    LINE_WINDOW_DAYS,
    OPINION_WEAK,
    storyline_id,
    update_storylines,
)
from kabar.stories.terms import headline_terms, name_word_terms

DAY = 20000  # a day number in 2024


def _vector(weights: dict[int, float]) -> Vector:
    ids = np.array(sorted(weights), dtype=np.int32)
    values = np.array([weights[i] for i in sorted(weights)], dtype=np.float64)
    values /= np.linalg.norm(values)
    order = np.argsort(-values, kind="stable")
    return ids[order], values[order].astype(np.float32)


def _pair(similarity: float) -> tuple[Vector, Vector]:
    """Two unit vectors whose cosine is ``similarity`` (shared term 1, own terms 2 and 3)."""
    own = float(np.sqrt(1 - similarity**2))
    return _vector({1: similarity, 2: own}), _vector({1: 1.0})


def _index(vectors: list[Vector], days: list[int]) -> StoryIndex:
    index = StoryIndex(None)
    for row, (vector, day) in enumerate(zip(vectors, days, strict=True)):
        index.open_story(vector, day, row, dated=day != NO_DAY)
    return index


def _people(*names: str, kind: str = "PERSON") -> tuple[Entity, ...]:
    return tuple(Entity(name, kind, (), 3) for name in names)


def _linked(index: StoryIndex, entities: list[tuple[Entity, ...]]) -> np.ndarray:
    of, _, _ = update_storylines(index, entities, np.zeros(0, np.int64), range(len(index)))
    return of


def test_similar_events_sharing_a_person_form_one_storyline() -> None:
    a, b = _pair(LINE_THRESHOLD + 0.02)
    of = _linked(_index([a, b], [DAY, DAY + 14]), [_people("Harun Setiadi")] * 2)
    assert of.tolist() == [0, 0]


def test_a_place_alone_never_links_two_events() -> None:
    a, b = _pair(LINE_THRESHOLD + 0.02)
    places = [_people("Girimulya", kind="LOC")] * 2
    assert _linked(_index([a, b], [DAY, DAY + 3]), places).tolist() == [0, 1]
    # nor a person the two share, when their words are too far apart (a minister on two topics)
    a, b = _pair(LINE_THRESHOLD - 0.05)
    assert _linked(_index([a, b], [DAY, DAY + 3]), [_people("Bambang")] * 2).tolist() == [0, 1]


def test_very_similar_events_link_without_a_shared_name() -> None:
    a, b = _pair(LINE_STRONG + 0.02)
    assert _linked(_index([a, b], [DAY, DAY + 1]), [(), ()]).tolist() == [0, 0]


def test_events_far_apart_or_undated_stay_apart() -> None:
    a, b = _pair(0.9)
    far = _index([a, b], [DAY, DAY + LINE_WINDOW_DAYS + 1])
    assert _linked(far, [_people("Harun")] * 2).tolist() == [0, 1]
    undated = _index([a, b], [DAY, NO_DAY])
    assert _linked(undated, [_people("Harun")] * 2).tolist() == [0, 1]


def test_a_later_event_joining_two_storylines_merges_them() -> None:
    # two events too different to link, then one continuing both
    left, right = _vector({1: 1.0, 2: 1.0}), _vector({3: 1.0, 4: 1.0})
    both = _vector({1: 1.0, 2: 1.0, 3: 1.0, 4: 1.0})
    index = _index([left, right], [DAY, DAY + 10])
    people = [_people("Wawan"), _people("Wawan")]
    of, changed, retired = update_storylines(index, people, np.zeros(0, np.int64), [0, 1])
    assert of.tolist() == [0, 1] and changed == {0, 1} and retired == set()
    index.open_story(both, DAY + 5, 2)
    people.append(_people("Wawan"))
    of, changed, retired = update_storylines(index, people, of, [2])
    # the new story was a storyline of its own until it joined
    assert of.tolist() == [0, 0, 0] and changed == {0} and retired == {1, 2}
    records, members = storyline_records(
        index, ["s-a", "s-b", "s-c"], ["A", "B", "C"], people, of, changed
    )
    line = records[0]
    assert line.id == storyline_id("s-a") == "l-a"
    assert line.stories == ("s-a", "s-c", "s-b")  # events in date order
    assert (line.start, line.end) == ("2024-10-04", "2024-10-14")
    assert line.people == ("Wawan",) and line.articles == 3
    assert members == {0: "l-a", 1: "l-a", 2: "l-a"}


def test_a_story_alone_has_no_storyline_record() -> None:
    a, b = _pair(0.1)
    index = _index([a, b], [DAY, DAY + 1])
    of = _linked(index, [(), ()])
    records, members = storyline_records(index, ["s-a", "s-b"], ["A", "B"], [(), ()], of, [0, 1])
    assert records == {} and members == {0: None, 1: None}


def test_a_service_piece_joins_the_storyline_it_is_hooked_on() -> None:
    # a how-to piece shares one organisation and some words with the launch it explains
    a, b = _pair(LINE_WEAK + 0.05)
    entities = [_people("Kementerian Sosial Tanah Merah", kind="ORG")] * 2
    assert _linked(_index([a, b], [DAY, DAY + 3]), entities).tolist() == [0, 1]
    index = _index([a, b], [DAY, DAY + 3])
    index.actors[1, 0] = READER
    assert _linked(index, entities).tolist() == [0, 0]
    # ... but not a launch of another month
    late = _index([a, b], [DAY, DAY + LINE_NEAR_DAYS + 5])
    late.actors[1, 0] = READER
    assert _linked(late, entities).tolist() == [0, 1]


def test_an_opinion_column_joins_the_storyline_of_the_news_it_argues_about() -> None:
    # a column shares one organisation and few words with the news: below the service link
    a, b = _pair((OPINION_WEAK + LINE_WEAK) / 2)
    entities = [_people("Komisi Pemilihan Daerah", kind="ORG")] * 2
    service = _index([a, b], [DAY, DAY + 2])
    service.actors[1, 0] = READER
    assert _linked(service, entities).tolist() == [0, 1]
    column = _index([a, b], [DAY, DAY + 2])
    column.actors[1, :2] = [READER, OPINION]
    assert _linked(column, entities).tolist() == [0, 0]
    # ... but not without a shared organisation
    assert _linked(column, [(), ()]).tolist() == [0, 1]


def _with_others(pair: tuple[Vector, Vector], shared: tuple[Entity, ...], others: int,
                 common: tuple[Entity, ...] = ()) -> tuple[StoryIndex, list[tuple[Entity, ...]]]:
    """Two events three weeks apart and ``others`` unrelated stories naming ``common``."""
    vectors = [*pair, *(_vector({100 + i: 1.0}) for i in range(others))]
    days = [DAY, DAY + 21, *(DAY + i % 30 for i in range(others))]
    return _index(vectors, days), [shared, shared, *([common] * others)]


def test_events_sharing_a_name_few_stories_name_continue_one_another() -> None:
    # a case's university named by two of seventy stories: its events three weeks apart share
    # it, and few words (reports, a hearing, an explainer)
    pair = _pair(LINE_WEAK + 0.05)
    campus = _people("Universitas Kenanga Raya", kind="ORG")
    index, entities = _with_others(pair, campus, 68, _people("Presiden Wiratama"))
    assert _linked(index, entities)[:2].tolist() == [0, 0]
    # a name most stories carry (the president) is no case's own
    index, entities = _with_others(pair, _people("Presiden Wiratama"), 68,
                                   _people("Presiden Wiratama"))
    assert _linked(index, entities)[:2].tolist() == [0, 1]
    # in a run of a few stories no name is specific
    index, entities = _with_others(pair, campus, 8)
    assert _linked(index, entities)[:2].tolist() == [0, 1]


def test_an_agency_voice_on_two_cases_does_not_link_them() -> None:
    # the agency's deputy, the main speaker of one raid's report, named in another's weeks on
    pair = _pair(LINE_WEAK + 0.05)
    deputy = _people("Fahmi Rukmana")
    index, entities = _with_others(pair, deputy, 68, _people("Presiden Wiratama"))
    words = name_word_terms(["Fahmi Rukmana"])
    index.speakers[0, : len(words)] = words
    assert _linked(index, entities)[:2].tolist() == [0, 1]


def _headlined(headlines: list[str], days: list[int], similarity: float) -> StoryIndex:
    """Two stories at ``similarity`` whose members' headlines are the given ones."""
    index = _index(list(_pair(similarity)), days)
    for story, headline in enumerate(headlines):
        terms = headline_terms(headline)
        index.subjects[story, : len(terms)] = terms
    return index


def _headlined_among(
    headlines: list[str], gap: int, similarity: float, shared: tuple[Entity, ...], others: int
) -> tuple[StoryIndex, list[tuple[Entity, ...]]]:
    """Two headlined stories ``gap`` days apart naming ``shared``, and ``others`` unrelated
    stories naming it too."""
    vectors = [*_pair(similarity), *(_vector({100 + i: 1.0}) for i in range(others))]
    index = _index(vectors, [DAY, DAY + gap, *(DAY + i % 30 for i in range(others))])
    for story, headline in enumerate(headlines):
        terms = headline_terms(headline)
        index.subjects[story, : len(terms)] = terms
    return index, [shared, shared, *([shared] * others)]


def test_headlines_naming_one_case_link_its_stages_months_apart() -> None:
    index = _headlined(
        ["Gempa Mamasa: Korban Tewas Jadi 8", "Huntara Korban Gempa Mamasa Diserahkan"],
        [DAY, DAY + LINE_WINDOW_DAYS + 40],
        LINE_WEAK + 0.02,
    )
    place = _people("Kabupaten Mamasa", kind="LOC")
    assert _linked(index, [place, place]).tolist() == [0, 0]
    # the same headlines past the window of a case's stages stay apart
    later = _headlined(
        ["Gempa Mamasa: Korban Tewas Jadi 8", "Huntara Korban Gempa Mamasa Diserahkan"],
        [DAY, DAY + HEADLINE_WINDOW_DAYS + 1],
        LINE_WEAK + 0.02,
    )
    assert _linked(later, [place, place]).tolist() == [0, 1]


def test_headlines_sharing_a_topic_or_only_a_place_stay_apart() -> None:
    # a topic of two words but no name: two decisions on the interest rate
    # (the bank, named by more than a handful of the run's stories, is no case's own)
    bank = _people("Bank Sentral", kind="ORG")
    topic, named = _headlined_among(
        ["Bank Sentral Pangkas Suku Bunga", "Suku Bunga Ditahan Lagi"], 60, 0.3, bank, 6
    )
    assert _linked(topic, named)[:2].tolist() == [0, 1]
    # a place and nothing else: a market opened, a flood in the same town
    place = _headlined(
        ["Wali Kota Resmikan Pasar Baruga Kendari", "Banjir Rendam Lima Kelurahan di Kendari"],
        [DAY, DAY + 13],
        0.3,
    )
    assert _linked(place, [_people("Kendari", kind="LOC")] * 2).tolist() == [0, 1]


def test_events_sharing_two_people_few_stories_name_continue_one_another_in_a_small_run() -> None:
    # a run of ten stories: no name is specific by share, but the suspect and his lawyer,
    # named by the case's questioning and its trial three weeks on, are the case's own
    pair = _pair(LINE_WEAK + 0.05)
    suspect_and_lawyer = _people("Darsono Widjaja", "Yogi Prasetyo")
    index, entities = _with_others(pair, suspect_and_lawyer, 8)
    assert _linked(index, entities)[:2].tolist() == [0, 0]
    # one shared person is an office holder's other occasion, not the case
    index, entities = _with_others(pair, _people("Darsono Widjaja"), 8)
    assert _linked(index, entities)[:2].tolist() == [0, 1]
    # two shared organisations are an agency's other case
    agencies = _people("Kejaksaan Tinggi Sindang", "Dinas Jalan Sindang", kind="ORG")
    index, entities = _with_others(pair, agencies, 8)
    assert _linked(index, entities)[:2].tolist() == [0, 1]
    # two people who are the main speakers are the voices of two occasions
    index, entities = _with_others(pair, suspect_and_lawyer, 8)
    words = name_word_terms(["Darsono Widjaja", "Yogi Prasetyo"])
    index.speakers[0, : len(words)] = words[: index.speakers.shape[1]]
    assert _linked(index, entities)[:2].tolist() == [0, 1]


def test_one_agency_on_two_objects_named_in_the_headlines_is_two_affairs() -> None:
    # the agency and its spokesman in both, each headline naming a regency the other never names
    agency = (*_people("Komisi Antirasuah", kind="ORG"), *_people("Teguh Wiranata"))
    raids = _headlined(
        ["Komisi Antirasuah Tangkap Bupati Lembah Jati", "Operasi di Tanjung Wangi, Wali Kota Ditahan"],
        [DAY, DAY + 7],
        LINE_THRESHOLD + 0.02,
    )
    first = (*agency, *_people("Kabupaten Lembah Jati", kind="LOC"))
    second = (*agency, *_people("Kota Tanjung Wangi", kind="LOC"))
    assert _linked(raids, [first, second]).tolist() == [0, 1]
    # the case's next stage names the regency of the arrest: a continuation
    stages = _headlined(
        ["Komisi Antirasuah Tangkap Bupati Lembah Jati", "Bupati Lembah Jati Jadi Tersangka"],
        [DAY, DAY + 7],
        LINE_THRESHOLD + 0.02,
    )
    assert _linked(stages, [first, first]).tolist() == [0, 0]
    # as similar as LINE_STRONG, two reports continue one another whatever their headlines name
    close = _headlined(
        ["Komisi Antirasuah Tangkap Bupati Lembah Jati", "Operasi di Tanjung Wangi, Wali Kota Ditahan"],
        [DAY, DAY + 7],
        LINE_STRONG + 0.02,
    )
    assert _linked(close, [first, second]).tolist() == [0, 0]


def test_headlines_sharing_a_case_word_pair_and_a_rare_person_link_months_apart() -> None:
    # a fraud scheme's name the entities miss ("Mahkota Niaga"), its boss named by both
    headlines = ["Korban Investasi Mahkota Niaga Lapor Polisi", "Aset Bos Mahkota Niaga Disita"]
    boss = _people("Reynaldo Kusumo")
    index, named = _headlined_among(headlines, LINE_WINDOW_DAYS + 15, LINE_WEAK + 0.02, boss, 0)
    assert _linked(index, named).tolist() == [0, 0]
    # the same two words without a person both name: a topic, not a case
    index, _ = _headlined_among(headlines, LINE_WINDOW_DAYS + 15, LINE_WEAK + 0.02, boss, 0)
    assert _linked(index, [(), ()]).tolist() == [0, 1]
    # the boss named by many stories of the run is no longer this case's own
    index, named = _headlined_among(headlines, LINE_WINDOW_DAYS + 15, LINE_WEAK + 0.02, boss, 6)
    assert _linked(index, named)[:2].tolist() == [0, 1]


def test_names_a_report_mentions_once_in_passing_link_no_affairs() -> None:
    # a club's match report naming, once each, the suspended player and the case's officials:
    # the club, the player and the coach are shared, but the report is another affair
    named = ("Persis Kalijati", "Galih Wirasena", "Bambang Sutedja")
    case = tuple(Entity(name, "PERSON" if i else "ORG", (), 3) for i, name in enumerate(named))
    passing = tuple(Entity(e.name, e.type, (), 1) for e in case)
    index, _ = _headlined_among([], 2, LINE_WEAK + 0.05, case, 6)
    others = [case] * 6
    assert _linked(index, [case, passing, *others])[:2].tolist() == [0, 1]
    # the same three named again and again in both: the case's next day
    assert _linked(index, [case, case, *others])[:2].tolist() == [0, 0]
