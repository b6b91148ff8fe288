"""Who the discourse was last about: the people named so far, for pronouns to point back at.

A ``Memory`` is a value: remembering a person returns a new one. A ``Context`` is where the
reading stands (the body's ``Reading``, the memory, the sentence being read); the steps that
resolve "ia", "dia" or "ujarnya" take one.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from kabar.quotes.reading import Reading

# A pronoun points back at most this many sentences (tuned on PFSA-ID dev: Kompas keeps one
# speaker for a handful of sentences of indirect speech before "katanya").
MAX_PRONOUN_SENTENCES = 6


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: canonical name, whether it is a person, and where it was named."""

    name: str | None
    person: bool
    pos: int


@dataclass(frozen=True)
class Named:
    """A person the discourse named: where, in which sentence, and who."""

    pos: int
    sentence: int
    speaker: Speaker


@dataclass(frozen=True)
class Memory:
    """The people named so far, in body order."""

    named: tuple[Named, ...] = ()

    def remember(self, speaker: Speaker | None, pos: int, sentence: int) -> Memory:
        """Return the memory with a person as the latest one named at ``pos`` (others ignored)."""
        if speaker is None or not speaker.person:
            return self
        named = list(self.named)
        bisect.insort_right(named, Named(pos, sentence, speaker), key=lambda n: n.pos)
        return Memory(tuple(named))

    def pronoun(self, pos: int, sentence: int) -> Speaker | None:
        """Resolve ia/dia/beliau/-nya at ``pos`` to the most recent person named before it."""
        for named in reversed(self.named):
            if named.pos >= pos:
                continue
            if sentence - named.sentence > MAX_PRONOUN_SENTENCES:
                return None
            return named.speaker
        return None


@dataclass(frozen=True)
class Context:
    """Where the reading stands: the body, who was named so far, and the sentence read."""

    reading: Reading
    memory: Memory
    sentence: int

    def pronoun(self, pos: int) -> Speaker | None:
        """Resolve a pronoun at ``pos`` in this sentence.

        A pronoun that would reach back past another person the body names in between (the
        entity stage found them, the memory did not keep them: "Ketua X, Amaq Y, menyambut
        ...", then "ujarnya") has two candidates and no evidence for either: it stays unnamed.
        """
        speaker = self.memory.pronoun(pos, self.sentence)
        if speaker is None or not speaker.name:
            return speaker
        if self.reading.person_between(speaker.pos, pos, speaker.name):
            return Speaker(None, True, speaker.pos)
        return speaker

    def remember(self, speaker: Speaker | None, pos: int) -> Context:
        """Return the context with ``speaker`` remembered at ``pos`` in this sentence."""
        return Context(
            self.reading, self.memory.remember(speaker, pos, self.sentence), self.sentence
        )

    def at_sentence(self, sentence: int) -> Context:
        """Return the context reading another sentence with the same memory."""
        return Context(self.reading, self.memory, sentence)
