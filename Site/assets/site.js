// Crosscheck: small enhancements. Every page is complete without this script.
(function () {
  "use strict";

  // A link to a passage inside a closed <details> opens it, so the target is visible.
  function revealTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var target = document.getElementById(id);
    if (!target) return;
    for (var node = target.parentElement; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") node.open = true;
    }
    target.scrollIntoView();
  }

  function cellValue(row, column) {
    var cell = row.cells[column];
    if (!cell) return "";
    return cell.getAttribute("data-value") || cell.textContent.trim().toLowerCase();
  }

  // Column headers become sort buttons.
  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = button.getAttribute("data-dir") !== "asc";
        Array.prototype.forEach.call(headers, function (other) {
          other.setAttribute("aria-sort", "none");
          var b = other.querySelector(".sort-button");
          if (b) b.removeAttribute("data-dir");
        });
        button.setAttribute("data-dir", ascending ? "asc" : "desc");
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = th.getAttribute("data-type") === "number";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.forEach(function (row, i) { row.setAttribute("data-order", i); });
        rows.sort(function (a, b) {
          var x = cellValue(a, column), y = cellValue(b, column);
          var d = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y);
          if (d === 0) d = a.getAttribute("data-order") - b.getAttribute("data-order");
          return ascending ? d : -d;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  // A status menu and a text box filter the rows of the claims table.
  function makeFilterable(table) {
    var bar = document.createElement("div");
    bar.className = "filters";
    var statusLabel = document.createElement("label");
    statusLabel.textContent = "Status";
    var select = document.createElement("select");
    [["", "All"], ["contested", "Contested"], ["corroborated", "Corroborated"], ["single-source", "Single source"]]
      .forEach(function (option) {
        var o = document.createElement("option");
        o.value = option[0];
        o.textContent = option[1];
        select.appendChild(o);
      });
    statusLabel.appendChild(select);
    var textLabel = document.createElement("label");
    textLabel.textContent = "Contains";
    var input = document.createElement("input");
    input.type = "search";
    textLabel.appendChild(input);
    var count = document.createElement("p");
    count.className = "muted small";
    count.setAttribute("aria-live", "polite");
    bar.appendChild(statusLabel);
    bar.appendChild(textLabel);
    bar.appendChild(count);
    var wrap = table.parentElement.classList.contains("table-wrap") ? table.parentElement : table;
    wrap.parentElement.insertBefore(bar, wrap);
    function apply() {
      var status = select.value, words = input.value.trim().toLowerCase(), shown = 0;
      var rows = table.tBodies[0].rows;
      Array.prototype.forEach.call(rows, function (row) {
        var visible = (!status || row.getAttribute("data-status") === status) &&
          (!words || row.textContent.toLowerCase().indexOf(words) >= 0);
        row.hidden = !visible;
        if (visible) shown += 1;
      });
      count.textContent = shown + " of " + rows.length + " shown";
    }
    select.addEventListener("change", apply);
    input.addEventListener("input", apply);
    apply();
  }

  function search() {
    var form = document.getElementById("search-form");
    var data = window.CROSSCHECK_SEARCH;
    if (!form || !data) return;
    var input = document.getElementById("search-input");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var fold = function (s) {
      return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
    };
    var prepared = data.map(function (e) { return { e: e, text: fold(e.t + " " + e.d) }; });
    var labels = { person: "Person", quote: "Quote", claim: "Claim", source: "Source" };
    function run() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      list.textContent = "";
      if (!words.length) { status.textContent = data.length + " entries to search."; return; }
      var hits = prepared.filter(function (p) {
        return words.every(function (w) { return p.text.indexOf(w) >= 0; });
      }).slice(0, 200);
      status.textContent = hits.length === 0 ? "Nothing found." : hits.length + (hits.length === 200 ? "+" : "") + " found.";
      hits.forEach(function (p) {
        var li = document.createElement("li");
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = labels[p.e.k] || p.e.k;
        var a = document.createElement("a");
        a.href = p.e.u;
        a.textContent = p.e.t;
        li.appendChild(kind);
        li.appendChild(a);
        if (p.e.d) {
          var d = document.createElement("div");
          d.className = "muted small";
          d.textContent = p.e.d;
          li.appendChild(d);
        }
        list.appendChild(li);
      });
    }
    var query = new URLSearchParams(location.search).get("q");
    if (query) input.value = query;
    input.addEventListener("input", run);
    form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
    run();
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), makeSortable);
    Array.prototype.forEach.call(document.querySelectorAll("table[data-filterable]"), makeFilterable);
    search();
    revealTarget();
  });
  window.addEventListener("hashchange", revealTarget);
})();
