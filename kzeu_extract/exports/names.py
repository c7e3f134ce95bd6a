"""The names of the export tables, importable without the pipeline (the CLI's --table choices).

tables.py builds the rows of each; a test checks that every list of items in the document
record has its table here.
"""
from __future__ import annotations

# documents: one row per document; then one row per item of each of the record's lists; the
# event_* tables: one row per participant / party of an event.
TABLES = ("documents", "people", "offices", "organizations", "places", "dates", "figures", "agreements",
          "events", "event_participants", "event_parties", "quotes", "sentences")
