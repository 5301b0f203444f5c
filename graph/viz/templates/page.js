// The dealgraph page: draws the graph with vis-network, and builds the legend, filters, search
// and details panel. Every string that comes from the graph is written with textContent (or
// given to vis as a plain-text title), never parsed as HTML.
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("dealgraph-data").textContent);
  var meta = data.meta;
  var NO_STATUS = "no status";
  var BUNDLE_COLOR = "#59606b";  // a bundle of links of several types
  var SVG = "http://www.w3.org/2000/svg";

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  // ------------------------------------------------------------------ the network

  var legend = data.legend;
  var typeColor = {};
  legend.types.forEach(function (t) { typeColor[t.name] = t.color; });
  var statusStyle = {};
  legend.statuses.forEach(function (s) { statusStyle[s.name] = s.style; });

  var recordOf = {};
  data.nodes.forEach(function (n) { recordOf[n.id] = n; });
  var edgesOf = {};
  var edgeById = {};
  data.edges.forEach(function (e, i) {
    e.id = "e" + i;
    edgeById[e.id] = e;
    (edgesOf[e.from] = edgesOf[e.from] || []).push(e);
    if (e.to !== e.from) (edgesOf[e.to] = edgesOf[e.to] || []).push(e);
  });

  // Colour by relationship type; dashed while tentative or only reported; dotted if cancelled.
  function edgeStyle(e) {
    var style = statusStyle[e.status || NO_STATUS];
    if (style === "cancelled") return style;
    return style === "tentative" || e.reported_by ? "tentative" : "plain";
  }

  function visEdge(e) {
    var copy = Object.assign({}, e);
    var color = e.rel ? (typeColor[e.type_label] || legend.link_color) : legend.link_color;
    copy.color = { color: color, highlight: color, hover: color, inherit: false, opacity: 0.85 };
    copy.dashes = legend.dashes[edgeStyle(e)];
    copy.width = e.rel ? 2 : 1;
    copy.title = edgeTitle(e);
    return copy;
  }

  function edgeTitle(e) {
    var rel = e.rel && data.relationships[e.rel];
    var lines = [e.type_label + ": " + recordOf[e.from].label + " - " + recordOf[e.to].label];
    if (rel && rel.label) lines.push(rel.label);
    [["role", e.role], ["status", e.status], ["date", e.date], ["as of", e.as_of], ["reported by", e.reported_by]]
      .forEach(function (pair) { if (pair[1]) lines.push(pair[0] + ": " + pair[1]); });
    return lines.join("\n");
  }

  // Hover text of a node: label, class, aliases, how many links, their statuses and dates.
  function nodeTitle(n) {
    var links = edgesOf[n.id] || [];
    var lines = [n.label, n.classes.join(", ")];
    var aliases = n.aliases || [];
    if (aliases.length) lines.push("also: " + aliases.slice(0, 6).join(", ") + (aliases.length > 6 ? " ..." : ""));
    lines.push(links.length + (links.length === 1 ? " link" : " links"));
    var counts = {};
    var dates = [];
    links.forEach(function (e) {
      if (e.status) counts[e.status] = (counts[e.status] || 0) + 1;
      if (e.date) dates.push(e.date);
      if (e.as_of) dates.push(e.as_of);
    });
    var statuses = Object.keys(counts).sort();
    if (statuses.length) lines.push("status: " + statuses.map(function (s) { return s + " " + counts[s]; }).join(", "));
    dates.sort();
    if (dates.length) lines.push("dates: " + (dates[0] === dates[dates.length - 1] ? dates[0] : dates[0] + " to " + dates[dates.length - 1]));
    return lines.join("\n");
  }

  // A large page draws the links between the same two nodes as one bundle, as thick as they
  // are many: hubs share hundreds of deals, and hundreds of lines draw slowly and hide each
  // other. Filters and the details panel still work link by link.
  var membersOf = {};  // bundle id -> its links
  var drawnAs = {};  // link id -> the id of the edge that draws it

  function bundled(links) {
    var byPair = {};
    var order = [];
    links.forEach(function (e) {
      var pair = e.from < e.to ? e.from + "\n" + e.to : e.to + "\n" + e.from;
      if (!byPair[pair]) { byPair[pair] = []; order.push(pair); }
      byPair[pair].push(e);
    });
    return order.map(function (pair, i) {
      var members = byPair[pair];
      if (members.length === 1) return visEdge(members[0]);
      var id = "b" + i;
      membersOf[id] = members;
      members.forEach(function (e) { drawnAs[e.id] = id; });
      return bundleEdge(id, members);
    });
  }

  function bundleEdge(id, members) {
    var types = {};
    members.forEach(function (e) { types[e.type_label] = (types[e.type_label] || 0) + 1; });
    var names = Object.keys(types).sort(function (a, b) { return types[b] - types[a] || a.localeCompare(b); });
    var color = names.length === 1 && members[0].rel ? (typeColor[names[0]] || legend.link_color) : BUNDLE_COLOR;
    var first = members[0];
    var lines = [members.length + " links: " + recordOf[first.from].label + " - " + recordOf[first.to].label]
      .concat(names.map(function (name) { return name + ": " + types[name]; }));
    return {
      id: id, from: first.from, to: first.to, title: lines.join("\n"), dashes: false,
      width: Math.min(2 + Math.log2(members.length) * 1.5, 12),
      color: { color: color, highlight: color, hover: color, inherit: false, opacity: 0.85 }
    };
  }

  data.edges.forEach(function (e) { drawnAs[e.id] = e.id; });
  // vis draws no labels: the page places them itself (see "labels" below).
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return Object.assign({ title: nodeTitle(n) }, n, { label: undefined });
  }));
  var edges = new vis.DataSet(meta.bundle ? bundled(data.edges) : data.edges.map(visEdge));

  var network = new vis.Network(document.getElementById("graph"), { nodes: nodes, edges: edges }, data.options);
  var state = { ready: false, readyAt: null, firstDrawAt: null };
  window.network = network;
  window.dealgraph = {
    nodes: nodes, edges: edges, data: data, state: state,
    search: search, focusNode: focusNode, showNode: showNodeDetails, showEdge: showEdgeDetails,
    setClassVisible: setClassVisible, setStatusVisible: setStatusVisible
  };

  network.once("afterDrawing", function () { state.firstDrawAt = performance.now(); });
  function markReady() {
    network.once("afterDrawing", function () {
      state.ready = true;
      state.readyAt = performance.now();
      if (meta.focus && recordOf[meta.focus]) focusNode(meta.focus);
    });
    network.redraw();
  }
  if (meta.physics && data.nodes.length > 1) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      markReady();
    });
  } else {
    markReady();
  }
  document.getElementById("empty").hidden = data.nodes.length > 0;

  // ------------------------------------------------------------------ labels

  // Labels are placed here at every redraw so that none covers another label or a node: from
  // the most important down (selected nodes, then nodes by number of links, then links), a
  // label that would overlap one already placed is left out. Zooming in spreads the nodes apart, so more
  // labels find room; on screen, node labels keep their size when zoomed in and shrink to a
  // floor when zoomed out, and link labels show from a middle zoom on.
  var FONT_FACE = getComputedStyle(document.getElementById("graph")).fontFamily;
  var NODE_LABEL = { size: 14, least: 10, color: "#1f2328" };
  var EDGE_LABEL = { size: 10, least: 9, color: "#444444", fromScale: 0.6 };
  var CELL = 64;  // px: the side of the grid squares the placed labels are filed in
  var byImportance = data.nodes.slice().sort(function (a, b) {
    return b.degree - a.degree || a.label.length - b.label.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  }).map(function (n) { return n.id; });
  var hiddenNode = {};  // node id -> hidden by a filter
  var shownDrawn = null;  // drawn edge id -> shown, once a filter has run
  var placedLabels = [];
  var measure = document.createElement("canvas").getContext("2d");
  var widthOf = {};  // text -> its width at 1px

  function textWidth(text, px) {
    if (!(text in widthOf)) {
      measure.font = "100px " + FONT_FACE;
      widthOf[text] = measure.measureText(text).width / 100;
    }
    return widthOf[text] * px;
  }

  function labelGrid() {
    var cells = {};
    function keys(box) {
      var found = [];
      for (var i = Math.floor(box.x / CELL); i <= Math.floor((box.x + box.w) / CELL); i++) {
        for (var j = Math.floor(box.y / CELL); j <= Math.floor((box.y + box.h) / CELL); j++) found.push(i + "," + j);
      }
      return found;
    }
    return {
      free: function (box) {
        return keys(box).every(function (k) {
          return !(cells[k] || []).some(function (o) {
            return box.x < o.x + o.w && o.x < box.x + box.w && box.y < o.y + o.h && o.y < box.y + box.h;
          });
        });
      },
      add: function (box) { keys(box).forEach(function (k) { (cells[k] = cells[k] || []).push(box); }); }
    };
  }

  function placeLabels() {
    var scale = network.getScale();
    var origin = network.canvasToDOM({ x: 0, y: 0 });
    var area = document.getElementById("graph");
    var width = area.clientWidth, height = area.clientHeight;
    var positions = network.getPositions();
    var grid = labelGrid();
    var placed = [];
    function onScreen(x, y) { return x > -200 && y > -50 && x < width + 200 && y < height + 50; }
    function place(kind, id, text, x, top, px, color) {
      var w = textWidth(text, px) + 4, h = Math.ceil(px * 1.25);
      var box = { kind: kind, id: id, text: text, x: x - w / 2, y: top, w: w, h: h, px: px, color: color };
      if (!grid.free(box)) return;
      grid.add(box);
      placed.push(box);
    }
    byImportance.forEach(function (id) {  // no label covers a node
      if (hiddenNode[id] || !positions[id]) return;
      var r = recordOf[id].size * scale + 1;
      var x = origin.x + positions[id].x * scale, y = origin.y + positions[id].y * scale;
      if (onScreen(x, y)) grid.add({ x: x - r, y: y - r, w: 2 * r, h: 2 * r });
    });
    var nodePx = Math.max(NODE_LABEL.least, Math.min(NODE_LABEL.size, NODE_LABEL.size * scale));
    var seen = {};
    network.getSelectedNodes().concat(byImportance).forEach(function (id) {
      if (seen[id] || hiddenNode[id] || !positions[id]) return;
      seen[id] = true;
      var n = recordOf[id];
      var x = origin.x + positions[id].x * scale, y = origin.y + positions[id].y * scale;
      if (onScreen(x, y)) place("node", id, n.label, x, y + n.size * scale + 2, nodePx, NODE_LABEL.color);
    });
    if (meta.edge_labels && scale >= EDGE_LABEL.fromScale) {
      var edgePx = Math.max(EDGE_LABEL.least, Math.min(EDGE_LABEL.size, EDGE_LABEL.size * scale));
      data.edges.forEach(function (e) {
        if ((shownDrawn && !shownDrawn[drawnAs[e.id]]) || hiddenNode[e.from] || hiddenNode[e.to]) return;
        var drawn = network.body.edges[e.id];
        var middle = drawn && drawn.edgeType ? drawn.edgeType.getPoint(0.5) : null;
        if (!middle) return;
        var x = origin.x + middle.x * scale, y = origin.y + middle.y * scale;
        if (onScreen(x, y)) place("edge", e.id, e.type_label, x, y - edgePx * 0.6, edgePx, EDGE_LABEL.color);
      });
    }
    placedLabels = placed;
    return { scale: scale, origin: origin };
  }

  network.on("afterDrawing", function (ctx) {
    var view = placeLabels();
    ctx.save();
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    ctx.strokeStyle = "#ffffff";
    placedLabels.forEach(function (l) {
      var x = (l.x + l.w / 2 - view.origin.x) / view.scale;
      var y = (l.y + (l.h - l.px) / 2 - view.origin.y) / view.scale;
      ctx.font = l.px / view.scale + "px " + FONT_FACE;
      ctx.lineWidth = 3 / view.scale;
      ctx.fillStyle = l.color;
      ctx.strokeText(l.text, x, y);
      ctx.fillText(l.text, x, y);
    });
    ctx.restore();
  });

  // The labels drawn last, as boxes in px within the graph area, for scripts and tests.
  window.dealgraph.labels = function () {
    return placedLabels.map(function (l) {
      return { kind: l.kind, id: l.id, text: l.text, x: l.x, y: l.y, w: l.w, h: l.h, px: l.px };
    });
  };
  window.dealgraph.labelFont = FONT_FACE;

  // vis puts the tooltip right of the pointer, anywhere in the graph area; the details panel
  // lies over that area, so a tooltip that would reach under it goes left of it instead.
  network.on("showPopup", function () {
    var tip = document.querySelector("#graph .vis-tooltip");
    if (!tip || details.hidden) return;
    var panel = details.getBoundingClientRect(), box = tip.getBoundingClientRect();
    if (box.right <= panel.left || box.bottom <= panel.top || box.top >= panel.bottom) return;
    var frame = tip.parentNode.getBoundingClientRect();
    tip.style.left = Math.max(5, panel.left - frame.left - box.width - 8) + "px";
  });

  network.on("click", function (params) {
    if (params.nodes.length) showNodeDetails(params.nodes[0]);
    else if (params.edges.length) showEdgeDetails(params.edges[0]);
    else hideDetails();
  });

  var physicsBox = document.getElementById("physics");
  physicsBox.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physicsBox.checked } });
  });

  document.getElementById("summary").textContent = meta.note;

  // ------------------------------------------------------------------ legend and filters

  var SHAPES = {
    dot: function (g) { return shape(g, "circle", { cx: 7, cy: 7, r: 6 }); },
    square: function (g) { return shape(g, "rect", { x: 1.5, y: 1.5, width: 11, height: 11 }); },
    diamond: function (g) { return shape(g, "polygon", { points: "7,0.5 13.5,7 7,13.5 0.5,7" }); },
    triangle: function (g) { return shape(g, "polygon", { points: "7,1 13.5,12.5 0.5,12.5" }); },
    triangleDown: function (g) { return shape(g, "polygon", { points: "0.5,1.5 13.5,1.5 7,13" }); },
    hexagon: function (g) { return shape(g, "polygon", { points: "3.5,1 10.5,1 13.5,7 10.5,13 3.5,13 0.5,7" }); },
    star: function (g) { return shape(g, "polygon", { points: "7,0.5 8.8,5 13.5,5.2 9.8,8.2 11.1,13 7,10.3 2.9,13 4.2,8.2 0.5,5.2 5.2,5" }); }
  };

  function shape(svg, tag, attrs) {
    var s = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { s.setAttribute(k, attrs[k]); });
    svg.appendChild(s);
    return s;
  }

  function svgBox(width) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", width);
    svg.setAttribute("height", 14);
    svg.setAttribute("aria-hidden", "true");
    return svg;
  }

  function nodeSwatch(entry) {
    var svg = svgBox(14);
    var s = (SHAPES[entry.shape] || SHAPES.dot)(svg);
    s.setAttribute("fill", entry.color);
    s.setAttribute("stroke", "#3b4048");
    s.setAttribute("stroke-width", "0.8");
    return svg;
  }

  function lineSwatch(color, style, width) {
    var svg = svgBox(30);
    var line = shape(svg, "line", { x1: 1, y1: 7, x2: 29, y2: 7 });
    line.setAttribute("stroke", color);
    line.setAttribute("stroke-width", width || 2.5);
    if (style === "tentative") line.setAttribute("stroke-dasharray", "6 4");
    if (style === "cancelled") line.setAttribute("stroke-dasharray", "2 3");
    return svg;
  }

  function legendItem(swatch, name, count, onToggle) {
    var li = el("li");
    var holder = li;
    if (onToggle) {
      holder = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.name = name;
      box.addEventListener("change", function () { onToggle(name, box.checked); });
      holder.appendChild(box);
      li.appendChild(holder);
    }
    holder.appendChild(swatch);
    holder.appendChild(el("span", name, "name"));
    holder.appendChild(el("span", count.toLocaleString("en"), "count"));
    return li;
  }

  var hiddenClasses = new Set();
  var hiddenStatuses = new Set();

  function setClassVisible(name, visible) {
    if (visible) hiddenClasses.delete(name); else hiddenClasses.add(name);
    syncBox("class-legend", name, visible);
    applyFilters();
  }

  function setStatusVisible(name, visible) {
    if (visible) hiddenStatuses.delete(name); else hiddenStatuses.add(name);
    syncBox("status-legend", name, visible);
    applyFilters();
  }

  function syncBox(listId, name, visible) {
    document.getElementById(listId).querySelectorAll("input").forEach(function (box) {
      if (box.dataset.name === name) box.checked = visible;
    });
  }

  function buildLegend() {
    var classes = document.getElementById("class-legend");
    data.legend.classes.forEach(function (c) {
      classes.appendChild(legendItem(nodeSwatch(c), c.name, c.count, setClassVisible));
    });
    var types = document.getElementById("type-legend");
    data.legend.types.forEach(function (t) { types.appendChild(legendItem(lineSwatch(t.color), t.name, t.count)); });
    data.legend.links.forEach(function (t) { types.appendChild(legendItem(lineSwatch(t.color, "plain", 1.5), t.name, t.count)); });
    var statuses = document.getElementById("status-legend");
    data.legend.statuses.forEach(function (s) {
      statuses.appendChild(legendItem(lineSwatch("#3b4048", s.style), s.name, s.count, setStatusVisible));
    });
  }

  // A node is hidden when its class is unticked, or when status filters leave none of its links.
  function applyFilters() {
    var statusFiltered = hiddenStatuses.size > 0;
    var keptByStatus = {};
    var shown = {};  // drawn edge id -> whether one of its links is shown
    var shownLinks = 0;
    data.edges.forEach(function (e) {
      var statusOk = !hiddenStatuses.has(e.status || NO_STATUS);
      if (statusOk) { keptByStatus[e.from] = true; keptByStatus[e.to] = true; }
      var hidden = !statusOk || hiddenClasses.has(recordOf[e.from].kind) || hiddenClasses.has(recordOf[e.to].kind);
      if (!hidden) shownLinks += 1;
      shown[drawnAs[e.id]] = shown[drawnAs[e.id]] || !hidden;
    });
    var nodeUpdates = data.nodes.map(function (n) {
      var hidden = hiddenClasses.has(n.kind) || (statusFiltered && n.degree > 0 && !keptByStatus[n.id]);
      return { id: n.id, hidden: hidden };
    });
    nodeUpdates.forEach(function (u) { hiddenNode[u.id] = u.hidden; });
    shownDrawn = shown;
    nodes.update(nodeUpdates);
    edges.update(Object.keys(shown).map(function (id) { return { id: id, hidden: !shown[id] }; }));
    showVisibleCount(shownLinks);
  }

  function showVisibleCount(shownEdges) {
    var shownNodes = nodes.get({ filter: function (n) { return !n.hidden; } }).length;
    var text = "";
    if (shownNodes !== data.nodes.length || shownEdges !== data.edges.length) {
      text = "after filters: " + shownNodes.toLocaleString("en") + " nodes, " + shownEdges.toLocaleString("en") + " links";
    }
    document.getElementById("visible-count").textContent = text;
  }

  // ------------------------------------------------------------------ search

  // Same idea as graph/resolve.py's normalize: no accents, no case, no punctuation.
  function normalize(name) {
    return String(name).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()
      .replace(/[.'\u2019`\-\u2010\u2011\u2013]/g, "").replace(/[^\p{L}\p{N}_]+/gu, " ").trim();
  }

  var searchIndex = data.nodes.map(function (n) {
    var names = [n.label].concat(n.aliases || []);
    return { id: n.id, names: names, keys: names.map(normalize) };
  });

  // Best first: a whole name, the start of a name, the start of a word, anywhere in a name.
  function search(query, limit) {
    var key = normalize(query);
    if (!key) return [];
    var hits = [];
    searchIndex.forEach(function (entry) {
      var best = null;
      entry.keys.forEach(function (k, i) {
        var rank = k === key ? 0 : k.indexOf(key) === 0 ? 1 : (" " + k).indexOf(" " + key) >= 0 ? 2 : k.indexOf(key) >= 0 ? 3 : null;
        if (rank !== null && (best === null || rank < best.rank)) best = { rank: rank, name: entry.names[i], alias: i > 0 };
      });
      if (best) hits.push({ id: entry.id, label: entry.names[0], rank: best.rank, matched: best.name, alias: best.alias });
    });
    hits.sort(function (a, b) {
      return a.rank - b.rank || recordOf[b.id].degree - recordOf[a.id].degree || a.label.localeCompare(b.label);
    });
    return hits.slice(0, limit || 12);
  }

  var searchBox = document.getElementById("search");
  var resultList = document.getElementById("search-results");

  function showResults() {
    clear(resultList);
    var query = searchBox.value;
    if (!normalize(query)) return;
    var hits = search(query);
    if (!hits.length) {
      resultList.appendChild(el("li", "no match", "muted"));
      return;
    }
    hits.forEach(function (hit) {
      var button = el("button");
      button.type = "button";
      button.dataset.id = hit.id;
      button.appendChild(el("span", hit.label, "label"));
      var why = recordOf[hit.id].kind + (hit.alias ? ", alias: " + hit.matched : "");
      if (nodes.get(hit.id).hidden) why += " (hidden by a filter)";
      button.appendChild(el("span", why, "why"));
      button.addEventListener("click", function () { focusNode(hit.id); });
      var li = el("li");
      li.appendChild(button);
      resultList.appendChild(li);
    });
  }

  searchBox.addEventListener("input", showResults);
  searchBox.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    var hits = search(searchBox.value, 1);
    if (hits.length) focusNode(hits[0].id);
  });

  function focusNode(id) {
    if (!recordOf[id]) return false;
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    showNodeDetails(id);
    return true;
  }

  // ------------------------------------------------------------------ details panel

  var details = document.getElementById("details");
  var detailsBody = document.getElementById("details-body");
  document.getElementById("close-details").addEventListener("click", hideDetails);

  function hideDetails() {
    details.hidden = true;
    clear(detailsBody);
  }

  function openDetails() {
    clear(detailsBody);
    details.hidden = false;
    details.scrollTop = 0;
    return detailsBody;
  }

  function showNodeDetails(id) {
    var n = recordOf[id];
    if (!n) return;
    var body = openDetails();
    body.dataset.node = id;
    body.appendChild(el("h2", n.label));
    body.appendChild(el("p", n.classes.join(", "), "muted"));
    if (n.aliases && n.aliases.length) body.appendChild(el("p", "Also known as: " + n.aliases.join("; ")));
    body.appendChild(el("p", n.id, "iri"));
    var groups = groupByRelationship(edgesOf[id] || []);
    body.appendChild(el("h3", "Links (" + groups.length + ")"));
    groups.forEach(function (group) { body.appendChild(relationshipBlock(group, id)); });
  }

  function showEdgeDetails(edgeId) {
    if (membersOf[edgeId]) return showBundleDetails(edgeId);
    var e = edgeById[edgeId];
    if (!e) return;
    var body = openDetails();
    body.dataset.edge = edgeId;
    body.appendChild(el("h2", e.type_label + ": " + recordOf[e.from].label + " \u2013 " + recordOf[e.to].label));
    body.appendChild(relationshipBlock(e.rel ? linksOf(e.rel) : [e], null));
  }

  var linksOfRel = null;  // relationship IRI -> its links, indexed at the first click

  function linksOf(rel) {
    if (!linksOfRel) {
      linksOfRel = {};
      data.edges.forEach(function (x) { if (x.rel) (linksOfRel[x.rel] = linksOfRel[x.rel] || []).push(x); });
    }
    return linksOfRel[rel];
  }

  var BUNDLE_SHOWN = 200;  // relationships listed for a bundle; a hub pair has a thousand

  function showBundleDetails(bundleId) {
    var members = membersOf[bundleId];
    var first = members[0];
    var body = openDetails();
    body.dataset.edge = bundleId;
    body.appendChild(el("h2", members.length + " links: " + recordOf[first.from].label + " \u2013 " + recordOf[first.to].label));
    var groups = groupByRelationship(members);
    groups.slice(0, BUNDLE_SHOWN).forEach(function (group) {
      body.appendChild(relationshipBlock(group[0].rel ? linksOf(group[0].rel) : group, null));
    });
    if (groups.length > BUNDLE_SHOWN) {
      body.appendChild(el("p", "and " + (groups.length - BUNDLE_SHOWN).toLocaleString("en") + " more", "muted"));
    }
  }

  // The edges of one relationship node belong together (a deal with three parties is three edges).
  function groupByRelationship(list) {
    var groups = [];
    var byRel = {};
    list.forEach(function (e) {
      if (!e.rel) { groups.push([e]); return; }
      if (!byRel[e.rel]) { byRel[e.rel] = []; groups.push(byRel[e.rel]); }
      byRel[e.rel].push(e);
    });
    return groups;
  }

  function nodeButton(id) {
    var button = el("button", recordOf[id].label);
    button.type = "button";
    button.addEventListener("click", function () { focusNode(id); });
    return button;
  }

  function relationshipBlock(group, fromId) {
    var e = group[0];
    var rel = (e.rel && data.relationships[e.rel]) || null;
    var block = el("div", null, "relationship");
    block.style.borderLeftColor = e.rel ? (typeColor[e.type_label] || legend.link_color) : legend.link_color;
    if (e.rel) block.dataset.rel = e.rel;
    block.appendChild(el("div", e.type_label, "type"));
    if (rel && rel.label) block.appendChild(el("div", rel.label, "rel-label"));
    block.appendChild(endsLine(group, fromId));
    var facts = [];
    if (e.status) facts.push("status: " + e.status);
    if (e.date) facts.push("date: " + e.date);
    if (e.as_of) facts.push("as of: " + e.as_of);
    if (e.reported_by) facts.push("reported by: " + e.reported_by);
    if (facts.length) block.appendChild(el("div", facts.join(" \u00b7 "), "facts"));
    if (rel) rel.sources.forEach(function (s) { block.appendChild(sourceLine(s)); });
    else if (e.rel) block.appendChild(el("div", "no source recorded", "source muted"));
    return block;
  }

  function endsLine(group, fromId) {
    var line = el("div", null, "ends");
    var seen = {};
    group.forEach(function (e, i) {
      [e.from, e.to].forEach(function (end) {
        if (end === fromId || seen[end]) return;
        seen[end] = true;
        if (line.childNodes.length) line.appendChild(document.createTextNode(", "));
        line.appendChild(nodeButton(end));
      });
    });
    if (group.length === 1 && group[0].role && fromId) line.appendChild(document.createTextNode(" (" + group[0].role + ")"));
    return line;
  }

  function sourceLine(s) {
    var line = el("div", null, "source");
    var head = [s.outlet || "unknown source", s.published].filter(Boolean).join(", ");
    line.appendChild(el("span", head + ": ", "outlet"));
    var title = s.headline || s.url || s.iri;
    if (s.url && /^https?:\/\//i.test(s.url)) {
      var link = el("a", title);
      link.href = s.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      line.appendChild(link);
    } else {
      line.appendChild(el("span", title));
    }
    if (s.spans && s.spans.length) {
      var spans = s.spans.map(function (p) { return p[0] + "\u2013" + p[1]; }).join(", ");
      line.appendChild(el("div", "evidence: characters " + spans + " of the article text", "evidence"));
    }
    (s.quotes || []).forEach(function (quote) { line.appendChild(el("blockquote", quote, "quote")); });
    return line;
  }

  buildLegend();
  showVisibleCount(data.edges.length);
})();
