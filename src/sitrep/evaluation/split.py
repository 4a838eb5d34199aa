"""The fixed split of the ACLED training descriptions into training and held-apart rows.

A row is held apart when the SHA-1 of its ``event_id_cnty`` is 0 modulo 10: about one
row in ten, the same rows on every machine and in every run, whatever order the file is
read in. The event model never trains on held-apart rows, and ``sitrep eval events``
scores only them.
"""

from __future__ import annotations

import hashlib

__all__ = ["HELD_APART_MODULUS", "is_held_apart"]

HELD_APART_MODULUS = 10


def is_held_apart(event_id: str) -> bool:
    """Whether the ACLED row with this ``event_id_cnty`` is kept out of training."""
    digest = hashlib.sha1(event_id.strip().encode("utf-8")).hexdigest()
    return int(digest, 16) % HELD_APART_MODULUS == 0
