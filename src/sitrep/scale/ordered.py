"""Keep a bounded number of batches in flight and hand results back in input order.

Both engines (local processes, Ray actors) cut the article stream into
batches, submit a few more than they have workers, and wait for the oldest
first. Output order therefore never depends on which worker finished first,
and memory stays bounded however long the stream is.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

__all__ = ["batches", "in_order"]

def batches[T](items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    if size < 1:
        raise ValueError(f"batch size must be 1 or more, not {size}")
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


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
