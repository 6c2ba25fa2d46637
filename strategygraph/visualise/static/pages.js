/* strategygraph pages: network, search, filters, tooltips and the detail panel.
 * Every piece of document text reaches the page as JSON data and is put into the DOM with
 * textContent, never as HTML. Tooltips are plain strings: vis-network 9 shows a string title
 * with innerText (as text); the page's Content-Security-Policy blocks any script besides. */
(function () {
  "use strict";
  var dataElement = document.getElementById("sg-data");
  var data = dataElement ? JSON.parse(dataElement.textContent) : {};
  window.sgData = data;
  var detail = document.getElementById("sg-detail");
  var statusBox = document.getElementById("sg-search-status");
  var root = data.root || "";

  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function link(href, text) {
    var a = make("a", null, text);
    a.setAttribute("href", root + href);
    return a;
  }

  function showDetail(info) {
    if (!detail || !info) { return; }
    detail.textContent = "";
    detail.appendChild(make("h2", null, info.title));
    if (info.subtitle) { detail.appendChild(make("p", "sg-sub", info.subtitle)); }
    if (info.href) {
      var open = link(info.href, info.hrefLabel || "Open its page");
      open.className = "sg-open";
      detail.appendChild(open);
    }
    (info.rows || []).forEach(function (row) {
      var p = make("p", "sg-row");
      p.appendChild(make("strong", null, row[0] + ": "));
      p.appendChild(document.createTextNode(row[1]));
      detail.appendChild(p);
    });
    if (info.items && info.items.length) {
      if (info.itemsTitle) { detail.appendChild(make("h3", null, info.itemsTitle)); }
      var list = make("ul", "sg-items");
      info.items.forEach(function (item) {
        var li = make("li");
        if (item.note) { li.appendChild(make("span", "sg-note", item.note)); }
        var quote = make("q", null, item.text);
        li.appendChild(quote);
        if (item.href) {
          li.appendChild(document.createTextNode(" "));
          li.appendChild(link(item.href, item.hrefLabel || "in the source"));
        }
        list.appendChild(li);
      });
      detail.appendChild(list);
      if (info.more) { detail.appendChild(make("p", "sg-sub", info.more)); }
    }
    detail.setAttribute("data-shown", info.title);
  }
  window.sgShowDetail = showDetail;

  function setStatus(text) { if (statusBox) { statusBox.textContent = text; } }

  /* ---- network pages ---- */
  var net = data.network;
  var nodes = null, edges = null, network = null, visible = null, nodeView = null, edgeView = null;
  var filterValues = {};

  function passes(node) {
    var f = node.f || {};
    for (var key in filterValues) {
      var wanted = filterValues[key];
      if (!wanted) { continue; }
      if (f[key] === undefined) { continue; }
      if (f[key].indexOf(wanted) < 0) { return false; }
    }
    return true;
  }

  function computeVisible() {
    var shown = {};
    nodes.forEach(function (node) { if (passes(node)) { shown[node.id] = true; } });
    var linked = {};
    edges.forEach(function (edge) {
      if (shown[edge.from] && shown[edge.to]) { linked[edge.from] = true; linked[edge.to] = true; }
    });
    nodes.forEach(function (node) {
      if (shown[node.id] && node.prune && !linked[node.id]) { delete shown[node.id]; }
    });
    visible = shown;
  }

  function buildNetwork() {
    var container = document.getElementById("sg-network");
    if (!net || !container || typeof vis === "undefined") { return; }
    nodes = new vis.DataSet(net.nodes.map(function (n) {
      if (n.tip) { n.title = String(n.tip); }
      return n;
    }));
    edges = new vis.DataSet(net.edges.map(function (e) {
      if (e.tip) { e.title = String(e.tip); }
      return e;
    }));
    (net.defaultFilters ? Object.keys(net.defaultFilters) : []).forEach(function (key) {
      filterValues[key] = net.defaultFilters[key];
      var select = document.getElementById("sg-filter-" + key);
      if (select) { select.value = net.defaultFilters[key]; }
    });
    computeVisible();
    nodeView = new vis.DataView(nodes, { filter: function (n) { return !!visible[n.id]; } });
    edgeView = new vis.DataView(edges, {
      filter: function (e) { return !!(visible[e.from] && visible[e.to]); }
    });
    network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, net.options || {});
    window.sgNodes = nodes;
    window.sgEdges = edges;
    window.sgNetwork = network;
    window.sgVisible = function () { return Object.keys(visible).length; };
    network.once("afterDrawing", function () {
      window.sgRendered = performance.now();
      document.body.setAttribute("data-rendered", "1");
    });
    network.on("click", function (params) {
      if (params.nodes.length) {
        var node = nodes.get(params.nodes[0]);
        window.sgClicked = node.id;
        showDetail(node.d);
      } else if (params.edges.length) {
        var edge = edges.get(params.edges[0]);
        if (edge && edge.d) { showDetail(edge.d); }
      }
    });
    network.on("doubleClick", function (params) {
      if (params.nodes.length) {
        var node = nodes.get(params.nodes[0]);
        if (node.d && node.d.href) { window.location.href = root + node.d.href; }
      }
    });
    if (net.fit !== false) { network.fit({ animation: false }); }
    Array.prototype.forEach.call(document.querySelectorAll("select[data-sg-filter]"), function (select) {
      select.addEventListener("change", function () {
        filterValues[select.getAttribute("data-sg-filter")] = select.value;
        computeVisible();
        nodeView.refresh();
        edgeView.refresh();
        network.fit({ animation: false });
        setStatus(Object.keys(visible).length + " shown");
      });
    });
  }

  function focusNode(id) {
    var node = nodes.get(id);
    if (!visible[id]) {  // a filtered-out node: clear the filters so it can be shown
      Object.keys(filterValues).forEach(function (key) {
        filterValues[key] = "";
        var select = document.getElementById("sg-filter-" + key);
        if (select) { select.value = ""; }
      });
      computeVisible();
      nodeView.refresh();
      edgeView.refresh();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    window.sgFocused = id;
    showDetail(node.d);
  }
  window.sgFocus = function (id) { focusNode(id); };

  function norm(text) { return String(text || "").toLocaleLowerCase().trim(); }

  function findNode(query) {
    var q = norm(query);
    if (!q) { return null; }
    var all = nodes.get();
    var tests = [
      function (n) { return norm(n.name || n.label) === q; },
      function (n) { return (n.keys || []).some(function (k) { return norm(k) === q; }); },
      function (n) { return norm(n.name || n.label).indexOf(q) === 0; },
      function (n) { return norm(n.name || n.label).indexOf(q) >= 0; }
    ];
    for (var i = 0; i < tests.length; i++) {
      for (var j = 0; j < all.length; j++) { if (tests[i](all[j])) { return all[j]; } }
    }
    return null;
  }

  function findElement(query) {
    var q = norm(query);
    if (!q) { return null; }
    var items = Array.prototype.slice.call(document.querySelectorAll("[data-sg-name]"));
    var tests = [
      function (e) { return norm(e.getAttribute("data-sg-name")) === q; },
      function (e) { return norm(e.getAttribute("data-sg-name")).indexOf(q) >= 0; }
    ];
    for (var i = 0; i < tests.length; i++) {
      for (var j = 0; j < items.length; j++) { if (tests[i](items[j])) { return items[j]; } }
    }
    return null;
  }

  function search(query) {
    if (network) {
      var node = findNode(query);
      if (node) { focusNode(node.id); setStatus("Found: " + (node.name || node.label)); return; }
    }
    var element = findElement(query);
    if (element) {
      Array.prototype.forEach.call(document.querySelectorAll(".sg-hit"), function (e) {
        e.classList.remove("sg-hit");
      });
      var details = element.closest("details");
      if (details) { details.open = true; }
      element.classList.add("sg-hit");
      element.scrollIntoView({ block: "center" });
      if (!element.hasAttribute("tabindex")) { element.setAttribute("tabindex", "-1"); }
      element.focus({ preventScroll: true });
      window.sgFocused = element.getAttribute("data-sg-name");
      setStatus("Found: " + element.getAttribute("data-sg-name"));
      return;
    }
    setStatus("Not found");
  }
  window.sgSearch = search;

  function fillNames() {
    var list = document.getElementById("sg-names");
    if (!list) { return; }
    var names = {};
    if (nodes) { nodes.forEach(function (n) { names[n.name || n.label] = true; }); }
    Array.prototype.forEach.call(document.querySelectorAll("[data-sg-name]"), function (e) {
      names[e.getAttribute("data-sg-name")] = true;
    });
    Object.keys(names).sort().forEach(function (name) {
      var option = document.createElement("option");
      option.value = name;
      list.appendChild(option);
    });
  }

  buildNetwork();
  fillNames();
  var form = document.getElementById("sg-search-form");
  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      search(document.getElementById("sg-search").value);
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-sg-focus]"), function (button) {
    button.addEventListener("click", function () { focusNode(button.getAttribute("data-sg-focus")); });
  });
  if (!network) {
    window.sgRendered = performance.now();
    document.body.setAttribute("data-rendered", "1");
  }
  if (window.location.hash) {
    var target = document.getElementById(window.location.hash.slice(1));
    if (target) { target.classList.add("sg-hit"); }
  }
})();
