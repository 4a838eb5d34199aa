"""Import spaCy without its command line, which sitrep never uses.

``import spacy`` runs ``from .cli.info import info``, and ``spacy.cli`` pulls
in typer, requests, weasel and their own imports: some 360 modules and about a
third of spaCy's import time, on every start of every process, for
``spacy.info`` alone. :func:`import_spacy` imports spaCy with a stand-in for
``spacy.cli.info`` whose ``info`` imports the real one when called, then
removes the stand-ins, so ``import spacy.cli`` later still gives the real
command line. Should a spaCy release need more of its command line while it
is imported, the stand-ins are dropped and spaCy imported as usual.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

__all__ = ["import_spacy"]

_STAND_INS = ("spacy.cli", "spacy.cli.info")


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real one, imported when first called."""
    return importlib.import_module("spacy.cli.info").info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """The ``spacy`` module, imported without ``spacy.cli`` if it is not imported yet."""
    if "spacy" in sys.modules or any(name in sys.modules for name in _STAND_INS):
        return importlib.import_module("spacy")
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package with no submodules: any other import of one fails at once
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    before = set(sys.modules)
    sys.modules.update(stand_ins)
    try:
        return importlib.import_module("spacy")
    except (ImportError, AttributeError):
        for name in set(sys.modules) - before:
            if name == "spacy" or name.startswith("spacy."):
                del sys.modules[name]
        _drop(stand_ins)
        return importlib.import_module("spacy")
    finally:
        _drop(stand_ins)


def _drop(stand_ins: dict[str, types.ModuleType]) -> None:
    for name, module in stand_ins.items():
        if sys.modules.get(name) is module:
            del sys.modules[name]
    spacy = sys.modules.get("spacy")
    if spacy is not None and getattr(spacy, "cli", None) is stand_ins["spacy.cli"]:
        delattr(spacy, "cli")
