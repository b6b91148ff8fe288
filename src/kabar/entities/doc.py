"""One article body as resolution reads it: tokens, sentences and the lexicon's views."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from kabar.entities.features import cluster_key
from kabar.entities.lexicon import Alias, Lexicon, case_classes
from kabar.lexicon import for_use, lowered

Token = tuple[str, int, int]

# Emphatic and question enclitics glued to a common word at a sentence start ("Dialah",
# "Inilah", "Apakah"); all three letters long.
ENCLITICS = ("lah", "kah", "pun")
# Share of capitalised words from which a sentence is read as a title-case headline.
HEADLINE_SHARE = 0.6
# Shortest lower-case word that counts against a headline unless it is a small word.
HEADLINE_PROSE_WORD = 4


class Doc:
    """A body, its tokens and each token's sentence, with the lexicon views resolution uses.

    Read-only once built, apart from a cache of which sentences are title-case headlines.
    """

    def __init__(
        self, body: str, tokens: list[Token], lex: Lexicon, sentence_of: Sequence[int]
    ) -> None:
        """Keep the body, its tokens, the lexicon and each token's sentence number."""
        self.body = body
        self.tokens = tokens
        self.words = [t[0] for t in tokens]
        self.sentence_of = sentence_of
        self.lex = lex
        self.cases = case_classes()
        self.titles: frozenset[str] = lex.name_titles or lex.titles
        # titles dropped before a name; name prefixes ("Habib", "Raden") stay in it
        self.strip_titles = self.titles - lowered("name_prefixes.txt")
        self.aliases: dict[str, Alias] = lex.resolve_aliases or lex.aliases
        # resolution-only word lists beside the tagger's ones
        self.not_names = lex.not_names | lex.extra_not_names
        self.org_heads = lex.org_heads | lex.extra_org_heads
        self._headline: dict[int, bool] = {}
        # word -> (may be a name word, usually capitalised): a cache of namewords.name_word
        self.name_words: dict[str, tuple[bool, bool]] = {}
        # indices of the capitalised tokens, where every name starts
        self.capitalised = [k for k, w in enumerate(self.words) if w[:1].isupper()]

    @cached_property
    def lowered(self) -> list[str]:
        """Return every token's word lower-cased (built once; several passes read it)."""
        return list(map(str.lower, self.words))

    @cached_property
    def capitalised_at(self) -> dict[str, list[int]]:
        """Map each capitalised word to the indices of its tokens (built once, when asked)."""
        at: dict[str, list[int]] = {}
        for k in self.capitalised:
            at.setdefault(self.words[k], []).append(k)
        return at

    @cached_property
    def token_starts(self) -> dict[int, int]:
        """Map each token's start offset to its index (built once; several passes read it)."""
        return dict(zip([t[1] for t in self.tokens], range(len(self.tokens)), strict=True))

    @cached_property
    def token_ends(self) -> dict[int, int]:
        """Map each token's end offset to its index."""
        return dict(zip([t[2] for t in self.tokens], range(len(self.tokens)), strict=True))

    def text(self, first: int, last: int) -> str:
        """Return the body text of a token range."""
        return self.body[self.tokens[first][1] : self.tokens[last - 1][2]]

    def joined(self, first: int, last: int) -> str:
        """Return the words of a token range joined by single spaces."""
        return " ".join(self.words[first:last])

    def is_common(self, i: int) -> bool:
        """Tell whether token i is a word mostly written in lower case ("Dialah" = "dia"-lah)."""
        word = self.words[i]
        if self.cases.get(cluster_key(word)) == "l":
            return True
        lower = word.lower()
        return lower.endswith(ENCLITICS) and self.cases.get(cluster_key(lower[:-3])) in ("l", "m")

    def sentence_start(self, i: int) -> bool:
        """Tell whether token i opens a sentence."""
        return i == 0 or self.sentence_of[i - 1] != self.sentence_of[i]

    def quoted(self, i: int) -> bool:
        """Tell whether token i sits inside quotation marks of its paragraph."""
        start = self.tokens[i][1]
        before = self.body[self.body.rfind("\n\n", 0, start) + 1 : start]
        curly = before.rfind("“") > before.rfind("”")
        return curly or before.count('"') % 2 == 1

    def title_case(self, i: int) -> bool:
        """Tell whether token i sits in a title-case line (a headline), where case says little."""
        sentence = self.sentence_of[i]
        cached = self._headline.get(sentence)
        if cached is None:
            lo = hi = i  # sentences are contiguous token runs
            while lo > 0 and self.sentence_of[lo - 1] == sentence:
                lo -= 1
            while hi + 1 < len(self.words) and self.sentence_of[hi + 1] == sentence:
                hi += 1
            words = [w for w in self.words[lo : hi + 1] if w[:1].isalpha()]
            capitals = sum(1 for w in words if w[:1].isupper())
            line = self.words[lo : hi + 1]
            prose = any(
                w[:1].islower()
                and len(w) >= HEADLINE_PROSE_WORD
                and w not in for_use("title_small_words.tsv", "headlines")
                and line[j - 1 : j] != ["-"]  # "Buka-bukaan" in a headline
                for j, w in enumerate(line)
            )
            cached = len(words) >= 3 and capitals >= HEADLINE_SHARE * len(words) and not prose
            self._headline[sentence] = cached
        return cached

    def known_word(self, word: str) -> bool:
        """Tell whether a word is an organisation head, place cue, place or known alias."""
        lower = word.lower()
        return (
            lower in self.lex.org_heads
            or lower in self.lex.loc_cues
            or lower in self.lex.places
            or word in self.aliases
        )
