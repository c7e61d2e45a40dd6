// Inline SVG charts: the conflict/cooperation timeline (quad-class stacks, cooperation up and conflict
// down, with the mean Goldstein line) and small sparklines.

import { QUADS, fmt, h, s } from "./dom.js";

const W = 1000;
const H = 300;
const M = { left: 84, right: 52, top: 14, bottom: 34 };

function niceMax(value) {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function label(period, by) {
  return by === "month" ? period.slice(0, 7) : period;
}

// points: [{period, verbal_cooperation, ..., goldstein_mean, events}], options: {by, selected, onSelect, onZoom}
export function timeline(points, options) {
  const n = points.length;
  const coopMax = niceMax(Math.max(1, ...points.map((p) => p.verbal_cooperation + p.material_cooperation)));
  const confMax = niceMax(Math.max(1, ...points.map((p) => p.verbal_conflict + p.material_conflict)));
  const plotH = H - M.top - M.bottom;
  const zero = M.top + (plotH * coopMax) / (coopMax + confMax);
  const unit = plotH / (coopMax + confMax);
  const band = (W - M.left - M.right) / Math.max(n, 1);
  const barW = Math.min(48, Math.max(1, band * 0.78));
  const x = (i) => M.left + i * band + (band - barW) / 2;
  const gy = (g) => M.top + ((10 - g) / 20) * plotH;

  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "timeline", role: "img",
    "aria-label": "Events per period by quad class, with mean Goldstein" });
  svg.append(
    s("line", { x1: M.left, x2: W - M.right, y1: zero, y2: zero, class: "axis" }),
    s("text", { x: M.left - 6, y: M.top + 10, "text-anchor": "end", class: "tick", text: fmt.n(coopMax) }),
    s("text", { x: M.left - 6, y: zero + 4, "text-anchor": "end", class: "tick", text: "0" }),
    s("text", { x: M.left - 6, y: H - M.bottom, "text-anchor": "end", class: "tick", text: fmt.n(confMax) }),
    s("text", { x: 4, y: M.top + 28, class: "tick", text: "cooperation" }),
    s("text", { x: 4, y: H - M.bottom - 16, class: "tick", text: "conflict" }),
    s("text", { x: W - M.right + 6, y: gy(10) + 10, class: "tick gold", text: "+10" }),
    s("text", { x: W - M.right + 6, y: gy(0) + 4, class: "tick gold", text: "0" }),
    s("text", { x: W - M.right + 6, y: gy(-10), class: "tick gold", text: "−10" }),
  );
  const bars = s("g", { class: "bars" });
  points.forEach((p, i) => {
    let up = zero;
    let down = zero;
    for (const quad of QUADS) {
      const value = p[quad.key];
      if (!value) continue;
      const height = value * unit;
      const conflict = quad.cls === "q3" || quad.cls === "q4";
      const y = conflict ? down : up - height;
      if (conflict) down += height;
      else up -= height;
      bars.append(s("rect", { x: x(i), y, width: barW, height, class: quad.cls }));
    }
  });
  svg.append(bars);
  const line = points.map((p, i) => (p.goldstein_mean === null ? null : [x(i) + barW / 2, gy(p.goldstein_mean)]));
  const drawn = line.filter(Boolean);
  if (drawn.length > 1) {
    svg.append(s("polyline", { points: drawn.map((q) => q.join(",")).join(" "), class: "goldstein" }));
  }
  for (const q of drawn) svg.append(s("circle", { cx: q[0], cy: q[1], r: 2.5, class: "goldstein-dot" }));
  const every = Math.max(1, Math.ceil(n / 8));
  points.forEach((p, i) => {
    if (i % every === 0) {
      svg.append(s("text", { x: x(i) + barW / 2, y: H - 12, "text-anchor": "middle", class: "tick",
        text: label(p.period, options.by) }));
    }
  });
  const highlight = s("rect", { x: 0, y: M.top, width: 0, height: plotH, class: "selected" });
  const brush = s("rect", { x: 0, y: M.top, width: 0, height: plotH, class: "brush" });
  svg.append(highlight, brush);
  const overlay = s("rect", { x: M.left, y: M.top, width: W - M.left - M.right, height: plotH,
    class: "overlay", tabindex: 0, "aria-label": "Click a period to list its events; drag to zoom" });
  svg.append(overlay);

  const readout = h("p", { class: "readout muted", text: "Hover a period for its figures; click it for its events; drag across periods to zoom." });
  const indexAt = (event) => {
    const point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    const local = point.matrixTransform(svg.getScreenCTM().inverse());
    return Math.min(n - 1, Math.max(0, Math.floor((local.x - M.left) / band)));
  };
  const mark = (rect, from, to) => {
    const lo = Math.min(from, to);
    const hi = Math.max(from, to);
    rect.setAttribute("x", M.left + lo * band);
    rect.setAttribute("width", (hi - lo + 1) * band);
  };
  if (options.selected !== undefined && options.selected !== null && options.selected >= 0) {
    mark(highlight, options.selected, options.selected);
  }
  let start = null;
  overlay.addEventListener("mousemove", (event) => {
    if (!n) return;
    const i = indexAt(event);
    const p = points[i];
    // Events are event clusters: one event told by many outlets counts once; its reports are mentions.
    const reports = p.mentions !== undefined && p.mentions !== p.events ? ` (${fmt.n(p.mentions)} reports)` : "";
    readout.textContent = `${label(p.period, options.by)}: ${fmt.n(p.events)} events${reports} — ` +
      QUADS.map((q) => `${q.label.toLowerCase()} ${fmt.n(p[q.key])}`).join(", ") +
      ` — mean Goldstein ${fmt.signed(p.goldstein_mean)}, ${fmt.n(p.articles)} articles`;
    if (start !== null) mark(brush, start, i);
  });
  overlay.addEventListener("mousedown", (event) => {
    if (!n) return;
    start = indexAt(event);
    mark(brush, start, start);
  });
  const finish = (event) => {
    if (start === null) return;
    const end = indexAt(event);
    const from = start;
    start = null;
    brush.setAttribute("width", 0);
    if (from !== end && options.onZoom) {
      options.onZoom(points[Math.min(from, end)], points[Math.max(from, end)]);
    } else if (options.onSelect) {
      mark(highlight, end, end);
      options.onSelect(points[end], end);
    }
  };
  overlay.addEventListener("mouseup", finish);
  overlay.addEventListener("mouseleave", () => {
    start = null;
    brush.setAttribute("width", 0);
  });
  overlay.addEventListener("keydown", (event) => {
    if (!n || !options.onSelect) return;
    const current = Number(svg.dataset.selected ?? n - 1);
    const next = event.key === "ArrowLeft" ? current - 1 : event.key === "ArrowRight" ? current + 1 : null;
    if (next === null || next < 0 || next >= n) return;
    svg.dataset.selected = next;
    mark(highlight, next, next);
    options.onSelect(points[next], next);
  });
  const legend = h("ul", { class: "legend" },
    QUADS.map((q) => h("li", {}, h("span", { class: `swatch ${q.cls}` }), q.label)),
    h("li", {}, h("span", { class: "swatch line" }), "Mean Goldstein (right axis)"));
  return h("figure", { class: "chart" }, svg, legend, readout);
}

export function sparkline(values, { width = 120, height = 28 } = {}) {
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "spark", width, height, "aria-hidden": "true" });
  if (!values.length) return svg;
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const step = values.length > 1 ? (width - 4) / (values.length - 1) : 0;
  const y = (v) => 2 + ((hi - v) / span) * (height - 4);
  svg.append(s("line", { x1: 0, x2: width, y1: y(0), y2: y(0), class: "spark-zero" }));
  svg.append(s("polyline", { points: values.map((v, i) => `${2 + i * step},${y(v)}`).join(" "), class: "spark-line" }));
  const last = values.length - 1;
  svg.append(s("circle", { cx: 2 + last * step, cy: y(values[last]), r: 2.5, class: "spark-dot" }));
  return svg;
}
