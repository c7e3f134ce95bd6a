"""The report's table of merged events: one row per occasion, with its reports and conflicts."""
from __future__ import annotations

from html import escape

from .documents import anchor
from .facets import event_people, filter_attributes


def _sources_html(event) -> str:
    links = []
    for source in event.sources:
        name = source.document.path or "<stdin>"
        language = f" ({source.language})" if source.language else ""
        links.append(f'<li><a href="#{anchor("event-", source.event_id)}" title="{escape(source.text, quote=True)}">'
                     f'{escape(name)}</a>{escape(language)}: {escape(source.date or "undated")}</li>')
    return "<ul>" + "".join(links) + "</ul>"


def _conflicts_html(event) -> str:
    items = []
    for conflict in event.conflicts:
        said = "; ".join(f"{escape(str(value.value))} ({len(value.event_ids)})" for value in conflict.values)
        items.append(f"<li>{escape(conflict.field)}: {said}</li>")
    links = [f'<li>possibly the same as <a href="#{anchor("merged-", other)}">{escape(other)}</a></li>'
             for other in event.possibly_same]
    links += [f'<li>{escape(link.relation.replace("_", " "))} <a href="#{anchor("merged-", link.id)}">'
              f'{escape(link.id)}</a></li>' for link in getattr(event, "related", [])]
    return "<ul>" + "".join(items + links) + "</ul>" if items or links else ""


def _row_html(event) -> str:
    people = ", ".join(escape(name) for _, name in event_people(event))
    parties = ", ".join(escape(party.name) for party in event.parties)
    how = " · ".join(escape(part) for part in (event.mode, event.status) if part)
    return (f'<tr class="event-row" id="{anchor("merged-", event.id)}" {filter_attributes(event)}>'
            f'<td class="date">{escape(event.date or "undated")}</td><td>{escape(event.type.replace("_", " "))}'
            f'<br><small>{how}</small></td><td>{people}</td><td>{escape(event.location or "")}</td><td>{parties}</td>'
            f'<td>{_sources_html(event)}</td><td>{_conflicts_html(event)}</td></tr>')


def merged_table_html(events: list) -> str:
    if not events:
        return "<p>No events.</p>"
    head = ("<thead><tr><th>Date</th><th>Type</th><th>Participants</th><th>Location</th><th>Parties</th>"
            "<th>Reports</th><th>Conflicts, links</th></tr></thead>")
    return f'<table class="merged">{head}<tbody>{"".join(_row_html(event) for event in events)}</tbody></table>'
