// Talking to /api: JSON in and out, the read token when the operator set one, errors as messages.

import { h, replace } from "./dom.js";

const TOKEN_KEY = "dyad-token";

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value === null || value === undefined || value === "" || value === false) continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

function headers() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function request(path, params) {
  const response = await fetch(`/api/${path}${query(params)}`, { headers: headers() });
  if (response.status === 401) {
    await askToken();
    return request(path, params);
  }
  return response;
}

export async function get(path, params) {
  const response = await request(path, params);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, body.error || `${response.status} ${response.statusText}`);
  return body;
}

export async function download(path, params, filename) {
  const response = await request(path, params);
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new ApiError(response.status, body.error || `${response.status}`);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = h("a", { download: filename });
  link.href = url;  // a blob: address this page just made, not data
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

let asking = null;

function askToken() {
  if (asking) return asking;
  asking = new Promise((resolve) => {
    const input = h("input", { type: "password", autocomplete: "off", "aria-label": "Read token" });
    const dialog = h("dialog", { class: "token" },
      h("form", { method: "dialog" },
        h("p", { text: "This server needs a read token (DYAD_READ_TOKEN)." }), input,
        h("button", { type: "submit", text: "Use token" })));
    dialog.addEventListener("close", () => {
      sessionStorage.setItem(TOKEN_KEY, input.value);
      dialog.remove();
      asking = null;
      resolve();
    });
    document.body.append(dialog);
    dialog.showModal();
  });
  return asking;
}

let metaPromise = null;

export function meta() {
  metaPromise ??= get("meta");
  return metaPromise;
}

export function countryName(meta, code) {
  return (meta && meta.countries && meta.countries[code]) || code;
}

export function showError(target, error) {
  const message = error instanceof ApiError ? error.message : `Something went wrong: ${error.message || error}`;
  replace(target, h("p", { class: "error", role: "alert", text: message }));
}
