// Builds src/Vigie.Web/wwwroot/data/world.json, the world map of the web explorer, from the
// Natural Earth 1:110m country shapes of the npm package world-atlas (TopoJSON).
//
// The page must draw its map offline and without a library, so the projection is done here,
// once: each country becomes a ready-made SVG path string in a fixed view box, keyed by the
// ISO 3166-1 alpha-3 code that Vigie's actors carry (data/actors/countries.tsv).
//
// Run through build-world-map.sh, which installs the pinned packages in a temporary folder:
//   node build-world-map.mjs NODE_MODULES_DIR ISO_3166_JSON OUTPUT
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [modules, isoJson, output] = process.argv.slice(2);
if (!modules || !isoJson || !output) {
  console.error("usage: node build-world-map.mjs NODE_MODULES_DIR ISO_3166_JSON OUTPUT");
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(modules), "noop.js"));
const { feature } = require("topojson-client");
const atlasPackage = require("world-atlas/package.json");
const topology = require("world-atlas/countries-110m.json");

// ISO numeric (world-atlas ids) → alpha-3 (Vigie's country codes), from Debian's iso-codes.
const alpha3 = new Map(JSON.parse(readFileSync(isoJson, "utf8"))["3166-1"].map(c => [c.numeric, c.alpha_3]));
// Natural Earth shapes with no ISO number: Vigie codes Kosovo XKX (as in countries.tsv);
// the breakaway regions are drawn as part of the country whose code their events would carry.
const noIsoNumber = { "Kosovo": "XKX", "N. Cyprus": "CYP", "Somaliland": "SOM" };
const ANTARCTICA = "010"; // no events there; dropping it gives the inhabited world more room

// Natural Earth I projection (Šavrič, Jenny, Patterson, Petrovič, Hurni 2011): a compromise
// pseudo-cylindrical projection, a good fit for a world overview. λ, φ in radians.
function naturalEarth(lambda, phi) {
  const p2 = phi * phi, p4 = p2 * p2;
  const x = lambda * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
  const y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
  return [x, y];
}

const WIDTH = 1000;
const rad = Math.PI / 180;
const features = feature(topology, topology.objects.countries).features.filter(f => f.id !== ANTARCTICA);

// Fit the projected world (without Antarctica) into WIDTH, keeping the aspect ratio.
let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
const rings = f => f.geometry.type === "Polygon" ? f.geometry.coordinates : f.geometry.coordinates.flat();
for (const f of features)
  for (const ring of rings(f))
    for (const [lon, lat] of ring) {
      const [x, y] = naturalEarth(lon * rad, lat * rad);
      minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
const scale = WIDTH / (maxX - minX);
const HEIGHT = Math.ceil((maxY - minY) * scale);
// SVG's y axis points down, so north (large y) maps to small screen y. One decimal is enough
// for a map drawn a few hundred pixels wide, and keeps small countries (Armenia) recognisable.
const toScreen = (lon, lat) => {
  const [x, y] = naturalEarth(lon * rad, lat * rad);
  return [Math.round((x - minX) * scale * 10), Math.round((maxY - y) * scale * 10)];
};
const fmt = v => (v / 10).toString();

// A ring as an SVG path: an absolute move, then relative lines (shorter), points that round to
// the previous one dropped.
function ringPath(ring) {
  let out = "", prev = null;
  for (const [lon, lat] of ring) {
    const p = toScreen(lon, lat);
    if (prev === null) out += `M${fmt(p[0])} ${fmt(p[1])}`;
    else if (p[0] !== prev[0] || p[1] !== prev[1]) out += `l${fmt(p[0] - prev[0])} ${fmt(p[1] - prev[1])}`;
    prev = p;
  }
  return out + "z";
}

// A few rings cross the antimeridian (Russia's Chukotka, Fiji): drawn as they are, they would
// streak across the whole map. Such a ring is made continuous (longitudes past ±180), then drawn
// twice, shifted by 0 and by ±360 degrees, each copy clipped to -180 ≤ lon ≤ 180.
function splitAtAntimeridian(ring) {
  if (!ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180)) return [ring];
  const continuous = [ring[0].slice()];
  for (let i = 1; i < ring.length; i++) {
    let lon = ring[i][0];
    const prev = continuous[i - 1][0];
    while (lon - prev > 180) lon -= 360;
    while (prev - lon > 180) lon += 360;
    continuous.push([lon, ring[i][1]]);
  }
  return [0, 360, -360]
    .map(shift => clipLongitude(clipLongitude(continuous.map(([lon, lat]) => [lon + shift, lat]), 180), -180))
    .filter(copy => copy.length >= 3);
}

// Sutherland–Hodgman clipping of a closed ring to one side of a meridian: keeps lon ≤ edge when
// edge > 0, lon ≥ edge when edge < 0; crossings are interpolated onto the meridian.
function clipLongitude(ring, edge) {
  const inside = ([lon]) => (edge > 0 ? lon <= edge : lon >= edge);
  const crossing = (a, b) => [edge, a[1] + ((b[1] - a[1]) * (edge - a[0])) / (b[0] - a[0])];
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i], prev = ring[(i + ring.length - 1) % ring.length];
    if (inside(cur)) {
      if (!inside(prev)) out.push(crossing(prev, cur));
      out.push(cur);
    } else if (inside(prev)) out.push(crossing(prev, cur));
  }
  return out;
}

const byCode = new Map();
for (const f of features) {
  const name = f.properties.name;
  const code = f.id !== undefined ? alpha3.get(f.id) : noIsoNumber[name];
  if (!code) { console.error(`no ISO alpha-3 code for ${name} (${f.id}); skipped`); continue; }
  const d = rings(f).flatMap(splitAtAntimeridian).map(ringPath).join("");
  const entry = byCode.get(code);
  if (entry) entry.d += d; // a breakaway region joins its country's shape
  else byCode.set(code, { code, name, d });
}

const result = {
  source: `Natural Earth 1:110m Cultural Vectors (admin 0 countries), via the npm package world-atlas ${atlasPackage.version} (TopoJSON); ISO 3166-1 numeric to alpha-3 codes from Debian's iso-codes`,
  licence: "Natural Earth: public domain; world-atlas: ISC (Copyright 2013-2019 Michael Bostock); iso-codes: LGPL-2.1+ (code table only)",
  generatedBy: "tools/web/build-world-map.sh",
  projection: "Natural Earth I",
  width: WIDTH,
  height: HEIGHT,
  countries: [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code)),
};
writeFileSync(output, JSON.stringify(result) + "\n");
console.error(`${output}: ${result.countries.length} countries, ${WIDTH}x${HEIGHT}`);
