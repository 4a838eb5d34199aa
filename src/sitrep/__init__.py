"""sitrep: turn war and crisis reporting into evidence-backed event data, offline.

The public API is exactly ``__all__``. Importing sitrep loads no model and
opens no file; :func:`build_pipeline` does that, once.

Example:

    >>> import sitrep
    >>> pipe = sitrep.build_pipeline()                            # doctest: +SKIP
    >>> art = pipe.process(sitrep.Article(text="...", published="2024-08-12"))  # doctest: +SKIP
"""

from __future__ import annotations

from .errors import (
    ArticleError,
    ConfigError,
    InputError,
    PipelineError,
    ResourceError,
    SitrepError,
    StoreError,
)
from .pipeline import Failure, Pipeline, build_pipeline
from .records import (
    Article,
    Claimant,
    Count,
    Entity,
    Event,
    Place,
    Plover,
    Quote,
    TimeExpr,
)
from .settings import Settings, load_settings
from .stages.base import Stage, Work

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleError",
    "Claimant",
    "ConfigError",
    "Count",
    "Entity",
    "Event",
    "Failure",
    "InputError",
    "Pipeline",
    "PipelineError",
    "Place",
    "Plover",
    "Quote",
    "ResourceError",
    "Settings",
    "SitrepError",
    "Stage",
    "StoreError",
    "TimeExpr",
    "Work",
    "build_pipeline",
    "load_settings",
    "__version__",
]
