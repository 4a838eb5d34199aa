"""The model's matrix products through numpy's OpenBLAS, in one thread, instead of blis.

thinc multiplies the model's dense layers (the token-to-vector CNN's maxout
layers, the first layer of the parser's and the entity recogniser's state
model) with blis, a third of the whole pipeline's time. numpy's OpenBLAS gives
the same products about three times faster on the machines sitrep runs on, and
the same tags, parses and entities (checked on every generated report, every
example and the development news). Left to itself, OpenBLAS spreads each
product over every core, which burns more CPU than it saves and competes with
the other workers, so each product runs in one thread: more than one core is
used by running more workers (``--workers``).

:func:`use_numpy_products` gives every layer of the model the one-thread ops.
Where numpy's OpenBLAS cannot be found (another BLAS, another system), the
model keeps blis.
"""

from __future__ import annotations

import ctypes
import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["use_numpy_products", "thread_setter"]

#: OpenBLAS names its thread-count functions with its build's prefix and suffix.
_NAMES = (("scipy_openblas_get_num_threads64_", "scipy_openblas_set_num_threads64_"),
          ("scipy_openblas_get_num_threads", "scipy_openblas_set_num_threads"),
          ("openblas_get_num_threads64_", "openblas_set_num_threads64_"),
          ("openblas_get_num_threads", "openblas_set_num_threads"))


@functools.cache
def thread_setter() -> tuple[Callable[[], int], Callable[[int], None]] | None:
    """OpenBLAS's (get, set) of its thread count, for the library numpy uses; None if not found."""
    import numpy  # noqa: F401 - loads numpy's BLAS, so that it is among the mapped files

    for path in _mapped_openblas():
        try:
            library = ctypes.CDLL(str(path))
        except OSError:
            continue
        for get_name, set_name in _NAMES:
            get, set_ = getattr(library, get_name, None), getattr(library, set_name, None)
            if get is not None and set_ is not None:
                get.restype, get.argtypes = ctypes.c_int, []
                set_.restype, set_.argtypes = None, [ctypes.c_int]
                return get, set_
    return None


def _mapped_openblas() -> list[Path]:
    """The OpenBLAS libraries this process has loaded (Linux lists them in /proc/self/maps)."""
    maps = Path("/proc/self/maps")
    try:
        text = maps.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return [Path(p) for p in dict.fromkeys(re.findall(r"(/\S*openblas\S*\.so\S*)", text))]


def _one_thread_ops(get: Callable[[], int], set_: Callable[[int], None]) -> Any:
    from thinc.api import NumpyOps

    class OneThreadOps(NumpyOps):
        """thinc's numpy ops, its products by numpy's OpenBLAS in one thread."""

        def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False,
                 trans2: bool = False) -> Any:
            threads = get()
            if threads != 1:
                set_(1)
            try:
                return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
            finally:
                if threads != 1:
                    set_(threads)

    return OneThreadOps(use_blis=False)


def use_numpy_products(nlp: Language) -> bool:
    """Give every layer of ``nlp``'s components the one-thread OpenBLAS ops; False (nothing
    changed) when numpy's OpenBLAS is not found."""
    setter = thread_setter()
    if setter is None:
        return False
    ops = _one_thread_ops(*setter)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            layer.ops = ops
    return True
