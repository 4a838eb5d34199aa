"""The hard stops: how large one article may be, and how long a stage may spend on it.

Going over a limit is never silent and never cuts anything: the reader or the
pipeline skips that article and reports why, naming the setting to change.

    >>> too_large("x" * 10, 4)
    'the article is 10 bytes, over the limit of 4 bytes (max_article_bytes); skipped'
    >>> with time_budget(0):  # 0: no budget
    ...     pass

The time budget uses ``SIGALRM``, so it is enforced in the main thread of a
process on POSIX systems; elsewhere (a worker thread, Windows) it is not.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from .errors import LimitError

__all__ = ["too_large", "size_message", "time_budget", "budget_enforced"]


def size_message(size: int, limit: int, what: str = "the article") -> str:
    """Why an input of ``size`` bytes is skipped under ``limit``."""
    over = f"over the limit of {_bytes(limit)} (max_article_bytes)"
    return f"{what} is {_bytes(size)}, {over}; skipped"


def too_large(text: str, limit: int) -> str | None:
    """The reason ``text`` is over ``limit`` bytes of UTF-8, or None when it fits."""
    if len(text) <= limit // 4:  # a character is at most 4 bytes: no need to encode
        return None
    size = len(text.encode("utf-8", "surrogatepass"))
    return size_message(size, limit) if size > limit else None


def _bytes(size: int) -> str:
    for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
        if size >= scale and size % (scale // 10) == 0:
            return f"{size / scale:g} {unit}"
        if size >= 10 * scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} byte{'s' * (size != 1)}"


def budget_enforced() -> bool:
    """Whether :func:`time_budget` can stop work here (the main thread on POSIX)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float, what: str = "the article") -> Iterator[None]:
    """Raise :class:`~sitrep.errors.LimitError` inside the block once ``seconds`` have passed.

    ``seconds`` of 0 (or a place where it cannot be enforced) means no budget.
    """
    if seconds <= 0 or not budget_enforced():
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise LimitError(f"{what} took over {seconds:g} s (article_seconds); skipped")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
