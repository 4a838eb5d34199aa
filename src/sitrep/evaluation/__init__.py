"""Scoring sitrep against gold data kept outside the repository (``../shared/data``)."""
