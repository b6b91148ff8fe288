"""Per-stage timing for the pipeline, and the error that names the stage that failed."""

from __future__ import annotations

import time

from kabar.errors import KabarError


class StageError(KabarError):
    """A stage failed on one article; the message names the stage."""


class StageClock:
    """Times each stage and names it in any error it raises."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self._timings = timings
        self._stage = ""
        self._started = 0.0

    def __call__(self, stage: str) -> StageClock:
        self._stage = stage
        return self

    def __enter__(self) -> None:
        self._started = time.perf_counter()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, _: object
    ) -> None:
        if self._timings is not None:
            elapsed = time.perf_counter() - self._started
            self._timings[self._stage] = self._timings.get(self._stage, 0.0) + elapsed
        if exc is not None and not isinstance(exc, StageError) and isinstance(exc, Exception):
            raise StageError(f"stage {self._stage} failed: {type(exc).__name__}: {exc}") from exc
