"""Reading dates written as text: the article's published date and strict ISO days.

Readers check a ``published`` value with :func:`parse_iso_date` (exactly
``YYYY-MM-DD``, a real calendar day); the resolver and the times stage turn it
into a ``date`` with :func:`parse_published`, which also takes an ISO
timestamp.
"""

from __future__ import annotations

import re
from datetime import date

from ..errors import InputError

__all__ = ["parse_iso_date", "parse_published"]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_iso_date(value: str) -> date | None:
    """``value`` as a date when it is a real calendar date written ``YYYY-MM-DD``, else None."""
    if not _ISO_DATE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def parse_published(published: date | str | None) -> date | None:
    """The published date as a ``date`` (accepts ``YYYY-MM-DD`` or an ISO timestamp).

    Raises :class:`~sitrep.errors.InputError` when a string does not start with a date.
    """
    if published is None or isinstance(published, date):
        return published
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError as exc:
        raise InputError(
            f"published date {published!r} is not YYYY-MM-DD; fix the article's published field."
        ) from exc
