"""Arrays of a compressed ``.npz``, kept decompressed in the cache folder for the next process.

The event model ships compressed (a few MB instead of twelve); inflating it took a
good part of every cold start and of every worker's start. The first process
writes each array as a plain ``.npy`` under ``<cache dir>/arrays/<hash of the npz>/``;
later ones map it read-only from there (the operating system shares the pages
between workers). The hash names the content, so a new model never meets an old
copy. Where the cache folder cannot be written, the arrays are inflated in memory
as before.

Example:

    >>> arrays = read_npz(npz_bytes)                # doctest: +SKIP
    >>> arrays["weights"].shape                     # doctest: +SKIP
    (262144, 47)
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import tempfile
import zipfile
from pathlib import Path

import numpy as np

from ..settings import default_cache_dir

__all__ = ["read_npz", "inflate_npz"]

log = logging.getLogger(__name__)


def inflate_npz(data: bytes) -> dict[str, np.ndarray]:
    """The arrays of ``data`` (the bytes of an ``.npz``), read in memory."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name.removesuffix(".npy"): np.lib.format.read_array(archive.open(name))
                for name in archive.namelist()}


def read_npz(data: bytes, cache_dir: Path | None = None) -> dict[str, np.ndarray]:
    """The arrays of ``data``, mapped read-only from their decompressed copy in the cache
    (written on first use); the same values as :func:`inflate_npz`."""
    folder = (cache_dir or default_cache_dir()) / "arrays" / hashlib.sha256(data).hexdigest()[:32]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [name.removesuffix(".npy") for name in archive.namelist()]
    try:
        return {name: np.asarray(np.load(folder / f"{name}.npy", mmap_mode="r",
                                         allow_pickle=False))
                for name in names}
    except (OSError, ValueError):
        pass  # not written yet, or damaged: write it again
    arrays = inflate_npz(data)
    try:
        _write(folder, arrays)
    except OSError as exc:
        log.debug("cannot keep the inflated arrays in %s: %s", folder, exc)
    return arrays


def _write(folder: Path, arrays: dict[str, np.ndarray]) -> None:
    """Each array to ``folder/<name>.npy``, atomically: a reader sees a whole file or none."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, array in arrays.items():
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".npy")
        try:
            with os.fdopen(fd, "wb") as fh:
                np.lib.format.write_array(fh, array, allow_pickle=False)
            os.replace(tmp, folder / f"{name}.npy")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
