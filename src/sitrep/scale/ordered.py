"""Keep a bounded number of batches in flight and hand results back in input order.

Both engines (local processes, Ray actors) cut the article stream into
batches, submit a few more than they have workers, and wait for the oldest
first. Output order therefore never depends on which worker finished first,
and memory stays bounded however long the stream is.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

__all__ = ["batches", "closing_batches", "in_order"]

def batches[T](items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    if size < 1:
        raise ValueError(f"batch size must be 1 or more, not {size}")
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def closing_batches[T](items: Iterable[T], size: int, workers: int) -> Iterator[list[T]]:
    """Like :func:`batches`, but the last stretch is cut finer, so ``workers`` finish together.

    It reads up to ``2 * workers * size`` items ahead. Once the end of the stream is in
    sight, each batch takes at most a ``2 * workers``-th of what is left (never fewer than
    ``size // 8`` items): the last batches are small, and no worker is left alone with a
    full batch while the others wait.
    """
    if size < 1 or workers < 1:
        raise ValueError(f"batch size and workers must be 1 or more, not {size}, {workers}")
    it = iter(items)
    ahead: deque[T] = deque()
    window = 2 * workers * size
    ended = False
    while True:
        while not ended and len(ahead) < window:
            ahead.extend(islice(it, window - len(ahead)))
            ended = len(ahead) < window
        if not ahead:
            return
        take = size if not ended else max(size // 8, 1, math.ceil(len(ahead) / (2 * workers)))
        yield [ahead.popleft() for _ in range(min(take, size, len(ahead)))]


def in_order[T, F, R](
    tasks: Iterable[T],
    submit: Callable[[T], F],
    wait: Callable[[F], R],
    *,
    in_flight: int,
) -> Iterator[R]:
    """Submit ``tasks`` keeping at most ``in_flight`` pending; yield results in task order."""
    pending: deque[F] = deque()
    for task in tasks:
        pending.append(submit(task))
        if len(pending) >= in_flight:
            yield wait(pending.popleft())
    while pending:
        yield wait(pending.popleft())
