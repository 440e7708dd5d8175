/* newsgraph pages: small helpers, no framework. Every string from the store is put in the page with
   textContent (never innerHTML), so an article containing markup shows it as text. */
(function () {
  "use strict";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function readJson(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  function citationLink(c, n) {
    var a = el("a", {"class": "cite", href: "/articles/" + encodeURIComponent(c.article) + "?s=" + c.sentence + "#s-" + c.sentence});
    if (n) a.appendChild(el("b", {}, "[" + n + "] "));
    a.appendChild(el("span", {"class": "outlet"}, c.source || c.article.slice(0, 12)));
    a.appendChild(document.createTextNode(" "));
    a.appendChild(el("span", {"class": "date"}, (c.published || "undated").slice(0, 10)));
    return a;
  }

  function citationList(citations) {
    var ol = el("ol", {"class": "citations"});
    citations.forEach(function (c, i) {
      var li = el("li", {"class": "citation"});
      li.appendChild(citationLink(c, i + 1));
      li.appendChild(el("q", {}, c.text));
      ol.appendChild(li);
    });
    return ol;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function badge(status) { return el("span", {"class": "badge s-" + status}, status); }

  /* The entity page's timeline (vis-timeline): one item per event, coloured by status. */
  function drawTimeline(containerId, dataId, detailId) {
    var container = document.getElementById(containerId), entries = readJson(dataId) || [];
    var detail = document.getElementById(detailId);
    if (!container || typeof vis === "undefined") return;
    var items = [];
    entries.forEach(function (e, i) {
      if (!e.start) return;
      var content = el("span", {"class": "tl-item"});
      content.appendChild(el("span", {"class": "dot s-" + e.status}));
      var words = e.statement.length > 60 ? e.statement.slice(0, 59) + "…" : e.statement;
      content.appendChild(document.createTextNode(words));
      var item = {id: i, content: content, start: e.start, className: "s-" + e.status};
      if (e.end && e.end > e.start && e.precision !== "day" && e.precision !== "time" && !e.reported) {
        item.end = e.end; item.type = "range";
      } else { item.type = "box"; }
      items.push(item);
    });
    if (!items.length) { container.appendChild(el("p", {"class": "muted"}, "No dated claims.")); return; }
    var timeline = new vis.Timeline(container, new vis.DataSet(items), {
      stack: true, maxHeight: 420, zoomKey: "ctrlKey", orientation: "top", margin: {item: 6}
    });
    timeline.on("select", function (props) {
      if (!props.items.length || !detail) return;
      var e = entries[props.items[0]];
      clear(detail);
      var head = el("p");
      head.appendChild(badge(e.status));
      head.appendChild(document.createTextNode(" " + e.date + (e.reported ? " (reported)" : "") + " · " + e.statement));
      detail.appendChild(head);
      detail.appendChild(el("p", {"class": "muted"}, "sources: " + e.sources.join(", ")));
      detail.appendChild(citationList(e.citations));
    });
    container.setAttribute("data-drawn", String(items.length));
    window.newsgraphTimeline = timeline;
  }

  /* The connection view (Cytoscape.js): nodes link to entity pages, an edge click shows its evidence. */
  function drawGraph(containerId, dataId, evidenceId) {
    var container = document.getElementById(containerId), graph = readJson(dataId);
    var panel = document.getElementById(evidenceId);
    if (!container || !graph || typeof cytoscape === "undefined") return;
    var elements = graph.nodes.map(function (n) { return {group: "nodes", data: n}; })
      .concat(graph.edges.map(function (e) { return {group: "edges", data: e}; }));
    var cy = cytoscape({
      container: container, elements: elements, wheelSensitivity: 0.3,
      layout: {name: graph.nodes.length > 2 ? "concentric" : "grid", concentric: function (n) { return n.data("focus") ? 2 : 1; },
               levelWidth: function () { return 1; }, minNodeSpacing: 40, padding: 30, animate: false},
      style: [
        {selector: "node", style: {"label": "data(label)", "font-size": 12, "text-valign": "bottom", "text-margin-y": 4,
          "background-color": "#7a8ca5", "width": 22, "height": 22, "text-wrap": "wrap", "text-max-width": 140}},
        {selector: "node[type = 'PERSON']", style: {"background-color": "#c0504d"}},
        {selector: "node[type = 'ORG']", style: {"background-color": "#4f81bd"}},
        {selector: "node[type = 'GPE'], node[type = 'LOC']", style: {"background-color": "#9bbb59"}},
        {selector: "node[?focus]", style: {"width": 34, "height": 34, "font-weight": "bold", "border-width": 3, "border-color": "#222"}},
        {selector: "edge", style: {"label": "data(label)", "font-size": 10, "curve-style": "bezier", "width": 3,
          "line-color": "#aab", "text-rotation": "autorotate", "text-background-color": "#fff",
          "text-background-opacity": 0.85, "text-background-padding": 2, "target-arrow-shape": "none"}},
        {selector: "edge:selected", style: {"line-color": "#e69f00", "width": 5}}
      ]
    });
    cy.on("tap", "edge", function (evt) {
      var d = evt.target.data();
      clear(panel);
      var names = cy.getElementById(d.source).data("label") + " — " + cy.getElementById(d.target).data("label");
      panel.appendChild(el("h3", {}, names));
      panel.appendChild(el("p", {"class": "muted"}, d.claims + " claims · " + d.co_mentions + " shared sentences"));
      if (d.statements && d.statements.length) {
        var ul = el("ul", {"class": "statements"});
        d.statements.forEach(function (s) { ul.appendChild(el("li", {}, s)); });
        panel.appendChild(ul);
      }
      panel.appendChild(citationList(d.evidence || []));
      panel.setAttribute("data-edge", d.id);
    });
    cy.on("tap", "node", function (evt) { window.location.href = "/entities/" + encodeURIComponent(evt.target.id()); });
    container.setAttribute("data-drawn", String(cy.edges().length));
    window.newsgraphGraph = cy;
  }

  function token() {
    var input = document.getElementById("write-token");
    return input ? input.value : "";
  }

  function post(url, body) {
    var headers = {"Content-Type": "application/json"};
    if (token()) headers["X-Newsgraph-Token"] = token();
    return fetch(url, {method: "POST", headers: headers, body: JSON.stringify(body)}).then(function (r) {
      return r.json().then(function (data) { return {ok: r.ok, data: data}; });
    });
  }

  /* Curation forms on the entity page: one POST to the API each; the page reloads to show the effect. */
  function curation(sectionId) {
    var section = document.getElementById(sectionId);
    if (!section) return;
    var entity = section.getAttribute("data-entity"), out = document.getElementById("curation-result");
    var done = sessionStorage.getItem("newsgraph-curation");
    if (done) {
      sessionStorage.removeItem("newsgraph-curation");
      var last = JSON.parse(done);
      out.textContent = "decision " + last.id + ": " + last.summary + " ";
      var undo = el("button", {type: "button", id: "undo"}, "Undo");
      undo.addEventListener("click", function () {
        post("/api/curation/undo", {decision: last.id}).then(function (r) {
          if (r.ok) window.location.reload(); else out.textContent = r.data.error.message;
        });
      });
      out.appendChild(undo);
    }
    section.querySelectorAll("form[data-action]").forEach(function (form) {
      form.addEventListener("submit", function (evt) {
        evt.preventDefault();
        var action = form.getAttribute("data-action"), f = new FormData(form), body;
        if (action === "merge") body = {into: entity, other: f.get("other")};
        else if (action === "not-same") body = {a: entity, b: f.get("b")};
        else { body = {entity: entity}; f.forEach(function (v, k) { body[k] = v; }); }
        post("/api/curation/" + action, body).then(function (r) {
          if (!r.ok) { out.textContent = r.data.error.message; out.className = "result error"; return; }
          sessionStorage.setItem("newsgraph-curation", JSON.stringify({id: r.data.id, summary: r.data.summary}));
          var target = r.data.new_entity && action === "split" ? entity : entity;
          window.location.href = "/entities/" + encodeURIComponent(target);
        });
      });
    });
  }

  /* The article page: bring the cited sentence (?s=N) into view. */
  function showSentence() {
    var n = new URLSearchParams(window.location.search).get("s");
    var node = n !== null ? document.getElementById("s-" + n) : null;
    if (node) node.scrollIntoView({block: "center"});
  }

  /* The ingest page: upload, then poll the job for a progress bar. */
  function ingest(formId, statusId, barId) {
    var form = document.getElementById(formId), status = document.getElementById(statusId);
    var bar = document.getElementById(barId);
    if (!form) return;
    form.addEventListener("submit", function (evt) {
      evt.preventDefault();
      var headers = {};
      if (token()) headers["X-Newsgraph-Token"] = token();
      status.textContent = "uploading…";
      fetch("/api/ingest", {method: "POST", body: new FormData(form), headers: headers})
        .then(function (r) { return r.json().then(function (d) { return {ok: r.ok, data: d}; }); })
        .then(function (r) {
          if (!r.ok) { status.textContent = r.data.error.message; return; }
          bar.hidden = false;
          poll(r.data.id);
        });
    });
    function poll(id) {
      fetch("/api/ingest/" + id).then(function (r) { return r.json(); }).then(function (job) {
        bar.max = job.total || 1; bar.value = Math.min(job.done, bar.max);
        status.textContent = "job " + job.id + ": " + job.state + " · " + job.done + "/" + (job.total || "?") +
          " · stored " + job.stored + " · already stored " + job.duplicates + " · copies " + (job.copies || 0) + " · refused " + job.refused +
          (job.error ? " · " + job.error : "");
        status.setAttribute("data-state", job.state);
        if (job.state === "queued" || job.state === "running") setTimeout(function () { poll(id); }, 500);
        else refreshJobs();
      });
    }
    function refreshJobs() {
      var body = document.querySelector("#jobs tbody");
      if (!body) return;
      fetch("/api/ingest").then(function (r) { return r.json(); }).then(function (jobs) {
        clear(body);
        jobs.items.forEach(function (j) {
          var tr = el("tr");
          [j.id, j.state, j.files.join(", "), j.done + "/" + (j.total || "?"), j.stored, j.refused].forEach(function (v) {
            tr.appendChild(el("td", {}, v));
          });
          body.appendChild(tr);
        });
      });
    }
  }

  window.newsgraph = {drawTimeline: drawTimeline, drawGraph: drawGraph, curation: curation,
                      showSentence: showSentence, ingest: ingest};
})();
