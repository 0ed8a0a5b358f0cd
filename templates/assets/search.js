// Search over titles, ids, owners, teams and tags. Progressive: the page works without it.
(function () {
  "use strict";
  var index = (window.ROADMAP_SEARCH_INDEX && window.ROADMAP_SEARCH_INDEX.entries) || [];
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list || !status) return;
  var root = "";
  var prepared = index.map(function (e) {
    return {
      entry: e,
      title: e.title.toLowerCase(),
      text: [e.id, e.title, e.owner || "", e.team || "", e.status || "", (e.tags || []).join(" ")].join(" ").toLowerCase()
    };
  });

  function score(item, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      if (item.text.indexOf(t) < 0) return -1;
      if (item.entry.id === t) total += 10;
      if (item.title.indexOf(t) === 0) total += 5;
      else if (item.title.indexOf(t) > 0) total += 3;
      else total += 1;
    }
    return total;
  }

  function render(query) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!terms.length) { status.textContent = "Type to search " + prepared.length + " items."; return; }
    var hits = [];
    for (var i = 0; i < prepared.length; i++) {
      var s = score(prepared[i], terms);
      if (s >= 0) hits.push({ s: s, e: prepared[i].entry });
    }
    hits.sort(function (a, b) { return b.s - a.s || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0); });
    status.textContent = hits.length + (hits.length === 1 ? " result" : " results") + (hits.length > 100 ? ", showing the first 100" : "") + ".";
    hits.slice(0, 100).forEach(function (h) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + h.e.url;
      a.textContent = h.e.title;
      li.appendChild(a);
      var meta = document.createElement("span");
      meta.className = "muted";
      var parts = [h.e.kind === "prd" ? "PRD" : "Objective", h.e.id];
      if (h.e.status) parts.push(h.e.status);
      if (h.e.team) parts.push(h.e.team);
      if (h.e.owner) parts.push(h.e.owner);
      meta.textContent = " · " + parts.join(" · ");
      li.appendChild(meta);
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  render(input.value);
  input.addEventListener("input", function () { render(input.value); });
})();
