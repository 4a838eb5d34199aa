"""spaCy is imported without its command line, which stays importable."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from sitrep.nlp.spacy_import import import_spacy
spacy = import_spacy()
print(hasattr(spacy, "load"), "spacy.cli" in sys.modules, "typer" in sys.modules,
      hasattr(spacy, "cli"))
import spacy.cli
from spacy.cli.info import info
print(callable(spacy.cli.download), spacy.cli.info is not None, info is not spacy.info,
      import_spacy() is spacy)
"""


def test_spacy_without_its_command_line_then_with_it():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split("\n")[:2] == ["True False False False", "True True True True"]


def test_spacy_already_imported_is_returned_as_is():
    import spacy

    from sitrep.nlp.spacy_import import import_spacy

    assert import_spacy() is spacy
