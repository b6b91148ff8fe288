"""The server's wait for an analysis child's answer: a readable pipe wakes it once."""

from __future__ import annotations

import asyncio
import multiprocessing
from typing import Any

from kabar.web.ingest import _readable


def test_a_pipe_that_stays_readable_wakes_the_wait_without_errors() -> None:
    receiving, sending = multiprocessing.Pipe(duplex=False)
    sending.send("done")  # readable until read: the reader fires on every turn of the loop
    errors: list[dict[str, Any]] = []

    async def wait_twice() -> None:
        asyncio.get_running_loop().set_exception_handler(lambda _, context: errors.append(context))
        await _readable(receiving, 1.0)
        await asyncio.sleep(0.05)  # turns of the loop in which a stale reader would fire
        await _readable(receiving, 0.01)
        await asyncio.sleep(0.05)

    asyncio.run(wait_twice())
    receiving.close()
    sending.close()
    assert not errors, errors
