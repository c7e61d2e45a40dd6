// The event table: filters kept in the address, a page at a time, each row opening onto its sentence
// highlighted inside the article; the current filter downloads as CSV (or GDELT, PLOVER, Parquet).

import { download, get, meta, showError } from "./api.js";
import { actorLabel, card, fmt, h, notice, replace } from "./dom.js";
import { highlightedText } from "./highlight.js";
import { articleHref, go } from "./route.js";

const FILTERS = ["dyad", "both", "country", "actor", "actor_name", "root", "code", "plover", "quad", "modality", "since", "until", "q", "article"];
const SORTS = [["-date", "newest first"], ["date", "oldest first"], ["goldstein", "most conflictual"], ["-goldstein", "most cooperative"]];
const EXPORTS = [["csv", "CSV"], ["gdelt", "GDELT TSV"], ["plover", "PLOVER JSON"], ["parquet", "Parquet"]];

function field(label, input) {
  return h("label", { class: "field" }, h("span", { text: label }), input);
}

function select(name, value, options) {
  return h("select", { name }, h("option", { value: "", text: "any" }),
    options.map(([v, t]) => h("option", { value: v, selected: String(v) === String(value ?? ""), text: t })));
}

function filterForm(vocab, params) {
  const input = (name, placeholder, extra = {}) => h("input", { name, value: params[name] || "", placeholder, ...extra });
  const form = h("form", { class: "filters", id: "filters" },
    field("Dyad", input("dyad", "USA-MEX", { maxlength: 13 })),
    field("Either direction", h("input", { type: "checkbox", name: "both", checked: params.both === "true" })),
    field("Country", input("country", "VEN", { maxlength: 3, size: 5 })),
    field("Actor code", input("actor", "USAGOV", { maxlength: 6, size: 8 })),
    field("Actor name", input("actor_name", "Sheinbaum")),
    field("CAMEO root", select("root", params.root, Object.entries(vocab.cameo_roots).map(([k, v]) => [k, `${k} ${v}`]))),
    field("CAMEO code", input("code", "190", { maxlength: 4, size: 5 })),
    field("PLOVER", select("plover", params.plover, vocab.plover_types.map((t) => [t, t]))),
    field("Quad class", select("quad", params.quad, Object.entries(vocab.quad_classes))),
    field("Modality", select("modality", params.modality, vocab.modalities.map((m) => [m, m]))),
    field("From", input("since", "", { type: "date" })),
    field("To", input("until", "", { type: "date" })),
    field("Sentence contains", input("q", "troops", { maxlength: 200 })),
    field("Sort", h("select", { name: "sort" }, SORTS.map(([v, t]) => h("option", { value: v, selected: v === (params.sort || "-date"), text: t })))),
    h("div", { class: "buttons" }, h("button", { type: "submit", text: "Apply" }),
      h("button", { type: "button", text: "Clear", on: { click: () => go("events", "", {}) } })));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = {};
    for (const name of [...FILTERS, "sort"]) {
      const value = name === "both" ? (data.get("both") ? "true" : "") : String(data.get(name) || "").trim();
      if (value && !(name === "sort" && value === "-date")) next[name] = value;
    }
    if (params.article) next.article = params.article;
    go("events", "", next);
  });
  return form;
}

async function expand(row, event) {
  const next = row.nextElementSibling;
  if (next && next.classList.contains("detail")) {
    next.remove();
    row.setAttribute("aria-expanded", "false");
    return;
  }
  row.setAttribute("aria-expanded", "true");
  const cell = h("td", { colspan: 7 }, notice("Loading the article…"));
  row.after(h("tr", { class: "detail" }, cell));
  try {
    const found = await get(`articles/${encodeURIComponent(event.article.hash)}`);
    replace(cell,
      h("div", { class: "context" }, highlightedText(found.article.text, [event], event.id, { around: 600 })),
      h("p", {}, h("a", { href: articleHref(event.article.hash, event.id), text: `Open the article: ${found.article.title || found.article.id} →` })));
  } catch (error) { showError(cell, error); }
}

function eventsTable(events) {
  const body = h("tbody", {});
  for (const event of events) {
    const row = h("tr", { class: "event-row", tabindex: 0, "aria-expanded": "false", dataset: { event: event.id } },
      h("td", { class: "nowrap", text: event.day || event.date.value || "" }),
      h("td", { text: actorLabel(event.source) }),
      h("td", {}, h("span", { class: `dot q${event.cameo.quad_class}` }), `${event.cameo.code} ${event.cameo.name}`),
      h("td", { text: actorLabel(event.target) }),
      h("td", { class: `num ${event.cameo.goldstein < 0 ? "neg" : "pos"}`, text: fmt.signed(event.cameo.goldstein) }),
      h("td", { class: "sentence-cell", text: event.sentence }),
      h("td", {}, h("a", { href: articleHref(event.article.hash, event.id), text: "article", on: { click: (e) => e.stopPropagation() } })));
    row.addEventListener("click", () => expand(row, event));
    row.addEventListener("keydown", (e) => { if (e.key === "Enter") expand(row, event); });
    body.append(row);
  }
  return h("table", { class: "grid events-table" },
    h("thead", {}, h("tr", {}, ["Day", "Source", "Event", "Target", "Goldstein", "Sentence", ""].map((t) => h("th", { text: t })))),
    body);
}

export async function renderEvents(root, state, stale) {
  const vocab = await meta();
  const params = state.params;
  const filters = Object.fromEntries(FILTERS.filter((k) => params[k]).map((k) => [k, params[k]]));
  const sort = params.sort || "-date";
  const status = h("p", { class: "status", id: "event-count" }, "Loading events…");
  const tableBox = h("div", { id: "event-table" });
  const pager = h("div", { class: "pager" });
  const exportButtons = h("div", { class: "exports" }, EXPORTS.map(([format, label]) => h("button", {
    type: "button", class: format === "csv" ? "primary" : "", dataset: { format }, text: `Download ${label}`,
    on: { click: async (e) => {
      e.target.disabled = true;
      try { await download("export", { ...filters, format }, `dyad-events.${format === "gdelt" ? "tsv" : format === "plover" ? "jsonl" : format}`); }
      catch (error) { showError(status, error); }
      finally { e.target.disabled = false; }
    } } })));
  replace(root, h("h1", { text: "Events" }), card("Filters", filterForm(vocab, params)),
    h("div", { class: "table-head" }, status, exportButtons), tableBox, pager);
  const cursors = [null];
  const load = async (index) => {
    try {
      const page = await get("events", { ...filters, sort, limit: 50, cursor: cursors[index], total: true });
      if (stale()) return;
      cursors[index + 1] = page.next_cursor;
      const first = index * 50 + 1;
      status.textContent = page.total
        ? `${fmt.n(page.total)} events match; ${fmt.n(first)}–${fmt.n(first + page.events.length - 1)} shown.`
        : "No events match these filters.";
      replace(tableBox, page.events.length ? eventsTable(page.events) : notice("Try fewer filters or a wider date range."));
      replace(pager,
        h("button", { type: "button", text: "← Previous", disabled: index === 0, on: { click: () => load(index - 1) } }),
        h("span", { class: "muted", text: ` page ${index + 1} ` }),
        h("button", { type: "button", text: "Next →", disabled: !page.next_cursor, on: { click: () => load(index + 1) } }));
      root.dataset.loaded = "true";
    } catch (error) { showError(tableBox, error); status.textContent = ""; }
  };
  await load(0);
}
