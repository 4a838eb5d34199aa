"""Event extraction: ACLED typing, actors, places, dates, counts, PLOVER and evidence.

The modules, in the order the rules run:

- :mod:`~sitrep.events.lexicon`: trigger, weapon and actor word lists;
- :mod:`~sitrep.events.triggers`: trigger words; :mod:`~sitrep.events.weapons`: the
  weapon named around one, and the noun behind a quantity ("dozens of rockets");
- :mod:`~sitrep.events.realis`: whether a trigger happened (negation, modality);
- :mod:`~sitrep.events.actor_refs`, :mod:`~sitrep.events.actors`,
  :mod:`~sitrep.events.actor_names` and :mod:`~sitrep.events.reference`: actor references,
  actor phrases and ACLED's actor names;
- :mod:`~sitrep.events.locate` and :mod:`~sitrep.events.dates`: where and when;
- :mod:`~sitrep.events.draft` and :mod:`~sitrep.events.context`: one mention,
  then the discourse around it;
- :mod:`~sitrep.events.classify`: ACLED event type and sub-type;
- :mod:`~sitrep.events.assemble`: ACLED slots, names, merging;
- :mod:`~sitrep.events.tolls`: fatalities, injuries, displaced;
- :mod:`~sitrep.events.plover`: the PLOVER type and mode;
- :mod:`~sitrep.events.extract`: all of it, for one article.
"""

from .extract import extract_events

__all__ = ["extract_events"]
