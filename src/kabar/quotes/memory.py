"""Who the discourse was last about: the people named so far, for pronouns to point back at.

A ``Memory`` is a value: remembering a person returns a new one. A ``Context`` is where the
reading stands (the body's ``Reading``, the memory, the sentence being read); the steps that
resolve "ia", "dia" or "ujarnya" take one.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from kabar.quotes.lexicon import speech_verbs
from kabar.quotes.reading import Reading

# A pronoun points back at most this many sentences (tuned on PFSA-ID dev: Kompas keeps one
# speaker for a handful of sentences of indirect speech before "katanya").
MAX_PRONOUN_SENTENCES = 6


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: canonical name, whether it is a person, and where it was named.

    ``how`` is the kind of reference that named it (see ``kabar.quotes.evidence``): "name",
    "short_name", "pronoun", "role" ...; ``benchmarks/eval_attribution.py`` measures how often
    each kind is right.
    """

    name: str | None
    person: bool
    pos: int
    how: str = ""


def tagged(speaker: Speaker | None, how: str) -> Speaker | None:
    """Return the speaker (if any) found the way ``how`` says."""
    return replace(speaker, how=how) if speaker is not None else None


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

    def pronoun(self, pos: int, sentence: int) -> Named | None:
        """Resolve ia/dia/beliau/-nya at ``pos`` to the most recent person named before it."""
        for named in reversed(self.named):
            if named.pos >= pos:
                continue
            if sentence - named.sentence > MAX_PRONOUN_SENTENCES:
                return None
            return named
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
        named = self.memory.pronoun(pos, self.sentence)
        speaker = named.speaker if named is not None else None
        if named is None or speaker is None or not speaker.name:
            return speaker
        if self.reading.person_between(speaker.pos, pos, speaker.name):
            return Speaker(None, True, speaker.pos)
        return replace(speaker, how=self._reach(named, pos))

    def _reach(self, named: Named, pos: int) -> str:
        """How a pronoun reached its person: "pronoun" for one named (or pointed at) in this
        sentence or the one before, "pronoun_far" further back; "_crossed" when another
        person is named in between (outside quotes), "_spoken" when a sentence in between has
        a speech verb whose speaker the reading did not find (someone else may have spoken)."""
        name = named.speaker.name
        seen = {n.sentence for n in self.memory.named if n.pos < pos}
        last = max(n.sentence for n in self.memory.named if n.speaker.name == name and n.pos < pos)
        how = "pronoun" if self.sentence - last <= 1 else "pronoun_far"
        if _other_person_between(self.reading, named.speaker, pos):
            how += "_crossed"
        verbs = speech_verbs()
        for index in range(last + 1, self.sentence):
            toks = self.reading.sentences[index].toks
            if index not in seen and any(t.low in verbs for t in toks):
                return how + "_spoken"
        return how

    def remember(self, speaker: Speaker | None, pos: int) -> Context:
        """Return the context with ``speaker`` remembered at ``pos`` in this sentence."""
        return Context(
            self.reading, self.memory.remember(speaker, pos, self.sentence), self.sentence
        )

    def at_sentence(self, sentence: int) -> Context:
        """Return the context reading another sentence with the same memory."""
        return Context(self.reading, self.memory, sentence)


def _other_person_between(reading: Reading, speaker: Speaker, end: int) -> bool:
    """Tell whether a person other than ``speaker`` is named, outside quotes, after the
    speaker was last named and before ``end``."""
    own = set((speaker.name or "").lower().split())
    people = [m for e in reading.resolver.entities if e.type == "PERSON" for m in e.mentions]
    theirs = {m.start: m.end for m in people if set(m.text.lower().split()) & own}
    start = max([speaker.pos, *(e for e in theirs.values() if e <= end)])
    return any(
        start < m.start < end
        and m.start not in theirs
        and not any(q.open <= m.start < q.end for q in reading.spans)
        for m in people
    )
