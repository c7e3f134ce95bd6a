/* kzeu report: filter the timeline, the network and the events table by person and by country.
   Every filtered element carries data-person and data-country, JSON lists of keys. */
(function () {
  "use strict";
  var state = { person: null, country: null };

  function keys(element, name) {
    try { return JSON.parse(element.getAttribute("data-" + name) || "[]"); } catch (error) { return []; }
  }

  function matches(element) {
    return (!state.person || keys(element, "person").indexOf(state.person) >= 0) &&
      (!state.country || keys(element, "country").indexOf(state.country) >= 0);
  }

  function each(selector, action) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), action);
  }

  function describe(shown, total) {
    var parts = [];
    if (state.person) { parts.push("person: " + buttonName("person", state.person)); }
    if (state.country) { parts.push("country: " + buttonName("country", state.country)); }
    return "Showing " + shown + " of " + total + " events" + (parts.length ? " (" + parts.join(", ") + ")" : "");
  }

  function buttonName(facet, key) {
    var found = null;
    each("button[data-facet='" + facet + "']", function (button) {
      if (button.getAttribute("data-key") === key) { found = button.getAttribute("data-name"); }
    });
    return found || key;
  }

  function apply() {
    var shown = 0, total = 0, linked = {};
    each(".mark, .event-row, .edge", function (element) {
      var visible = matches(element);
      element.classList.toggle("filtered-out", !visible);
      if (element.classList.contains("mark")) { total += 1; shown += visible ? 1 : 0; }
      if (visible && element.classList.contains("edge")) {
        keys(element, "person").forEach(function (key) { linked[key] = true; });
      }
    });
    each(".node", function (node) {
      var key = keys(node, "person")[0];
      node.classList.toggle("filtered-out", !linked[key]);
      node.classList.toggle("selected", key === state.person);
    });
    each("button[data-facet]", function (button) {
      var facet = button.getAttribute("data-facet");
      button.setAttribute("aria-pressed", String(state[facet] === button.getAttribute("data-key")));
    });
    var status = document.getElementById("filter-status");
    if (status) { status.textContent = describe(shown, total); }
  }

  function choose(facet, key) {
    state[facet] = state[facet] === key ? null : key;  /* a second click takes it off */
    apply();
  }

  function onActivate(selector, handler) {
    each(selector, function (element) {
      element.addEventListener("click", function () { handler(element); });
      element.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); handler(element); }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    onActivate("button[data-facet]", function (button) {
      choose(button.getAttribute("data-facet"), button.getAttribute("data-key"));
    });
    onActivate(".node", function (node) { choose("person", keys(node, "person")[0]); });
    onActivate(".mark", function (mark) {
      var row = document.getElementById("merged-" + mark.getAttribute("data-id"));
      if (row) {
        row.scrollIntoView({ block: "center" });
        row.classList.add("flash");
        setTimeout(function () { row.classList.remove("flash"); }, 1500);
      }
    });
    /* displaCy's knowledge-base links (href="#") show an id; they lead nowhere */
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href='#']");
      if (link) { event.preventDefault(); }
    });
    var reset = document.getElementById("reset");
    if (reset) {
      reset.addEventListener("click", function () { state.person = null; state.country = null; apply(); });
    }
    apply();
  });
}());
