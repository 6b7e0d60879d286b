// Briefing search: filters the index built with the site (search-index.js). No network, no service.
(function () {
  "use strict";
  var data = window.BRIEFING_SEARCH;
  var script = document.currentScript;
  var root = (script && script.getAttribute("data-root")) || "";
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  if (!data || !input || !results) { return; }

  function link(path) {
    // Relative sites name index.html; sites with a base URL link folders.
    var hash = "";
    var i = path.indexOf("#");
    if (i >= 0) { hash = path.slice(i); path = path.slice(0, i); }
    if (!/^https?:/.test(root) && (path === "" || path.charAt(path.length - 1) === "/")) { path += "index.html"; }
    return root + path + hash;
  }

  function fold(text) {
    return String(text).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function matches(terms, fields) {
    var text = fold(fields.join(" "));
    for (var i = 0; i < terms.length; i++) { if (text.indexOf(terms[i]) < 0) { return false; } }
    return true;
  }

  function section(title, items) {
    if (!items.length) { return; }
    var h = document.createElement("h2");
    h.textContent = title + " (" + items.length + ")";
    results.appendChild(h);
    var ul = document.createElement("ul");
    ul.className = "plain";
    items.slice(0, 50).forEach(function (item) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = link(item.href);
      a.textContent = item.title;
      li.appendChild(a);
      if (item.note) {
        var span = document.createElement("span");
        span.className = "meta";
        span.textContent = " " + item.note;
        li.appendChild(span);
      }
      ul.appendChild(li);
    });
    results.appendChild(ul);
  }

  function run() {
    var query = input.value.trim();
    results.textContent = "";
    if (!query) { status.textContent = "Type a name, a word or a phrase."; return; }
    var terms = fold(query).split(/\s+/);
    var briefings = data.b.filter(function (b) { return matches(terms, [b[0], b[2]]); })
      .map(function (b) { return { title: b[0], href: b[1], note: b[3] }; });
    var quotes = data.q.filter(function (q) { return matches(terms, [q[0], q[1]]); })
      .map(function (q) { return { title: "\u201c" + q[0] + "\u201d", href: q[2], note: "\u2014 " + (q[1] || "unattributed") + ", " + q[3] }; });
    var actors = data.a.filter(function (a) { return matches(terms, [a[0], a[3]]); })
      .map(function (a) { return { title: a[0], href: a[2], note: a[1] }; });
    var total = briefings.length + quotes.length + actors.length;
    status.textContent = total ? total + " results for \u201c" + query + "\u201d" : "Nothing found for \u201c" + query + "\u201d.";
    section("Actors", actors);
    section("Briefings", briefings);
    section("Quotes", quotes);
  }

  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { input.value = params.get("q"); }
  input.addEventListener("input", run);
  run();
})();
