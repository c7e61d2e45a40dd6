// One article: its text with the events' sentences marked (the one you came for scrolled into view),
// the events it holds and the quotes in it.

import { get, showError } from "./api.js";
import { card, h, notice, replace, safeHref } from "./dom.js";
import { eventItem } from "./eventlist.js";
import { highlightedText } from "./highlight.js";
import { go } from "./route.js";

export async function renderArticle(root, state, stale) {
  const key = state.arg;
  const found = await get(`articles/${encodeURIComponent(key)}`);
  if (stale()) return;
  const { article, events } = found;
  const chosen = state.params.event || "";
  const link = safeHref(article.url);
  const textBox = h("div", { id: "article-text" }, highlightedText(article.text, events, chosen));
  const list = h("ul", { class: "events" }, events.map((event) => {
    const item = eventItem(event);
    if (event.id === chosen) item.classList.add("chosen");
    item.addEventListener("click", (e) => {
      if (e.target.closest("a")) e.preventDefault();
      go("article", key, { event: event.id });
    });
    return item;
  }));
  const quotesBox = h("div", {}, notice("Loading quotes…"));
  replace(root,
    h("h1", { text: article.title || "Untitled article" }),
    h("p", { class: "muted" },
      `Published ${article.published || "on an unknown date"} · id ${article.id} · `,
      link ? h("a", { href: link, rel: "noopener noreferrer nofollow", target: "_blank", text: article.url })
        : article.url ? h("span", { title: "not an http(s) address: not linked", text: article.url }) : "no URL"),
    h("div", { class: "columns wide-left" },
      card("Text", textBox),
      card(`Events (${events.length})`, events.length ? list : notice("No events were coded in this article."))),
    card("Quotes", quotesBox));
  const mark = textBox.querySelector("mark.chosen");
  if (mark) mark.scrollIntoView({ block: "center" });
  try {
    const quotes = await get("quotes", { article: article.hash, limit: 100 });
    replace(quotesBox, quotes.quotes.length
      ? h("ul", { class: "quotes" }, quotes.quotes.map((q) => h("li", {}, h("blockquote", { text: q.text }),
        h("div", { class: "small", text: `${q.speaker.name || "unnamed speaker"} [${q.speaker.country || "?"}]` }))))
      : notice("No quotes recorded for this article."));
  } catch (error) { showError(quotesBox, error); }
  root.dataset.loaded = "true";
}
