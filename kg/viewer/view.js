/* policy-kg graph view: search, type filters, neighbourhood highlight and evidence tooltips over vis-network.
 *
 * The data is the JSON block #kg-data written by kg/view.py (page_data), the map:
 *   types      [{name, label, color, shape, count, backbone}]   the ten entity classes in contract order,
 *              then SourceDocument and Section (backbone: true): the texts and their sections
 *   predicates [{iri, name, label}]                   label: the ontology's rdfs:label@zh
 *   documents  [[label, node index]]                  the source texts on the map ("2026年安徽省政府工作报告")
 *   nodes      [[iri, type index, label, aliases, size, x, y]]
 *   edges      [[subject index, object index, predicate index]]   relations between entities
 *   links      [[node index, section or text index]]  the backbone: where each node is said
 *   big        true when the graph is large enough to draw with fewer frills
 * and one block script.kg-evidence per source text (kg/view.py evidence_blocks), joined at start-up
 * (joinEvidence) into
 *   sentences  [[text, document index or -1]]
 *   nodes[i][7], edges[k][3]   evidence: [[sentence index, start or null, end or null]], all of it;
 *              start/end: the span to mark
 * Labels are drawn here (drawLabels), not by vis-network: the most central first, each only where it
 * overlaps no label drawn before it, so the whole-graph zoom shows the hubs and zooming in shows more.
 * Every piece of data reaches the DOM through textContent or text nodes, never as markup.
 * window.network is the vis-network Network; window.kgView exposes the data sets and a few actions.
 */
(function () {
  "use strict";

  var FONT = '"WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  var DIM = 0.12;
  var LABEL_CHARS = 14;
  var TOOLTIP_CHARS = 140;
  var EVIDENCE_SHOWN = 3;      // sentences a card shows before "all N"
  var LABEL_PX = 13;           // on-screen size of node labels, whatever the zoom
  var EDGE_LABEL_PX = 11;
  var ARROW_CLEAR = 18;        // screen pixels kept free of an edge label at each end (the arrowhead)

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var types = data.types;
  var big = data.big;
  var iris = data.nodes.map(function (n) { return n[0]; });
  var indexOf = new Map(iris.map(function (iri, i) { return [iri, i]; }));
  joinEvidence();

  function joinEvidence() {
    // each text's block (script.kg-evidence, in the order of the texts' IRIs) adds its sentences to
    // data.sentences and its evidence to the nodes' n[7] and the relations' e[3]
    data.sentences = [];
    data.nodes.forEach(function (n) { n[7] = []; });
    data.edges.forEach(function (e) { e[3] = []; });
    var docIndex = new Map();
    data.documents.forEach(function (d, k) { docIndex.set(iris[d[1]], k); });
    var edgeIndex = new Map(data.edges.map(function (e, k) {
      return [iris[e[0]] + "\n" + data.predicates[e[2]].iri + "\n" + iris[e[1]], k];
    }));
    document.querySelectorAll("script.kg-evidence").forEach(function (script) {
      var block = JSON.parse(script.textContent);
      var d = -1;
      if (block.document !== null) {
        d = docIndex.get(block.document);
        if (d === undefined) {  // a text cited but not on the map
          d = data.documents.length;
          data.documents.push([block.label, -1]);
          docIndex.set(block.document, d);
        }
      }
      var base = data.sentences.length;
      block.sentences.forEach(function (text) { data.sentences.push([text, d]); });
      function add(target, refs) {
        refs.forEach(function (r) { target.push([r[0] + base, r[1], r[2]]); });
      }
      block.nodes.forEach(function (x) {
        var i = indexOf.get(x[0]);
        if (i !== undefined) add(data.nodes[i][7], x[1]);
      });
      block.edges.forEach(function (x) {
        var k = edgeIndex.get(x[0] + "\n" + x[1] + "\n" + x[2]);
        if (k !== undefined) add(data.edges[k][3], x[3]);
      });
    });
  }
  var typeVisible = types.map(function () { return true; });
  var hidden = data.nodes.map(function () { return false; });
  var dimmed = data.nodes.map(function () { return false; });
  var edgeDimmed = data.edges.concat(data.links).map(function () { return 0; });
  // search text: label and aliases, lower-cased, separated so a match never spans two names
  var haystack = data.nodes.map(function (n) { return [n[2]].concat(n[3]).join("\u0000").toLowerCase(); });
  var isBackbone = data.nodes.map(function (n) { return types[n[1]].backbone; });
  var DOCUMENT = types.findIndex(function (t) { return t.name === "SourceDocument"; });
  var SECTION = types.findIndex(function (t) { return t.name === "Section"; });
  // the backbone as adjacency: where each node is said (up), and what is said in a section or text (down)
  var up = data.nodes.map(function () { return []; });
  var down = data.nodes.map(function () { return []; });
  data.links.forEach(function (l) { up[l[0]].push(l[1]); down[l[1]].push(l[0]); });
  var related = data.nodes.map(function () { return []; });
  data.edges.forEach(function (e, k) { related[e[0]].push(k); related[e[1]].push(k); });

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

  // ------------------------------------------------------------ what a node is said in

  function textsOf(i) {
    // the source texts (node indices) that name node i: its sections' texts, its own texts, its evidence's
    var docs = new Set();
    if (data.nodes[i][1] === DOCUMENT) docs.add(i);
    up[i].forEach(function (j) {
      if (data.nodes[j][1] === DOCUMENT) docs.add(j);
      else up[j].forEach(function (d) { if (data.nodes[d][1] === DOCUMENT) docs.add(d); });
    });
    data.nodes[i][7].forEach(function (ref) {
      var d = data.sentences[ref[0]][1];
      if (d >= 0 && data.documents[d][1] >= 0) docs.add(data.documents[d][1]);
    });
    return Array.from(docs).sort(function (a, b) { return a - b; });
  }

  function docName(d) {
    return d >= 0 ? data.documents[d][0] : "来源不明";
  }

  // ------------------------------------------------------------ cards: tooltip and details

  function sentenceItem(ref, clip, withDoc) {
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
    if (withDoc) li.appendChild(el("span", "kg-doc", "——" + docName(sentence[1])));
    return li;
  }

  function evidenceList(refs, clip) {
    // the first few sentences; a card (not a tooltip) offers all of them, grouped by text
    if (!refs.length) return el("div", "kg-none", "（图中没有这条的证据句）");
    var box = el("div", "kg-evidence");
    var texts = new Set(refs.map(function (r) { return data.sentences[r[0]][1]; }));
    box.appendChild(el("div", "kg-count-line", "证据 " + refs.length + " 句 · " + texts.size + " 份文本"));
    var ol = el("ol");
    refs.slice(0, EVIDENCE_SHOWN).forEach(function (ref) { ol.appendChild(sentenceItem(ref, clip, true)); });
    box.appendChild(ol);
    if (refs.length > EVIDENCE_SHOWN) {
      if (clip) {
        box.appendChild(el("div", "kg-more-note", "…另有 " + (refs.length - EVIDENCE_SHOWN) + " 句，单击查看全部"));
      } else {
        var more = el("button", "kg-more", "显示全部 " + refs.length + " 句（按文本分组）");
        more.type = "button";
        more.addEventListener("click", function () { box.replaceWith(groupedEvidence(refs)); });
        box.appendChild(more);
      }
    }
    return box;
  }

  function groupedEvidence(refs) {
    var box = el("div", "kg-evidence kg-grouped");
    var groups = new Map();
    refs.forEach(function (ref) {
      var d = data.sentences[ref[0]][1];
      if (!groups.has(d)) groups.set(d, []);
      groups.get(d).push(ref);
    });
    box.appendChild(el("div", "kg-count-line", "证据 " + refs.length + " 句 · " + groups.size + " 份文本"));
    groups.forEach(function (group, d) {
      box.appendChild(el("h4", null, docName(d) + "（" + group.length + " 句）"));
      var ol = el("ol");
      group.forEach(function (ref) { ol.appendChild(sentenceItem(ref, false, false)); });
      box.appendChild(ol);
    });
    return box;
  }

  function nodeList(title, indices, limit) {
    var box = el("div", "kg-list");
    box.appendChild(el("div", "kg-count-line", title + " " + indices.length));
    var ul = el("ul");
    indices.slice(0, limit).forEach(function (j) {
      var li = el("li", null, data.nodes[j][2]);
      li.addEventListener("click", function () { select(j, true); });
      ul.appendChild(li);
    });
    if (indices.length > limit) ul.appendChild(el("li", "kg-none", "…另有 " + (indices.length - limit) + " 个"));
    box.appendChild(ul);
    return box;
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
    if (t.backbone) {
      var said = down[i].filter(function (j) { return !isBackbone[j]; });
      if (n[1] === SECTION) {
        if (n[3][1]) card.appendChild(el("div", "kg-aliases", "标题：" + n[3][1]));
        card.appendChild(el("div", "kg-aliases", "出自：" + n[3][0]));
      } else {
        var sections = down[i].filter(function (j) { return data.nodes[j][1] === SECTION; });
        card.appendChild(el("div", "kg-aliases", sections.length + " 个章节"));
        sections.forEach(function (s) { said = said.concat(down[s]); });
        said = Array.from(new Set(said));
      }
      card.appendChild(el("div", "kg-count-line", "提到 " + said.length + " 个实体和指标"));
      if (!clip) card.appendChild(nodeList("最常被提到的", said.sort(function (a, b) {
        return data.nodes[b][4] - data.nodes[a][4] || a - b; }), 20));
      return card;
    }
    if (n[3].length) {
      var shown = clip ? n[3].slice(0, 8) : n[3];
      card.appendChild(el("div", "kg-aliases", "别名：" + shown.join("、") + (shown.length < n[3].length ? " …" : "")));
    }
    var texts = textsOf(i);
    card.appendChild(el("div", "kg-count-line kg-texts", "出现在 " + texts.length + " 份文本" +
      (clip || !texts.length ? "" : "：")));
    if (!clip && texts.length) {
      var ul = el("ul", "kg-text-list");
      texts.forEach(function (d) {
        var li = el("li", null, data.nodes[d][2]);
        li.addEventListener("click", function () { select(d, true); });
        ul.appendChild(li);
      });
      card.appendChild(ul);
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
    return { id: n[0], name: n[2], group: types[n[1]].name, type: types[n[1]].name,
             size: n[4], x: n[5], y: n[6] };
  }));
  var LINK = big ? "rgba(160,170,182,0.35)" : "#c9cfd6";  // the backbone's links
  var edgeItems = data.edges.map(function (e, i) {
    var p = data.predicates[e[2]];
    return { id: i, from: iris[e[0]], to: iris[e[1]], relation: p.label, predicate: p.iri };
  });
  // the backbone (data.links) is drawn by drawBackbone as one path, not as vis-network edges: eighteen
  // thousand separately stroked edges made every frame of the corpus view take most of a second
  var edges = new vis.DataSet(edgeItems);
  var options = {
    autoResize: true,
    groups: groups,
    layout: { improvedLayout: false, randomSeed: 1 },
    physics: { enabled: false },  // the layout is the map of the texts (kg/view.py): nothing moves
    nodes: { borderWidth: 1, borderWidthSelected: 3 },
    edges: { width: 1.2, selectionWidth: 2, arrows: { to: { enabled: true, scaleFactor: 0.6 } },
             color: { color: "#5f6b78", highlight: "#1f2d3d", hover: "#1f2d3d" },
             smooth: big ? false : { enabled: true, type: "curvedCW", roundness: 0.12 } },
    interaction: { hover: true, hideEdgesOnDrag: big, hideEdgesOnZoom: big, keyboard: false,
                   navigationButtons: false, multiselect: false, tooltipDelay: 200 },
  };
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.network = network;

  function fitAll() {
    network.fit({ animation: false });
  }

  fitAll();
  network.once("afterDrawing", function () {
    document.body.dataset.kgState = "ready";
  });
  if (!data.nodes.length) {
    var empty = el("div", null, "图中没有实体（十类实体的节点）");
    empty.id = "kg-empty";
    container.appendChild(empty);
  }
  function count(name) {
    var t = types.find(function (t) { return t.name === name; });
    return t ? t.count : 0;
  }
  var entityCount = types.reduce(function (sum, t) {
    return t.backbone || t.name === "Indicator" ? sum : sum + t.count; }, 0);
  var summary = document.getElementById("kg-summary");
  summary.textContent = entityCount + " 个实体 · " + count("Indicator") + " 个指标 · " + data.edges.length +
    " 条关系 · " + count("SourceDocument") + " 份文本";
  summary.title = "实体：九类实体的节点（不含指标）；指标另计；关系：实体之间的直接关系；" +
    "文本：来源文本（与 kg stats 的计数相同）";

  network.on("hoverNode", function (p) { showTooltip(nodeCard(indexOf.get(p.node), true), p.pointer.DOM); });
  network.on("hoverEdge", function (p) {
    if (typeof p.edge === "number") showTooltip(edgeCard(p.edge, true), p.pointer.DOM);
  });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);

  // ------------------------------------------------------------ labels: central first, never overlapping

  // texts first, then (when there are few of them) their sections, then the most central nodes
  var sectionCount = data.nodes.filter(function (n) { return n[1] === SECTION; }).length;
  function labelRank(i) {
    var t = data.nodes[i][1];
    return t === DOCUMENT ? 0 : t === SECTION && sectionCount <= 40 ? 1 : 2;
  }
  var labelOrder = data.nodes.map(function (n, i) { return i; }).sort(function (a, b) {
    return labelRank(a) - labelRank(b) || data.nodes[b][4] - data.nodes[a][4] || a - b;
  });
  var labelText = data.nodes.map(function (n) { return shorten(n[2], LABEL_CHARS); });
  var labelWidth = new Float64Array(data.nodes.length);  // at LABEL_PX, measured once
  var drawn = [];
  var moving = false;
  network.on("dragStart", function () { moving = true; });
  network.on("dragEnd", function () { moving = false; network.redraw(); });

  function Boxes() {
    this.cells = new Map();
  }
  Boxes.prototype.free = function (r) {
    for (var gx = Math.floor(r[0] / 64); gx <= Math.floor(r[2] / 64); gx++) {
      for (var gy = Math.floor(r[1] / 64); gy <= Math.floor(r[3] / 64); gy++) {
        var list = this.cells.get(gx * 100003 + gy);
        if (!list) continue;
        for (var k = 0; k < list.length; k++) {
          var o = list[k];
          if (r[0] < o[2] && o[0] < r[2] && r[1] < o[3] && o[1] < r[3]) return false;
        }
      }
    }
    return true;
  };
  Boxes.prototype.add = function (r) {
    for (var gx = Math.floor(r[0] / 64); gx <= Math.floor(r[2] / 64); gx++) {
      for (var gy = Math.floor(r[1] / 64); gy <= Math.floor(r[3] / 64); gy++) {
        var key = gx * 100003 + gy;
        if (!this.cells.has(key)) this.cells.set(key, []);
        this.cells.get(key).push(r);
      }
    }
  };

  function drawLabels(ctx) {
    var scale = network.getScale();
    var w = container.clientWidth;
    var h = container.clientHeight;
    var origin = network.DOMtoCanvas({ x: 0, y: 0 });
    var boxes = new Boxes();
    var focused = highlighted !== null;
    drawn = [];
    ctx.save();
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    ctx.font = LABEL_PX + "px " + FONT;
    var order = focused ? focusOrder : labelOrder;
    // a budget of labels for the screen's area: the most central in view get one, more as one zooms in
    var budget = Math.max(30, Math.floor(w * h / 9000));
    for (var k = 0; k < order.length && drawn.length < budget; k++) {
      var i = order[k];
      if (hidden[i] || (focused && dimmed[i])) continue;
      var body = network.body.nodes[iris[i]];
      if (!body) continue;
      var sx = (body.x - origin.x) * scale;
      var sy = (body.y - origin.y) * scale;
      if (sx < -200 || sx > w + 200 || sy < -40 || sy > h + 40) continue;
      if (!labelWidth[i]) labelWidth[i] = ctx.measureText(labelText[i]).width;
      var half = labelWidth[i] / 2 + 2;
      var top = sy + data.nodes[i][4] * scale + 2;
      var r = [sx - half, top, sx + half, top + LABEL_PX + 3];
      if (r[2] < 0 || r[0] > w || r[3] < 0 || r[1] > h || !boxes.free(r)) continue;
      boxes.add(r);
      drawn.push({ kind: "node", index: i, rect: r });
    }
    if ((!moving || !big) && (scale >= 0.45 || focused)) {
      // an edge label keeps off the labels drawn and off every node in view
      var discs = new Boxes();
      for (var n = 0; n < data.nodes.length; n++) {
        if (hidden[n]) continue;
        var nb = network.body.nodes[iris[n]];
        if (!nb) continue;
        var nx = (nb.x - origin.x) * scale;
        var ny = (nb.y - origin.y) * scale;
        var nr = data.nodes[n][4] * scale;
        if (nx + nr < 0 || nx - nr > w || ny + nr < 0 || ny - nr > h) continue;
        discs.add([nx - nr, ny - nr, nx + nr, ny + nr]);
      }
      for (var e = 0; e < data.edges.length; e++) {
        var d = data.edges[e];
        if (hidden[d[0]] || hidden[d[1]] || (focused && edgeDimmed[e] === 1)) continue;
        var edge = network.body.edges[e];
        var a = network.body.nodes[iris[d[0]]];
        var b = network.body.nodes[iris[d[1]]];
        if (!edge || !a || !b) continue;
        var length = Math.hypot(b.x - a.x, b.y - a.y) * scale -
          (data.nodes[d[0]][4] + data.nodes[d[1]][4]) * scale;
        var text = data.predicates[d[2]].label;
        var tw = text.length * EDGE_LABEL_PX + 4;
        if (length < tw + 2 * ARROW_CLEAR) continue;  // too short: the label would reach an arrowhead
        var mid = edge.edgeType.getPoint(0.5);
        var mx = (mid.x - origin.x) * scale;
        var my = (mid.y - origin.y) * scale;
        var er = [mx - tw / 2, my - EDGE_LABEL_PX / 2 - 2, mx + tw / 2, my + EDGE_LABEL_PX / 2 + 2];
        if (er[2] < 0 || er[0] > w || er[3] < 0 || er[1] > h || !boxes.free(er) || !discs.free(er)) continue;
        boxes.add(er);
        drawn.push({ kind: "edge", index: e, rect: er });
      }
    }
    // draw in screen pixels, so labels keep their size at every zoom
    ctx.setTransform(window.devicePixelRatio || 1, 0, 0, window.devicePixelRatio || 1, 0, 0);
    drawn.forEach(function (item) {
      var r = item.rect;
      if (item.kind === "node") {
        ctx.font = LABEL_PX + "px " + FONT;
        ctx.textBaseline = "top";
        ctx.lineWidth = 3;
        ctx.strokeStyle = "#ffffff";
        ctx.fillStyle = "#1f2328";
        ctx.strokeText(labelText[item.index], (r[0] + r[2]) / 2, r[1] + 1);
        ctx.fillText(labelText[item.index], (r[0] + r[2]) / 2, r[1] + 1);
      } else {
        ctx.font = EDGE_LABEL_PX + "px " + FONT;
        ctx.textBaseline = "middle";
        ctx.fillStyle = "rgba(255,255,255,0.85)";
        ctx.fillRect(r[0], r[1], r[2] - r[0], r[3] - r[1]);
        ctx.fillStyle = "#4a4f57";
        ctx.fillText(data.predicates[data.edges[item.index][2]].label, (r[0] + r[2]) / 2, (r[1] + r[3]) / 2);
      }
    });
    ctx.restore();
  }

  network.on("afterDrawing", function (ctx) {
    drawFocus(ctx);
    drawLabels(ctx);
  });

  // ------------------------------------------------------------ focus: a node, its texts and neighbours

  var highlighted = null;
  var focusOrder = [];

  function setDimmed(nodeDim, edgeDim) {
    // edgeDim gives 1 (dimmed), 2 (part of the focus: drawn darker) or 0 (as drawn). Nothing in the
    // network's data sets changes: a focus is drawn over the graph (drawFocus), so it costs one redraw
    // however big the graph (updating 30,000 items' options took seconds on the corpus)
    data.nodes.forEach(function (n, i) { dimmed[i] = nodeDim(i); });
    for (var k = 0; k < edgeDimmed.length; k++) edgeDimmed[k] = +edgeDim(k);
    network.redraw();
  }

  function drawBackbone(ctx) {
    // every text–section and node–section/text link, thin and light, under the nodes
    if (moving && big) return;
    strokeLinks(ctx, LINK, Math.max(0.6, 0.5 / network.getScale()), function () { return true; });
  }

  function strokeLinks(ctx, color, width, keep) {
    // the backbone links keep(k) accepts, as one path (of shown nodes only)
    ctx.save();
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.beginPath();
    data.links.forEach(function (l, k) {
      if (hidden[l[0]] || hidden[l[1]] || !keep(k)) return;
      var p = network.body.nodes[iris[l[0]]];
      var q = network.body.nodes[iris[l[1]]];
      ctx.moveTo(p.x, p.y);
      ctx.lineTo(q.x, q.y);
    });
    ctx.stroke();
    ctx.restore();
  }

  network.on("beforeDrawing", drawBackbone);

  function drawFocus(ctx) {
    // the rest of the graph fades under a white veil; the focus's edges and nodes are drawn again on top
    if (highlighted === null) return;
    var a = network.DOMtoCanvas({ x: 0, y: 0 });
    var b = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    ctx.save();
    ctx.fillStyle = "rgba(255,255,255," + (1 - DIM) + ")";
    ctx.fillRect(a.x, a.y, b.x - a.x, b.y - a.y);
    ctx.restore();
    var linkCount = data.edges.length;
    strokeLinks(ctx, "#56616d", 1.4 / network.getScale(), function (k) { return edgeDimmed[linkCount + k] === 2; });
    for (var e = 0; e < linkCount; e++) {
      var d = data.edges[e];
      if (edgeDimmed[e] === 2 && !hidden[d[0]] && !hidden[d[1]] && network.body.edges[e]) network.body.edges[e].draw(ctx);
    }
    data.nodes.forEach(function (n, i) {
      if (!dimmed[i] && !hidden[i]) network.body.nodes[n[0]].draw(ctx);
    });
  }

  function neighbourhood(i) {
    // node i, what it is related to, the sections and texts it is said in; for a text or section, what it says
    var near = new Set([i]);
    related[i].forEach(function (k) { near.add(data.edges[k][0]); near.add(data.edges[k][1]); });
    up[i].forEach(function (j) { near.add(j); });
    textsOf(i).forEach(function (d) { near.add(d); });
    if (isBackbone[i]) {
      down[i].forEach(function (j) {
        near.add(j);
        if (data.nodes[i][1] === DOCUMENT && data.nodes[j][1] === SECTION) down[j].forEach(function (x) { near.add(x); });
      });
    }
    return near;
  }

  function highlight(i) {
    var near = neighbourhood(i);
    var linkCount = data.edges.length;
    setDimmed(function (j) { return !near.has(j); }, function (k) {
      if (k < linkCount) return data.edges[k][0] !== i && data.edges[k][1] !== i ? 1 : 2;
      var l = data.links[k - linkCount];
      return near.has(l[0]) && near.has(l[1]) && (l[0] === i || l[1] === i || isBackbone[l[0]]) ? 2 : 1;
    });
    highlighted = i;
    focusOrder = [i].concat(labelOrder.filter(function (j) { return j !== i && near.has(j); }));
    document.body.dataset.kgHighlight = iris[i];
    return near;
  }

  function clearHighlight() {
    if (highlighted === null) return;
    setDimmed(function () { return false; }, function () { return 0; });
    highlighted = null;
    focusOrder = [];
    delete document.body.dataset.kgHighlight;
    delete document.body.dataset.kgFocus;
  }

  function select(i, fit) {
    // focus node i: select it, dim the rest, show its card, and bring it with its texts and neighbours into view
    var near = highlight(i);
    network.selectNodes([iris[i]]);
    showDetails(nodeCard(i, false));
    if (fit) {
      var ids = Array.from(near).filter(function (j) { return !hidden[j]; }).map(function (j) { return iris[j]; });
      network.fit({ nodes: ids, animation: false });
      if (network.getScale() > 1.2) network.moveTo({ scale: 1.2 });
    }
    document.body.dataset.kgFocus = iris[i];
  }

  function restore() {
    // the whole graph again: no focus, no selection, every type shown
    clearHighlight();
    network.unselectAll();
    details.hidden = true;
  }

  network.on("click", function (p) {
    hideTooltip();
    if (p.nodes.length) {
      select(indexOf.get(p.nodes[0]), false);
    } else if (p.edges.length && typeof p.edges[0] === "number") {
      clearHighlight();
      showDetails(edgeCard(p.edges[0], false));
    } else {
      restore();
    }
  });

  // ------------------------------------------------------------ type filters (the legend)

  var typeList = document.getElementById("kg-types");
  types.forEach(function (t, ti) {
    var li = el("li");
    if (!t.count) li.className = "kg-absent";
    if (t.backbone && ti === DOCUMENT) li.classList.add("kg-backbone-first");
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
      restore();  // an emptied search box gives the whole graph back
    } else if (!hits.length) {
      status.textContent = "无匹配";
      clearHighlight();
      network.unselectAll();
    } else {
      status.textContent = hits.length + " 个匹配";
      if (focus) focusHit(0);
    }
  }

  function focusHit(k) {
    if (!hits.length) return;
    current = (k + hits.length) % hits.length;
    select(hits[current], true);
    status.textContent = (current + 1) + "/" + hits.length + " 个匹配";
    Array.prototype.forEach.call(hitList.children, function (li, j) {
      li.className = j === current ? "kg-current" : "";
    });
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
      clearTimeout(timer);
      searchBox.value = "";
      runSearch(false);
    }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" && document.activeElement !== searchBox) {
      e.preventDefault();
      searchBox.focus();
    }
  });

  document.getElementById("kg-fit").addEventListener("click", function () {
    // 全图: everything again — search cleared, no focus, every type, the whole map in view
    clearTimeout(timer);
    searchBox.value = "";
    runSearch(false);
    setAllTypes(true);
    fitAll();
  });

  window.kgView = {
    data: data, nodes: nodes, edges: edges,
    find: function (query) { return findNodes(query).map(function (i) { return iris[i]; }); },
    highlight: function (iri) { highlight(indexOf.get(iri)); },
    clearHighlight: clearHighlight,
    texts: function (iri) { return textsOf(indexOf.get(iri)).map(function (d) { return iris[d]; }); },
    dimmed: function () { return iris.filter(function (iri, i) { return dimmed[i]; }); },
    unlinked: function () {
      // nodes no edge touches: neither a relation nor the backbone (what the map promises there is none of)
      var touched = new Set();
      data.edges.forEach(function (e) { touched.add(e[0]); touched.add(e[1]); });
      data.links.forEach(function (l) { touched.add(l[0]); touched.add(l[1]); });
      return iris.filter(function (iri, i) { return !touched.has(i); });
    },
    labels: function () {
      return drawn.map(function (item) {
        return { kind: item.kind, id: item.kind === "node" ? iris[item.index] : item.index, rect: item.rect };
      });
    },
    setTypeVisible: function (name, visible) {
      setTypeVisible(types.findIndex(function (t) { return t.name === name; }), visible);
    },
  };
})();
