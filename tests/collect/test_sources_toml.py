"""SOURCES.toml: reading, defaults, and errors that name the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from kabar.collect.sources import CollectSettings, load_sources, parse_duration
from kabar.errors import ConfigError

GOOD = """
[collect]
user_agent_contact = "https://example.org/kontak"
rate = "2s"
concurrency = 1
timeout = "30s"
max_bytes = 5000000
max_redirects = 3

[[sources]]
name = "antara-terkini"
outlet = "Antara"
feed = "https://www.antaranews.com/rss/terkini.xml"
every = "10m"
max_per_cycle = 40

[[sources]]
name = "contoh-sitemap"
sitemap = "https://contoh.example/sitemap-news.xml"

[[sources]]
name = "contoh-nasional"
section = "https://contoh.example/nasional"
pattern = '/read/\\d+/'
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "SOURCES.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_is_read_with_durations_and_defaults(tmp_path: Path) -> None:
    config = load_sources(write(tmp_path, GOOD))
    feed, sitemap, section = config.sources
    assert (feed.kind, feed.outlet, feed.every, feed.max_per_cycle) == ("feed", "Antara", 600, 40)
    assert (sitemap.kind, sitemap.outlet, sitemap.every) == ("sitemap", None, None)
    assert (section.kind, section.pattern) == ("section", r"/read/\d+/")
    settings = config.settings
    assert (settings.rate, settings.concurrency, settings.timeout) == (2.0, 1, 30.0)
    assert (settings.max_bytes, settings.max_redirects) == (5_000_000, 3)
    assert settings.user_agent_contact == "https://example.org/kontak"
    assert settings.retries == CollectSettings().retries  # not given: the default


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30s", 30.0), ("10m", 600.0), ("1h", 3600.0), ("1d", 86400.0), ("250ms", 0.25),
        ("1.5h", 5400.0), (45, 45.0), (0.5, 0.5), ("20", 20.0),
    ],
)
def test_durations(text: object, expected: float) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["10 minutes", "-5s", "", "m", True])
def test_bad_durations(text: object) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("max_redirects = 3", "max_redirects = 3\nproxy = 'x'"), "collect.proxy: unknown key"),
        (('outlet = "Antara"', 'outlet = "Antara"\nfeeds = "x"'),
         "sources[0].feeds: unknown key"),
        (('rate = "2s"', 'rate = "cepat"'), "collect.rate: expected a duration"),
        (("concurrency = 1", "concurrency = '1'"), "collect.concurrency: expected a whole number"),
        (("concurrency = 1", "concurrency = 0"), "collect.concurrency: expected a whole number"),
        (("max_bytes = 5000000", "max_bytes = true"), "collect.max_bytes"),
        (('user_agent_contact = "https://example.org/kontak"', 'user_agent_contact = "saya"'),
         "collect.user_agent_contact: expected an http(s) or mailto URL"),
        (('every = "10m"', 'every = "sebentar"'), "sources[antara-terkini].every"),
        (("max_per_cycle = 40", "max_per_cycle = -1"), "sources[antara-terkini].max_per_cycle"),
        (('feed = "https://www.antaranews.com/rss/terkini.xml"', 'feed = "ftp://x/y"'),
         "sources[antara-terkini].feed: expected an http(s) URL"),
        (("pattern = '/read/\\d+/'", ""), "sources[contoh-nasional].pattern: a section source"),
        (("pattern = '/read/\\d+/'", "pattern = '(['"), "not a valid regular expression"),
        (('sitemap = "https://contoh.example/sitemap-news.xml"',
          'sitemap = "https://contoh.example/s.xml"\nfeed = "https://contoh.example/f.xml"'),
         "sources[contoh-sitemap]: give exactly one of feed, sitemap or section"),
        (('name = "contoh-sitemap"', 'name = "antara-terkini"'), "'antara-terkini' is used twice"),
        (('name = "contoh-sitemap"', "name = 7"), "sources[1].name: expected a non-empty string"),
    ],
)
def test_errors_name_the_file_and_the_key(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in GOOD, old
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(ConfigError) as raised:
        load_sources(path)
    assert str(raised.value).startswith(f"{path}: ")
    assert message in str(raised.value)


def test_not_toml_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_sources(write(tmp_path, "[[sources]\nname="))
    with pytest.raises(ConfigError, match="cannot read"):
        load_sources(tmp_path / "nope.toml")
    with pytest.raises(ConfigError, match=r"sources: no \[\[sources\]\] table"):
        load_sources(write(tmp_path, "[collect]\nrate = 1\n"))
    with pytest.raises(ConfigError, match="extra: unknown key"):
        load_sources(write(tmp_path, GOOD + "\nextra = 1\n"))


def test_the_packaged_example_is_valid() -> None:
    from importlib import resources

    example = resources.files("kabar").joinpath("data", "sources.example.toml")
    with resources.as_file(example) as path:
        config = load_sources(path)
    outlets = {s.outlet for s in config.sources}
    for outlet in ("Antara", "Kompas", "Detik", "CNN Indonesia", "CNBC Indonesia", "Tempo",
                   "Republika", "Liputan6", "Tribunnews", "Okezone", "Suara", "Kumparan",
                   "IDN Times", "Viva", "Merdeka", "Sindonews", "Bisnis", "JPNN",
                   "Jakarta Post"):  # kabar's name for The Jakarta Post (outlets.tsv)
        assert outlet in outlets, outlet
    assert all(s.kind == "feed" for s in config.sources)
    assert config.settings.rate >= 1.0  # polite by default
