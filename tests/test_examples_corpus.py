"""The bundled example corpus and its answer key agree with each other."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

from lxml import html as lxml_html

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "examples" / "corpus"
KEY_FILE = REPO / "tests" / "data" / "examples_expected.json"

# Limits from the brief the example corpus was written to.
MIN_ARTICLES = 20
MIN_OUTLETS = 6
MIN_MULTI_OUTLET_STORIES = 4
MIN_WORDS, MAX_WORDS = 250, 600
MAX_CORPUS_BYTES = 300_000
# Eight words in a row shared with a seed (outside site chrome) would mean copied text.
COPY_SHINGLE = 8

FIELDS = {
    "title",
    "outlet",
    "published",
    "dateline",
    "authors",
    "editors",
    "wire_sources",
    "story",
    "duplicate_of",
    "boilerplate",
    "kept",
    "persons",
    "aliases",
    "quotes",
}
JSONL_FIELDS = {"title", "body", "url", "published", "outlet"}
PUBLISHED = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
ABBREVIATION = re.compile(r"^[A-Z][A-Za-z]{1,7}$")
QUOTE_KINDS = {"direct", "partial", "indirect"}
ARTICLE_SUFFIXES = (".txt", ".html", ".txt.gz")


@cache
def key() -> dict[str, dict]:
    """Return the answer key without its underscore-prefixed notes."""
    data = json.loads(KEY_FILE.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@cache
def key_meta() -> dict:
    """Return the answer key's underscore-prefixed sections."""
    data = json.loads(KEY_FILE.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if k.startswith("_")}


def squash(text: str) -> str:
    """Collapse runs of whitespace to one space."""
    return re.sub(r"\s+", " ", text).strip()


@cache
def source_text(name: str) -> str:
    """Return the readable text of one keyed article, as a reader would see it."""
    if "#" in name:
        path, line = name.split("#")
        row = json.loads((CORPUS / path).read_text(encoding="utf-8").splitlines()[int(line) - 1])
        return row["title"] + "\n" + row["body"]
    path = CORPUS / name
    if name.endswith(".gz"):
        return gzip.decompress(path.read_bytes()).decode("utf-8")
    raw = path.read_bytes().decode("utf-8")
    if name.endswith(".html"):
        return squash(lxml_html.fromstring(raw).text_content())
    return raw


def story_words(name: str) -> int:
    """Count the words of an article's paragraphs (HTML: its <p> elements)."""
    if name.endswith(".html"):
        doc = lxml_html.fromstring((CORPUS / name).read_text(encoding="utf-8"))
        return sum(len(p.text_content().split()) for p in doc.iter("p"))
    return len(source_text(name).split())


def corpus_files() -> list[Path]:
    """Return every file under the corpus folder."""
    return sorted(p for p in CORPUS.rglob("*") if p.is_file())


def test_every_file_and_jsonl_line_is_keyed_and_every_key_exists() -> None:
    expected = set()
    for path in corpus_files():
        rel = path.relative_to(CORPUS).as_posix()
        if rel.endswith(".jsonl"):
            lines = path.read_text(encoding="utf-8").splitlines()
            expected |= {f"{rel}#{i}" for i in range(1, len(lines) + 1)}
        else:
            assert rel.endswith(ARTICLE_SUFFIXES), f"unexpected file type: {rel}"
            expected.add(rel)
    assert set(key()) == expected


def test_files_decode_as_utf8_gzip_and_json_lines() -> None:
    for path in corpus_files():
        data = path.read_bytes()
        if path.name.endswith(".gz"):
            data = gzip.decompress(data)
        text = data.decode("utf-8")
        if path.suffix == ".jsonl":
            for line in text.splitlines():
                row = json.loads(line)
                assert set(row) == JSONL_FIELDS, path
                assert all(isinstance(row[f], str) and row[f] for f in JSONL_FIELDS)


def test_corpus_shape_matches_the_brief() -> None:
    entries = key()
    assert len(entries) >= MIN_ARTICLES
    assert len({e["outlet"] for e in entries.values()}) >= MIN_OUTLETS
    names = list(entries)
    assert sum(n.endswith(".html") for n in names) == 3
    assert sum(n.endswith(".txt.gz") for n in names) >= 1
    assert sum("#" in n for n in names) == 3
    sizes = Counter(e["story"] for e in entries.values())
    multi = [s for s, n in sizes.items() if n >= 3]
    assert len(multi) >= MIN_MULTI_OUTLET_STORIES
    assert sum(n == 1 for n in sizes.values()) >= 2
    assert set(sizes) == set(key_meta()["_stories"])
    assert sum(p.stat().st_size for p in corpus_files()) < MAX_CORPUS_BYTES


def test_entries_have_every_field_with_the_right_shape() -> None:
    for name, e in key().items():
        assert set(e) == FIELDS, name
        assert PUBLISHED.match(e["published"]), name
        assert e["title"] and e["outlet"] and e["story"], name
        assert 3 <= len(e["kept"]) <= 4, name
        assert e["persons"] and e["quotes"], name
        assert all(q["kind"] in QUOTE_KINDS for q in e["quotes"]), name


def test_article_lengths_stay_within_the_brief() -> None:
    for name in key():
        assert MIN_WORDS <= story_words(name) <= MAX_WORDS, name


def test_kept_sentences_occur_and_never_contain_boilerplate() -> None:
    for name, e in key().items():
        text = source_text(name)
        for sentence in e["kept"]:
            assert sentence in text, f"{name}: kept sentence missing: {sentence[:60]}"
            for junk in e["boilerplate"]:
                assert junk not in sentence, f"{name}: {junk!r} inside a kept sentence"


def test_boilerplate_occurs_in_its_article() -> None:
    for name, e in key().items():
        text = source_text(name)
        for junk in e["boilerplate"]:
            assert junk in text, f"{name}: boilerplate not in file: {junk!r}"


def test_names_aliases_and_quotes_occur_in_their_article() -> None:
    for name, e in key().items():
        text = source_text(name)
        for person in e["persons"]:
            assert person in text, f"{name}: {person}"
        for canonical, aliases in e["aliases"].items():
            # A bare abbreviation ("AS") may stand for a name the article never spells out.
            assert canonical in text or all(ABBREVIATION.match(a) for a in aliases), name
            for alias in aliases:
                assert re.search(rf"\b{re.escape(alias)}\b", text), f"{name}: {alias}"
        for quote in e["quotes"]:
            assert quote["text_start"] in text, f"{name}: {quote['text_start']!r}"
            speaker = quote["speaker"]
            assert speaker is None or speaker in text, f"{name}: speaker {speaker}"


def test_duplicates_point_at_an_earlier_copy_of_the_same_story() -> None:
    entries = key()
    dups = {n: e["duplicate_of"] for n, e in entries.items() if e["duplicate_of"]}
    assert len(dups) >= 3
    for name, original in dups.items():
        assert original in entries and entries[original]["duplicate_of"] is None, name
        assert entries[original]["story"] == entries[name]["story"], name
        assert entries[original]["published"] <= entries[name]["published"], name
    exact = [n for n, o in dups.items() if (CORPUS / n).read_bytes() == (CORPUS / o).read_bytes()]
    assert len(exact) == 1


def test_same_people_different_event_stories_stay_apart() -> None:
    entries = key().values()
    seoul = [e for e in entries if e["story"] == "kereta-seoul-2023"]
    surabaya = [e for e in entries if e["story"] == "kereta-surabaya-2024"]
    assert len(seoul) >= 3 and len(surabaya) >= 3
    assert all("Ratna Wulandari" in e["persons"] for e in seoul + surabaya)
    assert max(e["published"] for e in seoul) < min(e["published"] for e in surabaya)


def test_no_text_is_copied_from_the_seeds(seeds_dir: Path) -> None:
    def shingles(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i : i + COPY_SHINGLE]) for i in range(len(words) - COPY_SHINGLE + 1)}

    seed = set().union(*(shingles(p.read_text(encoding="utf-8")) for p in seeds_dir.iterdir()))
    for name, e in key().items():
        text = source_text(name)
        for junk in e["boilerplate"]:  # site chrome such as "Google News" footers is shared
            text = text.replace(junk, "\n")
        assert not shingles(text) & seed, name
