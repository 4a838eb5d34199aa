"""Writing results out: contract JSONL, ACLED CSV, GeoJSON, and terminal tables.

- :mod:`~sitrep.output.exporters`: the file formats;
- :mod:`~sitrep.output.table`: plain-text tables for the terminal.
"""
