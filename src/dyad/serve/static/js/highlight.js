// An article's text with its events' sentences marked: every event sentence lightly, the chosen one
// strongly. Built from text nodes and <mark> elements, so the article can hold anything.

import { h } from "./dom.js";

// events: records with span [start, end]; around: show only this many characters either side of the
// chosen event (for a table row), or the whole text when not given.
export function highlightedText(text, events, chosenId, { around } = {}) {
  const spans = new Map();
  for (const event of events) {
    const [start, end] = event.span || [];
    if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end > text.length || start >= end) continue;
    const key = `${start}:${end}`;
    if (!spans.has(key)) spans.set(key, { start, end, ids: [] });
    spans.get(key).ids.push(event.id);
  }
  const ordered = [...spans.values()].sort((x, y) => x.start - y.start || y.end - x.end);
  const chosen = ordered.find((span) => span.ids.includes(chosenId));
  let from = 0;
  let to = text.length;
  if (around && chosen) {
    from = Math.max(0, chosen.start - around);
    to = Math.min(text.length, chosen.end + around);
  }
  const box = h("div", { class: "article-text" });
  if (from > 0) box.append("… ");
  let at = from;
  for (const span of ordered) {
    if (span.end <= at || span.start >= to) continue;
    const start = Math.max(span.start, at);
    if (start > at) box.append(text.slice(at, start));
    const end = Math.min(span.end, to);
    const isChosen = span === chosen;
    box.append(h("mark", { class: isChosen ? "chosen" : "", dataset: { events: span.ids.join(" ") } }, text.slice(start, end)));
    at = end;
  }
  if (at < to) box.append(text.slice(at, to));
  if (to < text.length) box.append(" …");
  return box;
}
