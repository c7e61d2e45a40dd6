// One pair of countries: its conflict/cooperation timeline, the events behind any period, top actors,
// where its events happened and what the two sides said.

import { countryName, get, meta, showError } from "./api.js";
import { actorLabel, card, fmt, h, notice, replace } from "./dom.js";
import { timeline } from "./charts.js";
import { eventList } from "./eventlist.js";
import { worldMap } from "./map.js";
import { articleHref, eventsHref, go } from "./route.js";

const CODE = /^[A-Z]{3}([A-Z]{3})?$/;
const BY = ["day", "week", "month"];

function lastDay(period, by) {
  const start = new Date(`${period}T00:00:00Z`);
  if (by === "day") return period;
  if (by === "week") start.setUTCDate(start.getUTCDate() + 6);
  else { start.setUTCMonth(start.getUTCMonth() + 1); start.setUTCDate(0); }
  return start.toISOString().slice(0, 10);
}

function picker(names, a, b, params) {
  const options = h("datalist", { id: "countries" },
    Object.entries(names.countries || {}).map(([code, name]) => h("option", { value: code, text: name })));
  const first = h("input", { name: "a", value: a, list: "countries", size: 8, maxlength: 6, "aria-label": "First side", placeholder: "USA" });
  const second = h("input", { name: "b", value: b, list: "countries", size: 8, maxlength: 6, "aria-label": "Second side", placeholder: "MEX" });
  const form = h("form", { class: "picker", on: { submit: (e) => {
    e.preventDefault();
    const x = first.value.trim().toUpperCase();
    const y = second.value.trim().toUpperCase();
    if (CODE.test(x) && CODE.test(y)) go("dyad", `${x}-${y}`, { by: params.by });
    else first.setCustomValidity("Country codes like USA, or USAGOV with a sector");
  } } }, first, h("span", { text: " ⇄ " }), second, h("button", { type: "submit", text: "Show" }), options);
  return form;
}

function stats(points) {
  const sum = (key) => points.reduce((total, p) => total + p[key], 0);
  const events = sum("events");
  const conflict = sum("verbal_conflict") + sum("material_conflict");
  const goldstein = sum("goldstein_sum");
  return h("div", { class: "kpis" },
    [["events", fmt.n(events)], ["conflict share", fmt.pct(conflict, events)],
      ["mean Goldstein", fmt.signed(events ? goldstein / events : null)],
      ["conflict score", fmt.d(sum("conflict_score"))]].map(([label, value]) =>
      h("div", { class: "kpi" }, h("span", { class: "kpi-value", text: value }), h("span", { class: "kpi-label", text: label }))));
}

function actorsTable(actors, names) {
  if (!actors.length) return notice("No named actors in this range.");
  return h("table", { class: "grid" },
    h("thead", {}, h("tr", {}, ["Actor", "Country", "As source", "As target"].map((t) => h("th", { text: t })))),
    h("tbody", {}, actors.map((a) => h("tr", {},
      h("td", {}, h("a", { href: eventsHref({ actor_name: a.name }), text: actorLabel(a) })),
      h("td", { text: countryName(names, a.country) }),
      h("td", { class: "num", text: fmt.n(a.as_source) }),
      h("td", { class: "num", text: fmt.n(a.as_target) })))));
}

function quotesList(quotes) {
  if (!quotes.length) return notice("No quotes from either side in these articles yet.");
  return h("ul", { class: "quotes" }, quotes.map((q) => h("li", {},
    h("blockquote", { text: q.text }),
    h("div", { class: "small" }, h("strong", { text: q.speaker.name || "unnamed speaker" }),
      h("span", { class: "muted", text: ` [${q.speaker.country || "?"}${q.speaker.sector || ""}] · ` }),
      h("a", { href: articleHref(q.article.id), text: q.article.title || q.article.id })))));
}

export async function renderDyad(root, state, stale) {
  const names = await meta();
  const [a = "", b = ""] = state.arg.toUpperCase().split("-");
  const params = { by: BY.includes(state.params.by) ? state.params.by : "week", dir: state.params.dir || "combined",
    since: state.params.since || "", until: state.params.until || "" };
  if (!CODE.test(a) || !CODE.test(b)) {
    replace(root, h("h1", { text: "Dyad" }), card("Choose two countries", picker(names, a, b, params),
      notice("Two country codes (ISO 3166-1 alpha-3), optionally with a CAMEO sector: USA and MEX, or USAGOV and MEX.")));
    return;
  }
  const dyad = `${a}-${b}`;
  const set = (changes) => go("dyad", dyad, { ...params, ...changes });
  const controls = h("div", { class: "controls" },
    h("label", {}, "Period ", h("select", { name: "by", on: { change: (e) => set({ by: e.target.value }) } },
      BY.map((p) => h("option", { value: p, selected: p === params.by, text: p })))),
    h("label", {}, "Direction ", h("select", { name: "dir", on: { change: (e) => set({ dir: e.target.value }) } },
      [["combined", "both"], ["forward", `${a} → ${b}`], ["backward", `${b} → ${a}`]].map(([v, t]) =>
        h("option", { value: v, selected: v === params.dir, text: t })))),
    h("label", {}, "From ", h("input", { type: "date", name: "since", value: params.since, on: { change: (e) => set({ since: e.target.value }) } })),
    h("label", {}, "to ", h("input", { type: "date", name: "until", value: params.until, on: { change: (e) => set({ until: e.target.value }) } })),
    params.since || params.until ? h("button", { type: "button", text: "Show all dates", on: { click: () => set({ since: "", until: "" }) } }) : null,
    h("a", { href: eventsHref({ dyad, both: params.dir === "combined" ? "true" : "", since: params.since, until: params.until }), text: "All events in the table →" }));
  const chartBox = h("div", { id: "timeline" }, notice("Loading the timeline…"));
  const pointBox = h("div", { id: "point-events" }, notice("Click a period in the timeline to list its events."));
  const statsBox = h("div", {});
  const actorsBox = h("div", {}, notice("Loading…"));
  const mapBox = h("div", {}, notice("Loading the map…"));
  const quotesBox = h("div", {}, notice("Loading…"));
  replace(root,
    h("div", { class: "title-row" }, h("h1", { text: `${countryName(names, a.slice(0, 3))}${a.slice(3) ? ` (${a.slice(3)})` : ""} ⇄ ${countryName(names, b.slice(0, 3))}${b.slice(3) ? ` (${b.slice(3)})` : ""}` }),
      picker(names, a, b, params)),
    controls, statsBox,
    card("Conflict and cooperation over time", chartBox),
    card("Events in the selected period", pointBox),
    h("div", { class: "columns" }, card("Top actors", actorsBox), card("Where", mapBox)),
    card("Quotes between the two sides", quotesBox));

  const range = { since: params.since, until: params.until };
  const direction = params.dir === "forward" ? { dyad } : params.dir === "backward" ? { dyad: `${b}-${a}` } : { dyad, both: true };
  const showPoint = async (point) => {
    replace(pointBox, notice(`Loading events of ${point.period}…`));
    try {
      const page = await get("events", { ...direction, since: point.period, until: lastDay(point.period, params.by), limit: 100, total: true, modality: "asserted" });
      replace(pointBox,
        h("p", { class: "muted", text: `${fmt.n(page.total)} events from ${point.period} to ${lastDay(point.period, params.by)}${page.total > page.events.length ? `, the first ${page.events.length} shown` : ""}.` }),
        eventList(page.events, "No events in this period."),
        h("a", { href: eventsHref({ ...direction, since: point.period, until: lastDay(point.period, params.by) }), text: "Open these events in the table →" }));
    } catch (error) { showError(pointBox, error); }
  };
  const series = get(`dyads/${dyad}/series`, { by: params.by, ...range }).then((data) => {
    if (stale()) return;
    const points = data[params.dir] || data.combined;
    replace(statsBox, stats(points));
    if (!points.length) { replace(chartBox, notice("No events between these two sides.")); return; }
    replace(chartBox, timeline(points, {
      by: params.by, onSelect: showPoint,
      onZoom: (from, to) => set({ since: from.period, until: lastDay(to.period, params.by) }),
    }));
    chartBox.dataset.points = String(points.length);
  }).catch((error) => showError(chartBox, error));
  const actors = get(`dyads/${dyad}/actors`, range).then((data) => replace(actorsBox, actorsTable(data.actors, names)))
    .catch((error) => showError(actorsBox, error));
  const places = get(`dyads/${dyad}/places`, range).then(async (data) => {
    replace(mapBox, await worldMap({ a: a.slice(0, 3), b: b.slice(0, 3), places: data.places }));
  }).catch((error) => showError(mapBox, error));
  const quotes = get("quotes", { dyad: `${a.slice(0, 3)}-${b.slice(0, 3)}`, ...range, limit: 10 })
    .then((data) => replace(quotesBox, quotesList(data.quotes))).catch((error) => showError(quotesBox, error));
  await Promise.allSettled([series, actors, places, quotes]);
  if (!stale()) root.dataset.loaded = "true";
}
