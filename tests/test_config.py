"""Settings: packaged defaults, a user file overlaid key by key, errors naming file and key."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import fields, replace
from pathlib import Path

import pytest
from click.testing import CliRunner

import kabar
from kabar import config, ingest
from kabar.cli import main
from kabar.config import Settings, load_settings, overlay
from kabar.errors import ConfigError
from kabar.store import Store
from kabar.stories import fingerprints, link

# The module constants as they stood before they became settings (commit ec35e89).
OLD_CONSTANTS = {
    "ingest": {"max_bytes": 10 * 1024 * 1024},
    "dedup": {
        "shingle_words": 5,
        "min_containment": 0.8,
        "min_size_ratio": 0.4,
        "min_shingles": 12,
        "bands": 42,
        "rows": 3,
    },
    "stories": {
        "threshold": 0.2,
        "no_shared_entity_penalty": 0.15,
        "time_grace_days": 3.0,
        "time_penalty": 0.08,
        "title_weight": 2.0,
        "entity_weight": 2.0,
        "quote_weight": 3.0,
    },
    "statements": {"min_containment": 0.5, "min_shared_words": 3, "min_jaccard": 0.25},
    "summaries": {
        "sentences": 4,
        "min_content_words": 5,
        "max_overlap": 0.5,
        "position_decay": 0.15,
    },
    "pipeline": {"batch_size": 200, "engine": "local"},
}

# A fictional warehouse fire, reported by one outlet, copied by a second with its own header,
# footer and one rewritten sentence, and reported again in other words by a third; and an
# unrelated fictional council meeting.
FIRE = """Gudang tekstil di Pekalongan terbakar, kerugian ditaksir Rp4 miliar

Senin, 9 September 2024 14:10 WIB

Pekalongan (Warta Pantura) - Sebuah gudang tekstil milik PT Batik Sinar Laras di Kelurahan Kuripan, Kota Pekalongan, Jawa Tengah, terbakar pada Senin (9/9/2024) dini hari. Api baru dapat dipadamkan sekitar pukul 06.30 WIB setelah petugas mengerahkan sembilan unit mobil pemadam kebakaran.

Kepala Dinas Pemadam Kebakaran Kota Pekalongan Yusuf Hadiwinata mengatakan api pertama kali terlihat oleh penjaga malam dari bagian belakang gudang sekitar pukul 02.15 WIB. Penjaga itu segera menghubungi petugas dan warga sekitar ikut membantu memadamkan api dengan alat seadanya.

"Bahan kain dan benang di dalam gudang sangat mudah terbakar, sehingga api cepat membesar dan menjalar ke atap," kata Yusuf di lokasi kejadian.

Tidak ada korban jiwa dalam peristiwa tersebut, namun dua petugas pemadam mengalami luka ringan akibat terkena pecahan genteng. Keduanya telah mendapat perawatan di Rumah Sakit Umum Daerah Bendan.

Pemilik gudang, Hartono Wibisana, menaksir kerugian mencapai Rp4 miliar karena sebagian besar stok kain untuk pesanan ekspor ikut hangus. Polisi masih menyelidiki penyebab kebakaran dan telah memeriksa tiga orang saksi, termasuk penjaga malam gudang.

Lurah Kuripan Siti Nurhalimah mengatakan puluhan pekerja gudang untuk sementara dirumahkan sampai bangunan dinyatakan aman. Pemerintah kelurahan juga mendata rumah warga di sekitar gudang yang dindingnya retak akibat panas api, dan meminta pemilik gudang ikut menanggung biaya perbaikannya.
"""

FIRE_COPY = """Kebakaran gudang kain di Pekalongan, pemilik rugi miliaran rupiah

Senin, 9 September 2024 16:45 WIB

Pekalongan (Warta Pantura) - Sebuah gudang tekstil milik PT Batik Sinar Laras di Kelurahan Kuripan, Kota Pekalongan, Jawa Tengah, terbakar pada Senin (9/9/2024) dini hari. Api baru dapat dipadamkan sekitar pukul 06.30 WIB setelah petugas mengerahkan sembilan unit mobil pemadam kebakaran.

Kepala Dinas Pemadam Kebakaran Kota Pekalongan Yusuf Hadiwinata mengatakan api pertama kali terlihat oleh penjaga malam dari bagian belakang gudang sekitar pukul 02.15 WIB. Penjaga itu segera menghubungi petugas dan warga sekitar ikut membantu memadamkan api dengan alat seadanya.

"Bahan kain dan benang di dalam gudang sangat mudah terbakar, sehingga api cepat membesar dan menjalar ke atap," kata Yusuf di lokasi kejadian.

Tidak ada korban jiwa, tetapi dua anggota regu pemadam terluka ringan tertimpa pecahan genteng dan dirawat di RSUD Bendan.

Pemilik gudang, Hartono Wibisana, menaksir kerugian mencapai Rp4 miliar karena sebagian besar stok kain untuk pesanan ekspor ikut hangus. Polisi masih menyelidiki penyebab kebakaran dan telah memeriksa tiga orang saksi, termasuk penjaga malam gudang.

Lurah Kuripan Siti Nurhalimah mengatakan puluhan pekerja gudang untuk sementara dirumahkan sampai bangunan dinyatakan aman. Pemerintah kelurahan juga mendata rumah warga di sekitar gudang yang dindingnya retak akibat panas api, dan meminta pemilik gudang ikut menanggung biaya perbaikannya.

Ikuti berita terkini seputar Jawa Tengah hanya di kanal daerah kami.
"""

FIRE_OTHER = """Damkar Pekalongan butuh empat jam jinakkan api di gudang Batik Sinar Laras

Senin, 9 September 2024 19:20 WIB

Pekalongan, Kabar Kota - Petugas pemadam kebakaran Kota Pekalongan berjibaku selama kurang lebih empat jam untuk memadamkan api yang melalap gudang tekstil PT Batik Sinar Laras di Kuripan pada Senin dini hari.

Yusuf Hadiwinata, Kepala Dinas Pemadam Kebakaran setempat, menyebut gulungan kain yang menumpuk hingga atap membuat api sulit dijinakkan. Sembilan mobil pemadam dikerahkan ke lokasi.

Hartono Wibisana selaku pemilik menyebut stok kain pesanan ekspor ludes terbakar. Ia memperkirakan kerugian sekitar Rp4 miliar. Polisi sudah meminta keterangan penjaga malam yang pertama melihat api di gudang itu.
"""

COUNCIL = """DPRD Kabupaten Banyuasri sahkan perda pengelolaan sampah

Selasa, 10 September 2024 11:00 WIB

Banyuasri (Kabar Kota) - Dewan Perwakilan Rakyat Daerah Kabupaten Banyuasri mengesahkan peraturan daerah tentang pengelolaan sampah rumah tangga dalam rapat paripurna, Selasa (10/9/2024).

Ketua DPRD Banyuasri Ratna Kusumawardani mengatakan perda tersebut mewajibkan setiap desa memiliki bank sampah dan tempat pengolahan sampah terpadu paling lambat dua tahun mendatang.

"Kami ingin sampah selesai di tingkat desa, tidak lagi menumpuk di tempat pembuangan akhir," ujar Ratna seusai rapat. Bupati Banyuasri Teguh Prasetyo menyambut baik pengesahan perda itu dan berjanji menyiapkan anggaran pendampingan bagi desa.
"""

CORPUS = {"fire.txt": FIRE, "fire-copy.txt": FIRE_COPY, "fire-other.txt": FIRE_OTHER}
CORPUS["council.txt"] = COUNCIL


def write_corpus(folder: Path) -> Path:
    """Write the hand-made corpus into folder/in and return that folder."""
    target = folder / "in"
    target.mkdir(parents=True, exist_ok=True)
    for name, text in CORPUS.items():
        (target / name).write_text(text, encoding="utf-8")
    return target


def by_source(result: kabar.AnalysisResult) -> dict[str, kabar.Article]:
    """Return the run's articles by file name."""
    return {Path(a.source).name: a for a in result.articles}


def test_defaults_equal_the_old_constants() -> None:
    settings = load_settings()
    for section, values in OLD_CONSTANTS.items():
        current = getattr(settings, section)
        assert {f.name for f in fields(current)} == set(values), section
        for key, value in values.items():
            assert getattr(current, key) == value, f"{section}.{key}"
            assert type(getattr(current, key)) is type(value), f"{section}.{key}"
    assert settings == config.DEFAULT_SETTINGS
    # the module names kept for other code are the defaults
    assert OLD_CONSTANTS["ingest"]["max_bytes"] == ingest.DEFAULT_MAX_BYTES
    assert settings.stories.threshold == 0.2
    assert (settings.dedup.shingle_words, settings.dedup.bands, settings.dedup.rows) == (5, 42, 3)
    assert config.SIGNATURE_VALUES == fingerprints.NUM_PERM


def test_every_default_has_a_comment_saying_where_it_came_from() -> None:
    text = (Path(config.__file__).parent / "data" / config.DEFAULTS_FILE).read_text("utf-8")
    keys = 0
    previous = ""  # the last line that is not a key
    for line in text.splitlines():
        if "=" in line and not line.startswith("#"):
            # a key follows its comment, or shares it with the keys right above (bands, rows)
            assert previous.startswith("#"), line
            keys += 1
        else:
            previous = line
    assert keys == sum(len(values) for values in OLD_CONSTANTS.values())


def test_a_user_file_overrides_one_key_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "strict.toml"
    path.write_text("[stories]\nthreshold = 0.5\n", encoding="utf-8")
    settings = load_settings(path)
    assert settings.stories.threshold == 0.5
    defaults = load_settings()
    assert settings.stories == replace(defaults.stories, threshold=0.5)
    for section in ("ingest", "dedup", "statements", "summaries", "pipeline"):
        assert getattr(settings, section) == getattr(defaults, section)


def test_an_integer_is_accepted_where_a_number_is_expected(tmp_path: Path) -> None:
    path = tmp_path / "days.toml"
    path.write_text("[stories]\ntime_grace_days = 5\n", encoding="utf-8")
    value = load_settings(path).stories.time_grace_days
    assert value == 5.0 and isinstance(value, float)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[stories]\nthreshhold = 0.3\n", "stories.threshhold: unknown key"),
        ("[storys]\nthreshold = 0.3\n", "unknown section [storys]"),
        ('[stories]\nthreshold = "high"\n', "stories.threshold: expected a number, got 'high'"),
        ("[dedup]\nshingle_words = 4.5\n", "dedup.shingle_words: expected an integer"),
        ("[pipeline]\nbatch_size = true\n", "pipeline.batch_size: expected an integer"),
        ('[pipeline]\nengine = "spark"\n', "pipeline.engine: 'spark' is not one of local, dask"),
        ("[dedup]\nmin_containment = 1.5\n", "dedup.min_containment: 1.5 is above the maximum"),
        ("[dedup]\nshingle_words = 0\n", "dedup.shingle_words: 0 is below the minimum"),
        ("[stories]\nthreshold = nan\n", "stories.threshold: expected a number, got nan"),
        ("[dedup]\nbands = 64\n", "dedup.bands: bands * rows = 192 is over the 128"),
        ("threshold = 0.3\n", "threshold: a key outside any [section]"),
        ("stories = 0.3\n", "stories: expected a [stories] table"),
        ("[stories\nthreshold = 0.3\n", "not valid TOML"),
    ],
)
def test_a_bad_file_raises_config_error_naming_file_and_key(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message


def test_a_missing_file_raises_config_error(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    with pytest.raises(ConfigError, match=r"nowhere\.toml: cannot read"):
        load_settings(path)


def test_overlay_checks_values_given_in_python() -> None:
    settings = overlay(load_settings(), {"dedup": {"min_containment": 0.95}}, source="test")
    assert settings.dedup.min_containment == 0.95
    with pytest.raises(ConfigError, match=r"^test: summaries\.sentences: expected an integer"):
        overlay(settings, {"summaries": {"sentences": "four"}}, source="test")


def test_defaults_give_one_fire_story_with_the_copy_linked(tmp_path: Path) -> None:
    result = kabar.analyze([str(write_corpus(tmp_path))])
    articles = by_source(result)
    assert articles["fire-copy.txt"].duplicate_of == articles["fire.txt"].id
    assert articles["fire.txt"].duplicate_of is None
    fire = {articles[n].story for n in ("fire.txt", "fire-copy.txt", "fire-other.txt")}
    assert len(fire) == 1 and articles["council.txt"].story not in fire
    assert len(result.stories) == 2


def test_stricter_containment_unlinks_the_edited_copy(tmp_path: Path) -> None:
    settings = overlay(load_settings(), {"dedup": {"min_containment": 0.99}})
    articles = by_source(kabar.analyze([str(write_corpus(tmp_path))], settings=settings))
    assert articles["fire-copy.txt"].duplicate_of is None
    # still the same event: the copy joins the fire story by similarity
    assert articles["fire-copy.txt"].story == articles["fire.txt"].story


def test_stricter_story_threshold_splits_the_fire_reports(tmp_path: Path) -> None:
    settings = overlay(load_settings(), {"stories": {"threshold": 0.9}})
    result = kabar.analyze([str(write_corpus(tmp_path))], settings=settings)
    articles = by_source(result)
    assert articles["fire-other.txt"].story != articles["fire.txt"].story
    # a copy still follows its original, whatever the threshold
    assert articles["fire-copy.txt"].story == articles["fire.txt"].story
    assert len(result.stories) == 3


def test_a_store_built_with_other_shingles_is_refused() -> None:
    body = FIRE.split("\n\n", 2)[2]
    articles = [kabar.Article("a", "a.txt", "Gudang terbakar", body, None, None, None)]
    state = link(articles, None).state
    other = overlay(load_settings(), {"dedup": {"shingle_words": 4}})
    with pytest.raises(ConfigError, match=r"dedup\.shingle_words: .* built with 5, not 4"):
        link([replace(articles[0], id="b")], state, settings=other)


def test_cli_config_end_to_end(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path)
    path = tmp_path / "split.toml"
    path.write_text("# split reports of one event\n[stories]\nthreshold = 0.9\n", encoding="utf-8")
    runner = CliRunner()
    outputs = {}
    for name, extra in (("default", []), ("split", ["--config", str(path)])):
        out = tmp_path / f"{name}.json"
        db = tmp_path / f"{name}.db"
        result = runner.invoke(
            main, ["analyze", str(folder), "--db", str(db), "--json", str(out), "-q", *extra]
        )
        assert result.exit_code == 0, result.output
        outputs[name] = json.loads(out.read_text("utf-8"))
    assert len(outputs["default"]["stories"]) == 2
    assert len(outputs["split"]["stories"]) == 3


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[stories]\nthreshold = 'x'\n", "stories.threshold: expected a number"),
        ("[stories]\nthresh = 0.3\n", "stories.thresh: unknown key"),
        ("[stories\n", "not valid TOML"),
    ],
)
def test_cli_bad_config_exits_2_with_one_line(tmp_path: Path, text: str, reason: str) -> None:
    folder = write_corpus(tmp_path)
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "k.db"
    result = CliRunner().invoke(
        main, ["analyze", str(folder), "--db", str(db), "--config", str(path)]
    )
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"kabar: {path}: ") and reason in lines[0]
    assert not db.exists()  # refused before anything was written


def test_cli_missing_config_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["analyze", str(write_corpus(tmp_path)), "--config", str(tmp_path / "none.toml")]
    )
    assert result.exit_code == 2
    assert f"kabar: {tmp_path / 'none.toml'}: cannot read" in result.output


def test_cli_engine_and_max_size_come_from_the_settings(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path)
    path = tmp_path / "small.toml"
    path.write_text("[ingest]\nmax_bytes = 1000\n", encoding="utf-8")
    db = tmp_path / "k.db"
    runner = CliRunner()
    result = runner.invoke(main, ["analyze", str(folder), "--db", str(db), "--config", str(path)])
    assert result.exit_code == 1  # the fire reports are over 1,000 bytes
    assert "over the 1,000 bytes limit" in result.output
    # --max-size on the command line wins over the file
    again = runner.invoke(
        main,
        ["analyze", str(folder), "--db", str(db), "--config", str(path), "--max-size", "1"],
    )
    assert again.exit_code == 0, again.output


def test_help_mentions_config() -> None:
    result = CliRunner().invoke(main, ["analyze", "--help"])
    assert result.exit_code == 0
    assert "--config FILE" in result.output
    assert "TOML" in result.output


def test_settings_is_public() -> None:
    assert kabar.Settings is Settings
    assert kabar.load_settings is load_settings


def _articles() -> list[kabar.Article]:
    """Return the hand-made corpus as bare articles (no per-article stages run)."""
    out = []
    for name, text in CORPUS.items():
        title, _, body = text.split("\n\n", 2)
        out.append(kabar.Article(name, name, title, body, None, "2024-09-09", None))
    return out


def test_dask_workers_compute_features_with_the_given_settings() -> None:
    from distributed import Client, LocalCluster

    from kabar.dask_engine import features_dask
    from kabar.stories import article_features

    articles = _articles()
    other = overlay(load_settings(), {"dedup": {"shingle_words": 3, "bands": 20, "rows": 4}})
    other = overlay(other, {"stories": {"title_weight": 5.0}})
    with (
        LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        Client(cluster, timeout=30) as client,
    ):
        remote = features_dask(articles, client, settings=other)
    local = article_features(articles, settings=other)
    default = article_features(articles)
    assert (remote.signatures == local.signatures).all()
    assert (remote.keys == local.keys).all() and remote.keys.shape == (4, 21)
    assert [t.counts.tolist() for t in remote.terms] == [t.counts.tolist() for t in local.terms]
    assert default.keys.shape == (4, 43)
    assert not (default.signatures == local.signatures).all()
    assert [t.counts.tolist() for t in default.terms] != [t.counts.tolist() for t in local.terms]


def test_the_engine_can_come_from_the_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kabar import dask_engine

    class Chosen(Exception):
        pass

    def chosen(scheduler: str | None = None) -> None:
        raise Chosen(scheduler)

    monkeypatch.setattr(dask_engine, "dask_client", chosen)
    folder = str(write_corpus(tmp_path))
    dask = overlay(load_settings(), {"pipeline": {"engine": "dask"}})
    with pytest.raises(Chosen):
        kabar.analyze([folder], settings=dask)
    # an explicit engine wins over the settings
    assert len(kabar.analyze([folder], engine="local", settings=dask).articles) == 4


def count_batches(store: Store) -> list[int]:
    """Make the store note the size of every batch of articles it is given; return the list."""
    sizes: list[int] = []
    put = store.put_articles

    def counted(articles: Sequence[kabar.Article], *, linked: bool = False) -> None:
        sizes.append(len(articles))
        put(articles, linked=linked)

    store.put_articles = counted  # type: ignore[method-assign]
    return sizes


def test_the_batch_size_comes_from_the_settings(tmp_path: Path) -> None:
    folder = str(write_corpus(tmp_path))
    small = overlay(load_settings(), {"pipeline": {"batch_size": 1}})
    results, batches = [], []
    for settings in (small, None):
        with kabar.open_store(":memory:") as store:
            batches.append(count_batches(store))
            results.append(kabar.analyze([folder], store, settings=settings))
    assert batches == [[1, 1, 1, 1], [4]]
    assert results[0].articles == results[1].articles
    assert results[0].stories == results[1].stories


def test_packaged_defaults_must_hold_every_key() -> None:
    text = (Path(config.__file__).parent / "data" / config.DEFAULTS_FILE).read_text("utf-8")
    values = config._parse(text, "defaults.toml")
    del values["stories"]["threshold"]
    with pytest.raises(ConfigError, match=r"^defaults\.toml: stories\.threshold: missing$"):
        config._build(values, "defaults.toml")
