// Addresses of the dashboard's pages: #/, #/dyad/USA-MEX?by=week, #/events?country=USA, #/article/ID.

function searchOf(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "" && value !== false) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function href(page, arg, params) {
  const path = page === "home" ? "#/" : `#/${page}${arg ? `/${encodeURIComponent(arg)}` : ""}`;
  return path + searchOf(params);
}

export function go(page, arg, params) {
  window.location.hash = href(page, arg, params);
}

export function parseHash() {
  const raw = window.location.hash.replace(/^#/, "") || "/";
  const [path, search = ""] = raw.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { page: parts[0] || "home", arg: parts[1] || "", params: Object.fromEntries(new URLSearchParams(search)) };
}

export const dyadHref = (dyad, params) => href("dyad", dyad, params);
export const articleHref = (article, eventId) => href("article", article, eventId ? { event: eventId } : {});
export const eventsHref = (params) => href("events", "", params);
