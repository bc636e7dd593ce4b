// eventwire dashboard: every view is drawn from the JSON API of the server that sent this page.
"use strict";

const QUAD = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
const QUAD_COLOR = {1: "#2b7bb9", 2: "#5fb0e6", 3: "#f0a030", 4: "#d23c3c"};
const FILTER_KEYS = ["start", "end", "actor", "root", "quad_class"];
const PLOT_CONFIG = {displaylogo: false, responsive: true, modeBarButtonsToRemove: ["select2d", "lasso2d"]};
const $ = (sel) => document.querySelector(sel);
let eventsCursor = null;

// -- small helpers ------------------------------------------------------------------------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(c ?? ""));
  return node;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) q.set(k, v);
  const s = q.toString();
  return s ? "?" + s : "";
}

async function api(path, params = {}) {
  const res = await fetch(path + query(params), {headers: {Accept: "application/json"}});
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new Error(`${path}: ${body && body.detail ? body.detail : res.status}`);
  return body;
}

function currentFilters() {
  const form = new FormData($("#filters"));
  const out = {};
  for (const k of FILTER_KEYS) out[k] = (form.get(k) || "").trim();
  if (out.actor) out.actor = out.actor.toUpperCase();
  return out;
}

function showError(err) {
  $("#error").textContent = err ? String(err.message || err) : "";
}

function actorLabel(a) { return a ? (a.code || "?") : "—"; }

function setState(id, state) { document.getElementById(id).dataset.state = state; }

// -- time series -------------------------------------------------------------------------
function seriesFromTimeseries(data) {
  // Accepts {points:[{period, quad_class, count}]} or {periods:[...], series:{"1":[...],...}}.
  const byQuad = {1: new Map(), 2: new Map(), 3: new Map(), 4: new Map()};
  if (data && Array.isArray(data.points)) {
    for (const p of data.points) {
      const q = p.quad_class;
      if (byQuad[q]) byQuad[q].set(p.period, (byQuad[q].get(p.period) || 0) + (p.count ?? p.events ?? 0));
    }
  } else if (data && data.periods && data.series) {
    for (const [q, values] of Object.entries(data.series)) {
      if (!byQuad[q]) continue;
      data.periods.forEach((p, i) => byQuad[q].set(p, values[i] || 0));
    }
  }
  return byQuad;
}

async function loadTimeseries(f, interval) {
  const data = await api("/api/stats/timeseries", {...f, interval});
  const byQuad = seriesFromTimeseries(data);
  const traces = [1, 2, 3, 4].map((q) => {
    const xs = [...byQuad[q].keys()].sort();
    return {x: xs, y: xs.map((x) => byQuad[q].get(x)), name: `${q} ${QUAD[q]}`, type: "scatter",
            mode: "lines+markers",
            line: {color: QUAD_COLOR[q], width: 1.5}, marker: {size: 4}};
  });
  const n = traces.reduce((s, t) => s + t.x.length, 0);
  await Plotly.react("timeseries", traces, {
    margin: {l: 40, r: 10, t: 10, b: 30}, legend: {orientation: "h"}, hovermode: "x unified",
    yaxis: {title: {text: data.count || "events"}, rangemode: "tozero"},
  }, PLOT_CONFIG);
  setState("timeseries", n ? "ready" : "empty");
}

// -- dyads ---------------------------------------------------------------------------------
function dyadRows(data) { return Array.isArray(data) ? data : (data.dyads || data.rows || []); }

async function loadDyads(f) {
  const rows = dyadRows(await api("/api/stats/dyads", {...f, limit: 15}));
  const body = $("#dyads tbody");
  body.replaceChildren();
  for (const r of rows) {
    const src = r.source, tgt = r.target;
    const gold = r.goldstein_mean;
    body.append(el("tr", {onclick: () => showEvents({...f, source: src, target: tgt}, `${src} → ${tgt}`)},
      el("td", {}, el("span", {class: "code"}, src || "—")), el("td", {}, el("span", {class: "code"}, tgt || "—")),
      el("td", {}, String(r.events)), el("td", {}, `${Math.round(100 * (r.conflict_share || 0))}%`),
      el("td", {}, gold === undefined || gold === null ? "" : Number(gold).toFixed(1)),
      el("td", {}, (r.change > 0 ? "+" : "") + String(r.change ?? ""))));
  }
  if (!rows.length) body.append(el("tr", {}, el("td", {colspan: 6, class: "muted"}, "no dyads for these filters")));
}

// -- network (a small force layout) ----------------------------------------------------------
function layout(nodes, edges) {
  const n = nodes.length, pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(n, 1);
    return [Math.cos(a), Math.sin(a)];
  });
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target), e.weight || 1])
    .filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  const maxW = Math.max(1, ...links.map((l) => l[2]));
  for (let it = 0; it < 200; it++) {
    const disp = pos.map(() => [0, 0]), t = 0.1 * (1 - it / 200) + 0.005;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1];
      const d2 = Math.max(dx * dx + dy * dy, 1e-4), f = 0.02 / d2;
      disp[i][0] += dx * f; disp[i][1] += dy * f; disp[j][0] -= dx * f; disp[j][1] -= dy * f;
    }
    for (const [a, b, w] of links) {
      const dx = pos[a][0] - pos[b][0], dy = pos[a][1] - pos[b][1], f = 0.3 * (0.5 + w / maxW);
      disp[a][0] -= dx * f; disp[a][1] -= dy * f; disp[b][0] += dx * f; disp[b][1] += dy * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i][0] -= pos[i][0] * 0.05; disp[i][1] -= pos[i][1] * 0.05;  // gravity
      const len = Math.hypot(disp[i][0], disp[i][1]) || 1, step = Math.min(len, t);
      pos[i][0] += (disp[i][0] / len) * step; pos[i][1] += (disp[i][1] / len) * step;
    }
  }
  return {pos, links, index};
}

async function loadNetwork(f) {
  const data = await api("/api/network", {...f, limit: 60});
  const nodes = data.nodes || [], edges = data.edges || [];
  const {pos, links} = layout(nodes, edges);
  const ex = [], ey = [];
  for (const [a, b] of links) { ex.push(pos[a][0], pos[b][0], null); ey.push(pos[a][1], pos[b][1], null); }
  const maxN = Math.max(1, ...nodes.map((m) => m.events || 1));
  const size = nodes.map((d) => 8 + 22 * Math.sqrt((d.events || 1) / maxN));
  const gsum = new Map(), gw = new Map();  // node colour: weighted mean Goldstein of its edges
  for (const e of edges) for (const id of [e.source, e.target]) {
    gsum.set(id, (gsum.get(id) || 0) + (e.goldstein_mean || 0) * (e.weight || 1));
    gw.set(id, (gw.get(id) || 0) + (e.weight || 1));
  }
  const traces = [
    {x: ex, y: ey, mode: "lines", type: "scatter", hoverinfo: "skip", line: {color: "#b8bfcc", width: 1}, showlegend: false},
    {x: pos.map((p) => p[0]), y: pos.map((p) => p[1]), mode: "markers+text", type: "scatter",
     text: nodes.map((d) => d.label || d.id), textposition: "top center", customdata: nodes.map((d) => d.id),
     hovertext: nodes.map((d) => `${d.label || d.id}: ${d.events} events`), hoverinfo: "text",
     marker: {size, color: nodes.map((d) => (gsum.get(d.id) || 0) / (gw.get(d.id) || 1)), colorscale: "RdBu", cmin: -10, cmax: 10,
              line: {color: "#333", width: 0.5}}, showlegend: false},
  ];
  await Plotly.react("network", traces, {
    margin: {l: 5, r: 5, t: 5, b: 5}, xaxis: {visible: false}, yaxis: {visible: false, scaleanchor: "x"},
    annotations: nodes.length ? [] : [{text: "no actors for these filters", showarrow: false}],
  }, PLOT_CONFIG);
  const div = document.getElementById("network");
  div.removeAllListeners && div.removeAllListeners("plotly_click");
  div.on("plotly_click", (ev) => {
    const p = ev.points.find((pt) => pt.customdata);
    if (p) showEvents({...f, actor: p.customdata}, `events of ${p.customdata}`);
  });
  setState("network", nodes.length ? "ready" : "empty");
}

// -- map -----------------------------------------------------------------------------------
let basemap = null;

async function loadMap(f) {
  if (!basemap) basemap = await api("/api/basemap");
  const data = await api("/api/stats/places", {...f, limit: 500});
  const places = data.places || [];
  const maxN = Math.max(1, ...places.map((p) => p.events));
  const graticule = {x: [], y: []};
  for (let lon = -180; lon <= 180; lon += 30) graticule.x.push(lon, lon, null), graticule.y.push(-90, 90, null);
  for (let lat = -60; lat <= 90; lat += 30) graticule.x.push(-180, 180, null), graticule.y.push(lat, lat, null);
  const traces = [
    {x: graticule.x, y: graticule.y, mode: "lines", type: "scatter", hoverinfo: "skip", line: {color: "#eef0f4", width: 1}, showlegend: false},
    {x: basemap.lon, y: basemap.lat, mode: "markers", type: "scattergl", hoverinfo: "skip", showlegend: false,
     marker: {size: 2.5, color: "#c9ced8"}},
    {x: places.map((p) => p.lon), y: places.map((p) => p.lat), mode: "markers", type: "scatter", showlegend: false,
     customdata: places.map((p) => p.name), text: places.map((p) => `${p.name} (${p.country || "?"}): ${p.events} events, ${p.conflict} conflict`),
     hoverinfo: "text",
     marker: {size: places.map((p) => 6 + 24 * Math.sqrt(p.events / maxN)),
              color: places.map((p) => p.events ? p.conflict / p.events : 0), colorscale: [[0, "#2b7bb9"], [1, "#d23c3c"]],
              cmin: 0, cmax: 1, opacity: 0.8, line: {color: "#222", width: 0.5}}},
  ];
  await Plotly.react("map", traces, {
    margin: {l: 5, r: 5, t: 5, b: 5}, plot_bgcolor: "#fbfcfe",
    xaxis: {range: [-180, 180], visible: false}, yaxis: {range: [-60, 85], visible: false, scaleanchor: "x"},
  }, PLOT_CONFIG);
  const div = document.getElementById("map");
  div.removeAllListeners && div.removeAllListeners("plotly_click");
  div.on("plotly_click", (ev) => {
    const p = ev.points.find((pt) => pt.customdata);
    if (p) showEvents({...f, place: p.customdata}, `events in ${p.customdata}`);
  });
  setState("map", places.length ? "ready" : "empty");
}

// -- event lists, live feed ------------------------------------------------------------------
function eventItem(e) {
  const head = [el("span", {class: "code"}, actorLabel(e.source)), " ", el("b", {}, e.evidence ? e.evidence.trigger : ""),
    ` (${e.cameo}${e.plover ? " " + e.plover : ""}) `, el("span", {class: "code"}, actorLabel(e.target))];
  return el("li", {class: `q${e.quad_class}`, "data-event-id": e.event_id, "data-doc-id": e.doc_id,
                   onclick: () => showArticle(e.doc_id, e.event_id)},
    ...head, el("span", {class: "muted"}, ` ${e.date || "undated"}${e.location ? " · " + e.location.name : ""}`),
    el("div", {class: "muted"}, e.sentence.length > 160 ? e.sentence.slice(0, 159) + "…" : e.sentence));
}

async function loadEvents(f, more = false) {
  const params = {...f, limit: 25};
  if (more && eventsCursor) params.cursor = eventsCursor;
  const data = await api("/api/events", params);
  const list = $("#events");
  if (!more) list.replaceChildren();
  for (const e of data.events) list.append(eventItem(e));
  if (!data.events.length && !more) list.append(el("li", {class: "muted empty"}, "no events for these filters"));
  eventsCursor = data.next_cursor;
  $("#more").hidden = !eventsCursor;
  $("#json-link").href = "/api/events" + query(f);
}

async function loadAlerts(f) {
  const data = await api("/api/alerts", f);
  const rows = Array.isArray(data) ? data : (data.alerts || []);
  const list = $("#alerts");
  list.replaceChildren();
  for (const a of rows) {
    const src = a.source ?? a.source_code, tgt = a.target ?? a.target_code;
    list.append(el("li", {onclick: () => showEvents({...f, source: src, target: tgt}, `${src} → ${tgt}`)},
      el("span", {class: "code"}, src || "—"), " → ", el("span", {class: "code"}, tgt || "—"),
      el("span", {class: "muted"}, ` ${a.window_events ?? a.events ?? a.count ?? "?"} events vs baseline ${Number(a.baseline_mean ?? a.baseline ?? 0).toFixed(1)} (z=${Number(a.z ?? a.zscore ?? 0).toFixed(1)})`)));
  }
  if (!rows.length) list.append(el("li", {class: "muted empty"}, "no spikes"));
}

function startFeed() {
  if (!window.EventSource) return;
  const src = new EventSource("/api/stream");
  const pill = $("#live");
  src.onopen = () => { pill.textContent = "● live"; pill.className = "pill on"; };
  src.onerror = () => { pill.textContent = "● reconnecting"; pill.className = "pill off"; };
  src.addEventListener("event", (msg) => {
    let e;
    try { e = JSON.parse(msg.data); } catch (err) { return; }
    const feed = $("#feed");
    const empty = feed.querySelector(".empty");
    if (empty) empty.remove();
    const item = eventItem(e);
    item.classList.add("new");
    feed.prepend(item);
    while (feed.children.length > 200) feed.lastChild.remove();
    scheduleRefresh();
  });
}

let refreshTimer = null;
function scheduleRefresh() {  // new events change the aggregates: redraw them, at most every 3 s
  if (refreshTimer) return;
  refreshTimer = setTimeout(() => { refreshTimer = null; refresh(false); }, 3000);
}

// -- evidence --------------------------------------------------------------------------------
function highlighted(text, spans, focusId) {
  // spans: [{start, end, kind, event_id}] possibly overlapping; draw the outermost first-come.
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out = el("div", {class: "text"});
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    out.append(text.slice(at, s.start));
    const focus = focusId && s.event_id === focusId ? " focus" : "";
    out.append(el("mark", {class: `${s.kind || "trigger"}${focus}`, title: s.label || s.kind || ""}, text.slice(s.start, s.end)));
    at = s.end;
  }
  out.append(text.slice(at));
  return out;
}

function spansOf(view) {
  if (Array.isArray(view.spans)) return view.spans;
  const spans = [];
  for (const e of view.events || []) {
    const ev = e.evidence || {};
    if (ev.char_end > ev.char_start) spans.push({start: ev.char_start, end: ev.char_end, kind: "trigger", event_id: e.event_id});
  }
  return spans;
}

async function showArticle(docId, eventId) {
  const box = $("#evidence");
  box.className = "";
  box.replaceChildren(el("p", {class: "muted"}, "loading…"));
  try {
    const view = await api("/api/articles/" + encodeURIComponent(docId));
    const events = view.events || [];
    const focus = events.find((e) => e.event_id === eventId);
    const parts = [el("h3", {}, view.title || docId),
      el("p", {class: "muted"}, `${view.published || "undated"} · ${view.url || docId} · ${events.length} events`)];
    if (focus) {
      parts.push(el("div", {class: "sent", id: "evidence-focus"},
        el("b", {}, `${actorLabel(focus.source)} —${focus.evidence.trigger}→ ${actorLabel(focus.target)} `),
        el("span", {class: "code"}, `${focus.cameo} ${focus.plover || ""} q${focus.quad_class} g${focus.goldstein}`),
        el("div", {}, focus.sentence)));
    }
    parts.push(highlighted(view.text || "", spansOf(view), eventId));
    box.replaceChildren(...parts);
    const mark = box.querySelector("mark.focus");
    if (mark) mark.scrollIntoView({block: "nearest"});
  } catch (err) {
    box.replaceChildren(el("p", {class: "error"}, String(err.message || err)));
  }
}

async function showEvents(params, title) {
  const box = $("#evidence");
  box.className = "";
  box.replaceChildren(el("p", {class: "muted"}, "loading…"));
  try {
    const data = await api("/api/events", {...params, limit: 20});
    const list = el("ol", {class: "feed"}, ...data.events.map(eventItem));
    box.replaceChildren(el("h3", {}, title), el("p", {class: "muted"}, "Click an event to open its article with the trigger and actors marked."), list);
  } catch (err) {
    box.replaceChildren(el("p", {class: "error"}, String(err.message || err)));
  }
}

// -- wiring ----------------------------------------------------------------------------------
async function loadTotals() {
  const info = await api("/api/info");
  const s = info.store;
  $("#totals").textContent = `${s.articles.toLocaleString()} articles · ${s.events.toLocaleString()} events · ${s.first_date || "?"} – ${s.last_date || "?"}`;
}

async function refresh(resetList = true) {
  const f = currentFilters();
  const interval = new FormData($("#filters")).get("interval") || "week";
  const jobs = [loadTotals(), loadTimeseries(f, interval), loadDyads(f), loadNetwork(f), loadMap(f), loadAlerts(f)];
  if (resetList) jobs.push(loadEvents(f));
  const results = await Promise.allSettled(jobs);
  const failed = results.find((r) => r.status === "rejected");
  showError(failed ? failed.reason : null);
  document.body.dataset.loaded = "true";
}

function init() {
  const root = $("#filters select[name=root]");
  for (let i = 1; i <= 20; i++) {
    const code = String(i).padStart(2, "0");
    root.append(el("option", {value: code}, code));
  }
  $("#filters").addEventListener("submit", (ev) => { ev.preventDefault(); refresh(); });
  $("#filters").addEventListener("reset", () => setTimeout(() => refresh(), 0));
  $("#more").addEventListener("click", () => loadEvents(currentFilters(), true).catch(showError));
  refresh();
  startFeed();
}

document.addEventListener("DOMContentLoaded", init);
