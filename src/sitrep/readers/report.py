"""What a read went through: how many articles came out, what was skipped and why."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

__all__ = ["ReadReport", "Skipped", "where"]

log = logging.getLogger("sitrep.readers")


def where(path: str, line: int | None = None) -> str:
    """``path`` or ``path:line``, the way every reader message starts."""
    return f"{path}:{line}" if line is not None else path


@dataclass(frozen=True, slots=True)
class Skipped:
    """One input that was not read: a file (``line`` is None) or one JSONL line."""

    path: str
    line: int | None
    reason: str  # says what was wrong and what was skipped

    @property
    def message(self) -> str:
        return f"{where(self.path, self.line)}: {self.reason}"

    def __str__(self) -> str:
        return self.message


@dataclass(slots=True)
class ReadReport:
    """Counts of one :func:`sitrep.readers.read_inputs` run; filled in as articles are read."""

    articles: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # non-article files met in a folder walk

    def ignore(self, path: str, reason: str) -> None:
        """Note a file that is not an article at all (a README in a folder); not an error."""
        self.ignored.append(path)
        log.info("%s: %s", path, reason)

    def skip(self, path: str, line: int | None, reason: str) -> Skipped:
        """Record and log an input that is not read."""
        item = Skipped(path, line, reason)
        self.skipped.append(item)
        log.warning("%s", item.message)
        return item

    def warn(self, path: str, line: int | None, message: str) -> str:
        """Record and log a problem that did not stop the article being read."""
        text = f"{where(path, line)}: {message}"
        self.warnings.append(text)
        log.warning("%s", text)
        return text

    def summary(self) -> str:
        """One line for the end of a run, e.g. ``read 12 articles, skipped 2, 1 warning``."""
        parts = [f"read {self.articles} article{'s' * (self.articles != 1)}"]
        if self.skipped:
            parts.append(f"skipped {len(self.skipped)}")
        if self.warnings:
            parts.append(f"{len(self.warnings)} warning{'s' * (len(self.warnings) != 1)}")
        return ", ".join(parts)
