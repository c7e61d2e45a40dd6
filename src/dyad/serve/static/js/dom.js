// Building the page from data that is never trusted: every string becomes a text node (textContent),
// attributes are set one by one from a fixed list, and a link goes only to a route of this app or to an
// http(s) address. Nothing here parses HTML.

const ATTRIBUTES = new Set([
  "class", "id", "title", "type", "name", "value", "placeholder", "for", "role", "colspan", "min", "max",
  "step", "list", "autocomplete", "aria-label", "aria-hidden", "aria-live", "aria-expanded", "aria-current", "tabindex",
  "download", "rel", "target", "selected", "checked", "disabled", "size", "maxlength", "viewBox",
  "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height", "d", "points", "fill", "stroke",
  "stroke-width", "fill-opacity", "text-anchor", "dominant-baseline", "transform", "preserveAspectRatio",
  "font-size", "vector-effect", "stroke-dasharray", "pointer-events",
]);
const SVG_NS = "http://www.w3.org/2000/svg";

export function safeHref(value) {
  const text = String(value ?? "");
  if (text.startsWith("#")) return text;
  try {
    const url = new URL(text, window.location.href);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch { /* not a URL */ }
  return null;
}

function build(element, props, children) {
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "on") {
      for (const [event, handler] of Object.entries(value)) element.addEventListener(event, handler);
    } else if (key === "dataset") {
      for (const [name, data] of Object.entries(value)) element.dataset[name] = String(data);
    } else if (key === "href") {
      const href = safeHref(value);
      if (href) element.setAttribute("href", href);
    } else if (key === "text") {
      element.textContent = String(value);
    } else if (ATTRIBUTES.has(key) || key.startsWith("data-")) {
      element.setAttribute(key, value === true ? "" : String(value));
    } else {
      throw new Error(`attribute ${key} is not allowed`);
    }
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function h(tag, props, ...children) {
  return build(document.createElement(tag), props, children);
}

export function s(tag, props, ...children) {
  return build(document.createElementNS(SVG_NS, tag), props, children);
}

export function clear(element) {
  element.replaceChildren();
  return element;
}

export function replace(element, ...children) {
  element.replaceChildren();
  return append(element, children);
}

const integer = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("en", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export const fmt = {
  n: (value) => (value === null || value === undefined ? "–" : integer.format(value)),
  d: (value) => (value === null || value === undefined ? "–" : decimal.format(value)),
  signed: (value) => (value === null || value === undefined ? "–" : (value > 0 ? "+" : "") + decimal.format(value)),
  pct: (part, whole) => (whole ? `${Math.round((100 * part) / whole)}%` : "–"),
};

export const QUADS = [
  { key: "verbal_cooperation", label: "Verbal cooperation", cls: "q1" },
  { key: "material_cooperation", label: "Material cooperation", cls: "q2" },
  { key: "verbal_conflict", label: "Verbal conflict", cls: "q3" },
  { key: "material_conflict", label: "Material conflict", cls: "q4" },
];

export function actorLabel(actor) {
  if (!actor) return "—";
  const code = `${actor.country || ""}${actor.sector || ""}`;
  const name = actor.name || actor.text || "";
  return code ? `${name} [${code}]` : name;
}

export function card(title, ...children) {
  return h("section", { class: "card" }, h("h2", { text: title }), ...children);
}

export function notice(message, kind = "muted") {
  return h("p", { class: kind, text: message });
}
