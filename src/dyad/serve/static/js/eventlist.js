// A compact list of events (the events behind a chart point, an alert, an article), each linking to the
// sentence in its article.

import { actorLabel, fmt, h, notice } from "./dom.js";
import { articleHref } from "./route.js";

export function eventItem(event) {
  const article = event.article || {};
  return h("li", { class: `event q${event.cameo.quad_class}`, dataset: { event: event.id } },
    h("div", { class: "event-head" },
      h("span", { class: "date", text: event.day || event.date.value || "undated" }),
      h("span", { text: ` ${actorLabel(event.source)} ` }),
      h("strong", { text: `${event.cameo.code} ${event.cameo.name}` }),
      h("span", { text: ` ${actorLabel(event.target)}` }),
      h("span", { class: "muted", text: ` · Goldstein ${fmt.signed(event.cameo.goldstein)}` }),
      event.modality !== "asserted" ? h("span", { class: "badge", text: event.modality }) : null),
    h("a", { class: "sentence", href: articleHref(article.hash || event.article_id, event.id), text: event.sentence }),
    article.title ? h("div", { class: "muted small", text: article.title }) : null);
}

export function eventList(events, empty = "No events.") {
  if (!events.length) return notice(empty);
  return h("ul", { class: "events" }, events.map(eventItem));
}
