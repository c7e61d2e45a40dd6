// Overview: totals, the open alerts with the events behind them, the pairs that moved most this period
// and the busiest pairs.

import { countryName, get, meta, showError } from "./api.js";
import { card, fmt, h, notice, replace } from "./dom.js";
import { articleHref, dyadHref, go } from "./route.js";
import { sparkline } from "./charts.js";

const PERIOD_WORD = { day: "day", week: "week", month: "month" };

function kpi(label, value, note) {
  return h("div", { class: "kpi" }, h("span", { class: "kpi-value", text: value }), h("span", { class: "kpi-label", text: label }),
    note ? h("span", { class: "kpi-note", text: note }) : null);
}

function pairName(names, a, b, arrow = "⇄") {
  return `${countryName(names, a)} ${arrow} ${countryName(names, b)}`;
}

function alertCard(alert, names) {
  const driver = alert.drivers[0];
  return h("article", { class: "alert", dataset: { dyad: alert.dyad } },
    h("header", {},
      h("a", { href: dyadHref(`${alert.source}-${alert.target}`, { by: alert.rule.by }), class: "alert-title",
        text: pairName(names, alert.source, alert.target, "→") }),
      h("span", { class: "badge", text: `z = ${fmt.d(alert.z)}` })),
    h("p", { class: "alert-figures",
      text: `Conflict score ${fmt.d(alert.conflict_score)} (${fmt.n(alert.conflict_events)} conflict events) in the ${alert.rule.by} of ${alert.period}, against a baseline of ${fmt.d(alert.baseline_mean)} ± ${fmt.d(alert.baseline_sd)}.` }),
    sparkline(alert.history),
    h("p", { class: "rule muted", text: `Fired: ${alert.explanation}.` }),
    driver ? h("blockquote", {}, h("span", { text: `${driver.day || ""} · ${driver.cameo.name}: ` }),
      h("a", { href: articleHref(driver.article_id, driver.id), text: driver.sentence })) : null);
}

function moversTable(movers, names, by) {
  if (!movers.length) return notice(`No pair had events in the latest ${by} or the ${by}s before it.`);
  const pace = movers[0].pace > 1 ? notice(`This ${by} is in progress: its figures are pro-rated to a full ${by}.`, "muted small") : null;
  return h("div", {}, pace, h("table", { class: "grid" },
    h("thead", {}, h("tr", {}, ["Pair", "Events", "Usual", "Goldstein (pace)", "Change", "Trend"].map((t) => h("th", { text: t })))),
    h("tbody", {}, movers.map((m) => h("tr", {},
      h("td", {}, h("a", { href: dyadHref(m.dyad, { by }), text: pairName(names, m.a, m.b) })),
      h("td", { class: "num", text: fmt.n(m.events) }),
      h("td", { class: "num", text: fmt.d(m.baseline_events) }),
      h("td", { class: "num", title: `${fmt.signed(m.goldstein_sum)} so far, pro-rated to the full ${by}`, text: fmt.signed(m.goldstein_pace) }),
      h("td", { class: `num ${m.change < 0 ? "neg" : "pos"}`, text: `${m.change < 0 ? "▼" : "▲"} ${fmt.signed(m.change)}` }),
      h("td", {}, sparkline(m.history, { width: 90, height: 22 })))))));
}

function dyadsTable(dyads, names) {
  if (!dyads.length) return notice("No events between two countries are stored yet.");
  return h("table", { class: "grid" },
    h("thead", {}, h("tr", {}, ["Pair", "Events", "A → B", "B → A", "Conflict", "Mean Goldstein", "Articles", "Last"].map((t) => h("th", { text: t })))),
    h("tbody", {}, dyads.map((d) => {
      const conflict = d.verbal_conflict + d.material_conflict;
      return h("tr", {},
        h("td", {}, h("a", { href: dyadHref(d.dyad), text: pairName(names, d.a, d.b) })),
        h("td", { class: "num", text: fmt.n(d.events) }),
        h("td", { class: "num", text: fmt.n(d.a_to_b) }),
        h("td", { class: "num", text: fmt.n(d.b_to_a) }),
        h("td", { class: "num", text: fmt.pct(conflict, d.events) }),
        h("td", { class: `num ${d.goldstein_mean < 0 ? "neg" : "pos"}`, text: fmt.signed(d.goldstein_mean) }),
        h("td", { class: "num", text: fmt.n(d.articles) }),
        h("td", { text: d.last_day || "" }));
    })));
}

export async function renderHome(root, state, stale) {
  const by = PERIOD_WORD[state.params.by] ? state.params.by : "week";
  const select = h("select", { "aria-label": "Period", on: { change: (e) => go("home", "", { by: e.target.value }) } },
    Object.keys(PERIOD_WORD).map((p) => h("option", { value: p, selected: p === by, text: `by ${p}` })));
  const kpis = h("div", { class: "kpis" }, notice("Loading totals…"));
  const alertsBox = h("div", { class: "alerts", id: "alerts" }, notice("Loading alerts…"));
  const moversBox = h("div", { id: "movers" }, notice("Loading…"));
  const dyadsBox = h("div", { id: "dyads" }, notice("Loading…"));
  replace(root,
    h("div", { class: "title-row" }, h("h1", { text: "Overview" }), select),
    kpis,
    h("div", { class: "columns" },
      card("Open alerts", alertsBox),
      card(`Moved most this ${by}`, moversBox)),
    card("Busiest pairs", dyadsBox));
  const [names, summary, alerts, movers, dyads] = await Promise.allSettled([
    meta(), get("summary"), get("alerts", { by }), get("movers", { by, top: 10 }), get("dyads", { top: 15 }),
  ]);
  if (stale()) return;
  const countries = names.status === "fulfilled" ? names.value : null;
  if (summary.status === "fulfilled") {
    const t = summary.value;
    replace(kpis, kpi("articles", fmt.n(t.articles)), kpi("events", fmt.n(t.events)),
      kpi("country pairs", fmt.n(t.dyads)), kpi("sources (hosts)", fmt.n(t.hosts)),
      kpi("mean Goldstein", fmt.signed(t.totals.goldstein_mean)),
      kpi("data as of", t.as_of || "–", t.first_day ? `since ${t.first_day}` : null));
  } else showError(kpis, summary.reason);
  if (alerts.status === "fulfilled") {
    const list = alerts.value.alerts;
    replace(alertsBox, list.length ? list.map((a) => alertCard(a, countries))
      : notice(`No alert in this ${by} or the last. Rule: ${alerts.value.rule}.`));
  } else showError(alertsBox, alerts.reason);
  if (movers.status === "fulfilled") replace(moversBox, moversTable(movers.value.movers, countries, by));
  else showError(moversBox, movers.reason);
  if (dyads.status === "fulfilled") replace(dyadsBox, dyadsTable(dyads.value.dyads, countries));
  else showError(dyadsBox, dyads.reason);
  root.dataset.loaded = "true";
}
