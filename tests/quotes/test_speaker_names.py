"""A quote carries the name of the person the article introduces: not a title glued to the
name, not the team written beside a coach (fictional text)."""

from __future__ import annotations

from kabar.models import Entity
from quotes.helpers import entity, only

_TITLED = (
    "Pimpinan sanggar, Raden Ayu Wulan Sasmitaningsih, atau yang akrab disapa Bu Wulan, "
    "menyebut latihan digelar tiap Sabtu. "
    '"Anak-anak sekarang lebih cepat hafal gerak," tuturnya.'
)


def _titled_entities() -> tuple[Entity, ...]:
    return (
        entity(
            "Wulan Sasmitaningsih",
            _TITLED,
            aliases=("Raden Ayu Wulan Sasmitaningsih", "Bu Wulan"),
        ),
    )


def test_a_speaker_written_with_a_title_takes_the_name_the_entity_stage_gave() -> None:
    """ "Raden Ayu Wulan ...": the entity stage cut both title words; the quote keeps none."""
    [quote] = only(_TITLED, "direct", _titled_entities())
    assert quote.speaker == "Wulan Sasmitaningsih"


_COACHED = (
    "Pelatih Persikota, Marco Villanueva, menurunkan formasi 4-4-2. Dodi Kurniawan dan "
    "Yoga Pratama mengisi lini depan.\n\n"
    "Pelatih asal Chile itu juga memuji Dodi yang baru pulih dari cedera. "
    '"Dodi memberi kami kecepatan di akhir laga."'
)


def _coached_entities() -> tuple[Entity, ...]:
    return (
        entity("Persikota", _COACHED, "ORG"),
        entity("Marco Villanueva", _COACHED),
        entity("Dodi Kurniawan", _COACHED, aliases=("Dodi",)),
        entity("Yoga Pratama", _COACHED),
    )


def test_the_team_beside_a_coach_is_not_the_coachs_name() -> None:
    """ "Pelatih Persikota, Marco Villanueva" then "Pelatih ... itu": the coach speaks."""
    [quote] = only(_COACHED, "direct", _coached_entities())
    assert quote.speaker == "Marco Villanueva"


_GRIEVING = (
    "Korban yang meninggal adalah Nabila Putri Anggraeni (4).\n\n"
    'Ayah Nabila, Warsono Hadi (35), masih terpukul. "Anak saya cuma makan sedikit," '
    "tuturnya pelan."
)


def test_a_kin_who_feels_something_is_still_the_one_who_speaks_next() -> None:
    """ "Ayah X, Y, masih terpukul": a feeling is no passive; "tuturnya" is the father's."""
    entities = (
        entity("Nabila Putri Anggraeni", _GRIEVING),
        entity("Warsono Hadi", _GRIEVING),
    )
    [quote] = only(_GRIEVING, "direct", entities)
    assert quote.speaker == "Warsono Hadi"


_PLAYED = (
    "Peran Srikandi, istri Arjuna, dibawakan Laras Wening Pratiwi (22). Sehari-hari ia "
    "mengajar di sebuah sanggar. "
    '"Setiap latihan kami berdua menoleh," katanya.'
)


def test_the_person_who_plays_a_character_is_remembered_over_the_character() -> None:
    """ "Peran Srikandi ... dibawakan Laras ...": the entity stage finds no person in the
    character, so the player the passive names is who "katanya" points at."""
    [quote] = only(_PLAYED, "direct", (entity("Laras Wening Pratiwi", _PLAYED),))
    assert quote.speaker == "Laras Wening Pratiwi"


def test_the_agent_of_a_passive_in_a_relative_clause_is_not_remembered_as_the_topic() -> None:
    """ "... aturan yang diteken Presiden Bima Harsono": the president only signed the rule the
    sentence is about; the next "ujarnya" is not his."""
    body = (
        "Lembaga Kajian Fiskal Nusantara mendukung pengesahan aturan yang diteken Presiden "
        'Bima Harsono pada Mei lalu.\n\n"Aturan itu perlu segera dijalankan," ujarnya.'
    )
    [quote] = only(body, "direct", (entity("Bima Harsono", body),))
    assert quote.speaker != "Bima Harsono"


def test_a_name_the_entity_stage_knows_only_as_an_organisation() -> None:
    """A name counts as an organisation's only when every entity that has it, as its name or
    an alias in any case, is an organisation."""
    from kabar.quotes.resolver import organisation_names

    entities = (
        Entity("Persija Sukamaju", "ORG", ("Persija",)),
        Entity("Rudi Hartono", "PERSON", ("Rudi",)),
        Entity("Kota Rudi", "ORG", ("RUDI",)),
    )
    org_only = organisation_names(entities)
    assert org_only["persija"] and org_only["persija sukamaju"]
    assert org_only["rudi"] is False  # a person and an organisation share it
    assert not org_only.get("rudi hartono") and "budi" not in org_only
