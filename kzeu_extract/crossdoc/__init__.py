"""Events across documents: one occasion however many reports tell of it.

``merge_events(records)`` merges the events of document records (merging.py states the
rules); ``timeline(merged, ...)`` orders and filters the result. The models are in models.py.
"""
from .merging import merge_events
from .models import MergedEvent, events_json_schema
from .timeline import timeline

__all__ = ["MergedEvent", "events_json_schema", "merge_events", "timeline"]
