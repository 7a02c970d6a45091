// Results of the query in the address for the search page: from geopress serve's API, else from search.json.
(function () {
  var results = document.getElementById("results");
  var q = new URLSearchParams(location.search).get("q");
  if (!q || results.hasAttribute("data-rendered")) return; // geopress serve has rendered the results already
  document.getElementById("q").value = q;
  function show(hits) {
    results.innerHTML = "";
    if (!hits.length) { results.innerHTML = "<li>没有结果 No results</li>"; return; }
    hits.forEach(function (hit) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = hit.url;
      a.textContent = hit.title;
      var h2 = document.createElement("h2");
      h2.appendChild(a);
      var p = document.createElement("p");
      p.className = "snippet";
      p.innerHTML = hit.snippet; // the server encodes the text and adds only <mark>
      li.appendChild(h2);
      li.appendChild(p);
      results.appendChild(li);
    });
  }
  function escape(text) {
    var div = document.createElement("div");
    div.textContent = text;
    return div.innerHTML;
  }
  // a site served without geopress has no API: search the static index instead
  function searchStatic() {
    return fetch(results.dataset.static).then(function (r) { return r.json(); }).then(function (all) {
      var words = q.toLowerCase().split(/\s+/).filter(Boolean);
      show(all.filter(function (e) {
        var text = (e.title + " " + e.summary + " " + e.text).toLowerCase();
        return words.every(function (w) { return text.indexOf(w) >= 0; });
      }).map(function (e) { return {url: e.url, title: e.title, snippet: escape(e.summary)}; }));
    });
  }
  fetch(results.dataset.api + "?q=" + encodeURIComponent(q))
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(function (body) { show(body.hits); })
    .catch(searchStatic);
})();
