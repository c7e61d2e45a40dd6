// The dashboard: a hash router over four pages, filters kept in the address so a view can be shared.

import { get, showError } from "./api.js";
import { h, replace } from "./dom.js";
import { renderHome } from "./home.js";
import { parseHash } from "./route.js";

const view = document.getElementById("view");
let generation = 0;

const PAGES = {
  home: () => Promise.resolve({ render: renderHome }),
  dyad: () => import("./dyad.js").then((m) => ({ render: m.renderDyad })),
  events: () => import("./events.js").then((m) => ({ render: m.renderEvents })),
  article: () => import("./article.js").then((m) => ({ render: m.renderArticle })),
};

async function route() {
  const mine = ++generation;
  const state = parseHash();
  const loader = PAGES[state.page];
  for (const link of document.querySelectorAll("nav a")) {
    if (link.dataset.page === state.page) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  if (!loader) {
    replace(view, h("p", { class: "error", text: `No page ${state.page}.` }));
    return;
  }
  try {
    const page = await loader();
    if (mine !== generation) return;
    const root = h("div", { class: `page page-${state.page}` });
    replace(view, root);
    await page.render(root, state, () => mine !== generation);
  } catch (error) {
    if (mine === generation) showError(view, error);
  }
}

async function showAsOf() {
  try {
    const summary = await get("summary");
    const asof = document.getElementById("asof");
    asof.textContent = summary.as_of ? `data as of ${summary.as_of}` : "no events stored yet";
  } catch {
    /* the page shows the error */
  }
}

window.addEventListener("hashchange", route);
route();
showAsOf();
