"""Names that hold a person's name or look like one but name no person.

"Stadion Moch. Soebroto", "RSUD dr. Slamet", "Jalan Sumiati Hadiwijoyo": a person name right
after a word that opens the name of a building, street, airport or trophy
(``namesake_heads.txt``), with only titles, abbreviated given names ("Moch.", "H.") and their
dots between, names the place. Such mentions leave their person group; a group left without
mentions is dropped (the place itself is the organisation and place passes' business), so the
person the place is named after, when the text also names them, keeps the other mentions; a
group that names a place written as a proper name ("Pesantren", not "pemerintahan Prabowo")
as often as it names anyone or more ("Pesantren Darul Falah" twice, "Darul Falah membuktikan
..." once), and never introduces anyone by the name (a title, a
speech verb, an apposition), is the place's short name, and dropped too, as is one
named only as the words after the head of a place or body the text names ("Nurul Hikmah" of
"Pondok Pesantren Nurul Hikmah").

A person group whose every mention follows a company's legal form ("PT Borneo Arta Mineral",
"CV Sumber Rejeki") is that company: it becomes an organisation. A group named only by
capitalised initials ("berinisial HS", "satu RT", a suspect "RH (34)") names nobody the reader
can tell apart from every other "RH" in the store: dropped, unless a curated figure spells them
out ("SBY"). Initials of someone the article names in full have joined that person before this
(``initials.py``).
"""

from __future__ import annotations

from dataclasses import replace

from kabar.entities.candidates import Candidate, Resolution
from kabar.entities.doc import Doc
from kabar.entities.lexicon import speech_verbs
from kabar.entities.namewords import apposition, area_office
from kabar.lexicon import lowered, lowered_for_use

# Longest run of capital letters read as someone's initials ("HS", "RTS").
MAX_INITIALS = 4
# Longest abbreviated given name skipped between the head and the name ("Moch", "Muh").
MAX_ABBREVIATION = 4
# Most capitalised words between a place's head and a person span inside the place's name.
MAX_NAME_WORDS_BETWEEN = 3


def named_place(doc: Doc, cand: Candidate) -> bool:
    """Tell whether a person mention is the name of a place named after someone."""
    return place_head(doc, cand) is not None


def place_head(doc: Doc, cand: Candidate) -> int | None:
    """The head word of the place named after someone that a person mention names, if any."""
    words = doc.words
    k = cand.first - 1
    while k >= 0 and (
        words[k] == "."
        or words[k].lower().rstrip(".") in doc.titles
        or (
            len(words[k].rstrip(".")) <= MAX_ABBREVIATION
            and words[k][:1].isupper()
            and k + 1 < len(words)
            and words[k + 1] == "."
        )
    ):
        k -= 1
    heads = lowered("namesake_heads.txt")
    if k >= 2 and words[k] == ")" and words[k - 2] == "(" and words[k - 1].lower() in heads:
        k -= 1  # "Badan Usaha Milik Desa (BUMDes) Mekar Saluyu": the head's acronym
    if k >= 0 and words[k].lower() in heads:
        # "Kepala Bandara Hendri Wiratama": an office's capitalised title before the head and
        # a full name right after it: the office's holder ("Direktur RSUD dr. Soetomo",
        # "Kapolres Bandara Soetta", "dokter RS Medika Permata Hijau" stay places)
        holder = (
            k == cand.first - 1
            and k > 0
            and cand.last - cand.first > 1
            and words[k - 1][:1].isupper()
            and words[k - 1].lower() in doc.titles
            and not area_office(doc, k - 1)
        ) or _common_head_holder(doc, k, cand)
        return None if holder else k
    # "Bandara Internasional Zainuddin" + "Abdul Madjid", "Jalan KH Wahid" + "Hasyim": the
    # place's other name words between, the place read after a lower-case word ("melalui",
    # "di sepanjang") or opening a sentence ("Kedai Kopi Pak Harjo kini ..."); not after an
    # office holder's title or office ("Direktur RSUD Cibinong Andi Wijaya", "Imam Besar
    # Masjid Istiqlal Nasaruddin": the holder)
    j = k
    between = 0  # the place's other name words; titles and their dots between not counted
    while j > 0 and between < MAX_NAME_WORDS_BETWEEN and _place_word(doc, j):
        between += words[j] != "." and words[j].lower().rstrip(".") not in doc.titles
        j -= 1
        if words[j].lower() not in heads and " ".join(words[j - 1 : j + 1]).lower() in heads:
            j -= 1  # "Rumah Sakit Umum Daerah dr. Zainal": a head of two words
        if words[j].lower() in heads or " ".join(words[j : j + 2]).lower() in heads:
            if doc.joined(j, k + 1) in doc.aliases:
                return None  # "Gedung Putih" + "Karen Whitfield": a known place, then someone
            if not (j == 0 or doc.sentence_start(j) or words[j - 1][:1].islower()):
                return None  # "Direktur RSUD Cibinong Andi Wijaya": the holder
            before = " ".join(words[max(0, j - 2) : j]).lower()
            if before in doc.titles or words[j - 1].lower() in doc.titles:
                return None
            return j
    return None


def _place_word(doc: Doc, k: int) -> bool:
    """Tell whether a word may stand inside a place's name between its head and the person it
    is named after: a capitalised word, or the dot of a title or an abbreviated given name
    ("Gedung Serbaguna H. Oman", "Moch."), not a sentence's end ("gedung KPK. OTT ...")."""
    word = doc.words[k]
    if word != ".":
        return word[:1].isupper() and word.isalpha()
    before = doc.words[k - 1]
    return before.lower() in doc.titles or (
        before[:1].isupper()
        and before.isalpha()
        and len(before) <= MAX_ABBREVIATION
        and (len(before) == 1 or before[1:].islower())
    )


def _common_head_holder(doc: Doc, head: int, cand: Candidate) -> bool:
    """Tell whether a head written in lower case is a common noun before its holder: a rank or
    a religious or academic title, not a homely honorific, opens the full name after it
    ("Pengasuh pondok pesantren KH Ahmad Fauzi"; "warung Mbok Sinem" stays the eatery)."""
    words = doc.words
    homely = lowered_for_use("honorifics.tsv", "person") | lowered_for_use(
        "honorifics.tsv", "alias"
    )
    return (
        words[head].islower()
        and cand.last - cand.first > 1
        and any(
            w.lower().rstrip(".") in doc.titles and w.lower().rstrip(".") not in homely
            for w in words[head + 1 : cand.first]
        )
    )


def _company(doc: Doc, cand: Candidate) -> bool:
    """Tell whether a mention follows a company's legal form ("PT", "CV"); not one written after
    the company's name ("... Tbk Budi Santoso": the company's officer)."""
    if cand.first == 0:
        return False
    before = doc.words[cand.first - 1].lower()
    if before == ")" and cand.first > 1:
        before = doc.words[cand.first - 2].lower()  # "PT X (Persero) Budi"
        return False if before in lowered("company_forms_after.txt") else _company_word(before)
    return _company_word(before) and before not in lowered("company_forms_after.txt")


def _company_word(word: str) -> bool:
    return word in lowered("company_forms.txt")


def _initials_only(doc: Doc, group: tuple[Candidate, ...]) -> bool:
    """Tell whether a person group is named only by initials no curated figure spells out."""
    for c in group:
        word = doc.words[c.first]
        if c.last - c.first != 1 or c.canonical is not None:
            return False
        if not (word.isalpha() and word.isupper() and 1 < len(word) <= MAX_INITIALS):
            return False
        if word.lower() in doc.lex.figures:
            return False
    return True


def _introduced(doc: Doc, cand: Candidate) -> bool:
    """Tell whether a mention is introduced as a person: after a title or a speech verb, or as
    an apposition ("Mantan juara tinju, Robert Sahulata, meninggal")."""
    words = doc.words
    return cand.first > 0 and (
        words[cand.first - 1].lower() in doc.titles
        or words[cand.first - 1] in speech_verbs()
        or apposition(words, cand.first, cand.last)
    )


def _place_tails(doc: Doc, groups: tuple[tuple[Candidate, ...], ...]) -> set[str]:
    """The names after the head of the places and bodies the text names ("Nurul Hikmah" of
    "Pondok Pesantren Nurul Hikmah"): written alone, each is the place's short name."""
    heads = lowered("namesake_heads.txt")
    tails: set[str] = set()
    for group in groups:
        for c in group:
            if c.type == "PERSON" or c.last - c.first < 2:
                continue
            at = next((k for k in range(c.first, c.last - 1) if doc.lowered[k] in heads), None)
            if at is not None:
                tails.add(doc.joined(at + 1, c.last))
                if doc.lowered[at + 1] in lowered("name_articles.txt") and c.last - at > 2:
                    tails.add(doc.joined(at + 2, c.last))  # "Jalak Harupat" of "Stadion Si ..."
    return tails


def without_namesakes(state: Resolution) -> Resolution:
    """Pass: person groups without mentions that name a place, a company or only initials."""
    doc = state.doc
    tails = _place_tails(doc, state.groups)
    groups: list[tuple[Candidate, ...]] = []
    for group in state.groups:
        if any(c.type == "PERSON" for c in group):
            heads = [place_head(doc, c) if c.type == "PERSON" else None for c in group]
            kept = tuple(c for c, head in zip(group, heads, strict=True) if head is None)
            if not kept and any(h is not None and doc.words[h + 1] == ")" for h in heads):
                # "(RSUP) Prof Ngoerah": the place under its short name, an organisation
                groups.append(tuple(replace(c, type="ORG") for c in group))
                continue
            if not kept or _initials_only(doc, kept):
                continue
            proper = sum(1 for head in heads if head is not None and doc.words[head][:1].isupper())
            if (proper >= len(kept) and not any(_introduced(doc, c) for c in kept)) or all(
                c.type != "PERSON" or doc.joined(c.first, c.last) in tails for c in kept
            ):
                # mostly the place's name ("Pesantren Darul Falah" beside "Darul Falah
                # membuktikan ..."), or only its words after the head: the place's short name
                kept = group
                people = []
            else:
                people = [c for c in kept if c.type == "PERSON"]
            if not people or all(_company(doc, c) for c in people):
                kept = tuple(replace(c, type="ORG") for c in kept)
            group = kept
        groups.append(group)
    return replace(state, groups=tuple(groups))
