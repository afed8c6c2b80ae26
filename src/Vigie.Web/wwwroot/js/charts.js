// The explorer's three charts, drawn as SVG by this file: a timeline of events per day stacked
// by quad class, a world map of events per country, and a network of countries.
import { clear, fmtCount, svg, el } from "./dom.js";

export const QUADS = [
  { quad: 1, key: "quad1", name: "Verbal cooperation" },
  { quad: 2, key: "quad2", name: "Material cooperation" },
  { quad: 3, key: "quad3", name: "Verbal conflict" },
  { quad: 4, key: "quad4", name: "Material conflict" },
];

function emptyMessage(container, text) {
  clear(container).append(el("p", { class: "chart-empty", text }));
}

/** A legend: a row of coloured keys. items: [{cls, label}] */
function legend(items) {
  return el("ul", { class: "legend" },
    items.map(i => el("li", {}, el("span", { class: `key ${i.cls}`, "aria-hidden": "true" }), i.label)));
}

// Makes an SVG element act as a button: focusable, Enter/Space activate it like a click.
function activatable(node, label, action) {
  node.setAttribute("tabindex", "0");
  node.setAttribute("role", "button");
  node.setAttribute("aria-label", label);
  node.addEventListener("click", action);
  node.addEventListener("keydown", e => {
    if (e.key === "Enter" || e.key === " ") { e.preventDefault(); action(); }
  });
}

const DAY_MS = 86400000;
const isoDay = ms => new Date(ms).toISOString().slice(0, 10);

/**
 * Fills the gaps between the first and last day so that the x axis is time, not a list of busy
 * days. A corpus spanning more than 180 days is summed by month instead, to keep bars readable.
 */
export function timelineBins(byDay) {
  const days = byDay.filter(d => /^\d{4}-\d{2}-\d{2}$/.test(d.date ?? "")).slice().sort((a, b) => a.date.localeCompare(b.date));
  if (days.length === 0) return { unit: "day", bins: [] };
  const first = Date.parse(days[0].date), last = Date.parse(days[days.length - 1].date);
  const byMonth = (last - first) / DAY_MS > 180;
  const bins = new Map();
  const keyOf = date => (byMonth ? date.slice(0, 7) : date);
  if (!byMonth) for (let t = first; t <= last; t += DAY_MS) bins.set(isoDay(t), { date: isoDay(t), quad1: 0, quad2: 0, quad3: 0, quad4: 0 });
  for (const d of days) {
    const key = keyOf(d.date);
    const bin = bins.get(key) ?? { date: key, quad1: 0, quad2: 0, quad3: 0, quad4: 0 };
    for (const q of QUADS) bin[q.key] += Number(d[q.key] ?? 0);
    bins.set(key, bin);
  }
  return { unit: byMonth ? "month" : "day", bins: [...bins.values()].sort((a, b) => a.date.localeCompare(b.date)) };
}

/** Stacked bars per day (or month); onPick(from, to) filters the events to one bar's period. */
export function drawTimeline(container, byDay, onPick) {
  const { unit, bins } = timelineBins(byDay ?? []);
  if (bins.length === 0) return emptyMessage(container, "No dated events.");
  const W = 560, H = 190, left = 34, right = 8, top = 10, bottom = 34;
  const total = b => QUADS.reduce((s, q) => s + b[q.key], 0);
  const max = Math.max(1, ...bins.map(total));
  const step = (W - left - right) / bins.length;
  const barW = Math.max(1, step * 0.8);
  const y = v => top + (H - top - bottom) * (1 - v / max);

  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "timeline", role: "group", "aria-label": `Events per ${unit}, stacked by quad class` });
  // y axis: 0, the middle and the maximum, as whole numbers
  for (const v of [...new Set([0, Math.round(max / 2), max])]) {
    chart.append(svg("line", { x1: left, x2: W - right, y1: y(v), y2: y(v), class: "grid" }),
      svg("text", { x: left - 4, y: y(v) + 4, class: "axis", "text-anchor": "end", text: v }));
  }
  // label about eight bars so that dates never overlap
  const labelEvery = Math.max(1, Math.ceil(bins.length / 8));
  bins.forEach((bin, i) => {
    const x = left + i * step + (step - barW) / 2;
    const n = total(bin);
    const parts = QUADS.filter(q => bin[q.key] > 0).map(q => `${bin[q.key]} ${q.name.toLowerCase()}`);
    const group = svg("g", { class: "day", "data-date": bin.date, "data-count": n });
    let base = 0;
    for (const q of QUADS) {
      const v = bin[q.key];
      if (v <= 0) continue;
      group.append(svg("rect", {
        class: `bar q${q.quad}`, x, width: barW, y: y(base + v), height: y(base) - y(base + v),
        "data-quad": q.quad, "data-count": v,
      }, svg("title", { text: `${bin.date}: ${v} ${q.name.toLowerCase()}` })));
      base += v;
    }
    // a transparent column over the whole height, so that quiet days can be picked too
    group.prepend(svg("rect", { class: "hit", x: left + i * step, width: step, y: top, height: H - top - bottom }));
    const label = `${bin.date}: ${fmtCount(n)} event${n === 1 ? "" : "s"}${parts.length ? ` (${parts.join(", ")})` : ""}`;
    group.append(svg("title", { text: label }));
    if (n > 0) activatable(group, label, () => onPick(bin.date, bin.date));
    chart.append(group);
    if (i % labelEvery === 0) {
      chart.append(svg("text", { x: left + i * step + step / 2, y: H - bottom + 14, class: "axis", "text-anchor": "middle", text: unit === "day" ? bin.date.slice(5) : bin.date }));
    }
  });
  chart.append(svg("text", { x: left, y: H - 4, class: "axis", text: `${bins[0].date} – ${bins[bins.length - 1].date}` }));
  clear(container).append(chart, legend(QUADS.map(q => ({ cls: `q${q.quad}`, label: `${q.quad} ${q.name}` }))));
}

// Sequential colour scale for the map (classes s0…s6 in vigie.css, light to dark blue), on a
// log scale so that one busy country does not wash the others out.
const MAP_STEPS = 7;
function mapStep(count, max) {
  if (count <= 0) return -1;
  const f = max <= 1 ? 1 : Math.log(1 + count) / Math.log(1 + max);
  return Math.min(MAP_STEPS - 1, Math.floor(f * (MAP_STEPS - 1e-9)));
}

/** Choropleth of events per country; onPick(code) filters on that country. */
export function drawMap(container, world, byCountry, onPick, selected) {
  const counts = new Map((byCountry ?? []).filter(c => c.country).map(c => [c.country, Number(c.count ?? 0)]));
  const max = Math.max(0, ...counts.values());
  const chart = svg("svg", { viewBox: `0 0 ${world.width} ${world.height}`, class: "map", role: "group", "aria-label": "World map of events per country" });
  chart.append(svg("rect", { class: "sea", x: 0, y: 0, width: world.width, height: world.height }));
  const known = new Set();
  for (const c of world.countries) {
    known.add(c.code);
    const n = counts.get(c.code) ?? 0;
    const step = mapStep(n, max);
    const path = svg("path", {
      d: c.d, class: `country${n > 0 ? ` has-events s${step}` : ""}${c.code === selected ? " selected" : ""}`, "data-code": c.code, "data-count": n,
    }, svg("title", { text: `${c.name} (${c.code}): ${fmtCount(n)} event${n === 1 ? "" : "s"}` }));
    if (n > 0) activatable(path, `${c.name}: ${fmtCount(n)} events; filter on ${c.code}`, () => onPick(c.code));
    chart.append(path);
  }
  // Countries with events that the 1:110m shapes lack (very small states, IGOs): listed below.
  const missing = [...counts.entries()].filter(([code, n]) => n > 0 && !known.has(code));
  const keys = Array.from({ length: MAP_STEPS }, (_, i) => el("span", { class: `swatch s${i}`, "aria-hidden": "true" }));
  const scale = el("p", { class: "map-scale" }, "1 ", ...keys, ` ${fmtCount(max)} events`);
  const notes = missing.length
    ? el("p", { class: "muted map-missing", text: `Not on the map: ${missing.map(([code, n]) => `${code} ${n}`).join(", ")}` })
    : null;
  // Small countries (Armenia, Lebanon) are hard to see and to hit at world scale: the busiest
  // countries are also listed as buttons.
  const names = new Map(world.countries.map(c => [c.code, c.name]));
  const top = [...counts.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);
  const ranking = top.length
    ? el("ol", { class: "map-top", "aria-label": "Countries with the most events" },
      top.map(([code, n]) => el("li", {}, el("button", {
        type: "button", class: `link${code === selected ? " selected" : ""}`, "data-code": code, title: names.get(code) ?? code,
        onclick: () => onPick(code), text: `${code} ${fmtCount(n)}`,
      }))))
    : null;
  clear(container).append(chart, max > 0 ? scale : el("p", { class: "muted", text: "No events with a country." }), ranking ?? "", notes ?? "");
}

// Colour class of an edge by its share of conflict (quads 3, 4) against cooperation (quads 1, 2).
export function edgeKind(pair) {
  const conflict = Number(pair.conflict ?? 0), cooperation = Number(pair.cooperation ?? 0);
  if (conflict > cooperation) return "conflict";
  if (cooperation > conflict) return "cooperation";
  return "mixed";
}

/**
 * Countries as nodes on a circle (ordered by activity, so the busiest sit apart and label well),
 * one curved arrow per direction (A→B and B→A bend to opposite sides). names: code → name.
 */
export function drawNetwork(container, pairs, names, onPick, selected) {
  const edges = (pairs ?? []).filter(p => p.source && p.target && p.source !== p.target && Number(p.count) > 0);
  if (edges.length === 0) return emptyMessage(container, "No events between two countries.");
  const activity = new Map();
  for (const e of edges) for (const c of [e.source, e.target]) activity.set(c, (activity.get(c) ?? 0) + Number(e.count));
  const nodes = [...activity.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code, n]) => ({ code, n }));
  const W = 560, H = 400, cx = W / 2, cy = H / 2, R = Math.min(W, H) / 2 - 46;
  const maxNode = Math.max(...nodes.map(n => n.n)), maxEdge = Math.max(...edges.map(e => Number(e.count)));
  nodes.forEach((node, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / nodes.length;
    node.x = cx + R * Math.cos(a);
    node.y = cy + R * Math.sin(a);
    node.r = 6 + 12 * Math.sqrt(node.n / maxNode);
  });
  const at = new Map(nodes.map(n => [n.code, n]));

  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "network", role: "group", "aria-label": "Network of countries by events" });
  const defs = svg("defs");
  for (const kind of ["conflict", "cooperation", "mixed"]) {
    // arrowheads of one size whatever the edge's width (markers scale with the stroke by default)
    defs.append(svg("marker", { id: `arrow-${kind}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
      svg("path", { d: "M0 0L10 5L0 10z", class: `arrow ${kind}` })));
  }
  chart.append(defs);
  const edgeLayer = svg("g", { class: "edges" }), nodeLayer = svg("g", { class: "nodes" });
  for (const e of edges) {
    const s = at.get(e.source), t = at.get(e.target);
    const dx = t.x - s.x, dy = t.y - s.y, len = Math.hypot(dx, dy) || 1;
    // start and end on the node circles; the control point bends to the right of the direction
    const sx = s.x + (dx / len) * s.r, sy = s.y + (dy / len) * s.r;
    const tx = t.x - (dx / len) * (t.r + 2), ty = t.y - (dy / len) * (t.r + 2);
    const bend = Math.min(40, len * 0.15);
    const mx = (sx + tx) / 2 - (dy / len) * bend, my = (sy + ty) / 2 + (dx / len) * bend;
    const kind = edgeKind(e);
    const n = Number(e.count);
    edgeLayer.append(svg("path", {
      d: `M${sx.toFixed(1)} ${sy.toFixed(1)}Q${mx.toFixed(1)} ${my.toFixed(1)} ${tx.toFixed(1)} ${ty.toFixed(1)}`,
      class: `edge ${kind}`, "stroke-width": (1 + 5 * (n / maxEdge)).toFixed(1), "marker-end": `url(#arrow-${kind})`,
      "data-source": e.source, "data-target": e.target, "data-count": n,
    }, svg("title", { text: `${e.source} → ${e.target}: ${fmtCount(n)} event${n === 1 ? "" : "s"} (${fmtCount(e.cooperation ?? 0)} cooperation, ${fmtCount(e.conflict ?? 0)} conflict)` })));
  }
  for (const node of nodes) {
    const name = names.get(node.code) ?? node.code;
    const g = svg("g", { class: node.code === selected ? "node selected" : "node", "data-code": node.code, "data-count": node.n },
      svg("circle", { cx: node.x.toFixed(1), cy: node.y.toFixed(1), r: node.r.toFixed(1) }),
      svg("text", { x: node.x.toFixed(1), y: (node.y + node.r + 12).toFixed(1), "text-anchor": "middle", text: node.code }),
      svg("title", { text: `${name} (${node.code}): ${fmtCount(node.n)} events with other countries` }));
    activatable(g, `${name}: filter on ${node.code}`, () => onPick(node.code));
    nodeLayer.append(g);
  }
  chart.append(edgeLayer, nodeLayer);
  clear(container).append(chart, legend([
    { cls: "edge-cooperation", label: "mostly cooperation" },
    { cls: "edge-conflict", label: "mostly conflict" },
    { cls: "edge-mixed", label: "even" },
  ]));
}
