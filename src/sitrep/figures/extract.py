"""All the counts of a parsed Doc: casualty, displacement and arrest figures.

Every figure phrase is read on its own (:mod:`~sitrep.figures.reading`),
counts of one are added (:mod:`~sitrep.figures.singulars`), then each is
settled against the others (:mod:`~sitrep.figures.context`), a figure the
text states as its coding is added (:mod:`~sitrep.figures.coded`), and an
unattributed one borrows a claimant nearby
(:func:`~sitrep.figures.claimants.share_claimants`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.model import doc_text
from ..records import Count
from .claimants import share_claimants
from .coded import read_coded, read_split
from .context import settle
from .reading import Figure, figure_phrases, read_figure
from .singulars import read_singulars

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_counts"]


def extract_counts(doc: Doc, stage: str) -> list[Count]:
    """The counts of ``doc`` in text order, each stamped with ``stage``."""
    found: list[Figure] = []
    for match in figure_phrases(doc):
        item = read_figure(doc, match, stage)
        if item is not None:
            found.append(item)
    found.extend(read_singulars(doc, [f.count for f in found], stage))
    found.sort(key=lambda f: f.count.start)
    counts = [f.count for f in settle(doc, found)]
    taken = {(c.start, c.end) for c in counts}
    coded = [c for c in read_coded(doc_text(doc), stage) if (c.start, c.end) not in taken]
    counts = sorted(counts + coded, key=lambda c: c.start)
    counts = sorted(counts + read_split(doc_text(doc), counts, stage), key=lambda c: c.start)
    share_claimants(doc, counts)
    return counts
