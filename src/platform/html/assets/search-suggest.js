// Progressive enhancement of search fields: suggestions under the field while typing (ARIA 1.2 combobox
// with a listbox). Without this file the plain form works as before. Keys: arrows move, Enter opens the
// chosen service (or searches), Escape closes the list.
(function () {
  "use strict";
  var DELAY_MS = 150;

  function enhance(input, index) {
    var form = input.form;
    var endpoint = input.getAttribute("data-suggest") || "/api/v1/services/suggestions";
    var listId = "st-suggest-" + index;
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "st-suggest";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.getAttribute("data-suggest-label") || "Vorschläge");
    list.hidden = true;
    var status = document.createElement("div");
    status.className = "kern-sr-only";
    status.setAttribute("role", "status");
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var items = [];
    var active = -1;
    var timer = 0;
    var pending = null;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function choose(i) {
      active = i;
      var options = list.children;
      for (var k = 0; k < options.length; k++) options[k].setAttribute("aria-selected", k === i ? "true" : "false");
      if (i >= 0 && options[i]) {
        input.setAttribute("aria-activedescendant", options[i].id);
        options[i].scrollIntoView({ block: "nearest" });
      } else input.removeAttribute("aria-activedescendant");
    }

    function show(found) {
      items = found;
      list.textContent = "";
      found.forEach(function (item, i) {
        var option = document.createElement("li");
        option.id = listId + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = item.name;
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the field until we navigate
        });
        option.addEventListener("click", function () {
          window.location.href = "/leistungen/" + encodeURIComponent(item.id);
        });
        list.appendChild(option);
      });
      active = -1;
      if (found.length === 0) {
        close();
        status.textContent = "";
        return;
      }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      var count = found.length;
      status.textContent = document.documentElement.lang === "en"
        ? count + (count === 1 ? " suggestion" : " suggestions") + ". Use the arrow keys to choose."
        : count + (count === 1 ? " Vorschlag" : " Vorschläge") + ". Mit den Pfeiltasten auswählen.";
    }

    function fetchSuggestions() {
      var q = input.value;
      if (q.trim().length < 2) {
        show([]);
        return;
      }
      if (pending) pending.abort();
      pending = typeof AbortController === "function" ? new AbortController() : null;
      fetch(endpoint + "?q=" + encodeURIComponent(q), { headers: { accept: "application/json" }, signal: pending ? pending.signal : undefined })
        .then(function (res) {
          return res.ok ? res.json() : { items: [] };
        })
        .then(function (body) {
          if (input.value === q) show(body.items || []);
        })
        .catch(function () {
          /* offline or aborted: the plain form still works */
        });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener("keydown", function (event) {
      var open = !list.hidden && items.length > 0;
      if (event.key === "ArrowDown") {
        if (!open) return fetchSuggestions();
        event.preventDefault();
        choose(active + 1 < items.length ? active + 1 : 0);
      } else if (event.key === "ArrowUp" && open) {
        event.preventDefault();
        choose(active > 0 ? active - 1 : items.length - 1);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        window.location.href = "/leistungen/" + encodeURIComponent(items[active].id);
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", close);
    if (form) form.addEventListener("submit", close);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var fields = document.querySelectorAll('input[data-suggest], form[action="/suche"] input[name="q"]');
    for (var i = 0; i < fields.length; i++) enhance(fields[i], i);
  });
})();
