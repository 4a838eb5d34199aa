"""The exceptions that sitrep raises.

Every exception derives from :class:`SitrepError`, so callers can catch the
whole family at once. Each carries a searchable code (``E001``…) and a message
that says what to do next.

    SitrepError
     ├── ConfigError          bad settings file, variable or stage option
     ├── PipelineError        stages declared in an impossible order
     ├── InputError           an input that cannot be read at all
     │    ├── ArticleError    one article that is skipped (file and line named)
     │    └── LimitError      an article over the size limit or time budget (skipped)
     ├── ResourceError        a model or gazetteer that is missing or broken
     └── StoreError           the SQLite store cannot be opened or migrated
"""

from __future__ import annotations

__all__ = [
    "SitrepError",
    "ConfigError",
    "PipelineError",
    "InputError",
    "ArticleError",
    "LimitError",
    "ResourceError",
    "StoreError",
]


class SitrepError(Exception):
    """Root of every sitrep exception."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class ConfigError(SitrepError):
    code = "E001"


class PipelineError(SitrepError):
    code = "E002"


class InputError(SitrepError):
    code = "E003"


class ArticleError(InputError):
    """One article could not be read; it is skipped and counted."""

    code = "E004"

    def __init__(self, message: str, *, path: str = "", line: int | None = None) -> None:
        where = path + (f":{line}" if line is not None else "")
        super().__init__(f"{where}: {message}" if where else message)
        self.path = path
        self.line = line


class LimitError(InputError):
    """An article over ``max_article_bytes`` or a stage over ``article_seconds`` on it."""

    code = "E007"


class ResourceError(SitrepError):
    code = "E005"


class StoreError(SitrepError):
    code = "E006"
