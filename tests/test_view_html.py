"""The report's HTML without a browser: self-contained, escaped, every mark with its data."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from view_fixtures import MEETING_EN, UNDATED_CALL, call_en, corpus, meeting_en

from kzeu_extract.crossdoc import merge_events
from kzeu_extract.view import render_report
from kzeu_extract.view.highlights import Highlight, non_overlapping
from kzeu_extract.view.network_svg import network_svg
from kzeu_extract.view.timeline_svg import date_span, timeline_svg

VOID = {"meta", "br", "input", "img", "link", "hr", "circle", "rect", "line"}


class Element:
    def __init__(self, tag: str, attrs: dict, parent):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.parts: list = []   # text and child elements, in document order

    @property
    def children(self) -> list[Element]:
        return [part for part in self.parts if isinstance(part, Element)]

    @property
    def text(self) -> str:
        """The element's own text, not its children's."""
        return "".join(part for part in self.parts if isinstance(part, str))

    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()

    def all_text(self) -> str:
        return "".join(part if isinstance(part, str) else part.all_text() for part in self.parts)


class _Tree(HTMLParser):
    """Every element of a page, with its attributes, children and text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {}, None)
        self.current, self.elements = self.root, []

    def handle_starttag(self, tag, attrs):
        element = Element(tag, dict(attrs), self.current)
        self.current.parts.append(element)
        self.elements.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        element = Element(tag, dict(attrs), self.current)
        self.current.parts.append(element)
        self.elements.append(element)

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.parts.append(data)


def parse(page: str) -> list[Element]:
    tree = _Tree()
    tree.feed(page)
    return tree.elements


def with_class(elements, name: str) -> list[Element]:
    return [element for element in elements if name in element.classes()]


@pytest.fixture(scope="module")
def page():
    records, texts = corpus()
    return render_report(records, texts=texts)


@pytest.fixture(scope="module")
def elements(page):
    return parse(page)


def test_the_page_fetches_nothing(page, elements):
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.IGNORECASE)
    assert all(element.attrs.get("href", "#").startswith("#") for element in elements)
    assert not [element for element in elements if "src" in element.attrs or element.tag == "link"]
    policy = [e.attrs["content"] for e in elements if e.attrs.get("http-equiv") == "Content-Security-Policy"]
    assert policy and "default-src 'none'" in policy[0]
    scripts = [element for element in elements if element.tag == "script"]
    assert len(scripts) == 1 and "data-person" in scripts[0].all_text()   # the filter, inlined
    assert [element for element in elements if element.tag == "style"]


def test_document_text_is_escaped(page, elements):
    assert "<b>talks</b>" not in page and "&lt;b&gt;talks&lt;/b&gt;" in page
    assert not [element for element in elements if element.tag == "b"]
    text = "".join(element.all_text() for element in with_class(elements, "document")[:1])
    assert '<b>talks</b> covered trade & "energy"' in text


def test_markup_in_names_and_ids_is_escaped():
    record = meeting_en()
    record.people[0].name = 'Ana <img src=x onerror=alert(1)> "Costa"'
    record.people[0].kb_id = 'ana"><script>alert(2)</script>'
    page = render_report([record], texts={record.source.sha256: MEETING_EN})
    elements = parse(page)
    assert not [element for element in elements if element.tag == "img"]
    assert len([element for element in elements if element.tag == "script"]) == 1
    marks = [e for e in elements if e.tag == "mark" and e.attrs.get("data-label") == "PERSON"]
    assert 'ana"><script>alert(2)</script>' in {mark.attrs["data-kb"] for mark in marks}


def test_every_timeline_mark_carries_the_filter_data(elements):
    marks = with_class(elements, "mark")
    assert len(marks) == 2   # the meeting reported twice is one mark; the call another
    for mark in marks:
        assert mark.attrs["data-id"].startswith("m-")
        assert mark.attrs["data-type"] in ("meeting", "phone_call")
        people = json.loads(mark.attrs["data-person"])
        assert "kb:ana_costa" in people
        assert isinstance(json.loads(mark.attrs["data-country"]), list)
        assert [child for child in mark.children if child.tag == "title" and child.text]
    meeting = next(mark for mark in marks if mark.attrs["data-type"] == "meeting")
    assert json.loads(meeting.attrs["data-country"]) == ["NO", "PT"]
    assert "2 reports" in next(c for c in meeting.children if c.tag == "title").text


def test_table_rows_and_network_carry_the_filter_data(elements):
    rows = with_class(elements, "event-row")
    assert sorted(json.loads(row.attrs["data-person"]) for row in rows) == [
        ["kb:ana_costa", "kb:jonas_berg"], ["kb:ana_costa", "kb:mira_okafor"]]
    edges, nodes = with_class(elements, "edge"), with_class(elements, "node")
    assert len(edges) == 2 and len(nodes) == 3
    assert {json.loads(node.attrs["data-person"])[0] for node in nodes} == {
        "kb:ana_costa", "kb:jonas_berg", "kb:mira_okafor"}
    buttons = [element for element in elements if element.attrs.get("data-facet") == "person"]
    assert buttons[0].attrs["data-key"] == "kb:ana_costa" and "2" in buttons[0].all_text()


def test_highlights_have_labels_and_kb_ids_on_hover(elements):
    marks = [element for element in elements if element.tag == "mark" and "entity" in element.classes()]
    by_text = {mark.text.strip(): mark for mark in marks}
    assert by_text["Ana Costa"].attrs["data-label"] == "PERSON"
    assert "kb: ana_costa" in by_text["Ana Costa"].attrs["title"]
    assert "GeoNames 2267057" in by_text["Lisbon"].attrs["title"]
    assert by_text["Lisbonne"].attrs["data-kb"] == "2267057"
    assert by_text["3 March 2021"].attrs["data-label"] == "DATE"
    assert by_text["Prime Minister"].attrs["data-label"] == "OFFICE"
    # "Council" lies inside "Nordic Council": the longer is marked and names the other
    assert "a-council" in by_text["Nordic Council"].attrs["title"] and "Council" not in by_text
    legend = [element for element in elements if "legend" in element.classes()]
    assert legend and "AGREEMENT" in legend[0].all_text()


def test_event_sentences_show_their_arguments(elements):
    events = with_class(elements, "event")
    assert len(events) == 3
    english = events[0].all_text()
    for label in ("PARTICIPANT", "WHEN", "WHERE"):
        assert label in english
    assert "ana_costa" in english   # displaCy's kb id beside the label
    assert "merged as" in english


def test_a_record_without_its_text_shows_the_cited_sentences():
    record = call_en()
    elements = parse(render_report([record]))
    notes = with_class(elements, "note")
    assert notes and "not found" in notes[0].all_text()
    marks = [element.text.strip() for element in elements if element.tag == "mark"]
    assert "Mira Okafor" in marks and "April 2021" in marks


def test_non_overlapping_keeps_the_longest():
    spans = [Highlight(0, 10, "OFFICE", "offices", "a", ""), Highlight(4, 10, "ORG", "organizations", "b", "x"),
             Highlight(8, 14, "PLACE", "places", "c", ""), Highlight(20, 25, "PERSON", "people", "d", "y")]
    kept = non_overlapping(spans)
    assert [(h.start, h.end) for h in kept] == [(0, 10), (20, 25)]
    assert "ORG: b" in kept[0].title and "PLACE: c" in kept[0].title


def test_date_spans_follow_the_granularity():
    assert date_span("2021-03-03")[2] is True
    month = date_span("2021-02")
    assert (month.first.isoformat(), month.last.isoformat(), month.day) == ("2021-02-01", "2021-02-28", False)
    assert date_span("2020").last.isoformat() == "2020-12-31"
    assert date_span(None) is None and date_span("2021-13") is None and date_span("soon") is None


def test_timeline_shapes_and_undated_column():
    records, _ = corpus()
    undated = call_en("docs/other.txt", UNDATED_CALL)
    merged = merge_events([*records, undated])
    svg = timeline_svg(merged)
    marks = parse(svg)
    groups = with_class(marks, "mark")
    assert len(groups) == len(merged) == 3
    shapes = {g.attrs["data-date"]: g.children[-1].tag for g in groups}
    assert shapes == {"2021-03-03": "circle", "2021-04": "rect", "": "circle"}
    assert "undated" in svg and timeline_svg(list(reversed(merged))) == svg   # deterministic


def test_network_is_deterministic_and_weighted():
    records, _ = corpus()
    again = meeting_en("docs/second.txt", MEETING_EN.replace("3 March", "10 June"))   # the same two, again
    merged = merge_events([*records, again])
    svg = network_svg(merged)
    assert network_svg(list(reversed(merged))) == svg
    edges = with_class(parse(svg), "edge")
    widths = {tuple(json.loads(edge.attrs["data-person"])): float(edge.attrs["stroke-width"]) for edge in edges}
    assert widths[("kb:ana_costa", "kb:jonas_berg")] > widths[("kb:ana_costa", "kb:mira_okafor")]


def test_an_empty_batch_gives_a_page_saying_so():
    page = render_report([], merged=[])
    assert "No events." in page and "0 documents" in page


def test_event_sentence_tokens_are_cut_at_every_argument_edge():
    from kzeu_extract.view.highlights import _tokens

    tokens, starts = _tokens("Costa's call with Berg.", {0, 5, 18, 22})
    assert tokens == ["Costa", "'s", "call", "with", "Berg", "."]
    assert starts == [0, 5, 8, 13, 18, 22]


def test_event_sentences_are_underlined_in_the_text_with_the_event_on_hover(elements):
    underlined = with_class(elements, "event-sentence")
    assert len(underlined) == 3   # one event a document
    first = underlined[0]
    assert first.attrs["title"].startswith("meeting · in_person · held · 2021-03-03 · in Lisbon: Ana Costa, Jonas Berg")
    assert [child for child in parse_marks(first) if child.attrs.get("data-label") == "PERSON"]
    assert "met Chancellor Jonas Berg" in first.all_text()
    assert "covered trade" not in first.all_text()   # the next sentence is not the event's
    assert "covered trade" in first.parent.all_text()


def parse_marks(element: Element) -> list[Element]:
    found, pending = [], list(element.children)
    while pending:
        child = pending.pop()
        found += [child] if child.tag == "mark" else []
        pending.extend(child.children)
    return found


def test_facets_count_people_by_identity_and_name_countries():
    from kzeu_extract.view.facets import country_facets, person_facets

    records, _ = corpus()
    merged = merge_events(records)
    people = person_facets(merged)
    assert [(f.key, f.count) for f in people] == [("kb:ana_costa", 2), ("kb:jonas_berg", 1), ("kb:mira_okafor", 1)]
    countries = {f.key: f.name for f in country_facets(merged)}
    assert countries == {"PT": "Portugal (PT)", "NO": "Norway (NO)", "NG": "Nigeria (NG)"}


def test_hover_titles_leave_out_what_is_unsaid_but_keep_zero():
    from kzeu_extract.records import Figure
    from kzeu_extract.view.highlights import _figure

    title, _ = _figure(Figure(text="no tariffs", start=0, end=10, kind="percent", value=0, approximate=False))
    assert title == "percent · 0"
