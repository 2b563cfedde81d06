/* policy-kg graph view: search, type filters, neighbourhood highlight and evidence tooltips over vis-network.
 *
 * The data is the JSON block #kg-data written by kg/view.py (page_data):
 *   types      [{name, label, color, shape, count}]   the ten entity classes, in contract order
 *   predicates [{iri, name, label}]                   label: the ontology's rdfs:label@zh
 *   documents  [title]
 *   sentences  [[text, document index or -1]]
 *   nodes      [[iri, type index, label, aliases, size, x, y, evidence]]
 *   edges      [[subject index, object index, predicate index, evidence]]
 *   evidence   [[sentence index, start or null, end or null]]   start/end: the span to mark
 *   big        true when the graph is large enough to draw with fewer frills
 * Every piece of data reaches the DOM through textContent or text nodes, never as markup.
 * window.network is the vis-network Network; window.kgView exposes the data sets and a few actions.
 */
(function () {
  "use strict";

  var FONT = '"WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  var DIM = 0.12;
  var LABEL_CHARS = 14;
  var TOOLTIP_CHARS = 140;

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var types = data.types;
  var big = data.big;
  var iris = data.nodes.map(function (n) { return n[0]; });
  var indexOf = new Map(iris.map(function (iri, i) { return [iri, i]; }));
  var typeVisible = types.map(function () { return true; });
  var hidden = data.nodes.map(function () { return false; });
  var dimmed = data.nodes.map(function () { return false; });
  var edgeDimmed = data.edges.map(function () { return false; });
  // search text: label and aliases, lower-cased, separated so a match never spans two names
  var haystack = data.nodes.map(function (n) { return [n[2]].concat(n[3]).join("\u0000").toLowerCase(); });

  // ------------------------------------------------------------ DOM helpers (text only)

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function shorten(text, n) {
    return text.length > n ? text.slice(0, n - 1) + "…" : text;
  }

  function swatch(type) {
    var NS = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(NS, "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "-8 -8 16 16");
    var shape;
    if (type.shape === "dot") {
      shape = document.createElementNS(NS, "circle");
      shape.setAttribute("r", "6");
    } else if (type.shape === "square") {
      shape = document.createElementNS(NS, "rect");
      shape.setAttribute("x", "-6");
      shape.setAttribute("y", "-6");
      shape.setAttribute("width", "12");
      shape.setAttribute("height", "12");
    } else {
      shape = document.createElementNS(NS, "polygon");
      shape.setAttribute("points", polygon(type.shape));
    }
    shape.setAttribute("fill", type.color);
    shape.setAttribute("stroke", "#444");
    shape.setAttribute("stroke-width", "0.8");
    svg.appendChild(shape);
    return svg;
  }

  function polygon(shape) {
    var pts = [];
    var i;
    if (shape === "star") {
      for (i = 0; i < 10; i++) {
        var r = i % 2 ? 3 : 7.5;
        var a = -Math.PI / 2 + i * Math.PI / 5;
        pts.push([r * Math.cos(a), r * Math.sin(a)]);
      }
    } else if (shape === "hexagon") {
      for (i = 0; i < 6; i++) pts.push([7 * Math.cos(i * Math.PI / 3), 7 * Math.sin(i * Math.PI / 3)]);
    } else if (shape === "diamond") {
      pts = [[0, -7], [7, 0], [0, 7], [-7, 0]];
    } else if (shape === "triangle") {
      pts = [[0, -7], [7, 5], [-7, 5]];
    } else {  // triangleDown
      pts = [[-7, -5], [7, -5], [0, 7]];
    }
    return pts.map(function (p) { return p[0].toFixed(2) + "," + p[1].toFixed(2); }).join(" ");
  }

  // ------------------------------------------------------------ cards: tooltip and details

  function evidenceList(refs, clip) {
    if (!refs.length) return el("div", "kg-none", "（图中没有这条的证据句）");
    var ol = el("ol");
    refs.forEach(function (ref) {
      var sentence = data.sentences[ref[0]];
      var text = sentence[0];
      var a = ref[1];
      var b = ref[2];
      var marked = a !== null && b !== null && a >= 0 && a < b && b <= text.length;
      var from = 0;
      var to = text.length;
      if (clip && text.length > TOOLTIP_CHARS) {
        from = marked ? Math.max(0, a - 50) : 0;
        to = Math.min(text.length, from + TOOLTIP_CHARS);
      }
      var li = el("li");
      if (from > 0) li.append("…");
      if (marked && a >= from && b <= to) {
        li.append(text.slice(from, a));
        li.appendChild(el("mark", null, text.slice(a, b)));
        li.append(text.slice(b, to));
      } else {
        li.append(text.slice(from, to));
      }
      if (to < text.length) li.append("…");
      var doc = sentence[1] >= 0 ? data.documents[sentence[1]] : "来源不明";
      li.appendChild(el("span", "kg-doc", "——《" + doc + "》"));
      ol.appendChild(li);
    });
    return ol;
  }

  function nodeCard(i, clip) {
    var n = data.nodes[i];
    var t = types[n[1]];
    var card = el("div", "kg-card");
    var head = el("div", "kg-type");
    head.appendChild(swatch(t));
    head.append(" " + t.label + " · " + t.name);
    card.appendChild(head);
    card.appendChild(el("h3", null, n[2]));
    if (n[3].length) {
      var shown = clip ? n[3].slice(0, 8) : n[3];
      card.appendChild(el("div", "kg-aliases", "别名：" + shown.join("、") + (shown.length < n[3].length ? " …" : "")));
    }
    card.appendChild(evidenceList(n[7], clip));
    if (!clip) card.appendChild(el("div", "kg-iri", n[0]));
    return card;
  }

  function edgeCard(id, clip) {
    var e = data.edges[id];
    var p = data.predicates[e[2]];
    var card = el("div", "kg-card");
    card.appendChild(el("div", "kg-type", "关系 · " + p.name));
    card.appendChild(el("h3", null, data.nodes[e[0]][2] + " —" + p.label + "→ " + data.nodes[e[1]][2]));
    card.appendChild(evidenceList(e[3], clip));
    if (!clip) card.appendChild(el("div", "kg-iri", p.iri));
    return card;
  }

  var tooltip = document.getElementById("kg-tooltip");
  var details = document.getElementById("kg-details");

  function showTooltip(card, pointer) {
    tooltip.replaceChildren(card);
    tooltip.hidden = false;
    var box = container.getBoundingClientRect();
    var x = box.left + pointer.x + 16;
    var y = box.top + pointer.y + 16;
    var w = tooltip.offsetWidth;
    var h = tooltip.offsetHeight;
    if (x + w > window.innerWidth - 4) x = Math.max(4, box.left + pointer.x - w - 16);
    if (y + h > window.innerHeight - 4) y = Math.max(4, window.innerHeight - h - 4);
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }

  function hideTooltip() {
    tooltip.hidden = true;
  }

  function showDetails(card) {
    details.replaceChildren(card);
    details.hidden = false;
  }

  // ------------------------------------------------------------ the network

  var container = document.getElementById("kg-network");
  var groups = {};
  types.forEach(function (t) {
    groups[t.name] = {
      shape: t.shape,
      color: { background: t.color, border: "#3d4650", highlight: { background: t.color, border: "#111" },
               hover: { background: t.color, border: "#111" } },
    };
  });
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n[0], label: shorten(n[2], LABEL_CHARS), group: types[n[1]].name, type: types[n[1]].name,
             size: n[4], x: n[5], y: n[6] };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    var p = data.predicates[e[2]];
    return { id: i, from: iris[e[0]], to: iris[e[1]], label: p.label, predicate: p.iri };
  }));
  var options = {
    autoResize: true,
    groups: groups,
    layout: { improvedLayout: false, randomSeed: 1 },
    physics: { enabled: false, solver: "forceAtlas2Based",
               stabilization: { enabled: true, iterations: 300, updateInterval: 50, fit: false } },
    nodes: { borderWidth: 1, borderWidthSelected: 3,
             font: { face: FONT, size: 14, color: "#1f2328", strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: { width: 1, selectionWidth: 2, arrows: { to: { enabled: true, scaleFactor: 0.5 } },
             color: { color: "#8c96a0", highlight: "#2c3e50", hover: "#2c3e50" },
             font: { face: FONT, size: 12, color: "#4a4f57", strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal" },
             smooth: big ? false : { enabled: true, type: "curvedCW", roundness: 0.12 } },
    interaction: { hover: true, hideEdgesOnDrag: big, hideEdgesOnZoom: big, keyboard: false,
                   navigationButtons: false, multiselect: false, tooltipDelay: 200 },
  };
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.network = network;

  // a big graph opens on its connected part: the unconnected entities below it are grid blocks
  var connected = iris.filter(function (iri) { return network.getConnectedEdges(iri).length > 0; });
  if (big && connected.length) network.fit({ nodes: connected, animation: false });
  document.getElementById("kg-fit").addEventListener("click", function () { network.fit({ animation: false }); });
  network.once("afterDrawing", function () {
    document.body.dataset.kgState = "ready";
  });
  if (!data.nodes.length) {
    var empty = el("div", null, "图中没有实体（十类实体的节点）");
    empty.id = "kg-empty";
    container.appendChild(empty);
  }
  document.getElementById("kg-summary").textContent =
    data.nodes.length + " 个实体 · " + data.edges.length + " 条关系 · " + data.documents.length + " 份文本";

  network.on("hoverNode", function (p) { showTooltip(nodeCard(indexOf.get(p.node), true), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTooltip(edgeCard(p.edge, true), p.pointer.DOM); });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);

  // ------------------------------------------------------------ neighbourhood highlight

  var highlighted = null;

  function setDimmed(nodeDim, edgeDim) {
    var nodeUpdates = [];
    data.nodes.forEach(function (n, i) {
      var d = nodeDim(i);
      if (d !== dimmed[i]) {
        dimmed[i] = d;
        nodeUpdates.push({ id: n[0], opacity: d ? DIM : 1,
                           font: { color: d ? "rgba(31,35,40," + DIM + ")" : "#1f2328" } });
      }
    });
    var edgeUpdates = [];
    data.edges.forEach(function (e, i) {
      var d = edgeDim(i);
      if (d !== edgeDimmed[i]) {
        edgeDimmed[i] = d;
        edgeUpdates.push({ id: i, color: { opacity: d ? DIM : 1 },
                           font: { color: d ? "rgba(74,79,87," + DIM + ")" : "#4a4f57" } });
      }
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
  }

  function highlight(i) {
    var id = iris[i];
    var near = new Set(network.getConnectedNodes(id));
    near.add(id);
    setDimmed(function (j) { return !near.has(iris[j]); },
              function (k) { return data.edges[k][0] !== i && data.edges[k][1] !== i; });
    highlighted = i;
    document.body.dataset.kgHighlight = id;
  }

  function clearHighlight() {
    if (highlighted === null) return;
    setDimmed(function () { return false; }, function () { return false; });
    highlighted = null;
    delete document.body.dataset.kgHighlight;
  }

  network.on("click", function (p) {
    hideTooltip();
    if (p.nodes.length) {
      var i = indexOf.get(p.nodes[0]);
      highlight(i);
      showDetails(nodeCard(i, false));
    } else if (p.edges.length) {
      clearHighlight();
      showDetails(edgeCard(p.edges[0], false));
    } else {
      clearHighlight();
      details.hidden = true;
    }
  });

  // ------------------------------------------------------------ type filters (the legend)

  var typeList = document.getElementById("kg-types");
  types.forEach(function (t, ti) {
    var li = el("li");
    if (!t.count) li.className = "kg-absent";
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = t.name;
    box.dataset.type = t.name;
    box.addEventListener("change", function () { setTypeVisible(ti, box.checked); });
    label.appendChild(box);
    label.appendChild(swatch(t));
    label.appendChild(el("span", null, t.label + " " + t.name));
    label.appendChild(el("span", "kg-count", String(t.count)));
    li.appendChild(label);
    typeList.appendChild(li);
  });

  function applyFilters() {
    var updates = [];
    data.nodes.forEach(function (n, i) {
      var h = !typeVisible[n[1]];
      if (h !== hidden[i]) {
        hidden[i] = h;
        updates.push({ id: n[0], hidden: h });
      }
    });
    if (updates.length) nodes.update(updates);
    if (highlighted !== null && hidden[highlighted]) {
      clearHighlight();
      network.unselectAll();
    }
    if (searchBox.value.trim()) runSearch(false);
  }

  function setTypeVisible(ti, visible) {
    typeVisible[ti] = visible;
    typeList.querySelectorAll("input")[ti].checked = visible;
    applyFilters();
  }

  function setAllTypes(visible) {
    types.forEach(function (t, ti) {
      typeVisible[ti] = visible;
      typeList.querySelectorAll("input")[ti].checked = visible;
    });
    applyFilters();
  }

  document.getElementById("kg-all").addEventListener("click", function () { setAllTypes(true); });
  document.getElementById("kg-none").addEventListener("click", function () { setAllTypes(false); });

  // ------------------------------------------------------------ search

  var searchBox = document.getElementById("kg-search");
  var status = document.getElementById("kg-status");
  var hitsBox = document.getElementById("kg-hits-box");
  var hitList = document.getElementById("kg-hits");
  var hits = [];
  var current = -1;
  var searched = null;
  var timer = null;

  function findNodes(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var found = [];
    haystack.forEach(function (h, i) {
      if (!hidden[i] && h.indexOf(q) >= 0) found.push(i);
    });
    // the best hit first: the exact name, then names starting with the query, then in the label, then aliases
    function rank(i) {
      var label = data.nodes[i][2].toLowerCase();
      if (label === q) return 0;
      if (label.indexOf(q) === 0) return 1;
      return label.indexOf(q) >= 0 ? 2 : 3;
    }
    found.sort(function (a, b) {
      return rank(a) - rank(b) || data.nodes[b][4] - data.nodes[a][4] ||
        data.nodes[a][2].length - data.nodes[b][2].length || a - b;
    });
    return found;
  }

  function runSearch(focus) {
    searched = searchBox.value;
    hits = findNodes(searched);
    current = -1;
    hitList.replaceChildren();
    hits.slice(0, 50).forEach(function (i, k) {
      var li = el("li", null, data.nodes[i][2]);
      li.title = types[data.nodes[i][1]].label;
      li.addEventListener("click", function () { focusHit(k); });
      hitList.appendChild(li);
    });
    hitsBox.hidden = !hits.length;
    if (!searched.trim()) {
      status.textContent = "";
    } else if (!hits.length) {
      status.textContent = "无匹配";
      clearHighlight();
    } else {
      status.textContent = hits.length + " 个匹配";
      if (focus) focusHit(0);
    }
  }

  function focusHit(k) {
    if (!hits.length) return;
    current = (k + hits.length) % hits.length;
    var i = hits[current];
    var id = iris[i];
    network.selectNodes([id]);
    highlight(i);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0),
                        animation: big ? false : { duration: 300, easingFunction: "easeInOutQuad" } });
    showDetails(nodeCard(i, false));
    status.textContent = (current + 1) + "/" + hits.length + " 个匹配";
    Array.prototype.forEach.call(hitList.children, function (li, j) {
      li.className = j === current ? "kg-current" : "";
    });
    document.body.dataset.kgFocus = id;
  }

  searchBox.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { runSearch(true); }, big ? 200 : 80);
  });
  searchBox.addEventListener("keydown", function (e) {
    if (e.key === "Enter") {
      e.preventDefault();
      clearTimeout(timer);
      if (searchBox.value !== searched) runSearch(true);
      else focusHit(current + (e.shiftKey ? -1 : 1));
    } else if (e.key === "Escape") {
      searchBox.value = "";
      runSearch(false);
      clearHighlight();
      network.unselectAll();
    }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" && document.activeElement !== searchBox) {
      e.preventDefault();
      searchBox.focus();
    }
  });

  // ------------------------------------------------------------ optional physics (stops once stable)

  var physicsBox = document.getElementById("kg-physics");
  if (big) document.getElementById("kg-physics-label").hidden = true;
  physicsBox.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physicsBox.checked } });
    if (physicsBox.checked) network.stabilize(300);
  });
  network.on("stabilized", function () {
    network.setOptions({ physics: { enabled: false } });
    physicsBox.checked = false;
  });

  window.kgView = {
    data: data, nodes: nodes, edges: edges,
    find: function (query) { return findNodes(query).map(function (i) { return iris[i]; }); },
    highlight: function (iri) { highlight(indexOf.get(iri)); },
    clearHighlight: clearHighlight,
    setTypeVisible: function (name, visible) {
      setTypeVisible(types.findIndex(function (t) { return t.name === name; }), visible);
    },
  };
})();
