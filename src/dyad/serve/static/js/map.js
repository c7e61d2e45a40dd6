// The offline world map: Natural Earth outlines shipped with the package (world.json), the dyad's two
// countries shaded, and a dot for each place its events happened.

import { fmt, h, s } from "./dom.js";

let world = null;

async function loadWorld() {
  world ??= fetch("/static/world.json").then((response) => response.json());
  return world;
}

// The part of the world that holds both countries and every place, padded, never narrower than 40°.
function frame(countries, places) {
  const xs = [];
  const ys = [];
  for (const country of countries) {
    const numbers = country.path.match(/-?\d+(\.\d+)?/g) || [];
    for (let i = 0; i + 1 < numbers.length; i += 2) { xs.push(Number(numbers[i])); ys.push(Number(numbers[i + 1])); }
  }
  for (const place of places) { xs.push(place.lon + 180); ys.push(90 - place.lat); }
  if (!xs.length) return "0 4 360 150";
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let width = Math.max(40, (x1 - x0) * 1.3);
  let height = Math.max(20, (y1 - y0) * 1.3);
  if (width / height > 2.4) height = width / 2.4; else width = height * 2.4;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  [x0, y0] = [Math.max(0, cx - width / 2), Math.max(0, cy - height / 2)];
  return `${x0.toFixed(1)} ${y0.toFixed(1)} ${Math.min(width, 360).toFixed(1)} ${Math.min(height, 180).toFixed(1)}`;
}

export async function worldMap({ a, b, places }) {
  const data = await loadWorld();
  const sides = data.countries.filter((c) => c.iso3 === a || c.iso3 === b);
  const viewBox = frame(sides, places);
  const unit = Number(viewBox.split(" ")[2]) / 100;  // dot sizes follow the zoom
  const svg = s("svg", { viewBox, class: "map", role: "img",
    "aria-label": `Map of ${a} and ${b} with event locations`, preserveAspectRatio: "xMidYMid meet" });
  const land = s("g", { class: "land" });
  for (const country of data.countries) {
    const cls = country.iso3 === a ? "side-a" : country.iso3 === b ? "side-b" : "";
    land.append(s("path", { d: country.path, class: cls }, s("title", { text: country.name })));
  }
  svg.append(land);
  const dots = s("g", { class: "places" });
  const most = Math.max(1, ...places.map((p) => p.events));
  for (const place of places) {
    const r = unit * (0.6 + 1.8 * Math.sqrt(place.events / most));
    const tone = place.goldstein_mean < 0 ? "conflict" : "cooperation";
    dots.append(s("circle", { cx: place.lon + 180, cy: 90 - place.lat, r, class: tone },
      s("title", { text: `${place.name || "unnamed place"}: ${fmt.n(place.events)} events, mean Goldstein ${fmt.signed(place.goldstein_mean)}` })));
  }
  svg.append(dots);
  const note = places.length
    ? h("p", { class: "muted", text: `${fmt.n(places.length)} places; dot size is the number of events, red where mean Goldstein is negative.` })
    : h("p", { class: "muted", text: "No event in this range has a location yet: the two countries are shaded." });
  return h("figure", { class: "map-wrap" }, svg, note);
}
