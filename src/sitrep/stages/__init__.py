"""The extraction stages, in pipeline order.

dateline → entities → places → times → counts → quotes → events
"""

from .base import INPUT_FIELDS, Stage, Work

__all__ = ["Stage", "Work", "INPUT_FIELDS"]
