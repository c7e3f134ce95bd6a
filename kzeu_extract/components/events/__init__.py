"""kzeu_events: diplomatic interactions (meetings, phone calls, visits) as event records.

Reads what earlier components stored (people with role mentions resolved, dates, places,
organizations, quotes, through ``read_items``) and reads each sentence in three stages:

1. triggers (``triggers.py``): the trigger phrases of the language pack's ``events.json``,
   each of an event type of the table ``data/event_types.json`` (``types.py``);
2. arguments (``scope.py``, ``parties.py``, ``arguments.py``, ``initiator.py``,
   ``candidate.py``): small functions over one sentence context attach who (the subject
   and counterparts), how (mode words near the trigger), when (the nearest date in the
   sentence), where, on whose initiative, and whether it is announced rather than held;
3. assembly (``assembly.py``): a trigger with no people of its own ("The virtual meeting was
   held on the initiative of ...") adds to the event it refers back to; later reports of the
   same interaction merge into the first one; meetings during a visit take its date and place.

Every difference between event types is a column of the table, never a branch on a name.
"""
from .component import EventExtractor, make_events
from .table import event_type_names, event_type_table

__all__ = ["EventExtractor", "event_type_names", "event_type_table", "make_events"]
