"""The report: one self-contained HTML page (styles and script inlined, nothing fetched).

A Content-Security-Policy in the page forbids every fetch, so a report opened from a mail
attachment makes no request even if a document's text held markup (it is escaped anyway).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from importlib import resources

from .._version import __version__
from ..records import DocumentRecord
from .documents import document_html, legend_html
from .facets import Facet, country_facets, person_facets
from .merged_table import merged_table_html
from .network_svg import network_svg
from .palette import EVENT_TYPE_COLOURS, FALLBACK_COLOUR
from .timeline_svg import timeline_svg

_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


def _facet_buttons(facet: str, label: str, facets: list[Facet]) -> str:
    buttons = "".join(f'<button type="button" data-facet="{facet}" data-key="{escape(f.key, quote=True)}" '
                      f'data-name="{escape(f.name, quote=True)}" aria-pressed="false">{escape(f.name)} '
                      f'<span class="count">{f.count}</span></button>' for f in facets)
    return f'<div class="facet" id="{facet}-filter"><span class="facet-name">{label}</span>{buttons}</div>'


def _timeline_key(events: list) -> str:
    present = {event.type for event in events}
    colours = {name: colour for name, colour in EVENT_TYPE_COLOURS.items() if name in present}
    colours.update({name: FALLBACK_COLOUR for name in sorted(present - set(colours))})
    types = "".join(f'<li><span class="dot" style="background: {colour}"></span>{escape(name.replace("_", " "))}</li>'
                    for name, colour in colours.items())
    return (f'<ul class="key">{types}<li>dot: dated to the day; bar: to the month or year</li>'
            "<li>filled: held; hollow: planned; dashed: cancelled or refused</li>"
            "<li>hover a mark for its summary, click it for its row</li></ul>")


def _summary(records: list[DocumentRecord], merged: list) -> str:
    reports = sum(len(record.events) for record in records)
    several = sum(1 for event in merged if len(event.sources) > 1)
    return (f'<p class="summary">{len(records)} document{"s" if len(records) != 1 else ""}; {reports} event '
            f'report{"s" if reports != 1 else ""} merged into {len(merged)} event{"s" if len(merged) != 1 else ""}'
            f' ({several} reported more than once). kzeu-extract {escape(__version__)}.</p>')


def render_report(records: Iterable[DocumentRecord], merged: list | None = None,
                  texts: Mapping[str, str] | None = None, title: str = "kzeu report") -> str:
    """The report's HTML for the records (``merged``: their merged events, by default
    ``merge_events(records)``; ``texts``: each document's text by its sha256, where known)."""
    records = list(records)
    if merged is None:
        from ..crossdoc import merge_events

        merged = merge_events(records)
    texts = texts or {}
    merged_of = {source.event_id: event.id for event in merged for source in event.sources}
    documents = "".join(document_html(record, texts.get(record.source.sha256), merged_of) for record in records)
    filters = (_facet_buttons("person", "People", person_facets(merged))
               + _facet_buttons("country", "Countries", country_facets(merged))
               + '<button type="button" id="reset">Show all</button><p id="filter-status" aria-live="polite"></p>')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title><style>{_asset("report.css")}</style></head>
<body><header><h1>{escape(title)}</h1>{_summary(records, merged)}
<nav><a href="#timeline">Timeline</a><a href="#network">Who met whom</a><a href="#events">Events</a>
<a href="#documents">Documents</a></nav></header>
<section id="filters">{filters}</section>
<section id="timeline"><h2>Timeline</h2>{_timeline_key(merged)}<div class="chart">{timeline_svg(merged)}</div></section>
<section id="network"><h2>Who met whom</h2><p class="summary">Click a person to see only their events.</p>
<div class="chart">{network_svg(merged)}</div></section>
<section id="events"><h2>Events</h2>{merged_table_html(merged)}</section>
<section id="documents"><h2>Documents</h2>{legend_html()}{documents}</section>
<script>{_asset("report.js")}</script></body></html>
"""
