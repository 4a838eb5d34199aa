"""Direct quotes and reported speech, with their speakers and relaying outlets.

Writes ``article.quotes``: the passages in quote marks that an attribution
claims (``"…," the governor said``) and the clauses a speech cue reports
(``X said [that] C``, ``C, according to X``), each with its speaker, cue
and relaying outlet (``via``). A count found earlier that lies inside a
quote's content and has no claimant gets the quote's speaker as claimant, and a
pronoun claimant gets the quote's resolved name
(:mod:`~sitrep.speech.claims`). The rules live in :mod:`sitrep.speech`; this
stage only wires them to the pipeline.

Example:

    >>> QuotesStage()(work); work.article.quotes[0].speaker  # doctest: +SKIP
    "the region's acting governor"
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import PipelineError
from ..records import Quote
from ..speech.claims import lend_claimants
from ..speech.quotes import extract_quotes
from .base import Stage, Work

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["QuotesStage"]


class QuotesStage(Stage):
    """Find direct and reported speech, with speaker, cue and relaying outlet."""

    name = "quotes"
    version = 2
    requires = ("doc", "entities")
    #: "counts": it fills in the claimants of counts found before it (none without a counts stage)
    assigns = ("quotes", "counts")

    def __call__(self, work: Work) -> None:
        if work.doc is None:
            raise PipelineError("the quotes stage needs work.doc; run the entities stage first.")
        work.article.quotes.extend(self.extract(work.doc))
        lend_claimants(work.article.counts, work.article.quotes)

    def extract(self, doc: Doc) -> list[Quote]:
        """The quotes of a parsed Doc, in text order."""
        return extract_quotes(doc, self.tag)
